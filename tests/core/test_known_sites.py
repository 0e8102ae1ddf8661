"""The request's Wagtail site and root page come from this process's memory (core/known_sites.py) until a site or a
page changes."""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from content.models import HomePage
from core.known_sites import MAX_HOSTS, _known, forget_known_sites, known_site

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def nothing_known(settings):
    settings.SITES_KEPT_IN_PROCESS = True  # as in production; the tests' settings turn it off with the page cache
    forget_known_sites()
    yield
    forget_known_sites()


def site_queries(queries):
    """Wagtail's site lookup (the routing query only counts the sites, in a subquery)."""
    return [query for query in queries.captured_queries if query["sql"].startswith('SELECT "wagtailcore_site"')]


def test_the_site_and_its_root_page_are_read_once_and_the_root_comes_in_its_own_type(client, guide, site_settings):
    client.get(guide.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(guide.get_parent().url)
    assert response.status_code == 200 and not site_queries(queries)
    site = known_site(RequestFactory().get("/"))
    assert isinstance(site.root_page, HomePage) and site.is_default_site


def test_each_request_gets_its_own_copies(guide):
    first, second = known_site(RequestFactory().get("/")), known_site(RequestFactory().get("/"))
    first.root_page._route_restricted = True
    first.site_name = "Đổi trong một yêu cầu"
    assert not hasattr(second.root_page, "_route_restricted") and second.site_name != first.site_name
    assert first.root_page is not second.root_page


def test_a_changed_site_is_seen_by_the_next_request(client, guide):
    client.get(guide.url)
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Sổ tay số tỉnh Phú Thọ"
    site.save()  # wagtailcore.Site is shown on pages: a new generation
    assert known_site(RequestFactory().get("/")).site_name == "Sổ tay số tỉnh Phú Thọ"


def test_a_flood_of_hosts_keeps_memory_bounded(guide, settings):
    settings.ALLOWED_HOSTS = ["*"]
    for number in range(MAX_HOSTS * 3):
        assert known_site(RequestFactory().get("/", HTTP_HOST=f"h{number}.example")).is_default_site
    assert len(_known.sites) <= MAX_HOSTS


def test_a_host_outside_allowed_hosts_is_refused_and_keeps_nothing(client, guide):
    response = client.get(guide.url, headers={"host": "ke-gia-mao.example"})
    assert response.status_code == 400 and not getattr(_known, "sites", {})


def test_a_kept_site_is_read_again_after_five_minutes(guide, monkeypatch):
    """A change with no signal (an update from a shell, a restored database) shows within the page cache's time."""
    from core import known_sites

    now = [1000.0]
    monkeypatch.setattr(known_sites, "time", SimpleNamespace(monotonic=lambda: now[0]))
    assert known_sites.KEPT_SECONDS == 300
    known_site(RequestFactory().get("/"))
    Site.objects.filter(is_default_site=True).update(site_name="Đổi không qua tín hiệu")
    now[0] += 299
    assert known_site(RequestFactory().get("/")).site_name != "Đổi không qua tín hiệu"
    now[0] += 1
    assert known_site(RequestFactory().get("/")).site_name == "Đổi không qua tín hiệu"


def test_turned_off_wagtail_looks_the_site_up_every_time(client, guide, site_settings, settings):
    settings.SITES_KEPT_IN_PROCESS = False
    client.get(guide.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(guide.url)
    assert len(site_queries(queries)) == 1


def test_a_database_or_cache_that_does_not_answer_leaves_the_lookup_to_wagtail(client, monkeypatch):
    from django.db import OperationalError

    def refuse(request):
        raise OperationalError("connection refused")

    monkeypatch.setattr("core.known_sites.known_site", refuse)
    assert client.get("/healthz").status_code == 200  # the health check's own query still answers
