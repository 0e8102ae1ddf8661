import pytest

from accounts.factories import UserFactory
from content.editorial import sync_all_departments
from content.factories import DepartmentFactory, PlatformPageFactory
from guides.factories import GuidePageFactory
from tests.browser.phone_steps import admin_sign_in, moderators_group

pytestmark = pytest.mark.django_db(transaction=True)

NEW_OUTCOME = "Bạn có tài khoản mức 2 để nộp hồ sơ trực tuyến và xuất trình giấy tờ."


def click_action(page, selector):
    """Wagtail keeps secondary actions in a dropdown; a script click reaches them like a person's two taps."""
    with page.expect_navigation():
        page.locator(selector).first.evaluate("button => button.click()")


def test_editor_submits_a_change_moderator_approves_and_the_public_page_shows_it(
    live_server, home_page, platform_index, pillars, phone, screenshot
):
    # Transactional tests flush what migrations made: the moderators' group and its rights are built again.
    moderators = moderators_group()
    department = DepartmentFactory(slug="bo-cong-an", name="Bộ Công an")
    vneid = PlatformPageFactory(
        parent=platform_index, slug="vneid", department=department, pillar=pillars["chinh-quyen-so"]
    )
    guide = GuidePageFactory(
        parent=vneid, slug="kich-hoat", title="Kích hoạt VNeID mức 2", requirements=[("item", "Căn cước gắn chip")]
    )
    sync_all_departments()
    department.refresh_from_db()
    for username, group in [
        ("bientap", department.editors_group),
        ("duyet", department.reviewers_group),
        ("kiemduyet", moderators),
    ]:
        UserFactory(username=username, is_staff=True).groups.add(group)

    admin_sign_in(phone, live_server, "bientap")
    phone.goto(live_server.url + f"/admin/pages/{guide.pk}/edit/")
    phone.fill("#id_outcome", NEW_OUTCOME)
    click_action(phone, 'button[name="action-submit"]')
    screenshot("editor-submitted")

    for reviewer in ("duyet", "kiemduyet"):
        admin_sign_in(phone, live_server, reviewer)
        phone.goto(live_server.url + f"/admin/pages/{guide.pk}/edit/")
        click_action(phone, '[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')

    phone.context.clear_cookies()
    phone.goto(live_server.url + guide.url)
    assert NEW_OUTCOME in phone.locator(".lead").inner_text()
