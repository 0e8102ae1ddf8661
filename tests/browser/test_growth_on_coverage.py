"""The coverage page on a 390 px phone, with and without JavaScript: no sideways scroll, the growth charts drawn, the
figures' table behind a disclosure, and the province's deadline set from the page.

Named to run after test_editorial.py: that test needs what migrations seeded (Wagtail's groups and their page
permissions), which a transactional test before it flushes."""

import datetime

import pytest
from django.utils import timezone

from accounts.factories import UserFactory
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory, VillageFactory
from teams.models import Affiliation, RegistryDeadline, RoleAssignment, ScopeRole
from tests.browser.conftest import TIMEOUT_MS
from tests.browser.phone_steps import sign_in

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def province_with_history(db):
    """A province with communes whose long names stretch a table, teams founded over the past year, members."""
    today = timezone.localdate()
    province = ProvinceFactory(name="Tỉnh Thái Nguyên Thử", code="19")
    for number in range(6):
        commune = CommuneFactory(name=f"Xã Phúc Thuận Đông Nam Số {number}", code=f"1900{number}", parent=province)
        if number < 4:
            founded = today - datetime.timedelta(days=60 * number + 20)
            decided = {"decision_number": f"{120 + number}/QĐ-UBND", "decision_date": founded} if number % 2 else {}
            team = TeamFactory(area=commune, founded_on=founded, **decided)
            for _member in range(3):
                MemberFactory(team=team, joined_on=founded, affiliation=Affiliation.YOUTH_UNION)
            TeamFactory(area=VillageFactory(parent=commune), founded_on=founded)
    RegistryDeadline.objects.create(province=province, deadline=today - datetime.timedelta(days=10))
    coordinator = UserFactory(username="dieuphoi")
    RoleAssignment.objects.create(user=coordinator, role=ScopeRole.PROVINCE_COORDINATOR, area=province)
    return province


def check_phone_layout(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    charts = page.locator(".line-chart svg")
    assert charts.count() == 4
    first = charts.first
    assert first.is_visible()
    box = first.bounding_box()
    assert box["width"] > 200 and box["x"] + box["width"] <= PHONE["width"]
    assert page.locator(".growth-table").is_hidden()  # behind its disclosure until opened
    page.get_by_text("Bảng số liệu theo tháng").click()
    assert page.locator(".growth-table").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_coverage_growth_on_a_phone_with_javascript(live_server, home_page, province_with_history, phone, screenshot):
    sign_in(phone, live_server, "dieuphoi")
    phone.goto(live_server.url + "/do-phu/")
    assert "Đã quá hạn." in phone.locator("main").inner_text()
    check_phone_layout(phone)
    screenshot("coverage-growth")
    phone.get_by_label("Hạn: 100% xã, phường có tổ và quyết định thành lập trước ngày").fill("2026-12-31")
    phone.get_by_role("button", name="Đổi hạn").click()
    assert "trước ngày 31/12/2026" in phone.locator(".messages").inner_text()
    assert RegistryDeadline.objects.get().deadline == datetime.date(2026, 12, 31)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_coverage_growth_on_a_phone_without_javascript(live_server, home_page, province_with_history, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        sign_in(page, live_server, "dieuphoi")
        page.goto(live_server.url + "/do-phu/?tu=2020-01-01")
        check_phone_layout(page)
        page.goto(live_server.url + "/do-phu/?tu=31/02/2026")
        assert "không có thật" in page.locator(".since-form").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    finally:
        context.close()
