"""The header's personal part, for pages that are the same for everyone (core/page_cache.py): those show a link to
the account page, and static/js/account-link.js asks here what it should say for whoever holds this browser. The
answer is kept by no cache (`private, no-store`), so after a sign-out on a shared phone the next page says
"Đăng nhập" again."""

from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def header_part(request):
    if request.user.is_authenticated:
        label, url = _("Trang của tôi"), reverse("accounts:home")
    else:
        label, url = _("Đăng nhập"), reverse("accounts:sign_in")
    return JsonResponse({"label": label, "url": url})
