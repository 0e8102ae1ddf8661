"""Spreadsheet exports that cannot run formulas on the reader's computer (CSV/formula injection)."""

import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
PHONE_NUMBER = re.compile(r"^\+\d{8,15}$")


def neutralise_formula(value):
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe.
    Phone numbers such as +84912345678 are data, not formulas, and stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) and not PHONE_NUMBER.match(value):
        return "'" + value
    return value


class SafeExportMixin:
    """For Wagtail index views with `list_export`: CSV cells are neutralised (XLSX cells are already
    stored as text by Wagtail)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value
