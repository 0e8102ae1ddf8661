"""The offline pack manifest (/ngoai-tuyen/goi/) and the service worker's shell and limits (guides/offline.py)."""

import json
import re

import pytest
from wagtail.models import PageViewRestriction

from content.factories import ImageFactory
from guides import offline
from guides.factories import GuidePageFactory, step

pytestmark = pytest.mark.django_db

PACK = "/ngoai-tuyen/goi/"


def test_a_pack_lists_its_pages_once_in_tree_order_and_no_image_files(client, vneid, guide):
    GuidePageFactory(
        parent=vneid,
        slug="doi-mat-khau",
        steps=[step("Mở Cài đặt", image=ImageFactory(), alt_text="Màn hình Cài đặt")],
    )
    pack = client.get(PACK, {"nen-tang": "vneid"}).json()
    assert pack == {
        "title": "VNeID",
        "urls": [vneid.url, guide.url, vneid.url + "doi-mat-khau/"],
    }
    # The phone picks the one size and format of each image it shows: the server names none of them.
    assert not [url for url in pack["urls"] if url.startswith("/media/")]


def test_a_pack_leaves_out_pages_not_everyone_may_read(client, vneid, guide):
    private = GuidePageFactory(parent=vneid, slug="noi-bo")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(PACK, {"nen-tang": "vneid"}).json()["urls"] == [vneid.url, guide.url]
    assert client.get(PACK, {"huong-dan": private.pk}).status_code == 404
    assert client.get(PACK, {"tru-cot": "chinh-quyen-so"}).json()["urls"] == [guide.url]


@pytest.mark.parametrize("query", [{"huong-dan": "abc"}, {"huong-dan": "999999"}, {"tru-cot": "khong-co"}, {}])
def test_a_pack_that_does_not_exist_answers_404(client, home_page, query):
    assert client.get(PACK, query).status_code == 404


def test_the_training_module_pack_lists_the_module_and_its_lessons(client, home_page):
    from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory

    module = TrainingModulePageFactory(parent=TrainingIndexPageFactory(parent=home_page), slug="an-toan")
    pack = client.get(module.url + "goi-ngoai-tuyen/").json()
    assert pack["urls"] == [module.url, module.url + "bai/1/", module.url + "bai/2/"]


def worker(client):
    return client.get("/sw.js").content.decode()


def test_the_service_worker_keeps_the_home_page_from_the_start(client, home_page):
    shell = json.loads(re.search(r"var SHELL_URLS = (\[.*?\]);", worker(client)).group(1))
    assert shell[:2] == ["/", "/khong-co-mang/"]


def test_the_page_cache_limits_reach_the_service_worker_and_renew_it(client, home_page, monkeypatch):
    body = worker(client)
    assert f"var PAGE_CACHE_ENTRIES = {offline.PAGE_CACHE_ENTRIES};" in body
    assert f"var PAGE_CACHE_BYTES = {offline.PAGE_CACHE_BYTES};" in body
    version = re.search(r'var SHELL = "sotayso-shell-(\w+)"', body).group(1)
    monkeypatch.setattr(offline, "PAGE_CACHE_ENTRIES", 10)
    changed = worker(client)
    assert "var PAGE_CACHE_ENTRIES = 10;" in changed
    assert re.search(r'var SHELL = "sotayso-shell-(\w+)"', changed).group(1) != version


def test_the_service_worker_leaves_pack_downloads_to_offline_js(client, home_page):
    # offline.js asks for the copy everyone gets with this header; the worker must not store it a second time.
    assert "request.headers.has(PUBLIC_COPY_HEADER)" in worker(client)
