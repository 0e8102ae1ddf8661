"""Every address under /api/ (read from the URL conf, the router's endpoints included) with every HTTP method, without
a key, with a key and with a wrong one, as production checks CSRF: the answer is JSON, never the site's HTML pages,
never a 5xx, and what it says is Vietnamese. The API only reads: a write is a 405 naming what is allowed, an unknown
address a 404, OPTIONS the allowed methods without DRF's English description of the view."""

import json
import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern

from tests.api.conftest import bearer

pytestmark = pytest.mark.django_db

METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
WRITES = {"POST", "PUT", "PATCH", "DELETE"}
# What the catch-all (config.api.not_found) answers for: Wagtail's own endpoints we do not serve, and nonsense.
UNKNOWN_ADDRESSES = ["/api/v2/pages/", "/api/v2/pages/3/", "/api/v2/images/", "/api/v2/khong-co/", "/api/v1/", "/api/"]
MISSING_ID = 987654
WRONG_KEY = "khong-phai-khoa-that"
# Words DRF, Django and Wagtail answer with in English; header names (Authorization, Bearer) and method names are
# not among them, as our Vietnamese messages name those.
ENGLISH = {
    "action",
    "allowed",
    "authentication",
    "credentials",
    "description",
    "detail",
    "error",
    "found",
    "forbidden",
    "incorrect",
    "invalid",
    "method",
    "name",
    "not",
    "page",
    "parses",
    "permission",
    "provided",
    "renders",
    "request",
    "the",
    "this",
    "token",
    "unsupported",
    "was",
    "were",
    "you",
}


def api_routes(patterns=None, prefix=""):
    """(route, pattern) of every URL pattern under api/, through every include."""
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(pattern.pattern).lstrip("^")
        if isinstance(pattern, URLResolver):
            if route.startswith("api/") or "api/".startswith(route):
                yield from api_routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and route.startswith("api/"):
            yield route, pattern


def addresses():
    """Each route made concrete: an id of an object that exists and one that does not; the catch-all's examples."""
    found = []
    for route, pattern in api_routes():
        if isinstance(pattern.pattern, RegexPattern):
            assert route == "api/", f"a regex route under /api/ the sweep does not know: {route}"
            found.extend(UNKNOWN_ADDRESSES)
        elif "<" not in route:
            found.append(f"/{route}")
        else:
            assert route.endswith("<id:pk>/"), f"a route with parameters the sweep does not fill: {route}"
            model = pattern.callback.cls.model
            existing = model.objects.order_by("pk").first()
            assert existing is not None, f"no {model.__name__} to open at {route}"
            found.extend(f"/{route.replace('<id:pk>', str(pk))}" for pk in (existing.pk, MISSING_ID))
    return found


def strings_in(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from strings_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from strings_in(item)


def english_in(data):
    return sorted(
        {word for text in strings_in(data) for word in re.findall(r"[a-z]+", text.lower()) if word in ENGLISH}
    )


def send(client, method, url, headers):
    if method in ("POST", "PUT", "PATCH"):
        return client.generic(method, url, json.dumps({"title": "Thử ghi"}), "application/json", **headers)
    return client.generic(method, url, **headers)


def problems_with(method, url, response):
    """What is wrong with one answer, as short notes; none for a good one."""
    found = []
    status = response.status_code
    if status >= 500:
        found.append(f"{status}")
    if not response.get("Content-Type", "").startswith("application/json"):
        found.append(f"Content-Type {response.get('Content-Type')}")
    if method in WRITES and status not in (401, 404, 405):
        found.append(f"a write answered {status}")
    if status == 405 and (method in response.get("Allow", "") or "GET" not in response.get("Allow", "")):
        found.append(f"405 with Allow {response.get('Allow')!r}")
    if method == "OPTIONS" and status == 200 and "GET" not in response.get("Allow", ""):
        found.append(f"OPTIONS without Allow: {response.get('Allow')!r}")
    if method == "HEAD":
        return found
    body = response.content.decode("utf-8")
    try:
        data = json.loads(body)
    except ValueError:
        return [*found, f"not JSON: {body[:60]!r}"]
    is_data = method == "GET" and status == 200
    if not is_data:
        if english_in(data):
            found.append(f"English: {english_in(data)}")
        if status >= 400 and not any(not text.isascii() for text in strings_in(data)):
            found.append(f"no Vietnamese in {body[:80]!r}")
    return found


def test_every_api_address_answers_every_method_in_json_and_vietnamese(guide, module, tokens, results):
    client = Client(enforce_csrf_checks=True)  # as in production: the test client skips CSRF otherwise
    urls = addresses()
    assert {"/api/v2/openapi.json", "/api/v2/reporting/results/", "/api/v2/guides/", "/api/v2/pages/"} <= set(urls)
    assert any(url.startswith("/api/v2/departments/") and url.endswith(f"/{MISSING_ID}/") for url in urls)
    answers = {}
    # The wrong key last: its failures count towards the lock-out of the address, which would refuse a right key.
    keys = [("không khóa", {}), ("khóa", bearer(tokens["province"])), ("khóa sai", bearer(WRONG_KEY))]
    for key_name, headers in keys:
        for url in urls:
            for method in METHODS:
                answers[(key_name, method, url)] = send(client, method, url, headers)
    problems = {
        f"{method} {url} ({key_name}) {response.status_code}": problems_with(method, url, response)
        for (key_name, method, url), response in answers.items()
    }
    assert {answer: found for answer, found in problems.items() if found} == {}

    # Writes to what exists are refused for the method, not the form: 405 with what the address takes.
    for url in ("/api/v2/guides/", f"/api/v2/guides/{guide.pk}/", "/api/v2/openapi.json"):
        refused = answers[("không khóa", "POST", url)]
        assert refused.status_code == 405 and refused["Allow"] == "GET, HEAD, OPTIONS", url
    assert answers[("khóa", "DELETE", "/api/v2/reporting/results/")].status_code == 405
    for url in UNKNOWN_ADDRESSES:
        assert answers[("khóa", "PUT", url)].status_code == 404
        assert json.loads(answers[("khóa", "PUT", url)].content) == {"detail": "Không tìm thấy."}


def test_options_says_what_an_address_takes_and_where_the_description_is(tokens):
    client = Client()
    for url, headers in [("/api/v2/guides/", {}), ("/api/v2/reporting/results/", bearer(tokens["province"]))]:
        response = client.options(url, **headers)
        assert response.status_code == 200 and response["Allow"] == "GET, HEAD, OPTIONS"
        assert response.json() == {"openapi": "http://testserver/api/v2/openapi.json"}


def test_the_description_of_the_api_is_still_served(home_page):
    response = Client().get("/api/v2/openapi.json")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert response.json()["info"]["title"] == "Sổ tay số: dữ liệu mở"
