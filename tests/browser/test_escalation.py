"""A difficulty goes from a team to the province People's Committee and back with an answer (issue 20, "Done
means"), on a 390 px phone: the commune officer sends it up with a reason, the province coordinator forwards it with
a due date and records the committee's answer, and the team leader reads the answer and every step from the inbox.
The whole way is walked once with JavaScript and once without, each page checked like the role paths."""

import datetime
import re

import pytest

from reporting.models import Difficulty, DifficultyAction, DifficultyStage, DifficultyStatus
from teams.models import ScopeRole
from tests.browser.test_role_paths import (  # noqa: F401  (commune is a fixture)
    commune,
    link,
    nothing_wrong,
    pytestmark,
    sign_in,
    staff,
    submitted_report,
    team_in,
    walked,
)

REASON = "Xã đã báo nhà mạng hai lần nhưng chưa có trạm mới; xã không tự giải quyết được."
REQUEST = "Kính đề nghị UBND tỉnh chỉ đạo doanh nghiệp viễn thông phủ sóng thôn."
ANSWER = "UBND tỉnh đã giao Sở Khoa học và Công nghệ làm việc với Viettel, lắp trạm trong quý I."


def open_difficulty(page, text):
    page.locator("li.card", has_text=text).get_by_role("link", name=re.compile("^Xem và xử lý")).click()
    page.wait_for_url("**/bao-cao/kho-khan/*/")


def officer_sends_up(page, check, live_server, text):
    sign_in(page, check, live_server, "canboxa")
    link(page, "Khó khăn, vướng mắc").click()
    page.wait_for_url("**/bao-cao/kho-khan/")
    check(page, "kho-khan")
    open_difficulty(page, text)
    check(page, "kho-khan-mot")
    page.get_by_role("button", name="Chuyển lên tỉnh").click()  # no reason yet: told, nothing sent
    page.wait_for_load_state()
    assert page.get_by_text("Hãy ghi lý do chuyển lên tỉnh.").is_visible()
    check(page, "thieu-ly-do")
    page.get_by_label("Vì sao xã, phường không tự giải quyết được").fill(REASON)
    page.get_by_role("button", name="Chuyển lên tỉnh").click()
    page.wait_for_load_state()
    assert page.get_by_text("Đã chuyển khó khăn lên tỉnh; tổ đã được báo.").is_visible()
    check(page, "da-chuyen-len-tinh")


def coordinator_forwards_and_records_the_answer(page, check, live_server, text, due_on):
    sign_in(page, check, live_server, "dieuphoi")
    link(page, "Khó khăn, vướng mắc").click()
    page.wait_for_url("**/bao-cao/kho-khan/")
    page.get_by_role("link", name="Đã chuyển lên tỉnh", exact=True).click()
    page.wait_for_url("**/bao-cao/kho-khan/?noi=len-tinh")
    check(page, "kho-khan-len-tinh")
    open_difficulty(page, text)
    assert page.get_by_text(REASON).is_visible()
    check(page, "kho-khan-mot")
    page.get_by_role("radio", name=re.compile("Ủy ban nhân dân")).check()
    page.get_by_label("Hạn trả lời").fill(due_on.isoformat())
    page.get_by_label("Nội dung đề nghị").fill(REQUEST)
    page.get_by_role("button", name="Chuyển tiếp").click()
    page.wait_for_load_state()
    assert page.get_by_text("Đã chuyển tiếp khó khăn; tổ và xã đã được báo.").is_visible()
    check(page, "da-chuyen-tiep")
    page.get_by_label(re.compile("Trả lời của Ủy ban nhân dân")).fill(ANSWER)
    page.get_by_role("button", name="Gửi phản hồi").click()
    page.wait_for_load_state()
    assert page.get_by_role("main").get_by_text(ANSWER).first.is_visible()
    check(page, "da-ghi-tra-loi")


def leader_reads_the_answer(page, check, live_server, login):
    sign_in(page, check, live_server, login)
    page.goto(live_server.url + "/tai-khoan/thong-bao/")
    check(page, "thong-bao")
    page.get_by_role("link", name="Khó khăn tổ báo lên đã có phản hồi").click()
    page.wait_for_url("**/bao-cao/ky-*/#kho-khan")
    page.get_by_text("Các bước xử lý").click()
    steps = page.locator("details", has_text="Các bước xử lý")
    for said in (REASON, REQUEST, ANSWER):
        assert steps.get_by_text(said).is_visible()
    check(page, "bao-cao-kho-khan")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_a_difficulty_goes_up_to_the_peoples_committee_and_back(
    live_server,
    home_page,
    commune,  # noqa: F811
    browser,
    javascript,
):
    report = submitted_report(team_in(commune, "Thôn Làng Mới"), "0906 000 002")
    difficulty = report.difficulties.get()
    staff("canboxa", ScopeRole.COMMUNE_OFFICER, commune)
    staff("dieuphoi", ScopeRole.PROVINCE_COORDINATOR, commune.parent)
    due_on = datetime.date.today() + datetime.timedelta(days=14)
    suffix = "" if javascript else "-nojs"
    nothing_wrong(
        walked(
            browser, f"xa-chuyen-len{suffix}", officer_sends_up, live_server, difficulty.text, javascript=javascript
        ),
        walked(
            browser,
            f"tinh-chuyen-tiep{suffix}",
            coordinator_forwards_and_records_the_answer,
            live_server,
            difficulty.text,
            due_on,
            javascript=javascript,
        ),
        walked(
            browser,
            f"to-truong-doc{suffix}",
            leader_reads_the_answer,
            live_server,
            "0906 000 002",
            javascript=javascript,
        ),
    )
    difficulty = Difficulty.objects.get()
    assert (difficulty.stage, difficulty.status, difficulty.due_on) == (
        DifficultyStage.COMMITTEE,
        DifficultyStatus.RESPONDED,
        due_on,
    )
    assert list(difficulty.events.values_list("action", flat=True)) == [
        DifficultyAction.ESCALATED,
        DifficultyAction.FORWARDED,
        DifficultyAction.ANSWERED,
    ]
