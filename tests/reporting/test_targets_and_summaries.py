"""What commune officers and province coordinators see of their targets, the files they take away, and the
province's Zalo summary, each for the people the access policy allows and refused to the others."""

import csv
import io

import pytest

from accounts.factories import UserFactory
from reporting.models import Target
from tests.reporting.test_results import filed, known  # noqa: F401  the hand-computed world of the results tests

pytestmark = pytest.mark.django_db


@pytest.fixture
def targets(place, indicators, period):
    year = period.start.year
    vneid = indicators["vneid-muc-2"]
    Target.objects.create(area=place["east"], indicator=vneid, year=year, value=20)
    Target.objects.create(area=place["west"], indicator=vneid, year=year, value=40)
    Target.objects.create(area=place["province"], indicator=vneid, year=year, value=68)
    return year


def rows_of(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_a_commune_officer_sees_their_communes_target_progress(client, known, targets, officer, period):  # noqa: F811
    client.force_login(officer)
    response = client.get("/bao-cao/", {"ky": period.pk})
    page = response.content.decode()
    assert response.context["target_area"].name == "Xã Đông"
    assert "Tiến độ chỉ tiêu năm" in page and "7/20" in page  # 3 + 4 of Xã Đông's 20
    assert [item.target for item in response.context["targets"]] == [20]
    assert f"/bao-cao/zalo/?xa=77001&amp;ky={period.pk}" in page  # their commune's summary, one tap away


def test_the_results_file_carries_each_areas_yearly_target(
    client,
    known,  # noqa: F811
    targets,
    officer,
    coordinator,
    period,
    indicators,
):
    column = f"Mục tiêu năm {targets}: {indicators['vneid-muc-2'].name}"
    client.force_login(coordinator)
    header, *rows = rows_of(client.get("/bao-cao/", {"ky": period.pk, "xuat": "csv"}))
    assert column in header
    by_area = {row[0]: row[header.index(column)] for row in rows}
    assert by_area == {"Xã Đông": "20", "Xã Tây": "40"}

    client.force_login(officer)
    header, *rows = rows_of(client.get("/bao-cao/", {"ky": period.pk, "xuat": "csv"}))
    assert [(row[0], row[header.index(column)]) for row in rows] == [("Xã Đông", "20")]
    # A commune's teams have no targets of their own: their file has no target column.
    header, *_rows = rows_of(client.get("/bao-cao/", {"ky": period.pk, "xa": "77001", "xuat": "csv"}))
    assert column not in header


def test_a_province_coordinator_gets_the_provinces_zalo_summary(
    client,
    place,
    known,  # noqa: F811
    targets,
    coordinator,
    period,
):
    client.force_login(coordinator)
    assert (
        f"/bao-cao/zalo/tinh/?tinh=77&amp;ky={period.pk}" in client.get("/bao-cao/", {"ky": period.pk}).content.decode()
    )
    response = client.get("/bao-cao/zalo/tinh/", {"ky": period.pk})
    text = response.context["text"]
    assert text.startswith("📊 Tỉnh Mẫu")
    assert "3/5 tổ ở 2 xã, phường đã nộp báo cáo" in text
    assert "định danh điện tử mức 2: 17 người" in text
    assert "Tiến độ chỉ tiêu năm" in text and "17/68" in text
    assert "- Xã Tây: 1/3 tổ" in text and "Xã Đông: 2/2" not in text
    assert client.get("/bao-cao/zalo/tinh/", {"tinh": "77", "ky": period.pk}).context["text"] == text


def test_the_province_summary_is_refused_below_the_province(
    client,
    place,
    known,  # noqa: F811
    officer,
    leader,
    volunteer,
    period,
):
    from teams.factories import ProvinceFactory
    from teams.models import RoleAssignment, ScopeRole

    for person in (officer, leader, volunteer):
        client.force_login(person)
        assert client.get("/bao-cao/zalo/tinh/", {"tinh": "77"}).status_code == 403
        assert client.get("/bao-cao/zalo/tinh/").status_code == 403
    client.force_login(officer)
    assert "zalo/tinh" not in client.get("/bao-cao/", {"ky": period.pk}).content.decode()
    # Another province's coordinator cannot read this one.
    elsewhere = ProvinceFactory(name="Tỉnh Khác", code="78")
    stranger = UserFactory(username="dieuphoi-khac")
    RoleAssignment.objects.create(user=stranger, role=ScopeRole.PROVINCE_COORDINATOR, area=elsewhere)
    client.force_login(stranger)
    assert client.get("/bao-cao/zalo/tinh/", {"tinh": "77"}).status_code == 404
    assert "Tỉnh Khác" in client.get("/bao-cao/zalo/tinh/").context["text"]
