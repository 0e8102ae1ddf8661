"""Demo teams: the official areas, then one province where most communes have a team, with invented members
(phone numbers in the 090x test range) and one sign-in per role. A year and more of history: teams founded over the
last fourteen months, most by a decision of the commune's People's Committee, members joining since, a few who left,
one team dissolved; and the province's deadline for every commune to have a team founded by a decision."""

import datetime
import random

from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.codes import readable_code
from accounts.demo import DEMO_PASSWORD, VOLUNTEER_PHONE
from accounts.factories import UserFactory
from teams.areas import load_official_areas
from teams.models import (
    MEMBER_DATA_PURPOSE,
    AdminArea,
    Affiliation,
    AreaLevel,
    ConsentSource,
    Member,
    MemberRole,
    RegistryDeadline,
    RoleAssignment,
    ScopeRole,
    Team,
    TeamStatus,
    fill_from_area,
)

DEMO_PROVINCE_CODE = "19"  # Thái Nguyên
COVERED_SHARE = 0.8
VILLAGES_PER_COMMUNE = 2
FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Ma", "Hà"]
MIDDLE_NAMES = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Thanh", "Quang", "Hồng", "Hữu"]
GIVEN_NAMES = [
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hoa",
    "Hùng",
    "Hương",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Minh",
    "Nam",
    "Nga",
    "Phong",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trang",
    "Tuấn",
    "Yến",
]
AFFILIATION_WEIGHTS = [
    (Affiliation.YOUTH_UNION, 30),
    (Affiliation.WOMENS_UNION, 15),
    (Affiliation.FARMERS, 10),
    (Affiliation.VETERANS, 6),
    (Affiliation.TRADE_UNION, 4),
    (Affiliation.POLICE, 10),
    (Affiliation.POST, 8),
    (Affiliation.ENTERPRISE, 8),
    (Affiliation.SCHOOL, 5),
    (Affiliation.HEALTH_STATION, 4),
]
LEADER_PHONE = "+84901000001"
VOLUNTEER_SINCE_DAYS = 240  # the README's volunteer joined the leader's team eight months ago
HISTORY_DAYS = 425  # teams founded over the last fourteen months
DECIDED_SHARE = 0.75  # the others wait for their decision
LEFT_SHARE = 0.08
DEADLINE_DAYS_AGO = 15  # passed: the page flags the communes still without a decided team


def load():
    """Idempotent: communes that already have a team are left alone, so a second run creates nothing."""
    load_official_areas()
    province = AdminArea.objects.get(code=DEMO_PROVINCE_CODE)
    rng = random.Random(2025)
    communes = list(province.children.order_by("code"))
    covered = communes[: int(len(communes) * COVERED_SHARE)]
    today = timezone.localdate()
    if not Team.objects.filter(province=province).exists():
        build_teams(rng, covered, today)
        build_dissolved_team(rng, communes[len(covered)], today)
    RegistryDeadline.objects.get_or_create(
        province=province, defaults={"deadline": today - datetime.timedelta(days=DEADLINE_DAYS_AGO)}
    )
    areas = AdminArea.objects.filter(level__in=[AreaLevel.PROVINCE, AreaLevel.COMMUNE])
    lines = [
        f"Đơn vị hành chính: {areas.filter(level=AreaLevel.PROVINCE).count()} tỉnh, "
        f"{areas.filter(level=AreaLevel.COMMUNE).count()} xã, phường, đặc khu",
        f"{Team.objects.filter(province=province).count()} tổ ở {province}",
    ]
    return lines + demo_users(province, covered[0])


def build_teams(rng, communes, today):
    phones = iter(range(1000002, 9999999))
    teams = []
    for position, commune in enumerate(communes):
        commune_level = commune_team(commune, rng, today, decided=position == 0 or rng.random() < DECIDED_SHARE)
        teams.append(commune_level)
        for number in range(1, VILLAGES_PER_COMMUNE + 1):
            if rng.random() < 0.5:
                kind = "tổ dân phố" if commune.division_type == "phường" else "thôn"
                village, _ = AdminArea.objects.select_related("parent").get_or_create(
                    parent=commune,
                    name=f"{kind.capitalize()} {number}",
                    defaults={"division_type": kind, "level": AreaLevel.VILLAGE, "province_id": commune.parent_id},
                )
                teams.append(village_team(village, commune, commune_level, rng, today))
    fill_from_area(teams)
    Team.objects.bulk_create(teams)
    members = []
    for team in Team.objects.filter(commune__in=communes).select_related("area"):
        members += team_members(team, rng, phones, today)
    Member.objects.bulk_create(members, batch_size=1000)


def team_members(team, rng, phones, today, left_on=None):
    """Five to eight members: most from the day the team was founded, the others since; a few left (never the
    leader, whom the demo's sign-in and reports need)."""
    members = []
    zone = timezone.get_current_timezone()
    for position in range(rng.randint(5, 8)):
        role = MemberRole.LEADER if position == 0 else MemberRole.DEPUTY if position == 1 else MemberRole.MEMBER
        joined = team.founded_on
        if position > 1 and rng.random() < 0.4:
            joined += datetime.timedelta(days=rng.randint(0, max((today - team.founded_on).days, 0)))
        left = left_on
        if left is None and position > 1 and rng.random() < LEFT_SHARE and (today - joined).days > 30:
            left = joined + datetime.timedelta(days=rng.randint(30, (today - joined).days))
        members.append(
            Member(
                team=team,
                full_name=invented_name(rng),
                phone=f"+8490{next(phones):07d}",
                affiliation=rng.choices(*zip(*AFFILIATION_WEIGHTS, strict=True))[0],
                role=role,
                joined_on=joined,
                left_on=left,
                consented_at=datetime.datetime.combine(joined, datetime.time(9), tzinfo=zone),
                consent_purpose=MEMBER_DATA_PURPOSE,
                consent_source=ConsentSource.LEADER,
            )
        )
    return members


def commune_team(commune, rng, today, decided=True):
    founded = today - datetime.timedelta(days=rng.randint(20, HISTORY_DAYS))
    return Team(
        area=commune,
        name=f"Tổ công nghệ số cộng đồng {commune.name}",
        decision_number=f"{rng.randint(10, 250)}/QĐ-UBND" if decided else "",
        decision_date=founded if decided else None,
        decision_issuer=f"Ủy ban nhân dân {commune.name}" if decided else "",
        founded_on=founded,
        status=TeamStatus.ACTIVE,
        invitation_code=readable_code(),
    )


def village_team(village, commune, commune_level, rng, today):
    """Founded by the same People's Committee, on the commune team's day or up to two months after."""
    later = datetime.timedelta(days=rng.randint(0, 60))
    founded = min(commune_level.founded_on + later, today)
    team = commune_team(commune, rng, today, decided=rng.random() < DECIDED_SHARE)
    team.area = village
    team.name = f"Tổ công nghệ số cộng đồng {village.name}, {commune.name}"
    team.founded_on = founded
    if team.decision_date:
        team.decision_date = founded
    return team


def build_dissolved_team(rng, commune, today):
    """A commune whose team was set up fourteen months ago and dissolved four months ago (its members left with
    it): coverage counts it as without a team, growth shows the dip."""
    dissolved_on = today - datetime.timedelta(days=120)
    team = commune_team(commune, rng, today)
    team.founded_on = team.decision_date = today - datetime.timedelta(days=HISTORY_DAYS)
    team.status, team.dissolved_on = TeamStatus.DISSOLVED, dissolved_on
    team.save()
    Member.objects.bulk_create(team_members(team, rng, iter(range(9000000, 9999999)), today, left_on=dissolved_on))


def invented_name(rng):
    return f"{rng.choice(FAMILY_NAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"


def demo_users(province, commune):
    coordinator = UserFactory(
        username="dieuphoi",
        first_name="Hạnh",
        last_name="Ngô Thị",
        email="dieuphoi@sotayso.local",
        password=DEMO_PASSWORD,
    )
    RoleAssignment.objects.get_or_create(user=coordinator, role=ScopeRole.PROVINCE_COORDINATOR, area=province)
    officer = UserFactory(
        username="canboxa",
        first_name="Tuấn",
        last_name="Đặng Văn",
        email="canboxa@sotayso.local",
        password=DEMO_PASSWORD,
    )
    RoleAssignment.objects.get_or_create(user=officer, role=ScopeRole.COMMUNE_OFFICER, area=commune)
    team = Team.objects.filter(area=commune).first()
    leader_member = team.members.filter(role=MemberRole.LEADER).first()
    leader = UserFactory(
        username=LEADER_PHONE,
        phone=LEADER_PHONE,
        first_name=leader_member.full_name.split()[-1],
        last_name=" ".join(leader_member.full_name.split()[:-1]),
        email="",
        password=DEMO_PASSWORD,
    )
    if leader_member.user_id != leader.pk:
        leader_member.user, leader_member.phone = leader, LEADER_PHONE
        leader_member.save(update_fields=["user", "phone"])
    lines = [
        f"Điều phối viên {province}: dieuphoi / {DEMO_PASSWORD}",
        f"Cán bộ {commune}: canboxa / {DEMO_PASSWORD}",
        f"Tổ trưởng {team}: {leader.phone_display} / {DEMO_PASSWORD}",
    ]
    volunteer = volunteer_in_team(team)
    if volunteer is not None:
        lines.append(f"Tình nguyện viên {volunteer.phone_display} là thành viên {team}")
    return lines


def volunteer_in_team(team):
    """The README's volunteer (accounts.demo) is a member of the leader's team, so the volunteer's pages (help log,
    learning, announcements) show what a member sees. Added once: a membership an editor ended stays ended."""
    volunteer = get_user_model().objects.filter(phone=VOLUNTEER_PHONE).first()
    if volunteer is None:
        return None
    if not Member.objects.filter(phone=VOLUNTEER_PHONE).exists():
        joined = max(team.founded_on, timezone.localdate() - datetime.timedelta(days=VOLUNTEER_SINCE_DAYS))
        Member.objects.create(
            team=team,
            user=volunteer,
            full_name=f"{volunteer.last_name} {volunteer.first_name}",
            phone=VOLUNTEER_PHONE,
            affiliation=Affiliation.YOUTH_UNION,
            role=MemberRole.MEMBER,
            joined_on=joined,
            consented_at=datetime.datetime.combine(joined, datetime.time(9), tzinfo=timezone.get_current_timezone()),
            consent_purpose=MEMBER_DATA_PURPOSE,
            consent_source=ConsentSource.LEADER,
        )
    return volunteer
