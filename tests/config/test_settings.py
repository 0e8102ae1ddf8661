"""Settings come from the environment; each case starts a fresh interpreter with its own environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "debug": settings.DEBUG,
    "database_engine": settings.DATABASES["default"]["ENGINE"],
    "database_name": str(settings.DATABASES["default"]["NAME"]),
    "database_options": settings.DATABASES["default"].get("OPTIONS", {}),
    "cache": settings.CACHES["default"]["BACKEND"],
    "email": settings.EMAIL_BACKEND,
    "language": settings.LANGUAGE_CODE,
    "time_zone": settings.TIME_ZONE,
    "static_storage": settings.STORAGES["staticfiles"]["BACKEND"],
    "media_root": str(settings.MEDIA_ROOT),
}))
"""
SAFE_VARIABLES = {"PATH", "HOME", "LANG", "LC_ALL", "SYSTEMROOT"}
PRODUCTION_SECRET = "x7Hq2-production-test-secret-9vLp4Kz8mWcR3tYbN6jFsD1gA5eU0iOo"


def run_python(code, settings_module, **variables):
    env = {name: value for name, value in os.environ.items() if name in SAFE_VARIABLES}
    env.update(DJANGO_SETTINGS_MODULE=settings_module, PYTHONPATH=str(REPO_ROOT / "site"), **variables)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def probe(settings_module="config.settings.dev", **variables):
    result = run_python(PROBE, settings_module, **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def manage(*args, **variables):
    env = {name: value for name, value in os.environ.items() if name in SAFE_VARIABLES}
    env.update(variables)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_with_nothing_set_development_uses_sqlite_in_the_repo_locmem_cache_and_console_email():
    found = probe()
    assert found["debug"] is True
    assert found["database_engine"] == "django.db.backends.sqlite3"
    assert found["database_name"] == str(REPO_ROOT / "db.sqlite3")
    assert found["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert found["email"] == "django.core.mail.backends.console.EmailBackend"
    assert found["language"] == "vi"
    assert found["time_zone"] == "Asia/Ho_Chi_Minh"
    assert found["media_root"] == str(REPO_ROOT / "media")
    assert found["static_storage"] == "core.static_files.MinifiedStaticFilesStorage"


def test_database_url_switches_to_postgresql():
    found = probe(DATABASE_URL="postgres://sotayso:secret@db.internal:5432/sotayso")
    assert found["database_engine"] == "django.db.backends.postgresql"
    assert found["database_name"] == "sotayso"
    assert found["database_options"]["options"] == "-c jit=off"


@pytest.mark.parametrize(
    "query, options",
    [
        ("?options=-c%20statement_timeout%3D5000", "-c jit=off -c statement_timeout=5000"),
        ("?options=-c%20jit%3Don", "-c jit=on"),  # an operator who asks for JIT gets it
        ("?options=-c%20jit_above_cost%3D500000", "-c jit=off -c jit_above_cost=500000"),
    ],
)
def test_postgresql_connection_options_from_the_url_are_kept(query, options):
    found = probe(DATABASE_URL=f"postgres://sotayso:secret@db.internal:5432/sotayso{query}")
    assert found["database_options"]["options"] == options


def test_behind_a_pooler_that_refuses_startup_options_none_is_sent():
    found = probe(DATABASE_URL="postgres://sotayso:secret@pgbouncer.internal:6432/sotayso", DATABASE_JIT_OFF="0")
    assert "options" not in found["database_options"]


@pytest.mark.django_db
def test_the_site_s_postgresql_sessions_compile_no_query_just_in_time():
    """A page's queries run in milliseconds; JIT compiled the routing query for 1.1 s on tables not yet analysed."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW jit")
            assert cursor.fetchone()[0] == "off"
    else:
        assert "options" not in connection.settings_dict["OPTIONS"]  # SQLite has no JIT


def test_redis_url_switches_to_djangos_redis_cache():
    found = probe(REDIS_URL="redis://127.0.0.1:6379/1")
    assert found["cache"] == "django.core.cache.backends.redis.RedisCache"


@pytest.mark.parametrize(
    ("variables", "missing"),
    [
        ({}, "SECRET_KEY, ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": "sotayso.example.vn"}, "SECRET_KEY"),
        ({"SECRET_KEY": PRODUCTION_SECRET}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_secret_key_and_allowed_hosts(variables, missing):
    result = manage("check", DJANGO_SETTINGS_MODULE="config.settings.production", **variables)
    assert result.returncode != 0
    assert f"Production settings need these environment variables: {missing}." in result.stderr


def test_production_refuses_a_short_secret_key():
    result = manage(
        "check", DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY="short", ALLOWED_HOSTS="a.vn"
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be at least 50 characters" in result.stderr


def test_production_deploy_check_is_clean_when_configured():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=PRODUCTION_SECRET,
        ALLOWED_HOSTS="sotayso.example.vn",
        REDIS_URL="redis://127.0.0.1:6379/9",
        TRUSTED_PROXY_COUNT="1",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_deploy_check_warns_when_behind_the_proxy_no_client_address_is_read():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=PRODUCTION_SECRET,
        ALLOWED_HOSTS="sotayso.example.vn",
        REDIS_URL="redis://127.0.0.1:6379/9",
    )
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "accounts.W002" in output and "TRUSTED_PROXY_COUNT" in output


def test_make_serve_trusts_no_proxy_header_so_it_needs_no_proxy_count():
    """`make serve` runs gunicorn on loopback with nothing in front: REMOTE_ADDR is the client, and a client's
    X-Forwarded-Proto is not believed."""
    variables = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": PRODUCTION_SECRET,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SERVE_OVER_HTTP": "1",
    }
    result = manage("check", "--deploy", **variables)
    assert result.returncode == 0, result.stderr
    assert "accounts.W002" not in result.stdout + result.stderr
    trusted = run_python(
        "import django; from django.conf import settings; django.setup();"
        "print(repr((settings.SECURE_PROXY_SSL_HEADER, settings.TRUSTED_PROXY_COUNT)))",
        variables.pop("DJANGO_SETTINGS_MODULE"),
        **variables,
    )
    assert trusted.stdout.strip().splitlines()[-1] == "(None, 0)", trusted.stderr


def test_production_without_redis_shares_the_database_cache_between_workers():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=PRODUCTION_SECRET,
        ALLOWED_HOSTS="sotayso.example.vn",
        TRUSTED_PROXY_COUNT="1",
    )
    assert result.returncode == 0, result.stderr
    backend = run_python(
        "import django; from django.conf import settings; django.setup();print(settings.CACHES['default']['BACKEND'])",
        "config.settings.production",
        SECRET_KEY=PRODUCTION_SECRET,
        ALLOWED_HOSTS="sotayso.example.vn",
    )
    assert backend.stdout.strip().splitlines()[-1] == "django.core.cache.backends.db.DatabaseCache", backend.stderr


@pytest.mark.parametrize("backend", ["locmem.LocMemCache", "dummy.DummyCache"])
def test_the_deploy_check_warns_when_the_page_cache_is_not_shared_by_the_workers(settings, backend):
    from accounts.checks import shared_cache_for_the_page_cache

    settings.CACHES = {"default": {"BACKEND": f"django.core.cache.backends.{backend}"}}
    warnings = shared_cache_for_the_page_cache(None)
    assert [warning.id for warning in warnings] == ["accounts.W001"] and "REDIS_URL" in warnings[0].hint


def test_plain_http_is_allowed_only_on_loopback():
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=PRODUCTION_SECRET,
        ALLOWED_HOSTS="sotayso.example.vn",
        SERVE_OVER_HTTP="1",
    )
    assert result.returncode != 0
    assert "SERVE_OVER_HTTP=1 is only allowed" in result.stderr
