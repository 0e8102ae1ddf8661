"""Villages and residential groups: added, renamed and merged by the people who manage their commune, in the admin
and on the phone page, with Vietnamese form errors and never a server error."""

import pytest
from django.core.exceptions import ValidationError

from teams.factories import TeamFactory, VillageFactory
from teams.models import AdminArea, AreaLevel, Team, TeamStatus

pytestmark = pytest.mark.django_db

ADD = "/admin/thon-to-dan-pho/add/"


def village_post(commune, name="Tổ dân phố 1", kind="tổ dân phố"):
    return {"parent": commune.pk, "name": name, "division_type": kind}


@pytest.mark.parametrize(("role", "commune"), [("commune", "cuong"), ("province", "binh"), ("superuser", "an")])
def test_a_village_is_added_in_the_admin(client, world, people, role, commune):
    client.force_login(people[role])
    response = client.post(ADD, village_post(world[commune]))
    assert response.status_code == 302
    village = AdminArea.objects.get(name="Tổ dân phố 1")
    assert village.level == AreaLevel.VILLAGE and village.parent == world[commune]
    assert village.province == world[commune].parent


@pytest.mark.parametrize(("role", "commune"), [("commune", "an"), ("province", "cuong")])
def test_a_village_cannot_be_added_outside_the_scope(client, world, people, role, commune):
    client.force_login(people[role])
    response = client.post(ADD, village_post(world[commune]))
    assert response.status_code == 200
    assert "không thuộc phạm vi bạn quản lý" in response.content.decode()
    assert not AdminArea.objects.filter(name="Tổ dân phố 1").exists()


@pytest.mark.parametrize("role", ["leader", "volunteer"])
def test_leaders_and_volunteers_have_no_village_admin(client, world, people, role):
    client.force_login(people[role])
    response = client.get(ADD)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_a_duplicate_name_within_the_commune_is_a_form_error(client, world, people):
    client.force_login(people["province"])
    response = client.post(ADD, village_post(world["an"], name="thôn  đông", kind="thôn"))
    assert response.status_code == 200
    assert "đã có “thôn đông”" in response.content.decode()
    assert AdminArea.objects.filter(parent=world["an"]).count() == 1


def test_the_same_name_in_another_commune_is_fine(client, world, people):
    client.force_login(people["province"])
    assert client.post(ADD, village_post(world["binh"], name="Thôn Đông", kind="thôn")).status_code == 302


def test_a_village_is_renamed(client, world, people):
    client.force_login(people["province"])
    village = world["village"]
    response = client.post(
        f"/admin/thon-to-dan-pho/edit/{village.pk}/", village_post(world["an"], name="Thôn Đông Hưng", kind="thôn")
    )
    assert response.status_code == 302
    village.refresh_from_db()
    assert village.name == "Thôn Đông Hưng" and village.level == AreaLevel.VILLAGE


def test_another_communes_village_is_not_found(client, world, people):
    client.force_login(people["commune"])
    village = world["village"]
    assert client.get(f"/admin/thon-to-dan-pho/edit/{village.pk}/").status_code == 404
    assert client.get(f"/admin/thon-to-dan-pho/gop/{village.pk}/").status_code == 404


def test_an_area_without_a_level_or_parent_is_a_message_not_a_crash():
    with pytest.raises(ValidationError) as refused:
        AdminArea(name="Thôn mới").clean()
    assert "level" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        AdminArea(name="Thôn mới", level=AreaLevel.VILLAGE).clean()
    assert "phải thuộc một xã" in refused.value.message_dict["parent"][0]


# Merging


def merge(client, village, into, confirm=True):
    data = {"into": into.pk}
    if confirm:
        data["confirm"] = "on"
    return client.post(f"/admin/thon-to-dan-pho/gop/{village.pk}/", data)


@pytest.mark.parametrize("role", ["province", "superuser"])
def test_merging_moves_the_villages_team_and_deletes_it(client, world, people, role):
    client.force_login(people[role])
    village, target = world["village"], VillageFactory(name="Thôn Tây", parent=world["an"])
    team = world["team_village"]
    page = client.get(f"/admin/thon-to-dan-pho/gop/{village.pk}/").content.decode()
    assert "Thôn Tây" in page and "1 tổ công nghệ số" in page  # the confirmation says what moves
    response = merge(client, village, target)
    assert response.status_code == 302
    assert not AdminArea.objects.filter(pk=village.pk).exists()
    team.refresh_from_db()
    assert team.area == target and team.commune == world["an"]


def test_a_commune_officer_merges_villages_of_their_commune(client, world, people):
    client.force_login(people["commune"])
    one = VillageFactory(name="Tổ 1", parent=world["cuong"])
    two = VillageFactory(name="Tổ 2", parent=world["cuong"])
    TeamFactory(area=one, status=TeamStatus.DISSOLVED)
    assert merge(client, one, two).status_code == 302
    assert Team.objects.filter(area=two).count() == 1


def test_merging_two_villages_with_active_teams_is_refused(client, world, people):
    client.force_login(people["province"])
    target = VillageFactory(name="Thôn Tây", parent=world["an"])
    other = TeamFactory(area=target)
    response = merge(client, world["village"], target)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Cả hai thôn đều có tổ đang hoạt động" in page and other.name in page
    assert AdminArea.objects.filter(pk=world["village"].pk).exists()


def test_merging_needs_the_confirmation(client, world, people):
    client.force_login(people["province"])
    target = VillageFactory(name="Thôn Tây", parent=world["an"])
    response = merge(client, world["village"], target, confirm=False)
    assert response.status_code == 200 and "Hãy đánh dấu ô xác nhận" in response.content.decode()
    assert AdminArea.objects.filter(pk=world["village"].pk).exists()


def test_merging_into_another_communes_village_is_refused(client, world, people):
    client.force_login(people["province"])
    elsewhere = VillageFactory(name="Thôn Bình", parent=world["binh"])
    response = merge(client, world["village"], elsewhere)
    assert response.status_code == 200 and "cùng xã" in response.content.decode()
    assert world["team_village"].area_id == world["village"].pk


def test_merging_moves_the_help_logged_in_the_village_and_says_so(client, world, people):
    """Nothing pointing at the village is lost or emptied silently: the help logged there moves too."""
    from reporting.models import SupportLog

    volunteer = people["volunteer"]
    log = SupportLog.objects.create(volunteer=volunteer, team=world["team_an"], area=world["village"])
    target = VillageFactory(name="Thôn Tây", parent=world["an"])
    client.force_login(people["province"])
    response = merge(client, world["village"], target)
    assert response.status_code == 302
    log.refresh_from_db()
    assert log.area == target
    follow = client.get(response["Location"]).content.decode()
    assert "Đã gộp" in follow


# The phone page


def test_a_commune_officer_adds_a_village_on_the_phone_page(client, world, people):
    client.force_login(people["commune"])
    response = client.post(
        f"/to-cong-nghe-so/xa/{world['cuong'].pk}/them-thon/",
        {"thon-name": "Tổ dân phố 5", "thon-division_type": "tổ dân phố"},
    )
    assert response.status_code == 302
    village = AdminArea.objects.get(name="Tổ dân phố 5")
    assert village.parent == world["cuong"] and village.level == AreaLevel.VILLAGE
    page = client.get(response["Location"]).content.decode()
    assert "Tổ dân phố 5, phường Cường, tỉnh Nam" in page


def test_a_duplicate_village_on_the_phone_page_is_a_form_error(client, world, people):
    client.force_login(people["province"])
    response = client.post(
        f"/to-cong-nghe-so/xa/{world['an'].pk}/them-thon/", {"thon-name": "Thôn Đông", "thon-division_type": "thôn"}
    )
    assert response.status_code == 200 and "đã có “Thôn Đông”" in response.content.decode()


@pytest.mark.parametrize("role", ["commune", "leader", "volunteer"])
def test_a_village_cannot_be_added_to_a_commune_outside_the_scope(client, world, people, role):
    client.force_login(people[role])
    response = client.post(
        f"/to-cong-nghe-so/xa/{world['an'].pk}/them-thon/", {"thon-name": "X", "thon-division_type": "thôn"}
    )
    assert response.status_code == 404
    assert not AdminArea.objects.filter(name="X").exists()
