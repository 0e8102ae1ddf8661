"""Uncached search timings over the bench's guides (issue 19: ≤ 50 ms on PostgreSQL, ≤ 100 ms on SQLite at 5,000).

    python bench/search_speed.py --database sqlite:///bench/search.sqlite3 [--scale 1.0] [--queries 20]
    python bench/search_speed.py --database postgres://postgres@127.0.0.1:5432/sotayso_search_bench

Builds only what search reads (taxonomy, platforms, training modules and int(5000 * scale) guides from
bench/dataset.py) in the named database if it has fewer guides, then renders /tim-kiem/ in process for
distinct queries from bench/search_queries.py with the caches emptied before each render, and prints the
median, p95 and the number of queries of each render."""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def setup(database_url):
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.path[:0] = [str(REPO), str(REPO / "site")]
    import django

    django.setup()


def build(scale):
    from django.core.management import call_command
    from wagtail.models import Site

    from bench.dataset import build_guides
    from content.demo import load_platforms, load_taxonomy
    from guides.models import GuidePage
    from training.demo_content import load_modules

    call_command("migrate", verbosity=0, interactive=False)
    wanted = int(5000 * scale)
    if GuidePage.objects.count() >= wanted:
        return
    import random

    load_taxonomy()
    home = Site.objects.get(is_default_site=True).root_page.specific
    load_platforms(home)
    load_modules()
    build_guides(home, wanted, random.Random(42))


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def time_searches(queries):
    from urllib.parse import urlencode

    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST="127.0.0.1")
    times, counts = [], []
    with override_settings(PAGE_CACHE_SECONDS=0):
        client.get("/tim-kiem/?q=warm+up")
        for query in queries:
            cache.clear()
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get("/tim-kiem/?" + urlencode({"q": query}))
                times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (query, response.status_code)
            counts.append(len(captured))
    return times, counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    setup(args.database)
    if not args.no_build:
        build(args.scale)
    from bench.search_queries import distinct_queries
    from guides.models import GuidePage

    queries = list(distinct_queries(args.queries))
    times, counts = time_searches(queries)
    print(f"{GuidePage.objects.live().count()} guides, {len(queries)} distinct uncached searches")
    print(f"median {statistics.median(times):.1f} ms, p95 {percentile(times, 0.95):.1f} ms, max {max(times):.1f} ms")
    print(f"queries per search: {min(counts)} to {max(counts)}")


if __name__ == "__main__":
    main()
