"""A guide shows the policy documents it puts into practice: the live, public documents that list it among the
guides applying them (content.DocumentApplication), with their number and title, in a constant number of queries."""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from content.factories import DocumentIndexPageFactory, PolicyDocumentPageFactory
from content.models import DocumentApplication
from content.models.documents import DocumentType
from guides.factories import GuidePageFactory
from guides.pages import documents_applied_by

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(home_page):
    return DocumentIndexPageFactory(parent=home_page)


def applying(guide, library, **fields):
    document = PolicyDocumentPageFactory(parent=library, **fields)
    DocumentApplication.objects.create(document=document, page=guide)
    return document


def documents_section(client, guide):
    page = BeautifulSoup(client.get(guide.url).content, "html.parser")
    return page.select_one("section.guide__documents")


def test_the_guide_lists_the_documents_it_applies_with_number_title_and_link(client, guide, library):
    plan = applying(
        guide,
        library,
        title="Kế hoạch phát triển Tổ công nghệ số cộng đồng",
        number="89/KH-UBND",
        issued_on=datetime.date(2022, 6, 14),
    )
    letter = applying(
        guide,
        library,
        title="Hướng dẫn thí điểm Tổ công nghệ số cộng đồng",
        number="793/BTTTT-THH",
        document_type=DocumentType.OFFICIAL_LETTER,
        issued_on=datetime.date(2022, 3, 5),
    )
    section = documents_section(client, guide)
    assert section.select_one("h2").get_text(strip=True) == "Văn bản liên quan"
    cards = section.select("li.card")
    assert [card.select_one("a")["href"] for card in cards] == [plan.url, letter.url]  # newest first
    assert cards[0].select_one("a").get_text(strip=True) == "Kế hoạch phát triển Tổ công nghệ số cộng đồng"
    assert "Kế hoạch 89/KH-UBND" in cards[0].get_text(" ", strip=True)
    assert "Công văn 793/BTTTT-THH" in cards[1].get_text(" ", strip=True)
    assert "05/03/2022" in cards[1].get_text(" ", strip=True)


def test_drafts_restricted_documents_and_other_guides_documents_are_left_out(guide, library, vneid):
    shown = applying(guide, library, number="1/KH-UBND")
    draft = applying(guide, library, number="2/KH-UBND")
    draft.unpublish()
    restricted = applying(guide, library, number="3/KH-UBND")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    applying(GuidePageFactory(parent=vneid), library, number="4/KH-UBND")
    assert documents_applied_by(guide) == [shown]


def test_a_restriction_on_the_library_hides_every_document_in_it(guide, library):
    applying(guide, library)
    PageViewRestriction.objects.create(page=library, restriction_type=PageViewRestriction.LOGIN)
    assert documents_applied_by(guide) == []


def test_a_document_naming_the_guide_twice_is_listed_once(guide, library):
    document = applying(guide, library)
    DocumentApplication.objects.create(document=document, page=guide)
    assert documents_applied_by(guide) == [document]


def test_a_guide_no_document_applies_has_no_documents_section(client, guide, library):
    applying(GuidePageFactory(parent=guide.get_parent()), library)
    assert documents_section(client, guide) is None


def test_the_documents_take_one_query_however_many_there_are(guide, library, django_assert_max_num_queries):
    applying(guide, library)
    with django_assert_max_num_queries(1):
        assert len(documents_applied_by(guide)) == 1
    for _ in range(5):
        applying(guide, library)
    with django_assert_max_num_queries(1):
        assert len(documents_applied_by(guide)) == 6


def test_the_guide_pages_queries_do_not_grow_with_its_documents(client, guide, library, django_assert_max_num_queries):
    applying(guide, library)
    client.get(guide.url)  # renditions and caches are made on the first view
    with django_assert_max_num_queries(100) as one:
        client.get(guide.url)
    for _ in range(5):
        applying(guide, library)
    with django_assert_max_num_queries(len(one.captured_queries)):
        body = client.get(guide.url).content.decode()
    assert body.count("/KH-UBND") == 6
