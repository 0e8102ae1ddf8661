"""What a process keeps of what it used last, within a count or a byte limit.

Three caches per process need the same thing, and each once wrote it by hand: the gzip of the bodies served most
(core/http_caching.py, by count), the copies of the pages read most from the shared cache (core/page_cache.py, by
bytes and for a few seconds each) and the queries compiled once per shape (core/prepared_queries.py, by count, where
None is a value: the shape cannot be prepared). gunicorn's threaded workers and runserver serve several requests in
one process, so the store takes a lock.
"""

import threading
import time
from collections import OrderedDict


class RecentlyUsed:
    """Keeps the most recently used entries, leaving out the least recently used while over either limit (None: no
    limit). `max_bytes` counts the `size` given with each entry and may be changed between puts."""

    def __init__(self, max_items=None, max_bytes=None):
        self.max_items = max_items
        self.max_bytes = max_bytes
        self.total_size = 0
        self._entries = OrderedDict()  # key: (value, size, expiry on time.monotonic() or None)
        self._lock = threading.Lock()

    def __len__(self):
        return len(self._entries)

    def get(self, key, default=None):
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                return default
            value, _size, expires = found
            if expires is not None and expires <= time.monotonic():
                self._remove(key)
                return default
            self._entries.move_to_end(key)
            return value

    def put(self, key, value, size=1, seconds=None):
        """Keeps `value` for `seconds` (None: until pushed out). Not kept at all when it would expire at once or is
        larger than `max_bytes`: it would push out every other entry and then itself."""
        if seconds is not None and seconds <= 0:
            return
        if self.max_bytes is not None and size > self.max_bytes:
            return
        expires = None if seconds is None else time.monotonic() + seconds
        with self._lock:
            if key in self._entries:
                self._remove(key)
            self._entries[key] = (value, size, expires)
            self.total_size += size
            while self._over_limit():
                self._remove(next(iter(self._entries)))

    def clear(self):
        with self._lock:
            self._entries.clear()
            self.total_size = 0

    def _over_limit(self):
        too_many = self.max_items is not None and len(self._entries) > self.max_items
        too_large = self.max_bytes is not None and self.total_size > self.max_bytes
        return too_many or too_large

    def _remove(self, key):
        _value, size, _expires = self._entries.pop(key)
        self.total_size -= size
