"""Limits for the dates people type: a date a form accepts must be one the site can mean. Events that happened are not
in the future; team matters do not predate the teams; a deadline is not years away. The validators sit on the model
fields, so the site's forms, the admin's and the imports all refuse the same dates with the same words."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# The teams were piloted from March 2022; a little earlier still leaves room for the decisions that set them up.
TEAMS_BEGAN = datetime.date(2020, 1, 1)
# The oldest legal document the library can hold: the state's founding day.
FIRST_LEGAL_DOCUMENT = datetime.date(1945, 9, 2)


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


def team_event():
    """Validators for a day something happened in a team's life: joining, leaving, being set up."""
    return [NotBefore(TEAMS_BEGAN), not_in_future]
