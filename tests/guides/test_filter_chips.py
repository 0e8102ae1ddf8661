"""The active filters of a list as chips: each names its value for a screen reader ("Bỏ lọc: VNeID") and links to
the same list without it; "Xóa tất cả bộ lọc" drops them all. Without JavaScript the filters fold behind "Lọc"."""

import pytest

pytestmark = pytest.mark.django_db


def main_of(response):
    assert response.status_code == 200
    return response.content.decode().split('<main id="main"')[1]


def test_each_active_filter_is_a_chip_linking_to_the_list_without_it(client, guide_index, guide, postmart):
    response = client.get("/huong-dan/", {"tru-cot": "chinh-quyen-so", "nen-tang": "vneid", "linh-vuc": ""})
    chips = {chip.value: chip.url for chip in response.context["filter_chips"]}
    assert chips == {"Chính quyền số": "/huong-dan/?nen-tang=vneid", "VNeID": "/huong-dan/?tru-cot=chinh-quyen-so"}
    assert response.context["clear_filters_url"] == "/huong-dan/"
    content = main_of(response)
    assert (
        '<span class="visually-hidden">Bỏ lọc: </span>VNeID<span class="filter-chip__x" aria-hidden="true">' in content
    )
    assert 'href="/huong-dan/">Xóa tất cả bộ lọc</a>' in content
    assert 'Lọc <span class="filters__count">(2)</span>' in content


def test_the_filters_fold_closed_and_open_when_a_choice_was_refused(client, guide_index, guide):
    assert '<details class="filters__fold">' in main_of(client.get("/huong-dan/"))
    content = main_of(client.get("/huong-dan/", {"nen-tang": "khong-co"}))
    assert '<details class="filters__fold" open>' in content
    assert "Không có lựa chọn này; bộ lọc đã được bỏ qua." in content
    assert "filter-chip" not in content


def test_a_page_number_is_dropped_with_a_filter(client, guide_index, guide):
    response = client.get("/huong-dan/", {"tru-cot": "chinh-quyen-so", "trang": "2"})
    assert [chip.url for chip in response.context["filter_chips"]] == ["/huong-dan/"]


def test_the_library_keeps_its_search_box_outside_the_fold_and_chips_the_words(client, home_page):
    from content.factories import DocumentIndexPageFactory, PolicyDocumentPageFactory

    library = DocumentIndexPageFactory(parent=home_page)
    PolicyDocumentPageFactory(parent=library, number="793/BTTTT-THH")
    response = client.get("/van-ban/", {"q": "793 btttt", "loai": "", "nam": ""})
    content = main_of(response)
    assert content.index('id="id_q"') < content.index('<details class="filters__fold">')
    assert [(chip.value, chip.url) for chip in response.context["filter_chips"]] == [("“793 btttt”", "/van-ban/")]


def test_the_search_keeps_its_words_when_the_filters_are_cleared(client, guide_index, guide):
    response = client.get("/tim-kiem/", {"q": "vneid", "tru-cot": "chinh-quyen-so"})
    assert [chip.url for chip in response.context["filter_chips"]] == ["/tim-kiem/?q=vneid"]
    assert response.context["clear_filters_url"] == "/tim-kiem/?q=vneid"
