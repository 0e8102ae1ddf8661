import datetime

import pytest
from django.utils import timezone

from accounts.factories import UserFactory
from accounts.models import Notification
from teams.factories import MemberFactory, TeamFactory, VillageFactory
from teams.models import Announcement, AnnouncementRead, MemberRole

pytestmark = pytest.mark.django_db


def post(user, province, *, title="Chiến dịch mới", communes=(), whole=False, deadline=None):
    announcement = Announcement.objects.create(author=user, province=province, title=title, body="Nội dung.")
    announcement.communes.set(communes)
    if deadline:
        announcement.deadline = deadline
        announcement.save()
    return announcement


def listed(client, user):
    client.force_login(user)
    return [item.title for item in client.get("/thong-bao/").context["announcements"]]


def test_a_province_coordinator_posts_to_the_whole_province_from_the_phone_form(client, world, people):
    client.force_login(people["province"])
    form_page = client.get("/thong-bao/moi/")
    assert form_page.status_code == 200 and "Gửi toàn tỉnh" in form_page.content.decode()
    assert client.get("/thong-bao/moi/", {"tinh": "²"}).status_code == 404
    response = client.post(
        "/thong-bao/moi/",
        {"tinh": world["north"].pk, "title": "Ra quân tháng cao điểm", "body": "Mỗi tổ 20 hộ.", "whole_province": "on"},
    )
    announcement = Announcement.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/thong-bao/{announcement.pk}/"
    assert announcement.province == world["north"] and not announcement.communes.exists()


def test_the_form_keeps_what_was_typed_and_says_what_is_missing(client, world, people):
    client.force_login(people["province"])
    yesterday = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    response = client.post(
        "/thong-bao/moi/", {"tinh": world["north"].pk, "title": "Nộp số liệu", "body": "", "deadline": yesterday}
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Nộp số liệu" in body and "đã qua. Hãy chọn một ngày từ hôm nay trở đi" in body and "ít nhất một xã" in body
    assert not Announcement.objects.exists()


def test_a_commune_officer_may_address_only_their_commune(client, world, people):
    client.force_login(people["commune"])
    page = client.get("/thong-bao/moi/")
    assert page.status_code == 200
    assert "whole_province" not in page.context["form"].fields
    assert list(page.context["form"].fields["communes"].queryset) == [world["cuong"]]
    client.post(
        "/thong-bao/moi/",
        {"tinh": world["south"].pk, "title": "Họp tổ", "body": "Thứ bảy.", "communes": [world["an"].pk]},
    )
    assert not Announcement.objects.exists()
    assert client.get("/thong-bao/moi/", {"tinh": world["north"].pk}).status_code == 404


@pytest.mark.parametrize("who", ["leader", "volunteer"])
def test_team_members_cannot_post(client, people, who):
    client.force_login(people[who])
    assert client.get("/thong-bao/moi/").status_code == 403
    assert client.post("/thong-bao/moi/", {"title": "x", "body": "y"}).status_code == 403


def test_members_see_what_concerns_their_commune_or_province_and_nothing_else(client, world, people):
    post(people["province"], world["north"], title="Toàn tỉnh Bắc")
    post(people["province"], world["north"], title="Riêng xã Bình", communes=[world["binh"]])
    post(people["province"], world["north"], title="Riêng xã An", communes=[world["an"]])
    post(people["commune"], world["south"], title="Riêng phường Cường", communes=[world["cuong"]])
    assert listed(client, people["leader"]) == ["Riêng xã An", "Toàn tỉnh Bắc"]
    assert listed(client, people["volunteer"]) == ["Riêng xã An", "Toàn tỉnh Bắc"]
    assert listed(client, people["commune"]) == ["Riêng phường Cường"]
    assert len(listed(client, people["province"])) == 3
    assert len(listed(client, people["superuser"])) == 4
    assert listed(client, UserFactory(username="khong-co-to")) == []


def test_a_volunteer_of_another_province_gets_404_on_an_announcement(client, world, people):
    announcement = post(people["province"], world["north"], title="Toàn tỉnh Bắc")
    outsider = UserFactory(username="tinh-nam")
    MemberFactory(team=world["team_cuong"], user=outsider)
    client.force_login(outsider)
    assert client.get(f"/thong-bao/{announcement.pk}/").status_code == 404
    assert client.post(f"/thong-bao/{announcement.pk}/danh-dau/", {"da-doc": "1"}).status_code == 404
    assert not AnnouncementRead.objects.exists()


def test_a_former_member_and_a_dissolved_team_no_longer_receive(client, world, people):
    post(people["province"], world["north"], title="Toàn tỉnh Bắc")
    former = UserFactory(username="da-roi-to")
    MemberFactory(team=world["team_an"], user=former, left_on=timezone.localdate() - datetime.timedelta(days=2))
    assert listed(client, former) == []


def test_read_and_unread(client, world, people):
    announcement = post(people["province"], world["north"], title="Toàn tỉnh Bắc")
    client.force_login(people["leader"])
    assert client.get("/thong-bao/").context["announcements"][0].is_read is False
    client.post(f"/thong-bao/{announcement.pk}/danh-dau/", {"da-doc": "1"})
    client.post(f"/thong-bao/{announcement.pk}/danh-dau/", {"da-doc": "1"})
    assert AnnouncementRead.objects.filter(user=people["leader"]).count() == 1
    assert client.get("/thong-bao/").context["announcements"][0].is_read is True
    client.post(f"/thong-bao/{announcement.pk}/danh-dau/", {"da-doc": "0"})
    assert not AnnouncementRead.objects.exists()
    client.get(f"/thong-bao/{announcement.pk}/")
    assert AnnouncementRead.objects.filter(user=people["leader"]).count() == 1
    assert not AnnouncementRead.objects.filter(user=people["volunteer"]).exists()


def test_the_account_page_shows_the_unread_count(client, world, people):
    post(people["province"], world["north"], title="Một")
    post(people["province"], world["north"], title="Hai")
    client.force_login(people["leader"])
    assert "2 thông báo chưa đọc" in client.get("/tai-khoan/").content.decode()


def test_posting_puts_the_announcement_in_the_members_inboxes(
    client, world, people, django_capture_on_commit_callbacks
):
    client.force_login(people["province"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/thong-bao/moi/",
            {"tinh": world["north"].pk, "title": "Họp giao ban", "body": "Sáng thứ hai.", "communes": [world["an"].pk]},
        )
    assert set(Notification.objects.values_list("user__username", flat=True)) == {"totruong", "tinhnguyen"}


def test_the_list_costs_the_same_number_of_queries_for_more_announcements(
    client, world, people, django_assert_max_num_queries
):
    post(people["province"], world["north"], title="Một", deadline=timezone.localdate())
    client.force_login(people["leader"])
    client.get("/thong-bao/")
    with django_assert_max_num_queries(12) as few:
        client.get("/thong-bao/")
    for number in range(10):
        post(people["province"], world["north"], title=f"Thông báo {number}", communes=[world["an"], world["binh"]])
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/thong-bao/")


def test_a_leader_of_two_teams_sees_each_province_once(client, world, people):
    TeamFactory(area=world["binh"])
    second = TeamFactory(area=VillageFactory(parent=world["binh"]))
    MemberFactory(team=second, user=people["leader"], role=MemberRole.LEADER)
    post(people["province"], world["north"], title="Toàn tỉnh", communes=[world["an"], world["binh"]])
    assert listed(client, people["leader"]) == ["Toàn tỉnh"]
