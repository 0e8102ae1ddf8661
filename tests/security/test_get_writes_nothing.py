"""Looking never writes: every URL of the access matrix (the site's and our admin's), opened with GET by every role,
inserts, updates and deletes no row of our apps' tables, except the records that opening a page is meant to make.
The URLs come from the access matrix, itself generated from the URL conf, so a new page is checked here too."""

import re

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.security.test_access_matrix import ADMIN_EXPECTED, EXPECTED, OWN_APPS, ROLES, world  # noqa: F401

pytestmark = pytest.mark.django_db

# Writes that are what the page is for, each with its reason.
MEANT_TO_WRITE = {
    # The log of who looked at personal data (Decree 13 / Law 91): looking is the event it records.
    "accounts.PersonalDataAccess",
    # Opening an announcement marks it read for that person: the read receipt is the page's purpose.
    "teams.AnnouncementRead",
    # The reporting calendar: periods are made on demand from the province's settings, the same for everyone and
    # once each (a unique constraint); they hold nobody's data.
    "reporting.ReportingPeriod",
    # Wagtail makes a site's settings row the first time they are read (BaseSiteSetting.for_site): once per site.
    "content.SiteSettings",
    # Wagtail makes an image's resized copies the first time they are shown: a cache of files, recorded once.
    "content.CustomRendition",
}
WRITE = re.compile(r'^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)


def own_tables():
    return {
        model._meta.db_table: model._meta.label
        for app_label in OWN_APPS
        if app_label in {config.label for config in apps.get_app_configs()}
        for model in apps.get_app_config(app_label).get_models(include_auto_created=True)
    }


def writes_during(client, url, tables):
    """{model label} written to while GETting url, outside MEANT_TO_WRITE."""
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    written = set()
    for query in queries.captured_queries:
        match = WRITE.match(query["sql"])
        if match and match.group(2) in tables:
            written.add(tables[match.group(2)])
    return written - MEANT_TO_WRITE


@pytest.mark.parametrize("role", ROLES)
def test_no_get_of_any_url_writes_for_any_role(client, world, role):  # noqa: F811
    people, values = world
    if role != "anonymous":
        client.force_login(people[role])
    tables = own_tables()
    urls = [template.format(**values) for template, _expected in EXPECTED.values()]
    urls += [reverse(name) for name in ADMIN_EXPECTED]
    written = {url: models for url in urls if (models := writes_during(client, url, tables))}
    assert written == {}


def test_the_sweep_sees_a_write(client, world):  # noqa: F811
    """The check itself: a GET known to write (an announcement opened for the first time) is seen writing."""
    people, values = world
    client.force_login(people["volunteer"])
    with CaptureQueriesContext(connection) as queries:
        client.get(f"/thong-bao/{values['announcement']}/")
    tables = own_tables()
    labels = {tables.get(match.group(2)) for query in queries.captured_queries if (match := WRITE.match(query["sql"]))}
    assert "teams.AnnouncementRead" in labels
