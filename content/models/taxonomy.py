"""Taxonomy that cuts across the page tree: pillars and sectors organise browsing, departments own platforms."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.cache_retirement import RetiringQuerySet


class TaxonomyTerm(index.Indexed, models.Model):
    name = models.CharField(_("tên"), max_length=120, unique=True)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=60,
        unique=True,
        allow_unicode=False,
        help_text=_("Chữ thường không dấu, nối bằng gạch ngang, ví dụ: chinh-quyen-so."),
    )
    description = models.CharField(_("mô tả ngắn"), max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    objects = RetiringQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Pillar(TaxonomyTerm):
    """One of the three pillars of digital transformation: digital government, economy and society."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("trụ cột")
        verbose_name_plural = _("trụ cột")


class Sector(TaxonomyTerm):
    """A field of public life (health, tax, land...) that guides can belong to, across pillars."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")


class Department(TaxonomyTerm):
    """The agency or enterprise that owns a platform and writes its guides."""

    short_name = models.CharField(
        _("tên viết tắt"), max_length=40, blank=True, help_text=_("Ví dụ: BHXH Việt Nam, Bộ Công an.")
    )
    website = models.URLField(_("trang web"), blank=True)
    editors_group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("nhóm biên tập"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="edited_department",
    )
    reviewers_group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("nhóm duyệt của đơn vị"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="reviewed_department",
    )
    workflow = models.OneToOneField(
        "wagtailcore.Workflow",
        verbose_name=_("quy trình duyệt"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="department",
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("short_name"), FieldPanel("website")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("cơ quan, đơn vị")
        verbose_name_plural = _("cơ quan, đơn vị")

    @property
    def display_name(self):
        return self.short_name or self.name
