"""Nothing about a person stays on a shared phone or in a shared cache. Every URL of the access matrix is asked by
every role: an answer that is not the same as the anonymous reader's must be `private, no-store`, and the page
cache stores only answers given to anonymous readers that are not marked so."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Page

from accounts.factories import UserFactory
from accounts.phone import format_phone
from core.personal_responses import PUBLIC_COPY_HEADER
from teams.models import Member
from tests.security.test_access_matrix import EXPECTED, ROLES, world  # noqa: F401  (world is a fixture)

pytestmark = pytest.mark.django_db

PAGE_CACHE_KEYS = "page-cache:v2:"
User = get_user_model()


def is_private(response):
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


@pytest.fixture
def stored_pages(settings, monkeypatch):
    """The page cache switched on, and every page it stores, by key."""
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    stored = {}
    store = cache.set

    def recording_set(key, value, *args, **kwargs):
        if str(key).startswith(PAGE_CACHE_KEYS):
            stored[key] = value
        return store(key, value, *args, **kwargs)

    monkeypatch.setattr(cache, "set", recording_set)
    return stored


def matrix_urls(values):
    return {name: template.format(**values) for name, (template, _expectations) in EXPECTED.items()}


@pytest.mark.parametrize("role", ROLES[1:])
def test_every_answer_that_depends_on_who_is_signed_in_is_private_and_never_cached(client, request, stored_pages, role):
    people, values = request.getfixturevalue("world")
    urls = matrix_urls(values)
    anonymous, public = {}, set()
    for name, url in urls.items():
        response = client.get(url)
        anonymous[name] = (response.status_code, response.content)
        assert not response.cookies or is_private(response), f"{name} sets a cookie for anyone: {url}"
        if not is_private(response):
            public.add(response.content)
    client.force_login(people[role])
    shared = {}
    for name, url in urls.items():
        response = client.get(url)
        if "X-Page-Cache" in response:  # only a page the same for everyone (core/page_cache.py): the anonymous copy
            assert (response.status_code, response.content) == anonymous[name], f"{name} cached for {role}"
            assert not is_private(response) and not response.cookies, f"{name} cached for {role}"
        if not is_private(response) and (response.status_code, response.content) != anonymous[name]:
            shared[name] = (url, response.status_code, response.get("Cache-Control"))
    assert shared == {}
    assert stored_pages, "the sweep should have filled the page cache with anonymous pages"
    assert all(page["content"] in public for page in stored_pages.values())
    assert all("private" not in page["headers"].get("Cache-Control", "") for page in stored_pages.values())


def known_people():
    """The names and phone numbers of every account and every member, in the forms pages show them."""
    identities = set()
    for user in User.objects.all():
        identities |= {user.get_full_name(), user.phone, format_phone(user.phone)}
    for member in Member.objects.all():
        identities |= {member.full_name, member.phone, format_phone(member.phone)}
    return {identity for identity in identities if identity and len(identity) > 5}


def anonymous_urls(values):
    """Every URL of the access matrix, the certificate check by its form, and every page of the page tree."""
    pages = Page.objects.live().public().exclude(depth=1).specific()
    return {
        **matrix_urls(values),
        "training:verify by its form": f"/xac-minh/?ma={values['certificate']}",
        **{f"page {page.pk}": page.url for page in pages if page.url},
    }


def test_anonymous_answers_that_name_a_known_person_are_private_and_never_cached(client, request, stored_pages):
    """Open to anyone, yet showing someone's name or phone (a certificate checked by its code): nothing may keep it,
    so that it is gone from phones and caches once the person erases their data. Names an editor typed into
    content (a good practice's contact) are publications, and erasure scrubs them from the pages themselves."""
    people, values = request.getfixturevalue("world")
    for role, person in people.items():
        person.first_name, person.last_name = f"Vai {role.replace('_', ' ').title()}", "Đặng Thị"
        person.save()
    identities = known_people()
    naming, kept = {}, {}
    for name, url in anonymous_urls(values).items():
        for _attempt in range(2):  # the second would be a hit, were the first stored
            response = client.get(url)
            content = response.content.decode(errors="replace")
            shown = sorted(identity for identity in identities if identity in content)
            if not shown:
                continue
            naming[name] = shown
            if not is_private(response) or "X-Page-Cache" in response:
                kept[name] = (url, response.get("Cache-Control"), response.get("X-Page-Cache"))
    assert kept == {}
    assert not any(identity in str(page["content"]) for page in stored_pages.values() for identity in identities)
    assert "training:verify_code" in naming and "training:verify by its form" in naming, naming
    assert stored_pages, "the sweep should have filled the page cache with the pages that name no one"


def test_pages_for_signed_in_people_are_private_even_when_everyone_may_open_them(client, request):
    people, values = request.getfixturevalue("world")
    client.force_login(people["volunteer"])
    for url in ("/tu-ngu/", "/xac-minh/", "/ghi-nhan/", f"/to/{values['team']}/"):
        assert is_private(client.get(url)), url
    assert is_private(client.get("/tai-khoan/du-lieu-cua-toi.json"))
    client.force_login(people["leader"])
    assert is_private(client.get(f"/to/{values['team']}/"))


def test_a_public_copy_leaves_out_who_is_signed_in_and_keeps_them_signed_in(client, guide, site_settings, stored_pages):
    reader = UserFactory(username="doc-ban-luu")
    anonymous = client.get(guide.url)
    client.force_login(reader)
    copy = client.get(guide.url, headers={PUBLIC_COPY_HEADER: "1"})
    assert copy.status_code == 200 and not is_private(copy) and not copy.cookies
    assert copy.content == anonymous.content and copy["X-Page-Cache"] == "hit"
    plain = client.get(guide.url)  # a guide is the same for everyone (tests/core/test_same_for_everyone.py)
    assert plain.content == anonymous.content and not is_private(plain)
    assert client.get(reverse("accounts:home")).status_code == 200


@pytest.mark.parametrize("sign_out", ["site", "admin", "erase"])
def test_every_sign_out_clears_the_browsers_cache(client, request, sign_out):
    people, _values = request.getfixturevalue("world")
    person = people["superuser" if sign_out == "admin" else "volunteer"]
    client.force_login(person)
    if sign_out == "site":
        response = client.post(reverse("accounts:sign_out"))
    elif sign_out == "admin":
        response = client.post(reverse("wagtailadmin_logout"))
    else:
        response = client.post(reverse("accounts:erase_my_data"), {"xac-nhan": "XOA"})
    assert response["Clear-Site-Data"] == '"cache"' and is_private(response)
    assert "_auth_user_id" not in client.session


def test_the_sign_out_page_says_how_many_entries_are_still_unsent(client, request):
    people, _values = request.getfixturevalue("world")
    client.force_login(people["volunteer"])
    response = client.post(reverse("accounts:sign_out"))
    content = response.content.decode()
    assert response.status_code == 200 and "Bạn đã đăng xuất" in content
    assert "data-signed-out" in content and "data-unsent-logs" in content and "data-count" in content
    assert client.get(reverse("accounts:home"))["Location"].startswith("/dang-nhap/")
