"""make load: deadline day under load, with the database restarted in the middle.

    python bench/load/run.py [--users 60] [--seconds 90] [--restart-at 35] [--scale 0.01]

A private PostgreSQL cluster (its own port and directory, so other databases on the machine are untouched) holds
a small national data set whose current period has no reports yet. gunicorn serves it with the production
settings; locust (headless, bounded in time) plays citizens reading guides and team leaders submitting their
reports; the cluster is restarted mid-run. Then the report table is checked for half-written reports, and the
error rate and percentiles go to bench/results/<date>-load.md."""

import argparse
import csv
import datetime
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "site")]

from bench.run import start_gunicorn  # noqa: E402  (the repository is on the path only from here)

PORT = 8766
PG_PORT = 5433
PASSWORD = "bench-password-2026"  # bench/dataset.py gives every member this password


def postgres_binary(name):
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name))
    if not versions:
        raise SystemExit("PostgreSQL server binaries not found under /usr/lib/postgresql")
    return str(versions[-1] / name)


def as_postgres(command):
    """initdb and pg_ctl refuse to run as root."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class PrivateCluster:
    def __init__(self):
        self.directory = Path(tempfile.mkdtemp(prefix="sotayso-load-pg-"))
        self.data = self.directory / "data"
        self.log = self.directory / "postgres.log"
        if os.geteuid() == 0:
            shutil.chown(self.directory, "postgres", "postgres")
        options = f"-p {PG_PORT} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=on"
        self.pg_ctl = [postgres_binary("pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options, "-w"]

    def start(self):
        subprocess.run(
            as_postgres([postgres_binary("initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres"]),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run(as_postgres([*self.pg_ctl, "start"]), check=True, stdout=subprocess.DEVNULL)

    def restart(self):
        started = time.monotonic()
        subprocess.run(as_postgres([*self.pg_ctl, "-m", "fast", "restart"]), check=True, stdout=subprocess.DEVNULL)
        return time.monotonic() - started

    def stop(self):
        subprocess.run(as_postgres([*self.pg_ctl, "-m", "fast", "stop"]), check=False, stdout=subprocess.DEVNULL)
        shutil.rmtree(self.directory, ignore_errors=True)


def prepare(scale, plan_path):
    """The data set, without reports for the current period, and the plan locust reads."""
    import psycopg

    with psycopg.connect(f"postgresql://postgres@127.0.0.1:{PG_PORT}/postgres", autocommit=True) as connection:
        connection.execute('CREATE DATABASE "sotayso_load"')
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    call_command("migrate", verbosity=0, interactive=False)
    from bench.dataset import build
    from guides.models import GuidePage
    from reporting.models import TeamReport
    from reporting.periods import period_containing
    from teams.models import Member

    build(scale, say=lambda line: print(line, flush=True))
    period = period_containing(timezone.localdate())
    TeamReport.objects.filter(period=period).delete()
    call_command("collectstatic", verbosity=0, interactive=False)
    leaders = [
        {"login": login, "team": team}
        for login, team in Member.objects.filter(role="leader", user__isnull=False).values_list(
            "user__username", "team_id"
        )
    ]
    guides = [page.url for page in GuidePage.objects.live().specific()[:200]]
    plan_path.write_text(json.dumps({"password": PASSWORD, "leaders": leaders, "guides": guides}), encoding="utf-8")
    return period, len(leaders)


def run_locust(args, plan_path, out_prefix):
    locust = REPO / ".venv-load" / "bin" / "locust"
    command = [
        str(locust),
        "-f",
        str(REPO / "bench" / "load" / "locustfile.py"),
        "--headless",
        "--users",
        str(args.users),
        "--spawn-rate",
        str(max(1, args.users // 5)),
        "--run-time",
        f"{args.seconds}s",
        "--stop-timeout",
        "5",
        "--host",
        f"http://127.0.0.1:{PORT}",
        "--csv",
        str(out_prefix),
        "--only-summary",
        "--exit-code-on-error",
        "0",
    ]
    return subprocess.Popen(command, env={**os.environ, "LOAD_PLAN": str(plan_path)})


def read_stats(out_prefix):
    with open(f"{out_prefix}_stats.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def read_failures(out_prefix):
    with open(f"{out_prefix}_failures.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def sign_in_cost():
    """Seconds of CPU for one password check: on deadline day the sign-ins, not the pages, fill the cores."""
    from django.contrib.auth.hashers import check_password, make_password

    hashed = make_password(PASSWORD)
    started = time.process_time()
    for _ in range(3):
        check_password(PASSWORD, hashed)
    return (time.process_time() - started) / 3


def check_reports(period):
    from reporting.integrity import half_written_reports
    from reporting.models import ReportEvent, ReportStatus, TeamReport

    reports = TeamReport.objects.filter(period=period)
    return {
        "opened": reports.count(),
        "submitted": reports.filter(status=ReportStatus.SUBMITTED).count(),
        "submission_events": ReportEvent.objects.filter(report__period=period, action="submitted").count(),
        "half_written": half_written_reports(reports),
    }


def write_results(args, stats, failures, restart_seconds, checked, leaders, hashing_seconds):
    rows = {row["Name"]: row for row in stats}
    total = rows["Aggregated"]
    requests, failed = int(total["Request Count"]), int(total["Failure Count"])
    lines = [
        f"# Load test, {datetime.date.today():%Y-%m-%d}: deadline day with a database restart",
        "",
        f"`make load`: {args.users} simulated people (3 citizens to 1 team leader) for {args.seconds} s against "
        f"gunicorn (3 workers, production settings) and PostgreSQL on this machine (2 cores); "
        f"data set scale {args.scale} ({leaders} team leaders); the PostgreSQL cluster restarted at {args.restart_at} s"
        f" (took {restart_seconds:.1f} s).",
        "",
        "| request | count | failures | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in rows.items():
        lines.append(
            f"| {name if name != 'Aggregated' else '**all**'} | {row['Request Count']} | {row['Failure Count']} | "
            f"{row['50%']} | {row['95%']} | {row['99%']} | {float(row['Max Response Time']):.0f} |"
        )
    error_rate = failed / requests if requests else 0
    lines += [
        "",
        f"Error rate: {failed} of {requests} requests ({error_rate:.2%}); p95 over all requests {total['95%']} ms.",
        "",
        "Failures (503 is the site's answer while the database is away: config.views.server_error):",
        "",
        *[f"- {row['Method']} {row['Name']}: {row['Error']}: {row['Occurrences']} times" for row in failures],
        "",
        f"Reports of the current period after the run: {checked['opened']} opened, {checked['submitted']} submitted, "
        f"{checked['submission_events']} submission entries in their histories, "
        f"**{len(checked['half_written'])} half-written** (reporting.integrity.half_written_reports).",
        "",
        f"Reading the latencies: one sign-in costs {hashing_seconds:.2f} s of CPU (PBKDF2, Django's default hasher), "
        f"so the {rows.get('đăng nhập', {}).get('Request Count', 0)} sign-ins alone keep a core busy on a "
        "machine that also runs locust and PostgreSQL; cached pages wait behind them for a free worker.",
    ]
    path = REPO / "bench" / "results" / f"{datetime.date.today():%Y-%m-%d}-load.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=60)
    parser.add_argument("--seconds", type=int, default=90)
    parser.add_argument("--restart-at", type=int, default=35)
    parser.add_argument("--scale", type=float, default=0.01)
    args = parser.parse_args()

    cluster = PrivateCluster()
    work = Path(tempfile.mkdtemp(prefix="sotayso-load-"))
    os.environ.update(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{PG_PORT}/sotayso_load",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SERVE_OVER_HTTP="1",
        MEDIA_ROOT=str(work / "media"),
        LOG_LEVEL="ERROR",
    )
    os.environ.pop("REDIS_URL", None)
    gunicorn = None
    try:
        cluster.start()
        print("== building the data set", flush=True)
        period, leaders = prepare(args.scale, work / "plan.json")
        from django.db import connections

        connections.close_all()
        gunicorn = start_gunicorn(port=PORT, workers=3)
        print(f"== {args.users} people for {args.seconds} s; PostgreSQL restarts at {args.restart_at} s", flush=True)
        locust = run_locust(args, work / "plan.json", work / "load")
        restart = {}
        timer = threading.Timer(args.restart_at, lambda: restart.update(seconds=cluster.restart()))
        timer.start()
        locust.wait()
        timer.join()
        checked = check_reports(period)
        stats, failures = read_stats(work / "load"), read_failures(work / "load")
        write_results(args, stats, failures, restart["seconds"], checked, leaders, sign_in_cost())
        if checked["half_written"]:
            raise SystemExit("Half-written reports found")
    finally:
        if gunicorn is not None:
            gunicorn.terminate()
            gunicorn.wait()
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
