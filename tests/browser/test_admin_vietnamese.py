"""Every Wagtail admin screen our staff use reads in Vietnamese on a 390 px phone, for each staff role.

Each role signs in to the admin and walks the screens of its work: the dashboard, the page explorer and editor
with its menus and side panels, the workflow's actions, snippets and our viewsets, images, documents, reports,
the account and the search. A screen fails on any English left on it (text, placeholders, aria-labels, titles):
the English words page_checks knows, and any of Wagtail's own English messages shown as they are.

Transactional (the browser talks to a live server): the tests before may have flushed what migrations made, so the
fixture builds the moderators' and the coordinators' groups again as the migrations do."""

import importlib
import re
from functools import cache
from pathlib import Path

import pytest
import wagtail
from django.apps import apps
from wagtail.models import Page

from accounts.factories import UserFactory
from content.editorial import sync_all_departments
from content.factories import DepartmentFactory, ImageFactory, PlatformPageFactory
from guides.factories import GuideFeedbackFactory, GuidePageFactory
from teams.factories import MemberFactory, TeamFactory
from teams.models import MemberRole, RoleAssignment, ScopeRole
from tests.browser.page_checks import english_words
from tests.browser.phone_steps import admin_sign_in, moderators_group

pytestmark = pytest.mark.django_db(transaction=True)

WAGTAIL_LOCALE = Path(wagtail.__file__).parent
# Names that stay as they are in Vietnamese text: the product, file formats, our demo people's logins.
ALLOWED = ("Wagtail", "CSV", "XLSX", "VNeID", "UTC")


@cache
def wagtail_english():
    """Wagtail's own English messages (placeholders dropped), long enough to be a sentence or a label."""
    messages = set()
    for catalogue in WAGTAIL_LOCALE.glob("**/locale/en/LC_MESSAGES/*.po"):
        text = catalogue.read_text(encoding="utf-8")
        for match in re.finditer(r'^msgid(?:_plural)? ((?:".*"\n)+)', text, flags=re.M):
            message = "".join(re.findall(r'"(.*)"', match.group(1))).replace('\\"', '"').replace("\\n", " ")
            message = re.sub(r"<[^>]+>", "", message).strip()
            if re.search(r"%\(|%s|%d|\{", message) or len(message) < 4:
                continue
            messages.add(message)
    return messages


_PIECES_JS = """() => {
    const pieces = [];
    const shown = (el) => el.checkVisibility({checkVisibilityCSS: true});
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement && shown(node.parentElement) && node.textContent.trim()) {
            pieces.push(node.textContent.trim());
        }
    }
    for (const el of document.body.querySelectorAll('[placeholder], [aria-label], [title]')) {
        for (const name of ['placeholder', 'aria-label', 'title']) {
            if (el.getAttribute(name)) pieces.push(el.getAttribute(name).trim());
        }
    }
    return pieces;
}"""


def wagtail_messages_on(page):
    """Wagtail's English messages shown word for word: a label or sentence our catalogue left untranslated."""
    english = wagtail_english()
    return sorted({f"“{piece}”" for piece in page.evaluate(_PIECES_JS) if piece in english})


def untranslated(page):
    return english_words(page, allowed=ALLOWED) + wagtail_messages_on(page)


def coordinators_group():
    """The coordinators' group and its rights, built by the same migration functions that made them."""
    importlib.import_module("teams.migrations.0002_coordinators_group").create_group(apps, None)
    importlib.import_module("reporting.migrations.0003_coordinators_manage_targets").grant(apps, None)
    importlib.import_module("reporting.migrations.0004_api_token").grant(apps, None)


@pytest.fixture
def newsroom(home_page, platform_index, guide_index, pillars, sectors):
    """The police's VNeID guides, their department's editor and reviewer, the moderators, a team in a commune with
    its officer and province coordinator, a superuser; one guide waiting for the reviewer."""
    moderators = moderators_group()
    coordinators_group()
    police = DepartmentFactory(slug="bo-cong-an", name="Bộ Công an")
    vneid = PlatformPageFactory(
        parent=platform_index, slug="vneid", title="VNeID", department=police, pillar=pillars["chinh-quyen-so"]
    )
    waiting = GuidePageFactory(
        parent=vneid,
        slug="kich-hoat",
        title="Kích hoạt tài khoản định danh điện tử mức 2",
        sectors=[sectors["ho-tich"]],
    )
    draft = GuidePageFactory(
        parent=vneid, slug="dang-nhap", title="Đăng nhập VNeID bằng mã QR", sectors=[sectors["ho-tich"]]
    )
    feedback = GuideFeedbackFactory(guide=waiting, helpful=False, comment="Thiếu ảnh ở bước 2")
    image = ImageFactory(title="Màn hình chào của VNeID")
    sync_all_departments()
    police.refresh_from_db()
    people = {
        "department_editor": UserFactory(username="bientap-congan", is_staff=True),
        "reviewer": UserFactory(username="duyet-congan", is_staff=True),
        "moderator": UserFactory(username="kiemduyet", is_staff=True),
        "commune_officer": UserFactory(username="canboxa"),
        "province_coordinator": UserFactory(username="dieuphoi"),
        "superuser": UserFactory(username="quantri", is_staff=True, is_superuser=True),
    }
    people["department_editor"].groups.add(police.editors_group)
    people["reviewer"].groups.add(police.reviewers_group)
    people["moderator"].groups.add(moderators)
    team = TeamFactory()
    MemberFactory(team=team, role=MemberRole.LEADER, full_name="Nguyễn Thị Lan")
    RoleAssignment.objects.create(user=people["commune_officer"], role=ScopeRole.COMMUNE_OFFICER, area=team.commune)
    RoleAssignment.objects.create(
        user=people["province_coordinator"], role=ScopeRole.PROVINCE_COORDINATOR, area=team.province
    )
    revision = waiting.save_revision(user=people["department_editor"])
    waiting.get_workflow().start(waiting, people["department_editor"])
    return {
        "guide": Page.objects.get(pk=waiting.pk),
        "draft": draft,
        "platform": vneid,
        "revision": revision,
        "feedback": feedback,
        "image": image,
        **people,
    }


def click_if_shown(selector):
    """A step: tap the first visible match, if the screen has one (menus, toggles, panels). A script click, as a
    person's tap reaches it: a side panel left open may lie over the footer on a phone."""

    def step(page):
        for element in page.locator(selector).all():
            if element.is_visible():
                element.evaluate("element => element.click()")
                page.wait_for_timeout(300)
                return

    return step


def each_side_panel(page, check):
    """Open the editor's side panels (status, preview, checks, comments...) one after another."""
    for toggle in page.locator("[data-side-panel-toggle]").all():
        if toggle.is_visible():
            toggle.evaluate("element => element.click()")
            page.wait_for_timeout(300)
            check(f"side panel {toggle.get_attribute('data-side-panel-toggle')}")


def request_changes_dialog(page):
    click_if_shown("footer .w-dropdown__toggle")(page)
    page.locator('[data-workflow-action-name="reject"]').first.evaluate("button => button.click()")
    page.get_by_role("dialog").wait_for()


def save_draft(page):
    with page.expect_navigation():  # a script click: an open side panel may lie over the footer on a phone
        page.locator("footer button.action-save").first.evaluate("button => button.click()")


MAIN_MENU = [click_if_shown('button[aria-label="Mở/đóng thanh bên"]'), click_if_shown(".sidebar-footer__account")]
SHOW_FILTERS = [click_if_shown('[aria-label="Hiện bộ lọc"]')]


def common_screens(world):
    return [
        ("sign-in done: dashboard", "/admin/", []),
        ("main and account menu", "/admin/", MAIN_MENU),
        ("account", "/admin/account/", []),
        ("search", "/admin/pages/search/?q=vneid", []),
    ]


def editorial_screens(world):
    guide, platform = world["guide"], world["platform"]
    return [
        ("explorer", f"/admin/pages/{platform.pk}/", SHOW_FILTERS),
        ("editor", f"/admin/pages/{guide.pk}/edit/", []),
        ("publish menu", f"/admin/pages/{guide.pk}/edit/", [click_if_shown("footer .w-dropdown__toggle")]),
        ("more actions menu", f"/admin/pages/{guide.pk}/edit/", [click_if_shown("header .w-dropdown__toggle")]),
        ("side panels", f"/admin/pages/{guide.pk}/edit/", [each_side_panel]),
        ("history", f"/admin/pages/{guide.pk}/history/", SHOW_FILTERS),
        ("revisions", f"/admin/pages/{guide.pk}/revisions/compare/earliest...{world['revision'].pk}/", []),
        ("workflow history", f"/admin/pages/{guide.pk}/workflow_history/", []),
        ("add subpage", f"/admin/pages/{platform.pk}/add_subpage/", []),
        ("images", "/admin/images/", SHOW_FILTERS),
        ("image upload", "/admin/images/multiple/add/", []),
        ("documents", "/admin/documents/", SHOW_FILTERS),
        ("document upload", "/admin/documents/multiple/add/", []),
        ("overdue guides", "/admin/ra-soat-huong-dan/", SHOW_FILTERS),
        ("locked pages", "/admin/reports/locked/", []),
        ("aging pages", "/admin/reports/aging-pages/", SHOW_FILTERS),
        ("workflow report", "/admin/reports/workflow/", SHOW_FILTERS),
        ("workflow tasks report", "/admin/reports/workflow_tasks/", []),
        ("site history", "/admin/reports/site-history/", SHOW_FILTERS),
    ]


def coordinating_screens():
    return [
        ("teams", "/admin/snippets/teams/team/", SHOW_FILTERS),
        ("team add", "/admin/snippets/teams/team/add/", []),
        ("members", "/admin/snippets/teams/member/", SHOW_FILTERS),
        ("villages", "/admin/thon-to-dan-pho/", []),
        ("targets", "/admin/snippets/reporting/target/", []),
        ("target add", "/admin/snippets/reporting/target/add/", []),
        ("api keys", "/admin/khoa-du-lieu-mo/", []),
    ]


def screens_for(role, world):
    draft = world["draft"]
    screens = common_screens(world)
    if role in ("department_editor", "reviewer", "moderator", "superuser"):
        screens += editorial_screens(world)
    if role == "department_editor":
        screens += [("saved draft message", f"/admin/pages/{draft.pk}/edit/", [save_draft])]
    if role == "reviewer":
        screens += [("request changes dialog", f"/admin/pages/{world['guide'].pk}/edit/", [request_changes_dialog])]
    if role in ("commune_officer", "province_coordinator", "superuser"):
        screens += coordinating_screens()
    if role in ("moderator", "superuser"):
        screens += [
            ("guide feedback", "/admin/guide_feedback/", SHOW_FILTERS),
            ("guide feedback detail", f"/admin/guide_feedback/inspect/{world['feedback'].pk}/", []),
        ]
    if role == "superuser":
        screens += [
            ("snippets", "/admin/snippets/", []),
            ("users", "/admin/users/", SHOW_FILTERS),
            ("groups", "/admin/groups/", []),
            ("collections", "/admin/collections/", []),
            ("workflows", "/admin/workflows/list/", []),
            ("tasks", "/admin/workflows/tasks/index/", []),
            ("redirects", "/admin/redirects/", []),
            ("role assignments", "/admin/snippets/teams/roleassignment/", []),
            ("personal data access", "/admin/personal_data_access/", []),
            ("promoted results", "/admin/searchpicks/", []),
            ("image delete confirmation", f"/admin/images/{world['image'].pk}/delete/", []),
            ("page unpublish confirmation", f"/admin/pages/{draft.pk}/unpublish/", []),
            ("page delete confirmation", f"/admin/pages/{draft.pk}/delete/", []),
            ("bulk delete confirmation", f"/admin/bulk/wagtailcore/page/delete/?id={draft.pk}", []),
        ]
    return screens


@pytest.mark.parametrize(
    "role", ["department_editor", "reviewer", "moderator", "commune_officer", "province_coordinator", "superuser"]
)
def test_every_admin_screen_of_the_role_reads_in_vietnamese(live_server, newsroom, phone, screenshot, role):
    found = {}

    def check(where):
        problems = untranslated(phone)
        if problems:
            found[where] = problems

    phone.context.clear_cookies()
    phone.goto(live_server.url + "/admin/login/")
    check("sign-in (/admin/login/)")
    admin_sign_in(phone, live_server, newsroom[role].username)
    for name, path, steps in screens_for(role, newsroom):
        phone.goto(live_server.url + path)
        for step in steps:
            if step is each_side_panel:
                step(phone, lambda panel, name=name, path=path: check(f"{name}, {panel} ({path})"))
            else:
                step(phone)
        check(f"{name} ({path})")
        screenshot(f"admin-vi-{role}-{name.replace(' ', '-').replace(':', '')}")
    assert not found, "\n".join(f"{role}: {where}: {', '.join(problems)}" for where, problems in found.items())
