"""Step-by-step guides: the pages a citizen follows, their index and the feedback they get."""

import calendar

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.db.models import Count, Q
from django.http import Http404
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from content.models import Pillar, PlatformPage, Sector
from content.routing import RoutedPageMixin
from core.cache_retirement import RetiringQuerySet
from core.dates import FIRST_LEGAL_DOCUMENT, HAS_HAPPENED, TodayRelativeLimits, fixed_bounds, shown
from core.printable import PrintablePage
from core.search_text import fold_diacritics
from guides.blocks import REQUIREMENT_BLOCKS, STEP_BLOCKS, TROUBLESHOOTING_BLOCKS
from guides.choices import Audience
from guides.forms import FeedbackForm
from guides.listing import guide_listing_context, pillar_landing_context, sector_landing_context
from guides.pages import guide_page_context, unrestricted
from guides.panels import ContentChecksPanel, FeedbackSummaryPanel
from guides.search_text import guide_search_fields
from guides.source_panels import CheckStatusPanel, SourcesPanel

NEXT_GUIDES = 3


class Effort(models.TextChoices):
    """How hard a guide is to follow alone. (A team's reported problem is something else: reporting.Difficulty.)"""

    EASY = "de", _("Dễ")
    MEDIUM = "vua", _("Vừa")
    HARD = "kho", _("Cần người hỗ trợ")


def add_months(day, months):
    """The same day some months later (the month's last day when it is shorter); None stays None."""
    if day is None:
        return None
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


class GuidePageTag(TaggedItemBase):
    content_object = ParentalKey("guides.GuidePage", related_name="tagged_items", on_delete=models.CASCADE)


MAX_SEARCHED_CHARACTERS = 200_000


class GuidePageForm(WagtailAdminPageForm):
    """The guide's editor form. The check date and version are not in it: only a reviewer's confirmed check sets
    them (guides.checks.confirm_check)."""


class GuidePage(RoutedPageMixin, PrintablePage, Page):
    """One task on one platform, as numbered steps a citizen can follow alone."""

    base_form_class = GuidePageForm

    outcome = models.CharField(
        _("làm xong sẽ được gì"),
        max_length=200,
        help_text=_("Một câu. Ví dụ: Bạn có tài khoản định danh điện tử mức 2 để làm thủ tục trực tuyến."),
    )
    platform = models.ForeignKey(
        "content.PlatformPage",
        verbose_name=_("nền tảng"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="guides",
        help_text=_("Luôn là trang cha; lưu lại để lọc và liệt kê nhanh."),
    )
    audience = models.CharField(_("dành cho"), max_length=20, choices=Audience.choices, default=Audience.CITIZENS)
    pillar_choice = models.ForeignKey(
        "content.Pillar",
        verbose_name=_("trụ cột"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Để trống thì dùng trụ cột của nền tảng."),
    )
    # Kept apart from the editor's choice, so that an empty choice keeps following the platform's pillar.
    pillar = models.ForeignKey(
        "content.Pillar",
        verbose_name=_("trụ cột"),
        null=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="guides",
        help_text=_("Trụ cột đã chọn, nếu không thì của nền tảng; lưu lại để lọc nhanh."),
    )
    sectors = ParentalManyToManyField("content.Sector", verbose_name=_("lĩnh vực"), blank=True)
    tags = ClusterTaggableManager(through=GuidePageTag, blank=True, verbose_name=_("từ khóa"))
    difficulty = models.CharField(_("độ khó"), max_length=10, choices=Effort.choices, default=Effort.EASY)
    minutes = models.PositiveSmallIntegerField(_("số phút cần"), default=10)
    requirements = StreamField(
        REQUIREMENT_BLOCKS, blank=True, verbose_name=_("cần chuẩn bị"), help_text=_("Mỗi thứ một dòng.")
    )
    steps = StreamField(STEP_BLOCKS, verbose_name=_("các bước"), min_num=1)
    troubleshooting = StreamField(TROUBLESHOOTING_BLOCKS, blank=True, verbose_name=_("khi gặp trục trặc"))
    # Set only by a reviewer's confirmed check (guides.checks.confirm_check), on the page row: never by the editor
    # form, a revision (with_content_json keeps the live values) or the demo loader.
    last_reviewed = models.DateField(
        _("ngày kiểm tra lại"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Ngày gần nhất người duyệt xác nhận đã đối chiếu hướng dẫn với các nguồn chính thức."),
        validators=fixed_bounds(),
    )
    checked_against = models.CharField(
        _("kiểm tra với phiên bản"),
        max_length=60,
        blank=True,
        editable=False,
        help_text=_("Phiên bản ứng dụng hoặc trang web đã dùng để làm thử, ví dụ: VNeID 2.1.8."),
    )
    review_interval_months = models.PositiveSmallIntegerField(
        _("rà soát lại sau (tháng)"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
        help_text=_("Nền tảng hay thay đổi thì chọn ngắn hơn."),
    )
    next_review_due = models.DateField(_("hạn rà soát"), null=True, blank=True, editable=False, db_index=True)
    # The search's copy of the live page's words, folded (guides/search_text.py): filled on save, and by the receivers
    # in guides/signals.py when the platform or a tag changes.
    search_title = models.TextField(blank=True, default="", editable=False)
    # On PostgreSQL the column search_vector is computed from search_text (guides/migrations/0011_search_vector.py):
    # a migration that alters or removes search_text must drop it first and make it again.
    search_text = models.TextField(blank=True, default="", editable=False)

    content_panels = [
        ContentChecksPanel(),
        *Page.content_panels,
        FieldPanel("outcome"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("audience"), FieldPanel("difficulty"), FieldPanel("minutes")]),
                FieldPanel("pillar_choice"),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Phân loại"),
        ),
        FieldPanel("requirements"),
        FieldPanel("steps"),
        FieldPanel("troubleshooting"),
        InlinePanel("related_guides", label=_("Hướng dẫn liên quan"), max_num=4),
        MultiFieldPanel(
            [
                CheckStatusPanel(),
                SourcesPanel("sources", label=_("Nguồn chính thức đã đối chiếu")),
                FieldPanel("review_interval_months"),
            ],
            heading=_("Độ chính xác"),
        ),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Nội dung")),
            ObjectList(Page.promote_panels, heading=_("Quảng bá")),
            ObjectList(Page.settings_panels, heading=_("Cài đặt")),
            ObjectList([FeedbackSummaryPanel()], heading=_("Phản hồi")),
        ]
    )

    parent_page_types = ["content.PlatformPage"]
    subpage_types = []
    booklet_template = "guides/guide_booklet.html"
    poster_template = "guides/guide_poster.html"
    offers_qr_code = True

    search_fields = [
        *Page.search_fields,
        index.SearchField("folded_title"),
        index.SearchField("folded_text"),
        index.FilterField("pillar"),
        index.FilterField("platform"),
        index.FilterField("audience"),
    ]

    class Meta:
        verbose_name = _("hướng dẫn")
        verbose_name_plural = _("hướng dẫn")

    def save(self, *args, **kwargs):
        fill_from_platform([self])
        self.next_review_due = add_months(self.last_reviewed, self.review_interval_months)
        self.search_title, self.search_text = self.searched_words()
        return super().save(*args, **kwargs)

    def searched_words(self):
        """(search_title, search_text) from the guide as it is now (guides/search_text.py)."""
        platform = self.platform if self.platform_id else None
        return guide_search_fields(
            self.title,
            self.outcome,
            platform.title if platform else "",
            platform.slug if platform else "",
            [tag.name for tag in self.tags.all()],
            self.requirements,
            self.steps,
        )

    def clean(self):
        super().clean()
        # PostgreSQL's search vector holds at most 1 MB of distinct words (guides/migrations/0011_search_vector.py):
        # past it the save fails. A guide is a few hundred words; this limit is far above any real one.
        if len(self.searched_words()[1]) > MAX_SEARCHED_CHARACTERS:
            raise ValidationError(
                _(
                    "Hướng dẫn quá dài (quá %(limit)s ký tự): hãy tách thành nhiều hướng dẫn ngắn, "
                    "mỗi hướng dẫn một việc."
                )
                % {"limit": f"{MAX_SEARCHED_CHARACTERS:,}".replace(",", ".")}
            )

    # A copy is a new guide: it has no check of its own until a reviewer confirms one (its sources come along).
    exclude_fields_in_copy = ["last_reviewed", "checked_against", "next_review_due"]

    def with_content_json(self, content):
        """A revision never carries the check: publishing an older one (or a draft begun before the check) keeps the
        live page's check date, version and review date (Wagtail's documented hook for fields kept off revisions)."""
        page = super().with_content_json(content)
        page.last_reviewed = self.last_reviewed
        page.checked_against = self.checked_against
        page.next_review_due = self.next_review_due
        return page

    def folded_title(self):
        return fold_diacritics(self.title)

    def folded_text(self):
        parts = [self.outcome]
        parts += [str(item.value) for item in self.requirements]
        for step in self.steps:
            parts += [step.value["heading"], strip_tags(step.value["text"].source)]
        parts += [tag.name for tag in self.tags.all()]
        return fold_diacritics(" ".join(parts))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(guide_page_context(self))
        context["page_full_url"] = self.public_url(request)
        context["guide_sources"] = list(self.sources.select_related("source"))
        context.setdefault("feedback_form", FeedbackForm())
        return context

    @path("ban-in/")
    def print_view(self, request):
        return self.render(request, template="guides/guide_page_print.html")

    def next_guides(self, exclude=()):
        """The platform's other guides, starting with the one after this."""
        if self.platform_id is None:
            return []
        siblings = list(
            GuidePage.objects.live()
            .filter(unrestricted())
            .filter(platform_id=self.platform_id)
            .exclude(pk=self.pk)
            .exclude(pk__in=exclude)
            .only("title", "path", "url_path", "outcome")
            .order_by("path")
        )
        after = [page for page in siblings if page.path > self.path]
        before = [page for page in siblings if page.path < self.path]
        return (after + before)[:NEXT_GUIDES]


def fill_from_platform(guides):
    """The one rule for a guide's copied fields: its platform is its parent page, its pillar is the editor's choice
    or else the platform's. Saving a guide, moving pages and changing a platform all come here (guides/signals.py),
    in one query whatever the number of guides. A guide not yet in the tree keeps what it has."""
    placed = [guide for guide in guides if guide.path]
    parent_paths = {guide.path[: -guide.steplen] for guide in placed}
    platforms = {
        row["path"]: row for row in PlatformPage.objects.filter(path__in=parent_paths).values("pk", "path", "pillar_id")
    }
    for guide in placed:
        platform = platforms.get(guide.path[: -guide.steplen], {})
        guide.platform_id = platform.get("pk")
        guide.pillar_id = guide.pillar_choice_id or platform.get("pillar_id")


def refresh_from_platform(guides):
    """Bring the stored copies of these guides (a queryset) back in line with the tree and their platforms' pillars,
    for the changes that do not go through GuidePage.save(): a move saves the plain Page, and a platform's own save
    or a bulk update does not touch its guides. At most three queries whatever the number; returns how many changed."""
    loaded = list(guides.only("pk", "path", "platform", "pillar", "pillar_choice"))
    stored = {guide.pk: (guide.platform_id, guide.pillar_id) for guide in loaded}
    fill_from_platform(loaded)
    changed = [guide for guide in loaded if (guide.platform_id, guide.pillar_id) != stored[guide.pk]]
    GuidePage.objects.bulk_update(changed, ["platform", "pillar"])
    return len(changed)


class RelatedGuide(Orderable):
    page = ParentalKey(GuidePage, related_name="related_guides", on_delete=models.CASCADE)
    guide = models.ForeignKey(GuidePage, verbose_name=_("hướng dẫn"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("guide", "guides.GuidePage")]

    def clean(self):
        if self.guide_id and self.guide_id == self.page_id:
            raise ValidationError({"guide": _("Một hướng dẫn không thể liên quan đến chính nó.")})


# An official source is a web page: http or https only (never ftp:, file: or a script).
WEB_ADDRESS = URLValidator(schemes=["http", "https"])


class OfficialSource(models.Model):
    """An official page or document that guides' steps are checked against (a decree, a ministry's page, the
    provider's own help). One row per address, shared by every guide citing it; `manage.py check_sources` fetches it
    and sets `changed_on` when its text changes, which puts the guides citing it back on the overdue list."""

    title = models.CharField(_("tên nguồn"), max_length=300)
    url = models.URLField(_("địa chỉ"), max_length=500, unique=True, validators=[WEB_ADDRESS])
    issuer = models.CharField(
        _("cơ quan ban hành"), max_length=200, help_text=_("Cơ quan, đơn vị đăng trang hoặc ban hành văn bản.")
    )
    issued_on = models.DateField(
        _("ngày ban hành"), null=True, blank=True, validators=fixed_bounds(FIRST_LEGAL_DOCUMENT)
    )
    changed_on = models.DateField(
        _("ngày nguồn thay đổi"),
        null=True,
        blank=True,
        validators=fixed_bounds(),
        help_text=_("Ngày gần nhất biết nguồn đã thay đổi. Hướng dẫn kiểm tra trước ngày này phải rà soát lại."),
    )
    fingerprint = models.CharField(_("dấu vân tay nội dung"), max_length=64, blank=True, editable=False)
    fetched_at = models.DateTimeField(_("lần tải gần nhất"), null=True, blank=True, editable=False)

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("nguồn chính thức")
        verbose_name_plural = _("nguồn chính thức")
        ordering = ["title"]

    def __str__(self):
        return self.title


class OfficialSourceForm(TodayRelativeLimits, WagtailAdminModelForm):
    """The snippet's form (guides/wagtail_hooks.py): a document's date and a change's date have happened."""

    today_relative_limits = {"issued_on": HAS_HAPPENED, "changed_on": HAS_HAPPENED}


class GuideSource(Orderable):
    """A source a guide was checked against: which one, the day it was read, and what it confirms."""

    page = ParentalKey(GuidePage, related_name="sources", on_delete=models.CASCADE)
    source = models.ForeignKey(
        OfficialSource, verbose_name=_("nguồn"), on_delete=models.PROTECT, related_name="citations"
    )
    read_on = models.DateField(_("ngày đọc"), validators=fixed_bounds(), help_text=_("Ngày đọc nguồn để đối chiếu."))
    supports = models.CharField(
        _("nguồn xác nhận điều gì"),
        max_length=300,
        help_text=_("Ngắn gọn. Ví dụ: Hạn mức 100 triệu đồng/tháng; một tài khoản tại một nhà cung cấp."),
    )

    panels = [FieldPanel("source"), FieldRowPanel([FieldPanel("read_on"), FieldPanel("supports")])]

    class Meta(Orderable.Meta):
        verbose_name = _("nguồn đã đối chiếu")
        verbose_name_plural = _("nguồn đã đối chiếu")


class GuideSourceForm(TodayRelativeLimits, WagtailAdminModelForm):
    today_relative_limits = {"read_on": HAS_HAPPENED}


GuideSource.base_form_class = GuideSourceForm  # SourcesPanel builds the inline forms from it


class GuideCheck(models.Model):
    """A reviewer's confirmation that a guide was followed or compared step by step with its sources: the only
    thing that sets the guide's "last checked" date (guides.checks.confirm_check)."""

    wagtail_reference_index_ignore = True  # a log row

    guide = models.ForeignKey(GuidePage, verbose_name=_("hướng dẫn"), on_delete=models.CASCADE, related_name="checks")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người kiểm tra"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    checked_on = models.DateField(_("ngày kiểm tra"), validators=fixed_bounds())
    app_version = models.CharField(_("phiên bản"), max_length=60, blank=True)
    note = models.TextField(_("ghi chú"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("lúc ghi"), auto_now_add=True)

    class Meta:
        verbose_name = _("lần kiểm tra hướng dẫn")
        verbose_name_plural = _("các lần kiểm tra hướng dẫn")
        ordering = ["-checked_on", "-pk"]

    def __str__(self):
        return _("%(guide)s: kiểm tra ngày %(date)s") % {"guide": self.guide.title, "date": shown(self.checked_on)}


class GuideFeedback(models.Model):
    """A citizen's answer to "Was this guide helpful?". Anonymous: no account, no address, no phone."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    guide = models.ForeignKey(GuidePage, verbose_name=_("hướng dẫn"), on_delete=models.CASCADE, related_name="feedback")
    helpful = models.BooleanField(_("có ích"))
    comment = models.TextField(_("góp ý"), max_length=1000, blank=True)
    # Drawn by the guide page's script when it loads (guide.js), so a double tap or a resend keeps one answer
    # while people behind one address each keep theirs. Empty when the page ran no script: then each post counts.
    client_id = models.UUIDField(
        null=True, blank=True, unique=True, editable=False, help_text=_("Chống ghi trùng khi gửi lại một lần trả lời.")
    )
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True, db_index=True)

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("phản hồi về hướng dẫn")
        verbose_name_plural = _("phản hồi về hướng dẫn")
        ordering = ["-created_at"]

    def __str__(self):
        verdict = _("có ích") if self.helpful else _("chưa có ích")
        return _("%(guide)s: %(verdict)s") % {"guide": self.guide.title, "verdict": verdict}

    @classmethod
    def counts_for(cls, guides):
        """Yes and no counts per guide id, in one query."""
        rows = (
            cls.objects.filter(guide__in=guides)
            .values("guide_id")
            .annotate(yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False)))
        )
        return {row["guide_id"]: (row["yes"], row["no"]) for row in rows}


class GuideIndexPage(RoutedPageMixin, RoutablePageMixin, Page):
    """Every guide at /huong-dan/, filterable by pillar, sector, platform and audience, with a landing page per
    pillar (/huong-dan/chinh-quyen-so/) and per sector (/huong-dan/linh-vuc/y-te/)."""

    intro = models.TextField(_("lời giới thiệu"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("danh mục hướng dẫn")

    def published_guides(self):
        return (
            GuidePage.objects.live()
            .filter(unrestricted())
            .select_related("platform", "pillar")
            .order_by("platform__title", "path")
        )

    @path("")
    def all_guides(self, request):
        return self.render(request, context_overrides=guide_listing_context(request, self.published_guides()))

    @path("linh-vuc/<slug:slug>/")
    def sector_landing(self, request, slug):
        sector = Sector.objects.filter(slug=slug).first()
        if sector is None:
            raise Http404
        return self.render(
            request,
            template="guides/sector_landing.html",
            context_overrides=sector_landing_context(request, sector, self.published_guides()),
        )

    @path("<slug:slug>/")
    def pillar_landing(self, request, slug):
        pillar = Pillar.objects.filter(slug=slug).first()
        if pillar is None:
            raise Http404
        return self.render(
            request,
            template="guides/pillar_landing.html",
            context_overrides=pillar_landing_context(pillar, self.published_guides()),
        )
