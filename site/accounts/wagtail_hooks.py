from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.models import PersonalDataAccess
from accounts.two_factor import offered_to
from accounts.views import ACCOUNT_LINKS_HOOK


class PersonalDataAccessViewSet(ModelViewSet):
    """The access log, for superusers (no group is given its permissions)."""

    model = PersonalDataAccess
    icon = "view"
    menu_label = _("Nhật ký xem dữ liệu cá nhân")
    add_to_settings_menu = True
    form_fields = ["action", "subject"]
    list_display = ["at", "user", "action", "subject"]
    list_filter = ["action"]
    list_export = ["at", "user", "action", "subject"]
    inspect_view_enabled = True
    copy_view_enabled = False


@hooks.register(ACCOUNT_LINKS_HOOK)
def two_factor_link(request):
    if not offered_to(request.user):
        return []
    return [
        {
            "url": reverse("accounts:two_factor_setup"),
            "label": _("Xác thực hai bước"),
            "description": _("Thêm mã từ ứng dụng trên điện thoại khi đăng nhập, để bảo vệ dữ liệu bạn quản lý."),
        }
    ]


@hooks.register("register_admin_viewset")
def register_access_log():
    return PersonalDataAccessViewSet("personal_data_access")
