from django.utils.translation import gettext_lazy as _
from wagtail.users.views.users import IndexView as WagtailUserIndexView
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from accounts.audit import log_personal_data_access
from accounts.forms import SiteUserCreationForm, SiteUserEditForm

YES_NO = {True: _("Có"), False: _("Không")}


def yes_no(value):
    return str(YES_NO[bool(value)])


class UserIndexView(WagtailUserIndexView):
    """Wagtail's user list names no columns to export, yet answers `?export=` with one blank line per user: here it
    has the columns, and an export of people's phones and e-mail addresses is logged (accounts.audit)."""

    custom_field_preprocess = {
        field: dict.fromkeys(WagtailUserIndexView.FORMATS, yes_no) for field in ("is_active", "is_superuser")
    }

    def get(self, request, *args, **kwargs):
        if self.is_export:
            log_personal_data_access(
                request,
                _("xuất %(format)s") % {"format": request.GET.get("export")},
                self.model._meta.verbose_name_plural,
            )
        return super().get(request, *args, **kwargs)


class UserViewSet(WagtailUserViewSet):
    index_view_class = UserIndexView
    list_export = [
        "username",
        "last_name",
        "first_name",
        "phone",
        "email",
        "is_active",
        "is_superuser",
        "last_login",
        "date_joined",
    ]
    # The other columns are named by the model's fields; Django's catalogue leaves this one half English.
    export_headings = {"is_superuser": _("Quản trị toàn quyền")}
    export_filename = "nguoi-dung"

    def get_form_class(self, for_update=False):
        return SiteUserEditForm if for_update else SiteUserCreationForm
