"""Signing up says nothing about a phone number until the invitation code is valid, and wrong codes are counted per
client address: the form can serve neither to find who has an account nor to guess codes."""

import pytest
from django.contrib.auth import get_user_model

from accounts.factories import VolunteerFactory
from teams.factories import TeamFactory
from teams.models import TeamStatus
from teams.signup import WRONG_CODE_LIMIT

pytestmark = pytest.mark.django_db

TAKEN = "+84934555666"
TAKEN_SPELLINGS = ["0934 555 666", "0934.555.666", "+84934555666", "84934555666", "(0934)555666"]
FREE = "0934 777 888"


def sign_up(client, code, phone, **extra):
    data = {
        "invitation_code": code,
        "full_name": "Vũ Thị Hồng",
        "phone": phone,
        "affiliation": "doan-thanh-nien",
        "password1": "hoc-chuyen-doi-so",
        "password2": "hoc-chuyen-doi-so",
        "consent": "on",
    }
    return client.post("/dang-ky/", data, **extra)


@pytest.fixture
def wrong_codes():
    """Every kind of code that opens no team: mistyped, empty, a dissolved team's, one that was replaced."""
    dissolved = TeamFactory(status=TeamStatus.DISSOLVED)
    replaced = TeamFactory()
    old_code = replaced.invitation_code
    replaced.regenerate_invitation_code()
    return {"mistyped": "WRONGCOD", "empty": "", "dissolved": dissolved.invitation_code, "replaced": old_code}


def test_without_a_valid_code_a_taken_number_gets_the_same_answer_as_a_free_one(client, wrong_codes):
    VolunteerFactory(phone=TAKEN)
    different = {}
    for kind, code in wrong_codes.items():
        free_errors = sign_up(client, code, FREE).context["form"].errors
        for number, spelling in enumerate(TAKEN_SPELLINGS):
            # From addresses of their own, so that the count of wrong codes does not answer first.
            response = sign_up(client, code, spelling, REMOTE_ADDR=f"192.0.2.{number + 1}")
            content = response.content.decode()
            if response.context["form"].errors != free_errors or "đã có tài khoản" in content:
                different[(kind, spelling)] = response.context["form"].errors
    assert different == {}
    assert get_user_model().objects.count() == 1


def test_with_a_valid_code_a_taken_number_is_told_to_sign_in(client):
    VolunteerFactory(phone=TAKEN)
    team = TeamFactory()
    for spelling in TAKEN_SPELLINGS:
        assert "Số điện thoại này đã có tài khoản" in sign_up(client, team.invitation_code, spelling).content.decode()


def test_wrong_codes_from_one_address_are_stopped_even_before_the_right_one(client):
    team = TeamFactory()
    for attempt in range(WRONG_CODE_LIMIT):
        assert "Mã mời không đúng" in sign_up(client, f"SAIMA{attempt:03d}", FREE).content.decode()
    # A direct client's own X-Forwarded-For changes nothing: with no trusted proxy only its connection counts.
    response = sign_up(client, team.invitation_code, FREE, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert response.status_code == 200
    assert "Đã nhập sai mã mời quá nhiều lần" in response.content.decode()
    assert not get_user_model().objects.exists()
    response = sign_up(client, team.invitation_code, FREE, REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 302
    assert get_user_model().objects.filter(phone="+84934777888").exists()


def test_behind_the_trusted_proxy_each_client_has_its_own_count(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    team = TeamFactory()
    for attempt in range(WRONG_CODE_LIMIT):
        sign_up(client, f"SAIMA{attempt:03d}", FREE, HTTP_X_FORWARDED_FOR="203.0.113.9")
    locked = sign_up(client, team.invitation_code, FREE, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert "Đã nhập sai mã mời quá nhiều lần" in locked.content.decode()
    assert sign_up(client, team.invitation_code, FREE, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 302
