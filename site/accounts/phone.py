"""Vietnamese phone numbers, stored in one canonical form (+84 followed by the national number)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

SEPARATORS = re.compile(r"[\s.\-()]")
# Mobile numbers have 9 digits after the leading 0 (03x, 05x, 07x, 08x, 09x); landlines have 10 (02xx).
NATIONAL_NUMBER = re.compile(r"^(?:[35789]\d{8}|2\d{9})$")

INVALID_PHONE_MESSAGE = _(
    "Số điện thoại không hợp lệ. Hãy nhập số Việt Nam gồm 10 chữ số, ví dụ 0912 345 678 hoặc +84 912 345 678."
)


def normalize_phone(raw):
    """Return the number as +84XXXXXXXXX, accepting 0912 345 678, 0912.345.678, +84 912 345 678 or 84912345678."""
    digits = SEPARATORS.sub("", str(raw or ""))
    if digits.startswith("+84"):
        national = digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        raise ValidationError(INVALID_PHONE_MESSAGE, code="invalid_phone")
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
