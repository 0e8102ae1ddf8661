"""Long lists in pages of a fixed size, chosen by ?trang=N. A missing, odd or too large number gives the first or
the last page rather than an error; core/pagination.html draws the links and keeps the other query parameters."""

from django.core.paginator import Paginator

PAGE_PARAMETER = "trang"


def page_of(request, items, per_page):
    return Paginator(items, per_page).get_page(request.GET.get(PAGE_PARAMETER))


def query_without_page(request):
    query = request.GET.copy()
    query.pop(PAGE_PARAMETER, None)
    return query.urlencode()
