from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from content.exports import SafeExportMixin
from guides.models import GuideFeedback


class FeedbackIndexView(SafeExportMixin, IndexView):
    pass


class GuideFeedbackViewSet(ModelViewSet):
    """Citizens' answers, for editors to read and export; they are never edited."""

    model = GuideFeedback
    index_view_class = FeedbackIndexView
    icon = "comment"
    menu_label = _("Phản hồi hướng dẫn")
    menu_order = 250
    add_to_admin_menu = True
    exclude_form_fields = []
    form_fields = ["helpful", "comment"]
    list_display = ["guide", "helpful", "comment", "created_at"]
    list_filter = ["helpful", "created_at"]
    search_fields = ["comment"]
    list_export = ["guide", "helpful", "comment", "created_at"]
    export_headings = {"guide": "Hướng dẫn", "helpful": "Có ích", "comment": "Góp ý", "created_at": "Lúc"}
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_queryset(self, request):
        return GuideFeedback.objects.select_related("guide")


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return GuideFeedbackViewSet("guide_feedback")
