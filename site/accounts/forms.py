from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm
from wagtail.users.forms import UserCreationForm, UserEditForm

from accounts import lockout
from accounts.phone import normalize_phone


class LockoutExplainedMixin:
    """For sign-in forms: when the lock-out refused the sign-in (or this failure set it), say so and for how long,
    instead of "wrong password", which would send the owner guessing at a password that was right."""

    def get_invalid_login_error(self):
        if getattr(self.request, "axes_locked_out", False):
            credentials = {"username": self.cleaned_data.get("username")}
            return ValidationError(lockout.refuse(self.request, credentials).message, code="locked")
        return super().get_invalid_login_error()


class AdminSignInForm(LockoutExplainedMixin, LoginForm):
    """The Wagtail admin's sign-in form (WAGTAILADMIN_USER_LOGIN_FORM): it takes the same identifiers as the site's
    form, so it asks for them and answers a wrong password in the same words."""

    error_messages = {
        **LoginForm.error_messages,
        "invalid_login": _("Số điện thoại (hoặc tên đăng nhập) hay mật khẩu chưa đúng. Hãy thử lại."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs["placeholder"] = _("Số điện thoại hoặc tên đăng nhập")


class PhoneFieldMixin(forms.Form):
    """Adds the optional phone number to Wagtail's user forms and stores it in canonical form."""

    def clean_phone(self):
        raw = self.cleaned_data.get("phone")
        if not raw:
            return None
        phone = normalize_phone(raw)
        others = type(self.instance)._default_manager.filter(phone=phone).exclude(pk=self.instance.pk)
        if others.exists():
            raise ValidationError(_("Số điện thoại này đã được dùng cho một tài khoản khác."), code="duplicate_phone")
        return phone


class SiteUserCreationForm(PhoneFieldMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"phone"}


class SiteUserEditForm(PhoneFieldMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"phone", "zalo_user_id"}
