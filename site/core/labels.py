"""Names people read and tell apart: a village's, a team's. Two names that look the same must be the same text, or a
commune ends up with two "Thôn Đông" and a team for each.

So a label is taken in NFKC (a fullwidth letter from a Chinese or Japanese input method becomes the plain one;
composed, as every stored text is), with its blanks collapsed, and holds only letters, digits, spaces and the
punctuation place names use. Invisible characters (zero-width spaces, direction overrides that turn the rest of a
line around), control characters, emoji and other symbols are refused with a message that names them; so is a label
a spreadsheet would run as a formula: it must begin with a letter or a digit."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LABEL_PUNCTUATION = frozenset("'\u2019-\u2013.,/()")

LABEL_STARTS_WRONG = _("Tên phải bắt đầu bằng chữ cái hoặc chữ số.")
LABEL_HAS_SYMBOLS = _(
    "Tên chỉ gồm chữ cái, chữ số, dấu cách và các dấu ' - . , / ( ); không có “%(chars)s”. Hãy gõ lại tên, "
    "đừng dán từ nơi khác."
)


def shown_characters(chars):
    """What was refused, as a person can read it: an invisible character by its code."""
    return " ".join(char if char.isprintable() else f"U+{ord(char):04X}" for char in chars)


def is_label_character(char):
    return char.isspace() or unicodedata.category(char)[0] in "LMN" or char in LABEL_PUNCTUATION


def clean_label(value):
    """The label as it is stored, or a ValidationError in Vietnamese; an empty value stays empty."""
    text = unicodedata.normalize("NFKC", str(value or ""))
    wrong = sorted({char for char in text if not is_label_character(char)})
    if wrong:
        raise ValidationError(LABEL_HAS_SYMBOLS, code="label_symbols", params={"chars": shown_characters(wrong)})
    label = " ".join(text.split())
    if label and unicodedata.category(label[0])[0] not in "LN":
        raise ValidationError(LABEL_STARTS_WRONG, code="label_start")
    return label
