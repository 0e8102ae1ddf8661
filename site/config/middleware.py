"""Middleware of the project as a whole: input PostgreSQL cannot store is refused before any view runs, and an empty
405 becomes a page in Vietnamese."""

import json
import logging
import re
from io import BytesIO
from urllib.parse import unquote_to_bytes

from csp.middleware import CSPMiddleware
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.urls import get_resolver, get_urlconf
from django.utils.translation import gettext_lazy as _

from config.error_pages import ExplainedBadRequest, is_api, method_not_allowed_page

logger = logging.getLogger(__name__)

BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
HEADERS_OF_EVERY_PAGE = (XFrameOptionsMiddleware, CSPMiddleware)
# A \uXXXX escape whose backslash is not itself escaped.
JSON_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u([0-9a-fA-F]{4})")
HIGH_SURROGATES, LOW_SURROGATES = (0xD800, 0xDBFF), (0xDC00, 0xDFFF)
# Bytes from 0x80 up, escaped the way urllib's quote() writes them: what Django makes of a path's broken UTF-8.
ESCAPED_AGAIN_BY_DJANGO = re.compile(r"(?:%[89A-F][0-9A-F])+")


class UnstorableInput(ExplainedBadRequest):
    """The request carries text PostgreSQL cannot store; the message says where, for the 400 page."""


IN_ADDRESS = _("Địa chỉ trang có ký tự không đọc được, nên trang không mở được.")
IN_HEADERS = _("Trình duyệt gửi kèm thông tin không đọc được, nên trang không mở được.")
IN_FORM = _("Biểu mẫu vừa gửi có ký tự không đọc được (thường do chép chữ từ một tệp hay ứng dụng khác).")


def is_storable(text):
    """False for a NUL character or a lone surrogate: PostgreSQL refuses both in text."""
    if "\x00" in text:
        return False
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def decoded_if_storable(raw):
    """Percent-encoded bytes (a query string, a form body, a path) as text, or None for a NUL or invalid UTF-8."""
    decoded = unquote_to_bytes(raw)
    if b"\x00" in decoded:
        return None
    try:
        return decoded.decode("utf-8")
    except UnicodeDecodeError:
        return None


def is_storable_when_decoded(raw):
    return decoded_if_storable(raw) is not None


def spells_unstorable_escape(text):
    """True when JSON inside a form field (the rich-text editor sends its content so) spells a NUL or a lone
    surrogate as an escape: the view decodes it, and PostgreSQL refuses what comes out. Pairs, emoji, pass."""
    if "\\u" not in text:
        return False
    escapes = [(found.end(), int(found.group(1), 16)) for found in JSON_ESCAPE.finditer(text)]
    paired_low_at = None
    for index, (end, unit) in enumerate(escapes):
        if unit == 0:
            return True
        if HIGH_SURROGATES[0] <= unit <= HIGH_SURROGATES[1]:
            following = escapes[index + 1] if index + 1 < len(escapes) else None
            if not (following and following[0] == end + 6 and LOW_SURROGATES[0] <= following[1] <= LOW_SURROGATES[1]):
                return True
            paired_low_at = following[0]
        elif LOW_SURROGATES[0] <= unit <= LOW_SURROGATES[1] and end != paired_low_at:
            return True
    return False


def bytes_from_wsgi(text):
    """WSGI hands over the raw bytes of the query string and the headers as Latin-1 text."""
    try:
        return text.encode("iso-8859-1")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


def path_is_storable(path):
    """The path comes decoded once already: a "%" in it is text (a literal "%2500" arrives as the three harmless
    characters "%00") and is not decoded again. Only the escapes Django itself put back, in capitals, for bytes that
    are not UTF-8 (repercent_broken_unicode) are read as bytes; a capital "%FF" the address spelled as "%25FF" cannot
    be told from those, and is refused with them."""
    if not is_storable(path):
        return False
    return all(is_storable_when_decoded(run.encode()) for run in ESCAPED_AGAIN_BY_DJANGO.findall(path))


def address_is_storable(request):
    if not path_is_storable(request.path):
        return False
    query_string = request.META.get("QUERY_STRING", "")
    return not query_string or is_storable_when_decoded(bytes_from_wsgi(query_string))


def headers_are_storable(request):
    """Gunicorn refuses a control character in a header; another server might not, and django-axes keeps the
    user agent of a failed sign-in. Cookies are looked at on their own (drop_unstorable_cookies)."""
    return not any(
        "\x00" in value
        for name, value in request.META.items()
        if name.startswith("HTTP_") and name != "HTTP_COOKIE" and isinstance(value, str)
    )


def strings_in(data):
    """Every key and string in decoded JSON, without recursion: the nesting is the sender's choice."""
    pending = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)


def is_storable_json(body):
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if "\x00" in text:
        return False
    try:
        data = json.loads(text)
    except RecursionError:
        return False  # nested deeper than any reader of it could follow
    except ValueError:
        return True  # not JSON: the view refuses it in its own words
    return all(is_storable(string) for string in strings_in(data))


def multipart_form(request):
    """The fields and files of a multipart body. Django parses one only for POST; for PUT and PATCH it is parsed
    here from the body, which stays readable (request.body) for a view that parses it in its own way."""
    if request.method == "POST":
        return request.POST, request.FILES
    return request.parse_file_upload(request.META, BytesIO(request.body))


def form_is_storable(request):
    content_type = request.content_type
    if content_type == URLENCODED:
        # Django decodes form fields with replacement characters, so only the raw body shows broken UTF-8.
        text = decoded_if_storable(request.body)
        return text is not None and not spells_unstorable_escape(text)
    if content_type == MULTIPART:
        # Field values and file names come decoded (bytes that are not UTF-8 already replaced): NUL remains.
        # Reading POST here changes nothing for views: CsrfViewMiddleware reads it for every protected POST too,
        # and no view of ours or Wagtail's swaps the upload handlers afterwards.
        fields, files = multipart_form(request)
        names = [*fields, *files]
        values = [value for _name, values in fields.lists() for value in values]
        file_names = [upload.name or "" for _name, uploads in files.lists() for upload in uploads]
        texts = (*names, *values, *file_names)
        return all(is_storable(text) and not spells_unstorable_escape(text) for text in texts)
    if content_type == "application/json" or content_type.endswith("+json"):
        return is_storable_json(request.body)
    return True


def drop_unstorable_cookies(request):
    """A cookie with a NUL (quoted cookies may spell one) is treated as never sent. Refusing the request instead
    would lock the phone out of the whole site over a cookie the person cannot see or remove, perhaps one set by
    another site of the parent domain; without it, a session or CSRF cookie is simply issued afresh."""
    cookies = request.COOKIES
    unstorable = [name for name, value in cookies.items() if not (is_storable(name) and is_storable(value))]
    if unstorable:
        logger.warning("Ignored %d cookie(s) with unstorable characters on %s", len(unstorable), request.path)
        request.COOKIES = {name: value for name, value in cookies.items() if name not in unstorable}


class RefuseUnstorableInputMiddleware:
    """Text PostgreSQL cannot store (NUL, bytes that are not UTF-8, lone surrogates) in the address, the query string,
    a header or a form is refused with the 400 page before it reaches a view, where a query would fail with a 500.
    Kept early in MIDDLEWARE: the page cache, the session and the sign-in all read the request after it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not address_is_storable(request):
            return self.refuse(request, IN_ADDRESS)
        if not headers_are_storable(request):
            return self.refuse(request, IN_HEADERS)
        if request.META.get("HTTP_COOKIE"):
            drop_unstorable_cookies(request)
        if request.method in BODY_METHODS and not form_is_storable(request):
            return self.refuse(request, IN_FORM)
        return self.get_response(request)

    def refuse(self, request, reason):
        """The site's 400 page, answered here rather than raised: a scanner's every probe would otherwise leave a
        traceback in the log."""
        logger.info("Refused unstorable input in %s %r", request.method, request.get_full_path()[:300])
        handle_bad_request = get_resolver(get_urlconf()).resolve_error_handler(400)
        response = handle_bad_request(request, UnstorableInput(reason))
        # The middleware that give every other page these headers never see this answer: they give them here.
        for adds_headers in HEADERS_OF_EVERY_PAGE:
            response = adds_headers(self.get_response).process_response(request, response)
        return response


class MethodNotAllowedPageMiddleware:
    """Django has no 405 handler: require_POST and the like answer with an empty body. Such an answer gets the
    Vietnamese page; its headers (Allow above all) stay as they were. Last in MIDDLEWARE, so the security headers
    of the middleware above it are added to the page as to any other."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not response.streaming and not response.content:
            response.content = method_not_allowed_page(request, response.get("Allow", ""))
            response["Content-Type"] = "application/json" if is_api(request) else "text/html; charset=utf-8"
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
