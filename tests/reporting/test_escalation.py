"""A difficulty the commune cannot solve goes up: the commune officer sends it to the province with a reason, the
province forwards it to the platform's department or to the province People's Committee with a due date, and an
answer comes back. Each step is recorded (who, when, what was said), the leader hears of each, an overdue one is
reminded once, and each level sees the chain of its own area and nobody else's."""

import datetime
import threading

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.factories import UserFactory
from accounts.models import Notification
from content.editorial import sync_all_departments
from reporting import escalation, reports
from reporting.models import Difficulty, DifficultyAction, DifficultyEvent, DifficultyStage, DifficultyStatus
from teams.models import RoleAssignment, ScopeRole

pytestmark = pytest.mark.django_db

TEXT = "Nhiều người dân không nhận được mã OTP khi kích hoạt VNeID mức 2."
REASON = "Xã đã thử ở cả ba thôn, lỗi do hệ thống; xã không tự xử lý được."
REQUEST = "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh phối hợp nhà mạng kiểm tra."
ANSWER = "UBND tỉnh đã giao Công an tỉnh và Viettel Thái Nguyên xử lý trước ngày 15."


@pytest.fixture
def submitted(team, period, leader):
    report = reports.report_for(team, period, leader)
    reports.submit(report, leader)
    return report


@pytest.fixture
def difficulty(submitted, vneid):
    return Difficulty.objects.create(report=submitted, category="loi-nen-tang", text=TEXT, platform=vneid)


@pytest.fixture
def department_editor(vneid):
    sync_all_departments()
    vneid.department.refresh_from_db()
    user = UserFactory(username="bientap-congan")
    user.groups.add(vneid.department.editors_group)
    return user


@pytest.fixture
def other_province_coordinator(db):
    from teams.factories import CommuneFactory, ProvinceFactory

    province = ProvinceFactory(name="Tỉnh Khác", code="78")
    CommuneFactory(name="Xã Khác", code="78001", parent=province)
    user = UserFactory(username="dieuphoi-khac")
    RoleAssignment.objects.create(user=user, role=ScopeRole.PROVINCE_COORDINATOR, area=province)
    return user


def page(difficulty):
    return f"/bao-cao/kho-khan/{difficulty.pk}/"


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def shown_step(difficulty):
    """The step count the difficulty's page shows now (its forms send it back)."""
    return Difficulty.objects.get(pk=difficulty.pk).step


def escalate(client, difficulty, reason=REASON, step=None):
    step = shown_step(difficulty) if step is None else step
    return client.post(page(difficulty) + "len-tinh/", {"reason": reason, "buoc": step})


def forward(client, difficulty, to=DifficultyStage.COMMITTEE, due_on=None, comment=REQUEST, step=None):
    due_on = in_days(10).isoformat() if due_on is None else due_on
    step = shown_step(difficulty) if step is None else step
    data = {"to": to, "due_on": due_on, "comment": comment, "buoc": step}
    return client.post(page(difficulty) + "chuyen-tiep/", data)


def answer(client, difficulty, text, resolved=False, step=None):
    data = {"response": text, "buoc": shown_step(difficulty) if step is None else step}
    if resolved:
        data["resolved"] = "on"
    return client.post(page(difficulty), data)


def test_a_difficulty_goes_up_to_the_peoples_committee_and_comes_back_with_an_answer(
    client, difficulty, leader, officer, coordinator, west_officer
):
    client.force_login(officer)
    response = client.get(page(difficulty))
    assert "Chuyển lên tỉnh" in response.text and "Chuyển tiếp" not in response.text
    assert escalate(client, difficulty).status_code == 302
    difficulty.refresh_from_db()
    assert difficulty.stage == DifficultyStage.PROVINCE and difficulty.status == DifficultyStatus.OPEN

    client.force_login(coordinator)
    response = client.get(page(difficulty))
    assert REASON in response.text and "Ủy ban nhân dân tỉnh Mẫu" in response.text
    assert forward(client, difficulty, due_on=in_days(14).strftime("%d/%m/%Y")).status_code == 302
    difficulty.refresh_from_db()
    assert difficulty.stage == DifficultyStage.COMMITTEE and difficulty.due_on == in_days(14)

    assert "Trả lời của Ủy ban nhân dân tỉnh Mẫu" in client.get(page(difficulty)).text
    assert answer(client, difficulty, ANSWER).status_code == 302
    difficulty.refresh_from_db()
    assert difficulty.status == DifficultyStatus.RESPONDED and difficulty.response == ANSWER

    steps = list(difficulty.events.values_list("action", "user__username", "comment", "receiver", "due_on"))
    assert steps == [
        (DifficultyAction.ESCALATED, "canbo-dong", REASON, "", None),
        (DifficultyAction.FORWARDED, "dieuphoi-mau", REQUEST, "Ủy ban nhân dân tỉnh Mẫu", in_days(14)),
        (DifficultyAction.ANSWERED, "dieuphoi-mau", ANSWER, "", None),
    ]
    # The leader heard of each step, with a link to the report; the province heard that the commune sent it up.
    leader_titles = list(Notification.objects.filter(user=leader).order_by("pk").values_list("title", flat=True))
    assert leader_titles == [
        "Khó khăn tổ báo lên đã được xã chuyển lên tỉnh",
        "Khó khăn tổ báo lên đã được tỉnh chuyển đến Ủy ban nhân dân tỉnh Mẫu",
        "Khó khăn tổ báo lên đã có phản hồi",
    ]
    # The province heard that the commune sent it up; the commune, where it was forwarded and what came back.
    assert list(Notification.objects.filter(user=coordinator).values_list("title", "url")) == [
        ("Xã Đông chuyển lên một khó khăn cần tỉnh xử lý", page(difficulty))
    ]
    assert list(Notification.objects.filter(user=officer).order_by("pk").values_list("title", flat=True)) == [
        "Tỉnh đã chuyển khó khăn xã gửi lên đến Ủy ban nhân dân tỉnh Mẫu",
        "Khó khăn xã chuyển lên đã có trả lời",
    ]
    assert not Notification.objects.filter(user=west_officer).exists()

    # The leader reads the chain on the team's report; the officer on the difficulty's page.
    client.force_login(leader)
    report_page = client.get(f"/to/{difficulty.report.team_id}/bao-cao/ky-{difficulty.report.period_id}/").text
    for said in (REASON, REQUEST, ANSWER, "Đã chuyển đến UBND tỉnh"):
        assert said in report_page
    client.force_login(officer)
    response = client.get(page(difficulty))
    assert all(said in response.text for said in (REASON, REQUEST, ANSWER))
    assert "Chuyển lên tỉnh</button>" not in response.text  # already up
    assert 'id="phan-hoi"' not in response.text  # the commune no longer answers it


def test_the_province_forwards_to_the_platforms_department_which_answers(
    client, difficulty, leader, officer, coordinator, department_editor
):
    client.force_login(officer)
    escalate(client, difficulty)
    client.force_login(coordinator)
    assert forward(client, difficulty, to=DifficultyStage.DEPARTMENT).status_code == 302
    difficulty.refresh_from_db()
    assert difficulty.stage == DifficultyStage.DEPARTMENT and difficulty.forwarded_department.name == "Bộ Công an"
    notice = Notification.objects.get(user=department_editor)
    assert notice.title == "Tỉnh Mẫu chuyển một khó khăn về nền tảng của đơn vị" and notice.url == page(difficulty)

    client.force_login(department_editor)
    assert "Phản hồi cho tổ" in client.get(page(difficulty)).text  # the department answers in its own name
    answer(client, difficulty, "Đã sửa lỗi gửi OTP từ ngày 20.", resolved=True)
    difficulty.refresh_from_db()
    assert difficulty.status == DifficultyStatus.RESOLVED
    assert difficulty.events.last().action == DifficultyAction.RESOLVED
    assert difficulty.events.last().user == department_editor
    # The province, which must chase the answer, hears it came.
    assert Notification.objects.filter(user=coordinator, title="Khó khăn xã chuyển lên đã có trả lời").exists()
    # Resolved: nothing more can be forwarded, and the answer form keeps it resolved unless unticked.
    client.force_login(coordinator)
    response = client.get(page(difficulty))
    assert "Chuyển tiếp</button>" not in response.text
    assert 'name="resolved" id="id_resolved" checked' in response.text
    assert forward(client, difficulty).status_code == 409
    difficulty.refresh_from_db()
    assert difficulty.stage == DifficultyStage.DEPARTMENT and difficulty.events.count() == 3


def test_a_difficulty_with_no_department_can_only_go_to_the_committee(client, submitted, officer, coordinator):
    difficulty = Difficulty.objects.create(report=submitted, category="ket-noi", text="Sóng yếu ở thôn 3")
    client.force_login(officer)
    escalate(client, difficulty)
    client.force_login(coordinator)
    assert 'value="so-nganh"' not in client.get(page(difficulty)).text
    response = forward(client, difficulty, to=DifficultyStage.DEPARTMENT)
    assert response.status_code == 200
    assert "Hãy chọn một trong các nơi chuyển đến trong danh sách." in response.text
    assert REQUEST in response.text  # what was typed comes back
    assert Difficulty.objects.get().stage == DifficultyStage.PROVINCE


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"reason": ""}, "Hãy ghi lý do chuyển lên tỉnh."),
        ({"reason": "x" * 1001}, "tối đa 1000 kí tự"),
    ],
)
def test_sending_up_needs_a_reason(client, difficulty, officer, fields, message):
    client.force_login(officer)
    response = client.post(page(difficulty) + "len-tinh/", fields)
    assert response.status_code == 200 and message in response.text
    assert Difficulty.objects.get().stage == DifficultyStage.COMMUNE and not DifficultyEvent.objects.exists()


@pytest.mark.parametrize(
    ("due_on", "message"),
    [
        ("", "Hãy chọn hạn trả lời."),
        ("31/02/2027", "Ngày này không có thật."),
        (in_days(-1).isoformat(), "đã qua"),
        (in_days(400).isoformat(), "quá xa"),
    ],
)
def test_a_forward_needs_a_due_date_within_a_quarter(client, difficulty, officer, coordinator, due_on, message):
    client.force_login(officer)
    escalate(client, difficulty)
    client.force_login(coordinator)
    response = forward(client, difficulty, due_on=due_on)
    assert response.status_code == 200 and message in response.text
    assert REQUEST in response.text
    assert Difficulty.objects.get().stage == DifficultyStage.PROVINCE


def test_a_due_date_typed_in_full_width_digits_is_refused_clearly(client, difficulty, officer, coordinator):
    escalation.escalate(difficulty, officer, REASON)
    client.force_login(coordinator)
    typed = in_days(20).isoformat().translate({ord(digit): 0xFF10 + int(digit) for digit in "0123456789"})
    response = forward(client, difficulty, due_on=typed)
    assert response.status_code == 200 and "Hãy nhập theo dạng ngày/tháng/năm" in response.text
    assert REQUEST in response.text
    assert Difficulty.objects.get().stage == DifficultyStage.PROVINCE


def test_a_coordinator_may_not_forward_what_the_commune_has_not_sent_up(client, difficulty, coordinator):
    client.force_login(coordinator)
    assert "Chuyển tiếp</button>" not in client.get(page(difficulty)).text
    assert forward(client, difficulty).status_code == 409
    assert Difficulty.objects.get().stage == DifficultyStage.COMMUNE and not DifficultyEvent.objects.exists()


@pytest.mark.parametrize(
    ("who", "step", "expected"),
    [
        # Sending up: the people who coordinate the team.
        ("leader", "len-tinh/", 403),
        ("volunteer", "len-tinh/", 403),
        ("west_officer", "len-tinh/", 404),
        ("other_province_coordinator", "len-tinh/", 404),
        ("department_editor", "len-tinh/", 403),
        # Forwarding: the coordinators of the team's province only.
        ("officer", "chuyen-tiep/", 403),
        ("west_officer", "chuyen-tiep/", 404),
        ("other_province_coordinator", "chuyen-tiep/", 404),
        ("department_editor", "chuyen-tiep/", 403),
        ("leader", "chuyen-tiep/", 403),
        # Answering once it is up: the province and the platform's department, not the commune.
        ("officer", "", 403),
        ("west_officer", "", 404),
        ("other_province_coordinator", "", 404),
        ("leader", "", 403),
    ],
)
def test_each_step_is_refused_to_people_on_the_wrong_side(client, difficulty, request, who, step, expected):
    if step != "len-tinh/":
        escalation.escalate(difficulty, None, REASON)
    for name in ("leader", "volunteer", "officer", "west_officer", "other_province_coordinator", "department_editor"):
        request.getfixturevalue(name)
    client.force_login(request.getfixturevalue(who))
    data = {"reason": REASON, "to": DifficultyStage.COMMITTEE, "due_on": in_days(5).isoformat(), "comment": REQUEST}
    data.update(response=ANSWER, buoc=shown_step(difficulty))  # refused for who they are, not for a stale page
    before = list(Difficulty.objects.values_list("stage", "status", "response"))
    assert client.post(page(difficulty) + step, data).status_code == expected
    assert list(Difficulty.objects.values_list("stage", "status", "response")) == before


def test_another_persons_difficulty_id_is_not_found_for_every_step(client, difficulty, west_officer):
    client.force_login(west_officer)
    for url in (page(difficulty), page(difficulty) + "len-tinh/", page(difficulty) + "chuyen-tiep/"):
        assert client.post(url, {"reason": REASON}).status_code == 404
    assert client.get(page(difficulty)).status_code == 404
    for wrong in ("999999", "0", "-1", "1%00", "%FF", "abc"):
        assert client.post(f"/bao-cao/kho-khan/{wrong}/len-tinh/", {"reason": REASON}).status_code in (400, 404)


def test_sending_up_twice_records_one_step_and_one_notice(client, difficulty, leader, officer, coordinator):
    client.force_login(officer)
    assert escalate(client, difficulty, step=0).status_code == 302
    response = escalate(client, difficulty, reason="Gửi lại lần hai", step=0)  # the same page, tapped again
    assert response.status_code == 409 and "Khó khăn này vừa được cập nhật" in response.text
    assert escalate(client, difficulty, reason="Gửi lại lần hai").status_code == 409  # a fresh page: already up
    assert DifficultyEvent.objects.count() == 1
    assert Notification.objects.filter(user=leader).count() == 1
    assert Notification.objects.filter(user=coordinator).count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("step", ["escalate", "forward", "answer"])
def test_the_same_step_sent_three_times_at_once_is_taken_once(difficulty, officer, coordinator, step):
    if step != "escalate":
        escalation.escalate(difficulty, officer, REASON)
    seen = shown_step(difficulty)
    take = {
        "escalate": lambda item: escalation.escalate(item, officer, REASON, seen),
        "forward": lambda item: escalation.forward(
            item, coordinator, DifficultyStage.COMMITTEE, in_days(7), REQUEST, seen_step=seen
        ),
        "answer": lambda item: escalation.answer(item, coordinator, ANSWER, False, seen),
    }[step]
    results, errors = [], []
    barrier = threading.Barrier(3)

    def send():
        try:
            barrier.wait()
            results.append(take(Difficulty.objects.get(pk=difficulty.pk)))
        except Exception as error:  # any other failure must fail the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(results) == [False, False, True]
    assert Difficulty.objects.get().step == seen + 1
    assert DifficultyEvent.objects.count() == (1 if step == "escalate" else 2)


def test_the_same_answer_twice_is_one_step_and_each_new_answer_is_news(client, difficulty, leader, officer):
    client.force_login(officer)
    assert answer(client, difficulty, "Đã hướng dẫn lại.", step=0).status_code == 302
    assert answer(client, difficulty, "Đã hướng dẫn lại.", step=0).status_code == 409  # tapped twice
    assert answer(client, difficulty, "Đã hướng dẫn lại.").status_code == 302  # sent again: nothing new
    assert list(DifficultyEvent.objects.values_list("action", flat=True)) == [DifficultyAction.ANSWERED]
    answer(client, difficulty, "Đã báo nhà mạng.")
    answer(client, difficulty, "Đã hướng dẫn lại.")  # back to the first answer: a new step, news again
    answer(client, difficulty, "Đã hướng dẫn lại.", resolved=True)
    assert DifficultyEvent.objects.count() == 4
    assert Notification.objects.filter(user=leader).count() == 4


def test_a_page_left_open_while_another_acted_changes_nothing_and_keeps_what_was_typed(
    client, difficulty, officer, coordinator
):
    client.force_login(coordinator)
    escalation.escalate(difficulty, officer, REASON)
    seen = shown_step(difficulty)
    escalation.forward(difficulty, coordinator, DifficultyStage.COMMITTEE, in_days(7), REQUEST)
    escalation.answer(difficulty, coordinator, ANSWER, resolved=True)
    late_request = "Đề nghị Sở Khoa học và Công nghệ hỗ trợ thêm."
    response = forward(client, difficulty, comment=late_request, step=seen)
    assert response.status_code == 409 and "Khó khăn này vừa được cập nhật" in response.text
    difficulty.refresh_from_db()
    assert (difficulty.status, difficulty.due_on) == (DifficultyStatus.RESOLVED, in_days(7))
    response = answer(client, difficulty, "Một câu trả lời viết trên trang cũ.", step=seen)
    assert response.status_code == 409 and "Một câu trả lời viết trên trang cũ." in response.text
    difficulty.refresh_from_db()
    assert difficulty.response == ANSWER and difficulty.events.count() == 3
    for missing in ({}, {"buoc": ""}, {"buoc": "\uff11"}, {"buoc": "-1"}, {"buoc": "9" * 30}, {"buoc": "1\x00"}):
        data = {"response": "Khác", **missing}
        assert client.post(page(difficulty), data).status_code in (400, 409)
    assert Difficulty.objects.get().response == ANSWER


def test_a_department_the_province_forwarded_to_keeps_the_difficulty_after_the_platform_changes_owner(
    client, difficulty, officer, coordinator, department_editor
):
    from content.factories import DepartmentFactory

    escalation.escalate(difficulty, officer, REASON)
    police = difficulty.platform.department
    escalation.forward(difficulty, coordinator, DifficultyStage.DEPARTMENT, in_days(7), REQUEST, police)
    difficulty.platform.department = DepartmentFactory(slug="so-khcn", name="Sở Khoa học và Công nghệ")
    difficulty.platform.save()
    client.force_login(department_editor)
    assert client.get(page(difficulty)).status_code == 200
    assert answer(client, difficulty, "Đã khắc phục.").status_code == 302


def test_an_overdue_escalation_is_listed_and_reminded_once(
    client, difficulty, leader, officer, coordinator, department_editor
):
    escalation.escalate(difficulty, officer, REASON)
    escalation.forward(
        difficulty, coordinator, DifficultyStage.DEPARTMENT, in_days(3), REQUEST, difficulty.platform.department
    )
    later = in_days(4)
    assert escalation.queue_overdue_reminders(in_days(3)) == 0  # due today: not late yet
    assert escalation.queue_overdue_reminders(later) == 1
    assert escalation.queue_overdue_reminders(later) == 0
    call_command("send_notifications", stdout=open("/dev/null", "w"))  # cron's run: nothing more
    reminded = Notification.objects.filter(key__startswith="kho-khan-qua-han:")
    assert set(reminded.values_list("user__username", flat=True)) == {"dieuphoi-mau", "bientap-congan"}
    assert reminded.first().title == "Khó khăn chuyển đến Bộ Công an đã quá hạn trả lời"
    assert DifficultyEvent.objects.filter(action=DifficultyAction.REMINDED).count() == 1

    client.force_login(coordinator)
    assert TEXT not in client.get("/bao-cao/kho-khan/?noi=qua-han").text  # not late by today's date
    Difficulty.objects.filter(pk=difficulty.pk).update(due_on=in_days(-2))
    board = client.get("/bao-cao/kho-khan/?noi=qua-han").text
    assert TEXT in board and "(quá hạn)" in board
    assert "Đã quá hạn trả lời" in client.get(page(difficulty)).text

    # Forwarded again with a new due date: reminded again once that one passes.
    escalation.forward(difficulty, coordinator, DifficultyStage.COMMITTEE, in_days(5), "Chuyển UBND tỉnh.")
    assert escalation.queue_overdue_reminders(in_days(6)) == 1
    # An answer ends it: nothing late any more.
    escalation.answer(difficulty, coordinator, ANSWER, resolved=False)
    assert not escalation.overdue(Difficulty.objects.all(), in_days(30)).exists()


def test_the_board_filters_by_place_and_exports_it(client, difficulty, submitted, officer, coordinator):
    staying = Difficulty.objects.create(report=submitted, category="ket-noi", text="Sóng yếu ở thôn 3")
    escalation.escalate(difficulty, officer, REASON)
    escalation.forward(difficulty, coordinator, DifficultyStage.COMMITTEE, in_days(7), REQUEST)
    client.force_login(officer)
    board = client.get("/bao-cao/kho-khan/?noi=len-tinh").text
    assert TEXT in board and staying.text not in board
    assert f"Đã chuyển đến Ủy ban nhân dân tỉnh Mẫu · hạn trả lời {in_days(7):%d/%m/%Y}" in board
    assert staying.text in client.get("/bao-cao/kho-khan/?noi=khac").text  # an unknown place shows all
    assert client.get("/bao-cao/kho-khan/?noi=len-tinh%00").status_code == 400
    export = client.get("/bao-cao/kho-khan/?noi=len-tinh&xuat=csv").content.decode("utf-8-sig")
    assert "Nơi xử lý,Hạn trả lời" in export
    assert f"Ủy ban nhân dân tỉnh Mẫu,{in_days(7):%d/%m/%Y}" in export
    assert staying.text not in export


def test_the_board_the_difficulty_page_and_the_team_report_read_as_many_rows_for_one_as_for_many(
    client, submitted, leader, officer, coordinator, vneid
):
    def add_difficulties(count):
        for number in range(count):
            item = Difficulty.objects.create(
                report=submitted, category="loi-nen-tang", text=f"Khó khăn {number}", platform=vneid
            )
            escalation.escalate(item, officer, REASON)
            escalation.forward(item, coordinator, DifficultyStage.DEPARTMENT, in_days(7), REQUEST, vneid.department)
            escalation.forward(item, coordinator, DifficultyStage.COMMITTEE, in_days(9), REQUEST)
            escalation.answer(item, coordinator, ANSWER, resolved=False)
        return item

    def queries(user, url):
        client.force_login(user)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    report_page = f"/to/{submitted.team_id}/bao-cao/ky-{submitted.period_id}/"
    item = add_difficulties(1)
    pages = [(coordinator, "/bao-cao/kho-khan/"), (coordinator, page(item)), (leader, report_page)]
    [queries(user, url) for user, url in pages]  # the first visit writes the site's settings and the sessions
    with_one = [queries(user, url) for user, url in pages]
    item = add_difficulties(6)
    pages[1] = (coordinator, page(item))
    assert [queries(user, url) for user, url in pages] == with_one


def test_an_answer_from_before_the_difficulty_went_up_is_not_shown_as_the_current_one(
    client, difficulty, leader, officer, coordinator
):
    escalation.answer(difficulty, officer, "Xã đã hướng dẫn lại cách nhận mã.", resolved=False)
    escalation.escalate(difficulty, officer, REASON)
    client.force_login(coordinator)
    board = client.get("/bao-cao/kho-khan/").text
    export = client.get("/bao-cao/kho-khan/?xuat=csv").content.decode("utf-8-sig")
    form = client.get(page(difficulty)).text
    client.force_login(leader)
    report = client.get(f"/to/{difficulty.report.team_id}/bao-cao/ky-{difficulty.report.period_id}/").text
    # Only in the steps (the page and the report), never as the standing answer.
    assert "Xã đã hướng dẫn lại cách nhận mã." not in board + export
    assert "Xã đã hướng dẫn lại cách nhận mã.</textarea>" not in form
    assert "Phản hồi của" not in report and "Xã đã hướng dẫn lại cách nhận mã." in report
