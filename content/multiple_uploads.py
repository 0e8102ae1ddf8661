"""Wagtail's multiple uploaders for images and documents, answering at Wagtail's own addresses (registered first, in
content/wagtail_hooks.py) with one change: a request without the file under "files[]" gets a 400 in Vietnamese.
Wagtail answered a request with no file in English, and one with the file under another name with a 500."""

from django.http import JsonResponse
from django.urls import path
from wagtail.documents.views.multiple import AddView as DocumentsAddView
from wagtail.images.views.multiple import AddView as ImagesAddView

from content.document_uploads import NO_FILE as NO_DOCUMENT
from content.image_uploads import NO_FILE as NO_IMAGE


class FileRequiredMixin:
    missing_file_message = None

    def post(self, request):
        if "files[]" not in request.FILES:
            return JsonResponse({"success": False, "error_message": str(self.missing_file_message)}, status=400)
        return super().post(request)


class MultipleImageUploadView(FileRequiredMixin, ImagesAddView):
    missing_file_message = NO_IMAGE


class MultipleDocumentUploadView(FileRequiredMixin, DocumentsAddView):
    missing_file_message = NO_DOCUMENT


def urlpatterns():
    """Unnamed: Wagtail's names (wagtailimages:add_multiple, wagtaildocs:add_multiple) lead to the same addresses,
    and the permission checks are Wagtail's, inherited."""
    return [
        path("images/multiple/add/", MultipleImageUploadView.as_view()),
        path("documents/multiple/add/", MultipleDocumentUploadView.as_view()),
    ]
