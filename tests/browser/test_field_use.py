"""Field use: offline reading and logging, pages without JavaScript, accessibility checks with axe-core."""

import os
from pathlib import Path

import pytest

from accounts.factories import UserFactory
from guides.factories import GuidePageFactory
from reporting.models import Indicator, SupportLog
from teams.factories import MemberFactory, TeamFactory
from teams.models import MemberRole
from tests.browser.phone_steps import controlled_by_service_worker, sign_in

pytestmark = pytest.mark.django_db(transaction=True)

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def test_a_guide_opened_once_is_readable_offline(live_server, guide, phone):
    phone.goto(live_server.url + guide.url)
    controlled_by_service_worker(phone)
    phone.reload()
    phone.context.set_offline(True)
    try:
        phone.reload()
        assert phone.locator("h1").inner_text() == guide.title
        assert phone.locator(".step").count() == 3
        phone.goto(live_server.url + "/huong-dan/khong-da-mo/")
        assert "Đang không có mạng" in phone.locator("h1").inner_text()
    finally:
        phone.context.set_offline(False)


def test_a_platform_saved_in_one_tap_opens_offline_and_can_be_deleted(live_server, guide, vneid, phone):
    unopened = GuidePageFactory(parent=vneid, slug="chua-mo", title="Hướng dẫn chưa mở lần nào")
    phone.goto(live_server.url + vneid.url)
    controlled_by_service_worker(phone)
    phone.get_by_role("button", name="Lưu tất cả hướng dẫn để dùng khi mất mạng").click()
    phone.wait_for_function("() => document.querySelector('[data-offline-status]').textContent.includes('Đã lưu')")
    phone.context.set_offline(True)
    try:
        phone.goto(live_server.url + unopened.url)
        assert phone.locator("h1").inner_text() == unopened.title
        phone.goto(live_server.url + "/khong-co-mang/")
        packs = phone.locator("[data-offline-packs] li")
        assert "VNeID" in packs.first.inner_text() and "KB" in packs.first.inner_text()
        packs.first.get_by_role("button", name="Xóa khỏi máy").click()
        phone.wait_for_function(
            "() => document.querySelector('[data-offline-packs]').textContent.includes('Chưa lưu hướng dẫn nào')"
        )
    finally:
        phone.context.set_offline(False)


def test_help_logged_offline_is_sent_once_when_the_signal_returns(live_server, home_page, phone):
    Indicator.objects.get_or_create(code="vneid-muc-2", defaults={"name": "Kích hoạt VNeID mức 2", "sort_order": 1})
    volunteer = UserFactory(username="+84907000001", phone="+84907000001")
    MemberFactory(team=TeamFactory(), user=volunteer)
    sign_in(phone, live_server, "0907 000 001")
    phone.goto(live_server.url + "/ghi-nhan/")
    controlled_by_service_worker(phone)
    phone.context.set_offline(True)
    phone.locator(".count-row input").first.fill("3")
    phone.get_by_role("button", name="Ghi nhận").click()
    assert "Đang chờ gửi 1 lượt" in phone.locator("[data-log-queue]").inner_text()
    assert not SupportLog.objects.exists()
    phone.context.set_offline(False)
    phone.evaluate("() => window.dispatchEvent(new Event('online'))")
    phone.wait_for_function("() => document.querySelector('[data-log-queue]').hidden")
    phone.evaluate("() => window.dispatchEvent(new Event('online'))")
    phone.wait_for_timeout(500)
    assert SupportLog.objects.count() == 1


@pytest.mark.parametrize("path", ["/", "GUIDE", "/tim-kiem/?q=kich+hoat", "/huong-dan/", "GUIDE_BOOKLET"])
def test_pages_work_without_javascript(live_server, guide, guide_index, browser, path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    url = {"GUIDE": guide.url, "GUIDE_BOOKLET": guide.url + "so-tay/"}.get(path, path)
    response = page.goto(live_server.url + url)
    assert response.status == 200
    assert page.locator("main h1").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_the_booklet_renders_every_step(live_server, guide, phone):
    phone.goto(live_server.url + guide.url + "so-tay/?kho=a5")
    assert phone.locator(".booklet--a5 .step").count() == 3
    phone.emulate_media(media="print")
    assert not phone.locator(".site-header").is_visible()


def test_a_keyboard_alone_walks_through_a_guide(live_server, guide, phone):
    phone.goto(live_server.url + guide.url)
    reached = []
    for _ in range(40):
        phone.keyboard.press("Tab")
        reached.append(
            phone.evaluate(
                "document.activeElement.getAttribute('data-step-done') || document.activeElement.textContent.trim()"
            )
        )
    step_boxes = {item for item in reached if item and len(item) == 36 and item.count("-") == 4}
    assert len(step_boxes) == 3
    assert "Gửi góp ý" in reached
    phone.keyboard.press("Shift+Tab")
    phone.keyboard.press("Tab")
    outline = phone.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_text_stays_readable_at_200_percent_zoom(live_server, guide, browser):
    context = browser.new_context(viewport={"width": 195, "height": 422}, device_scale_factor=2)
    page = context.new_page()
    page.goto(live_server.url + guide.url)
    assert page.evaluate("document.documentElement.scrollWidth") <= 195 + 1
    context.close()


def axe_violations(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])})"
        for violation in result["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.mark.skipif(
    not AXE.exists() and os.environ.get("BROWSER_TESTS_REQUIRED") != "1",
    reason="axe-core is not installed: `make test` runs `npm ci` (BROWSER_TESTS_REQUIRED=1 fails instead)",
)
def test_axe_finds_no_serious_problem_on_the_main_pages(live_server, guide, guide_index, browser):
    assert AXE.exists(), "axe-core is missing: run `npm ci` (make test does)"
    # The checker is injected as an inline script, which our Content-Security-Policy rightly blocks.
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN", bypass_csp=True)
    phone = context.new_page()
    from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory

    TrainingModulePageFactory(parent=TrainingIndexPageFactory(parent=guide_index.get_parent()))
    Indicator.objects.get_or_create(code="vneid-muc-2", defaults={"name": "Kích hoạt VNeID mức 2", "sort_order": 1})
    team = TeamFactory()
    leader = UserFactory(username="+84907000009", phone="+84907000009")
    MemberFactory(team=team, user=leader, role=MemberRole.LEADER)
    problems = {}
    for path in ["/", guide.url, "/tim-kiem/?q=kich+hoat"]:
        phone.goto(live_server.url + path)
        problems[path] = axe_violations(phone)
    sign_in(phone, live_server, "0907 000 009")
    for path in ["/hoc/", "/ghi-nhan/", f"/to/{team.pk}/bao-cao/"]:
        phone.goto(live_server.url + path)
        problems[path] = axe_violations(phone)
    context.close()
    assert {path: found for path, found in problems.items() if found} == {}
