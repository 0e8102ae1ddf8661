"""The filter forms of the public listings (guides, documents, good practices, the site search): query parameters,
so they work without JavaScript and can be shared as links. The filters fold behind "Lọc"
(includes/filter_form.html); what is chosen shows as chips, each a link to the same list without it."""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from core.pagination import PAGE_PARAMETER, page_of, query_without_page


def slug_choice(queryset, label):
    """A filter on one of `queryset`'s objects, named in the address by its slug; empty means all of them."""
    return forms.ModelChoiceField(queryset, to_field_name="slug", required=False, label=label, empty_label=_("Tất cả"))


@dataclass(frozen=True)
class FilterChip:
    """One active filter: its field's label, the chosen value in words, and the address without it."""

    label: str
    value: str
    url: str


class ListingFilterForm(forms.Form):
    # {query parameter: the lookup it filters on}, for the filters that are a plain equality.
    lookups = {}
    # Fields shown above the fold (a search box); the others fold behind "Lọc".
    always_shown = ()
    # Fields that never become a chip (the site search's own query).
    unchipped = ()

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

    def shown_fields(self):
        return [self[name] for name in self.fields if name in self.always_shown]

    def folded_fields(self):
        return [self[name] for name in self.fields if name not in self.always_shown]

    @property
    def folded_errors(self):
        """True when a folded filter was refused: the fold then opens, so its message is seen."""
        return self.is_bound and any(self.errors.get(field.name) for field in self.folded_fields())

    def chips(self, request):
        """The active, valid filters, each with the address of the same list without it (and back on page one)."""
        values = self.valid_values()
        chips = []
        for name, field in self.fields.items():
            value = values.get(name)
            if name in self.unchipped or value in (None, "", [], ()):
                continue
            chips.append(FilterChip(str(field.label), value_in_words(field, value), address_without(request, [name])))
        return chips

    def clear_url(self, request):
        return address_without(request, [name for name in self.fields if name not in self.unchipped])


def value_in_words(field, value):
    if isinstance(field, forms.ModelChoiceField):
        return str(value)
    if isinstance(field, forms.ChoiceField):
        return str({str(key): label for key, label in field.choices}.get(str(value), value))
    return f"“{value}”"


def address_without(request, names):
    """The same address without the `names` parameters, the page number and the filters left empty."""
    query = request.GET.copy()
    for name in [*names, PAGE_PARAMETER, *(key for key, values in query.lists() if not any(values))]:
        query.pop(name, None)
    encoded = query.urlencode()
    return f"{request.path}?{encoded}" if encoded else request.path


def listing_context(request, form, items, per_page, name):
    """What every filtered listing's template reads: the form and its chips, one page of the filtered items under
    `name`, and the query the page links keep."""
    return {
        "filter_form": form,
        "filter_chips": form.chips(request),
        "clear_filters_url": form.clear_url(request),
        name: page_of(request, form.filtered(items), per_page),
        "query_without_page": query_without_page(request),
    }
