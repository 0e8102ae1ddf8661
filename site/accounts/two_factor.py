"""Optional two-step sign-in for staff (django-otp): after the password, a six-digit code from an authenticator
app, or one of the printed backup codes when the phone is lost. Once a person has confirmed an app, every request
of theirs, in every session, waits at the code page until that session is verified; people who have not turned it on
are untouched.

A secret waiting to be confirmed belongs to the one session that was shown it: someone who signed in with the password
alone must not read the secret the owner will confirm later, nor confirm one the owner was shown."""

import datetime
import io
from base64 import b32encode
from urllib.parse import quote

import segno
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_logged_in
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.dispatch import receiver
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import device_classes, devices_for_user, match_token
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import lockout

PENDING_DEVICE_SESSION_KEY = "two_factor_pending_device"
# Secrets shown but never confirmed are dropped after this, so that they do not pile up on an account.
PENDING_DEVICE_LIFETIME = datetime.timedelta(days=1)
BACKUP_CODE_COUNT = 8
APP_DEVICE_NAME = _("Ứng dụng xác thực")
BACKUP_DEVICE_NAME = _("Mã dự phòng")
# Reachable before the code is entered: the code page itself, signing out, and what those pages load.
OPEN_BEFORE_CODE = ("/tai-khoan/xac-thuc-hai-buoc/nhap-ma/", "/dang-xuat/", "/admin/logout/", "/static/", "/sw.js")


def offered_to(user):
    """Staff: anyone who can reach the Wagtail admin, where the personal data and the publishing are."""
    return user.is_authenticated and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def has_confirmed_device(user):
    """django-otp's user_has_device, in one query over every kind of device instead of one query per kind: it is
    asked on every request of a signed-in session that has not entered a code."""
    kinds = [model.objects.filter(user=user, confirmed=True).values("pk") for model in device_classes()]
    return kinds[0].union(*kinds[1:]).exists()


def owes_a_code(request):
    """Decided on every request, not remembered at sign-in: turning two-step on also reaches the sessions that were
    already signed in. A session is verified only by a confirmed device of its own user (django-otp's
    OTPMiddleware checks both), and a device deleted by turning two-step off verifies nothing any more."""
    user = request.user
    return (
        user.is_authenticated
        and not request.path.startswith(OPEN_BEFORE_CODE)
        and not user.is_verified()
        and has_confirmed_device(user)
    )


@receiver(user_logged_in)
def forget_the_pending_secret(sender, request, user, **kwargs):
    """Each sign-in is shown a new secret: one shown before it may have been read by whoever held the session."""
    if request is not None and hasattr(request, "session"):
        request.session.pop(PENDING_DEVICE_SESSION_KEY, None)


class RequireSecondStepMiddleware:
    """After django_otp's OTPMiddleware: a signed-in session that owes its code goes to the code page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if owes_a_code(request):
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
        """device: the pending secret shown to this session, or None when it has none (any more)."""
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if self.device is None:
            raise forms.ValidationError(
                _(
                    "Khóa bí mật bạn đã quét không còn dùng được. "
                    "Hãy xóa nó khỏi ứng dụng, quét mã QR mới dưới đây rồi nhập mã."
                )
            )
        if not self.device.verify_token(code):
            raise forms.ValidationError(
                _("Mã chưa đúng. Hãy kiểm tra giờ trên điện thoại và nhập mã đang hiện (mã đổi sau 30 giây).")
            )
        return code


def device_shown_to(request):
    """The pending secret this session was shown, if it is still pending."""
    device_id = request.session.get(PENDING_DEVICE_SESSION_KEY)
    if device_id is None:
        return None
    return TOTPDevice.objects.filter(pk=device_id, user=request.user, confirmed=False).first()


def new_pending_device(request):
    """A new secret for this session alone. Other sessions' pending secrets stay (the owner may be mid-way through
    setting up elsewhere) until they are a day old or one secret is confirmed."""
    stale = Q(created_at__lt=timezone.now() - PENDING_DEVICE_LIFETIME) | Q(created_at__isnull=True)
    TOTPDevice.objects.filter(stale, user=request.user, confirmed=False).delete()
    device = TOTPDevice.objects.create(user=request.user, name=APP_DEVICE_NAME, confirmed=False)
    request.session[PENDING_DEVICE_SESSION_KEY] = device.pk
    return device


@transaction.atomic
def confirm(request, device):
    """Make the secret this session was shown the account's app, drop every other pending device of the account, and
    return new backup codes; None when another session confirmed first. The user's row is locked so that two sessions
    confirming at the same moment give one app."""
    user = request.user
    get_user_model()._default_manager.select_for_update().get(pk=user.pk)
    if has_confirmed_device(user):
        return None
    if not TOTPDevice.objects.filter(pk=device.pk, user=user, confirmed=False).update(confirmed=True):
        return None
    for other in devices_for_user(user, confirmed=False):
        other.delete()
    device.confirmed = True
    request.session.pop(PENDING_DEVICE_SESSION_KEY, None)
    return replace_backup_codes(user)


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
    device, _created = StaticDevice.objects.update_or_create(
        user=user, name=BACKUP_DEVICE_NAME, defaults={"confirmed": True}
    )
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
    if has_confirmed_device(request.user):
        backup_left = StaticToken.objects.filter(device__user=request.user).count()
        return TemplateResponse(
            request,
            "accounts/two_factor_status.html",
            {"form": CodeForm(user=request.user, request=request), "backup_left": backup_left},
        )
    device = device_shown_to(request)
    form = SetupForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        codes = confirm(request, device)
        if codes is None:
            return redirect("accounts:two_factor_setup")
        otp_login(request, device)  # this session has just shown it holds the app
        return TemplateResponse(request, "accounts/two_factor_backup_codes.html", {"codes": codes})
    device = device or new_pending_device(request)
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
    request.session.pop(PENDING_DEVICE_SESSION_KEY, None)
    return TemplateResponse(request, "accounts/two_factor_off.html", {})
