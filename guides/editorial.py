"""Help for department editors: content checks while editing, the guides due for review, and their dashboard."""

from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from content.editorial import departments_of
from guides.models import GuidePage

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


def overdue_guides(user=None):
    """Guides never checked, or past their review date; a department editor sees only their department's."""
    guides = GuidePage.objects.filter(Q(next_review_due__lt=timezone.localdate()) | Q(next_review_due=None))
    if user is not None and not (user.is_superuser or user.groups.filter(name="Moderators").exists()):
        guides = guides.filter(platform__department__in=departments_of(user))
    return guides.select_related("platform__department").order_by("platform__department__name", "next_review_due")
