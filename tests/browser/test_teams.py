import pytest

from accounts.factories import DEFAULT_TEST_PASSWORD, UserFactory
from teams.factories import MemberFactory, TeamFactory
from teams.models import Member, MemberRole

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(phone_page, live_server, login):
    phone_page.goto(live_server.url + "/dang-nhap/")
    phone_page.get_by_label("Số điện thoại hoặc tên đăng nhập").fill(login)
    phone_page.get_by_label("Mật khẩu").fill(DEFAULT_TEST_PASSWORD)
    phone_page.get_by_role("button", name="Đăng nhập").click()


def test_team_leader_adds_a_member_on_a_phone(live_server, home_page, phone, screenshot):
    team = TeamFactory()
    leader = UserFactory(username="+84901111111", phone="+84901111111")
    MemberFactory(team=team, full_name="Tổ Trưởng", role=MemberRole.LEADER, user=leader)

    sign_in(phone, live_server, "0901 111 111")
    phone.wait_for_url("**/tai-khoan/")
    phone.get_by_role("link", name="Tổ của tôi").click()
    phone.wait_for_url(f"**/to/{team.pk}/")
    phone.get_by_role("link", name="Thêm thành viên").click()

    phone.get_by_label("Họ và tên").fill("Hoàng Thị Mai")
    phone.get_by_role("textbox", name="Số điện thoại").fill("0988 123 456")
    phone.get_by_label("Tổ chức").select_option(label="Hội Liên hiệp Phụ nữ")
    phone.get_by_role("button", name="Lưu").click()
    assert "Chỉ lưu thông tin của người đã đồng ý" in phone.locator(".field-error").inner_text()
    assert phone.get_by_label("Họ và tên").input_value() == "Hoàng Thị Mai"
    phone.get_by_label("Người này đã đồng ý").check()
    phone.get_by_role("button", name="Lưu").click()
    phone.wait_for_url(f"**/to/{team.pk}/")
    assert "Đã thêm Hoàng Thị Mai vào tổ." in phone.locator(".messages").inner_text()
    assert phone.get_by_text("0988 123 456").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot("team-roster")
    assert Member.objects.get(full_name="Hoàng Thị Mai").phone == "+84988123456"


def test_a_wrong_password_is_explained_in_vietnamese(live_server, home_page, phone):
    UserFactory(username="+84901111112", phone="+84901111112")
    phone.goto(live_server.url + "/dang-nhap/")
    phone.get_by_label("Số điện thoại hoặc tên đăng nhập").fill("0901 111 112")
    phone.get_by_label("Mật khẩu").fill("sai-mat-khau")
    phone.get_by_role("button", name="Đăng nhập").click()
    assert "mật khẩu chưa đúng" in phone.locator(".form-error").inner_text()
    assert phone.get_by_label("Số điện thoại hoặc tên đăng nhập").input_value() == "0901 111 112"
