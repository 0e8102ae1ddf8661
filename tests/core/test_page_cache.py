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
