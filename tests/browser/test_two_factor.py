"""A staff member turns on two-step sign-in on their phone, then signs in again with the app's code."""

import pytest
from django.contrib.auth.models import Permission
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.factories import UserFactory
from tests.browser.test_teams import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def app_code(device, later=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += later
    return f"{totp.token():0{device.digits}d}"


def test_an_editor_turns_on_two_step_sign_in_and_uses_it(live_server, home_page, phone, screenshot):
    editor = UserFactory(username="bientap")
    # Permissions, not the Editors group: earlier transactional tests flush the groups the migrations made.
    editor.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))

    sign_in(phone, live_server, "bientap")
    phone.wait_for_url("**/tai-khoan/")
    phone.get_by_role("link", name="Xác thực hai bước").click()
    assert phone.locator(".qr svg").is_visible()
    screenshot("two-factor-setup")
    device = TOTPDevice.objects.get(user=editor)
    phone.get_by_label("Mã 6 chữ số đang hiện trong ứng dụng").fill(app_code(device))
    phone.get_by_role("button", name="Xác nhận và bật").click()
    assert phone.get_by_role("heading", name="Đã bật xác thực hai bước").is_visible()
    assert phone.locator(".backup-codes li").count() == 8
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    phone.goto(live_server.url + "/tai-khoan/")
    phone.get_by_role("button", name="Đăng xuất").click()
    sign_in(phone, live_server, "bientap")
    phone.wait_for_url("**/xac-thuc-hai-buoc/nhap-ma/**")
    phone.get_by_label("Mã xác thực").fill("000000" if app_code(device, 30) != "000000" else "111111")
    phone.get_by_role("button", name="Tiếp tục").click()
    assert "Mã chưa đúng" in phone.locator(".field-error").inner_text()
    device.refresh_from_db()
    device.throttle_reset()
    phone.get_by_label("Mã xác thực").fill(app_code(device, 30))  # the next code: the last one was used
    phone.get_by_role("button", name="Tiếp tục").click()
    phone.wait_for_url("**/tai-khoan/")
    assert phone.get_by_role("heading", name="Xin chào", exact=False).is_visible()
