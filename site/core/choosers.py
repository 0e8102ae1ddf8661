"""Admin choosers that name only what the form accepts.

A Wagtail chooser widget draws the object a posted id names by looking it up in the whole table. When a form refuses
an id outside the person's scope and shows itself again, the chooser would still print that object's name: walking
the ids would list every team and village in the country. Forms that narrow a chosen field's queryset mix this in,
and their choosers look the posted id up in that queryset only."""

from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.widgets.chooser import BaseChooser


def instance_among_choices(field, value):
    """The chosen object when the field would accept it, else None (the chooser then shows nothing chosen)."""
    if value in (None, ""):
        return None
    key = getattr(value, "pk", value)
    try:
        return field.queryset.filter(pk=key).first()
    except (TypeError, ValueError, ValidationError):
        return None


class ChoosersShowOnlyChoices:
    """For a model form (mixed in before it). Applies to every chooser field, whatever sets its queryset later:
    the lookup reads the field's queryset when the widget is drawn."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField) and isinstance(field.widget, BaseChooser):
                field.widget.get_instance = lambda value, field=field: instance_among_choices(field, value)
