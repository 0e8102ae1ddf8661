"""Issuing and revoking tokens in the Wagtail admin, and the signed-in exports of the same columns."""

import pytest
from django.urls import reverse

from accounts.models import PersonalDataAccess
from reporting.exports import RESULT_COLUMNS
from reporting.models import ApiToken
from reporting.tokens import hash_key
from tests.api.conftest import bearer
from tests.api.test_scoped import rows_of
from training.exports import COMPLETION_COLUMNS

pytestmark = pytest.mark.django_db


def issue_in_admin(client, area, scope="figures"):
    return client.post(
        reverse("api_tokens:add"), {"name": "Ứng dụng Hue-S", "area": area.pk if area else "", "scope": scope}
    )


def test_a_coordinator_issues_a_token_for_their_province_and_sees_the_key_once(client, people, place):
    client.force_login(people["coordinator"])
    response = issue_in_admin(client, place["east"], "personal")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    key = response.context["key"]
    token = ApiToken.objects.get()
    assert token.key_hash == hash_key(key) and token.created_by == people["coordinator"]
    assert key in response.content.decode()
    edit = client.get(reverse("api_tokens:edit", args=[token.pk]))
    assert edit.status_code == 200 and key not in edit.content.decode()
    assert key not in client.get(reverse("api_tokens:index")).content.decode()
    assert client.get("/api/v2/reporting/completions/", **bearer(key)).status_code == 200


def test_a_commune_officer_cannot_issue_a_token_for_another_commune(client, people, place):
    client.force_login(people["east_officer"])
    response = issue_in_admin(client, place["west"])
    assert response.status_code == 200 and "form" in response.context
    assert response.context["form"].errors["area"]
    assert not ApiToken.objects.exists()
    assert issue_in_admin(client, None).context["form"].errors["area"]


def test_a_superuser_issues_a_national_token(client, superuser, results):
    client.force_login(superuser)
    key = issue_in_admin(client, None).context["key"]
    data = client.get("/api/v2/reporting/results/", **bearer(key)).json()
    assert data["area"] is None
    assert [row["area"]["code"] for row in data["results"]] == ["77"]


def test_revoking_in_the_admin_stops_the_token(client, people, tokens):
    token = ApiToken.objects.get(key_hash=hash_key(tokens["west"]))
    client.force_login(people["coordinator"])
    response = client.post(reverse("api_tokens:edit", args=[token.pk]), {"name": token.name, "revoke": "on"})
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert client.get("/api/v2/reporting/results/", **bearer(tokens["west"])).status_code == 401


def test_tokens_of_other_areas_are_not_listed_nor_opened(client, people, tokens):
    west = ApiToken.objects.get(key_hash=hash_key(tokens["west"]))
    client.force_login(people["east_officer"])
    listing = client.get(reverse("api_tokens:index")).content.decode()
    assert "Ứng dụng của xã Đông" in listing and "Ứng dụng của xã Tây" not in listing
    for view in ("edit", "history", "usage", "delete"):
        assert client.get(reverse(f"api_tokens:{view}", args=[west.pk])).status_code == 404, view


def test_volunteers_have_no_token_admin(client, people):
    client.force_login(people["east_volunteer"])
    response = client.get(reverse("api_tokens:index"))
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_coordinators_download_the_completions_with_a_log_entry(client, people, module):
    client.force_login(people["east_officer"])
    response = client.get("/tien-do-dao-tao/hoan-thanh/?xuat=csv")
    rows = rows_of(response)
    assert rows[0] == COMPLETION_COLUMNS
    assert [row[5] for row in rows[1:]] == ["Phạm Thị Lan"]
    assert PersonalDataAccess.objects.get().user == people["east_officer"]
    client.force_login(people["leader"])
    assert client.get("/tien-do-dao-tao/hoan-thanh/").status_code == 403


def test_coordinators_download_the_results_in_the_open_data_columns(client, people, results):
    period, _indicator = results
    client.force_login(people["coordinator"])
    response = client.get(f"/bao-cao/so-lieu/?ky={period.pk}&xuat=xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    rows = rows_of(client.get(f"/bao-cao/so-lieu/?ky={period.pk}"))
    assert rows[0] == RESULT_COLUMNS
    assert {row[0] for row in rows[1:]} == {"77001", "77002"}
