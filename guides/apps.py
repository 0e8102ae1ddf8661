from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = _("Hướng dẫn")

    def ready(self):
        from guides import signals  # noqa: F401  (connects the receivers that keep guides' copied fields true)
