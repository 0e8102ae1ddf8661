import pytest

from accounts.factories import UserFactory
from accounts.models import Notification
from content.factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory
from content.models import GoodPracticeIndexPage, GoodPracticePage, GoodPracticeResult, HomePage, ReplicationInterest
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory
from teams.models import MemberRole, RoleAssignment, ScopeRole

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(home_page, pillars, vneid):
    """A story from Xã An (Tỉnh Bắc), a leader of a team in Xã Bình who wants to copy it, and coordinators."""
    north, south = ProvinceFactory(name="Tỉnh Bắc"), ProvinceFactory(name="Tỉnh Nam")
    an, binh, cuong = (
        CommuneFactory(name="Xã An", parent=north),
        CommuneFactory(name="Xã Bình", parent=north),
        CommuneFactory(name="Xã Cường", parent=south),
    )
    index = GoodPracticeIndexPageFactory(parent=home_page)
    page = GoodPracticePageFactory(
        parent=index, title="Điểm hỗ trợ VNeID cuối tuần", commune=an, pillars=[], for_whom="Người cao tuổi"
    )
    page.pillars.set([pillars["chinh-quyen-so"]])
    page.platforms.set([vneid])
    GoodPracticeResult.objects.create(page=page, figure="1.240", label="người kích hoạt VNeID mức 2")
    page.save_revision().publish()
    team = TeamFactory(area=binh)
    leader = UserFactory(username="to-truong-binh")
    MemberFactory(team=team, user=leader, role=MemberRole.LEADER)
    member = UserFactory(username="thanh-vien-binh")
    MemberFactory(team=team, user=member)

    def assign(username, role, area):
        user = UserFactory(username=username)
        RoleAssignment.objects.create(user=user, role=role, area=area)
        return user

    return {
        "index": index,
        "page": GoodPracticePage.objects.get(pk=page.pk),
        "team": team,
        "leader": leader,
        "member": member,
        "an_officer": assign("can-bo-an", ScopeRole.COMMUNE_OFFICER, an),
        "binh_officer": assign("can-bo-binh", ScopeRole.COMMUNE_OFFICER, binh),
        "north_coordinator": assign("dieu-phoi-bac", ScopeRole.PROVINCE_COORDINATOR, north),
        "south_coordinator": assign("dieu-phoi-nam", ScopeRole.PROVINCE_COORDINATOR, south),
        "cuong": cuong,
    }


def test_good_practices_live_under_the_home_page():
    assert GoodPracticeIndexPage in HomePage.allowed_subpage_models()
    assert GoodPracticeIndexPage.allowed_subpage_models() == [GoodPracticePage]


def test_the_story_shows_its_commune_results_and_tags(client, story):
    body = client.get(story["page"].url).content.decode()
    assert "Xã An" in body and "1.240" in body and "Chính quyền số" in body and "VNeID" in body
    assert "Tổ chúng tôi muốn làm theo" not in body  # anonymous: no button


def test_the_list_filters_by_pillar_and_platform(client, story):
    assert len(client.get("/cach-lam-hay/", {"tru-cot": "chinh-quyen-so"}).context["practices"]) == 1
    assert len(client.get("/cach-lam-hay/", {"tru-cot": "kinh-te-so"}).context["practices"]) == 0
    assert len(client.get("/cach-lam-hay/", {"nen-tang": "vneid"}).context["practices"]) == 1
    assert client.get("/cach-lam-hay/", {"nen-tang": "khong-co"}).status_code == 200


def test_the_list_costs_the_same_number_of_queries_for_more_stories(client, story, django_assert_max_num_queries):
    client.get("/cach-lam-hay/")
    with django_assert_max_num_queries(20) as few:
        client.get("/cach-lam-hay/")
    for number in range(6):
        page = GoodPracticePageFactory(parent=story["index"], commune=story["cuong"], title=f"Cách {number}")
        GoodPracticeResult.objects.create(page=page, figure=str(number), label="người")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/cach-lam-hay/")


def test_a_leader_records_the_wish_once_and_the_storys_coordinators_are_told(client, story):
    client.force_login(story["leader"])
    page_url = story["page"].url
    assert "Tổ chúng tôi muốn làm theo" in client.get(page_url).content.decode()
    response = client.post(page_url + "muon-lam-theo/", {"to": story["team"].pk}, follow=True)
    assert "Đã ghi nhận" in response.content.decode()
    client.post(page_url + "muon-lam-theo/", {"to": story["team"].pk})
    assert ReplicationInterest.objects.filter(practice=story["page"], team=story["team"]).count() == 1
    told = set(Notification.objects.values_list("user__username", flat=True))
    assert told == {"can-bo-an", "dieu-phoi-bac"}
    assert Notification.objects.filter(user=story["an_officer"]).count() == 1
    assert "đã đăng ký làm theo" in client.get(page_url).content.decode()


@pytest.mark.parametrize("who", ["member", "binh_officer", "south_coordinator"])
def test_only_a_team_leader_can_record_a_wish(client, story, who):
    client.force_login(story[who])
    assert "Tổ chúng tôi muốn làm theo" not in client.get(story["page"].url).content.decode()
    client.post(story["page"].url + "muon-lam-theo/", {"to": story["team"].pk})
    assert not ReplicationInterest.objects.exists()
    assert not Notification.objects.exists()


def test_a_leader_cannot_record_a_wish_for_another_team(client, story):
    other = TeamFactory(area=story["cuong"])
    client.force_login(story["leader"])
    for value in (other.pk, "abc", "9" * 30):
        client.post(story["page"].url + "muon-lam-theo/", {"to": value})
    assert not ReplicationInterest.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in_and_get_is_refused(client, story):
    response = client.post(story["page"].url + "muon-lam-theo/", {"to": story["team"].pk})
    assert response.status_code == 302 and "/dang-nhap/" in response["Location"]
    assert client.get(story["page"].url + "muon-lam-theo/").status_code == 405


def test_the_storys_coordinators_see_which_teams_want_to_replicate_it(client, story):
    ReplicationInterest.objects.create(practice=story["page"], team=story["team"], user=story["leader"])
    for who, sees in (("an_officer", True), ("north_coordinator", True), ("binh_officer", False), ("leader", False)):
        client.force_login(story[who])
        body = client.get(story["page"].url).content.decode()
        assert ("Tổ đã đăng ký làm theo" in body) is sees, who
        assert (f"{story['team'].name}, Xã Bình" in body) is sees, who


def test_the_wish_tells_the_storys_coordinators_the_team_not_the_leaders_name(client, story):
    """The leader's team is outside those coordinators' scope: they learn the team and commune, not a person."""
    client.force_login(story["leader"])
    client.post(story["page"].url + "muon-lam-theo/", {"to": story["team"].pk})
    note = Notification.objects.filter(user=story["an_officer"]).get()
    assert story["team"].name in note.body and story["leader"].display_name not in note.body
    client.force_login(story["an_officer"])
    assert story["leader"].display_name not in client.get(story["page"].url).content.decode()


def test_signed_in_views_of_a_story_are_never_kept_by_the_browser_or_the_phone(client, story):
    assert "no-store" not in client.get(story["page"].url).get("Cache-Control", "")
    client.force_login(story["an_officer"])
    assert "no-store" in client.get(story["page"].url)["Cache-Control"]


def test_an_odd_team_number_is_refused_politely(client, story):
    client.force_login(story["leader"])
    response = client.post(story["page"].url + "muon-lam-theo/", {"to": "²"}, follow=True)
    assert response.status_code == 200 and "Chỉ tổ trưởng" in response.content.decode()
