"""A guide's platform and pillar are copies (of its parent page and of that platform's pillar). Whatever changes
them (Wagtail's move, a platform's new pillar, publishing a revision written before a move, a bulk load of areas
for teams) every list, filter, dashboard and API that reads the copies must tell the new truth."""

import pytest
from django.contrib.auth.models import Group
from wagtail.actions.move_page import MovePageAction

from accounts.factories import UserFactory
from content.editorial import sync_department
from content.factories import DepartmentFactory, HomePageFactory, PlatformIndexPageFactory, PlatformPageFactory
from guides.editorial import overdue_guides
from guides.factories import GuidePageFactory
from guides.models import GuidePage, refresh_from_platform
from guides.search import GUIDES, search_site
from teams.areas import load_official_areas
from teams.factories import CommuneFactory, ProvinceFactory, TeamFactory, VillageFactory
from teams.models import AdminArea, AreaLevel, Team

pytestmark = pytest.mark.django_db


@pytest.fixture
def police(db):
    return DepartmentFactory(slug="bo-cong-an", name="Bộ Công an")


@pytest.fixture
def post_office(db):
    return DepartmentFactory(slug="buu-dien", name="Tổng công ty Bưu điện Việt Nam")


@pytest.fixture
def vneid(platform_index, pillars, police):
    return PlatformPageFactory(
        parent=platform_index, title="VNeID", slug="vneid", pillar=pillars["chinh-quyen-so"], department=police
    )


@pytest.fixture
def postmart(platform_index, pillars, post_office):
    return PlatformPageFactory(
        parent=platform_index,
        title="postmart.vn",
        slug="postmart",
        pillar=pillars["kinh-te-so"],
        department=post_office,
    )


@pytest.fixture
def shop_guide(vneid, guide_index, sectors):
    """Written under the wrong platform; never checked, so it is due for review on the dashboards."""
    return GuidePageFactory(
        parent=vneid, title="Bán nông sản trên sàn bưu điện", slug="ban-nong-san", sectors=[sectors["thuong-mai"]]
    )


@pytest.fixture
def postmart_guide(postmart):
    return GuidePageFactory(parent=postmart, title="Mở gian hàng", slug="mo-gian-hang")


def stored(page):
    return GuidePage.objects.get(pk=page.pk)


def listed(client, url, key="guides"):
    response = client.get(url)
    assert response.status_code == 200
    return {page.pk for page in response.context[key]}


def searched(client, url):
    """The guides the site search shows."""
    response = client.get(url)
    assert response.status_code == 200
    return {hit.page.pk for group in response.context["groups"] for hit in group["hits"] if hit.kind is GUIDES}


def api_ids(client, query):
    response = client.get(f"/api/v2/guides/?{query}")
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def test_a_guide_moved_by_wagtail_takes_its_new_platform_and_pillar(shop_guide, postmart, pillars):
    MovePageAction(shop_guide, postmart, pos="last-child").execute(skip_permission_checks=True)
    guide = stored(shop_guide)
    assert guide.platform_id == postmart.pk
    assert guide.pillar == pillars["kinh-te-so"]


def test_a_guide_moved_in_the_admin_shows_up_everywhere_under_its_new_platform(
    client, superuser, shop_guide, postmart_guide, postmart, vneid, police, post_office, pillars
):
    client.force_login(superuser)
    response = client.post(f"/admin/pages/{shop_guide.pk}/move/{postmart.pk}/confirm/")
    assert response.status_code == 302
    client.logout()
    guide = stored(shop_guide)
    assert guide.get_parent().pk == postmart.pk

    # The guides index, filtered by pillar and by platform.
    assert shop_guide.pk in listed(client, "/huong-dan/?tru-cot=kinh-te-so")
    assert shop_guide.pk not in listed(client, "/huong-dan/?tru-cot=chinh-quyen-so")
    assert shop_guide.pk in listed(client, "/huong-dan/?nen-tang=postmart")
    assert shop_guide.pk not in listed(client, "/huong-dan/?nen-tang=vneid")
    # The pillar landing pages, and the sector landing that names each guide's platform.
    assert shop_guide.pk in listed(client, "/huong-dan/kinh-te-so/")
    assert shop_guide.pk not in listed(client, "/huong-dan/chinh-quyen-so/")
    sector_page = client.get("/huong-dan/linh-vuc/thuong-mai/")
    assert [(page.pk, page.platform_id) for page in sector_page.context["guides"]] == [(shop_guide.pk, postmart.pk)]
    # The search, with and without the pillar filter.
    assert shop_guide.pk in searched(client, "/tim-kiem/?q=nong+san&tru-cot=kinh-te-so")
    assert shop_guide.pk not in searched(client, "/tim-kiem/?q=nong+san&tru-cot=chinh-quyen-so")
    assert [hit.page.pk for hit in search_site("nong san", pillar=pillars["kinh-te-so"]).groups[GUIDES]] == [
        shop_guide.pk
    ]
    # The platform pages.
    assert shop_guide.pk in listed(client, "/nen-tang/postmart/")
    assert shop_guide.pk not in listed(client, "/nen-tang/vneid/")
    # The guide page: its platform, department and next guides; and its new neighbour's next guides.
    page = client.get(guide.url)
    assert page.context["platform"].pk == postmart.pk
    assert page.context["department"] == post_office
    assert [item.pk for item in page.context["next_guides"]] == [postmart_guide.pk]
    assert [item.pk for item in postmart_guide.next_guides()] == [shop_guide.pk]
    assert GuidePageFactory(parent=vneid).next_guides() == []
    # The public API, filtered by pillar and by platform, and the guide's own record.
    assert shop_guide.pk in api_ids(client, "pillar=kinh-te-so")
    assert shop_guide.pk not in api_ids(client, "pillar=chinh-quyen-so")
    assert shop_guide.pk in api_ids(client, "platform=postmart")
    assert shop_guide.pk not in api_ids(client, f"platform={vneid.pk}")
    detail = client.get(f"/api/v2/guides/{shop_guide.pk}/").json()
    assert (detail["platform"]["slug"], detail["pillar"]["slug"]) == ("postmart", "kinh-te-so")


def test_the_review_dashboards_put_a_moved_guide_under_its_new_department(
    client, superuser, shop_guide, postmart, police, post_office
):
    shop_guide.move(postmart, pos="last-child")
    assert {guide.pk: guide.platform.department for guide in overdue_guides(superuser)} == {shop_guide.pk: post_office}
    client.force_login(superuser)
    by_department = client.get(f"/admin/ra-soat-huong-dan/?department={post_office.pk}")
    assert shop_guide.pk in {guide.pk for guide in by_department.context["guides"]}
    other_department = client.get(f"/admin/ra-soat-huong-dan/?department={police.pk}")
    assert shop_guide.pk not in {guide.pk for guide in other_department.context["guides"]}

    sync_department(police)
    sync_department(post_office)
    police_editor, post_editor = UserFactory(), UserFactory()
    police_editor.groups.add(Group.objects.get(name__startswith="Biên tập: Bộ Công an"))
    post_editor.groups.add(Group.objects.get(name__startswith="Biên tập: Tổng công ty Bưu điện"))
    assert [guide.pk for guide in overdue_guides(post_editor)] == [shop_guide.pk]
    assert list(overdue_guides(police_editor)) == []


def test_a_chosen_pillar_stays_through_a_move(shop_guide, postmart, pillars):
    shop_guide.pillar_choice = pillars["xa-hoi-so"]
    shop_guide.save_revision().publish()
    shop_guide.move(postmart, pos="last-child")
    guide = stored(shop_guide)
    assert (guide.platform_id, guide.pillar, guide.pillar_choice) == (
        postmart.pk,
        pillars["xa-hoi-so"],
        pillars["xa-hoi-so"],
    )


def test_publishing_a_revision_written_before_the_move_keeps_the_new_platform(shop_guide, postmart, vneid, pillars):
    shop_guide.outcome = "Bạn bán được nông sản."
    revision = shop_guide.save_revision()
    assert revision.content["platform"] == vneid.pk
    shop_guide.move(postmart, pos="last-child")
    revision.refresh_from_db()
    assert revision.content["platform"] == vneid.pk  # still the old one: the copy is made again on publishing
    revision.publish()
    guide = stored(shop_guide)
    assert (guide.outcome, guide.platform_id, guide.pillar) == (
        "Bạn bán được nông sản.",
        postmart.pk,
        pillars["kinh-te-so"],
    )


def test_a_platform_given_another_pillar_takes_its_guides_along_unless_they_chose_their_own(
    client, shop_guide, vneid, pillars
):
    chosen = GuidePageFactory(parent=vneid, title="Khai báo y tế", pillar_choice=pillars["chinh-quyen-so"])
    vneid.pillar = pillars["xa-hoi-so"]
    vneid.save_revision()  # a draft changes nothing yet
    assert stored(shop_guide).pillar == pillars["chinh-quyen-so"]
    vneid.get_latest_revision().publish()
    assert stored(shop_guide).pillar == pillars["xa-hoi-so"]
    assert stored(chosen).pillar == pillars["chinh-quyen-so"]
    assert api_ids(client, "pillar=xa-hoi-so") == {shop_guide.pk}
    assert shop_guide.pk in listed(client, "/huong-dan/xa-hoi-so/")


def test_a_moved_platform_keeps_its_guides_and_their_copies(shop_guide, vneid, pillars, root_page):
    other_home = HomePageFactory(parent=root_page, slug="tinh-khac")
    other_index = PlatformIndexPageFactory(parent=other_home, slug="nen-tang")
    vneid.move(other_index, pos="last-child")
    guide = stored(shop_guide)
    assert guide.get_parent().pk == vneid.pk
    assert (guide.platform_id, guide.pillar) == (vneid.pk, pillars["chinh-quyen-so"])
    assert guide.url_path.startswith(other_index.specific.url_path)


def test_refreshing_copies_takes_the_same_few_queries_for_one_guide_or_many(
    vneid, postmart, pillars, django_assert_max_num_queries
):
    guides = [GuidePageFactory(parent=vneid) for _ in range(5)]
    # A bulk update skips save(): this is what the refresh is for.
    GuidePage.objects.filter(pk__in=[guide.pk for guide in guides]).update(
        pillar=pillars["xa-hoi-so"], platform=postmart
    )
    with django_assert_max_num_queries(3):
        assert refresh_from_platform(GuidePage.objects.filter(pk=guides[0].pk)) == 1
    with django_assert_max_num_queries(3):
        assert refresh_from_platform(GuidePage.objects.all()) == 4
    assert set(GuidePage.objects.values_list("platform_id", "pillar_id")) == {(vneid.pk, pillars["chinh-quyen-so"].pk)}


def test_a_commune_given_to_another_province_takes_its_villages_and_teams_along():
    old, new = ProvinceFactory(), ProvinceFactory()
    commune = CommuneFactory(parent=old)
    village = VillageFactory(parent=commune)
    commune_team, village_team = TeamFactory(area=commune), TeamFactory(area=village)
    assert village_team.province == old

    commune.parent = new
    commune.save()
    assert AdminArea.objects.get(pk=village.pk).province == new
    assert {team.province for team in Team.objects.filter(pk__in=[commune_team.pk, village_team.pk])} == {new}
    assert Team.objects.get(pk=village_team.pk).commune == commune


def test_reloading_the_official_areas_moves_the_villages_and_teams_of_a_commune_that_changed_province():
    load_official_areas()
    commune = AdminArea.objects.filter(level=AreaLevel.COMMUNE).select_related("parent").first()
    official_province = commune.parent
    elsewhere = AdminArea.objects.filter(level=AreaLevel.PROVINCE).exclude(pk=official_province.pk).first()
    commune.parent = elsewhere
    commune.save()
    village = VillageFactory(parent=commune)
    team = TeamFactory(area=village)
    assert team.province == elsewhere

    report = load_official_areas()
    assert report.updated == 1
    assert AdminArea.objects.get(pk=commune.pk).province == official_province
    assert AdminArea.objects.get(pk=village.pk).province == official_province
    assert Team.objects.get(pk=team.pk).province == official_province
