from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.models import PersonalDataAccess


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


@hooks.register("register_admin_viewset")
def register_access_log():
    return PersonalDataAccessViewSet("personal_data_access")
