import uuid

import pytest
from django.contrib.auth.models import Group
from django.db import IntegrityError

from accounts.factories import UserFactory
from guides import feedback
from guides.factories import GuideFeedbackFactory
from guides.feedback import FEEDBACK_LIMIT
from guides.models import GuideFeedback

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    from django.core.cache import cache

    cache.clear()


def post(client, guide, **data):
    return client.post(f"/phan-hoi/{guide.pk}/", data, REMOTE_ADDR=data.pop("address", "203.0.113.7"))


def test_a_citizen_says_the_guide_helped_without_signing_in(client, guide):
    response = post(client, guide, helpful="1", comment="Rất dễ làm theo.")
    assert response.status_code == 302
    assert response["Location"] == guide.url + "?da-gui-phan-hoi=1#phan-hoi"
    feedback = GuideFeedback.objects.get()
    assert feedback.guide_id == guide.pk and feedback.helpful is True and feedback.comment == "Rất dễ làm theo."
    assert "Cảm ơn bạn đã góp ý" in client.get(response["Location"]).content.decode()


def test_missing_answer_is_explained_and_the_comment_is_kept(client, guide):
    response = post(client, guide, comment="Bước 3 khó hiểu")
    assert response.status_code == 400
    content = response.content.decode()
    assert "Hãy chọn Có hoặc Không." in content
    assert "Bước 3 khó hiểu" in content
    assert not GuideFeedback.objects.exists()


def test_an_overlong_comment_is_refused_with_its_text_kept(client, guide):
    response = post(client, guide, helpful="0", comment="x" * 1001)
    assert response.status_code == 400
    assert "Góp ý dài tối đa 1000 ký tự" in response.content.decode()
    assert not GuideFeedback.objects.exists()


def test_a_client_is_rate_limited_but_others_are_not(client, guide):
    for number in range(FEEDBACK_LIMIT):
        assert post(client, guide, helpful="1", comment=f"góp ý {number}").status_code == 302
    response = post(client, guide, helpful="0", comment="lần thứ sáu")
    assert response.status_code == 429
    assert "Bạn đã gửi nhiều phản hồi liên tiếp" in response.content.decode()
    assert "lần thứ sáu" in response.content.decode()
    assert post(client, guide, helpful="1", address="198.51.100.9").status_code == 302
    assert GuideFeedback.objects.count() == FEEDBACK_LIMIT + 1


def test_feedback_only_accepts_post(client, guide):
    assert client.get(f"/phan-hoi/{guide.pk}/").status_code == 405


def test_editors_see_counts_and_comments_in_the_guide_editor(client, guide):
    GuideFeedbackFactory(guide=guide, helpful=True, comment="Dễ hiểu")
    GuideFeedbackFactory(guide=guide, helpful=False, comment="Thiếu ảnh bước 2")
    GuideFeedbackFactory(guide=guide, helpful=False)
    editor = UserFactory(username="bientap", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    content = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert "Có ích: <strong>1</strong> · Chưa có ích: <strong>2</strong>" in content
    assert "Thiếu ảnh bước 2" in content


def test_moderators_can_list_and_export_feedback(client, guide):
    GuideFeedbackFactory(guide=guide, comment='=HYPERLINK("http://evil")')
    moderator = UserFactory(username="kiemduyet", is_superuser=True, is_staff=True)
    client.force_login(moderator)
    assert "HYPERLINK" in client.get("/admin/guide_feedback/").content.decode()
    export = client.get("/admin/guide_feedback/", {"export": "csv"})
    assert export.status_code == 200
    body = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert guide.title in body
    assert "'=HYPERLINK" in body
    assert ",=HYPERLINK" not in body and ',"=HYPERLINK' not in body


def test_people_without_admin_access_cannot_read_feedback(client, guide):
    GuideFeedbackFactory(guide=guide, comment="riêng tư")
    client.force_login(UserFactory(username="tinhnguyen"))
    response = client.get("/admin/guide_feedback/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_editors_can_read_but_not_change_feedback(client, guide):
    feedback = GuideFeedbackFactory(guide=guide, comment="Cần thêm ảnh")
    editor = UserFactory(username="bientap", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert "Cần thêm ảnh" in client.get("/admin/guide_feedback/").content.decode()
    response = client.post(f"/admin/guide_feedback/edit/{feedback.pk}/", {"helpful": "", "comment": "sửa"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    feedback.refresh_from_db()
    assert feedback.comment == "Cần thêm ảnh"


def test_behind_the_proxy_each_client_has_its_own_feedback_allowance(client, guide, settings):
    """Behind the production proxy every request comes from the proxy's address: the limit must follow the client
    address the proxy appends, or one person would silence feedback for the whole country."""
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"

    def post_through_proxy(client_address, forged=""):
        chain = f"{forged}, {client_address}" if forged else client_address
        data = {"helpful": "1"}
        return client.post(f"/phan-hoi/{guide.pk}/", data, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=chain)

    for _ in range(FEEDBACK_LIMIT):
        assert post_through_proxy("203.0.113.7").status_code == 302
    assert post_through_proxy("203.0.113.7").status_code == 429
    # A forged left-most entry does not buy a new allowance: only the address the proxy appended counts.
    assert post_through_proxy("203.0.113.7", forged="192.0.2.1").status_code == 429
    assert post_through_proxy("198.51.100.9").status_code == 302


CARRIER_NAT = "203.0.113.7"


def test_citizens_behind_one_carrier_address_giving_the_same_answer_are_each_kept(client, guide):
    """A Zalo wave: many phones behind one carrier address tap "Có" on the same cached page. Each page load drew
    its own id, so each answer is kept."""
    for _ in range(2):
        response = post(client, guide, helpful="1", client_id=str(uuid.uuid4()), address=CARRIER_NAT)
        assert response.status_code == 302
    assert GuideFeedback.objects.filter(guide=guide, helpful=True).count() == 2


def test_a_double_tap_is_kept_once_and_costs_no_allowance(client, guide):
    for _ in range(FEEDBACK_LIMIT):
        answer = {"helpful": "1", "comment": "Dễ làm theo.", "client_id": str(uuid.uuid4())}
        first, second = post(client, guide, **answer), post(client, guide, **answer)
        assert first.status_code == second.status_code == 302
        assert first["Location"] == second["Location"] == guide.url + "?da-gui-phan-hoi=1#phan-hoi"
    assert GuideFeedback.objects.count() == FEEDBACK_LIMIT
    assert not GuideFeedback.objects.filter(client_id=None).exists()


def test_a_resend_after_the_allowance_is_spent_is_still_thanked(client, guide):
    answer = {"helpful": "0", "client_id": str(uuid.uuid4())}
    assert post(client, guide, **answer).status_code == 302
    for number in range(FEEDBACK_LIMIT - 1):
        post(client, guide, helpful="1", comment=f"khác {number}")
    assert post(client, guide, helpful="1").status_code == 429
    assert post(client, guide, **answer).status_code == 302  # already kept: nothing to refuse
    assert GuideFeedback.objects.count() == FEEDBACK_LIMIT


@pytest.mark.parametrize("client_id", [None, "", "không-phải-mã", "1234", "' OR 1=1 --", "{" + "a" * 40 + "}"])
def test_without_a_usable_id_each_post_is_kept(client, guide, client_id):
    """No JavaScript (or a field someone tampered with): nothing tells a double tap from two people, so nobody's
    answer is dropped."""
    data = {"helpful": "1"} if client_id is None else {"helpful": "1", "client_id": client_id}
    for _ in range(2):
        assert post(client, guide, **data).status_code == 302
    assert GuideFeedback.objects.count() == 2
    assert not GuideFeedback.objects.exclude(client_id=None).exists()


def test_the_cached_page_carries_an_empty_id_for_the_script_to_fill(client, guide):
    page = client.get(guide.url).content.decode()
    assert '<input type="hidden" name="client_id" data-answer-id id="id_client_id">' in page


def test_a_refused_answer_keeps_its_id_so_the_corrected_one_is_kept_once(client, guide):
    answer_id = str(uuid.uuid4())
    refused = post(client, guide, comment="x" * 1001, client_id=answer_id)
    assert refused.status_code == 400
    assert f'value="{answer_id}"' in refused.content.decode()
    for _ in range(2):
        assert post(client, guide, helpful="1", comment="ngắn thôi", client_id=answer_id).status_code == 302
    assert GuideFeedback.objects.get().client_id == uuid.UUID(answer_id)


def test_the_same_answer_arriving_twice_at_the_same_moment_is_kept_once(client, guide, monkeypatch):
    """Both copies pass the look-up before either is saved: the unique id stops the second, which is thanked."""
    answer_id = uuid.uuid4()
    GuideFeedback.objects.create(guide=guide, helpful=True, client_id=answer_id)
    monkeypatch.setattr(feedback, "already_kept", lambda client_id: False)
    assert post(client, guide, helpful="1", client_id=str(answer_id)).status_code == 302
    assert GuideFeedback.objects.count() == 1


def test_a_database_refusal_without_an_id_is_not_swallowed(guide, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise IntegrityError("no")

    monkeypatch.setattr(GuideFeedback, "save", refuse)
    form = feedback.FeedbackForm({"helpful": "1"})
    assert form.is_valid()
    with pytest.raises(IntegrityError):
        feedback.keep(guide, form)
