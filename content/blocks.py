"""Shared blocks for every page type. Their class paths are stored in StreamField migrations: keep them stable."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

# Plain formatting only: citizens read on small screens and editors should not design pages.
PLAIN_RICH_TEXT_FEATURES = ["bold", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "content/blocks/heading.html"
        form_classname = "title"
        label = _("Tiêu đề mục")
        description = _("Tiêu đề ngắn chia trang thành từng phần.")
        preview_value = _("Trước khi bắt đầu")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PLAIN_RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "content/blocks/paragraph.html"
        label = _("Đoạn văn")
        description = _("Đoạn văn ngắn, câu đơn giản; chỉ in đậm, liên kết và danh sách.")
        preview_value = _("<p>Chuẩn bị <b>điện thoại thông minh</b> và <b>căn cước có gắn chip</b>.</p>")


class CalloutBlock(blocks.StructBlock):
    """A boxed tip or warning that stands out from the text around it."""

    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Mẹo")), ("warning", _("Lưu ý"))],
        default="tip",
        label=_("Loại"),
    )
    text = blocks.RichTextBlock(features=["bold", "link"], label=_("Nội dung"))

    class Meta:
        icon = "help"
        template = "content/blocks/callout.html"
        label = _("Hộp mẹo hoặc lưu ý")
        description = _("Một mẹo giúp làm nhanh hơn, hoặc một lưu ý để tránh sai sót.")
        preview_value = {"kind": "warning", "text": _("<p>Không đọc mã OTP cho bất kỳ ai.</p>")}


class FigureBlock(ImageBlock):
    """An image with required alt text (Wagtail's ImageBlock) and an optional caption."""

    class Meta:
        icon = "image"
        label = _("Hình ảnh")
        description = _("Ảnh kèm mô tả thay thế cho người không xem được ảnh.")


BODY_BLOCKS = [
    ("heading", HeadingBlock()),
    ("paragraph", ParagraphBlock()),
    ("callout", CalloutBlock()),
    ("image", FigureBlock()),
]
