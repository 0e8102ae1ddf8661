import pytest

from accounts.factories import DEFAULT_TEST_PASSWORD, UserFactory
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory
from teams.models import AnnouncementRead, MemberRole, RoleAssignment, ScopeRole

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
    leader_phone.set_default_timeout(10_000)
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
