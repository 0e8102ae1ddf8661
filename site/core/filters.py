"""The filter forms of the public listings (guides, documents, good practices): query parameters, so they work
without JavaScript and can be shared as links."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.pagination import page_of, query_without_page


def slug_choice(queryset, label):
    """A filter on one of `queryset`'s objects, named in the address by its slug; empty means all of them."""
    return forms.ModelChoiceField(queryset, to_field_name="slug", required=False, label=label, empty_label=_("Tất cả"))


class ListingFilterForm(forms.Form):
    # {query parameter: the lookup it filters on}, for the filters that are a plain equality.
    lookups = {}

    def valid_values(self):
        """The values that are valid; an unknown value is reported on the form and otherwise ignored."""
        self.is_valid()
        return getattr(self, "cleaned_data", {})

    def filtered(self, items):
        values = self.valid_values()
        for name, lookup in self.lookups.items():
            if values.get(name):
                items = items.filter(**{lookup: values[name]})
        return items

    @property
    def active(self):
        return any(self.data.get(name) for name in self.fields)


def listing_context(request, form, items, per_page, name):
    """What every filtered listing's template reads: the form, one page of the filtered items under `name`, and the
    query the page links keep."""
    return {
        "filter_form": form,
        name: page_of(request, form.filtered(items), per_page),
        "query_without_page": query_without_page(request),
    }
