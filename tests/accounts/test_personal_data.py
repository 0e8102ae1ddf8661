import json

import pytest

from accounts.factories import UserFactory
from accounts.models import PersonalDataAccess
from reporting.models import SupportCount, SupportLog
from teams.factories import MemberFactory, TeamFactory
from teams.models import Member, MemberRole

pytestmark = pytest.mark.django_db


@pytest.fixture
def volunteer(db):
    user = UserFactory(username="+84909000001", phone="+84909000001", first_name="Mai", last_name="Hoàng Thị")
    team = TeamFactory()
    MemberFactory(team=team, user=user, full_name="Hoàng Thị Mai", phone="+84909000001")
    return user


def test_a_person_downloads_what_the_site_keeps_about_them(client, volunteer):
    client.force_login(volunteer)
    response = client.get("/tai-khoan/du-lieu-cua-toi.json")
    assert response["Content-Disposition"] == 'attachment; filename="du-lieu-cua-toi.json"'
    data = json.loads(response.content)
    assert data["tài khoản"]["họ và tên"] == "Hoàng Thị Mai"
    assert data["thành viên tổ"][0]["số điện thoại"] == "0909 000 001"


def test_erasure_removes_name_and_phone_everywhere_but_keeps_the_figures(client, volunteer):
    from reporting.models import Indicator

    indicator = Indicator.objects.first()
    member = Member.objects.get(user=volunteer)
    log = SupportLog.objects.create(volunteer=volunteer, team=member.team)
    SupportCount.objects.create(log=log, indicator=indicator, value=4)
    client.force_login(volunteer)
    asked = client.post("/tai-khoan/xoa-du-lieu/", {"xac-nhan": "nham"})
    assert "Hãy gõ đúng chữ XOA" in asked.content.decode()
    done = client.post("/tai-khoan/xoa-du-lieu/", {"xac-nhan": "XOA"})
    assert "Đã xóa dữ liệu của bạn" in done.content.decode()
    volunteer.refresh_from_db()
    member.refresh_from_db()
    assert (volunteer.phone, volunteer.first_name, volunteer.is_active) == (None, "", False)
    assert not volunteer.has_usable_password()
    assert member.full_name == "(đã xóa theo yêu cầu)" and "0909" not in member.phone and member.user is None
    assert SupportCount.objects.get().value == 4
    assert client.get("/tai-khoan/")["Location"].startswith("/dang-nhap/")


def test_viewing_and_exporting_rosters_is_logged_without_the_data(client, volunteer):
    team = Member.objects.get(user=volunteer).team
    leader = UserFactory(username="to-truong")
    MemberFactory(team=team, user=leader, role=MemberRole.LEADER)
    client.force_login(leader)
    client.get(f"/to/{team.pk}/")
    client.get(f"/to/{team.pk}/dao-tao/", {"xuat": "csv"})
    entries = list(PersonalDataAccess.objects.order_by("at").values_list("user__username", "action", "subject"))
    assert entries == [
        ("to-truong", "xem danh sách", f"thành viên tổ {team.pk}"),
        ("to-truong", "xuất csv", f"kết quả học của tổ {team.pk}"),
    ]
    assert not any("Hoàng" in " ".join(entry) for entry in entries)


def test_member_exports_from_the_admin_are_logged(client, volunteer):
    admin = UserFactory(username="quantri", is_superuser=True, is_staff=True)
    client.force_login(admin)
    b"".join(client.get("/admin/snippets/teams/member/", {"export": "csv"}).streaming_content)
    assert PersonalDataAccess.objects.filter(user=admin, action="xuất csv").exists()
