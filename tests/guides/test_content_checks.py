"""The writing checks the department editor sees while editing a guide (issue 22): each fires on a bad example and
stays silent on a good one, however the text was typed (decomposed Vietnamese, HTML entities, tags)."""

import unicodedata

import pytest
from django.urls import reverse
from wagtail.rich_text import RichText

import guides.content_checks
from guides.content_checks import content_checks, writing_checks
from guides.factories import GuidePageFactory, step
from guides.models import GuidePage
from tests.editorial.conftest import newsroom  # noqa: F401  (the editors and their guides)

pytestmark = pytest.mark.django_db

GOOD_STEPS = [
    step("Mở ứng dụng VNeID", "<p>Chạm vào biểu tượng <b>VNeID</b> trên màn hình điện thoại.</p>"),
    step("Chạm Đăng nhập", "<p>Chạm <b>Đăng nhập</b> ở góc trên của trang.</p>"),
    step(
        "Gõ số định danh", "<p>Gõ <b>số định danh cá nhân</b> (12 số in trên căn cước) và số điện thoại vào hai ô.</p>"
    ),
    step("Chạm hình kính lúp", "<p>Chạm nút có hình kính lúp ở cuối ô tìm kiếm.</p>"),
    step("Chọn đúng thủ tục", "<p>Đọc tên thủ tục và cơ quan thực hiện. Chọn thủ tục hợp với việc của bạn.</p>"),
    step(
        "Chạm Đăng nhập",
        "<p>Chạm <b>Đăng nhập</b>. Nếu không thấy chữ này, chạm biểu tượng ba gạch ở góc trên bên phải.</p>",
    ),
    step("Nhập mã OTP", "<p>Nhập mã OTP gửi qua tin nhắn đến số điện thoại của bạn.</p>", safety=True),
    step("Tắt màn hình", "<p>Nhấn giữ nút nguồn đến khi màn hình tắt.</p>"),
]


def guide(steps=GOOD_STEPS, requirements=("Căn cước gắn chip",), troubleshooting=()):
    """An unsaved guide: the checks read only what they are given."""
    return GuidePage(
        title="Làm thử",
        requirements=[("item", text) for text in requirements],
        steps=list(steps),
        troubleshooting=[("question", {"question": q, "answer": RichText(a)}) for q, a in troubleshooting],
    )


def one_step(text, heading="Chạm Gửi yêu cầu", safety=False):
    return guide([step(heading, text, safety=safety)])


def nfd(text):
    return unicodedata.normalize("NFD", text)


def test_a_well_written_guide_raises_no_warning():
    good = guide(troubleshooting=[("Không nhận được mã OTP", "<p>Chờ 2 phút. Chạm <b>Gửi lại mã</b>.</p>")])
    assert content_checks(good) == []


def test_the_same_good_guide_typed_in_decomposed_vietnamese_raises_no_warning():
    steps = [step(nfd(value["heading"]), nfd(value["text"].source), safety=value["safety"]) for _, value in GOOD_STEPS]
    assert content_checks(guide(steps, requirements=[nfd("Căn cước gắn chip")])) == []


@pytest.mark.parametrize(
    "heading, text, actions",
    [
        ("Chạm Kích hoạt", "<p>Mở VNeID. Trên màn hình đầu tiên, chạm <b>Kích hoạt</b>.</p>", "mở, chạm"),
        ("Tải VNeID", "<p>Mở <b>CH Play</b>, tìm <b>VNeID</b> rồi chạm <b>Cài đặt</b>.</p>", "mở, rồi chạm"),
        ("Mở VNeID và chạm Đăng nhập", "<p>Chạm <b>Đăng nhập</b>.</p>", "mở, và chạm"),
        ("Chờ tin nhắn rồi mở VNeID", "<p>Chờ tin nhắn báo đã duyệt.</p>", "chờ, rồi mở"),
        ("Đọc điều khoản", "<p>Đọc kỹ điều khoản, sau đó chạm <b>Đồng ý</b>.</p>", "đọc, sau đó chạm"),
        ("Chọn ngân hàng", "<p>Chọn ngân hàng và sau đó gõ số tài khoản.</p>", "chọn, sau đó gõ"),
        ("Điền tờ khai", "<ol><li>Điền họ tên.</li><li>Chụp ảnh căn cước.</li></ol>", "điền, chụp"),
        ("Đăng nhập", "<p>Đăng nhập bằng mật khẩu, quét mã QR trên hóa đơn.</p>", "đăng nhập, quét"),
    ],
)
def test_a_step_with_more_than_one_action_is_flagged(heading, text, actions):
    problems = writing_checks(one_step(text, heading, safety=True))
    assert f"Bước 1 có hơn một việc ({actions})." in " ".join(problems)


@pytest.mark.parametrize(
    "heading, text",
    [
        ("Gõ số định danh và số điện thoại", "<p>Gõ <b>số định danh</b> và <b>số điện thoại</b> vào hai ô.</p>"),
        ("Chạm Nộp hồ sơ", "<p>Khi đã đủ giấy tờ, chạm <b>Nộp hồ sơ</b>. Trang sẽ hỏi bạn đăng nhập bằng VNeID.</p>"),
        ("Chạm BHXH", "<p>Chạm <b>BHXH</b>. Muốn xem bảo hiểm thất nghiệp, chọn mục ngay bên cạnh.</p>"),
        ("Chọn ngân hàng", "<p>Chọn ngân hàng nhận tiền. Chọn cùng ngân hàng có thể đỡ phí chuyển.</p>"),
        ("Chạm Tải lên", "<p>Trên màn hình giấy tờ, <b>Tải lên</b> ở dưới cùng: chạm vào đó.</p>"),
        ("Mở VNeID", "<p>Mở ứng dụng VNeID (tải trên CH Play hoặc App Store).</p>"),
        ("Chọn nơi nhận", "<p>Chọn nhận qua bưu điện hoặc chọn đến nhận tại xã, phường.</p>"),
        ("Chọn tỉnh", "<p>Chọn tỉnh, thành phố và xã, phường nơi bạn đang ở.</p>"),
    ],
)
def test_one_action_with_its_details_is_not_flagged(heading, text):
    assert not [problem for problem in writing_checks(one_step(text, heading)) if "hơn một việc" in problem]


def test_chained_actions_are_found_through_entities_tags_and_decomposed_text():
    text = nfd("<p>M&#7903; &#7913;ng d&#7909;ng.&nbsp;<span>Ch&#7841;m</span> <strong>Tiếp tục</strong>.</p>")
    assert "Bước 1 có hơn một việc (mở, chạm)." in " ".join(writing_checks(one_step(text)))


@pytest.mark.parametrize(
    "heading, text, words",
    [
        ("Tiếp tục", "<p>Nhập số điện thoại, rồi chạm nút để tiếp tục.</p>", "chạm nút để tiếp tục"),
        ("Tìm thủ tục", "<p>Chạm nút tìm.</p>", "Chạm nút tìm"),
        ("Chạm nút xanh", "<p>Chạm vào nút xanh ở cuối màn hình.</p>", "Chạm vào nút xanh ở cuối màn hình"),
        ("Xem thêm", "<p>Bấm vào đây để xem hướng dẫn.</p>", "bấm vào đây"),
        ("Gửi", "<p>Chạm nút Gửi.</p>", "Chạm nút Gửi"),
        ("Chạm nút gửi", "<p>Chạm <b>Gửi</b>.</p>", "Chạm nút gửi"),
        ("Gửi", nfd("<p>Ch&#7841;m n&uacute;t <em>x&aacute;c nh&#7853;n</em>.</p>"), "Chạm nút xác nhận"),
    ],
)
def test_a_generic_button_name_is_flagged(heading, text, words):
    problems = writing_checks(one_step(text, heading))
    assert f"Bước 1 gọi nút chung chung: “{words}”." in " ".join(problems)


@pytest.mark.parametrize(
    "heading, text",
    [
        ("Chạm Gửi yêu cầu", "<p>Chạm <b>Gửi yêu cầu</b>.</p>"),
        ("Chạm nút Gửi yêu cầu", "<p>Chạm nút <b>Gửi yêu cầu</b> ở cuối màn hình.</p>"),
        ("Chạm hình kính lúp", "<p>Chạm nút có hình kính lúp ở trên cùng.</p>"),
        ("Lưu mật khẩu", "<p>Chạm nút xác nhận ở dưới ô mật khẩu.</p>"),
        ("Tắt màn hình", "<p>Nhấn nút nguồn một lần.</p>"),
        ("Xem màn hình", "<p>Màn hình có ba nút: <b>Đăng nhập</b>, <b>Đăng ký</b> và <b>Kích hoạt</b>.</p>"),
        ("Chạm Gửi", "<p>Chạm <b>nút Gửi</b>.</p>"),
    ],
)
def test_a_named_or_located_button_is_not_flagged(heading, text):
    assert not [problem for problem in writing_checks(one_step(text, heading)) if "chung chung" in problem]


@pytest.mark.parametrize(
    "heading, text",
    [
        ("Nhập mã OTP", "<p>Nhập mã gửi qua tin nhắn.</p>"),
        ("Nhập mã", "<p>Gõ mã PIN của thẻ.</p>"),
        ("Tạo passcode 6 số", "<p>Nhập 6 chữ số hai lần.</p>"),
        ("Nhập mã kích hoạt", "<p>Nhập mã trong tin nhắn.</p>"),
        ("Xác thực", "<p>Gõ m&atilde; x&aacute;c th&#7921;c.</p>"),
        ("Tạo mật khẩu", "<p>Nhập mật khẩu mới hai lần.</p>"),
        ("Đăng nhập VNeID", nfd("<p>Đăng nhập bằng số định danh và mật khẩu.</p>")),
        ("Nhập mã", "<p>Nhập <b>OTP</b>.</p>"),
    ],
)
def test_a_code_without_the_scam_rules_is_flagged_and_the_safety_flag_silences_it(heading, text):
    warning = "Bước 1 bảo nhập hoặc nhận mã (OTP, mã PIN, passcode, mật khẩu) nhưng chưa chọn"
    assert warning in " ".join(writing_checks(one_step(text, heading)))
    assert warning not in " ".join(writing_checks(one_step(text, heading, safety=True)))


@pytest.mark.parametrize(
    "heading, text",
    [
        ("Chạm Quên mật khẩu", "<p>Trên màn hình đăng nhập, chạm <b>Quên mật khẩu</b>.</p>"),
        ("Chạm Đăng nhập dưới ô mật khẩu", "<p>Chạm <b>Đăng nhập</b> ngay dưới ô mật khẩu.</p>"),
        ("Sạc pin", "<p>Sạc đầy pin trước khi đi.</p>"),
        ("Ghi lại mã hồ sơ", "<p>Chép <b>mã hồ sơ</b> ra giấy.</p>"),
        ("Quét mã QR", "<p>Đưa camera vào mã QR trên hóa đơn.</p>"),
    ],
)
def test_a_step_asking_for_no_code_needs_no_safety_flag(heading, text):
    assert not [problem for problem in writing_checks(one_step(text, heading)) if "bảo nhập hoặc nhận mã" in problem]


LONG = " ".join(["chữ"] * 26)
SHORT = " ".join(["chữ"] * 25)


def test_a_sentence_over_25_syllables_is_flagged_in_steps_requirements_and_troubleshooting():
    problems = " ".join(
        writing_checks(
            guide(
                [step("Đọc kỹ", f"<p>{SHORT}. {LONG}.</p>")],
                requirements=[LONG],
                troubleshooting=[("Không vào được", f"<ul><li>{SHORT}</li><li>{LONG}</li></ul>")],
            )
        )
    )
    assert "Bước 1 có câu dài 26 tiếng (nên tối đa 25)" in problems
    assert "Mục cần chuẩn bị thứ 1 có câu dài 26 tiếng" in problems
    assert "Mục “Khi gặp trục trặc” thứ 1 có câu dài 26 tiếng" in problems
    assert problems.count("có câu dài") == 3


def test_sentences_are_split_at_stops_and_line_ends_and_counted_without_tags_or_entities():
    text = (
        f"<p>{SHORT}! {SHORT}? {SHORT}</p><p>{SHORT}</p>{SHORT}<br>{SHORT}"
        f"<p>Gõ <b>dichvucong.gov.vn</b>&nbsp;vào&nbsp;ô &amp; chạm <a href='#'>Gửi yêu cầu</a></p>"
    )
    assert not [problem for problem in writing_checks(one_step(nfd(text))) if "có câu dài" in problem]
    spread = "<p>" + " ".join(f"<b>{word}</b>" for word in LONG.split()) + "</p>"
    assert "Bước 1 có câu dài 26 tiếng" in " ".join(writing_checks(one_step(spread)))


def test_chạm_and_bấm_mixed_on_one_page_are_flagged_keeping_chạm():
    mixed = guide(
        [step("Chạm Gửi", "<p>Chạm <b>Gửi</b>.</p>"), step("Bấm Tiếp tục", nfd("<p>B&#7845;m <b>Tiếp tục</b>.</p>"))],
        troubleshooting=[("Không gửi được", "<p>Bấm lại <b>Gửi</b>.</p>")],
    )
    problems = " ".join(writing_checks(mixed))
    assert "Trang này dùng cả “chạm” và “bấm” (“bấm” ở: Bước 2, Mục “Khi gặp trục trặc” thứ 1)." in problems
    assert "Giữ “chạm” cho mọi thao tác trên màn hình" in problems


def test_one_verb_on_a_page_is_not_flagged():
    for verb in ("Chạm", "Bấm"):
        page = guide(
            [step(f"{verb} Gửi", f"<p>{verb} <b>Gửi</b>.</p>"), step("Nhấn nút nguồn", "<p>Nhấn nút nguồn.</p>")]
        )
        assert not [problem for problem in writing_checks(page) if "“bấm”" in problem]


# The checks run on every render of the edit page: their work grows with the text, never with its square.
BIG = 240_000


def test_a_240_kb_step_full_of_buttons_is_read_once(monkeypatch):
    # Each "nút" used to re-read all the text before it: 60 KB took 15 s, 240 KB 216 s.
    text = "<p>" + "Chạm nút x. " * (BIG // 12) + "</p>"
    read, real_plain = [], guides.content_checks.plain
    monkeypatch.setattr(guides.content_checks, "plain", lambda text: read.append(len(text)) or real_plain(text))
    problems = writing_checks(one_step(text))
    assert sum("gọi nút chung chung: “Chạm nút x”" in problem for problem in problems) == BIG // 12
    assert sum(read) < 10 * len(text)


@pytest.mark.parametrize(
    "requirement",
    [
        "<" * BIG,  # a tag that never closes: each "<" used to be read to the end
        "<" + " " * BIG + ">",  # spaces two parts of a pattern could share
        "Xem " + "." * BIG,  # a run of signs: each one used to be read to the end as a word
    ],
)
def test_a_240_kb_requirement_is_checked_in_one_pass(requirement):
    # Each of these would take hours if any pattern backtracked over the run or reread it from each position.
    problems = writing_checks(guide(requirements=[f"{requirement} {LONG}"]))
    assert [problem for problem in problems if problem.startswith("Mục cần chuẩn bị thứ 1 có câu dài")]


def test_the_editor_sees_the_warnings_while_editing(client, newsroom):  # noqa: F811
    page = GuidePageFactory(
        parent=newsroom["vneid"],
        slug="viet-chua-tot",
        requirements=[("item", "Căn cước gắn chip")],
        steps=[
            step("Mở VNeID rồi chạm Đăng nhập", "<p>Mở VNeID. Chạm nút để tiếp tục.</p>"),
            step("Nhập mã OTP", "<p>Bấm vào ô và nhập mã OTP.</p>"),
            step("Đọc kỹ", f"<p>{LONG}.</p>"),
        ],
    )
    client.force_login(newsroom["police_editor"])
    content = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    for warning in [
        "Bước 1 có hơn một việc (mở, rồi chạm).",
        "Bước 1 gọi nút chung chung: “Chạm nút để tiếp tục”.",
        "Bước 2 bảo nhập hoặc nhận mã (OTP, mã PIN, passcode, mật khẩu) nhưng chưa chọn",
        "Bước 3 có câu dài 26 tiếng (nên tối đa 25)",
        "Trang này dùng cả “chạm” và “bấm” (“bấm” ở: Bước 2).",
    ]:
        assert warning in content


def test_the_writing_guide_explains_each_rule_with_a_good_and_a_bad_example(client, newsroom):  # noqa: F811
    client.force_login(newsroom["police_editor"])
    content = client.get(reverse("guides_admin:writing_guide")).content.decode()
    for rule in [
        "1. Mỗi bước chỉ một hành động",
        "2. Gọi tên nút đúng như trên màn hình, in đậm",
        "3. Bước có mã thì kèm quy tắc an toàn",
        "4. Mỗi câu không quá 25 tiếng",
        "5. Dùng “chạm” cho màn hình, không dùng “bấm”",
    ]:
        assert rule in content
    assert content.count("Nên viết:") == 5 and content.count("Không nên:") == 5
    assert "Chạm <b>Gửi yêu cầu</b>" in content
