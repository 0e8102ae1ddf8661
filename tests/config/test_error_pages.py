import json

import pytest
from django.core.exceptions import BadRequest, PermissionDenied


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
    # Refused before the middleware that add them, it still carries the headers of every page.
    assert response["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in response["Content-Security-Policy"]


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


# 403: the reason a view gives, and what to do next.


@pytest.mark.django_db
def test_a_volunteer_with_no_team_is_told_why_and_whom_to_ask(client, home_page):
    from accounts.factories import UserFactory

    client.force_login(UserFactory(username="chua-co-to"))
    for response in (client.get("/ghi-nhan/"), client.post("/ghi-nhan/", {})):
        content = response.content.decode()
        assert '<html lang="vi">' in content and "Forbidden" not in content
        assert 'href="/dang-ky/"' in content  # how to join a team with its invitation code
    assert client.post("/ghi-nhan/", {}).status_code == 403


@pytest.mark.django_db
@pytest.mark.urls("tests.config.urls_failing")
def test_a_visitor_refused_is_offered_to_sign_in_and_come_back(client, home_page):
    from tests.config.urls_failing import DENIED_REASON

    response = client.get("/cam-thu/")
    assert response.status_code == 403
    content = response.content.decode()
    assert DENIED_REASON in content
    assert 'href="/dang-nhap/?next=/cam-thu/"' in content


@pytest.mark.django_db
@pytest.mark.urls("tests.config.urls_failing")
def test_a_refusal_without_a_reason_still_says_what_to_do(client, home_page):
    from accounts.factories import UserFactory

    client.force_login(UserFactory(username="tinh-nguyen"))
    response = client.get("/cam-thu/khong-ly-do/")
    assert response.status_code == 403
    content = response.content.decode()
    assert "Lý do" not in content
    assert "Tài khoản của bạn chưa được giao quyền" in content and "hãy hỏi tổ trưởng" in content


@pytest.mark.django_db
@pytest.mark.urls("tests.config.urls_failing")
def test_a_refusal_inside_the_admin_leads_back_to_the_admin(client, superuser, home_page):
    client.force_login(superuser)
    response = client.get("/admin/cam-thu/")
    assert response.status_code == 403
    assert 'href="/admin/"' in response.content.decode()


@pytest.mark.django_db
def test_the_admins_404_is_in_vietnamese(client, superuser):
    client.force_login(superuser)
    response = client.get("/admin/khong-co-trang-nay/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "Không tìm thấy trang này" in content and "Về trang quản trị" in content
    assert "could not be found" not in content


# 405: Django answers with an empty body; the Vietnamese page, the Allow header kept.


@pytest.mark.django_db
def test_opening_the_sign_out_address_offers_the_sign_out_button(client, home_page):
    from accounts.factories import UserFactory

    client.force_login(UserFactory(username="tinh-nguyen"))
    response = client.get("/dang-xuat/")
    assert response.status_code == 405
    assert response["Allow"] == "POST, OPTIONS"
    content = response.content.decode()
    assert "Không mở được địa chỉ này theo cách này" in content
    assert 'action="/dang-xuat/"' in content and "csrfmiddlewaretoken" in content
    assert response["Content-Type"] == "text/html; charset=utf-8"


@pytest.mark.django_db
def test_a_form_sent_to_an_address_that_takes_none_says_nothing_was_kept(client, home_page):
    response = client.post("/healthz", {"x": "1"})
    assert response.status_code == 405
    assert response["Allow"] == "GET"
    content = response.content.decode()
    assert "Chưa có gì được lưu" in content and 'href="/healthz"' in content
    assert response["X-Frame-Options"] == "DENY" and "Content-Security-Policy" in response


# CSRF: a refused form in Vietnamese, the way back to a fresh form.


@pytest.fixture
def csrf_client(home_page):
    from django.test import Client

    return Client(enforce_csrf_checks=True)


def sign_in_form_token(client):
    import re

    page = client.get("/dang-nhap/").content.decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)


@pytest.mark.django_db
def test_a_form_sent_twice_gets_the_vietnamese_csrf_page_and_a_way_back(csrf_client):
    from accounts.factories import UserFactory

    UserFactory(username="tinh-nguyen", password="mat-khau-dai-1")
    token = sign_in_form_token(csrf_client)
    data = {"csrfmiddlewaretoken": token, "username": "tinh-nguyen", "password": "mat-khau-dai-1"}
    referer = {"HTTP_REFERER": "http://testserver/dang-nhap/"}
    assert csrf_client.post("/dang-nhap/", data, **referer).status_code == 302
    response = csrf_client.post("/dang-nhap/", data, **referer)  # the second tap: the token changed at sign-in
    assert response.status_code == 403
    content = response.content.decode()
    assert '<html lang="vi">' in content and "Biểu mẫu chưa được gửi" in content
    assert "đã mở quá lâu, hoặc đã được gửi hai lần" in content
    assert "Lần gửi trước đã thành công: bạn đã đăng nhập." in content
    assert 'href="http://testserver/dang-nhap/">Mở lại biểu mẫu rồi gửi lại' in content
    assert "CSRF" not in content and "Forbidden" not in content


@pytest.mark.django_db
def test_a_form_sent_without_the_cookie_asks_for_cookies_and_issues_one(csrf_client):
    response = csrf_client.post("/dang-nhap/", {"username": "a", "password": "b"})
    assert response.status_code == 403
    content = response.content.decode()
    assert "Trình duyệt không giữ cookie của Sổ tay số" in content and "Cho phép cookie" in content
    assert response.cookies["csrftoken"].value  # so that the form opened again can be sent


@pytest.mark.django_db
def test_a_form_sent_from_another_site_is_refused_without_inviting_to_resend_it(csrf_client):
    token = sign_in_form_token(csrf_client)
    response = csrf_client.post(
        "/dang-nhap/", {"csrfmiddlewaretoken": token}, HTTP_ORIGIN="https://lua-dao.example", secure=True
    )
    assert response.status_code == 403
    content = response.content.decode()
    assert "Biểu mẫu được gửi từ một trang khác" in content and "không có gì bị thay đổi" in content
    assert "Mở lại biểu mẫu rồi gửi lại" not in content


@pytest.mark.django_db
def test_a_secure_form_sent_without_a_referer_says_so(csrf_client):
    token = sign_in_form_token(csrf_client)
    response = csrf_client.post("/dang-nhap/", {"csrfmiddlewaretoken": token}, secure=True)
    assert response.status_code == 403
    assert "không cho biết biểu mẫu được gửi từ trang nào" in response.content.decode()


# 500: rendered with nothing that could fail again.


def test_the_500_page_renders_without_the_database(rf):
    """No django_db mark: pytest-django makes any query fail this test."""
    from config.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    content = response.content.decode()
    assert "Có lỗi xảy ra" in content and "Bạn có thể làm gì" in content and "bấm nút Quay lại" in content


# Every error answer carries the language headers of the site's pages, those refused before LocaleMiddleware too.

ERROR_ANSWERS = {
    "400 refused before any view": ("GET", "/tim-kiem/?q=%00", 400),
    "403": ("GET", "/cam-thu/", 403),
    "404": ("GET", "/khong-co-trang-nay/", 404),
    "405": ("GET", "/dang-xuat/", 405),
    "500": ("GET", "/loi-thu/", 500),
    "CSRF": ("POST", "/dang-nhap/", 403),
    "API 400 refused before any view": ("GET", "/api/v2/guides/?q=%00", 400),
    "API 404": ("POST", "/api/v2/pages/", 404),
    "API 405": ("DELETE", "/api/v2/guides/", 405),
}


def language_headers(response):
    vary = {token.strip() for token in response.get("Vary", "").split(",")}
    return response.get("Content-Language"), "Accept-Language" in vary


@pytest.mark.django_db
@pytest.mark.urls("tests.config.urls_failing")
def test_every_error_answer_carries_the_language_headers_of_the_sites_pages(csrf_client):
    csrf_client.raise_request_exception = False
    page = language_headers(csrf_client.get("/"))
    assert page == ("vi", True)
    answers = {name: csrf_client.generic(method, url) for name, (method, url, _status) in ERROR_ANSWERS.items()}
    statuses = {name: status for name, (_method, _url, status) in ERROR_ANSWERS.items()}
    assert {name: response.status_code for name, response in answers.items()} == statuses
    assert {name: language_headers(response) for name, response in answers.items()} == dict.fromkeys(answers, page)


# Under /api/ the handlers answer in JSON, in Vietnamese, as the API's own errors do.


@pytest.mark.parametrize(
    ("handler", "arguments", "status", "detail"),
    [
        ("permission_denied", (PermissionDenied(),), 403, "Không được phép truy cập nội dung này."),
        ("permission_denied", (PermissionDenied("Chỉ khóa của tỉnh."),), 403, "Chỉ khóa của tỉnh."),
        ("csrf_failure", ("CSRF cookie not set.",), 403, "Yêu cầu bị từ chối."),
        ("bad_request", (BadRequest(),), 400, "Yêu cầu không hợp lệ."),
    ],
)
def test_the_error_handlers_answer_json_in_vietnamese_under_the_api(rf, handler, arguments, status, detail):
    from config import error_pages

    response = getattr(error_pages, handler)(rf.post("/api/v2/guides/"), *arguments)
    assert response.status_code == status and response["Content-Type"] == "application/json"
    assert json.loads(response.content)["detail"].startswith(detail)
    assert response["Content-Language"] == "vi" and "Accept-Language" in response["Vary"]


def test_an_empty_405_under_the_api_gets_the_apis_json_message(rf):
    from config.error_pages import method_not_allowed_page

    body = method_not_allowed_page(rf.put("/api/v2/openapi.json"), "GET, HEAD, OPTIONS")
    assert json.loads(body) == {"detail": "Phương thức “PUT” không được chấp nhận."}


def test_the_405_middleware_labels_an_api_answer_as_json(rf, db):
    from django.http import HttpResponseNotAllowed

    from config.middleware import MethodNotAllowedPageMiddleware

    def answer(request):
        return MethodNotAllowedPageMiddleware(lambda _request: HttpResponseNotAllowed(["GET"]))(request)

    api = answer(rf.delete("/api/v2/khong-co/"))
    assert api["Content-Type"] == "application/json" and api["Allow"] == "GET"
    assert json.loads(api.content)["detail"] == "Phương thức “DELETE” không được chấp nhận."
    site = answer(rf.delete("/dang-xuat/"))
    assert site["Content-Type"].startswith("text/html")
