from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config import views
from guides.views import search

urlpatterns = [
    path("healthz", views.health_check, name="health_check"),
    path("admin/", include(wagtailadmin_urls)),
    path("tim-kiem/", search, name="search"),
    path("", include("accounts.urls")),
    path("", include("teams.urls")),
    path("", include("training.urls")),
    path("", include("reporting.urls")),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    )

# Wagtail's page serving catches everything else, so it goes last.
urlpatterns.append(path("", include(wagtail_urls)))
