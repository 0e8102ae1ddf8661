"""Optional two-step sign-in for staff (django-otp): after the password, a six-digit code from an authenticator
app, or one of the printed backup codes when the phone is lost. Once a person has confirmed an app, every request
of theirs waits at the code page until the session is verified; people who have not turned it on are untouched."""

import io
from base64 import b32encode
from urllib.parse import quote

import segno
from django import forms
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_logged_in
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.dispatch import receiver
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import devices_for_user, match_token, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import lockout

SESSION_FLAG = "two_factor_required"
BACKUP_CODE_COUNT = 8
APP_DEVICE_NAME = "Ứng dụng xác thực"
BACKUP_DEVICE_NAME = "Mã dự phòng"
# Reachable before the code is entered: the code page itself, signing out, and what those pages load.
OPEN_BEFORE_CODE = ("/tai-khoan/xac-thuc-hai-buoc/nhap-ma/", "/dang-xuat/", "/admin/logout/", "/static/", "/sw.js")


def offered_to(user):
    """Staff: anyone who can reach the Wagtail admin, where the personal data and the publishing are."""
    return user.is_authenticated and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


@receiver(user_logged_in)
def remember_whether_a_code_is_needed(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_FLAG] = user_has_device(user, confirmed=True)


class RequireSecondStepMiddleware:
    """After django_otp's OTPMiddleware: a signed-in session that still owes its code goes to the code page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.session.get(SESSION_FLAG)
            and request.user.is_authenticated
            and not request.user.is_verified()
            and not request.path.startswith(OPEN_BEFORE_CODE)
        ):
            return redirect(f"{reverse('accounts:two_factor_verify')}?next={quote(request.get_full_path())}")
        return self.get_response(request)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Mã xác thực"),
        max_length=16,
        help_text=_("6 chữ số trong ứng dụng xác thực, hoặc một mã dự phòng."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
        error_messages={"required": _("Hãy nhập mã xác thực.")},
    )

    def __init__(self, *args, user, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.request = request
        self.device = None

    def clean_code(self):
        """Wrong codes count against the account in the sign-in lock-out, like wrong passwords: knowing the
        password must not buy unlimited guesses at the code. django-otp's own delay between tries stays."""
        code = "".join(self.cleaned_data["code"].split()).lower()
        credentials = lockout.credentials_for(self.user)
        if lockout.is_locked(self.request, credentials):
            raise forms.ValidationError(lockout.refuse(self.request, credentials).message, code="locked")
        devices = list(devices_for_user(self.user))
        if devices and not any(device.verify_is_allowed()[0] for device in devices):
            raise forms.ValidationError(_("Bạn đã nhập sai nhiều lần. Hãy chờ một lát rồi thử lại."))
        self.device = match_token(self.user, code)
        if self.device is None:
            if lockout.record_failure(self.request, credentials):
                raise forms.ValidationError(lockout.refuse(self.request, credentials).message, code="locked")
            raise forms.ValidationError(_("Mã chưa đúng hoặc đã hết hạn. Hãy nhập mã mới nhất trong ứng dụng."))
        return code


class SetupForm(forms.Form):
    code = forms.CharField(
        label=_("Mã 6 chữ số đang hiện trong ứng dụng"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        error_messages={"required": _("Hãy nhập mã đang hiện trong ứng dụng.")},
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not self.device.verify_token(code):
            raise forms.ValidationError(
                _("Mã chưa đúng. Hãy kiểm tra giờ trên điện thoại và nhập mã đang hiện (mã đổi sau 30 giây).")
            )
        return code


def pending_app_device(user):
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def qr_svg(text):
    """Drawn here, not through the QR cache, and served with never_cache: the picture holds the secret key."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="svg", scale=4, border=2, xmldecl=False, title=str(_("Mã QR")))
    return mark_safe(buffer.getvalue().decode())  # segno's own drawing: no text from a person in it


def spaced_secret(device):
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@transaction.atomic
def replace_backup_codes(user):
    device, _created = StaticDevice.objects.get_or_create(user=user, name=BACKUP_DEVICE_NAME)
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def require_staff(request):
    if not offered_to(request.user):
        raise PermissionDenied


@never_cache
@login_required
def setup(request):
    """Turn the second step on: scan, type the code shown, get the backup codes once."""
    require_staff(request)
    if user_has_device(request.user, confirmed=True):
        backup_left = StaticToken.objects.filter(device__user=request.user).count()
        return TemplateResponse(
            request,
            "accounts/two_factor_status.html",
            {"form": CodeForm(user=request.user, request=request), "backup_left": backup_left},
        )
    device = pending_app_device(request.user)
    form = SetupForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = replace_backup_codes(request.user)
        otp_login(request, device)
        request.session[SESSION_FLAG] = True
        return TemplateResponse(request, "accounts/two_factor_backup_codes.html", {"codes": codes})
    context = {"form": form, "qr": qr_svg(device.config_url), "secret": spaced_secret(device)}
    return TemplateResponse(request, "accounts/two_factor_setup.html", context)


@never_cache
@login_required
def verify(request):
    form = CodeForm(request.POST or None, user=request.user, request=request)
    target = request.POST.get("next") or request.GET.get("next") or reverse("accounts:home")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        target = reverse("accounts:home")
    if request.method == "POST" and form.is_valid():
        otp_login(request, form.device)
        return redirect(target)
    return TemplateResponse(request, "accounts/two_factor_verify.html", {"form": form, "next": target})


@never_cache
@login_required
@require_POST
def turn_off(request):
    """A current code is asked again, so that a session left open on a shared computer cannot turn it off."""
    require_staff(request)
    form = CodeForm(request.POST, user=request.user, request=request)
    if not form.is_valid():
        backup_left = StaticToken.objects.filter(device__user=request.user).count()
        return TemplateResponse(request, "accounts/two_factor_status.html", {"form": form, "backup_left": backup_left})
    with transaction.atomic():
        for device in devices_for_user(request.user, confirmed=None):
            device.delete()
    request.session[SESSION_FLAG] = False
    return TemplateResponse(request, "accounts/two_factor_off.html", {})
