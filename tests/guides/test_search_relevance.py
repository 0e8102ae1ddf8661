"""The search's relevance set: queries people type, with and without diacritics, in any case, as abbreviations and
document numbers, with the results they must see first. Built on the demo's own platforms, guides, training modules
and documents (loaded once for the module and rolled back after it)."""

import random
import re
import unicodedata

import pytest
from django.db import connection, transaction
from django.db.models import Value
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from content import demo as content_demo
from content import demo_knowledge
from content.models import PlatformPage
from guides import demo as guides_demo
from guides import search as guide_search
from guides.factories import GuidePageFactory, step
from guides.models import GuidePage
from guides.search import DOCUMENTS, GUIDES, MODULES, PLATFORMS, search_site
from guides.search_text import spaced
from guides.views import RESULTS_PER_PAGE
from training import demo as training_demo

# Titles of the demo content, so a table row reads as what a person sees.
ACTIVATE_LEVEL_2 = "Kích hoạt tài khoản định danh điện tử mức 2"
REGISTER_LEVEL_1 = "Đăng ký tài khoản định danh điện tử mức 1 trên VNeID"
DRIVING_LICENCE = "Tích hợp giấy phép lái xe vào VNeID"
SCAM_CALLS = "Nhận diện cuộc gọi lừa đảo giả danh công an"
ELDERLY = "Giúp người cao tuổi kích hoạt VNeID an toàn"
VNEID_GUIDES = {ACTIVATE_LEVEL_2, REGISTER_LEVEL_1, DRIVING_LICENCE, SCAM_CALLS, ELDERLY}
PORTAL_SIGN_IN = "Đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID"
PORTAL_FIND = "Tìm thủ tục và đọc hướng dẫn trước khi nộp hồ sơ"
BIRTH = "Nộp hồ sơ đăng ký khai sinh trực tuyến"
PORTAL_GUIDES = {PORTAL_SIGN_IN, PORTAL_FIND, BIRTH}
VSSID_SIGN_IN = "Đăng nhập VssID bằng tài khoản VNeID"
VSSID_CONTRIBUTIONS = "Tra cứu quá trình đóng bảo hiểm xã hội trên VssID"
VSSID_CARD = "Xem thẻ bảo hiểm y tế và hạn dùng trên VssID"
HEALTH_CARD_INTO_VNEID = "Tích hợp thẻ bảo hiểm y tế vào VNeID"
HEALTH_BOOK = "Xem sổ sức khỏe điện tử trên VNeID"
POSTMART_SHOP = "Mở gian hàng trên postmart.vn"
PHOTOS = "Chụp ảnh sản phẩm bằng điện thoại để bán hàng trực tuyến"
PACKING = "Đóng gói nông sản trước khi giao cho bưu tá"
HOUSEHOLD_TAX = "Hộ kinh doanh đăng ký và tự khai thuế từ năm 2026"
MONEY_OPEN = "Mở tài khoản Viettel Money"
MONEY_QR = "Thanh toán bằng mã QR với Viettel Money"
MONEY_SAFE = "Giữ an toàn cho tài khoản Viettel Money"
APPLICATION_STATUS = "Tra cứu tình trạng hồ sơ bằng mã hồ sơ"
TEAMS_LETTER = "Hướng dẫn thí điểm triển khai Tổ công nghệ số cộng đồng"
MOBILE_MONEY_DECISION = "Thí điểm dùng tài khoản viễn thông thanh toán cho hàng hóa, dịch vụ giá trị nhỏ (Mobile Money)"
SKILLS_FRAMEWORK = "Khung kỹ năng số cơ bản cho người dân"
PROJECT_06 = "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06)"
TEAM_ROLE_MODULE = "Vai trò của Tổ công nghệ số cộng đồng"
SAFETY_MODULE = "An toàn trên không gian mạng và bảo vệ dữ liệu cá nhân"
HEALTH_MODULE = "Ứng dụng y tế và bảo hiểm xã hội"
VSSID_PLATFORM = "VssID \u2013 Bảo hiểm xã hội số"
MONEY_PLATFORM = "Viettel Money \u2013 Mobile Money"


def nfd(text):
    return unicodedata.normalize("NFD", text)


# (query, kind, expected first results). A list must come first in that order; a set must fill the first places in
# any order. Every row is what a person typing the query expects to see at the top of that kind's group.
RELEVANCE = [
    # A platform's name: that platform's guides, in the editor's order, before any page that merely mentions it.
    ("vneid", GUIDES, [ACTIVATE_LEVEL_2]),
    ("vneid", GUIDES, VNEID_GUIDES),
    ("VNeID", GUIDES, [ACTIVATE_LEVEL_2]),
    ("VNEID", PLATFORMS, ["VNeID"]),
    ("  vneid  ", GUIDES, [ACTIVATE_LEVEL_2]),
    ("kích hoạt vneid", GUIDES, [ACTIVATE_LEVEL_2]),
    ("kich hoat vneid muc 2", GUIDES, [ACTIVATE_LEVEL_2]),
    ("vneid lừa đảo", GUIDES, [SCAM_CALLS]),
    ("vssid", GUIDES, {VSSID_SIGN_IN, VSSID_CONTRIBUTIONS, VSSID_CARD}),
    ("VssID", PLATFORMS, [VSSID_PLATFORM]),
    ("postmart", GUIDES, [POSTMART_SHOP, PHOTOS, PACKING]),
    ("postmart.vn", GUIDES, {POSTMART_SHOP, PHOTOS, PACKING}),
    ("mobile money", GUIDES, {MONEY_OPEN, MONEY_QR, MONEY_SAFE}),
    ("mobile money", PLATFORMS, [MONEY_PLATFORM]),
    ("mobile money", DOCUMENTS, [MOBILE_MONEY_DECISION]),
    ("viettel money", GUIDES, [MONEY_OPEN]),
    ("sổ sức khỏe", GUIDES, {HEALTH_BOOK, HEALTH_CARD_INTO_VNEID}),
    ("so suc khoe", PLATFORMS, ["Sổ sức khỏe điện tử"]),
    (nfd("Sổ Sức Khỏe"), GUIDES, {HEALTH_BOOK, HEALTH_CARD_INTO_VNEID}),
    ("dịch vụ công", GUIDES, PORTAL_GUIDES),
    ("dich vu cong", PLATFORMS, ["Cổng Dịch vụ công quốc gia"]),
    # Abbreviations.
    ("dvc", GUIDES, PORTAL_GUIDES),
    ("DVC", PLATFORMS, ["Cổng Dịch vụ công quốc gia"]),
    ("bhxh", GUIDES, [VSSID_CONTRIBUTIONS]),
    ("bhxh", PLATFORMS, [VSSID_PLATFORM]),
    ("bhxh", MODULES, [HEALTH_MODULE]),
    ("bảo hiểm xã hội", GUIDES, [VSSID_CONTRIBUTIONS]),
    ("bhyt", GUIDES, {VSSID_CARD, HEALTH_CARD_INTO_VNEID, "Gia hạn thẻ bảo hiểm y tế hộ gia đình trực tuyến"}),
    (
        "thẻ bảo hiểm y tế",
        GUIDES,
        {VSSID_CARD, HEALTH_CARD_INTO_VNEID, "Gia hạn thẻ bảo hiểm y tế hộ gia đình trực tuyến"},
    ),
    ("gplx", GUIDES, [DRIVING_LICENCE]),
    ("giay phep lai xe", GUIDES, [DRIVING_LICENCE]),
    # Words: the title first, then the phrase; with or without diacritics, any case, composed or decomposed.
    ("dang ky", GUIDES, {REGISTER_LEVEL_1, BIRTH, HOUSEHOLD_TAX}),
    ("đăng ký", GUIDES, {REGISTER_LEVEL_1, BIRTH, HOUSEHOLD_TAX}),
    ("ĐĂNG KÝ", GUIDES, {REGISTER_LEVEL_1, BIRTH, HOUSEHOLD_TAX}),
    (nfd("đăng ký"), GUIDES, {REGISTER_LEVEL_1, BIRTH, HOUSEHOLD_TAX}),
    ("khai sinh", GUIDES, [BIRTH]),
    ("đăng ký khai sinh", GUIDES, [BIRTH]),
    ("lua dao", GUIDES, [SCAM_CALLS]),
    ("người cao tuổi", GUIDES, [ELDERLY]),
    ("tra cuu ho so", GUIDES, [APPLICATION_STATUS]),
    ("mã QR", GUIDES, [MONEY_QR]),
    ("chụp ảnh sản phẩm", GUIDES, [PHOTOS]),
    ("an toàn mạng", MODULES, [SAFETY_MODULE]),
    ("tổ công nghệ số", MODULES, [TEAM_ROLE_MODULE]),
    ("tổ công nghệ số", DOCUMENTS, [TEAMS_LETTER]),
    # Documents by number, typed any way.
    ("793/BTTTT-THH", DOCUMENTS, [TEAMS_LETTER]),
    ("793/btttt-thh", DOCUMENTS, [TEAMS_LETTER]),
    ("793 btttt", DOCUMENTS, [TEAMS_LETTER]),
    ("793", DOCUMENTS, [TEAMS_LETTER]),
    ("316/QĐ-TTg", DOCUMENTS, [MOBILE_MONEY_DECISION]),
    ("316 qd ttg", DOCUMENTS, [MOBILE_MONEY_DECISION]),
    ("757", DOCUMENTS, [SKILLS_FRAMEWORK]),
    ("khung kỹ năng số", DOCUMENTS, [SKILLS_FRAMEWORK]),
    ("đề án 06", DOCUMENTS, [PROJECT_06]),
]


# Issue 22: the tasks people ask for most, typed without diacritics as a citizen types them; each guide must be
# among the first three.
MOST_ASKED = [
    ("dang ky tam tru", "Nộp hồ sơ tạm trú, thường trú trên VNeID"),
    ("dang ky thuong tru vneid", "Nộp hồ sơ tạm trú, thường trú trên VNeID"),
    ("tam tru online", "Nộp hồ sơ tạm trú, thường trú trên VNeID"),
    ("thong bao luu tru", "Thông báo lưu trú, khai báo tạm vắng trên VNeID"),
    ("khai bao tam vang", "Thông báo lưu trú, khai báo tạm vắng trên VNeID"),
    ("quen mat khau vneid", "Lấy lại mật khẩu VNeID khi quên"),
    ("lay lai mat khau vneid", "Lấy lại mật khẩu VNeID khi quên"),
    ("doi so dien thoai vneid", "Dùng VNeID trên điện thoại mới hoặc khi đổi số điện thoại"),
    ("vneid dien thoai moi", "Dùng VNeID trên điện thoại mới hoặc khi đổi số điện thoại"),
    ("xac nhan giay phep lai xe", "Xác nhận giấy phép lái xe mới cấp, mới đổi trên VNeID"),
    ("gia han bhyt", "Gia hạn thẻ bảo hiểm y tế hộ gia đình trực tuyến"),
    ("bhyt ho gia dinh", "Gia hạn thẻ bảo hiểm y tế hộ gia đình trực tuyến"),
    ("gia han bao hiem y te", "Gia hạn thẻ bảo hiểm y tế hộ gia đình trực tuyến"),
    ("dong tien dien", "Đóng tiền điện, tiền nước bằng Viettel Money"),
    ("tien nuoc", "Đóng tiền điện, tiền nước bằng Viettel Money"),
    ("hoa don dien", "Đóng tiền điện, tiền nước bằng Viettel Money"),
    ("gia danh dien luc", "Nhận biết cuộc gọi, tin nhắn giả danh điện lực"),
    ("lua dao dien luc", "Nhận biết cuộc gọi, tin nhắn giả danh điện lực"),
    ("dong hoc phi", "Đóng tiền học cho con bằng điện thoại"),
    ("tien hoc", "Đóng tiền học cho con bằng điện thoại"),
    ("nop phat nguoi", "Tra cứu phạt nguội và nộp phạt giao thông trực tuyến"),
    ("phat nguoi", "Tra cứu phạt nguội và nộp phạt giao thông trực tuyến"),
    ("nop phat giao thong", "Tra cứu phạt nguội và nộp phạt giao thông trực tuyến"),
    ("khai tu", "Khai tử, xóa thường trú và xin mai táng phí: nộp một lần trực tuyến"),
    ("mai tang phi", "Khai tử, xóa thường trú và xin mai táng phí: nộp một lần trực tuyến"),
    ("dang ky khai tu", "Khai tử, xóa thường trú và xin mai táng phí: nộp một lần trực tuyến"),
    ("dang ky ket hon", "Nộp hồ sơ kết hôn trực tuyến"),
    ("ket hon online", "Nộp hồ sơ kết hôn trực tuyến"),
    ("luong huu", "Nhận lương hưu, trợ cấp qua tài khoản ngân hàng"),
    ("nhan luong huu qua tai khoan", "Nhận lương hưu, trợ cấp qua tài khoản ngân hàng"),
    ("tro cap", "Nhận lương hưu, trợ cấp qua tài khoản ngân hàng"),
    ("mo tai khoan ngan hang", "Mở tài khoản ngân hàng an toàn trên điện thoại"),
    ("doi giay phep lai xe", "Đổi giấy phép lái xe trực tuyến"),
    ("gia han bang lai", "Đổi giấy phép lái xe trực tuyến"),
    ("doi bang lai xe", "Đổi giấy phép lái xe trực tuyến"),
    ("thue khoan", "Hộ kinh doanh đăng ký và tự khai thuế từ năm 2026"),
    ("khai thue", "Hộ kinh doanh đăng ký và tự khai thuế từ năm 2026"),
    ("dang ky thue", "Hộ kinh doanh đăng ký và tự khai thuế từ năm 2026"),
    ("nop thue", "Nộp thuế hộ kinh doanh trên eTax Mobile"),
    ("etax", "Nộp thuế hộ kinh doanh trên eTax Mobile"),
]


@pytest.fixture(scope="module")
def demo_catalogue(django_db_setup, django_db_blocker):
    """The demo's platforms, guides, training modules and documents, loaded once and rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        content_demo.load()
        guides_demo.load()
        training_demo.load_modules()
        demo_knowledge.load_documents(Site.objects.get(is_default_site=True).root_page.specific)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def catalogue(demo_catalogue, db):
    return None


def first_titles(query, kind, count):
    return [hit.page.title for hit in search_site(query).groups[kind][:count]]


@pytest.mark.parametrize(
    ("query", "kind", "expected"), RELEVANCE, ids=[f"{row[0]!r}-{row[1].slug}" for row in RELEVANCE]
)
def test_relevance(catalogue, query, kind, expected):
    found = first_titles(query, kind, len(expected))
    if isinstance(expected, set):
        assert set(found) == expected
    else:
        assert found == expected


@pytest.mark.parametrize(("query", "title"), MOST_ASKED, ids=[row[0] for row in MOST_ASKED])
def test_a_most_asked_task_typed_without_diacritics_finds_its_guide_in_the_top_three(catalogue, query, title):
    assert title in first_titles(query, GUIDES, 3)


def test_a_common_word_does_not_bring_every_guide(catalogue):
    """'dang ky' was in 22 of 23 guides, at equal rank; only the pages that say 'đăng ký' come back now."""
    from guides.models import GuidePage

    guides = search_site("dang ky").groups[GUIDES]
    assert len(guides) <= GuidePage.objects.live().count() // 2
    assert [hit.tier for hit in guides] == sorted(hit.tier for hit in guides)


def test_a_query_only_partly_found_keeps_the_pages_with_most_of_its_words(catalogue):
    results = search_site("khai sinh xyzzy")
    assert results.partial
    assert [hit.page.title for hit in results.groups[GUIDES]][:1] == [BIRTH]


def test_a_query_naming_a_platform_puts_its_guides_above_those_that_only_mention_it(catalogue):
    guides = [hit.page.title for hit in search_site("vneid").groups[GUIDES]]
    assert set(guides[:5]) == VNEID_GUIDES
    assert PORTAL_SIGN_IN in guides[5:]


def result_groups(client, **params):
    """{group heading: [titles]} in the order the page shows them."""
    response = client.get("/tim-kiem/", params)
    assert response.status_code == 200
    content = response.content.decode()
    groups = {}
    for section in content.split('<section class="search-group"')[1:]:
        heading = re.search(r"<h2[^>]*>([^<]+?) <span", section).group(1)
        listing = section.split('<ol class="result-list">')[1].split("</ol>")[0]
        groups[heading] = re.findall(r'<a href="[^"]+">([^<]+)</a>', listing)
    return groups


def test_the_page_groups_results_by_kind(client, catalogue):
    groups = result_groups(client, q="vneid")
    # A kind named by the query (the platform VNeID) comes before one that only mentions it.
    assert list(groups) == ["Hướng dẫn", "Nền tảng", "Văn bản", "Khóa học"]
    assert groups["Hướng dẫn"][0] == ACTIVATE_LEVEL_2
    assert groups["Nền tảng"][0] == "VNeID"
    assert len(groups["Hướng dẫn"]) == 5


def test_a_document_number_puts_the_documents_first(client, catalogue):
    groups = result_groups(client, q="793 btttt")
    assert next(iter(groups)) == "Văn bản"
    assert groups["Văn bản"] == [TEAMS_LETTER]


def test_each_kind_opens_on_its_own_page_by_page(client, catalogue):
    content = client.get("/tim-kiem/", {"q": "vneid"}).content.decode()
    assert 'href="/tim-kiem/?q=vneid&amp;loai=huong-dan"' in content
    found = len(search_site("vneid").groups[GUIDES])
    assert found > RESULTS_PER_PAGE  # more than a page: the second page holds the rest
    groups = result_groups(client, q="vneid", loai="huong-dan")
    assert list(groups) == ["Hướng dẫn"]
    assert len(groups["Hướng dẫn"]) == RESULTS_PER_PAGE
    second = result_groups(client, q="vneid", loai="huong-dan", trang=2)
    assert len(second["Hướng dẫn"]) == found - RESULTS_PER_PAGE
    assert not set(second["Hướng dẫn"]) & set(groups["Hướng dẫn"])


@pytest.mark.parametrize("query", ["vneid", "dang ky", "793 btttt", "khai sinh", "xyzzy"])
def test_the_search_takes_a_fixed_number_of_queries(client, catalogue, query, django_assert_max_num_queries):
    client.get("/tim-kiem/", {"q": "khoi dong"})  # the site root and content types are cached after one request
    with django_assert_max_num_queries(16):
        assert client.get("/tim-kiem/", {"q": query}).status_code == 200


def test_filters_narrow_the_results(client, catalogue):
    groups = result_groups(client, q="tai khoan", **{"tru-cot": "kinh-te-so"})
    assert MONEY_OPEN in groups["Hướng dẫn"]
    assert ACTIVATE_LEVEL_2 not in groups["Hướng dẫn"]
    groups = result_groups(client, q="tai khoan", **{"linh-vuc": "ngan-hang"})
    assert set(groups) <= {"Hướng dẫn", "Nền tảng"}  # only guides and platforms have a sector


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("a" * 2000, "Từ khóa dài quá: chỉ 200 ký tự đầu được dùng để tìm."),
        ("!!! ??? ...", "Không có chữ hay số nào để tìm"),
        ("%%%", "Không có chữ hay số nào để tìm"),
        ("\u201c\u201d\u2018\u2019\u2013\u2014\u2026", "Không có chữ hay số nào để tìm"),
    ],
)
def test_odd_input_gets_a_vietnamese_message(client, catalogue, query, message):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    assert message in response.content.decode()


def test_a_nul_typed_as_percent_00_is_refused_in_vietnamese(client, catalogue):
    response = client.get("/tim-kiem/?q=%00")
    assert response.status_code == 400
    assert "Địa chỉ trang có ký tự không đọc được" in response.content.decode()


def every_result(query):
    found = search_site(query)
    return found.partial, {
        kind.slug: [(hit.page.pk, hit.tier, hit.matched) for hit in hits] for kind, hits in found.groups.items()
    }


def sweep_of_queries():
    """Words and phrases cut from the guides' own text (every digit-bearing word among them), plus spellings that
    parsers split or join differently: what the word index and the text scan must answer alike."""
    texts = sorted(GuidePage.objects.live().values_list("search_text", flat=True))
    words = sorted({word for text in texts for word in text.split()})
    generator = random.Random(19)
    queries = [word for word in words if any(char.isdigit() for char in word)]
    queries += [" ".join(generator.sample(words, count)) for count in (1, 2, 3, 4) for _ in range(15)]
    for text in generator.sample(texts, 15):
        cut = text.split()
        start = generator.randrange(max(1, len(cut) - 4))
        queries.append(" ".join(cut[start : start + generator.choice((2, 3, 4))]))
    return [*queries, "1e5", "2fa vneid", "muc 2 vneid", "dinh danh dinh danh", "0912 345 678", "vneid2", "a b"]


def scanning_text(field, words):
    return GreaterThan(StrIndex(field, Value(spaced(words))), 0)


def test_the_word_index_answers_every_query_as_the_text_scan_does(catalogue, monkeypatch):
    """On PostgreSQL a guide's words are looked up in its search vector (guides/migrations/0011_search_vector.py); on
    SQLite, and for titles everywhere, the text is scanned. Both must find, tier and count the same guides."""
    platform = PlatformPage.objects.live().first()
    GuidePageFactory(
        parent=platform,
        title="Bật xác thực 2FA cho VNeID2 (mã 1e5, 0x1f)",
        outcome="Gọi 0912 345 678 khi cần: mức 2, mức 2 và mức 2.",
    )
    # What the text-search parser reads otherwise than the words: "1e3a8a" as "1e3" and "a8a"; a word's 257th use
    # and every word past the 16,383rd keep no position of their own.
    odd = GuidePageFactory(parent=platform, title="Mã lỗi 1e3a8a khi mở ứng dụng", outcome="Gõ 7e2b khi cần, rồi 1e5a.")
    long = GuidePageFactory(
        parent=platform,
        title="Hướng dẫn rất dài",
        steps=[step("Đọc hết", f"<p>{'va ' * 300}xac thuc sinh trac {'tu ' * 16_400}dinh danh ca nhan</p>")],
    )
    tricky = ["a8a", "7e2", "b khi", "1e5 a", "1e3a8a", "va xac thuc sinh trac", "tu dinh danh ca nhan"]
    queries = sweep_of_queries() + tricky
    looked_up = [every_result(query) for query in queries]
    found = {query: result[1]["huong-dan"] for query, result in zip(queries, looked_up, strict=True)}
    assert found["a8a"] == found["7e2"] == []
    for query in ("b khi", "1e5 a"):  # "khi" and "1e5" alone are the odd guide's words; "b" and "a" are not
        assert all(pk != odd.pk or tier == guide_search.SOME_WORDS for pk, tier, _matched in found[query])
    assert [pk for pk, _tier, _matched in found["1e3a8a"]] == [odd.pk]
    assert next((pk, tier) for pk, tier, _matched in found["tu dinh danh ca nhan"]) == (long.pk, 2)
    assert next((pk, tier) for pk, tier, _matched in found["va xac thuc sinh trac"]) == (long.pk, 2)
    with CaptureQueriesContext(connection) as captured:
        search_site("kich hoat dinh danh")
    vector_used = any("search_vector" in query["sql"] for query in captured)
    assert vector_used is (connection.vendor == "postgresql")
    monkeypatch.setattr(guide_search, "holds_words", scanning_text)
    assert [every_result(query) for query in queries] == looked_up
    assert sum(bool(result[1]["huong-dan"]) for result in looked_up) > len(queries) // 2  # the sweep finds guides
