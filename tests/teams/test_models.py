import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from teams.factories import MemberFactory, TeamFactory
from teams.models import Member

pytestmark = pytest.mark.django_db


def test_a_team_is_named_after_its_area_and_knows_its_commune_and_province(world):
    team = world["team_village"]
    assert team.name == "Tổ công nghệ số cộng đồng Thôn Đông"
    assert team.commune == world["an"] and team.province == world["north"]


def test_a_province_cannot_have_a_team_of_its_own(world):
    team = TeamFactory.build(area=world["north"])
    with pytest.raises(ValidationError):
        team.full_clean()


def test_member_phone_is_normalised_and_unique_within_a_team(world):
    member = Member(team=world["team_an"], full_name="Lê Thị Hoa", phone="0912 345 678")
    member.full_clean()
    member.save()
    assert member.phone == "+84912345678"
    with pytest.raises(IntegrityError):
        MemberFactory(team=world["team_an"], phone="+84912345678")


def test_the_same_phone_may_be_in_two_teams(world):
    MemberFactory(team=world["team_an"], phone="+84912345678")
    MemberFactory(team=world["team_cuong"], phone="+84912345678")


def test_leaving_before_joining_is_refused(world):
    import datetime

    member = MemberFactory.build(
        team=world["team_an"], joined_on=datetime.date(2025, 5, 1), left_on=datetime.date(2025, 4, 1)
    )
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert "Ngày rời tổ không thể trước ngày tham gia." in str(error.value)


def test_an_areas_full_label_tells_two_villages_of_the_same_name_apart():
    from teams.factories import CommuneFactory, ProvinceFactory, VillageFactory

    thai_nguyen = ProvinceFactory(name="Thái Nguyên", division_type="tỉnh")
    hanoi = ProvinceFactory(name="Thành phố Hà Nội", division_type="thành phố trung ương")
    duc_xuan = CommuneFactory(name="Xã Đức Xuân", parent=thai_nguyen)
    hoan_kiem = CommuneFactory(name="Phường Hoàn Kiếm", parent=hanoi, division_type="phường")
    assert VillageFactory(name="Thôn 1", parent=duc_xuan).full_label == "Thôn 1, xã Đức Xuân, tỉnh Thái Nguyên"
    assert VillageFactory(name="Thôn 1", parent=hoan_kiem).full_label == ("Thôn 1, phường Hoàn Kiếm, thành phố Hà Nội")
    assert duc_xuan.full_label == "Xã Đức Xuân, tỉnh Thái Nguyên"
    assert thai_nguyen.full_label == "Thái Nguyên"


def test_a_commune_without_a_province_is_a_message():
    from teams.models import AdminArea, AreaLevel

    with pytest.raises(ValidationError) as refused:
        AdminArea(name="Xã Lạc", level=AreaLevel.COMMUNE).clean()
    assert "phải thuộc một tỉnh" in refused.value.message_dict["parent"][0]
