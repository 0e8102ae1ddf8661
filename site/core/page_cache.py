"""Anonymous pages from the cache: citizens arrive in waves after a Zalo post, and nearly all of them read the
same few guides. A page is served from the cache only to a request that carries no session, and stored only when
it is the same for everyone (site/core/personal_responses.py decides); a change to anything a page shows (a publish,
unpublish or move, feedback, taxonomy: SHOWN_ON_PAGES below) starts a new generation, which retires every cached page
at once.

Signed-in volunteers read guides too, in the field, on deadline days. The page types declared below
(SAME_FOR_EVERYONE_VIEWS and SAME_FOR_EVERYONE_PAGES) render nothing personal: their header links to the account
page, and static/js/account-link.js asks accounts/header_part.py who is signed in. A request for one of them with
a session gets the anonymous copy: served from the cache, or rendered with the request's session and other personal
cookies left out (the session is never read, no cookie is set) and stored. Which pages are so is decided here, from
the URL and the page it routes to, never from what the request says about itself. Every other page, and a request
carrying a message for this browser, is answered as before: personal, never cached.

A hit is the miss as it left the middlewares inside this one: its headers (Content-Security-Policy,
X-Frame-Options, Vary, Content-Language, Content-Length...) are stored with it and replayed. The middlewares outside
(security, static files, personal responses) run on hits and misses alike. Each process keeps its own copies of the
pages it serves (LocalCopies), under the same keys, so a hit needs no round trip to the shared cache."""

import hashlib
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from wagtail.models import Page

from core.cache_retirement import new_generation, retire_when_changed
from core.data_saver import DATA_SAVER_COOKIE
from core.personal_responses import ANONYMOUS_COOKIES, cache_directives, is_personal
from core.recently_used import RecentlyUsed

GENERATION_KEY = "page-cache:generation"
# Headers a hit does not replay: a cookie is never stored (a page setting one is personal), and whether the page
# came from the cache is said afresh.
UNREPLAYED_HEADERS = {"set-cookie", "x-page-cache"}


GENERATION_REUSE_SECONDS = 0.25
_known_generation = {"value": None, "until": 0.0}


def generation():
    """The current generation, re-read from the shared cache at most four times a second per process: a cached page
    costs one cache round trip instead of two, and a change shows within two seconds everywhere (a quarter of a
    second, plus the render; tests/core/test_shared_cache_workers.py)."""
    now = time.monotonic()
    if _known_generation["value"] is not None and now < _known_generation["until"]:
        return _known_generation["value"]
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, new_generation(), None)
        value = cache.get(GENERATION_KEY)
    _known_generation.update(value=value, until=now + GENERATION_REUSE_SECONDS)
    return value


def retire_cached_pages(**kwargs):
    """Signal receiver: the next request for any page renders it afresh."""
    cache.set(GENERATION_KEY, new_generation(), None)
    forget_what_this_process_read()


def forget_what_this_process_read():
    """The generation last read and the pages kept in this process: the next request asks the shared cache."""
    _known_generation["until"] = 0.0
    local_copies.clear()


class LocalCopies(RecentlyUsed):
    """This process's copies of the pages it last served from the shared cache, the most recently used kept within
    `limit` bytes. The shared cache is a round trip per page (to PostgreSQL, with the database cache); a copy is
    found under the same key, which carries the generation, so a retired page is never served from here either: a
    change shows as soon as `generation()` reads the new one. A copy lives no longer than `PAGE_CACHE_LOCAL_SECONDS`,
    so a page stored with a timeout still leaves every process soon after it leaves the shared cache."""

    def keep(self, key, entry, seconds, limit):
        # The limit comes from settings, read when the middleware is built, after this module made the store.
        self.max_bytes = limit
        size = len(entry["content"]) + sum(len(name) + len(value) for name, value in entry["headers"].items())
        self.put(key, entry, size=size, seconds=seconds)


local_copies = LocalCopies()


# Everything a cached page shows. A model added to a public page goes here, or tests/core/test_cache_retirement.py
# fails: a change to it would otherwise be served stale until the page expires.
SHOWN_ON_PAGES = (
    "wagtailcore.Page",  # every page type, with its inline rows and links; retired on publish, unpublish, move
    "wagtailcore.PageViewRestriction",  # a page made private leaves the cache
    "wagtailcore.Site",  # the root and host every link is built from
    "wagtailcore.Locale",  # the site root's language, read with it by content/routing.py
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


# Django views that show nothing personal, by URL name.
SAME_FOR_EVERYONE_VIEWS = {"search"}
# Wagtail page types that show nothing personal, with the routes of a routable page that are so (None: every route).
SAME_FOR_EVERYONE_PAGES = {
    "content.HomePage": None,
    "content.PlatformIndexPage": None,
    "content.PlatformPage": None,
    "guides.GuideIndexPage": None,
    "guides.GuidePage": None,
    "training.TrainingModulePage": {"overview", "booklet", "leaflet", "poster"},  # progress: module-progress.js
}
# Set on a request for one of those pages; includes/header.html then draws the account link everyone gets.
SAME_FOR_EVERYONE = "same_for_everyone"
# A message waiting for this browser (after a sign-in, a sent form) is shown on the next page: that page is personal.
MESSAGES_COOKIE = CookieStorage.cookie_name


def same_for_everyone_target(request):
    """What a request asks for, when that is the same for everyone: True for a view, the page for one of Wagtail's
    pages; None otherwise. Wagtail keeps the route on the request, so a page is routed once per request."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.view_name in SAME_FOR_EVERYONE_VIEWS:
        return True
    if match.view_name != "wagtail_serve":
        return None
    route = Page.route_for_request(request, match.args[0] if match.args else match.kwargs.get("path", ""))
    if route is None or route[0]._meta.label not in SAME_FOR_EVERYONE_PAGES:
        return None
    routes = SAME_FOR_EVERYONE_PAGES[route[0]._meta.label]
    resolver_match = getattr(request, "routable_resolver_match", None)
    if routes is not None and (resolver_match is None or resolver_match.url_name not in routes):
        return None
    return route[0]


def is_same_for_everyone(request):
    return same_for_everyone_target(request) is not None


def may_read_as_anyone(request):
    """A request with a session may be given the anonymous copy: it asks for a page the same for everyone that no
    restriction keeps from anyone, carries no API token, and no message waits for this browser."""
    if MESSAGES_COOKIE in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    target = same_for_everyone_target(request)
    if target is None:
        return False
    return target is True or not target.get_view_restrictions().exists()


def cache_key(request):
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    saver = "1" if request.COOKIES.get(DATA_SAVER_COOKIE) == "1" else ""  # any other value means no choice
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
        self.local_seconds = min(self.timeout, getattr(settings, "PAGE_CACHE_LOCAL_SECONDS", 60))
        self.local_bytes = getattr(settings, "PAGE_CACHE_LOCAL_BYTES", 8 * 1024 * 1024)

    def stored(self, key):
        """The stored copy: this process's own, else the shared cache's (then kept here too)."""
        entry = local_copies.get(key)
        if entry is None:
            entry = cache.get(key)
            if entry is not None:
                self.keep_locally(key, entry)
        return entry

    def keep_locally(self, key, entry):
        if generation() is not None:  # with no shared cache (a dummy one) nothing says when a copy is stale
            local_copies.keep(key, entry, self.local_seconds, self.local_bytes)

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        personal_cookies = not is_cacheable_request(request)
        if personal_cookies and MESSAGES_COOKIE in request.COOKIES:
            return self.get_response(request)
        # A page the same for everyone is so whether or not the cache is on (dev and tests run without it).
        key = cache_key(request) if self.timeout else None
        stored = self.stored(key) if key else None
        if stored is not None and (not personal_cookies or stored.get(SAME_FOR_EVERYONE)):
            response = HttpResponse(stored["content"], headers=stored["headers"])
            response["X-Page-Cache"] = "hit"
            return response
        if personal_cookies:
            if not may_read_as_anyone(request):
                return self.get_response(request)
            # Rendered as for anyone: the session middleware finds no session, so nothing reads or renews it.
            request.COOKIES = {name: value for name, value in request.COOKIES.items() if name in ANONYMOUS_COOKIES}
            setattr(request, SAME_FOR_EVERYONE, True)
        else:
            setattr(request, SAME_FOR_EVERYONE, is_same_for_everyone(request))
        response = self.get_response(request)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if key and is_cacheable_response(request, response):
            headers = {name: value for name, value in response.items() if name.lower() not in UNREPLAYED_HEADERS}
            entry = {"content": response.content, "headers": headers, SAME_FOR_EVERYONE: request.same_for_everyone}
            cache.set(key, entry, self.timeout)
            self.keep_locally(key, entry)
            response["X-Page-Cache"] = "miss"
        return response
