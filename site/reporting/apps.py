from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "reporting"
    verbose_name = _("Báo cáo kết quả")

    def ready(self):
        # Declares the roll-up figures and what they show in every process, not only in those that draw them: a
        # change made by a command or a worker retires them too.
        from reporting import area_figures, rollup  # noqa: F401

        # The figures kept per commune follow every change to what they count, in the same transaction.
        area_figures.connect()
