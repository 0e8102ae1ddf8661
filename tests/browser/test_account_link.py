"""A guide is the same page for everyone (core/page_cache.py): its header says who is signed in only through
js/account-link.js, and without JavaScript its neutral link still leads to the account."""

import pytest

from accounts.factories import UserFactory
from tests.browser.conftest import PHONE_VIEWPORT
from tests.browser.phone_steps import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def account_link(page):
    return page.locator("header .account-link")


def test_a_signed_in_volunteer_sees_their_page_in_the_header_and_without_javascript_the_neutral_link(
    live_server, guide, browser, phone, screenshot
):
    UserFactory(username="+84908000011", phone="+84908000011")
    phone.goto(live_server.url + guide.url)
    phone.wait_for_function("() => document.querySelector('header .account-link').textContent === 'Đăng nhập'")
    assert account_link(phone).get_attribute("href") == "/dang-nhap/"

    sign_in(phone, live_server, "0908 000 011")
    phone.goto(live_server.url + guide.url)
    link = phone.get_by_role("link", name="Trang của tôi")
    link.wait_for()
    assert link.get_attribute("href") == "/tai-khoan/"
    box = account_link(phone).bounding_box()
    assert box["x"] + box["width"] <= PHONE_VIEWPORT["width"] and box["height"] >= 44
    screenshot("guide-signed-in-account-link")
    link.click()
    phone.wait_for_url("**/tai-khoan/")

    without_script = browser.new_context(viewport=PHONE_VIEWPORT, locale="vi-VN", java_script_enabled=False)
    try:
        without_script.add_cookies(phone.context.cookies())
        page = without_script.new_page()
        page.goto(live_server.url + guide.url)
        neutral = page.get_by_role("link", name="Tài khoản")
        assert neutral.get_attribute("href") == "/tai-khoan/"
        neutral.click()
        page.wait_for_url("**/tai-khoan/")  # signed in: the account page itself
        assert page.locator("h1").count() == 1
    finally:
        without_script.close()


def test_an_editor_reading_a_guide_is_offered_to_edit_it(live_server, guide, phone, screenshot):
    """The page carries no user bar (it is the same for everyone); the header's part brings the edit link."""
    from tests.browser.phone_steps import admin_sign_in

    UserFactory(username="bientap", is_staff=True, is_superuser=True)
    admin_sign_in(phone, live_server, "bientap")
    phone.goto(live_server.url + guide.url)
    edit = phone.get_by_role("link", name="Sửa trang này")
    edit.wait_for()
    assert edit.get_attribute("href") == f"/admin/pages/{guide.pk}/edit/"
    box = edit.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE_VIEWPORT["width"]
    screenshot("guide-edit-link")
    edit.click()
    phone.wait_for_url(f"**/admin/pages/{guide.pk}/edit/")
