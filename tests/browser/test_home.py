import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_citizen_opens_the_home_page_on_a_phone(live_server, home_page, site_settings, phone, screenshot):
    response = phone.goto(live_server.url + "/")
    assert response.status == 200
    assert phone.locator("h1").inner_text() == home_page.title
    assert phone.get_by_label("Bạn cần làm gì?").is_visible()
    assert site_settings.authority_name in phone.locator("footer").inner_text()
    # Nothing wider than the phone: no sideways scrolling.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    path = screenshot("home-390x844")
    assert path.stat().st_size > 10_000


def test_skip_link_is_the_first_thing_the_keyboard_reaches(live_server, home_page, phone):
    phone.goto(live_server.url + "/")
    phone.keyboard.press("Tab")
    focused = phone.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Bỏ qua, đến nội dung chính"


def test_citizen_goes_from_the_home_page_to_a_pillar(live_server, guide, pillars, phone):
    phone.goto(live_server.url + "/")
    phone.get_by_role("link", name="Chính quyền số").click()
    phone.wait_for_url("**/huong-dan/chinh-quyen-so/")
    assert phone.locator("h1").inner_text() == "Chính quyền số"
    assert phone.get_by_role("link", name=guide.title).is_visible()
