import pytest
from django.contrib.auth.models import Group

from accounts.factories import UserFactory
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
    for number in range(FEEDBACK_LIMIT):  # five different answers: the same one again would be one answer
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
