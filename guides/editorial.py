"""Help for department editors: the guides due for review. The checks shown while editing are in
guides/content_checks.py."""

from django.db.models import Q
from django.utils import timezone

from guides.models import GuidePage
from teams.access import department_filter, sees_every_department


def overdue_guides(user=None):
    """Guides never checked, or past their review date; a department editor sees only their department's."""
    guides = GuidePage.objects.filter(Q(next_review_due__lt=timezone.localdate()) | Q(next_review_due=None))
    if user is not None and not sees_every_department(user):
        guides = guides.filter(department_filter(user, prefix="platform__department__"))
    return guides.select_related("platform__department").order_by("platform__department__name", "next_review_due")
