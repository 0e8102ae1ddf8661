"""Forgotten passwords. People who sign in with a phone number (volunteers, team leaders) have no e-mail: their team
leader, or the commune officer for a leader, gives them a new password (teams.views.member_account). Staff, who
sign in with a username or an e-mail address, reset it by e-mail with Django's own views.

The e-mail form never says whether an address has an account, sends nothing to accounts that sign in with a phone
number, and is limited per client address like the other guessable forms (accounts.throttle)."""

import math

from django import forms
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm, SetPasswordForm
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from accounts.client_address import client_address
from accounts.phone import looks_like_phone
from accounts.throttle import Throttle
from core.public_urls import public_base_url

RESET_LIMIT = 5
RESET_WINDOW_SECONDS = 60 * 60
RESET_REQUESTS = Throttle("password-reset-requests", RESET_LIMIT, RESET_WINDOW_SECONDS)

PHONE_GIVEN = _(
    "Đây là số điện thoại. Tài khoản đăng nhập bằng số điện thoại không đặt lại mật khẩu qua thư: "
    "hãy nhờ tổ trưởng của bạn cấp mật khẩu mới."
)
TOO_MANY = _("Đã gửi yêu cầu quá nhiều lần. Hãy thử lại sau %(minutes)s phút.")


def signs_in_by_phone(user):
    """Volunteers and team leaders: their login is their phone number (SiteUserManager.create_volunteer)."""
    return bool(user.phone) and user.username == user.phone


class StaffPasswordResetForm(PasswordResetForm):
    email = forms.CharField(
        label=_("Địa chỉ thư điện tử của tài khoản"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if looks_like_phone(email):
            raise ValidationError(PHONE_GIVEN, code="phone")
        try:
            validate_email(email)
        except ValidationError:
            raise ValidationError(
                _("Địa chỉ thư điện tử chưa đúng dạng, ví dụ: ten@ubnd.gov.vn."), code="invalid"
            ) from None
        return email

    def get_users(self, email):
        """Django's (active accounts with a usable password and this address), without those that sign in with a
        phone number: their password is the leader's to reset."""
        return (user for user in super().get_users(email) if not signs_in_by_phone(user))


class NewPasswordForm(SetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = _("Mật khẩu mới")
        self.fields["new_password1"].help_text = _("Ít nhất 8 ký tự, không dùng mật khẩu quá dễ đoán.")
        self.fields["new_password2"].label = _("Nhập lại mật khẩu mới")
        self.fields["new_password2"].help_text = ""
        self.error_messages = {**self.error_messages, "password_mismatch": _("Hai mật khẩu chưa giống nhau.")}


class ForgotPasswordView(auth_views.PasswordResetView):
    """Tells phone users to ask their leader; lets staff ask for a reset link by e-mail."""

    form_class = StaffPasswordResetForm
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        if not RESET_REQUESTS.allows(client_address(self.request)):
            form.add_error(None, TOO_MANY % {"minutes": math.ceil(RESET_WINDOW_SECONDS / 60)})
            return self.form_invalid(form)
        # The link is built on the site's public address (the request's in the demo), never on the Wagtail Site's.
        self.extra_email_context = {"base_url": public_base_url(self.request)}
        return super().form_valid(form)


class ResetLinkSentView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class NewPasswordView(auth_views.PasswordResetConfirmView):
    """The link from the e-mail: works once (its token depends on the password it replaces)."""

    form_class = NewPasswordForm
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class NewPasswordSetView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
