import datetime

import pytest

from accounts.factories import UserFactory
from content.factories import ImageFactory
from guides.content_checks import content_checks
from guides.factories import GuideFeedbackFactory, GuidePageFactory, step
from guides.models import add_months

pytestmark = pytest.mark.django_db


def test_review_dates_follow_the_interval():
    assert add_months(datetime.date(2026, 8, 31), 6) == datetime.date(2027, 2, 28)
    assert add_months(None, 6) is None


@pytest.fixture
def aged(newsroom):
    old = newsroom["police_guide"]
    old.last_reviewed = datetime.date(2024, 1, 15)
    old.save()
    never = newsroom["insurance_guide"]
    fresh = GuidePageFactory(
        parent=newsroom["vneid"], slug="moi", title="Hướng dẫn mới kiểm tra", last_reviewed=datetime.date.today()
    )
    return {"old": old, "never": never, "fresh": fresh}


def report_titles(client, **params):
    return [guide.title for guide in client.get("/admin/ra-soat-huong-dan/", params).context["guides"]]


def test_the_overdue_report_lists_late_and_never_checked_guides_by_department(client, newsroom, aged):
    client.force_login(newsroom["moderator"])
    titles = report_titles(client)
    assert set(titles) == {aged["old"].title, aged["never"].title}
    assert report_titles(client, department=newsroom["police"].pk) == [aged["old"].title]
    export = client.get("/admin/ra-soat-huong-dan/", {"export": "csv"})
    body = b"".join(export.streaming_content).decode("utf-8-sig")
    assert body.splitlines()[0].startswith("Hướng dẫn,Nền tảng,Cơ quan, đơn vị") or "Cơ quan, đơn vị" in body
    assert aged["old"].title in body and aged["fresh"].title not in body
    assert f"http://testserver{aged['old'].url}" in body  # the address it was asked from, not the Site's host


def test_a_department_editor_sees_only_their_overdue_guides(client, newsroom, aged):
    client.force_login(newsroom["police_editor"])
    assert report_titles(client) == [aged["old"].title]


def test_the_dashboard_panel_shows_overdue_guides_feedback_and_difficulties(client, newsroom, aged):
    from reporting.models import Difficulty, TeamReport
    from reporting.periods import period_containing
    from teams.factories import TeamFactory

    GuideFeedbackFactory(guide=aged["old"], helpful=False)
    report = TeamReport.objects.create(team=TeamFactory(), period=period_containing(datetime.date.today()))
    Difficulty.objects.create(
        report=report, category="loi-nen-tang", text="Không nhận được mã kích hoạt", platform=newsroom["vneid"]
    )
    client.force_login(newsroom["police_editor"])
    content = client.get("/admin/").content.decode()
    assert "Nội dung của Bộ Công an" in content
    assert aged["old"].title in content and "0 có ích, 1 chưa có ích" in content
    assert "Không nhận được mã kích hoạt" in content
    client.force_login(newsroom["insurance_editor"])
    assert "Không nhận được mã kích hoạt" not in client.get("/admin/").content.decode()


def test_a_department_editor_can_answer_difficulties_about_their_platform_only(client, newsroom):
    from reporting.models import Difficulty, TeamReport
    from reporting.periods import period_containing
    from teams.factories import TeamFactory

    report = TeamReport.objects.create(team=TeamFactory(), period=period_containing(datetime.date.today()))
    mine = Difficulty.objects.create(report=report, category="loi-nen-tang", text="Lỗi OTP", platform=newsroom["vneid"])
    client.force_login(newsroom["police_editor"])
    client.post(f"/bao-cao/kho-khan/{mine.pk}/", {"response": "Đã sửa trong bản 2.2", "buoc": 0})
    mine.refresh_from_db()
    assert mine.response == "Đã sửa trong bản 2.2"
    client.force_login(newsroom["insurance_editor"])
    assert client.get(f"/bao-cao/kho-khan/{mine.pk}/").status_code == 404
    client.force_login(UserFactory(username="ai-do"))
    assert client.get("/bao-cao/kho-khan/").status_code == 403


def test_content_checks_flag_long_steps_missing_needs_and_image_only_steps(newsroom):
    long_text = "<p>" + " ".join(["chữ"] * 45) + "</p>"
    guide = GuidePageFactory(
        parent=newsroom["vneid"],
        slug="can-sua",
        requirements=[],
        steps=[step("Đọc kỹ", long_text), step("Xem ảnh", "<p>Như ảnh</p>", image=ImageFactory(), alt_text="Ảnh")],
    )
    problems = content_checks(guide)
    assert any("Chưa có mục “Bạn cần chuẩn bị”" in problem for problem in problems)
    assert any("Bước 1 dài 47 từ" in problem for problem in problems)
    assert any("Bước 2 gần như chỉ có ảnh" in problem for problem in problems)


def test_the_editor_shows_the_checks_and_the_writing_guide(client, newsroom):
    guide = newsroom["police_guide"]
    client.force_login(newsroom["police_editor"])
    content = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert "Kiểm tra nội dung" in content and "Cách viết một hướng dẫn tốt" in content
    assert "Dưới 40 từ mỗi bước" in client.get("/admin/ra-soat-huong-dan/cach-viet/").content.decode()


def test_people_without_editing_rights_do_not_get_the_report(client, newsroom):
    from teams.factories import ProvinceFactory
    from teams.models import RoleAssignment, ScopeRole

    client.force_login(UserFactory(username="tinhnguyen"))
    assert client.get("/admin/ra-soat-huong-dan/")["Location"].startswith("/admin/login/")
    coordinator = UserFactory(username="dieuphoi")
    RoleAssignment.objects.create(user=coordinator, role=ScopeRole.PROVINCE_COORDINATOR, area=ProvinceFactory())
    client.force_login(coordinator)
    response = client.get("/admin/ra-soat-huong-dan/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
