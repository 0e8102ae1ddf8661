"""Sign-in says what went wrong; a forgotten password is the leader's to reset for people who sign in with a phone,
and an e-mail link for staff (Django's reset views, in Vietnamese), which never says whether an account exists."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from accounts.factories import DEFAULT_TEST_PASSWORD, UserFactory, VolunteerFactory
from accounts.password_reset import RESET_LIMIT
from tests.accounts.lockout import LOCKED_ACCOUNT

pytestmark = pytest.mark.django_db

WRONG_PASSWORD = "Số điện thoại (hoặc tên đăng nhập) hay mật khẩu chưa đúng. Hãy thử lại."
NEW_PASSWORD = "mot-mat-khau-moi-that-dai-2026"
ALERT = re.compile(r'<div class="form-error" role="alert"[^>]*>(.*?)</div>', re.DOTALL)
LINK = re.compile(r"https?://[^/\s]+(/dat-lai-mat-khau/[^/\s]+/[^/\s]+/)")


@pytest.fixture
def staff(site_settings):
    return UserFactory(username="dieuphoi-thu", email="dieuphoi@ubnd.gov.vn")


@pytest.fixture
def volunteer(site_settings):
    return VolunteerFactory(phone="+84912000111", email="tinhnguyen@example.vn")


def test_a_wrong_password_says_so_keeps_the_login_typed_and_never_the_password(client, volunteer):
    response = client.post("/dang-nhap/", {"username": "0912 000 111", "password": "sai-mat-khau-roi"})
    page = response.content.decode()
    assert response.status_code == 200
    alert = ALERT.search(page).group(1)
    assert WRONG_PASSWORD in alert
    assert "Chưa lưu được" not in alert and "Chưa đăng nhập được" not in alert
    assert 'value="0912 000 111"' in page
    assert "sai-mat-khau-roi" not in page
    assert 'href="/quen-mat-khau/"' in page


def test_an_empty_sign_in_form_marks_its_fields_without_speaking_of_saving(client, site_settings):
    page = client.post("/dang-nhap/", {"username": "", "password": ""}).content.decode()
    alert = ALERT.search(page).group(1)
    assert "Chưa đăng nhập được. Hãy sửa các chỗ được đánh dấu bên dưới." in alert
    assert "Chưa lưu được" not in alert


def test_the_lockout_still_answers_a_locked_account_and_not_a_wrong_password(client, volunteer):
    for _ in range(5):
        client.post("/dang-nhap/", {"username": "0912000111", "password": "sai-mat-khau-roi"})
    response = client.post("/dang-nhap/", {"username": "0912000111", "password": DEFAULT_TEST_PASSWORD})
    page = response.content.decode()
    assert LOCKED_ACCOUNT in page
    assert WRONG_PASSWORD not in page
    assert "_auth_user_id" not in client.session


def test_the_forgot_page_sends_phone_users_to_their_leader(client, site_settings):
    page = client.get("/quen-mat-khau/").content.decode()
    assert "Bạn đăng nhập bằng số điện thoại?" in page
    assert "hãy nhờ tổ trưởng" in page


def test_staff_reset_by_email_once_and_sign_in_with_the_new_password(client, staff):
    response = client.post("/quen-mat-khau/", {"email": "DieuPhoi@ubnd.gov.vn"})
    assert response.status_code == 302 and response["Location"] == "/quen-mat-khau/da-gui/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["dieuphoi@ubnd.gov.vn"]
    assert message.subject == "Đặt lại mật khẩu Sổ tay số"
    assert "Tên đăng nhập của bạn: dieuphoi-thu" in message.body
    link = LINK.search(message.body).group(1)

    form_page = client.get(link, follow=True)
    assert "Lưu mật khẩu mới" in form_page.content.decode()
    set_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    done = client.post(set_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302 and done["Location"] == "/dat-lai-mat-khau/xong/"
    staff.refresh_from_db()
    assert staff.check_password(NEW_PASSWORD)

    # The link is spent: the password it was made for is gone.
    again = client.get(link, follow=True).content.decode()
    assert "Đường dẫn này không còn dùng được" in again
    assert "Lưu mật khẩu mới" not in again
    assert client.post("/dang-nhap/", {"username": "dieuphoi-thu", "password": NEW_PASSWORD}).status_code == 302


def test_an_unknown_address_and_a_volunteers_address_get_the_same_answer_and_no_mail(client, staff, volunteer):
    unknown = client.post("/quen-mat-khau/", {"email": "khong-ai@example.vn"})
    volunteers = client.post("/quen-mat-khau/", {"email": "tinhnguyen@example.vn"})
    assert unknown.status_code == volunteers.status_code == 302
    assert unknown["Location"] == volunteers["Location"] == "/quen-mat-khau/da-gui/"
    assert mail.outbox == []


def test_a_phone_number_typed_for_an_address_is_told_to_ask_the_leader(client, volunteer):
    page = client.post("/quen-mat-khau/", {"email": "0912 000 111"}).content.decode()
    assert "hãy nhờ tổ trưởng của bạn cấp mật khẩu mới" in page
    assert 'value="0912 000 111"' in page
    assert mail.outbox == []


def test_a_volunteer_cannot_use_a_made_up_reset_link(client, volunteer):
    page = client.get("/dat-lai-mat-khau/MQ/sai-ma-123/", follow=True).content.decode()
    assert "Đường dẫn này không còn dùng được" in page
    volunteer.refresh_from_db()
    assert volunteer.check_password(DEFAULT_TEST_PASSWORD)


def test_reset_requests_are_limited_per_client_like_sign_in(client, staff):
    for _ in range(RESET_LIMIT):
        assert client.post("/quen-mat-khau/", {"email": "khong-ai@example.vn"}).status_code == 302
    refused = client.post("/quen-mat-khau/", {"email": "dieuphoi@ubnd.gov.vn"})
    assert refused.status_code == 200
    assert "Đã gửi yêu cầu quá nhiều lần" in refused.content.decode()
    assert mail.outbox == []


def test_the_admin_sign_in_offers_the_sites_reset_and_wagtails_own_is_off(client, site_settings):
    page = client.get("/admin/login/").content.decode()
    assert 'href="/quen-mat-khau/"' in page
    assert client.get("/admin/password_reset/").status_code == 404
    assert get_user_model().objects.count() == 0


def test_the_link_is_on_the_public_address_when_production_names_one(client, staff, settings):
    settings.PUBLIC_BASE_URL = "https://sotayso.thainguyen.gov.vn"
    client.post("/quen-mat-khau/", {"email": "dieuphoi@ubnd.gov.vn"})
    assert "https://sotayso.thainguyen.gov.vn/dat-lai-mat-khau/" in mail.outbox[0].body
