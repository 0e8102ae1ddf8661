"""The site's URLs plus one that fails, to see the 500 page."""

from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("a deliberate failure")


urlpatterns = [path("loi-thu/", broken_view), *site_urlpatterns]
