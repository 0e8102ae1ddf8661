from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from PIL import Image


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Nội dung")

    def ready(self):
        from content.image_uploads import check_avatar_uploads

        align_pillow_pixel_limit()
        check_avatar_uploads()


def align_pillow_pixel_limit():
    """Pillow warns above its own limit (89 million pixels) and refuses above twice that. With its limit set to
    ours, every image Pillow would warn about is one the upload form refuses anyway (content/image_uploads.py)."""
    limit = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
    if limit:
        Image.MAX_IMAGE_PIXELS = limit
