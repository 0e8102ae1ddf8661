import pytest

from core.qr import qr_svg

pytestmark = pytest.mark.django_db


def test_every_guide_has_an_svg_qr_code(client, guide):
    response = client.get(guide.url + "ma-qr/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    body = response.content.decode()
    assert body.startswith("<svg") and body.rstrip().endswith("</svg>")
    assert "Content-Disposition" not in response


def test_qr_code_can_be_downloaded_for_posters(client, guide):
    response = client.get(guide.url + "ma-qr/", {"tai-ve": "1"})
    assert response["Content-Disposition"] == 'attachment; filename="qr-kich-hoat-muc-2.svg"'


def test_qr_codes_differ_by_address_and_are_stable():
    first = qr_svg("https://sotayso.example.vn/nen-tang/vneid/kich-hoat-muc-2/")
    assert first == qr_svg("https://sotayso.example.vn/nen-tang/vneid/kich-hoat-muc-2/")
    assert first != qr_svg("https://sotayso.example.vn/nen-tang/vssid/tra-cuu/")


def test_a_renamed_page_gets_a_drawing_with_its_new_title():
    url = "https://sotayso.example.vn/nen-tang/vneid/kich-hoat-muc-2/"
    assert "Tên cũ" in qr_svg(url, title="Tên cũ")
    assert "Tên mới" in qr_svg(url, title="Tên mới")
