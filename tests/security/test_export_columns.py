"""An admin listing that names no columns to export answers `?export=` with a 404, not a file of blank lines (the
user list gave 50 of them). The listings are found from the URL conf; those that export are checked for their
content in test_export_formulas.py."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from tests.security.test_export_formulas import is_file

pytestmark = pytest.mark.django_db


def listings_without_columns(patterns=None, prefix=""):
    """Every admin URL without parameters whose view could export but names no columns, from the URL conf."""
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from listings_without_columns(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and not pattern.pattern.converters and "(?P<" not in route:
            view_class = getattr(pattern.callback, "view_class", None)
            initkwargs = getattr(pattern.callback, "view_initkwargs", {})
            if view_class and issubclass(view_class, SpreadsheetExportMixin):
                if not (initkwargs.get("list_export") or view_class.list_export):
                    yield "/" + route.lstrip("^").rstrip("$")


def test_a_listing_without_columns_to_export_gives_no_file(client, superuser, guide):
    client.force_login(superuser)
    urls = sorted(set(listings_without_columns()))
    assert {"/admin/pages/", "/admin/images/", "/admin/documents/", "/admin/groups/"} <= set(urls)
    answers = {
        f"{url}?export={export_format}": client.get(f"{url}?export={export_format}")
        for url in urls
        for export_format in SpreadsheetExportMixin.FORMATS
    }
    assert [name for name, response in answers.items() if is_file(response) or response.status_code != 404] == []


def test_the_user_list_exports_its_columns_and_the_export_is_logged(client, superuser):
    from accounts.factories import UserFactory
    from accounts.models import PersonalDataAccess

    UserFactory(username="+84912000009", phone="+84912000009", first_name="Lan", last_name="Phạm Thị")
    client.force_login(superuser)
    response = client.get("/admin/users/?export=csv")
    lines = b"".join(response.streaming_content).decode("utf-8").splitlines()
    assert lines[0].split(",")[:4] == ["Tên đăng nhập", "Họ và tên đệm", "Tên", "Số điện thoại"]
    assert any(line.startswith("+84912000009,Phạm Thị,Lan,+84912000009,") and ",Có,Không," in line for line in lines)
    assert PersonalDataAccess.objects.filter(user=superuser, action="xuất csv", subject="người dùng").exists()
