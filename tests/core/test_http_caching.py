"""HTTP's own caching (core/http_caching.py): a strong ETag, public Cache-Control and gzip for the answers that are
the same for everyone, 304 on a repeat visit, and none of it for an answer built for someone in particular."""

import gzip

import pytest
from django.core.cache import cache

from tests.security.test_access_matrix import ROLES, world  # noqa: F401  (world is a fixture)

pytestmark = pytest.mark.django_db

PUBLIC = {"public", "max-age=60", "s-maxage=300"}


@pytest.fixture(autouse=True)
def page_cache_on(settings, site_settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()


def directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def vary(response):
    return {part.strip().lower() for part in response.get("Vary", "").split(",")}


def test_an_anonymous_guide_carries_a_strong_etag_and_public_cache_control(client, guide):
    response = client.get(guide.url)
    assert response.status_code == 200 and guide.title in response.content.decode()
    etag = response["ETag"]
    assert etag.startswith('"') and etag.endswith('"') and len(etag) > 20  # strong: no W/
    assert directives(response) == PUBLIC
    assert "accept-encoding" in vary(response)
    assert "Content-Encoding" not in response
    again = client.get(guide.url)
    assert again["X-Page-Cache"] == "hit" and again["ETag"] == etag and directives(again) == PUBLIC


@pytest.mark.parametrize("page_cache_seconds", [300, 0], ids=["page-cache-hit", "rendered-afresh"])
def test_a_repeat_visit_with_the_etag_gets_304(client, guide, settings, page_cache_seconds):
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    etag = client.get(guide.url)["ETag"]
    response = client.get(guide.url, headers={"If-None-Match": etag})
    assert response.status_code == 304 and response.content == b""
    assert response["ETag"] == etag and directives(response) == PUBLIC
    assert "accept-encoding" in vary(response)


def test_a_repeat_visit_from_the_page_cache_runs_no_query(client, guide, django_assert_max_num_queries):
    etag = client.get(guide.url)["ETag"]
    with django_assert_max_num_queries(0):
        assert client.get(guide.url, headers={"If-None-Match": etag}).status_code == 304


def test_a_published_change_gets_a_new_etag(client, guide):
    etag = client.get(guide.url)["ETag"]
    guide.title = "Kích hoạt định danh điện tử mức 2 (bản mới)"
    guide.save_revision().publish()
    response = client.get(guide.url, headers={"If-None-Match": etag})
    assert response.status_code == 200 and response["ETag"] != etag
    assert "bản mới" in response.content.decode()


def test_html_is_gzipped_only_when_the_browser_accepts_it(client, guide):
    plain = client.get(guide.url)
    assert "Content-Encoding" not in plain and plain.content.startswith(b"<!DOCTYPE html>")
    for accepted in ("gzip", "gzip, deflate, br, zstd", "br;q=1.0, gzip;q=0.8", "*"):
        zipped = client.get(guide.url, headers={"Accept-Encoding": accepted})
        assert zipped["Content-Encoding"] == "gzip", accepted
        assert gzip.decompress(zipped.content) == plain.content
        assert int(zipped["Content-Length"]) == len(zipped.content) < len(plain.content) / 2
        assert zipped["ETag"] != plain["ETag"] and zipped["ETag"].startswith('"')
        assert directives(zipped) == PUBLIC and "accept-encoding" in vary(zipped)
    for refused in ("identity", "gzip;q=0", "br", "*;q=0", "deflate"):
        assert "Content-Encoding" not in client.get(guide.url, headers={"Accept-Encoding": refused}), refused


def test_each_encoding_is_revalidated_with_its_own_etag(client, guide):
    zipped = client.get(guide.url, headers={"Accept-Encoding": "gzip"})
    revisit = {"Accept-Encoding": "gzip", "If-None-Match": zipped["ETag"]}
    assert client.get(guide.url, headers=revisit).status_code == 304
    # The compressed copy's tag does not stand for the plain one.
    assert client.get(guide.url, headers={"If-None-Match": zipped["ETag"]}).status_code == 200


def test_the_compressed_body_is_the_same_bytes_every_time(client, guide):
    """Strong ETags hold across workers only if gzip writes no timestamp."""
    first = client.get(guide.url, headers={"Accept-Encoding": "gzip"})
    cache.clear()
    from core.http_caching import compressed_bodies
    from core.page_cache import forget_what_this_process_read

    forget_what_this_process_read()
    compressed_bodies.clear()
    second = client.get(guide.url, headers={"Accept-Encoding": "gzip"})
    assert second["X-Page-Cache"] == "miss" and second.content == first.content and second["ETag"] == first["ETag"]


def test_a_page_with_a_form_token_is_personal_and_never_shared_or_compressed(client):
    response = client.get("/dang-nhap/", headers={"Accept-Encoding": "gzip", "If-None-Match": "*"})
    assert response.status_code == 200 and b"csrfmiddlewaretoken" in response.content
    assert {"private", "no-store"} <= directives(response) and "public" not in directives(response)
    assert "ETag" not in response and "Content-Encoding" not in response


def test_an_answer_with_a_form_token_is_not_shared_even_unmarked(rf):
    """BREACH's guard does not rest on the personal marking alone: a token in the body keeps it private."""
    from django.http import HttpResponse

    from core.http_caching import HttpCachingMiddleware

    body = '<!DOCTYPE html><form><input name="csrfmiddlewaretoken" value="abc"></form>' + "x" * 500
    middleware = HttpCachingMiddleware(lambda request: HttpResponse(body, content_type="text/html; charset=utf-8"))
    response = middleware(rf.get("/", HTTP_ACCEPT_ENCODING="gzip"))
    assert "ETag" not in response and "Content-Encoding" not in response and "public" not in directives(response)


def body(response):
    return gzip.decompress(response.content) if response.get("Content-Encoding") == "gzip" else response.content


@pytest.mark.parametrize("role", ROLES[1:])
def test_no_signed_in_answer_with_anything_personal_is_shared_tagged_or_compressed(client, request, guide, role):
    """Every role, on a guide, their own page and a page with a form (the erasure's confirmation). A guide may be
    answered with the copy everyone gets (core/page_cache.py), and then it carries nothing of the person."""
    people, _values = request.getfixturevalue("world")
    person = people[role]
    person.first_name, person.last_name = "Riêng Tư", f"Người {role}"
    person.save()
    client.force_login(person)
    for _visit in (1, 2):  # rendered, then perhaps from the page cache
        for url in (guide.url, "/tai-khoan/", "/tai-khoan/xoa-du-lieu/"):
            response = client.get(url, headers={"Accept-Encoding": "gzip, br"})
            assert response.status_code == 200, (role, url)
            shared = "public" in directives(response) or "ETag" in response or "Content-Encoding" in response
            if url != guide.url:
                assert {"private", "no-store"} <= directives(response), (role, url)
                assert not shared, (role, url)
            if shared:
                assert directives(response) == PUBLIC and "ETag" in response and not response.cookies, (role, url)
                assert "Riêng Tư" not in body(response).decode() and b"csrfmiddlewaretoken" not in body(response)
            else:
                assert {"private", "no-store"} <= directives(response), (role, url)


def test_a_qr_image_is_cached_like_its_page(client, guide, django_assert_max_num_queries):
    url = guide.url + "ma-qr/"
    first = client.get(url)
    assert first.status_code == 200 and first["Content-Type"] == "image/svg+xml"
    assert directives(first) == PUBLIC and first["ETag"].startswith('"')
    with django_assert_max_num_queries(2):
        second = client.get(url)
    assert second.status_code == 200 and second.content == first.content and second["ETag"] == first["ETag"]
    assert second["Content-Type"] == "image/svg+xml" and directives(second) == PUBLIC
    with django_assert_max_num_queries(2):
        revisit = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert revisit.status_code == 304 and revisit.content == b""
    zipped = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert zipped["Content-Encoding"] == "gzip" and gzip.decompress(zipped.content) == first.content


def test_the_poster_download_keeps_its_file_name_from_the_cache(client, guide):
    url = guide.url + "ma-qr/?tai-ve=1"
    client.get(url)
    again = client.get(url)
    assert again["Content-Disposition"] == 'attachment; filename="qr-kich-hoat-muc-2.svg"'
    assert "Content-Disposition" not in client.get(guide.url + "ma-qr/")


def test_a_publish_retires_the_qr_image_with_its_page(client, guide):
    url = guide.url + "ma-qr/"
    before = client.get(url)
    guide.title = "Tên mới trên áp phích"
    guide.save_revision().publish()
    after = client.get(url, headers={"If-None-Match": before["ETag"]})
    assert after.status_code == 200 and "Tên mới trên áp phích" in after.content.decode()


def test_static_files_are_served_brotli_or_gzip_after_collectstatic(client, settings, tmp_path):
    """Production's storage (whitenoise's compressed manifest) writes .br and .gz beside each file; whitenoise
    serves the one the browser accepts. Only the site's own files are collected, to keep the test short."""
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.core.management import call_command

    from config.settings import base

    settings.STORAGES = base.STORAGES
    settings.STATIC_ROOT = tmp_path
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    call_command("collectstatic", interactive=False, verbosity=0)
    url = settings.STATIC_URL + staticfiles_storage.stored_name("css/site.css")
    assert url != settings.STATIC_URL + "css/site.css"  # hashed, so kept forever
    for accepted, encoding in (("br", "br"), ("gzip, deflate, br, zstd", "br"), ("gzip", "gzip"), ("", None)):
        response = client.get(url, headers={"Accept-Encoding": accepted})
        assert response.status_code == 200 and response.get("Content-Encoding") == encoding, accepted
        assert "accept-encoding" in vary(response) and "immutable" in response["Cache-Control"]
        response.close()
