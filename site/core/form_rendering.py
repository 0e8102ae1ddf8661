"""How every form of the site and of the admin is drawn (FORM_RENDERER): Django's own widget templates, except the
few in core/form_templates that replace them. The one replaced today is a select's choice: the empty choice Django
and its model fields label "---------" says "— Chọn —" wherever it appears, in the site's forms, filters and the
admin's (a read-only admin field showing an empty choice: templates/wagtailadmin/panels/read_only_output.html).
Fields that name their empty choice themselves ("Tất cả", "(không ghi thôn)") keep their words."""

from pathlib import Path

import django.forms
from django.forms.renderers import DjangoTemplates
from django.utils.functional import cached_property

OWN_TEMPLATES = Path(__file__).resolve().parent / "form_templates"
DJANGO_TEMPLATES = Path(django.forms.__file__).resolve().parent / "templates"


class SiteFormRenderer(DjangoTemplates):
    @cached_property
    def engine(self):
        return self.backend(
            {"APP_DIRS": True, "DIRS": [OWN_TEMPLATES, DJANGO_TEMPLATES], "NAME": "site-forms", "OPTIONS": {}}
        )
