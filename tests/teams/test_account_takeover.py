"""The team pages act only on accounts whose powers stay within the team: every action a leader or coordinator can
take there on a member (reset the password, create the account, edit name, phone or role, record leaving) against
every kind of account that holds more (superuser, staff, coordinator, commune officer, editor, moderator, admin
access by a group or a permission, two-step sign-in, leader of another team) is refused with the reason, and
nothing about the account or the membership changes."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.factories import DEFAULT_TEST_PASSWORD, UserFactory, VolunteerFactory
from teams.factories import MemberFactory, TeamFactory
from teams.models import Member, MemberRole, RoleAssignment, ScopeRole

pytestmark = pytest.mark.django_db


def admin_access():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def group_with(name, *permissions):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(*permissions)
    return group


def make_superuser(team):
    return VolunteerFactory(is_superuser=True, is_staff=True)


def make_staff(team):
    return VolunteerFactory(is_staff=True)


def make_province_coordinator(team):
    user = VolunteerFactory()
    RoleAssignment.objects.create(user=user, role=ScopeRole.PROVINCE_COORDINATOR, area=team.province)
    return user


def make_commune_officer(team):
    user = VolunteerFactory()
    RoleAssignment.objects.create(user=user, role=ScopeRole.COMMUNE_OFFICER, area=TeamFactory().commune)
    return user


def make_editor(team):
    user = VolunteerFactory()
    user.groups.add(group_with("Biên tập viên thử", admin_access()))
    return user


def make_moderator(team):
    user = VolunteerFactory()
    user.groups.add(group_with("Moderators", admin_access()))
    return user


def make_admin_by_permission(team):
    user = VolunteerFactory()
    user.user_permissions.add(admin_access())
    return user


def make_member_of_a_group(team):
    user = VolunteerFactory()
    user.groups.add(group_with("Nhóm không vào trang quản trị"))
    return user


def make_two_step_user(team):
    user = VolunteerFactory()
    TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=True)
    return user


def make_leader_of_another_team(team):
    user = VolunteerFactory()
    MemberFactory(team=TeamFactory(), user=user, role=MemberRole.LEADER)
    return user


WIDER_ACCOUNTS = {
    "superuser": make_superuser,
    "staff": make_staff,
    "province_coordinator": make_province_coordinator,
    "commune_officer": make_commune_officer,
    "editor": make_editor,
    "moderator": make_moderator,
    "admin_by_permission": make_admin_by_permission,
    "member_of_a_group": make_member_of_a_group,
    "two_step": make_two_step_user,
    "leader_of_another_team": make_leader_of_another_team,
}


def member_fields(member, **changes):
    return {
        "full_name": member.full_name,
        "phone": member.phone,
        "affiliation": member.affiliation,
        "role": member.role,
        "joined_on": member.joined_on.isoformat(),
        **changes,
    }


def actions(member):
    """(name, method, url, data) for every action on a member's account or membership."""
    base = f"/to/{member.team_id}/thanh-vien/{member.pk}"
    today = timezone.localdate().isoformat()
    return [
        ("reset_password", "post", f"{base}/tai-khoan/", {}),
        ("open_edit", "get", f"{base}/sua/", None),
        ("change_phone", "post", f"{base}/sua/", member_fields(member, phone="0977 000 111")),
        ("change_name", "post", f"{base}/sua/", member_fields(member, full_name="Tên Khác")),
        ("change_role", "post", f"{base}/sua/", member_fields(member, role=MemberRole.MEMBER)),
        ("promote", "post", f"{base}/sua/", member_fields(member, role=MemberRole.LEADER)),
        ("open_leave", "get", f"{base}/roi-to/", None),
        ("leave", "post", f"{base}/roi-to/", {"left_on": today}),
    ]


def state(member):
    member.refresh_from_db()
    member.user.refresh_from_db()
    return (
        member.full_name,
        member.phone,
        member.role,
        member.left_on,
        member.user_id,
        member.user.password,
        member.user.is_active,
    )


@pytest.fixture
def team():
    return TeamFactory()


@pytest.fixture
def actors(team):
    leader = VolunteerFactory()
    MemberFactory(team=team, user=leader, role=MemberRole.LEADER, full_name="Tổ Trưởng")
    commune_officer = UserFactory()
    RoleAssignment.objects.create(user=commune_officer, role=ScopeRole.COMMUNE_OFFICER, area=team.commune)
    coordinator = UserFactory()
    RoleAssignment.objects.create(user=coordinator, role=ScopeRole.PROVINCE_COORDINATOR, area=team.province)
    return {"leader": leader, "commune_officer": commune_officer, "province_coordinator": coordinator}


def refused_actions(client, actor, member):
    """The actions that were not refused, or that changed something: empty when all were refused."""
    wrong = {}
    client.force_login(actor)
    for name, method, url, data in actions(member):
        before = state(member)
        response = getattr(client, method)(url, data) if data is not None else client.get(url)
        text = response.content.decode()
        if response.status_code != 403 or member.full_name not in text or state(member) != before:
            wrong[name] = response.status_code
    return wrong


@pytest.mark.parametrize("kind", WIDER_ACCOUNTS)
def test_no_action_on_an_account_with_wider_powers_is_taken_from_the_team_pages(client, team, actors, kind):
    account = WIDER_ACCOUNTS[kind](team)
    member = MemberFactory(team=team, user=account, full_name="Đặng Văn Tuấn")
    wrong = {actor: refused_actions(client, actors[actor], member) for actor in actors}
    assert wrong == {actor: {} for actor in actors}
    account.refresh_from_db()
    assert account.check_password(DEFAULT_TEST_PASSWORD)


def test_a_leader_does_not_act_on_a_fellow_leader_but_those_coordinating_the_team_do(client, team, actors):
    """A team has one leader at a time (a database constraint), but a leader who hands over on a later date is still
    a current leader until then, beside the one named."""
    fellow = VolunteerFactory()
    leaving = timezone.localdate() + datetime.timedelta(days=30)
    member = MemberFactory(team=team, user=fellow, role=MemberRole.LEADER, full_name="Tổ Trưởng Hai", left_on=leaving)
    assert refused_actions(client, actors["leader"], member) == {}
    client.force_login(actors["commune_officer"])
    response = client.post(f"/to/{team.pk}/thanh-vien/{member.pk}/sua/", member_fields(member, full_name="Tên Mới"))
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.full_name == "Tên Mới"


@pytest.mark.parametrize("kind", WIDER_ACCOUNTS)
def test_creating_an_account_never_reaches_an_existing_one(client, team, actors, kind):
    account = WIDER_ACCOUNTS[kind](team)
    password = account.password
    member = MemberFactory(team=team, phone=account.phone, full_name="Người Chưa Có Tài Khoản")
    client.force_login(actors["leader"])
    response = client.post(f"/to/{team.pk}/thanh-vien/{member.pk}/tai-khoan/", follow=True)
    assert "đã có tài khoản" in response.content.decode()
    account.refresh_from_db()
    member.refresh_from_db()
    assert (account.password, member.user_id) == (password, None)


def test_the_roster_shows_the_reason_instead_of_the_buttons(client, team, actors):
    member = MemberFactory(team=team, user=make_commune_officer(team), full_name="Đặng Văn Tuấn")
    client.force_login(actors["leader"])
    page = client.get(f"/to/{team.pk}/").content.decode()
    assert "có vai trò điều phối viên hoặc cán bộ xã" in page
    assert f"/thanh-vien/{member.pk}/tai-khoan/" not in page
    assert f"/thanh-vien/{member.pk}/sua/" not in page


def test_a_leader_still_manages_the_plain_volunteers_of_the_team(client, team, actors):
    volunteer = VolunteerFactory()
    member = MemberFactory(team=team, user=volunteer, full_name="Tình Nguyện")
    client.force_login(actors["leader"])
    response = client.post(f"/to/{team.pk}/thanh-vien/{member.pk}/tai-khoan/")
    assert response.status_code == 200 and "Mật khẩu mới của Tình Nguyện" in response.content.decode()
    volunteer.refresh_from_db()
    assert not volunteer.check_password(DEFAULT_TEST_PASSWORD)
    response = client.post(f"/to/{team.pk}/thanh-vien/{member.pk}/sua/", member_fields(member, role="deputy"))
    assert response.status_code == 302
    response = client.post(
        f"/to/{team.pk}/thanh-vien/{member.pk}/roi-to/", {"left_on": timezone.localdate().isoformat()}
    )
    assert response.status_code == 302
    assert not Member.objects.current().filter(pk=member.pk).exists()


def test_a_leader_edits_their_own_membership(client, team, actors):
    member = Member.objects.get(user=actors["leader"])
    client.force_login(actors["leader"])
    response = client.post(f"/to/{team.pk}/thanh-vien/{member.pk}/sua/", member_fields(member, full_name="Tên Tôi"))
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.full_name == "Tên Tôi"
