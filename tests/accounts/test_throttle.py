"""accounts.throttle: the one way to limit a client's tries at something other than signing in."""

import re
import time
from pathlib import Path

import pytest
from django.core.cache import cache

from accounts.throttle import Throttle
from guides.feedback import FEEDBACK_TRIES
from teams.signup import WRONG_CODES

ADDRESS = "203.0.113.7"
OTHER = "198.51.100.9"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def throttle():
    return Throttle("thu", limit=3, window_seconds=60)


def test_a_client_is_allowed_the_limit_and_refused_after_it(throttle):
    assert [throttle.allows(ADDRESS) for _ in range(5)] == [True, True, True, False, False]
    assert throttle.exhausted(ADDRESS)
    assert throttle.allows(OTHER)
    assert not throttle.exhausted(OTHER)


def test_looking_counts_nothing(throttle):
    for _ in range(10):
        assert not throttle.exhausted(ADDRESS)
    assert throttle.tries(ADDRESS) == 0
    assert [throttle.count(ADDRESS) for _ in range(3)] == [1, 2, 3]
    assert throttle.exhausted(ADDRESS)


def test_the_window_starts_with_the_first_try_and_ends_after_it(throttle, monkeypatch):
    started = time.time()
    for _ in range(3):
        throttle.count(ADDRESS)
    monkeypatch.setattr(time, "time", lambda: started + 30)
    assert throttle.exhausted(ADDRESS)
    monkeypatch.setattr(time, "time", lambda: started + 61)
    assert not throttle.exhausted(ADDRESS)
    assert throttle.count(ADDRESS) == 1


def test_each_limit_counts_on_its_own(throttle):
    other_limit = Throttle("khac", limit=3, window_seconds=60)
    for _ in range(3):
        throttle.count(ADDRESS)
    assert throttle.exhausted(ADDRESS) and not other_limit.exhausted(ADDRESS)
    assert FEEDBACK_TRIES.key(ADDRESS) != WRONG_CODES.key(ADDRESS)


def test_the_cache_never_holds_the_address(throttle):
    """The count needs to recognise a client, not to know who it is: the key is one-way and keyed on SECRET_KEY."""
    key = throttle.key(ADDRESS)
    assert ADDRESS not in key and "203" not in key
    assert key == throttle.key(ADDRESS) != throttle.key(OTHER)


def test_the_key_changes_with_the_secret_key(throttle, settings):
    before = throttle.key(ADDRESS)
    settings.SECRET_KEY = "khac-" * 12
    assert throttle.key(ADDRESS) != before


def test_a_count_that_expires_between_adding_and_counting_starts_again(throttle, monkeypatch):
    def expired(key, delta=1, version=None):
        raise ValueError(key)

    monkeypatch.setattr(cache, "incr", expired)
    assert throttle.count(ADDRESS) == 1
    assert throttle.tries(ADDRESS) == 1


# Every module of ours that counts in the cache, and what it counts. A new counter fails the test below until it is
# looked at: a count of one client's tries belongs in accounts/throttle.py, not in a copy of it.
COUNTERS_IN_THE_CACHE = {
    "site/accounts/throttle.py": "tries per client (guide answers, wrong invitation codes)",
}
COUNTING = re.compile(r"\.(?:incr|decr)\(")


def test_only_the_throttle_counts_tries_in_the_cache():
    root = Path(__file__).resolve().parents[2]
    counting = {
        str(path.relative_to(root))
        for folder in ("site", "content", "guides")
        for path in (root / folder).rglob("*.py")
        if COUNTING.search(path.read_text(encoding="utf-8"))
    }
    assert counting == set(COUNTERS_IN_THE_CACHE)


@pytest.mark.django_db(transaction=True)
def test_tries_sent_at_the_same_moment_are_each_counted_with_the_shared_database_cache(settings):
    """gunicorn's workers share the database cache when there is no Redis: its incr is a read and a write."""
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "sotayso_cache"}
    }
    throttle = Throttle("cung-luc", limit=1000, window_seconds=60)

    def tries(_):
        try:
            return [throttle.count(ADDRESS) for _ in range(15)]
        finally:
            connection.close()

    with ThreadPoolExecutor(4) as pool:
        counts = [count for batch in pool.map(tries, range(4)) for count in batch]
    assert sorted(counts) == list(range(1, 61)) and throttle.tries(ADDRESS) == 60
