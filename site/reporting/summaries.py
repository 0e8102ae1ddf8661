"""Short texts to paste into a Zalo group: a team's or a commune's results for a period."""

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
    missing = list(rollup.missing_reports(teams, period).values_list("name", flat=True)[:10])
    if missing:
        lines.append(_("Chưa nộp: %(teams)s") % {"teams": ", ".join(missing)})
    return "\n".join(lines)
