import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_published_pages(client, home_page):
    response = client.get("/tim-kiem/", {"q": "Sổ tay"})
    assert response.status_code == 200
    assert home_page.title in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["", "   ", "a" * 5000, "'; DROP TABLE wagtailcore_page; --", "<script>alert(1)</script>", "%%%&&&***", "🙂📱"],
)
def test_search_never_errors_on_odd_input(client, home_page, query):
    response = client.get("/tim-kiem/", {"q": query, "page": "khong-phai-so"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
