"""Offline packs on a phone: a pack stores one file per image (the one the phone shows), reports the bytes it
holds, leaves nothing behind when deleted; the page cache stays within its limit; the home page is kept from the
start; the save buttons show only where saving works."""

import time

import pytest

from content.factories import ImageFactory
from guides import offline
from guides.factories import GuidePageFactory, step
from tests.browser.page_checks import dead_controls
from tests.browser.phone_steps import controlled_by_service_worker

pytestmark = pytest.mark.django_db(transaction=True)

SAVE_PLATFORM = "Lưu tất cả hướng dẫn để dùng khi mất mạng"

# Every entry of every cache of ours: {cache name: {path: bytes}}.
CACHES_JS = """async () => {
    const found = {};
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        found[name] = {};
        for (const request of await cache.keys()) {
            const url = new URL(request.url);
            found[name][url.pathname + url.search] = (await (await cache.match(request)).blob()).size;
        }
    }
    return found;
}"""


def cache_contents(page):
    return page.evaluate(CACHES_JS)


def wait_for(check, timeout=10):
    """The service worker stores after it answers: give it a moment."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.2)


@pytest.fixture
def illustrated(vneid, guide):
    """A second VNeID guide with two screenshots: the pack has three images in all."""
    return GuidePageFactory(
        parent=vneid,
        slug="doi-mat-khau",
        title="Đổi mật khẩu VNeID",
        steps=[
            step("Mở mục Cài đặt", image=ImageFactory(title="Cài đặt"), alt_text="Màn hình Cài đặt của VNeID"),
            step("Chọn Đổi mật khẩu", image=ImageFactory(title="Đổi mật khẩu"), alt_text="Ô nhập mật khẩu mới"),
        ],
    )


def save_platform(phone, live_server, platform):
    phone.goto(live_server.url + platform.url)
    controlled_by_service_worker(phone)
    phone.get_by_role("button", name=SAVE_PLATFORM).click()
    phone.wait_for_function("() => document.querySelector('[data-offline-status]').textContent.includes('Đã lưu')")
    return phone.evaluate("() => JSON.parse(localStorage.getItem('sotayso:packs'))")


def shown_images(phone):
    """The image files the browser itself chose for every <img> of the open page (lazy ones included)."""
    phone.evaluate("() => document.querySelectorAll('img[loading=lazy]').forEach((img) => { img.loading = 'eager'; })")
    phone.wait_for_function("() => [...document.images].every((img) => img.complete)")
    return phone.evaluate(
        "() => [...document.images].map((img) => ({path: new URL(img.currentSrc).pathname, width: img.naturalWidth}))"
    )


@pytest.mark.parametrize("pixel_ratio", [1, 3])
def test_a_saved_pack_holds_the_image_files_the_phone_shows_and_reports_their_bytes(
    live_server, browser, vneid, guide, illustrated, pixel_ratio
):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=pixel_ratio, locale="vi-VN"
    )
    phone = context.new_page()
    packs = save_platform(phone, live_server, vneid)
    (pack,) = packs.values()
    saved = cache_contents(phone)["sotayso-saved"]
    assert sum(saved.values()) == pack["bytes"]
    assert sorted(saved) == sorted(pack["urls"])
    media = [path for path in saved if path.startswith("/media/")]
    assert len(media) == 3 and all(path.endswith(".webp") for path in media)
    if pixel_ratio == 1:  # a 15rem screenshot on a plain screen needs the smallest file
        assert all("width-360" in path for path in media)
    # Nothing of the pack was kept a second time as it was fetched.
    assert not set(cache_contents(phone)["sotayso-public-pages"]) & set(saved)

    phone.goto(live_server.url + "/khong-co-mang/")
    size = phone.locator("[data-offline-packs] [data-bytes]")
    assert size.get_attribute("data-bytes") == str(pack["bytes"])
    assert f"{len(saved)} tệp" in size.inner_text()

    # Offline, every image of each saved guide shows, and it is the very file saved.
    phone.context.set_offline(True)
    try:
        for page in (guide, illustrated):
            phone.goto(live_server.url + page.url)
            shown = shown_images(phone)
            assert all(image["width"] > 0 for image in shown), shown
            assert {image["path"] for image in shown if image["path"].startswith("/media/")} <= set(media)
    finally:
        phone.context.set_offline(False)
    context.close()


def test_deleting_a_pack_leaves_nothing_of_it_in_any_cache(live_server, phone, vneid, guide, illustrated):
    # Read first, so the service worker kept pages and images of its own.
    for page in (guide, illustrated):
        phone.goto(live_server.url + page.url)
        controlled_by_service_worker(phone)
        shown_images(phone)
    packs = save_platform(phone, live_server, vneid)
    (pack,) = packs.values()
    saved_images = [path for path in pack["urls"] if path.startswith("/media/")]
    assert len(saved_images) == 3
    phone.goto(live_server.url + "/khong-co-mang/")
    phone.locator("[data-offline-packs] li").first.get_by_role("button", name="Xóa khỏi máy").click()
    phone.wait_for_function(
        "() => document.querySelector('[data-offline-packs]').textContent.includes('Chưa lưu hướng dẫn nào')"
    )
    pages = {vneid.url, guide.url, illustrated.url}
    qr_codes = {guide.url + "ma-qr/", illustrated.url + "ma-qr/"}

    def leftovers():
        return {
            f"{name} {path}"
            for name, entries in cache_contents(phone).items()
            if not name.startswith("sotayso-shell-")
            for path in entries
            if path in pages | qr_codes or path.startswith("/media/")
        }

    assert wait_for(lambda: not leftovers()), leftovers()


def test_the_page_cache_keeps_only_the_newest_pages_within_its_limit(
    live_server, phone, vneid, guide_index, monkeypatch
):
    monkeypatch.setattr(offline, "PAGE_CACHE_ENTRIES", 4)
    read = [GuidePageFactory(parent=vneid, slug=f"doc-{number}", title=f"Hướng dẫn {number}") for number in range(4)]
    phone.goto(live_server.url + read[0].url)
    controlled_by_service_worker(phone)
    for page in read:
        phone.goto(live_server.url + page.url)

    def kept():
        return cache_contents(phone)["sotayso-public-pages"]

    # Each guide page keeps itself and its QR code: four entries hold the last two guides.
    newest = {read[3].url, read[3].url + "ma-qr/", read[2].url, read[2].url + "ma-qr/"}
    assert wait_for(lambda: set(kept()) == newest), kept()


def test_the_page_cache_stays_within_its_bytes(live_server, phone, vneid, guide_index, monkeypatch):
    monkeypatch.setattr(offline, "PAGE_CACHE_BYTES", 40_000)
    read = [GuidePageFactory(parent=vneid, slug=f"doc-{number}", title=f"Hướng dẫn {number}") for number in range(6)]
    phone.goto(live_server.url + read[0].url)
    controlled_by_service_worker(phone)
    for page in read:
        phone.goto(live_server.url + page.url)
    phone.wait_for_timeout(1000)
    kept = cache_contents(phone)["sotayso-public-pages"]
    assert sum(kept.values()) <= 40_000
    assert read[-1].url in kept and read[0].url not in kept


def test_the_home_page_is_kept_from_the_first_visit(live_server, phone, guide, home_page):
    phone.goto(live_server.url + guide.url)
    controlled_by_service_worker(phone)
    shell = next(entries for name, entries in cache_contents(phone).items() if name.startswith("sotayso-shell-"))
    assert "/" in shell
    phone.context.set_offline(True)
    try:
        phone.goto(live_server.url + "/")
        assert phone.locator("h1").count() == 1
        assert "Đang không có mạng" not in phone.locator("h1").inner_text()
    finally:
        phone.context.set_offline(False)


def saving_problems(problems):
    """What the page checks found about the save buttons (other controls have tests of their own)."""
    return [problem for problem in problems if "Lưu" in problem]


@pytest.fixture
def save_pages(vneid, guide, guide_index, home_page):
    from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory

    module = TrainingModulePageFactory(parent=TrainingIndexPageFactory(parent=home_page), slug="an-toan")
    return [guide.url, vneid.url, guide_index.url + "chinh-quyen-so/", module.url]


def test_save_buttons_show_once_the_service_worker_runs(live_server, phone, save_pages):
    for path in save_pages:
        phone.goto(live_server.url + path)
        phone.evaluate("() => navigator.serviceWorker.ready")
        button = phone.locator("[data-save-offline]")
        button.wait_for(state="visible")
        assert saving_problems(dead_controls(phone, javascript=True)) == [], path


@pytest.mark.parametrize("setup", ["no-javascript", "no-service-worker", "registration-refused"])
def test_save_buttons_stay_hidden_where_saving_cannot_work(live_server, browser, save_pages, setup):
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        locale="vi-VN",
        java_script_enabled=setup != "no-javascript",
        service_workers="block" if setup == "registration-refused" else "allow",
    )
    page = context.new_page()
    if setup == "no-service-worker":  # an older browser
        page.add_init_script("delete Navigator.prototype.serviceWorker;")
    for path in save_pages:
        page.goto(live_server.url + path)
        page.wait_for_timeout(300)
        assert page.locator("[data-save-offline]").count() == 1
        assert not page.locator("[data-save-offline]").is_visible(), path
        assert saving_problems(dead_controls(page, javascript=setup != "no-javascript")) == [], path
    context.close()


def test_offline_a_browser_asking_for_another_size_of_a_saved_image_gets_the_saved_one(
    live_server, phone, vneid, guide, illustrated
):
    packs = save_platform(phone, live_server, vneid)
    (pack,) = packs.values()
    saved = cache_contents(phone)["sotayso-saved"]
    images = [path for path in pack["urls"] if path.startswith("/media/") and "width-360" in path]
    assert len(images) == 3
    # Another browser, or the phone turned sideways, may ask for the larger file or the JPEG.
    others = [path.replace("width-360", "width-720") for path in images]
    others += [path.replace("format-webp.width-360.webp", "format-jpeg.width-360.jpg") for path in images]
    phone.context.set_offline(True)
    try:
        answers = phone.evaluate(
            """async (paths) => Promise.all(paths.map(async (path) => {
                try { const response = await fetch(path); return (await response.blob()).size; }
                catch (error) { return null; }
            }))""",
            others,
        )
    finally:
        phone.context.set_offline(False)
    assert answers == [saved[path] for path in images] * 2
