"""Optional two-step sign-in for staff: turning it on, being asked for the code, backup codes, turning it off."""

import pytest
from django.contrib.auth.models import Group
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.factories import UserFactory
from accounts.two_factor import replace_backup_codes

pytestmark = pytest.mark.django_db
PASSWORD = "mat-khau-rat-dai-2026"
SETUP, VERIFY, OFF = (
    "/tai-khoan/xac-thuc-hai-buoc/",
    "/tai-khoan/xac-thuc-hai-buoc/nhap-ma/",
    "/tai-khoan/xac-thuc-hai-buoc/tat/",
)


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def editor(home_page):
    user = UserFactory(username="bientap", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_with_app(editor):
    device = TOTPDevice.objects.create(user=editor, name="Ứng dụng xác thực", confirmed=True)
    return editor, device


def sign_in(client, user):
    response = client.post("/dang-nhap/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302


def test_it_is_offered_to_staff_only(client, editor):
    volunteer = UserFactory(username="tinhnguyen")
    client.force_login(volunteer)
    assert client.get(SETUP).status_code == 403
    assert "Xác thực hai bước" not in client.get("/tai-khoan/").content.decode()
    client.force_login(editor)
    assert "Xác thực hai bước" in client.get("/tai-khoan/").content.decode()
    response = client.get(SETUP)
    assert "<svg" in response.content.decode() and "Bật xác thực hai bước" in response.content.decode()
    assert "no-store" in response["Cache-Control"]  # the secret key must not stay in the browser's cache


def test_turning_it_on_needs_the_apps_code_and_gives_backup_codes_once(client, editor):
    client.force_login(editor)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=editor)
    wrong = client.post(SETUP, {"code": "000000" if current_code(device) != "000000" else "111111"})
    assert "Mã chưa đúng" in wrong.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    device.throttle_reset()

    done = client.post(SETUP, {"code": current_code(device)})
    device.refresh_from_db()
    assert device.confirmed
    codes = StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    assert len(codes) == 8 and all(code in done.content.decode() for code in codes)
    status = client.get(SETUP).content.decode()
    assert "đang bật" in status and "8 mã dự phòng" in status
    assert codes[0] not in status
    assert client.get("/admin/").status_code == 200  # this session was verified by setting it up


def test_after_the_password_every_page_waits_for_the_code(client, editor_with_app):
    editor, device = editor_with_app
    sign_in(client, editor)
    for url in ("/admin/", "/tai-khoan/", "/admin/pages/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(VERIFY), url
    assert client.get("/admin/")["Location"] == f"{VERIFY}?next=/admin/"

    wrong = client.post(VERIFY, {"code": "12345", "next": "/admin/"})
    assert wrong.status_code == 200 and "Mã chưa đúng" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    device.throttle_reset()

    right = client.post(VERIFY, {"code": current_code(device), "next": "/admin/"})
    assert right.status_code == 302 and right["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_admins_own_sign_in_form_is_followed_by_the_code_too(client, editor_with_app):
    editor, _device = editor_with_app
    response = client.post("/admin/login/", {"username": editor.username, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def test_a_backup_code_works_once(client, editor_with_app):
    editor, _device = editor_with_app
    codes = replace_backup_codes(editor)
    sign_in(client, editor)
    assert client.post(VERIFY, {"code": codes[0].upper(), "next": "/admin/"})["Location"] == "/admin/"
    client.post("/dang-xuat/")
    sign_in(client, editor)
    again = client.post(VERIFY, {"code": codes[0], "next": "/admin/"})
    assert again.status_code == 200 and StaticToken.objects.filter(device__user=editor).count() == 7


def test_repeated_wrong_codes_slow_the_guesser_down(client, editor_with_app):
    editor, device = editor_with_app
    sign_in(client, editor)
    client.post(VERIFY, {"code": "000001"})
    blocked = client.post(VERIFY, {"code": current_code(device)})
    assert "nhập sai nhiều lần" in blocked.content.decode()
    assert client.get("/admin/").status_code == 302


def test_the_code_page_never_sends_people_to_another_site(client, editor_with_app):
    editor, device = editor_with_app
    sign_in(client, editor)
    response = client.post(VERIFY, {"code": current_code(device), "next": "https://ke-gian.example/"})
    assert response["Location"] == "/tai-khoan/"


def test_turning_it_off_needs_a_current_code(client, editor_with_app):
    editor, device = editor_with_app
    sign_in(client, editor)
    client.post(VERIFY, {"code": current_code(device)})
    refused = client.post(OFF, {"code": "99999999"})
    assert "Mã chưa đúng" in refused.content.decode() and TOTPDevice.objects.filter(user=editor).exists()
    device.refresh_from_db()
    device.throttle_reset()
    device.last_t = -1  # the same 30-second code again, as if the next one had come
    device.save()
    assert "Đã tắt" in client.post(OFF, {"code": current_code(device)}).content.decode()
    assert not TOTPDevice.objects.filter(user=editor).exists()
    client.post("/dang-xuat/")
    sign_in(client, editor)
    assert client.get("/admin/").status_code == 200


def test_people_without_an_app_are_not_asked(client, editor):
    sign_in(client, editor)
    assert client.get("/admin/").status_code == 200
    assert client.get("/tai-khoan/").status_code == 200
