"""Reading without a signal: the service worker, the offline page, and the lists of addresses a volunteer can
save in one tap (a guide, a platform's guides, a pillar's guides, a training module)."""

import hashlib

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.views.decorators.cache import cache_control

from content.models import Pillar, PlatformPage
from core.ids import parse_id
from core.personal_responses import PRIVATE_CACHE_CONTROL_PATTERN, PUBLIC_COPY_HEADER
from guides.models import GuidePage
from guides.pages import unrestricted

SHELL_ASSETS = [
    "css/site.css",
    "css/guide.css",
    "js/guide.js",
    "js/read-aloud.js",
    "js/offline.js",
    "img/logo.svg",
    "img/favicon.svg",
]
# Pages kept by the service worker on the phone from the start: the home page and the one shown without a signal.
SHELL_PAGES = ["/", "/khong-co-mang/"]

# The pages and images the service worker keeps as they are read (not the packs saved on purpose) stay within these:
# past either, the oldest kept goes first. A guide page is about 17 KB, each of its images about 10 KB.
PAGE_CACHE_ENTRIES = 80
PAGE_CACHE_BYTES = 4 * 1024 * 1024


def shell_urls():
    return [*SHELL_PAGES, *[static(asset) for asset in SHELL_ASSETS]]


@cache_control(no_cache=True)
def service_worker(request):
    urls = shell_urls()
    limits = {"page_cache_entries": PAGE_CACHE_ENTRIES, "page_cache_bytes": PAGE_CACHE_BYTES}
    version = hashlib.sha256("|".join([*urls, *map(str, limits.values())]).encode()).hexdigest()[:12]
    response = TemplateResponse(
        request,
        "guides/sw.js",
        {
            **limits,
            "shell_urls": urls,
            "version": version,
            "public_copy_header": PUBLIC_COPY_HEADER,
            "private_cache_control": PRIVATE_CACHE_CONTROL_PATTERN,
        },
        content_type="application/javascript",
    )
    response["Service-Worker-Allowed"] = "/"
    return response


def offline_page(request):
    return TemplateResponse(request, "guides/offline.html", {})


def offline_pack(request):
    """The pages to store for one of: ?huong-dan=<id>, ?nen-tang=<slug>, ?tru-cot=<slug>. Their images are not
    listed: offline.js saves the one size and format of each that the phone shows (site/static/js/offline.js)."""
    guides = GuidePage.objects.live().filter(unrestricted())
    if parse_id(request.GET.get("huong-dan")) is not None:
        guide = get_object_or_404(guides, pk=parse_id(request.GET["huong-dan"]))
        title, pages = guide.title, [guide]
    elif request.GET.get("nen-tang"):
        platform = get_object_or_404(PlatformPage.objects.live().filter(unrestricted()), slug=request.GET["nen-tang"])
        title, pages = platform.title, [platform, *guides.filter(platform=platform).order_by("path")]
    elif request.GET.get("tru-cot"):
        pillar = get_object_or_404(Pillar, slug=request.GET["tru-cot"])
        title, pages = pillar.name, list(guides.filter(pillar=pillar).order_by("path"))
    else:
        raise Http404
    return JsonResponse({"title": title, "urls": [page.url for page in pages]})
