import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from content.factories import ImageFactory
from guides.factories import GuidePageFactory, step

pytestmark = pytest.mark.django_db


def test_the_service_worker_is_served_from_the_root_with_the_shell_to_store(client, home_page):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    body = response.content.decode()
    assert '"/khong-co-mang/"' in body and "/static/css/site.css" in body


def test_pages_link_the_manifest_and_the_offline_script(client, guide):
    content = client.get(guide.url).content.decode()
    assert 'rel="manifest"' in content and "js/offline.js" in content
    assert 'data-save-offline="/ngoai-tuyen/goi/?huong-dan=' in content
    manifest = json.loads(Path(finders.find("manifest.webmanifest")).read_text())
    assert manifest["lang"] == "vi" and manifest["start_url"] == "/"
    assert all(finders.find(icon["src"].removeprefix("/static/")) for icon in manifest["icons"])


def test_the_offline_page_explains_what_is_available(client, home_page):
    content = client.get("/khong-co-mang/").content.decode()
    assert "Đang không có mạng" in content and "Lưu để dùng khi mất mạng" in content


def test_offline_packs_list_a_guide_a_platform_or_a_pillar(client, guide, vneid, postmart):
    assert client.get("/ngoai-tuyen/goi/", {"huong-dan": guide.pk}).json() == {
        "title": guide.title,
        "urls": [guide.url],
    }
    hidden = GuidePageFactory(parent=vneid, slug="chua-dang")
    hidden.unpublish()
    platform = client.get("/ngoai-tuyen/goi/", {"nen-tang": "vneid"}).json()
    assert platform["urls"] == [vneid.url, guide.url]
    pillar = client.get("/ngoai-tuyen/goi/", {"tru-cot": "chinh-quyen-so"}).json()
    assert pillar["urls"] == [guide.url]
    assert client.get("/ngoai-tuyen/goi/", {"nen-tang": "khong-co"}).status_code == 404
    assert client.get("/ngoai-tuyen/goi/").status_code == 404


def test_data_saver_is_remembered_and_replaces_images_with_links(client, guide):
    response = client.post("/tiet-kiem-du-lieu/", {"next": guide.url})
    assert response.status_code == 302 and response["Location"] == guide.url
    content = client.get(guide.url).content.decode()
    assert "<picture>" not in content and "Xem ảnh: Màn hình chào của VNeID" in content
    assert "Hiện ảnh" in content
    client.post("/tiet-kiem-du-lieu/", {"next": guide.url})
    assert "<picture>" in client.get(guide.url).content.decode()


def test_data_saver_only_returns_to_this_site(client, home_page):
    assert client.post("/tiet-kiem-du-lieu/", {"next": "https://lua-dao.example/"})["Location"] == "/"
    assert client.get("/tiet-kiem-du-lieu/").status_code == 405


def test_the_platform_booklet_has_contents_every_step_and_qr_codes(client, guide, vneid):
    GuidePageFactory(parent=vneid, slug="thu-hai", title="Việc thứ hai", steps=[step("Mở"), step("Đóng"), step("Gửi")])
    content = client.get(vneid.url + "so-tay/").content.decode()
    assert "Mục lục" in content and content.count('class="booklet__guide"') == 2
    assert content.count('class="step"') == 6
    assert content.count("/ma-qr/") == 2
    assert 'class="booklet booklet--a4"' in content
    assert 'class="booklet booklet--a5"' in client.get(vneid.url + "so-tay/", {"kho": "a5"}).content.decode()


def test_a_guide_booklet_and_poster(client, guide):
    booklet = client.get(guide.url + "so-tay/").content.decode()
    assert booklet.count('class="step"') == 3
    poster = client.get(guide.url + "ap-phich/").content.decode()
    assert guide.title in poster and "/ma-qr/" in poster and "quét mã" in poster


def test_the_module_booklet_and_offline_pack(client, home_page):
    from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory

    module = TrainingModulePageFactory(parent=TrainingIndexPageFactory(parent=home_page), slug="an-toan")
    content = client.get(module.url + "so-tay/").content.decode()
    assert "Bài 1. Bài một" in content and "Bài 2. Bài hai" in content
    assert client.get(module.url + "goi-ngoai-tuyen/").json()["urls"] == [
        module.url,
        module.url + "bai/1/",
        module.url + "bai/2/",
    ]


def test_guide_page_offers_reading_aloud_only_through_javascript(client, guide):
    soup = BeautifulSoup(client.get(guide.url).content, "html.parser")
    button = soup.select_one("button[data-read-aloud]")
    assert button is not None and button.has_attr("hidden")


def test_large_images_are_still_described_when_switched_off(client, vneid):
    big = GuidePageFactory(parent=vneid, slug="anh", steps=[step("Xem", image=ImageFactory(), alt_text="Ảnh mẫu")])
    client.cookies["tiet-kiem-du-lieu"] = "1"
    assert "Xem ảnh: Ảnh mẫu" in client.get(big.url).content.decode()
