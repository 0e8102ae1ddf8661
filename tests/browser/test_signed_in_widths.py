"""Every signed-in page each role reaches fits a 390 px phone: neither the page nor any box in it scrolls sideways,
with its disclosures closed and open. The pages are the ones each role starts from (account, inbox, teams,
reports, results, coverage, training progress, announcements, the registry) and every page linked from them that
is not public content or the admin, one of each kind.

The world is built to stretch tables: eight indicators with their long official names, communes and teams with
long names, six training modules, figures, targets and difficulties."""

import datetime
import importlib
import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone

from accounts.factories import UserFactory
from content.editorial import sync_all_departments
from content.factories import DepartmentFactory, PlatformPageFactory
from reporting import reports
from reporting.models import Difficulty, Indicator, ReportStatus, Target
from reporting.periods import latest_ended_period
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory, VillageFactory
from teams.models import Announcement, MemberRole, RoleAssignment, ScopeRole
from tests.browser.conftest import PHONE_VIEWPORT, SCREENSHOT_DIR, TIMEOUT_MS
from tests.browser.page_checks import sideways_scroll
from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory
from training.models import Completion

pytestmark = pytest.mark.django_db(transaction=True)

ROLES = [
    "volunteer",
    "leader",
    "commune_officer",
    "province_coordinator",
    "superuser",
    "editor",
    "reviewer",
    "moderator",
]
# Not signed-in pages of our own: public content, the admin, files, and what signs out or changes state on GET.
SKIPPED = re.compile(
    r"^/(admin|documents|static|media|dang-xuat|dang-nhap|dang-ky|huong-dan|van-ban|nen-tang|tru-cot|linh-vuc|"
    r"tim-kiem|cach-lam-hay|dao-tao|xac-minh|api|sw\.js|khong-co-mang|ngoai-tuyen)(/|$)"
)
FILES = re.compile(r"\.(csv|json|pdf|xlsx|png|svg)$")
MOST_PAGES_PER_ROLE = 70


def standard_indicators():
    """The indicators every province starts with (the migration's list): transactional tests flush them."""
    migration = importlib.import_module("reporting.migrations.0002_standard_indicators")
    for order, (code, name, unit, _pillar, _platform) in enumerate(migration.STANDARD_INDICATORS, start=1):
        Indicator.objects.get_or_create(code=code, defaults={"name": name, "unit": unit, "sort_order": order})
    return list(Indicator.objects.order_by("sort_order"))


@pytest.fixture
def world(home_page, platform_index, pillars):
    indicators = standard_indicators()
    today = timezone.localdate()
    province = ProvinceFactory(name="Tỉnh Thái Nguyên", code="19")
    communes = [
        CommuneFactory(name=f"Xã Phúc Thuận Đông Nam Số {number}", code=f"1900{number}", parent=province)
        for number in range(4)
    ]
    teams = []
    for number, commune in enumerate(communes):
        teams.append(
            TeamFactory(
                area=commune,
                name=f"Tổ công nghệ số cộng đồng {commune.name}",
                founded_on=today - datetime.timedelta(days=90 + 30 * number),
                **({"decision_number": f"{120 + number}/QĐ-UBND", "decision_date": today} if number % 2 else {}),
            )
        )
        teams.append(TeamFactory(area=VillageFactory(parent=commune, name="Tổ dân phố Nguyễn Thị Minh Khai")))
    team = teams[0]
    people = {role: UserFactory(username=role) for role in ROLES}
    MemberFactory(team=team, user=people["volunteer"], full_name="Hoàng Thị Phương Thảo")
    leader_member = MemberFactory(team=team, user=people["leader"], role=MemberRole.LEADER, full_name="Trần Văn Hùng")
    plain_members = [MemberFactory(team=team, full_name=f"Nguyễn Thị Thanh Hương Số {number}") for number in range(6)]
    RoleAssignment.objects.create(user=people["commune_officer"], role=ScopeRole.COMMUNE_OFFICER, area=communes[0])
    RoleAssignment.objects.create(
        user=people["province_coordinator"], role=ScopeRole.PROVINCE_COORDINATOR, area=province
    )
    people["superuser"].is_superuser = people["superuser"].is_staff = True
    people["superuser"].save()

    # Transactional tests flush the groups migrations made: the moderators need admin access again.
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(Permission.objects.get(codename="access_admin"))
    department = DepartmentFactory(slug="bo-cong-an", name="Bộ Công an")
    platform = PlatformPageFactory(
        parent=platform_index, slug="vneid", department=department, pillar=pillars["chinh-quyen-so"]
    )
    sync_all_departments()
    department.refresh_from_db()
    for role, group in (
        ("editor", department.editors_group),
        ("reviewer", department.reviewers_group),
        ("moderator", moderators),
    ):
        people[role].is_staff = True
        people[role].save()
        people[role].groups.add(group)

    period = latest_ended_period()
    for number, each in enumerate(teams[:-2]):
        report = reports.create_report(each, period, people["leader"])
        report.values.update(value=1234 + number)
        report.status = ReportStatus.ACCEPTED if number % 2 else ReportStatus.SUBMITTED
        report.save()
    filed = team.reports.get(period=period)
    Difficulty.objects.create(
        report=filed,
        category="loi-nen-tang",
        platform=platform,
        text="Ứng dụng VNeID báo lỗi khi người dân cao tuổi chụp ảnh khuôn mặt ở nơi thiếu ánh sáng",
    )
    for area in [province, *communes]:
        for indicator in indicators:
            Target.objects.create(area=area, indicator=indicator, year=period.start.year, value=12000)

    index = TrainingIndexPageFactory(parent=home_page)
    modules = [
        TrainingModulePageFactory(
            parent=index, title=f"Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức {number}"
        )
        for number in range(6)
    ]
    Completion.objects.create(user=people["volunteer"], module=modules[0], module_title=modules[0].title, score=100)
    Announcement.objects.create(
        author=people["province_coordinator"],
        province=province,
        title="Chiến dịch cao điểm hướng dẫn kích hoạt tài khoản định danh điện tử mức 2",
        body="Toàn tỉnh ra quân vào thứ bảy và chủ nhật.",
    )
    return {
        "people": people,
        "team": team,
        "member": leader_member,
        "plain_member": plain_members[0],
        "commune": communes[0],
        "province": province,
        "period": period,
        "report": filed,
        "difficulty": Difficulty.objects.get(),
    }


def starting_pages(world, role):
    """The pages each role works from; every page linked from them is visited too."""
    team, period = world["team"], world["period"]
    everyone = ["/tai-khoan/", "/tai-khoan/thong-bao/", "/thong-bao/", "/hoc/", "/ghi-nhan/", "/to-cua-toi/"]
    team_pages = [
        f"/to/{team.pk}/",
        f"/to/{team.pk}/them-thanh-vien/",
        f"/to/{team.pk}/thanh-vien/{world['member'].pk}/sua/",
        f"/to/{team.pk}/thanh-vien/{world['plain_member'].pk}/roi-to/",
        f"/to/{team.pk}/thanh-vien/{world['plain_member'].pk}/giao-to-truong/",
        f"/to/{team.pk}/nhap-danh-sach/",
        f"/to/{team.pk}/dao-tao/",
        f"/to/{team.pk}/bao-cao/",
        f"/to/{team.pk}/bao-cao/ky-{period.pk}/",
        f"/to/{team.pk}/bao-cao/ky-{period.pk}/zalo/",
        f"/to/{team.pk}/bao-cao/lich-su/",
        f"/to/{team.pk}/nhat-ky/",
        f"/to-cong-nghe-so/da-dang-ky/{team.pk}/",
    ]
    coordinating = [
        f"/bao-cao/?ky={period.pk}",
        f"/bao-cao/?ky={period.pk}&xa={world['commune'].code}",
        "/bao-cao/kho-khan/",
        f"/bao-cao/kho-khan/{world['difficulty'].pk}/",
        f"/bao-cao/xem/{world['report'].pk}/",
        f"/bao-cao/zalo/?xa={world['commune'].code}&ky={period.pk}",
        "/do-phu/",
        f"/do-phu/?xa={world['commune'].code}",
        "/tien-do-dao-tao/",
        f"/tien-do-dao-tao/?xa={world['commune'].code}",
        "/thong-bao/moi/",
        "/to-cong-nghe-so/dang-ky-to/",
    ]
    province_wide = [f"/bao-cao/zalo/tinh/?tinh={world['province'].code}&ky={period.pk}", "/do-phu/?tinh=19"]
    department = ["/bao-cao/kho-khan/", f"/bao-cao/kho-khan/{world['difficulty'].pk}/", "/tai-khoan/xac-thuc-hai-buoc/"]
    return (
        everyone
        + {
            "volunteer": [],
            "leader": team_pages,
            "commune_officer": team_pages + coordinating,
            "province_coordinator": team_pages + coordinating + province_wide,
            "superuser": team_pages + coordinating + province_wide,
            "editor": department,
            "reviewer": department,
            "moderator": ["/tai-khoan/xac-thuc-hai-buoc/"],
        }[role]
    )


def kind_of(path):
    """Pages of one kind are measured once: ids become N and a query keeps only its keys."""
    parts = urlsplit(path)
    keys = sorted({key for key, _value in parse_qsl(parts.query) if key != "ky"})
    return re.sub(r"\d+", "N", parts.path) + "?" + "&".join(keys)


def signed_in_as(context, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = settings.SESSION_COOKIE_NAME
    context.add_cookies([{"name": cookie, "value": client.cookies[cookie].value, "url": live_server.url}])


def measure(page, live_server, start, shot):
    """(problems, pages visited, pages refused) for the pages from `start` and the ones they link to; the first
    page with a problem is photographed to `shot`."""
    problems, visited, refused = [], [], []
    queue, kinds = list(start), set()
    while queue and len(visited) < MOST_PAGES_PER_ROLE:
        path = queue.pop(0)
        if kind_of(path) in kinds:
            continue
        kinds.add(kind_of(path))
        response = page.goto(live_server.url + path)
        visited.append(path)
        if response.status >= 400:
            if path in start:
                refused.append(f"{path}: {response.status}")
            continue
        found = sideways_scroll(page)
        page.evaluate("() => document.querySelectorAll('details').forEach((details) => { details.open = true; })")
        found += [f"{problem} (disclosures open)" for problem in sideways_scroll(page) if problem not in found]
        if found and not problems:
            page.screenshot(path=str(shot), full_page=True)
        problems += [f"{path}: {problem}" for problem in found]
        links = page.eval_on_selector_all("header a[href], main a[href]", "links => links.map((link) => link.href)")
        for link in links:
            if not link.startswith(live_server.url):
                continue
            target = link[len(live_server.url) :].split("#")[0]
            if not target or SKIPPED.match(target) or FILES.search(urlsplit(target).path) or "xuat=" in target:
                continue
            queue.append(target)
    return problems, visited, refused


@pytest.mark.parametrize("role", ROLES)
def test_no_signed_in_page_scrolls_sideways_on_a_phone(live_server, world, browser, role):
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport=PHONE_VIEWPORT, locale="vi-VN", device_scale_factor=1)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        signed_in_as(context, live_server, world["people"][role])
        start = starting_pages(world, role)
        problems, visited, refused = measure(page, live_server, start, SCREENSHOT_DIR / f"sideways-{role}.png")
    finally:
        context.close()
    assert refused == []
    assert len(visited) >= len(start) // 2
    assert problems == []
