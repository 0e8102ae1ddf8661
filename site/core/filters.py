"""The filter forms of the public listings (guides, documents, good practices): query parameters, so they work
without JavaScript and can be shared as links."""

from django import forms


class ListingFilterForm(forms.Form):
    def valid_values(self):
        """The values that are valid; an unknown value is reported on the form and otherwise ignored."""
        self.is_valid()
        return getattr(self, "cleaned_data", {})

    @property
    def active(self):
        return any(self.data.get(name) for name in self.fields)
