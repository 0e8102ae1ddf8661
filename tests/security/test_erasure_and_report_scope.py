"""A person's name in the admin's reports: before erasure only people whose scope covers them see it; after erasure
nobody does, and Wagtail's history, revisions and search index no longer hold their phone, e-mail or (for their own
records) their name. The reports come from the URL conf (every report view, Wagtail's and ours), fetched by every
role as pages and as CSV exports. A name that editors wrote into pages is left to an editor (see
test_erasure_points_at_the_person.py): only the phone and e-mail leave content."""

import json
import logging

import pytest
from django.urls import URLResolver, get_resolver, reverse
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import PageLogEntry, Revision
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from accounts.factories import UserFactory
from content.factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory, ImageFactory
from guides.factories import GuidePageFactory, step
from teams.factories import TeamFactory
from teams.models import Member, RoleAssignment, ScopeRole
from tests.security.test_access_matrix import ROLES, world  # noqa: F401 (world is a fixture)

pytestmark = pytest.mark.django_db

NAME, PHONE, EMAIL = "Hoàng Thị Mai", "+84909123456", "mai.hoang@example.vn"
UNIQUE_SPELLINGS = [PHONE, "0909 123 456", "0909123456", "0909.123.456", "84909123456", EMAIL]
SPELLINGS = [NAME, "hoang thi mai", *UNIQUE_SPELLINGS]
EVERY_ROLE = [*ROLES, "other_province_coordinator", "other_commune_officer"]
COVERING_WITH_ADMIN_ACCESS = {"superuser", "commune_officer", "province_coordinator"}
ERASED = "(đã xóa theo yêu cầu)"


def report_url_names(patterns=None, namespace=""):
    """Every named report: Wagtail's reports namespace and any view built on Wagtail's ReportView."""
    names = set()
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= report_url_names(pattern.url_patterns, inner)
        elif pattern.name:
            view_class = getattr(pattern.callback, "view_class", None)
            if namespace == "wagtailadmin_reports:" or (view_class and issubclass(view_class, ReportView)):
                names.add(f"{namespace}{pattern.name}")
    return names


def test_the_report_sweep_finds_wagtails_reports_and_ours():
    assert report_url_names() >= {
        "wagtailadmin_reports:site_history",
        "wagtailadmin_reports:site_history_results",
        "wagtailadmin_reports:locked_pages",
        "wagtailadmin_reports:aging_pages",
        "wagtailadmin_reports:workflow",
        "wagtailadmin_reports:workflow_tasks",
        "wagtailadmin_reports:page_types_usage",
        "guides_admin:overdue",
    }


def every_report_as_text(client):
    """What a person is shown by every report, as pages and as exports."""
    texts = {}
    for name in sorted(report_url_names()):
        for suffix in ("", "?export=csv"):
            response = client.get(reverse(name) + suffix)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            texts[name + suffix] = (response.status_code, body.decode("utf-8", errors="replace"))
    return texts


def named_in(text, spellings=SPELLINGS):
    return [spelling for spelling in spellings if spelling.lower() in text.lower()]


@pytest.fixture
def people(world):  # noqa: F811
    """The access matrix's roles, a coordinator and an officer of another area, and a volunteer with a real name."""
    people, _values = world
    elsewhere = TeamFactory()
    people["other_province_coordinator"] = UserFactory(username="dieu-phoi-tinh-khac")
    RoleAssignment.objects.create(
        user=people["other_province_coordinator"], role=ScopeRole.PROVINCE_COORDINATOR, area=elsewhere.province
    )
    people["other_commune_officer"] = UserFactory(username="can-bo-xa-khac")
    RoleAssignment.objects.create(
        user=people["other_commune_officer"], role=ScopeRole.COMMUNE_OFFICER, area=elsewhere.commune
    )
    volunteer = people["volunteer"]
    volunteer.first_name, volunteer.last_name, volunteer.phone = "Mai", "Hoàng Thị", PHONE
    volunteer.email = EMAIL
    volunteer.save()
    Member.objects.filter(user=volunteer).update(full_name=NAME, phone=PHONE)
    return people


@pytest.fixture
def member_history(people):
    """What the admin records when people edit the member and the account: labels carry the name."""
    member = Member.objects.get(user=people["volunteer"])
    log(instance=member, action="wagtail.create", user=people["superuser"], title="Hoàng T. Mai")
    log(instance=member, action="wagtail.edit", user=people["commune_officer"], data={"ghi chú": "gọi 0909 123 456"})
    log(instance=people["volunteer"], action="wagtail.edit", user=people["superuser"])
    return member


@pytest.fixture
def pages_naming_her(people, guide, home_page):
    """Editors wrote her name, phone and e-mail into content: a good practice (title with her phone, story, contact),
    an image credit, a guide step; each page has revisions, one is locked and one is in review."""
    editor = people["superuser"]
    practice = GoodPracticePageFactory(
        parent=GoodPracticeIndexPageFactory(parent=home_page),
        title="Điểm hỗ trợ cuối tuần, gọi 0909.123.456",
        what_they_did=f"Chị {NAME} mở điểm hỗ trợ cuối tuần.",
        contact_name=NAME,
        contact_phone="0909 123 456",
        commune=Member.objects.get(user=people["volunteer"]).team.commune,
    )
    practice.save_revision(user=editor, log_action=True).publish(user=editor)
    practice.locked, practice.locked_by = True, editor
    practice.save()
    ImageFactory(title="Điểm hỗ trợ", credit=f"Ảnh: {NAME}, {EMAIL}")
    named_guide = GuidePageFactory(
        parent=guide.get_parent(),
        title="Hỏi tổ công nghệ số",
        steps=[step("Gọi tổ trưởng", text=f"<p>Gọi chị {NAME}, số 0909 123 456.</p>")],
    )
    named_guide.save_revision(user=editor, log_action=True).publish(user=editor)
    named_guide.refresh_from_db()
    named_guide.get_workflow().start(named_guide, editor)
    return practice, named_guide


def search_hits(term):
    backend = get_search_backend()
    return [found for model in get_indexed_models() for found in backend.search(term, model, operator="and")]


def strings_in(value):
    """Every string inside a JSON value, opening JSON kept as a string (a StreamField inside a revision)."""
    if isinstance(value, str):
        if value[:1] in "[{":
            try:
                return [value, *strings_in(json.loads(value))]
            except ValueError:
                pass
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in strings_in(item)]
    if isinstance(value, dict):
        return [text for key, item in value.items() for text in (key, *strings_in(item))]
    return []


def sign_in_as(client, people, role):
    if role == "anonymous":
        client.logout()
    else:
        client.force_login(people[role])


@pytest.fixture
def erase_through_the_site(client, django_capture_on_commit_callbacks):
    """Erases through the site's button; Wagtail's copies are scrubbed once the erasure commits."""

    def erase(volunteer):
        client.force_login(volunteer)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/tai-khoan/xoa-du-lieu/", {"xac-nhan": "XOA"})
        assert "Đã xóa dữ liệu của bạn" in response.content.decode()
        client.logout()

    return erase


def test_before_erasure_a_member_is_named_in_reports_only_to_people_whose_scope_covers_them(
    client, people, member_history
):
    shown_to = set()
    for role in EVERY_ROLE:
        sign_in_as(client, people, role)
        texts = every_report_as_text(client)
        assert all(status < 500 for status, _text in texts.values()), role
        if any(named_in(text) for _status, text in texts.values()):
            shown_to.add(role)
    assert shown_to == COVERING_WITH_ADMIN_ACCESS


def test_site_history_filters_offer_only_types_and_people_of_entries_the_viewer_sees(client, people, member_history):
    def offered_to(role):
        sign_in_as(client, people, role)
        form = client.get(reverse("wagtailadmin_reports:site_history")).context["filters"].form
        types = {str(label) for _value, label in form.fields["object_type"].choices}
        return types, set(form.fields["user"].queryset) if "user" in form.fields else set()

    types, users = offered_to("province_coordinator")
    assert "Thành viên" in types and "Người dùng" not in types and people["commune_officer"] in users
    types, users = offered_to("other_province_coordinator")
    assert "Thành viên" not in types and people["commune_officer"] not in users


def test_page_types_usage_is_for_superusers_only(client, people):
    url = reverse("wagtailadmin_reports:page_types_usage")
    for role in ("moderator", "department_editor", "province_coordinator"):
        client.force_login(people[role])
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/admin/", role
        assert url not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(people["superuser"])
    assert client.get(url).status_code == 200
    assert url in client.get(reverse("wagtailadmin_home")).content.decode()


def test_after_erasure_no_report_names_the_person_for_any_role(
    client, people, member_history, pages_naming_her, erase_through_the_site
):
    client.force_login(people["superuser"])
    before = every_report_as_text(client)
    assert any(named_in(text) for _status, text in before.values())
    assert any(named_in(text, UNIQUE_SPELLINGS) for _status, text in before.values())  # a page's title
    erase_through_the_site(people["volunteer"])
    for role in EVERY_ROLE:
        sign_in_as(client, people, role)
        texts = every_report_as_text(client)
        assert all(status < 500 for status, _text in texts.values()), role
        named = {url: named_in(text) for url, (_status, text) in texts.items()}
        assert {url: found for url, found in named.items() if found} == {}, role


def test_erasure_scrubs_log_entries_revisions_and_the_search_index(
    client, people, member_history, pages_naming_her, erase_through_the_site, caplog
):
    practice, named_guide = pages_naming_her
    assert search_hits(NAME) and search_hits("0909 123 456") and search_hits(EMAIL)
    assert client.get("/tim-kiem/", {"q": "0909 123 456"}).context["result_count"] >= 1
    with caplog.at_level(logging.INFO, logger="accounts.erasure_traces"):
        erase_through_the_site(people["volunteer"])

    for log_model in log_action_registry.get_log_entry_models():
        for entry in log_model.objects.all():
            assert not named_in(" ".join([entry.label, *strings_in(entry.data)])), entry.label
    member_entries = log_action_registry.get_log_model_for_instance(member_history).objects.for_instance(member_history)
    assert {entry.label for entry in member_entries} == {ERASED}
    for revision in Revision.objects.all():
        text = " ".join([revision.object_str, *strings_in(revision.content)])
        assert not named_in(text, UNIQUE_SPELLINGS), revision.object_str
    for term in UNIQUE_SPELLINGS:
        assert search_hits(term) == [], term
    assert client.get("/tim-kiem/", {"q": "0909 123 456"}).context["result_count"] == 0

    # Her phone leaves the live pages through a revision the system published; her name is left to an editor, who
    # is told where it is written (without the name).
    practice.refresh_from_db()
    named_guide.refresh_from_db()
    assert (practice.contact_name, practice.contact_phone) == (NAME, "(đã xóa)")  # the phone field holds 20
    assert practice.title == f"Điểm hỗ trợ cuối tuần, gọi {ERASED}"
    assert practice.live_revision.user is None  # published by the system; the editor's draft stays the draft
    assert PageLogEntry.objects.filter(page=practice, action="wagtail.publish", user=None).exists()
    assert practice.locked and practice.get_latest_revision_as_object().contact_phone == "(đã xóa)"
    assert named_guide.workflow_in_progress  # the review goes on, on the draft without her phone
    for steps in (named_guide.steps, named_guide.get_latest_revision_as_object().steps):
        assert f"chị {NAME}, số {ERASED}." in str(steps.raw_data)
    warning = next(
        record.getMessage()
        for record in caplog.records
        if record.levelno == logging.WARNING and record.name == "accounts.erasure_traces"
    )
    assert f"goodpracticepage #{practice.pk} (contact_name, search_text, what_they_did)" in warning
    # The guide's stored search text (issue 19) repeats its steps, so it names her where they do.
    assert f"guidepage #{named_guide.pk} (search_text, steps)" in warning
    assert not named_in(warning)


def test_erasure_leaves_other_peoples_names_alone(people, member_history, erase_through_the_site):
    leader = Member.objects.get(user=people["leader"])
    log(instance=leader, action="wagtail.edit", user=people["superuser"])
    erase_through_the_site(people["volunteer"])
    model = log_action_registry.get_log_model_for_instance(leader)
    assert {entry.label for entry in model.objects.for_instance(leader)} == {"Tổ Trưởng"}
