"""Digital platforms. The tree expresses ownership (a platform's guides are its children); pillars and sectors
organise browsing across it."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from content.models.taxonomy import Pillar
from content.routing import RoutedPageMixin
from core.pagination import page_of, query_without_page
from core.printable import PrintablePage
from core.search_text import fold_diacritics

# A list of guides a page at a time: a platform's, and the guide index's (guides/listing.py).
GUIDES_PER_PAGE = 20


class PlatformIndexPage(RoutedPageMixin, Page):
    """The directory of every platform, grouped by pillar, at /nen-tang/."""

    intro = models.TextField(_("lời giới thiệu"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.PlatformPage"]
    max_count = 1

    class Meta:
        verbose_name = _("danh mục nền tảng")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        platforms = list(
            PlatformPage.objects.child_of(self)
            .live()
            .public()
            .select_related("pillar", "department", "logo")
            .order_by("title")
        )
        context["pillars"] = [
            (pillar, [platform for platform in platforms if platform.pillar_id == pillar.pk])
            for pillar in Pillar.objects.all()
        ]
        return context


class PlatformPage(RoutedPageMixin, PrintablePage, Page):
    """One digital platform (VNeID, VssID, voso.vn...): who owns it, what it is for and where to get it."""

    summary = models.TextField(
        _("dùng để làm gì"),
        max_length=400,
        help_text=_("Hai câu ngắn: nền tảng này giúp người dân làm được việc gì."),
    )
    department = models.ForeignKey(
        "content.Department",
        verbose_name=_("cơ quan chủ quản"),
        on_delete=models.PROTECT,
        related_name="platforms",
    )
    pillar = models.ForeignKey(
        "content.Pillar", verbose_name=_("trụ cột"), on_delete=models.PROTECT, related_name="platforms"
    )
    sectors = ParentalManyToManyField("content.Sector", verbose_name=_("lĩnh vực"), blank=True)
    website = models.URLField(_("địa chỉ trang web chính thức"), blank=True)
    android_url = models.URLField(_("liên kết tải trên Google Play"), blank=True)
    ios_url = models.URLField(_("liên kết tải trên App Store"), blank=True)
    logo = models.ForeignKey(
        "content.CustomImage",
        verbose_name=_("biểu trưng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("department"),
                FieldPanel("pillar"),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Phân loại"),
        ),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("android_url"), FieldPanel("ios_url")],
            heading=_("Nơi dùng và tải ứng dụng"),
        ),
        FieldPanel("logo"),
    ]

    parent_page_types = ["content.PlatformIndexPage"]
    subpage_types = ["guides.GuidePage"]
    booklet_template = "content/platform_booklet.html"
    route_select_related = ["department"]  # shown on its guides' pages (content/routing.py)

    search_fields = [
        *Page.search_fields,
        index.SearchField("folded_title"),
        index.SearchField("folded_text"),
        index.FilterField("pillar"),
        index.FilterField("department"),
    ]

    class Meta:
        verbose_name = _("nền tảng số")
        verbose_name_plural = _("nền tảng số")

    def folded_title(self):
        return fold_diacritics(self.title)

    def folded_text(self):
        return fold_diacritics(self.summary)

    def get_context(self, request, *args, **kwargs):
        """The platform's guides a page at a time (?trang=N): a platform with a thousand guides stays a small page."""
        context = super().get_context(request, *args, **kwargs)
        guides = self.published_guides().only("title", "path", "depth", "url_path", "outcome")
        context["guides"] = page_of(request, guides, GUIDES_PER_PAGE)
        context["query_without_page"] = query_without_page(request)
        return context

    def published_guides(self):
        guide_model = self.specific_class.allowed_subpage_models()[0]
        return guide_model.objects.child_of(self).live().public().order_by("path")

    def printed_context(self, request):
        """Every guide of the platform on paper, with a contents list and QR codes back to each guide."""
        return {"guides": list(self.published_guides())}
