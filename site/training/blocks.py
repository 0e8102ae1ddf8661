"""Lessons and quiz questions of a training module. Class paths are stored in migrations: keep them stable."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock

from guides.blocks import ScreenshotBlock

LESSON_TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


class LessonBlock(blocks.StructBlock):
    """One lesson: read it, look at the pictures, maybe watch a short video, then open the guides it teaches."""

    heading = blocks.CharBlock(max_length=120, label=_("Tên bài"))
    body = blocks.RichTextBlock(features=LESSON_TEXT_FEATURES, label=_("Nội dung"))
    image = ScreenshotBlock(required=False)
    video = EmbedBlock(
        required=False, label=_("Video (không bắt buộc)"), help_text=_("Liên kết YouTube hoặc video khác.")
    )
    guides = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="guides.GuidePage"),
        default=[],
        label=_("Hướng dẫn dùng trong bài"),
    )

    class Meta:
        icon = "doc-full"
        template = "training/blocks/lesson.html"
        label = _("Bài học")
        description = _("Một bài ngắn, đọc trong vài phút trên điện thoại.")


class SafetyRulesLessonBlock(LessonBlock):
    """A lesson that shows the scam rules (content.SafetyRules, the set the guides show), then its own short text:
    the rules are written once, never copied into a lesson."""

    body = blocks.RichTextBlock(
        features=LESSON_TEXT_FEATURES,
        required=False,
        label=_("Điều cần nhớ thêm"),
        help_text=_("Hiện sau bộ quy tắc chống lừa đảo dùng chung. Đừng chép lại các quy tắc ở đây."),
    )

    class Meta:
        icon = "warning"
        template = "training/blocks/safety_rules_lesson.html"
        label = _("Bài học: quy tắc chống lừa đảo")
        description = _("Bài học hiện bộ quy tắc chống lừa đảo dùng chung với các hướng dẫn.")


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=250, label=_("Phương án"))
    correct = blocks.BooleanBlock(required=False, label=_("Đúng"))

    class Meta:
        icon = "radio-full"
        label = _("Phương án")


class QuestionBlock(blocks.StructBlock):
    """A multiple-choice question with one or several correct choices, and why."""

    question = blocks.CharBlock(max_length=300, label=_("Câu hỏi"))
    choices = blocks.ListBlock(ChoiceBlock(), min_num=2, max_num=6, label=_("Các phương án"))
    explanation = blocks.RichTextBlock(
        features=["bold", "link"], label=_("Giải thích"), help_text=_("Hiện sau khi người học nộp bài.")
    )

    class Meta:
        icon = "help"
        label = _("Câu hỏi")

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["correct"] for choice in value["choices"]):
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Hãy đánh dấu ít nhất một phương án đúng."))}
            )
        return value


LESSON_BLOCKS = [("lesson", LessonBlock()), ("safety_rules", SafetyRulesLessonBlock())]
QUESTION_BLOCKS = [("question", QuestionBlock())]
