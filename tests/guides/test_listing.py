import pytest

from guides.factories import GuidePageFactory
from guides.models import Audience

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(guide, postmart, sectors):
    shop = GuidePageFactory(
        parent=postmart,
        title="Mở gian hàng trên postmart.vn",
        slug="mo-gian-hang",
        audience=Audience.HOUSEHOLD_BUSINESSES,
        sectors=[sectors["thuong-mai"]],
    )
    return {"guide": guide, "shop": shop}


def main_of(response):
    assert response.status_code == 200
    return response.content.decode().split('<main id="main"')[1]


@pytest.mark.parametrize(
    ("params", "shown", "hidden"),
    [
        ({}, ["guide", "shop"], []),
        ({"tru-cot": "kinh-te-so"}, ["shop"], ["guide"]),
        ({"linh-vuc": "ho-tich"}, ["guide"], ["shop"]),
        ({"nen-tang": "vneid"}, ["guide"], ["shop"]),
        ({"doi-tuong": "ho-kinh-doanh"}, ["shop"], ["guide"]),
        ({"tru-cot": "chinh-quyen-so", "linh-vuc": "thuong-mai"}, [], ["guide", "shop"]),
    ],
)
def test_guides_index_filters_by_query_parameters(client, guide_index, catalogue, params, shown, hidden):
    content = main_of(client.get("/huong-dan/", params))
    for name in shown:
        assert catalogue[name].title in content
    for name in hidden:
        assert catalogue[name].title not in content


def test_an_unknown_filter_value_is_reported_and_ignored(client, guide_index, catalogue):
    content = main_of(client.get("/huong-dan/", {"tru-cot": "khong-co", "nen-tang": "vneid"}))
    assert "Không có lựa chọn này; bộ lọc đã được bỏ qua." in content
    assert catalogue["guide"].title in content
    assert catalogue["shop"].title not in content


def test_filter_form_works_without_javascript(client, guide_index, catalogue):
    content = main_of(client.get("/huong-dan/", {"tru-cot": "kinh-te-so"}))
    assert '<form class="filters" method="get" action="/huong-dan/">' in content
    assert '<option value="kinh-te-so" selected>' in content
    assert '<details class="filters__fold">' in content
    assert '<a class="filter-chip" href="/huong-dan/"' in content
    assert 'href="/huong-dan/">Xóa tất cả bộ lọc</a>' in content


def test_each_pillar_has_a_landing_page(client, guide_index, catalogue, pillars):
    content = main_of(client.get("/huong-dan/kinh-te-so/"))
    assert "<h1>Kinh tế số</h1>" in content
    assert catalogue["shop"].title in content and "postmart.vn" in content
    assert catalogue["guide"].title not in content


def test_each_sector_has_a_landing_page(client, guide_index, catalogue):
    content = main_of(client.get("/huong-dan/linh-vuc/ho-tich/"))
    assert "<h1>Tư pháp, hộ tịch</h1>" in content
    assert catalogue["guide"].title in content
    assert catalogue["shop"].title not in content


def test_unknown_pillar_or_sector_is_not_found(client, guide_index, pillars):
    assert client.get("/huong-dan/khong-co/").status_code == 404
    assert client.get("/huong-dan/linh-vuc/khong-co/").status_code == 404


def test_home_page_leads_to_the_three_pillars(client, guide_index, pillars, platform_index):
    content = main_of(client.get("/"))
    for slug in ("chinh-quyen-so", "kinh-te-so", "xa-hoi-so"):
        assert f'href="/huong-dan/{slug}/"' in content
    assert 'href="/nen-tang/"' in content


@pytest.mark.parametrize("url", ["/huong-dan/", "/huong-dan/chinh-quyen-so/", "/huong-dan/linh-vuc/ho-tich/"])
def test_listing_queries_stay_constant_as_guides_grow(
    client, guide, vneid, sectors, url, django_assert_max_num_queries
):
    client.get(url)
    with django_assert_max_num_queries(18) as few:
        assert client.get(url).status_code == 200
    for n in range(15):
        GuidePageFactory(parent=vneid, slug=f"viec-{n}", sectors=[sectors["ho-tich"]])
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200
