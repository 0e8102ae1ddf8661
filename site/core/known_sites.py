"""The Wagtail site a request is for, with its root page, kept in this process.

Wagtail looks the site up for every request (Site.find_for_request: one query) and then reads the root page in its own
type (one more), before routing even starts. Both change rarely, and a change to any site or page starts a new
page-cache generation (core.page_cache.SHOWN_ON_PAGES), which every process reads within a quarter of a second. So
the pair is kept per host for the generation it was read in, and each request is handed its own copies: routing
writes on the root page.
"""

import copy
import threading

from django.conf import settings
from django.db import DatabaseError
from django.http.request import split_domain_port
from wagtail.models import Site

from core.page_cache import generation

MAX_HOSTS = 16  # the Host header is the client's to choose: a flood of made-up ones must not grow memory
_known = {}
_lock = threading.Lock()


def known_site(request):
    """The site Wagtail would find for the request (or None), its root page already in its own type."""
    current = generation()
    if current is None:  # no shared cache (a dummy one) to say when something changed: nothing can be kept
        return Site._find_for_request(request)
    key = (current, split_domain_port(request._get_raw_host())[0], request.get_port())
    with _lock:
        found = _known.get(key, _lock)
    if found is _lock:
        found = Site._find_for_request(request)
        if found is not None:
            found.root_page = found.root_page.specific
        with _lock:
            if len(_known) >= MAX_HOSTS or any(known[0] != key[0] for known in _known):
                _known.clear()
            _known[key] = found
    if found is None:
        return None
    site = copy.copy(found)
    site.root_page = copy.copy(found.root_page)
    return site


def forget_known_sites():
    with _lock:
        _known.clear()


class KnownSiteMiddleware:
    """Gives Wagtail the request's site (request._wagtail_site, where Site.find_for_request keeps it), when
    settings.SITES_KEPT_IN_PROCESS (on with the page cache, whose generation says when a site or page changed;
    development and the tests look the site up for every request, as Wagtail does)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = getattr(settings, "SITES_KEPT_IN_PROCESS", False)

    def __call__(self, request):
        if not self.enabled:
            return self.get_response(request)
        try:
            request._wagtail_site = known_site(request)
        except DatabaseError:
            pass  # not every answer needs the database (/healthz says it is down); Wagtail asks again where one does
        return self.get_response(request)
