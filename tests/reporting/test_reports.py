import datetime
import threading

import pytest
from django.db import connection

from reporting import reports
from reporting.models import ReportEvent, ReportStatus, SupportCount, SupportLog, TeamReport

pytestmark = pytest.mark.django_db


def log(team, user, indicator, value, day):
    entry = SupportLog.objects.create(volunteer=user, team=team, date=day)
    SupportCount.objects.create(log=entry, indicator=indicator, value=value)


def form_data(report, **overrides):
    data = {"proposals": "Cần thêm điện thoại mượn cho người dân"}
    for value in report.values.all():
        data[f"so-{value.indicator_id}"] = str(value.value)
        data[f"ly-do-{value.indicator_id}"] = ""
    data.update(overrides)
    for number in range(2):
        data.setdefault(f"kho-khan-{number}-category", "")
        data.setdefault(f"kho-khan-{number}-platform", "")
        data.setdefault(f"kho-khan-{number}-text", "")
    return data


def test_the_report_is_prefilled_from_the_teams_logs_in_the_period(team, other_team, volunteer, indicators, period):
    vneid = indicators["vneid-muc-2"]
    log(team, volunteer, vneid, 3, period.start)
    log(team, volunteer, vneid, 4, period.end)
    log(team, volunteer, vneid, 100, period.start - datetime.timedelta(days=1))
    log(other_team, volunteer, vneid, 50, period.start)
    report = reports.report_for(team, period, volunteer)
    value = report.values.get(indicator=vneid)
    assert (value.from_logs, value.value) == (7, 7)
    log(team, volunteer, vneid, 2, period.start)
    report = reports.report_for(team, period, volunteer)
    assert report.values.get(indicator=vneid).value == 9


def test_a_figure_different_from_the_logs_needs_a_reason(client, team, leader, indicators, period):
    client.force_login(leader)
    report = reports.report_for(team, period, leader)  # opening the page creates nothing
    vneid = indicators["vneid-muc-2"]
    response = client.post(f"/to/{team.pk}/bao-cao/ky-{period.pk}/", form_data(report, **{f"so-{vneid.pk}": "12"}))
    assert response.status_code == 200
    assert "Số khác với sổ ghi nhận (0): hãy ghi lý do." in response.content.decode()
    assert 'value="12"' in response.content.decode()
    response = client.post(
        f"/to/{team.pk}/bao-cao/ky-{period.pk}/",
        form_data(report, **{f"so-{vneid.pk}": "12", f"ly-do-{vneid.pk}": "Ghi sổ giấy"}),
    )
    assert response.status_code == 302
    value = report.values.get(indicator=vneid)
    assert (value.value, value.adjustment_reason) == (12, "Ghi sổ giấy")


@pytest.mark.parametrize(("value", "message"), [("-1", "Không nhập số âm."), ("nhiều", "Hãy nhập một số nguyên")])
def test_bad_figures_are_explained(client, team, leader, indicators, period, value, message):
    client.force_login(leader)
    report = reports.report_for(team, period, leader)  # opening the page creates nothing
    vneid = indicators["vneid-muc-2"]
    response = client.post(f"/to/{team.pk}/bao-cao/ky-{period.pk}/", form_data(report, **{f"so-{vneid.pk}": value}))
    assert message in response.content.decode()


def test_submit_return_fix_resubmit_accept_with_who_and_when(client, team, leader, officer, indicators, period):
    client.force_login(leader)
    report = reports.report_for(team, period, leader)  # opening the page creates nothing
    data = form_data(report, nop="1", **{"kho-khan-0-category": "ket-noi", "kho-khan-0-text": "Sóng yếu ở xóm Đồi"})
    assert client.post(f"/to/{team.pk}/bao-cao/ky-{period.pk}/", data).status_code == 302
    report.refresh_from_db()
    assert (report.status, report.submitted_by) == (ReportStatus.SUBMITTED, leader)
    assert report.difficulties.get().text == "Sóng yếu ở xóm Đồi"

    client.force_login(officer)
    refused = client.post(f"/bao-cao/xem/{report.pk}/", {"tra-lai": "1", "comment": ""})
    assert "hãy ghi nhận xét" in refused.content.decode()
    client.post(f"/bao-cao/xem/{report.pk}/", {"tra-lai": "1", "comment": "Kiểm tra lại số hồ sơ"})
    report.refresh_from_db()
    assert (report.status, report.reviewed_by, report.review_comment) == (
        ReportStatus.RETURNED,
        officer,
        "Kiểm tra lại số hồ sơ",
    )

    client.force_login(leader)
    page = client.get(f"/to/{team.pk}/bao-cao/ky-{period.pk}/").content.decode()
    assert "Kiểm tra lại số hồ sơ" in page and "Cần thêm điện thoại mượn cho người dân" in page
    client.post(f"/to/{team.pk}/bao-cao/ky-{period.pk}/", form_data(report, nop="1", proposals="Đã sửa"))
    client.force_login(officer)
    client.post(f"/bao-cao/xem/{report.pk}/", {"duyet": "1", "comment": ""})
    report.refresh_from_db()
    assert report.status == ReportStatus.ACCEPTED
    actions = list(ReportEvent.objects.filter(report=report).values_list("action", flat=True))
    assert actions == ["created", "saved", "submitted", "returned", "saved", "submitted", "accepted"]
    assert ReportEvent.objects.filter(report=report, action="returned").get().user == officer


def test_a_submitted_report_cannot_be_edited_or_submitted_again(client, team, leader, period):
    report = reports.report_for(team, period, leader)
    reports.submit(report, leader)
    with pytest.raises(reports.ReportRefused):
        reports.submit(report, leader)
    client.force_login(leader)
    assert client.post(f"/to/{team.pk}/bao-cao/ky-{period.pk}/", form_data(report)).status_code == 403


def test_a_closed_period_refuses_new_reports_politely(client, team, leader, closed_period):
    client.force_login(leader)
    response = client.get(f"/to/{team.pk}/bao-cao/ky-{closed_period.pk}/")
    assert response.status_code == 409
    assert "đã khóa, không nhận báo cáo mới" in response.content.decode()
    assert not TeamReport.objects.exists()


def test_leaders_cannot_review_and_strangers_cannot_see(
    client, team, other_team, leader, volunteer, west_officer, period
):
    report = reports.report_for(team, period, leader)
    reports.submit(report, leader)
    client.force_login(leader)
    assert client.get(f"/bao-cao/xem/{report.pk}/").status_code == 403
    client.force_login(volunteer)
    assert client.get(f"/to/{team.pk}/bao-cao/").status_code == 404
    client.force_login(west_officer)
    assert client.get(f"/bao-cao/xem/{report.pk}/").status_code == 404
    assert client.get(f"/to/{team.pk}/bao-cao/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_two_leaders_submitting_at_once_leave_one_report_and_one_submission(team, leader, period):
    from accounts.factories import UserFactory
    from teams.factories import MemberFactory
    from teams.models import MemberRole

    # One leader per team, but an outgoing leader stays one until the day they hand over.
    deputy = UserFactory(username="totruong-2")
    handing_over = datetime.date.today() + datetime.timedelta(days=30)
    MemberFactory(team=team, user=deputy, role=MemberRole.LEADER, left_on=handing_over)
    errors = []
    barrier = threading.Barrier(2)

    def open_and_submit(user):
        try:
            barrier.wait()
            report = reports.report_for(team, period, user)
            try:
                reports.submit(report, user)
            except reports.ReportRefused:
                pass
        except Exception as error:  # any other failure must fail the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=open_and_submit, args=(user,)) for user in (leader, deputy)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert TeamReport.objects.filter(team=team, period=period).count() == 1
    assert ReportEvent.objects.filter(action="submitted").count() == 1
