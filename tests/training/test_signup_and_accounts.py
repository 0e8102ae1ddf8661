import pytest
from django.contrib.auth import get_user_model

from accounts.factories import DEFAULT_TEST_PASSWORD, UserFactory
from accounts.phone import normalize_phone
from teams.factories import MemberFactory, TeamFactory
from teams.models import Member, MemberRole

pytestmark = pytest.mark.django_db


def join(client, team, **overrides):
    data = {
        "invitation_code": team.invitation_code,
        "full_name": "Vũ Thị Hồng",
        "phone": "0934 111 222",
        "affiliation": "doan-thanh-nien",
        "password1": "hoc-chuyen-doi-so",
        "password2": "hoc-chuyen-doi-so",
        "consent": "on",
    }
    data.update(overrides)
    return client.post("/dang-ky/", data)


def test_a_volunteer_joins_with_the_code_and_is_signed_in(client, team):
    response = join(client, team, invitation_code=" " + team.invitation_code.lower() + " ")
    assert response.status_code == 302
    user = get_user_model().objects.get(phone="+84934111222")
    member = Member.objects.get(user=user)
    assert member.team == team and member.full_name == "Vũ Thị Hồng" and member.consented_at is not None
    assert user.get_full_name() == "Vũ Thị Hồng"
    assert client.get("/tai-khoan/").status_code == 200


def test_an_imported_member_is_linked_not_duplicated(client, team):
    MemberFactory(team=team, phone="+84934111222", full_name="Vu Thi Hong")
    join(client, team)
    assert Member.objects.filter(team=team, phone="+84934111222").count() == 1
    assert Member.objects.get(team=team, phone="+84934111222").user is not None


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"invitation_code": "SAIMA999"}, "Mã mời không đúng"),
        ({"password2": "khac-hoan-toan"}, "Hai mật khẩu chưa giống nhau."),
        ({"password1": "123", "password2": "123"}, "Mật khẩu"),
        ({"phone": "12345"}, "Số điện thoại không hợp lệ"),
        ({"consent": ""}, "Cần bạn đồng ý"),
    ],
)
def test_bad_sign_ups_are_explained_and_keep_what_was_typed(client, team, overrides, message):
    response = join(client, team, **overrides)
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content
    assert 'value="Vũ Thị Hồng"' in content
    assert not get_user_model().objects.filter(phone="+84934111222").exists()


def test_an_existing_account_is_sent_to_sign_in(client, team):
    UserFactory(username="co-roi", phone="+84934111222")
    assert "đã có tài khoản" in join(client, team).content.decode()


def test_a_regenerated_code_stops_the_old_one(client, team, leader):
    old = team.invitation_code
    client.force_login(leader)
    assert client.post(f"/to/{team.pk}/doi-ma-moi/").status_code == 302
    team.refresh_from_db()
    assert team.invitation_code != old
    client.logout()
    assert "Mã mời không đúng" in join(client, team, invitation_code=old).content.decode()


def test_only_the_teams_leader_regenerates_its_code(client, team):
    other_leader = UserFactory(username="khac")
    MemberFactory(team=TeamFactory(), user=other_leader, role=MemberRole.LEADER)
    client.force_login(other_leader)
    assert client.post(f"/to/{team.pk}/doi-ma-moi/").status_code == 404


def test_the_leader_creates_an_account_then_resets_its_password(client, team, leader):
    member = MemberFactory(team=team, full_name="Đinh Văn Khoa", phone="+84934555666")
    client.force_login(leader)
    created = client.post(f"/to/{team.pk}/thanh-vien/{member.pk}/tai-khoan/")
    password = created.content.decode().split('class="secret">')[1].split("<")[0]
    member.refresh_from_db()
    assert member.user.check_password(password)
    reset = client.post(f"/to/{team.pk}/thanh-vien/{member.pk}/tai-khoan/")
    new_password = reset.content.decode().split('class="secret">')[1].split("<")[0]
    member.user.refresh_from_db()
    assert new_password != password and member.user.check_password(new_password)
    assert not member.user.check_password(DEFAULT_TEST_PASSWORD)


def test_a_leader_cannot_touch_accounts_in_another_team_or_staff_accounts(client, team, leader):
    foreign = MemberFactory(team=TeamFactory(), user=UserFactory(username="ngoai"))
    client.force_login(leader)
    assert client.post(f"/to/{foreign.team.pk}/thanh-vien/{foreign.pk}/tai-khoan/").status_code == 404
    staff = MemberFactory(team=team, user=UserFactory(username="canbo", is_staff=True))
    assert client.post(f"/to/{team.pk}/thanh-vien/{staff.pk}/tai-khoan/").status_code == 403
    assert client.get(f"/to/{team.pk}/thanh-vien/{staff.pk}/tai-khoan/").status_code == 405


def test_a_volunteers_account_is_locked_after_five_failures_whatever_the_address(client, volunteer):
    """The lock follows the account, so moving to another address (another phone's data plan) buys no guesses."""
    for attempt in range(5):
        client.post("/dang-nhap/", {"username": "0902000001", "password": "sai"}, REMOTE_ADDR=f"203.0.113.{attempt}")
    locked = client.post(
        "/dang-nhap/", {"username": "0902 000 001", "password": DEFAULT_TEST_PASSWORD}, REMOTE_ADDR="198.51.100.4"
    )
    assert locked.status_code == 429
    assert "thử lại sau" in locked.content.decode()
    assert "_auth_user_id" not in client.session


FULLWIDTH_SPELLING = "".join(chr(ord(digit) + 0xFEE0) for digit in "0934111222")


@pytest.mark.parametrize("spelling", ["0934 111 222", "+84934111222", FULLWIDTH_SPELLING, "0934.111.222"])
def test_a_sign_up_that_loses_the_race_for_its_phone_is_told_so_not_a_500(client, team, monkeypatch, spelling):
    """Two sign-ups with one phone at once both pass the form's check; the second save meets the unique constraint
    and must answer like the check would have (an outside test sent four spellings at once and got three 500s)."""
    from teams.signup import JoinTeamForm

    assert join(client, team).status_code == 302
    client.logout()
    monkeypatch.setattr(JoinTeamForm, "clean_phone", lambda form: normalize_phone(form.cleaned_data["phone"]))

    response = join(client, team, phone=spelling, full_name="Người Thứ Hai")

    assert response.status_code == 200
    assert "Số điện thoại này đã có tài khoản" in response.content.decode()
    assert get_user_model().objects.filter(phone="+84934111222").count() == 1
    assert "_auth_user_id" not in client.session
