"""The error pages on a phone: readable, in Vietnamese, with nothing axe finds serious."""

import os

import pytest

from accounts.factories import UserFactory
from tests.browser.conftest import SCREENSHOT_DIR
from tests.browser.test_field_use import AXE, axe_violations, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.skipif(
    not AXE.exists() and os.environ.get("BROWSER_TESTS_REQUIRED") != "1",
    reason="axe-core is not installed: `make test` runs `npm ci` (BROWSER_TESTS_REQUIRED=1 fails instead)",
)
def test_the_error_pages_read_well_on_a_phone(live_server, home_page, browser):
    UserFactory(username="chua-co-to")
    # The checker is injected as an inline script, which our Content-Security-Policy rightly blocks.
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN", bypass_csp=True)
    phone = context.new_page()
    problems, headings = {}, {}

    def check(name):
        headings[name] = phone.locator("h1").inner_text()
        problems[name] = axe_violations(phone)
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        phone.screenshot(path=str(SCREENSHOT_DIR / f"trang-loi-{name}.png"), full_page=True)

    phone.goto(live_server.url + "/tim-kiem/?q=%00")
    check("400")
    phone.goto(live_server.url + "/khong-co-trang-nay/")
    check("404")
    phone.goto(live_server.url + "/dang-nhap/")
    context.clear_cookies()  # the form's token no longer matches anything
    phone.get_by_label("Số điện thoại hoặc tên đăng nhập").fill("chua-co-to")
    phone.get_by_role("button", name="Đăng nhập").click()
    check("csrf")
    sign_in(phone, live_server, "chua-co-to")
    phone.goto(live_server.url + "/bao-cao/")  # results are for coordinators (the help log now shows how to join)
    check("403")
    phone.goto(live_server.url + "/dang-xuat/")
    check("405")
    phone.get_by_role("main").get_by_role("button", name="Đăng xuất").click()
    phone.get_by_role("link", name="Đăng nhập", exact=True).wait_for()
    context.close()
    assert headings == {
        "400": "Không xử lý được yêu cầu",
        "404": "Không tìm thấy trang",
        "csrf": "Biểu mẫu chưa được gửi",
        "403": "Bạn chưa được phép làm việc này",
        "405": "Không mở được địa chỉ này theo cách này",
    }
    assert {name: found for name, found in problems.items() if found} == {}
