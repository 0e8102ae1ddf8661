"""The header's personal part, for pages that are the same for everyone (core/page_cache.py): those show a link to
the account page, and static/js/account-link.js asks here what it should say for whoever holds this browser, and,
for an editor who may edit the page being read (`?trang=<page id>`), where to edit it: the page itself no longer
carries Wagtail's user bar. The answer is kept by no cache (`private, no-store`), so after a sign-out on a shared
phone the next page says "Đăng nhập" again."""

from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Page

PAGE_PARAMETER = "trang"


@never_cache
@require_safe
def header_part(request):
    if not request.user.is_authenticated:
        return JsonResponse({"label": _("Đăng nhập"), "url": reverse("accounts:sign_in")})
    part = {"label": _("Trang của tôi"), "url": reverse("accounts:home")}
    page = editable_page(request)
    if page is not None:
        part.update(edit_label=_("Sửa trang này"), edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return JsonResponse(part)


def editable_page(request):
    """The page named by `?trang=`, when this person may edit it; None for anything else, however it is spelled."""
    value = request.GET.get(PAGE_PARAMETER, "")
    if not (value.isascii() and value.isdigit() and len(value) < 12):
        return None
    page = Page.objects.filter(pk=int(value)).first()
    if page is None or not page.permissions_for_user(request.user).can_edit():
        return None
    return page
