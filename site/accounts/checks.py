"""Deployment check: the sign-in lock-out (and the page cache's invalidation) live in the cache, so with several
gunicorn workers the cache must be shared, or each worker counts failures on its own."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.security, deploy=True)
def shared_cache_for_lockout(app_configs, **kwargs):
    if settings.CACHES["default"]["BACKEND"] not in PER_PROCESS_CACHES:
        return []
    return [
        Warning(
            "The default cache is per process: each worker counts sign-in failures on its own.",
            hint="Set REDIS_URL so that the lock-out and the page cache are shared by all workers.",
            id="accounts.W001",
        )
    ]
