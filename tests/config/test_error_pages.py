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
