"""The admin shows a citizen's answer to "Was this guide helpful?" as Có or Không, never True or False."""

import re

from accounts.factories import UserFactory
from guides.factories import GuideFeedbackFactory


def moderator_client(client):
    client.force_login(UserFactory(username="quantri", is_superuser=True, is_staff=True))
    return client


def helpful_cells(html):
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", html, flags=re.S)
    return [
        re.sub(r"<[^>]+>", "", cell).strip() for row in rows for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    ]


def test_the_feedback_listing_says_co_and_khong(client, guide):
    GuideFeedbackFactory(guide=guide, helpful=True, comment="Dễ làm theo")
    GuideFeedbackFactory(guide=guide, helpful=False, comment="Thiếu ảnh")
    html = moderator_client(client).get("/admin/guide_feedback/").content.decode()
    cells = helpful_cells(html)
    assert "Có" in cells and "Không" in cells
    assert "True" not in cells and "False" not in cells


def test_the_feedback_listing_still_sorts_by_the_answer(client, guide):
    GuideFeedbackFactory(guide=guide, helpful=True, comment="một")
    GuideFeedbackFactory(guide=guide, helpful=False, comment="hai")
    html = moderator_client(client).get("/admin/guide_feedback/", {"ordering": "helpful"}).content.decode()
    assert html.index("hai") < html.index("một")


def test_the_feedback_export_and_detail_say_co_and_khong(client, guide):
    feedback = GuideFeedbackFactory(guide=guide, helpful=False, comment="Thiếu ảnh")
    client = moderator_client(client)
    export = client.get("/admin/guide_feedback/", {"export": "csv"})
    body = b"".join(export.streaming_content).decode()
    assert ",Không," in body and "False" not in body
    detail = client.get(f"/admin/guide_feedback/inspect/{feedback.pk}/").content.decode()
    assert "Không" in detail and "False" not in detail
