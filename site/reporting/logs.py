"""Logging help as it is given, and adding it up for a team's period."""

from django.db.models import Sum

from reporting.models import Indicator, SupportCount, SupportLog


def active_indicators():
    return list(Indicator.objects.filter(active=True).order_by("sort_order", "name"))


def log_totals(team, period):
    """{indicator id: total} of the team's logs dated within the period, in one query."""
    rows = (
        SupportCount.objects.filter(log__team=team, log__date__gte=period.start, log__date__lte=period.end)
        .values("indicator_id")
        .annotate(total=Sum("value"))
    )
    return {row["indicator_id"]: row["total"] for row in rows}


def last_log_of(user):
    return SupportLog.objects.filter(volunteer=user).order_by("-created_at").first()
