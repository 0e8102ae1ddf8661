"""Limits for the dates people type: a date a form accepts must be one the site can mean. Events that happened are not
in the future; team matters do not predate the teams; a deadline is not years away.

Two kinds, in two places. Fixed bounds (not before the teams, not after 2100) sit on the model fields, so the site's
forms, the admin's and the imports all refuse year 1 and year 9999 with the same words, on every day alike. Limits
that move with today (not in the future, within a year back, a deadline ahead) sit on the forms that take new input
(TodayRelativeLimits), and apply to a value the person typed: a help log of last year, or an announcement whose
deadline has passed, still saves unchanged through any form, the admin's included."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# The teams were piloted from March 2022; a little earlier still leaves room for the decisions that set them up.
TEAMS_BEGAN = datetime.date(2020, 1, 1)
# The oldest legal document the library can hold: the state's founding day.
FIRST_LEGAL_DOCUMENT = datetime.date(1945, 9, 2)
# Later than anything the site plans, far enough that no stored date reaches it: year 9999 is a typing mistake.
LAST_DAY = datetime.date(2100, 12, 31)


def shown(day):
    """dd/mm/yyyy, the way people write dates here, for any year (strftime does not pad year 1)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def not_in_future(value):
    """For something that has happened: today at the latest."""
    if value > timezone.localdate():
        raise ValidationError(
            _("Ngày %(date)s chưa tới. Hãy chọn hôm nay hoặc một ngày đã qua."),
            code="future_date",
            params={"date": shown(value)},
        )


def not_in_past(value):
    """For something still to be done: today at the earliest."""
    if value < timezone.localdate():
        raise ValidationError(
            _("Ngày %(date)s đã qua. Hãy chọn một ngày từ hôm nay trở đi."),
            code="past_date",
            params={"date": shown(value)},
        )


@deconstructible
class NotBefore:
    """A date on or after `earliest`; earlier ones are typing mistakes (a wrong year, 0001-01-01)."""

    def __init__(self, earliest):
        self.earliest = earliest

    def __call__(self, value):
        if value < self.earliest:
            raise ValidationError(
                _("Ngày %(date)s quá xa (trước %(earliest)s). Hãy kiểm tra lại năm."),
                code="date_too_early",
                params={"date": shown(value), "earliest": shown(self.earliest)},
            )

    def __eq__(self, other):
        return isinstance(other, NotBefore) and other.earliest == self.earliest


@deconstructible
class NotAfter:
    """A date on or before `latest`; later ones are typing mistakes (a wrong year, 9999-12-31)."""

    def __init__(self, latest):
        self.latest = latest

    def __call__(self, value):
        if value > self.latest:
            raise ValidationError(
                _("Ngày %(date)s quá xa (sau %(latest)s). Hãy kiểm tra lại năm."),
                code="date_too_late",
                params={"date": shown(value), "latest": shown(self.latest)},
            )

    def __eq__(self, other):
        return isinstance(other, NotAfter) and other.latest == self.latest


@deconstructible
class AtMostDaysAhead:
    """A date no further than `days` from today, for deadlines and plans."""

    def __init__(self, days):
        self.days = days

    def __call__(self, value):
        latest = timezone.localdate() + datetime.timedelta(days=self.days)
        if value > latest:
            raise ValidationError(
                _("Ngày %(date)s quá xa (sau %(latest)s). Hãy kiểm tra lại năm."),
                code="date_too_late",
                params={"date": shown(value), "latest": shown(latest)},
            )

    def __eq__(self, other):
        return isinstance(other, AtMostDaysAhead) and other.days == self.days


@deconstructible
class AtMostDaysAgo:
    """A date no more than `days` before today, for entries made close to what they record."""

    def __init__(self, days):
        self.days = days

    def __call__(self, value):
        earliest = timezone.localdate() - datetime.timedelta(days=self.days)
        if value < earliest:
            raise ValidationError(
                _("Ngày %(date)s đã quá xa (trước %(earliest)s). Hãy kiểm tra lại."),
                code="date_too_early",
                params={"date": shown(value), "earliest": shown(earliest)},
            )

    def __eq__(self, other):
        return isinstance(other, AtMostDaysAgo) and other.days == self.days


def fixed_bounds(earliest=TEAMS_BEGAN):
    """The validators of a model's date field: the same on every day, so an old row always saves unchanged."""
    return [NotBefore(earliest), NotAfter(LAST_DAY)]


# A day something happened (joining, leaving, a team set up, a document issued, a guide checked): today at the latest.
HAS_HAPPENED = (not_in_future,)


def team_event():
    """Validators of a form field for a day in a team's life (joining, leaving, being set up), typed anew."""
    return [*fixed_bounds(TEAMS_BEGAN), *HAS_HAPPENED]


def first_refusal(checks, value):
    """The error of the first check that refuses the value, or None."""
    for check in checks:
        try:
            check(value)
        except ValidationError as error:
            return error
    return None


class TodayRelativeLimits:
    """For a ModelForm (mixed in before it): `today_relative_limits` maps a field's name to checks that move with
    today. They apply to a new row, and to an old row's value only when it differs from the one stored: last year's
    help log is still last year's, and saving its note must not need a new date."""

    today_relative_limits = {}

    def clean(self):
        cleaned = super().clean()
        for name, checks in self.today_relative_limits.items():
            value = cleaned.get(name)
            # Compared with the row as stored, not with changed_data: that trusts the form's hidden initial value
            # (fields with a callable default send one), which the sender may set to anything.
            stored = None if self.instance.pk is None else getattr(self.instance, name, None)
            if value is None or name not in self.fields or value == stored:
                continue
            error = first_refusal(checks, value)
            if error is not None:
                self.add_error(name, error)
        return cleaned
