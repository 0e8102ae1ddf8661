"""The error pages that render with the request. Each says why, when there is a reason to give, and what to do
next. The 500 and 503 pages (config.views.server_error) stay without the request, so that nothing reaches the
database again."""

from django.core.exceptions import BadRequest, DisallowedHost, RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpResponseBadRequest
from django.http.multipartparser import MultiPartParserError
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

# Django's reasons for a refused request, which are English and technical, in words a volunteer can act on.
BAD_REQUEST_REASONS = {
    RequestDataTooBig: _("Biểu mẫu gửi lên quá lớn."),
    TooManyFieldsSent: _("Biểu mẫu gửi lên có quá nhiều ô."),
    TooManyFilesSent: _("Gửi quá nhiều tệp một lần."),
    MultiPartParserError: _("Dữ liệu gửi lên bị hỏng giữa đường, có thể do mạng chập chờn."),
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


def bad_request(request, exception):
    reason = bad_request_reason(exception)
    context = {
        "reason": reason,
        "back_url": same_site_referer(request),
        "about_form": request.method not in ("GET", "HEAD"),
    }
    return HttpResponseBadRequest(render_to_string("400.html", context, request))
