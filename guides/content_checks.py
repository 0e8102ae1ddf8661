"""Plain-language checks of a guide shown to editors while they edit it (guides/panels.py) and after saving
(guides/wagtail_hooks.py). They read the guide they are given and import no model, so the panels the model declares
can use them."""

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

STEP_WORD_LIMIT = 40
IMAGE_ONLY_WORDS = 3


def content_checks(guide):
    """Plain-language problems an editor should fix; none of them blocks saving."""
    problems = []
    if not guide.requirements:
        problems.append(_("Chưa có mục “Bạn cần chuẩn bị”: người dân cần biết mang gì trước khi bắt đầu."))
    for number, step in enumerate(guide.steps, start=1):
        words = len(strip_tags(step.value["text"].source).split()) + len(step.value["heading"].split())
        screenshot = step.value["screenshot"]
        if words > STEP_WORD_LIMIT:
            problems.append(
                _("Bước %(number)s dài %(words)s từ; nên dưới %(limit)s từ, hoặc tách thành hai bước.")
                % {"number": number, "words": words, "limit": STEP_WORD_LIMIT}
            )
        if screenshot["image"] and not (screenshot["alt_text"] or "").strip():
            problems.append(_("Ảnh ở bước %(number)s chưa có mô tả cho người không xem được ảnh.") % {"number": number})
        if screenshot["image"] and len(strip_tags(step.value["text"].source).split()) < IMAGE_ONLY_WORDS:
            problems.append(
                _("Bước %(number)s gần như chỉ có ảnh: hãy viết ra việc cần làm, vì ảnh có thể không tải được.")
                % {"number": number}
            )
    return problems
