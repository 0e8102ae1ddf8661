"""The error pages that render with the request: 400, 403, 405 and a refused form (CSRF). Each says why, when there
is a reason to give, and what to do next. Under /api/ each is JSON instead, as the open data API's clients parse every
answer. The 500 and 503 pages (config.views.server_error) stay without the request, so that nothing reaches the
database again."""

import json

from django.core.exceptions import BadRequest, DisallowedHost, RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpResponseBadRequest, HttpResponseForbidden, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.middleware.csrf import REASON_BAD_ORIGIN, REASON_NO_CSRF_COOKIE, REASON_NO_REFERER, get_token
from django.middleware.locale import LocaleMiddleware
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import MethodNotAllowed

# Django's reasons for a refused request, which are English and technical, in words a volunteer can act on.
BAD_REQUEST_REASONS = {
    RequestDataTooBig: _("Biểu mẫu gửi lên quá lớn."),
    TooManyFieldsSent: _("Biểu mẫu gửi lên có quá nhiều ô."),
    TooManyFilesSent: _("Gửi quá nhiều tệp một lần."),
    MultiPartParserError: _("Dữ liệu gửi lên bị hỏng giữa đường, có thể do mạng chập chờn."),
}

STALE_FORM, NO_COOKIE, NO_REFERER, OTHER_SITE = "stale_form", "no_cookie", "no_referer", "other_site"
CSRF_REASONS = {
    STALE_FORM: _(
        "Biểu mẫu đã mở quá lâu, hoặc đã được gửi hai lần, nên không còn dùng được. Trang chưa lưu gì từ lần gửi này."
    ),
    NO_COOKIE: _("Trình duyệt không giữ cookie của Sổ tay số, nên trang không nhận ra biểu mẫu này là của bạn."),
    NO_REFERER: _("Trình duyệt không cho biết biểu mẫu được gửi từ trang nào, nên trang không nhận biểu mẫu."),
    OTHER_SITE: _("Biểu mẫu được gửi từ một trang khác, không phải từ Sổ tay số, nên trang không nhận biểu mẫu."),
}


def same_site_referer(request):
    """The page the person came from, when it is one of ours: the way back to a form, fresh."""
    referer = request.META.get("HTTP_REFERER", "")
    try:
        host = request.get_host()
    except DisallowedHost:
        return ""
    if referer and url_has_allowed_host_and_scheme(referer, allowed_hosts={host}, require_https=request.is_secure()):
        return referer
    return ""


class ExplainedBadRequest(BadRequest):
    """A 400 whose message is written for the person who sees the page."""


def bad_request_reason(exception):
    if isinstance(exception, ExplainedBadRequest):
        return str(exception)
    for exception_class, reason in BAD_REQUEST_REASONS.items():
        if isinstance(exception, exception_class):
            return reason
    return ""


API_PREFIX = "/api/"
API_FORBIDDEN = _("Không được phép truy cập nội dung này.")
# Nothing under /api/ is protected from CSRF (it only reads, and keys come in a header): this is a safety net.
API_CSRF_REFUSED = _("Yêu cầu bị từ chối. Dữ liệu mở chỉ đọc bằng GET; khóa truy cập gửi trong tiêu đề Authorization.")


def is_api(request):
    """The open data API answers every error in JSON, as its clients parse it (config.api.not_found)."""
    return request.path.startswith(API_PREFIX)


def api_error(detail, status):
    return JsonResponse({"detail": detail}, status=status, json_dumps_params={"ensure_ascii": False})


def in_site_language(request, response):
    """Content-Language and Vary as every page has them: the 400 for input refused before LocaleMiddleware runs
    (config.middleware) would go without them."""
    return LocaleMiddleware(lambda _request: response).process_response(request, response)


def bad_request(request, exception):
    reason = bad_request_reason(exception)
    if is_api(request):
        return in_site_language(request, api_error(reason or _("Yêu cầu không hợp lệ."), 400))
    context = {
        "reason": reason,
        "back_url": same_site_referer(request),
        "about_form": request.method not in ("GET", "HEAD"),
    }
    return in_site_language(request, HttpResponseBadRequest(render_to_string("400.html", context, request)))


def permission_denied(request, exception):
    """A PermissionDenied raised with a message gives that message as the reason."""
    reason = str(exception) if exception is not None else ""
    if is_api(request):
        return in_site_language(request, api_error(reason or API_FORBIDDEN, 403))
    context = {
        "reason": reason,
        "back_url": same_site_referer(request),
        "in_admin": request.path.startswith(reverse("wagtailadmin_home")),
    }
    return in_site_language(request, HttpResponseForbidden(render_to_string("403.html", context, request)))


def csrf_problem(reason):
    if reason == REASON_NO_CSRF_COOKIE:
        return NO_COOKIE
    if reason == REASON_NO_REFERER:
        return NO_REFERER
    if reason.startswith((REASON_BAD_ORIGIN.partition(" - ")[0], REASON_NO_REFERER.partition(" - ")[0])):
        return OTHER_SITE
    return STALE_FORM  # the token is missing, old or from before a sign-in


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the form was not accepted. A fresh token is issued with the page, so that the form opened
    again can be sent."""
    if is_api(request):
        return in_site_language(request, api_error(API_CSRF_REFUSED, 403))
    get_token(request)
    problem = csrf_problem(reason)
    user = getattr(request, "user", None)
    context = {
        "problem": problem,
        "reason": CSRF_REASONS[problem],
        "form_url": same_site_referer(request),
        "signed_in_already": request.path == reverse("accounts:sign_in") and user is not None and user.is_authenticated,
    }
    return in_site_language(request, HttpResponseForbidden(render_to_string("403_csrf.html", context, request)))


def method_not_allowed_page(request, allow):
    """The body of a 405: see config.middleware.MethodNotAllowedPageMiddleware. Under /api/ it is the JSON that DRF
    answers the endpoints' 405 with."""
    if is_api(request):
        return json.dumps({"detail": str(MethodNotAllowed(request.method).detail)}, ensure_ascii=False)
    allowed = {method.strip().upper() for method in allow.split(",") if method.strip()}
    context = {
        "opened_directly": request.method in ("GET", "HEAD") and "GET" not in allowed,
        "sign_out_url": reverse("accounts:sign_out") if request.path == reverse("accounts:sign_out") else "",
        "back_url": same_site_referer(request),
    }
    return render_to_string("405.html", context, request)
