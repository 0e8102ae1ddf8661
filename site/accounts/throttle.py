"""Limits on how often one client may try something that is not signing in (sign-in is django-axes'): answers
about a guide, wrong invitation codes.

A count lives in the cache for a window that starts with the client's first try, under a one-way key of the
client's address (accounts.client_address): the limit needs to recognise a client, not to know who it is. With a
per-process cache each worker keeps its own counts (accounts.W001)."""

from contextlib import contextmanager
from dataclasses import dataclass

from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction
from django.utils.crypto import salted_hmac


@contextmanager
def counting_alone(key):
    """The database cache's incr reads the count, then writes it: two tries at the same moment would both write the
    same number, and a client sending many at once would be counted for few. There the count is taken in a
    transaction that holds the key: SQLite's write transactions (IMMEDIATE) run one at a time already, PostgreSQL
    takes an advisory lock on the key until the commit. Redis and the per-process cache count atomically."""
    backend = caches["default"]
    if not isinstance(backend, DatabaseCache):
        yield
        return
    alias = router.db_for_write(backend.cache_model_class)
    with transaction.atomic(using=alias):
        if connections[alias].vendor == "postgresql":
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [key])
        yield


@dataclass(frozen=True)
class Throttle:
    name: str
    limit: int
    window_seconds: int

    def key(self, address):
        digest = salted_hmac(f"accounts.throttle.{self.name}", address).hexdigest()[:32]
        return f"throttle:{self.name}:{digest}"

    def tries(self, address):
        return cache.get(self.key(address), 0)

    def exhausted(self, address):
        """True once the client has made `limit` tries in the window; counts nothing."""
        return self.tries(address) >= self.limit

    def count(self, address):
        """Counts one try; returns how many the client has made in the window, this one included."""
        key = self.key(address)
        with counting_alone(key):
            cache.add(key, 0, self.window_seconds)
            try:
                return cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.set(key, 1, self.window_seconds)
                return 1

    def allows(self, address):
        """Counts this try; False when it is beyond the limit."""
        return self.count(address) <= self.limit
