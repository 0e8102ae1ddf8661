"""A page from the cache carries every header the freshly rendered page carried: the Content-Security-Policy,
X-Frame-Options, Vary, Content-Language and Content-Length included. Swept over every live page of a tree that
holds every page type, every route of the routable ones, and every named URL anonymous readers may open."""

import pytest
from django.core.cache import cache
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

from content.factories import (
    DocumentIndexPageFactory,
    GoodPracticeIndexPageFactory,
    GoodPracticePageFactory,
    PolicyDocumentPageFactory,
)
from content.models import Pillar, Sector
from core.data_saver import DATA_SAVER_COOKIE
from teams.models import AdminArea, AreaLevel
from tests.security.test_access_matrix import EXPECTED, OK, world  # noqa: F401  (world is a fixture)
from training.models import TrainingModulePage

pytestmark = pytest.mark.django_db

# Said afresh on every answer, so not compared.
PER_ANSWER_HEADERS = {"x-page-cache", "date", "expires"}
# Headers the inner middlewares add, which a hit used to lose.
SECURITY_AND_CONTENT_HEADERS = {
    "content-security-policy",
    "x-frame-options",
    "vary",
    "content-language",
    "content-length",
}


@pytest.fixture(autouse=True)
def page_cache_on(settings, site_settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()


@pytest.fixture
def every_page_type(request, home_page):
    """The access matrix's world (home, platforms, guides, a training module...) plus documents and good
    practices, so that the tree holds a live page of every page type."""
    people_and_ids = request.getfixturevalue("world")
    documents = DocumentIndexPageFactory(parent=home_page)
    PolicyDocumentPageFactory(parent=documents)
    practices = GoodPracticeIndexPageFactory(parent=home_page)
    GoodPracticePageFactory(parent=practices, commune=AdminArea.objects.filter(level=AreaLevel.COMMUNE).first())
    return people_and_ids


def route_arguments():
    """Values for the routes' parameters: every pillar and sector slug (a pillar's or a sector's landing page) and
    the first lesson. A quiz result needs a person's attempt, so it is not an anonymous page."""
    slugs = [*Pillar.objects.values_list("slug", flat=True), *Sector.objects.values_list("slug", flat=True)]
    return {"slug": slugs, "number": [1]}


def page_urls():
    """Every live, public page, and each route of a routable page with each value its parameters can take."""
    values = route_arguments()
    urls = {}
    for page in Page.objects.live().public().exclude(depth=1).specific():
        urls[page.url] = type(page)
        if not isinstance(page, RoutablePageMixin):
            continue
        for pattern in page.get_subpage_urls():
            names = list(pattern.pattern.converters)
            if not names:
                urls[page.url + page.reverse_subpage(pattern.name)] = type(page)
            elif len(names) == 1 and names[0] in values:
                for value in values[names[0]]:
                    urls[page.url + page.reverse_subpage(pattern.name, kwargs={names[0]: value})] = type(page)
    return urls


def named_public_urls(values):
    return {
        template.format(**values): None
        for template, expectations in EXPECTED.values()
        if expectations["anonymous"] == OK
    }


def replayed(response):
    return {name.lower(): value for name, value in response.items() if name.lower() not in PER_ANSWER_HEADERS}


def is_page_for_everyone(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and response["Content-Type"].startswith("text/html")
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


@pytest.mark.parametrize("data_saver", [False, True], ids=["pictures", "data-saver"])
def test_a_cached_page_carries_every_header_of_the_fresh_one(client, every_page_type, data_saver):
    _people, values = every_page_type
    if data_saver:
        client.cookies[DATA_SAVER_COOKIE] = "1"
    urls = {**page_urls(), **named_public_urls(values)}
    compared, different, uncached, lacking = {}, {}, [], {}
    for url, page_type in urls.items():
        miss = client.get(url)
        if not is_page_for_everyone(miss):
            continue
        hit = client.get(url)
        if (miss.get("X-Page-Cache"), hit.get("X-Page-Cache")) != ("miss", "hit"):
            uncached.append(url)
            continue
        compared[url] = page_type
        if replayed(hit) != replayed(miss) or hit.content != miss.content:
            different[url] = set(replayed(hit).items()) ^ set(replayed(miss).items())
        if missing := SECURITY_AND_CONTENT_HEADERS - set(replayed(miss)):
            lacking[url] = missing
    assert different == {}
    assert lacking == {}
    assert uncached == []
    every_type = {model for model in get_page_models() if model is not Page}
    assert every_type - set(compared.values()) == set()
    lesson = next(url for url, page_type in compared.items() if page_type is TrainingModulePage and "/bai/" in url)
    assert lesson and "/tim-kiem/?q=vneid" in compared and "/xac-minh/" in compared
