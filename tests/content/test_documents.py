import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document

from content.factories import DocumentIndexPageFactory, PolicyDocumentPageFactory
from content.models import DocumentApplication, DocumentIndexPage, HomePage, PolicyDocumentPage
from content.models.documents import DocumentType, number_key

pytestmark = pytest.mark.django_db

MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.fixture
def library(home_page, pillars):
    index = DocumentIndexPageFactory(parent=home_page)
    documents = {
        "pilot": PolicyDocumentPageFactory(
            parent=index,
            title="Hướng dẫn thí điểm Tổ công nghệ số cộng đồng",
            slug="huong-dan-thi-diem",
            number="793/BTTTT-THH",
            issued_on=datetime.date(2022, 3, 5),
            issuer="Bộ Thông tin và Truyền thông",
            document_type=DocumentType.OFFICIAL_LETTER,
            summary="Mỗi thôn, tổ dân phố lập một Tổ công nghệ số cộng đồng.",
        ),
        "programme": PolicyDocumentPageFactory(
            parent=index,
            title="Chương trình Chuyển đổi số quốc gia",
            slug="chuong-trinh-quoc-gia",
            number="749/QĐ-TTg",
            issued_on=datetime.date(2020, 6, 3),
            issuer="Thủ tướng Chính phủ",
            document_type=DocumentType.DECISION,
            pillar=pillars["chinh-quyen-so"],
            summary="Chuyển đổi số đồng thời ở chính quyền, kinh tế và xã hội.",
        ),
        "plan": PolicyDocumentPageFactory(
            parent=index,
            title="Kế hoạch phát triển kinh tế số",
            slug="ke-hoach-kinh-te-so",
            number="89/KH-UBND",
            issued_on=datetime.date(2022, 5, 10),
            issuer="Ủy ban nhân dân tỉnh",
            document_type=DocumentType.PLAN,
            pillar=pillars["kinh-te-so"],
            summary="Đưa hộ sản xuất nông nghiệp lên sàn thương mại điện tử.",
        ),
    }
    return index, documents


def titles(response):
    return [document.title for document in response.context["documents"]]


def test_the_library_lives_under_the_home_page_and_holds_documents_only(home_page):
    assert DocumentIndexPage in HomePage.allowed_subpage_models()
    assert DocumentIndexPage.allowed_subpage_models() == [PolicyDocumentPage]
    assert PolicyDocumentPage.allowed_parent_page_models() == [DocumentIndexPage]


@pytest.mark.parametrize("query", ["89/KH-UBND", "89/kh-ubnd", "89 KH UBND", "89-KH-UBND"])
def test_a_number_is_found_however_it_is_typed(client, library, query):
    response = client.get("/van-ban/", {"q": query})
    assert titles(response) == ["Kế hoạch phát triển kinh tế số"]


def test_a_partial_number_finds_the_document_first(client, library):
    response = client.get("/van-ban/", {"q": "793"})
    assert titles(response)[0] == "Hướng dẫn thí điểm Tổ công nghệ số cộng đồng"


@pytest.mark.parametrize("query", ["tổ công nghệ số", "to cong nghe so", "TO CONG NGHE SO", "thôn tổ dân phố"])
def test_words_are_found_with_or_without_diacritics(client, library, query):
    assert titles(client.get("/van-ban/", {"q": query})) == ["Hướng dẫn thí điểm Tổ công nghệ số cộng đồng"]


def test_every_word_must_match(client, library):
    assert titles(client.get("/van-ban/", {"q": "chuyển đổi số thương mại"})) == []
    assert client.get("/van-ban/", {"q": "không có gì như thế này"}).status_code == 200


def test_filters_by_type_issuer_year_and_pillar(client, library):
    assert titles(client.get("/van-ban/", {"loai": "quyet-dinh"})) == ["Chương trình Chuyển đổi số quốc gia"]
    assert titles(client.get("/van-ban/", {"co-quan": "Bộ Thông tin và Truyền thông"})) == [
        "Hướng dẫn thí điểm Tổ công nghệ số cộng đồng"
    ]
    assert titles(client.get("/van-ban/", {"nam": "2022"})) == [
        "Kế hoạch phát triển kinh tế số",
        "Hướng dẫn thí điểm Tổ công nghệ số cộng đồng",
    ]
    assert titles(client.get("/van-ban/", {"tru-cot": "kinh-te-so"})) == ["Kế hoạch phát triển kinh tế số"]
    assert titles(client.get("/van-ban/", {"nam": "2022", "q": "kinh te"})) == ["Kế hoạch phát triển kinh tế số"]


def test_unknown_filter_values_are_ignored_not_an_error(client, library):
    response = client.get("/van-ban/", {"loai": "thu-tinh", "nam": "99999999999999999999", "co-quan": "<b>"})
    assert response.status_code == 200
    assert len(titles(response)) == 3
    assert "bộ lọc đã được bỏ qua" in response.content.decode()


def test_the_filter_form_offers_the_issuers_and_years_in_the_library(client, library):
    form = client.get("/van-ban/").context["filter_form"]
    assert [value for value, _label in form.fields["nam"].choices] == ["", "2022", "2020"]
    assert "Thủ tướng Chính phủ" in [value for value, _label in form.fields["co-quan"].choices]


def test_the_list_costs_the_same_number_of_queries_for_more_documents(client, library, django_assert_max_num_queries):
    index, _documents = library
    client.get("/van-ban/")
    with django_assert_max_num_queries(14) as few:
        client.get("/van-ban/", {"q": "so"})
    for number in range(15):
        PolicyDocumentPageFactory(parent=index, summary="Văn bản số về chuyển đổi số.", number=f"{number}/CV")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/van-ban/", {"q": "so"})


def test_a_document_page_shows_its_facts_file_and_the_guides_and_modules_that_apply_it(client, library, guide):
    _index, documents = library
    pilot = documents["pilot"]
    pilot.file = Document.objects.create(title="Văn bản 793", file=SimpleUploadedFile("793.pdf", MINIMAL_PDF))
    pilot.save()
    DocumentApplication.objects.create(document=pilot, page=guide)
    body = client.get(pilot.url).content.decode()
    assert "793/BTTTT-THH" in body and "05/03/2022" in body and "Bộ Thông tin và Truyền thông" in body
    assert guide.url in body
    assert pilot.file.url in body


def test_leaflet_poster_and_qr_code_for_a_document(client, library):
    _index, documents = library
    pilot = documents["pilot"]
    leaflet = client.get(pilot.url + "to-roi/?kho=a5")
    assert leaflet.status_code == 200 and "booklet--a5" in leaflet.content.decode()
    assert "793/BTTTT-THH" in leaflet.content.decode()
    poster = client.get(pilot.url + "ap-phich/")
    assert poster.status_code == 200 and "ma-qr/" in poster.content.decode()
    qr = client.get(pilot.url + "ma-qr/")
    assert qr["Content-Type"] == "image/svg+xml" and b"<svg" in qr.content


def test_number_keys_ignore_punctuation_case_and_diacritics():
    assert number_key("89/KH-UBND") == number_key("89 kh ubnd") == "89khubnd"
    assert number_key("757/QĐ-BKHCN") == "757qdbkhcn"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("van-ban.pdf", b"<html><script>alert(1)</script></html>", "không phải PDF"),
        ("van-ban.docx", b"%PDF-1.4 not a zip", "không phải PDF"),
        ("van-ban.pdf", MINIMAL_PDF + b"0" * (20 * 1024 * 1024), "Tệp quá lớn"),
        ("script.exe", b"MZ\x90\x00", "Chỉ nhận tệp"),
    ],
)
def test_oversized_disguised_and_other_files_are_refused_with_a_vietnamese_message(
    client, superuser, name, content, message
):
    client.force_login(superuser)
    response = client.post(
        "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile(name, content, content_type="application/pdf")}
    )
    assert response.json()["success"] is False
    assert message in response.json()["error_message"]
    assert not Document.objects.exists()


def test_a_real_pdf_is_accepted(client, superuser):
    client.force_login(superuser)
    response = client.post(
        "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("ke-hoach.pdf", MINIMAL_PDF)}
    )
    assert response.json()["success"] is True
    assert Document.objects.count() == 1


def test_the_single_upload_form_refuses_a_disguised_file_and_keeps_the_title(client, superuser):
    client.force_login(superuser)
    response = client.post(
        "/admin/documents/add/",
        {"title": "Kế hoạch số 89", "file": SimpleUploadedFile("ke-hoach.pdf", b"GIF89a"), "collection": 1},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "không phải PDF" in body and "Kế hoạch số 89" in body
    assert not Document.objects.exists()


def test_a_document_page_costs_the_same_queries_for_more_linked_guides(
    client, library, guide, vneid, django_assert_max_num_queries
):
    from guides.factories import GuidePageFactory

    _index, documents = library
    pilot = documents["pilot"]
    DocumentApplication.objects.create(document=pilot, page=guide, sort_order=0)
    client.get(pilot.url)
    with django_assert_max_num_queries(30) as few:
        client.get(pilot.url)
    for number in range(4):
        DocumentApplication.objects.create(document=pilot, page=GuidePageFactory(parent=vneid), sort_order=number + 1)
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = client.get(pilot.url).content.decode()
    assert body.count('class="card__title"') == 5


def test_a_very_long_query_is_searched_by_its_start_and_says_so(client, library):
    response = client.get("/van-ban/", {"q": "793/BTTTT-THH " * 800})
    content = response.content.decode()
    assert response.status_code == 200 and "Từ khóa dài quá" in content
    assert "Không có lựa chọn này" not in content  # a choice message would mislead here
