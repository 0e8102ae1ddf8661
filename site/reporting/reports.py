"""A team's period report: pre-filled from the logs, edited by the leader, submitted once, reviewed above.

Looking never writes: a report that does not exist yet is shown as the draft it would be (`report_to_show`) and is
created, with its "created" history entry, by the leader's first save. State changes are single conditional
UPDATEs, so two leaders pressing "submit" at the same moment make one submission; the (team, period) constraint
makes one report."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.unicode_text import nfc
from reporting import notices
from reporting.logs import active_indicators, log_totals
from reporting.models import ReportAction, ReportEvent, ReportStatus, ReportValue, TeamReport


class ReportRefused(Exception):
    """The action is not possible in the report's state or period; the message says why, in Vietnamese."""


def snapshot(report):
    return {
        "status": report.status,
        "values": {value.indicator.code: value.value for value in report.values.select_related("indicator")},
        "proposals": report.proposals,
    }


def record(report, action, user, comment=""):
    return ReportEvent.objects.create(
        report=report, action=action, user=user, comment=comment, snapshot=snapshot(report)
    )


def report_to_show(team, period):
    """(report, values) as the leader would see them now, writing nothing: the stored report with figures the leader
    has not adjusted brought up to date with the logs, or, before the first save, the draft it would be (unsaved)."""
    report = TeamReport.objects.filter(team=team, period=period).first()
    if report is None:
        if period.is_closed:
            raise ReportRefused(_("Kỳ %(period)s đã khóa, không nhận báo cáo mới.") % {"period": period})
        report = TeamReport(team=team, period=period)
        totals = log_totals(team, period)
        values = [
            ReportValue(indicator=indicator, from_logs=totals.get(indicator.pk, 0), value=totals.get(indicator.pk, 0))
            for indicator in active_indicators()
        ]
        return report, values
    values = list(report.values.select_related("indicator").order_by("indicator__sort_order"))
    if report.editable:
        brought_up_to_date(values, log_totals(team, period))
    return report, values


def report_for(team, period, user=None):
    """The team's stored report for the period, created (by `user`, in its history) and pre-filled from the logs
    when it does not exist yet. For writing: pages only looking use `report_to_show`."""
    report = TeamReport.objects.filter(team=team, period=period).first()
    if report is None:
        if period.is_closed:
            raise ReportRefused(_("Kỳ %(period)s đã khóa, không nhận báo cáo mới.") % {"period": period})
        try:
            report = create_report(team, period, user)
        except IntegrityError:  # another leader saved it first at the same moment
            report = TeamReport.objects.get(team=team, period=period)
    if report.editable:
        refresh_from_logs(report)
    return report


@transaction.atomic
def create_report(team, period, user=None):
    """A new draft pre-filled from the logs, with its "created" history entry in the same transaction.
    Raises IntegrityError when the team already has a report for the period."""
    report = TeamReport.objects.create(team=team, period=period)
    totals = log_totals(team, period)
    ReportValue.objects.bulk_create(
        ReportValue(
            report=report,
            indicator=indicator,
            from_logs=totals.get(indicator.pk, 0),
            value=totals.get(indicator.pk, 0),
        )
        for indicator in active_indicators()
    )
    record(report, ReportAction.CREATED, user)
    return report


def brought_up_to_date(values, totals):
    """Sets each value's logged figure from the totals, and its figure too where the leader has not adjusted it;
    returns the values that changed (nothing is saved)."""
    changed = []
    for value in values:
        logged = totals.get(value.indicator_id, 0)
        if logged != value.from_logs:
            if value.value == value.from_logs and not value.adjustment_reason:
                value.value = logged
            value.from_logs = logged
            changed.append(value)
    return changed


def refresh_from_logs(report):
    """Logs added since the report was created update every figure the leader has not adjusted."""
    changed = brought_up_to_date(list(report.values.all()), log_totals(report.team, report.period))
    ReportValue.objects.bulk_update(changed, ["from_logs", "value"])


@transaction.atomic
def save_report(team, period, form, difficulty_forms, user):
    """The leader's figures, proposals and new difficulties; the report is created by the first save. Returns it."""
    report = report_for(team, period, user)
    if not report.editable:
        raise ReportRefused(_("Báo cáo đã nộp; chỉ sửa được khi được trả lại."))
    if report.period.is_closed:
        raise ReportRefused(_("Kỳ %(period)s đã khóa.") % {"period": report.period})
    changed = []
    for value in report.values.all():
        if f"so-{value.indicator_id}" not in form.cleaned_data:  # an indicator switched on since the form was sent
            continue
        value.value = form.cleaned_data[f"so-{value.indicator_id}"]
        reason = nfc(form.cleaned_data[f"ly-do-{value.indicator_id}"].strip())  # bulk_update skips the NFC receiver
        value.adjustment_reason = reason if value.value != value.from_logs else ""
        changed.append(value)
    ReportValue.objects.bulk_update(changed, ["value", "adjustment_reason"])
    report.proposals = form.cleaned_data["proposals"]
    report.save(update_fields=["proposals", "updated_at"])
    for difficulty_form in difficulty_forms:
        if difficulty_form.has_content():
            difficulty = difficulty_form.save(commit=False)
            difficulty.report = report
            difficulty.save()
    record(report, ReportAction.SAVED, user)
    return report


@transaction.atomic
def save_and_submit(team, period, form, difficulty_forms, user):
    """The leader's figures and the submission together, or neither: a failure between them leaves no saved
    draft that the leader believes was submitted."""
    report = save_report(team, period, form, difficulty_forms, user)
    submit(report, user)
    return report


@transaction.atomic
def transition(report, user, sources, target, action, comment="", **fields):
    """Move the report from one of sources to target in one UPDATE; False if someone else moved it first.
    The history entry is written in the same transaction, so state and history never disagree. Returns the entry,
    or None."""
    now = timezone.now()
    updated = TeamReport.objects.filter(pk=report.pk, status__in=sources).update(
        status=target, updated_at=now, **fields
    )
    if not updated:
        return None
    report.refresh_from_db()
    return record(report, action, user, comment)


def submit(report, user):
    if report.period.is_closed:
        raise ReportRefused(_("Kỳ %(period)s đã khóa, không nhận báo cáo.") % {"period": report.period})
    done = transition(
        report,
        user,
        [ReportStatus.DRAFT, ReportStatus.RETURNED],
        ReportStatus.SUBMITTED,
        ReportAction.SUBMITTED,
        submitted_at=timezone.now(),
        submitted_by=user,
    )
    if not done:
        raise ReportRefused(_("Báo cáo này đã được nộp."))


@transaction.atomic
def return_report(report, user, comment):
    """The coordinator sends the report back with what to fix; the team's leaders are told (reporting.notices)."""
    if not comment.strip():
        raise ReportRefused(_("Khi trả lại, hãy ghi nhận xét để tổ biết cần sửa gì."))
    event = transition(
        report,
        user,
        [ReportStatus.SUBMITTED],
        ReportStatus.RETURNED,
        ReportAction.RETURNED,
        comment,
        reviewed_at=timezone.now(),
        reviewed_by=user,
        review_comment=comment,
    )
    if event is None:
        raise ReportRefused(_("Chỉ trả lại được báo cáo đã nộp."))
    notices.report_reviewed(report, event)


@transaction.atomic
def accept(report, user, comment=""):
    """The coordinator accepts the report; the team's leaders are told (reporting.notices)."""
    event = transition(
        report,
        user,
        [ReportStatus.SUBMITTED],
        ReportStatus.ACCEPTED,
        ReportAction.ACCEPTED,
        comment,
        reviewed_at=timezone.now(),
        reviewed_by=user,
    )
    if event is None:
        raise ReportRefused(_("Chỉ duyệt được báo cáo đã nộp."))
    notices.report_reviewed(report, event)
