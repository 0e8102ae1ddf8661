"""Reporting periods, made on demand from the province's settings: weekly, monthly or quarterly."""

import calendar
import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Site

from reporting.models import PeriodKind, ReportingPeriod, ReportingSettings


def settings_for_site():
    site = Site.objects.filter(is_default_site=True).first()
    return ReportingSettings.for_site(site) if site else ReportingSettings()


def bounds(day, kind):
    if kind == PeriodKind.WEEKLY:
        start = day - datetime.timedelta(days=day.weekday())
        return start, start + datetime.timedelta(days=6)
    if kind == PeriodKind.QUARTERLY:
        first_month = 3 * ((day.month - 1) // 3) + 1
        last_month = first_month + 2
        return (
            datetime.date(day.year, first_month, 1),
            datetime.date(day.year, last_month, calendar.monthrange(day.year, last_month)[1]),
        )
    return datetime.date(day.year, day.month, 1), datetime.date(
        day.year, day.month, calendar.monthrange(day.year, day.month)[1]
    )


def period_containing(day, settings=None):
    """The period of the province's kind that contains day, created the first time it is needed."""
    settings = settings or settings_for_site()
    start, end = bounds(day, settings.period_kind)
    deadline = end + datetime.timedelta(days=settings.deadline_days)
    try:
        with transaction.atomic():
            period, _ = ReportingPeriod.objects.get_or_create(
                kind=settings.period_kind,
                start=start,
                defaults={
                    "end": end,
                    "deadline": deadline,
                    "closes_on": deadline + datetime.timedelta(days=settings.grace_days),
                },
            )
    except IntegrityError:
        period = ReportingPeriod.objects.get(kind=settings.period_kind, start=start)
    return period


def previous_periods(period, count, settings=None):
    """count periods ending with this one, oldest first, read in one query (missing ones are created)."""
    settings = settings or settings_for_site()
    starts, day = [], period.start
    for _ in range(count):
        start, _end = bounds(day, period.kind)
        starts.insert(0, start)
        day = start - datetime.timedelta(days=1)
    existing = {found.start: found for found in ReportingPeriod.objects.filter(kind=period.kind, start__in=starts)}
    return [existing.get(start) or period_containing(start, settings) for start in starts]


def latest_ended_period(settings=None):
    """The latest period that has ended: the one teams are reporting on now."""
    settings = settings or settings_for_site()
    current = period_containing(timezone.localdate(), settings)
    return period_containing(current.start - datetime.timedelta(days=1), settings)
