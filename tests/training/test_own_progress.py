"""A module page is the same for everyone (core/page_cache.py); where the reader stands in it is a page of its own,
`tien-do/`, which static/js/module-progress.js brings into the module page (`?phan=1`: the part alone). That part
is never cached, so after a sign-out on a shared phone the next reader is asked to sign in."""

import pytest
from django.core.cache import cache

from core.page_cache import retire_cached_pages
from tests.training.conftest import open_lessons, quiz_url, take_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    retire_cached_pages()


def part(client, module):
    return client.get(module.url + "tien-do/?phan=1")


def is_private(response):
    return {"private", "no-store"} <= {directive.strip() for directive in response.get("Cache-Control", "").split(",")}


def test_the_module_page_is_the_same_for_a_volunteer_as_for_a_visitor(client, module, volunteer, page_cache_on):
    client.get(module.url)  # the first render creates the site's settings, which retires what it stored
    visitor = client.get(module.url)
    assert visitor["X-Page-Cache"] == "miss" and not is_private(visitor)
    client.force_login(volunteer)
    open_lessons(client, module)
    signed_in = client.get(module.url)
    assert signed_in["X-Page-Cache"] == "hit" and signed_in.content == visitor.content
    content = visitor.content.decode()
    assert 'data-own-progress-part="' + module.url + 'tien-do/?phan=1"' in content
    assert f'href="{module.url}tien-do/"' in content  # without script, a link to the same part on its own page
    assert "Phạm Thị Lan" not in content and "Đang học" not in content


def test_the_part_says_where_the_volunteer_stands_and_is_never_kept(client, module, volunteer, page_cache_on):
    client.force_login(volunteer)
    response = part(client, module)
    content = response.content.decode()
    assert response.status_code == 200 and is_private(response) and "X-Page-Cache" not in response
    assert content.lstrip().startswith('<div class="own-progress" data-signed-in="1">')  # the part alone
    assert "<html" not in content and "Chưa bắt đầu" in content and f'href="{module.url}bai/1/">Bắt đầu học' in content
    client.get(module.url + "bai/1/")
    client.post(module.url + "bai/1/xong/")
    client.get(module.url + "bai/2/")
    content = part(client, module).content.decode()
    assert "Đang học: 1/2 bài" in content and f'href="{module.url}bai/2/">Học tiếp' in content
    open_lessons(client, module)
    take_quiz(client, module)
    content = part(client, module).content.decode()
    assert "Đã hoàn thành ngày" in content and "Xem và in chứng nhận" in content
    assert f'href="{quiz_url(module)}">Làm bài kiểm tra' in content  # a volunteer who passed may retake it


def test_a_visitor_is_asked_to_sign_in_and_so_is_the_next_reader_after_a_sign_out(
    client, module, volunteer, page_cache_on
):
    sign_in = f'href="/dang-nhap/?next={module.url}"'
    response = part(client, module)
    assert (
        is_private(response)
        and sign_in in response.content.decode()
        and "data-signed-in" not in response.content.decode()
    )
    client.force_login(volunteer)
    assert "data-signed-in" in part(client, module).content.decode()
    client.logout()
    after = part(client, module).content.decode()
    assert "data-signed-in" not in after and sign_in in after


def test_the_progress_page_stands_on_its_own_without_script(client, module, volunteer):
    client.force_login(volunteer)
    response = client.get(module.url + "tien-do/")
    content = response.content.decode()
    assert response.status_code == 200 and is_private(response)
    assert (
        "<h1>Tiến độ học: An toàn trên mạng</h1>" in content
        and '<div class="own-progress" data-signed-in="1">' in content
    )
    assert f'href="{module.url}">← An toàn trên mạng</a>' in content


def test_another_persons_progress_is_never_shown(client, module, volunteer, leader):
    client.force_login(volunteer)
    open_lessons(client, module)
    take_quiz(client, module)
    client.force_login(leader)
    content = part(client, module).content.decode()
    assert "Chưa bắt đầu" in content and "Đã hoàn thành" not in content
