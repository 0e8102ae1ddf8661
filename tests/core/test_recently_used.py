"""The store behind the per-process caches (core/recently_used.py)."""

import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

import pytest

from core import recently_used
from core.recently_used import RecentlyUsed


@pytest.fixture
def clock(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(recently_used, "time", SimpleNamespace(monotonic=lambda: now[0]))
    return now


def test_the_count_limit_leaves_out_the_least_recently_used():
    store = RecentlyUsed(max_items=2)
    store.put("a", 1)
    store.put("b", 2)
    store.put("c", 3)
    assert store.get("a") is None and store.get("b") == 2 and store.get("c") == 3 and len(store) == 2


def test_a_get_makes_an_entry_the_most_recently_used():
    store = RecentlyUsed(max_items=2)
    store.put("a", 1)
    store.put("b", 2)
    store.get("a")
    store.put("c", 3)
    assert store.get("b") is None and store.get("a") == 1


def test_putting_a_key_again_replaces_its_value_and_size():
    store = RecentlyUsed(max_bytes=100)
    store.put("a", 1, size=60)
    store.put("a", 2, size=30)
    assert store.get("a") == 2 and store.total_size == 30 and len(store) == 1


def test_the_byte_limit_leaves_out_the_least_recently_used():
    store = RecentlyUsed(max_bytes=1000)
    for key in ("a", "b", "c"):
        store.put(key, key, size=400)
    assert store.get("a") is None and store.get("b") == "b" and store.total_size == 800


def test_an_entry_larger_than_the_byte_limit_is_refused_and_leaves_out_nothing():
    store = RecentlyUsed(max_bytes=1000)
    store.put("a", "a", size=400)
    store.put("huge", "huge", size=1001)
    assert store.get("huge") is None and store.get("a") == "a" and store.total_size == 400


def test_an_entry_expires_after_its_seconds(clock):
    store = RecentlyUsed()
    store.put("a", "a", size=10, seconds=60)
    clock[0] += 59
    assert store.get("a") == "a"
    clock[0] += 1
    assert store.get("a") is None and store.total_size == 0 and len(store) == 0


def test_an_entry_with_no_lifetime_is_refused():
    store = RecentlyUsed()
    store.put("a", "a", seconds=0)
    assert store.get("a") is None and len(store) == 0


def test_none_is_a_value_told_from_a_missing_key_by_the_default():
    missing = object()
    store = RecentlyUsed()
    store.put("unpreparable", None)
    assert store.get("unpreparable", missing) is None and store.get("other", missing) is missing


def test_clear_forgets_everything():
    store = RecentlyUsed(max_bytes=1000)
    store.put("a", "a", size=400)
    store.clear()
    assert store.get("a") is None and store.total_size == 0 and len(store) == 0


def test_puts_from_many_threads_keep_the_sizes_right():
    store = RecentlyUsed(max_items=50, max_bytes=1000)
    start = threading.Barrier(8)

    def put_many(thread):
        start.wait()
        for number in range(10000):
            key = (thread * 7 + number) % 300  # threads overlap: the same keys are replaced and left out by others
            store.put(key, number, size=key % 5 + 10)
            store.get((key + 1) % 300)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, inside put if a lock is missing
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            for finished in [pool.submit(put_many, thread) for thread in range(8)]:
                finished.result()  # a thread's exception fails the test
    finally:
        sys.setswitchinterval(interval)
    kept = [key for key in range(300) if store.get(key) is not None]
    assert len(kept) == len(store) <= 50
    assert store.total_size == sum(key % 5 + 10 for key in kept) <= 1000
