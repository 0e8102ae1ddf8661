"""Varnish in front of gunicorn (README.md, "Behind Varnish") is told of every change, as the app's own page cache is.
Wagtail's frontend cache (wagtail.contrib.frontend_cache) sends PURGE for the addresses of a page published or
unpublished; this module's backend sends it, and also BAN, which drops every stored page, whenever anything a page
shows changes (core.page_cache.SHOWN_ON_PAGES: pages, whose titles show on index, platform and search pages, and
taxonomy, feedback, snippets). Configured by FRONTEND_CACHE_URL (config/settings/base.py); unset, nothing is sent.

Both are sent once the transaction commits, once per transaction for BAN: sent earlier, Varnish could fetch the page
again before gunicorn sees the change, and keep the old copy for five minutes. Neither ever breaks the change: with
the proxy down or slow (2 s), a warning is logged and stored pages expire on their own (s-maxage)."""

import logging
from http.client import HTTPConnection, HTTPException, HTTPSConnection
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends

from core.cache_retirement import on_commit_once, retire_when_changed
from core.page_cache import SHOWN_ON_PAGES

logger = logging.getLogger(__name__)

FRONTEND_CACHE = "frontend cache (Varnish)"
TIMEOUT_SECONDS = 2


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP backend, sent after the commit, with a timeout, and never raising."""

    def purge(self, url):
        parts = urlsplit(url)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        host = parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else None
        transaction.on_commit(lambda: self.send("PURGE", path, host), robust=True)

    def ban_everything(self):
        self.send("BAN", "/")

    def send(self, method, path, host=None):
        """True when the proxy accepted it; otherwise a warning is logged."""
        connection_class = HTTPSConnection if self.cache_scheme == "https" else HTTPConnection
        connection = connection_class(self.cache_netloc, timeout=TIMEOUT_SECONDS)
        try:
            connection.request(method, path, headers={"Host": host} if host else {})
            response = connection.getresponse()
            response.read()
        except (OSError, HTTPException) as error:
            logger.warning(
                "%s %s (host %s) was not sent to the proxy at %s: %s", method, path, host, self.cache_netloc, error
            )
            return False
        finally:
            connection.close()
        if response.status >= 400:
            logger.warning(
                "The proxy at %s refused %s %s (host %s): %s %s",
                self.cache_netloc,
                method,
                path,
                host,
                response.status,
                response.reason,
            )
            return False
        return True


def varnish_backends():
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return []
    return [backend for backend in get_backends().values() if isinstance(backend, VarnishBackend)]


def ban_everything_now():
    for backend in varnish_backends():
        backend.ban_everything()


def ban_everything(**kwargs):
    """Retirement receiver: every stored page leaves the proxy once this transaction commits (once, however many
    rows it changes)."""
    if not varnish_backends():
        return
    on_commit_once(ban_everything_now)


retire_when_changed(FRONTEND_CACHE, SHOWN_ON_PAGES, ban_everything, waits_for_commit=True)
