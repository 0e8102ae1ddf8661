"""The documents library's listing (search and filters from query parameters, without JavaScript). The rules for
uploaded document files are in content/document_uploads.py."""

from django import forms
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _

from content.models import Pillar
from content.models.documents import DocumentType, PolicyDocumentPage, documents_matching
from core.filters import ListingFilterForm
from core.pagination import page_of, query_without_page
from core.search_text import search_terms

DOCUMENTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200


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
    return {
        "filter_form": form,
        "documents": page_of(request, documents, DOCUMENTS_PER_PAGE),
        "query_without_page": query_without_page(request),
    }
