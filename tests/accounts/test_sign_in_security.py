"""Sessions, deactivation and password rules. The lock-out has its own files: test_lockout_*.py."""

import pytest

from accounts.factories import DEFAULT_TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_the_session_is_rotated_at_sign_in_and_ended_at_sign_out(client):
    UserFactory(username="+84908000001", phone="+84908000001")
    client.get("/dang-nhap/")
    client.session.save()
    before = client.session.session_key
    client.post("/dang-nhap/", {"username": "0908000001", "password": DEFAULT_TEST_PASSWORD})
    after = client.session.session_key
    assert after and after != before
    client.post("/dang-xuat/")
    assert client.get("/tai-khoan/")["Location"].startswith("/dang-nhap/")


def test_a_deactivated_users_next_request_is_refused(client):
    user = UserFactory(username="+84908000002", phone="+84908000002")
    client.force_login(user)
    assert client.get("/tai-khoan/").status_code == 200
    user.is_active = False
    user.save()
    assert client.get("/tai-khoan/")["Location"].startswith("/dang-nhap/")


@pytest.mark.parametrize(
    ("password", "accepted"),
    [("1234567", False), ("password", False), ("12345678901", False), ("mot cau mat khau rat dai " * 5, True)],
)
def test_password_rules_refuse_short_common_and_numeric_and_accept_long(password, accepted):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    try:
        validate_password(password)
        ok = True
    except ValidationError:
        ok = False
    assert ok is accepted
