"""Each role's main path on a 390 px phone, from sign-in to its goal (issue 18, "Done means"). Every page on the way
is checked for sideways scrolling, visible controls that do nothing, English words and what axe finds serious, and
saved as a full-page screenshot in build/screenshots/ (<role>-<nn>-<step>[-nojs].png). Public and signed-in pages are
walked with and without JavaScript, the admin with it. Problems are collected for the whole path, then reported at
once: one run names every page and every problem."""

import datetime
import os
import re

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import Error as PlaywrightError
from wagtail.models import TaskState

from accounts.factories import DEFAULT_TEST_PASSWORD, UserFactory
from content.editorial import sync_all_departments
from content.factories import DepartmentFactory, PlatformPageFactory
from guides.factories import GuidePageFactory
from guides.models import GuideFeedback
from reporting.models import Difficulty, DifficultyCategory, Indicator, ReportStatus, SupportLog, TeamReport
from reporting.periods import latest_ended_period
from reporting.reports import report_for, submit
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory, VillageFactory
from teams.models import Member, MemberRole, RoleAssignment, ScopeRole
from tests.browser.conftest import PHONE_VIEWPORT, SCREENSHOT_DIR, TIMEOUT_MS
from tests.browser.page_checks import dead_controls, english_words, sideways_scroll
from tests.browser.test_field_use import AXE, axe_violations
from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory
from training.records import Completion

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not AXE.exists() and os.environ.get("BROWSER_TESTS_REQUIRED") != "1",
        reason="axe-core is not installed: `make test` runs `npm ci` (BROWSER_TESTS_REQUIRED=1 fails instead)",
    ),
]

# Without JavaScript the page runs no timer, and axe waits on timers: they run as soon as possible instead.
_TIMERS_AS_MICROTASKS = """() => {
    window.setTimeout = (callback, delay, ...args) => { Promise.resolve().then(() => callback(...args)); return 0; };
    window.clearTimeout = () => {};
}"""


class Walk:
    """One role's path in one browser context. `check(page, label)` checks the page now on screen, saves its
    screenshot and keeps what it found; `report()` lists every page's problems."""

    def __init__(self, browser, role, javascript=True):
        self.role, self.javascript = role, javascript
        # axe is injected as a script, which our Content-Security-Policy rightly blocks.
        self.context = browser.new_context(
            viewport=PHONE_VIEWPORT,
            locale="vi-VN",
            device_scale_factor=1,
            bypass_csp=True,
            java_script_enabled=javascript,
        )
        self.page = self.context.new_page()
        self.page.set_default_timeout(TIMEOUT_MS)
        self.number = 0
        self.problems = {}

    def name(self, label):
        self.number += 1
        return f"{self.role}-{self.number:02d}-{label}{'' if self.javascript else '-nojs'}"

    def check(self, page, label):
        page.wait_for_load_state("load")
        if self.javascript:  # a message still fading in is measured for contrast half-drawn
            page.wait_for_function(
                "document.getAnimations().every((a) => a.playState !== 'running' "
                "|| a.effect.getTiming().iterations === Infinity)"
            )
        name = self.name(label)
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT_DIR / f"{name}.png"), full_page=True)
        found = [f"sideways scroll: {problem}" for problem in sideways_scroll(page)]
        found += [f"dead control: {problem}" for problem in dead_controls(page, self.javascript)]
        found += [f"English: {problem}" for problem in english_words(page)]
        if not self.javascript:
            page.evaluate(_TIMERS_AS_MICROTASKS)
            page.evaluate(AXE.read_text())
        found += [f"axe: {problem}{where(page, problem)}" for problem in axe_violations(page)]
        if found:
            self.problems[f"{name} ({page.url})"] = found

    def walk(self, path, *args):
        """Runs the path; a step that cannot be taken ends it, and is reported with the others."""
        try:
            path(self.page, self.check, *args)
        except (PlaywrightError, AssertionError) as error:
            name = self.name("broken")
            try:
                self.page.screenshot(path=str(SCREENSHOT_DIR / f"{name}.png"), full_page=True)
            except PlaywrightError:
                pass
            lines = [line.strip() for line in str(error).splitlines() if line.strip()] or [repr(error)]
            message = " ".join([lines[0], *[line for line in lines[1:] if line.startswith("- waiting for")][:1]])
            self.problems[f"{name} ({self.page.url})"] = [f"broken path: {message}"]
        finally:
            self.context.close()

    def report(self):
        lines = [f"{self.role} ({'with' if self.javascript else 'without'} JavaScript):"]
        for page, found in self.problems.items():
            lines.append(f"  {page}")
            lines += [f"    - {problem}" for problem in found]
        return "\n".join(lines)


def walked(browser, role, path, *args, javascript=True):
    """What went wrong on the path, as lines to read; empty when nothing did."""
    walk = Walk(browser, role, javascript)
    walk.walk(path, *args)
    return walk.report() if walk.problems else ""


def where(page, problem):
    """The first elements axe blames for a rule, so the report says where to look."""
    rule = problem.split(":")[0]
    targets = page.evaluate(
        "async (rule) => (await axe.run(document, {runOnly: [rule]})).violations"
        ".flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')))",
        rule,
    )
    return " at " + ", ".join(targets[:3]) if targets else ""


def nothing_wrong(*reports):
    found = [report for report in reports if report]
    assert not found, "\n".join(found)


def sign_in(page, check, live_server, login):
    page.goto(live_server.url + "/dang-nhap/")
    check(page, "dang-nhap")
    page.get_by_label("Số điện thoại hoặc tên đăng nhập").fill(login)
    page.get_by_label("Mật khẩu").fill(DEFAULT_TEST_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/tai-khoan/")
    check(page, "tai-khoan")


def admin_sign_in(page, check, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    check(page, "dang-nhap-quan-tri")
    page.fill("#id_username", username)
    page.fill("#id_password", DEFAULT_TEST_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    check(page, "bang-dieu-khien")


def link(page, name):
    """The first link of exactly that name in the page's main part."""
    return page.get_by_role("main").get_by_role("link", name=name, exact=True).first


# People and places -------------------------------------------------------------------------------------------


def indicators():
    # Transactional tests flush what migrations seeded.
    Indicator.objects.get_or_create(
        code="vneid-muc-2", defaults={"name": "Người dân được hướng dẫn kích hoạt VNeID mức 2", "sort_order": 1}
    )
    Indicator.objects.get_or_create(
        code="buoi-tuyen-truyen", defaults={"name": "Buổi tuyên truyền", "unit": "buổi", "sort_order": 2}
    )


@pytest.fixture
def commune(db):
    indicators()
    province = ProvinceFactory(name="Thái Nguyên", code="19")
    return CommuneFactory(name="Xã Đức Xuân", code="19001", parent=province)


def team_in(commune, village):
    area = VillageFactory(name=village, parent=commune)
    return TeamFactory(area=area, name=f"Tổ công nghệ số cộng đồng {village}")


def person(login, full_name, team=None, role=MemberRole.MEMBER):
    """Someone signing in with a phone number, a member (or the leader) of the team when one is given."""
    phone = "+84" + login.replace(" ", "")[1:]
    names = full_name.split()
    user = UserFactory(username=phone, phone=phone, first_name=names[-1], last_name=" ".join(names[:-1]))
    if team is not None:
        MemberFactory(team=team, user=user, full_name=full_name, phone=phone, role=role)
    return user


def staff(username, role, area):
    user = UserFactory(username=username)
    RoleAssignment.objects.create(user=user, role=role, area=area)
    return user


@pytest.fixture
def module(home_page):
    index = TrainingIndexPageFactory(parent=home_page)
    return TrainingModulePageFactory(parent=index, title="An toàn khi hướng dẫn người dân", slug="an-toan")


def submitted_report(team, leader_login):
    """The team's report for the period teams report on now, submitted by its leader, with one difficulty."""
    leader = person(leader_login, "Trần Văn Hùng", team, MemberRole.LEADER)
    report = report_for(team, latest_ended_period(), leader)
    Difficulty.objects.create(
        report=report,
        category=DifficultyCategory.CONNECTIVITY,
        text=f"Sóng điện thoại yếu ở {team.area.name}, người dân không nhận được mã OTP.",
    )
    submit(report, leader)
    return report


@pytest.fixture
def newsroom(platform_index, guide_index, pillars):
    """The police's VNeID guide, its department's editor and reviewer, and the province's moderators."""
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "view_guidefeedback", "delete_guidefeedback"])
    )
    police = DepartmentFactory(slug="bo-cong-an", name="Bộ Công an")
    vneid = PlatformPageFactory(
        parent=platform_index, slug="vneid", title="VNeID", department=police, pillar=pillars["chinh-quyen-so"]
    )
    guide = GuidePageFactory(
        parent=vneid,
        slug="kich-hoat",
        title="Kích hoạt tài khoản định danh điện tử mức 2",
        requirements=[("item", "Căn cước gắn chip")],
        last_reviewed=datetime.date(2025, 1, 1),  # due for review: on the editor's dashboard
    )
    sync_all_departments()
    police.refresh_from_db()
    people = {}
    for username, group in [
        ("bientap-congan", police.editors_group),
        ("duyet-congan", police.reviewers_group),
        ("kiemduyet", moderators),
    ]:
        people[username] = UserFactory(username=username, is_staff=True)
        people[username].groups.add(group)
    return {"guide": guide, "department": police, **people}


# Public and signed-in paths, each walked with JavaScript and then without --------------------------------------


def citizen_path(page, check, live_server, guide):
    page.goto(live_server.url + "/")
    check(page, "trang-chu")
    page.get_by_role("searchbox").first.fill("kich hoat")
    page.get_by_role("main").get_by_role("button", name="Tìm").click()
    page.wait_for_url("**/tim-kiem/**")
    check(page, "tim-kiem")
    link(page, guide.title).click()
    page.wait_for_url("**" + guide.url)
    check(page, "huong-dan")
    link(page, "Bản in").click()
    page.wait_for_load_state()
    check(page, "ban-in")


def test_citizen_finds_reads_and_prints_a_guide(live_server, guide, guide_index, browser):
    nothing_wrong(
        *(walked(browser, "nguoi-dan", citizen_path, live_server, guide, javascript=way) for way in (True, False))
    )


def volunteer_path(page, check, live_server, login, module):
    sign_in(page, check, live_server, login)
    link(page, "Học tập của tôi").click()
    page.wait_for_url("**/hoc/")
    check(page, "hoc-cua-toi")
    link(page, module.title).click()
    page.wait_for_url("**" + module.url)
    check(page, "hoc-phan")
    link(page, "Bắt đầu học").click()
    check(page, "bai-1")
    page.get_by_role("button", name="Đã học xong, sang bài tiếp").click()
    check(page, "bai-2")
    page.get_by_role("button", name="Đã học xong, làm bài kiểm tra").click()
    page.wait_for_url("**/kiem-tra/")
    check(page, "kiem-tra")
    questions = page.locator("fieldset.question")
    questions.nth(0).get_by_label("Không bao giờ", exact=True).check()
    questions.nth(1).get_by_label("Căn cước", exact=True).check()
    questions.nth(1).get_by_label("Giấy phép lái xe", exact=True).check()
    page.get_by_role("button", name="Nộp bài").click()
    assert page.locator("h1").inner_text() == "Bạn đã đạt!"
    check(page, "da-dat")
    page.goto(live_server.url + "/tai-khoan/")
    link(page, "Ghi nhận hỗ trợ").click()
    page.wait_for_url("**/ghi-nhan/")
    check(page, "ghi-nhan")
    page.locator(".count-row input").first.fill("3")
    page.get_by_role("button", name="Ghi nhận", exact=True).click()
    assert "Đã ghi nhận" in page.locator(".messages").inner_text()
    check(page, "da-ghi-nhan")


def test_volunteer_with_a_team_learns_and_logs_help(live_server, commune, module, browser):
    team = team_in(commune, "Thôn Làng Mới")
    people = [person("0912 345 678", "Lê Thị Hoa", team), person("0912 345 679", "Đỗ Văn Bình", team)]
    nothing_wrong(
        *(
            walked(browser, "tinh-nguyen-vien", volunteer_path, live_server, login, module, javascript=way)
            for login, way in [("0912 345 678", True), ("0912 345 679", False)]
        )
    )
    assert Completion.objects.filter(user__in=people, module=module).count() == 2
    assert SupportLog.objects.filter(team=team).count() == 2


def newcomer_path(page, check, live_server, login, team):
    sign_in(page, check, live_server, login)
    link(page, "Vào tổ bằng mã mời").click()
    check(page, "vao-to")
    page.get_by_label("Mã mời của tổ").fill(team.invitation_code)
    page.get_by_label("Tôi đồng ý", exact=False).check()
    page.get_by_role("button", name="Vào tổ").click()
    page.wait_for_url("**/tai-khoan/")
    assert f"Chào mừng bạn đến với {team.name}" in page.locator(".messages").inner_text()
    check(page, "da-vao-to")
    link(page, "Ghi nhận hỗ trợ").click()
    page.wait_for_url("**/ghi-nhan/")
    check(page, "ghi-nhan")
    page.goto(live_server.url + "/tai-khoan/")
    link(page, "Thông báo").click()
    page.wait_for_url("**/thong-bao/")
    check(page, "thong-bao")


def test_volunteer_without_a_team_joins_one_with_its_code(live_server, home_page, commune, browser):
    team = team_in(commune, "Thôn Làng Mới")
    newcomers = [person("0918 765 432", "Hoàng Minh Khánh"), person("0918 765 433", "Vũ Thị Hồng")]
    nothing_wrong(
        *(
            walked(browser, "chua-co-to", newcomer_path, live_server, login, team, javascript=way)
            for login, way in [("0918 765 432", True), ("0918 765 433", False)]
        )
    )
    assert Member.objects.filter(team=team, user__in=newcomers).count() == 2


def leader_path(page, check, live_server, login, team, new_member):
    sign_in(page, check, live_server, login)
    link(page, "Tổ của tôi").click()
    page.wait_for_url(f"**/to/{team.pk}/")
    check(page, "danh-sach-to")
    link(page, "Thêm thành viên").click()
    check(page, "them-thanh-vien")
    name, phone = new_member
    page.get_by_label("Họ và tên").fill(name)
    page.get_by_role("textbox", name="Số điện thoại").fill(phone)
    page.get_by_label("Tổ chức").select_option(label="Hội Liên hiệp Phụ nữ")
    page.get_by_label("Người này đã đồng ý").check()
    page.get_by_role("button", name="Lưu").click()
    page.wait_for_url(f"**/to/{team.pk}/")
    assert f"Đã thêm {name} vào tổ." in page.locator(".messages").inner_text()
    check(page, "da-them")
    link(page, "Báo cáo kỳ này").click()
    page.wait_for_url(f"**/to/{team.pk}/bao-cao/**")
    check(page, "bao-cao")
    page.get_by_role("button", name="Nộp báo cáo").click()
    assert "Đã nộp báo cáo" in page.locator(".messages").inner_text()
    check(page, "da-nop")


def test_team_leader_adds_a_member_and_submits_the_report(live_server, home_page, commune, browser):
    teams = [team_in(commune, "Thôn Làng Mới"), team_in(commune, "Thôn Khuổi Nọi")]
    person("0901 111 111", "Trần Văn Hùng", teams[0], MemberRole.LEADER)
    person("0901 111 112", "Nông Văn Dũng", teams[1], MemberRole.LEADER)
    nothing_wrong(
        walked(
            browser, "to-truong", leader_path, live_server, "0901 111 111", teams[0], ("Hoàng Thị Mai", "0988 123 456")
        ),
        walked(
            browser,
            "to-truong",
            leader_path,
            live_server,
            "0901 111 112",
            teams[1],
            ("Lục Thị Nga", "0988 123 457"),
            javascript=False,
        ),
    )
    assert TeamReport.objects.filter(team__in=teams, status=ReportStatus.SUBMITTED).count() == 2


def officer_path(page, check, live_server, report):
    sign_in(page, check, live_server, "canboxa")
    link(page, "Độ phủ tổ công nghệ số").click()
    page.wait_for_url("**/do-phu/**")
    check(page, "do-phu")
    page.goto(live_server.url + "/tai-khoan/")
    link(page, "Kết quả hỗ trợ").click()
    page.wait_for_url("**/bao-cao/**")
    check(page, "ket-qua")
    link(page, report.team.name).click()
    page.wait_for_url(f"**/bao-cao/xem/{report.pk}/")
    check(page, "xem-bao-cao")
    page.get_by_role("button", name="Duyệt báo cáo").click()
    page.wait_for_load_state()
    check(page, "da-duyet")
    page.goto(live_server.url + "/tai-khoan/")
    link(page, "Khó khăn, vướng mắc").click()
    page.wait_for_url("**/bao-cao/kho-khan/**")
    check(page, "kho-khan")


def test_commune_officer_reviews_a_report_and_sees_difficulties(live_server, home_page, commune, browser):
    reports = [
        submitted_report(team_in(commune, "Thôn Làng Mới"), "0906 000 002"),
        submitted_report(team_in(commune, "Thôn Khuổi Nọi"), "0906 000 003"),
    ]
    staff("canboxa", ScopeRole.COMMUNE_OFFICER, commune)
    nothing_wrong(
        *(
            walked(browser, "can-bo-xa", officer_path, live_server, report, javascript=way)
            for report, way in zip(reports, (True, False), strict=True)
        )
    )
    assert (
        TeamReport.objects.filter(pk__in=[report.pk for report in reports], status=ReportStatus.ACCEPTED).count() == 2
    )


def coordinator_path(page, check, live_server):
    sign_in(page, check, live_server, "dieuphoi")
    link(page, "Độ phủ tổ công nghệ số").click()
    page.wait_for_url("**/do-phu/**")
    check(page, "do-phu")
    page.goto(live_server.url + "/tai-khoan/")
    link(page, "Kết quả hỗ trợ").click()
    page.wait_for_url("**/bao-cao/**")
    check(page, "ket-qua")
    page.goto(live_server.url + "/tai-khoan/")
    link(page, "Tiến độ đào tạo").click()
    page.wait_for_url("**/tien-do-dao-tao/**")
    check(page, "tien-do-dao-tao")


def test_province_coordinator_sees_coverage_results_and_training(live_server, home_page, commune, module, browser):
    submitted_report(team_in(commune, "Thôn Làng Mới"), "0906 000 002")
    staff("dieuphoi", ScopeRole.PROVINCE_COORDINATOR, commune.parent)
    nothing_wrong(
        *(walked(browser, "dieu-phoi-tinh", coordinator_path, live_server, javascript=way) for way in (True, False))
    )


# Admin paths, with JavaScript -------------------------------------------------------------------------------------


def editor_path(page, check, live_server, guide):
    admin_sign_in(page, check, live_server, "bientap-congan")
    page.get_by_role("link", name=guide.title).first.click()
    page.wait_for_url(f"**/admin/pages/{guide.pk}/edit/")
    check(page, "sua-huong-dan")
    page.fill("#id_outcome", "Bạn có tài khoản mức 2 để nộp hồ sơ trực tuyến và xuất trình giấy tờ.")
    page.locator("footer .w-dropdown__toggle").first.click()
    with page.expect_navigation():
        page.locator('button[name="action-submit"]').first.click()
    check(page, "da-gui-duyet")


def test_department_editor_submits_a_guide_for_review(live_server, newsroom, browser):
    nothing_wrong(walked(browser, "bien-tap", editor_path, live_server, newsroom["guide"]))
    assert newsroom["guide"].current_workflow_state is not None


def reviewer_path(page, check, live_server, guide):
    admin_sign_in(page, check, live_server, "duyet-congan")
    page.locator("#awaiting-review-section").locator("..").get_by_role("link", name=guide.title).first.click()
    page.wait_for_url(f"**/admin/pages/{guide.pk}/edit/")
    check(page, "cho-duyet")
    page.locator("footer .w-dropdown__toggle").first.click()
    with page.expect_navigation():
        page.locator('[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])').first.click()
    check(page, "da-phe-chuan")


def test_reviewer_approves_a_guide_awaiting_review(live_server, newsroom, browser):
    guide = newsroom["guide"]
    guide.save_revision(user=newsroom["bientap-congan"], log_action=True)
    newsroom["department"].workflow.start(guide, newsroom["bientap-congan"])
    nothing_wrong(walked(browser, "nguoi-duyet", reviewer_path, live_server, guide))
    assert TaskState.objects.filter(workflow_state__object_id=str(guide.pk), status=TaskState.STATUS_APPROVED).exists()


def moderator_path(page, check, live_server):
    admin_sign_in(page, check, live_server, "kiemduyet")
    page.locator(".sidebar-nav-toggle--mobile").click()  # the admin's menu, behind its button on a phone
    page.get_by_role("link", name="Phản hồi hướng dẫn").click()
    page.wait_for_url("**/admin/guide_feedback/")
    check(page, "phan-hoi")
    row = page.locator("tbody tr").filter(has_text="quảng cáo")
    row.get_by_role("button").last.click()
    row.get_by_role("link", name=re.compile("Xóa|Delete")).click()
    check(page, "xac-nhan-xoa")
    with page.expect_navigation():
        page.locator("main form button[type=submit], main form input[type=submit]").first.click()
    check(page, "da-xu-ly")


def test_moderator_handles_guide_feedback(live_server, newsroom, browser):
    guide = newsroom["guide"]
    GuideFeedback.objects.create(guide=guide, helpful=False, comment="Bước 3 không thấy nút Kích hoạt.")
    GuideFeedback.objects.create(guide=guide, helpful=False, comment="Mua thẻ cào giá rẻ, xem quảng cáo tại đây")
    nothing_wrong(walked(browser, "kiem-duyet", moderator_path, live_server))
    assert not GuideFeedback.objects.filter(comment__contains="quảng cáo").exists()
