"""One phone, two volunteers in turn: what the first leaves behind after signing out, in Debian's Chromium."""

import pytest

from accounts.factories import UserFactory
from reporting.models import Indicator, SupportLog
from teams.factories import MemberFactory, TeamFactory
from tests.browser.phone_steps import controlled_by_service_worker, sign_in

pytestmark = pytest.mark.django_db(transaction=True)

PRIVATE_ENTRIES_KEPT = """async () => {
    const found = [];
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
            const response = await cache.match(request);
            if (/private|no-store/.test(response.headers.get("Cache-Control") || "")) { found.push(request.url); }
        }
    }
    return found;
}"""


def sign_out(page, live_server):
    page.goto(live_server.url + "/tai-khoan/")
    with page.expect_response(lambda response: response.url.endswith("/dang-xuat/")) as signed_out:
        page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_selector("[data-signed-out]")
    return signed_out.value


@pytest.fixture
def two_volunteers(db):
    Indicator.objects.get_or_create(code="vneid-muc-2", defaults={"name": "Kích hoạt VNeID mức 2", "sort_order": 1})
    team = TeamFactory()
    first = UserFactory(username="+84908000001", phone="+84908000001")
    second = UserFactory(username="+84908000002", phone="+84908000002")
    MemberFactory(team=team, user=first)
    MemberFactory(team=team, user=second)
    return first, second


def test_after_a_sign_out_the_phone_keeps_saved_guides_and_unsent_help_but_nothing_personal(
    live_server, guide, two_volunteers, phone, screenshot
):
    first, _second = two_volunteers
    sign_in(phone, live_server, "0908 000 001")
    phone.goto(live_server.url + guide.url)
    controlled_by_service_worker(phone)
    phone.get_by_role("button", name="Lưu để dùng khi mất mạng").click()
    phone.wait_for_function("() => document.querySelector('[data-offline-status]').textContent.includes('Đã lưu')")

    # Help logged without a signal, then the phone leaves the page before the signal returns: it stays queued.
    phone.goto(live_server.url + "/ghi-nhan/")
    phone.context.set_offline(True)
    phone.locator(".count-row input").first.fill("3")
    phone.get_by_label("ghi chú", exact=False).fill("Hướng dẫn bà Lan ở xóm Bến")
    phone.get_by_role("button", name="Ghi nhận").click()
    assert "Đang chờ gửi 1 lượt" in phone.locator("[data-log-queue]").inner_text()
    phone.goto(live_server.url + guide.url)
    phone.context.set_offline(False)

    phone.goto(live_server.url + "/tai-khoan/")
    assert "còn 1 lượt ghi nhận" in phone.locator("[data-unsent-logs]").inner_text()
    response = sign_out(phone, live_server)
    assert response.header_value("Clear-Site-Data") == '"cache"'
    assert "còn 1 lượt ghi nhận" in phone.locator("[data-unsent-logs]").inner_text()
    screenshot("signed-out-with-unsent-help")
    phone.wait_for_timeout(500)  # the worker's check after the sign-out
    assert phone.evaluate(PRIVATE_ENTRIES_KEPT) == []

    phone.context.set_offline(True)
    try:
        phone.goto(live_server.url + "/ghi-nhan/")
        assert "Đang không có mạng" in phone.locator("h1").inner_text()
        assert "Bến" not in phone.content() and "csrfmiddlewaretoken" not in phone.content()
        phone.goto(live_server.url + guide.url)
        assert phone.locator("h1").inner_text() == guide.title
        assert phone.locator(".step").count() == 3
    finally:
        phone.context.set_offline(False)

    # The next volunteer on this phone is told of the entry and does not send it. (Under load the first volunteer's
    # page may already have delivered it in their own session when the signal came back, which is right: what
    # matters is that nothing is sent while the next person is signed in.)
    saved_before = list(SupportLog.objects.values_list("pk", flat=True))
    sign_in(phone, live_server, "0908 000 002")
    phone.goto(live_server.url + "/ghi-nhan/")
    assert "còn 1 lượt ghi nhận chưa gửi của người khác" in phone.locator("[data-others-logs]").inner_text()
    assert phone.locator("[data-log-queue]").is_hidden()
    phone.evaluate("() => window.dispatchEvent(new Event('online'))")
    phone.wait_for_timeout(500)
    assert list(SupportLog.objects.values_list("pk", flat=True)) == saved_before
    assert not SupportLog.objects.filter(volunteer=_second).exists()
    sign_out(phone, live_server)

    # Its owner, back on the phone, sends it.
    sign_in(phone, live_server, "0908 000 001")
    phone.goto(live_server.url + "/ghi-nhan/")
    phone.wait_for_function("() => JSON.parse(localStorage.getItem('sotayso:log-queue')).length === 0")
    log = SupportLog.objects.get()  # once, whichever page of theirs delivered it
    assert (log.volunteer, log.note) == (first, "Hướng dẫn bà Lan ở xóm Bến")
    assert phone.locator("[data-log-queue]").is_hidden()
