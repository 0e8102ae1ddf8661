"""A new password ends every other session of the account, whichever way it was set: a person who changes a password
they think was seen, or whose leader gives them a new one, shuts out whoever signed in with the old one. Django's
session auth hash does this; these tests keep it true for the ways this site sets passwords."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from accounts.factories import UserFactory
from teams.factories import MemberFactory, TeamFactory
from teams.models import MemberRole
from tests.security.test_upload_refusals import ACCOUNT_SETTINGS

pytestmark = pytest.mark.django_db
OLD_PASSWORD = "mat-khau-cu-rat-dai-2026"
NEW_PASSWORD = "mat-khau-moi-rat-dai-2026"


def on_wagtails_account_page(person, own_session):
    response = own_session.post(
        reverse("wagtailadmin_account"),
        {
            **ACCOUNT_SETTINGS,
            "name_email-first_name": person.first_name,
            "password-old_password": OLD_PASSWORD,
            "password-new_password1": NEW_PASSWORD,
            "password-new_password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def by_a_superuser_in_the_user_admin(person, own_session):
    superuser = Client()
    superuser.force_login(UserFactory(username="quantri", is_superuser=True, is_staff=True))
    response = superuser.post(
        reverse("wagtailusers_users:edit", args=[person.pk]),
        {
            "username": person.username,
            "email": person.email,
            "first_name": person.first_name,
            "last_name": person.last_name,
            "phone": "",
            "zalo_user_id": "",
            "is_active": "on",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def by_the_team_leader(person, own_session):
    team = TeamFactory()
    member = MemberFactory(team=team, user=person, full_name="Tình Nguyện")
    leader = UserFactory(username="to-truong")
    MemberFactory(team=team, user=leader, role=MemberRole.LEADER, full_name="Tổ Trưởng")
    leaders_session = Client()
    leaders_session.force_login(leader)
    response = leaders_session.post(f"/to/{team.pk}/thanh-vien/{member.pk}/tai-khoan/")
    assert response.status_code == 200 and "Mật khẩu mới" in response.content.decode()


def by_any_code_that_saves_a_new_password(person, own_session):
    person.set_password(NEW_PASSWORD)
    person.save()


# Each way, and whether the person is staff (a leader may give a new password to plain volunteers only).
WAYS = {
    on_wagtails_account_page: True,
    by_a_superuser_in_the_user_admin: True,
    by_the_team_leader: False,
    by_any_code_that_saves_a_new_password: True,
}
SELF_SERVICE = {on_wagtails_account_page}


@pytest.mark.parametrize("change_password", WAYS, ids=lambda way: way.__name__)
def test_a_new_password_ends_every_other_session_of_the_account(home_page, change_password):
    person = UserFactory(username="nguoi-dung", email="nd@example.vn", password=OLD_PASSWORD)
    if WAYS[change_password]:
        admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        person.user_permissions.add(admin_access)
    own_session, other_session = Client(), Client()
    for session in (own_session, other_session):
        assert session.post("/dang-nhap/", {"username": person.username, "password": OLD_PASSWORD}).status_code == 302
        assert session.get("/tai-khoan/").status_code == 200

    change_password(person, own_session)

    signed_out = other_session.get("/tai-khoan/")
    assert signed_out.status_code == 302 and signed_out["Location"].startswith("/dang-nhap/")
    assert other_session.get("/admin/")["Location"].startswith("/admin/login/")
    if change_password in SELF_SERVICE:
        assert own_session.get("/tai-khoan/").status_code == 200  # the person who changed it stays signed in
