"""Roll-ups for coordinators: sums by area and period, trends, target progress and who has not reported.
Each is one or two grouped queries, however many teams there are."""

from dataclasses import dataclass, field

from django.db.models import BooleanField, Count, Exists, F, Func, OuterRef, Q, Subquery, Sum

from core.aggregates import FigureFamily
from reporting import area_figures
from reporting.models import (
    CommuneFigures,
    CommunePeriodFigures,
    CommunePeriodValue,
    ReportStatus,
    ReportValue,
    Target,
    TeamReport,
)
from teams.models import AdminArea

ROLLUP_FIGURES = FigureFamily(
    "reporting",
    shows=[
        "reporting.Indicator",
        "reporting.ReportingPeriod",
        "reporting.Target",
        "reporting.TeamReport",
        "reporting.ReportValue",
        "reporting.CommuneFigures",
        "reporting.CommunePeriodFigures",
        "reporting.CommunePeriodValue",
        "reporting.FiguresState",
        "teams.Team",
        "teams.AdminArea",  # the names of the rows
    ],
)

COUNTED = [ReportStatus.SUBMITTED, ReportStatus.ACCEPTED]


@dataclass
class RollupRow:
    key: int
    label: str
    code: str = ""
    teams: int = 0
    reported: int = 0
    values: dict = field(default_factory=dict)

    def value_list(self, indicators):
        return [self.values.get(indicator.pk, 0) for indicator in indicators]


def rollup(teams, period, group):
    """Rows keyed by group ("commune", "province" or "team"): teams, teams that reported and indicator sums,
    in three grouped queries whatever the number of teams."""
    teams = teams.active()
    if group == "team":
        key, label, code = "id", "name", None
    else:
        key, label, code = f"{group}_id", f"{group}__name", f"{group}__code"
    fields = [key, label] + ([code] if code else [])
    rows = {
        row[key]: RollupRow(key=row[key], label=row[label], code=row[code] if code else "", teams=row["teams"])
        for row in teams.values(*fields).annotate(teams=Count("pk")).order_by()
    }
    team_key = "team_id" if group == "team" else f"team__{group}_id"
    counted = TeamReport.objects.filter(team__in=teams, period=period, status__in=COUNTED)
    for row in counted.values(team_key).annotate(reported=Count("team_id", distinct=True)).order_by():
        rows[row[team_key]].reported = row["reported"]
    value_key = f"report__{team_key}"
    sums = (
        ReportValue.objects.filter(report__in=counted)
        .values(value_key, "indicator_id")
        .annotate(total=Sum("value"))
        .order_by()
    )
    for row in sums:
        rows[row[value_key]].values[row["indicator_id"]] = row["total"]
    return sorted(rows.values(), key=lambda row: row.label)


def totals(rows):
    result = RollupRow(key=0, label="")
    for row in rows:
        result.teams += row.teams
        result.reported += row.reported
        for indicator_id, value in row.values.items():
            result.values[indicator_id] = result.values.get(indicator_id, 0) + value
    return result


def trend(teams, periods, indicator):
    """The indicator's total per period, oldest first."""
    sums = dict(
        ReportValue.objects.filter(
            report__team__in=teams, report__period__in=periods, report__status__in=COUNTED, indicator=indicator
        )
        .values_list("report__period_id")
        .annotate(total=Sum("value"))
    )
    return [(period, sums.get(period.pk, 0)) for period in periods]


@dataclass
class TargetProgress:
    indicator: object
    target: int
    achieved: int

    @property
    def percent(self):
        return min(100, round(100 * self.achieved / self.target)) if self.target else 0


def target_progress(area, teams, year, indicators):
    """Progress this year against the area's targets, counting submitted and accepted reports."""
    targets = {row.indicator_id: row.value for row in Target.objects.filter(area=area, year=year)}
    if not targets:
        return []
    achieved = dict(
        ReportValue.objects.filter(
            report__team__in=teams,
            report__period__start__year=year,
            report__status__in=COUNTED,
            indicator_id__in=targets,
        )
        .values_list("indicator_id")
        .annotate(total=Sum("value"))
    )
    return [
        TargetProgress(indicator=indicator, target=targets[indicator.pk], achieved=achieved.get(indicator.pk, 0))
        for indicator in indicators
        if indicator.pk in targets
    ]


def missing_reports(teams, period, few_teams=False):
    """Active teams whose report for the period is not submitted (late once the deadline has passed).

    `few_teams`: the teams of a commune or a few provinces, whose reports are then read by team, from the teams' ids
    taken once. PostgreSQL otherwise hashes every report of the period in the country (72,000 at scale, 27 ms of a
    province's roll-up) to find a province's 4,000. For every team (the reminders) hashing them is the right plan."""
    active = teams.active()
    counted = TeamReport.objects.filter(team=OuterRef("pk"), period=period, status__in=COUNTED)
    if few_teams:
        counted = counted.filter(InListOnce(F("team_id"), Subquery(active.order_by().values("pk"))))
    return active.exclude(Exists(counted)).select_related("commune").order_by("commune__name", "name")


# The same figures read from the rows kept per commune (reporting/area_figures.py): a few thousand rows nationally,
# whatever the number of teams and reports. `scope` is the coordinator's (teams.access.Scope), `commune` narrows it.


class InListOnce(Func):
    """`column IN (subquery)`, the subquery run once before the rows are read. PostgreSQL turned a join to the
    province's 168 communes into a scan of all 83,000 areas in id order (10 ms a query), guessing 7 rows joined; as
    an array it reads the communes by their parent and the figures by their own key."""

    output_field = BooleanField()
    arity = 2  # the column, the subquery
    arg_joiner = " IN "
    template = "%(expressions)s"

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler, connection, arg_joiner=" = ANY(ARRAY", template="%(expressions)s)", **extra_context
        )


def figures_filter(scope, commune=None):
    """The commune rows of the teams coordinated in `scope` (teams.access.coordinated_teams), or of one commune."""
    if commune is not None:
        return Q(commune_id=commune.pk)
    if scope.everything:
        return Q()
    condition = Q(pk__in=[])
    if scope.province_ids:
        communes = AdminArea.objects.filter(parent_id__in=scope.province_ids)
        condition |= Q(InListOnce(F("commune_id"), Subquery(communes.order_by().values("pk"))))
    if scope.commune_ids:
        condition |= Q(commune_id__in=scope.commune_ids)
    return condition


def rollup_from_figures(scope, period, group, commune=None):
    """rollup(coordinated teams, period, group) for group "commune" or "province", from the commune rows, in three
    grouped queries over a few thousand rows nationally."""
    area_figures.ensure_current()
    within = figures_filter(scope, commune)
    key = "commune_id" if group == "commune" else "commune__parent_id"
    prefix = "commune__" if group == "commune" else "commune__parent__"
    rows = {
        item[key]: RollupRow(
            key=item[key], label=item[f"{prefix}name"], code=item[f"{prefix}code"] or "", teams=item["total"]
        )
        for item in CommuneFigures.objects.filter(within, teams__gt=0)
        .values(key, f"{prefix}name", f"{prefix}code")
        .annotate(total=Sum("teams"))
        .order_by()
    }
    reported = CommunePeriodFigures.objects.filter(within, period=period).values(key).annotate(total=Sum("reported"))
    for item in reported.order_by():
        if item[key] in rows:
            rows[item[key]].reported = item["total"]
    values = (
        CommunePeriodValue.objects.filter(within, period=period, total__isnull=False)
        .values(key, "indicator_id")
        .annotate(sum=Sum("total"))
        .order_by()
    )
    for item in values:
        if item[key] in rows:
            rows[item[key]].values[item["indicator_id"]] = item["sum"]
    return sorted(rows.values(), key=lambda row: row.label)


def trend_from_figures(scope, periods, indicator, commune=None):
    """trend(coordinated teams, periods, indicator), from the commune rows: every team's counted reports, dissolved
    teams included."""
    area_figures.ensure_current()
    sums = dict(
        CommunePeriodValue.objects.filter(figures_filter(scope, commune), period__in=list(periods), indicator=indicator)
        .values_list("period_id")
        .annotate(sum=Sum("all_total"))
        .order_by()
    )
    return [(period, sums.get(period.pk, 0)) for period in periods]


def target_progress_from_figures(area, scope, year, indicators, commune=None):
    """target_progress(area, coordinated teams, year, indicators), from the commune rows."""
    targets = {row.indicator_id: row.value for row in Target.objects.filter(area=area, year=year)}
    if not targets:
        return []
    area_figures.ensure_current()
    achieved = dict(
        CommunePeriodValue.objects.filter(
            figures_filter(scope, commune), period__start__year=year, indicator_id__in=targets
        )
        .values_list("indicator_id")
        .annotate(sum=Sum("all_total"))
        .order_by()
    )
    return [
        TargetProgress(indicator=indicator, target=targets[indicator.pk], achieved=achieved.get(indicator.pk, 0))
        for indicator in indicators
        if indicator.pk in targets
    ]
