"""Deadline reminders for period reports, handed to accounts.notifications: a few days before the deadline to
leaders of teams that have not submitted, and once more when the report is late. Each reminder has its own key
(kind, period, team), so running the command again, or twice at once, never sends it twice."""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.notifications import notify_many
from reporting.models import ReportingPeriod
from reporting.periods import bounds, period_containing, settings_for_site
from reporting.rollup import missing_reports
from teams.access import report_filers
from teams.models import Team


def periods_to_remind(today):
    """(periods whose deadline is within the reminder window, periods late but still open)."""
    reporting_settings = settings_for_site()
    current_start, _end = bounds(today, reporting_settings.period_kind)
    # The period that just ended is the one whose deadline comes next: make sure it exists.
    period_containing(current_start - datetime.timedelta(days=1), reporting_settings)
    periods = ReportingPeriod.objects.filter(kind=reporting_settings.period_kind)
    window_end = today + datetime.timedelta(days=settings.REPORT_REMINDER_DAYS)
    due = list(periods.filter(deadline__gte=today, deadline__lte=window_end, end__lt=today))
    late = list(periods.filter(deadline__lt=today, closes_on__gte=today))
    return due, late


def leaders_by_team(team_ids):
    leaders = {}
    for team_id, user_id in report_filers(team_ids):
        leaders.setdefault(team_id, []).append(user_id)
    return leaders


def queue_report_reminders(today=None):
    """Put the due and late reminders in the leaders' inboxes; returns how many teams were reminded."""
    today = today or timezone.localdate()
    due, late = periods_to_remind(today)
    reminded = 0
    for kind, periods in (("bao-cao-sap-han", due), ("bao-cao-tre-han", late)):
        for period in periods:
            teams = list(missing_reports(Team.objects.all(), period).values_list("pk", "name"))
            leaders = leaders_by_team([team_id for team_id, _name in teams])
            for team_id, name in teams:
                if not leaders.get(team_id):
                    continue
                notify_many(
                    leaders[team_id], key=f"{kind}:{period.pk}:{team_id}", **message(kind, period, team_id, name)
                )
                reminded += 1
    return reminded


def message(kind, period, team_id, team_name):
    values = {"period": period, "team": team_name, "deadline": period.deadline.strftime("%d/%m/%Y")}
    url = reverse("reporting:team_report_period", args=[team_id, period.pk])
    if kind == "bao-cao-sap-han":
        return {
            "title": _("Sắp đến hạn nộp báo cáo %(period)s") % values,
            "body": _("%(team)s chưa nộp báo cáo %(period)s. Hạn nộp: %(deadline)s.") % values,
            "url": url,
        }
    return {
        "title": _("Báo cáo %(period)s đã quá hạn") % values,
        "body": _("%(team)s chưa nộp báo cáo %(period)s (hạn %(deadline)s). Kỳ vẫn nhận báo cáo muộn; hãy nộp sớm.")
        % values,
        "url": url,
    }
