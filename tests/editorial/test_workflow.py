import pytest
from django.core import mail
from wagtail.models import PageLogEntry, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

pytestmark = pytest.mark.django_db


def propose(guide, editor, outcome):
    """What the editor's "save and submit" does: a new revision, then the page's workflow."""
    guide = guide.specific.__class__.objects.get(pk=guide.pk)
    guide.outcome = outcome
    guide.save_revision(user=editor, log_action=True)
    return guide.get_workflow().start(guide, editor)


def act(client, user, guide, action, state, comment=""):
    client.force_login(user)
    task_state = state.current_task_state
    return client.post(f"/admin/pages/workflow/action/{guide.pk}/{action}/{task_state.pk}/", {"comment": comment})


def live_outcome(client, guide):
    return client.get(guide.url).content.decode()


def test_editors_edit_their_own_departments_guides_and_nothing_else(client, newsroom):
    editor = newsroom["police_editor"]
    client.force_login(editor)
    assert client.get(f"/admin/pages/{newsroom['police_guide'].pk}/edit/").status_code == 200
    other = client.get(f"/admin/pages/{newsroom['insurance_guide'].pk}/edit/")
    assert other.status_code == 302 and other["Location"] == "/admin/"
    permissions = newsroom["police_guide"].permissions_for_user(editor)
    assert permissions.can_edit() and not permissions.can_publish()
    assert not newsroom["insurance_guide"].permissions_for_user(editor).can_edit()


def edit_form(guide, **overrides):
    data = {
        "title": guide.title,
        "slug": guide.slug,
        "outcome": guide.outcome,
        "audience": guide.audience,
        "difficulty": guide.difficulty,
        "minutes": guide.minutes,
        "pillar_choice": guide.pillar_choice_id or "",
        "tags": "",
        "requirements": streamfield([("item", "Căn cước gắn chip")]),
        "steps": streamfield(
            [
                (
                    "step",
                    {
                        "heading": "Mở ứng dụng",
                        "text": rich_text("<p>Chạm vào biểu tượng VNeID trên màn hình.</p>"),
                        "screenshot": {"image": "", "alt_text": ""},
                        "tip": rich_text(""),
                        "warning": rich_text(""),
                    },
                )
            ]
        ),
        "troubleshooting": streamfield([]),
        "related_guides": inline_formset([]),
        "sources": inline_formset([]),
        "review_interval_months": 6,
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_an_editor_saves_a_draft_but_cannot_publish_by_posting_the_publish_action(client, newsroom):
    editor = newsroom["police_editor"]
    guide = newsroom["police_guide"]
    client.force_login(editor)
    saved = client.post(f"/admin/pages/{guide.pk}/edit/", edit_form(guide, outcome="Bản nháp mới."))
    assert saved.status_code == 302
    client.post(f"/admin/pages/{guide.pk}/edit/", edit_form(guide, title="Đổi tên", **{"action-publish": "1"}))
    guide.refresh_from_db()
    assert guide.title == "Kích hoạt VNeID mức 2" and guide.has_unpublished_changes
    assert not PageLogEntry.objects.filter(page=guide, action="wagtail.publish", user=editor).exists()


def test_the_workflow_end_to_end_with_notifications_and_history(client, newsroom):
    guide = newsroom["police_guide"]
    state = propose(guide, newsroom["police_editor"], "Bạn có tài khoản mức 2 để làm thủ tục trực tuyến.")
    assert state.current_task_state.task.name == "Bộ Công an xem xét"
    assert any("duyet-congan@example.vn" in message.to for message in mail.outbox)
    assert "Bạn có tài khoản mức 2" not in live_outcome(client, guide)

    assert act(client, newsroom["insurance_editor"], guide, "approve", state).status_code in (302, 403)
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Bộ Công an xem xét"

    act(client, newsroom["police_reviewer"], guide, "approve", state, "Đúng với ứng dụng")
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Sở Khoa học và Công nghệ phê duyệt"
    act(client, newsroom["moderator"], guide, "approve", state)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    client.logout()
    assert "Bạn có tài khoản mức 2 để làm thủ tục trực tuyến." in live_outcome(client, guide)
    actions = set(PageLogEntry.objects.filter(page=guide).values_list("action", flat=True))
    assert {"wagtail.edit", "wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= actions


def test_a_rejected_change_goes_back_with_the_comment_and_the_live_version_stays(client, newsroom):
    guide = newsroom["police_guide"]
    before = guide.outcome
    state = propose(guide, newsroom["police_editor"], "Một câu sai.")
    act(client, newsroom["police_reviewer"], guide, "reject", state, "Sai tên nút ở bước 2")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    client.logout()
    page = live_outcome(client, guide)
    assert before in page and "Một câu sai." not in page
    client.force_login(newsroom["police_editor"])
    assert "Sai tên nút ở bước 2" in client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()


def test_editors_cannot_approve_even_their_own_departments_task(client, newsroom):
    guide = newsroom["police_guide"]
    state = propose(guide, newsroom["police_editor"], "Đề xuất.")
    act(client, newsroom["police_editor"], guide, "approve", state)
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Bộ Công an xem xét"
