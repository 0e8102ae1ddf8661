import re

import pytest

from guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def portal(platform_index, pillars, sectors):
    from content.factories import PlatformPageFactory

    return PlatformPageFactory(
        parent=platform_index,
        title="Cổng Dịch vụ công quốc gia",
        slug="dich-vu-cong",
        summary="Nộp hồ sơ thủ tục hành chính trực tuyến.",
        pillar=pillars["chinh-quyen-so"],
    )


@pytest.fixture
def register_guide(portal, sectors):
    return GuidePageFactory(
        parent=portal,
        title="Đăng ký tài khoản trên Cổng Dịch vụ công quốc gia",
        slug="dang-ky-tai-khoan",
        outcome="Bạn có tài khoản để nộp hồ sơ trực tuyến.",
        sectors=[sectors["ho-tich"]],
    )


@pytest.fixture
def birth_guide(portal):
    return GuidePageFactory(
        parent=portal,
        title="Nộp hồ sơ khai sinh trực tuyến",
        slug="khai-sinh",
        outcome="Đăng ký khai sinh cho con mà không cần đến xã; cần tài khoản dịch vụ công.",
    )


def result_titles(client, **params):
    """Every result's title, group after group, in the order shown."""
    response = client.get("/tim-kiem/", params)
    assert response.status_code == 200
    content = response.content.decode()
    listings = [part.split("</ol>")[0] for part in content.split('<ol class="result-list">')[1:]]
    return [title for listing in listings for title in re.findall(r'<a href="[^"]+">([^<]+)</a>', listing)]


def test_query_without_diacritics_finds_content_with_them(client, register_guide):
    titles = result_titles(client, q="dang ky tai khoan dich vu cong")
    assert titles[0] == register_guide.title


def test_query_with_diacritics_finds_the_same(client, register_guide):
    assert result_titles(client, q="Đăng ký tài khoản dịch vụ công")[0] == register_guide.title


def test_d_and_đ_match_each_other(client, register_guide):
    assert register_guide.title in result_titles(client, q="dang ky")
    assert register_guide.title in result_titles(client, q="ĐĂNG KÝ")


def test_title_matches_come_first(client, register_guide, birth_guide):
    titles = result_titles(client, q="khai sinh tai khoan")
    assert titles.index(birth_guide.title) == 0 or titles.index(register_guide.title) == 0
    titles = result_titles(client, q="khai sinh")
    assert titles[0] == birth_guide.title


def test_platforms_are_found_too(client, portal, register_guide):
    assert portal.title in result_titles(client, q="cong dich vu cong")


def test_results_filter_by_pillar_and_sector(client, register_guide, birth_guide):
    assert result_titles(client, q="tai khoan", **{"linh-vuc": "ho-tich"}) == [register_guide.title]
    assert result_titles(client, q="tai khoan", **{"tru-cot": "kinh-te-so"}) == []


def test_unpublished_guides_are_not_found(client, register_guide):
    register_guide.unpublish()
    assert register_guide.title not in result_titles(client, q="dang ky tai khoan")


def test_an_empty_result_suggests_pillars_and_guides(client, guide_index, register_guide, pillars):
    response = client.get("/tim-kiem/", {"q": "xyzzy"})
    content = response.content.decode()
    assert "Có 0 kết quả" in content
    assert 'href="/huong-dan/chinh-quyen-so/"' in content
    assert register_guide.title in content


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "a" * 5000,
        "'; DROP TABLE wagtailcore_page; --",
        "<script>alert(1)</script>",
        '%%%&&&***"()!:|',
        "🙂📱",
        "OR AND NOT",
    ],
)
def test_search_never_errors_on_odd_input(client, register_guide, query):
    response = client.get("/tim-kiem/", {"q": query, "trang": "khong-phai-so"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_a_nul_in_the_search_is_refused_with_the_vietnamese_page(client, register_guide):
    """PostgreSQL cannot hold a NUL: it is refused before the search runs (config.middleware), not a 500."""
    response = client.get("/tim-kiem/", {"q": "vneid\x00"})
    assert response.status_code == 400
    assert "Địa chỉ trang có ký tự không đọc được" in response.content.decode()


def test_the_query_said_back_is_isolated_so_right_to_left_marks_cannot_turn_the_sentence(client, guide_index):
    content = client.get("/tim-kiem/", {"q": "\u202eabc"}).content.decode()
    assert "kết quả cho “<bdi>\u202eabc</bdi>”" in content


@pytest.mark.parametrize("restricted", ["the platform", "the guide", "the platform index"])
def test_a_page_under_a_view_restriction_is_not_found_by_the_search_or_its_feedback(
    client, portal, register_guide, restricted
):
    """Every kind the search reads leaves out a page with a view restriction on itself or above it, as Wagtail's
    public() would; the restriction lifted, the same query finds it (so the query is one that finds it)."""
    from wagtail.models import PageViewRestriction

    page = {"the platform": portal, "the guide": register_guide, "the platform index": portal.get_parent()}[restricted]

    def found():
        body = client.get("/tim-kiem/", {"q": "dang ky tai khoan dich vu cong"}).content.decode()
        return {title for title in (portal.title, register_guide.title) if title in body}

    assert found() == {portal.title, register_guide.title}
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    hidden = {register_guide.title} | ({register_guide.title, portal.title} if page != register_guide else set())
    assert not found() & hidden
    assert client.post(f"/phan-hoi/{register_guide.pk}/", {"helpful": "yes"}).status_code == 404
    restriction.delete()
    assert found() == {portal.title, register_guide.title}
