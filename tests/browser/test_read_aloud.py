"""Reading a guide aloud on a phone. Headless Chromium has no voices, so each test gives the page a speech engine of
its own before any script runs: it records every sentence, says nothing, and ends a sentence only when the test
says so, so each state (reading, paused, ended) can be looked at."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.rich_text import RichText

from guides.factories import GuidePageFactory, step

pytestmark = pytest.mark.django_db(transaction=True)

FAKE_SPEECH = """
(() => {
    const voices = [];
    const synth = new EventTarget();
    let current = null;
    const speech = window.__speech = { spoken: [], cancelled: 0 };
    speech.finish = () => {
        const utterance = current;
        current = null;
        synth.speaking = false;
        if (utterance && utterance.onend) utterance.onend({});
        return !!utterance;
    };
    synth.speaking = false;
    synth.pending = false;
    synth.paused = false;
    synth.getVoices = () => voices.slice();
    synth.speak = (utterance) => {
        if (current) throw new Error('a second sentence while one is being read: ' + utterance.text);
        current = utterance;
        synth.speaking = true;
        const voice = utterance.voice && utterance.voice.lang;
        speech.spoken.push({ text: utterance.text, lang: utterance.lang, voice });
    };
    synth.cancel = () => {
        const utterance = current;
        current = null;
        synth.speaking = false;
        speech.cancelled++;
        if (utterance && utterance.onerror) utterance.onerror({ error: 'interrupted' });
    };
    synth.pause = () => {};
    synth.resume = () => {};
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
    window.SpeechSynthesisUtterance = function (text) {
        this.text = text; this.lang = ''; this.voice = null; this.rate = 1; this.onend = null; this.onerror = null;
    };
    // Voices arrive after the page has loaded, as on real phones.
    setTimeout(() => {
        voices.push({ name: 'Test', lang: 'LANG', default: true, localService: true, voiceURI: 'test' });
        synth.dispatchEvent(new Event('voiceschanged'));
    }, 150);
})();
"""

TITLE = "Lấy mã kích hoạt VNeID"
EXPECTED = [
    TITLE,
    "Bạn có tài khoản VNeID đã kích hoạt.",
    "Bạn cần chuẩn bị",
    "Căn cước có gắn chip",
    "Điện thoại có số đã đăng ký với công an",
    "Bước 1. Mở ứng dụng VNeID",
    "Chạm vào biểu tượng VNeID trên màn hình.",
    "Bước 2. Nhập số căn cước",
    "Gõ đủ 12 số.",
    "Mẹo. Số in ở mặt trước thẻ.",
    "Bước 3. Nhập mã OTP",
    "Mã gồm 6 số, gửi qua tin nhắn.",
    "Lưu ý. Không đọc mã OTP cho bất kỳ ai, kể cả người xưng là cán bộ.",
    "Khi gặp trục trặc",
    "Không nhận được tin nhắn",
    "Chờ 2 phút rồi chạm Gửi lại mã.",
]


@pytest.fixture
def otp_guide(vneid, guide_index, site_settings):
    return GuidePageFactory(
        parent=vneid,
        title=TITLE,
        slug="ma-kich-hoat",
        outcome="Bạn có tài khoản VNeID đã kích hoạt.",
        requirements=[("item", "Căn cước có gắn chip"), ("item", "Điện thoại có số đã đăng ký với công an")],
        steps=[
            step("Mở ứng dụng VNeID", text="<p>Chạm vào biểu tượng VNeID trên màn hình.</p>"),
            step("Nhập số căn cước", text="<p>Gõ đủ 12 số.</p>", tip="<p>Số in ở mặt trước thẻ.</p>"),
            step(
                "Nhập mã OTP",
                text="<p>Mã gồm 6 số, gửi qua tin nhắn.</p>",
                warning="<p>Không đọc mã OTP cho bất kỳ ai, kể cả người xưng là cán bộ.</p>",
            ),
        ],
        troubleshooting=[
            (
                "question",
                {"question": "Không nhận được tin nhắn", "answer": RichText("<p>Chờ 2 phút rồi chạm Gửi lại mã.</p>")},
            )
        ],
    )


def spoken(page):
    return page.evaluate("() => window.__speech.spoken.map((sentence) => sentence.text)")


def finish_sentence(page):
    return page.evaluate("() => window.__speech.finish()")


def read_until(page, text):
    for _ in range(len(EXPECTED) + 2):
        if spoken(page)[-1] == text:
            return
        assert finish_sentence(page), f"reading stopped before “{text}”"
    raise AssertionError(f"“{text}” was never read")


def marked(page):
    return page.locator(".guide [aria-current]")


def test_read_aloud_reads_the_whole_guide_in_order_marks_each_part_pauses_resumes_and_resets(
    live_server, otp_guide, phone, screenshot
):
    phone.add_init_script(FAKE_SPEECH.replace("LANG", "vi-VN"))
    phone.goto(live_server.url + otp_guide.url)
    read = phone.locator("[data-read-aloud]")
    expect(read).to_be_visible()
    expect(read).to_have_text("Đọc hướng dẫn")
    stop = phone.get_by_role("button", name="Dừng đọc")
    expect(stop).to_be_hidden()

    read.click()
    assert spoken(phone) == [TITLE]
    expect(read).to_have_text("Tạm dừng")
    expect(stop).to_be_visible()
    expect(marked(phone)).to_have_count(1)
    expect(phone.locator(".guide__header")).to_have_attribute("aria-current", "true")

    read_until(phone, "Bạn cần chuẩn bị")
    expect(phone.locator(".guide__needs")).to_have_attribute("aria-current", "true")
    read_until(phone, "Bước 2. Nhập số căn cước")
    second = phone.locator("#buoc-2")
    expect(second).to_have_attribute("aria-current", "step")
    expect(second).to_have_class(re.compile(r"\bis-reading\b"))
    expect(marked(phone)).to_have_count(1)
    expect(second).to_be_in_viewport()
    assert second.evaluate("(step) => getComputedStyle(step).backgroundColor") != "rgba(0, 0, 0, 0)"
    expect(read).to_be_in_viewport()  # the controls stay on the screen while it reads
    screenshot("guide-read-aloud")

    # A tap while reading pauses: nothing more is said, the step stays marked.
    finish_sentence(phone)
    assert spoken(phone)[-1] == "Gõ đủ 12 số."
    read.click()
    expect(read).to_have_text("Đọc tiếp")
    expect(stop).to_be_visible()
    assert not finish_sentence(phone)
    assert spoken(phone)[-1] == "Gõ đủ 12 số."
    expect(second).to_have_attribute("aria-current", "step")

    # The next tap resumes with the sentence that was cut, not from the start.
    read.click()
    expect(read).to_have_text("Tạm dừng")
    assert spoken(phone)[-1] == "Gõ đủ 12 số."
    read_until(phone, "Lưu ý. Không đọc mã OTP cho bất kỳ ai, kể cả người xưng là cán bộ.")
    expect(phone.locator("#buoc-3")).to_have_attribute("aria-current", "step")
    read_until(phone, "Chờ 2 phút rồi chạm Gửi lại mã.")
    expect(phone.locator(".guide__faq details")).to_have_attribute("aria-current", "true")
    expect(phone.locator(".guide__faq details")).to_have_attribute("open", "")
    assert finish_sentence(phone)

    repeated = EXPECTED.index("Gõ đủ 12 số.")
    assert spoken(phone) == [*EXPECTED[: repeated + 1], *EXPECTED[repeated:]]
    voices = phone.evaluate("() => window.__speech.spoken.map((sentence) => [sentence.lang, sentence.voice])")
    assert {tuple(pair) for pair in voices} == {("vi-VN", "vi-VN")}

    # At the end everything is as before the first tap.
    expect(read).to_have_text("Đọc hướng dẫn")
    expect(stop).to_be_hidden()
    expect(marked(phone)).to_have_count(0)
    expect(phone.locator(".is-reading")).to_have_count(0)
    assert not phone.evaluate("() => document.documentElement.classList.contains('is-reading-aloud')")

    # Reading again starts from the title; Stop ends it at once.
    read.click()
    assert spoken(phone)[-1] == TITLE
    finish_sentence(phone)
    stop.click()
    expect(read).to_have_text("Đọc hướng dẫn")
    expect(stop).to_be_hidden()
    expect(marked(phone)).to_have_count(0)
    assert not finish_sentence(phone)
    assert phone.evaluate("() => document.documentElement.scrollWidth") <= 390


def test_read_aloud_is_not_offered_without_a_vietnamese_voice(live_server, otp_guide, phone):
    phone.add_init_script(FAKE_SPEECH.replace("LANG", "en-US"))
    phone.goto(live_server.url + otp_guide.url)
    phone.wait_for_function("() => window.speechSynthesis.getVoices().length === 1")
    phone.wait_for_timeout(300)
    expect(phone.locator("[data-read-aloud]")).to_be_hidden()
    assert phone.locator("script[src$='read-aloud.js']").count() == 0  # the reading script is not even fetched
