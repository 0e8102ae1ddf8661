from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True  # this module holds a second config (Wagtail's users), so Django must be told which
    name = "accounts"
    verbose_name = _("Tài khoản")

    def ready(self):
        from accounts import checks, two_factor  # noqa: F401  (registers the check and the sign-in receiver)


class WagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know about the phone number."""

    user_viewset = "accounts.viewsets.UserViewSet"
