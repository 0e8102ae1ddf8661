"""Coverage by founding decision: each commune is without a team, with a team not yet founded by a decision, or with
one; provinces count the three and the share with a decision, in a constant number of queries."""

import datetime

import pytest
from django.core.cache import cache

from teams.coverage import RegistryState, coverage_by_commune, coverage_by_province, registry_states
from teams.factories import CommuneFactory, MemberFactory, TeamFactory, VillageFactory
from teams.models import AdminArea, AreaLevel, Team, TeamStatus

pytestmark = pytest.mark.django_db

DECIDED = {"decision_number": "125/QĐ-UBND", "decision_date": datetime.date(2025, 8, 1)}


@pytest.fixture
def registry(world, people):
    """Tỉnh Bắc: Xã An's commune team has no decision (its village team has one: the commune team decides);
    Xã Bình has none; Xã Có has a decided team; Xã Thôn has only a decided village team; Xã Cũ only a decided team
    that was dissolved. Tỉnh Nam: Phường Cường's team has only a number (no date): no decision."""
    north = world["north"]
    Team.objects.filter(pk=world["team_village"].pk).update(**DECIDED)
    TeamFactory(area=CommuneFactory(name="Xã Có", code="90004", parent=north), **DECIDED)
    TeamFactory(area=VillageFactory(parent=CommuneFactory(name="Xã Thôn", code="90005", parent=north)), **DECIDED)
    TeamFactory(
        area=CommuneFactory(name="Xã Cũ", code="90006", parent=north),
        status=TeamStatus.DISSOLVED,
        **DECIDED,
    )
    Team.objects.filter(pk=world["team_cuong"].pk).update(decision_number="7/QĐ-UBND")
    return world


def states_by_name(rows):
    return {row.area.name: row.state for row in rows}


def test_each_commune_is_in_one_of_three_states(registry):
    communes = AdminArea.objects.filter(level=AreaLevel.COMMUNE).order_by("name")
    assert states_by_name(coverage_by_commune(communes)) == {
        "Phường Cường": RegistryState.WITHOUT_DECISION,
        "Xã An": RegistryState.WITHOUT_DECISION,
        "Xã Bình": RegistryState.NO_TEAM,
        "Xã Có": RegistryState.WITH_DECISION,
        "Xã Cũ": RegistryState.NO_TEAM,
        "Xã Thôn": RegistryState.WITH_DECISION,
    }


def test_the_states_agree_with_each_teams_has_decision(registry):
    for commune_id, state in registry_states(Team.objects.all()).items():
        commune_team = Team.objects.filter(area_id=commune_id, status=TeamStatus.ACTIVE).first()
        active = Team.objects.filter(commune_id=commune_id, status=TeamStatus.ACTIVE)
        decided = commune_team.has_decision if commune_team else any(team.has_decision for team in active)
        assert (state == RegistryState.WITH_DECISION) == decided


def test_provinces_count_the_three_states_and_the_share_with_a_decision(registry):
    rows = {row.area.name: row for row in coverage_by_province([registry["north"], registry["south"]])}
    north, south = rows["Tỉnh Bắc"], rows["Tỉnh Nam"]
    assert (north.communes, north.communes_with_decision, north.communes_without_decision) == (5, 2, 1)
    assert (north.communes_without_team, north.percent_with_decision, north.percent) == (2, 40, 60)
    assert (south.communes_with_decision, south.communes_without_decision, south.communes_without_team) == (0, 1, 0)


def test_the_page_shows_the_states_and_the_counts(client, registry, people):
    client.force_login(people["province"])
    response = client.get("/do-phu/")
    total = response.context["total"]
    assert (total.communes_with_decision, total.communes_without_decision, total.communes_without_team) == (2, 1, 2)
    content = response.content.decode()
    assert "40%" in content and "có tổ và quyết định thành lập (2/5)" in content
    assert "Có tổ, chưa có quyết định" in content and "Chưa có tổ" in content
    client.force_login(people["superuser"])
    content = client.get("/do-phu/").content.decode()
    assert "2/5 (40%)" in content


def test_the_export_has_the_decisions(client, registry, people):
    client.force_login(people["superuser"])
    lines = client.get("/do-phu/", {"xuat": "csv"}).content.decode("utf-8-sig").splitlines()
    assert "Tỉnh Bắc,91,3,5,60,2,4,2,40," in lines


def test_decision_counts_take_constant_queries(client, registry, people, django_assert_max_num_queries):
    client.force_login(people["superuser"])
    client.get("/do-phu/")
    cache.clear()
    with django_assert_max_num_queries(20) as few:
        client.get("/do-phu/?tinh=91")
    for number in range(8):
        commune = CommuneFactory(parent=registry["north"], code=f"9100{number}")
        MemberFactory(team=TeamFactory(area=commune, **(DECIDED if number % 2 else {})))
        TeamFactory(area=VillageFactory(parent=commune), **DECIDED)
    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/do-phu/?tinh=91")
    assert response.context["total"].communes_with_decision == 2 + 4
