import datetime

import pytest

from accounts.factories import UserFactory
from reporting.models import Indicator, ReportingPeriod
from reporting.periods import period_containing
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory
from teams.models import MemberRole, RoleAssignment, ScopeRole


@pytest.fixture
def indicators(db):
    """The standard indicators the migration seeds, by code."""
    return {indicator.code: indicator for indicator in Indicator.objects.all()}


@pytest.fixture
def place(db):
    province = ProvinceFactory(name="Tỉnh Mẫu", code="77")
    east = CommuneFactory(name="Xã Đông", code="77001", parent=province)
    west = CommuneFactory(name="Xã Tây", code="77002", parent=province)
    return {"province": province, "east": east, "west": west}


@pytest.fixture
def team(place):
    return TeamFactory(area=place["east"])


@pytest.fixture
def other_team(place):
    return TeamFactory(area=place["west"])


@pytest.fixture
def leader(team):
    user = UserFactory(username="+84905000001", phone="+84905000001", first_name="Hùng", last_name="Trần Văn")
    MemberFactory(team=team, user=user, role=MemberRole.LEADER)
    return user


@pytest.fixture
def volunteer(team):
    user = UserFactory(username="+84905000002", phone="+84905000002")
    MemberFactory(team=team, user=user)
    return user


@pytest.fixture
def officer(place):
    user = UserFactory(username="canbo-dong")
    RoleAssignment.objects.create(user=user, role=ScopeRole.COMMUNE_OFFICER, area=place["east"])
    return user


@pytest.fixture
def west_officer(place):
    user = UserFactory(username="canbo-tay")
    RoleAssignment.objects.create(user=user, role=ScopeRole.COMMUNE_OFFICER, area=place["west"])
    return user


@pytest.fixture
def coordinator(place):
    user = UserFactory(username="dieuphoi-mau")
    RoleAssignment.objects.create(user=user, role=ScopeRole.PROVINCE_COORDINATOR, area=place["province"])
    return user


@pytest.fixture
def period(db):
    return period_containing(datetime.date.today())


@pytest.fixture
def closed_period(db):
    return ReportingPeriod.objects.create(
        kind="month",
        start=datetime.date(2024, 1, 1),
        end=datetime.date(2024, 1, 31),
        deadline=datetime.date(2024, 2, 5),
        closes_on=datetime.date(2024, 3, 1),
    )
