import pytest

from accounts.factories import UserFactory
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory, VillageFactory
from teams.models import MemberRole, RoleAssignment, ScopeRole


@pytest.fixture
def world(db):
    """Two provinces; the first has two communes (one with a village team), the second one commune."""
    north = ProvinceFactory(name="Tỉnh Bắc", code="91")
    south = ProvinceFactory(name="Tỉnh Nam", code="92")
    an = CommuneFactory(name="Xã An", code="90001", parent=north)
    binh = CommuneFactory(name="Xã Bình", code="90002", parent=north)
    cuong = CommuneFactory(name="Phường Cường", code="90003", parent=south, division_type="phường")
    village = VillageFactory(name="Thôn Đông", parent=an)
    team_an = TeamFactory(area=an)
    team_village = TeamFactory(area=village)
    team_cuong = TeamFactory(area=cuong)
    return {
        "north": north,
        "south": south,
        "an": an,
        "binh": binh,
        "cuong": cuong,
        "village": village,
        "team_an": team_an,
        "team_village": team_village,
        "team_cuong": team_cuong,
    }


def with_role(username, role, area):
    user = UserFactory(username=username)
    RoleAssignment.objects.create(user=user, role=role, area=area)
    return user


@pytest.fixture
def people(world):
    """One person per role, each with a scope in the world."""
    leader = UserFactory(username="totruong", phone="+84901111111")
    MemberFactory(team=world["team_an"], full_name="Tổ Trưởng An", role=MemberRole.LEADER, user=leader)
    MemberFactory(team=world["team_an"], full_name="Thành Viên An")
    MemberFactory(team=world["team_village"], full_name="Thành Viên Thôn")
    MemberFactory(team=world["team_cuong"], full_name="Thành Viên Cường")
    volunteer = UserFactory(username="tinhnguyen")
    MemberFactory(team=world["team_an"], full_name="Tình Nguyện An", user=volunteer)
    return {
        "superuser": UserFactory(username="quantri", is_superuser=True, is_staff=True),
        "province": with_role("dieuphoi", ScopeRole.PROVINCE_COORDINATOR, world["north"]),
        "commune": with_role("canboxa", ScopeRole.COMMUNE_OFFICER, world["cuong"]),
        "leader": leader,
        "volunteer": volunteer,
    }
