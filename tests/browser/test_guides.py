import uuid

import pytest

from guides.models import GuideFeedback

pytestmark = pytest.mark.django_db(transaction=True)


def test_citizen_finds_a_guide_by_search_ticks_a_step_and_finds_it_ticked_after_reload(
    live_server, guide, site_settings, phone, screenshot
):
    phone.goto(live_server.url + "/")
    phone.get_by_label("Bạn cần làm gì?").fill("kich hoat dinh danh")
    phone.get_by_role("button", name="Tìm").click()
    phone.wait_for_url("**/tim-kiem/?q=*")
    phone.locator("main ol.result-list a", has_text=guide.title).click()
    phone.wait_for_url("**" + guide.url)
    assert phone.locator("h1").inner_text() == guide.title

    second_step = phone.locator("#buoc-2")
    second_step.get_by_label("Tôi đã làm xong bước này").check()
    assert phone.locator("[data-steps-progress]").inner_text() == "Bạn đã làm xong 1/3 bước."
    phone.reload()
    assert phone.locator("#buoc-2").get_by_label("Tôi đã làm xong bước này").is_checked()
    assert not phone.locator("#buoc-1").get_by_label("Tôi đã làm xong bước này").is_checked()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot("guide-390x844")


def test_citizen_sends_feedback_and_sees_thanks(live_server, guide, phone):
    phone.goto(live_server.url + guide.url)
    feedback = phone.locator("#phan-hoi")
    # The cached page is the same for everyone; the script gives this page load's answer an id of its own.
    answer_id = feedback.locator("input[name=client_id]").input_value()
    assert str(uuid.UUID(answer_id)) == answer_id and uuid.UUID(answer_id).version == 4
    feedback.get_by_label("Có", exact=True).check()
    feedback.get_by_label("Góp ý thêm", exact=False).fill("Dễ làm theo")
    feedback.get_by_role("button", name="Gửi góp ý").click()
    phone.wait_for_url("**da-gui-phan-hoi=1*")
    assert "Cảm ơn bạn đã góp ý" in phone.locator("#phan-hoi").inner_text()
    assert str(GuideFeedback.objects.get().client_id) == answer_id


def test_print_view_renders_with_qr_code_and_steps(live_server, guide, phone, screenshot):
    phone.goto(live_server.url + guide.url)
    phone.get_by_role("link", name="Bản in").click()
    phone.wait_for_url("**/ban-in/")
    assert phone.locator(".step").count() == 3
    qr = phone.locator(".print-qr img")
    assert qr.evaluate("image => image.complete && image.naturalWidth > 0")
    phone.emulate_media(media="print")
    assert not phone.locator(".site-header").is_visible()
    screenshot("guide-print")


def test_guides_index_filters_without_javascript(live_server, guide, postmart, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/huong-dan/")
    page.get_by_role("main").locator("summary", has_text="Lọc").click()
    page.get_by_label("Trụ cột", exact=True).select_option("chinh-quyen-so")
    page.get_by_role("button", name="Áp dụng bộ lọc").click()
    page.wait_for_url("**tru-cot=chinh-quyen-so*")
    assert page.locator("main .card-list a", has_text=guide.title).count() == 1
    context.close()
