"""Every cache names the models it shows, and a change to any of them retires it (core/cache_retirement.py).

The completeness tests render every cached page and compute every cached figure with an empty cache, note each
table the queries touch, and fail when one belongs to a model the cache does not declare: a new model shown on a
public page, or feeding a figure, must be declared where the cache is, or it would be served stale."""

import datetime
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.factories import UserFactory
from content.factories import PillarFactory
from content.models import Pillar
from core import aggregates, cache_retirement
from core.aggregates import FigureFamily
from core.cache_retirement import caches_showing, check_cache_retirement, declared_caches, retire_when_changed
from core.page_cache import GENERATION_KEY
from reporting import reports
from reporting.models import Indicator, ReportValue, Target, TeamReport
from reporting.periods import period_containing
from teams.coverage import COVERAGE_FIGURES
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory, VillageFactory
from teams.models import AdminArea, Member, MemberRole, RoleAssignment, ScopeRole, Team
from tests.core.test_page_cache_headers import (  # noqa: F401  (every_page_type and world are fixtures)
    every_page_type,
    named_public_urls,
    page_urls,
    world,
)

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]
PAGE_CACHE = "anonymous pages"
FRONTEND_CACHE = "frontend cache (Varnish)"  # core/frontend_purge.py: the proxy in front, when there is one

# Tables a cached page reads that cannot change what it shows once it is rendered. Each says why.
NOT_SHOWN_ON_PAGES = {
    # A rendition is drawn from its image, which is declared; it is written while the page renders, so retiring on
    # it would retire every page each time a page shows an image in a size not drawn before.
    "content_customrendition",
    # The search index is Wagtail's copy of pages and taxonomy, written when they are saved, which retires already.
    "wagtailsearch_indexentry",
    "wagtailsearch_indexentry_fts",
}
# Tables a figure reads that cannot change it, each with why, as above. None so far.
NOT_SHOWN_IN_FIGURES = set()


def tables_read(queries):
    tables = {model._meta.db_table: model for model in concrete_models()}
    names = set()
    for query in queries:
        names |= set(re.findall(r'"([^"]+)"', query["sql"])) & set(tables)
    return {name: tables[name] for name in names}


def concrete_models():
    return [model for model in apps.get_models(include_auto_created=True) if not model._meta.proxy]


def undeclared(cache_name, tables, allowed):
    return sorted(
        table
        for table, model in tables.items()
        if table not in allowed and cache_name not in {item.cache for item in caches_showing(model)}
    )


# Completeness: every table read is declared.


@pytest.fixture
def page_cache_on(settings, site_settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()


def test_every_table_a_cached_page_reads_retires_the_page_cache(client, page_cache_on, request):
    _people, values = request.getfixturevalue("every_page_type")
    read_by = {}
    cached = 0
    for url in {**page_urls(), **named_public_urls(values)}:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        if response.get("X-Page-Cache") != "miss":
            continue
        cached += 1
        for table in tables_read(queries.captured_queries):
            read_by.setdefault(table, url)
    assert cached > 10
    missing = undeclared(PAGE_CACHE, {table: apps_model(table) for table in read_by}, NOT_SHOWN_ON_PAGES)
    assert not missing, "\n".join(f"{table}, read by {read_by[table]}" for table in missing)


def apps_model(table):
    return next(model for model in concrete_models() if model._meta.db_table == table)


@pytest.fixture
def figures_world(db):
    """Two provinces, communes, a village team, members, submitted reports and a target: every figure has rows."""
    north = ProvinceFactory(name="Tỉnh Bắc", code="91")
    ProvinceFactory(name="Tỉnh Nam", code="92")
    east = CommuneFactory(name="Xã Đông", code="91001", parent=north)
    CommuneFactory(name="Xã Tây", code="91002", parent=north)
    team = TeamFactory(area=east)
    TeamFactory(area=VillageFactory(name="Thôn Một", parent=east))
    leader = UserFactory(username="totruong")
    MemberFactory(team=team, user=leader, role=MemberRole.LEADER)
    MemberFactory(team=team)
    period = period_containing(datetime.date.today())
    reports.submit(reports.report_for(team, period, leader), leader)
    Target.objects.create(area=north, indicator=Indicator.objects.first(), year=period.start.year, value=10)
    coordinator = UserFactory(username="dieuphoi")
    RoleAssignment.objects.create(user=coordinator, role=ScopeRole.PROVINCE_COORDINATOR, area=north)
    national = UserFactory(username="quantri", is_superuser=True, is_staff=True)
    return {"coordinator": coordinator, "national": national, "period": period, "commune": east}


def test_every_table_a_cached_figure_reads_retires_its_family(client, figures_world, monkeypatch):
    read = {}

    def computed_and_watched(family, parts, compute):
        with CaptureQueriesContext(connection) as queries:
            value = compute()
        read.setdefault(family.name, {}).update(tables_read(queries.captured_queries))
        return value

    monkeypatch.setattr(FigureFamily, "cached", computed_and_watched)
    period = figures_world["period"]
    for user in (figures_world["national"], figures_world["coordinator"]):
        client.force_login(user)
        for url in ("/do-phu/", "/do-phu/?tinh=91", f"/bao-cao/?ky={period.pk}"):
            assert client.get(url).status_code == 200, url
        xa = f"/bao-cao/?ky={period.pk}&xa={figures_world['commune'].code}"
        assert client.get(xa).status_code == 200
    families = {name.removeprefix("figures:") for name in declared_caches() if name.startswith("figures:")}
    assert set(read) == families  # every family was computed above
    missing = {name: undeclared(f"figures:{name}", tables, NOT_SHOWN_IN_FIGURES) for name, tables in read.items()}
    assert missing == {name: [] for name in read}


def test_every_cache_is_declared_in_every_process_not_only_where_it_is_used():
    """A figure family declared in a module that only a view imports would not be retired by a command or a
    worker that never loads that view: each must be declared once the apps are ready."""
    sources = [path for folder in ("site", "content", "guides") for path in (REPO / folder).rglob("*.py")]
    families = {
        f"figures:{name}"
        for path in sources
        for name in re.findall(r'FigureFamily\(\s*"([^"]+)"', path.read_text(encoding="utf-8"))
    }
    script = (
        "import django; django.setup(); from core.cache_retirement import declared_caches; "
        "print('\\n'.join(sorted(declared_caches())))"
    )
    env = {"DJANGO_SETTINGS_MODULE": "config.settings.test", "PYTHONPATH": f"{REPO}:{REPO / 'site'}"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, env=env, check=True
    )
    assert families and set(result.stdout.split("\n")) - {""} == families | {PAGE_CACHE, FRONTEND_CACHE}


def test_the_startup_check_finds_nothing_wrong():
    assert check_cache_retirement() == []


def test_the_startup_check_refuses_an_unknown_label_and_a_manager_whose_bulk_writes_would_not_retire(monkeypatch):
    monkeypatch.setattr(cache_retirement, "_declared", dict(cache_retirement._declared))
    monkeypatch.setattr(cache_retirement, "_shown_by", {})
    retire_when_changed("a new cache", ["reporting.SupportLog", "reporting.NoSuchModel"], lambda: None)
    errors = {(error.id, str(error.obj)) for error in check_cache_retirement()}
    assert ("core.E101", "a new cache") in errors
    assert any(error_id == "core.E102" and "SupportLog" in obj for error_id, obj in errors)
    cache_retirement._shown_by.clear()


# Retirement: a save, a delete and a bulk write of a declared model each retire the cache.


def page_generation():
    return cache.get(GENERATION_KEY)


def test_saving_deleting_or_updating_a_pillar_in_bulk_retires_cached_pages(db):
    pillar = PillarFactory(slug="moi", name="Mới")
    for change in (
        lambda: pillar.save(),
        lambda: Pillar.objects.filter(pk=pillar.pk).update(name="Mới hơn"),
        lambda: Pillar.objects.bulk_create([Pillar(slug="them", name="Thêm")]),
        lambda: Pillar.objects.filter(slug="them").delete(),
        lambda: pillar.delete(),
    ):
        before = page_generation()
        change()
        assert page_generation() != before


def test_publishing_or_moving_a_page_retires_cached_pages(guide, platform_index, pillars):
    from content.factories import PlatformPageFactory

    before = page_generation()
    guide.save_revision().publish()
    assert page_generation() != before
    elsewhere = PlatformPageFactory(parent=platform_index, title="Khác", slug="khac", pillar=pillars["xa-hoi-so"])
    before = page_generation()
    guide.move(elsewhere, pos="last-child")
    assert page_generation() != before


@pytest.fixture
def team_world(db):
    province = ProvinceFactory(name="Tỉnh Mẫu", code="77")
    team = TeamFactory(area=CommuneFactory(name="Xã Mẫu", code="77001", parent=province))
    return {"province": province, "team": team, "member": MemberFactory(team=team)}


@pytest.mark.parametrize(
    ("change", "families"),
    [
        (lambda given: given["member"].save(), {"teams"}),
        (lambda given: Member.objects.filter(pk=given["member"].pk).update(full_name="Tên Mới"), {"teams"}),
        (lambda given: given["team"].members.update(affiliation="buu-dien"), {"teams"}),
        (lambda given: given["member"].delete(), {"teams"}),
        (lambda given: Team.objects.filter(pk=given["team"].pk).update(name="Tổ Mới"), {"teams", "reporting"}),
        (
            lambda given: AdminArea.objects.filter(pk=given["province"].pk).update(name="Tỉnh Mới"),
            {"teams", "reporting"},
        ),
        (lambda given: TeamReport.objects.filter(team=given["team"]).update(status="accepted"), {"reporting"}),
        (lambda given: ReportValue.objects.filter(report__team=given["team"]).update(value=9), {"reporting"}),
        (lambda given: Indicator.objects.filter(code="vneid-muc-2").update(name="VNeID"), {"reporting"}),
    ],
    ids=[
        "member-save",
        "member-update",
        "members-of-a-team-update",
        "member-delete",
        "team-update",
        "area-update",
        "report-update",
        "report-values-update",
        "indicator-update",
    ],
)
def test_a_change_to_a_declared_model_retires_the_figures_it_feeds(team_world, change, families):
    leader = UserFactory(username="totruong-mau")
    MemberFactory(team=team_world["team"], user=leader, role=MemberRole.LEADER)
    reports.report_for(team_world["team"], period_containing(datetime.date.today()), leader)
    before = {name: aggregates.generation(name) for name in ("teams", "reporting")}
    change(team_world)
    after = {name: aggregates.generation(name) for name in ("teams", "reporting")}
    assert {name for name in before if after[name] != before[name]} == families


def test_a_cached_figure_is_recomputed_after_a_bulk_update(team_world):
    names = lambda: list(Member.objects.values_list("full_name", flat=True))  # noqa: E731
    first = COVERAGE_FIGURES.cached(("names",), names)
    Member.objects.update(full_name="Đổi Tên")
    assert COVERAGE_FIGURES.cached(("names",), names) != first == [team_world["member"].full_name]


def test_a_change_retires_again_when_its_transaction_commits(db, django_capture_on_commit_callbacks):
    """A reader between the change and the commit renders the rows the database still shows, the old ones, and keeps
    them under the new generation: the commit retires that too, once however many rows changed."""
    from django.db import transaction

    with django_capture_on_commit_callbacks() as callbacks:
        with transaction.atomic():
            pillar = PillarFactory(slug="moi", name="Mới")
            pillar.name = "Mới hơn"
            pillar.save()
            Pillar.objects.filter(pk=pillar.pk).update(name="Mới nhất")
            during = page_generation()
            cache.set(GENERATION_KEY, during, None)  # what a reader in between stored its page under
    retirements = [callback for callback in callbacks if callback is cache_retirement._retire_pending]
    assert len(retirements) == 1
    retirements[0]()
    assert page_generation() != during
