"""The volunteer's paths on a phone (390x844): with a team (sign in, home, learning with progress, log one help,
announcements), with no team (sign in, told how to join, joins with the code), a wrong password, and a forgotten
password for staff (by e-mail) and for a volunteer (told to ask the leader). Each screen fits the phone's width
and axe finds nothing serious."""

import re

import pytest
from django.core import mail

from accounts.factories import DEFAULT_TEST_PASSWORD, UserFactory, VolunteerFactory
from reporting.models import Indicator, SupportLog
from teams.factories import MemberFactory, TeamFactory
from teams.models import Announcement, Member, MemberRole
from tests.browser.conftest import PHONE_VIEWPORT, TIMEOUT_MS
from tests.browser.test_field_use import AXE, axe_violations
from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory
from training.models import Completion, ModuleProgress

pytestmark = pytest.mark.django_db(transaction=True)

NEW_PASSWORD = "mat-khau-moi-cua-dieu-phoi-2026"


@pytest.fixture
def phone(browser):
    """The phone, with the page's Content-Security-Policy bypassed so that axe can be injected."""
    context = browser.new_context(viewport=PHONE_VIEWPORT, locale="vi-VN", device_scale_factor=1, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    context.close()


def fits_and_passes_axe(page, problems, name):
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > PHONE_VIEWPORT["width"]:
        problems[name] = f"scrolls sideways: {width}px"
    if AXE.exists():
        found = axe_violations(page)
        if found:
            problems[name] = found


def sign_in(page, live_server, login, password=DEFAULT_TEST_PASSWORD):
    page.goto(live_server.url + "/dang-nhap/")
    page.get_by_label("Số điện thoại hoặc tên đăng nhập").fill(login)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()


@pytest.fixture
def team(db):
    # Transactional tests flush what migrations seeded: the indicator the help log asks for is made here.
    if not Indicator.objects.exists():
        Indicator.objects.create(code="vneid-muc-2", name="Người dân được hướng dẫn kích hoạt VNeID mức 2")
    return TeamFactory()


@pytest.fixture
def modules(home_page):
    index = TrainingIndexPageFactory(parent=home_page)
    return [
        TrainingModulePageFactory(parent=index, title="An toàn trên mạng", slug="an-toan"),
        TrainingModulePageFactory(parent=index, title="Hướng dẫn VNeID", slug="vneid-hoc"),
        TrainingModulePageFactory(parent=index, title="Thanh toán không dùng tiền mặt", slug="thanh-toan"),
    ]


def test_a_volunteer_in_a_team_learns_logs_help_and_reads_the_announcements(
    live_server, home_page, team, modules, phone, screenshot
):
    volunteer = VolunteerFactory(phone="+84912345678", first_name="Lan", last_name="Phạm Thị")
    MemberFactory(team=team, user=volunteer, phone=volunteer.phone, full_name="Phạm Thị Lan")
    finished, midway = modules[0], modules[1]
    for module, done in ((finished, finished.lesson_ids), (midway, midway.lesson_ids[:1])):
        ModuleProgress.objects.create(
            user=volunteer, module=module, module_title=module.title, lessons_done=done, lessons_opened=done
        )
    Completion.objects.create(user=volunteer, module=finished, module_title=finished.title, score=100)
    Announcement.objects.create(
        province=team.province, title="Chiến dịch kích hoạt VNeID tháng này", body="Mỗi tổ hỗ trợ 50 người."
    )
    problems = {}

    sign_in(phone, live_server, "0912 345 678")
    phone.wait_for_url("**/tai-khoan/")
    assert phone.get_by_role("heading", name="Xin chào, Phạm Thị Lan").is_visible()
    assert phone.get_by_role("link", name="Vào tổ bằng mã mời").count() == 0
    fits_and_passes_axe(phone, problems, "home")
    screenshot("volunteer-home")

    phone.get_by_role("link", name="Học tập của tôi").click()
    assert phone.get_by_role("link", name="Học tiếp: Hướng dẫn VNeID").is_visible()
    assert phone.get_by_role("link", name="Chứng nhận").count() == 1
    fits_and_passes_axe(phone, problems, "my-learning")
    screenshot("volunteer-my-learning")

    phone.get_by_role("link", name="Trang của tôi").click()
    phone.get_by_role("link", name="Ghi nhận hỗ trợ").click()
    phone.locator(".count-row input").first.fill("3")
    phone.get_by_role("button", name="Ghi nhận").click()
    assert "Đã ghi nhận. Cảm ơn bạn!" in phone.locator(".messages").inner_text()
    assert SupportLog.objects.filter(volunteer=volunteer, team=team).count() == 1
    fits_and_passes_axe(phone, problems, "log-help")
    screenshot("volunteer-log-help")

    phone.get_by_role("link", name="Trang của tôi").click()
    phone.get_by_role("link", name="Thông báo", exact=True).click()
    assert phone.get_by_role("link", name="Chiến dịch kích hoạt VNeID tháng này").is_visible()
    fits_and_passes_axe(phone, problems, "announcements")
    screenshot("volunteer-announcements")
    assert problems == {}


def test_a_volunteer_in_no_team_is_shown_how_to_join_and_joins_with_the_code(
    live_server, home_page, team, phone, screenshot
):
    newcomer = VolunteerFactory(phone="+84918765432", first_name="Khánh", last_name="Hoàng Minh")
    problems = {}

    sign_in(phone, live_server, "0918 765 432")
    phone.wait_for_url("**/tai-khoan/")
    assert phone.get_by_text("Bạn chưa ở tổ nào.", exact=False).first.is_visible()
    fits_and_passes_axe(phone, problems, "home")
    screenshot("newcomer-home")

    phone.goto(live_server.url + "/hoc/")
    assert phone.get_by_role("link", name="Vào tổ bằng mã mời").is_visible()
    phone.goto(live_server.url + "/thong-bao/")
    assert phone.get_by_role("link", name="Vào tổ bằng mã mời").is_visible()
    fits_and_passes_axe(phone, problems, "announcements")

    phone.get_by_role("link", name="Vào tổ bằng mã mời").click()
    phone.get_by_label("Mã mời của tổ").fill("SAIMAMOI")
    phone.get_by_label("Tôi đồng ý", exact=False).check()
    phone.get_by_role("button", name="Vào tổ").click()
    assert "Mã mời không đúng" in phone.locator(".field-error").inner_text()
    fits_and_passes_axe(phone, problems, "join-wrong-code")
    screenshot("newcomer-join-wrong-code")
    phone.get_by_label("Mã mời của tổ").fill(team.invitation_code)
    phone.get_by_label("Tôi đồng ý", exact=False).check()
    phone.get_by_role("button", name="Vào tổ").click()
    phone.wait_for_url("**/tai-khoan/")
    assert f"Chào mừng bạn đến với {team.name}" in phone.locator(".messages").inner_text()
    assert phone.get_by_role("link", name="Vào tổ bằng mã mời").count() == 0
    assert Member.objects.get(user=newcomer).team == team
    fits_and_passes_axe(phone, problems, "joined")
    screenshot("newcomer-joined")
    assert problems == {}


def test_a_wrong_password_says_what_happened_and_keeps_the_number(live_server, home_page, phone, screenshot):
    VolunteerFactory(phone="+84912345678")
    sign_in(phone, live_server, "0912 345 678", password="mat-khau-sai")
    alert = phone.get_by_role("alert")
    assert "Số điện thoại (hoặc tên đăng nhập) hay mật khẩu chưa đúng" in alert.inner_text()
    assert "Chưa lưu được" not in alert.inner_text()
    assert phone.get_by_label("Số điện thoại hoặc tên đăng nhập").input_value() == "0912 345 678"
    assert phone.get_by_label("Mật khẩu").input_value() == ""
    problems = {}
    fits_and_passes_axe(phone, problems, "wrong-password")
    screenshot("sign-in-wrong-password")
    assert problems == {}


def test_staff_reset_a_forgotten_password_by_email(live_server, home_page, phone, screenshot):
    UserFactory(username="dieuphoi", email="dieuphoi@ubnd.gov.vn")
    problems = {}
    phone.goto(live_server.url + "/dang-nhap/")
    phone.get_by_role("link", name="Quên mật khẩu?").click()
    fits_and_passes_axe(phone, problems, "forgot")
    screenshot("forgot-password")
    phone.get_by_label("Địa chỉ thư điện tử của tài khoản").fill("dieuphoi@ubnd.gov.vn")
    phone.get_by_role("button", name="Gửi đường dẫn đặt lại mật khẩu").click()
    assert phone.get_by_role("heading", name="Hãy xem hộp thư của bạn").is_visible()
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/dat-lai-mat-khau/\S+/", mail.outbox[0].body).group(0)

    phone.goto(link)
    phone.locator("#id_new_password1").fill(NEW_PASSWORD)  # its label is also inside "Nhập lại mật khẩu mới"
    phone.get_by_label("Nhập lại mật khẩu mới").fill(NEW_PASSWORD)
    fits_and_passes_axe(phone, problems, "new-password")
    screenshot("forgot-password-new")
    phone.get_by_role("button", name="Lưu mật khẩu mới").click()
    assert phone.get_by_role("heading", name="Đã đặt mật khẩu mới").is_visible()
    phone.goto(link)
    assert phone.get_by_text("Đường dẫn này không còn dùng được", exact=False).is_visible()

    sign_in(phone, live_server, "dieuphoi", password=NEW_PASSWORD)
    phone.wait_for_url("**/tai-khoan/")
    assert problems == {}


def test_a_volunteer_who_forgot_is_told_to_ask_the_leader(live_server, home_page, team, phone, screenshot):
    volunteer = VolunteerFactory(phone="+84912345678", email="")
    MemberFactory(team=team, user=volunteer, phone=volunteer.phone, role=MemberRole.MEMBER)
    phone.goto(live_server.url + "/dang-nhap/")
    phone.get_by_role("link", name="Quên mật khẩu?").click()
    assert "hãy nhờ tổ trưởng" in phone.locator("#by-phone + p").inner_text()
    phone.get_by_label("Địa chỉ thư điện tử của tài khoản").fill("0912 345 678")
    phone.get_by_role("button", name="Gửi đường dẫn đặt lại mật khẩu").click()
    assert "hãy nhờ tổ trưởng của bạn cấp mật khẩu mới" in phone.locator(".field-error").inner_text()
    assert mail.outbox == []
    screenshot("forgot-password-volunteer")
