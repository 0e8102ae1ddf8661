"""The documents library's listing (search and filters from query parameters, without JavaScript) and the rules
for uploaded document files."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Value, When
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from content.filters import ListingFilterForm
from content.models import Pillar
from content.models.documents import DocumentType, PolicyDocumentPage, documents_matching
from content.search_text import search_terms

DOCUMENTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200
MAX_DOCUMENT_SIZE = 20 * 1024 * 1024

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
TOO_LARGE = _("Tệp quá lớn (%(size)s). Chỉ nhận tệp đến %(limit)s; hãy nén PDF hoặc tách thành nhiều tệp.")
NOT_A_DOCUMENT = _(
    "Nội dung tệp không phải PDF, Word hay Excel như tên tệp ghi. Hãy tải lên đúng tệp văn bản (PDF, DOC, DOCX, "
    "XLS, XLSX, ODT, ODS)."
)
WRONG_EXTENSION = _("Chỉ nhận tệp PDF, Word hoặc Excel (PDF, DOC, DOCX, XLS, XLSX, ODT, ODS).")


def check_document_file(uploaded):
    """Refuse files over the limit and files whose content does not match their extension."""
    if uploaded.size > MAX_DOCUMENT_SIZE:
        raise ValidationError(
            TOO_LARGE % {"size": filesizeformat(uploaded.size), "limit": filesizeformat(MAX_DOCUMENT_SIZE)},
            code="file_too_large",
        )
    extension = uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
    if extension not in FILE_SIGNATURES:
        raise ValidationError(WRONG_EXTENSION, code="invalid_extension")
    uploaded.seek(0)
    head = uploaded.read(8)
    uploaded.seek(0)
    if not head.startswith(FILE_SIGNATURES[extension]):
        raise ValidationError(NOT_A_DOCUMENT, code="disguised_file")


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE) with our size limit and content check, in
    Vietnamese, for the single and the multiple uploader alike."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            limit = filesizeformat(MAX_DOCUMENT_SIZE)
            self.fields["file"].error_messages["file_too_large"] = TOO_LARGE.replace("%(limit)s", limit).replace(
                "%(size)s", "%(file_size)s"
            )
            self.fields["file"].error_messages["file_too_large_unknown_size"] = TOO_LARGE % {
                "size": "?",
                "limit": limit,
            }

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_document_file(uploaded)
        return uploaded


class DocumentFilterForm(ListingFilterForm):
    """Field names are the query parameters: /van-ban/?q=89/KH-UBND&loai=ke-hoach&co-quan=...&nam=2022."""

    def __init__(self, data=None, *, issuers=(), years=(), **kwargs):
        super().__init__(data, **kwargs)
        self.fields["q"] = forms.CharField(
            label=_("Số hiệu hoặc từ khóa"),
            required=False,
            max_length=MAX_QUERY_LENGTH,
            strip=True,
            help_text=_("Ví dụ: 793/BTTTT-THH, hoặc: tổ công nghệ số (gõ có dấu hay không dấu đều được)."),
            error_messages={"max_length": _("Từ khóa dài quá: chỉ %(limit_value)d ký tự đầu được dùng để tìm.")},
        )
        self.fields["loai"] = forms.ChoiceField(
            choices=[("", _("Tất cả")), *DocumentType.choices], required=False, label=_("Loại văn bản")
        )
        self.fields["co-quan"] = forms.ChoiceField(
            choices=[("", _("Tất cả")), *((issuer, issuer) for issuer in issuers)],
            required=False,
            label=_("Cơ quan ban hành"),
        )
        self.fields["nam"] = forms.TypedChoiceField(
            choices=[("", _("Tất cả")), *((str(year), str(year)) for year in years)],
            coerce=int,
            empty_value=None,
            required=False,
            label=_("Năm ban hành"),
        )
        self.fields["tru-cot"] = forms.ModelChoiceField(
            Pillar.objects.all(), to_field_name="slug", required=False, label=_("Trụ cột"), empty_label=_("Tất cả")
        )

    def filtered(self, documents):
        """Apply the valid filters; an unknown value is reported on the form and otherwise ignored."""
        values = self.valid_values()
        query = " ".join(str(self.data.get("q", "")).split())[:MAX_QUERY_LENGTH]
        if query:
            documents = documents_matching(documents, query)
            compact = "".join(search_terms(query))
            documents = documents.annotate(
                number_match=Case(
                    When(number_key=compact, then=Value(0)),
                    When(number_key__startswith=compact, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                )
            ).order_by("number_match", "-issued_on", "title")
        if values.get("loai"):
            documents = documents.filter(document_type=values["loai"])
        if values.get("co-quan"):
            documents = documents.filter(issuer=values["co-quan"])
        if values.get("nam"):
            documents = documents.filter(issued_on__year=values["nam"])
        if values.get("tru-cot"):
            documents = documents.filter(pillar=values["tru-cot"])
        return documents


def published_documents():
    return PolicyDocumentPage.objects.live().public().select_related("pillar", "file").order_by("-issued_on", "title")


def document_listing_context(index_page, request):
    documents = published_documents().child_of(index_page)
    issuers = sorted(set(documents.values_list("issuer", flat=True)))
    years = sorted({day.year for day in documents.dates("issued_on", "year")}, reverse=True)
    form = DocumentFilterForm(request.GET or None, issuers=issuers, years=years)
    documents = form.filtered(documents)
    query = request.GET.copy()
    query.pop("trang", None)
    return {
        "filter_form": form,
        "documents": Paginator(documents, DOCUMENTS_PER_PAGE).get_page(request.GET.get("trang")),
        "query_without_page": query.urlencode(),
    }
