"""Anonymous pages from the cache: citizens arrive in waves after a Zalo post, and nearly all of them read the
same few guides. A page is cached only when the request carries no session and the response sets no cookie, so
nothing personal is ever stored; every publish, unpublish, feedback or taxonomy change starts a new generation,
which retires every cached page at once."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

GENERATION_KEY = "page-cache:generation"
PUBLIC_COOKIES = {"csrftoken", "tiet-kiem-du-lieu"}
# Pages about a person or their team: never in the page cache, never stored by the service worker on a phone.
PERSONAL_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/tai-khoan/",
    "/dang-nhap/",
    "/dang-xuat/",
    "/dang-ky/",
    "/to/",
    "/bao-cao/",
    "/hoc/",
    "/do-phu/",
    "/tien-do-dao-tao/",
    "/xac-minh/",
    "/thong-bao/",
    "/documents/",
)
# Also kept out of the page cache: forms that write, files served elsewhere, and the service worker itself.
PRIVATE_PREFIXES = (
    *PERSONAL_PREFIXES,
    "/ghi-nhan/",
    "/api/",
    "/healthz",
    "/sw.js",
    "/ngoai-tuyen/",
    "/phan-hoi/",
    "/tiet-kiem-du-lieu/",
    "/static/",
    "/media/",
)


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


def cache_key(request):
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    saver = request.COOKIES.get("tiet-kiem-du-lieu", "")
    return f"page-cache:{generation()}:{request.get_host()}:{saver}:{digest}"


def is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and not set(request.COOKIES) - PUBLIC_COOKIES
        and not request.path.startswith(PRIVATE_PREFIXES)
    )


def is_cacheable_response(response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith("text/html")
        and "no-cache" not in response.get("Cache-Control", "")
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
            response = HttpResponse(stored["content"], content_type=stored["content_type"])
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if is_cacheable_response(response):
            cache.set(key, {"content": response.content, "content_type": response["Content-Type"]}, self.timeout)
            response["X-Page-Cache"] = "miss"
        return response
