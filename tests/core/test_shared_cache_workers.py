"""Fresh everywhere at once: two gunicorn workers under the production settings with no REDIS_URL share the database
cache, so a publish made anywhere (here: `manage.py shell`, another process) retires the cached page in both, and
each serves the new version within 2 s.

gunicorn serves `worker_pid_application` below: the site, with the answering worker's pid in a header, for this
test only. Static files use Django's plain storage there (no collectstatic in a test); everything else is
config.settings.production."""

import os
import secrets
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.request import Request, urlopen

import pytest

REPO = Path(__file__).resolve().parents[2]
PORT = 8791
FRESH_WITHIN_SECONDS = 2.0
NEW_TITLE = "Kích hoạt định danh mức 2 (bản đã sửa)"


def worker_pid_application(environ, start_response):
    """gunicorn's application in this test: the site, saying which worker answered."""
    from django.conf import settings

    if not getattr(worker_pid_application, "ready", False):
        settings.STORAGES = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        from config.wsgi import application

        worker_pid_application.site = application
        worker_pid_application.ready = True

    def with_pid(status, headers, exc_info=None):
        return start_response(status, [*headers, ("X-Worker-Pid", str(os.getpid()))], exc_info)

    return worker_pid_application.site(environ, with_pid)


def database_url(settings_dict):
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings_dict['NAME']}"
    credentials = settings_dict["USER"] + (f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else "")
    host = settings_dict["HOST"] or "127.0.0.1"
    return f"postgres://{credentials}@{host}:{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}"


@pytest.fixture
def production_environment(settings):
    from django.db import connection

    environment = {name: value for name, value in os.environ.items() if name not in {"REDIS_URL", "FRONTEND_CACHE_URL"}}
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SERVE_OVER_HTTP="1",
        DATABASE_URL=database_url(connection.settings_dict),
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
        PAGE_CACHE_SECONDS="300",
        LOG_LEVEL="WARNING",
    )
    return environment


@pytest.fixture
def two_workers(production_environment):
    from django.db import connection

    process = subprocess.Popen(
        [
            str(REPO / ".venv" / "bin" / "gunicorn"),
            "--chdir",
            str(REPO / "site"),
            "--pythonpath",
            str(REPO),
            "tests.core.test_shared_cache_workers:worker_pid_application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=REPO,
        env=production_environment,
    )
    try:
        for _ in range(150):
            try:
                with urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=5):
                    break
            except OSError:
                assert process.poll() is None, "gunicorn stopped"
                time.sleep(0.2)
        else:
            pytest.fail("gunicorn did not start")
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)
        with connection.cursor() as cursor:  # the pages the workers cached
            cursor.execute("DELETE FROM sotayso_cache")


def fetch(path):
    request = Request(f"http://127.0.0.1:{PORT}{path}", headers={"Host": "localhost"})
    with urlopen(request, timeout=10) as response:
        return int(response.headers["X-Worker-Pid"]), response.read().decode(), time.monotonic()


class Readers:
    """Four readers asking for a page without a pause, as a crowd after a Zalo post would: every answer, by the
    worker that gave it, with the moment it arrived and whether it showed `wanted`."""

    def __init__(self, path):
        self.path, self.answers, self.lock, self.stop = path, {}, threading.Lock(), threading.Event()
        self.pool = ThreadPoolExecutor(4)
        self.futures = []

    def __enter__(self):
        self.futures = [self.pool.submit(self.read) for _ in range(4)]
        return self

    def __exit__(self, *exc_info):
        self.stop.set()
        for future in self.futures:
            future.result()
        self.pool.shutdown()

    def read(self):
        while not self.stop.is_set():
            pid, body, when = fetch(self.path)
            title = body[body.find("<title>") : body.find("</title>")]  # what a reader sees first, kept small
            with self.lock:
                self.answers.setdefault(pid, []).append((when, title))

    def first_showing(self, wanted, after=0.0):
        """{pid: the first moment after `after` it answered with `wanted`}."""
        with self.lock:
            return {
                pid: min(when for when, body in given if when > after and wanted in body)
                for pid, given in self.answers.items()
                if any(when > after and wanted in body for when, body in given)
            }

    def wait_for_every_worker(self, wanted, after=0.0, workers=2, limit=30.0):
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            found = self.first_showing(wanted, after)
            if len(found) >= workers:
                return found
            time.sleep(0.05)
        return self.first_showing(wanted, after)


@pytest.mark.django_db(transaction=True)
def test_a_publish_reaches_every_worker_within_two_seconds(guide, site_settings, two_workers, production_environment):
    publish = (
        "import time\n"
        "from django.db import transaction\n"
        "from guides.models import GuidePage\n"
        f"page = GuidePage.objects.get(pk={guide.pk})\n"
        f"page.title = {NEW_TITLE!r}\n"
        "with transaction.atomic():\n"
        "    page.save_revision().publish()\n"
        # The moment the change exists for readers (its commit), on the one clock of the whole machine: until then
        # no reader can see it, however long the commit waits for the database under load.
        "committed = time.monotonic()\n"
        "print(committed)\n"
    )
    with Readers(guide.url) as readers:
        assert len(readers.wait_for_every_worker(guide.title)) == 2, "both workers should serve the page"
        done = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", publish],
            cwd=REPO,
            env=production_environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        published_at = float(done.stdout.split()[-1])
        first_new = readers.wait_for_every_worker(NEW_TITLE, after=published_at)
    assert len(first_new) == 2, f"a worker never served the new title: {first_new}"
    delays = {pid: round(when - published_at, 3) for pid, when in first_new.items()}
    assert max(delays.values()) <= FRESH_WITHIN_SECONDS, delays
    for pid, given in readers.answers.items():  # once a worker has served the new version, never the old one again
        assert all(NEW_TITLE in body for when, body in given if when > first_new[pid] + 0.05), pid
