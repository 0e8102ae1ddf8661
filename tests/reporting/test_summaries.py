"""The figures kept per commune and period (reporting/area_figures.py): every change moves them in its own
transaction, a rebuild gives what the changes gave, the check finds a difference, and the pages that read them
stay a few queries however many communes and teams there are."""

import datetime
import io
import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import OperationalError, connection, transaction
from django.db.models.signals import post_delete
from django.test.utils import CaptureQueriesContext

from core.cache_retirement import Retirement
from reporting import area_figures, reports, rollup
from reporting.models import (
    CommuneFigures,
    CommuneMembers,
    CommunePeriodFigures,
    CommunePeriodValue,
    ReportStatus,
    TeamReport,
)
from teams.access import coordinated_teams, scope_for
from teams.factories import CommuneFactory, MemberFactory, TeamFactory, VillageFactory
from teams.importing import apply_import, preview_import
from teams.models import Affiliation, TeamStatus
from tests.reporting.test_results import filed

pytestmark = pytest.mark.django_db


def period_row(commune, period):
    return CommunePeriodFigures.objects.filter(commune=commune, period=period).first()


def vneid_of(commune, period, indicators, field="total"):
    row = CommunePeriodValue.objects.filter(commune=commune, period=period, indicator=indicators["vneid-muc-2"]).first()
    return getattr(row, field) if row else None


def consistent():
    assert area_figures.differences() == []


def test_a_submission_moves_the_figures_and_a_rollback_leaves_them(place, team, leader, period, indicators):
    report = filed(team, period, leader, {"vneid-muc-2": 7}, status=ReportStatus.DRAFT)
    assert period_row(place["east"], period) is None  # a draft counts nothing
    with pytest.raises(RuntimeError), transaction.atomic():
        reports.submit(report, leader)
        assert period_row(place["east"], period).reported == 1  # inside the transaction of the submission
        raise RuntimeError
    assert period_row(place["east"], period) is None
    report.refresh_from_db()
    reports.submit(report, leader)
    row = period_row(place["east"], period)
    assert (row.reported, vneid_of(place["east"], period, indicators)) == (1, 7)
    reports.return_report(report, leader, "Thiếu số liệu")
    assert period_row(place["east"], period) is None
    report.refresh_from_db()
    reports.submit(report, leader)
    reports.accept(TeamReport.objects.get(pk=report.pk), leader)
    assert period_row(place["east"], period).reported == 1
    consistent()


def test_members_added_removed_and_imported_move_the_figures(place, team):
    assert CommuneFigures.objects.get(commune=place["east"]).teams == 1
    assert not CommuneMembers.objects.filter(commune=place["east"]).exists()
    member = MemberFactory(team=team, affiliation=Affiliation.YOUTH_UNION)
    assert CommuneMembers.objects.get(commune=place["east"]).members == {Affiliation.YOUTH_UNION: 1}
    member.left_on = datetime.date.today() + datetime.timedelta(days=3)  # still counted until that day
    member.save()
    figures = CommuneMembers.objects.get(commune=place["east"])
    assert area_figures.current_members(figures, datetime.date.today()) == {Affiliation.YOUTH_UNION: 1}
    assert area_figures.current_members(figures, member.left_on) == {}
    member.delete()
    assert not CommuneMembers.objects.filter(commune=place["east"]).exists()
    data = "Họ và tên,Số điện thoại,Tổ chức,Vai trò,Ngày tham gia\nNguyễn Văn An,0912000111,Đoàn TN,,15/03/2025\n"
    preview = preview_import(team, SimpleUploadedFile("ds.csv", data.encode("utf-8-sig")))
    assert apply_import(team, preview) == 1
    assert sum(CommuneMembers.objects.get(commune=place["east"]).members.values()) == 1
    consistent()


def test_teams_founded_dissolved_and_moved_move_the_figures(place, team, leader, period, indicators):
    filed(team, period, leader, {"vneid-muc-2": 5})
    village_team = TeamFactory(area=VillageFactory(parent=place["east"]))
    figures = CommuneFigures.objects.get(commune=place["east"])
    assert (figures.teams, figures.village_teams) == (2, 1)
    team.status = TeamStatus.DISSOLVED
    team.save()
    # A dissolved team's reports leave the roll-up but stay in trends and targets, as when counted from the rows.
    assert (period_row(place["east"], period), vneid_of(place["east"], period, indicators)) == (None, None)
    assert vneid_of(place["east"], period, indicators, "all_total") == 5
    village_team.area = VillageFactory(parent=place["west"])
    village_team.save()
    assert CommuneFigures.objects.get(commune=place["east"]).teams == 0
    assert CommuneFigures.objects.get(commune=place["west"]).village_teams == 1
    consistent()


def test_writes_in_bulk_move_the_figures(place, team, other_team, leader, period, indicators):
    report = filed(team, period, leader, {"vneid-muc-2": 4}, status=ReportStatus.DRAFT)
    TeamReport.objects.filter(pk=report.pk).update(status=ReportStatus.ACCEPTED)
    assert period_row(place["east"], period).reported == 1
    report.values.filter(indicator=indicators["vneid-muc-2"]).update(value=9)
    assert vneid_of(place["east"], period, indicators) == 9
    type(team).objects.filter(pk=other_team.pk).update(status=TeamStatus.DISSOLVED)
    assert CommuneFigures.objects.get(commune=place["west"]).teams == 0
    consistent()


def test_rebuild_gives_what_the_changes_gave_and_the_check_finds_differences(place, team, leader, period):
    filed(team, period, leader, {"vneid-muc-2": 3})
    MemberFactory(team=team)
    before = sorted(CommunePeriodValue.objects.values_list("commune_id", "period_id", "indicator_id", "total"))
    out = io.StringIO()
    call_command("check_summaries", stdout=out)
    call_command("rebuild_summaries", stdout=io.StringIO())
    call_command("rebuild_summaries", stdout=io.StringIO())  # idempotent
    assert sorted(CommunePeriodValue.objects.values_list("commune_id", "period_id", "indicator_id", "total")) == before
    CommunePeriodFigures.objects.filter(commune=place["east"]).update(reported=5)
    CommuneFigures.objects.filter(pk=place["east"].pk).update(teams=9)
    out = io.StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("check_summaries", stdout=out)
    assert refused.value.returncode == 1
    assert "communefigures" in out.getvalue() and "communeperiodfigures" in out.getvalue()
    call_command("rebuild_summaries", stdout=io.StringIO())
    call_command("check_summaries", stdout=io.StringIO())


def test_a_fresh_database_is_rebuilt_by_its_first_reader(place, team, leader, period, coordinator):
    filed(team, period, leader, {"vneid-muc-2": 3})
    CommunePeriodFigures.objects.all().delete()
    area_figures.mark_stale()
    (row,) = rollup.rollup_from_figures(scope_for(coordinator), period, "commune")
    assert (row.label, row.reported) == ("Xã Đông", 1)


def national(count, leader, period):
    """`count` more communes, each with two teams, one of which reported."""
    province = CommuneFactory().parent
    for _number in range(count):
        commune = CommuneFactory(parent=province)
        filed(TeamFactory(area=commune), period, leader, {"vneid-muc-2": 2})
        TeamFactory(area=VillageFactory(parent=commune))


def test_the_figures_match_a_recount_for_provinces_and_communes(place, team, leader, period, coordinator):
    national(3, leader, period)
    filed(team, period, leader, {"vneid-muc-2": 3})
    for group in ("commune", "province"):
        counted = rollup.rollup(coordinated_teams(coordinator), period, group)
        assert rollup.rollup_from_figures(scope_for(coordinator), period, group) == counted


@pytest.mark.parametrize("url", ["/bao-cao/", "/do-phu/"])
def test_national_pages_take_the_same_queries_however_many_communes(
    client, django_assert_max_num_queries, django_user_model, leader, period, url
):
    from django.core.cache import cache

    admin = django_user_model.objects.create_superuser("quantri-dem", password="x")
    client.force_login(admin)
    counts = []
    for more in (2, 6):
        national(more, leader, period)
        cache.clear()
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        client.get(url, {"ky": period.pk})  # the first reader may rebuild
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url, {"ky": period.pk}).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(22):
        cache.clear()
        client.get(url, {"ky": period.pk})


SUMMARIES = [area_figures.CommuneFigures, area_figures.CommuneMembers, CommunePeriodFigures, CommunePeriodValue]


def rebuild_queries(leader, period, more):
    """A rebuild once `more` communes have been added: its queries other than INSERTs, its INSERTs, the rows it wrote
    and the post_delete signals it sent."""
    national(more, leader, period)
    MemberFactory(team=area_figures.Team.objects.filter(commune__isnull=False).first())
    deleted = []

    def heard(sender, **kwargs):
        deleted.append(sender)

    for model in SUMMARIES:
        post_delete.connect(heard, sender=model, dispatch_uid=f"test-summaries-{model._meta.label}")
    try:
        with CaptureQueriesContext(connection) as captured:
            communes, _members, periods, values, *_growth = area_figures.rebuild()
    finally:
        for model in SUMMARIES:
            post_delete.disconnect(sender=model, dispatch_uid=f"test-summaries-{model._meta.label}")
    assert communes >= more and periods >= more and values >= more
    inserts = sum(query["sql"].startswith("INSERT") for query in captured)
    return len(captured) - inserts, inserts, communes + _members + periods + values, deleted


def test_a_rebuild_deletes_without_a_signal_per_row_in_the_same_queries_however_many_communes(leader, period):
    few, _inserts, _rows, heard_few = rebuild_queries(leader, period, 5)
    many, inserts, rows, heard_many = rebuild_queries(leader, period, 25)  # 30 communes, rows of each kind to delete
    assert (heard_few, heard_many) == ([], [])
    assert few == many <= 23  # with the growth rows (teams, members, accounts ready, modules required), PG's lock
    assert rows > 300 and inserts <= 4 + rows // 100  # the rows are written in batches (of 199 on SQLite)


def recording_retirements(monkeypatch):
    """The caches retired, by name, in the order retired (they are not really retired meanwhile)."""
    retired = []
    showing = area_figures.caches_showing

    def recorded(model):
        return [
            Retirement(item.cache, item.labels, lambda name=item.cache: retired.append(name)) for item in showing(model)
        ]

    monkeypatch.setattr(area_figures, "caches_showing", recorded)
    return retired


def test_a_rebuild_retires_each_cache_showing_the_figures_once_and_again_once_committed(
    place, team, leader, period, monkeypatch, django_capture_on_commit_callbacks
):
    filed(team, period, leader, {"vneid-muc-2": 3})
    retired = recording_retirements(monkeypatch)
    with django_capture_on_commit_callbacks(execute=False) as committed:
        area_figures.rebuild()
    shown = {item.cache for model in SUMMARIES for item in area_figures.caches_showing(model)}
    assert {"figures:reporting", "figures:teams"} <= shown
    assert sorted(retired) == sorted(shown)  # each once, not once per row or per kind
    assert len(committed) == 1
    committed[0]()  # and once more when committed: a page cached from the old rows meanwhile goes too
    assert sorted(retired) == sorted([*shown, *shown])


def test_a_recount_retires_each_cache_once_and_deletes_without_a_signal_per_row(
    place, team, leader, period, monkeypatch
):
    filed(team, period, leader, {"vneid-muc-2": 3})
    MemberFactory(team=team)
    retired = recording_retirements(monkeypatch)
    deleted = []

    def heard(sender, **kwargs):
        deleted.append(sender)

    post_delete.connect(heard, sender=CommunePeriodValue, dispatch_uid="test-summaries-recount")
    try:
        TeamReport.objects.filter(team=team).update(status=ReportStatus.DRAFT)  # every value row of the commune goes
    finally:
        post_delete.disconnect(sender=CommunePeriodValue, dispatch_uid="test-summaries-recount")
    assert deleted == [] and not CommunePeriodValue.objects.filter(commune=place["east"]).exists()
    assert retired and len(retired) == len(set(retired))
    consistent()


def test_a_stale_reader_rebuilds_once_and_one_that_waited_for_it_does_not(place, team, leader, period, monkeypatch):
    filed(team, period, leader, {"vneid-muc-2": 3})
    rebuilt = []
    rebuild = area_figures.rebuild

    def counted_rebuild():
        rebuilt.append(True)
        return rebuild()

    monkeypatch.setattr(area_figures, "rebuild", counted_rebuild)
    area_figures.mark_stale()
    area_figures.ensure_current()
    area_figures.ensure_current()
    assert len(rebuilt) == 1
    # A second reader found the figures stale, then waited for the lock while a first one rebuilt them.
    area_figures.mark_stale()
    lock = area_figures.lock_figures

    def waited():
        monkeypatch.setattr(area_figures, "lock_figures", lock)
        counted_rebuild()  # the first reader, finishing while this one waits
        lock()

    monkeypatch.setattr(area_figures, "lock_figures", waited)
    area_figures.ensure_current()
    assert len(rebuilt) == 2  # the first reader's only
    consistent()


def test_a_rebuild_locks_the_figures_against_recounts_on_postgresql(place, team, leader, period):
    filed(team, period, leader, {"vneid-muc-2": 3})
    with CaptureQueriesContext(connection) as captured:
        area_figures.rebuild()
    locks = [query["sql"] for query in captured if query["sql"].startswith("LOCK TABLE")]
    if connection.vendor == "postgresql":
        assert locks == ['LOCK TABLE "reporting_communefigures" IN EXCLUSIVE MODE']
        queries = [query["sql"] for query in captured]
        first_count = next(number for number, sql in enumerate(queries) if '"teams_team"' in sql)
        assert queries.index(locks[0]) < first_count  # locked before anything is counted
    else:  # SQLite: write transactions are IMMEDIATE, one at a time
        assert locks == []


@pytest.mark.django_db(transaction=True)
def test_a_recount_waits_for_a_rebuild_under_way_on_postgresql():
    """The lost update: a rebuild counts, a report is submitted and recounted, the rebuild writes its earlier count.
    With the lock taken before the rebuild counts, the recount cannot write until the rebuild is committed."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite runs one write transaction at a time (IMMEDIATE): nothing to wait for")
    commune = CommuneFactory()
    TeamFactory(area=commune)
    locked, release, errors = threading.Event(), threading.Event(), []

    def rebuilding():
        try:
            with transaction.atomic():
                area_figures.lock_figures()  # what rebuild() does before it counts
                locked.set()
                release.wait(10)
        except Exception as error:  # any failure must fail the test
            errors.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=rebuilding)
    thread.start()
    try:
        assert locked.wait(10)
        with pytest.raises(OperationalError), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '300ms'")
            area_figures.recount([commune.pk])
    finally:
        release.set()
        thread.join()
    assert not errors
    area_figures.recount([commune.pk])  # once the rebuild is committed
    assert CommuneFigures.objects.get(pk=commune.pk).teams == 1


def test_changes_recounted_together_wait_for_the_end_of_the_block_and_a_failure_keeps_nothing(
    place, team, other_team, leader, period, indicators, monkeypatch
):
    recounts = []
    original = area_figures.count_from_source

    def counting(commune_ids=None):
        if commune_ids is not None:  # the check's full recount passes none
            recounts.append(sorted(commune_ids))
        return original(commune_ids)

    monkeypatch.setattr(area_figures, "count_from_source", counting)
    with area_figures.recounted_together():
        with area_figures.recounted_together():  # an inner block leaves the recount to the outer one
            first = filed(team, period, leader, {"vneid-muc-2": 4})
        second = filed(other_team, period, leader, {"vneid-muc-2": 5})
        assert recounts == []  # nothing counted yet, however many changes
        assert period_row(place["east"], period) is None
    assert recounts == [sorted({team.commune_id, other_team.commune_id})]  # once, for every commune touched
    assert vneid_of(place["east"], period, indicators) == 4
    consistent()
    with pytest.raises(RuntimeError), area_figures.recounted_together():
        reports.return_report(TeamReport.objects.get(pk=first.pk), leader, "Thiếu số liệu")
        raise RuntimeError
    assert vneid_of(place["east"], period, indicators) == 4  # the change and its recount went together
    assert TeamReport.objects.get(pk=second.pk).status == ReportStatus.SUBMITTED
    reports.return_report(TeamReport.objects.get(pk=first.pk), leader, "Thiếu số liệu")  # recounted at once again
    assert period_row(place["east"], period) is None
    consistent()
