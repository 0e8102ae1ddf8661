from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TeamsConfig(AppConfig):
    name = "teams"
    verbose_name = _("Tổ công nghệ số")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core.aggregates import bump
        from teams.models import AdminArea, Member, Team

        def retire_coverage(**kwargs):
            bump("teams")

        for model in (AdminArea, Team, Member):
            post_save.connect(retire_coverage, sender=model, dispatch_uid=f"coverage-save-{model.__name__}")
            post_delete.connect(retire_coverage, sender=model, dispatch_uid=f"coverage-delete-{model.__name__}")
