"""A failure in the middle of a submission leaves the report as it was: never a state without its history."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import OperationalError

from reporting import reports
from reporting.integrity import half_written_reports
from reporting.models import ReportStatus, TeamReport
from tests.reporting.test_reports import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_fails_while_recording_the_submission(monkeypatch):
    """The connection drops (a database restart) after the status UPDATE, before its history row."""
    record = reports.record

    def record_until_the_submission(report, action, user, comment=""):
        if action == "submitted":
            raise OperationalError("server closed the connection unexpectedly")
        return record(report, action, user, comment)

    monkeypatch.setattr(reports, "record", record_until_the_submission)


def test_the_whole_life_of_a_report_leaves_nothing_half_written(team, leader, officer, period):
    report = reports.report_for(team, period, leader)
    reports.submit(report, leader)
    reports.return_report(report, officer, "Kiểm tra lại")
    reports.submit(report, leader)
    reports.accept(report, officer)
    assert half_written_reports() == []


def test_a_failure_after_the_status_change_undoes_it(
    team, leader, period, database_fails_while_recording_the_submission
):
    report = reports.report_for(team, period, leader)
    with pytest.raises(OperationalError):
        reports.submit(report, leader)
    report.refresh_from_db()
    assert report.status == ReportStatus.DRAFT and report.submitted_at is None
    assert half_written_reports() == []


def test_a_failed_submission_from_the_form_keeps_neither_the_figures_nor_the_status(
    client, team, leader, period, database_fails_while_recording_the_submission
):
    client.force_login(leader)
    report = reports.report_for(team, period, leader)  # opening the page creates nothing
    data = form_data(report, nop="1", proposals="Đề xuất gửi lúc mất kết nối")
    with pytest.raises(OperationalError):
        client.post(f"/to/{team.pk}/bao-cao/ky-{period.pk}/", data)
    report.refresh_from_db()
    assert report.status == ReportStatus.DRAFT and report.proposals == ""
    assert list(report.events.values_list("action", flat=True)) == ["created"]
    assert half_written_reports() == []


def test_check_reports_lists_what_an_unsafe_write_would_leave(team, leader, period, capsys):
    report = reports.report_for(team, period, leader)
    call_command("check_reports")
    assert "1 báo cáo; 0 báo cáo ghi dở" in capsys.readouterr().out
    TeamReport.objects.filter(pk=report.pk).update(status=ReportStatus.SUBMITTED)  # no history, no moment
    with pytest.raises(CommandError):
        call_command("check_reports", "--since", "2000-01-01T00:00")
    out = capsys.readouterr().out
    assert f"#{report.pk}" in out and "không có trong lịch sử" in out and "thiếu thời điểm nộp" in out
