"""What the open data API answers to OPTIONS (REST_FRAMEWORK's DEFAULT_METADATA_CLASS).

DRF's own answer is the view's class name and docstring, which are English notes for developers. The methods an
address takes are in the Allow header already; the body says where the description of the whole API is. Kept apart
from config.api, which imports the views: DRF reads this setting while its views module is still loading."""

from django.urls import reverse
from rest_framework.metadata import BaseMetadata


class OpenAPIPointer(BaseMetadata):
    def determine_metadata(self, request, view):
        return {"openapi": request.build_absolute_uri(reverse("open_data:openapi"))}
