import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from teams.areas import load_official_areas
from teams.factories import CommuneFactory, ProvinceFactory
from teams.models import AdminArea, AreaLevel

pytestmark = pytest.mark.django_db


def test_official_lists_give_34_provinces_and_3321_communes_and_loading_again_changes_nothing():
    first = load_official_areas()
    assert first.created == 3355
    assert AdminArea.objects.filter(level=AreaLevel.PROVINCE).count() == 34
    assert AdminArea.objects.filter(level=AreaLevel.COMMUNE).count() == 3321
    second = load_official_areas()
    assert (second.created, second.updated, second.unchanged) == (0, 0, 3355)
    assert AdminArea.objects.count() == 3355


def test_areas_keep_official_codes_and_the_types_the_data_names():
    load_official_areas()
    hanoi = AdminArea.objects.get(code="01")
    assert hanoi.name == "Thành phố Hà Nội" and hanoi.division_type == "thành phố trung ương"
    types = set(AdminArea.objects.filter(level=AreaLevel.COMMUNE).values_list("division_type", flat=True))
    assert types == {"xã", "phường", "đặc khu"}
    commune = AdminArea.objects.filter(level=AreaLevel.COMMUNE, parent=hanoi).first()
    assert len(commune.code) == 5 and commune.province_id == hanoi.pk


def test_a_renamed_commune_is_updated_in_place():
    load_official_areas()
    commune = AdminArea.objects.filter(level=AreaLevel.COMMUNE).first()
    AdminArea.objects.filter(pk=commune.pk).update(name="Tên cũ")
    report = load_official_areas()
    assert report.updated == 1
    commune.refresh_from_db()
    assert commune.name != "Tên cũ"


def test_command_prints_the_report(capsys):
    call_command("load_admin_areas")
    assert "3355 mới" in capsys.readouterr().out


def test_a_village_must_sit_under_a_commune():
    province = ProvinceFactory()
    village = AdminArea(name="Thôn Lạc", division_type="thôn", level=AreaLevel.VILLAGE, parent=province)
    with pytest.raises(ValidationError):
        village.full_clean()
    village.parent = CommuneFactory(parent=province)
    village.full_clean()
