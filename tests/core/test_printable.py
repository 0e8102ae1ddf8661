"""The printable forms of a page (core.printable.PrintablePage): each page type offers the ones it names, and the
others answer 404 rather than an error or another page's template."""

import pytest

from content.factories import DocumentIndexPageFactory, PolicyDocumentPageFactory
from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory

pytestmark = pytest.mark.django_db

ROUTES = ("so-tay/", "to-roi/", "ap-phich/", "ma-qr/")


@pytest.fixture
def printable_pages(home_page, vneid, guide):
    document = PolicyDocumentPageFactory(parent=DocumentIndexPageFactory(parent=home_page))
    module = TrainingModulePageFactory(parent=TrainingIndexPageFactory(parent=home_page), slug="an-toan")
    return {"guide": guide, "platform": vneid, "document": document, "module": module}


OFFERED = {
    "guide": {"so-tay/", "ap-phich/", "ma-qr/"},
    "platform": {"so-tay/"},
    "document": {"to-roi/", "ap-phich/", "ma-qr/"},
    "module": {"so-tay/"},
}


@pytest.mark.parametrize("kind", sorted(OFFERED))
@pytest.mark.parametrize("route", ROUTES)
def test_each_page_type_offers_its_printable_forms_and_refuses_the_others(client, printable_pages, kind, route):
    response = client.get(printable_pages[kind].url + route)
    assert response.status_code == (200 if route in OFFERED[kind] else 404)


@pytest.mark.parametrize("kind", ["guide", "platform", "module", "document"])
def test_paper_is_a5_only_when_asked_and_a4_for_anything_else(client, printable_pages, kind):
    url = printable_pages[kind].url + ("to-roi/" if kind == "document" else "so-tay/")
    assert "booklet--a5" in client.get(url, {"kho": "a5"}).content.decode()
    for odd in ("A5", "a3", "a5\x00", " a5", ""):
        response = client.get(url, {"kho": odd})
        assert response.status_code in (200, 400)
        if response.status_code == 200:
            assert "booklet--a4" in response.content.decode()
