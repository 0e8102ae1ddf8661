from django.db.models import Case, F, Q, Value, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.views import ACCOUNT_LINKS_HOOK
from core.dates import shown
from reporting.admin_views import ApiTokenViewSet
from reporting.area_figures import kept_coverage
from reporting.forms import TargetAdminForm
from reporting.models import Difficulty, DifficultyStage, DifficultyStatus, Indicator, Target
from teams.access import area_filter, in_team, scope_for
from teams.admin_views import ExportLoggingIndexView, ScopedSnippetViewSet
from teams.coverage import COVERAGE_SOURCE_HOOK

hooks.register(COVERAGE_SOURCE_HOOK, kept_coverage)


class IndicatorViewSet(SnippetViewSet):
    """The province's indicators; only superusers change them, so figures stay comparable across periods."""

    model = Indicator
    icon = "list-ol"
    menu_label = _("Chỉ tiêu")
    index_view_class = ExportLoggingIndexView
    search_backend_name = None
    search_fields = ["code", "name"]
    list_display = ["name", "code", "unit", "pillar", "active", "sort_order"]
    list_filter = ["active", "pillar"]
    list_export = ["code", "name", "unit", "pillar", "platform", "active", "sort_order"]


def visible_targets(user):
    return Target.objects.filter(area_filter(user, prefix="area__")).select_related("area", "indicator")


class TargetViewSet(ScopedSnippetViewSet):
    model = Target
    scope = staticmethod(visible_targets)
    icon = "pick"
    menu_label = _("Chỉ tiêu năm theo địa bàn")
    search_fields = ["area__name", "indicator__name"]
    list_display = ["area", "indicator", "year", "value"]
    list_filter = ["year"]
    list_export = ["area", "indicator", "year", "value"]
    edit_handler = ObjectList(
        [FieldPanel("area"), FieldPanel("indicator"), FieldPanel("year"), FieldPanel("value")],
        base_form_class=TargetAdminForm,
    )


class ReportingGroup(SnippetViewSetGroup):
    menu_label = _("Báo cáo kết quả")
    menu_icon = "table"
    menu_order = 210
    items = (IndicatorViewSet, TargetViewSet)


register_snippet(ReportingGroup)


@hooks.register(ACCOUNT_LINKS_HOOK)
def reporting_account_links(request):
    scope = scope_for(request.user)
    links = []
    if in_team(request.user):
        links.append(
            {
                "url": reverse("reporting:log_help"),
                "label": _("Ghi nhận hỗ trợ"),
                "description": _("Ghi lại số người bạn vừa hướng dẫn, chưa đến 30 giây."),
            }
        )
    for team_id in sorted(scope.led_team_ids):
        links.append(
            {
                "url": reverse("reporting:team_report", args=[team_id]),
                "label": _("Báo cáo kỳ này của tổ"),
                "description": _("Số liệu điền sẵn từ sổ ghi nhận; kiểm tra rồi nộp."),
            }
        )
    if scope.coordinates_areas:
        links += [
            {
                "url": reverse("reporting:results"),
                "label": _("Kết quả hỗ trợ"),
                "description": _("Tổng hợp theo địa bàn, xu hướng, chỉ tiêu và tổ chưa nộp."),
            },
            {
                "url": reverse("reporting:difficulties"),
                "label": _("Khó khăn, vướng mắc"),
                "description": _("Khó khăn các tổ báo lên: phản hồi, chuyển lên tỉnh, theo dõi hạn trả lời."),
            },
        ]
    return links


def difficulty_line(item):
    line = f"{item.text} ({item.report.team.name})"
    if item.platform:
        line = f"{item.platform.title}: {line}"
    if item.due_on and item.stage == DifficultyStage.DEPARTMENT:
        line += " · " + _("tỉnh chuyển, hạn trả lời %(date)s") % {"date": shown(item.due_on)}
    return line


@hooks.register("department_dashboard_sections")
def difficulties_for_department(request, departments):
    # What the province forwarded to the department comes first, soonest due first.
    forwarded_first = Case(When(forwarded_department__in=departments, then=Value(0)), default=Value(1))
    open_items = (
        Difficulty.objects.filter(Q(platform__department__in=departments) | Q(forwarded_department__in=departments))
        .exclude(status=DifficultyStatus.RESOLVED)
        .select_related("platform", "report__team")
        .order_by(forwarded_first, F("due_on").asc(nulls_last=True), "-created_at")[:20]
    )
    return [
        {
            "title": _("Khó khăn các tổ báo về nền tảng của đơn vị"),
            "items": [
                {
                    "text": difficulty_line(item),
                    "url": reverse("reporting:respond", args=[item.pk]),
                }
                for item in open_items
            ],
            "empty": _("Không có khó khăn nào đang chờ xử lý."),
        }
    ]


@hooks.register("register_admin_viewset")
def register_api_token_viewset():
    return ApiTokenViewSet()
