"""The site's URLs plus a few that fail, to see the error pages."""

from django.core.exceptions import PermissionDenied
from django.db import OperationalError
from django.urls import path

from config.urls import handler400, handler403, handler500  # noqa: F401  (the site's own handlers, as in production)
from config.urls import urlpatterns as site_urlpatterns

DENIED_REASON = "Chỉ tổ trưởng mới xem được danh sách này."


def broken_view(request):
    raise RuntimeError("a deliberate failure")


def database_away_view(request):
    raise OperationalError("server closed the connection unexpectedly")


def denied_view(request):
    raise PermissionDenied(DENIED_REASON)


def denied_without_reason_view(request):
    raise PermissionDenied


urlpatterns = [
    path("loi-thu/", broken_view),
    path("mat-ket-noi/", database_away_view),
    path("cam-thu/", denied_view),
    path("cam-thu/khong-ly-do/", denied_without_reason_view),
    path("admin/cam-thu/", denied_view),
    *site_urlpatterns,
]
