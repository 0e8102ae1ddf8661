"""The bench's targets and report, on made-up figures: no timing is asserted, only what the report says of them."""

import sys
import types

import bench
from bench import run
from bench.run import ADMIN, ANONYMOUS, COORDINATOR, VOLUNTEER, Check, Measurements, Row

STATIC = 1000.0


def row(key, who, rate, server_ms=5.0, queries=8, weight=30 * 1024, label=None):
    return Row(key, label or key, f"/{key}/", who, rate, 2.0, 9.0, 0, server_ms, queries, weight)


def http(**changes):
    figures = {
        "guide_status": 200,
        "html_bytes": 16000,
        "gzip_bytes": 4700,
        "html_encoding": "gzip",
        "etag": '"abc123"',
        "cache_control": "public, max-age=60, s-maxage=300",
        "last_modified": "",
        "revisit_status": 304,
        "private_encoding": "",
        "private_cache_control": "private, no-store",
        "static_bytes": 30000,
        "static_br_bytes": 6000,
        "static_encoding": "br",
    }
    return {**figures, **changes}


def measurements(**changes):
    rows = [
        *(row(key, ANONYMOUS, 600) for key in run.PUBLIC_KEYS),
        *(row(key, VOLUNTEER, 550) for key in run.PUBLIC_KEYS),
        row("coverage_national", ADMIN, 100, server_ms=250, label="Độ phủ cả nước"),
        row("rollup_national", ADMIN, 80, server_ms=320, label="Tổng hợp cả nước"),
        row("coverage_province", COORDINATOR, 300, server_ms=40, label="Độ phủ tỉnh"),
        row("rollup_province", COORDINATOR, 200, server_ms=60, label="Tổng hợp tỉnh"),
    ]
    figures = {
        "engine": "sqlite",
        "scale": 0.1,
        "duration": 10,
        "keep": False,
        "build_seconds": 120,
        "commit": "abc1234",
        "static_rate": STATIC,
        "rows": rows,
        "memory": [110.0, 112.0],
        "imports": (400.0, 1200.0, 30),
        "distinct_search": {"count": 1000, "rate": 25.0, "p50": 80.0, "p95": 150.0, "errors": 0},
        "search_source": "bench/search_queries.py (search_queries)",
        "http": http(),
        "freshness": {"seconds": 0.4, "responses": 120},
        "varnish": {"rate": 4000.0, "p50": 1.0, "p99": 3.0, "errors": 0, "status": 200, "cache": "hit"},
        "summaries": [("after the build", (True, "Khớp.", 1.5)), ("after the run", (True, "Khớp.", 1.4))],
        "cache_backend": "DatabaseCache",
    }
    return Measurements(**{**figures, **changes})


def check_named(checks, start):
    found = [check for check in checks if check.name.startswith(start)]
    assert len(found) == 1, [check.name for check in checks]
    return found[0]


def test_a_limit_check_states_its_margin_whichever_way_it_goes():
    assert Check("x", 0.6, 0.5, ">=", "x").line() == "- met: x: 0.60x (target >= 0.5x; met by 0.10x)"
    assert Check("y", 14.2, 10, "<=", " ms").line() == "- MISSED: y: 14.20 ms (target <= 10 ms; missed by 4.20 ms)"
    assert Check("z", 10, 10, "<=").met
    assert not Check("w", None, note="no command").met
    assert Check("w", None, note="no command").line() == "- MISSED: w: not measured (no command)"
    assert Check("v", False, note="none").line() == "- MISSED: v (none)"


def test_every_public_page_is_checked_against_half_the_static_rate_for_a_citizen_and_a_volunteer():
    m = measurements()
    m.rows[run.PUBLIC_KEYS.index("guide") + len(run.PUBLIC_KEYS)].rate = 16  # the volunteer's guide
    checks = run.targets(m)
    ratios = [check for check in checks if "0.5 x static" in check.name]
    assert len(ratios) == 2 * len(run.PUBLIC_KEYS)
    volunteer_guide = check_named(checks, f"guide, {VOLUNTEER}")
    assert not volunteer_guide.met and "missed by 0.48x" in volunteer_guide.line()
    assert check_named(checks, f"guide, {ANONYMOUS}").met
    assert check_named(checks, f"search, {VOLUNTEER}").met


def test_uncached_limits_national_province_and_search_by_engine():
    checks = run.targets(measurements())
    assert check_named(checks, "Độ phủ cả nước").met
    assert not check_named(checks, "Tổng hợp cả nước").met  # 320 > 300
    assert check_named(checks, "Độ phủ tỉnh").met
    province = check_named(checks, "Tổng hợp tỉnh")
    assert (province.limit, province.met) == (50, False)
    guide_time = check_named(checks, "uncached guide page: server time")
    assert (guide_time.limit, guide_time.met) == (10, True)
    assert check_named(checks, "uncached guide page: queries").limit == 10
    slow_search = [row(key, ANONYMOUS, 600, server_ms=70) for key in run.PUBLIC_KEYS]
    assert check_named(run.targets(measurements(rows=slow_search)), "uncached search").met
    on_postgres = run.targets(measurements(rows=slow_search, engine="postgresql"))
    assert not check_named(on_postgres, "uncached search").met
    assert check_named(on_postgres, "uncached search").limit == 50


def test_http_checks_read_the_headers_found():
    assert all(check.met for check in run.targets(measurements()) if check.name.startswith(("anonymous", "signed-in")))
    broken = run.targets(
        measurements(
            http=http(
                html_encoding="",
                etag='W/"abc"',
                cache_control="max-age=0",
                revisit_status=200,
                private_encoding="gzip",
                private_cache_control="public, max-age=60",
                static_encoding="gzip",
            )
        )
    )
    for name in (
        "anonymous guide HTML sent gzip",
        "anonymous guide carries a strong ETag",
        "anonymous guide: Cache-Control",
        "repeat visit with If-None-Match",
        "signed-in page (with secrets) not compressed",
        "signed-in page not cacheable",
        "static file served Brotli",
    ):
        assert not check_named(broken, name).met, name
    reordered = run.targets(measurements(http=http(cache_control="s-maxage=300, public, max-age=60")))
    assert check_named(reordered, "anonymous guide: Cache-Control").met


def test_freshness_summaries_and_varnish_verdicts():
    stale = run.targets(measurements(freshness={"seconds": None, "responses": 400}))
    assert "still stale after" in check_named(stale, "published change").line()
    assert not check_named(run.targets(measurements(freshness={"seconds": 2.5, "responses": 90})), "published").met
    assert check_named(run.targets(measurements()), "published change").met
    missing = run.targets(measurements(summaries=[("after the build", None)]))
    assert "does not exist" in check_named(missing, "summaries match").line()
    failed = run.targets(measurements(summaries=[("after the run", (False, "3 rows differ", 1.0))]))
    assert not check_named(failed, "summaries match").met
    errors = run.targets(measurements(varnish={**measurements().varnish, "errors": 3}))
    assert not check_named(errors, "anonymous guide through Varnish").met


def test_the_report_gives_every_rate_as_a_ratio_to_static_and_counts_the_targets():
    m = measurements()
    text = run.report(m, "2026-12-01")
    assert "Commit abc1234 (the working tree" in text
    assert "**1000 requests/s**" in text
    for r in m.rows:
        assert f"| {r.rate:.0f} | {r.rate / STATIC:.3f} |" in text.split(f"`{r.path}` | {r.who} ", 1)[1].splitlines()[0]
    assert "| 1000 | 25.0 | 0.025 | 80.0 | 150.0 | 0 |" in text
    assert "| through Varnish | 4000 | 4.000 |" in text
    assert "every response showed it 0.40 s after the publish" in text
    checks = run.targets(m)
    assert f"{sum(c.met for c in checks)} of {len(checks)} met." in text
    assert all(check.line() in text for check in checks)


def test_the_report_says_why_something_was_not_measured():
    text = run.report(
        measurements(varnish="varnishd is not installed", summaries=[("after the build", None)], freshness=None),
        "2026-12-01",
    )
    assert "Varnish not measured: varnishd is not installed." in text
    assert "after the build: not available" in text
    assert "## Freshness\n\nNot measured." in text


def test_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert run.percentile(values, 95) == 95
    assert run.percentile(values, 50) == 50
    assert run.percentile([7.0], 95) == 7.0


def test_search_queries_come_from_the_shared_module_when_it_is_there(monkeypatch):
    module = types.ModuleType("bench.search_queries")
    module.search_queries = lambda count: (f"truy vấn {number}" for number in range(count + 5))
    monkeypatch.setitem(sys.modules, "bench.search_queries", module)
    monkeypatch.setattr(bench, "search_queries", module, raising=False)
    phrases, source = run.search_queries(20)
    assert phrases == [f"truy vấn {number}" for number in range(20)]
    assert source == "bench/search_queries.py (<lambda>)"


def test_a_page_or_part_that_failed_is_reported_and_missed_not_lost():
    rows = [row(key, ANONYMOUS, 600) for key in run.PUBLIC_KEYS]
    rows[0] = Row("guide", "guide", "/guide/", ANONYMOUS, 0, 0, 0, 0, 0, 0, 0, failure="TypeError: boom")
    m = measurements(rows=rows, http=None, failures={"HTTP": "ConnectionRefusedError: refused"})
    checks = run.targets(m)
    guide_ratio = check_named(checks, f"guide, {ANONYMOUS}")
    assert guide_ratio.value is None and "TypeError: boom" in guide_ratio.line()
    assert check_named(checks, "uncached guide page: queries").value is None
    assert (
        check_named(checks, "HTTP measured").line()
        == "- MISSED: HTTP measured: not measured (ConnectionRefusedError: refused)"
    )
    text = run.report(m, "2026-12-01")
    assert "| guide `/guide/` | khách | failed: TypeError: boom |" in text
    assert "## HTTP\n\nNot measured: ConnectionRefusedError: refused." in text
    assert "| gunicorn direct | failed |" in text and "| through Varnish | 4000 |" in text


def test_fewer_than_a_thousand_distinct_searches_miss_the_target():
    few = {"count": 30, "rate": 20.0, "p50": 80.0, "p95": 150.0, "errors": 0}
    check = check_named(run.targets(measurements(distinct_search=few)), "1000 distinct searches")
    assert not check.met and "30 sent, 0 not 200" in check.line()
    assert check_named(run.targets(measurements()), "1000 distinct searches").met
    assert "## 30 distinct searches" in run.report(measurements(distinct_search=few), "2026-12-01")


def test_the_report_states_the_load_the_figures_were_taken_under():
    text = run.report(measurements(load=[("at the start", 12.8), ("at the end", 1.9)]), "2026-12-01")
    assert "1-minute load average at the start 12.8, at the end 1.9 on" in text
    assert "load average" not in run.report(measurements(), "2026-12-01")
