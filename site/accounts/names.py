"""A person's name, the one rule for every place a name is recorded: the member import, the leader's form, the
admin's form and sign-up with an invitation code.

A name is letters of any script (Vietnamese and the spellings of ethnic minorities' names alike: any Unicode letter,
with its combining marks), spaces, apostrophes (' and U+2019), hyphens and dots, and begins with a letter. Digits and
symbols are refused, and so is a cell a spreadsheet would run as a formula (=, +, -, @ at the start). Spaces around
the name are trimmed and inner runs of spaces collapse to one; the result is NFC."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.unicode_text import nfc

MAX_NAME_LENGTH = 150
NAME_PUNCTUATION = frozenset("'\u2019-.")  # the apostrophe as typed, and as a phone or Word curls it

EMPTY_NAME = _("Hãy nhập họ và tên.")
NAME_TOO_LONG = _("Họ và tên dài quá %(limit)d ký tự.")
NAME_STARTS_WRONG = _("Họ và tên phải bắt đầu bằng một chữ cái.")
NAME_HAS_DIGITS = _("Họ và tên không được có chữ số.")
NAME_HAS_SYMBOLS = _(
    "Họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy ('), gạch nối (-) và dấu chấm; không có “%(chars)s”."
)


def collapse_spaces(value):
    """Trimmed, with every run of blanks (tabs, non-breaking spaces, line breaks) made one space."""
    return " ".join(str(value or "").split())


def is_name_character(char):
    category = unicodedata.category(char)
    return category[0] in "LM" or char == " " or char in NAME_PUNCTUATION


def clean_person_name(value):
    """The name as it is stored (NFC, spaces collapsed), or a ValidationError saying in Vietnamese what is wrong."""
    name = nfc(collapse_spaces(value))
    if not name:
        raise ValidationError(EMPTY_NAME, code="required")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(NAME_TOO_LONG, code="max_length", params={"limit": MAX_NAME_LENGTH})
    if any(unicodedata.category(char) == "Nd" or char.isdigit() for char in name):
        raise ValidationError(NAME_HAS_DIGITS, code="name_digits")
    wrong = sorted({char for char in name if not is_name_character(char)})
    if wrong:
        shown = "".join(char if char.isprintable() else f"U+{ord(char):04X}" for char in wrong)
        raise ValidationError(NAME_HAS_SYMBOLS, code="name_symbols", params={"chars": shown})
    if unicodedata.category(name[0])[0] != "L":
        raise ValidationError(NAME_STARTS_WRONG, code="name_start")
    return name


def validate_person_name(value):
    """The rule as a field validator (it checks; the form's clean method stores `clean_person_name`'s result)."""
    clean_person_name(value)
