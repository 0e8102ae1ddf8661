"""What a crash, a lost connection or a database restart must never leave behind: a report whose state and
history disagree. Each change of a report is one transaction, so after any failure these lists stay empty;
`manage.py check_reports` prints them for an operator after an incident, and the load test checks them."""

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _

from reporting.models import ReportAction, ReportEvent, ReportStatus, ReportValue, TeamReport

# The history entry that must exist for a report in each state after the first draft.
EVENT_OF_STATUS = {
    ReportStatus.SUBMITTED: ReportAction.SUBMITTED,
    ReportStatus.RETURNED: ReportAction.RETURNED,
    ReportStatus.ACCEPTED: ReportAction.ACCEPTED,
}


def half_written_reports(reports=None):
    """Reports among `reports` (all by default) with a missing piece, each with the reason in Vietnamese."""
    reports = TeamReport.objects.all() if reports is None else reports
    events = ReportEvent.objects.filter(report=OuterRef("pk"))
    state_recorded = Q(status=ReportStatus.DRAFT)
    for status, action in EVENT_OF_STATUS.items():
        state_recorded |= Q(status=status) & Exists(events.filter(action=action))
    checked = reports.annotate(
        has_values=Exists(ReportValue.objects.filter(report=OuterRef("pk"))),
        was_created=Exists(events.filter(action=ReportAction.CREATED)),
        state_recorded=Exists(TeamReport.objects.filter(state_recorded, pk=OuterRef("pk"))),
    ).filter(
        Q(has_values=False)
        | Q(was_created=False)
        | Q(state_recorded=False)
        | Q(status__in=[ReportStatus.SUBMITTED, ReportStatus.ACCEPTED], submitted_at__isnull=True)
    )
    problems = []
    for report in checked.select_related("team", "period"):
        reasons = []
        if not report.has_values:
            reasons.append(_("không có số liệu chỉ tiêu"))
        if not report.was_created:
            reasons.append(_("thiếu dòng lịch sử tạo báo cáo"))
        if not report.state_recorded:
            reasons.append(_("trạng thái %(status)s không có trong lịch sử") % {"status": report.get_status_display()})
        if report.status in (ReportStatus.SUBMITTED, ReportStatus.ACCEPTED) and report.submitted_at is None:
            reasons.append(_("đã nộp nhưng thiếu thời điểm nộp"))
        problems.append((report, reasons))
    return problems
