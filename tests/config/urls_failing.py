"""The site's URLs plus one that fails, to see the 500 page."""

from django.db import OperationalError
from django.urls import path

from config.urls import handler500  # noqa: F401  (the site's own 500 handler, as in production)
from config.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("a deliberate failure")


def database_away_view(request):
    raise OperationalError("server closed the connection unexpectedly")


urlpatterns = [path("loi-thu/", broken_view), path("mat-ket-noi/", database_away_view), *site_urlpatterns]
