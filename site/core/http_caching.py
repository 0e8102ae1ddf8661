"""HTTP's own caching for the answers that are the same for everyone: the anonymous pages the page cache may keep
(core/page_cache.py) and the QR images of those pages.

Such an answer carries a strong ETag (a hash of its body) and `Cache-Control: public, max-age=60, s-maxage=300`: a
phone keeps it a minute, a proxy or CDN five, and a repeat visit with a matching If-None-Match gets a 304, whether
the page came from the page cache or was rendered afresh. Its HTML and SVG are gzip-compressed when the browser
accepts it (`Vary: Accept-Encoding`). Nothing else is touched: an answer built for someone in particular keeps
`private, no-store` (core/personal_responses.py) and is never compressed, since compressing a secret (a CSRF token,
a name) beside text an attacker can reflect lets them guess it from the lengths (BREACH).

A QR image is reached through Wagtail's routing (a dozen queries) and is not HTML, so the page cache does not keep
it; this middleware does, keyed by the page cache's generation: the publish that retires a page retires its image.
"""

import gzip
import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers

from core.page_cache import generation, is_cacheable_request, is_cacheable_response
from core.personal_responses import is_personal
from core.qr import QR_CODE_PATH
from core.recently_used import RecentlyUsed

BROWSER_MAX_AGE = 60
SHARED_MAX_AGE = 300
COMPRESSED_TYPES = ("text/html", "image/svg+xml")
MIN_COMPRESSED_LENGTH = 200  # below this gzip's own header outweighs what it saves
# A form's token in a body means it was built for one browser, whatever its headers say: never shared or compressed.
CSRF_FIELD = b"csrfmiddlewaretoken"
# Paths whose images are kept like the page they belong to (the page's path plus this).
PAGE_IMAGE_SUFFIXES = ("/" + QR_CODE_PATH,)
# Headers a stored image does not replay: this middleware sets its own afresh, and a cookie is never stored.
UNSTORED_HEADERS = {"set-cookie", "etag", "cache-control", "vary", "content-encoding"}
_QUALITY = re.compile(r";\s*q\s*=\s*([0-9.]+)")


def accepts_gzip(request):
    """Whether Accept-Encoding allows gzip: named, or by `*`, with a quality above 0."""
    qualities = {}
    for part in request.headers.get("Accept-Encoding", "").lower().split(","):
        coding = part.split(";", 1)[0].strip()
        if not coding:
            continue
        match = _QUALITY.search(part)
        try:
            qualities[coding] = float(match.group(1)) if match else 1.0
        except ValueError:
            qualities[coding] = 0.0
    return qualities.get("gzip", qualities.get("x-gzip", qualities.get("*", 0.0))) > 0


# The gzip of the last few bodies, by their hash: the same few anonymous pages are read over and over, and compressing
# one costs more than serving it from the page cache.
compressed_bodies = RecentlyUsed(max_items=256)


def compressed(digest, body):
    """The gzip of `body`: the same bytes in every worker (mtime 0), so the ETag of the compressed body is strong too.
    Compressed outside the store's lock, so other requests are not kept waiting meanwhile."""
    found = compressed_bodies.get(digest)
    if found is None:
        found = gzip.compress(body, compresslevel=6, mtime=0)
        compressed_bodies.put(digest, found)
    return found


def page_cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 300)


def is_page_image_request(request):
    return is_cacheable_request(request) and request.path.endswith(PAGE_IMAGE_SUFFIXES)


def page_image_key(request):
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"page-image:v1:{generation()}:{request.get_host()}:{digest}"


def is_shared_image(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and request.path.endswith(PAGE_IMAGE_SUFFIXES)
        and response.get("Content-Type", "").startswith("image/")
        and not is_personal(request, response)
    )


def answered_as_anyone(request, response):
    """The answer was built from no personal cookie: the request carried none, or it was left out before the view
    ran (the request's cookies as they are now: the page cache and the personal marking drop a session from a
    request for a page that is the same for everyone), or it is the page cache's copy for everyone."""
    return is_cacheable_request(request) or response.get("X-Page-Cache") == "hit"


def is_shared(request, response):
    """The same for everyone: answered as anyone, and a page the page cache may keep or the image of one."""
    if not answered_as_anyone(request, response):
        return False
    if not (is_cacheable_response(request, response) or is_shared_image(request, response)):
        return False
    return CSRF_FIELD not in response.content


class HttpCachingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.stored_image(request) or self.get_response(request)
        if not is_shared(request, response):
            return response
        if response.get("X-Page-Image") is None:
            self.store_image(request, response)
        return self.with_http_caching(request, response)

    def stored_image(self, request):
        if not page_cache_seconds() or not is_page_image_request(request):
            return None
        stored = cache.get(page_image_key(request))
        if stored is None:
            return None
        response = HttpResponse(stored["content"], headers=stored["headers"])
        response["X-Page-Image"] = "hit"
        return response

    def store_image(self, request, response):
        seconds = page_cache_seconds()
        if not seconds or not is_page_image_request(request) or not is_shared_image(request, response):
            return
        headers = {name: value for name, value in response.items() if name.lower() not in UNSTORED_HEADERS}
        cache.set(page_image_key(request), {"content": response.content, "headers": headers}, seconds)
        response["X-Page-Image"] = "miss"

    def with_http_caching(self, request, response):
        body = response.content
        digest = hashlib.sha256(body).hexdigest()[:32]
        patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE, s_maxage=SHARED_MAX_AGE)
        patch_vary_headers(response, ("Accept-Encoding",))
        compress = (
            response.get("Content-Type", "").startswith(COMPRESSED_TYPES)
            and len(body) >= MIN_COMPRESSED_LENGTH
            and not response.has_header("Content-Encoding")
            and accepts_gzip(request)
        )
        # Each encoding is its own representation with its own strong ETag.
        response["ETag"] = f'"{digest}-gzip"' if compress else f'"{digest}"'
        conditional = get_conditional_response(request, etag=response["ETag"], response=response)
        if conditional is not response:
            return conditional
        if compress:
            response.content = compressed(digest, body)
            response["Content-Encoding"] = "gzip"
            response["Content-Length"] = str(len(response.content))
        return response
