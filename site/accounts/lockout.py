"""Sign-in lock-out, kept by django-axes in the database (one count for every worker).

Failures count twice: against the account the typed identifier opens (`user:<pk>`; the canonical spelling when it
opens none), whichever spelling, form or address was used; and against the client's address (accounts.client_address:
read the way django-ipware does behind `TRUSTED_PROXY_COUNT` proxies, an IPv6 client by its /64). Either count
reaching the limit refuses sign-in, even with the right password, until the cool-off has passed. The settings
(AXES_*) point here; the reasons for the numbers are in the README's security section.

Every place that checks a secret counts here: the password (through authentication, so the site's form and the
admin's alike), the two-step code page and the open data API's keys. Each one tells a refused person how long
the lock still lasts, in words, on the page they were using."""

import math
from dataclasses import dataclass

from axes.handlers.database import AxesDatabaseHandler
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt, AccessBase, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_login_failed
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.client_address import client_address as client_address  # AXES_CLIENT_IP_CALLABLE's, re-exported
from accounts.identifiers import identifier_key, keys_of, user_key

# Credentials key for checks made after the password, where the account is known (the two-step code page).
ACCOUNT = "account"
LOCKED_STATUS = 429
LOCKED_ACCOUNT_MESSAGE = _(
    "Tài khoản này đang tạm khóa vì nhập sai quá nhiều lần. Hãy thử lại sau %(minutes)s phút. "
    "Nếu không phải bạn nhập sai, hãy báo cho quản trị viên."
)
LOCKED_ADDRESS_MESSAGE = _(
    "Đăng nhập từ mạng bạn đang dùng đang tạm khóa vì có quá nhiều lần nhập sai. Hãy thử lại sau %(minutes)s phút."
)


def account_key(request, credentials):
    """AXES_USERNAME_CALLABLE: the key a sign-in's failures count against, or None when it names no account (an
    API key). Resolved once per request: axes asks several times."""
    if credentials is None:
        credentials = {"username": request.POST.get("username")} if request is not None else {}
    account = credentials.get(ACCOUNT)
    if isinstance(account, get_user_model()):
        return user_key(account)
    identifier = credentials.get("username")
    if not isinstance(identifier, str) or not identifier.strip():
        return None
    known = request.__dict__.setdefault("sign_in_keys", {}) if request is not None else {}
    if identifier not in known:
        known[identifier] = identifier_key(identifier)
    return known[identifier]


def lockout_parameters(request_or_attempt, credentials=None):
    """AXES_LOCKOUT_PARAMETERS: the account and the address, each counted on its own; the address alone when no
    account is named, so that wrong API keys from everywhere never add up to one shared count."""
    if isinstance(request_or_attempt, AccessBase):
        key = request_or_attempt.username
    else:
        key = account_key(request_or_attempt, credentials)
    return ["username", "ip_address"] if key else ["ip_address"]


def failure_limit_of(parameter):
    """An account locks at AXES_FAILURE_LIMIT failures. An address locks later, at SIGN_IN_ADDRESS_FAILURE_LIMIT:
    everyone behind a carrier's NAT or a commune office's Wi-Fi shares one, and their honest typos add up."""
    return settings.SIGN_IN_ADDRESS_FAILURE_LIMIT if parameter == "ip_address" else settings.AXES_FAILURE_LIMIT


class AccountAndAddressHandler(AxesDatabaseHandler):
    """Axes' database handler, with a limit for each count. Axes compares its largest count with one limit
    (AXES_FAILURE_LIMIT), so each count is scaled to that limit first: count * account limit // its own limit
    reaches the account limit exactly when the count reaches its own."""

    def get_failures(self, request, credentials=None):
        limit = get_failure_limit(request, credentials)
        parameters = lockout_parameters(request, credentials)
        scaled = [
            (attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0) * limit // failure_limit_of(parameter)
            for parameter, attempts in zip(parameters, self.get_user_attempts(request, credentials), strict=True)
        ]
        return max(scaled, default=0)


def credentials_for(user):
    return {ACCOUNT: user}


def is_locked(request, credentials):
    return not AxesProxyHandler.is_allowed(request, credentials)


def record_failure(request, credentials):
    """Counts one wrong secret; True when this failure reached the limit."""
    user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    return bool(getattr(request, "axes_locked_out", False))


def lock_ends(request, credentials):
    """When each count that refuses this request falls below the limit: {"username" or "ip_address": moment}.
    A count's failures leave it one record at a time, the oldest first, a cool-off after its last failure."""
    AxesProxyHandler.update_request(request)
    cool_off = get_cool_off(request)
    handler = AxesProxyHandler.get_implementation()
    ends = {}
    parameters = lockout_parameters(request, credentials)
    for parameter, attempts in zip(parameters, handler.get_user_attempts(request, credentials), strict=True):
        limit = failure_limit_of(parameter)
        counted = 0
        for attempt_time, failures in attempts.order_by("-attempt_time").values_list(
            "attempt_time", "failures_since_start"
        ):
            counted += failures
            if counted >= limit:
                ends[parameter] = attempt_time + cool_off
                break
    return ends


@dataclass(frozen=True)
class Refusal:
    message: str
    seconds: int


def refuse(request, credentials):
    """Marks the request as refused by the lock-out (the response becomes a 429) and says for how long."""
    ends = lock_ends(request, credentials)
    end = max(ends.values(), default=timezone.now() + get_cool_off(request))
    seconds = max(1, math.ceil((end - timezone.now()).total_seconds()))
    template = LOCKED_ACCOUNT_MESSAGE if "username" in ends or "ip_address" not in ends else LOCKED_ADDRESS_MESSAGE
    refusal = Refusal(str(template % {"minutes": math.ceil(seconds / 60)}), seconds)
    request.axes_locked_out = True
    request.axes_credentials = credentials
    request.sign_in_refusal = refusal
    return refusal


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the page that refused the sign-in, which already says why, with status 429. A
    sign-in path that did not say it (none should) gets a page that does, rather than "wrong password"."""
    if original_response is not None and getattr(request, "sign_in_refusal", None) is not None:
        original_response.status_code = LOCKED_STATUS
        return original_response
    refusal = refuse(request, credentials)
    return render(request, "accounts/locked.html", {"message": refusal.message}, status=LOCKED_STATUS)


def forget_sign_in_records(user):
    """Erases what the lock-out keeps about a person: failures counted against their account or any of their
    identifiers (the address they came from is stored only in those same rows)."""
    keys = keys_of(user) | {identifier for identifier in (user.username, user.phone, user.email) if identifier}
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username__in=keys).delete()
