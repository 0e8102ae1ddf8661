"""The public open data API: what it shows, what it never shows, filters, pagination and query counts."""

import json

import pytest
from django.test import override_settings

from guides.factories import GuidePageFactory, step
from tests.api.conftest import QUIZ_SECRETS

pytestmark = pytest.mark.django_db


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_a_guide_comes_with_steps_taxonomy_and_screenshot_renditions(client, guide):
    data = get_json(client, f"/api/v2/guides/{guide.pk}/")
    assert data["title"] == "Kích hoạt tài khoản định danh điện tử mức 2"
    assert data["platform"] == {"id": guide.platform_id, "slug": "vneid", "title": "VNeID"}
    assert data["pillar"]["slug"] == "chinh-quyen-so"
    assert [sector["slug"] for sector in data["sectors"]] == ["ho-tich"]
    assert data["requirements"] == ["Căn cước có gắn chip", "Điện thoại đã cài VNeID"]
    assert [item["number"] for item in data["steps"]] == [1, 2, 3]
    first = data["steps"][0]
    assert first["heading"] == "Mở ứng dụng VNeID"
    assert first["screenshot"]["alt"] == "Màn hình chào của VNeID"
    urls = [rendition["url"] for rendition in first["screenshot"]["renditions"]]
    assert len(urls) == 3 and all(url.startswith("http://testserver/media/images/") for url in urls)
    assert "original_images" not in json.dumps(data)
    assert data["steps"][1]["tip"] == "<p>Nhập đúng số căn cước.</p>"
    assert data["troubleshooting"][0]["question"] == "Không nhận được mã"
    assert data["meta"]["html_url"].endswith("/kich-hoat-muc-2/")


def test_listings_carry_no_steps_and_count_everything(client, guide, postmart):
    data = get_json(client, "/api/v2/guides/")
    assert data["meta"]["total_count"] == 1
    assert "steps" not in data["items"][0]
    platforms = get_json(client, "/api/v2/platforms/")
    assert [item["title"] for item in platforms["items"]] == ["VNeID", "postmart.vn"]
    assert platforms["items"][0]["department"]["name"] == "Bộ Công an"


def test_unpublished_guides_are_not_in_the_api(client, guide):
    guide.unpublish()
    assert get_json(client, "/api/v2/guides/")["meta"]["total_count"] == 0
    assert get_json(client, f"/api/v2/guides/{guide.pk}/", status=404) == {"detail": "Không tìm thấy."}


def test_filters_by_pillar_sector_and_platform(client, guide, postmart, sectors, pillars):
    shop = GuidePageFactory(parent=postmart, title="Mở gian hàng trên postmart.vn", sectors=[sectors["thuong-mai"]])

    def titles(query):
        return [item["id"] for item in get_json(client, f"/api/v2/guides/?{query}")["items"]]

    assert titles("pillar=kinh-te-so") == [shop.pk]
    assert titles("pillar=chinh-quyen-so") == [guide.pk]
    assert titles("sector=thuong-mai") == [shop.pk]
    assert titles("platform=vneid") == [guide.pk]
    assert titles(f"platform={postmart.pk}") == [shop.pk]
    assert titles("pillar=kinh-te-so&sector=ho-tich") == []
    platforms = get_json(client, "/api/v2/platforms/?pillar=kinh-te-so")["items"]
    assert [item["meta"]["slug"] for item in platforms] == ["postmart"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("pillar=khong-co", "Không có trụ cột “khong-co”."),
        ("sector=khong-co", "Không có lĩnh vực “khong-co”."),
        ("platform=khong-co", "Không có nền tảng “khong-co”."),
        ("platform=99999999999999999999999", "Không có nền tảng “99999999999999999999999”."),
        ("pillar=%00x", "Địa chỉ trang có ký tự không đọc được, nên trang không mở được."),
        ("platform=vn%00eid", "Địa chỉ trang có ký tự không đọc được, nên trang không mở được."),
        ("search=%C0%AF", "Địa chỉ trang có ký tự không đọc được, nên trang không mở được."),
        ("limit=101", "limit không được lớn hơn 100."),
        ("limit=-1", "limit phải là số nguyên không âm."),
        ("offset=abc", "offset phải là số nguyên không âm."),
    ],
)
def test_bad_parameters_get_a_vietnamese_message(client, guide, query, message):
    assert get_json(client, f"/api/v2/guides/?{query}", status=400) == {"detail": message}


def test_unknown_parameters_are_refused_rather_than_ignored(client, guide):
    data = get_json(client, "/api/v2/guides/?fields=*", status=400)
    assert data["detail"].startswith("Tham số không được hỗ trợ: fields.")
    assert get_json(client, "/api/v2/guides/999999999999999999/", status=404)["detail"] == "Không tìm thấy."


def test_pagination_with_limit_and_offset(client, vneid, guide_index):
    created = [GuidePageFactory(parent=vneid, title=f"Hướng dẫn {number}") for number in range(5)]
    page = get_json(client, "/api/v2/guides/?limit=2&offset=2")
    assert page["meta"]["total_count"] == 5
    assert [item["id"] for item in page["items"]] == [guide.pk for guide in created[2:4]]
    assert len(get_json(client, "/api/v2/guides/")["items"]) == 5


@override_settings(WAGTAILAPI_LIMIT_MAX=3)
def test_the_limit_ceiling_follows_the_setting(client, guide):
    assert get_json(client, "/api/v2/guides/?limit=4", status=400) == {"detail": "limit không được lớn hơn 3."}


@pytest.mark.parametrize("query", ["dinh danh", "định danh", "VNEID kich hoat", "muc 2"])
def test_search_ignores_diacritics(client, guide, postmart, query):
    GuidePageFactory(parent=postmart, title="Đóng gói đơn hàng")
    items = get_json(client, f"/api/v2/guides/?search={query}")["items"]
    assert [item["id"] for item in items] == [guide.pk]


def test_search_with_no_words_finds_nothing(client, guide):
    assert get_json(client, "/api/v2/guides/?search=%20!!")["items"] == []


def test_training_modules_never_carry_the_quiz(client, module):
    listing = get_json(client, "/api/v2/training-modules/")
    detail = get_json(client, f"/api/v2/training-modules/{module.pk}/")
    assert listing["items"][0]["question_count"] == 2
    assert detail["question_count"] == 2 and detail["pass_mark"] == 50 and detail["lesson_count"] == 2
    assert [lesson["heading"] for lesson in detail["lessons"]] == ["Bài một", "Bài hai"]
    for data in (listing, detail):
        text = json.dumps(data, ensure_ascii=False)
        assert "quiz" not in text and "correct" not in text and "explanation" not in text
        for secret in QUIZ_SECRETS:
            assert secret not in text


def test_search_finds_training_modules_without_diacritics(client, module):
    assert [item["id"] for item in get_json(client, "/api/v2/training-modules/?search=dinh danh")["items"]] == [
        module.pk
    ]


def test_nothing_personal_goes_through_the_public_api(client, guide, module, people):
    urls = ["/api/v2/guides/", f"/api/v2/guides/{guide.pk}/", "/api/v2/platforms/", "/api/v2/training-modules/"]
    urls += [f"/api/v2/training-modules/{module.pk}/", "/api/v2/pillars/", "/api/v2/sectors/", "/api/v2/departments/"]
    text = " ".join(client.get(url).content.decode() for url in urls)
    for personal in ["Phạm Thị Lan", "Trần Văn Hùng", "912000001", "912000003", "canbo-dong", "dieuphoi"]:
        assert personal not in text


def test_taxonomy_endpoints(client, guide, pillars, sectors):
    pillar_items = get_json(client, "/api/v2/pillars/")["items"]
    assert [item["slug"] for item in pillar_items] == ["chinh-quyen-so", "kinh-te-so", "xa-hoi-so"]
    assert get_json(client, f"/api/v2/pillars/{pillars['xa-hoi-so'].pk}/")["name"] == "Xã hội số"
    assert {item["slug"] for item in get_json(client, "/api/v2/sectors/")["items"]} == set(sectors)
    department = get_json(client, "/api/v2/departments/")["items"][0]
    assert department["name"] == "Bộ Công an"
    assert "editors_group" not in department and "workflow" not in department


def test_the_api_is_never_served_from_the_anonymous_page_cache(client, guide, settings):
    # The page cache keeps only HTML pages that are the same for everyone; API answers are not among them.
    settings.PAGE_CACHE_SECONDS = 300
    for _ in range(2):
        assert "X-Page-Cache" not in client.get("/api/v2/guides/")


def test_guide_queries_do_not_grow_with_guides(client, vneid, guide_index, sectors, django_assert_max_num_queries):
    def make(count):
        for number in range(count):
            GuidePageFactory(parent=vneid, title=f"Việc {number}", sectors=[sectors["y-te"], sectors["ho-tich"]])

    make(2)
    client.get("/api/v2/guides/")
    with django_assert_max_num_queries(6) as few:
        client.get("/api/v2/guides/")
    make(10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(client.get("/api/v2/guides/").json()["items"]) == 12


def test_guide_detail_queries_do_not_grow_with_screenshots(client, vneid, guide_index, django_assert_max_num_queries):
    from content.factories import ImageFactory

    def guide_with(count):
        steps = [step(f"Bước {n}", image=ImageFactory(), alt_text=f"Ảnh {n}") for n in range(count)]
        return GuidePageFactory(parent=vneid, steps=steps)

    small, large = guide_with(1), guide_with(6)
    client.get(f"/api/v2/guides/{small.pk}/")
    client.get(f"/api/v2/guides/{large.pk}/")  # renditions are made on the first request
    with django_assert_max_num_queries(10) as few:
        client.get(f"/api/v2/guides/{small.pk}/")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(client.get(f"/api/v2/guides/{large.pk}/").json()["steps"]) == 6


def test_platform_and_module_lists_do_not_grow_in_queries(
    client, platform_index, pillars, module, django_assert_max_num_queries
):
    from content.factories import ImageFactory, PlatformPageFactory
    from training.factories import TrainingModulePageFactory

    def add(count):
        for _number in range(count):
            PlatformPageFactory(parent=platform_index, pillar=pillars["xa-hoi-so"], logo=ImageFactory())
            TrainingModulePageFactory(parent=module.get_parent(), pillar=pillars["xa-hoi-so"])

    def measure():
        counts = []
        for url in ("/api/v2/platforms/", "/api/v2/training-modules/"):
            client.get(url)  # logo renditions are made on the first request
            with django_assert_max_num_queries(12) as counted:
                client.get(url)
            counts.append(len(counted.captured_queries))
        return counts

    add(1)
    before = measure()
    add(6)
    assert measure() == before
