"""Guide pages are the same for everyone and carry no user bar; an editor reading one is given a link to edit it by
the header's personal part (accounts/header_part.py, static/js/account-link.js), only where they may edit it."""

import pytest
from django.urls import reverse

from accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def header_part(client, page_id):
    response = client.get(reverse("account_header_part"), {"trang": page_id})
    assert response.status_code == 200 and "private" in response["Cache-Control"]
    return response.json()


def test_the_guide_names_itself_to_the_header_part(client, newsroom):
    guide = newsroom["police_guide"]
    content = client.get(guide.url).content.decode()
    assert f'data-account-part="{reverse("account_header_part")}?trang={guide.pk}"' in content
    assert "wagtail-userbar" not in content


def test_an_editor_gets_the_edit_link_for_their_departments_guide_only(client, newsroom):
    police_guide, insurance_guide = newsroom["police_guide"], newsroom["insurance_guide"]
    client.force_login(newsroom["police_editor"])
    part = header_part(client, police_guide.pk)
    assert part["edit_url"] == reverse("wagtailadmin_pages:edit", args=[police_guide.pk])
    assert part["edit_label"] == "Sửa trang này" and part["label"] == "Trang của tôi"
    assert "edit_url" not in header_part(client, insurance_guide.pk)
    client.force_login(newsroom["moderator"])
    assert header_part(client, insurance_guide.pk)["edit_url"].endswith(f"/pages/{insurance_guide.pk}/edit/")


@pytest.mark.parametrize("page_id", ["", "abc", "%00", "1%00", "\u0661", "-1", "99999999999", "9" * 40, "1 OR 1=1"])
def test_anything_but_a_page_id_gets_no_edit_link_and_no_error(client, newsroom, page_id):
    client.force_login(newsroom["moderator"])
    assert "edit_url" not in header_part(client, page_id)


def test_visitors_and_volunteers_never_get_an_edit_link(client, newsroom):
    guide = newsroom["police_guide"]
    assert header_part(client, guide.pk) == {"label": "Đăng nhập", "url": reverse("accounts:sign_in")}
    client.force_login(UserFactory(username="+84902000009", phone="+84902000009"))
    assert "edit_url" not in header_part(client, guide.pk)
