"""The Wagtail site a request is for, with its root page, kept in this process.

Wagtail looks the site up for every request (Site.find_for_request: one query) and then reads the root page in its own
type (one more), before routing even starts. Both change rarely, and a change to any site or page starts a new
page-cache generation (core.page_cache.SHOWN_ON_PAGES), which every process reads within a quarter of a second. So
the pair is kept per thread and host for the generation it was read in, and each request is handed its own copies:
routing writes on the root page.
"""

import copy
import logging
import threading
import time

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port
from wagtail.models import Site

from core.page_cache import generation

logger = logging.getLogger(__name__)

KEPT_SECONDS = 300  # as long as the page cache keeps a page, at most
MAX_HOSTS = 16  # per thread: hosts are checked against ALLOWED_HOSTS first, and the list is short
# Each thread keeps its own: a page's StreamField values are shared by the copies handed out, and must never be read by
# two requests at once (a threaded server); a sync worker has one thread.
_known = threading.local()


def known_site(request):
    """The site Wagtail would find for the request (or None), its root page already in its own type. Kept until the
    page cache's generation changes, and no longer than KEPT_SECONDS (for a change made with no signal: an update
    from a shell, a restored database)."""
    current = generation()
    if current is None:  # no shared cache (a dummy one) to say when something changed: nothing can be kept
        return Site._find_for_request(request)
    request.get_host()  # a host outside ALLOWED_HOSTS is refused here (DisallowedHost), before it takes a place
    key = (current, split_domain_port(request._get_raw_host())[0], request.get_port())
    known = getattr(_known, "sites", None)
    if known is None:
        known = _known.sites = {}
    now = time.monotonic()
    expires, found = known.get(key, (0.0, None))
    if expires <= now:
        found = Site._find_for_request(request)
        if found is not None:
            found.root_page = found.root_page.specific
        if len(known) >= MAX_HOSTS or any(other[0] != current for other in known):
            known.clear()
        known[key] = (now + KEPT_SECONDS, found)
    if found is None:
        return None
    site = copy.copy(found)
    site.root_page = copy.copy(found.root_page)
    return site


def forget_known_sites():
    """This thread's sites: the next request looks its site up."""
    _known.sites = {}


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
        except DisallowedHost:
            pass  # answered 400 further in, as without this middleware
        except Exception as error:  # a database or cache not answering: Wagtail asks again where it needs the site
            logger.warning("Site for %s not kept: %s", request.path, error)
        return self.get_response(request)
