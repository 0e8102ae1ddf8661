"""A person in no team sees how to join one with an invitation code, on their page, their learning, the
announcements and the leaders' page, and joins with the code alone; a person in a team is told which, and sees the
team's links instead."""

import datetime

import pytest

from accounts.factories import UserFactory, VolunteerFactory
from teams import access
from teams.factories import MemberFactory, TeamFactory
from teams.joining import JoinWithCodeForm
from teams.models import Member, MemberRole, RoleAssignment, ScopeRole, TeamStatus
from teams.signup import WRONG_CODE_LIMIT

pytestmark = pytest.mark.django_db

JOIN_LINK = 'href="/dang-ky/"'
HELP_LOG_LINK = "Ghi lại số người bạn vừa hướng dẫn"  # the account page's link to the help log says this
PAGES = ["/tai-khoan/", "/hoc/", "/thong-bao/", "/to-cua-toi/"]


@pytest.fixture
def newcomer(site_settings):
    return VolunteerFactory(phone="+84918765432", first_name="Khánh", last_name="Hoàng Minh")


@pytest.fixture
def team(site_settings):
    return TeamFactory()


def join(client, code, **extra):
    data = {"invitation_code": code, "affiliation": "doan-thanh-nien", "consent": "on"}
    return client.post("/dang-ky/", data, **extra)


@pytest.mark.parametrize("url", PAGES)
def test_a_person_in_no_team_is_shown_how_to_join_on_their_pages(client, newcomer, url):
    client.force_login(newcomer)
    page = client.get(url).content.decode()
    assert JOIN_LINK in page
    assert "Vào tổ bằng mã mời" in page
    assert HELP_LOG_LINK not in page  # the help log is for people in a team


def test_a_person_in_a_team_finds_the_help_log_on_their_page(client, team, newcomer):
    MemberFactory(team=team, user=newcomer, phone=newcomer.phone)
    client.force_login(newcomer)
    assert HELP_LOG_LINK in client.get("/tai-khoan/").content.decode()


@pytest.mark.parametrize("url", PAGES)
def test_a_member_and_a_coordinator_are_not_asked_to_join(client, team, url):
    member = VolunteerFactory()
    MemberFactory(team=team, user=member, phone=member.phone)
    coordinator = UserFactory(username="dieu-phoi")
    RoleAssignment.objects.create(user=coordinator, role=ScopeRole.PROVINCE_COORDINATOR, area=team.province)
    for person in (member, coordinator):
        client.force_login(person)
        assert JOIN_LINK not in client.get(url, follow=True).content.decode()


def test_the_account_page_leads_with_joining_for_a_person_in_no_team(client, newcomer):
    client.force_login(newcomer)
    page = client.get("/tai-khoan/").content.decode()
    assert page.index(JOIN_LINK) < page.index("Hộp thư thông báo")


def test_a_signed_in_person_in_no_team_joins_with_the_code_alone(client, newcomer, team):
    client.force_login(newcomer)
    form = client.get("/dang-ky/?ma=" + team.invitation_code).content.decode()
    assert f'value="{team.invitation_code}"' in form
    assert 'name="password1"' not in form and 'name="phone"' not in form
    response = join(client, team.invitation_code.lower())
    assert response.status_code == 302 and response["Location"] == "/tai-khoan/"
    member = Member.objects.get(user=newcomer)
    assert (member.team, member.phone, member.full_name, member.role) == (
        team,
        "+84918765432",
        "Hoàng Minh Khánh",
        MemberRole.MEMBER,
    )
    assert member.consented_at is not None
    assert access.in_team(type(newcomer).objects.get(pk=newcomer.pk))
    home = client.get("/tai-khoan/").content.decode()
    assert f"Chào mừng bạn đến với {team.name}" in home
    assert JOIN_LINK not in home


def test_joining_links_the_row_the_leader_already_recorded_under_the_phone(client, newcomer, team):
    recorded = MemberFactory(team=team, phone=newcomer.phone, full_name="Hoàng Minh Khánh", user=None)
    client.force_login(newcomer)
    join(client, team.invitation_code)
    recorded.refresh_from_db()
    assert recorded.user == newcomer
    assert Member.objects.filter(team=team, phone=newcomer.phone).count() == 1


def test_a_wrong_code_keeps_what_was_chosen_and_says_so_in_vietnamese(client, newcomer, team):
    client.force_login(newcomer)
    response = join(client, "SAIMAMOI")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Mã mời không đúng hoặc đã được đổi" in page
    assert 'value="SAIMAMOI"' in page
    assert not Member.objects.filter(user=newcomer).exists()


def test_a_dissolved_teams_code_opens_nothing(client, newcomer):
    dissolved = TeamFactory(status=TeamStatus.DISSOLVED)
    client.force_login(newcomer)
    assert "Mã mời không đúng" in join(client, dissolved.invitation_code).content.decode()


def test_wrong_codes_are_counted_for_signed_in_people_too(client, newcomer, team):
    client.force_login(newcomer)
    for _ in range(WRONG_CODE_LIMIT):
        join(client, "SAIMAMOI")
    page = join(client, team.invitation_code).content.decode()
    assert "Đã nhập sai mã mời quá nhiều lần" in page
    assert not Member.objects.filter(user=newcomer).exists()


def test_a_member_of_a_team_is_told_which_and_cannot_join_another(client, team):
    member = VolunteerFactory()
    MemberFactory(team=team, user=member, phone=member.phone)
    other = TeamFactory()
    client.force_login(member)
    page = client.get("/dang-ky/").content.decode()
    assert f"Bạn đang là thành viên {team.name}" in page
    assert 'name="invitation_code"' not in page
    join(client, other.invitation_code)
    assert not Member.objects.filter(team=other).exists()


def test_a_phone_recorded_in_another_team_is_refused_without_naming_it(client, newcomer, team):
    other = TeamFactory()
    MemberFactory(team=other, phone=newcomer.phone, user=None)
    client.force_login(newcomer)
    page = join(client, team.invitation_code).content.decode()
    assert other.name not in page
    assert not Member.objects.filter(team=team, phone=newcomer.phone).exists()


def test_joining_twice_with_one_form_joins_once(client, newcomer, team):
    client.force_login(newcomer)
    form = client.get("/dang-ky/").content.decode()
    token = form.split('name="form_token" value="')[1].split('"')[0]
    data = {"invitation_code": team.invitation_code, "affiliation": "doan-thanh-nien", "consent": "on"}
    first = client.post("/dang-ky/", {**data, "form_token": token})
    second = client.post("/dang-ky/", {**data, "form_token": token})
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Member.objects.filter(user=newcomer).count() == 1


@pytest.mark.parametrize("role", [MemberRole.LEADER, MemberRole.DEPUTY])
def test_a_leader_or_deputy_who_left_comes_back_with_the_code_as_a_member(client, newcomer, team, role):
    MemberFactory(team=team, user=newcomer, phone=newcomer.phone, role=role, left_on=datetime.date(2026, 1, 5))
    MemberFactory(team=team, role=MemberRole.LEADER)  # the leader named after them
    client.force_login(newcomer)
    assert join(client, team.invitation_code).status_code == 302
    back = Member.objects.get(team=team, phone=newcomer.phone)
    assert (back.role, back.left_on) == (MemberRole.MEMBER, None)
    assert client.get(f"/to/{team.pk}/").status_code in (403, 404)


def test_a_join_that_another_team_got_first_is_refused_without_a_second_team(client, newcomer, team, monkeypatch):
    """Two joins at once: the second is checked again once the first has its row, and refused."""
    other = TeamFactory()
    checked = JoinWithCodeForm.clean

    def first_join_lands_after_the_check(form):
        cleaned = checked(form)
        MemberFactory(team=other, user=newcomer, phone=newcomer.phone)
        return cleaned

    monkeypatch.setattr(JoinWithCodeForm, "clean", first_join_lands_after_the_check)
    client.force_login(newcomer)
    page = join(client, team.invitation_code).content.decode()
    assert "vừa được ghi vào một tổ khác" in page
    assert list(Member.objects.current().filter(phone=newcomer.phone).values_list("team", flat=True)) == [other.pk]


def test_a_code_typed_in_full_width_letters_opens_the_team(client, newcomer, team):
    client.force_login(newcomer)
    full_width = "".join(chr(ord(letter) + 0xFEE0) for letter in team.invitation_code)
    assert join(client, full_width).status_code == 302
    assert Member.objects.get(user=newcomer).team == team
