"""A department's reviewer confirms a guide's check on a 390 px phone (issue 22): the overdue list names the reason,
the confirm screen lists the sources, and the citizen's page then says the day it was last checked. The department's
editor is told on the spot that only a reviewer may confirm."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.factories import UserFactory
from content.editorial import sync_all_departments
from guides.factories import GuideSourceFactory, OfficialSourceFactory
from guides.models import GuidePage
from tests.browser.page_checks import sideways_scroll
from tests.browser.phone_steps import admin_sign_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def desk(guide):
    GuidePage.objects.filter(pk=guide.pk).update(last_reviewed=None, next_review_due=None)  # never checked
    GuideSourceFactory(page=guide, source=OfficialSourceFactory(title="Luật Căn cước 2023", issuer="Quốc hội"))
    sync_all_departments()
    department = guide.platform.department
    department.refresh_from_db()
    reviewer = UserFactory(username="duyet", is_staff=True)
    reviewer.groups.add(department.reviewers_group)
    editor = UserFactory(username="bientap", is_staff=True)
    editor.groups.add(department.editors_group)
    return guide


def test_a_reviewer_confirms_a_check_and_the_citizen_sees_the_day(live_server, phone, desk):
    admin_sign_in(phone, live_server, "duyet")
    phone.goto(live_server.url + "/admin/ra-soat-huong-dan/")
    expect(phone.get_by_text("Chưa kiểm tra lần nào").first).to_be_visible()
    phone.goto(live_server.url + f"/admin/huong-dan/{desk.pk}/xac-nhan-kiem-tra/")
    expect(phone.get_by_role("link", name="Luật Căn cước 2023")).to_be_visible()
    assert sideways_scroll(phone) == []

    phone.get_by_role("button", name="Xác nhận đã kiểm tra").click()
    expect(phone.get_by_text("Hãy đánh dấu ô này").first).to_be_visible()  # nothing recorded without the tick
    phone.get_by_label("Tôi đã làm theo/đối chiếu từng bước với các nguồn dưới đây").check()
    phone.get_by_label("Ghi chú").fill("Đã làm thử từng bước trên điện thoại.")
    phone.get_by_role("button", name="Xác nhận đã kiểm tra").click()
    expect(phone.get_by_text(f"Đã ghi nhận kiểm tra hướng dẫn “{desk.title}”.")).to_be_visible()

    phone.goto(live_server.url + desk.url)
    sources = phone.locator("section.guide__sources")
    expect(sources.get_by_role("link", name="Luật Căn cước 2023")).to_be_visible()
    expect(sources).to_contain_text(f"Kiểm tra lần cuối: {timezone.localdate():%d/%m/%Y}")
    assert sideways_scroll(phone) == []


def test_the_editor_is_told_only_a_reviewer_confirms(live_server, phone, desk):
    admin_sign_in(phone, live_server, "bientap")
    response = phone.goto(live_server.url + f"/admin/huong-dan/{desk.pk}/xac-nhan-kiem-tra/")
    assert response.status == 403
    expect(phone.get_by_text("Người biên tập hướng dẫn không tự xác nhận.", exact=False)).to_be_visible()
    expect(phone.get_by_role("button", name="Xác nhận đã kiểm tra")).to_have_count(0)
