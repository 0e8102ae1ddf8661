"""The guides index and its landing pages: filters from query parameters, shareable and without JavaScript. The
index page hands over its published guides, so this module imports no guide model."""

from django import forms
from django.utils.translation import gettext_lazy as _

from content.models import Pillar, PlatformPage, Sector
from content.models.platforms import GUIDES_PER_PAGE
from core.filters import ListingFilterForm, listing_context, slug_choice
from core.pagination import page_of, query_without_page
from guides.choices import Audience
from guides.pages import unrestricted


class GuideFilterForm(ListingFilterForm):
    """Field names are the Vietnamese query parameters: /huong-dan/?tru-cot=kinh-te-so&linh-vuc=thuong-mai."""

    lookups = {"tru-cot": "pillar", "linh-vuc": "sectors", "nen-tang": "platform", "doi-tuong": "audience"}

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["tru-cot"] = slug_choice(Pillar.objects.all(), _("Trụ cột"))
        self.fields["linh-vuc"] = slug_choice(Sector.objects.all(), _("Lĩnh vực"))
        self.fields["nen-tang"] = slug_choice(
            PlatformPage.objects.live().filter(unrestricted()).order_by("title"), _("Nền tảng")
        )
        self.fields["doi-tuong"] = forms.ChoiceField(
            choices=[("", _("Tất cả")), *Audience.choices], required=False, label=_("Dành cho")
        )


def guide_listing_context(request, guides):
    form = GuideFilterForm(request.GET or None)
    return {
        **listing_context(request, form, guides.distinct(), GUIDES_PER_PAGE, "guides"),
        "pillars": Pillar.objects.all(),
        "sectors": Sector.objects.all(),
    }


def pillar_landing_context(pillar, guides):
    guides = list(guides.filter(pillar=pillar))
    platforms = (
        PlatformPage.objects.live().filter(unrestricted(), pillar=pillar).select_related("department").order_by("title")
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
