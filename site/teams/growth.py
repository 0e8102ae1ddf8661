"""Growth of the network over time: teams, communes covered, members (in all and by affiliation) and members ready
for field work, at each month's end, for any set of teams. Computed from effective dates (a team counts from the day
it was founded until the day it was dissolved, a member from joining until leaving, and only while their team
counts), never from snapshots, so a date typed late still lands in the right month. Each series is one query with one
conditional aggregate per day asked about.

Readiness is training's knowledge, and training sits above teams: it answers through READY_MEMBERS_HOOK (registered
in training/wagtail_hooks.py). Without a provider the series is absent."""

import calendar
import datetime
from dataclasses import dataclass, field
from functools import partial

from django.db.models import Count, Q
from django.utils.translation import gettext as _
from wagtail import hooks

from core.dates import TEAMS_BEGAN, shown
from teams.coverage import COVERAGE_FIGURES, kept_counts
from teams.models import Affiliation, Member

# hooks.get_hooks(READY_MEMBERS_HOOK): functions (members, days, counts_on) -> [count per day], where `members` is a
# Member queryset, `days` a list of dates and `counts_on(day)` the Q of a member who counts on that day.
READY_MEMBERS_HOOK = "teams_ready_members_series"
DEFAULT_MONTHS_BACK = 12


def team_counts_on(day, prefix=""):
    """A team counts on `day` when it was founded by then and not dissolved by then."""
    return Q(**{f"{prefix}founded_on__lte": day}) & (
        Q(**{f"{prefix}dissolved_on__isnull": True}) | Q(**{f"{prefix}dissolved_on__gt": day})
    )


def member_counts_on(day):
    """A member counts on `day` when they had joined, had not left, and their team counted."""
    joined = Q(joined_on__lte=day) & (Q(left_on__isnull=True) | Q(left_on__gt=day))
    return joined & team_counts_on(day, prefix="team__")


def months_ago(day, months):
    """The same day `months` months earlier (the month's last day when it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_since(today):
    return max(months_ago(today, DEFAULT_MONTHS_BACK), TEAMS_BEGAN)


def days_to_show(since, today):
    """`since`, then every month's end after it and before today, then today."""
    days = [since]
    year, month = since.year, since.month
    while True:
        end = datetime.date(year, month, calendar.monthrange(year, month)[1])
        if end >= today:
            break
        if end > since:
            days.append(end)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if today > since:
        days.append(today)
    return days


@dataclass
class Series:
    key: str
    label: str
    values: list
    # The headline sentence names the series by this word ("Số tổ tăng 90% ...").
    subject: str = ""

    @property
    def first(self):
        return self.values[0] if self.values else 0

    @property
    def last(self):
        return self.values[-1] if self.values else 0

    @property
    def change(self):
        return self.last - self.first

    @property
    def percent(self):
        """The change as a percentage of the first value; None when it started from nothing."""
        return round(100 * self.change / self.first) if self.first else None


@dataclass
class Growth:
    days: list
    series: list = field(default_factory=list)  # the headline series: teams, communes, members, ready
    affiliations: list = field(default_factory=list)  # members by affiliation, one Series each

    @property
    def since(self):
        return self.days[0]

    @property
    def today(self):
        return self.days[-1]

    def rows(self):
        """One row per day: the day, then every series' value, headline first, then by affiliation."""
        every = self.series + self.affiliations
        return [(day, [series.values[position] for series in every]) for position, day in enumerate(self.days)]


def team_series(teams, days):
    """(teams, communes with a team) per day, in one query."""
    aggregates = {}
    for position, day in enumerate(days):
        counts = team_counts_on(day)
        aggregates[f"t{position}"] = Count("pk", filter=counts)
        aggregates[f"c{position}"] = Count("commune_id", filter=counts, distinct=True)
    values = teams.order_by().aggregate(**aggregates)
    return (
        [values[f"t{position}"] for position in range(len(days))],
        [values[f"c{position}"] for position in range(len(days))],
    )


def affiliation_series(members, days):
    """{affiliation: [members per day]}, in one grouped query."""
    aggregates = {f"d{position}": Count("pk", filter=member_counts_on(day)) for position, day in enumerate(days)}
    found = {
        row["affiliation"]: [row[f"d{position}"] for position in range(len(days))]
        for row in members.values("affiliation").annotate(**aggregates).order_by()
    }
    return {value: found.get(value, [0] * len(days)) for value in Affiliation.values}


def ready_series(members, days):
    """Members ready for field work per day, from the first provider of READY_MEMBERS_HOOK; None without one."""
    for provide in hooks.get_hooks(READY_MEMBERS_HOOK):
        return list(provide(members, days, member_counts_on))
    return None


def counted_series(teams, days):
    """The series teams count themselves: (teams, communes, {affiliation: members}), in two queries."""
    team_values, commune_values = team_series(teams, days)
    return team_values, commune_values, affiliation_series(Member.objects.filter(team__in=teams), days)


# growth(communes=EVERY_COMMUNE): the teams asked about are every team of the country.
EVERY_COMMUNE = "every-commune"


def growth(teams, days, cache_parts=None, communes=None):
    """Every series for these teams (a queryset, any status) on these days. With `communes` (a queryset of areas,
    or EVERY_COMMUNE) when the teams are exactly those of these communes, every series is read from the growth rows
    kept per commune (COVERAGE_SOURCE_HOOK's `growth`): a few rows per commune and day of change, whatever the number
    of teams, members and completions. With `cache_parts` (what identifies the teams asked about), the series are
    kept with the coverage figures; readiness counted from training's rows is not (its models do not retire that
    cache), the growth rows' is."""
    kept = kept_counts() if communes is not None else None
    if kept is not None:
        kept.ensure_growth_current()
        read, key = partial(kept.growth, None if communes is EVERY_COMMUNE else communes, days), "growth-kept"
    else:
        read, key = partial(counted_series, teams, days), "growth"
    counted = read() if cache_parts is None else COVERAGE_FIGURES.cached((key, cache_parts, tuple(days)), read)
    if kept is None:
        counted = (*counted, ready_series(Member.objects.filter(team__in=teams), days))
    team_values, commune_values, by_affiliation, ready = counted
    member_values = [sum(values[position] for values in by_affiliation.values()) for position in range(len(days))]
    series = [
        Series("to", _("Số tổ"), team_values, subject=_("Số tổ")),
        Series("xa-co-to", _("Xã, phường có tổ"), commune_values, subject=_("Số xã, phường có tổ")),
        Series("thanh-vien", _("Thành viên"), member_values, subject=_("Số thành viên")),
    ]
    if ready is not None:
        series.append(Series("san-sang", _("Sẵn sàng đi hỗ trợ"), ready, subject=_("Số thành viên sẵn sàng đi hỗ trợ")))
    labels = dict(Affiliation.choices)
    affiliations = [Series(f"to-chuc-{value}", str(labels[value]), values) for value, values in by_affiliation.items()]
    return Growth(days=days, series=series, affiliations=affiliations)


def change_sentence(series, since):
    """ "Số tổ tăng 90% kể từ 13/05/2026", or how much when it started from nothing."""
    values = {"subject": series.subject or series.label, "since": shown(since)}
    if series.change == 0:
        return _("%(subject)s không đổi kể từ %(since)s") % values
    if series.percent is None:
        return _("%(subject)s tăng thêm %(change)s kể từ %(since)s") % {**values, "change": series.change}
    values["percent"] = abs(series.percent)
    if series.change > 0:
        return _("%(subject)s tăng %(percent)s%% kể từ %(since)s") % values
    return _("%(subject)s giảm %(percent)s%% kể từ %(since)s") % values


# The chart: a small line chart per series, drawn on the server as SVG coordinates.
CHART_WIDTH = 320
CHART_HEIGHT = 120
CHART_LEFT = 36  # room for the scale's labels
CHART_BOTTOM = 20  # room for the first and last day


@dataclass
class Chart:
    series: Series
    points: str  # the polyline's "x,y x,y ..."
    area: str  # the same line closed along the axis, for the shaded area
    dots: list  # (x, y, day, value) of each day
    top: int  # the scale's top value
    width: int = CHART_WIDTH
    height: int = CHART_HEIGHT
    left: int = CHART_LEFT
    baseline: int = CHART_HEIGHT - CHART_BOTTOM


def nice_top(value):
    """The smallest of 1, 2, 5, 10, 20, 50... at or above the value, so the scale reads in round numbers."""
    magnitude = 1
    while True:
        for step in (1, 2, 5):
            if step * magnitude >= value:
                return step * magnitude
        magnitude *= 10


def chart(series, days):
    top = nice_top(max(series.values or [0]))
    baseline = CHART_HEIGHT - CHART_BOTTOM
    plot_width = CHART_WIDTH - CHART_LEFT - 8
    step = plot_width / max(len(days) - 1, 1)
    dots = []
    for position, (day, value) in enumerate(zip(days, series.values, strict=True)):
        x = round(CHART_LEFT + position * step, 1)
        y = round(baseline - (baseline - 8) * value / top, 1)
        dots.append((x, y, day, value))
    points = " ".join(f"{x},{y}" for x, y, _day, _value in dots)
    area = f"{dots[0][0]},{baseline} {points} {dots[-1][0]},{baseline}" if dots else ""
    return Chart(series=series, points=points, area=area, dots=dots, top=top)
