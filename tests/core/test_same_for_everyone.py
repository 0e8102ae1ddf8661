"""Guide pages are the same for everyone (issue 19): a signed-in volunteer reads a guide, platform, guide index,
search or printed training module as a citizen does, from the page cache, with nothing personal in it. The header's
personal part comes from /tai-khoan/dau-trang/, which nothing keeps. Every demo role is walked through."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from accounts.demo import NEWCOMER_PHONE, VOLUNTEER_PHONE
from accounts.factories import UserFactory
from accounts.phone import format_phone
from content.models import HomePage, PlatformIndexPage, PlatformPage
from core.page_cache import SAME_FOR_EVERYONE_PAGES, SAME_FOR_EVERYONE_VIEWS, retire_cached_pages
from guides.models import GuideIndexPage, GuidePage
from teams import access
from training.pages import TrainingModulePage

pytestmark = pytest.mark.django_db

User = get_user_model()
# The demo's people (README), by role.
DEMO_PEOPLE = {
    "superuser": {"username": "quantri"},
    "province_coordinator": {"username": "dieuphoi"},
    "commune_officer": {"username": "canboxa"},
    "moderator": {"username": "kiemduyet"},
    "department_editor": {"username": "bientap-congan"},
    "department_reviewer": {"username": "duyet-congan"},
    "team_leader": {"phone": "+84901000001"},
    "volunteer": {"phone": VOLUNTEER_PHONE},
    "volunteer_in_no_team": {"phone": NEWCOMER_PHONE},
}


def is_private(response):
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    retire_cached_pages()  # this process forgets the generation it read before the cache was emptied


@pytest.fixture
def demo(settings, page_cache_on):
    settings.DEBUG = True
    call_command("load_demo_content", stdout=StringIO())
    settings.DEBUG = False


def first_url(model, suffix=""):
    page = model.objects.live().public().order_by("path").first()
    assert page is not None, model
    return page.url + suffix


def public_urls():
    """One page of every type declared the same for everyone (core/page_cache.py)."""
    index = GuideIndexPage.objects.live().public().first()
    pillar = GuidePage.objects.live().public().exclude(pillar=None).first().pillar
    urls = {
        "home": first_url(HomePage),
        "platform index": first_url(PlatformIndexPage),
        "platform": first_url(PlatformPage),
        "guide index": index.url,
        "pillar landing": f"{index.url}{pillar.slug}/",
        "guide": first_url(GuidePage),
        "guide booklet": first_url(GuidePage, "so-tay/"),
        "search": reverse("search") + "?q=vneid",
        "search, no results": reverse("search") + "?q=khong-co-gi-ca",
        "training module": first_url(TrainingModulePage),
        "training module booklet": first_url(TrainingModulePage, "so-tay/"),
    }
    declared = {*SAME_FOR_EVERYONE_PAGES, *SAME_FOR_EVERYONE_VIEWS}
    assert declared == {
        "content.HomePage",
        "content.PlatformIndexPage",
        "content.PlatformPage",
        "guides.GuideIndexPage",
        "guides.GuidePage",
        "training.TrainingModulePage",
        "search",
    }, "a page type declared the same for everyone needs a URL here"
    return urls


def identities(person):
    """What would say who this is: their name, phone, username and team."""
    shown = {person.get_full_name(), person.username, person.phone, format_phone(person.phone) if person.phone else ""}
    membership = access.current_membership(person)
    if membership is not None:
        shown |= {membership.team.name, membership.full_name}
    return {identity for identity in shown if identity and len(identity) > 5}


def personal_urls(person):
    """Pages built for this person: their account, inbox, learning and help log; a leader's roster and reports."""
    urls = [reverse("accounts:home"), reverse("accounts:inbox"), reverse("training:my_learning")]
    urls.append(reverse("reporting:log_help"))
    membership = access.current_membership(person)
    if membership is not None and access.leads_team(person, membership.team):
        urls += [
            reverse("teams:roster", args=[membership.team.pk]),
            reverse("reporting:team_report", args=[membership.team.pk]),
        ]
    return urls


def test_every_role_reads_public_pages_as_anyone_does_and_personal_pages_stay_personal(demo):
    urls = public_urls()
    anonymous = Client()
    anonymous_bodies = {}
    for name, url in urls.items():
        response = anonymous.get(url)
        assert response.status_code == 200 and response["X-Page-Cache"] == "miss", (name, url)
        assert not response.cookies and not is_private(response), name
        anonymous_bodies[name] = response.content
        assert b"data-account-part" in response.content, f"{name}: the header's link should be the neutral one"

    wrong = []
    for role, lookup in DEMO_PEOPLE.items():
        person = User.objects.get(**lookup)
        shown = identities(person)
        reader = Client()
        reader.force_login(person)
        for order in ("cached first", "signed-in first"):
            if order == "signed-in first":
                retire_cached_pages()
            for name, url in urls.items():
                with CaptureQueriesContext(connection) as queries:
                    response = reader.get(url)
                body = response.content.decode()
                problems = [
                    problem
                    for problem, found in (
                        ("not 200", response.status_code != 200),
                        ("not the anonymous body", response.content != anonymous_bodies[name]),
                        ("sets a cookie", bool(response.cookies)),
                        ("private", is_private(response)),
                        ("not from the cache", response.get("X-Page-Cache") not in ("hit", "miss")),
                        # A hit is served before any session is read: no query at all.
                        ("queried", order == "cached first" and len(queries) > 0),
                        ("shows who this is", any(identity in body for identity in shown)),
                    )
                    if found
                ]
                if problems:
                    wrong.append((role, order, name, problems))
                if order == "signed-in first":
                    again = anonymous.get(url)  # what the signed-in reader left in the cache is the anonymous copy
                    if again.get("X-Page-Cache") != "hit" or again.content != anonymous_bodies[name]:
                        wrong.append((role, order, name, "stored something else"))

        part = reader.get(reverse("account_header_part"))
        assert is_private(part) and part.json() == {"label": "Trang của tôi", "url": reverse("accounts:home")}, role

        for url in personal_urls(person):
            response = reader.get(url)
            assert response.status_code == 200 and is_private(response), (role, url)
            assert "X-Page-Cache" not in response, (role, url)
            assert any(identity in response.content.decode() for identity in shown) or url != "/tai-khoan/", role
            assert anonymous.get(url).status_code == 302, (role, url)  # sent to sign in, never handed the page
        reader.logout()
    assert wrong == [], "\n".join(map(str, wrong))


def test_the_account_link_says_who_is_signed_in_and_after_a_sign_out_on_a_shared_phone_says_sign_in(
    client, guide, page_cache_on
):
    header_part = reverse("account_header_part")
    part = client.get(header_part)
    assert is_private(part) and not part.cookies
    assert part.json() == {"label": "Đăng nhập", "url": reverse("accounts:sign_in")}
    assert "X-Page-Cache" not in part

    client.force_login(UserFactory(username="dien-thoai-chung"))
    assert client.get(header_part).json()["label"] == "Trang của tôi"
    page = client.get(guide.url)
    assert ">Tài khoản</a>" in page.content.decode() and not page.cookies

    signed_out = client.post(reverse("accounts:sign_out"))
    assert signed_out["Clear-Site-Data"] == '"cache"'
    part = client.get(header_part)
    assert is_private(part) and part.json() == {"label": "Đăng nhập", "url": reverse("accounts:sign_in")}
    after = client.get(guide.url)
    assert after.status_code == 200 and after.content == page.content and not after.cookies


def test_a_message_waiting_for_the_reader_is_shown_on_a_personal_render(client, guide, page_cache_on):
    anonymous = client.get(guide.url).content
    client.force_login(UserFactory(username="co-tin-nhan"))
    client.get(guide.url)
    storage = CookieStorage(client.get(reverse("accounts:home")).wsgi_request)
    client.cookies[CookieStorage.cookie_name] = storage._encode([Message(constants.SUCCESS, "Đã lưu thay đổi.")])
    response = client.get(guide.url)
    assert "X-Page-Cache" not in response and is_private(response)
    assert "Đã lưu thay đổi." in response.content.decode() and response.content != anonymous


def test_a_restricted_guide_is_never_the_anonymous_copy_for_someone_signed_in(client, guide, page_cache_on):
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(UserFactory(username="duoc-xem"))
    response = client.get(guide.url)
    assert response.status_code == 200 and guide.title in response.content.decode()
    assert "X-Page-Cache" not in response and is_private(response)
    client.logout()
    assert client.get(guide.url).status_code == 302


def test_personal_pages_are_never_declared_the_same_for_everyone():
    """The account, teams, reports, training progress and the admin are built for someone."""
    personal = {"accounts", "teams", "reporting", "wagtailadmin", "training"}
    assert not {name.split(":")[0] for name in SAME_FOR_EVERYONE_VIEWS} & personal
    # A lesson records that it was opened and offers a form; the quiz and its result belong to one person.
    personal_routes = {"own_progress", "lesson", "lesson_done", "quiz", "quiz_result"}
    assert not personal_routes & SAME_FOR_EVERYONE_PAGES["training.TrainingModulePage"]
