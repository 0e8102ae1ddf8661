"""make bench: build a synthetic national data set, serve it with gunicorn, load it with wrk, print a table.

    python bench/run.py --scale 0.1 [--duration 10] [--keep]     (DATABASE_URL for PostgreSQL, REDIS_URL for Redis)

Results go to bench/results/<date>-<database>-scale-<scale>.md."""

import argparse
import datetime
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse
from urllib.request import urlopen

REPO = Path(__file__).resolve().parents[1]
PORT = 8765
STATIC_FILE = "/static/css/site.css"


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


def build(scale):
    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", verbosity=0, interactive=False)
    from bench.dataset import build as build_dataset

    build_dataset(scale)
    call_command("collectstatic", verbosity=0, interactive=False)
    return time.monotonic() - started


def admin_cookie():
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    user = get_user_model().objects.filter(username="bench-admin").first() or get_user_model().objects.create_superuser(
        "bench-admin", password=secrets.token_urlsafe(16)
    )
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def pages():
    from guides.models import GuidePage

    guide = GuidePage.objects.live().order_by("pk").first()
    return [
        ("Trang chủ", "/", False),
        ("Hướng dẫn (khách, có bộ đệm)", guide.url, False),
        ("Tìm kiếm", "/tim-kiem/?q=kich+hoat+dinh+danh", False),
        ("Danh mục hướng dẫn có lọc", "/huong-dan/?tru-cot=chinh-quyen-so&linh-vuc=y-te", False),
        ("Độ phủ (cả nước, đăng nhập)", "/do-phu/", True),
        ("Tổng hợp kết quả cả nước (đăng nhập)", "/bao-cao/", True),
    ]


def in_process(path, cookie, repeat=7):
    """Uncached server time and queries for one page (page cache off, aggregate cache emptied before each
    render), median of several renders."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST="127.0.0.1")
    if cookie:
        name, value = cookie.split("=", 1)
        client.cookies[name] = value
    times, queries = [], 0
    with override_settings(PAGE_CACHE_SECONDS=0):
        client.get(path)  # renditions, search warm-up
        for _ in range(repeat):
            cache.clear()
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
            [f"Nguyễn Thị {given[n % 10]} {given[n // 10 % 10]}", f"03{n:08d}", "Đoàn TN", "", "15/03/2025"]
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


def wrk(path, duration, cookie=None):
    command = ["wrk", "-t2", "-c8", f"-d{duration}s", "--timeout", "10s", "--latency", f"http://127.0.0.1:{PORT}{path}"]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, latency(output, "50%"), latency(output, "99%"), int(errors.group(1)) if errors else 0


def latency(output, label):
    value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)", output).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def worker_memory(master):
    children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master.pid)], capture_output=True, text=True).stdout
    sizes = []
    for pid in children.split():
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
    return sizes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.1)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page")
    parser.add_argument("--keep", action="store_true", help="reuse the data set of the last run")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")
    engine = prepare_environment(args)
    setup_django()
    print(f"Dựng dữ liệu quy mô {args.scale} trên {engine}…")
    build_seconds = build(args.scale)
    print(f"  xong sau {build_seconds:.0f} s")
    preview_ms, import_ms, import_queries = member_import_timings()
    print(
        f"  Nhập {IMPORT_ROWS} thành viên: xem trước {preview_ms:.0f} ms, "
        f"nhập {import_ms:.0f} ms ({import_queries} truy vấn)"
    )
    cookie = admin_cookie()
    server = start_gunicorn()
    try:
        rows = []
        static_rates = [wrk(STATIC_FILE, args.duration)[0]]
        for label, path, signed_in in pages():
            server_ms, queries, html = in_process(path, cookie if signed_in else None)
            rate, p50, p99, errors = wrk(path, args.duration, cookie if signed_in else None)
            weight = page_weight(html)
            rows.append((label, path, rate, p50, p99, errors, server_ms, queries, weight))
            print(f"  {label}: {rate:.0f} req/s, p50 {p50:.1f} ms, {queries} truy vấn, {server_ms:.1f} ms")
        static_rates.append(wrk(STATIC_FILE, args.duration)[0])
        memory = worker_memory(server)
    finally:
        server.terminate()
        server.wait(timeout=10)
    imports = (preview_ms, import_ms, import_queries)
    write_results(args, engine, build_seconds, statistics.mean(static_rates), rows, memory, imports)


def targets(rows, static_rate, engine, scale, imports):
    """The issue's targets beside what this run measured; a miss says by how much."""
    guide = next(row for label, path, *row in rows if label.startswith("Hướng dẫn"))
    search = next(row for label, path, *row in rows if label.startswith("Tìm kiếm"))
    heavy = [(label, row) for label, path, *row in rows if path in ("/do-phu/", "/bao-cao/")]
    checks = [
        ("anonymous guide page >= 0.5 x static", guide[0] / static_rate, 0.5, ">="),
        ("uncached guide page server time <= 10 ms", guide[4], 10, "<="),
        ("uncached guide page queries <= 10", guide[5], 10, "<="),
        ("search p50 <= 100 ms under load", search[1], 100, "<="),
        ("search uncached server time <= 100 ms", search[4], 100, "<="),
        ("guide page HTML+CSS+JS <= 60 KB", guide[6] / 1024, 60, "<="),
    ]
    for label, row in heavy:
        checks.append((f"{label}: p50 under load <= 300 ms", row[1], 300, "<="))
        checks.append((f"{label}: uncached server time <= 300 ms", row[4], 300, "<="))
    checks.append((f"member import: preview of {IMPORT_ROWS} rows <= 1000 ms", imports[0], 1000, "<="))
    checks.append((f"member import: {IMPORT_ROWS} rows imported <= 3000 ms", imports[1], 3000, "<="))
    lines = [f"Targets (the 300 ms targets are set for scale 1.0 on PostgreSQL; this run: {engine}, {scale}):", ""]
    for name, value, limit, sense in checks:
        met = value >= limit if sense == ">=" else value <= limit
        verdict = "met" if met else f"missed by {abs(value - limit):.1f}"
        lines.append(f"- {name}: {value:.2f} ({verdict})")
    return [*lines, ""]


def write_results(args, engine, build_seconds, static_rate, rows, memory, imports):
    today = datetime.date.today().isoformat()
    lines = [
        f"# Benchmark {today}: {engine}, scale {args.scale}",
        "",
        f"Command: `make bench SCALE={args.scale}`{' with DATABASE_URL (PostgreSQL)' if engine == 'postgresql' else ''}"
        f"{' and REDIS_URL' if os.environ.get('REDIS_URL') else ''}. Machine: {os.cpu_count()} cores; gunicorn 2 sync "
        f"workers; wrk -t2 -c8 -d{args.duration}s. "
        + (
            "Data set reused from the previous run (--keep)."
            if args.keep
            else f"Data set built in {build_seconds:.0f} s."
        ),
        "",
        f"Static file ({STATIC_FILE}) through whitenoise: {static_rate:.0f} requests/s "
        "(mean of a run before and after the pages).",
        "",
        "| page | req/s | ratio to static | p50 ms | p99 ms | non-2xx | server ms (uncached) | queries (uncached) "
        "| HTML+CSS+JS KB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, path, rate, p50, p99, errors, server_ms, queries, weight in rows:
        lines.append(
            f"| {label} `{path}` | {rate:.0f} | {rate / static_rate:.2f} | {p50:.1f} | {p99:.1f} | {errors} | "
            f"{server_ms:.1f} | {queries} | {weight / 1024:.1f} |"
        )
    lines += ["", f"Memory per worker after the run: {', '.join(f'{size:.0f} MB' for size in memory)}.", ""]
    lines += [
        f"Member import of a {IMPORT_ROWS}-row CSV, in process: preview {imports[0]:.0f} ms (median of 3), import "
        f"{imports[1]:.0f} ms in one transaction ({imports[2]} queries).",
        "",
    ]
    lines += targets(rows, static_rate, engine, args.scale, imports)
    text = "\n".join(lines)
    path = REPO / "bench" / "results" / f"{today}-{engine}-scale-{args.scale}.md"
    path.write_text(text)
    print()
    print(text)
    print(f"Đã ghi {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
