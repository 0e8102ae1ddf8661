from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from guides.content_checks import content_checks

RECENT_COMMENTS = 10


class FeedbackSummaryPanel(Panel):
    """Shows editors, inside the guide's edit form, what citizens answered to "Was this guide helpful?"."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Phản hồi của người dân"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "guides/admin/feedback_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            guide = self.instance
            if guide.pk:
                feedback = guide.feedback.all()
                context["helpful_count"] = feedback.filter(helpful=True).count()
                context["not_helpful_count"] = feedback.filter(helpful=False).count()
                context["comments"] = feedback.exclude(comment="")[:RECENT_COMMENTS]
            return context


class ContentChecksPanel(Panel):
    """Plain-language checks of the saved guide, at the top of the editor: long steps, missing alt text..."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Kiểm tra nội dung"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "guides/admin/content_checks_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["problems"] = content_checks(self.instance) if self.instance.pk else []
            return context
