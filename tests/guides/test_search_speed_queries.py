"""The search reads guides in the database (issue 19): the same small number of queries for 2 guides or 40, and the
stored search text follows the guide, its platform and its tags."""

import pytest

from guides.factories import GuidePageFactory, step

pytestmark = pytest.mark.django_db

QUERIES = ["dich vu cong", "ho so", "dvc", "khai sinh xyzzy", "xyzzy", "nop ho so dich vu cong"]


@pytest.fixture
def portal(platform_index, pillars):
    from content.factories import PlatformPageFactory

    return PlatformPageFactory(
        parent=platform_index,
        title="Cổng Dịch vụ công quốc gia",
        slug="dich-vu-cong",
        summary="Nộp hồ sơ thủ tục hành chính trực tuyến.",
        pillar=pillars["chinh-quyen-so"],
    )


def add_guides(portal, count, start=0):
    for number in range(start, start + count):
        GuidePageFactory(
            parent=portal,
            title=f"Nộp hồ sơ số {number} trực tuyến",
            slug=f"nop-ho-so-{number}",
            outcome="Hồ sơ được gửi đi.",
            steps=[step("Mở cổng", f"<p>Chạm vào nút <b>Nộp hồ sơ {number}</b>.</p>")],
        )


def queries_per_search(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/tim-kiem/", {"q": "khoi dong"})  # the site root and content types are cached after one request
    counts = {}
    for query in QUERIES:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/tim-kiem/", {"q": query}).status_code == 200
        counts[query] = len(captured)
    return counts


def test_the_search_takes_the_same_few_queries_for_2_guides_or_40(client, portal, django_assert_max_num_queries):
    add_guides(portal, 2)
    few = queries_per_search(client)
    add_guides(portal, 38, start=2)
    many = queries_per_search(client)
    assert many == few
    for query in QUERIES:
        with django_assert_max_num_queries(16):
            assert client.get("/tim-kiem/", {"q": query}).status_code == 200


def test_a_page_of_one_kind_loads_only_its_guides(client, portal, django_assert_max_num_queries):
    from guides.search import GUIDES, search_site

    add_guides(portal, 45)
    guides = search_site("nop ho so").groups[GUIDES]
    assert len(guides) == 45
    with django_assert_max_num_queries(1):
        first = [hit.page.title for hit in guides[:5]]
        assert len(guides[:20]) == 20
    assert first == [f"Nộp hồ sơ số {number} trực tuyến" for number in range(5)]
    second = result_titles(client, q="nop ho so", loai="huong-dan", trang=2)
    assert len(second) == 20
    assert second[0] == "Nộp hồ sơ số 20 trực tuyến"


def result_titles(client, **params):
    import re

    content = client.get("/tim-kiem/", params).content.decode()
    listing = content.split('<ol class="result-list">')[1].split("</ol>")[0]
    return re.findall(r'<a href="[^"]+">([^<]+)</a>', listing)


def test_the_stored_text_follows_the_guide_its_platform_and_its_tags(portal):
    from taggit.models import Tag

    from guides.models import GuidePage

    add_guides(portal, 1)
    guide = GuidePage.objects.get()
    assert guide.search_title == " nop ho so so 0 truc tuyen "
    assert " dich vu cong quoc gia dich vu cong " in guide.search_text
    guide.tags.add("căn cước")
    guide.save()
    assert " can cuoc " in GuidePage.objects.get().search_text
    tag = Tag.objects.get(name="căn cước")
    tag.name = "định danh"
    tag.save()
    assert " dinh danh " in GuidePage.objects.get().search_text
    tag.delete()
    assert " dinh danh " not in GuidePage.objects.get().search_text
    portal.title = "Cổng công"
    portal.save()
    assert " cong cong dich vu cong " in GuidePage.objects.get().search_text


def distinct_words(characters):
    """Words never repeated, about `characters` long when spaced: what fills a search vector fastest."""
    words, length, number = [], 0, 0
    while length < characters:
        word = f"tu{number:x}"
        words.append(word)
        length += len(word) + 1
        number += 1
    return " ".join(words)


def test_a_guide_too_long_for_the_search_gets_a_vietnamese_message_and_one_below_saves(portal):
    """PostgreSQL's search vector refuses more than 1 MB of distinct words (the save failed with a database error):
    the editor is told to split the guide long before that, and a long guide under the limit is saved and found."""
    from django.core.exceptions import ValidationError

    from guides.models import MAX_SEARCHED_CHARACTERS, GuidePage
    from guides.search import search_site

    add_guides(portal, 1)
    guide = GuidePage.objects.get()
    guide.steps = [step("Đọc kỹ", f"<p>{distinct_words(MAX_SEARCHED_CHARACTERS + 10)}</p>")]
    with pytest.raises(ValidationError) as refused:
        guide.full_clean()
    assert "Hướng dẫn quá dài (quá 200.000 ký tự)" in str(refused.value)

    guide.steps = [step("Đọc kỹ", f"<p>{distinct_words(MAX_SEARCHED_CHARACTERS - 1_000)}</p>")]
    guide.full_clean()
    guide.save_revision().publish()
    assert len(GuidePage.objects.get().search_text) <= MAX_SEARCHED_CHARACTERS
    found = search_site("tu2a")
    assert [hit.page.pk for hit in found.groups[next(iter(found.groups))]] == [guide.pk]
