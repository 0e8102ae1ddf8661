"""Demo teams: the official areas, then one province where most communes have a team, with invented members
(phone numbers in the 090x test range) and one sign-in per role."""

import datetime
import random

from django.utils import timezone

from accounts.codes import readable_code
from accounts.demo import DEMO_PASSWORD
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


def load():
    """Idempotent: communes that already have a team are left alone, so a second run creates nothing."""
    load_official_areas()
    province = AdminArea.objects.get(code=DEMO_PROVINCE_CODE)
    rng = random.Random(2025)
    communes = list(province.children.order_by("code"))
    covered = communes[: int(len(communes) * COVERED_SHARE)]
    if not Team.objects.filter(province=province).exists():
        build_teams(rng, covered)
    areas = AdminArea.objects.filter(level__in=[AreaLevel.PROVINCE, AreaLevel.COMMUNE])
    lines = [
        f"Đơn vị hành chính: {areas.filter(level=AreaLevel.PROVINCE).count()} tỉnh, "
        f"{areas.filter(level=AreaLevel.COMMUNE).count()} xã, phường, đặc khu",
        f"{Team.objects.filter(province=province).count()} tổ ở {province}",
    ]
    return lines + demo_users(province, covered[0])


def build_teams(rng, communes):
    phones = iter(range(1000002, 9999999))
    teams = []
    for commune in communes:
        teams.append(commune_team(commune, rng))
        for number in range(1, VILLAGES_PER_COMMUNE + 1):
            if rng.random() < 0.5:
                kind = "tổ dân phố" if commune.division_type == "phường" else "thôn"
                village, _ = AdminArea.objects.select_related("parent").get_or_create(
                    parent=commune,
                    name=f"{kind.capitalize()} {number}",
                    defaults={"division_type": kind, "level": AreaLevel.VILLAGE, "province_id": commune.parent_id},
                )
                teams.append(village_team(village, commune, rng))
    fill_from_area(teams)
    Team.objects.bulk_create(teams)
    members = []
    zone = timezone.get_current_timezone()
    for team in Team.objects.filter(commune__in=communes).select_related("area"):
        size = rng.randint(5, 8)
        for position in range(size):
            role = MemberRole.LEADER if position == 0 else MemberRole.DEPUTY if position == 1 else MemberRole.MEMBER
            members.append(
                Member(
                    team=team,
                    full_name=invented_name(rng),
                    phone=f"+8490{next(phones):07d}",
                    affiliation=rng.choices(*zip(*AFFILIATION_WEIGHTS, strict=True))[0],
                    role=role,
                    joined_on=team.decision_date,
                    consented_at=datetime.datetime.combine(team.decision_date, datetime.time(9), tzinfo=zone),
                    consent_purpose=MEMBER_DATA_PURPOSE,
                    consent_source=ConsentSource.LEADER,
                )
            )
    Member.objects.bulk_create(members, batch_size=1000)


def commune_team(commune, rng):
    decided = datetime.date(2025, 7, 1) + datetime.timedelta(days=rng.randint(0, 120))
    return Team(
        area=commune,
        name=f"Tổ công nghệ số cộng đồng {commune.name}",
        decision_number=f"{rng.randint(10, 250)}/QĐ-UBND",
        decision_date=decided,
        status=TeamStatus.ACTIVE,
        invitation_code=readable_code(),
    )


def village_team(village, commune, rng):
    team = commune_team(commune, rng)
    team.area = village
    team.name = f"Tổ công nghệ số cộng đồng {village.name}, {commune.name}"
    return team


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
    return [
        f"Điều phối viên {province}: dieuphoi / {DEMO_PASSWORD}",
        f"Cán bộ {commune}: canboxa / {DEMO_PASSWORD}",
        f"Tổ trưởng {team}: {leader.phone_display} / {DEMO_PASSWORD}",
    ]
