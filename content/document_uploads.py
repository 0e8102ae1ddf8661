"""The rules for uploaded document files (WAGTAILDOCS_DOCUMENT_FORM_BASE), the same on every path that takes one:
the admin's add and edit forms, the multiple uploader and the upload tab of the document chooser (which is how a
policy document page gets its file). Every refusal is one message, in Vietnamese. The extension is read as Django
reads it (site/core/upload_names.py)."""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from core.upload_names import NAME_TOO_LONG, ModelCheckInVietnameseMixin, file_extension, refuse_nameless

# What each allowed extension must start with: a renamed script or picture is refused.
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
FILE_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": (ZIP_MAGIC,),
    "xlsx": (ZIP_MAGIC,),
    "odt": (ZIP_MAGIC,),
    "ods": (ZIP_MAGIC,),
    "doc": (OLE_MAGIC,),
    "xls": (OLE_MAGIC,),
}
# The entry every Office Open XML or OpenDocument package holds: any other zip renamed .docx is refused.
PACKAGE_ENTRIES = {"docx": "[Content_Types].xml", "xlsx": "[Content_Types].xml", "odt": "mimetype", "ods": "mimetype"}

NO_FILE = _("Hãy chọn tệp văn bản (PDF, Word hoặc Excel).")
EMPTY_FILE = _("Tệp rỗng (0 byte). Hãy chọn lại đúng tệp văn bản.")
TOO_LARGE = _("Tệp quá lớn (%(file_size)s). Chỉ nhận tệp đến %(max_filesize)s; hãy nén PDF hoặc tách thành nhiều tệp.")
NOT_A_DOCUMENT = _(
    "Nội dung tệp không phải PDF, Word hay Excel như tên tệp ghi. Hãy tải lên đúng tệp văn bản (PDF, DOC, DOCX, "
    "XLS, XLSX, ODT, ODS)."
)
WRONG_EXTENSION = _("Chỉ nhận tệp PDF, Word hoặc Excel (PDF, DOC, DOCX, XLS, XLSX, ODT, ODS).")


def is_office_package(uploaded, extension):
    uploaded.seek(0)
    try:
        with zipfile.ZipFile(uploaded) as package:
            return PACKAGE_ENTRIES[extension] in package.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        uploaded.seek(0)


def check_document_file(uploaded):
    """Refuse files without a name, whose extension is not a document's, or whose content does not match their
    extension."""
    refuse_nameless(uploaded, example="van-ban.pdf")
    extension = file_extension(uploaded.name)
    if extension not in FILE_SIGNATURES:
        raise ValidationError(WRONG_EXTENSION, code="invalid_extension")
    uploaded.seek(0)
    head = uploaded.read(8)
    uploaded.seek(0)
    if not head.startswith(FILE_SIGNATURES[extension]):
        raise ValidationError(NOT_A_DOCUMENT, code="disguised_file")
    if extension in PACKAGE_ENTRIES and not is_office_package(uploaded, extension):
        raise ValidationError(NOT_A_DOCUMENT, code="disguised_file")


class DocumentForm(ModelCheckInVietnameseMixin, BaseDocumentForm):
    """Wagtail's document form with the content check and Vietnamese messages, for the single and the multiple
    uploader and the chooser alike. The size limit is WAGTAILDOCS_MAX_UPLOAD_SIZE, checked by Wagtail's field. Every
    message Django's file field can give is ours; the model's extension check is answered by the mixin."""

    model_refusal = WRONG_EXTENSION

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            limit = field.max_upload_size_text
            field.help_text = _("PDF, Word, Excel hoặc OpenDocument; tối đa %(limit)s.") % {"limit": limit}
            field.error_messages.update(
                {
                    "required": NO_FILE,
                    "missing": NO_FILE,
                    "invalid": NO_FILE,
                    "empty": EMPTY_FILE,
                    "file_too_large": TOO_LARGE,
                    "file_too_large_unknown_size": TOO_LARGE % {"file_size": "?", "max_filesize": limit},
                    "max_length": NAME_TOO_LONG,
                }
            )

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_document_file(uploaded)
        return uploaded
