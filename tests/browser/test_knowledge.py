import datetime
import os

import pytest

from accounts.factories import DEFAULT_TEST_PASSWORD, UserFactory
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory
from teams.models import Announcement, AnnouncementRead, MemberRole, RoleAssignment, ScopeRole
from tests.browser.conftest import TIMEOUT_MS
from tests.browser.test_field_use import AXE, axe_violations

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(page, live_server, login):
    page.goto(live_server.url + "/dang-nhap/")
    page.get_by_label("Số điện thoại hoặc tên đăng nhập").fill(login)
    page.get_by_label("Mật khẩu").fill(DEFAULT_TEST_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/tai-khoan/")


def test_a_coordinator_posts_an_announcement_and_a_team_leader_reads_it_on_a_phone(
    live_server, home_page, browser, phone, screenshot
):
    province = ProvinceFactory(name="Tỉnh Thử")
    commune = CommuneFactory(name="Xã Hòa Bình", parent=province)
    CommuneFactory(name="Xã Yên Lạc", parent=province)
    team = TeamFactory(area=commune)
    leader = UserFactory(username="+84901222333", phone="+84901222333")
    MemberFactory(team=team, full_name="Tổ Trưởng Hòa", role=MemberRole.LEADER, user=leader)
    coordinator = UserFactory(username="dieuphoi-thu")
    RoleAssignment.objects.create(user=coordinator, role=ScopeRole.PROVINCE_COORDINATOR, area=province)

    sign_in(phone, live_server, "dieuphoi-thu")
    phone.goto(live_server.url + "/thong-bao/")
    phone.get_by_role("link", name="Đăng thông báo mới").click()
    phone.get_by_label("Tiêu đề").fill("Ra quân hỗ trợ VNeID mức 2")
    phone.get_by_label("Nội dung").fill("Mỗi tổ hỗ trợ ít nhất 20 hộ trong tháng này.")
    phone.get_by_role("button", name="Đăng thông báo").click()
    assert "ít nhất một xã" in phone.locator(".field-error").inner_text()
    assert phone.get_by_label("Tiêu đề").input_value() == "Ra quân hỗ trợ VNeID mức 2"
    phone.get_by_label("Xã Hòa Bình").check()
    phone.get_by_role("button", name="Đăng thông báo").click()
    phone.wait_for_url("**/thong-bao/*/")
    assert "Đã đăng thông báo" in phone.locator(".messages").inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot("announcement-posted")

    leader_context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN")
    leader_phone = leader_context.new_page()
    leader_phone.set_default_timeout(TIMEOUT_MS)
    sign_in(leader_phone, live_server, "0901 222 333")
    assert "1 thông báo chưa đọc" in leader_phone.locator("main").inner_text()
    leader_phone.get_by_role("link", name="Thông báo", exact=True).click()
    leader_phone.wait_for_url("**/thong-bao/")
    card = leader_phone.locator(".card", has_text="Ra quân hỗ trợ VNeID mức 2")
    assert "Chưa đọc" in card.inner_text()
    card.get_by_role("button", name="Đánh dấu đã đọc").click()
    assert "Đã đánh dấu đã đọc." in leader_phone.locator(".messages").inner_text()
    assert "Chưa đọc" not in leader_phone.locator(".card", has_text="Ra quân").inner_text()
    assert AnnouncementRead.objects.filter(user=leader).count() == 1
    leader_context.close()


@pytest.mark.skipif(
    not AXE.exists() and os.environ.get("BROWSER_TESTS_REQUIRED") != "1",
    reason="axe-core is not installed: `make test` runs `npm ci` (BROWSER_TESTS_REQUIRED=1 fails instead)",
)
def test_axe_finds_no_serious_problem_on_the_knowledge_pages(live_server, home_page, vneid, browser):
    from content.factories import (
        DocumentIndexPageFactory,
        GoodPracticeIndexPageFactory,
        GoodPracticePageFactory,
        PolicyDocumentPageFactory,
    )
    from content.models import GoodPracticeResult

    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN", bypass_csp=True)
    phone = context.new_page()
    document = PolicyDocumentPageFactory(parent=DocumentIndexPageFactory(parent=home_page), number="793/BTTTT-THH")
    province = ProvinceFactory()
    commune = CommuneFactory(parent=province)
    practice = GoodPracticePageFactory(parent=GoodPracticeIndexPageFactory(parent=home_page), commune=commune)
    GoodPracticeResult.objects.create(page=practice, figure="312", label="người kích hoạt VNeID mức 2")
    team = TeamFactory(area=commune)
    leader = UserFactory(username="+84907000019", phone="+84907000019")
    MemberFactory(team=team, user=leader, role=MemberRole.LEADER)
    coordinator = UserFactory(username="dieuphoi-axe")
    RoleAssignment.objects.create(user=coordinator, role=ScopeRole.PROVINCE_COORDINATOR, area=province)
    announcement = Announcement.objects.create(
        author=coordinator,
        province=province,
        title="Ra quân",
        body="Toàn tỉnh.",
        deadline=datetime.date.today() + datetime.timedelta(days=5),
    )
    problems = {}
    for path in ["/van-ban/?q=793", document.url, document.url + "to-roi/", "/cach-lam-hay/", practice.url]:
        phone.goto(live_server.url + path)
        problems[path] = axe_violations(phone)
    sign_in(phone, live_server, "0907 000 019")
    for path in ["/thong-bao/", f"/thong-bao/{announcement.pk}/", "/tai-khoan/thong-bao/", practice.url]:
        phone.goto(live_server.url + path)
        problems[f"leader {path}"] = axe_violations(phone)
    context.clear_cookies()
    sign_in(phone, live_server, "dieuphoi-axe")
    phone.goto(live_server.url + "/thong-bao/moi/")
    problems["/thong-bao/moi/"] = axe_violations(phone)
    context.close()
    assert {path: found for path, found in problems.items() if found} == {}
