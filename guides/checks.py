"""A reviewer's confirmed check of a guide: the one way a guide's "last checked" date, its app version and its next
review date change. The admin's confirm screen (guides/admin_views.py) and the demo loader both come here."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.cache_retirement import retire_caches_showing
from guides.models import GuideCheck, GuidePage, add_months


def confirm_check(guide, reviewer, app_version="", note="", today=None):
    """Records the check (a GuideCheck) and sets the guide's check date, version and next review date on the page
    row, the live page's, without a revision (GuidePage.with_content_json keeps them through later publishing).
    Refuses a guide that cites no source: a check is a comparison with the sources. Returns the GuideCheck."""
    today = today or timezone.localdate()
    with transaction.atomic():
        page = GuidePage.objects.select_for_update().only("pk", "review_interval_months").get(pk=guide.pk)
        if not page.sources.exists():
            raise ValidationError(
                _("Hướng dẫn này chưa có nguồn chính thức nào. Hãy thêm nguồn đã đối chiếu rồi mới xác nhận kiểm tra."),
                code="no_sources",
            )
        check = GuideCheck.objects.create(
            guide_id=page.pk, reviewer=reviewer, checked_on=today, app_version=app_version, note=note
        )
        fields = {
            "last_reviewed": today,
            "checked_against": app_version,
            "next_review_due": add_months(today, page.review_interval_months),
        }
        GuidePage.objects.filter(pk=page.pk).update(**fields)
        # The public page shows the date: cached copies go (an update sends no signal).
        transaction.on_commit(lambda: retire_caches_showing(GuidePage))
    for name, value in fields.items():
        setattr(guide, name, value)
    return check
