"""Deployment checks. The sign-in lock-out is counted in the database (django-axes), shared by every worker; what
still lives in the cache is the page cache, whose retirement after an edit must reach every worker."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.security, deploy=True)
def shared_cache_for_the_page_cache(app_configs, **kwargs):
    if settings.CACHES["default"]["BACKEND"] not in PER_PROCESS_CACHES:
        return []
    return [
        Warning(
            "The default cache is per process: a page retired by an edit in one worker stays cached in the others.",
            hint="Set REDIS_URL so that the page cache is shared by all workers.",
            id="accounts.W001",
        )
    ]


@register(Tags.security)
def trusted_proxy_count_is_a_count(app_configs, **kwargs):
    if isinstance(settings.TRUSTED_PROXY_COUNT, int) and settings.TRUSTED_PROXY_COUNT >= 0:
        return []
    return [
        Error(
            "TRUSTED_PROXY_COUNT must be 0 or a positive number of proxies.",
            hint="Set it to the number of proxies in front of the site that append to X-Forwarded-For (nginx: 1).",
            id="accounts.E001",
        )
    ]
