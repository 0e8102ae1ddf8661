"""The guide's print view and booklets: a print button where a script can print, nothing where it cannot, and
the button never on paper."""

import pytest

from tests.browser.page_checks import dead_controls, sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)

# window.print() opens a dialog headless Chromium cannot show: count the calls instead.
COUNT_PRINTS = "window.__prints = 0; window.print = () => { window.__prints += 1; };"


@pytest.mark.parametrize("route", ["ban-in/", "so-tay/"])
def test_the_print_button_prints_and_stays_off_paper(live_server, guide, phone, route):
    phone.add_init_script(COUNT_PRINTS)
    phone.goto(live_server.url + guide.url + route)
    button = phone.get_by_role("button", name="In trang này" if route == "ban-in/" else "In")
    assert button.is_visible()
    button.click()
    assert phone.evaluate("window.__prints") == 1
    assert dead_controls(phone, javascript=True) == []
    assert sideways_scroll(phone) == []
    phone.emulate_media(media="print")
    assert not button.is_visible()
    assert phone.locator("h1").is_visible()


@pytest.mark.parametrize("route", ["ban-in/", "so-tay/"])
def test_without_javascript_no_print_button_shows(live_server, guide, browser, route):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + guide.url + route)
    assert page.locator("[data-print]").count() == 1
    assert not page.locator("[data-print]").is_visible()
    assert "lệnh In của trình duyệt" in page.locator("main").inner_text()
    assert dead_controls(page, javascript=False) == []
    context.close()
