import pytest

from accounts.factories import DEFAULT_TEST_PASSWORD, UserFactory
from reporting.models import Indicator, ReportStatus, TeamReport
from teams.factories import MemberFactory, TeamFactory
from teams.models import MemberRole, RoleAssignment, ScopeRole

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(page, live_server, login):
    page.context.clear_cookies()
    page.goto(live_server.url + "/dang-nhap/")
    page.get_by_label("Số điện thoại hoặc tên đăng nhập").fill(login)
    page.get_by_label("Mật khẩu").fill(DEFAULT_TEST_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/tai-khoan/")


@pytest.fixture
def people(db):
    # Transactional tests flush what migrations seeded, so the indicators this flow needs are made here.
    if not Indicator.objects.exists():
        Indicator.objects.create(
            code="vneid-muc-2", name="Người dân được hướng dẫn kích hoạt VNeID mức 2", sort_order=1
        )
        Indicator.objects.create(code="buoi-tuyen-truyen", name="Buổi tuyên truyền", unit="buổi", sort_order=2)
    team = TeamFactory()
    volunteer = UserFactory(username="+84906000001", phone="+84906000001")
    MemberFactory(team=team, user=volunteer)
    leader = UserFactory(username="+84906000002", phone="+84906000002")
    MemberFactory(team=team, user=leader, role=MemberRole.LEADER)
    officer = UserFactory(username="canboxa")
    RoleAssignment.objects.create(user=officer, role=ScopeRole.COMMUNE_OFFICER, area=team.commune)
    return {"team": team}


def test_log_submit_return_fix_and_resubmit(live_server, home_page, people, phone, screenshot):
    team = people["team"]
    sign_in(phone, live_server, "0906 000 001")
    phone.get_by_role("link", name="Ghi nhận hỗ trợ").click()
    first_count = phone.locator(".count-row input").first
    first_count.fill("4")
    phone.get_by_role("button", name="Ghi nhận").click()
    assert "Đã ghi nhận. Cảm ơn bạn!" in phone.locator(".messages").inner_text()
    screenshot("log-help")

    sign_in(phone, live_server, "0906 000 002")
    phone.goto(live_server.url + f"/to/{team.pk}/bao-cao/")
    assert phone.locator(".report-row input").first.input_value() == "4"
    phone.get_by_role("button", name="Nộp báo cáo").click()
    assert "Đã nộp báo cáo" in phone.locator(".messages").inner_text()

    sign_in(phone, live_server, "canboxa")
    report = TeamReport.objects.get()
    phone.goto(live_server.url + f"/bao-cao/xem/{report.pk}/")
    phone.get_by_label("Nhận xét (bắt buộc khi trả lại)").fill("Thiếu số buổi tuyên truyền")
    phone.get_by_role("button", name="Trả lại để sửa").click()
    assert "Đã trả lại báo cáo cho tổ." in phone.locator(".messages").inner_text()

    sign_in(phone, live_server, "0906 000 002")
    phone.goto(live_server.url + f"/to/{team.pk}/bao-cao/")
    assert "Thiếu số buổi tuyên truyền" in phone.locator("main").inner_text()
    sessions = phone.locator(".report-row").nth(1)
    sessions.locator("input").first.fill("1")
    sessions.locator("input").nth(1).fill("Buổi họp thôn ngày 10")
    phone.get_by_role("button", name="Nộp báo cáo").click()
    assert "Đã nộp báo cáo" in phone.locator(".messages").inner_text()
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot("report-resubmitted")
