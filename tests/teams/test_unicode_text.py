"""Every text we store is NFC: a name typed decomposed (NFD, as a Mac or a PDF gives it) through the leader's form,
the admin's form, sign-up or the import is stored composed, and the admin's search typed on an ordinary keyboard
finds it."""

import csv
import io
import unicodedata

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from core.unicode_text import normalise_stored_text, project_app_labels
from teams.importing import apply_import, preview_import
from teams.models import Member, Team

pytestmark = pytest.mark.django_db


def nfd(text):
    return unicodedata.normalize("NFD", text)


def found_by_admin_search(client, superuser, name):
    client.force_login(superuser)
    response = client.get("/admin/snippets/teams/member/", {"q": name})
    assert response.status_code == 200
    return name in response.content.decode()


def assert_stored_composed(name):
    member = Member.objects.get(full_name=name)
    assert unicodedata.is_normalized("NFC", member.full_name)
    return member


MEMBER = {"affiliation": "khac", "role": "member", "joined_on": "2025-09-01", "consent": "on"}


def test_the_leaders_form(client, world, people):
    client.force_login(people["leader"])
    name = "Hoàng Thị Ngọc Ánh"
    response = client.post(
        f"/to/{world['team_an'].pk}/them-thanh-vien/", {**MEMBER, "full_name": nfd(name), "phone": "0981 000 001"}
    )
    assert response.status_code == 302
    assert_stored_composed(name)
    assert found_by_admin_search(client, people["superuser"], name)


def test_the_admin_form(client, world, people):
    client.force_login(people["province"])
    name = "Đặng Thị Thuỳ Dương"
    data = {**MEMBER, "team": world["team_an"].pk, "full_name": nfd(name), "phone": "0981 000 002"}
    assert client.post("/admin/snippets/teams/member/add/", data).status_code == 302
    assert_stored_composed(name)
    assert found_by_admin_search(client, people["superuser"], name)


def test_sign_up(client, world, people):
    name = "Vũ Thị Hồng Nhung"
    data = {
        "invitation_code": world["team_an"].invitation_code,
        "full_name": nfd(f"  {name}  "),
        "phone": "0981 000 003",
        "affiliation": "doan-thanh-nien",
        "password1": "hoc-chuyen-doi-so",
        "password2": "hoc-chuyen-doi-so",
        "consent": "on",
    }
    assert client.post("/dang-ky/", data).status_code == 302
    member = assert_stored_composed(name)
    assert (member.user.last_name, member.user.first_name) == ("Vũ Thị Hồng", "Nhung")
    assert unicodedata.is_normalized("NFC", member.user.last_name)
    client.logout()
    assert found_by_admin_search(client, people["superuser"], name)


def test_the_import(client, world, people):
    name = "Nguyễn Thị Ếch Ửng"
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["Họ và tên", "Số điện thoại"], [nfd(name), "0981 000 004"]])
    upload = SimpleUploadedFile("danh-sach.csv", buffer.getvalue().encode("utf-8-sig"))
    team = world["team_an"]
    assert apply_import(team, preview_import(team, upload)) == 1
    assert_stored_composed(name)
    assert found_by_admin_search(client, people["superuser"], name)


def test_any_save_of_our_models_stores_nfc_and_libraries_models_are_left_alone(world):
    team = world["team_cuong"]
    team.name = nfd("Tổ công nghệ số phường Cường")
    team.save()
    team.refresh_from_db()
    assert team.name == "Tổ công nghệ số phường Cường"
    user = get_user_model().objects.create_user("nfd-user", first_name=nfd("Ánh"), last_name=nfd("Lê Thị"))
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Ánh", "Lê Thị")
    assert {"teams", "accounts", "core", "content", "guides", "training", "reporting"} <= project_app_labels()
    assert not project_app_labels() & {"wagtailcore", "auth", "taggit", "wagtailimages"}


def test_rows_stored_decomposed_before_are_rewritten_by_the_migrations_step(world):
    member = Member.objects.create(team=world["team_an"], full_name="x", phone="+84981000005")
    Member.objects.filter(pk=member.pk).update(full_name=nfd("Lò Văn Ước"))  # a bulk write sends no signal
    Team.objects.filter(pk=world["team_an"].pk).update(name=nfd("Tổ xã An"))
    assert normalise_stored_text(Member) >= 1 and normalise_stored_text(Team) >= 1
    assert Member.objects.get(pk=member.pk).full_name == "Lò Văn Ước"
    assert Team.objects.get(pk=world["team_an"].pk).name == "Tổ xã An"
