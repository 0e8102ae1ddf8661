"""Every way of signing out: a GET (a link, an image on another page) changes nothing, a POST flushes the session at
the server, so the old session cookie no longer signs anyone in. The sign-out URLs come from the URL conf: every URL
served by a LogoutView, the site's and the admin's, and erasing one's data, which also signs out."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.auth.views import LogoutView
from django.contrib.sessions.backends.db import SessionStore
from django.urls import URLPattern, URLResolver, get_resolver

from accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

ERASE_MY_DATA = ("/tai-khoan/xoa-du-lieu/", {"xac-nhan": "XOA"})


def logout_routes(patterns, prefix=""):
    routes = set()
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            routes |= logout_routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            view_class = getattr(pattern.callback, "view_class", object)
            if issubclass(view_class, LogoutView):
                routes.add("/" + route.lstrip("^").rstrip("$"))
    return routes


def sign_out_paths():
    """The paths of the URL conf answered by a LogoutView (a path shadowed by an earlier pattern counts once)."""
    return sorted(logout_routes(get_resolver().url_patterns))


@pytest.fixture
def staff(db):
    """Someone who may use both the site and the admin."""
    user = UserFactory(username="bien-tap-vien", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def session_exists(key):
    return SessionStore().exists(key)


def test_the_sign_out_paths_are_the_site_and_the_admin():
    assert sign_out_paths() == ["/admin/logout/", "/dang-xuat/"]


@pytest.mark.parametrize("path", sign_out_paths())
def test_a_get_on_a_sign_out_url_changes_nothing(client, home_page, staff, path):
    client.force_login(staff)
    key = client.session.session_key
    for method, status in ((client.get, 405), (client.head, 405), (client.options, 200)):
        response = method(path)
        assert response.status_code == status, (method, response.status_code)
        # No emptied session cookie, no queued message; the page may offer a sign-out form, with its CSRF token.
        assert set(response.cookies) <= {settings.CSRF_COOKIE_NAME}, response.cookies
    assert session_exists(key)
    assert client.get("/tai-khoan/").status_code == 200


@pytest.mark.parametrize("path, data", [*((path, {}) for path in sign_out_paths()), ERASE_MY_DATA])
def test_signing_out_flushes_the_session_at_the_server(client, home_page, staff, path, data):
    client.force_login(staff)
    key = client.session.session_key
    response = client.post(path, data)
    assert response.status_code in (200, 302)
    assert not session_exists(key)

    replay = client.__class__()
    replay.cookies["sessionid"] = key
    response = replay.get("/tai-khoan/")
    assert response.status_code == 302 and "/dang-nhap/" in response["Location"]
