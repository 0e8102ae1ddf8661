"""Every URL of the site for every role, with the expected answer. The list of URLs comes from the URL conf, so a new
URL without an expectation here fails the test; admin URLs without parameters are all checked for sign-in."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accounts.factories import UserFactory
from content.editorial import sync_all_departments
from reporting import reports
from reporting.models import Difficulty
from reporting.periods import period_containing
from teams.factories import MemberFactory, TeamFactory
from teams.models import Announcement, MemberRole, RoleAssignment, ScopeRole
from tests.security.roles import ROLES
from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory
from training.models import Completion

pytestmark = pytest.mark.django_db

ADMIN_PREFIXES = ("admin/", "documents/")  # Wagtail's own: checked below for sign-in, and by Wagtail's suite

# Shorthands: L = sent to sign in (302), OK = 200, R = redirect elsewhere (302), F = 403, N = 404, M = 405.
L, OK, R, F, N, M = "login", 200, 302, 403, 404, 405
SIGNED_IN_ONLY = {"anonymous": L, **dict.fromkeys(ROLES[1:], OK)}
TEAM_PAGE = {
    "anonymous": L,
    "volunteer": N,
    "leader": OK,
    "commune_officer": OK,
    "province_coordinator": OK,
    "department_editor": N,
    "moderator": N,
    "superuser": OK,
}
COORDINATORS = {
    "anonymous": L,
    "volunteer": F,
    "leader": F,
    "commune_officer": OK,
    "province_coordinator": OK,
    "department_editor": F,
    "moderator": F,
    "superuser": OK,
}
STAFF = {"anonymous": L, "volunteer": F, "leader": F, **dict.fromkeys(ROLES[3:], OK)}  # all with admin access
POST_ONLY_SIGNED_IN = {"anonymous": L, **dict.fromkeys(ROLES[1:], M)}
EVERYONE = dict.fromkeys(ROLES, OK)

EXPECTED = {
    "health_check": ("/healthz", EVERYONE),
    "search": ("/tim-kiem/?q=vneid", EVERYONE),
    "data_saver": ("/tiet-kiem-du-lieu/", dict.fromkeys(ROLES, M)),
    "glossary": ("/tu-ngu/", EVERYONE),
    "service_worker": ("/sw.js", EVERYONE),
    "offline": ("/khong-co-mang/", EVERYONE),
    "offline_pack": ("/ngoai-tuyen/goi/?huong-dan={guide}", EVERYONE),
    "guide_feedback": ("/phan-hoi/{guide}/", dict.fromkeys(ROLES, M)),
    "account_header_part": ("/tai-khoan/dau-trang/", EVERYONE),
    "accounts:sign_in": ("/dang-nhap/", {"anonymous": OK, **dict.fromkeys(ROLES[1:], R)}),
    "accounts:sign_out": ("/dang-xuat/", dict.fromkeys(ROLES, M)),
    "accounts:password_reset": ("/quen-mat-khau/", EVERYONE),
    "accounts:password_reset_done": ("/quen-mat-khau/da-gui/", EVERYONE),
    # A made-up link: the page says it cannot be used.
    "accounts:password_reset_confirm": ("/dat-lai-mat-khau/MQ/sai-ma-123/", EVERYONE),
    "accounts:password_reset_complete": ("/dat-lai-mat-khau/xong/", EVERYONE),
    "accounts:home": ("/tai-khoan/", SIGNED_IN_ONLY),
    "accounts:download_my_data": ("/tai-khoan/du-lieu-cua-toi.json", SIGNED_IN_ONLY),
    "accounts:erase_my_data": ("/tai-khoan/xoa-du-lieu/", SIGNED_IN_ONLY),
    "accounts:inbox": ("/tai-khoan/thong-bao/", SIGNED_IN_ONLY),
    "accounts:inbox_mark_read": ("/tai-khoan/thong-bao/da-doc/", POST_ONLY_SIGNED_IN),
    "teams:announcements": ("/thong-bao/", SIGNED_IN_ONLY),
    "teams:announcement_new": ("/thong-bao/moi/", COORDINATORS),
    "teams:announcement": (
        "/thong-bao/{announcement}/",
        {**SIGNED_IN_ONLY, "department_editor": N, "moderator": N},
    ),
    "teams:announcement_mark": ("/thong-bao/{announcement}/danh-dau/", POST_ONLY_SIGNED_IN),
    "accounts:two_factor_setup": ("/tai-khoan/xac-thuc-hai-buoc/", STAFF),
    "accounts:two_factor_verify": ("/tai-khoan/xac-thuc-hai-buoc/nhap-ma/", SIGNED_IN_ONLY),
    "accounts:two_factor_off": ("/tai-khoan/xac-thuc-hai-buoc/tat/", POST_ONLY_SIGNED_IN),
    "teams:my_teams": ("/to-cua-toi/", {**SIGNED_IN_ONLY, "leader": R}),
    "teams:roster": ("/to/{team}/", TEAM_PAGE),
    "teams:member_add": ("/to/{team}/them-thanh-vien/", TEAM_PAGE),
    "teams:member_edit": ("/to/{team}/thanh-vien/{member}/sua/", TEAM_PAGE),
    "teams:member_leave": ("/to/{team}/thanh-vien/{member}/roi-to/", TEAM_PAGE),
    "teams:member_import": ("/to/{team}/nhap-danh-sach/", TEAM_PAGE),
    "teams:member_import_confirm": ("/to/{team}/nhap-danh-sach/xac-nhan/", POST_ONLY_SIGNED_IN),
    "teams:member_import_errors": (
        "/to/{team}/nhap-danh-sach/dong-loi.csv",
        {**TEAM_PAGE, "leader": N, "commune_officer": N, "province_coordinator": N, "superuser": N},
    ),
    "teams:import_template": ("/mau-danh-sach-thanh-vien.csv", EVERYONE),
    "teams:coverage": ("/do-phu/", COORDINATORS),
    # Signed in: joining with the code alone, or told which team one is in.
    "teams:join": ("/dang-ky/", EVERYONE),
    "teams:regenerate_invitation": ("/to/{team}/doi-ma-moi/", POST_ONLY_SIGNED_IN),
    "teams:member_account": ("/to/{team}/thanh-vien/{member}/tai-khoan/", POST_ONLY_SIGNED_IN),
    "teams:make_leader": ("/to/{team}/thanh-vien/{plain_member}/giao-to-truong/", TEAM_PAGE),
    "teams:register_team": ("/to-cong-nghe-so/dang-ky-to/", COORDINATORS),
    # The commune's id is looked up only for a POST: a GET is refused first.
    "teams:village_add": ("/to-cong-nghe-so/xa/{team}/them-thon/", POST_ONLY_SIGNED_IN),
    "teams:registered_team": ("/to-cong-nghe-so/da-dang-ky/{team}/", TEAM_PAGE),
    "teams:decision_file": ("/to/{team}/quyet-dinh-thanh-lap/", {**dict.fromkeys(ROLES, N), "anonymous": L}),
    "training:my_learning": ("/hoc/", SIGNED_IN_ONLY),
    "training:certificate": (
        "/hoc/chung-nhan/{certificate}/",
        {**dict.fromkeys(ROLES, N), "anonymous": L, "volunteer": OK},
    ),
    "training:verify": ("/xac-minh/", EVERYONE),
    "training:verify_code": ("/xac-minh/{certificate}/", EVERYONE),
    "training:team_matrix": ("/to/{team}/dao-tao/", TEAM_PAGE),
    "training:area_progress": ("/tien-do-dao-tao/", COORDINATORS),
    "training:completions_export": ("/tien-do-dao-tao/hoan-thanh/?xuat=csv", COORDINATORS),
    # A person in no team is shown how to join one.
    "reporting:log_help": ("/ghi-nhan/", SIGNED_IN_ONLY),
    "reporting:team_report": ("/to/{team}/bao-cao/", TEAM_PAGE),
    "reporting:team_report_period": ("/to/{team}/bao-cao/ky-{period}/", TEAM_PAGE),
    "reporting:team_zalo": ("/to/{team}/bao-cao/ky-{period}/zalo/", TEAM_PAGE),
    "reporting:team_history": ("/to/{team}/bao-cao/lich-su/", TEAM_PAGE),
    "reporting:team_logs": ("/to/{team}/nhat-ky/", TEAM_PAGE),
    "reporting:results": ("/bao-cao/", COORDINATORS),
    "reporting:commune_zalo": ("/bao-cao/zalo/?xa={commune}", COORDINATORS),
    "reporting:province_zalo": ("/bao-cao/zalo/tinh/?tinh={province}", {**COORDINATORS, "commune_officer": F}),
    "reporting:results_export": ("/bao-cao/so-lieu/?xuat=csv", COORDINATORS),
    "reporting:review": ("/bao-cao/xem/{report}/", COORDINATORS),
    "reporting:difficulties": ("/bao-cao/kho-khan/", {**COORDINATORS, "department_editor": OK}),
    "reporting:respond": ("/bao-cao/kho-khan/{difficulty}/", {**COORDINATORS, "department_editor": OK}),
    # Sending a difficulty up and forwarding it are POSTs: who may is swept in tests/reporting/test_escalation.py.
    "reporting:escalate": ("/bao-cao/kho-khan/{difficulty}/len-tinh/", POST_ONLY_SIGNED_IN),
    "reporting:forward": ("/bao-cao/kho-khan/{difficulty}/chuyen-tiep/", POST_ONLY_SIGNED_IN),
    # Open data: the public API is for everyone; the scoped figures need a token, whoever is signed in (401).
    "open_data:openapi": ("/api/v2/openapi.json", EVERYONE),
    "open_data:results": ("/api/v2/reporting/results/", dict.fromkeys(ROLES, 401)),
    "open_data:training": ("/api/v2/reporting/training/", dict.fromkeys(ROLES, 401)),
    "open_data:completions": ("/api/v2/reporting/completions/", dict.fromkeys(ROLES, 401)),
    "api:platforms:listing": ("/api/v2/platforms/", EVERYONE),
    "api:platforms:detail": ("/api/v2/platforms/{platform}/", EVERYONE),
    "api:guides:listing": ("/api/v2/guides/?search=vneid", EVERYONE),
    "api:guides:detail": ("/api/v2/guides/{guide}/", EVERYONE),
    "api:training-modules:listing": ("/api/v2/training-modules/", EVERYONE),
    "api:training-modules:detail": ("/api/v2/training-modules/{module}/", EVERYONE),
    "api:pillars:listing": ("/api/v2/pillars/", EVERYONE),
    "api:pillars:detail": ("/api/v2/pillars/{pillar}/", EVERYONE),
    "api:sectors:listing": ("/api/v2/sectors/", EVERYONE),
    "api:sectors:detail": ("/api/v2/sectors/{sector}/", EVERYONE),
    "api:departments:listing": ("/api/v2/departments/", EVERYONE),
    "api:departments:detail": ("/api/v2/departments/{department}/", EVERYONE),
}


def site_url_names(patterns=None, namespace=""):
    """Every named URL outside Wagtail's admin and page serving, as "namespace:name"."""
    names = set()
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            if not str(pattern.pattern).startswith(ADMIN_PREFIXES):
                names |= site_url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name and not pattern.name.startswith("wagtail"):
            names.add(f"{namespace}{pattern.name}")
    return names


@pytest.fixture
def world(home_page, guide, vneid):
    team = TeamFactory()
    people = {role: UserFactory(username=role) for role in ROLES[1:]}
    MemberFactory(team=team, user=people["volunteer"], full_name="Tình Nguyện")
    member = MemberFactory(team=team, user=people["leader"], role=MemberRole.LEADER, full_name="Tổ Trưởng")
    plain_member = MemberFactory(team=team, full_name="Thành Viên")
    RoleAssignment.objects.create(user=people["commune_officer"], role=ScopeRole.COMMUNE_OFFICER, area=team.commune)
    RoleAssignment.objects.create(
        user=people["province_coordinator"], role=ScopeRole.PROVINCE_COORDINATOR, area=team.province
    )
    sync_all_departments()
    vneid.department.refresh_from_db()
    people["department_editor"].groups.add(vneid.department.editors_group)
    people["moderator"].groups.add(Group.objects.get(name="Moderators"))
    people["superuser"].is_superuser = people["superuser"].is_staff = True
    people["superuser"].save()
    period = period_containing(datetime.date.today())
    report = reports.report_for(team, period, people["leader"])
    reports.submit(report, people["leader"])
    difficulty = Difficulty.objects.create(report=report, category="loi-nen-tang", text="Lỗi", platform=vneid)
    module = TrainingModulePageFactory(parent=TrainingIndexPageFactory(parent=home_page))
    completion = Completion.objects.create(
        user=people["volunteer"], module=module, module_title=module.title, score=100
    )
    announcement = Announcement.objects.create(
        author=people["province_coordinator"], province=team.province, title="Chiến dịch", body="Toàn tỉnh."
    )
    values = {
        "announcement": announcement.pk,
        "guide": guide.pk,
        "team": team.pk,
        "member": member.pk,
        "plain_member": plain_member.pk,
        "certificate": completion.verification_code,
        "period": period.pk,
        "commune": team.commune.code,
        "province": team.province.code,
        "report": report.pk,
        "difficulty": difficulty.pk,
        "platform": vneid.pk,
        "module": module.pk,
        "pillar": guide.pillar_id,
        "sector": guide.sectors.first().pk,
        "department": vneid.department_id,
    }
    return people, values


def test_every_site_url_has_an_expectation():
    assert site_url_names() - set(EXPECTED) == set()


@pytest.mark.parametrize("role", ROLES)
def test_every_role_gets_the_expected_answer_on_every_site_url(client, world, role):
    people, values = world
    if role != "anonymous":
        client.force_login(people[role])
    wrong = {}
    for name, (template, expectations) in EXPECTED.items():
        expected = expectations[role]
        response = client.get(template.format(**values))
        if expected == L:
            ok = response.status_code == 302 and "/dang-nhap/" in response["Location"]
        else:
            ok = response.status_code == expected
        if not ok:
            wrong[name] = (expected, response.status_code)
    assert wrong == {}


ADMIN_PAGES = [
    ("wagtailadmin_home", []),
    ("wagtailadmin_explore_root", []),
    ("wagtailusers_users:index", []),
    ("wagtailsnippets_teams_team:list", []),
    ("wagtailsnippets_teams_member:list", []),
    ("wagtailsnippets_teams_roleassignment:list", []),
    ("wagtailsnippets_reporting_target:list", []),
    ("guide_feedback:index", []),
    ("guides_admin:overdue", []),
    ("guides_admin:writing_guide", []),
    ("wagtailimages:index", []),
    ("wagtaildocs:index", []),
    ("wagtailsettings:edit", ["content", "sitesettings"]),
    ("personal_data_access:index", []),
    ("api_tokens:index", []),
    ("api_tokens:add", []),
]


def admin_urls_without_parameters():
    return [reverse(name, args=args) for name, args in ADMIN_PAGES]


@pytest.mark.parametrize("role", ["anonymous", "volunteer", "leader"])
def test_people_without_admin_access_are_sent_to_the_admin_sign_in(client, world, role):
    people, _values = world
    if role != "anonymous":
        client.force_login(people[role])
    for url in admin_urls_without_parameters():
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url


def test_the_user_list_and_role_assignments_are_for_superusers_only(client, world):
    people, _values = world
    for role in ("commune_officer", "province_coordinator", "department_editor", "moderator"):
        client.force_login(people[role])
        for url in (reverse("wagtailusers_users:index"), reverse("wagtailsnippets_teams_roleassignment:list")):
            response = client.get(url)
            assert response.status_code == 302 and response["Location"] == "/admin/", (role, url)
    client.force_login(people["superuser"])
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200


# The admin: every URL without parameters served by our models or modules (Wagtail's own are Wagtail's to test).
# A = sent to the admin sign-in, D = refused (Wagtail redirects to the dashboard, or 403).
A, D = "admin-login", "denied"
OWN_APPS = ("content", "guides", "accounts", "teams", "training", "reporting", "config")
NO_ADMIN = {"anonymous": A, "volunteer": A, "leader": A}
ADMIN_USERS = {**NO_ADMIN, **dict.fromkeys(ROLES[3:], OK)}
SUPERUSER_ONLY = {**NO_ADMIN, **dict.fromkeys(ROLES[3:7], D), "superuser": OK}
COORDINATING = {**ADMIN_USERS, "department_editor": D, "moderator": D}
EDITING = {**ADMIN_USERS, "commune_officer": D, "province_coordinator": D}
MODERATING = {**SUPERUSER_ONLY, "moderator": OK}


def snippet_urls(app_model, manage):
    """A snippet's list, add and chooser. Choosers open for any admin user (they list only what the scope
    covers: tests/teams/test_admin.py); creating from one needs the add permission."""
    admin, chooser = f"wagtailsnippets_{app_model}", f"wagtailsnippetchoosers_{app_model}"
    return {
        f"{admin}:list": manage,
        f"{admin}:list_results": manage,
        f"{admin}:add": manage,
        f"{chooser}:choose": ADMIN_USERS,
        f"{chooser}:choose_results": ADMIN_USERS,
        f"{chooser}:chosen_multiple": ADMIN_USERS,
        f"{chooser}:create": manage,
    }


ADMIN_EXPECTED = {
    **snippet_urls("content_pillar", SUPERUSER_ONLY),
    **snippet_urls("content_sector", SUPERUSER_ONLY),
    **snippet_urls("content_department", SUPERUSER_ONLY),
    # The province moderators keep the glossary and the one set of scam rules (content migration 0011); the rules
    # are one row, edited and never added.
    **snippet_urls("content_glossaryterm", MODERATING),
    **snippet_urls("content_safetyrules", MODERATING),
    "wagtailsnippets_content_safetyrules:add": SUPERUSER_ONLY,
    "wagtailsnippetchoosers_content_safetyrules:create": SUPERUSER_ONLY,
    **snippet_urls("reporting_indicator", SUPERUSER_ONLY),
    **snippet_urls("teams_roleassignment", SUPERUSER_ONLY),
    **snippet_urls("reporting_target", COORDINATING),
    **snippet_urls("teams_team", COORDINATING),
    **snippet_urls("teams_member", COORDINATING),
    **snippet_urls("teams_adminarea", COORDINATING),
    **snippet_urls("guides_officialsource", EDITING),  # department editors and reviewers, moderators
    "wagtailimages:index": EDITING,
    "wagtailimages:index_results": EDITING,
    "wagtailimages_chooser:choose": ADMIN_USERS,
    "wagtailimages_chooser:choose_results": ADMIN_USERS,
    "wagtailimages_chooser:chosen_multiple": ADMIN_USERS,
    "wagtailimages_chooser:create": EDITING,
    "guides_admin:overdue": EDITING,
    "guides_admin:overdue_results": EDITING,
    "guides_admin:writing_guide": ADMIN_USERS,
    "guide_feedback:index": MODERATING,
    "guide_feedback:index_results": MODERATING,
    "guide_feedback:add": SUPERUSER_ONLY,
    "personal_data_access:index": SUPERUSER_ONLY,
    "personal_data_access:index_results": SUPERUSER_ONLY,
    "personal_data_access:add": SUPERUSER_ONLY,
    "wagtailusers_users:index": SUPERUSER_ONLY,
    "wagtailusers_users:index_results": SUPERUSER_ONLY,
    "wagtailusers_users:add": SUPERUSER_ONLY,
    "api_tokens:index": COORDINATING,
    "api_tokens:index_results": COORDINATING,
    "api_tokens:add": COORDINATING,
    "team_area_chooser:choose": ADMIN_USERS,
    "team_area_chooser:choose_results": ADMIN_USERS,
    "team_area_chooser:chosen_multiple": ADMIN_USERS,
    "team_area_chooser:create": {**NO_ADMIN, **dict.fromkeys(ROLES[3:], D)},  # areas come from the official lists
    "wagtailadmin_logout": {**NO_ADMIN, **dict.fromkeys(ROLES[3:], M)},  # a GET never signs out
}


def owning_app(pattern):
    view = pattern.callback
    view_class = getattr(view, "view_class", None)
    model = (getattr(view, "view_initkwargs", None) or {}).get("model") or getattr(view_class, "model", None)
    if model is not None and hasattr(model, "_meta"):
        return model._meta.app_label
    return (view_class or view).__module__.split(".")[0]


def own_admin_url_names(patterns=None, prefix="", namespace=""):
    names = set()
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= own_admin_url_names(pattern.url_patterns, route, inner)
        elif (
            route.startswith("admin/")
            and pattern.name
            and not pattern.pattern.converters
            and "(?P<" not in route
            and owning_app(pattern) in OWN_APPS
        ):
            names.add(f"{namespace}{pattern.name}")
    return names


def test_every_admin_url_of_ours_has_an_expectation():
    assert own_admin_url_names() - set(ADMIN_EXPECTED) == set()


@pytest.mark.parametrize("role", ROLES)
def test_every_role_gets_the_expected_answer_on_every_admin_url_of_ours(client, world, role):
    people, _values = world
    if role != "anonymous":
        client.force_login(people[role])
    wrong = {}
    for name, expectations in ADMIN_EXPECTED.items():
        expected = expectations[role]
        response = client.get(reverse(name))
        location = response.get("Location", "")
        if expected == A:
            ok = response.status_code == 302 and location.startswith("/admin/login/")
        elif expected == D:
            ok = response.status_code == 403 or (response.status_code == 302 and location == "/admin/")
        else:
            ok = response.status_code == expected
        if not ok:
            wrong[name] = (expected, response.status_code, location)
    assert wrong == {}
