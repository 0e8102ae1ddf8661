"""Wagtail's user bar sits over the corner of the screen: it is offered on the pages it edits, not on our own views."""

import pytest

pytestmark = pytest.mark.django_db

USERBAR = "<wagtail-userbar"


def test_staff_find_the_user_bar_on_a_page_they_can_edit(client, superuser, home_page):
    from content.factories import DocumentIndexPageFactory

    documents = DocumentIndexPageFactory(parent=home_page, title="Văn bản", slug="van-ban")
    client.force_login(superuser)
    assert USERBAR in client.get(documents.url).content.decode()


def test_pages_the_same_for_everyone_carry_no_user_bar(client, superuser, guide):
    # Signed-in readers get the copy every reader gets (core/page_cache.py): nothing of the person, not the bar.
    client.force_login(superuser)
    assert USERBAR not in client.get(guide.url).content.decode()


@pytest.mark.parametrize("url", ["/tai-khoan/", "/do-phu/", "/bao-cao/"])
def test_our_own_views_leave_the_corner_free(client, superuser, site_settings, url):
    client.force_login(superuser)
    response = client.get(url)
    assert response.status_code == 200
    assert USERBAR not in response.content.decode()
