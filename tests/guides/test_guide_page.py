import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from content.factories import ImageFactory
from core.static_files import minified
from guides.factories import GuidePageFactory, step

pytestmark = pytest.mark.django_db

STATIC_ROOT = Path(settings.STATICFILES_DIRS[0])


def html(client, page, **params):
    response = client.get(page.url, params)
    assert response.status_code == 200
    return response.content.decode()


def test_steps_are_numbered_from_their_order(client, guide):
    content = html(client, guide)
    assert re.findall(r'<span class="step__number">Bước (\d+)</span>', content) == ["1", "2", "3"]
    assert "Mở ứng dụng VNeID" in content


def test_guide_shows_what_you_need_troubleshooting_owner_and_review_date(client, guide):
    content = html(client, guide)
    assert "Bạn cần chuẩn bị" in content and "<li>Căn cước có gắn chip</li>" in content
    assert "<summary>Không nhận được mã</summary>" in content
    assert "Bộ Công an" in content
    assert '<time datetime="2026-10-01">01/10/2026</time>' in content
    assert 'class="callout callout--tip"' in content and 'class="callout callout--warning"' in content


def test_breadcrumbs_lead_back_through_the_platform(client, guide):
    content = html(client, guide)
    breadcrumbs = content[content.index('class="breadcrumbs"') : content.index("</nav>")]
    assert 'href="/"' in breadcrumbs and 'href="/nen-tang/"' in breadcrumbs and 'href="/nen-tang/vneid/"' in breadcrumbs


def test_screenshots_are_responsive_webp_lazy_and_described(client, guide):
    content = html(client, guide)
    assert 'type="image/webp"' in content
    assert ".webp" in content and "width-720" in content
    assert 'loading="lazy"' in content
    assert 'alt="Màn hình chào của VNeID"' in content


def test_guide_takes_its_pillar_and_platform_from_its_parent(guide, vneid):
    assert guide.platform_id == vneid.pk
    assert guide.pillar_id == vneid.pillar_id


def test_address_is_short_and_without_diacritics(guide):
    assert guide.url == "/nen-tang/vneid/kich-hoat-muc-2/"


def test_a_long_slug_is_refused_with_a_vietnamese_message(vneid):
    guide = GuidePageFactory.build(slug="a" * 51, title="Một việc")
    with pytest.raises(ValidationError) as error:
        vneid.add_child(instance=guide)
    assert "Đường dẫn dài quá 50 ký tự" in str(error.value)


def test_a_screenshot_without_a_description_is_refused(guide):
    block = guide.steps.stream_block.child_blocks["step"]
    value = block.to_python(
        {"heading": "Mở ứng dụng", "text": "<p>Chạm</p>", "screenshot": {"image": ImageFactory().pk, "alt_text": ""}}
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_page_weight_of_html_css_and_js_is_under_60_kb(client, guide):
    content = html(client, guide)
    assets = re.findall(r'(?:href|src)="/static/([^"]+\.(?:css|js))"', content)
    assert "css/site.css" in assets and "css/guide.css" in assets and "js/guide.js" in assets
    # What is sent: collectstatic minifies our files (core/static_files.py).
    total = len(content.encode()) + sum(
        len(minified(asset, (STATIC_ROOT / asset).read_text()).encode()) for asset in assets
    )
    assert total < 60 * 1024, f"{total} bytes"


def test_queries_do_not_grow_with_the_number_of_steps(client, vneid):
    def guide_with(count, slug):
        steps = [step(f"Bước số {n}", image=ImageFactory(), alt_text=f"Ảnh {n}") for n in range(count)]
        return GuidePageFactory(parent=vneid, slug=slug, steps=steps)

    short, long = guide_with(2, "ngan"), guide_with(10, "dai")
    client.get(short.url)
    client.get(long.url)  # renditions are created on the first view; measure the views after

    with CaptureQueriesContext(connection) as short_queries:
        client.get(short.url)
    with CaptureQueriesContext(connection) as long_queries:
        client.get(long.url)
    assert len(long_queries) == len(short_queries)
    # 20, one for the glossary's terms (content/glossary.py) and one for the sources checked against (issue 22)
    assert len(long_queries) <= 22


def test_print_view_has_the_address_a_qr_code_and_every_step(client, guide):
    response = client.get(guide.url + "ban-in/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "http://testserver/nen-tang/vneid/kich-hoat-muc-2/" in content  # the address it was opened at
    assert 'src="/nen-tang/vneid/kich-hoat-muc-2/ma-qr/"' in content
    assert content.count('class="step"') == 3
    assert "<h3>Không nhận được mã</h3>" in content
    assert 'name="robots" content="noindex"' in content


def test_platform_page_lists_its_guides_and_store_links(client, guide, vneid):
    vneid.android_url = "https://play.google.com/store/apps/details?id=com.vnid"
    vneid.save_revision().publish()
    content = html(client, vneid)
    assert guide.title in content
    assert "Tải trên Google Play (Android)" in content
    assert "Bộ Công an" in content


def test_a_platform_with_many_guides_shows_them_a_page_at_a_time_in_the_same_queries(
    client, guide, vneid, django_assert_max_num_queries
):
    from content.models.platforms import GUIDES_PER_PAGE

    with CaptureQueriesContext(connection) as few:
        assert client.get(vneid.url).status_code == 200
    for number in range(2, GUIDES_PER_PAGE + 3):  # 22 guides: a full first page and two on the second
        GuidePageFactory(parent=vneid, title=f"Việc số {number:02d}", slug=f"viec-so-{number:02d}")
    with django_assert_max_num_queries(len(few)):
        first = html(client, vneid)
    titles = re.findall(r'class="card__title"[^>]*>([^<]+)<', first)
    assert len(titles) == GUIDES_PER_PAGE and titles[0] == guide.title
    assert 'start="1"' in first and 'rel="next"' in first and "Trang 1 / 2" in first
    second = html(client, vneid, trang="2")
    assert re.findall(r'class="card__title"[^>]*>([^<]+)<', second) == ["Việc số 21", "Việc số 22"]
    assert f'start="{GUIDES_PER_PAGE + 1}"' in second and 'rel="prev"' in second
    # Anything else in ?trang= gives the first page or the last, never an error.
    for odd, shown in [("abc", "Trang 1 / 2"), ("%00", "Trang 1 / 2"), ("-1", "Trang 2 / 2"), ("999", "Trang 2 / 2")]:
        assert shown in html(client, vneid, trang=odd)


def test_platform_directory_groups_platforms_by_pillar(client, platform_index, vneid, postmart):
    content = html(client, platform_index).split('<main id="main"')[1]
    assert content.index("Chính quyền số") < content.index("VNeID") < content.index("Kinh tế số")
    assert content.index("Kinh tế số") < content.index("postmart.vn")


def test_unpublished_guides_are_not_listed_or_served(client, guide, vneid):
    guide.unpublish()
    assert client.get("/nen-tang/vneid/kich-hoat-muc-2/").status_code == 404
    assert guide.title not in html(client, vneid)
