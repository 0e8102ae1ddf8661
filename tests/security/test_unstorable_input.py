"""Text PostgreSQL cannot store (a NUL, bytes that are not UTF-8, lone surrogates) sent in every address, query
parameter and form field the site knows: a Vietnamese 400 before any view runs, never a 5xx. The addresses come from
the access matrix; the parameters and fields from the forms and links of every page as each role sees it, and from
the source of each view. CI runs this on PostgreSQL, where such text fails a query."""

import json
import re
from importlib import import_module
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import Resolver404, resolve, reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from config.middleware import form_is_storable, spells_unstorable_escape
from tests.security import test_access_matrix as access_matrix
from tests.security.test_access_matrix import ADMIN_EXPECTED, EXPECTED, ROLES

pytestmark = pytest.mark.django_db
world = access_matrix.world  # the people of every role and the objects they reach

NUL = "%00"
NOT_UTF8 = ("%C0%AF", "%FF")  # an overlong "/", and a byte that never starts a character
PERCENT_ENCODED = (NUL, *NOT_UTF8)
REFUSED_PAGE = "Không xử lý được yêu cầu"
READ_BY_VIEWS = re.compile(r"""GET(?:\.get|\.getlist)?\(\s*["']([^"']+)["']|GET\[\s*["']([^"']+)["']\]""")


def assert_refused(response, what):
    assert response.status_code == 400, (what, response.status_code)
    if response["Content-Type"] == "application/json":
        # The open data API answers in its own format, with the reason in Vietnamese.
        assert response.json()["detail"].startswith("Địa chỉ trang có ký tự không đọc được"), what
        return
    content = response.content.decode()
    assert '<html lang="vi">' in content and REFUSED_PAGE in content, what


def assert_answered(response, what):
    assert response.status_code < 500, (what, response.status_code)


PLACEHOLDER = re.compile(r"{(\w+)}")


def matrix_urls_with_bad_paths(values, bad):
    """Every site URL of the access matrix with the bad text in place of each of its parameters, and every URL of
    the matrix (admin URLs of ours too) with the bad text as one more path segment."""
    templates = [template for template, _expected in EXPECTED.values()]
    urls = [template.format(**values) for template in templates] + [reverse(name) for name in ADMIN_EXPECTED]
    variants = []
    for template in templates:
        for name in PLACEHOLDER.findall(template):
            variants.append(template.format(**{**values, name: bad}))
    for url in urls:
        path, sep, query = url.partition("?")
        variants.append(f"{path.rstrip('/')}/{bad}/{sep}{query}")
    return variants


def test_a_bad_character_anywhere_in_the_path_of_every_url_is_refused(client, world):
    people, values = world
    client.force_login(people["superuser"])
    for bad in PERCENT_ENCODED:
        for url in matrix_urls_with_bad_paths(values, bad):
            assert_refused(client.get(url), url)
    for url in matrix_urls_with_bad_paths(values, NUL):
        assert_refused(client.post(url, {"x": "1"}), f"POST {url}")


def parameters_read_by_view(path):
    """The query parameters the view's own module reads (request.GET.get("xa") and the like)."""
    try:
        view = resolve(path).func
    except Resolver404:
        return set()
    module = getattr(getattr(view, "view_class", None), "__module__", None) or view.__module__
    source_file = getattr(import_module(module), "__file__", None)
    if not source_file or "site-packages" in source_file:
        return set()
    return {first or second for first, second in READ_BY_VIEWS.findall(Path(source_file).read_text())}


ADMIN_PAGES_WITH_INPUTS = (":list", ":index", ":add")  # search, filters and forms; the rest repeat them


def site_pages(values, role, guide):
    urls = [template.format(**values) for template, expected in EXPECTED.values() if expected[role] == 200]
    urls += ["/", guide.url, guide.get_parent().url]
    if role == "superuser":
        urls += [reverse(name) for name in ADMIN_EXPECTED if name.endswith(ADMIN_PAGES_WITH_INPUTS)]
    return urls


def own(url):
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and (parts.path.startswith("/") or not parts.path)


def query_names(url):
    return {name for name, _value in parse_qsl(urlsplit(url).query, keep_blank_values=True)}


def discover_inputs(client, role, pages, parameters, posts):
    """Adds, from each page that opens for the role: the query parameters by path (its own, the view's, those of
    its GET forms and links) and its POST forms (action, encoding, hidden values, field names)."""
    for page in pages:
        response = client.get(page)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        path = urlsplit(page).path
        for name in query_names(page) | parameters_read_by_view(path):
            parameters.setdefault((path, name), role)
        soup = BeautifulSoup(response.content, "html.parser")
        for link in soup.find_all("a", href=True):
            if own(link["href"]):
                target = urljoin(page, link["href"])
                for name in query_names(target):
                    parameters.setdefault((urlsplit(target).path, name), role)
        for form in soup.find_all("form"):
            if not own(form.get("action") or ""):
                continue
            action = urlsplit(urljoin(page, form.get("action") or page))
            fields = {field.get("name") for field in form.find_all(["input", "select", "textarea", "button"])}
            fields -= {None, "csrfmiddlewaretoken"}
            if form.get("method", "get").lower() != "post":
                for name in fields | query_names(action.geturl()):
                    parameters.setdefault((action.path, name), role)
                continue
            hidden = form.find_all("input", type="hidden")
            known = posts.setdefault(
                action.path + (f"?{action.query}" if action.query else ""),
                {
                    "role": role,
                    "multipart": form.get("enctype") == "multipart/form-data",
                    "defaults": {field["name"]: field.get("value", "") for field in hidden if field.get("name")},
                    "fields": set(),
                },
            )
            known["fields"] |= fields
            known["defaults"].pop("csrfmiddlewaretoken", None)


def urlencoded_with(data, name, bad):
    """A form body as a browser sends it, with `bad` percent-encoded text as the value of `name`."""
    return urlencode({key: value for key, value in data.items() if key != name}) + f"&{quote(name)}={bad}"


def sign_in_as(client, people, role):
    if role == "anonymous":
        client.logout()
    else:
        client.force_login(people[role])


def test_every_parameter_and_form_field_of_every_role_refuses_bad_text(client, world, guide):
    people, values = world
    parameters, posts = {}, {}
    for role in ROLES:
        sign_in_as(client, people, role)
        discover_inputs(client, role, site_pages(values, role, guide), parameters, posts)
    assert len(parameters) > 20 and len(posts) > 10, "the pages showed few forms: the sweep would test little"

    # Refused before the session is read: who is signed in makes no difference.
    for path, name in parameters:
        for bad in PERCENT_ENCODED:
            assert_refused(client.get(f"{path}?{quote(name)}={bad}"), f"{path}?{name}={bad}")
    for path in {path for path, _name in parameters}:
        assert_refused(client.get(f"{path}?{NUL}=1"), f"{path}?{NUL}=1")
    for action, form in posts.items():
        data = form["defaults"]
        for name in form["fields"]:
            for bad in PERCENT_ENCODED:
                body = urlencoded_with(data, name, bad)
                response = client.post(action, body, content_type="application/x-www-form-urlencoded")
                assert_refused(response, f"POST {action} {body}")
            assert_refused(client.post(action, {**data, name: "gõ\x00thêm"}), f"POST multipart {action} {name}")
        assert_refused(client.post(action, {**data, "gõ\x00": "1"}), f"POST multipart {action}, a field name")

    # Django reads the parts of a multipart form with replacement characters: the view gets "\ufffd", storable.
    for action, form in posts.items():
        if form["multipart"]:
            sign_in_as(client, people, form["role"])
            for name in form["fields"]:
                response = client.post(action, {**form["defaults"], name: b"\xc0\xaf\xff"})
                assert_answered(response, f"{action} {name}")


@pytest.mark.parametrize("header", ["HTTP_USER_AGENT", "HTTP_ACCEPT", "HTTP_REFERER", "HTTP_X_FORWARDED_FOR"])
def test_a_header_with_a_nul_is_refused_before_a_failed_sign_in_records_it(client, home_page, header):
    """django-axes keeps the user agent and the accepted types of a failed sign-in (Gunicorn refuses such a header
    already; another server might not)."""
    response = client.post("/dang-nhap/", {"username": "an", "password": "sai-mat-khau"}, **{header: "x\x00y"})
    assert_refused(response, header)
    assert "Trình duyệt gửi kèm thông tin không đọc được" in response.content.decode()


@pytest.mark.parametrize("cookie", ["sessionid", "csrftoken", "tiet-kiem-du-lieu", "khac"])
def test_a_cookie_with_a_nul_is_ignored_on_every_url(client, world, cookie):
    """Refusing would lock the phone out of the whole site over a cookie the person cannot remove: the cookie is
    treated as never sent, so every URL answers as it does for a visitor without it."""
    _people, values = world
    for template, expectations in EXPECTED.values():
        url = template.format(**values)
        client.cookies[cookie] = "abcdefghijklmnopqrstuvwxyz012345\x00"
        response = client.get(url)
        expected = 302 if expectations["anonymous"] == "login" else expectations["anonymous"]
        assert response.status_code == expected, (url, response.status_code)


def test_an_uploaded_file_named_with_a_nul_or_broken_text_never_fails(client, world):
    people, values = world
    client.force_login(people["leader"])
    url = f"/to/{values['team']}/nhap-danh-sach/"
    for name in ("danh\x00sach.csv", "\x00.csv", "\x00"):
        upload = SimpleUploadedFile(name, "Họ và tên,Số điện thoại\nAn,0912345678\n".encode())
        assert_answered(client.post(url, {"file": upload}), repr(name))


@pytest.mark.parametrize(
    ("body", "refused"),
    [
        ('{"a": "x\\u0000y"}', True),
        ('{"a\\u0000": true}', True),
        ('{"a": ["\\ud800"]}', True),
        ('{"a": "x\u0000"}', True),
        (b'{"a": "\xff"}', True),
        ('{"bang-dieu-khien": "Đã xem \\u00e9"}', False),
        ("not json \\u", False),
        ("[" * 100_000, True),  # nested past what Python's parser can follow
    ],
)
@pytest.mark.parametrize("method", ["post", "put", "patch"])
def test_json_bodies_with_text_postgresql_cannot_store_are_refused(client, superuser, body, refused, method):
    """Wagtail's admin keeps each user's dismissed notices from a JSON body it stores as is."""
    client.force_login(superuser)
    response = getattr(client, method)("/admin/dismissibles/", body, content_type="application/json")
    if refused:
        assert_refused(response, body)
    else:
        assert_answered(response, body)


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_form_bodies_of_other_methods_are_checked_too(client, home_page, method):
    response = getattr(client, method)("/tim-kiem/", "q=%00", content_type="application/x-www-form-urlencoded")
    assert_refused(response, method)


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
@pytest.mark.parametrize(
    "form",
    [
        {"q": "x\x00y"},
        {"x\x00": "1"},
        {"tep\x00": SimpleUploadedFile("danh-sach.csv", b"An,0912345678")},
        {"text": '{"a": "\\u0000"}'},
    ],
    ids=["value", "name", "file field", "escape in json"],
)
def test_multipart_bodies_of_other_methods_are_checked_like_a_post(client, home_page, method, form):
    """Django parses a multipart body only for POST; the others are read in the middleware, the same way."""
    body = encode_multipart(BOUNDARY, form)
    assert_refused(client.generic("POST", "/tim-kiem/", body, content_type=MULTIPART_CONTENT), "post")
    assert_refused(getattr(client, method)("/tim-kiem/", body, content_type=MULTIPART_CONTENT), method)


@pytest.mark.parametrize("method", ["put", "patch"])
def test_a_fine_multipart_body_of_another_method_passes_and_stays_readable(client, rf, home_page, method):
    body = encode_multipart(BOUNDARY, {"q": "Đã xem 😀", "tep": SimpleUploadedFile("ảnh.png", b"\x89PNG")})
    response = getattr(client, method)("/tim-kiem/", body, content_type=MULTIPART_CONTENT)
    assert response.status_code == 200 and REFUSED_PAGE not in response.content.decode()
    # A view that parses the body in its own way still can: the middleware read it through request.body.
    request = getattr(rf, method)("/tim-kiem/", body, content_type=MULTIPART_CONTENT)
    assert form_is_storable(request) and request.body == body


@pytest.mark.parametrize("spelled", ["%2500", "%2525", "100%25", "%25ff", "%25C3%25A9", "%2500%25c0%25af"])
def test_a_percent_sign_the_address_spells_is_text_and_not_decoded_again(client, world, spelled):
    """The server decodes the path once: "%2500" arrives as the three characters "%00", which PostgreSQL stores
    as they are. Only a NUL or bytes that are not UTF-8 after that one decoding are refused (the sweep above)."""
    _people, values = world
    for url in (f"/x/{spelled}/", f"/xac-minh/{spelled}/", f"/to/{values['team']}/{spelled}/"):
        response = client.get(url)
        assert response.status_code == 404 and REFUSED_PAGE not in response.content.decode(), url
    assert_refused(client.get(f"/x/{spelled}%00/"), "a NUL after it")


def test_the_dismissed_notices_are_kept_when_the_json_is_fine(client, superuser):
    client.force_login(superuser)
    response = client.patch("/admin/dismissibles/", json.dumps({"ghi-chu": "Đã xem"}), content_type="application/json")
    assert response.status_code == 200 and response.json()["ghi-chu"] == "Đã xem"


@pytest.mark.parametrize(
    ("text", "spells"),
    [
        ('{"text": "Mở \\u1edfng dụng"}', False),
        ('{"text": "\\ud83d\\ude00"}', False),  # an emoji, as JSON escapes it
        ('{"text": "\\\\u0000 là sáu ký tự"}', False),  # an escaped backslash, then plain text
        ('{"text": "a\\u0000b"}', True),
        ('{"text": "\\ud800"}', True),
        ('{"text": "\\ude00\\ud83d"}', True),
        ('{"text": "\\ud83d\\\\\\ude00"}', True),
        ('{"text": "\\\\\\ud800"}', True),
    ],
)
def test_json_inside_a_form_field_may_not_spell_a_nul_or_a_lone_surrogate(text, spells):
    assert spells_unstorable_escape(text) is spells


def guide_edit(guide, text):
    contentstate = {
        "blocks": [
            {"key": "a", "type": "unstyled", "text": text, "depth": 0, "inlineStyleRanges": [], "entityRanges": []}
        ],
        "entityMap": {},
    }
    step = {
        "heading": "Mở ứng dụng",
        "text": json.dumps(contentstate),
        "screenshot": {"image": "", "alt_text": ""},
        "tip": rich_text(""),
        "warning": rich_text(""),
    }
    fields = {"title": guide.title, "slug": guide.slug, "outcome": guide.outcome, "audience": guide.audience}
    fields |= {
        "difficulty": guide.difficulty,
        "minutes": guide.minutes,
        "pillar_choice": guide.pillar_choice_id or "",
        "tags": "",
    }
    fields |= {"requirements": streamfield([("item", "Căn cước")]), "steps": streamfield([("step", step)])}
    fields |= {"troubleshooting": streamfield([]), "related_guides": inline_formset([]), "comments": inline_formset([])}
    fields |= {"sources": inline_formset([]), "review_interval_months": 6, "action-publish": "1"}
    return nested_form_data(fields)


def test_a_lone_surrogate_inside_the_rich_text_editors_json_is_refused_and_an_emoji_is_kept(client, superuser, guide):
    """The editor sends rich text as JSON in a form field; a lone surrogate in it failed the save on PostgreSQL."""
    client.force_login(superuser)
    assert_refused(client.post(f"/admin/pages/{guide.pk}/edit/", guide_edit(guide, "Mở \ud800")), "lone surrogate")
    assert client.post(f"/admin/pages/{guide.pk}/edit/", guide_edit(guide, "Mở 😀")).status_code == 302


def test_no_code_of_ours_swaps_the_upload_handlers():
    """The middleware reads multipart forms before any view, and Django refuses new upload handlers once a form is
    read: a view that needs its own would have to be let through there first."""
    folders = [settings.SOURCE_ROOT, settings.REPO_ROOT / "content", settings.REPO_ROOT / "guides"]
    sources = [path for folder in folders for path in folder.rglob("*.py")]
    assert [str(path) for path in sources if "upload_handlers" in path.read_text()] == []
