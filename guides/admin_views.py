"""Editorial screens inside the Wagtail admin: guides due for review and the writing guide."""

import datetime

import django_filters
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from content.models import Department
from core.public_urls import page_public_url
from guides.editorial import overdue_guides
from guides.models import GuidePage


class OverdueFilterSet(WagtailFilterSet):
    department = django_filters.ModelChoiceFilter(
        field_name="platform__department", queryset=Department.objects.all(), label=_("Cơ quan, đơn vị")
    )

    class Meta:
        model = GuidePage
        fields = ["department"]


class OverdueGuidesView(ReportView):
    """Guides whose review date has passed (or that were never checked), by department."""

    page_title = _("Hướng dẫn cần rà soát")
    header_icon = "time"
    results_template_name = "guides/admin/overdue_results.html"
    index_url_name = "guides_admin:overdue"
    index_results_url_name = "guides_admin:overdue_results"
    filterset_class = OverdueFilterSet
    list_export = [
        "title",
        "platform.title",
        "platform.department.name",
        "last_reviewed",
        "checked_against",
        "next_review_due",
        "full_url",
    ]
    export_headings = {
        "title": _("Hướng dẫn"),
        "platform.title": _("Nền tảng"),
        "platform.department.name": _("Cơ quan, đơn vị"),
        "last_reviewed": _("Kiểm tra lần cuối"),
        "checked_against": _("Phiên bản"),
        "next_review_due": _("Hạn rà soát"),
        "full_url": _("Địa chỉ"),
    }
    context_object_name = "guides"
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]

    def get_queryset(self):
        return overdue_guides(self.request.user)

    def get_filename(self):
        return f"huong-dan-can-ra-soat-{datetime.date.today():%Y-%m-%d}"

    def to_row_dict(self, item):
        # The address people open, not the Wagtail Site's host name (the demo's says 127.0.0.1:8000).
        row = super().to_row_dict(item)
        row["full_url"] = page_public_url(item, self.request)
        return row


def writing_guide(request):
    return TemplateResponse(request, "guides/admin/writing_guide.html", {})
