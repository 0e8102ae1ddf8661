from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TeamsConfig(AppConfig):
    name = "teams"
    verbose_name = _("Tổ công nghệ số")

    def ready(self):
        # Declares the coverage figures and what they show in every process, not only in those that draw them: a
        # change made by a command or a worker retires them too.
        from teams import coverage  # noqa: F401
