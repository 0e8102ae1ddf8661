"""A team's leaders hear when their report is returned or accepted and when a difficulty they raised is answered:
once per event, in Vietnamese, with a link, in the inbox and then by e-mail and Zalo through the same channels as
the reminders. Nobody else hears."""

import pytest
from django.core import mail

from accounts.factories import UserFactory
from accounts.models import Notification
from accounts.notifications import deliver_pending
from reporting import reports
from reporting.models import Difficulty, DifficultyStatus
from teams.factories import MemberFactory
from teams.models import MemberRole
from tests.reporting.test_reminders import FakeZalo, zalo  # noqa: F401  the fake Zalo server on loopback

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(team, period, leader):
    report = reports.report_for(team, period, leader)
    reports.submit(report, leader)
    return report


@pytest.fixture
def bystanders(team, other_team, volunteer, officer, west_officer):
    """People near the team who must hear nothing: a member, the officers, a former leader, another team's leader."""
    former = UserFactory(username="to-truong-cu")
    MemberFactory(team=team, user=former, role=MemberRole.LEADER, left_on="2024-01-01", joined_on="2023-01-01")
    other_leader = UserFactory(username="to-truong-tay")
    MemberFactory(team=other_team, user=other_leader, role=MemberRole.LEADER)
    return [volunteer, officer, west_officer, former, other_leader]


def test_a_returned_report_tells_its_leader_once_with_the_comment_and_a_link(
    client, submitted, leader, officer, bystanders
):
    client.force_login(officer)
    page = f"/bao-cao/xem/{submitted.pk}/"
    client.post(page, {"comment": "Thiếu số buổi tuyên truyền", "tra-lai": "1"})
    client.post(page, {"comment": "Thiếu số buổi tuyên truyền", "tra-lai": "1"})  # sent twice: refused

    notice = Notification.objects.get()
    assert notice.user == leader
    assert notice.title == f"Báo cáo {submitted.period} được trả lại để sửa"
    assert "Thiếu số buổi tuyên truyền" in notice.body
    assert notice.url == f"/to/{submitted.team_id}/bao-cao/ky-{submitted.period_id}/"


def test_an_accepted_report_tells_its_leader_and_nobody_else(client, submitted, leader, officer, bystanders):
    client.force_login(officer)
    client.post(f"/bao-cao/xem/{submitted.pk}/", {"comment": "", "duyet": "1"})

    notice = Notification.objects.get()
    assert notice.user == leader
    assert notice.title == f"Báo cáo {submitted.period} đã được duyệt"


def test_each_return_of_a_report_returned_twice_is_news(submitted, leader, officer):
    reports.return_report(submitted, officer, "Thiếu số liệu")
    reports.submit(submitted, leader)
    reports.return_report(submitted, officer, "Vẫn thiếu số liệu")

    bodies = list(Notification.objects.filter(user=leader).values_list("body", flat=True))
    assert len(bodies) == 2
    assert any("Vẫn thiếu số liệu" in body for body in bodies)


def test_saving_and_submitting_tell_nobody(team, period, leader, submitted):
    assert not Notification.objects.exists()


def test_an_answered_difficulty_tells_the_leader_once_and_a_new_answer_again(
    client, submitted, leader, officer, bystanders
):
    difficulty = Difficulty.objects.create(report=submitted, category="ket-noi", text="Sóng yếu ở thôn 3")
    client.force_login(officer)
    page = f"/bao-cao/kho-khan/{difficulty.pk}/"
    client.post(page, {"response": "Đã báo nhà mạng lắp trạm.", "buoc": 0})
    client.post(page, {"response": "Đã báo nhà mạng lắp trạm.", "buoc": 1})  # the same answer sent again
    notice = Notification.objects.get()
    assert notice.user == leader
    assert notice.title == "Khó khăn tổ báo lên đã có phản hồi"
    assert "Sóng yếu ở thôn 3" in notice.body and "Đã báo nhà mạng lắp trạm." in notice.body
    assert notice.url == f"/to/{submitted.team_id}/bao-cao/ky-{submitted.period_id}/#kho-khan"

    client.post(page, {"response": "Trạm đã phát sóng.", "resolved": "on", "buoc": 1})
    difficulty.refresh_from_db()
    assert difficulty.status == DifficultyStatus.RESOLVED
    assert Notification.objects.filter(user=leader).count() == 2
    assert Notification.objects.filter(title="Khó khăn tổ báo lên đã được giải quyết").count() == 1
    assert Notification.objects.exclude(user=leader).count() == 0


def test_the_notices_go_out_by_email_and_zalo_once(submitted, leader, officer, zalo):  # noqa: F811
    leader.email, leader.zalo_user_id = "hung@example.com", "zalo-hung"
    leader.save()
    reports.accept(submitted, officer, "Tốt")
    deliver_pending()
    deliver_pending()

    assert [message.to for message in mail.outbox] == [["hung@example.com"]]
    assert mail.outbox[0].subject == f"Báo cáo {submitted.period} đã được duyệt"
    assert f"/to/{submitted.team_id}/bao-cao/ky-{submitted.period_id}/" in mail.outbox[0].body
    assert [item["body"]["recipient"]["user_id"] for item in zalo.received] == ["zalo-hung"]
    assert "đã được duyệt" in zalo.received[0]["body"]["message"]["text"]
