"""Images off to save mobile data: a preference of the phone, kept in a cookie, so it works without JavaScript and
without an account."""

from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

DATA_SAVER_COOKIE = "tiet-kiem-du-lieu"
ONE_YEAR = 60 * 60 * 24 * 365


@csrf_exempt
@require_POST
def toggle_data_saver(request):
    """Images on or off for this phone; back to the page the reader was on. No CSRF token: it only flips a display
    preference, and a token in every page's footer would stop pages being cached."""
    back = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        back = "/"
    response = HttpResponseRedirect(back)
    if request.COOKIES.get(DATA_SAVER_COOKIE) == "1":
        response.delete_cookie(DATA_SAVER_COOKIE)
    else:
        response.set_cookie(
            DATA_SAVER_COOKIE, "1", max_age=ONE_YEAR, samesite="Lax", httponly=True, secure=request.is_secure()
        )
    return response


def data_saver(request):
    """Template context: whether the reader switched images off."""
    return {"data_saver": request.COOKIES.get(DATA_SAVER_COOKIE) == "1"}
