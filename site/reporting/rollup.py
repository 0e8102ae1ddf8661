"""Roll-ups for coordinators: sums by area and period, trends, target progress and who has not reported.
Each is one or two grouped queries, however many teams there are."""

from dataclasses import dataclass, field

from django.db.models import Count, Sum

from core.aggregates import FigureFamily
from reporting.models import ReportStatus, ReportValue, Target, TeamReport

ROLLUP_FIGURES = FigureFamily(
    "reporting",
    shows=[
        "reporting.Indicator",
        "reporting.ReportingPeriod",
        "reporting.Target",
        "reporting.TeamReport",
        "reporting.ReportValue",
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


def missing_reports(teams, period):
    """Active teams whose report for the period is not submitted (late once the deadline has passed)."""
    counted = TeamReport.objects.filter(period=period, status__in=COUNTED).values("team_id")
    return teams.active().exclude(pk__in=counted).select_related("commune").order_by("commune__name", "name")
