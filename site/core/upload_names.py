"""The name of an uploaded file, read the one way Django reads it, for every path that takes a file (documents,
images, profile pictures, member lists).

Django's FileExtensionValidator, which Wagtail's document model and image field run after our own checks, takes the
extension from Path(name).suffix: ".pdf" has none, "..pdf" has "pdf". Reading it any other way lets our check pass a
file that theirs then refuses with a message of their own, in English. A name that is only an extension, dots or
spaces is refused before any extension is read: the stored file would have no name a person could recognise."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NAMELESS_FILE = _(
    "Tên tệp chỉ có phần đuôi hoặc dấu chấm, chưa có tên. Hãy đặt tên cho tệp trên máy (ví dụ “%(example)s”) rồi "
    "tải lên lại."
)
NAME_TOO_LONG = _(
    "Tên tệp dài quá: %(length)d ký tự, chỉ nhận đến %(max)d ký tự. Hãy đặt tên ngắn hơn cho tệp rồi tải lên lại."
)


def file_extension(name):
    """The extension as Django's FileExtensionValidator reads it, lower-cased and without its dot."""
    return Path(name).suffix[1:].lower()


def is_nameless(name):
    """True for ".pdf", "..pdf", " .pdf", "...", "   ": nothing but an extension, dots and spaces."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return not stem.replace(".", "").strip()


def refuse_nameless(uploaded, example):
    name = getattr(uploaded, "name", None)
    if name is not None and is_nameless(name):
        raise ValidationError(NAMELESS_FILE, code="nameless_file", params={"example": example})


class ModelCheckInVietnameseMixin:
    """For a model form with a "file" field. After the form's own checks, Django runs the model's (Wagtail's document
    model checks the extension again; Django's image field checks it against Pillow's list), and their message is
    not ours: often English, as "File extension “” is not allowed". The form's checks come first and are the
    stricter ones, so a message the model adds is dropped when the form has already refused the file, and otherwise
    replaced by `model_refusal`: the person reads one message, in Vietnamese."""

    model_refusal = None

    def _post_clean(self):
        ours = len(self._errors.get("file", ()))
        super()._post_clean()
        errors = self._errors.get("file")
        if errors is None or len(errors) == ours:
            return
        del errors[ours:]
        if not ours:
            errors.append(ValidationError(self.model_refusal, code="refused_by_model"))
