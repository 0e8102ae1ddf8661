from django.contrib import messages
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from content.editorial import departments_of
from guides.admin_views import OverdueGuidesView, confirm_guide_check, writing_guide
from guides.content_checks import content_checks
from guides.editorial import overdue_guides, overdue_reasons
from guides.models import GuideFeedback, GuidePage, OfficialSource, OfficialSourceForm


def helpful_in_words(helpful):
    """The citizen's yes or no in words, wherever the admin shows it (never Python's True or False)."""
    return str(_("Có") if helpful else _("Không"))


class FeedbackIndexView(IndexView):
    custom_field_preprocess = {"helpful": {"csv": helpful_in_words, "xlsx": helpful_in_words}}


class FeedbackInspectView(InspectView):
    def get_helpful_display_value(self):
        return helpful_in_words(self.object.helpful)


class GuideFeedbackViewSet(ModelViewSet):
    """Citizens' answers, for editors to read and export; they are never edited."""

    model = GuideFeedback
    index_view_class = FeedbackIndexView
    inspect_view_class = FeedbackInspectView
    icon = "comment"
    menu_label = _("Phản hồi hướng dẫn")
    menu_order = 250
    add_to_admin_menu = True
    exclude_form_fields = []
    form_fields = ["helpful", "comment"]
    list_display = [
        "guide",
        Column(
            "helpful",
            label=_("Có ích"),
            accessor=lambda feedback: helpful_in_words(feedback.helpful),
            sort_key="helpful",
        ),
        "comment",
        "created_at",
    ]
    list_filter = ["helpful", "created_at"]
    search_fields = ["comment"]
    list_export = ["guide", "helpful", "comment", "created_at"]
    export_headings = {"guide": _("Hướng dẫn"), "helpful": _("Có ích"), "comment": _("Góp ý"), "created_at": _("Lúc")}
    inspect_view_enabled = True
    inspect_view_fields = ["guide", "helpful", "comment", "created_at"]  # not client_id, a technical key
    copy_view_enabled = False

    def get_queryset(self, request):
        return GuideFeedback.objects.select_related("guide")


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return GuideFeedbackViewSet("guide_feedback")


@hooks.register("register_admin_urls")
def register_editorial_urls():
    urls = [
        path("", OverdueGuidesView.as_view(), name="overdue"),
        path("ket-qua/", OverdueGuidesView.as_view(results_only=True), name="overdue_results"),
        path("cach-viet/", writing_guide, name="writing_guide"),
    ]
    return [
        path("ra-soat-huong-dan/", include((urls, "guides_admin"), namespace="guides_admin")),
        path("huong-dan/<int:guide_id>/xac-nhan-kiem-tra/", confirm_guide_check, name="guides_confirm_check"),
    ]


class OfficialSourceViewSet(SnippetViewSet):
    """The official pages and documents guides are checked against; department editors and reviewers and the
    province moderators keep them (content.editorial grants the permissions)."""

    model = OfficialSource
    icon = "link-external"
    menu_label = _("Nguồn chính thức")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["title", "issuer", "issued_on", "changed_on", "fetched_at"]
    search_fields = ["title", "issuer", "url"]
    list_export = ["title", "url", "issuer", "issued_on", "changed_on", "fetched_at"]
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("url"),
            FieldPanel("issuer"),
            FieldRowPanel([FieldPanel("issued_on"), FieldPanel("changed_on")]),
        ],
        base_form_class=OfficialSourceForm,
    )


register_snippet(OfficialSourceViewSet)


class EditorialMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_reports_menu_item")
def register_overdue_report():
    return EditorialMenuItem(
        _("Hướng dẫn cần rà soát"), reverse("guides_admin:overdue"), name="overdue-guides", icon_name="time", order=50
    )


@hooks.register("register_help_menu_item")
def register_writing_guide():
    return MenuItem(
        _("Cách viết hướng dẫn"), reverse("guides_admin:writing_guide"), name="writing-guide", icon_name="doc-full"
    )


def warn_about_content(request, page):
    if isinstance(page.specific, GuidePage):
        problems = content_checks(page.specific)
        if problems:
            messages.warning(
                request,
                _("Đã lưu. %(count)s điểm nên sửa: %(first)s") % {"count": len(problems), "first": problems[0]},
            )


hooks.register("after_create_page", warn_about_content)
hooks.register("after_edit_page", warn_about_content)


class DepartmentPanel(Component):
    """The department editor's dashboard: their guides due for review, citizens' feedback, and what other apps
    add through the `department_dashboard_sections` hook (the difficulties reported about their platforms)."""

    name = "department_editorial"
    order = 50
    template_name = "guides/admin/department_panel.html"

    def __init__(self, request, departments):
        self.request, self.departments = request, departments

    def get_context_data(self, parent_context):
        guides = list(
            GuidePage.objects.filter(platform__department__in=self.departments)
            .select_related("platform")
            .order_by("next_review_due")[:50]
        )
        counts = GuideFeedback.counts_for(guides)
        today = timezone.localdate()
        overdue = list(overdue_guides(today=today).filter(platform__department__in=self.departments)[:50])
        for guide in overdue:
            guide.overdue_reasons = overdue_reasons(guide, today)
        sections = []
        for build_section in hooks.get_hooks("department_dashboard_sections"):
            sections.extend(build_section(self.request, self.departments))
        return {
            "departments": self.departments,
            "overdue": overdue,
            "feedback": [(guide, *counts.get(guide.pk, (0, 0))) for guide in guides if guide.pk in counts],
            "sections": sections,
        }


@hooks.register("construct_homepage_panels")
def add_department_panel(request, panels):
    departments = list(departments_of(request.user))
    if departments:
        panels.append(DepartmentPanel(request, departments))


@hooks.register("insert_global_admin_css")
def phone_admin_css():
    """Issue 18: the admin's breadcrumbs and header row wrap on a phone instead of scrolling sideways."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-phone.css"))


@hooks.register("insert_global_admin_js")
def admin_field_names():
    """Issue 18: Wagtail's rich-text, tag and stream text inputs get their visible label as a name."""
    return format_html('<script src="{}" defer></script>', static("js/admin-names.js"))
