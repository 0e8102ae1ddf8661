import pytest
from django.contrib.auth.models import AnonymousUser

from teams.access import visible_areas, visible_members, visible_teams

pytestmark = pytest.mark.django_db

EXPECTED_TEAMS = {
    "superuser": {"team_an", "team_village", "team_cuong"},
    "province": {"team_an", "team_village"},
    "commune": {"team_cuong"},
    "leader": {"team_an"},
    "volunteer": set(),
}


@pytest.mark.parametrize("role", EXPECTED_TEAMS)
def test_each_role_sees_exactly_the_teams_in_its_scope(world, people, role):
    names = {key for key, team in world.items() if key.startswith("team_")}
    visible = set(visible_teams(people[role]).values_list("pk", flat=True))
    assert {name for name in names if world[name].pk in visible} == EXPECTED_TEAMS[role]


@pytest.mark.parametrize("role", EXPECTED_TEAMS)
def test_members_follow_the_teams_scope(world, people, role):
    team_ids = {world[name].pk for name in EXPECTED_TEAMS[role]}
    members = visible_members(people[role])
    assert set(members.values_list("team_id", flat=True)) == team_ids


def test_anonymous_and_inactive_users_see_nothing(world, people):
    assert not visible_teams(AnonymousUser()).exists()
    coordinator = people["province"]
    coordinator.is_active = False
    coordinator.save()
    coordinator._teams_scope = None
    assert not visible_teams(coordinator).exists()


def test_a_leader_who_left_the_team_loses_it(world, people):
    import datetime

    membership = people["leader"].memberships.get()
    membership.left_on = datetime.date(2025, 1, 1)
    membership.save()
    people["leader"]._teams_scope = None
    assert not visible_teams(people["leader"]).exists()


def test_areas_in_scope(world, people):
    province_areas = set(visible_areas(people["province"]).values_list("name", flat=True))
    assert province_areas == {"Tỉnh Bắc", "Xã An", "Xã Bình", "Thôn Đông"}
    assert set(visible_areas(people["commune"]).values_list("name", flat=True)) == {"Phường Cường"}
    assert not visible_areas(people["leader"]).exists()
