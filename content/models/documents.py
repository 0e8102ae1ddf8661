"""The documents library at /van-ban/: plans, decisions, official letters and handbooks that teams spread, each
with its number, date, issuer, a plain-words summary, the file, and the guides and modules that apply it. The
library's search and filters work from query parameters, without JavaScript; the rules for uploaded document files
are in content/document_uploads.py."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from content.models.taxonomy import Pillar
from core.dates import FIRST_LEGAL_DOCUMENT, HAS_HAPPENED, TodayRelativeLimits, fixed_bounds
from core.filters import ListingFilterForm, listing_context, slug_choice
from core.printable import PrintablePage
from core.search_text import fold_diacritics, search_terms

NUMBER_KEY = re.compile(r"[^a-z0-9]")
DOCUMENTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200


def number_key(text):
    """'89/KH-UBND', '89 kh ubnd' and '89-KH-UBND' all become '89khubnd'."""
    return NUMBER_KEY.sub("", fold_diacritics(text))


class DocumentType(models.TextChoices):
    LAW = "luat", _("Luật")
    DECREE = "nghi-dinh", _("Nghị định")
    RESOLUTION = "nghi-quyet", _("Nghị quyết")
    DECISION = "quyet-dinh", _("Quyết định")
    DIRECTIVE = "chi-thi", _("Chỉ thị")
    PLAN = "ke-hoach", _("Kế hoạch")
    OFFICIAL_LETTER = "cong-van", _("Công văn")
    HANDBOOK = "so-tay", _("Sổ tay, tài liệu hướng dẫn")


class DocumentFilterForm(ListingFilterForm):
    """Field names are the query parameters: /van-ban/?q=89/KH-UBND&loai=ke-hoach&co-quan=...&nam=2022."""

    lookups = {"loai": "document_type", "co-quan": "issuer", "nam": "issued_on__year", "tru-cot": "pillar"}
    always_shown = ("q",)

    def __init__(self, data=None, *, issuers=(), years=(), **kwargs):
        super().__init__(data, **kwargs)
        self.fields["q"] = forms.CharField(
            label=_("Số hiệu hoặc từ khóa"),
            required=False,
            max_length=MAX_QUERY_LENGTH,
            strip=True,
            help_text=_("Ví dụ: 793/BTTTT-THH, hoặc: tổ công nghệ số (gõ có dấu hay không dấu đều được)."),
            error_messages={"max_length": _("Từ khóa dài quá: chỉ %(limit_value)d ký tự đầu được dùng để tìm.")},
        )
        self.fields["loai"] = forms.ChoiceField(
            choices=[("", _("Tất cả")), *DocumentType.choices], required=False, label=_("Loại văn bản")
        )
        self.fields["co-quan"] = forms.ChoiceField(
            choices=[("", _("Tất cả")), *((issuer, issuer) for issuer in issuers)],
            required=False,
            label=_("Cơ quan ban hành"),
        )
        self.fields["nam"] = forms.TypedChoiceField(
            choices=[("", _("Tất cả")), *((str(year), str(year)) for year in years)],
            coerce=int,
            empty_value=None,
            required=False,
            label=_("Năm ban hành"),
        )
        self.fields["tru-cot"] = slug_choice(Pillar.objects.all(), _("Trụ cột"))

    def filtered(self, documents):
        """Words or a number first (best number match on top), then the plain filters."""
        query = " ".join(str(self.data.get("q", "")).split())[:MAX_QUERY_LENGTH]
        if query:
            documents = documents_matching(documents, query)
            compact = "".join(search_terms(query))
            documents = documents.annotate(
                number_match=Case(
                    When(number_key=compact, then=Value(0)),
                    When(number_key__startswith=compact, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                )
            ).order_by("number_match", "-issued_on", "title")
        return super().filtered(documents)


class DocumentIndexPage(RoutablePageMixin, Page):
    """Every policy document at /van-ban/, searchable by number or words and filterable by type, issuer, year."""

    intro = models.TextField(_("lời giới thiệu"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.PolicyDocumentPage"]
    max_count = 1

    class Meta:
        verbose_name = _("thư viện văn bản")

    @path("")
    def library(self, request):
        documents = (
            PolicyDocumentPage.objects.child_of(self)
            .live()
            .public()
            .select_related("pillar", "file")
            .order_by("-issued_on", "title")
        )
        issuers = sorted(set(documents.values_list("issuer", flat=True)))
        years = sorted({day.year for day in documents.dates("issued_on", "year")}, reverse=True)
        form = DocumentFilterForm(request.GET or None, issuers=issuers, years=years)
        return self.render(
            request, context_overrides=listing_context(request, form, documents, DOCUMENTS_PER_PAGE, "documents")
        )


class PolicyDocumentPageForm(TodayRelativeLimits, WagtailAdminPageForm):
    today_relative_limits = {"issued_on": HAS_HAPPENED}


class PolicyDocumentPage(PrintablePage, Page):
    """One legal or guidance document. The summary says in plain words what it asks of teams and citizens."""

    base_form_class = PolicyDocumentPageForm

    number = models.CharField(
        _("số, ký hiệu"),
        max_length=60,
        blank=True,
        help_text=_("Như trên văn bản, ví dụ: 793/BTTTT-THH. Để trống với sổ tay, tài liệu không có số."),
    )
    issued_on = models.DateField(_("ngày ban hành"), validators=fixed_bounds(FIRST_LEGAL_DOCUMENT))
    issuer = models.CharField(
        _("cơ quan ban hành"), max_length=150, help_text=_("Ví dụ: Thủ tướng Chính phủ, Bộ Thông tin và Truyền thông.")
    )
    document_type = models.CharField(_("loại văn bản"), max_length=20, choices=DocumentType.choices)
    pillar = models.ForeignKey(
        "content.Pillar",
        verbose_name=_("trụ cột"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="policy_documents",
        help_text=_("Để trống nếu văn bản bao trùm cả ba trụ cột."),
    )
    summary = models.TextField(
        _("tóm tắt dễ hiểu"),
        max_length=2000,
        help_text=_("Vài câu ngắn: văn bản yêu cầu gì, ai làm, đến khi nào. Viết cho người không quen văn bản."),
    )
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp văn bản"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("PDF hoặc Word, Excel; tối đa 20 MB."),
    )
    source_url = models.URLField(_("nguồn chính thức"), blank=True, help_text=_("Trang đăng văn bản gốc, nếu có."))
    number_key = models.CharField(max_length=60, blank=True, editable=False, db_index=True)
    search_text = models.TextField(blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("issued_on")]),
                FieldPanel("issuer"),
                FieldRowPanel([FieldPanel("document_type"), FieldPanel("pillar")]),
            ],
            heading=_("Thông tin văn bản"),
        ),
        FieldPanel("summary"),
        FieldPanel("file"),
        FieldPanel("source_url"),
        InlinePanel("applications", label=_("Hướng dẫn, học phần áp dụng văn bản")),
    ]

    parent_page_types = ["content.DocumentIndexPage"]
    subpage_types = []
    leaflet_template = "content/policy_document_leaflet.html"
    poster_template = "content/policy_document_poster.html"
    offers_qr_code = True

    search_fields = [
        *Page.search_fields,
        index.SearchField("number"),
        index.SearchField("search_text"),
        index.FilterField("document_type"),
        index.FilterField("issued_on"),
    ]

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-issued_on"]

    def save(self, *args, **kwargs):
        self.number_key = number_key(self.number)
        self.search_text = " ".join(
            [*search_terms(" ".join([self.number, self.title, self.issuer, self.summary]), limit=1000), self.number_key]
        )
        return super().save(*args, **kwargs)

    @property
    def heading(self):
        """'Kế hoạch 89/KH-UBND': how people name a document aloud."""
        return " ".join(part for part in (self.get_document_type_display(), self.number) if part)

    def applied_by(self):
        """The live guides and training modules linked to this document, in the editor's order."""
        ids = list(self.applications.order_by("sort_order").values_list("page_id", flat=True))
        pages = Page.objects.filter(pk__in=ids).live().public().specific().in_bulk()
        return [pages[page_id] for page_id in ids if page_id in pages]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["applied_by"] = self.applied_by()
        context["page_full_url"] = self.public_url(request)
        return context


class DocumentApplication(Orderable):
    """A guide or training module that puts the document into practice."""

    document = ParentalKey(PolicyDocumentPage, related_name="applications", on_delete=models.CASCADE)
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("trang"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page", ["guides.GuidePage", "training.TrainingModulePage"])]

    def clean(self):
        if self.page_id and self.page.content_type.model not in ("guidepage", "trainingmodulepage"):
            raise ValidationError({"page": _("Chỉ chọn một hướng dẫn hoặc một học phần.")})


def documents_matching(queryset, query):
    """Documents whose number matches the query (typed any way), or that contain every word of it."""
    terms = search_terms(query, limit=12)
    if not terms:
        return queryset
    compact = "".join(terms)
    words = Q()
    for term in terms:
        words &= Q(search_text__contains=term)
    return queryset.filter(Q(number_key__contains=compact) | words)
