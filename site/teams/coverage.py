"""Coverage: how many communes have an active team (the 100% target), village teams and members by affiliation.
Every figure is computed with a few grouped queries, whatever the number of teams."""

from dataclasses import dataclass

from django.db.models import Count, Q

from core.aggregates import FigureFamily
from teams.models import AdminArea, Affiliation, AreaLevel, Member, Team, TeamStatus

COVERAGE_FIGURES = FigureFamily("teams", shows=["teams.AdminArea", "teams.Team", "teams.Member"])


@dataclass
class CoverageRow:
    area: AdminArea
    communes: int
    communes_with_team: int
    village_teams: int
    members: int

    @property
    def percent(self):
        return round(100 * self.communes_with_team / self.communes) if self.communes else 0


def coverage_by_province(provinces):
    """One row per province: communes with at least one active team out of all its communes."""
    provinces = list(provinces)
    ids = [province.pk for province in provinces]
    communes = dict(
        AdminArea.objects.filter(level=AreaLevel.COMMUNE, parent_id__in=ids)
        .values_list("parent_id")
        .annotate(total=Count("pk"))
    )
    active = Team.objects.filter(status=TeamStatus.ACTIVE, province_id__in=ids)
    covered = dict(active.values_list("province_id").annotate(total=Count("commune_id", distinct=True)))
    villages = dict(active.filter(area__level=AreaLevel.VILLAGE).values_list("province_id").annotate(total=Count("pk")))
    members = dict(
        Member.objects.current().filter(team__in=active).values_list("team__province_id").annotate(total=Count("pk"))
    )
    return [
        CoverageRow(
            area=province,
            communes=communes.get(province.pk, 0),
            communes_with_team=covered.get(province.pk, 0),
            village_teams=villages.get(province.pk, 0),
            members=members.get(province.pk, 0),
        )
        for province in provinces
    ]


def coverage_by_commune(communes):
    """One row per commune: 1 if it has an active team, with its village teams and members."""
    communes = list(communes)
    ids = [commune.pk for commune in communes]
    active = Team.objects.filter(status=TeamStatus.ACTIVE, commune_id__in=ids)
    counts = {
        row["commune_id"]: row
        for row in active.values("commune_id").annotate(
            teams=Count("pk"), villages=Count("pk", filter=Q(area__level=AreaLevel.VILLAGE))
        )
    }
    members = dict(
        Member.objects.current().filter(team__in=active).values_list("team__commune_id").annotate(total=Count("pk"))
    )
    return [
        CoverageRow(
            area=commune,
            communes=1,
            communes_with_team=1 if commune.pk in counts else 0,
            village_teams=counts.get(commune.pk, {}).get("villages", 0),
            members=members.get(commune.pk, 0),
        )
        for commune in communes
    ]


def members_by_affiliation(teams):
    counts = dict(
        Member.objects.current()
        .filter(team__in=teams.filter(status=TeamStatus.ACTIVE))
        .values_list("affiliation")
        .annotate(total=Count("pk"))
    )
    return [(label, counts.get(value, 0)) for value, label in Affiliation.choices]


def totals(rows):
    return CoverageRow(
        area=None,
        communes=sum(row.communes for row in rows),
        communes_with_team=sum(row.communes_with_team for row in rows),
        village_teams=sum(row.village_teams for row in rows),
        members=sum(row.members for row in rows),
    )
