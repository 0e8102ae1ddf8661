import pytest

from reporting import reports, rollup
from reporting.models import Difficulty, DifficultyStatus, ReportStatus, Target
from teams.factories import TeamFactory, VillageFactory

pytestmark = pytest.mark.django_db


def filed(team, period, user, figures, status=ReportStatus.SUBMITTED):
    """A report with the given {indicator: value}, in the given state."""
    report = reports.report_for(team, period, user)
    for value in report.values.all():
        value.value = figures.get(value.indicator.code, 0)
        value.save()
    report.status = status
    report.save()
    return report


@pytest.fixture
def known(place, team, other_team, leader, period):
    """Xã Đông: two teams, 3+4 VNeID; Xã Tây: one accepted team with 10 and one returned (not counted) with 99;
    a third Xã Tây team has not reported."""
    second_east = TeamFactory(area=VillageFactory(parent=place["east"]), name="Tổ Đông Hai")
    filed(team, period, leader, {"vneid-muc-2": 3, "buoi-tuyen-truyen": 1})
    filed(second_east, period, leader, {"vneid-muc-2": 4})
    filed(other_team, period, leader, {"vneid-muc-2": 10}, ReportStatus.ACCEPTED)
    returned = TeamFactory(area=VillageFactory(parent=place["west"]), name="Tổ Tây Trả Lại")
    filed(returned, period, leader, {"vneid-muc-2": 99}, ReportStatus.RETURNED)
    silent = TeamFactory(area=VillageFactory(parent=place["west"]), name="Tổ Tây Im Lặng")
    return {"second_east": second_east, "returned": returned, "silent": silent}


def test_rollup_sums_match_a_hand_computed_fixture(place, known, coordinator, indicators, period):
    from teams.access import coordinated_teams

    rows = {row.label: row for row in rollup.rollup(coordinated_teams(coordinator), period, "commune")}
    vneid = indicators["vneid-muc-2"].pk
    assert (rows["Xã Đông"].teams, rows["Xã Đông"].reported, rows["Xã Đông"].values[vneid]) == (2, 2, 7)
    assert (rows["Xã Tây"].teams, rows["Xã Tây"].reported, rows["Xã Tây"].values[vneid]) == (3, 1, 10)
    total = rollup.totals(rows.values())
    assert (total.teams, total.reported, total.values[vneid]) == (5, 3, 17)
    missing = {team.name for team in rollup.missing_reports(coordinated_teams(coordinator), period)}
    assert missing == {"Tổ Tây Trả Lại", "Tổ Tây Im Lặng"}


@pytest.mark.parametrize("few_teams", [False, True])
def test_missing_reports_are_the_same_read_by_team_or_by_period(place, known, coordinator, period, few_teams):
    """Read by team (a province's roll-up) or from the whole period (the reminders): the scope's active teams whose
    report is not counted, and no other team."""
    from teams.access import coordinated_teams
    from teams.models import TeamStatus

    TeamFactory(area=VillageFactory(parent=place["west"]), name="Tổ Tây Giải Thể", status=TeamStatus.DISSOLVED)
    TeamFactory(name="Tổ Tỉnh Khác")  # not reported, outside the coordinator's province
    teams = coordinated_teams(coordinator)
    missing = rollup.missing_reports(teams, period, few_teams=few_teams)
    assert [team.name for team in missing] == ["Tổ Tây Im Lặng", "Tổ Tây Trả Lại"]
    assert list(missing.values_list("name", flat=True)[:1]) == ["Tổ Tây Im Lặng"]


def test_target_progress_counts_this_years_submitted_and_accepted_reports(
    place, known, coordinator, indicators, period
):
    from teams.access import coordinated_teams

    Target.objects.create(area=place["province"], indicator=indicators["vneid-muc-2"], year=period.start.year, value=68)
    (progress,) = rollup.target_progress(
        place["province"], coordinated_teams(coordinator), period.start.year, list(indicators.values())
    )
    assert (progress.achieved, progress.target, progress.percent) == (17, 68, 25)


def test_the_results_page_shows_rollup_missing_teams_and_targets(client, place, known, coordinator, period, indicators):
    Target.objects.create(area=place["province"], indicator=indicators["vneid-muc-2"], year=period.start.year, value=68)
    client.force_login(coordinator)
    content = client.get("/bao-cao/", {"ky": period.pk}).content.decode()
    assert "3/5" in content and "Tổ Tây Im Lặng" in content and "17/68" in content and "<svg" in content
    commune_view = client.get("/bao-cao/", {"ky": period.pk, "xa": "77001"}).content.decode()
    assert "Tổ Đông Hai" in commune_view and "Tổ Tây Im Lặng" not in commune_view


def test_the_national_results_count_the_missing_teams_by_province_without_naming_them(
    client, place, known, period, django_user_model
):
    from teams.factories import CommuneFactory, ProvinceFactory

    TeamFactory(area=CommuneFactory(parent=ProvinceFactory(name="Tỉnh Khác", code="78"), code="78001"))
    client.force_login(django_user_model.objects.create_superuser("quantri-ket-qua", password="x"))
    response = client.get("/bao-cao/", {"ky": period.pk})
    content = response.content.decode()
    assert response.context["group"] == "province"
    assert "3 tổ chưa nộp" in content and "3/5" in content and "0/1" in content
    assert "Tổ Tây Im Lặng" not in content


def test_the_full_table_cells_are_escaped(client, place, known, coordinator, period, indicators):
    indicator = indicators["vneid-muc-2"]
    indicator.name = 'VNeID <b onclick="x">mức 2</b>'
    indicator.save()
    place["west"].name = 'Xã <script>alert("Tây")</script>'
    place["west"].save()
    client.force_login(coordinator)
    content = client.get("/bao-cao/", {"ky": period.pk}).content.decode()
    assert '<b onclick="x">' not in content and "<script>alert" not in content
    assert 'data-label="VNeID &lt;b onclick=&quot;x&quot;&gt;mức 2&lt;/b&gt;"' in content
    name = "Xã &lt;script&gt;alert(&quot;Tây&quot;)&lt;/script&gt;"
    # the main table links each commune to its teams, the full table names it; both count its reports
    assert f'<th scope="row"><a href="?ky={period.pk}&amp;xa=77002">{name}</a></th>' in content
    assert f'<th scope="row">{name}</th><td data-label="Đã nộp">1/3</td>' in content


def test_the_results_page_without_any_active_indicator_still_counts_the_reports(client, known, coordinator, period):
    from reporting.models import Indicator

    Indicator.objects.update(active=False)
    client.force_login(coordinator)
    response = client.get("/bao-cao/", {"ky": period.pk})
    content = response.content.decode()
    assert response.status_code == 200 and "Chỉ tiêu chính" not in content and 'id="day-du"' not in content
    assert f'<a href="?ky={period.pk}&amp;xa=77002">Xã Tây</a></th><td data-label="Đã nộp">1/3</td></tr>' in content


def test_exports_are_scoped_and_formula_safe(client, place, known, officer, period):
    known["second_east"].name = '=HYPERLINK("x")'
    known["second_east"].save()
    client.force_login(officer)
    body = client.get("/bao-cao/", {"ky": period.pk, "xa": "77001", "xuat": "csv"}).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in body and ',"=HYPERLINK' not in body
    assert "Tổ Tây" not in body
    assert client.get("/bao-cao/", {"ky": period.pk, "xa": "77002"}).status_code == 404


@pytest.mark.parametrize("url", ["/bao-cao/", "/bao-cao/kho-khan/", "/bao-cao/zalo/?xa=77001"])
def test_leaders_and_volunteers_are_refused_the_coordinator_pages(client, leader, volunteer, url):
    for user in (leader, volunteer):
        client.force_login(user)
        assert client.get(url).status_code == 403


def test_the_results_page_queries_stay_constant_as_teams_grow(
    client, place, known, coordinator, period, leader, django_assert_max_num_queries
):
    from django.core.cache import cache

    client.force_login(coordinator)
    client.get("/bao-cao/", {"ky": period.pk})
    cache.clear()  # measure the roll-ups computed, not read from the aggregate cache
    with django_assert_max_num_queries(25) as few:
        client.get("/bao-cao/", {"ky": period.pk})
    for number in range(8):
        filed(
            TeamFactory(area=VillageFactory(parent=place["west"]), name=f"Tổ Thêm {number}"),
            period,
            leader,
            {"vneid-muc-2": 1},
        )
    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get("/bao-cao/", {"ky": period.pk}).status_code == 200


def test_difficulties_reach_the_commune_and_province_and_the_team_sees_the_response(
    client, team, leader, officer, coordinator, west_officer, period
):
    report = filed(team, period, leader, {})
    difficulty = Difficulty.objects.create(report=report, category="ket-noi", text="Sóng yếu ở xóm Đồi")
    for user in (officer, coordinator):
        client.force_login(user)
        assert "Sóng yếu ở xóm Đồi" in client.get("/bao-cao/kho-khan/").content.decode()
    client.force_login(west_officer)
    assert "Sóng yếu ở xóm Đồi" not in client.get("/bao-cao/kho-khan/").content.decode()
    assert client.get(f"/bao-cao/kho-khan/{difficulty.pk}/").status_code == 404
    client.force_login(officer)
    client.post(f"/bao-cao/kho-khan/{difficulty.pk}/", {"response": "Đã báo nhà mạng", "resolved": "on", "buoc": 0})
    difficulty.refresh_from_db()
    assert (difficulty.status, difficulty.responded_by) == (DifficultyStatus.RESOLVED, officer)
    client.force_login(leader)
    assert "Đã báo nhà mạng" in client.get(f"/to/{team.pk}/bao-cao/ky-{period.pk}/").content.decode()
    client.force_login(officer)
    export = client.get("/bao-cao/kho-khan/", {"xuat": "csv"}).content.decode("utf-8-sig")
    assert "Sóng yếu ở xóm Đồi" in export and "Đã báo nhà mạng" in export


def test_zalo_summaries_are_short_and_readable(client, team, leader, officer, period):
    filed(team, period, leader, {"vneid-muc-2": 5})
    client.force_login(leader)
    text = client.get(f"/to/{team.pk}/bao-cao/ky-{period.pk}/zalo/").context["text"]
    assert team.name in text and "định danh điện tử mức 2: 5 người" in text
    client.force_login(officer)
    text = client.get("/bao-cao/zalo/", {"xa": "77001", "ky": period.pk}).context["text"]
    assert "1/1 tổ đã nộp báo cáo" in text


def test_rollups_are_cached_until_a_report_changes(client, place, team, leader, coordinator, period, indicators):
    from django.core.cache import cache

    cache.clear()
    report = reports.report_for(team, period, leader)
    client.force_login(coordinator)
    assert client.get("/bao-cao/", {"ky": period.pk}).context["total"].reported == 0
    reports.submit(report, leader)
    assert client.get("/bao-cao/", {"ky": period.pk}).context["total"].reported == 1
