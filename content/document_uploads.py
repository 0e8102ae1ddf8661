"""The rules for uploaded document files (WAGTAILDOCS_DOCUMENT_FORM_BASE), the same on every path that takes one:
the admin's add and edit forms, the multiple uploader and the upload tab of the document chooser (which is how a
policy document page gets its file). Every refusal is one message, in Vietnamese. The extension is read as Django
reads it (site/core/upload_names.py)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from core.upload_names import NAME_TOO_LONG, ModelCheckInVietnameseMixin, file_extension, refuse_nameless
from core.uploaded_files import FILE_SIGNATURES, content_matches_extension

NO_FILE = _("Hãy chọn tệp văn bản (PDF, Word hoặc Excel).")
EMPTY_FILE = _("Tệp rỗng (0 byte). Hãy chọn lại đúng tệp văn bản.")
TOO_LARGE = _("Tệp quá lớn (%(file_size)s). Chỉ nhận tệp đến %(max_filesize)s; hãy nén PDF hoặc tách thành nhiều tệp.")
NOT_A_DOCUMENT = _(
    "Nội dung tệp không phải PDF, Word hay Excel như tên tệp ghi. Hãy tải lên đúng tệp văn bản (PDF, DOC, DOCX, "
    "XLS, XLSX, ODT, ODS)."
)
WRONG_EXTENSION = _("Chỉ nhận tệp PDF, Word hoặc Excel (PDF, DOC, DOCX, XLS, XLSX, ODT, ODS).")


def check_document_file(uploaded):
    """Refuse files without a name, whose extension is not a document's, or whose content does not match their
    extension (the signatures are core's, shared with every other upload). Size and emptiness are the field's."""
    refuse_nameless(uploaded, example="van-ban.pdf")
    extension = file_extension(uploaded.name)
    if extension not in FILE_SIGNATURES:
        raise ValidationError(WRONG_EXTENSION, code="invalid_extension")
    if not content_matches_extension(uploaded, extension):
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
