"""The content model shared by the whole site: the home page, site settings and the image model."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index

from content.blocks import BODY_BLOCKS


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

    class Meta:
        verbose_name = _("hình ảnh")
        verbose_name_plural = _("hình ảnh")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class HomePage(Page):
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
        default="Bạn cần làm gì?",
    )
    body = StreamField(BODY_BLOCKS, blank=True, verbose_name=_("nội dung"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("search_prompt"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("trang chủ")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who runs this deployment: shown in every page's footer."""

    authority_name = models.CharField(
        _("cơ quan triển khai"),
        max_length=255,
        default="Sở Khoa học và Công nghệ",
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

    class Meta:
        verbose_name = _("thông tin trang")
