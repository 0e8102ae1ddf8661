import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def new_user_form(**overrides):
    data = {
        "username": "tinhnguyen1",
        "email": "tinhnguyen1@example.vn",
        "first_name": "Hoa",
        "last_name": "Đỗ Thị",
        "phone": "0903 111 222",
        "password1": "mot-mat-khau-dai-va-kho",
        "password2": "mot-mat-khau-dai-va-kho",
        "is_superuser": "",
    }
    data.update(overrides)
    return data


def test_admin_creates_a_user_with_a_phone_number_stored_in_canonical_form(client, superuser):
    client.force_login(superuser)
    response = client.post("/admin/users/new/", new_user_form())
    assert response.status_code == 302
    assert get_user_model().objects.get(username="tinhnguyen1").phone == "+84903111222"


def test_a_phone_number_already_in_use_is_refused_and_the_form_keeps_what_was_typed(client, superuser):
    UserFactory(username="daco", phone="+84903111222")
    client.force_login(superuser)
    response = client.post("/admin/users/new/", new_user_form())
    assert response.status_code == 200
    content = response.content.decode()
    assert "Số điện thoại này đã được dùng cho một tài khoản khác." in content
    assert 'value="tinhnguyen1@example.vn"' in content


def test_an_invalid_phone_number_gets_a_vietnamese_message(client, superuser):
    client.force_login(superuser)
    response = client.post("/admin/users/new/", new_user_form(phone="12345"))
    assert response.status_code == 200
    assert "Số điện thoại không hợp lệ" in response.content.decode()


def test_people_without_admin_access_are_sent_to_the_admin_login(client):
    volunteer = UserFactory(username="tinhnguyen2")
    client.force_login(volunteer)
    response = client.get("/admin/users/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_editors_are_turned_away_from_the_user_list(client):
    # Wagtail's admin answers a permission failure with a redirect to the dashboard and a message.
    editor = UserFactory(username="bientap", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get("/admin/users/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.post("/admin/users/new/", new_user_form()).status_code == 302
    assert not get_user_model().objects.filter(username="tinhnguyen1").exists()


def test_a_superuser_records_a_persons_zalo_follower_id(client, superuser):
    person = UserFactory(username="totruong-zalo", email="tt@example.vn", first_name="Lan", last_name="Hà Thị")
    client.force_login(superuser)
    assert "Zalo" in client.get(reverse("wagtailusers_users:edit", args=[person.pk])).content.decode()
    response = client.post(
        reverse("wagtailusers_users:edit", args=[person.pk]),
        {
            "username": "totruong-zalo",
            "email": "tt@example.vn",
            "first_name": "Lan",
            "last_name": "Hà Thị",
            "phone": "",
            "zalo_user_id": "8421913385649562123",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.zalo_user_id == "8421913385649562123"
