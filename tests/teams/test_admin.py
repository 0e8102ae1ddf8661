import pytest

from teams.models import MEMBER_DATA_PURPOSE, ConsentSource, Member, Team

pytestmark = pytest.mark.django_db


def export(client, url):
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_province_coordinator_lists_and_exports_only_their_province(client, world, people):
    client.force_login(people["province"])
    listing = client.get("/admin/snippets/teams/team/").content.decode()
    assert world["team_an"].name in listing and world["team_cuong"].name not in listing
    members_csv = export(client, "/admin/snippets/teams/member/")
    assert "Thành Viên An" in members_csv and "Thành Viên Thôn" in members_csv
    assert "Thành Viên Cường" not in members_csv


def test_commune_officer_sees_only_their_commune(client, world, people):
    client.force_login(people["commune"])
    members_csv = export(client, "/admin/snippets/teams/member/")
    assert "Thành Viên Cường" in members_csv and "Thành Viên An" not in members_csv


@pytest.mark.parametrize("view", ["edit", "delete", "inspect", "history", "usage"])
def test_objects_outside_the_scope_are_not_found(client, world, people, view):
    client.force_login(people["commune"])
    other_team = world["team_an"]
    other_member = Member.objects.filter(team=other_team).first()
    assert client.get(f"/admin/snippets/teams/team/{view}/{other_team.pk}/").status_code == 404
    assert client.get(f"/admin/snippets/teams/member/{view}/{other_member.pk}/").status_code == 404


def test_coordinator_cannot_move_a_team_outside_their_scope(client, world, people):
    client.force_login(people["commune"])
    team = world["team_cuong"]
    response = client.post(
        f"/admin/snippets/teams/team/edit/{team.pk}/",
        {"area": world["an"].pk, "name": team.name, "status": "active"},
    )
    assert response.status_code == 200
    team.refresh_from_db()
    assert team.area == world["cuong"]


def test_coordinator_creates_a_team_in_their_commune(client, world, people):
    client.force_login(people["province"])
    response = client.post(
        "/admin/snippets/teams/team/add/", {"area": world["binh"].pk, "name": "", "status": "active"}
    )
    assert response.status_code == 302
    assert Team.objects.get(area=world["binh"]).name == "Tổ công nghệ số cộng đồng Xã Bình"


def test_only_superusers_link_member_accounts(client, world, people):
    member = Member.objects.filter(team=world["team_an"]).first()
    client.force_login(people["province"])
    assert 'name="user"' not in client.get(f"/admin/snippets/teams/member/edit/{member.pk}/").content.decode()
    client.force_login(people["superuser"])
    assert 'name="user"' in client.get(f"/admin/snippets/teams/member/edit/{member.pk}/").content.decode()


def test_team_leaders_and_volunteers_have_no_admin_access(client, world, people):
    for role in ("leader", "volunteer"):
        client.force_login(people[role])
        response = client.get("/admin/snippets/teams/member/")
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_coordinators_cannot_give_roles(client, world, people):
    client.force_login(people["province"])
    response = client.get("/admin/snippets/teams/roleassignment/")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_member_export_neutralises_formulas_but_keeps_phone_numbers(client, world, people):
    Member.objects.filter(team=world["team_an"], full_name="Thành Viên An").update(full_name="=1+2")
    client.force_login(people["province"])
    members_csv = export(client, "/admin/snippets/teams/member/")
    assert "'=1+2" in members_csv
    assert ",+84" in members_csv and ",'+84" not in members_csv


def test_the_admin_team_list_leads_to_each_teams_member_import(client, world, people):
    client.force_login(people["province"])
    listing = client.get("/admin/snippets/teams/team/").content.decode()
    assert f'href="/to/{world["team_an"].pk}/nhap-danh-sach/"' in listing
    assert client.get(f"/to/{world['team_an'].pk}/nhap-danh-sach/").status_code == 200


def test_a_member_added_in_the_admin_needs_their_consent_which_is_recorded_with_its_purpose(client, world, people):
    client.force_login(people["province"])
    form = client.get("/admin/snippets/teams/member/add/").content.decode()
    assert 'name="consent"' in form and str(MEMBER_DATA_PURPOSE) in form
    data = {
        "team": world["team_an"].pk,
        "full_name": "Lò Thị Xuân",
        "phone": "0912 777 888",
        "affiliation": "hoi-phu-nu",
        "role": "member",
        "joined_on": "2025-09-01",
    }
    refused = client.post("/admin/snippets/teams/member/add/", data)
    assert refused.status_code == 200 and "Chỉ lưu thông tin của người đã đồng ý" in refused.content.decode()
    assert not Member.objects.filter(full_name="Lò Thị Xuân").exists()

    assert client.post("/admin/snippets/teams/member/add/", {**data, "consent": "on"}).status_code == 302
    member = Member.objects.get(full_name="Lò Thị Xuân")
    assert member.consent_source == ConsentSource.ADMIN and member.consent_recorded_by == people["province"]
    assert member.consent_purpose == MEMBER_DATA_PURPOSE and member.consented_at is not None
    edit = client.get(f"/admin/snippets/teams/member/edit/{member.pk}/").content.decode()
    assert 'name="consent"' not in edit and str(MEMBER_DATA_PURPOSE) in edit


def test_the_member_chooser_lists_and_returns_only_members_in_scope(client, world, people):
    """Any admin user can open a chooser from a form: it must not become a way to read names outside the scope."""
    from django.contrib.auth.models import Group

    from accounts.factories import UserFactory

    chooser = "/admin/snippets/choose/teams/member/"
    cuong_member = Member.objects.get(full_name="Thành Viên Cường")
    an_member = Member.objects.get(full_name="Thành Viên An")

    client.force_login(people["commune"])  # Xã Cường only
    listed = client.get(chooser).json()["html"]
    assert "Thành Viên Cường" in listed and "Thành Viên An" not in listed
    assert "Thành Viên An" not in client.get(f"{chooser}results/", {"q": "An"}).content.decode()
    assert client.get(f"{chooser}chosen/{an_member.pk}/").status_code == 404
    assert client.get(f"{chooser}chosen/{cuong_member.pk}/").status_code == 200
    assert "Thành Viên An" not in str(client.get(f"{chooser}chosen-multiple/", {"id": [an_member.pk]}).json())

    editor = UserFactory(username="bientap-chooser")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    listed = client.get(chooser).json()["html"]
    assert "Thành Viên" not in listed and "Tổ Trưởng" not in listed


def test_who_coordinates_where_is_not_readable_through_a_chooser(client, world, people):
    chooser = "/admin/snippets/choose/teams/roleassignment/"
    assignment = "Điều phối viên cấp tỉnh, Tỉnh Bắc"
    client.force_login(people["province"])
    assert assignment not in client.get(chooser).json()["html"]
    client.force_login(people["superuser"])
    assert assignment in client.get(chooser).json()["html"]
