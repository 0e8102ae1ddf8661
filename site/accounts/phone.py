"""Vietnamese phone numbers, stored in one canonical form (+84 followed by the national number)."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

SEPARATORS = frozenset(".()")
# Dashes of every kind, accents typed over a digit, and invisible marks that phones copy along with a number.
DROPPED_CATEGORIES = frozenset(["Pd", "Mn", "Cf"])
# Mobile numbers have 9 digits after the leading 0 (03x, 05x, 07x, 08x, 09x); landlines have 10 (02xx).
NATIONAL_NUMBER = re.compile(r"^(?:[35789][0-9]{8}|2[0-9]{9})$")

INVALID_PHONE_MESSAGE = _(
    "Số điện thoại không hợp lệ. Hãy nhập số Việt Nam gồm 10 chữ số, ví dụ 0912 345 678 hoặc +84 912 345 678."
)


def plain_digits(raw):
    """The typed text without separators and with ASCII digits: fullwidth digits (U+FF10...) and other scripts'
    digits are the same number, so that one number has one stored form whichever keyboard typed it."""
    kept = []
    for char in unicodedata.normalize("NFKC", str(raw or "")):
        if char.isspace() or char in SEPARATORS or unicodedata.category(char) in DROPPED_CATEGORIES:
            continue
        digit = unicodedata.decimal(char, None)
        kept.append(char if digit is None else str(digit))
    return "".join(kept)


def normalize_phone(raw):
    """Return the number as +84XXXXXXXXX, accepting 0912 345 678, 0912.345.678, (0912)345678, +84 912 345 678,
    +84 (0) 912 345 678, 0084 912 345 678 or 84912345678."""
    digits = plain_digits(raw)
    if digits.startswith("0") and not digits.startswith("0084"):
        national = digits[1:]
    else:
        for country_code in ("+84", "0084", "84"):
            if digits.startswith(country_code):
                national = digits[len(country_code) :]
                break
        else:
            raise ValidationError(INVALID_PHONE_MESSAGE, code="invalid_phone")
        national = national.removeprefix("0")  # the trunk 0 some keep after the country code: +84 (0) 912 ...
    if not NATIONAL_NUMBER.match(national):
        raise ValidationError(INVALID_PHONE_MESSAGE, code="invalid_phone")
    return "+84" + national


def looks_like_phone(value):
    try:
        normalize_phone(value)
    except ValidationError:
        return False
    return True


def format_phone(normalized):
    """The way people write it locally: 0912 345 678."""
    if not normalized or not normalized.startswith("+84"):
        return normalized or ""
    national = "0" + normalized[3:]
    if len(national) == 11:  # landline: 024 3825 5555
        return f"{national[:3]} {national[3:7]} {national[7:]}"
    return f"{national[:4]} {national[4:7]} {national[7:]}"
