"""Coverage: how many communes have an active team (the 100% target), how many of those teams were founded by a
decision, village teams and members by affiliation. Every figure is computed with a few grouped queries, whatever
the number of teams."""

from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.aggregates import FigureFamily
from teams.models import AdminArea, Affiliation, AreaLevel, Member, Team, TeamStatus

COVERAGE_FIGURES = FigureFamily(
    "teams",
    shows=[
        "teams.AdminArea",
        "teams.Team",
        "teams.Member",
        "teams.RegistryDeadline",
        # the counts kept per commune, through COVERAGE_SOURCE_HOOK
        "reporting.CommuneFigures",
        "reporting.CommuneMembers",
        "reporting.CommuneGrowth",
        "reporting.CommuneMemberGrowth",
        "reporting.FiguresState",
    ],
)

# hooks.get_hooks(COVERAGE_SOURCE_HOOK): a function returning the counts kept per commune, in the transaction of
# every change (reporting.area_figures.KeptCoverage: by_province, by_commune, affiliations), so the country is a few
# thousand rows instead of every team and member. Without a provider they are counted here from the rows.
COVERAGE_SOURCE_HOOK = "teams_coverage_source"


def kept_counts():
    for provide in hooks.get_hooks(COVERAGE_SOURCE_HOOK):
        return provide()
    return None


class RegistryState:
    """Where a commune stands in the registry: no active team, a team not yet founded by a decision, or one that
    was."""

    NO_TEAM = "chua-co-to"
    WITHOUT_DECISION = "chua-co-quyet-dinh"
    WITH_DECISION = "co-quyet-dinh"

    LABELS = {
        NO_TEAM: _("Chưa có tổ"),
        WITHOUT_DECISION: _("Có tổ, chưa có quyết định"),
        WITH_DECISION: _("Có tổ và quyết định"),
    }


# A decision is recorded when its number and its date are (Team.has_decision, as a database condition).
DECIDED = ~Q(decision_number="") & Q(decision_date__isnull=False)


def registry_states(teams):
    """{commune id: RegistryState} for the communes where these teams are; communes without an active team are
    absent (RegistryState.NO_TEAM)."""
    return {commune_id: state for _province_id, commune_id, state in registry_state_rows(teams)}


def registry_state_rows(teams):
    """(province id, commune id, RegistryState) for each commune where these teams are active, in one grouped query.
    The one rule of a commune's registry state: its commune-level team decides, founded by a decision or not; a
    commune without one (only village teams) counts as with a decision when any of its active teams has one."""
    rows = (
        teams.filter(status=TeamStatus.ACTIVE)
        .values("province_id", "commune_id")
        .annotate(
            commune_teams=Count("pk", filter=Q(area_id=F("commune_id"))),
            commune_teams_decided=Count("pk", filter=Q(area_id=F("commune_id")) & DECIDED),
            decided=Count("pk", filter=DECIDED),
        )
        .order_by()
    )
    for row in rows:
        decided = row["commune_teams_decided"] if row["commune_teams"] else row["decided"]
        state = RegistryState.WITH_DECISION if decided else RegistryState.WITHOUT_DECISION
        yield row["province_id"], row["commune_id"], state


@dataclass
class CoverageRow:
    area: AdminArea
    communes: int
    communes_with_team: int
    village_teams: int
    members: int
    communes_with_decision: int = 0

    @property
    def percent(self):
        return round(100 * self.communes_with_team / self.communes) if self.communes else 0

    @property
    def communes_without_team(self):
        return self.communes - self.communes_with_team

    @property
    def communes_without_decision(self):
        """Communes with a team that no decision founded yet."""
        return self.communes_with_team - self.communes_with_decision

    @property
    def percent_with_decision(self):
        return round(100 * self.communes_with_decision / self.communes) if self.communes else 0

    @property
    def state(self):
        """For a commune's row: its RegistryState."""
        if not self.communes_with_team:
            return RegistryState.NO_TEAM
        return RegistryState.WITH_DECISION if self.communes_with_decision else RegistryState.WITHOUT_DECISION

    @property
    def state_label(self):
        return RegistryState.LABELS[self.state]


def coverage_by_province(provinces):
    """One row per province: communes with at least one active team out of all its communes."""
    provinces = list(provinces)
    ids = [province.pk for province in provinces]
    communes = dict(
        AdminArea.objects.filter(level=AreaLevel.COMMUNE, parent_id__in=ids)
        .values_list("parent_id")
        .annotate(total=Count("pk"))
    )
    if (kept := kept_counts()) is not None:
        counts = kept.by_province(ids)
        return [
            CoverageRow(province, communes.get(province.pk, 0), *counts.get(province.pk, (0, 0, 0, 0)))
            for province in provinces
        ]
    active = Team.objects.filter(status=TeamStatus.ACTIVE, province_id__in=ids)
    covered = dict(active.values_list("province_id").annotate(total=Count("commune_id", distinct=True)))
    villages = dict(active.filter(area__level=AreaLevel.VILLAGE).values_list("province_id").annotate(total=Count("pk")))
    members = dict(
        Member.objects.current().filter(team__in=active).values_list("team__province_id").annotate(total=Count("pk"))
    )
    decided = {}
    for province_id, _commune_id, state in registry_state_rows(active):
        if state == RegistryState.WITH_DECISION:
            decided[province_id] = decided.get(province_id, 0) + 1
    return [
        CoverageRow(
            area=province,
            communes=communes.get(province.pk, 0),
            communes_with_team=covered.get(province.pk, 0),
            village_teams=villages.get(province.pk, 0),
            members=members.get(province.pk, 0),
            communes_with_decision=decided.get(province.pk, 0),
        )
        for province in provinces
    ]


def coverage_by_commune(communes):
    """One row per commune: 1 if it has an active team, with its village teams and members."""
    communes = list(communes)
    ids = [commune.pk for commune in communes]
    if (kept := kept_counts()) is not None:
        counts = kept.by_commune(ids)
        return [
            CoverageRow(commune, 1, *(int(value) for value in counts.get(commune.pk, (0, 0, 0, 0))))
            for commune in communes
        ]
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
    states = registry_states(active)
    return [
        CoverageRow(
            area=commune,
            communes=1,
            communes_with_team=1 if commune.pk in counts else 0,
            village_teams=counts.get(commune.pk, {}).get("villages", 0),
            members=members.get(commune.pk, 0),
            communes_with_decision=1 if states.get(commune.pk) == RegistryState.WITH_DECISION else 0,
        )
        for commune in communes
    ]


def members_by_affiliation(teams, communes=None):
    """Current members of the active teams by affiliation. With `communes` (areas) when the teams are exactly those of
    these communes, from the counts kept per commune."""
    if communes is not None and (kept := kept_counts()) is not None:
        counts = kept.affiliations(communes)
        return [(label, counts.get(value, 0)) for value, label in Affiliation.choices]
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
        communes_with_decision=sum(row.communes_with_decision for row in rows),
    )
