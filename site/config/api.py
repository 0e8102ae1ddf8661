"""The open data API at /api/v2/: Wagtail's router for the public endpoints, the scoped figures for tokens, and the
OpenAPI description of both."""

from django.http import JsonResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.api.v2.router import WagtailAPIRouter

from config.openapi import openapi_document
from content.api import DepartmentsAPIViewSet, PillarsAPIViewSet, PlatformsAPIViewSet, SectorsAPIViewSet
from guides.api import GuidesAPIViewSet
from reporting.api import CompletionsView, IndicatorResultsView, TrainingCountsView
from training.api import TrainingModulesAPIViewSet

PUBLIC_ENDPOINTS = [
    PlatformsAPIViewSet,
    GuidesAPIViewSet,
    TrainingModulesAPIViewSet,
    PillarsAPIViewSet,
    SectorsAPIViewSet,
    DepartmentsAPIViewSet,
]

api_router = WagtailAPIRouter("api")
for endpoint in PUBLIC_ENDPOINTS:
    api_router.register_endpoint(endpoint.name, endpoint)


@csrf_exempt
def not_found(request, *args, **kwargs):
    """Any other address under /api/, whatever the method: a JSON 404 like the endpoints', not the site's HTML page.
    Exempt from CSRF as the endpoints are (DRF exempts its views): nothing under /api/ changes anything or signs in
    with a cookie, and a write sent to an unknown address must learn that, not that a form was refused."""
    return JsonResponse({"detail": _("Không tìm thấy.")}, status=404, json_dumps_params={"ensure_ascii": False})


class OpenAPIView(APIView):
    """Read-only like the endpoints, and answered by DRF as they are: another method is the API's JSON 405."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]

    def get(self, request):
        return Response(openapi_document())


# Mounted at /api/v2/ beside the router's endpoints (namespace "api", which Wagtail reverses detail URLs in).
app_name = "open_data"
urlpatterns = [
    path("openapi.json", OpenAPIView.as_view(), name="openapi"),
    path("reporting/results/", IndicatorResultsView.as_view(), name="results"),
    path("reporting/training/", TrainingCountsView.as_view(), name="training"),
    path("reporting/completions/", CompletionsView.as_view(), name="completions"),
]
