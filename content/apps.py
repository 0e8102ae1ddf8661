from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

import content.ids  # noqa: F401  registers the <id:...> path converter before any URL or model uses it


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Nội dung")

    def ready(self):
        from content import signals

        signals.connect()
