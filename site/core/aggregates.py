"""Short-lived caching of heavy aggregates (national roll-ups over millions of rows). Each family of figures is
declared where it is computed, with the models it is computed from (`FigureFamily`), and has a generation; a
change to any of those models bumps it (core/cache_retirement.py), so a cached figure is never staler than the next
change, and at most AGGREGATE_SECONDS old otherwise."""

import hashlib

from django.core.cache import cache

from core.cache_retirement import new_generation, retire_when_changed

AGGREGATE_SECONDS = 600


def generation(family):
    key = f"aggregates:{family}:generation"
    value = cache.get(key)
    if value is None:
        cache.add(key, new_generation(), None)
        value = cache.get(key)
    return value


def bump(family):
    cache.set(f"aggregates:{family}:generation", new_generation(), None)


class FigureFamily:
    """Figures cached together and retired together: `shows` names, by label, every model they are computed from."""

    def __init__(self, name, shows):
        self.name = name
        self.shows = tuple(shows)
        retire_when_changed(f"figures:{name}", self.shows, self.retire)

    def __repr__(self):
        return f"FigureFamily({self.name!r})"

    def retire(self):
        bump(self.name)

    def cached(self, parts, compute):
        """compute()'s value, from the cache while no shown model has changed; `parts` say what was asked."""
        digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
        key = f"aggregates:{self.name}:{generation(self.name)}:{digest}"
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, AGGREGATE_SECONDS)
        return value
