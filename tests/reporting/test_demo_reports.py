"""The demo's reports are made the way the product makes them, so the after-an-incident check finds nothing in a
freshly loaded demo and still finds a report whose state and history disagree."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from reporting.models import ReportEvent, ReportStatus, TeamReport

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("load_demo_content", stdout=StringIO())


def check_reports():
    out = StringIO()
    try:
        call_command("check_reports", stdout=out)
    except CommandError:
        return out.getvalue(), True
    return out.getvalue(), False


def test_the_loaded_demo_has_no_half_written_report_and_tells_each_step_in_order(demo):
    reports = TeamReport.objects.all()
    assert {report.status for report in reports} == set(ReportStatus.values)
    assert check_reports() == (f"Đã kiểm tra {reports.count()} báo cáo; 0 báo cáo ghi dở.\n", False)
    now = timezone.now()
    for report in reports.exclude(status=ReportStatus.DRAFT).prefetch_related("events"):
        events = list(report.events.all())
        assert events[0].action == "created"
        assert [event.at for event in events] == sorted(event.at for event in events) and events[-1].at <= now
        submitted = next(event for event in events if event.action == "submitted")
        assert (submitted.at, submitted.user_id) == (report.submitted_at, report.submitted_by_id)
        if report.status != ReportStatus.SUBMITTED:
            assert (events[-1].action, events[-1].at) == (report.status, report.reviewed_at)


def test_half_written_reports_in_the_demo_are_still_found(demo):
    no_creation, no_state_entry, state_alone = TeamReport.objects.filter(status=ReportStatus.ACCEPTED)[:3]
    ReportEvent.objects.filter(report=no_creation, action="created").delete()
    ReportEvent.objects.filter(report=no_state_entry, action="accepted").delete()
    TeamReport.objects.filter(pk=state_alone.pk).update(status=ReportStatus.RETURNED)
    out, failed = check_reports()
    assert failed and "3 báo cáo ghi dở" in out
    assert f"#{no_creation.pk} " in out and "thiếu dòng lịch sử tạo báo cáo" in out
    assert f"#{no_state_entry.pk} " in out and f"#{state_alone.pk} " in out


def test_the_loaded_demo_summaries_agree_with_a_recount(demo):
    """The training demo writes its completions in bulk; the growth rows still count its members ready for field
    work (manage.py check_summaries finds nothing)."""
    from reporting import area_figures

    area_figures.ensure_growth_current()
    assert area_figures.differences() == []
    ready = area_figures.CommuneMemberGrowth.objects.filter(ready__gt=0)
    assert ready.exists()


def test_the_demo_sends_difficulties_up_in_order_to_where_they_are_now(demo):
    """Every place a difficulty can be, each step after the last, forwarded ones with a due date; one is overdue;
    the demo commune officer (canboxa) sent them, so the demo accounts see the whole way."""
    from reporting import escalation
    from reporting.models import Difficulty, DifficultyStage

    escalated = Difficulty.objects.exclude(stage=DifficultyStage.COMMUNE).prefetch_related("events__user")
    assert {item.stage for item in escalated} == {stage for stage in DifficultyStage.values if stage != "xa"}
    for item in escalated:
        events = list(item.events.all())
        assert events[0].action == "escalated" and events[0].user.username == "canboxa"
        assert item.created_at <= events[0].at
        assert [event.at for event in events] == sorted(event.at for event in events)
        assert (item.due_on is not None) == item.is_forwarded
    assert escalation.overdue(Difficulty.objects.all()).count() == 1
