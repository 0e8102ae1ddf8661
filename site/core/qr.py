"""QR codes that lead back to the online version of a guide, drawn on the server as SVG."""

import hashlib
import io

import segno
from django.core.cache import cache
from django.http import HttpResponse

from core.public_urls import page_public_url

QR_CACHE_SECONDS = 60 * 60 * 24
# The route that draws a page's QR code (core/printable.py); core/http_caching.py keeps its answers like the page's.
QR_CODE_PATH = "ma-qr/"


def qr_svg(url, title=""):
    # The key holds everything the drawing shows, so nothing needs to retire it: a renamed page gets a new drawing.
    digest = hashlib.sha256(f"{url}\n{title}".encode()).hexdigest()[:32]
    key = f"guides:qr:{digest}"
    svg = cache.get(key)
    if svg is None:
        buffer = io.BytesIO()
        segno.make(url, error="m").save(buffer, kind="svg", scale=4, border=2, xmldecl=False, title=title or url)
        svg = buffer.getvalue().decode()
        cache.set(key, svg, QR_CACHE_SECONDS)
    return svg


def qr_code_response(page, request):
    """The drawing; how long browsers and proxies keep it, with its ETag, is core/http_caching.py's to say, as for the
    page itself."""
    response = HttpResponse(qr_svg(page_public_url(page, request), title=page.title), content_type="image/svg+xml")
    if "tai-ve" in request.GET:
        response["Content-Disposition"] = f'attachment; filename="qr-{page.slug}.svg"'
    return response
