"""News for team leaders, handed to accounts.notifications when it happens: their report was returned or accepted,
a difficulty they raised was sent up, forwarded or answered. The inbox shows it at once; e-mail and Zalo carry it on
the next run of `send_notifications`. Each notice has a key naming its event, so one event makes one notice per
leader however often it is handed over."""

from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.notifications import notify_many
from reporting.models import DifficultyAction, DifficultyStatus, ReportAction
from teams.access import report_filers


def leaders_of(team):
    """The people told about a team's report: its current, active leaders (teams.access decides who)."""
    return [user_id for _team_id, user_id in report_filers([team.pk])]


def report_url(report):
    return reverse("reporting:team_report_period", args=[report.team_id, report.period_id])


def report_reviewed(report, event):
    """A coordinator returned or accepted the team's report (`event` is that step of its history)."""
    values = {"period": report.period, "team": report.team.name, "comment": event.comment}
    if event.action == ReportAction.RETURNED:
        title = _("Báo cáo %(period)s được trả lại để sửa") % values
        body = _("Báo cáo %(period)s của %(team)s được trả lại. Nhận xét: %(comment)s") % values
    elif event.action == ReportAction.ACCEPTED:
        title = _("Báo cáo %(period)s đã được duyệt") % values
        body = _("Báo cáo %(period)s của %(team)s đã được duyệt.") % values
        if event.comment:
            body += " " + _("Nhận xét: %(comment)s") % values
    else:
        return
    notify_many(
        leaders_of(report.team),
        key=f"bao-cao-{event.action}:{event.pk}",
        title=title,
        body=body,
        url=report_url(report),
    )


def difficulty_answered(difficulty, event):
    """Someone answered a difficulty the team raised (`event` is that answer: the same answer given again is no new
    step, so no new notice)."""
    report = difficulty.report
    values = {"text": difficulty.text[:80], "response": difficulty.response, "period": report.period}
    if difficulty.status == DifficultyStatus.RESOLVED:
        title = _("Khó khăn tổ báo lên đã được giải quyết")
    else:
        title = _("Khó khăn tổ báo lên đã có phản hồi")
    body = _("Khó khăn “%(text)s” (báo cáo %(period)s). Phản hồi: %(response)s") % values
    notify_many(
        leaders_of(report.team),
        key=f"kho-khan-phan-hoi:{event.pk}",
        title=title,
        body=body,
        url=report_url(report) + "#kho-khan",
    )


def difficulty_step(difficulty, event):
    """The difficulty the team raised went a step up: the commune sent it to the province, or the province forwarded
    it (`event` is that step)."""
    values = {
        "text": difficulty.text[:80],
        "reason": event.comment,
        "receiver": event.receiver,
        "due": event.due_on.strftime("%d/%m/%Y") if event.due_on else "",
    }
    if event.action == DifficultyAction.ESCALATED:
        title = _("Khó khăn tổ báo lên đã được xã chuyển lên tỉnh")
        body = _("Khó khăn “%(text)s” được chuyển lên tỉnh. Lý do: %(reason)s") % values
    elif event.action == DifficultyAction.FORWARDED:
        title = _("Khó khăn tổ báo lên đã được tỉnh chuyển đến %(receiver)s") % values
        body = _("Khó khăn “%(text)s” được chuyển đến %(receiver)s, hạn trả lời %(due)s.") % values
    else:
        return
    notify_many(
        leaders_of(difficulty.report.team),
        key=f"kho-khan-buoc:{event.pk}",
        title=title,
        body=body,
        url=report_url(difficulty.report) + "#kho-khan",
    )
