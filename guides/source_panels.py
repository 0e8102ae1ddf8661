"""The guide editor's "Độ chính xác" panel: the sources a guide was checked against, and its last confirmed check
(read-only: only a reviewer's confirmation sets it, guides/checks.py). Imports no guide model, so models.py can."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import InlinePanel, Panel
from wagtail.admin.panels.base import get_form_for_model

from teams.access import may_confirm_guide_check


class SourcesPanel(InlinePanel):
    """An InlinePanel whose forms are built from the child model's `base_form_class` (Wagtail's InlinePanel builds
    them from a plain admin form), so a read date ahead is refused as other dates are (core.dates)."""

    def get_form_options(self):
        options = super().get_form_options()
        formset = options["formsets"][self.relation_name]
        deferred = self.child_edit_handler.get_form_options().get("defer_required_on_fields")
        formset["form"] = get_form_for_model(
            self.db_field.related_model,
            form_class=self.db_field.related_model.base_form_class,
            fields=formset["fields"],
            **({"defer_required_on_fields": deferred} if deferred else {}),
        )
        return options


class CheckStatusPanel(Panel):
    """The last confirmed check (date, version, reviewer, note), the review date, and the link to confirm a check
    for those who may (teams.access.may_confirm_guide_check)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Kiểm tra lần cuối"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "guides/admin/check_status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            guide = self.instance
            context["latest_check"] = None
            context["confirm_url"] = None
            if guide.pk:
                context["latest_check"] = guide.checks.select_related("reviewer").first()
                if may_confirm_guide_check(self.request.user, guide):
                    context["confirm_url"] = reverse("guides_confirm_check", args=[guide.pk])
            return context
