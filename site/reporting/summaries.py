"""Short texts to paste into a Zalo group: a team's, a commune's or a province's results for a period."""

from django.utils.translation import gettext as _

from reporting import rollup
from reporting.logs import active_indicators, log_totals
from reporting.models import TeamReport


def indicator_lines(values, indicators):
    return [
        f"- {indicator.name}: {values[indicator.pk]} {indicator.unit}"
        for indicator in indicators
        if values.get(indicator.pk)
    ]


def team_summary(team, period):
    indicators = active_indicators()
    report = TeamReport.objects.filter(team=team, period=period).first()
    if report:
        values = {value.indicator_id: value.value for value in report.values.all()}
        state = report.get_status_display().lower()
    else:
        values = log_totals(team, period)
        state = _("chưa lập báo cáo, số theo sổ ghi nhận")
    lines = [f"📊 {team.name}", _("Kết quả %(period)s (%(state)s):") % {"period": period, "state": state}]
    lines += indicator_lines(values, indicators) or [_("- Chưa có số liệu.")]
    if report:
        for difficulty in report.difficulties.all():
            lines.append(_("⚠ Khó khăn: %(text)s") % {"text": difficulty.text})
    return "\n".join(lines)


def area_summary(commune, teams, period):
    indicators = active_indicators()
    total = rollup.totals(rollup.rollup(teams, period, "commune"))
    lines = [
        f"📊 {commune.name}",
        _("Kết quả %(period)s: %(reported)s/%(teams)s tổ đã nộp báo cáo.")
        % {"period": period, "reported": total.reported, "teams": total.teams},
    ]
    lines += indicator_lines(total.values, indicators) or [_("- Chưa có số liệu.")]
    missing = list(rollup.missing_reports(teams, period, few_teams=True).values_list("name", flat=True)[:10])
    if missing:
        lines.append(_("Chưa nộp: %(teams)s") % {"teams": ", ".join(missing)})
    return "\n".join(lines)


def province_summary(province, teams, period):
    """The province's results for the period: teams reported, indicator totals, this year's targets so far, and
    the communes still waiting on reports (the most behind first)."""
    indicators = active_indicators()
    by_commune = rollup.rollup(teams, period, "commune")
    total = rollup.totals(by_commune)
    lines = [
        f"📊 {province.name}",
        _("Kết quả %(period)s: %(reported)s/%(teams)s tổ ở %(communes)s xã, phường đã nộp báo cáo.")
        % {"period": period, "reported": total.reported, "teams": total.teams, "communes": len(by_commune)},
    ]
    lines += indicator_lines(total.values, indicators) or [_("- Chưa có số liệu.")]
    progress = rollup.target_progress(province, teams, period.start.year, indicators)
    if progress:
        lines.append(_("Tiến độ chỉ tiêu năm %(year)s:") % {"year": period.start.year})
        lines += [
            f"- {item.indicator.name}: {item.achieved}/{item.target} {item.indicator.unit} ({item.percent}%)"
            for item in progress
        ]
    behind = sorted(
        (row for row in by_commune if row.reported < row.teams), key=lambda row: (row.reported - row.teams, row.label)
    )
    if behind:
        lines.append(_("Xã, phường còn tổ chưa nộp (%(count)s):") % {"count": len(behind)})
        lines += [
            _("- %(commune)s: %(reported)s/%(teams)s tổ")
            % {"commune": row.label, "reported": row.reported, "teams": row.teams}
            for row in behind[:10]
        ]
        if len(behind) > 10:
            lines.append(_("- và %(count)s xã, phường khác.") % {"count": len(behind) - 10})
    return "\n".join(lines)
