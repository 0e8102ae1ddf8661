"""The access policy (teams.access) row by row: each question, asked by each role about an object on its own side
and about objects on the wrong side (another commune, another province, another team, another department).
test_access_matrix.py checks the same people at the URLs; this checks the answers the URLs are built on."""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from accounts.factories import UserFactory
from content.editorial import sync_all_departments
from content.factories import DepartmentFactory, PlatformPageFactory
from content.models import Department
from reporting import reports
from reporting.models import Difficulty, DifficultyStage
from reporting.periods import period_containing
from teams import access
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory, VillageFactory
from teams.models import AdminArea, Announcement, Member, MemberRole, RoleAssignment, ScopeRole
from tests.security.roles import ROLES as MATRIX_ROLES

pytestmark = pytest.mark.django_db

# The matrix's people and one more, to ask every question from the wrong province.
ROLES = [*MATRIX_ROLES[:5], "other_province_coordinator", *MATRIX_ROLES[5:]]
Y, N = True, False


def area_visible(name):
    return lambda user, w: access.visible_areas(user).filter(pk=w[name].pk).exists()


def team_visible(name):
    return lambda user, w: access.visible_teams(user).filter(pk=w[name].pk).exists()


def member_visible(name):
    return lambda user, w: access.visible_members(user).filter(pk=w[name].pk).exists()


def report_visible(name):
    return lambda user, w: access.may_see_report(user, w[name])


def report_reviewable(name):
    """Asked both ways the views ask it: of the team (the report page) and as a filter (the review page)."""

    def ask(user, w):
        report = w[name]
        one = access.may_review_report(user, report.team)
        listed = type(report).objects.filter(access.reviewable_report_filter(user), pk=report.pk).exists()
        assert one == listed
        return one

    return ask


def summarises(name):
    return lambda user, w: access.summary_provinces(user).filter(pk=w[name].pk).exists()


def report_fileable(name):
    return lambda user, w: access.may_file_report(user, w[name])


def difficulty_visible(name):
    def ask(user, w):
        listed = Difficulty.objects.filter(access.difficulty_filter(user), pk=w[name].pk).exists()
        return access.may_open_difficulties(user) and listed

    return ask


def may_answer(name):
    return lambda user, w: access.may_answer_difficulty(user, w[name])


def may_escalate(name):
    return lambda user, w: access.may_escalate_difficulty(user, w[name])


def may_forward(name):
    return lambda user, w: access.may_forward_difficulty(user, w[name])


def announcement_visible(name):
    return lambda user, w: Announcement.objects.filter(access.announcement_filter(user), pk=w[name].pk).exists()


def may_address_province(name):
    return lambda user, w: access.postable_provinces(user).filter(pk=w[name].pk).exists()


def may_address_commune(name):
    return lambda user, w: access.postable_communes(user, w[name].parent).filter(pk=w[name].pk).exists()


def in_department(name):
    return lambda user, w: Department.objects.filter(access.department_filter(user), pk=w[name].pk).exists()


def token_covers(name):
    return lambda user, w: access.may_issue_token(user, w[name] if name else None)


def may_confirm_check_of(department):
    """A guide on a platform of the department (the policy reads `guide.platform.department` as attributes)."""
    return lambda user, w: access.may_confirm_guide_check(
        user, SimpleNamespace(platform=SimpleNamespace(department=w[department]))
    )


def may_register(name):
    return lambda user, w: access.may_register_team(user, w[name])


def may_manage_villages_of(name):
    return lambda user, w: access.may_manage_villages(user, w[name])


def may_see_decision(name):
    return lambda user, w: access.may_see_team_decision(user, w[name])


def notified_of(name):
    return lambda user, w: user.pk in set(access.announcement_recipients(w[name]))


# One row per question about one object; the columns follow ROLES.
#                                                    anon vol lead comm prov othp dept mod super
MATRIX = {
    "area visible: a village of the officer's commune": (area_visible("village"), (N, N, N, Y, Y, N, N, N, Y)),
    "area visible: another commune": (area_visible("binh"), (N, N, N, N, Y, N, N, N, Y)),
    "area visible: another province's commune": (area_visible("cuong"), (N, N, N, N, N, Y, N, N, Y)),
    "team visible: the team": (team_visible("team_an"), (N, N, Y, Y, Y, N, N, N, Y)),
    "team visible: another commune's team": (team_visible("team_binh"), (N, N, N, N, Y, N, N, N, Y)),
    "team visible: another province's team": (team_visible("team_cuong"), (N, N, N, N, N, Y, N, N, Y)),
    "is in a team": (lambda user, w: access.in_team(user), (N, Y, Y, N, N, N, N, N, N)),
    "needs a team (in none, with no other role)": (lambda user, w: access.needs_a_team(user), (N,) * 9),
    "member visible: of the team": (member_visible("member_an"), (N, N, Y, Y, Y, N, N, N, Y)),
    "member visible: of another team": (member_visible("member_binh"), (N, N, N, N, Y, N, N, N, Y)),
    "member visible: of another province": (member_visible("member_cuong"), (N, N, N, N, N, Y, N, N, Y)),
    "report visible: the team's": (report_visible("report_an"), (N, N, Y, Y, Y, N, N, N, Y)),
    "report visible: another commune's": (report_visible("report_binh"), (N, N, N, N, Y, N, N, N, Y)),
    "report visible: another province's": (report_visible("report_cuong"), (N, N, N, N, N, Y, N, N, Y)),
    "report fileable: the team's": (report_fileable("team_an"), (N, N, Y, N, N, N, N, N, N)),
    "report fileable: another team's": (report_fileable("team_binh"), (N, N, N, N, N, N, N, N, N)),
    "report reviewable: the team's": (report_reviewable("report_an"), (N, N, N, Y, Y, N, N, N, Y)),
    "report reviewable: another commune's": (report_reviewable("report_binh"), (N, N, N, N, Y, N, N, N, Y)),
    "report reviewable: another province's": (report_reviewable("report_cuong"), (N, N, N, N, N, Y, N, N, Y)),
    "difficulty visible: the team's, about the department's platform": (
        difficulty_visible("difficulty_an"),
        (N, N, N, Y, Y, N, Y, N, Y),
    ),
    "difficulty visible: another province's, about the department's platform": (
        difficulty_visible("difficulty_cuong_police"),
        (N, N, N, N, N, Y, Y, N, Y),
    ),
    "difficulty visible: another province's, about another department's platform": (
        difficulty_visible("difficulty_cuong_insurance"),
        (N, N, N, N, N, Y, N, N, Y),
    ),
    "may answer the commune's difficulty about the department's platform": (
        may_answer("difficulty_an"),
        (N, N, N, Y, Y, N, Y, N, Y),
    ),
    # Once the commune has sent it up, the commune no longer answers it; the province and the department do.
    "may answer the difficulty the commune sent up": (
        may_answer("difficulty_an_escalated"),
        (N, N, N, N, Y, N, Y, N, Y),
    ),
    "may answer another province's difficulty about another department's platform": (
        may_answer("difficulty_cuong_insurance"),
        (N, N, N, N, N, Y, N, N, Y),
    ),
    "difficulty visible: forwarded to the department, about another department's platform": (
        difficulty_visible("difficulty_cuong_forwarded_to_police"),
        (N, N, N, N, N, Y, Y, N, Y),
    ),
    "may answer a difficulty forwarded to the department, about another department's platform": (
        may_answer("difficulty_cuong_forwarded_to_police"),
        (N, N, N, N, N, Y, Y, N, Y),
    ),
    "may send the commune's difficulty up": (may_escalate("difficulty_an"), (N, N, N, Y, Y, N, N, N, Y)),
    "may send another province's difficulty up": (
        may_escalate("difficulty_cuong_police"),
        (N, N, N, N, N, Y, N, N, Y),
    ),
    "may forward the difficulty the commune sent up": (
        may_forward("difficulty_an_escalated"),
        (N, N, N, N, Y, N, N, N, Y),
    ),
    "may forward another province's difficulty": (may_forward("difficulty_cuong_police"), (N, N, N, N, N, Y, N, N, Y)),
    "told when a commune of the province sends a difficulty up": (
        lambda user, w: user.pk in access.province_coordinators(w["north"].pk),
        (N, N, N, N, Y, N, N, N, N),
    ),
    "told when a difficulty is forwarded to the department": (
        lambda user, w: user.pk in access.department_members(w["police"].pk),
        (N, N, N, N, N, N, Y, N, N),
    ),
    "may summarise the province": (summarises("north"), (N, N, N, N, Y, N, N, N, Y)),
    "may summarise another province": (summarises("south"), (N, N, N, N, N, Y, N, N, Y)),
    "may post an announcement": (lambda user, w: access.may_post_announcement(user), (N, N, N, Y, Y, Y, N, N, Y)),
    "may address the whole province": (may_address_province("north"), (N, N, N, N, Y, N, N, N, Y)),
    "may address the commune": (may_address_commune("an"), (N, N, N, Y, Y, N, N, N, Y)),
    "may address another commune": (may_address_commune("binh"), (N, N, N, N, Y, N, N, N, Y)),
    "may address another province's commune": (may_address_commune("cuong"), (N, N, N, N, N, Y, N, N, Y)),
    "announcement visible: to the commune": (announcement_visible("announcement_an"), (N, Y, Y, Y, Y, N, N, N, Y)),
    "announcement visible: to another commune": (
        announcement_visible("announcement_binh"),
        (N, N, N, N, Y, N, N, N, Y),
    ),
    "announcement visible: to another province": (
        announcement_visible("announcement_cuong"),
        (N, N, N, N, N, Y, N, N, Y),
    ),
    "notified of the announcement to the commune": (notified_of("announcement_an"), (N, Y, Y, N, N, N, N, N, N)),
    "department content: the department's": (in_department("police"), (N, N, N, N, N, N, Y, N, N)),
    "department content: another department's": (in_department("insurance"), (N, N, N, N, N, N, N, N, N)),
    "department content: sees every department's": (
        lambda user, w: access.sees_every_department(user),
        (N, N, N, N, N, N, N, Y, Y),
    ),
    "is a province moderator": (lambda user, w: access.is_moderator(user), (N, N, N, N, N, N, N, Y, N)),
    # The department's reviewers may too (tests/guides/test_sources.py); its editors never certify their own guides.
    "may confirm a check of the department's guide": (may_confirm_check_of("police"), (N, N, N, N, N, N, N, Y, Y)),
    "may confirm a check of another department's guide": (
        may_confirm_check_of("insurance"),
        (N, N, N, N, N, N, N, Y, Y),
    ),
    "token covers: the commune": (token_covers("an"), (N, N, N, Y, Y, N, N, N, Y)),
    "token covers: another commune": (token_covers("binh"), (N, N, N, N, Y, N, N, N, Y)),
    "token covers: the province": (token_covers("north"), (N, N, N, N, Y, N, N, N, Y)),
    "token covers: another province": (token_covers("south"), (N, N, N, N, N, Y, N, N, Y)),
    "token covers: a village (never a token's area)": (token_covers("village"), (N, N, N, N, N, N, N, N, Y)),
    "token covers: the whole country": (token_covers(None), (N, N, N, N, N, N, N, N, Y)),
    "may register a team: in the commune": (may_register("an"), (N, N, N, Y, Y, N, N, N, Y)),
    "may register a team: in the commune's village": (may_register("village"), (N, N, N, Y, Y, N, N, N, Y)),
    "may register a team: in another commune": (may_register("binh"), (N, N, N, N, Y, N, N, N, Y)),
    "may register a team: in another province": (may_register("cuong"), (N, N, N, N, N, Y, N, N, Y)),
    "may register a team: a province (never a team's area)": (may_register("north"), (N, N, N, N, N, N, N, N, N)),
    "may manage the commune's villages": (may_manage_villages_of("an"), (N, N, N, Y, Y, N, N, N, Y)),
    "may manage another commune's villages": (may_manage_villages_of("binh"), (N, N, N, N, Y, N, N, N, Y)),
    "may manage another province's villages": (may_manage_villages_of("cuong"), (N, N, N, N, N, Y, N, N, Y)),
    "may see the team's founding decision": (may_see_decision("team_an"), (N, N, Y, Y, Y, N, N, N, Y)),
    "may see another commune's team's decision": (may_see_decision("team_binh"), (N, N, N, N, Y, N, N, N, Y)),
    "may see another province's team's decision": (may_see_decision("team_cuong"), (N, N, N, N, N, Y, N, N, Y)),
}


@pytest.fixture
def world(platform_index, pillars):
    """Province north (communes an, with a village, and binh) and province south (commune cuong), a team in each
    commune; two departments, each with its platform; a report and difficulties; announcements."""
    north = ProvinceFactory(name="Tỉnh Bắc", code="91")
    south = ProvinceFactory(name="Tỉnh Nam", code="92")
    an = CommuneFactory(name="Xã An", code="90001", parent=north)
    binh = CommuneFactory(name="Xã Bình", code="90002", parent=north)
    cuong = CommuneFactory(name="Phường Cường", code="90003", parent=south)
    teams = {name: TeamFactory(area=area) for name, area in [("an", an), ("binh", binh), ("cuong", cuong)]}
    people = {role: UserFactory(username=role.replace("_", "-")) for role in ROLES[1:]}
    MemberFactory(team=teams["an"], user=people["volunteer"], full_name="Tình Nguyện")
    MemberFactory(team=teams["an"], user=people["leader"], role=MemberRole.LEADER, full_name="Tổ Trưởng")
    RoleAssignment.objects.create(user=people["commune_officer"], role=ScopeRole.COMMUNE_OFFICER, area=an)
    RoleAssignment.objects.create(user=people["province_coordinator"], role=ScopeRole.PROVINCE_COORDINATOR, area=north)
    RoleAssignment.objects.create(
        user=people["other_province_coordinator"], role=ScopeRole.PROVINCE_COORDINATOR, area=south
    )
    police = DepartmentFactory(slug="bo-cong-an", name="Bộ Công an")
    insurance = DepartmentFactory(slug="bhxh", name="Bảo hiểm xã hội Việt Nam")
    vneid = PlatformPageFactory(
        parent=platform_index, slug="vneid", department=police, pillar=pillars["chinh-quyen-so"]
    )
    vssid = PlatformPageFactory(parent=platform_index, slug="vssid", department=insurance, pillar=pillars["xa-hoi-so"])
    sync_all_departments()
    police.refresh_from_db()
    insurance.refresh_from_db()
    people["department_editor"].groups.add(police.editors_group)
    people["moderator"].groups.add(Group.objects.get(name=access.MODERATORS_GROUP))
    people["superuser"].is_superuser = people["superuser"].is_staff = True
    people["superuser"].save()
    people["anonymous"] = AnonymousUser()
    period = period_containing(datetime.date.today())
    report = {name: reports.report_for(team, period) for name, team in teams.items()}

    def difficulty(name, platform, **fields):
        return Difficulty.objects.create(
            report=report[name], category="loi-nen-tang", text="Lỗi", platform=platform, **fields
        )

    def announcement(author, province, communes):
        posted = Announcement.objects.create(author=author, province=province, title="Chiến dịch", body="Nội dung.")
        posted.communes.set(communes)
        return posted

    objects = {
        "north": north,
        "south": south,
        "an": an,
        "binh": binh,
        "cuong": cuong,
        "village": VillageFactory(name="Thôn Đông", parent=an),
        **{f"team_{name}": team for name, team in teams.items()},
        **{f"member_{name}": MemberFactory(team=team, full_name=f"Thành Viên {name}") for name, team in teams.items()},
        **{f"report_{name}": item for name, item in report.items()},
        "difficulty_an": difficulty("an", vneid),
        "difficulty_an_escalated": difficulty("an", vneid, stage=DifficultyStage.PROVINCE),
        "difficulty_cuong_forwarded_to_police": difficulty(
            "cuong", vssid, stage=DifficultyStage.DEPARTMENT, forwarded_department=police
        ),
        "difficulty_cuong_police": difficulty("cuong", vneid),
        "difficulty_cuong_insurance": difficulty("cuong", vssid),
        "announcement_an": announcement(people["province_coordinator"], north, [an]),
        "announcement_binh": announcement(people["province_coordinator"], north, [binh]),
        "announcement_cuong": announcement(people["other_province_coordinator"], south, [cuong]),
        "police": police,
        "insurance": insurance,
    }
    return people, objects


def test_every_row_has_a_column_per_role():
    assert {len(expected) for _ask, expected in MATRIX.values()} == {len(ROLES)}


# One test per column (building the world once per role, not once per cell); a failure names the wrong rows.
@pytest.mark.parametrize("role", ROLES)
def test_the_policy_answers_each_row_as_the_matrix_says(world, role):
    people, objects = world
    column = ROLES.index(role)
    wrong = {
        question: expected[column]
        for question, (ask, expected) in MATRIX.items()
        if ask(people[role], objects) != expected[column]
    }
    assert wrong == {}, f"{role} got the opposite of the expected answer (shown) to these questions"


def test_one_coverage_rule_for_areas_tokens_and_the_api(world):
    """covers_area, visible_areas and the areas a token may ask about agree for every role and every area."""
    people, _objects = world
    for role in ROLES:
        scope = access.scope_for(people[role])
        covered = set(access.visible_areas(people[role]).values_list("pk", flat=True))
        bindable = set(access.bindable_areas(scope).values_list("pk", flat=True))
        for area in AdminArea.objects.all():
            if area.level in access.BINDABLE_AREA_LEVELS:
                assert access.covers_area(scope, area) == (area.pk in covered) == (area.pk in bindable), (role, area)


def test_a_token_reads_its_area_with_everything_beneath(world):
    people, objects = world
    token = type("Token", (), {"area": objects["an"], "area_id": objects["an"].pk, "created_by": people["leader"]})
    readable = set(access.covered_areas(access.token_scope(token)).values_list("pk", flat=True))
    assert readable == {objects["an"].pk, objects["village"].pk}
    assert not access.issuer_still_covers(token)  # a leader has no role over a commune
    token.created_by = people["commune_officer"]
    assert access.issuer_still_covers(token)
    people["commune_officer"].is_active = False
    assert not access.issuer_still_covers(token)


def test_a_volunteer_in_no_team_or_whose_team_was_dissolved_needs_a_team(world):
    people, objects = world
    newcomer = UserFactory(username="nguoi-moi")
    assert access.needs_a_team(newcomer) and not access.in_team(newcomer)
    team = objects["team_an"]
    team.status = "dissolved"
    team.save(update_fields=["status"])
    volunteer = type(newcomer).objects.get(pk=people["volunteer"].pk)  # a fresh object: scope_for caches
    assert access.needs_a_team(volunteer) and access.current_membership(volunteer) is None


def test_a_leader_who_left_is_asked_to_file_nothing(world):
    people, objects = world
    assert set(access.report_filers([objects["team_an"].pk])) == {(objects["team_an"].pk, people["leader"].pk)}
    Member.objects.filter(user=people["leader"]).update(left_on=datetime.date(2025, 1, 1))
    assert not access.report_filers([objects["team_an"].pk]).exists()
