import pytest
from playwright.sync_api import expect

from teams.factories import TeamFactory
from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory

pytestmark = pytest.mark.django_db(transaction=True)


def answer(page, question_number, choices):
    question = page.locator("fieldset.question").nth(question_number - 1)
    for label in choices:
        question.get_by_label(label, exact=True).check()


def test_volunteer_signs_up_learns_fails_then_passes_and_opens_the_certificate(
    live_server, home_page, phone, screenshot
):
    team = TeamFactory()
    index = TrainingIndexPageFactory(parent=home_page)
    module = TrainingModulePageFactory(parent=index, title="An toàn trên mạng", slug="an-toan", pass_mark=100)

    phone.goto(live_server.url + "/dang-ky/")
    phone.get_by_role("textbox", name="Mã mời của tổ").fill(team.invitation_code)
    phone.get_by_role("textbox", name="Họ và tên").fill("Vũ Thị Hồng")
    phone.get_by_role("textbox", name="Số điện thoại").fill("0934 111 222")
    phone.get_by_role("textbox", name="Mật khẩu", exact=True).fill("hoc-chuyen-doi-so")
    phone.get_by_role("textbox", name="Nhập lại mật khẩu").fill("hoc-chuyen-doi-so")
    phone.get_by_role("checkbox", name="Tôi đồng ý", exact=False).check()
    phone.get_by_role("button", name="Tạo tài khoản").click()
    phone.wait_for_url("**/tai-khoan/")
    phone.get_by_role("link", name="Học tập của tôi").click()
    assert "Chưa bắt đầu" in phone.locator("main").inner_text()

    phone.goto(live_server.url + module.url)
    # The page is the same for everyone; its script brings in the volunteer's own progress, never cached.
    expect(phone.get_by_text("Hãy mở đủ các bài học trước khi làm bài kiểm tra.")).to_be_visible()
    expect(phone.get_by_role("link", name="Làm bài kiểm tra")).to_have_count(0)
    expect(phone.get_by_role("link", name="Bắt đầu học")).to_have_count(1)
    phone.get_by_role("link", name="Bắt đầu học").click()
    phone.get_by_role("button", name="Đã học xong, sang bài tiếp").click()
    phone.get_by_role("button", name="Đã học xong, làm bài kiểm tra").click()
    phone.wait_for_url("**/kiem-tra/")
    # Each answer is a line of its own, the whole line a thumb-sized target.
    boxes = phone.locator("label.choice").evaluate_all("labels => labels.map(l => l.getBoundingClientRect().toJSON())")
    assert len(boxes) > 2 and all(box["height"] >= 44 for box in boxes)
    assert len({round(box["top"]) for box in boxes}) == len(boxes)

    answer(phone, 1, ["Có, nếu cần"])
    answer(phone, 2, ["Căn cước"])
    phone.get_by_role("button", name="Nộp bài").click()
    assert phone.locator("h1").inner_text() == "Chưa đạt, hãy thử lại"
    phone.get_by_role("link", name="Làm lại bài kiểm tra").click()

    answer(phone, 1, ["Không bao giờ"])
    answer(phone, 2, ["Căn cước", "Giấy phép lái xe"])
    phone.get_by_role("button", name="Nộp bài").click()
    assert phone.locator("h1").inner_text() == "Bạn đã đạt!"

    phone.goto(live_server.url + "/hoc/")
    assert phone.get_by_text("Sẵn sàng đi hỗ trợ người dân").is_visible()
    phone.get_by_role("link", name="Chứng nhận").click()
    assert "Vũ Thị Hồng" in phone.locator(".certificate").inner_text()
    expect(phone.get_by_role("button", name="In chứng nhận")).to_be_visible()  # revealed by script once it runs
    screenshot("certificate")
