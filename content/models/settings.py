from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from core.cache_retirement import RetiringQuerySet


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who runs this deployment: shown in every page's footer."""

    authority_name = models.CharField(
        _("cơ quan triển khai"),
        max_length=255,
        default=_("Sở Khoa học và Công nghệ"),
        help_text=_("Tên cơ quan chịu trách nhiệm về trang, ví dụ: Sở Khoa học và Công nghệ tỉnh ..."),
    )
    hotline = models.CharField(_("đường dây nóng"), max_length=30, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("authority_name"), FieldPanel("hotline"), FieldPanel("email"), FieldPanel("address")],
            heading=_("Cơ quan triển khai"),
        ),
    ]

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("thông tin trang")
