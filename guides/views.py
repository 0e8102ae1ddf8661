from django.db.models import Count, Q
from django.template.response import TemplateResponse

from content.models import Pillar, Sector
from core.pagination import page_of, query_without_page
from guides.models import GuidePage
from guides.search import clean_query, search_guides_and_platforms

RESULTS_PER_PAGE = 20
SUGGESTED_GUIDES = 5


def search(request):
    """/tim-kiem/?q=...: guides and platforms, best first; odd input gives an empty result, never an error."""
    query = clean_query(request.GET.get("q"))
    pillar = Pillar.objects.filter(slug=request.GET.get("tru-cot") or None).first()
    sector = Sector.objects.filter(slug=request.GET.get("linh-vuc") or None).first()
    results = search_guides_and_platforms(query, pillar=pillar, sector=sector) if query else []
    context = {
        "search_query": query,
        "results": page_of(request, results, RESULTS_PER_PAGE),
        "result_count": len(results),
        "pillars": Pillar.objects.all(),
        "sectors": Sector.objects.all(),
        "selected_pillar": pillar,
        "selected_sector": sector,
        "query_without_page": query_without_page(request),
    }
    if query and not results:
        context["suggested_guides"] = most_helpful_guides()
    return TemplateResponse(request, "guides/search.html", context)


def most_helpful_guides():
    """The guides citizens found helpful most often: a good next step when a search finds nothing."""
    return (
        GuidePage.objects.live()
        .public()
        .annotate(helpful_count=Count("feedback", filter=Q(feedback__helpful=True)))
        .order_by("-helpful_count", "title")[:SUGGESTED_GUIDES]
    )
