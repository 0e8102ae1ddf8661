"""What an outside round found in the registry, each as the class it belongs to: a chooser that names what the
person may not see, names that look alike but are different text, a merge that lost a race, links that are not the
team's Zalo group, a deadline years away, and exports that show stored codes instead of words."""

import csv
import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from core.labels import clean_label
from teams.factories import TeamFactory, VillageFactory
from teams.models import AdminArea, RegistryDeadline, Team, TeamStatus, validate_zalo_link
from teams.registry import merge_village
from tests.teams.test_registry import REGISTER, admin_post, registration
from tests.teams.test_registry_deadline import post_deadline

pytestmark = pytest.mark.django_db


# A chooser never names an object outside the person's scope


@pytest.mark.parametrize(
    ("url", "field", "outside"),
    [
        ("/admin/snippets/teams/team/add/", "area", "cuong"),
        ("/admin/snippets/teams/member/add/", "team", "team_cuong"),
    ],
)
def test_an_id_from_outside_the_scope_is_refused_without_its_name(client, world, people, url, field, outside):
    hidden = VillageFactory(name="Khu phố Bí Mật", parent=world["cuong"])
    target = hidden if field == "area" else TeamFactory(area=hidden, name="Tổ Bí Mật")
    client.force_login(people["province"])
    data = admin_post(world["binh"]) if field == "area" else {"full_name": "Người Mới", "phone": "0982 111 222"}
    response = client.post(url, {**data, field: target.pk})
    assert response.status_code == 200
    assert "Bí Mật" not in response.content.decode()


def test_an_id_in_scope_is_still_shown_after_another_error(client, world, people):
    client.force_login(people["province"])
    response = client.post("/admin/snippets/teams/team/add/", admin_post(world["binh"], decision_date="2099-01-01"))
    assert response.status_code == 200
    assert "Xã Bình" in response.content.decode()


# Names that look alike are one text, or refused


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Tổ  dân phố 2 ", "Tổ dân phố 2"),
        ("\uff34\uff48ôn \uff24", "Thôn D"),  # fullwidth letters
        ("Thôn\u00a0Tây", "Thôn Tây"),
        ("Ấp Phú Hòa (cũ)", "Ấp Phú Hòa (cũ)"),
        ("Khu 5/2", "Khu 5/2"),
        ("Buôn H'Mông", "Buôn H'Mông"),
    ],
)
def test_labels_are_taken_in_one_form(typed, stored):
    assert clean_label(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["Thôn\u200b Đông", "Thôn \u202eguoD", "\u200b", "Thôn 🎉", "<script>alert(1)</script>", "=HYPERLINK(1)", "-Thôn"],
)
def test_invisible_characters_symbols_and_formulas_are_refused_in_labels(typed):
    with pytest.raises(ValidationError):
        clean_label(typed)


@pytest.mark.parametrize("lookalike", ["Thôn\u200b Đông", "\uff34hôn Đông", "THÔN  ĐÔNG"])
def test_a_village_that_only_looks_different_is_not_added_twice(client, world, people, lookalike):
    client.force_login(people["province"])
    client.post(
        f"/to-cong-nghe-so/xa/{world['an'].pk}/them-thon/", {"thon-name": lookalike, "thon-division_type": "thôn"}
    )
    assert AdminArea.objects.filter(parent=world["an"]).count() == 1


@pytest.mark.parametrize("name", ["\u200b", "Tổ \u202eabc", "=1+2"])
def test_a_team_name_that_hides_or_runs_something_is_refused(client, world, people, name):
    client.force_login(people["province"])
    response = client.post(REGISTER, registration(world["binh"], name=name))
    assert response.status_code == 200
    assert not Team.objects.filter(area=world["binh"]).exists()


# A merge overtaken by another request


def test_a_merge_the_database_refuses_moves_nothing_and_says_why(world):
    target = VillageFactory(name="Thôn Tây", parent=world["an"])
    TeamFactory(area=target)  # registered meanwhile, after the form's check
    with pytest.raises(ValidationError, match="Chưa gộp được"):
        merge_village(world["village"], target)
    assert AdminArea.objects.filter(pk=world["village"].pk).exists()
    assert Team.objects.get(pk=world["team_village"].pk).area == world["village"]


# The team's Zalo link


@pytest.mark.parametrize("link", ["https://zalo.me/g/abcdef", "http://zalo.me/g/abcdef", "https://ZALO.me/g/x"])
def test_zalo_group_links_are_accepted(link):
    validate_zalo_link(link)


@pytest.mark.parametrize(
    "link",
    ["https://evil.example/phish", "http://zalo.me.evil.com/g/x", "https://evil.example/?zalo.me", "ftp://zalo.me/g"],
)
def test_other_links_are_refused_as_the_teams_zalo_group(client, world, people, link):
    with pytest.raises(ValidationError):
        validate_zalo_link(link)
    client.force_login(people["province"])
    response = client.post(REGISTER, registration(world["binh"], zalo_group_url=link))
    assert response.status_code == 200 and "zalo.me/g/" in response.content.decode()
    assert not Team.objects.filter(area=world["binh"]).exists()


# The province's deadline


def test_a_deadline_years_away_is_a_mistyped_year(client, world, people):
    client.force_login(people["province"])
    response = post_deadline(client, "91", "2099-12-31", "0b9e5a52-0d55-4c1e-9b1e-1a2b3c4d5e01")
    assert response.status_code == 200 and "quá xa" in response.content.decode()
    assert not RegistryDeadline.objects.exists()
    next_year = (timezone.localdate() + datetime.timedelta(days=300)).isoformat()
    post_deadline(client, "91", next_year, "0b9e5a52-0d55-4c1e-9b1e-1a2b3c4d5e02")
    assert RegistryDeadline.objects.get().deadline.isoformat() == next_year


# Exports show words, not stored codes


def test_the_team_export_shows_the_status_in_words(client, world, people):
    Team.objects.filter(pk=world["team_an"].pk).update(status=TeamStatus.ACTIVE)
    client.force_login(people["superuser"])
    response = client.get("/admin/snippets/teams/team/?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    status = rows[0].index("Trạng thái")
    assert {row[status] for row in rows[1:]} == {"Đang hoạt động"}
