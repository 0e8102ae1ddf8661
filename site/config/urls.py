from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.admin_sign_out import AdminSignOutView
from accounts.header_part import header_part
from config import admin_reports, views
from config.api import api_router
from config.api import not_found as api_not_found
from content.views import glossary
from core.data_saver import toggle_data_saver
from guides import offline
from guides.feedback import receive_feedback
from guides.views import search

handler400 = "config.error_pages.bad_request"
handler403 = "config.error_pages.permission_denied"
handler500 = "config.views.server_error"

urlpatterns = [
    path("healthz", views.health_check, name="health_check"),
    # Wagtail's reports, limited to what each viewer may see, answer before Wagtail's own (config/admin_reports.py).
    path("admin/reports/", include(admin_reports)),
    # Only a POST signs out of the admin, answered before Wagtail's own (accounts/admin_sign_out.py).
    path("admin/logout/", AdminSignOutView.as_view(), name="wagtailadmin_logout"),
    path("admin/", include(wagtailadmin_urls)),
    path("tim-kiem/", search, name="search"),
    path("tiet-kiem-du-lieu/", toggle_data_saver, name="data_saver"),
    path("tu-ngu/", glossary, name="glossary"),
    path("sw.js", offline.service_worker, name="service_worker"),
    path("khong-co-mang/", offline.offline_page, name="offline"),
    path("ngoai-tuyen/goi/", offline.offline_pack, name="offline_pack"),
    path("phan-hoi/<id:guide_id>/", receive_feedback, name="guide_feedback"),
    path("tai-khoan/dau-trang/", header_part, name="account_header_part"),
    path("api/v2/", include("config.api")),
    path("api/v2/", include((api_router.get_urlpatterns(), "api"), namespace="api")),
    re_path(r"^api/", api_not_found),
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
