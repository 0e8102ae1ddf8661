import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from content.models import HomePage

pytestmark = pytest.mark.django_db


def test_home_page_leads_with_the_search_box_and_shows_the_authority(client, site_settings):
    response = client.get("/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="vi">' in content
    assert 'href="#main"' in content and "Bỏ qua, đến nội dung chính" in content
    assert "Bạn cần làm gì?" in content
    assert 'action="/tim-kiem/"' in content
    assert site_settings.authority_name in content
    assert 'href="tel:0912000111"' in content
    # The home page has its own large search box; the header's would repeat it.
    assert 'id="header-search-q"' not in content


def test_home_page_renders_its_body_blocks(client, home_page):
    home_page.body = [
        ("heading", "Sổ tay số dành cho ai?"),
        ("paragraph", "<p>Cho <b>người dân</b>.</p>"),
        ("callout", {"kind": "warning", "text": "<p>Không đọc mã OTP cho ai.</p>"}),
    ]
    home_page.save_revision().publish()
    content = client.get("/").content.decode()
    assert "<h2>Sổ tay số dành cho ai?</h2>" in content
    assert "<b>người dân</b>" in content
    assert 'class="callout callout--warning"' in content


def test_home_page_needs_a_small_constant_number_of_queries(client, site_settings, django_assert_max_num_queries):
    client.get("/")  # warm the site-root cache as a running server would have it
    with django_assert_max_num_queries(8):
        assert client.get("/").status_code == 200


class TestPageTree(WagtailPageTestCase):
    def test_home_page_lives_only_at_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_there_is_only_one_home_page(self):
        root = Page.get_first_root_node()
        assert HomePage.objects.count() == 1
        assert not HomePage.can_create_at(root)
