"""Registering a team with its founding decision: on the phone page and in the admin, each role within its scope,
one active team per area (the existing team named, races included), the signed PDF checked and served only to the
people who can see the team."""

import datetime
import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from teams.models import Team, TeamStatus

pytestmark = pytest.mark.django_db

REGISTER = "/to-cong-nghe-so/dang-ky-to/"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
# The page's own: the person's scope (2), whether they register anywhere, the areas with whether each has a team;
# the rest is the site's frame (session, user, two-factor, site, settings, permissions, profile).
PAGE_QUERIES = 15
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def pdf(name="quyet-dinh.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def registration(area, **extra):
    return {
        "area": area.pk,
        "name": "",
        "decision_number": "12/QĐ-UBND",
        "decision_date": "2026-03-02",
        "decision_issuer": "Ủy ban nhân dân xã Bình",
        "founded_on": "",
        "zalo_group_url": "",
        "contact_phone": "",
        **extra,
    }


def test_a_province_coordinator_registers_a_commune_team_with_its_decision(client, world, people):
    client.force_login(people["province"])
    response = client.post(REGISTER, {**registration(world["binh"]), "decision_file": pdf()})
    assert response.status_code == 302
    team = Team.objects.get(area=world["binh"], status=TeamStatus.ACTIVE)
    assert team.name == "Tổ công nghệ số cộng đồng Xã Bình"
    assert team.decision_number == "12/QĐ-UBND" and team.decision_issuer == "Ủy ban nhân dân xã Bình"
    assert team.founded_on == datetime.date(2026, 3, 2)  # the decision's date when none is typed
    assert team.has_decision
    stored = Path(team.decision_file.path)
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT))  # nothing under /media/
    assert response["Location"] == f"/to-cong-nghe-so/da-dang-ky/{team.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert team.invitation_code in page and f"/to/{team.pk}/quyet-dinh-thanh-lap/" in page


def test_a_commune_officer_registers_a_village_team_of_their_commune(client, world, people):
    client.force_login(people["commune"])
    village = world["cuong"].children.create(name="Tổ dân phố 3", division_type="tổ dân phố", level=3)
    response = client.post(REGISTER, registration(village, founded_on="2026-03-05"))
    assert response.status_code == 302
    assert Team.objects.get(area=village).founded_on == datetime.date(2026, 3, 5)


@pytest.mark.parametrize("role", ["leader", "volunteer"])
def test_leaders_and_volunteers_may_not_register(client, world, people, role):
    client.force_login(people[role])
    assert client.get(REGISTER).status_code == 403
    assert client.post(REGISTER, registration(world["binh"])).status_code == 403
    assert not Team.objects.filter(area=world["binh"]).exists()


def test_anonymous_people_are_sent_to_sign_in(client, world):
    response = client.get(REGISTER)
    assert response.status_code == 302 and "/dang-nhap/" in response["Location"]


@pytest.mark.parametrize(
    ("role", "outside"),
    [("commune", "binh"), ("commune", "village"), ("province", "cuong"), ("province", "north")],
)
def test_an_area_outside_the_scope_cannot_be_posted(client, world, people, role, outside):
    """An id typed into the post is judged by the person's scope: an error on the form, no team, no 500."""
    client.force_login(people[role])
    Team.objects.filter(area=world[outside]).update(status=TeamStatus.DISSOLVED)
    response = client.post(REGISTER, registration(world[outside]))
    assert response.status_code == 200
    assert "không thuộc phạm vi bạn được lập tổ" in response.content.decode()
    assert not Team.objects.filter(area=world[outside], status=TeamStatus.ACTIVE).exists()


@pytest.mark.parametrize("field", ["tinh", "xa"])
def test_another_provinces_areas_are_not_found_on_the_drill_down(client, world, people, field):
    client.force_login(people["province"])
    area = world["south"] if field == "tinh" else world["cuong"]
    assert client.get(REGISTER, {field: area.pk}).status_code == 404
    assert client.get(REGISTER, {field: "99999999999999999999999"}).status_code == 404


def test_a_second_active_team_is_refused_with_the_existing_team_named(client, world, people):
    client.force_login(people["province"])
    response = client.post(REGISTER, registration(world["an"], decision_number="99/QĐ-UBND"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "đã có tổ đang hoạt động" in page and world["team_an"].name in page
    assert 'value="99/QĐ-UBND"' in page  # nothing typed is lost
    assert Team.objects.filter(area=world["an"]).count() == 1


def test_two_requests_racing_for_one_area_get_a_form_error_not_a_500(client, world, people, monkeypatch):
    """The check passed for both; the database refuses the second, whose form then names the first."""
    from teams import registry

    real = registry.existing_active_team
    calls = []

    def before_the_other_commits(area, exclude_pk=None):
        calls.append(area)
        if len(calls) == 1:
            Team.objects.create(area=area, name="Tổ nhanh tay hơn")
            return None
        return real(area, exclude_pk)

    monkeypatch.setattr(registry, "existing_active_team", before_the_other_commits)
    monkeypatch.setattr(Team, "validate_constraints", lambda self, exclude=None: None)
    client.force_login(people["province"])
    response = client.post(REGISTER, registration(world["binh"]))
    assert response.status_code == 200
    assert "Tổ nhanh tay hơn" in response.content.decode()
    assert list(Team.objects.filter(area=world["binh"]).values_list("name", flat=True)) == ["Tổ nhanh tay hơn"]


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("quyet-dinh.pdf", PNG, content_type="application/pdf"), "không phải PDF"),
        (SimpleUploadedFile("quyet-dinh.docx", PDF), "Chỉ nhận tệp PDF"),
        (SimpleUploadedFile(".pdf", PDF), "chưa có tên"),
        (SimpleUploadedFile("quyet-dinh.pdf", b""), "rỗng"),
        (SimpleUploadedFile("quyet-dinh.pdf", PDF + b"0" * (10 * 1024 * 1024)), "quá lớn"),
    ],
    ids=["png-renamed-pdf", "not-pdf-extension", "nameless", "empty", "oversize"],
)
def test_a_refused_decision_file_keeps_the_other_fields(client, world, people, upload, message):
    client.force_login(people["province"])
    response = client.post(REGISTER, {**registration(world["binh"]), "decision_file": upload})
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert 'value="12/QĐ-UBND"' in page and "Ủy ban nhân dân xã Bình" in page
    assert not Team.objects.filter(area=world["binh"]).exists()


def test_a_signed_file_needs_the_decisions_number_and_date(client, world, people):
    client.force_login(people["province"])
    response = client.post(REGISTER, {**registration(world["binh"], decision_number=""), "decision_file": pdf()})
    assert response.status_code == 200 and "hãy ghi cả số và ngày" in response.content.decode()


def test_a_double_tap_registers_one_team(client, world, people):
    client.force_login(people["province"])
    token = "8a0f3a34-96a6-4d5c-9d22-2e1b8d1b5f11"
    first = client.post(REGISTER, {**registration(world["binh"]), "form_token": token})
    second = client.post(REGISTER, {**registration(world["binh"]), "form_token": token})
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Team.objects.filter(area=world["binh"]).count() == 1


def test_search_without_diacritics_finds_areas_in_scope_only(client, world, people):
    client.force_login(people["province"])
    page = client.get(REGISTER, {"q": "thon dong"}).content.decode()
    assert "Thôn Đông, xã An, tỉnh Bắc" in page
    page = client.get(REGISTER, {"q": "binh"}).content.decode()
    assert "Xã Bình, tỉnh Bắc" in page
    page = client.get(REGISTER, {"q": "cuong"}).content.decode()
    assert "Phường Cường" not in page and "Không tìm thấy" in page


def test_a_commune_officer_starts_at_their_commune(client, world, people):
    client.force_login(people["commune"])
    page = client.get(REGISTER).content.decode()
    assert "Phường Cường, tỉnh Nam" in page and 'name="area"' in page
    assert 'name="founded_on" value=' not in page  # empty: the decision's date unless one is typed


def test_the_phone_page_queries_stay_few(client, world, people, django_assert_max_num_queries):
    from teams.factories import VillageFactory

    for number in range(30):
        VillageFactory(name=f"Thôn {number}", parent=world["an"])
    client.force_login(people["province"])
    client.get(REGISTER)  # the session and the user, once
    with django_assert_max_num_queries(PAGE_QUERIES):
        assert client.get(REGISTER, {"xa": world["an"].pk}).status_code == 200
    with django_assert_max_num_queries(PAGE_QUERIES):
        assert client.get(REGISTER, {"q": "thon"}).status_code == 200
    with django_assert_max_num_queries(PAGE_QUERIES):
        assert client.get(REGISTER, {"tinh": world["north"].pk}).status_code == 200


# The signed decision


@pytest.fixture
def decided(world):
    team = world["team_an"]
    team.decision_number, team.decision_date = "5/QĐ-UBND", datetime.date(2026, 2, 1)
    team.decision_file.save("quyet-dinh.pdf", io.BytesIO(PDF))
    return team


@pytest.mark.parametrize("role", ["province", "superuser", "leader"])
def test_the_decision_is_served_to_people_who_see_the_team(client, world, people, decided, role):
    client.force_login(people[role])
    response = client.get(f"/to/{decided.pk}/quyet-dinh-thanh-lap/")
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    assert "quyet-dinh-thanh-lap-to" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.parametrize("role", ["commune", "volunteer"])
def test_the_decision_is_not_found_for_anyone_else(client, world, people, decided, role):
    """The commune officer here serves another province's commune; the volunteer is not a leader."""
    client.force_login(people[role])
    assert client.get(f"/to/{decided.pk}/quyet-dinh-thanh-lap/").status_code == 404


def test_the_decision_is_not_served_to_anonymous_people_nor_from_media(client, world, decided):
    response = client.get(f"/to/{decided.pk}/quyet-dinh-thanh-lap/")
    assert response.status_code == 302 and "/dang-nhap/" in response["Location"]
    assert client.get(f"/media/{decided.decision_file.name}").status_code == 404


# The admin


def admin_post(area, **extra):
    return {**registration(area), "status": "active", **extra}


def test_the_admin_refuses_a_second_team_naming_the_first(client, world, people):
    client.force_login(people["province"])
    response = client.post("/admin/snippets/teams/team/add/", admin_post(world["an"]))
    assert response.status_code == 200
    assert world["team_an"].name in response.content.decode()
    assert Team.objects.filter(area=world["an"]).count() == 1


def test_the_admin_answers_a_lost_race_with_a_form_error(client, world, people, monkeypatch):
    from teams import admin_views, registry

    real = registry.existing_active_team
    calls = []

    def before_the_other_commits(area, exclude_pk=None):
        calls.append(area)
        if len(calls) == 1:
            Team.objects.create(area=area, name="Tổ đăng ký trước")
            return None
        return real(area, exclude_pk)

    monkeypatch.setattr(registry, "existing_active_team", before_the_other_commits)
    monkeypatch.setattr(admin_views, "existing_active_team", before_the_other_commits)
    monkeypatch.setattr(Team, "validate_constraints", lambda self, exclude=None: None)
    client.force_login(people["province"])
    response = client.post("/admin/snippets/teams/team/add/", admin_post(world["binh"]))
    assert response.status_code == 200 and "Tổ đăng ký trước" in response.content.decode()
    assert Team.objects.filter(area=world["binh"]).count() == 1


def test_the_admin_registers_a_team_with_its_decision_file(client, world, people):
    client.force_login(people["province"])
    response = client.post("/admin/snippets/teams/team/add/", {**admin_post(world["binh"]), "decision_file": pdf()})
    assert response.status_code == 302
    team = Team.objects.get(area=world["binh"])
    assert team.founded_on == datetime.date(2026, 3, 2)
    listing = client.get("/admin/snippets/teams/team/").content.decode()
    assert f"/to/{team.pk}/quyet-dinh-thanh-lap/" in listing


def test_the_admin_refuses_a_png_renamed_pdf(client, world, people):
    client.force_login(people["province"])
    upload = SimpleUploadedFile("quyet-dinh.pdf", PNG)
    response = client.post("/admin/snippets/teams/team/add/", {**admin_post(world["binh"]), "decision_file": upload})
    assert response.status_code == 200 and "không phải PDF" in response.content.decode()


def test_the_admin_area_field_is_the_scoped_area_chooser(client, world, people):
    client.force_login(people["superuser"])
    page = client.get("/admin/snippets/teams/team/add/").content.decode()
    assert "/admin/teams/chon-dia-ban/" in page and "/admin/snippets/choose/teams/adminarea/" not in page


def test_the_area_chooser_lists_labelled_areas_in_scope_searched_without_diacritics(client, world, people):
    client.force_login(people["province"])
    listing = client.get("/admin/teams/chon-dia-ban/").json()["html"]
    assert "Thôn Đông, xã An, tỉnh Bắc" in listing and "Xã Bình, tỉnh Bắc" in listing
    assert "Phường Cường" not in listing
    found = client.get("/admin/teams/chon-dia-ban/results/", {"q": "thon dong"}).content.decode()
    assert "Thôn Đông" in found and "Xã Bình" not in found
    assert client.get(f"/admin/teams/chon-dia-ban/chosen/{world['cuong'].pk}/").status_code == 404
    assert client.get(f"/admin/teams/chon-dia-ban/chosen/{world['binh'].pk}/").status_code == 200


def test_the_admin_edit_form_links_the_decision_through_the_view_not_media(client, world, people, decided):
    client.force_login(people["province"])
    page = client.get(f"/admin/snippets/teams/team/edit/{decided.pk}/").content.decode()
    assert f'href="/to/{decided.pk}/quyet-dinh-thanh-lap/"' in page
    assert "/media/quyet-dinh-thanh-lap-to/" not in page and 'name="decision_issuer"' in page


def test_the_team_list_filters_by_decision(client, world, people, decided):
    client.force_login(people["province"])
    with_decision = client.get("/admin/snippets/teams/team/", {"decision": "co"}).content.decode()
    without = client.get("/admin/snippets/teams/team/", {"decision": "chua"}).content.decode()
    assert decided.name in with_decision and world["team_village"].name not in with_decision
    assert world["team_village"].name in without and decided.name not in without


def test_the_account_page_links_to_the_registry_for_coordinators_only(client, world, people):
    client.force_login(people["province"])
    assert REGISTER in client.get("/tai-khoan/").content.decode()
    client.force_login(people["volunteer"])
    assert REGISTER not in client.get("/tai-khoan/").content.decode()
