"""A province's registry deadline: set on the coverage page by those the policy allows (the wrong side gets 403/404),
validated in Vietnamese, shown to everyone in scope; communes past it without a team founded by a decision are
flagged, and their officers and coordinators reminded once per (deadline, commune)."""

import datetime
import io

import pytest
from django.core.management import call_command

from accounts.factories import UserFactory
from accounts.models import Notification
from core.models import FormSubmission
from teams import deadlines
from teams.factories import CommuneFactory, TeamFactory
from teams.models import RegistryDeadline, RoleAssignment, ScopeRole, Team

pytestmark = pytest.mark.django_db

DECIDED = {"decision_number": "125/QĐ-UBND", "decision_date": datetime.date(2025, 8, 1)}
PAST = datetime.date(2026, 1, 1)
TODAY = datetime.date(2026, 3, 1)


@pytest.fixture
def deadline_world(world, people):
    """Tỉnh Bắc: Xã An has a team with a decision, Xã Bình none; Phường Cường (Tỉnh Nam) a team without. An officer
    of Xã Bình and another province's coordinator."""
    Team.objects.filter(pk=world["team_an"].pk).update(**DECIDED)
    binh_officer = UserFactory(username="canbo-binh")
    RoleAssignment.objects.create(user=binh_officer, role=ScopeRole.COMMUNE_OFFICER, area=world["binh"])
    south_coordinator = UserFactory(username="dieuphoi-nam")
    RoleAssignment.objects.create(user=south_coordinator, role=ScopeRole.PROVINCE_COORDINATOR, area=world["south"])
    return {**people, "binh_officer": binh_officer, "south_coordinator": south_coordinator}


def post_deadline(client, code, day, token=None):
    data = {"tinh": code, "deadline": day}
    if token:
        data["form_token"] = token
    return client.post("/do-phu/", data)


def test_the_province_coordinator_sets_the_deadline_once(client, world, deadline_world):
    coordinator = deadline_world["province"]
    client.force_login(coordinator)
    page = client.get("/do-phu/").content.decode()
    assert 'name="deadline"' in page and "Tỉnh chưa đặt hạn." in page
    token = "6f1c1a52-0d55-4c1e-9b1e-1a2b3c4d5e6f"
    response = post_deadline(client, "91", "2026-12-31", token)
    assert response.status_code == 302 and response["Location"] == "/do-phu/?tinh=91"
    saved = RegistryDeadline.objects.get(province=world["north"])
    assert (saved.deadline, saved.set_by) == (datetime.date(2026, 12, 31), coordinator)
    again = post_deadline(client, "91", "2027-06-30", token)  # the same form sent twice
    assert again.status_code == 302
    assert RegistryDeadline.objects.get(province=world["north"]).deadline == datetime.date(2026, 12, 31)
    assert FormSubmission.objects.count() == 1
    page = client.get("/do-phu/").content.decode()
    assert "trước ngày <strong>31/12/2026</strong>" in page


def test_a_superuser_sets_any_province_and_a_moved_deadline_replaces_the_old(client, world, deadline_world):
    client.force_login(deadline_world["superuser"])
    assert post_deadline(client, "92", "2026-06-30").status_code == 302
    assert post_deadline(client, "92", "30/09/2026").status_code == 302
    assert RegistryDeadline.objects.get().deadline == datetime.date(2026, 9, 30)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2026-02-30", "không có thật"),
        ("31/02/2026", "không có thật"),
        ("ngày mai", "không có thật"),
        ("2019-12-31", "quá xa"),
        ("2101-01-01", "quá xa"),
        ("", "Hãy chọn ngày hạn."),
    ],
)
def test_a_bad_date_is_explained_in_vietnamese_and_kept(client, world, deadline_world, typed, message):
    client.force_login(deadline_world["province"])
    response = post_deadline(client, "91", typed)
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content
    assert f'value="{typed}"' in content or not typed
    assert not RegistryDeadline.objects.exists()


@pytest.mark.parametrize(
    ("role", "province", "status"),
    [
        ("commune", "92", 404),  # the officer of Phường Cường, for their own province
        ("binh_officer", "91", 404),
        ("south_coordinator", "91", 404),  # another province's coordinator
        ("province", "92", 404),
        ("province", "", 404),
        ("province", "xx", 404),
        ("leader", "91", 403),
        ("volunteer", "91", 403),
    ],
)
def test_the_wrong_side_cannot_set_a_deadline(client, world, deadline_world, role, province, status):
    client.force_login(deadline_world[role])
    assert post_deadline(client, province, "2026-12-31").status_code == status
    assert not RegistryDeadline.objects.exists()


def test_anonymous_people_are_sent_to_sign_in(client, world):
    response = post_deadline(client, "91", "2026-12-31")
    assert response.status_code == 302 and "/dang-nhap/" in response["Location"]
    assert not RegistryDeadline.objects.exists()


def test_the_deadline_is_shown_to_everyone_in_scope_the_form_only_to_those_who_set_it(client, world, deadline_world):
    RegistryDeadline.objects.create(province=world["north"], deadline=datetime.date(2026, 12, 31))
    client.force_login(deadline_world["binh_officer"])
    content = client.get("/do-phu/").content.decode()
    assert "31/12/2026" in content and 'name="deadline"' not in content


def test_communes_past_the_deadline_without_a_decided_team_are_flagged(client, world, deadline_world):
    RegistryDeadline.objects.create(province=world["north"], deadline=PAST)
    client.force_login(deadline_world["province"])
    response = client.get("/do-phu/")
    assert [row.area.name for row in response.context["overdue"]] == ["Xã Bình"]
    content = response.content.decode()
    assert "Đã quá hạn." in content and "Quá hạn" in content
    RegistryDeadline.objects.filter(province=world["north"]).update(deadline=datetime.date(2099, 1, 1))
    assert client.get("/do-phu/").context["overdue"] == []


def test_each_commune_is_reminded_once_per_deadline(world, deadline_world, monkeypatch):
    RegistryDeadline.objects.create(province=world["north"], deadline=PAST)
    RegistryDeadline.objects.create(province=world["south"], deadline=datetime.date(2026, 6, 1))  # not yet passed
    CommuneFactory(name="Xã Mới", code="90007", parent=world["north"])  # no one coordinates it but the province
    monkeypatch.setattr("teams.deadlines.timezone.localdate", lambda: TODAY)
    output = io.StringIO()
    call_command("remind_registry_deadlines", stdout=output)
    call_command("remind_registry_deadlines", stdout=output)
    assert output.getvalue().count("2 xã, phường quá hạn thành lập tổ") == 2
    reminded = Notification.objects.filter(key__startswith="han-lap-to:")
    assert sorted((n.user.username, n.key.split(":")[1]) for n in reminded) == [
        ("canbo-binh", "2026-01-01"),
        ("dieuphoi", "2026-01-01"),
        ("dieuphoi", "2026-01-01"),
    ]
    binh = reminded.get(user__username="canbo-binh")
    assert binh.title == "Xã Bình: đã quá hạn thành lập tổ"
    assert "chưa có Tổ công nghệ số cộng đồng" in binh.body and "01/01/2026" in binh.body
    assert binh.url == "/do-phu/?tinh=91"


def test_a_deadline_moved_later_and_passed_again_reminds_again(world, deadline_world, monkeypatch):
    deadline = RegistryDeadline.objects.create(province=world["north"], deadline=PAST)
    monkeypatch.setattr("teams.deadlines.timezone.localdate", lambda: TODAY)
    assert deadlines.queue_deadline_reminders() == 1
    deadline.deadline = datetime.date(2026, 2, 1)
    deadline.save()
    assert deadlines.queue_deadline_reminders() == 1
    assert deadlines.queue_deadline_reminders() == 1  # nothing new: the key holds the date
    keys = set(Notification.objects.filter(user=deadline_world["binh_officer"]).values_list("key", flat=True))
    assert keys == {f"han-lap-to:2026-01-01:{world['binh'].pk}", f"han-lap-to:2026-02-01:{world['binh'].pk}"}


def test_a_commune_whose_team_gets_its_decision_is_no_longer_reminded(world, deadline_world, monkeypatch):
    RegistryDeadline.objects.create(province=world["north"], deadline=PAST)
    TeamFactory(area=world["binh"], **DECIDED)
    monkeypatch.setattr("teams.deadlines.timezone.localdate", lambda: TODAY)
    assert deadlines.queue_deadline_reminders() == 0
    assert not Notification.objects.exists()


def test_a_team_without_a_decision_is_reminded_in_other_words(world, deadline_world, monkeypatch):
    RegistryDeadline.objects.create(province=world["south"], deadline=PAST)
    monkeypatch.setattr("teams.deadlines.timezone.localdate", lambda: TODAY)
    assert deadlines.queue_deadline_reminders() == 1
    reminded = Notification.objects.get(user=deadline_world["commune"])
    assert "chưa có quyết định thành lập" in reminded.body
    assert set(Notification.objects.values_list("user__username", flat=True)) == {"canboxa", "dieuphoi-nam"}
