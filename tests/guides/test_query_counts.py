"""Issue 19: every public page costs a small, constant number of queries, uncached (page cache off, cache emptied),
and a page address is routed in one query (content/routing.py) with Wagtail's own answer."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from content.demo_safety import load as load_safety_and_glossary
from content.factories import (
    DocumentIndexPageFactory,
    GoodPracticeIndexPageFactory,
    GoodPracticePageFactory,
    ImageFactory,
    PolicyDocumentPageFactory,
)
from content.models import DocumentApplication
from content.routing import route_in_one_query
from guides.factories import GuidePageFactory, GuideSourceFactory, step
from guides.models import RelatedGuide

pytestmark = pytest.mark.django_db

GUIDE_PAGE_QUERIES = 10


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.PAGE_CACHE_SECONDS = 0


def uncached_get(client, url, **params):
    client.get(url, params)  # renditions are made on the first view of an image; measure the views after
    cache.clear()
    return client.get(url, params)


def rich_guide(parent, slug, steps, sources, tags, images):
    guide = GuidePageFactory(
        parent=parent,
        slug=slug,
        title=f"Hướng dẫn {slug}",
        outcome="Bạn nhận mã OTP và đăng nhập bằng tài khoản định danh.",
        requirements=[("item", "Căn cước có gắn chip")],
        steps=[
            step(
                f"Bước {number}: nhập mã OTP",
                text="<p>Nhập mã OTP gửi về điện thoại, không đọc cho ai.</p>",
                image=images[number % len(images)] if images else None,
                alt_text="Màn hình nhập mã",
                tip="<p>Mã OTP chỉ dùng một lần.</p>",
                safety=number % 3 == 0,
            )
            for number in range(steps)
        ],
        last_reviewed=datetime.date(2026, 10, 1),
    )
    for _ in range(sources):
        GuideSourceFactory(page=guide)
    if tags:
        guide.tags.add(*[f"tu-khoa-{number}" for number in range(tags)])
        guide.save_revision().publish()
    return guide


@pytest.fixture
def rich(vneid, guide, sectors, site_settings, home_page):
    """A guide with many steps, screenshots, sources, tags, glossary terms, scam rules, related guides and documents."""
    load_safety_and_glossary()
    images = [ImageFactory(title=f"Màn hình {number}") for number in range(4)]
    big = rich_guide(vneid, "nhieu-buoc", steps=12, sources=3, tags=3, images=images)
    big.sectors.set(sectors.values())
    RelatedGuide.objects.create(page=big, guide=guide, sort_order=0)
    for number in range(3):
        GuidePageFactory(parent=vneid, slug=f"ke-tiep-{number}")
    library = DocumentIndexPageFactory(parent=home_page)
    for number in range(2):
        document = PolicyDocumentPageFactory(parent=library, slug=f"van-ban-{number}", number=f"{number}/KH")
        DocumentApplication.objects.create(document=document, page=big, sort_order=number)
    return {"guide": big, "images": images, "library": library}


def test_a_guide_with_everything_takes_ten_queries(client, rich, django_assert_max_num_queries):
    url = rich["guide"].url
    client.get(url)
    cache.clear()
    with django_assert_max_num_queries(GUIDE_PAGE_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert content.count('class="step__screenshot"') == 12
    assert "Hướng dẫn tiếp theo" in content and "Văn bản liên quan" in content
    assert 'href="#tu-ngu-otp"' in content  # the glossary linked its first use
    assert 'id="quy-tac-an-toan"' in content
    assert '<nav class="breadcrumbs"' in content and 'href="/nen-tang/vneid/"' in content


def test_more_steps_sources_tags_and_images_add_no_queries(client, rich, vneid):
    small = rich_guide(vneid, "it-buoc", steps=1, sources=1, tags=1, images=rich["images"][:1])
    large = rich_guide(vneid, "rat-nhieu-buoc", steps=25, sources=6, tags=8, images=rich["images"])
    counts = []
    for page in (small, large):
        client.get(page.url)
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(page.url).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]
    assert counts[1] <= GUIDE_PAGE_QUERIES


@pytest.mark.parametrize("suffix", ["ban-in/", "so-tay/"])
def test_a_guides_paper_forms_cost_as_little(client, rich, suffix, django_assert_max_num_queries):
    url = rich["guide"].url + suffix
    client.get(url)
    cache.clear()
    with django_assert_max_num_queries(GUIDE_PAGE_QUERIES + 1):
        assert client.get(url).status_code == 200


def test_every_public_page_type_takes_a_small_constant_number_of_queries(
    client, rich, vneid, pillars, sectors, guide_index, platform_index, home_page
):
    from teams.factories import CommuneFactory, ProvinceFactory
    from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory

    practices = GoodPracticeIndexPageFactory(parent=home_page)
    commune = CommuneFactory(name="Xã An", parent=ProvinceFactory(name="Tỉnh Bắc"))
    practice = GoodPracticePageFactory(parent=practices, title="Điểm hỗ trợ VNeID cuối tuần", commune=commune)
    training = TrainingIndexPageFactory(parent=home_page)
    module = TrainingModulePageFactory(parent=training, title="An toàn trên mạng", slug="an-toan")
    document = rich["library"].get_children().first()
    # The figures measured (SQLite, page cache off, cache emptied), each limit at most one above.
    pages = [
        ("/", {}, 8),
        (platform_index.url, {}, 7),
        (vneid.url, {}, 7),
        (guide_index.url, {}, 11),
        (guide_index.url, {"tru-cot": "chinh-quyen-so", "linh-vuc": "y-te"}, 12),
        (guide_index.url + "chinh-quyen-so/", {}, 8),
        (guide_index.url + "linh-vuc/y-te/", {}, 6),
        ("/tim-kiem/", {"q": "kich hoat"}, 14),
        (rich["library"].url, {}, 12),
        (document.url, {}, 10),
        (practices.url, {}, 14),
        (practice.url, {}, 13),
        ("/tu-ngu/", {}, 4),
        (training.url, {}, 8),
        (module.url, {}, 7),
        (module.url + "bai/1/", {}, 6),
        (module.url + "tien-do/", {"phan": "1"}, 7),
    ]
    over = []
    for url, params, limit in pages:
        client.get(url, params)
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url, params)
        assert response.status_code == 200, url
        print(url, params, len(captured))  # shown with -s, and on failure
        if len(captured) > limit:
            over.append((url, params, len(captured), limit))
    assert not over


def request_for(path):
    request = RequestFactory().get(path)
    Site.find_for_request(request)
    return request


def wagtail_route(home, path):
    components = [part for part in path.split("/") if part]
    try:
        page, args, kwargs = Page.route(home, request_for(path), components)
    except Http404:
        return None
    return page.pk, [getattr(arg, "__name__", arg) for arg in args] if args else args, kwargs


def one_query_route(home, path):
    components = [part for part in path.split("/") if part]
    try:
        page, args, kwargs = route_in_one_query(home, request_for(path), components)
    except Http404:
        return None
    return page.pk, [getattr(arg, "__name__", arg) for arg in args] if args else args, kwargs


def test_routing_in_one_query_gives_wagtails_answer(rich, vneid, guide, guide_index, home_page, pillars):
    draft = GuidePageFactory(parent=vneid, slug="ban-nhap", live=False)
    shadowed = GuidePageFactory(parent=vneid, slug="so-tay")  # the platform's booklet route answers first
    home = home_page.specific
    paths = [
        "/",
        "/nen-tang/",
        "/nen-tang/vneid/",
        guide.url,
        guide.url + "ban-in/",
        guide.url + "ma-qr/",
        guide.url + "khong-co/",
        guide.url + "ban-in/thua/",
        "/nen-tang/vneid/so-tay/",
        shadowed.url,
        draft.url if draft.url else "/nen-tang/vneid/ban-nhap/",
        "/nen-tang/khong-co/",
        "/khong-co/",
        "/huong-dan/",
        "/huong-dan/chinh-quyen-so/",
        "/huong-dan/linh-vuc/y-te/",
        "/huong-dan/linh-vuc/",
        rich["library"].url,
    ]
    for path in paths:
        assert one_query_route(home, path) == wagtail_route(home, path), path
    assert one_query_route(home, "/nen-tang/vneid/ban-nhap/") is None


def test_one_query_finds_the_page(rich, home_page, django_assert_num_queries):
    home = home_page.specific
    request = request_for(rich["guide"].url)
    with django_assert_num_queries(1):
        page, _args, _kwargs = route_in_one_query(home, request, ["nen-tang", "vneid", "nhieu-buoc"])
    assert page.pk == rich["guide"].pk and type(page).__name__ == "GuidePage"
    assert page.outcome.startswith("Bạn nhận mã OTP")
    assert [ancestor.slug for ancestor in page.breadcrumb_pages()][1:] == ["nen-tang", "vneid"]


def test_a_private_platform_still_guards_its_guides(client, guide, vneid, superuser):
    PageViewRestriction.objects.create(page=vneid, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(guide.url)
    assert response.status_code == 302 and "next=" in response["Location"]
    client.force_login(superuser)
    assert client.get(guide.url).status_code == 200


def test_a_password_on_an_ancestor_is_asked_for(client, guide, platform_index):
    PageViewRestriction.objects.create(
        page=platform_index, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau-1"
    )
    response = client.get(guide.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_unknown_addresses_and_drafts_are_404(client, vneid, guide):
    draft = GuidePageFactory(parent=vneid, slug="ban-nhap-2", live=False)
    assert client.get("/nen-tang/vneid/ban-nhap-2/").status_code == 404
    assert client.get(guide.url + "khong-co/").status_code == 404
    assert client.get("/nen-tang/khong-co/").status_code == 404
    assert draft.pk


def test_a_very_deep_address_is_refused_in_few_small_queries(client, guide, django_assert_max_num_queries):
    for address in ("/" + "a/" * 2000, guide.url + "a/" * 2000):
        with django_assert_max_num_queries(12) as captured:
            assert client.get(address).status_code == 404
        # One query listing 2,000 prefixes of the address would carry megabytes of parameters.
        assert max(len(query["sql"]) for query in captured.captured_queries) < 20_000


def test_a_page_under_a_second_site_is_routed_from_that_sites_root(client, vneid, guide, platform_index, settings):
    settings.ALLOWED_HOSTS = ["testserver", "vneid.example.vn"]
    Site.objects.create(hostname="vneid.example.vn", port=80, root_page=vneid, is_default_site=False)
    Site.clear_site_root_paths_cache()
    response = client.get("/" + guide.slug + "/", HTTP_HOST="vneid.example.vn")
    assert response.status_code == 200
    assert guide.title in response.content.decode()
    # Two sites: the default one still serves the guide at its full address, with links from every site's root path.
    response = client.get("/nen-tang/vneid/" + guide.slug + "/")
    assert response.status_code == 200
    assert 'href="/nen-tang/vneid/"' in response.content.decode()
