"""Full page addresses (core/public_urls.py): on screen, on paper and in QR codes they lead to the address the
reader used, or to the one production names, never to the Wagtail Site's host name (the demo's is 127.0.0.1:8000)."""

import pytest
from wagtail.models import Site

from content.factories import DocumentIndexPageFactory, PolicyDocumentPageFactory
from core.qr import qr_svg
from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory

pytestmark = pytest.mark.django_db

ELSEWHERE = "localhost:8123"


@pytest.fixture
def demo_site(home_page):
    """The demo's Site names 127.0.0.1:8000 while the phone opens the site at another address."""
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=8000)
    Site.clear_site_root_paths_cache()


@pytest.fixture
def pages(demo_site, home_page, vneid, guide):
    document = PolicyDocumentPageFactory(parent=DocumentIndexPageFactory(parent=home_page), slug="cv-793")
    module = TrainingModulePageFactory(parent=TrainingIndexPageFactory(parent=home_page), slug="an-toan")
    return {"guide": guide, "platform": vneid, "document": document, "module": module}


def elsewhere(path):
    return f"http://{ELSEWHERE}{path}"


# (page, printed form, the page whose address it shows)
PRINTED = [
    ("guide", "", "guide"),  # the share link and the line printed under the guide
    ("guide", "ban-in/", "guide"),
    ("guide", "so-tay/", "guide"),
    ("guide", "ap-phich/", "guide"),
    ("platform", "so-tay/", "guide"),
    ("document", "to-roi/", "document"),
    ("document", "ap-phich/", "document"),
    ("module", "so-tay/", "module"),
]


@pytest.mark.parametrize(("kind", "route", "shown"), PRINTED)
def test_printed_and_shared_addresses_use_the_host_the_page_was_opened_at(client, pages, kind, route, shown):
    content = client.get(pages[kind].url + route, HTTP_HOST=ELSEWHERE).content.decode()
    assert elsewhere(pages[shown].url) in content
    assert "127.0.0.1:8000" not in content


@pytest.mark.parametrize("kind", ["guide", "document"])
def test_qr_codes_lead_to_the_host_the_page_was_opened_at(client, pages, kind):
    page = pages[kind]
    response = client.get(page.url + "ma-qr/", HTTP_HOST=ELSEWHERE)
    assert response.content.decode() == qr_svg(elsewhere(page.url), title=page.title)


def test_the_share_box_holds_the_address_the_page_was_opened_at(client, pages):
    content = client.get(pages["guide"].url, HTTP_HOST=ELSEWHERE).content.decode()
    assert f'id="guide-link" type="text" readonly value="{elsewhere(pages["guide"].url)}"' in content


def test_the_configured_public_address_wins_over_the_request(client, pages, settings):
    settings.PUBLIC_BASE_URL = "https://sotayso.example.vn"
    guide = pages["guide"]
    content = client.get(guide.url + "ban-in/", HTTP_HOST=ELSEWHERE).content.decode()
    assert f"https://sotayso.example.vn{guide.url}" in content and ELSEWHERE not in content
    qr = client.get(guide.url + "ma-qr/", HTTP_HOST=ELSEWHERE).content.decode()
    assert qr == qr_svg(f"https://sotayso.example.vn{guide.url}", title=guide.title)
    booklet = client.get(pages["module"].url + "so-tay/", HTTP_HOST=ELSEWHERE).content.decode()
    assert f"https://sotayso.example.vn{pages['module'].url}" in booklet


def test_a_forged_host_is_refused_and_never_echoed(client, pages):
    guide = pages["guide"]
    for route in ("", "ban-in/", "so-tay/", "ma-qr/"):
        response = client.get(guide.url + route, HTTP_HOST="lua-dao.example")
        assert response.status_code == 400
        assert b"lua-dao.example" not in response.content


def test_a_forwarded_host_is_not_trusted(client, pages):
    guide = pages["guide"]
    content = client.get(guide.url, HTTP_HOST=ELSEWHERE, HTTP_X_FORWARDED_HOST="lua-dao.example").content.decode()
    assert "lua-dao.example" not in content and elsewhere(guide.url) in content
