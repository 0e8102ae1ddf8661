"""Classes of past Wagtail advisories and oversized input, replayed against our pages: no script runs, no 500."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

pytestmark = pytest.mark.django_db


CRAFTED_CONTENTSTATE = json.dumps(
    {
        "blocks": [
            {
                "key": "a",
                "type": "unstyled",
                "text": "Chạm đây <script>alert(2)</script>",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}},
    }
)


def test_script_and_javascript_links_posted_through_the_editor_never_reach_the_page(client, superuser, guide):
    """Rich text arrives from the editor as Draftail content; a crafted POST still goes through Wagtail's
    conversion, which drops javascript: links and escapes markup. Headings are plain text, escaped on output."""
    client.force_login(superuser)
    step_value = {
        "heading": "<script>alert(3)</script>Mở ứng dụng",
        "text": CRAFTED_CONTENTSTATE,
        "screenshot": {"image": "", "alt_text": ""},
        "tip": rich_text(""),
        "warning": rich_text(""),
    }
    data = nested_form_data(
        {
            "title": guide.title,
            "slug": guide.slug,
            "outcome": guide.outcome,
            "audience": guide.audience,
            "difficulty": guide.difficulty,
            "minutes": guide.minutes,
            "pillar": guide.pillar_id,
            "tags": "",
            "requirements": streamfield([("item", "Căn cước")]),
            "steps": streamfield([("step", step_value)]),
            "troubleshooting": streamfield([]),
            "related_guides": inline_formset([]),
            "last_reviewed": "",
            "checked_against": "",
            "review_interval_months": 6,
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )
    assert client.post(f"/admin/pages/{guide.pk}/edit/", data).status_code == 302
    client.logout()
    content = client.get(guide.url).content.decode()
    assert "Mở ứng dụng" in content
    assert "<script>alert" not in content and "javascript:alert" not in content


def test_a_form_with_1001_fields_or_a_3_mb_body_is_refused_cleanly(client, guide):
    many = {f"truong-{number}": "x" for number in range(1001)}
    assert client.post(f"/phan-hoi/{guide.pk}/", many).status_code == 400
    large = {"helpful": "1", "comment": "x" * (3 * 1024 * 1024)}
    assert client.post(f"/phan-hoi/{guide.pk}/", large).status_code == 400


def test_a_10000_character_search_is_answered(client, guide):
    assert client.get("/tim-kiem/", {"q": "đăng ký " * 1250}).status_code == 200


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("anh.png", b"<html><script>alert(1)</script></html>"),
        ("anh.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("anh-lon.png", b"\x89PNG\r\n\x1a\n" + b"0" * (10 * 1024 * 1024 + 1)),
    ],
)
def test_disguised_unsupported_and_oversized_uploads_are_refused_in_the_admin(client, superuser, name, content):
    from content.models import CustomImage

    client.force_login(superuser)
    response = client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile(name, content, content_type="image/png")}
    )
    assert response.status_code in (200, 400)
    assert response.json()["success"] is False
    assert not CustomImage.objects.exists()


def test_impossible_ids_are_not_found_not_a_database_overflow(client, guide):
    from accounts.factories import UserFactory
    from teams.factories import MemberFactory, TeamFactory
    from teams.models import MemberRole

    team = TeamFactory()
    leader = UserFactory(username="to-truong-id")
    MemberFactory(team=team, user=leader, role=MemberRole.LEADER)
    client.force_login(leader)
    huge = "9" * 30
    assert client.get(f"/to/{huge}/").status_code == 404
    assert client.get("/ngoai-tuyen/goi/", {"huong-dan": huge}).status_code == 404
    assert client.post("/ghi-nhan/", {"platform": "9223372036854775808", "area": huge}).status_code == 200
