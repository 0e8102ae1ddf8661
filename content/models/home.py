from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from content.blocks import BODY_BLOCKS
from content.models.settings import SiteSettings
from content.models.taxonomy import Pillar
from content.routing import RoutedPageMixin, route_in_one_query

# The deepest page (home, platforms, a platform, a guide, one of its routes) sits a few levels down; the margin is wide.
DEEPEST_ROUTED_ADDRESS = 12


class HomePage(RoutedPageMixin, Page):
    """The site root: a search box first, then what the site offers."""

    intro = models.TextField(
        _("lời giới thiệu"),
        max_length=300,
        blank=True,
        help_text=_("Một hai câu nói trang này giúp được gì, hiện ngay dưới tiêu đề."),
    )
    search_prompt = models.CharField(
        _("câu hỏi ở ô tìm kiếm"),
        max_length=80,
        default=_("Bạn cần làm gì?"),
    )
    body = StreamField(BODY_BLOCKS, blank=True, verbose_name=_("nội dung"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("search_prompt"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "content.PlatformIndexPage",
        "guides.GuideIndexPage",
        "training.TrainingIndexPage",
        "content.DocumentIndexPage",
        "content.GoodPracticeIndexPage",
    ]
    max_count = 1

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("trang chủ")

    def route(self, request, path_components):
        """Every address on the site is found here in one query (content/routing.py), not one level at a time. An
        address deeper than any page goes Wagtail's way, which stops at the first slug not found, rather than asking
        for thousands of prefixes at once."""
        if len(path_components) > DEEPEST_ROUTED_ADDRESS:
            return super().route(request, path_components)
        return route_in_one_query(self, request, path_components, site_settings=SiteSettings)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["pillars"] = Pillar.objects.all()
        context["sections"] = self.get_children().live().public()
        return context
