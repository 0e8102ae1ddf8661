"""Good practices (cách làm hay) at /cach-lam-hay/: what a commune did, for whom, with what results, and who to
call; team leaders who want to replicate one say so with a button, and the commune's coordinators hear of it."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from content.models.platforms import PlatformPage
from content.models.taxonomy import Pillar
from content.practices import practice_page_context, replicate_view
from core.cache_retirement import RetiringQuerySet
from core.filters import ListingFilterForm, listing_context, slug_choice
from core.printable import validate_short_slug
from core.search_text import fold_diacritics

PRACTICES_PER_PAGE = 20


class PracticeFilterForm(ListingFilterForm):
    """/cach-lam-hay/?tru-cot=chinh-quyen-so&nen-tang=vneid"""

    lookups = {"tru-cot": "pillars", "nen-tang": "platforms"}

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["tru-cot"] = slug_choice(Pillar.objects.all(), _("Trụ cột"))
        self.fields["nen-tang"] = slug_choice(PlatformPage.objects.live().public().order_by("title"), _("Nền tảng"))


class GoodPracticeIndexPage(RoutablePageMixin, Page):
    """Every good practice, newest first, filterable by pillar and platform."""

    intro = models.TextField(_("lời giới thiệu"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.GoodPracticePage"]
    max_count = 1

    class Meta:
        verbose_name = _("danh mục cách làm hay")

    @path("")
    def practices(self, request):
        practices = (
            GoodPracticePage.objects.child_of(self)
            .live()
            .public()
            .select_related("commune__parent")
            .prefetch_related("results", "pillars")
            .order_by("-first_published_at", "title")
        )
        form = PracticeFilterForm(request.GET or None)
        return self.render(
            request,
            context_overrides=listing_context(request, form, practices.distinct(), PRACTICES_PER_PAGE, "practices"),
        )


class GoodPracticePage(RoutablePageMixin, Page):
    """One commune's story, written so another commune can copy it."""

    commune = models.ForeignKey(
        "teams.AdminArea",
        verbose_name=_("xã, phường"),
        on_delete=models.PROTECT,
        related_name="good_practices",
        limit_choices_to={"level": 2},
    )
    what_they_did = models.TextField(_("đã làm gì"), max_length=3000)
    for_whom = models.CharField(_("cho ai"), max_length=300, help_text=_("Ví dụ: người cao tuổi ở các thôn vùng cao."))
    how_to_replicate = models.TextField(
        _("muốn làm theo cần gì"), max_length=2000, blank=True, help_text=_("Người, thời gian, chi phí, giấy tờ.")
    )
    pillars = ParentalManyToManyField("content.Pillar", verbose_name=_("trụ cột"), blank=True)
    platforms = ParentalManyToManyField("content.PlatformPage", verbose_name=_("nền tảng"), blank=True)
    contact_name = models.CharField(_("người liên hệ"), max_length=150)
    contact_role = models.CharField(_("chức vụ"), max_length=150, blank=True)
    contact_phone = models.CharField(_("số điện thoại liên hệ"), max_length=20, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người viết"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    search_text = models.TextField(blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("commune"),
        FieldPanel("for_whom"),
        FieldPanel("what_they_did"),
        InlinePanel("results", label=_("Kết quả bằng con số"), min_num=1, max_num=6),
        InlinePanel("photos", label=_("Ảnh"), max_num=6),
        FieldPanel("how_to_replicate"),
        MultiFieldPanel(
            [
                FieldPanel("pillars", widget=forms.CheckboxSelectMultiple),
                FieldPanel("platforms", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Phân loại"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]), FieldPanel("contact_phone")],
            heading=_("Liên hệ"),
        ),
    ]

    parent_page_types = ["content.GoodPracticeIndexPage"]
    subpage_types = []

    search_fields = [*Page.search_fields, index.SearchField("search_text"), index.FilterField("commune")]

    class Meta:
        verbose_name = _("cách làm hay")
        verbose_name_plural = _("cách làm hay")

    def clean(self):
        super().clean()
        validate_short_slug(self)

    def save(self, *args, **kwargs):
        self.search_text = fold_diacritics(" ".join([self.title, self.for_whom, self.what_they_did]))
        if self.author_id is None and self.owner_id:
            self.author_id = self.owner_id
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(practice_page_context(self, request))
        return context

    @path("")
    def practice(self, request):
        # A leader's buttons and a coordinator's list of teams are shown to them only: such an answer is marked
        # private, no-store like every answer that depends on who is signed in (site/core/personal_responses.py).
        return self.render(request)

    @path("muon-lam-theo/", name="replicate")
    def replicate(self, request):
        return replicate_view(self, request)


class GoodPracticeResult(Orderable):
    """A result in numbers: '1.240' + 'người cao tuổi kích hoạt VNeID mức 2'."""

    page = ParentalKey(GoodPracticePage, related_name="results", on_delete=models.CASCADE)
    figure = models.CharField(_("con số"), max_length=30)
    label = models.CharField(_("là gì"), max_length=200)

    panels = [FieldRowPanel([FieldPanel("figure"), FieldPanel("label")])]


class GoodPracticePhoto(Orderable):
    page = ParentalKey(GoodPracticePage, related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey("content.CustomImage", verbose_name=_("ảnh"), on_delete=models.CASCADE, related_name="+")
    alt_text = models.CharField(_("mô tả ảnh cho người không nhìn thấy"), max_length=200)
    caption = models.CharField(_("chú thích"), max_length=200, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]


class ReplicationInterest(models.Model):
    """A team that wants to replicate a good practice: once per team, whoever of its leaders pressed."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    practice = models.ForeignKey(
        GoodPracticePage, verbose_name=_("cách làm hay"), on_delete=models.CASCADE, related_name="interests"
    )
    team = models.ForeignKey("teams.Team", verbose_name=_("tổ"), on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người bấm"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True)

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("tổ muốn làm theo")
        verbose_name_plural = _("tổ muốn làm theo")
        constraints = [models.UniqueConstraint(fields=["practice", "team"], name="one_interest_per_team")]

    def __str__(self):
        return f"{self.team} → {self.practice}"
