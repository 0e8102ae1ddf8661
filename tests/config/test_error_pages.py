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


# 400: refused before any view runs (config.middleware), or by Django's own limits; the reason in Vietnamese.


@pytest.mark.django_db
def test_an_address_with_a_nul_gets_the_vietnamese_400_page_with_the_reason(client, home_page):
    response = client.get("/tim-kiem/?q=%00")
    assert response.status_code == 400
    content = response.content.decode()
    assert '<html lang="vi">' in content and "Không xử lý được yêu cầu" in content
    assert "Địa chỉ trang có ký tự không đọc được" in content
    assert "Mở lại trang từ trang chủ" in content and 'href="/"' in content


@pytest.mark.django_db
def test_a_form_with_broken_text_gets_the_400_page_saying_how_to_keep_what_was_typed(client, home_page):
    response = client.post("/dang-nhap/", "username=an%FF&password=x", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    content = response.content.decode()
    assert "Biểu mẫu vừa gửi có ký tự không đọc được" in content
    assert "Bấm nút Quay lại của trình duyệt: những gì bạn đã gõ vẫn còn" in content


@pytest.mark.django_db
def test_the_400_page_offers_the_way_back_only_to_a_page_of_ours(client, home_page):
    ours = client.get("/tim-kiem/?q=%00", HTTP_REFERER="http://testserver/huong-dan/")
    assert 'href="http://testserver/huong-dan/"' in ours.content.decode()
    elsewhere = client.get("/tim-kiem/?q=%00", HTTP_REFERER="https://lua-dao.example/")
    assert "lua-dao.example" not in elsewhere.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({f"truong-{number}": "x" for number in range(1001)}, "Biểu mẫu gửi lên có quá nhiều ô."),
        ({"helpful": "1", "comment": "x" * (3 * 1024 * 1024)}, "Biểu mẫu gửi lên quá lớn."),
    ],
)
def test_a_form_past_djangos_limits_gets_the_reason_in_vietnamese(client, guide, data, reason):
    response = client.post(f"/phan-hoi/{guide.pk}/", data)
    assert response.status_code == 400
    assert reason in response.content.decode()
