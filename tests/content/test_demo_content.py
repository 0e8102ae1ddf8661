from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db.models import CharField
from django.db.models.functions import Length
from django.http import HttpRequest
from wagtail.models import Site

from content.models import HomePage, SiteSettings

pytestmark = pytest.mark.django_db


def row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def load():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def test_loading_twice_changes_nothing(settings):
    settings.DEBUG = True
    first_output = load()
    counts = row_counts()
    second_output = load()
    assert row_counts() == counts
    assert first_output == second_output


def test_demo_content_builds_the_home_page_as_site_root_and_prints_logins(settings):
    settings.DEBUG = True
    output = load()
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.specific.body
    assert SiteSettings.for_site(site).authority_name
    for login in ("quantri", "kiemduyet", "bientap", "0912 345 678"):
        assert f"{login} / sotayso-demo-2026" in output


def test_demo_users_can_sign_in_with_the_printed_logins(settings, client):
    settings.DEBUG = True
    load()
    # The sign-in lock-out (django-axes) counts per request, so authentication is always given one.
    assert client.login(request=HttpRequest(), username="0912 345 678", password="sotayso-demo-2026")
    assert client.login(request=HttpRequest(), username="quantri", password="sotayso-demo-2026")


def test_demo_content_is_refused_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="refusing to load it with DEBUG off"):
        call_command("load_demo_content", stdout=StringIO())


def test_every_loaded_text_fits_its_column(settings):
    # SQLite keeps a string longer than its column's max_length; PostgreSQL refuses the whole load.
    settings.DEBUG = True
    load()
    too_long = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, CharField) and field.max_length:
                rows = model._default_manager.annotate(chars=Length(field.attname)).filter(chars__gt=field.max_length)
                too_long += [f"{model._meta.label}.{field.name} #{pk}" for pk in rows.values_list("pk", flat=True)]
    assert too_long == []
