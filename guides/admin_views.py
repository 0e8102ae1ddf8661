"""Editorial screens inside the Wagtail admin: guides due for review and the writing guide."""

import datetime

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from content.models import Department
from core import form_tokens
from core.public_urls import page_public_url
from guides.checks import confirm_check
from guides.editorial import overdue_guides, overdue_reasons
from guides.models import GuidePage
from teams.access import may_confirm_guide_check


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
        "reasons",
        "full_url",
    ]
    export_headings = {
        "title": _("Hướng dẫn"),
        "platform.title": _("Nền tảng"),
        "platform.department.name": _("Cơ quan, đơn vị"),
        "last_reviewed": _("Kiểm tra lần cuối"),
        "checked_against": _("Phiên bản"),
        "next_review_due": _("Hạn rà soát"),
        "reasons": _("Lý do"),
        "full_url": _("Địa chỉ"),
    }
    context_object_name = "guides"
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]

    def get_queryset(self):
        return overdue_guides(self.request.user)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        today = timezone.localdate()
        for guide in context[self.context_object_name]:
            guide.overdue_reasons = overdue_reasons(guide, today)
            guide.may_confirm = may_confirm_guide_check(self.request.user, guide)
        return context

    def get_filename(self):
        return f"huong-dan-can-ra-soat-{datetime.date.today():%Y-%m-%d}"

    def to_row_dict(self, item):
        # The address people open, not the Wagtail Site's host name (the demo's says 127.0.0.1:8000).
        item.reasons = "; ".join(overdue_reasons(item))
        row = super().to_row_dict(item)
        row["full_url"] = page_public_url(item, self.request)
        return row


class ConfirmCheckForm(forms.Form):
    followed = forms.BooleanField(
        label=_("Tôi đã làm theo/đối chiếu từng bước với các nguồn dưới đây"),
        error_messages={"required": _("Hãy đánh dấu ô này khi bạn đã đối chiếu từng bước với các nguồn.")},
    )
    app_version = forms.CharField(
        label=_("Phiên bản ứng dụng hoặc trang web đã dùng"),
        max_length=60,
        required=False,
        help_text=_("Chỉ ghi phiên bản bạn thấy trên ứng dụng hoặc nguồn chính thức. Ví dụ: VNeID 2.1.8."),
    )
    note = forms.CharField(
        label=_("Ghi chú"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


def confirm_guide_check(request, guide_id):
    """A reviewer confirms the guide was followed or compared step by step with its sources (guides.checks). The
    one screen that sets a guide's "last checked" date; posted twice, it records one check (its form token)."""
    guide = get_object_or_404(GuidePage.objects.select_related("platform__department"), pk=guide_id)
    if not may_confirm_guide_check(request.user, guide):
        if not guide.permissions_for_user(request.user).can_edit():
            raise Http404  # someone who may not even edit it learns nothing of the guide, not even its title
        # Said on the spot (the admin would only send the person to the dashboard).
        return TemplateResponse(
            request, "guides/admin/confirm_check.html", {"guide": guide, "refused": True}, status=403
        )
    if repeat := form_tokens.repeat_of_spent_form(request):
        return repeat
    sources = list(guide.sources.select_related("source"))
    form = ConfirmCheckForm(request.POST or None, initial={"app_version": guide.checked_against})
    if request.method == "POST" and sources and form.is_valid():

        def record():
            try:
                confirm_check(guide, request.user, form.cleaned_data["app_version"], form.cleaned_data["note"])
            except ValidationError as error:  # the sources were removed meanwhile
                messages.error(request, error.messages[0])
                return reverse("guides_confirm_check", args=[guide.pk])
            messages.success(request, _("Đã ghi nhận kiểm tra hướng dẫn “%(title)s”.") % {"title": guide.title})
            return reverse("wagtailadmin_pages:edit", args=[guide.pk])

        return form_tokens.create_once(request, record)
    return TemplateResponse(
        request,
        "guides/admin/confirm_check.html",
        {"guide": guide, "sources": sources, "form": form, "latest_check": guide.checks.first()},
    )


def writing_guide(request):
    return TemplateResponse(request, "guides/admin/writing_guide.html", {})
