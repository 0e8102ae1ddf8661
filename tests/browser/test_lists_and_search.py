"""The guides and documents lists and the site search on a 390x844 phone, with and without JavaScript: the filters
fold behind "Lọc" so the first result is on the first screen, the active filters are chips that remove themselves,
and the search groups its results by kind."""

import datetime

import pytest

from content.factories import DocumentIndexPageFactory, PolicyDocumentPageFactory
from content.models.documents import DocumentType
from guides.demo import GUIDE_INDEX
from guides.factories import GuidePageFactory
from tests.browser.conftest import PHONE_VIEWPORT, SCREENSHOT_DIR, TIMEOUT_MS
from tests.browser.page_checks import dead_controls, sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)

LIBRARY_INTRO = (
    "Kế hoạch, quyết định, công văn và tài liệu về chuyển đổi số mà các Tổ công nghệ số cộng đồng tuyên truyền, "
    "kèm tóm tắt dễ hiểu và hướng dẫn làm theo."
)


@pytest.fixture
def lists(guide, guide_index, postmart, home_page, sectors):
    """The guides index and the documents library as the demo words them, with a guide of another pillar and two
    documents."""
    guide_index.intro = GUIDE_INDEX["intro"]
    guide_index.save()
    shop = GuidePageFactory(
        parent=postmart,
        title="Mở gian hàng trên postmart.vn",
        slug="mo-gian-hang",
        outcome="Hộ kinh doanh có gian hàng để bán nông sản trên postmart.vn.",
        sectors=[sectors["thuong-mai"]],
    )
    library = DocumentIndexPageFactory(parent=home_page, intro=LIBRARY_INTRO)
    letter = PolicyDocumentPageFactory(
        parent=library,
        title="Hướng dẫn thí điểm triển khai Tổ công nghệ số cộng đồng",
        number="793/BTTTT-THH",
        issuer="Bộ Thông tin và Truyền thông",
        document_type=DocumentType.OFFICIAL_LETTER,
        issued_on=datetime.date(2022, 3, 5),
    )
    decision = PolicyDocumentPageFactory(
        parent=library,
        title="Khung kỹ năng số cơ bản cho người dân",
        number="757/QĐ-BKHCN",
        issuer="Bộ Khoa học và Công nghệ",
        document_type=DocumentType.DECISION,
        issued_on=datetime.date(2025, 4, 29),
    )
    return {"guide": guide, "shop": shop, "letter": letter, "decision": decision}


@pytest.fixture(params=[True, False], ids=["javascript", "no-javascript"])
def phone_page(request, browser):
    """A 390x844 phone, with JavaScript or without it."""
    context = browser.new_context(
        viewport=PHONE_VIEWPORT, locale="vi-VN", device_scale_factor=1, java_script_enabled=request.param
    )
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.javascript = request.param
    yield page
    context.close()


def save_screenshot(page, name):
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT_DIR / f"{name}{'' if page.javascript else '-no-js'}.png"))


def first_result_bottom(page):
    link = page.locator("main .card-list .card__title, main .result-list a").first
    box = link.bounding_box()
    return box["y"] + box["height"]


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("danh-sach-huong-dan", "/huong-dan/"),
        ("danh-sach-huong-dan-da-loc", "/huong-dan/?tru-cot=chinh-quyen-so&nen-tang=vneid&doi-tuong=nguoi-dan"),
        ("thu-vien-van-ban", "/van-ban/"),
        ("thu-vien-van-ban-da-loc", "/van-ban/?q=793&loai=cong-van&nam=2022"),
        ("tim-kiem", "/tim-kiem/?q=vneid"),
    ],
)
def test_the_first_result_is_on_the_first_screen(live_server, lists, phone_page, name, path):
    page = phone_page
    page.goto(live_server.url + path)
    assert page.locator("details.filters__fold").get_attribute("open") is None
    assert first_result_bottom(page) <= PHONE_VIEWPORT["height"]
    assert sideways_scroll(page) == []
    assert dead_controls(page, page.javascript) == []
    save_screenshot(page, name)


def test_the_filters_open_choose_and_go_away_as_chips(live_server, lists, phone_page):
    page = phone_page
    page.goto(live_server.url + "/huong-dan/")
    main = page.get_by_role("main")
    assert not main.get_by_label("Trụ cột", exact=True).is_visible()
    main.locator("summary", has_text="Lọc").click()
    main.get_by_label("Trụ cột", exact=True).select_option("chinh-quyen-so")
    main.get_by_label("Nền tảng", exact=True).select_option("vneid")
    main.get_by_role("button", name="Áp dụng bộ lọc").click()
    page.wait_for_url("**nen-tang=vneid*")
    assert " ".join(main.locator("summary").inner_text().split()) == "Lọc (2)"
    assert main.locator(".card-list .card__title").all_inner_texts() == [lists["guide"].title]

    main.get_by_role("link", name="Bỏ lọc: VNeID").click()
    page.wait_for_url(lambda url: "nen-tang" not in url and "tru-cot=chinh-quyen-so" in url)
    assert main.get_by_role("link", name="Bỏ lọc: Chính quyền số").is_visible()
    assert main.get_by_role("link", name="Bỏ lọc: VNeID").count() == 0

    main.get_by_role("link", name="Xóa tất cả bộ lọc").click()
    page.wait_for_url(live_server.url + "/huong-dan/")
    titles = main.locator(".card-list .card__title").all_inner_texts()
    assert set(titles) == {lists["guide"].title, lists["shop"].title}
    assert main.locator(".filter-chips").count() == 0
    assert dead_controls(page, page.javascript) == []


def test_the_library_keeps_its_search_box_in_sight_and_chips_its_words(live_server, lists, phone_page):
    page = phone_page
    page.goto(live_server.url + "/van-ban/")
    main = page.get_by_role("main")
    main.get_by_label("Số hiệu hoặc từ khóa").fill("793 btttt")
    main.get_by_role("button", name="Tìm").click()
    page.wait_for_url("**q=793*")
    assert main.locator(".card-list .card__title").all_inner_texts() == [lists["letter"].title]
    main.get_by_role("link", name="Bỏ lọc: “793 btttt”").click()
    page.wait_for_url(live_server.url + "/van-ban/")
    assert main.locator(".card-list .card__title").count() == 2


def test_the_search_groups_its_results_by_kind(live_server, lists, phone_page):
    page = phone_page
    page.goto(live_server.url + "/tim-kiem/")
    main = page.get_by_role("main")
    main.get_by_role("searchbox", name="Bạn cần làm gì?").fill("VNeID")
    main.get_by_role("button", name="Tìm").click()
    page.wait_for_url("**q=VNeID*")
    headings = [text.split(" (")[0] for text in main.locator(".search-group h2").all_inner_texts()]
    assert headings[:2] == ["Hướng dẫn", "Nền tảng"]
    assert main.locator("#ket-qua-huong-dan + ol a").first.inner_text() == lists["guide"].title
    assert sideways_scroll(page) == []
    assert dead_controls(page, page.javascript) == []
    save_screenshot(page, "tim-kiem-nhom")

    main.get_by_role("searchbox", name="Bạn cần làm gì?").fill("793/btttt-thh")
    main.get_by_role("button", name="Tìm").click()
    page.wait_for_url("**q=793*")
    assert main.locator(".search-group h2").first.inner_text().startswith("Văn bản")
    assert main.locator("#ket-qua-van-ban + ol a").all_inner_texts() == [lists["letter"].title]


@pytest.mark.parametrize("query", ["%00", "a" * 2000, "!!! ???"])
def test_odd_searches_answer_in_vietnamese(live_server, lists, phone_page, query):
    page = phone_page
    response = page.goto(live_server.url + "/tim-kiem/?q=" + query)
    assert response.status < 500
    text = page.get_by_role("main").inner_text() if response.status == 200 else page.inner_text("body")
    assert any(
        message in text
        for message in ("Từ khóa dài quá", "Không có chữ hay số nào để tìm", "Địa chỉ trang có ký tự không đọc được")
    )


def test_a_platform_with_many_guides_pages_through_them(live_server, guide, vneid, phone_page):
    from content.models.platforms import GUIDES_PER_PAGE

    for number in range(2, GUIDES_PER_PAGE + 3):  # 22 guides: a full first page and two on the second
        GuidePageFactory(parent=vneid, title=f"Việc số {number:02d}", slug=f"viec-so-{number:02d}")
    page = phone_page
    page.goto(live_server.url + vneid.url)
    assert page.locator("main .card-list .card").count() == GUIDES_PER_PAGE
    assert page.locator("main .pagination").inner_text().count("Trang 1 / 2") == 1
    page.get_by_role("link", name="Trang sau").click()
    page.wait_for_url("**?trang=2")
    assert page.locator("main .card-list .card__title").all_inner_texts() == ["Việc số 21", "Việc số 22"]
    assert page.locator("main .card-list").get_attribute("start") == str(GUIDES_PER_PAGE + 1)
    assert sideways_scroll(page) == []
    assert dead_controls(page, page.javascript) == []
    save_screenshot(page, "nen-tang-trang-2")
    page.get_by_role("link", name="Trang trước").click()
    page.wait_for_url("**?trang=1")
    assert page.locator("main .card-list .card__title").first.inner_text() == guide.title
