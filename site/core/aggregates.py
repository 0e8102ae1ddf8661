"""Short-lived caching of heavy aggregates (national roll-ups over millions of rows). Each family of figures has
a generation number; any change to the underlying rows bumps it, so a cached figure is never staler than the
next change, and at most AGGREGATE_SECONDS old otherwise."""

import hashlib

from django.core.cache import cache

AGGREGATE_SECONDS = 600


def generation(family):
    key = f"aggregates:{family}:generation"
    value = cache.get(key)
    if value is None:
        cache.add(key, 1, None)
        value = cache.get(key, 1)
    return value


def bump(family):
    key = f"aggregates:{family}:generation"
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 2, None)


def cached_aggregate(family, parts, compute):
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    key = f"aggregates:{family}:{generation(family)}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, AGGREGATE_SECONDS)
    return value
