from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "reporting"
    verbose_name = _("Báo cáo kết quả")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core.aggregates import bump
        from reporting.models import Indicator, ReportValue, Target, TeamReport
        from teams.models import Team

        def retire_rollups(**kwargs):
            bump("reporting")

        for model in (Indicator, Target, TeamReport, ReportValue, Team):
            post_save.connect(retire_rollups, sender=model, dispatch_uid=f"rollup-save-{model.__name__}")
            post_delete.connect(retire_rollups, sender=model, dispatch_uid=f"rollup-delete-{model.__name__}")
