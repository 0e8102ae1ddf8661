"""Looking at a team's report writes nothing, whoever looks: a report that does not exist yet is shown as the draft
it would be and is created, with its history, by the leader's first save. Reviewing a report that is no longer
submitted says why, in Vietnamese, and the history reads in Vietnamese too."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reporting import reports
from reporting.models import ReportAction, ReportEvent, ReportValue, SupportCount, SupportLog, TeamReport

pytestmark = pytest.mark.django_db

LOOKERS = ["leader", "officer", "coordinator", "superuser"]


@pytest.fixture
def lookers(leader, officer, coordinator, superuser):
    return {"leader": leader, "officer": officer, "coordinator": coordinator, "superuser": superuser}


def log(team, user, indicator, value, day):
    entry = SupportLog.objects.create(volunteer=user, team=team, date=day)
    SupportCount.objects.create(log=entry, indicator=indicator, value=value)


def report_rows():
    return (TeamReport.objects.count(), ReportValue.objects.count(), ReportEvent.objects.count())


def page_writes(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    writes = ("INSERT", "UPDATE", "DELETE")
    return [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].lstrip().upper().startswith(writes) and "reporting_" in query["sql"].split("(")[0]
    ]


@pytest.mark.parametrize("looker", LOOKERS)
def test_opening_a_report_not_yet_made_creates_nothing(client, team, volunteer, indicators, period, lookers, looker):
    log(team, volunteer, indicators["vneid-muc-2"], 3, period.start)
    client.force_login(lookers[looker])
    for url in (f"/to/{team.pk}/bao-cao/", f"/to/{team.pk}/bao-cao/ky-{period.pk}/"):
        assert page_writes(client, url) == []
    assert report_rows() == (0, 0, 0)
    page = client.get(f"/to/{team.pk}/bao-cao/ky-{period.pk}/").content.decode()
    assert "Đang soạn" in page


@pytest.mark.parametrize("looker", LOOKERS)
def test_opening_a_report_after_new_logs_updates_nothing_stored(
    client, team, leader, volunteer, indicators, period, lookers, looker
):
    vneid = indicators["vneid-muc-2"]
    report = reports.report_for(team, period, leader)
    log(team, volunteer, vneid, 5, period.start)
    client.force_login(lookers[looker])
    assert page_writes(client, f"/to/{team.pk}/bao-cao/ky-{period.pk}/") == []
    assert report.values.get(indicator=vneid).from_logs == 0


def test_the_first_save_creates_the_report_with_its_history(client, team, leader, volunteer, indicators, period):
    vneid = indicators["vneid-muc-2"]
    log(team, volunteer, vneid, 3, period.start)
    client.force_login(leader)
    shown, values = reports.report_to_show(team, period)
    assert shown.pk is None and {value.indicator_id: value.value for value in values}[vneid.pk] == 3
    data = {f"kho-khan-{n}-{name}": "" for n in range(2) for name in ("category", "platform", "text")}
    data["proposals"] = ""
    data.update({f"so-{value.indicator_id}": str(value.value) for value in values})
    data.update({f"ly-do-{value.indicator_id}": "" for value in values})
    response = client.post(f"/to/{team.pk}/bao-cao/ky-{period.pk}/", data)
    assert response.status_code == 302
    report = TeamReport.objects.get()
    assert report.values.get(indicator=vneid).value == 3
    assert list(report.events.values_list("action", "user")) == [
        (ReportAction.CREATED, leader.pk),
        (ReportAction.SAVED, leader.pk),
    ]


def test_a_closed_period_without_a_report_is_refused_without_writing(client, team, leader, closed_period):
    client.force_login(leader)
    response = client.get(f"/to/{team.pk}/bao-cao/ky-{closed_period.pk}/")
    assert response.status_code == 409 and "đã khóa" in response.content.decode()
    assert report_rows() == (0, 0, 0)


@pytest.fixture
def submitted(team, leader, period):
    report = reports.report_for(team, period, leader)
    reports.submit(report, leader)
    return report


@pytest.mark.parametrize("first", ["accept", "return"])
@pytest.mark.parametrize("then", ["accept", "return"])
def test_reviewing_a_report_no_longer_submitted_says_why(client, submitted, coordinator, first, then):
    do = {"accept": reports.accept, "return": lambda report, user: reports.return_report(report, user, "Thiếu số.")}
    do[first](submitted, coordinator)
    client.force_login(coordinator)
    data = {"comment": "ok", **({"tra-lai": "1"} if then == "return" else {"duyet": "1"})}
    response = client.post(f"/bao-cao/xem/{submitted.pk}/", data)
    page = response.content.decode()
    assert response.status_code == 409
    assert "Chỉ duyệt được báo cáo đã nộp." in page or "Chỉ trả lại được báo cáo đã nộp." in page
    assert "Báo cáo hiện ở trạng thái" in page


def test_returning_without_a_comment_is_explained_beside_the_form(client, submitted, coordinator):
    client.force_login(coordinator)
    response = client.post(f"/bao-cao/xem/{submitted.pk}/", {"comment": "", "tra-lai": "1"})
    assert response.status_code == 200
    assert "hãy ghi nhận xét" in response.content.decode()


def test_the_history_reads_in_vietnamese_on_every_page_that_shows_it(client, team, submitted, leader, coordinator):
    reports.return_report(submitted, coordinator, "Thiếu số.")
    submitted.refresh_from_db()
    reports.submit(submitted, leader)
    reports.accept(submitted, coordinator)
    labels = dict(ReportAction.choices)
    pages = {
        "leader": f"/to/{team.pk}/bao-cao/ky-{submitted.period_id}/",
        "coordinator": f"/bao-cao/xem/{submitted.pk}/",
    }
    for person, url in pages.items():
        client.force_login({"leader": leader, "coordinator": coordinator}[person])
        page = client.get(url).content.decode()
        for action in set(submitted.events.values_list("action", flat=True)):
            assert f"· {labels[action]}" in page, (url, action)
            assert f"· {action}" not in page, (url, action)
    assert str(submitted.events.last()) == f"{submitted}: {labels[ReportAction.ACCEPTED]}"
