"""A form that creates something, posted twice, creates it once; the second post is shown what the first made. Every
template of ours with a POST form is listed below as creating (and then swept: posted twice here) or not, with the
reason, so a new form fails the first test until it is looked at."""

import datetime
import io
import re
import uuid
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.factories import UserFactory
from accounts.models import Notification
from content.models import ReplicationInterest
from core import form_tokens
from guides.models import GuideFeedback
from reporting.models import Difficulty, Indicator, ReportEvent, SupportLog
from reporting.periods import period_containing
from teams.factories import MemberFactory, TeamFactory
from teams.models import Announcement, Member, MemberRole, RoleAssignment, ScopeRole
from tests.content.test_good_practices import story  # noqa: F401

pytestmark = pytest.mark.django_db

CREATES = {
    "site/teams/templates/teams/member_form.html": "adding a member (editing shares the template)",
    "site/teams/templates/teams/join.html": "signing up, or joining when signed in: a membership (and an account)",
    "site/teams/templates/teams/import_preview.html": "confirming an import",
    "site/teams/templates/teams/announcement_form.html": "an announcement and its notifications",
    "site/teams/templates/teams/roster.html": "an account for a member (the other form changes the code)",
    "site/teams/templates/teams/registry/register.html": "a team (its form token); a village (a second finds the name)",
    "site/reporting/templates/reporting/team_report.html": "the report's new difficulties and its submission",
    "site/reporting/templates/reporting/log_help.html": "a help entry (its client_id is its token)",
    "content/templates/content/good_practice_page.html": "a replication wish (once per team and story)",
    "guides/templates/guides/includes/feedback_form.html": "an answer to 'was this helpful?'",
    "guides/templates/guides/admin/confirm_check.html": "a reviewer's check of a guide (its form token)",
}
DOES_NOT_CREATE = {
    "site/reporting/templates/reporting/review.html": "a state change, made once by its conditional UPDATE",
    "site/reporting/templates/reporting/includes/forward_form.html": (
        "a forward, taken only if the difficulty is still at the step its page showed "
        "(tests/reporting/test_escalation.py)"
    ),
    "site/reporting/templates/reporting/respond.html": (
        "an answer or a send-up, each taken only if the difficulty is still at the step its page showed "
        "(tests/reporting/test_escalation.py)"
    ),
    "site/teams/templates/teams/member_leave.html": "sets the leaving date",
    "site/teams/templates/teams/leader_assign.html": "names a leader: a second send finds them leading",
    "site/teams/templates/teams/registry/village_merge.html": "merges once: a second send finds the village gone",
    "site/teams/templates/teams/coverage.html": "sets the province's one deadline",
    "site/teams/templates/teams/import_upload.html": "only shows a preview; nothing is written",
    "site/teams/templates/teams/announcements.html": "marks read or unread",
    "site/teams/templates/teams/announcement.html": "marks read or unread",
    "site/training/templates/training/quiz.html": "one answer per handed-out paper (training.quiz)",
    "site/training/templates/training/lesson.html": "marks a lesson done, a set",
    "site/templates/405.html": "signs out",
    "site/templates/includes/footer.html": "the data-saver preference",
    "site/accounts/templates/accounts/home.html": "signs out",
    "site/accounts/templates/accounts/inbox.html": "marks read",
    "site/accounts/templates/accounts/two_factor_setup.html": "confirms the one pending device",
    "site/accounts/templates/accounts/two_factor_status.html": "turns two-step sign-in off",
    "site/accounts/templates/accounts/sign_in.html": "signs in",
    "site/accounts/templates/accounts/password_reset.html": "sends a reset link; each sends one, limited per client",
    "site/accounts/templates/accounts/password_reset_confirm.html": "sets the password once: the link is then spent",
    "site/accounts/templates/accounts/erase.html": "erases once; again finds nothing left",
    "site/accounts/templates/accounts/two_factor_verify.html": "checks a code; signs out",
}
POST_FORM = re.compile(r"<form\b[^>]*\bmethod=[\"']post[\"']", re.IGNORECASE)
TOKEN = re.compile(r'name="(?:form_token|token|client_id)" value="([^"]+)"')


def templates_with_post_forms():
    root = Path(__file__).resolve().parents[2]
    found = set()
    for folder in ("site", "content", "guides"):
        for path in (root / folder).rglob("*.html"):
            if POST_FORM.search(path.read_text(encoding="utf-8")):
                found.add(str(path.relative_to(root)))
    return found


def test_every_post_form_of_ours_is_known_to_create_once_or_to_create_nothing():
    assert templates_with_post_forms() - set(CREATES) - set(DOES_NOT_CREATE) == set()
    assert not set(CREATES) & set(DOES_NOT_CREATE)


def token_on(page):
    match = TOKEN.search(page.content.decode())
    assert match, "the form carries no token"
    return match.group(1)


def twice(client, url, data, **extra):
    first = client.post(url, data, **extra)
    second = client.post(url, data, **extra)
    return first, second


def same_place(first, second):
    return first.status_code == second.status_code == 302 and first["Location"] == second["Location"]


@pytest.fixture
def team():
    return TeamFactory()


@pytest.fixture
def leader(team):
    user = UserFactory(username="to-truong-hai-lan")
    MemberFactory(team=team, user=user, role=MemberRole.LEADER, joined_on=datetime.date(2025, 3, 1))
    return user


@pytest.fixture
def officer(team):
    user = UserFactory(username="can-bo-hai-lan")
    RoleAssignment.objects.create(user=user, role=ScopeRole.COMMUNE_OFFICER, area=team.commune)
    return user


def test_adding_a_member_twice_adds_once(client, team, leader):
    client.force_login(leader)
    url = f"/to/{team.pk}/them-thanh-vien/"
    data = {
        "full_name": "Lê Thị Mai",
        "phone": "0912 000 111",
        "affiliation": "doan-thanh-nien",
        "role": "member",
        "joined_on": "2025-04-01",
        "consent": "on",
        "form_token": token_on(client.get(url)),
    }
    first, second = twice(client, url, data)
    assert same_place(first, second)
    assert Member.objects.filter(full_name="Lê Thị Mai").count() == 1
    assert "đã được gửi rồi" in client.get(second["Location"]).content.decode()


def sign_up_data(team, token):
    return {
        "invitation_code": team.invitation_code,
        "full_name": "Vũ Thị Hồng",
        "phone": "0934 111 222",
        "affiliation": "doan-thanh-nien",
        "password1": "hoc-chuyen-doi-so",
        "password2": "hoc-chuyen-doi-so",
        "consent": "on",
        "form_token": token,
    }


def test_signing_up_twice_makes_one_account_from_the_same_or_another_connection(client, team):
    from django.test import Client

    data = sign_up_data(team, token_on(client.get("/dang-ky/")))
    first, second = twice(client, "/dang-ky/", data)
    assert first.status_code == second.status_code == 302
    # The copy that arrives on another connection before the first one's cookie is set.
    other = Client().post("/dang-ky/", data)
    assert other.status_code == 302 and other["Location"] == first["Location"]
    assert get_user_model().objects.filter(phone="+84934111222").count() == 1


def test_creating_a_members_account_twice_makes_one_account(client, team, leader):
    member = MemberFactory(team=team, phone="+84912000333", full_name="Trần Văn Nam")
    client.force_login(leader)
    first, second = twice(client, f"/to/{team.pk}/thanh-vien/{member.pk}/tai-khoan/", {})
    assert "Tài khoản của Trần Văn Nam" in first.content.decode()
    # The second press finds the account and gives it a new password, shown once like the first.
    assert "Mật khẩu mới của Trần Văn Nam" in second.content.decode()
    assert get_user_model().objects.filter(phone="+84912000333").count() == 1


def test_confirming_an_import_twice_imports_once(client, team, leader):
    client.force_login(leader)
    upload = io.BytesIO(
        "Họ và tên,Số điện thoại,Tổ chức,Vai trò,Ngày tham gia\nNgười Một,0912 000 201,Đoàn Thanh niên,,\n".encode()
    )
    upload.name = "danh-sach.csv"
    preview = client.post(f"/to/{team.pk}/nhap-danh-sach/", {"file": upload})
    data = {"token": token_on(preview), "consent": "on"}
    first, second = twice(client, f"/to/{team.pk}/nhap-danh-sach/xac-nhan/", data)
    assert same_place(first, second)
    assert Member.objects.filter(full_name="Người Một").count() == 1


def announcement_data(team, token):
    return {"title": "Ra quân", "body": "Mỗi tổ 20 hộ.", "communes": [team.commune_id], "form_token": token}


def test_posting_an_announcement_twice_posts_and_notifies_once(
    client, team, leader, officer, django_capture_on_commit_callbacks
):
    client.force_login(officer)
    data = announcement_data(team, token_on(client.get("/thong-bao/moi/")))
    with django_capture_on_commit_callbacks(execute=True):
        first, second = twice(client, "/thong-bao/moi/", data)
    assert same_place(first, second)
    assert Announcement.objects.count() == 1
    assert Notification.objects.filter(user=leader).count() == 1


def test_a_copy_arriving_while_the_first_is_saving_is_shown_the_first(client, team, leader, officer, monkeypatch):
    """The race: the copy finds no spent token at first (the first post has not committed), then meets it when it
    tries to spend it, and is sent where the first went."""
    client.force_login(officer)
    data = announcement_data(team, token_on(client.get("/thong-bao/moi/")))
    first = client.post("/thong-bao/moi/", data)
    real = form_tokens.earlier_submission
    calls = []

    def not_yet_the_first_time(request, token, **options):
        calls.append(token)
        return None if len(calls) == 1 else real(request, token, **options)

    monkeypatch.setattr(form_tokens, "earlier_submission", not_yet_the_first_time)
    second = client.post("/thong-bao/moi/", data)
    assert len(calls) == 2
    assert same_place(first, second)
    assert Announcement.objects.count() == 1


def test_submitting_a_report_twice_records_its_difficulties_and_submission_once(client, team, leader):
    client.force_login(leader)
    period = period_containing(timezone.localdate())
    url = f"/to/{team.pk}/bao-cao/ky-{period.pk}/"
    page = client.get(url)
    data = {"proposals": "", "nop": "1", "form_token": token_on(page)}
    for value in page.context["form"].report_values:
        data[f"so-{value.indicator_id}"] = str(value.value)
        data[f"ly-do-{value.indicator_id}"] = ""
    for number in range(2):
        data[f"kho-khan-{number}-category"] = "ket-noi" if number == 0 else ""
        data[f"kho-khan-{number}-platform"] = ""
        data[f"kho-khan-{number}-text"] = "Sóng yếu ở xóm Đồi" if number == 0 else ""
    first, second = twice(client, url, data)
    assert same_place(first, second)
    assert Difficulty.objects.count() == 1
    assert ReportEvent.objects.filter(action="submitted").count() == 1


def test_logging_help_twice_logs_once(client, team, leader):
    client.force_login(leader)
    indicator = Indicator.objects.filter(active=True).first()
    data = {
        "date": timezone.localdate().isoformat(),
        "area": "",
        "platform": "",
        "note": "",
        "owner": leader.pk,
        "client_id": token_on(client.get("/ghi-nhan/")),
        f"chi-tieu-{indicator.pk}": "2",
    }
    first, second = twice(client, "/ghi-nhan/", data)
    assert same_place(first, second)
    assert SupportLog.objects.count() == 1


def test_a_replication_wish_sent_twice_is_recorded_once(client, story):  # noqa: F811
    client.force_login(story["leader"])
    url = story["page"].url + "muon-lam-theo/"
    first, second = twice(client, url, {"to": story["team"].pk})
    assert same_place(first, second)
    assert ReplicationInterest.objects.count() == 1


def test_an_answer_about_a_guide_sent_twice_is_kept_once(client, guide):
    """Its cached page carries no token: the page's script draws an id on loading (guides.feedback)."""
    answer = {"helpful": "1", "comment": "Dễ làm theo.", "client_id": str(uuid.uuid4())}
    first, second = twice(client, f"/phan-hoi/{guide.pk}/", answer)
    assert same_place(first, second)
    assert GuideFeedback.objects.count() == 1
    client.post(f"/phan-hoi/{guide.pk}/", {**answer, "client_id": str(uuid.uuid4())})
    assert GuideFeedback.objects.count() == 2  # the same answer from another page load is another person's


def test_another_persons_token_is_not_theirs_to_replay(client, team, leader, officer):
    """A token spent by one person does not send another person to the first one's result."""
    client.force_login(officer)
    token = token_on(client.get("/thong-bao/moi/"))
    client.post("/thong-bao/moi/", announcement_data(team, token))
    other = UserFactory(username="can-bo-khac")
    RoleAssignment.objects.create(user=other, role=ScopeRole.COMMUNE_OFFICER, area=team.commune)
    client.force_login(other)
    response = client.post("/thong-bao/moi/", {**announcement_data(team, token), "title": "Việc khác"})
    assert response.status_code == 302
    assert set(Announcement.objects.values_list("title", flat=True)) == {"Ra quân", "Việc khác"}


def test_confirming_a_guides_check_twice_records_one_check(client, guide, superuser):
    from guides.factories import GuideSourceFactory
    from guides.models import GuideCheck

    GuideSourceFactory(page=guide)
    client.force_login(superuser)
    url = f"/admin/huong-dan/{guide.pk}/xac-nhan-kiem-tra/"
    data = {"followed": "on", "app_version": "", "note": "", "form_token": token_on(client.get(url))}
    first, second = twice(client, url, data)
    assert same_place(first, second)
    assert GuideCheck.objects.count() == 1
