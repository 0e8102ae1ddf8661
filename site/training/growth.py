"""Members ready for field work over time, for teams' growth figures (teams.growth.READY_MEMBERS_HOOK): a member
became ready when they completed the last of the required modules, and counts as ready on a day when they had by
then and counted as a member that day."""

import datetime

from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.utils import timezone

from training.models import Completion
from training.pages import required_module_ids


def ready_members_series(members, days, counts_on):
    """[members ready on each day], in one query (plus the required modules' ids): the moment each member became
    ready is a subquery of the member's row, computed once per row, and each day is a conditional count over them."""
    required = required_module_ids()
    if not required or not days:
        return [0] * len(days)
    became_ready = (
        Completion.objects.filter(user_id=OuterRef("user_id"), module_id__in=required)
        .values("user_id")
        .annotate(done=Count("module_id", distinct=True), last=Max("completed_at"))
        .filter(done=len(required))
        .values("last")
    )
    ready = members.filter(user__isnull=False).annotate(became_ready=Subquery(became_ready))
    values = ready.aggregate(
        **{
            f"d{position}": Count("pk", filter=counts_on(day) & Q(became_ready__lt=start_of_next_day(day)))
            for position, day in enumerate(days)
        }
    )
    return [values[f"d{position}"] for position in range(len(days))]


def start_of_next_day(day):
    """Completions are moments; a day ends where the next one begins, in the site's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min))
