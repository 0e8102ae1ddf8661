from django.test import RequestFactory

from core.pagination import page_of, query_without_page

ITEMS = list(range(45))


def test_the_page_asked_for_or_the_nearest_one_for_odd_numbers():
    factory = RequestFactory()
    assert page_of(factory.get("/", {"trang": "2"}), ITEMS, 20).number == 2
    for odd in ("", "0", "-1", "abc", "2.5", "1%00", "\uff19"):
        assert page_of(factory.get("/", {"trang": odd}), ITEMS, 20).number in (1, 3)
    assert page_of(factory.get("/", {"trang": "999"}), ITEMS, 20).number == 3
    assert page_of(factory.get("/"), ITEMS, 20).number == 1


def test_page_links_keep_every_other_parameter():
    request = RequestFactory().get("/", {"q": "vneid mức 2", "tru-cot": "chinh-quyen-so", "trang": "3"})
    assert query_without_page(request) == "q=vneid+m%E1%BB%A9c+2&tru-cot=chinh-quyen-so"
