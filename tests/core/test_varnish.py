"""Varnish in front of gunicorn, for real (README.md, "Behind Varnish"): gunicorn with the production settings and
varnishd with the site's VCL on loopback ports, both reading this test's database (committed rows:
transactional_db). Anonymous pages are stored and served as hits; a publish in this process (with
WAGTAILFRONTENDCACHE pointing at the proxy, as FRONTEND_CACHE_URL sets it) shows through the proxy within 2 s; a
change to something else a page shows (a department's name) does too (BAN); signed-in traffic, an Authorization
header and every POST go through to gunicorn and are never stored; only loopback may purge, and only on the purge
listener: the public one refuses PURGE and BAN even from 127.0.0.1, where a TLS proxy on the same machine sends every
reader's request from.

Skipped only where varnishd is not installed; VARNISH_REQUIRED=1 or BROWSER_TESTS_REQUIRED=1 (CI) fails instead.
gunicorn keeps nothing of its own (PAGE_CACHE_SECONDS=0, a dummy cache): every test builds its pages afresh in the
database, which gunicorn's caches would not hear of, and behind Varnish it is Varnish that keeps the pages (the README
says to switch the app's page cache off there)."""

import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from http.client import HTTPConnection
from pathlib import Path

import pytest

from bench.varnish import find_varnishd, free_port, start_varnish, stop

pytestmark = pytest.mark.django_db(transaction=True)

REPO = Path(__file__).resolve().parents[2]
REQUIRED = "1" in (os.environ.get("VARNISH_REQUIRED"), os.environ.get("BROWSER_TESTS_REQUIRED"))
GUNICORN_SECRET = secrets.token_urlsafe(64)
FRESH_WITHIN_SECONDS = 2
HOST = "localhost"  # the test site's host name: Wagtail purges the addresses it builds from it


@pytest.fixture(scope="module")
def varnishd():
    found = find_varnishd()
    if found is None:
        if REQUIRED:
            pytest.fail("VARNISH_REQUIRED=1 but varnishd was not found: apt-get install varnish")
        pytest.skip("varnishd is not installed: apt-get install varnish (VARNISH_REQUIRED=1 fails instead)")
    return found


def database_url(settings_dict):
    if settings_dict["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{settings_dict['NAME']}"
    credentials = settings_dict["USER"] + (f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else "")
    return (
        f"postgres://{credentials}@{settings_dict['HOST'] or '127.0.0.1'}:{settings_dict['PORT'] or 5432}/"
        f"{settings_dict['NAME']}"
    )


@pytest.fixture(scope="module")
def proxy(varnishd, django_db_setup, django_db_blocker, tmp_path_factory):
    """gunicorn (production settings, loopback) and varnishd in front; yields varnishd's process, with the readers'
    port (.listen_port) and the purge listener's (.purge_port)."""
    from django.conf import settings
    from django.db import connection

    with django_db_blocker.unblock():
        url = database_url(connection.settings_dict)
    # The production settings with plain static files (the manifest needs a collectstatic this test does not run)
    # and no cache of gunicorn's own (Wagtail's site root paths would outlive each test's home page).
    folder = tmp_path_factory.mktemp("varnish-settings")
    (folder / "varnish_test_settings.py").write_text(
        "from config.settings.production import *  # noqa: F403\n"
        'STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}\n'
        'CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}\n'
    )
    backend_port, listen_port, purge_port = free_port(), free_port(), free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "varnish_test_settings",
        "PYTHONPATH": os.pathsep.join([str(folder), str(REPO / "site"), str(REPO)]),
        "SECRET_KEY": GUNICORN_SECRET,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SERVE_OVER_HTTP": "1",
        "DATABASE_URL": url,
        "DATABASE_CONN_MAX_AGE": "0",
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PAGE_CACHE_SECONDS": "0",
        "FRONTEND_CACHE_URL": f"http://127.0.0.1:{purge_port}",
        "LOG_LEVEL": "WARNING",
    }
    gunicorn = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--chdir",
            str(REPO / "site"),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{backend_port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        env=env,
        start_new_session=True,
    )
    try:
        wait_for(f"http://127.0.0.1:{backend_port}/healthz", gunicorn)
        try:
            varnish = start_varnish(backend_port, listen_port, purge_port)
        except RuntimeError as error:
            pytest.fail(f"varnishd is installed but did not start: {error}")
        try:
            yield varnish
        finally:
            stop(varnish)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=20)


def wait_for(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "gunicorn exited while starting"
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"gunicorn did not answer {url}")


def fetch(port, path, method="GET", headers=None, source="127.0.0.1"):
    connection = HTTPConnection("127.0.0.1", port, timeout=10, source_address=(source, 0))
    try:
        connection.request(method, path, headers={"Host": f"{HOST}:{port}", **(headers or {})})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def is_hit(headers):
    """Varnish's own word: X-Varnish holds two ids (this request's and the stored object's) on a hit."""
    return len(headers["X-Varnish"].split()) == 2 and headers["X-Cache"] == "hit"


def shows_within(port, path, text, seconds=FRESH_WITHIN_SECONDS):
    deadline = time.monotonic() + seconds
    while True:
        status, _, body = fetch(port, path)
        if status == 200 and text in body:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)


@pytest.fixture
def purging_to(settings, proxy):
    """This process purges the proxy through its purge listener, as FRONTEND_CACHE_URL says; the proxy starts empty:
    nothing stored by an earlier test. Returns the readers' port."""
    assert fetch(proxy.purge_port, "/", method="BAN")[0] == 200
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.frontend_purge.VarnishBackend", "LOCATION": f"http://127.0.0.1:{proxy.purge_port}"}
    }
    return proxy.listen_port


@pytest.fixture
def published_guide(guide, site_settings):
    guide.save_revision().publish()  # a live revision, as editors leave it
    return guide


def test_anonymous_pages_are_stored_and_a_publish_shows_through_the_proxy_within_two_seconds(
    purging_to, published_guide, vneid
):
    port, path = purging_to, published_guide.url
    status, first, body = fetch(port, path)
    assert status == 200 and published_guide.title in body, body[:500]
    assert not is_hit(first)
    assert "public" in first["Cache-Control"] and "s-maxage" in first["Cache-Control"]
    _, second, again = fetch(port, path)
    assert is_hit(second) and again == body
    # The platform's page lists the guide: Wagtail purges only the guide's own address, the BAN the rest.
    fetch(port, vneid.url)
    assert is_hit(fetch(port, vneid.url)[1])

    published_guide.title = "Kích hoạt định danh mức 2 (bản mới)"
    published_guide.outcome = "Kết quả mới sau khi biên tập, qua Varnish."
    published_guide.save_revision().publish()

    assert shows_within(port, path, "Kết quả mới sau khi biên tập, qua Varnish.")
    assert shows_within(port, vneid.url, "Kích hoạt định danh mức 2 (bản mới)")
    assert is_hit(fetch(port, path)[1])  # stored again


def test_an_unpublished_guide_leaves_the_proxy(purging_to, published_guide):
    port, path = purging_to, published_guide.url
    fetch(port, path)
    assert is_hit(fetch(port, path)[1])
    published_guide.unpublish()
    deadline = time.monotonic() + FRESH_WITHIN_SECONDS
    while fetch(port, path)[0] != 404:
        assert time.monotonic() < deadline, "the unpublished guide is still served through the proxy"
        time.sleep(0.1)


def test_a_change_to_something_else_a_page_shows_bans_every_stored_page(purging_to, published_guide):
    port, path = purging_to, published_guide.url
    fetch(port, path)
    assert is_hit(fetch(port, path)[1])
    department = published_guide.get_parent().specific.department
    department.name = "Bộ Công an (tên mới)"
    department.save()
    assert shows_within(port, path, "Bộ Công an (tên mới)")


def test_signed_in_traffic_goes_through_and_is_never_stored(purging_to, published_guide, client, settings):
    from accounts.factories import UserFactory

    port, path = purging_to, published_guide.url
    fetch(port, path)
    assert is_hit(fetch(port, path)[1])  # an anonymous copy is stored
    person = UserFactory(username="tinhnguyen-varnish", first_name="Người Đọc Riêng")
    settings.SECRET_KEY = GUNICORN_SECRET  # the session's hash must match what gunicorn computes
    client.force_login(person)
    signed_in = {"Cookie": f"csrftoken=x; sessionid={client.cookies['sessionid'].value}; tiet-kiem-du-lieu=1"}

    for _ in range(2):
        status, headers, body = fetch(port, path, headers=signed_in)
        assert status == 200 and not is_hit(headers) and headers["X-Cache"] == "miss"
        assert published_guide.title in body
    # A personal page, twice: from gunicorn each time, and never served to anyone else.
    home = "/tai-khoan/"
    for _ in range(2):
        status, headers, body = fetch(port, home, headers=signed_in)
        assert status == 200 and not is_hit(headers) and "Người Đọc Riêng" in body
        assert "no-store" in headers["Cache-Control"]
    status, headers, body = fetch(port, home)
    assert status == 302 and "Người Đọc Riêng" not in body
    assert "Người Đọc Riêng" not in fetch(port, path)[2]


def test_credentials_and_writes_go_through(purging_to, published_guide):
    port, path = purging_to, published_guide.url
    fetch(port, path)
    assert is_hit(fetch(port, path)[1])
    assert not is_hit(fetch(port, path, headers={"Authorization": "Token abc"})[1])
    status, headers, _ = fetch(port, "/admin/")
    assert status == 302 and not is_hit(headers)
    status, headers, _ = fetch(port, path, method="POST")
    assert status in (403, 405) and not is_hit(headers)
    assert is_hit(fetch(port, path)[1])  # none of them replaced the stored copy


def test_the_anonymous_cookies_share_the_stored_copy_and_the_data_saver_gets_its_own(purging_to, published_guide):
    port, path = purging_to, published_guide.url
    fetch(port, path)
    assert is_hit(fetch(port, path, headers={"Cookie": "csrftoken=abc"})[1])
    saver = {"Cookie": "csrftoken=abc; tiet-kiem-du-lieu=1"}
    assert not is_hit(fetch(port, path, headers=saver)[1])
    assert is_hit(fetch(port, path, headers=saver)[1])


def test_a_data_saver_cookie_of_any_other_value_shares_the_anonymous_copy(purging_to, published_guide):
    """The app reads only `tiet-kiem-du-lieu=1` as images off (core/data_saver.py); made-up values must not fill the
    proxy with copies of their own."""
    port, path = purging_to, published_guide.url
    _, _, anonymous = fetch(port, path)
    for value in (secrets.token_hex(8), "0", "", "11"):
        status, headers, body = fetch(port, path, headers={"Cookie": f"tiet-kiem-du-lieu={value}; csrftoken=abc"})
        assert status == 200 and is_hit(headers), value
        assert body == anonymous
    # Images off is its own copy, and what the app builds for it.
    _, saver_headers, saver = fetch(port, path, headers={"Cookie": "tiet-kiem-du-lieu=1"})
    assert not is_hit(saver_headers) and saver != anonymous
    assert is_hit(fetch(port, path, headers={"Cookie": "csrftoken=abc; tiet-kiem-du-lieu=1"})[1])


def test_only_loopback_may_purge_or_ban_on_the_purge_listener(purging_to, proxy, published_guide):
    port, purge_port, path = purging_to, proxy.purge_port, published_guide.url
    fetch(port, path)
    assert is_hit(fetch(port, path)[1])
    # 127.0.0.2 is a loopback address but not in the VCL's purgers.
    assert fetch(purge_port, path, method="PURGE", source="127.0.0.2")[0] == 405
    assert fetch(purge_port, "/", method="BAN", source="127.0.0.2")[0] == 405
    assert is_hit(fetch(port, path)[1])
    assert fetch(purge_port, path, method="PURGE")[0] == 200
    assert not is_hit(fetch(port, path)[1])
    assert is_hit(fetch(port, path)[1])
    assert fetch(purge_port, "/", method="BAN")[0] == 200
    assert not is_hit(fetch(port, path)[1])


def test_the_public_listener_refuses_purge_and_ban_even_from_loopback(purging_to, published_guide, vneid):
    """Behind a TLS proxy on the same machine every reader arrives from 127.0.0.1: `curl -X BAN https://site/` must
    not empty the cache. The app's own purges, on the purge listener, still show a publish within 2 s."""
    port, path = purging_to, published_guide.url
    fetch(port, path)
    fetch(port, vneid.url)
    assert is_hit(fetch(port, path)[1])
    for method, target in (("BAN", "/"), ("PURGE", path), ("BAN", path), ("PURGE", vneid.url)):
        status = fetch(port, target, method=method)[0]
        assert status == 405, (method, target, status)
        assert is_hit(fetch(port, path)[1]) and is_hit(fetch(port, vneid.url)[1]), (method, target)

    published_guide.outcome = "Chỉ cổng xoá bộ đệm mới xoá được, qua Varnish."
    published_guide.save_revision().publish()
    assert shows_within(port, path, "Chỉ cổng xoá bộ đệm mới xoá được, qua Varnish.")


def test_a_proxy_that_is_down_never_breaks_a_publish(settings, published_guide, caplog):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.frontend_purge.VarnishBackend", "LOCATION": f"http://127.0.0.1:{free_port()}"}
    }
    published_guide.outcome = "Vẫn xuất bản được khi Varnish tắt."
    published_guide.save_revision().publish()
    published_guide.refresh_from_db()
    assert published_guide.outcome == "Vẫn xuất bản được khi Varnish tắt."
    assert any("was not sent to the proxy" in record.getMessage() for record in caplog.records)


@pytest.mark.django_db
def test_a_transaction_sends_one_ban_and_its_purges_only_once_it_commits(
    settings, published_guide, pillars, monkeypatch, django_capture_on_commit_callbacks
):
    from core.frontend_purge import VarnishBackend

    sent = []
    monkeypatch.setattr(VarnishBackend, "send", lambda self, method, path, host=None: sent.append((method, path, host)))
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.frontend_purge.VarnishBackend", "LOCATION": "http://127.0.0.1:6091"}
    }
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        for pillar in pillars.values():
            pillar.name += " (mới)"
            pillar.save()
        published_guide.outcome = "Kết quả mới."
        published_guide.save_revision().publish()
        assert sent == []  # nothing leaves before the commit
    assert len(callbacks) == 2
    assert sorted(sent) == [("BAN", "/", None), ("PURGE", published_guide.url, "localhost")]


def test_without_a_proxy_nothing_is_sent(settings, published_guide, monkeypatch):
    from core.frontend_purge import VarnishBackend

    monkeypatch.delattr(settings, "WAGTAILFRONTENDCACHE", raising=False)
    monkeypatch.setattr(VarnishBackend, "send", lambda *args, **kwargs: pytest.fail("nothing should be sent"))
    published_guide.outcome = "Không có Varnish."
    published_guide.save_revision().publish()
