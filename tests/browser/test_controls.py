"""Every kind of public page at 390x844, loaded without JavaScript and with it: no visible control does nothing (a
button a script serves shows only once the script runs, and only where the browser can do what it offers), nothing
scrolls sideways, and the breadcrumbs are a trail of links rather than a numbered list."""

import pytest
from playwright.sync_api import expect

from content.factories import DocumentIndexPageFactory, PolicyDocumentPageFactory
from content.models import DocumentApplication
from content.models.documents import DocumentType
from guides.factories import GuidePageFactory
from tests.browser.conftest import PHONE_VIEWPORT
from tests.browser.page_checks import dead_controls, sideways_scroll
from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory

pytestmark = pytest.mark.django_db(transaction=True)

# Controls only a script can serve, each hidden in the HTML every phone gets.
SCRIPT_ONLY = {
    "[data-read-aloud]": "Đọc hướng dẫn",
    "[data-share]": "Chia sẻ",
    "[data-copy-link]": "Sao chép địa chỉ",
    "[data-print]": "In",
    "[data-save-offline]": "Lưu … khi mất mạng",
}


@pytest.fixture
def public_pages(home_page, site_settings, guide, vneid, postmart, pillars, sectors):
    GuidePageFactory(parent=vneid, title="Đăng nhập VNeID bằng mật khẩu", slug="dang-nhap")
    library = DocumentIndexPageFactory(parent=home_page)
    document = PolicyDocumentPageFactory(
        parent=library,
        number="793/BTTTT-THH",
        title="Hướng dẫn thí điểm mô hình Tổ công nghệ số cộng đồng",
        issuer="Bộ Thông tin và Truyền thông",
        document_type=DocumentType.OFFICIAL_LETTER,
    )
    DocumentApplication.objects.create(document=document, page=guide)
    training = TrainingIndexPageFactory(parent=home_page)
    module = TrainingModulePageFactory(parent=training, title="An toàn trên mạng", slug="an-toan")
    return {
        "trang chủ": "/",
        "danh sách hướng dẫn": "/huong-dan/",
        "hướng dẫn": guide.url,
        "bản in hướng dẫn": guide.url + "ban-in/",
        "áp phích": guide.url + "ap-phich/",
        "nền tảng": vneid.url,
        "trụ cột": "/huong-dan/chinh-quyen-so/",
        "lĩnh vực": "/huong-dan/linh-vuc/ho-tich/",
        "thư viện văn bản": library.url,
        "văn bản": document.url,
        "đào tạo": training.url,
        "học phần": module.url,
        "tìm kiếm": "/tim-kiem/?q=vneid",
    }


def problems_on(page, url, javascript):
    response = page.goto(url)
    assert response.status == 200, url
    found = dead_controls(page, javascript=javascript) + sideways_scroll(page)
    crumbs = page.locator("nav.breadcrumbs ol")
    if crumbs.count():
        if crumbs.evaluate("(list) => getComputedStyle(list).listStyleType") != "none":
            found.append("the breadcrumbs are a numbered list")
        if not page.locator("nav.breadcrumbs").get_attribute("aria-label"):
            found.append("the breadcrumbs have no name")
    return found


def test_without_javascript_no_page_shows_a_control_that_needs_it(live_server, public_pages, browser):
    context = browser.new_context(viewport=PHONE_VIEWPORT, locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    found = {}
    for name, path in public_pages.items():
        problems = problems_on(page, live_server.url + path, javascript=False)
        for selector, label in SCRIPT_ONLY.items():
            for index in range(page.locator(selector).count()):
                if page.locator(selector).nth(index).is_visible():
                    problems.append(f"“{label}” shows without JavaScript")
        if problems:
            found[name] = problems
    context.close()
    assert found == {}


def test_with_javascript_every_visible_control_works(live_server, public_pages, browser):
    context = browser.new_context(viewport=PHONE_VIEWPORT, locale="vi-VN")
    page = context.new_page()
    found = {}
    for name, path in public_pages.items():
        page.goto(live_server.url + path)
        offline = page.locator("[data-save-offline]")
        if offline.count():
            # Shown once the service worker this page registers is ready: it is what keeps the pages offline.
            page.evaluate("() => navigator.serviceWorker.ready")
            for index in range(offline.count()):
                expect(offline.nth(index)).to_be_visible()
        problems = problems_on(page, live_server.url + path, javascript=True)
        if problems:
            found[name] = problems
    # Chromium without a Vietnamese voice (headless has none) and without Web Share offers neither.
    page.goto(live_server.url + public_pages["hướng dẫn"])
    expect(page.locator("[data-read-aloud]")).to_be_hidden()
    if not page.evaluate("() => typeof navigator.share === 'function'"):
        expect(page.locator("[data-share]")).to_be_hidden()
    expect(page.get_by_role("button", name="Sao chép địa chỉ")).to_be_visible()  # localhost may write the clipboard
    page.goto(live_server.url + public_pages["áp phích"])
    expect(page.get_by_role("button", name="In áp phích")).to_be_visible()
    context.close()
    assert found == {}


def test_save_for_offline_is_not_offered_where_no_service_worker_can_register(live_server, public_pages, browser):
    context = browser.new_context(viewport=PHONE_VIEWPORT, locale="vi-VN", service_workers="block")
    page = context.new_page()
    found = {}
    for name in ("hướng dẫn", "nền tảng", "trụ cột", "học phần"):
        page.goto(live_server.url + public_pages[name])
        page.wait_for_load_state("networkidle")
        problems = dead_controls(page, javascript=True)
        if page.locator("[data-save-offline]").is_visible():
            problems.append("“Lưu … khi mất mạng” shows with no service worker")
        if problems:
            found[name] = problems
    context.close()
    assert found == {}


def test_the_guide_page_has_a_large_next_guide_block_and_its_documents(live_server, public_pages, phone, screenshot):
    phone.goto(live_server.url + public_pages["hướng dẫn"])
    following = phone.locator("a.next-guide")
    expect(following).to_contain_text("Hướng dẫn tiếp theo")
    expect(following).to_contain_text("Đăng nhập VNeID bằng mật khẩu")
    box = following.bounding_box()
    assert box["height"] >= 64 and box["width"] >= 300, box
    following.scroll_into_view_if_needed()
    screenshot("guide-next-and-documents")
    documents = phone.locator("section.guide__documents")
    expect(documents).to_contain_text("Hướng dẫn thí điểm mô hình Tổ công nghệ số cộng đồng")
    expect(documents).to_contain_text("Công văn 793/BTTTT-THH")
    documents.get_by_role("link").click()
    phone.wait_for_url("**/van-ban/**")
    expect(phone.locator("h1")).to_have_text("Hướng dẫn thí điểm mô hình Tổ công nghệ số cộng đồng")
