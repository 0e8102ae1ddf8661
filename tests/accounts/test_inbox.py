import pytest

from accounts.factories import UserFactory
from accounts.models import Notification
from accounts.notifications import notify, notify_many

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_people(db):
    return UserFactory(username="nguoi-mot"), UserFactory(username="nguoi-hai")


def test_one_notification_per_person_and_reason(two_people):
    first, second = two_people
    assert notify(first, "thu:1", "Một")[1] is True
    assert notify(first, "thu:1", "Một lần nữa")[1] is False
    notify_many([first.pk, second.pk, second.pk], "thu:1", "Một")
    assert Notification.objects.filter(user=first).count() == 1
    assert Notification.objects.filter(user=second).count() == 1


def test_the_inbox_shows_unread_and_marks_read_one_or_all(client, two_people):
    first, second = two_people
    mine = [notify(first, f"thu:{number}", f"Tin {number}", url="/thong-bao/")[0] for number in range(3)]
    theirs, _created = notify(second, "thu:0", "Tin của người khác")
    client.force_login(first)
    page = client.get("/tai-khoan/thong-bao/")
    assert page.context["unread"] == 3 and "Tin của người khác" not in page.content.decode()
    assert "3 chưa đọc" in client.get("/tai-khoan/").content.decode()
    client.post("/tai-khoan/thong-bao/da-doc/", {"id": mine[0].pk})
    client.post("/tai-khoan/thong-bao/da-doc/", {"id": theirs.pk})
    client.post("/tai-khoan/thong-bao/da-doc/", {"id": "9" * 40})
    assert client.post("/tai-khoan/thong-bao/da-doc/", {"id": "²"}).status_code == 302  # a digit to Python only
    assert client.get("/tai-khoan/thong-bao/").context["unread"] == 2
    assert Notification.objects.get(pk=theirs.pk).read_at is None
    client.post("/tai-khoan/thong-bao/da-doc/")
    assert client.get("/tai-khoan/thong-bao/").context["unread"] == 0
    assert Notification.objects.get(pk=theirs.pk).read_at is None


def test_the_inbox_costs_the_same_number_of_queries_for_more_notifications(
    client, two_people, django_assert_max_num_queries
):
    first, _second = two_people
    notify(first, "thu:0", "Tin")
    client.force_login(first)
    client.get("/tai-khoan/thong-bao/")
    with django_assert_max_num_queries(12) as few:
        client.get("/tai-khoan/thong-bao/")
    notify_many([first.pk], "thu:x", "Tin")
    for number in range(20):
        notify(first, f"thu:{number + 1}", f"Tin {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/tai-khoan/thong-bao/")


def test_the_inbox_is_for_signed_in_people_and_marking_is_post_only(client, two_people):
    assert "/dang-nhap/" in client.get("/tai-khoan/thong-bao/")["Location"]
    client.force_login(two_people[0])
    assert client.get("/tai-khoan/thong-bao/da-doc/").status_code == 405


def test_the_zalo_id_and_notifications_are_in_my_data_and_go_on_erasure(client, two_people):
    from accounts.personal_data import erase, personal_data

    first, _second = two_people
    first.zalo_user_id = "zalo-123"
    first.save()
    notify(first, "thu:1", "Sắp đến hạn")
    data = personal_data(first)
    assert data["tài khoản"]["mã Zalo nhận thông báo"] == "zalo-123"
    assert data["thông báo đã nhận"][0]["tiêu đề"] == "Sắp đến hạn"
    erase(first)
    first.refresh_from_db()
    assert first.zalo_user_id == "" and not Notification.objects.filter(user=first).exists()
