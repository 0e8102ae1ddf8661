import pytest


@pytest.mark.django_db
def test_unknown_address_gets_the_vietnamese_404_page_with_a_search_box(client, site_settings):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "Không tìm thấy trang" in content
    assert 'action="/tim-kiem/"' in content
    assert site_settings.authority_name in content


@pytest.mark.django_db
@pytest.mark.urls("tests.config.urls_failing")
def test_a_server_error_gets_the_vietnamese_500_page(client, home_page):
    client.raise_request_exception = False
    response = client.get("/loi-thu/")
    assert response.status_code == 500
    content = response.content.decode()
    assert '<html lang="vi">' in content
    assert "Có lỗi xảy ra" in content


@pytest.mark.django_db
@pytest.mark.urls("tests.config.urls_failing")
def test_a_database_away_for_a_moment_gets_a_calm_503_with_retry_after(client, home_page):
    client.raise_request_exception = False
    response = client.get("/mat-ket-noi/")
    assert response.status_code == 503 and response["Retry-After"] == "30"
    content = response.content.decode()
    assert "Hệ thống đang bận" in content and "không có gì bị ghi dở" in content


@pytest.mark.django_db
def test_a_database_lost_while_reading_the_session_in_a_middleware_is_a_503_too(client, monkeypatch):
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import OperationalError

    from accounts.factories import UserFactory

    client.force_login(UserFactory(username="tinhnguyen"))
    client.raise_request_exception = False

    def database_away(self):
        raise OperationalError("the database system is shutting down")

    monkeypatch.setattr(SessionStore, "load", database_away)
    response = client.get("/tai-khoan/")
    assert response.status_code == 503 and "Hệ thống đang bận" in response.content.decode()
