"""Deployment checks. The sign-in lock-out is counted in the database (django-axes), shared by every worker; what
still lives in the cache is the page cache, whose retirement after an edit must reach every worker, and the limits
per client (accounts.throttle). Every count per client is only as good as the address it counts by."""

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
            "The default cache is per process: a page retired by an edit in one worker stays cached in the others, "
            "and each worker keeps its own count of guide answers and wrong invitation codes per client, so a "
            "client gets the limit once per worker.",
            hint="Set REDIS_URL so that the page cache and the limits per client are shared by all workers.",
            id="accounts.W001",
        )
    ]


@register(Tags.security, deploy=True)
def client_addresses_behind_the_proxy(app_configs, **kwargs):
    """A site that trusts a proxy's X-Forwarded-Proto is behind one; reading no X-Forwarded-For there gives every
    client the proxy's address."""
    if not settings.SECURE_PROXY_SSL_HEADER or settings.TRUSTED_PROXY_COUNT:
        return []
    return [
        Warning(
            "SECURE_PROXY_SSL_HEADER says the site is behind a proxy, but TRUSTED_PROXY_COUNT is 0: every client "
            "has the proxy's address, so everyone shares one count in the sign-in lock-out and the limits on guide "
            "answers and wrong invitation codes.",
            hint="Set TRUSTED_PROXY_COUNT to the number of proxies that append to X-Forwarded-For (nginx alone: 1). "
            "See the README's deployment steps.",
            id="accounts.W002",
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
