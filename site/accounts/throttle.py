"""Sign-in attempts limited per account and address: guessing is slowed, but a stranger elsewhere cannot lock
the owner out, because the owner's own address keeps its own count."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from content.search_text import fold_diacritics

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60
LOCKED_MESSAGE = _("Bạn đã nhập sai nhiều lần. Hãy đợi 15 phút rồi thử lại, hoặc nhờ tổ trưởng đặt lại mật khẩu.")


def attempt_key(request, identifier):
    address = request.META.get("REMOTE_ADDR", "") if request else ""
    raw = f"{settings.SECRET_KEY}:{address}:{fold_diacritics(identifier or '').replace(' ', '')}"
    return "accounts:signin:" + hashlib.sha256(raw.encode()).hexdigest()[:40]


def is_locked(request, identifier):
    return cache.get(attempt_key(request, identifier), 0) >= MAX_FAILURES


def record_failure(request, identifier):
    key = attempt_key(request, identifier)
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, WINDOW_SECONDS)


def clear_failures(request, identifier):
    cache.delete(attempt_key(request, identifier))
