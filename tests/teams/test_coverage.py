import pytest
from django.core.cache import cache

from teams.factories import CommuneFactory, MemberFactory, TeamFactory
from teams.models import Affiliation, TeamStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def known(world, people):
    """Tỉnh Bắc: 3 communes, 1 with an active team (plus a village team), 1 with only a dissolved team."""
    dissolved_commune = CommuneFactory(name="Xã Giải Thể", code="90009", parent=world["north"])
    TeamFactory(area=dissolved_commune, status=TeamStatus.DISSOLVED)
    MemberFactory(team=world["team_village"], affiliation=Affiliation.POST)
    return world


def test_national_coverage_for_a_superuser(client, known, people):
    client.force_login(people["superuser"])
    rows = {row.area.name: row for row in client.get("/do-phu/").context["rows"]}
    north, south = rows["Tỉnh Bắc"], rows["Tỉnh Nam"]
    assert (north.communes_with_team, north.communes, north.percent) == (1, 3, 33)
    assert (north.village_teams, north.members) == (1, 5)
    assert (south.communes_with_team, south.communes, south.percent, south.members) == (1, 1, 100, 1)


def test_province_coordinator_sees_communes_and_those_without_a_team(client, known, people):
    client.force_login(people["province"])
    response = client.get("/do-phu/")
    context = response.context
    assert context["province"] == known["north"]
    assert [area.name for area in context["uncovered"]] == ["Xã Bình", "Xã Giải Thể"]
    assert (context["total"].communes_with_team, context["total"].communes) == (1, 3)
    affiliations = dict(context["affiliations"])
    assert affiliations["Bưu điện"] == 1
    content = response.content.decode()
    assert "33%" in content and "<svg" in content and "Cả nước" not in content


def test_coverage_exports_with_stable_columns(client, known, people):
    client.force_login(people["province"])
    body = client.get("/do-phu/", {"xuat": "csv"}).content.decode("utf-8-sig").splitlines()
    assert body[0] == (
        '"Xã, phường, đặc khu",Mã,Số xã có tổ,Tổng số xã,Tỷ lệ (%),Tổ cấp thôn,Thành viên,'
        "Số xã có tổ và quyết định thành lập,Tỷ lệ có quyết định (%),Hạn thành lập"
    )
    assert "Xã An,90001,1,1,100,1,5,0,0," in body
    response = client.get("/do-phu/", {"xuat": "xlsx"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_a_coordinator_cannot_open_another_province(client, known, people):
    client.force_login(people["province"])
    assert client.get("/do-phu/", {"tinh": "92"}).status_code == 404


@pytest.mark.parametrize("role", ["leader", "volunteer"])
def test_people_who_coordinate_no_area_are_refused(client, known, people, role):
    client.force_login(people[role])
    assert client.get("/do-phu/").status_code == 403


def test_coverage_queries_do_not_grow_with_teams(client, known, people, django_assert_max_num_queries):
    client.force_login(people["superuser"])
    client.get("/do-phu/")  # creates the site's settings and the user's profile
    cache.clear()  # so that the figures are computed, as they are again once the new teams retire them
    with django_assert_max_num_queries(19) as few:  # coverage, decisions, the deadline, growth (with readiness) kept
        client.get("/do-phu/")
    for _ in range(10):
        MemberFactory(team=TeamFactory(area=CommuneFactory(parent=known["south"])))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/do-phu/")
    assert {row.area.name: row.members for row in response.context["rows"]}["Tỉnh Nam"] == 11


def test_the_table_by_area_escapes_names_and_reads_in_each_cell(client, known, people):
    """The rows are written by the view (teams/coverage_views.table_rows): names are text, and each cell carries the
    label a narrow screen shows beside it."""
    CommuneFactory(name='Xã <script>alert(1)</script> "A"', code="90010", parent=known["north"])
    known["north"].name = "Tỉnh <b>Bắc</b>"
    known["north"].save()
    cache.clear()
    client.force_login(people["superuser"])
    national = client.get("/do-phu/").content.decode()
    assert "Tỉnh &lt;b&gt;Bắc&lt;/b&gt;</a>" in national and "<b>Bắc" not in national
    assert '<td data-label="Có tổ và QĐ">0/4 (0%)</td>' in national
    province = client.get("/do-phu/", {"tinh": known["north"].code}).content.decode()
    assert "<script>alert" not in province
    assert (
        f'<a href="?tinh={known["north"].code}&amp;xa=90010#tang-truong">Xã &lt;script&gt;alert(1)&lt;/script&gt; '
        in province
    )
    assert '<span class="card__meta">1 tổ cấp thôn</span>' in province
    assert province.count(f'<th scope="row"><a href="?tinh={known["north"].code}&amp;xa=') == 4


def test_the_table_by_area_marks_deadlines_and_overdue_areas(client, known, people):
    """A province past its deadline with communes still lacking a decision: the national row gives the deadline and
    "Quá hạn"; on the province's page each such commune's row is marked, with its state."""
    import datetime

    from teams.models import RegistryDeadline

    RegistryDeadline.objects.create(province=known["north"], deadline=datetime.date(2026, 1, 15))
    cache.clear()
    client.force_login(people["superuser"])
    national = client.get("/do-phu/").content.decode()
    code = known["north"].code
    assert (
        f'<th scope="row"><a href="?tinh={code}">Tỉnh Bắc</a><br><span class="card__meta">Hạn 15/01/2026</span> '
        '<strong class="overdue">Quá hạn</strong></th>'
    ) in national
    assert '<tr class="overdue-row">' not in national
    province = client.get("/do-phu/", {"tinh": code}).content.decode()
    assert province.count('<tr class="overdue-row">') == 3  # no commune of Tỉnh Bắc has a decision
    assert (
        '<td data-label="Tình trạng"><span class="cell-lines">'
        '<span class="registry-state registry-state--chua-co-to">Chưa có tổ</span><br>'
        '<strong class="overdue">Quá hạn</strong></span></td>'
    ) in province
