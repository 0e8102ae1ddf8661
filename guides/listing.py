"""The guides index and its landing pages: filters from query parameters, shareable and without JavaScript. The
index page hands over its published guides, so this module imports no guide model."""

from django import forms
from django.utils.translation import gettext_lazy as _

from content.models import Pillar, PlatformPage, Sector
from core.filters import ListingFilterForm
from core.pagination import page_of, query_without_page
from guides.choices import Audience

GUIDES_PER_PAGE = 20


class GuideFilterForm(ListingFilterForm):
    """Field names are the Vietnamese query parameters: /huong-dan/?tru-cot=kinh-te-so&linh-vuc=thuong-mai."""

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["tru-cot"] = forms.ModelChoiceField(
            Pillar.objects.all(), to_field_name="slug", required=False, label=_("Trụ cột"), empty_label=_("Tất cả")
        )
        self.fields["linh-vuc"] = forms.ModelChoiceField(
            Sector.objects.all(), to_field_name="slug", required=False, label=_("Lĩnh vực"), empty_label=_("Tất cả")
        )
        self.fields["nen-tang"] = forms.ModelChoiceField(
            PlatformPage.objects.live().public().order_by("title"),
            to_field_name="slug",
            required=False,
            label=_("Nền tảng"),
            empty_label=_("Tất cả"),
        )
        self.fields["doi-tuong"] = forms.ChoiceField(
            choices=[("", _("Tất cả")), *Audience.choices], required=False, label=_("Dành cho")
        )

    def filtered(self, guides):
        """Apply the valid filters; an unknown value is reported on the form and otherwise ignored."""
        values = self.valid_values()
        if values.get("tru-cot"):
            guides = guides.filter(pillar=values["tru-cot"])
        if values.get("linh-vuc"):
            guides = guides.filter(sectors=values["linh-vuc"])
        if values.get("nen-tang"):
            guides = guides.filter(platform=values["nen-tang"])
        if values.get("doi-tuong"):
            guides = guides.filter(audience=values["doi-tuong"])
        return guides


def guide_listing_context(request, guides):
    form = GuideFilterForm(request.GET or None)
    guides = form.filtered(guides).distinct()
    return {
        "filter_form": form,
        "guides": page_of(request, guides, GUIDES_PER_PAGE),
        "pillars": Pillar.objects.all(),
        "sectors": Sector.objects.all(),
        "query_without_page": query_without_page(request),
    }


def pillar_landing_context(pillar, guides):
    guides = list(guides.filter(pillar=pillar))
    platforms = (
        PlatformPage.objects.live().public().filter(pillar=pillar).select_related("department").order_by("title")
    )
    return {
        "pillar": pillar,
        "platforms": platforms,
        "guides": guides,
        "sectors": Sector.objects.filter(guidepage__in=guides).distinct(),
    }


def sector_landing_context(request, sector, guides):
    guides = guides.filter(sectors=sector).distinct()
    return {
        "sector": sector,
        "guides": page_of(request, guides, GUIDES_PER_PAGE),
        "query_without_page": query_without_page(request),
    }
