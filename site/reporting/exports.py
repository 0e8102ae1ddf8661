"""Indicator results by area and period in a stable form other systems can take: one row per area and indicator,
with official area codes and the area's yearly target. Figures come from the roll-up; nothing is summed twice."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from reporting import rollup
from reporting.logs import active_indicators
from reporting.models import Target
from teams.models import AreaLevel

RESULT_COLUMNS = [
    _("Mã địa bàn"),
    _("Tên địa bàn"),
    _("Cấp"),
    _("Từ ngày"),
    _("Đến ngày"),
    _("Mã chỉ tiêu"),
    _("Tên chỉ tiêu"),
    _("Đơn vị tính"),
    _("Giá trị"),
    _("Mục tiêu năm"),
]
GROUP_LEVELS = {"province": AreaLevel.PROVINCE, "commune": AreaLevel.COMMUNE}


@dataclass
class AreaResult:
    area_id: int
    code: str
    name: str
    level: int
    teams: int
    reported: int
    values: list = field(default_factory=list)  # (indicator, value, target or None)


def group_for(area, everything):
    """Provinces side by side for the whole country, communes inside a province or a commune."""
    return "province" if area is None and everything else "commune"


def area_results(teams, period, group):
    """The roll-up of the teams for the period, one AreaResult per area, with this year's targets: five queries."""
    indicators = active_indicators()
    rows = rollup.rollup(teams, period, group)
    targets = {
        (target.area_id, target.indicator_id): target.value
        for target in Target.objects.filter(area_id__in=[row.key for row in rows], year=period.start.year)
    }
    return indicators, [
        AreaResult(
            area_id=row.key,
            code=row.code or "",
            name=row.label,
            level=GROUP_LEVELS[group],
            teams=row.teams,
            reported=row.reported,
            values=[
                (indicator, row.values.get(indicator.pk, 0), targets.get((row.key, indicator.pk)))
                for indicator in indicators
            ],
        )
        for row in rows
    ]


def result_table(results, period):
    level_names = dict(AreaLevel.choices)
    return [
        [
            result.code,
            result.name,
            str(level_names[result.level]),
            period.start.isoformat(),
            period.end.isoformat(),
            indicator.code,
            indicator.name,
            indicator.unit,
            value,
            "" if target is None else target,
        ]
        for result in results
        for indicator, value, target in result.values
    ]
