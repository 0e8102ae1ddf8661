"""The glossary: the first use of each hard word in a guide links to its plain-words definition at the end of the same
page (and of its print view and booklets), found in one pass over the rendered HTML with one query for the terms."""

import re
import unicodedata

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.rich_text import RichText

from content.demo_safety import TERMS
from content.demo_safety import load as load_demo
from content.glossary import link_terms
from content.models import GlossaryTerm
from core.page_cache import GENERATION_KEY
from guides.factories import GuidePageFactory, step

pytestmark = pytest.mark.django_db


def term(text, slug, variants="", definition="Giải thích ngắn."):
    return GlossaryTerm.objects.create(term=text, slug=slug, variants=variants, definition=definition)


@pytest.fixture
def terms(db):
    return {
        "otp": term("OTP", "otp", "mã OTP", "Mã số dùng một lần."),
        "qr": term("mã QR", "ma-qr", "QR, QR code", "Ô vuông chấm đen trắng."),
        "muc-2": term("định danh điện tử mức 2", "dinh-danh-muc-2", "định danh mức 2, tài khoản mức 2"),
        "browser": term("trình duyệt", "trinh-duyet", "trình duyệt web"),
    }


@pytest.fixture
def guide_with_terms(vneid, guide_index, terms):
    return GuidePageFactory(
        parent=vneid,
        title="Đăng nhập bằng mã OTP",
        slug="dang-nhap-otp",
        requirements=[("item", "Tài khoản mức 2"), ("item", "Điện thoại nhận mã OTP")],
        steps=[
            step("Mở trình duyệt", text="<p>Mở <b>trình duyệt</b>. Gõ địa chỉ trang.</p>"),
            step("Nhập mã OTP", text="<p>Nhập mã OTP gửi đến máy. Không đọc OTP cho ai.</p>"),
            step("Quét mã QR", text="<p>Quét QR trên tờ giấy. Xem <a href='/huong-dan/'>mã QR mẫu</a>.</p>"),
        ],
        troubleshooting=[
            ("question", {"question": "Không thấy mã QR", "answer": RichText("<p>Dùng trình duyệt khác.</p>")})
        ],
    )


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


# The linking itself.


def test_first_use_of_each_term_links_to_its_definition_and_later_uses_stay_text(terms):
    linked, used = link_terms("<p>Nhập mã OTP. Nhập lại OTP.</p><p>Mở trình duyệt.</p>", list(terms.values()))
    assert linked == (
        '<p>Nhập <a class="term" href="#tu-ngu-otp">mã OTP</a>. Nhập lại OTP.</p>'
        '<p>Mở <a class="term" href="#tu-ngu-trinh-duyet">trình duyệt</a>.</p>'
    )
    assert used == [terms["otp"], terms["browser"]]


def test_matching_ignores_case_and_takes_the_longest_variant(terms):
    linked, _used = link_terms("<p>Kích hoạt TÀI KHOẢN MỨC 2 bằng Mã Otp.</p>", list(terms.values()))
    assert '<a class="term" href="#tu-ngu-dinh-danh-muc-2">TÀI KHOẢN MỨC 2</a>' in linked
    assert '<a class="term" href="#tu-ngu-otp">Mã Otp</a>' in linked


def test_only_whole_words_match(terms):
    linked, used = link_terms("<p>Quét VietQR. Mã OTPX. QRcode.</p>", list(terms.values()))
    assert used == [] and "<a" not in linked


def test_text_in_decomposed_unicode_matches_as_composed(terms):
    decomposed = unicodedata.normalize("NFD", "<p>Mở trình duyệt.</p>")
    linked, used = link_terms(decomposed, list(terms.values()))
    assert used == [terms["browser"]]
    assert 'href="#tu-ngu-trinh-duyet">trình duyệt</a>' in linked


def test_a_non_breaking_space_between_words_still_matches(terms):
    _linked, used = link_terms("<p>Quét mã&nbsp;QR.</p>", list(terms.values()))
    assert used == [terms["qr"]]


@pytest.mark.parametrize("count", [40, 2000])
def test_a_long_run_of_non_breaking_spaces_is_matched_in_one_pass(terms, count):
    # The space pattern used to match "\xa0" two ways: 26 of them took 47 s, 40 never finished.
    spaces = "\xa0" * count
    linked, used = link_terms(f"<p>Nhập mã{spaces}số.</p><p>Quét mã{spaces}&nbsp;QR.</p>", list(terms.values()))
    assert used == [terms["qr"]]
    assert linked == (
        f'<p>Nhập mã{spaces}số.</p><p>Quét <a class="term" href="#tu-ngu-ma-qr">mã{spaces}&nbsp;QR</a>.</p>'
    )


def test_terms_holding_ampersands_quotes_or_angle_brackets_match_the_escaped_text():
    science = term("Sở KH&CN", "so-khcn")
    quoted = term("mục 'Cá nhân'", "muc-ca-nhan")
    sign = term("<18 tuổi", "duoi-18-tuoi")
    linked, used = link_terms(
        "<p>Hỏi Sở KH&amp;CN. Mở mục &#x27;Cá nhân&#x27;. Trẻ &lt;18 tuổi. Lại Sở KH&#38;CN.</p>",
        [science, quoted, sign],
    )
    assert used == [science, quoted, sign]
    assert linked == (
        '<p>Hỏi <a class="term" href="#tu-ngu-so-khcn">Sở KH&amp;CN</a>. '
        """Mở <a class="term" href="#tu-ngu-muc-ca-nhan">mục &#x27;Cá nhân&#x27;</a>. """
        'Trẻ <a class="term" href="#tu-ngu-duoi-18-tuoi">&lt;18 tuổi</a>. Lại Sở KH&#38;CN.</p>'
    )


def test_a_reference_for_a_letter_joins_the_word_it_is_written_in(terms):
    _linked, used = link_terms("<p>Mã OTP&#273; sai.</p>", list(terms.values()))  # "OTPđ" is not "OTP"
    assert used == []


def test_links_headings_and_controls_are_left_alone_and_the_next_use_is_linked(terms):
    source = (
        "<h3>Nhập mã OTP</h3><p><a href='/x/'>mã OTP</a></p><summary>OTP</summary>"
        "<label>OTP <input type='checkbox'></label><p>Mã OTP đây.</p>"
    )
    linked, used = link_terms(source, list(terms.values()))
    assert linked.count('class="term"') == 1
    assert linked.endswith('<p><a class="term" href="#tu-ngu-otp">Mã OTP</a> đây.</p>')
    assert used == [terms["otp"]]


def test_no_terms_leaves_the_html_as_it_was():
    assert link_terms("<p>Nhập mã OTP.</p>", []) == ("<p>Nhập mã OTP.</p>", [])


# The model.


def test_spellings_are_the_term_and_its_variants_each_once(terms):
    terms["otp"].variants = "mã OTP,  Mã  OTP , OTP"
    assert terms["otp"].spellings() == ["OTP", "mã OTP"]


def test_a_spelling_two_terms_share_is_refused(terms):
    clash = GlossaryTerm(term="mã một lần", slug="ma-mot-lan", variants="Mã OTP", definition="Trùng.")
    with pytest.raises(ValidationError) as error:
        clash.full_clean()
    assert "đã là cách viết của từ “OTP”" in str(error.value)


def test_the_demo_terms_are_short_plain_and_load_once(db):
    load_demo()
    load_demo()
    assert GlossaryTerm.objects.count() == len(TERMS) >= 11
    for spec in TERMS:
        assert len(spec["definition"]) <= 300, spec["term"]
        for sentence in re.split(r"(?<=[.:!?])\s+", spec["definition"]):
            assert len(sentence.split()) <= 25, sentence
    for item in GlossaryTerm.objects.all():
        item.full_clean()  # no spelling shared by two terms


# On the guide page, its print view and booklets.


def test_guide_page_links_first_uses_to_a_glossary_section_at_its_end(client, guide_with_terms):
    content = html(client, guide_with_terms.url)
    assert content.count('href="#tu-ngu-otp"') == 1
    assert '<li><a class="term" href="#tu-ngu-dinh-danh-muc-2">Tài khoản mức 2</a></li>' in content
    assert '<h3 class="step__heading"><span class="step__number">Bước 2</span> Nhập mã OTP</h3>' in content
    assert "<a href='/huong-dan/'>mã QR mẫu</a>" in content  # an editor's link is left as it was
    assert '<a class="term" href="#tu-ngu-ma-qr">QR</a> trên tờ giấy' in content
    section = content[content.index('<section class="glossary"') :]
    section = section[: section.index("</section>")]
    assert re.findall(r'<dt id="([^"]+)">', section) == [
        "tu-ngu-dinh-danh-muc-2",
        "tu-ngu-otp",
        "tu-ngu-trinh-duyet",
        "tu-ngu-ma-qr",
    ]
    assert '<dt id="tu-ngu-otp">OTP</dt><dd>Mã số dùng một lần.</dd>' in section
    assert "Giải thích từ ngữ" in section and 'href="/tu-ngu/"' in section
    assert content.index('class="glossary"') > content.index('id="khi-truc-trac"')


@pytest.mark.parametrize("count", [40, 2000])
def test_a_step_with_a_long_run_of_non_breaking_spaces_renders(client, vneid, guide_index, terms, count):
    spaces = "\xa0" * count
    guide = GuidePageFactory(
        parent=vneid, slug="khoang-trang", steps=[step("Nhập mã", text=f"<p>Nhập mã{spaces}số. Mở trình duyệt.</p>")]
    )
    content = html(client, guide.url)
    assert f"Nhập mã{spaces}số." in content.replace("&nbsp;", "\xa0")
    assert '<a class="term" href="#tu-ngu-trinh-duyet">trình duyệt</a>' in content


def test_a_term_with_an_ampersand_is_linked_on_the_guide_page(client, vneid, guide_index):
    term("Sở KH&CN", "so-khcn", definition="Sở Khoa học và Công nghệ.")
    guide = GuidePageFactory(parent=vneid, slug="hoi-so", steps=[step("Hỏi", text="<p>Hỏi Sở KH&amp;CN.</p>")])
    content = html(client, guide.url)
    assert '<a class="term" href="#tu-ngu-so-khcn">Sở KH&amp;CN</a>' in content
    assert '<dt id="tu-ngu-so-khcn">Sở KH&amp;CN</dt>' in content


def test_a_guide_that_uses_no_term_has_no_glossary_section(client, guide, terms):
    assert 'class="glossary"' not in html(client, guide.url)


@pytest.mark.parametrize("route", ["ban-in/", "so-tay/", "so-tay/?kho=a5"])
def test_print_view_and_booklet_carry_the_links_and_the_section(client, guide_with_terms, route):
    content = html(client, guide_with_terms.url + route)
    assert content.count('class="term" href="#tu-ngu-otp"') == 1
    assert '<dt id="tu-ngu-otp">OTP</dt>' in content
    assert "Giải thích từ ngữ" in content


def test_platform_booklet_has_one_glossary_for_all_its_guides(client, guide_with_terms, vneid):
    GuidePageFactory(parent=vneid, slug="them-otp", steps=[step("Nhập lại", text="<p>Nhập mã OTP mới.</p>")])
    content = html(client, vneid.url + "so-tay/")
    assert content.count('class="term" href="#tu-ngu-otp"') == 1
    assert content.count('<dt id="tu-ngu-otp">') == 1


def test_the_terms_cost_one_query_however_many_there_are(client, guide_with_terms, django_assert_max_num_queries):
    client.get(guide_with_terms.url)  # renditions and caches warmed
    with CaptureQueriesContext(connection) as few:
        client.get(guide_with_terms.url)
    for number in range(20):
        term(f"từ số {number}", f"tu-so-{number}")
    with django_assert_max_num_queries(len(few)):
        content = html(client, guide_with_terms.url)
    assert content.count('class="term"') == 4
    assert sum("content_glossaryterm" in query["sql"] for query in few.captured_queries) == 1


def test_glossary_page_lists_every_term(client, terms):
    content = html(client, "/tu-ngu/")
    for item in terms.values():
        assert f'<dt id="{item.anchor}">{item.term}</dt>' in content


def test_changing_a_term_retires_the_cached_pages(terms, settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.set(GENERATION_KEY, "before", None)
    terms["otp"].definition = "Mã số dùng một lần, trong vài phút."
    terms["otp"].save()
    assert cache.get(GENERATION_KEY) not in ("before", None)
