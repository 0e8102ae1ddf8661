"""Anonymous pages from the cache: citizens arrive in waves after a Zalo post, and nearly all of them read the
same few guides. A page is served from the cache only to a request that carries no session, and stored only when
it is the same for everyone (site/core/personal_responses.py decides); a change to anything a page shows (a publish,
unpublish or move, feedback, taxonomy: SHOWN_ON_PAGES below) starts a new generation, which retires every cached page
at once.

A hit is the miss as it left the middlewares inside this one: its headers (Content-Security-Policy,
X-Frame-Options, Vary, Content-Language, Content-Length...) are stored with it and replayed. The middlewares outside
(security, static files, personal responses) run on hits and misses alike."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from core.cache_retirement import retire_when_changed
from core.personal_responses import ANONYMOUS_COOKIES, cache_directives, is_personal

GENERATION_KEY = "page-cache:generation"
# Headers a hit does not replay: a cookie is never stored (a page setting one is personal), and whether the page
# came from the cache is said afresh.
UNREPLAYED_HEADERS = {"set-cookie", "x-page-cache"}


GENERATION_REUSE_SECONDS = 2
_known_generation = {"value": None, "until": 0.0}


def generation():
    """The current generation, re-read from the shared cache at most every two seconds per process: a cached
    page costs one cache round trip instead of two, and a change shows within two seconds everywhere."""
    now = time.monotonic()
    if _known_generation["value"] is not None and now < _known_generation["until"]:
        return _known_generation["value"]
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, None)
        value = cache.get(GENERATION_KEY, 1)
    _known_generation.update(value=value, until=now + GENERATION_REUSE_SECONDS)
    return value


def retire_cached_pages(**kwargs):
    """Signal receiver: the next request for any page renders it afresh."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)
    _known_generation["until"] = 0.0


# Everything a cached page shows. A model added to a public page goes here, or tests/core/test_cache_retirement.py
# fails: a change to it would otherwise be served stale until the page expires.
SHOWN_ON_PAGES = (
    "wagtailcore.Page",  # every page type, with its inline rows and links; retired on publish, unpublish, move
    "wagtailcore.PageViewRestriction",  # a page made private leaves the cache
    "wagtailcore.Site",  # the root and host every link is built from
    "content.CustomImage",
    "wagtaildocs.Document",
    "content.Pillar",
    "content.Sector",
    "content.Department",
    "content.SiteSettings",
    "content.ReplicationInterest",
    "content.SafetyRules",  # the scam rules on guide steps and lessons
    "content.GlossaryTerm",  # the definitions at the end of each guide and at /tu-ngu/
    "guides.GuideFeedback",
    "guides.OfficialSource",  # a guide's sources: title, address, issuer
    "teams.AdminArea",  # the commune of a good practice
    "taggit.Tag",  # a guide's tags, which the search matches
)
retire_when_changed("anonymous pages", SHOWN_ON_PAGES, retire_cached_pages)


def cache_key(request):
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    saver = request.COOKIES.get("tiet-kiem-du-lieu", "")
    return f"page-cache:v2:{generation()}:{request.get_host()}:{saver}:{digest}"


def is_cacheable_request(request):
    return request.method in ("GET", "HEAD") and not set(request.COOKIES) - ANONYMOUS_COOKIES


def is_cacheable_response(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not is_personal(request, response)
        and "no-cache" not in cache_directives(response)
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = getattr(settings, "PAGE_CACHE_SECONDS", 300)

    def __call__(self, request):
        if not self.timeout or not is_cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            response = HttpResponse(stored["content"], headers=stored["headers"])
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if is_cacheable_response(request, response):
            headers = {name: value for name, value in response.items() if name.lower() not in UNREPLAYED_HEADERS}
            cache.set(key, {"content": response.content, "headers": headers}, self.timeout)
            response["X-Page-Cache"] = "miss"
        return response
