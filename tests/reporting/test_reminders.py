"""Deadline reminders and their delivery: in the inbox, by e-mail, and by a Zalo OA message to a fake Zalo server
on loopback (never the real service)."""

import datetime
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core import mail
from django.core.management import call_command

from accounts.factories import UserFactory
from accounts.models import DeliveryStatus, Notification, NotificationDelivery
from accounts.notifications import claim_new, deliver_pending
from reporting.models import ReportingPeriod, ReportStatus, TeamReport
from reporting.reminders import queue_report_reminders
from teams.factories import MemberFactory
from teams.models import MemberRole

pytestmark = pytest.mark.django_db

# Monthly periods, deadline five days after the month, late reports taken for 25 more days (the defaults).
BEFORE_DEADLINE = datetime.date(2026, 11, 3)  # October's deadline is 5 November
AFTER_DEADLINE = datetime.date(2026, 11, 10)


class FakeZalo(BaseHTTPRequestHandler):
    received = []
    answer = {"error": 0, "message": "Success", "data": {"message_id": "m1"}}

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        FakeZalo.received.append(
            {"path": self.path, "token": self.headers["access_token"], "body": json.loads(self.rfile.read(length))}
        )
        payload = json.dumps(FakeZalo.answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def zalo(settings):
    FakeZalo.received = []
    FakeZalo.answer = {"error": 0, "message": "Success", "data": {"message_id": "m1"}}
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeZalo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.ZALO_OA_ACCESS_TOKEN = "token-thu"
    settings.ZALO_OA_API_URL = f"http://127.0.0.1:{server.server_address[1]}/v3.0/oa/message/cs"
    yield FakeZalo
    server.shutdown()
    server.server_close()


@pytest.fixture
def leaders(team, other_team, leader):
    """Two teams with reachable leaders; the other team's leader is on Zalo only."""
    leader.email = "hung@example.vn"
    leader.zalo_user_id = "zalo-hung"
    leader.save()
    other_leader = UserFactory(username="to-truong-tay", email="", zalo_user_id="zalo-tay")
    MemberFactory(team=other_team, user=other_leader, role=MemberRole.LEADER)
    return leader, other_leader


def october():
    return ReportingPeriod.objects.get(start=datetime.date(2026, 10, 1))


def test_leaders_of_teams_without_a_report_are_reminded_before_the_deadline_once(team, other_team, leaders):
    assert queue_report_reminders(BEFORE_DEADLINE) == 2
    TeamReport.objects.create(team=other_team, period=october(), status=ReportStatus.SUBMITTED)
    queue_report_reminders(BEFORE_DEADLINE)
    queue_report_reminders(BEFORE_DEADLINE + datetime.timedelta(days=1))
    assert Notification.objects.count() == 2
    note = Notification.objects.get(user=leaders[0])
    assert note.title == "Sắp đến hạn nộp báo cáo Tháng 10/2026"
    assert "05/11/2026" in note.body and note.url == f"/to/{team.pk}/bao-cao/ky-{october().pk}/"


def test_too_early_nothing_and_late_teams_get_one_late_reminder(team, other_team, leaders):
    assert queue_report_reminders(datetime.date(2026, 11, 1)) == 0
    queue_report_reminders(BEFORE_DEADLINE)
    TeamReport.objects.create(team=other_team, period=october(), status=ReportStatus.SUBMITTED)
    assert queue_report_reminders(AFTER_DEADLINE) == 1
    queue_report_reminders(AFTER_DEADLINE)
    late = Notification.objects.filter(key__startswith="bao-cao-tre-han")
    assert [note.user for note in late] == [leaders[0]]
    assert late.get().title == "Báo cáo Tháng 10/2026 đã quá hạn"


def test_members_who_are_not_leaders_are_not_reminded(team, leaders, volunteer):
    queue_report_reminders(BEFORE_DEADLINE)
    assert not Notification.objects.filter(user=volunteer).exists()


def test_running_the_command_twice_sends_each_message_once_by_email_and_zalo(leaders, zalo, monkeypatch):
    monkeypatch.setattr("reporting.reminders.timezone.localdate", lambda: BEFORE_DEADLINE)
    call_command("send_notifications", stdout=io.StringIO())
    call_command("send_notifications", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [["hung@example.vn"]]
    assert sorted(item["body"]["recipient"]["user_id"] for item in zalo.received) == ["zalo-hung", "zalo-tay"]
    assert {item["token"] for item in zalo.received} == {"token-thu"}
    assert {item["path"] for item in zalo.received} == {"/v3.0/oa/message/cs"}
    assert all("Sắp đến hạn nộp báo cáo" in item["body"]["message"]["text"] for item in zalo.received)
    assert NotificationDelivery.objects.filter(status=DeliveryStatus.SENT).count() == 3


def test_a_refused_zalo_message_is_retried_on_the_next_run_and_then_sent_once(leaders, zalo):
    Notification.objects.create(user=leaders[1], key="thu:1", title="Thử")
    zalo.answer = {"error": -216, "message": "Access token is invalid"}
    assert deliver_pending()["zalo"] == (0, 1)
    delivery = NotificationDelivery.objects.get()
    assert delivery.status == DeliveryStatus.FAILED and "-216" in delivery.error
    zalo.answer = {"error": 0, "message": "Success"}
    assert deliver_pending()["zalo"] == (1, 0)
    assert deliver_pending()["zalo"] == (0, 0)
    assert len(zalo.received) == 2
    assert NotificationDelivery.objects.get().attempts == 2


def test_without_a_token_zalo_is_off_and_nothing_is_sent_to_it(leaders, settings):
    settings.ZALO_OA_ACCESS_TOKEN = ""
    Notification.objects.create(user=leaders[1], key="thu:1", title="Thử")
    assert deliver_pending()["zalo"] == (0, 0)
    assert not NotificationDelivery.objects.exists()


def test_an_unreachable_zalo_server_is_a_failure_not_a_crash(leaders, settings):
    settings.ZALO_OA_ACCESS_TOKEN = "token-thu"
    settings.ZALO_OA_API_URL = "http://127.0.0.1:9/khong-co"
    Notification.objects.create(user=leaders[1], key="thu:1", title="Thử")
    assert deliver_pending()["zalo"] == (0, 1)


def test_only_one_of_two_concurrent_runs_claims_a_delivery(leaders):
    note = Notification.objects.create(user=leaders[0], key="thu:1", title="Thử")
    assert claim_new(note, "email") is not None
    assert claim_new(note, "email") is None
    assert NotificationDelivery.objects.count() == 1


def test_the_default_zalo_address_is_the_official_account_api(settings):
    from accounts.notifications import ZaloChannel

    settings.ZALO_OA_API_URL = ""
    assert ZaloChannel().api_url == "https://openapi.zalo.me/v3.0/oa/message/cs"


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_runs_send_each_message_once(team, other_team, leaders, zalo, monkeypatch):
    from django.db import connection

    monkeypatch.setattr("reporting.reminders.timezone.localdate", lambda: BEFORE_DEADLINE)
    queue_report_reminders()
    start = threading.Barrier(2)
    errors = []

    def run():
        try:
            start.wait()
            deliver_pending()
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [message.to for message in mail.outbox] == [["hung@example.vn"]]
    assert sorted(item["body"]["recipient"]["user_id"] for item in zalo.received) == ["zalo-hung", "zalo-tay"]


def test_a_deactivated_leader_is_not_reminded(team, other_team, leaders):
    leaders[0].is_active = False
    leaders[0].save()
    queue_report_reminders(BEFORE_DEADLINE)
    assert not Notification.objects.filter(user=leaders[0]).exists()
    assert Notification.objects.filter(user=leaders[1]).exists()
