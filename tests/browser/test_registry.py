"""Registering teams on a 390 px phone: a province coordinator registers a commune team with its signed decision, a
commune officer adds a village and registers its team, and a second team for an area is refused with the first
named. The page works without JavaScript, so these run with it on, as people use it."""

import pytest

from accounts.factories import UserFactory
from teams.factories import CommuneFactory, ProvinceFactory, TeamFactory
from teams.models import AdminArea, RoleAssignment, ScopeRole, Team
from tests.browser.phone_steps import sign_in

pytestmark = pytest.mark.django_db(transaction=True)

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def province(db):
    thai_nguyen = ProvinceFactory(name="Thái Nguyên", code="19", division_type="tỉnh")
    CommuneFactory(name="Xã Đức Xuân", code="19001", parent=thai_nguyen)
    CommuneFactory(name="Phường Phan Đình Phùng", code="19002", parent=thai_nguyen, division_type="phường")
    return thai_nguyen


def with_role(username, role, area):
    user = UserFactory(username=username)
    RoleAssignment.objects.create(user=user, role=role, area=area)
    return user


def fits_the_phone(phone):
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_province_coordinator_registers_a_commune_team_with_its_decision(
    live_server, home_page, province, phone, screenshot, tmp_path
):
    with_role("dieuphoi", ScopeRole.PROVINCE_COORDINATOR, province)
    signed = tmp_path / "quyet-dinh-duc-xuan.pdf"
    signed.write_bytes(PDF)

    sign_in(phone, live_server, "dieuphoi")
    phone.get_by_role("link", name="Đăng ký tổ mới").click()
    phone.get_by_label("Tìm xã hoặc thôn").fill("duc xuan")
    phone.get_by_role("button", name="Tìm địa bàn").click()
    phone.get_by_label("Xã Đức Xuân, tỉnh Thái Nguyên").check()
    phone.get_by_label("Số quyết định thành lập").fill("15/QĐ-UBND")
    phone.get_by_label("Ngày quyết định").fill("2026-03-02")
    phone.get_by_label("Cơ quan ban hành quyết định").fill("Ủy ban nhân dân xã Đức Xuân")
    phone.get_by_label("Tệp quyết định đã ký (PDF)").set_input_files(str(signed))
    fits_the_phone(phone)
    screenshot("registry-form")
    phone.get_by_role("button", name="Đăng ký tổ").click()

    phone.wait_for_url("**/to-cong-nghe-so/da-dang-ky/*/")
    assert "Đã đăng ký Tổ công nghệ số cộng đồng Xã Đức Xuân" in phone.locator(".messages").inner_text()
    fits_the_phone(phone)
    team = Team.objects.get(area__name="Xã Đức Xuân")
    assert team.decision_number == "15/QĐ-UBND" and str(team.founded_on) == "2026-03-02"
    with phone.expect_response(f"**/to/{team.pk}/quyet-dinh-thanh-lap/") as opened:
        phone.evaluate(f"fetch('/to/{team.pk}/quyet-dinh-thanh-lap/')")
    assert opened.value.status == 200 and opened.value.headers["x-content-type-options"] == "nosniff"


def test_a_commune_officer_adds_a_village_and_registers_its_team(live_server, home_page, province, phone, screenshot):
    with_role("canboxa", ScopeRole.COMMUNE_OFFICER, AdminArea.objects.get(name="Xã Đức Xuân"))

    sign_in(phone, live_server, "canboxa")
    phone.get_by_role("link", name="Đăng ký tổ mới").click()
    phone.get_by_label("Tên thôn, tổ dân phố").fill("Thôn Làng Mới")
    phone.get_by_label("Loại").select_option(label="thôn")
    phone.get_by_role("button", name="Thêm thôn").click()
    assert "Đã thêm Thôn Làng Mới, xã Đức Xuân, tỉnh Thái Nguyên" in phone.locator(".messages").inner_text()

    village = phone.get_by_label("Thôn Làng Mới, xã Đức Xuân, tỉnh Thái Nguyên")
    assert village.is_checked()  # the village just added is the one picked
    phone.get_by_label("Số quyết định thành lập").fill("21/QĐ-UBND")
    phone.get_by_label("Ngày quyết định").fill("2026-04-01")
    fits_the_phone(phone)
    phone.get_by_role("button", name="Đăng ký tổ").click()
    phone.wait_for_url("**/to-cong-nghe-so/da-dang-ky/*/")
    screenshot("registry-registered")
    assert Team.objects.get(area__name="Thôn Làng Mới").decision_number == "21/QĐ-UBND"


def test_a_second_team_for_a_commune_is_refused_with_the_first_named(live_server, home_page, province, phone):
    with_role("dieuphoi", ScopeRole.PROVINCE_COORDINATOR, province)
    TeamFactory(area=AdminArea.objects.get(name="Xã Đức Xuân"), name="Tổ CNS Đức Xuân (đã có)")

    sign_in(phone, live_server, "dieuphoi")
    phone.goto(live_server.url + "/to-cong-nghe-so/dang-ky-to/?q=Đức Xuân")
    phone.get_by_label("Xã Đức Xuân, tỉnh Thái Nguyên (đã có tổ)").check()
    phone.get_by_label("Số quyết định thành lập").fill("30/QĐ-UBND")
    phone.get_by_role("button", name="Đăng ký tổ").click()
    error = phone.locator(".field-error").first.inner_text()
    assert "đã có tổ đang hoạt động" in error and "Tổ CNS Đức Xuân (đã có)" in error
    assert phone.get_by_label("Số quyết định thành lập").input_value() == "30/QĐ-UBND"
    fits_the_phone(phone)
    assert Team.objects.filter(area__name="Xã Đức Xuân").count() == 1


def test_a_village_with_a_long_unbroken_name_does_not_widen_the_page(live_server, home_page, province, phone):
    """A 150-letter name without a space (allowed: it is letters) wrapped nowhere and made the page 2,000 px wide."""
    commune = AdminArea.objects.get(name="Xã Đức Xuân")
    AdminArea.objects.create(name="B" * 150, division_type="thôn", level=3, parent=commune)
    with_role("canboxa", ScopeRole.COMMUNE_OFFICER, commune)
    sign_in(phone, live_server, "canboxa")
    phone.goto(f"{live_server.url}/to-cong-nghe-so/dang-ky-to/?xa={commune.pk}")
    assert phone.get_by_label("B" * 150, exact=False).count() == 1
    fits_the_phone(phone)
