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

SHELL_ASSETS = ["css/site.css", "css/guide.css", "js/guide.js", "js/offline.js", "img/logo.svg", "img/favicon.svg"]


def shell_urls():
    return ["/khong-co-mang/", *[static(asset) for asset in SHELL_ASSETS]]


@cache_control(no_cache=True)
def service_worker(request):
    urls = shell_urls()
    version = hashlib.sha256("|".join(urls).encode()).hexdigest()[:12]
    response = TemplateResponse(
        request,
        "guides/sw.js",
        {
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
    """The addresses to store for one of: ?huong-dan=<id>, ?nen-tang=<slug>, ?tru-cot=<slug>."""
    guides = GuidePage.objects.live().public()
    if parse_id(request.GET.get("huong-dan")) is not None:
        guide = get_object_or_404(guides, pk=parse_id(request.GET["huong-dan"]))
        title, pages = guide.title, [guide]
    elif request.GET.get("nen-tang"):
        platform = get_object_or_404(PlatformPage.objects.live().public(), slug=request.GET["nen-tang"])
        title, pages = platform.title, [platform, *guides.filter(platform=platform).order_by("path")]
    elif request.GET.get("tru-cot"):
        pillar = get_object_or_404(Pillar, slug=request.GET["tru-cot"])
        title, pages = pillar.name, list(guides.filter(pillar=pillar).order_by("path"))
    else:
        raise Http404
    return JsonResponse({"title": title, "urls": [page.url for page in pages]})
