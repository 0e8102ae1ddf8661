"""Database ids from URLs and forms, bounded: a 30-digit number must be a "not found", not a database overflow."""

import re

from django import forms
from django.urls import register_converter

MAX_ID_DIGITS = 18  # below 2**63, the largest id either database stores


ID_PATTERN = re.compile(rf"[0-9]{{1,{MAX_ID_DIGITS}}}")


def parse_id(value):
    """An int for ASCII digits that fit a database id ("²" is a digit to Python, not to us); otherwise None."""
    text = str(value or "")
    return int(text) if ID_PATTERN.fullmatch(text) else None


class IdConverter:
    regex = ID_PATTERN.pattern

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")


class IdModelChoiceField(forms.ModelChoiceField):
    """A model choice that treats an impossible id as an invalid choice instead of asking the database."""

    def to_python(self, value):
        model = self.queryset.model
        by_id = self.to_field_name is None or model._meta.get_field(self.to_field_name).primary_key
        if value not in self.empty_values and by_id and parse_id(value) is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)
