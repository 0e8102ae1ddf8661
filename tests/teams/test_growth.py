"""Growth over time, from effective dates: teams founded and dissolved, members who joined and left, a member ready
for field work in March; month-end figures exact, the change since a chosen day, the chart and table, the export,
bad dates and areas out of scope."""

import datetime

import pytest
from django.utils import timezone

from accounts.factories import UserFactory
from teams import growth
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory, VillageFactory
from teams.models import Affiliation, MemberRole, RoleAssignment, ScopeRole, Team, TeamStatus
from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory
from training.models import Completion

pytestmark = pytest.mark.django_db

MONTH_ENDS = [
    datetime.date(2026, 1, 31),
    datetime.date(2026, 2, 28),
    datetime.date(2026, 3, 31),
    datetime.date(2026, 4, 30),
    datetime.date(2026, 5, 31),
    datetime.date(2026, 6, 30),
    datetime.date(2026, 7, 31),
]


def completed(user, module, day):
    completion = Completion.objects.create(user=user, module=module, module_title=module.title, score=100)
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
    Completion.objects.filter(pk=completion.pk).update(completed_at=moment)


@pytest.fixture
def history(home_page):
    """Tỉnh Sử: Xã Một's team (January) and its village's (March); Xã Hai's team from February, dissolved on 20 June.
    Members: one from January; one from February who left on 30 April; Xã Hai's from February (gone with the team);
    the village's from March, ready for field work on 20 March (the second required module). Another province's
    team is never counted."""
    province = ProvinceFactory(name="Tỉnh Sử", code="81")
    one = CommuneFactory(name="Xã Một", code="81001", parent=province)
    two = CommuneFactory(name="Xã Hai", code="81002", parent=province)
    CommuneFactory(name="Xã Ba", code="81003", parent=province)
    village = VillageFactory(name="Thôn Trên", parent=one)
    team_one = TeamFactory(area=one, founded_on=datetime.date(2026, 1, 10))
    team_two = TeamFactory(
        area=two,
        founded_on=datetime.date(2026, 2, 15),
        status=TeamStatus.DISSOLVED,
        dissolved_on=datetime.date(2026, 6, 20),
    )
    team_village = TeamFactory(area=village, founded_on=datetime.date(2026, 3, 5))
    elsewhere = CommuneFactory(name="Xã Khác", code="82001", parent=ProvinceFactory(name="Tỉnh Khác", code="82"))
    MemberFactory(team=TeamFactory(area=elsewhere, founded_on=datetime.date(2026, 1, 1)))

    first = UserFactory(username="+84903000001", phone="+84903000001")
    MemberFactory(
        team=team_one,
        user=first,
        role=MemberRole.LEADER,
        affiliation=Affiliation.YOUTH_UNION,
        joined_on=datetime.date(2026, 1, 10),
    )
    MemberFactory(
        team=team_one,
        affiliation=Affiliation.WOMENS_UNION,
        joined_on=datetime.date(2026, 2, 1),
        left_on=datetime.date(2026, 4, 30),
    )
    MemberFactory(team=team_two, affiliation=Affiliation.POLICE, joined_on=datetime.date(2026, 2, 15))
    ready = UserFactory(username="+84903000002", phone="+84903000002")
    MemberFactory(team=team_village, user=ready, affiliation=Affiliation.POST, joined_on=datetime.date(2026, 3, 5))

    index = TrainingIndexPageFactory(parent=home_page)
    safety = TrainingModulePageFactory(parent=index, title="An toàn trên mạng", slug="an-toan")
    vneid = TrainingModulePageFactory(parent=index, title="VNeID", slug="vneid")
    selling = TrainingModulePageFactory(parent=index, title="Bán hàng", slug="ban-hang", required_for_field_work=False)
    completed(ready, safety, datetime.date(2026, 3, 10))
    completed(ready, selling, datetime.date(2026, 2, 1))
    completed(ready, vneid, datetime.date(2026, 3, 20))
    completed(first, safety, datetime.date(2026, 1, 20))  # never finishes the second: never ready

    coordinator = UserFactory(username="dieuphoi-su")
    RoleAssignment.objects.create(user=coordinator, role=ScopeRole.PROVINCE_COORDINATOR, area=province)
    officer = UserFactory(username="canbo-mot")
    RoleAssignment.objects.create(user=officer, role=ScopeRole.COMMUNE_OFFICER, area=one)
    leader = first
    return {
        "province": province,
        "one": one,
        "two": two,
        "elsewhere": elsewhere,
        "coordinator": coordinator,
        "officer": officer,
        "leader": leader,
        "ready": ready,
        "superuser": UserFactory(username="quantri-su", is_superuser=True, is_staff=True),
    }


def values(figures):
    return {series.key: series.values for series in figures.series}


def test_month_by_month_from_effective_dates(history):
    figures = growth.growth(Team.objects.filter(province=history["province"]), MONTH_ENDS)
    assert values(figures) == {
        "to": [1, 2, 3, 3, 3, 2, 2],
        "xa-co-to": [1, 2, 2, 2, 2, 1, 1],
        "thanh-vien": [1, 3, 4, 3, 3, 2, 2],
        "san-sang": [0, 0, 1, 1, 1, 1, 1],
    }
    affiliations = {series.label: series.values for series in figures.affiliations}
    assert affiliations["Đoàn Thanh niên"] == [1, 1, 1, 1, 1, 1, 1]
    assert affiliations["Hội Liên hiệp Phụ nữ"] == [0, 1, 1, 0, 0, 0, 0]
    assert affiliations["Công an"] == [0, 1, 1, 1, 1, 0, 0]
    assert affiliations["Bưu điện"] == [0, 0, 1, 1, 1, 1, 1]
    assert affiliations["Trạm y tế"] == [0] * 7


def test_a_commune_and_the_day_of_dissolution(history):
    figures = growth.growth(Team.objects.filter(commune=history["two"]), [datetime.date(2026, 6, 19), MONTH_ENDS[5]])
    assert values(figures)["to"] == [1, 0]
    assert values(figures)["thanh-vien"] == [1, 0]


def test_each_series_is_one_query_whatever_the_number_of_months_and_teams(history, django_assert_max_num_queries):
    teams = Team.objects.filter(province=history["province"])
    # teams and communes, members, the published modules (and their view restrictions), readiness
    with django_assert_max_num_queries(5) as counted:
        growth.growth(teams, MONTH_ENDS)
    for number in range(5):
        MemberFactory(team=TeamFactory(area=CommuneFactory(parent=history["province"], code=f"8101{number}")))
    days = growth.days_to_show(datetime.date(2024, 1, 15), datetime.date(2026, 7, 31))
    with django_assert_max_num_queries(len(counted.captured_queries)):
        growth.growth(teams, days)


def kept_affiliations(figures):
    return {series.key: series.values for series in figures.affiliations}


def test_the_growth_rows_kept_per_commune_give_the_counted_figures(history):
    from reporting import area_figures

    area_figures.mark_stale()  # the completions' moments were moved by updates: the first reader recounts
    days = [datetime.date(2026, 1, 9), datetime.date(2026, 1, 10), *MONTH_ENDS, datetime.date(2026, 6, 20)]
    province = history["province"]
    communes = province.children.all()
    for teams, areas in [
        (Team.objects.filter(commune__in=communes), communes),
        (Team.objects.filter(commune=history["two"]), communes.filter(pk=history["two"].pk)),
        (Team.objects.all(), growth.EVERY_COMMUNE),
    ]:
        kept = growth.growth(teams, days, communes=areas)
        counted = growth.growth(teams, days)
        assert values(kept) == values(counted)
        assert kept_affiliations(kept) == kept_affiliations(counted)
    assert values(growth.growth(Team.objects.filter(commune__in=communes), MONTH_ENDS, communes=communes)) == {
        "to": [1, 2, 3, 3, 3, 2, 2],
        "xa-co-to": [1, 2, 2, 2, 2, 1, 1],
        "thanh-vien": [1, 3, 4, 3, 3, 2, 2],
        "san-sang": [0, 0, 1, 1, 1, 1, 1],
    }


def test_the_growth_rows_follow_completions_and_the_modules_required(history):
    from reporting import area_figures
    from training.pages import published_modules

    area_figures.mark_stale()
    communes = history["province"].children.all()
    teams = Team.objects.filter(commune__in=communes)
    today = timezone.localdate()
    days = [MONTH_ENDS[0], MONTH_ENDS[-1], today]
    before = values(growth.growth(teams, days, communes=communes))["san-sang"]
    # The leader completes the second required module today: ready from today, recounted with the completion.
    vneid = published_modules().get(slug="vneid")
    Completion.objects.create(user=history["leader"], module=vneid, module_title=vneid.title, score=100)
    after = values(growth.growth(teams, days, communes=communes))["san-sang"]
    assert after == [before[0], before[1], before[2] + 1]
    assert after == values(growth.growth(teams, days))["san-sang"]
    # VNeID no longer required: the leader was ready from 20 January (the safety module), recounted on reading.
    vneid.required_for_field_work = False
    vneid.save()
    kept = values(growth.growth(teams, days, communes=communes))["san-sang"]
    assert kept == values(growth.growth(teams, days))["san-sang"] == [1, 2, 2]
    assert area_figures.differences() == []


def test_the_kept_growth_takes_the_same_queries_whatever_the_months_and_teams(history, django_assert_max_num_queries):
    from reporting import area_figures

    communes = history["province"].children.all()
    teams = Team.objects.filter(commune__in=communes)
    area_figures.rebuild()
    # the figures' state with the modules required (the modules and their view restrictions), teams, members
    with django_assert_max_num_queries(5) as counted:
        growth.growth(teams, MONTH_ENDS, communes=communes)
    for number in range(5):
        MemberFactory(team=TeamFactory(area=CommuneFactory(parent=history["province"], code=f"8101{number}")))
    days = growth.days_to_show(datetime.date(2024, 1, 15), datetime.date(2026, 7, 31))
    with django_assert_max_num_queries(len(counted.captured_queries)):
        growth.growth(teams, days, communes=communes)


def test_the_days_shown_and_the_default_comparison():
    assert growth.days_to_show(datetime.date(2026, 5, 13), datetime.date(2026, 7, 2)) == [
        datetime.date(2026, 5, 13),
        datetime.date(2026, 5, 31),
        datetime.date(2026, 6, 30),
        datetime.date(2026, 7, 2),
    ]
    assert growth.days_to_show(datetime.date(2026, 7, 31), datetime.date(2026, 7, 31)) == [datetime.date(2026, 7, 31)]
    assert growth.default_since(datetime.date(2026, 3, 31)) == datetime.date(2025, 3, 31)
    assert growth.default_since(datetime.date(2024, 2, 29)) == datetime.date(2023, 2, 28)


def test_the_change_is_said_in_a_sentence():
    since = datetime.date(2026, 5, 13)
    series = growth.Series("to", "Số tổ", [10, 14, 19], subject="Số tổ")
    assert (series.first, series.last, series.change, series.percent) == (10, 19, 9, 90)
    assert growth.change_sentence(series, since) == "Số tổ tăng 90% kể từ 13/05/2026"
    assert growth.change_sentence(growth.Series("to", "", [10, 5], "Số tổ"), since) == "Số tổ giảm 50% kể từ 13/05/2026"
    assert (
        growth.change_sentence(growth.Series("to", "", [0, 4], "Số tổ"), since) == "Số tổ tăng thêm 4 kể từ 13/05/2026"
    )
    assert growth.change_sentence(growth.Series("to", "", [3, 3], "Số tổ"), since) == "Số tổ không đổi kể từ 13/05/2026"


def test_the_page_shows_the_change_since_the_day_asked_with_a_chart_and_its_table(client, history):
    client.force_login(history["coordinator"])
    response = client.get("/do-phu/", {"tu": "2026-01-31"})
    assert response.status_code == 200
    figures = response.context["growth"]
    assert figures.since == datetime.date(2026, 1, 31)
    assert figures.days[:3] == MONTH_ENDS[:3]
    assert {series.key: (series.first, series.last) for series in figures.series} == {
        "to": (1, 2),
        "xa-co-to": (1, 1),
        "thanh-vien": (1, 2),
        "san-sang": (0, 1),
    }
    content = response.content.decode()
    assert "Số tổ tăng 100% kể từ 31/01/2026" in content
    assert content.count("<polyline") == 4
    assert 'aria-labelledby="bieu-do-to-tieu-de bieu-do-to-mo-ta"' in content
    assert '<title id="bieu-do-to-tieu-de">Số tổ</title>' in content
    assert "Bảng số liệu theo tháng" in content and "<details" in content
    assert "31/03/2026" in content  # a month's end, in the table


def test_the_default_comparison_is_twelve_months_ago(client, history):
    client.force_login(history["coordinator"])
    figures = client.get("/do-phu/").context["growth"]
    assert figures.since == growth.default_since(timezone.localdate())
    assert figures.today == timezone.localdate()


def test_growth_of_one_commune(client, history):
    client.force_login(history["coordinator"])
    response = client.get("/do-phu/", {"xa": "81002", "tu": "2026-02-28"})
    assert response.context["growth_commune"] == history["two"]
    assert {series.key: (series.first, series.last) for series in response.context["growth"].series}["to"] == (1, 0)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2026-02-30", "không có thật"),
        ("30/02/2026", "không có thật"),
        ("hôm qua", "không có thật"),
        ("1999-12-31", "quá xa"),
        ("2999-01-01", "chưa tới"),
        ("9" * 200, "không có thật"),
    ],
)
def test_a_bad_comparison_day_is_explained_and_the_default_used(client, history, typed, message):
    client.force_login(history["coordinator"])
    response = client.get("/do-phu/", {"tu": typed})
    assert response.status_code == 200
    assert message in response.context["since_error"]
    assert message in response.content.decode()
    assert response.context["growth"].since == growth.default_since(timezone.localdate())


@pytest.mark.parametrize("query", ["tu=%00", "tu=2026-01-01%00", "tu=%ff%fe", "tu=%C3%28"])
def test_unreadable_bytes_in_the_day_are_refused_in_vietnamese_never_a_500(client, history, query):
    client.force_login(history["coordinator"])
    response = client.get(f"/do-phu/?{query}")
    assert response.status_code == 400
    assert "không đọc được" in response.content.decode()


def test_the_growth_export_has_a_row_per_day(client, history):
    client.force_login(history["coordinator"])
    response = client.get("/do-phu/", {"tu": "2026-01-31", "xuat": "tang-truong-csv"})
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith('Ngày,Số tổ,"Xã, phường có tổ",Thành viên,Sẵn sàng đi hỗ trợ,Đoàn Thanh niên,')
    assert lines[1].startswith("31/01/2026,1,1,1,0,1,0,")
    assert lines[3].startswith("31/03/2026,3,2,4,1,1,1,")
    xlsx = client.get("/do-phu/", {"xuat": "tang-truong-xlsx"})
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_growth_out_of_scope_is_refused(client, history):
    client.force_login(history["coordinator"])
    assert client.get("/do-phu/", {"tinh": "82"}).status_code == 404
    assert client.get("/do-phu/", {"xa": "82001"}).status_code == 404
    assert client.get("/do-phu/", {"xa": "82001", "xuat": "tang-truong-csv"}).status_code == 404
    client.force_login(history["officer"])
    assert client.get("/do-phu/", {"xa": "81001"}).status_code == 200
    assert client.get("/do-phu/", {"xa": "81002"}).status_code == 404
    client.force_login(history["leader"])
    assert client.get("/do-phu/", {"xuat": "tang-truong-csv"}).status_code == 403


def test_a_superuser_sees_national_growth(client, history):
    client.force_login(history["superuser"])
    figures = client.get("/do-phu/", {"tu": "2026-01-31"}).context["growth"]
    assert {series.key: series.first for series in figures.series}["to"] == 2  # Tỉnh Khác's team too


def test_completions_written_in_bulk_move_the_kept_figures(history):
    """The demo and any import write completions in bulk (bulk_create, update, bulk_update), with no signal per row:
    the communes of the people concerned are recounted in the same transaction."""
    from reporting import area_figures
    from training.pages import published_modules

    area_figures.rebuild()
    vneid = published_modules().get(slug="vneid")
    moment = timezone.make_aware(datetime.datetime.combine(datetime.date(2026, 5, 5), datetime.time(9)))
    created = Completion.objects.bulk_create(
        [Completion(user=history["leader"], module=vneid, module_title=vneid.title, score=90)]
    )
    assert area_figures.differences() == []
    Completion.objects.filter(pk=created[0].pk).update(completed_at=moment)
    assert area_figures.differences() == []
    created[0].completed_at = moment - datetime.timedelta(days=30)
    Completion.objects.bulk_update(created, ["completed_at"])
    assert area_figures.differences() == []
    Completion.objects.filter(pk=created[0].pk).delete()
    assert area_figures.differences() == []


def test_a_deleted_account_leaves_the_kept_ready_figures_of_its_communes(history):
    """Deleting an account empties its member rows' user (Django's SET_NULL: an UPDATE with no signal) before its
    completions go: the communes it was a member in are recounted once it is gone, so it is ready nowhere."""
    from reporting import area_figures

    area_figures.rebuild()
    communes = history["province"].children.all()
    teams = Team.objects.filter(commune__in=communes)
    today = [timezone.localdate()]
    assert values(growth.growth(teams, today, communes=communes))["san-sang"] == [1]
    history["ready"].delete()
    assert area_figures.differences() == []
    assert values(growth.growth(teams, today, communes=communes))["san-sang"] == [0]
