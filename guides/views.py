from django import forms
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from content.models import Pillar, Sector
from core.filters import ListingFilterForm, address_without, slug_choice
from core.pagination import page_of, query_without_page
from core.search_text import search_terms
from guides.models import GuidePage
from guides.pages import unrestricted
from guides.search import KINDS, KINDS_BY_SLUG, MAX_QUERY_LENGTH, clean_query, search_site

RESULTS_PER_PAGE = 20
GROUP_PREVIEW = 5
SUGGESTED_GUIDES = 5


class SearchForm(ListingFilterForm):
    """/tim-kiem/?q=...&tru-cot=...&linh-vuc=...: the words stay above the fold, the filters fold behind "Lọc"."""

    always_shown = ("q",)
    unchipped = ("q",)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["q"] = forms.CharField(label=_("Bạn cần làm gì?"), required=False, strip=True)
        self.fields["q"].widget = forms.TextInput(
            attrs={"type": "search", "autocomplete": "off", "maxlength": MAX_QUERY_LENGTH}
        )
        self.fields["tru-cot"] = slug_choice(Pillar.objects.all(), _("Trụ cột"))
        self.fields["linh-vuc"] = slug_choice(Sector.objects.all(), _("Lĩnh vực"))
        self.fields["linh-vuc"].help_text = _("Chỉ hướng dẫn và nền tảng có lĩnh vực.")
        self.auto_id = "search-%s"


def search(request):
    """/tim-kiem/?q=...: guides, documents, platforms and training modules, best first and grouped by kind; ?loai=
    shows one kind, page by page. Odd input gives a Vietnamese note and an empty result, never an error."""
    raw_query = " ".join(str(request.GET.get("q") or "").split())
    query = clean_query(raw_query)
    form = SearchForm(request.GET or None, initial={"q": query})
    values = form.valid_values()
    pillar, sector = values.get("tru-cot"), values.get("linh-vuc")
    results = search_site(query, pillar=pillar, sector=sector) if query else None
    chosen_kind = KINDS_BY_SLUG.get(request.GET.get("loai"))
    context = {
        "search_query": query,
        "filter_form": form,
        "filter_chips": form.chips(request),
        "clear_filters_url": form.clear_url(request),
        "notes": query_notes(raw_query, query),
        "result_count": results.count if results else 0,
        "partial": results.partial if results else False,
        "chosen_kind": chosen_kind,
        # Worth a row of links only when a group is cut short or one kind is shown.
        "kind_links": kind_links(request, results) if results and (chosen_kind or cut_short(results)) else [],
        "groups": groups(request, results, chosen_kind) if results else [],
        "query_without_page": query_without_page(request),
    }
    if query and not context["result_count"]:
        context["suggested_guides"] = most_helpful_guides()
        context["pillars"] = Pillar.objects.all()
    return TemplateResponse(request, "guides/search.html", context)


def query_notes(raw_query, query):
    notes = []
    if len(raw_query) > MAX_QUERY_LENGTH:
        notes.append(_("Từ khóa dài quá: chỉ %(limit)d ký tự đầu được dùng để tìm.") % {"limit": MAX_QUERY_LENGTH})
    if query and not search_terms(query):
        notes.append(_("Không có chữ hay số nào để tìm: hãy gõ việc cần làm, ví dụ “VNeID” hoặc “khai sinh”."))
    return notes


def cut_short(results):
    return any(len(hits) > GROUP_PREVIEW for hits in results.groups.values())


def kind_url(request, kind):
    url = address_without(request, ["loai"])
    if kind is None:
        return url
    return f"{url}{'&' if '?' in url else '?'}loai={kind.slug}"


def kind_links(request, results):
    """'Tất cả (12) · Hướng dẫn (8) · Văn bản (1)…': show every kind or one, page by page."""
    links = [{"label": _("Tất cả"), "count": results.count, "url": kind_url(request, None), "kind": None}]
    for kind in KINDS:
        if results.groups[kind]:
            count = len(results.groups[kind])
            links.append({"label": kind.label, "count": count, "url": kind_url(request, kind), "kind": kind})
    return links


def groups(request, results, chosen_kind):
    """Every kind's first GROUP_PREVIEW hits with a link to all of them, or the chosen kind one page at a time.
    A kind whose best hit is named by the query (a document's number, a platform) comes first."""
    shown = []
    for kind in KINDS:
        hits = results.groups[kind]
        if not hits or chosen_kind not in (None, kind):
            continue
        group = {"kind": kind, "count": len(hits), "best": hits[0].tier}
        if chosen_kind is None:
            group["hits"] = hits[:GROUP_PREVIEW]
            group["more_url"] = kind_url(request, kind) if len(hits) > GROUP_PREVIEW else ""
        else:
            group["hits"] = group["page"] = page_of(request, hits, RESULTS_PER_PAGE)
        shown.append(group)
    return sorted(shown, key=lambda group: group["best"])


def most_helpful_guides():
    """The guides citizens found helpful most often: a good next step when a search finds nothing."""
    return (
        GuidePage.objects.live()
        .filter(unrestricted())
        .annotate(helpful_count=Count("feedback", filter=Q(feedback__helpful=True)))
        .order_by("-helpful_count", "title")[:SUGGESTED_GUIDES]
    )
