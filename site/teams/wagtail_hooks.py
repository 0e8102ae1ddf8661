from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from accounts.views import ACCOUNT_LINKS_HOOK
from teams.access import (
    manageable_communes,
    needs_a_team,
    registrable_areas,
    scope_for,
    visible_members,
    visible_role_assignments,
    visible_teams,
)
from teams.admin_views import (
    MemberFilterSet,
    ScopedSnippetViewSet,
    TeamCreateView,
    TeamEditView,
    TeamFilterSet,
    area_chooser_viewset,
)
from teams.announcements import announcement_link
from teams.bulk_actions import scoped_bulk_actions
from teams.forms import MemberAdminForm, RoleAssignmentAdminForm
from teams.models import AdminArea, AreaLevel, Member, RoleAssignment, Team
from teams.registry import TeamRegistryAdminForm, VillageRegistryAdminForm
from teams.registry_views import VillageMergeView


class TeamViewSet(ScopedSnippetViewSet):
    model = Team
    scope = staticmethod(visible_teams)
    icon = "group"
    menu_label = _("Tổ công nghệ số")
    search_fields = ["name", "commune__name", "area__name"]
    filterset_class = TeamFilterSet
    list_display = [
        "name",
        "commune",
        "province",
        Column("member_count", label=_("Thành viên")),
        BooleanColumn("has_decision", label=_("Có quyết định")),
        "status",
    ]
    list_per_page = 50
    list_export = [
        "name",
        "area",
        "commune",
        "province",
        "get_status_display",
        "decision_number",
        "decision_date",
        "decision_issuer",
        "founded_on",
        "dissolved_on",
        "member_count",
        "zalo_group_url",
        "contact_phone",
    ]
    export_headings = {
        "name": _("Tên tổ"),
        "area": _("Địa bàn"),
        "commune": _("Xã, phường"),
        "province": _("Tỉnh"),
        "get_status_display": _("Trạng thái"),
        "decision_number": _("Số quyết định"),
        "decision_date": _("Ngày quyết định"),
        "decision_issuer": _("Cơ quan ban hành"),
        "founded_on": _("Ngày thành lập"),
        "dissolved_on": _("Ngày giải thể"),
        "member_count": _("Số thành viên"),
        "zalo_group_url": _("Nhóm Zalo"),
        "contact_phone": _("Điện thoại liên hệ"),
    }
    export_filename = "to-cong-nghe-so"
    add_view_class = TeamCreateView
    single_object_views = {"edit_view_class": TeamEditView}
    edit_handler = ObjectList(
        [
            # Not the village snippet's chooser: the areas where this person may register a team, labelled.
            FieldPanel("area", widget=area_chooser_viewset.widget_class),
            FieldPanel("name"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
                    FieldPanel("decision_issuer"),
                    FieldPanel("decision_file"),
                ],
                heading=_("Quyết định thành lập"),
            ),
            FieldRowPanel([FieldPanel("founded_on"), FieldPanel("status"), FieldPanel("dissolved_on", read_only=True)]),
            MultiFieldPanel([FieldPanel("zalo_group_url"), FieldPanel("contact_phone")], heading=_("Liên lạc")),
        ],
        base_form_class=TeamRegistryAdminForm,
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(member_count=Count("members", filter=Q(members__left_on__isnull=True)))
        )


class MemberViewSet(ScopedSnippetViewSet):
    model = Member
    scope = staticmethod(visible_members)
    icon = "user"
    menu_label = _("Thành viên")
    search_fields = ["full_name", "phone", "team__name"]
    filterset_class = MemberFilterSet
    list_display = ["full_name", "phone_display", "team", "role", "affiliation", "left_on"]
    list_per_page = 50
    list_export = [
        "full_name",
        "phone",
        "team",
        "get_affiliation_display",
        "get_role_display",
        "joined_on",
        "left_on",
        "consented_at",
        "consent_purpose",
    ]
    export_headings = {
        "full_name": _("Họ và tên"),
        "phone": _("Số điện thoại"),
        "team": _("Tổ"),
        "get_affiliation_display": _("Tổ chức"),
        "get_role_display": _("Vai trò"),
        "joined_on": _("Ngày tham gia"),
        "left_on": _("Ngày rời tổ"),
        "consented_at": _("Thời điểm đồng ý xử lý dữ liệu"),
        "consent_purpose": _("Mục đích đã đồng ý"),
    }
    export_filename = "thanh-vien-to-cong-nghe-so"
    edit_handler = ObjectList(
        [
            FieldPanel("team"),
            FieldPanel("full_name"),
            FieldPanel("phone"),
            FieldRowPanel([FieldPanel("affiliation"), FieldPanel("role")]),
            FieldRowPanel([FieldPanel("joined_on"), FieldPanel("left_on")]),
            FieldPanel("consent"),
            FieldRowPanel([FieldPanel("consented_at", read_only=True), FieldPanel("consent_source", read_only=True)]),
            FieldPanel("consent_purpose", read_only=True),
            FieldPanel("user"),
        ],
        base_form_class=MemberAdminForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("team")


class RoleAssignmentViewSet(ScopedSnippetViewSet):
    model = RoleAssignment
    scope = staticmethod(visible_role_assignments)
    icon = "key"
    menu_label = _("Phân quyền địa bàn")
    search_fields = ["user__username", "user__last_name", "user__first_name", "area__name"]
    list_display = ["user", "role", "area"]
    list_filter = ["role"]
    edit_handler = ObjectList(
        [FieldPanel("user"), FieldPanel("role"), FieldPanel("area")], base_form_class=RoleAssignmentAdminForm
    )


def visible_villages(user):
    """The villages of the communes whose villages this person manages (teams.access)."""
    return AdminArea.objects.filter(level=AreaLevel.VILLAGE, parent__in=manageable_communes(user)).select_related(
        "parent", "province"
    )


class VillageViewSet(ScopedSnippetViewSet):
    """Villages and residential groups, which the official lists do not carry: added under their commune, renamed,
    and merged into another of the same commune (VillageMergeView)."""

    model = AdminArea
    scope = staticmethod(visible_villages)
    # Its chooser lists villages only: it must not become the widget of every foreign key to an area.
    chooser_is_every_foreign_keys_widget = False
    icon = "site"
    menu_label = _("Thôn, tổ dân phố")
    url_prefix = "thon-to-dan-pho"
    search_fields = ["name", "parent__name"]
    list_display = ["name", "division_type", "parent", "province"]
    list_export = ["name", "division_type", "parent", "province"]
    export_headings = {"name": _("Tên"), "division_type": _("Loại"), "parent": _("Xã, phường"), "province": _("Tỉnh")}
    edit_handler = ObjectList(
        [FieldPanel("parent"), FieldPanel("name"), FieldPanel("division_type")],
        base_form_class=VillageRegistryAdminForm,
    )

    def get_urlpatterns(self):
        merge = VillageMergeView.as_view(scope=visible_villages, index_url_name=self.get_url_name("list"))
        return [*super().get_urlpatterns(), path("gop/<str:pk>/", merge, name="merge")]


class TeamsGroup(SnippetViewSetGroup):
    menu_label = _("Tổ công nghệ số")
    menu_icon = "group"
    menu_order = 200
    items = (TeamViewSet, MemberViewSet, VillageViewSet, RoleAssignmentViewSet)


register_snippet(TeamsGroup)


@hooks.register(ACCOUNT_LINKS_HOOK)
def team_account_links(request):
    scope = scope_for(request.user)
    links = []
    if needs_a_team(request.user):
        links.append(
            {
                "url": reverse("teams:join"),
                "label": _("Vào tổ bằng mã mời"),
                "description": _(
                    "Bạn chưa ở tổ nào. Nhập mã mời tổ trưởng gửi cho bạn để ghi nhận kết quả hỗ trợ người dân và "
                    "nhận thông báo của tổ."
                ),
                "first": True,
            }
        )
    if scope.led_team_ids:
        links.append(
            {
                "url": reverse("teams:my_teams"),
                "label": _("Tổ của tôi"),
                "description": _("Danh sách thành viên, thêm người, nhập từ Excel."),
            }
        )
    if registrable_areas(request.user).exists():
        links.append(
            {
                "url": reverse("teams:register_team"),
                "label": _("Đăng ký tổ mới"),
                "description": _("Lập tổ cho xã hoặc thôn, kèm quyết định thành lập; thêm thôn, tổ dân phố."),
            }
        )
    if scope.coordinates_areas:
        links.append(
            {
                "url": reverse("teams:coverage"),
                "label": _("Độ phủ tổ công nghệ số"),
                "description": _("Xã, phường đã có tổ, thành viên theo tổ chức, nơi còn thiếu."),
            }
        )
        links.append(
            {
                "url": reverse("wagtailadmin_home"),
                "label": _("Quản lý tổ và thành viên"),
                "description": _("Trong trang quản trị: lọc, tìm kiếm, xuất Excel."),
            }
        )
    return links


@hooks.register("register_snippet_listing_buttons")
def team_roster_buttons(snippet, user, next_url=None):
    """From the admin's list of teams to the team's roster, its member import (the leader's pages) and its signed
    decision (through the view that asks the access policy, never /media/)."""
    if not isinstance(snippet, Team):
        return []
    buttons = [
        Button(_("Danh sách thành viên"), url=reverse("teams:roster", args=[snippet.pk]), icon_name="group"),
        Button(
            _("Nhập thành viên từ Excel"), url=reverse("teams:member_import", args=[snippet.pk]), icon_name="upload"
        ),
    ]
    if snippet.decision_file:
        buttons.append(
            Button(_("Tệp quyết định"), url=reverse("teams:decision_file", args=[snippet.pk]), icon_name="doc-full")
        )
    return buttons


@hooks.register("register_snippet_listing_buttons")
def village_merge_button(snippet, user, next_url=None):
    if not isinstance(snippet, AdminArea) or snippet.level != AreaLevel.VILLAGE:
        return []
    return [Button(_("Gộp vào thôn khác"), url=reverse("wagtailsnippets_teams_adminarea:merge", args=[snippet.pk]))]


@hooks.register("register_admin_viewset")
def register_area_chooser():
    return area_chooser_viewset


@hooks.register(ACCOUNT_LINKS_HOOK)
def announcement_account_links(request):
    return announcement_link(request)


# After Wagtail's own (order 0), so that the registry keeps these: bulk actions only see what the person may see.
for bulk_action in scoped_bulk_actions():
    hooks.register("register_bulk_action", bulk_action, order=1)
