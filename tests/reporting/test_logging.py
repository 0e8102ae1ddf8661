import datetime

import pytest
from django.utils import timezone

from reporting.models import SupportCount, SupportLog

pytestmark = pytest.mark.django_db


def post_log(client, indicators, **fields):
    owner = client.session["_auth_user_id"]
    data = {"date": timezone.localdate().isoformat(), "area": "", "platform": "", "note": "", "owner": owner}
    data.update(fields)
    return client.post("/ghi-nhan/", data)


def test_a_volunteer_logs_help_with_todays_date_already_chosen(client, volunteer, team, indicators):
    client.force_login(volunteer)
    page = client.get("/ghi-nhan/").content.decode()
    assert f'value="{timezone.localdate().isoformat()}"' in page
    vneid = indicators["vneid-muc-2"]
    response = post_log(client, indicators, **{f"chi-tieu-{vneid.pk}": "3", "area": team.area_id, "note": "Xóm Bến"})
    assert response.status_code == 302
    log = SupportLog.objects.get()
    assert (log.volunteer, log.team, log.note) == (volunteer, team, "Xóm Bến")
    assert SupportCount.objects.get().value == 3
    assert "Đã ghi nhận. Cảm ơn bạn!" in client.get("/ghi-nhan/").content.decode()


def test_the_next_entry_starts_from_my_last_area(client, volunteer, team, indicators):
    client.force_login(volunteer)
    post_log(client, indicators, **{f"chi-tieu-{indicators['vneid-muc-2'].pk}": "1", "area": team.area_id})
    form = client.get("/ghi-nhan/").context["form"]
    assert form.initial["area"] == team.area_id


@pytest.mark.parametrize(
    ("value", "message"),
    [("-2", "Không nhập số âm."), ("ba", "Hãy nhập một số nguyên"), ("50000", "quá lớn"), ("0", "ít nhất một con số")],
)
def test_bad_numbers_get_a_clear_message_and_nothing_is_lost(client, volunteer, indicators, value, message):
    client.force_login(volunteer)
    vneid = indicators["vneid-muc-2"]
    response = post_log(client, indicators, **{f"chi-tieu-{vneid.pk}": value, "note": "giữ lại ghi chú"})
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content and 'value="giữ lại ghi chú"' in content
    assert not SupportLog.objects.exists()


def test_a_future_date_is_refused(client, volunteer, indicators):
    client.force_login(volunteer)
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    response = post_log(client, indicators, date=tomorrow, **{f"chi-tieu-{indicators['vneid-muc-2'].pk}": "1"})
    assert "Không ghi nhận cho ngày trong tương lai." in response.content.decode()


def test_people_outside_any_team_are_shown_how_to_join_one(client, db):
    from accounts.factories import UserFactory

    client.force_login(UserFactory(username="ngoai-to"))
    response = client.get("/ghi-nhan/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Bạn chưa thuộc tổ công nghệ số cộng đồng nào" in page
    assert 'href="/dang-ky/"' in page and "Vào tổ bằng mã mời" in page
    assert "data-offline-log" not in page  # no log form that would be refused
    client.logout()
    assert client.get("/ghi-nhan/")["Location"].startswith("/dang-nhap/")


def test_people_outside_any_team_cannot_log(client, db, indicators):
    from accounts.factories import UserFactory
    from reporting.models import SupportLog

    person = UserFactory(username="ngoai-to")
    client.force_login(person)
    data = {"date": datetime.date.today().isoformat(), f"chi-tieu-{indicators['vneid-muc-2'].pk}": "2"}
    assert client.post("/ghi-nhan/", data).status_code == 403
    sent = client.post("/ghi-nhan/", data, headers={"X-Requested-With": "fetch"})
    assert sent.status_code == 403
    assert sent.json()["errors"]["__all__"] == ["Bạn chưa thuộc tổ nào nên chưa ghi nhận được kết quả."]
    assert not SupportLog.objects.exists()


def test_a_mistyped_number_is_not_also_told_to_enter_a_number(client, volunteer, indicators):
    client.force_login(volunteer)
    response = post_log(client, indicators, **{f"chi-tieu-{indicators['vneid-muc-2'].pk}": "-3"})
    content = response.content.decode()
    assert "Không nhập số âm." in content and "ít nhất một con số" not in content
