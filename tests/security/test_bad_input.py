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
            "pillar_choice": guide.pillar_choice_id or "",
            "tags": "",
            "requirements": streamfield([("item", "Căn cước")]),
            "steps": streamfield([("step", step_value)]),
            "troubleshooting": streamfield([]),
            "related_guides": inline_formset([]),
            "sources": inline_formset([]),
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


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_an_image_of_more_than_128_megapixels_is_refused_however_small_the_file(client, superuser):
    """A decompression bomb: a few kilobytes of PNG that would fill the memory once decoded."""
    import io

    from PIL import Image

    from content.models import CustomImage

    buffer = io.BytesIO()
    Image.new("1", (12_000, 11_000)).save(buffer, format="PNG")  # 132 million pixels
    assert buffer.tell() < 1024 * 1024
    client.force_login(superuser)
    response = client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("ban-do.png", buffer.getvalue(), content_type="image/png")},
    )
    assert response.json()["success"] is False
    assert "128" in response.json()["error_message"] or "pixel" in response.json()["error_message"].lower()
    assert not CustomImage.objects.exists()


SECRET_DRAFT = "BẢN NHÁP CHƯA DUYỆT"


@pytest.fixture
def two_departments(guide, postmart):
    """A VNeID editor (Bộ Công an) and a postmart guide with a draft revision nobody outside its department saw."""
    from django.contrib.auth.models import Group

    from accounts.factories import UserFactory
    from content.editorial import sync_all_departments
    from guides.factories import GuidePageFactory

    sync_all_departments()
    other_guide = GuidePageFactory(parent=postmart, title="Mở gian hàng trên postmart.vn", slug="mo-gian-hang")
    other_guide.title = SECRET_DRAFT
    revision = other_guide.save_revision()
    editor = UserFactory(username="bientap-congan")
    guide.get_parent().specific.department.refresh_from_db()
    editor.groups.add(Group.objects.get(pk=guide.get_parent().specific.department.editors_group_id))
    own_revision = guide.save_revision()
    return editor, other_guide, revision, own_revision


def test_preview_and_revision_urls_of_another_departments_page_show_nothing(client, two_departments, guide):
    editor, other_guide, revision, own_revision = two_departments
    client.force_login(editor)
    pk = other_guide.pk
    for url in (
        f"/admin/pages/{pk}/edit/",
        f"/admin/pages/{pk}/edit/preview/",
        f"/admin/pages/{pk}/revisions/{revision.pk}/view/",
        f"/admin/pages/{pk}/revisions/compare/live...{revision.pk}/",
        f"/admin/pages/{pk}/revisions/{revision.pk}/revert/",
        f"/admin/pages/{pk}/history/",
        f"/admin/pages/{pk}/workflow/history/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert SECRET_DRAFT not in response.content.decode(), url
    posted = client.post(f"/admin/pages/{pk}/edit/preview/", {"title": "Giả mạo", "slug": "gia-mao"})
    assert posted.status_code in (302, 403, 404) and SECRET_DRAFT not in posted.content.decode()
    # The same editor does reach their own department's revisions: the refusals above are about scope.
    assert client.get(f"/admin/pages/{guide.pk}/revisions/{own_revision.pk}/view/").status_code == 200


def test_a_revision_of_one_page_is_not_served_through_another_pages_url(client, two_departments, guide):
    editor, _other_guide, revision, _own = two_departments
    client.force_login(editor)
    response = client.get(f"/admin/pages/{guide.pk}/revisions/{revision.pk}/view/")
    assert response.status_code in (302, 403, 404)
    assert SECRET_DRAFT not in response.content.decode()


def test_drafts_never_show_on_the_public_site(client, two_departments):
    _editor, other_guide, _revision, _own = two_departments
    response = client.get(other_guide.url)
    assert response.status_code == 200 and SECRET_DRAFT not in response.content.decode()
