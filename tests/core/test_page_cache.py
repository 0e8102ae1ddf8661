from types import SimpleNamespace

import pytest
from django.core.cache import cache

from accounts.factories import UserFactory
from guides.factories import GuideFeedbackFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, site_settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()


def test_an_anonymous_guide_is_served_from_the_cache_with_no_queries(client, guide, django_assert_max_num_queries):
    assert client.get(guide.url)["X-Page-Cache"] == "miss"
    with django_assert_max_num_queries(0):
        response = client.get(guide.url)
    assert response["X-Page-Cache"] == "hit" and guide.title in response.content.decode()


def test_publishing_retires_the_cached_page(client, guide):
    client.get(guide.url)
    guide.outcome = "Kết quả mới sau khi biên tập."
    guide.save_revision().publish()
    response = client.get(guide.url)
    assert response["X-Page-Cache"] == "miss" and "Kết quả mới sau khi biên tập." in response.content.decode()


def test_feedback_and_taxonomy_changes_retire_cached_pages(client, guide, pillars):
    client.get(guide.url)
    GuideFeedbackFactory(guide=guide)
    assert client.get(guide.url)["X-Page-Cache"] == "miss"
    pillars["kinh-te-so"].name = "Kinh tế số (mới)"
    pillars["kinh-te-so"].save()
    assert client.get(guide.url)["X-Page-Cache"] == "miss"


def test_signed_in_people_and_private_pages_are_never_cached(client, guide):
    client.force_login(UserFactory(username="ai-do"))
    client.get("/tai-khoan/")  # a guide is the same for everyone (test_same_for_everyone.py); an account page is not
    assert "X-Page-Cache" not in client.get("/tai-khoan/")
    client.logout()
    assert "X-Page-Cache" not in client.get("/dang-nhap/")


def test_the_data_saver_version_is_cached_separately(client, guide):
    client.get(guide.url)
    client.cookies["tiet-kiem-du-lieu"] = "1"
    response = client.get(guide.url)
    assert response["X-Page-Cache"] == "miss" and "<picture>" not in response.content.decode()


def test_public_pages_carry_no_per_visitor_token(client, guide):
    response = client.get(guide.url)
    assert "csrfmiddlewaretoken" not in response.content.decode() and not response.cookies


def test_a_generation_is_never_used_twice_even_after_the_cache_drops_it(client, guide):
    from core.page_cache import GENERATION_KEY, generation, retire_cached_pages

    seen = {generation()}
    for _ in range(3):
        retire_cached_pages()
        seen.add(generation())
    client.get(guide.url)
    cache.delete(GENERATION_KEY)  # the database cache culls keys whatever their timeout
    retire_cached_pages.__globals__["_known_generation"]["until"] = 0.0
    assert generation() not in seen and len(seen) == 4
    assert client.get(guide.url)["X-Page-Cache"] == "miss"  # the page stored under an old generation is not served


def test_a_data_saver_cookie_of_any_value_but_1_shares_the_anonymous_copy(client, guide):
    client.get(guide.url)
    for value in ("0", "", "11", "x" * 40):
        client.cookies["tiet-kiem-du-lieu"] = value
        assert client.get(guide.url)["X-Page-Cache"] == "hit"
    client.cookies["tiet-kiem-du-lieu"] = "1"
    assert client.get(guide.url)["X-Page-Cache"] == "miss"


class CountingCache:
    """The shared cache, counting the pages asked of it."""

    def __init__(self, shared):
        self.shared, self.page_reads = shared, 0

    def get(self, key, *args, **kwargs):
        self.page_reads += key.startswith("page-cache:v2:")
        return self.shared.get(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.shared, name)


def test_a_page_served_again_by_the_same_process_costs_no_round_trip_to_the_shared_cache(client, guide, monkeypatch):
    counting = CountingCache(cache)
    monkeypatch.setattr("core.page_cache.cache", counting)
    assert client.get(guide.url)["X-Page-Cache"] == "miss"
    reads = counting.page_reads
    for _ in range(3):
        assert client.get(guide.url)["X-Page-Cache"] == "hit"
    assert counting.page_reads == reads


def test_another_process_retiring_the_pages_reaches_this_process_copies(client, guide):
    """A publish in another worker changes only the shared generation: this process's copies are not told, and must
    not be served once the generation is read again (every quarter of a second)."""
    from core.cache_retirement import new_generation
    from core.page_cache import GENERATION_KEY, _known_generation

    client.get(guide.url)
    assert client.get(guide.url)["X-Page-Cache"] == "hit"
    type(guide).objects.filter(pk=guide.pk).update(title="Tiêu đề do tiến trình khác sửa")
    cache.set(GENERATION_KEY, new_generation(), None)  # what retire_cached_pages does there
    _known_generation["until"] = 0.0  # the quarter of a second has passed
    response = client.get(guide.url)
    assert response["X-Page-Cache"] == "miss" and "Tiêu đề do tiến trình khác sửa" in response.content.decode()


def local_entry(size):
    return {"content": b"x" * size, "headers": {}}


def test_local_copies_keep_the_most_recently_used_within_their_byte_limit():
    from core.page_cache import LocalCopies

    copies = LocalCopies()
    for key in ("a", "b", "c"):
        copies.keep(key, local_entry(400), 60, limit=1000)
    assert copies.get("a") is None and copies.total_size == 800  # the oldest made room
    copies.get("b")  # used: now the newest
    copies.keep("d", local_entry(400), 60, limit=1000)
    assert copies.get("c") is None and copies.get("b") and copies.get("d")
    copies.keep("huge", local_entry(1001), 60, limit=1000)  # larger than the whole limit: not kept, nothing evicted
    assert copies.get("huge") is None and copies.get("b") and copies.total_size == 800


def test_local_copies_count_headers_in_their_size():
    from core.page_cache import LocalCopies

    copies = LocalCopies()
    copies.keep("a", {"content": b"x" * 10, "headers": {"Content-Type": "text/html"}}, 60, limit=1000)
    assert copies.total_size == 10 + len("Content-Type") + len("text/html")


def test_local_copies_expire(monkeypatch):
    from core import page_cache, recently_used

    now = [1000.0]
    monkeypatch.setattr(recently_used, "time", SimpleNamespace(monotonic=lambda: now[0]))
    copies = page_cache.LocalCopies()
    copies.keep("a", local_entry(10), 60, limit=1000)
    now[0] += 59
    assert copies.get("a")
    now[0] += 1
    assert copies.get("a") is None and copies.total_size == 0
    copies.keep("b", local_entry(10), 0, limit=1000)  # no local lifetime: not kept
    assert copies.get("b") is None
