"""The site's image model: custom from the first migration so fields can be added without a data migration."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image, ImageQuerySet
from wagtail.search import index

from core.cache_retirement import RetiringQuerySet


class CustomImageQuerySet(RetiringQuerySet, ImageQuerySet):
    """Images show on cached pages: writing them in bulk retires those pages, as saving one does."""


class CustomImage(AbstractImage):
    """Every image on the site. A custom model from the first migration so fields can be added without pain."""

    credit = models.CharField(
        _("nguồn ảnh"),
        max_length=255,
        blank=True,
        help_text=_("Tác giả hoặc nguồn của ảnh, ví dụ: Ảnh minh họa do Sổ tay số vẽ."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    search_fields = [*AbstractImage.search_fields, index.SearchField("credit")]

    objects = CustomImageQuerySet.as_manager()

    class Meta:
        verbose_name = _("hình ảnh")
        verbose_name_plural = _("hình ảnh")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
