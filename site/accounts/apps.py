from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Tài khoản")

    def ready(self):
        from accounts import two_factor  # noqa: F401  (connects its sign-in signal receiver)


class WagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know about the phone number."""

    user_viewset = "accounts.viewsets.UserViewSet"
