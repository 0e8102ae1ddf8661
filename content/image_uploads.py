"""The rules for uploaded images (WAGTAILIMAGES_IMAGE_FORM_BASE), the same on every path that takes an image file:
the admin's add and edit forms, the multiple uploader and the upload tab of the image chooser.

Wagtail reads the pixel size only by decoding the whole image, and Pillow refuses some files with exceptions that
Wagtail does not expect (a 30000 x 30000 PNG of 875 KB, a header claiming 65535 x 65535, a truncated file): those
became a 500. Here the size is read from the header before anything is decoded, and whatever Pillow refuses while
decoding is a form error in Vietnamese. A name without a stem (".png") is refused, and whatever Django's extension
check or the model's says is answered with our message (site/core/upload_names.py)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from core.upload_names import NAME_TOO_LONG, ModelCheckInVietnameseMixin, refuse_nameless

NOT_AN_IMAGE = _(
    "Không đọc được ảnh: tệp bị hỏng, bị cắt cụt hoặc không phải ảnh. Hãy mở ảnh trên máy, lưu lại dưới dạng "
    "JPG hoặc PNG rồi tải lên lại."
)
TOO_MANY_PIXELS = _(
    "Ảnh có quá nhiều điểm ảnh: chỉ nhận ảnh đến %(limit)s điểm ảnh (kể cả mọi khung hình của ảnh động). "
    "Hãy thu nhỏ ảnh rồi tải lên lại."
)
WRONG_EXTENSION = _("Chỉ nhận ảnh %(formats)s. Hãy lưu ảnh ở một trong các dạng này rồi tải lên lại.")
EXTENSION_MISMATCH = _(
    "Tên tệp ghi .%(extension)s nhưng nội dung là ảnh %(image_format)s. Hãy đổi đuôi tên tệp cho đúng rồi tải lên lại."
)
TOO_LARGE = _("Tệp ảnh quá lớn (%(file_size)s). Chỉ nhận tệp đến %(max_filesize)s; hãy thu nhỏ ảnh rồi tải lên lại.")
NO_FILE = _("Hãy chọn một tệp ảnh.")
EMPTY_FILE = _("Tệp ảnh rỗng (0 byte). Hãy chọn lại đúng tệp ảnh.")


def pixel_count_from_header(uploaded):
    """Width x height x frames as the file declares them, read without decoding the picture. Pillow refuses a
    declared size far beyond its own limit (DecompressionBombError) before returning."""
    uploaded.seek(0)
    try:
        with Image.open(uploaded) as image:
            width, height = image.size
            return width * height * getattr(image, "n_frames", 1)
    finally:
        uploaded.seek(0)


class UploadedImageField(WagtailImageField):
    """Wagtail's image field with its messages in Vietnamese and the pixel limit checked before decoding."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        formats = self.supported_formats_text
        limit = self.max_upload_size_text
        self.help_text = _("Ảnh %(formats)s, tối đa %(limit)s.") % {"formats": formats, "limit": limit}
        self.error_messages.update(
            {
                "required": NO_FILE,
                "missing": NO_FILE,
                "invalid": NO_FILE,
                "empty": EMPTY_FILE,
                "invalid_image": NOT_AN_IMAGE,
                "invalid_image_extension": WRONG_EXTENSION % {"formats": formats},
                "invalid_image_known_format": EXTENSION_MISMATCH,
                "file_too_large": TOO_LARGE,
                "file_too_large_unknown_size": TOO_LARGE % {"file_size": "?", "max_filesize": limit},
                "file_too_many_pixels": self.too_many_pixels_message(),
                "max_length": NAME_TOO_LONG,
            }
        )

    def too_many_pixels_message(self):
        limit = self.max_image_pixels
        return TOO_MANY_PIXELS % {"limit": f"{limit:,}".replace(",", ".") if limit else "?"}

    def refuse_too_many_pixels(self, data):
        if self.max_image_pixels is None or not hasattr(data, "read"):
            return
        try:
            pixels = pixel_count_from_header(data)
        except Image.DecompressionBombError as error:
            raise ValidationError(self.error_messages["file_too_many_pixels"], code="file_too_many_pixels") from error
        except Exception:  # not readable as an image: Wagtail's checks below say so
            return
        if pixels > self.max_image_pixels:
            raise ValidationError(self.error_messages["file_too_many_pixels"], code="file_too_many_pixels")

    def to_python(self, data):
        refuse_nameless(data, example="anh.jpg")
        if hasattr(data, "size"):
            self.check_image_file_size(data)
            self.refuse_too_many_pixels(data)
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Image.DecompressionBombError as error:
            raise ValidationError(self.error_messages["file_too_many_pixels"], code="file_too_many_pixels") from error
        except Exception as error:  # Pillow raises many kinds for a damaged or lying file
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error

    def run_validators(self, value):
        # The one validator is Django's extension check (Wagtail's default_validators), whose message is English.
        try:
            super().run_validators(value)
        except ValidationError as error:
            raise ValidationError(
                self.error_messages["invalid_image_extension"], code="invalid_image_extension"
            ) from error


class ImageForm(ModelCheckInVietnameseMixin, BaseImageForm):
    """Every image form of the admin (add, edit, multiple upload, chooser upload) takes its file field from here."""

    @property
    def model_refusal(self):
        return self.fields["file"].error_messages["invalid_image_extension"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            wagtail_field = self.fields["file"]
            self.fields["file"] = UploadedImageField(
                label=wagtail_field.label, required=wagtail_field.required, widget=wagtail_field.widget
            )


def check_avatar_uploads():
    """Wagtail's account page builds its profile-picture form itself, with Django's image field, and then resizes
    the picture: a truncated JPEG passed the field and failed in the resize (a 500), and any size or format was
    taken. Wagtail offers no setting or hook for this form, so its one field is swapped for ours at start-up."""
    # Wagtail's account forms load the user model: importable only once the apps are ready (called from ready()).
    from wagtail.admin.forms.account import AvatarPreferencesForm  # noqa: PLC0415

    AvatarPreferencesForm.base_fields["avatar"] = UploadedImageField(label=_("Ảnh đại diện"), required=False)
