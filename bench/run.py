"""make bench: build a synthetic national data set, serve it with gunicorn, load it with wrk, print a table.

    python bench/run.py --scale 0.1 [--duration 10] [--keep]     (DATABASE_URL for PostgreSQL, REDIS_URL for Redis)

Every rate is also given as a ratio to the static file measured in the same run, and every target of issue 19 is
marked met or missed with its margin. Results go to bench/results/<date>-<database>-scale-<scale>.md (with -run-2
and on for later runs that day)."""

import argparse
import concurrent.futures
import dataclasses
import datetime
import http.client
import io
import itertools
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote_plus, urlparse, urlunparse
from urllib.request import urlopen

REPO = Path(__file__).resolve().parents[1]
PORT = 8765
VARNISH_PORT = 8766
STATIC_FILE = "/static/css/site.css"
DISTINCT_SEARCHES = 1000
FRESHNESS_TIMEOUT = 20


def prepare_environment(args):
    database_url = os.environ.get("DATABASE_URL")
    if database_url:
        parsed = urlparse(database_url)
        bench_name = parsed.path.lstrip("/") + "_bench"
        if not args.keep:
            recreate_postgres_database(parsed, bench_name)
        os.environ["DATABASE_URL"] = urlunparse(parsed._replace(path="/" + bench_name))
        engine = "postgresql"
    else:
        path = REPO / "bench" / "bench.sqlite3"
        if not args.keep:
            for leftover in path.parent.glob("bench.sqlite3*"):
                leftover.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
        engine = "sqlite"
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=os.environ.get("SECRET_KEY") or secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SERVE_OVER_HTTP="1",
        MEDIA_ROOT=str(REPO / "bench" / "media"),
        LOG_LEVEL="WARNING",
    )
    return engine


def recreate_postgres_database(parsed, name):
    import psycopg

    admin_url = urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def setup_django():
    sys.path[:0] = [str(REPO), str(REPO / "site")]
    import django

    django.setup()


def build(scale, keep=False):
    """Migrations, the data set (unless kept from the last run) and the static files; returns the seconds taken."""
    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("createcachetable", verbosity=0)  # for the database cache the workers share, when configured
    from bench.dataset import build as build_dataset

    if not keep:
        build_dataset(scale)
    gather_statistics()
    call_command("collectstatic", verbosity=0, interactive=False)
    return time.monotonic() - started


def gather_statistics():
    """The planner's statistics of the freshly written tables, as after any bulk load: without them PostgreSQL takes
    400,000 members for a hundred and joins them by nested loop (the first volunteer's lookup ran for minutes)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def admin_cookie():
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username="bench-admin").first() or get_user_model().objects.create_superuser(
        "bench-admin", password=secrets.token_urlsafe(16)
    )
    return session_cookie(user)


def volunteer_cookie():
    """A signed-in volunteer: the first plain member (not a leader) of an active team in the data set."""
    from teams.models import Member

    member = (
        Member.objects.current()
        .filter(role="member", team__status="active", user__isnull=False)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    return session_cookie(member.user)


def coordinator_cookie():
    """A province coordinator over the province with the most teams; returns the cookie and the province."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count

    from teams.models import AdminArea, RoleAssignment, ScopeRole, Team

    busiest = Team.objects.values("province").annotate(teams=Count("pk")).order_by("-teams", "province").first()
    province = AdminArea.objects.get(pk=busiest["province"])
    user, _created = get_user_model().objects.get_or_create(username="bench-dieuphoi")
    RoleAssignment.objects.get_or_create(user=user, role=ScopeRole.PROVINCE_COORDINATOR, area=province)
    return session_cookie(user), province


def session_cookie(user):
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils.module_loading import import_string

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    # The first backend that loads users (axes' comes first and only guards sign-ins).
    session[BACKEND_SESSION_KEY] = next(
        path for path in settings.AUTHENTICATION_BACKENDS if hasattr(import_string(path), "get_user")
    )
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


# Who reads a page: anonymous, a volunteer of a team, the national administrator, a province coordinator.
ANONYMOUS, VOLUNTEER, ADMIN, COORDINATOR = "khách", "tình nguyện viên", "quản trị cả nước", "điều phối tỉnh"
# The pages that must serve at >= 0.5 x static for a citizen and for a signed-in volunteer alike.
PUBLIC_KEYS = ("guide", "platform", "index", "search", "module")


def pages(province=None):
    """(key, label, path, who) for every page the bench loads."""
    from content.models import PlatformPage
    from guides.models import GuideIndexPage, GuidePage
    from training.pages import published_modules

    guide = GuidePage.objects.live().order_by("pk").first()
    platform = guide.get_parent().specific
    index = GuideIndexPage.objects.live().order_by("path").first()
    module = published_modules().first()
    assert isinstance(platform, PlatformPage), platform
    public = [
        ("guide", "Hướng dẫn", guide.url),
        ("platform", "Nền tảng", platform.url),
        ("index", "Danh mục hướng dẫn", index.url),
        ("search", "Tìm kiếm", "/tim-kiem/?q=kich+hoat+dinh+danh"),
        ("module", "Học phần", module.url),
    ]
    rows = [("home", "Trang chủ", "/", ANONYMOUS)]
    rows += [(key, label, path, ANONYMOUS) for key, label, path in public]
    rows.append(("filtered_index", "Danh mục có lọc", "/huong-dan/?tru-cot=chinh-quyen-so&linh-vuc=y-te", ANONYMOUS))
    rows += [(key, label, path, VOLUNTEER) for key, label, path in public]
    rows += [
        ("coverage_national", "Độ phủ cả nước", "/do-phu/", ADMIN),
        ("rollup_national", "Tổng hợp kết quả cả nước", "/bao-cao/", ADMIN),
    ]
    if province is not None:
        rows += [
            ("coverage_province", f"Độ phủ {province.name}", "/do-phu/", COORDINATOR),
            ("rollup_province", f"Tổng hợp kết quả {province.name}", "/bao-cao/", COORDINATOR),
        ]
    return rows


def in_process(path, cookie, repeat=7):
    """Uncached server time and queries for one page (page cache off, aggregate cache emptied before each
    render), median of several renders. The page cache's generation is kept: a render as for a page not yet cached,
    not the first one after a publish (which also reads the site again, core/known_sites.py)."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from core.page_cache import GENERATION_KEY, generation

    client = Client(HTTP_HOST="127.0.0.1")
    if cookie:
        name, value = cookie.split("=", 1)
        client.cookies[name] = value
    times, queries = [], 0
    with override_settings(PAGE_CACHE_SECONDS=0):
        client.get(path)  # renditions, search warm-up
        for _ in range(repeat):
            current = generation()
            cache.clear()
            cache.set(GENERATION_KEY, current, None)
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - started) * 1000)
            queries = len(captured)
    assert response.status_code == 200, (path, response.status_code)
    return statistics.median(times), queries, response.content.decode()


IMPORT_ROWS = 1000


def member_import_timings(repeat=3):
    """The member import at its limit: a file of 1,000 rows previewed (median of a few; it writes nothing) and then
    imported, in process, into a new village team of the data set. The issue's targets: under 1 s and 3 s."""
    import csv
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from teams.importing import apply_import, preview_import
    from teams.models import AdminArea, AreaLevel, Team

    commune = AdminArea.objects.filter(level=AreaLevel.COMMUNE).order_by("pk").first()
    stamp = datetime.datetime.now().strftime("%Y%m%d%H%M%S")
    earlier = AdminArea.objects.filter(name__startswith="Thôn đo nhập danh sách").count()  # --keep: new phones
    village = AdminArea.objects.create(
        name=f"Thôn đo nhập danh sách {stamp}", division_type="thôn", level=AreaLevel.VILLAGE, parent=commune
    )
    team = Team.objects.create(area=village)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Họ và tên", "Số điện thoại", "Tổ chức", "Vai trò", "Ngày tham gia"])
    given = ["An", "Bình", "Cường", "Dung", "Giang", "Hải", "Khánh", "Linh", "Minh", "Ngọc"]
    for n in range(IMPORT_ROWS):
        writer.writerow(
            [
                f"Nguyễn Thị {given[n % 10]} {given[n // 10 % 10]}",
                f"03{earlier * IMPORT_ROWS + n:08d}",
                "Đoàn TN",
                "",
                "15/03/2025",
            ]
        )
    data = buffer.getvalue().encode("utf-8-sig")
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        preview = preview_import(team, SimpleUploadedFile("danh-sach.csv", data))
        times.append((time.perf_counter() - started) * 1000)
    assert len(preview.valid) == IMPORT_ROWS, (len(preview.valid), preview.invalid[:3])
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        created = apply_import(team, preview)
        import_ms = (time.perf_counter() - started) * 1000
    assert created == IMPORT_ROWS, created
    return statistics.median(times), import_ms, len(captured)


def page_weight(html):
    assets = re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)
    total = len(html.encode())
    for asset in assets:
        with urlopen(f"http://127.0.0.1:{PORT}{asset}") as response:
            total += len(response.read())
    return total


def start_gunicorn(port=PORT, workers=2):
    """gunicorn with the production settings the caller put in the environment, once it answers /healthz."""
    env = {**os.environ, "PAGE_CACHE_SECONDS": "300"}
    process = subprocess.Popen(
        [
            str(REPO / ".venv" / "bin" / "gunicorn"),
            "--chdir",
            str(REPO / "site"),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        env=env,
    )
    for _ in range(100):
        try:
            with urlopen(f"http://127.0.0.1:{port}/healthz"):
                return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("gunicorn did not start")


def wrk(path, duration, cookie=None, port=None):
    port = port or PORT
    command = ["wrk", "-t2", "-c8", f"-d{duration}s", "--timeout", "10s", "--latency", f"http://127.0.0.1:{port}{path}"]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, latency(output, "50%"), latency(output, "99%"), int(errors.group(1)) if errors else 0


def latency(output, label):
    value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)", output).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def free_port(preferred):
    """The preferred port if nothing listens there, else one the system picks."""
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", preferred))
        except OSError:
            probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(path, headers=None, port=None):
    """One plain HTTP GET (no decompression, no redirects): status, lower-cased headers, body bytes."""
    connection = http.client.HTTPConnection("127.0.0.1", port or PORT, timeout=30)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, {name.lower(): value for name, value in response.getheaders()}, response.read()
    finally:
        connection.close()


def search_queries(count=DISTINCT_SEARCHES):
    """count distinct search phrases and where they come from: bench/search_queries.py (issue 19's realistic
    queries) when it is there, else pairs and triples of words from the data set's page titles."""
    try:
        from bench import search_queries as module
    except ImportError:
        module = None
    if module is not None:
        producer = next(
            (
                getattr(module, name)
                for name in ("search_queries", "queries", "distinct_queries")
                if hasattr(module, name)
            ),
            None,
        )
        if producer is not None:
            phrases = list(dict.fromkeys(itertools.islice(_call_with_count(producer, count), count)))
            if len(phrases) == count:
                return phrases, f"bench/search_queries.py ({producer.__name__})"
    return title_word_queries(count), "cặp và bộ ba từ trong tiêu đề các trang của bộ dữ liệu"


def _call_with_count(producer, count):
    try:
        return producer(count)
    except TypeError:
        return producer()


def title_word_queries(count):
    from wagtail.models import Page

    words = []
    for title in Page.objects.live().values_list("title", flat=True):
        for word in re.findall(r"[^\W\d_]+", title.lower()):
            if len(word) > 1 and word not in words:
                words.append(word)
    phrases = (" ".join(combo) for size in (2, 3) for combo in itertools.permutations(words, size))
    chosen = list(itertools.islice(phrases, count))
    if len(chosen) < count:
        raise SystemExit(f"only {len(chosen)} distinct search phrases from the titles; {count} are needed")
    return chosen


def distinct_searches(phrases, workers=8):
    """Each phrase searched once through gunicorn by a pool of 8 clients: no two requests share a cache key."""
    paths = [f"/tim-kiem/?q={quote_plus(phrase)}" for phrase in phrases]
    assert len(set(paths)) == len(paths)

    def one(path):
        started = time.perf_counter()
        status, _headers, _body = get(path)
        return (time.perf_counter() - started) * 1000, status

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(one, paths))
    seconds = time.perf_counter() - started
    times = sorted(elapsed for elapsed, _status in results)
    return {
        "count": len(paths),
        "rate": len(paths) / seconds,
        "p50": percentile(times, 50),
        "p95": percentile(times, 95),
        "errors": sum(status != 200 for _elapsed, status in results),
    }


def percentile(sorted_values, share):
    """Nearest-rank percentile of values already sorted."""
    rank = max(1, -(-len(sorted_values) * share // 100))
    return sorted_values[int(rank) - 1]


def http_checks(guide_path, volunteer):
    """What HTTP does for the anonymous guide, a volunteer's private page and the static file."""
    status, plain_headers, plain = get(guide_path)
    _status, gzip_headers, gzipped = get(guide_path, {"Accept-Encoding": "gzip"})
    etag = gzip_headers.get("etag") or plain_headers.get("etag")
    revisit = get(guide_path, {"If-None-Match": etag, "Accept-Encoding": "gzip"})[0] if etag else None
    _status, private_headers, _body = get("/tai-khoan/", {"Accept-Encoding": "gzip", "Cookie": volunteer})
    _status, _headers, static_body = get(STATIC_FILE)
    _status, br_headers, br_body = get(STATIC_FILE, {"Accept-Encoding": "br"})
    return {
        "guide_status": status,
        "html_bytes": len(plain),
        "gzip_bytes": len(gzipped),
        "html_encoding": gzip_headers.get("content-encoding", ""),
        "etag": etag or "",
        "cache_control": gzip_headers.get("cache-control", ""),
        "last_modified": gzip_headers.get("last-modified", ""),
        "revisit_status": revisit,
        "private_encoding": private_headers.get("content-encoding", ""),
        "private_cache_control": private_headers.get("cache-control", ""),
        "static_bytes": len(static_body),
        "static_br_bytes": len(br_body),
        "static_encoding": br_headers.get("content-encoding", ""),
    }


def freshness(guide_pk, path, timeout=FRESHNESS_TIMEOUT, clients=4):
    """Publish a new title for the guide in this process, then poll the page through gunicorn from several
    clients until every response has shown it for 3 s. Returns the seconds after the publish at which the last
    stale response (one asked for after the publish) came back: 0 when none was stale, None if still stale after
    timeout."""
    from guides.models import GuidePage

    for _ in range(10 * clients):  # both workers hold the old page in their caches
        get(path)
    guide = GuidePage.objects.get(pk=guide_pk)
    marker = f"bản đo {datetime.datetime.now():%H%M%S%f}"
    guide.title = f"{guide.title.split(' / bản đo ')[0]} / {marker}"
    guide.save_revision(clean=False).publish()
    published = time.perf_counter()
    last_stale = [0.0]
    answers = [0]
    lock = threading.Lock()

    def poll():
        while True:
            now = time.perf_counter() - published
            with lock:
                if now > timeout or (now - last_stale[0] >= 3 and answers[0] >= 40):
                    return
            _status, _headers, body = get(path)
            done = time.perf_counter() - published
            with lock:
                answers[0] += 1
                if marker not in body.decode():
                    last_stale[0] = max(last_stale[0], done)

    threads = [threading.Thread(target=poll) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = last_stale[0]
    return {"seconds": None if time.perf_counter() - published > timeout else seconds, "responses": answers[0]}


def varnish_rate(path, duration, backend_port):
    """req/s for path through Varnish (bench/varnish.py) in front of gunicorn, or the reason it was not measured."""
    try:
        from bench.varnish import find_varnishd, start_varnish, stop
    except ImportError as error:
        return f"bench/varnish.py is missing ({error})"
    if find_varnishd() is None:
        return "varnishd is not installed (apt-get install varnish)"
    port = free_port(VARNISH_PORT)
    try:
        proxy = start_varnish(backend_port, port)
    except RuntimeError as error:
        return f"varnishd did not start: {str(error).splitlines()[0]}"
    try:
        status, _headers, _body = get(path, port=port)
        rate, p50, p99, errors = wrk(path, duration, port=port)
        _status, repeat_headers, _body = get(path, port=port)
    finally:
        stop(proxy)
    return {
        "rate": rate,
        "p50": p50,
        "p99": p99,
        "errors": errors,
        "status": status,
        "cache": repeat_headers.get("x-cache", ""),
    }


def summary_check():
    """manage.py check_summaries compares the summary rows with a full recount: (passed, output, seconds), or
    None when the command does not exist yet."""
    from django.core.management import CommandError, call_command, get_commands
    from django.db import DatabaseError

    if "check_summaries" not in get_commands():
        return None
    output = io.StringIO()
    started = time.monotonic()
    try:
        call_command("check_summaries", stdout=output, stderr=output)
        passed = True
    except (CommandError, SystemExit) as error:
        output.write(str(error))
        passed = False
    except DatabaseError as error:
        output.write(f"{type(error).__name__}: {error}")
        passed = False
    return passed, output.getvalue().strip(), time.monotonic() - started


def commit():
    """HEAD's short hash, and how many files of the working tree differ from it (other work not yet committed)."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO)
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "--", "site", "content", "guides", "bench"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    changed = len(status.stdout.splitlines())
    hash_ = head.stdout.strip() or "unknown"
    return f"{hash_} with {changed} uncommitted files in site/, content/, guides/, bench/" if changed else hash_


def worker_memory(master):
    children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master.pid)], capture_output=True, text=True).stdout
    sizes = []
    for pid in children.split():
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
    return sizes


@dataclasses.dataclass
class Row:
    """One page loaded through gunicorn by wrk, and rendered uncached in process."""

    key: str
    label: str
    path: str
    who: str
    rate: float
    p50: float
    p99: float
    errors: int
    server_ms: float
    queries: int
    weight: int
    failure: str = ""


@dataclasses.dataclass
class Measurements:
    """Everything one run measured; the report and the targets are computed from it alone."""

    engine: str
    scale: float
    duration: int
    keep: bool
    build_seconds: float
    commit: str
    static_rate: float
    rows: list
    memory: list = dataclasses.field(default_factory=list)
    imports: tuple | None = None
    distinct_search: dict | None = None
    search_source: str = ""
    http: dict | None = None
    freshness: dict | None = None
    varnish: dict | str | None = None
    summaries: list = dataclasses.field(default_factory=list)
    cache_backend: str = ""
    redis: bool = False
    failures: dict = dataclasses.field(default_factory=dict)
    load: list = dataclasses.field(default_factory=list)  # (moment, 1-minute load average)


@dataclasses.dataclass
class Check:
    """A target of the issue beside what the run measured. sense is ">=" or "<=" against limit, or "yes" for a
    property that holds or not; value None means the run could not measure it (note says why)."""

    name: str
    value: float | bool | None
    limit: float | None = None
    sense: str = "yes"
    unit: str = ""
    note: str = ""

    @property
    def met(self):
        if self.value is None:
            return False
        if self.sense == "yes":
            return bool(self.value)
        return self.value >= self.limit if self.sense == ">=" else self.value <= self.limit

    def line(self):
        mark = "met" if self.met else "MISSED"
        if self.value is None:
            return f"- {mark}: {self.name}: not measured ({self.note or 'not available'})"
        if self.sense == "yes":
            return f"- {mark}: {self.name}" + (f" ({self.note})" if self.note else "")
        margin = abs(self.value - self.limit)
        return (
            f"- {mark}: {self.name}: {self.value:.2f}{self.unit} (target {self.sense} {self.limit:g}{self.unit}; "
            f"{'met' if self.met else 'missed'} by {margin:.2f}{self.unit})"
        )


# Uncached server time targets of issue 19: national pages at scale 1.0 on PostgreSQL, a province anywhere.
SERVER_TIME_LIMITS = {"coverage_national": 300, "rollup_national": 300, "coverage_province": 50, "rollup_province": 50}
CACHE_CONTROL = {"public", "max-age=60", "s-maxage=300"}


def targets(m):
    """Every target of issue 19 (and the earlier ones this bench kept) as Checks, in the report's order."""
    checks = []
    rows = {(row.key, row.who): row for row in m.rows}

    def measured(row, value):
        return None if row.failure else value

    for who in (ANONYMOUS, VOLUNTEER):
        for key in PUBLIC_KEYS:
            if row := rows.get((key, who)):
                ratio = measured(row, row.rate / m.static_rate)
                checks.append(
                    Check(f"{row.label}, {who}: req/s >= 0.5 x static", ratio, 0.5, ">=", "x", note=row.failure)
                )
    if guide := rows.get(("guide", ANONYMOUS)):
        note = guide.failure
        checks += [
            Check("uncached guide page: queries", measured(guide, guide.queries), 10, "<=", note=note),
            Check("uncached guide page: server time", measured(guide, guide.server_ms), 10, "<=", " ms", note=note),
            Check("guide page HTML+CSS+JS", measured(guide, guide.weight / 1024), 60, "<=", " KB", note=note),
        ]
    if search := rows.get(("search", ANONYMOUS)):
        limit, note = (50 if m.engine == "postgresql" else 100), search.failure
        server_ms, p50 = measured(search, search.server_ms), measured(search, search.p50)
        checks.append(Check(f"uncached search: server time on {m.engine}", server_ms, limit, "<=", " ms", note=note))
        checks.append(Check("search p50 under load", p50, 100, "<=", " ms", note=note))
    for row in m.rows:
        if row.key in SERVER_TIME_LIMITS:
            name, limit = f"{row.label}: uncached server time", SERVER_TIME_LIMITS[row.key]
            checks.append(Check(name, measured(row, row.server_ms), limit, "<=", " ms", note=row.failure))
    if (searches := m.distinct_search) is not None:
        checks.append(
            Check(
                f"{DISTINCT_SEARCHES} distinct searches answered",
                searches["errors"] == 0 and searches["count"] >= DISTINCT_SEARCHES,
                note=f"{searches['count']} sent, {searches['errors']} not 200",
            )
        )
    if (h := m.http) is not None:
        directives = {part.strip() for part in h["cache_control"].lower().split(",")}
        checks += [
            Check(
                "anonymous guide HTML sent gzip-compressed",
                h["html_encoding"] == "gzip",
                note=h["html_encoding"] or "none",
            ),
            Check(
                "anonymous guide carries a strong ETag",
                bool(h["etag"]) and not h["etag"].startswith("W/"),
                note=h["etag"] or "none",
            ),
            Check(
                "anonymous guide: Cache-Control public, max-age=60, s-maxage=300",
                CACHE_CONTROL <= directives,
                note=h["cache_control"] or "none",
            ),
            Check(
                "repeat visit with If-None-Match gets 304", h["revisit_status"] == 304, note=str(h["revisit_status"])
            ),
            Check(
                "signed-in page (with secrets) not compressed",
                not h["private_encoding"],
                note=h["private_encoding"] or "none",
            ),
            Check(
                "signed-in page not cacheable by a proxy",
                "public" not in h["private_cache_control"].lower(),
                note=h["private_cache_control"] or "none",
            ),
            Check("static file served Brotli", h["static_encoding"] == "br", note=h["static_encoding"] or "none"),
        ]
    if m.freshness is not None:
        seconds = m.freshness["seconds"]
        note = f"still stale after {FRESHNESS_TIMEOUT} s" if seconds is None else ""
        checks.append(Check("published change seen by every reader", seconds, 2, "<=", " s", note=note))
    if isinstance(m.varnish, dict):
        checks.append(
            Check(
                "anonymous guide through Varnish answered",
                m.varnish["errors"] == 0,
                note=f"{m.varnish['errors']} errors",
            )
        )
    for part, failure in m.failures.items():
        checks.append(Check(f"{part} measured", None, note=failure))
    for when, result in m.summaries:
        name = f"summaries match a full recount ({when})"
        if result is None:
            checks.append(Check(name, None, note="manage.py check_summaries does not exist at this commit"))
        else:
            checks.append(Check(name, result[0]))
    if m.imports:
        checks.append(Check(f"member import: preview of {IMPORT_ROWS} rows", m.imports[0], 1000, "<=", " ms"))
        checks.append(Check(f"member import: {IMPORT_ROWS} rows imported", m.imports[1], 3000, "<=", " ms"))
    return checks


def report(m, today):
    """The result file's Markdown."""
    ratio = lambda rate: rate / m.static_rate  # noqa: E731
    lines = [
        f"# Benchmark {today}: {m.engine}, scale {m.scale}",
        "",
        f"Commit {m.commit} (the working tree when the run started). Command: `make bench SCALE={m.scale}`"
        f"{' with DATABASE_URL (PostgreSQL)' if m.engine == 'postgresql' else ''}{' and REDIS_URL' if m.redis else ''}"
        + (f" (its `bench/run.py --scale {m.scale} --duration {m.duration}`)" if m.duration != 10 else "")
        + f". Machine: {os.cpu_count()} cores; gunicorn 2 sync "
        f"workers; wrk -t2 -c8 -d{m.duration}s; cache backend {m.cache_backend or 'unknown'}. "
        + (
            "Data set reused from the previous run (--keep)."
            if m.keep
            else f"Data set built in {m.build_seconds:.0f} s."
        ),
        "",
        *(
            [
                "The machine's 1-minute load average "
                + ", ".join(f"{when} {value:.1f}" for when, value in m.load)
                + f" on {os.cpu_count()} cores: other work on it lowers every rate, the ratios compare figures taken "
                "under the same load.",
                "",
            ]
            if m.load
            else []
        ),
        f"Static file ({STATIC_FILE}) through whitenoise: **{m.static_rate:.0f} requests/s** (mean of a run before "
        "and after the pages). Every ratio below is a rate divided by this one.",
        "",
        "## Pages through gunicorn",
        "",
        "| page | reader | req/s | ratio to static | p50 ms | p99 ms | non-2xx | server ms (uncached) "
        "| queries (uncached) | HTML+CSS+JS KB |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in m.rows:
        if row.failure:
            lines.append(f"| {row.label} `{row.path}` | {row.who} | failed: {row.failure} | | | | | | | |")
            continue
        lines.append(
            f"| {row.label} `{row.path}` | {row.who} | {row.rate:.0f} | {ratio(row.rate):.3f} | {row.p50:.1f} | "
            f"{row.p99:.1f} | {row.errors} | {row.server_ms:.1f} | {row.queries} | {row.weight / 1024:.1f} |"
        )
    lines += [
        "",
        f"## {(m.distinct_search or {}).get('count', DISTINCT_SEARCHES):,} distinct searches (every one a cache miss)",
        "",
    ]
    if (s := m.distinct_search) is not None:
        lines += [
            f"Each query asked once through gunicorn by 8 concurrent clients; queries from {m.search_source}.",
            "",
            "| requests | req/s | ratio to static | p50 ms | p95 ms | non-200 |",
            "|---:|---:|---:|---:|---:|---:|",
            f"| {s['count']} | {s['rate']:.1f} | {ratio(s['rate']):.3f} | {s['p50']:.1f} | {s['p95']:.1f} "
            f"| {s['errors']} |",
        ]
    else:
        lines.append(not_measured(m, "distinct searches"))
    lines += ["", "## Through Varnish", ""]
    guide = next((row for row in m.rows if (row.key, row.who) == ("guide", ANONYMOUS)), None)
    if isinstance(m.varnish, dict):
        v = m.varnish
        direct = (
            f"| gunicorn direct | {guide.rate:.0f} | {ratio(guide.rate):.3f} | {guide.p50:.1f} | {guide.p99:.1f} | "
            f"{guide.errors} | |"
            if guide is not None and not guide.failure
            else "| gunicorn direct | failed | | | | | |"
        )
        lines += [
            "| anonymous guide | req/s | ratio to static | p50 ms | p99 ms | non-2xx | X-Cache on a repeat |",
            "|---|---:|---:|---:|---:|---:|---|",
            direct,
            f"| through Varnish | {v['rate']:.0f} | {ratio(v['rate']):.3f} | {v['p50']:.1f} | {v['p99']:.1f} | "
            f"{v['errors']} | {v['cache'] or 'none'} |",
        ]
    else:
        lines.append(f"Varnish not measured: {m.varnish or m.failures.get('Varnish') or 'not run'}.")
    lines += ["", "## HTTP", ""]
    if (h := m.http) is not None:
        lines += [
            f"- Anonymous guide HTML: {h['html_bytes'] / 1024:.1f} KB uncompressed; with `Accept-Encoding: gzip` "
            f"{h['gzip_bytes'] / 1024:.1f} KB (Content-Encoding: {h['html_encoding'] or 'none'}).",
            f"- ETag: `{h['etag'] or 'none'}`; Cache-Control: `{h['cache_control'] or 'none'}`; Last-Modified: "
            f"`{h['last_modified'] or 'none'}`; a repeat with If-None-Match got "
            f"{h['revisit_status'] or 'no try (no ETag)'}.",
            f"- A volunteer's account page with `Accept-Encoding: gzip`: Content-Encoding "
            f"{h['private_encoding'] or 'none'}, Cache-Control `{h['private_cache_control'] or 'none'}`.",
            f"- Static file: {h['static_bytes'] / 1024:.1f} KB; with `Accept-Encoding: br` "
            f"{h['static_br_bytes'] / 1024:.1f} KB (Content-Encoding: {h['static_encoding'] or 'none'}).",
        ]
    else:
        lines.append(not_measured(m, "HTTP"))
    lines += ["", "## Freshness", ""]
    if (f := m.freshness) is not None:
        seen = (
            f"still stale for some readers after {FRESHNESS_TIMEOUT} s"
            if f["seconds"] is None
            else f"every response showed it {f['seconds']:.2f} s after the publish"
        )
        lines.append(
            "A guide retitled and published (a revision) in the bench's process, then polled through gunicorn "
            f"(2 workers, both holding the old page) by 4 clients: {seen} ({f['responses']} responses)."
        )
    else:
        lines.append(not_measured(m, "freshness"))
    lines += ["", "## Summary consistency (manage.py check_summaries)", ""]
    for when, result in m.summaries:
        if result is None:
            lines.append(f"- {when}: not available (the command does not exist at this commit).")
        else:
            passed, output, seconds = result
            shown = " ".join(output.split())[:300] or "no output"
            lines.append(f"- {when}: {'passed' if passed else 'FAILED'} in {seconds:.1f} s: {shown}")
    lines += ["", "## Other figures", ""]
    if m.memory:
        lines.append(f"- Memory per worker after the run: {', '.join(f'{size:.0f} MB' for size in m.memory)}.")
    if m.imports:
        lines.append(
            f"- Member import of a {IMPORT_ROWS}-row CSV, in process: preview {m.imports[0]:.0f} ms (median of 3), "
            f"import {m.imports[1]:.0f} ms in one transaction ({m.imports[2]} queries)."
        )
    checks = targets(m)
    lines += [
        "",
        "## Targets",
        "",
        f"{sum(check.met for check in checks)} of {len(checks)} met. The 300 ms national targets are set for scale 1.0 "
        f"on PostgreSQL; this run: {m.engine}, scale {m.scale}.",
        "",
        *(check.line() for check in checks),
        "",
    ]
    return "\n".join(lines)


def not_measured(m, name):
    return f"Not measured: {m.failures[name]}." if name in m.failures else "Not measured."


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.1)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page")
    parser.add_argument("--keep", action="store_true", help="reuse the data set of the last run")
    parser.add_argument("--searches", type=int, default=DISTINCT_SEARCHES, help="distinct search queries to send")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")
    global PORT
    PORT = free_port(PORT)
    head = commit()
    engine = prepare_environment(args)
    setup_django()
    from django.conf import settings

    load = [("at the start", os.getloadavg()[0])]
    print(f"Dựng dữ liệu quy mô {args.scale} trên {engine} (commit {head})…")
    build_seconds = build(args.scale, args.keep)
    print(f"  xong sau {build_seconds:.0f} s")
    summaries = [("after the build", summary_check())]
    preview_ms, import_ms, import_queries = member_import_timings()
    print(
        f"  Nhập {IMPORT_ROWS} thành viên: xem trước {preview_ms:.0f} ms, "
        f"nhập {import_ms:.0f} ms ({import_queries} truy vấn)"
    )
    cookies = {ANONYMOUS: None, VOLUNTEER: volunteer_cookie(), ADMIN: admin_cookie()}
    cookies[COORDINATOR], province = coordinator_cookie()
    phrases, search_source = search_queries(args.searches)
    server = start_gunicorn(PORT)
    m = Measurements(
        engine=engine,
        scale=args.scale,
        duration=args.duration,
        keep=args.keep,
        build_seconds=build_seconds,
        commit=head,
        static_rate=0,
        rows=[],
        imports=(preview_ms, import_ms, import_queries),
        search_source=search_source,
        cache_backend=settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        redis=bool(os.environ.get("REDIS_URL")),
        load=load,
    )
    load.append(("after the build", os.getloadavg()[0]))
    try:
        static_rates = [wrk(STATIC_FILE, args.duration)[0]]
        for key, label, path, who in pages(province):
            cookie = cookies[who]
            try:
                server_ms, queries, html = in_process(path, cookie)
                rate, p50, p99, errors = wrk(path, args.duration, cookie)
                weight = page_weight(html)
            except Exception as error:  # one broken page is reported, the rest still measured
                failure = failure_text(error)
                m.rows.append(Row(key, label, path, who, 0, 0, 0, 0, 0, 0, 0, failure=failure))
                print(f"  {label} ({who}): LỖI {failure}")
                continue
            m.rows.append(Row(key, label, path, who, rate, p50, p99, errors, server_ms, queries, weight))
            print(f"  {label} ({who}): {rate:.0f} req/s, p50 {p50:.1f} ms, {queries} truy vấn, {server_ms:.1f} ms")
        guide = next(row for row in m.rows if (row.key, row.who) == ("guide", ANONYMOUS))
        m.distinct_search = attempt(m, "distinct searches", distinct_searches, phrases)
        m.http = attempt(m, "HTTP", http_checks, guide.path, cookies[VOLUNTEER])
        m.varnish = attempt(m, "Varnish", varnish_rate, guide.path, args.duration, PORT)
        static_rates.append(wrk(STATIC_FILE, args.duration)[0])
        m.static_rate = statistics.mean(static_rates)
        m.memory = worker_memory(server)
        from guides.models import GuidePage

        guide_pk = GuidePage.objects.live().order_by("pk").values_list("pk", flat=True).first()
        m.freshness = attempt(m, "freshness", freshness, guide_pk, guide.path)
    finally:
        server.terminate()
        server.wait(timeout=10)
    load.append(("at the end", os.getloadavg()[0]))
    summaries.append(("after the run", summary_check()))
    m.summaries = summaries
    write_results(m)


def attempt(m, name, measure, *args):
    """measure(*args), or None with the error kept in m.failures: one broken part does not lose the run."""
    try:
        result = measure(*args)
    except Exception as error:
        m.failures[name] = failure_text(error)
        print(f"  {name}: LỖI {m.failures[name]}")
        return None
    print(f"  {name}: {result}")
    return result


def failure_text(error):
    return f"{type(error).__name__}: {error}"[:300]


def write_results(m):
    today = datetime.date.today().isoformat()
    text = report(m, today)
    name = f"{today}-{m.engine}-scale-{m.scale}"
    path = REPO / "bench" / "results" / f"{name}.md"
    for run in itertools.count(2):  # a second run the same day is kept beside the first
        if not path.exists():
            break
        path = path.with_name(f"{name}-run-{run}.md")
    path.write_text(text)
    print()
    print(text)
    print(f"Đã ghi {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
