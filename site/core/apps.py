from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

import core.ids  # noqa: F401  registers the <id:...> path converter before any URL or model uses it


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Nền tảng chung")

    def ready(self):
        from core import frontend_purge, page_cache  # noqa: F401  declare what the caches show, in every process
        from core.cache_retirement import connect_retirements
        from core.exports import make_wagtail_exports_formula_safe, refuse_wagtail_exports_without_columns
        from core.unicode_text import connect_nfc_on_save

        make_wagtail_exports_formula_safe()
        refuse_wagtail_exports_without_columns()
        connect_retirements()  # what was declared before the models were loaded
        connect_nfc_on_save()
