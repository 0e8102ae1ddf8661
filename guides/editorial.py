"""Help for department editors: the guides due for review. The checks shown while editing are in
guides/content_checks.py."""

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.dates import shown
from guides.models import GuidePage, GuideSource
from teams.access import department_filter, sees_every_department


def changed_sources_of():
    """A condition for guides citing a source that changed after their last check."""
    changed = GuideSource.objects.filter(page=OuterRef("pk"), source__changed_on__gt=OuterRef("last_reviewed"))
    return Exists(changed)


def overdue_guides(user=None, today=None):
    """Guides never checked, past their review date, or citing a source that changed after their last check; a
    department editor sees only their department's. Each carries `overdue_reasons` (in words) once listed: the
    changed sources come in one prefetch, so the queries do not grow with the guides."""
    today = today or timezone.localdate()
    guides = GuidePage.objects.filter(
        changed_sources_of() | Q(next_review_due__lt=today) | Q(next_review_due=None) | Q(last_reviewed=None)
    )
    if user is not None and not sees_every_department(user):
        guides = guides.filter(department_filter(user, prefix="platform__department__"))
    changed = GuideSource.objects.filter(source__changed_on__isnull=False).select_related("source")
    return (
        guides.select_related("platform__department")
        .prefetch_related(Prefetch("sources", queryset=changed, to_attr="dated_sources"))
        .order_by("platform__department__name", "next_review_due", "path")
    )


def overdue_reasons(guide, today=None):
    """Why a guide is on the overdue list, in words: never checked, past its date, or each source changed since."""
    today = today or timezone.localdate()
    if guide.last_reviewed is None:
        return [_("Chưa kiểm tra lần nào")]
    reasons = []
    if guide.next_review_due is None or guide.next_review_due < today:
        due = guide.next_review_due or guide.last_reviewed
        reasons.append(_("Quá hạn rà soát (hạn %(date)s)") % {"date": shown(due)})
    cited = getattr(guide, "dated_sources", None)
    if cited is None:
        cited = guide.sources.filter(source__changed_on__isnull=False).select_related("source")
    for item in cited:
        if item.source.changed_on and item.source.changed_on > guide.last_reviewed:
            reasons.append(
                _("Nguồn đã thay đổi: %(title)s (ngày %(date)s)")
                % {"title": item.source.title, "date": shown(item.source.changed_on)}
            )
    return reasons
