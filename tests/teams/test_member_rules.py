"""The same rules wherever a person is recorded: the leader's form, the admin's form and sign-up refuse a phone of
another team's current member and a second current leader, and take names by the one rule; changing the leader is
the explicit "Giao vai trò tổ trưởng", which only those who manage the team reach."""

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.names import clean_person_name
from teams.factories import MemberFactory
from teams.models import Member, MemberRole

pytestmark = pytest.mark.django_db

MEMBER = {"affiliation": "khac", "role": "member", "joined_on": "2025-09-01", "consent": "on"}


def add_url(team):
    return f"/to/{team.pk}/them-thanh-vien/"


def make_leader_url(team, member):
    return f"/to/{team.pk}/thanh-vien/{member.pk}/giao-to-truong/"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Nguyễn   Văn  An ", "Nguyễn Văn An"),
        ("H'Hen Niê", "H'Hen Niê"),
        ("Nay Y\u2019Blang", "Nay Y\u2019Blang"),
        ("Lê-Thị A.", "Lê-Thị A."),
        ("Kpă Thị Hoa", "Kpă Thị Hoa"),
        ("Лев Толстой", "Лев Толстой"),
    ],
)
def test_names_of_every_spelling_are_taken_trimmed(typed, stored):
    assert clean_person_name(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "Nguyễn Văn 3",
        "\uff2eguyễn \uff13",  # a fullwidth letter is a letter, a fullwidth digit a digit
        "=SUM(A1)",
        "+Tạ Văn",
        "@Lò",
        "-An",
        "An 🌸",
        "An%00",
        "An\x00",
        "An <b>",
        "",
        "   ",
    ],
)
def test_names_with_digits_formulas_or_symbols_are_refused(typed):
    with pytest.raises(ValidationError):
        clean_person_name(typed)


def test_the_leaders_form_refuses_a_phone_of_another_teams_current_member_without_naming_it(client, world, people):
    MemberFactory(team=world["team_cuong"], phone="+84982000001")
    MemberFactory(team=world["team_village"], phone="+84982000002", left_on="2025-06-01")
    client.force_login(people["leader"])
    refused = client.post(add_url(world["team_an"]), {**MEMBER, "full_name": "Người Mới", "phone": "0982.000.001"})
    content = refused.content.decode()
    assert refused.status_code == 200 and "Số điện thoại này đã thuộc một tổ khác." in content
    assert world["team_cuong"].name not in content and 'value="Người Mới"' in content
    former = client.post(add_url(world["team_an"]), {**MEMBER, "full_name": "Người Cũ", "phone": "0982 000 002"})
    assert former.status_code == 302  # a former member's phone is free


def test_the_leaders_form_refuses_a_name_with_digits_and_keeps_what_was_typed(client, world, people):
    client.force_login(people["leader"])
    response = client.post(add_url(world["team_an"]), {**MEMBER, "full_name": "An 123", "phone": "0982 000 009"})
    assert response.status_code == 200 and "không được có chữ số" in response.content.decode()
    assert not Member.objects.filter(phone="+84982000009").exists()


def test_the_leaders_form_refuses_a_second_leader_and_names_the_explicit_action(client, world, people):
    client.force_login(people["leader"])
    data = {**MEMBER, "role": "leader", "full_name": "Người Mới", "phone": "0982 000 003"}
    response = client.post(add_url(world["team_an"]), data)
    assert response.status_code == 200
    assert "Tổ đã có tổ trưởng (Tổ Trưởng An)" in response.content.decode()
    assert "Giao vai trò tổ trưởng" in response.content.decode()
    member = Member.objects.get(full_name="Thành Viên An")
    edit = client.post(
        f"/to/{world['team_an'].pk}/thanh-vien/{member.pk}/sua/",
        {**MEMBER, "role": "leader", "full_name": member.full_name, "phone": member.phone},
    )
    assert edit.status_code == 200 and "Tổ đã có tổ trưởng" in edit.content.decode()
    assert Member.objects.current().filter(team=world["team_an"], role=MemberRole.LEADER).count() == 1


def test_the_admin_form_refuses_a_second_leader_and_names_another_team_only_in_scope(client, world, people):
    MemberFactory(team=world["team_cuong"], phone="+84982000004")
    MemberFactory(team=world["team_village"], phone="+84982000005")
    client.force_login(people["province"])  # the north's coordinator: team_an and team_village, not team_cuong
    base = {**MEMBER, "team": world["team_an"].pk, "full_name": "Người Mới"}
    hidden = client.post("/admin/snippets/teams/member/add/", {**base, "phone": "0982 000 004"}).content.decode()
    assert "Số điện thoại này đã thuộc một tổ khác." in hidden and world["team_cuong"].name not in hidden
    named = client.post("/admin/snippets/teams/member/add/", {**base, "phone": "0982 000 005"}).content.decode()
    assert f"thuộc một thành viên của {world['team_village'].name}" in named
    leader = client.post("/admin/snippets/teams/member/add/", {**base, "phone": "0982 000 006", "role": "leader"})
    assert "Tổ đã có tổ trưởng (Tổ Trưởng An)" in leader.content.decode()
    assert not Member.objects.filter(full_name="Người Mới").exists()


def test_moving_a_member_to_another_team_in_the_admin_still_works(client, world, people):
    member = MemberFactory(team=world["team_village"], full_name="Người Chuyển", phone="+84982000007")
    client.force_login(people["province"])
    data = {
        "team": world["team_an"].pk,
        "full_name": "Người Chuyển",
        "phone": "0982 000 007",
        "affiliation": "khac",
        "role": "member",
        "joined_on": "2025-09-01",
        "consent": "on",
    }
    response = client.post(f"/admin/snippets/teams/member/edit/{member.pk}/", data)
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.team == world["team_an"]


def test_sign_up_refuses_a_phone_of_another_teams_current_member(client, world):
    MemberFactory(team=world["team_cuong"], phone="+84982000008")
    data = {
        "invitation_code": world["team_an"].invitation_code,
        "full_name": "Vũ Thị Hồng",
        "phone": "0982 000 008",
        "affiliation": "doan-thanh-nien",
        "password1": "hoc-chuyen-doi-so",
        "password2": "hoc-chuyen-doi-so",
        "consent": "on",
    }
    response = client.post("/dang-ky/", data)
    content = response.content.decode()
    assert response.status_code == 200 and "Số điện thoại này đã thuộc một tổ khác." in content
    assert world["team_cuong"].name not in content
    assert not Member.objects.filter(team=world["team_an"], phone="+84982000008").exists()


def test_the_leader_hands_the_role_over_in_one_step_with_a_confirmation(client, world, people):
    team = world["team_an"]
    successor = Member.objects.get(full_name="Thành Viên An")
    client.force_login(people["leader"])
    roster = client.get(f"/to/{team.pk}/").content.decode()
    assert make_leader_url(team, successor) in roster
    confirmation = client.get(make_leader_url(team, successor))
    assert confirmation.status_code == 200
    assert "Tổ Trưởng An" in confirmation.content.decode() and "sẽ thành thành viên" in confirmation.content.decode()
    assert Member.objects.get(pk=successor.pk).role == MemberRole.MEMBER  # nothing changes on a GET
    done = client.post(make_leader_url(team, successor))
    assert done.status_code == 302 and done["Location"] == "/tai-khoan/"  # the old leader no longer manages it
    leaders = Member.objects.current().filter(team=team, role=MemberRole.LEADER)
    assert list(leaders.values_list("full_name", flat=True)) == ["Thành Viên An"]
    assert Member.objects.get(full_name="Tổ Trưởng An").role == MemberRole.MEMBER


def test_a_coordinator_names_a_leader_and_stays_on_the_roster(client, world, people):
    team = world["team_an"]
    successor = Member.objects.get(full_name="Thành Viên An")
    client.force_login(people["province"])
    done = client.post(make_leader_url(team, successor))
    assert done.status_code == 302 and done["Location"] == f"/to/{team.pk}/"
    assert Member.objects.current().filter(team=team, role=MemberRole.LEADER).get().pk == successor.pk


@pytest.mark.parametrize(("role", "status"), [("volunteer", 404), ("commune", 404)])
def test_people_who_do_not_manage_the_team_cannot_name_its_leader(client, world, people, role, status):
    team = world["team_an"]  # the commune officer's scope is Phường Cường, in the other province
    successor = Member.objects.get(full_name="Thành Viên An")
    client.force_login(people[role])
    assert client.get(make_leader_url(team, successor)).status_code == status
    assert client.post(make_leader_url(team, successor)).status_code == status
    assert Member.objects.get(pk=successor.pk).role == MemberRole.MEMBER


def test_anonymous_visitors_are_sent_to_sign_in(client, world, people):
    successor = Member.objects.get(full_name="Thành Viên An")
    response = client.post(make_leader_url(world["team_an"], successor))
    assert response.status_code == 302 and response["Location"].startswith(reverse(settings.LOGIN_URL))
    assert Member.objects.get(pk=successor.pk).role == MemberRole.MEMBER


def test_a_leader_of_another_team_cannot_name_this_teams_leader_through_their_own(client, world, people):
    other = MemberFactory(team=world["team_cuong"], full_name="Người Cường")
    client.force_login(people["leader"])
    assert client.post(make_leader_url(world["team_an"], other)).status_code == 404
    assert client.post(make_leader_url(world["team_cuong"], other)).status_code == 404


def test_a_member_with_wider_powers_is_not_made_leader_from_the_team_pages(client, world, people):
    member = Member.objects.get(full_name="Tình Nguyện An")
    people["volunteer"].is_staff = True
    people["volunteer"].save()
    client.force_login(people["leader"])
    assert client.post(make_leader_url(world["team_an"], member)).status_code == 403
    assert Member.objects.get(pk=member.pk).role == MemberRole.MEMBER


def test_the_database_keeps_one_current_leader_per_team(world, people):
    """Two requests that each add a leader at once both pass the forms' checks: the constraint refuses the second.
    A former leader (left) does not count."""
    from django.db import IntegrityError, transaction

    team = world["team_an"]
    with pytest.raises(IntegrityError), transaction.atomic():
        MemberFactory(team=team, role=MemberRole.LEADER, phone="+84982000011")
    MemberFactory(team=team, role=MemberRole.LEADER, phone="+84982000012", left_on="2025-10-01")
    assert Member.objects.filter(team=team, role=MemberRole.LEADER, left_on__isnull=True).count() == 1


def test_a_leader_added_by_a_request_that_lost_the_race_is_told_so_not_a_500(client, world, people, monkeypatch):
    from teams.forms import MemberForm

    monkeypatch.setattr(MemberForm, "clean", lambda form: super(MemberForm, form).clean())
    client.force_login(people["leader"])
    data = {**MEMBER, "role": "leader", "full_name": "Người Mới", "phone": "0982 000 013"}
    response = client.post(add_url(world["team_an"]), data)
    assert response.status_code == 200
    assert "Tổ đã có tổ trưởng (Tổ Trưởng An)" in response.content.decode()
    assert not Member.objects.filter(full_name="Người Mới").exists()


def test_a_handover_demotes_before_it_names_so_the_constraint_holds(world, people):
    from teams.member_rules import assign_leader

    team = world["team_an"]
    successor = Member.objects.get(full_name="Thành Viên An")
    demoted = assign_leader(team, successor)
    assert [member.full_name for member in demoted] == ["Tổ Trưởng An"]
    assert assign_leader(team, successor) is None  # already leads: nothing to do
    leaders = Member.objects.current().filter(team=team, role=MemberRole.LEADER)
    assert list(leaders.values_list("full_name", flat=True)) == ["Thành Viên An"]
