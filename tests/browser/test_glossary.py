"""The glossary on a 390 px phone: tapping a hard word's link brings its plain-words definition into view, at the end
of the same page, with JavaScript or without it."""

import pytest
from playwright.sync_api import expect

from content.models import GlossaryTerm
from guides.factories import GuidePageFactory, step
from tests.browser.page_checks import sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)

DEFINITION = "Mã số dùng một lần, gửi qua tin nhắn khi bạn đăng nhập."


@pytest.fixture
def guide_with_otp(vneid, guide_index):
    GlossaryTerm.objects.create(term="OTP", slug="otp", variants="mã OTP", definition=DEFINITION)
    steps = [step("Nhập mã", text="<p>Nhập mã OTP gửi đến máy.</p>")]
    steps += [step(f"Làm việc thứ {number}", text="<p>Chạm vào nút.</p>") for number in range(2, 8)]
    return GuidePageFactory(parent=vneid, slug="nhap-otp", title="Nhập mã OTP", steps=steps)


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_tapping_a_term_shows_its_definition(live_server, browser, guide_with_otp, javascript):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="vi-VN", has_touch=True, java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(live_server.url + guide_with_otp.url)
    definition = page.locator("#tu-ngu-otp + dd")
    expect(definition).not_to_be_in_viewport()
    page.get_by_role("link", name="mã OTP").tap()
    expect(definition).to_be_in_viewport()
    expect(definition).to_have_text(DEFINITION)
    assert page.url.endswith("#tu-ngu-otp")
    assert sideways_scroll(page) == []
    context.close()
