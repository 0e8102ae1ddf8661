"""The blocks of a guide. Class paths are stored in migrations: keep them stable."""

import copy

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

STEP_TEXT_FEATURES = ["bold", "link", "ol", "ul"]
CALLOUT_FEATURES = ["bold", "link"]


class ScreenshotChooserBlock(ImageChooserBlock):
    """Wagtail's image chooser whose images come with their renditions: every screenshot of a guide and every size
    already made of it, in one query however many steps there are (Wagtail's in_bulk, then a prefetch, takes two).
    Stored in migrations as Wagtail's own block: the data is the same."""

    def bulk_to_python(self, values):
        ids = {value for value in values if value is not None}
        if not ids:
            return super().bulk_to_python(values)
        images = {}
        renditions = self.model_class.get_rendition_model().objects.filter(image_id__in=ids).select_related("image")
        for rendition in renditions:
            image = images.setdefault(rendition.image_id, rendition.image)
            image.__dict__.setdefault("prefetched_renditions", []).append(rendition)
            rendition.image = image
        missing = ids - images.keys()
        if missing:  # never rendered yet: the first view makes its renditions
            images.update(self.model_class.objects.in_bulk(missing))
        result = []
        for value in values:
            image = images.get(value)
            if image is not None and any(item is image for item in result):
                image = copy.copy(image)
            result.append(image)
        return result

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return "wagtail.images.blocks.ImageChooserBlock", args, kwargs


class ScreenshotBlock(blocks.StructBlock):
    """An optional screenshot whose description is required once an image is chosen."""

    image = ScreenshotChooserBlock(required=False, label=_("Ảnh chụp màn hình"))
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Mô tả ảnh"),
        help_text=_("Nói ảnh cho thấy gì, cho người không xem được ảnh. Ví dụ: Màn hình đăng nhập VNeID."),
    )

    class Meta:
        icon = "image"
        label = _("Ảnh minh họa")
        template = "guides/blocks/screenshot.html"

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Hãy mô tả ảnh cho người không xem được ảnh."))}
            )
        return value


class StepBlock(blocks.StructBlock):
    """One action. Its number comes from its position, never typed by the editor."""

    heading = blocks.CharBlock(
        max_length=120,
        label=_("Việc cần làm"),
        help_text=_("Một hành động, bắt đầu bằng động từ. Ví dụ: Mở ứng dụng VNeID."),
    )
    text = blocks.RichTextBlock(features=STEP_TEXT_FEATURES, label=_("Cách làm"))
    screenshot = ScreenshotBlock(required=False)
    tip = blocks.RichTextBlock(features=CALLOUT_FEATURES, required=False, label=_("Mẹo"))
    warning = blocks.RichTextBlock(features=CALLOUT_FEATURES, required=False, label=_("Lưu ý"))
    safety = blocks.BooleanBlock(
        required=False,
        default=False,
        label=_("Kèm quy tắc an toàn chống lừa đảo"),
        help_text=_("Chọn khi bước này bảo nhập mã OTP, mã PIN, passcode hay mật khẩu, hoặc giao tiền, giao hàng."),
    )

    class Meta:
        icon = "list-ol"
        template = "guides/blocks/step.html"
        label = _("Bước")
        description = _("Một bước làm, kèm ảnh chụp màn hình và mẹo hoặc lưu ý nếu cần.")
        preview_value = {
            "heading": _("Mở ứng dụng VNeID"),
            "text": _("<p>Chạm vào biểu tượng <b>VNeID</b> trên màn hình điện thoại.</p>"),
            "tip": _("<p>Chưa có ứng dụng? Tải VNeID trên CH Play hoặc App Store.</p>"),
        }


class RequirementBlock(blocks.CharBlock):
    class Meta:
        icon = "tick"
        label = _("Thứ cần có")
        preview_value = _("Căn cước có gắn chip")


class QuestionAnswerBlock(blocks.StructBlock):
    """A problem people meet and what to do about it."""

    question = blocks.CharBlock(max_length=200, label=_("Gặp vấn đề gì"))
    answer = blocks.RichTextBlock(features=STEP_TEXT_FEATURES, label=_("Cách xử lý"))

    class Meta:
        icon = "help"
        template = "guides/blocks/question_answer.html"
        label = _("Khi gặp trục trặc")
        preview_value = {
            "question": _("Không nhận được mã OTP"),
            "answer": _("<p>Chờ 2 phút rồi chạm <b>Gửi lại mã</b>.</p>"),
        }


STEP_BLOCKS = [("step", StepBlock())]
REQUIREMENT_BLOCKS = [("item", RequirementBlock())]
TROUBLESHOOTING_BLOCKS = [("question", QuestionAnswerBlock())]
