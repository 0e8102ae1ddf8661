import pytest
from axes.exceptions import AxesBackendRequestParameterRequired
from django.contrib.auth import authenticate, get_user_model
from django.test import RequestFactory

from accounts.factories import DEFAULT_TEST_PASSWORD, UserFactory, VolunteerFactory

pytestmark = pytest.mark.django_db


def sign_in(username, password):
    """Through authenticate() with a request, as every sign-in form calls it: the lock-out needs the request."""
    return authenticate(RequestFactory().post("/dang-nhap/"), username=username, password=password)


def test_authentication_without_a_request_is_refused_rather_than_left_uncounted():
    UserFactory(username="bientap")
    with pytest.raises(AxesBackendRequestParameterRequired):
        authenticate(username="bientap", password=DEFAULT_TEST_PASSWORD)


@pytest.mark.parametrize("typed", ["0912345678", "0912 345 678", "+84 912 345 678"])
def test_volunteer_signs_in_with_the_phone_number_however_it_is_typed(typed):
    volunteer = VolunteerFactory(phone="+84912345678")
    assert sign_in(typed, DEFAULT_TEST_PASSWORD) == volunteer


def test_staff_sign_in_with_username_or_email():
    editor = UserFactory(username="bientap", email="BienTap@example.vn")
    assert sign_in("bientap", DEFAULT_TEST_PASSWORD) == editor
    assert sign_in("bientap@example.vn", DEFAULT_TEST_PASSWORD) == editor


def test_wrong_password_unknown_account_and_inactive_user_are_refused():
    UserFactory(username="bientap")
    VolunteerFactory(phone="+84987654321", is_active=False)
    assert sign_in("bientap", "sai-mat-khau") is None
    assert sign_in("khongtontai", DEFAULT_TEST_PASSWORD) is None
    assert sign_in("0987654321", DEFAULT_TEST_PASSWORD) is None


def test_an_email_shared_by_two_accounts_signs_in_neither():
    UserFactory(username="mot", email="chung@example.vn")
    UserFactory(username="hai", email="chung@example.vn")
    assert sign_in("chung@example.vn", DEFAULT_TEST_PASSWORD) is None


def test_create_volunteer_uses_the_normalised_phone_as_login():
    user = get_user_model().objects.create_volunteer("0912 345 678", DEFAULT_TEST_PASSWORD, first_name="Lan")
    assert user.phone == "+84912345678"
    assert user.username == "+84912345678"
    assert user.phone_display == "0912 345 678"


def test_full_name_follows_vietnamese_order():
    user = UserFactory(last_name="Phạm Thị", first_name="Lan")
    assert user.get_full_name() == "Phạm Thị Lan"
    assert str(user) == "Phạm Thị Lan"


def test_wagtail_admin_login_accepts_a_phone_number(client):
    VolunteerFactory(phone="+84912345678", is_staff=True, is_superuser=True)
    response = client.post(
        "/admin/login/", {"username": "0912 345 678", "password": DEFAULT_TEST_PASSWORD}, follow=False
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
