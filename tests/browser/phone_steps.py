"""Steps the browser tests take on the phone more than once."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from accounts.factories import DEFAULT_TEST_PASSWORD


def controlled_by_service_worker(page):
    page.evaluate("() => navigator.serviceWorker.ready")
    if not page.evaluate("() => !!navigator.serviceWorker.controller"):
        page.reload()
    page.wait_for_function("() => !!navigator.serviceWorker.controller")


def sign_in(page, live_server, login):
    page.goto(live_server.url + "/dang-nhap/")
    page.get_by_label("Số điện thoại hoặc tên đăng nhập").fill(login)
    page.get_by_label("Mật khẩu").fill(DEFAULT_TEST_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/tai-khoan/")


def admin_sign_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEFAULT_TEST_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")


def moderators_group():
    """Wagtail's Moderators as its migrations make them, with our guide feedback rights (guides migration 0002)."""
    group, _created = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "view_guidefeedback", "delete_guidefeedback"])
    )
    for codename in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"):
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=Page.get_first_root_node(), permission=permission)
    for codename in ("add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"):
        permission = Permission.objects.get(codename=codename)
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=Collection.get_first_root_node(), permission=permission
        )
    return group
