"""Optional two-step sign-in for staff: turning it on, being asked for the code, backup codes, turning it off."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY, devices_for_user
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.factories import UserFactory
from accounts.two_factor import OPEN_BEFORE_CODE, PENDING_DEVICE_SESSION_KEY, replace_backup_codes
from tests.security.test_access_matrix import (
    ADMIN_EXPECTED,
    EXPECTED,
    ROLES,
    L,
    admin_urls_without_parameters,
    world,  # noqa: F401  (the fixture: every role, and the ids the URLs need)
)

pytestmark = pytest.mark.django_db
PASSWORD = "mat-khau-rat-dai-2026"
SETUP, VERIFY, OFF = (
    "/tai-khoan/xac-thuc-hai-buoc/",
    "/tai-khoan/xac-thuc-hai-buoc/nhap-ma/",
    "/tai-khoan/xac-thuc-hai-buoc/tat/",
)


def current_code(device, later=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += later
    return f"{totp.token():0{device.digits}d}"


def next_code(device):
    """The code after the one that turned it on: django-otp takes each 30-second code once."""
    return current_code(device, later=device.step)


@pytest.fixture
def editor(home_page):
    user = UserFactory(username="bientap", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_with_app(editor):
    device = TOTPDevice.objects.create(user=editor, name="Ứng dụng xác thực", confirmed=True)
    return editor, device


def sign_in(client, user):
    response = client.post("/dang-nhap/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302


def test_it_is_offered_to_staff_only(client, editor):
    volunteer = UserFactory(username="tinhnguyen")
    client.force_login(volunteer)
    assert client.get(SETUP).status_code == 403
    assert "Xác thực hai bước" not in client.get("/tai-khoan/").content.decode()
    client.force_login(editor)
    assert "Xác thực hai bước" in client.get("/tai-khoan/").content.decode()
    response = client.get(SETUP)
    assert "<svg" in response.content.decode() and "Bật xác thực hai bước" in response.content.decode()
    assert "no-store" in response["Cache-Control"]  # the secret key must not stay in the browser's cache


def test_turning_it_on_needs_the_apps_code_and_gives_backup_codes_once(client, editor):
    client.force_login(editor)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=editor)
    wrong = client.post(SETUP, {"code": "000000" if current_code(device) != "000000" else "111111"})
    assert "Mã chưa đúng" in wrong.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    device.throttle_reset()

    done = client.post(SETUP, {"code": current_code(device)})
    device.refresh_from_db()
    assert device.confirmed
    codes = StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    assert len(codes) == 8 and all(code in done.content.decode() for code in codes)
    status = client.get(SETUP).content.decode()
    assert "đang bật" in status and "8 mã dự phòng" in status
    assert codes[0] not in status
    assert client.get("/admin/").status_code == 200  # this session was verified by setting it up


def test_after_the_password_every_page_waits_for_the_code(client, editor_with_app):
    editor, device = editor_with_app
    sign_in(client, editor)
    for url in ("/admin/", "/tai-khoan/", "/admin/pages/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(VERIFY), url
    assert client.get("/admin/")["Location"] == f"{VERIFY}?next=/admin/"

    wrong = client.post(VERIFY, {"code": "12345", "next": "/admin/"})
    assert wrong.status_code == 200 and "Mã chưa đúng" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    device.throttle_reset()

    right = client.post(VERIFY, {"code": current_code(device), "next": "/admin/"})
    assert right.status_code == 302 and right["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_admins_own_sign_in_form_is_followed_by_the_code_too(client, editor_with_app):
    editor, _device = editor_with_app
    response = client.post("/admin/login/", {"username": editor.username, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def test_a_backup_code_works_once(client, editor_with_app):
    editor, _device = editor_with_app
    codes = replace_backup_codes(editor)
    sign_in(client, editor)
    assert client.post(VERIFY, {"code": codes[0].upper(), "next": "/admin/"})["Location"] == "/admin/"
    client.post("/dang-xuat/")
    sign_in(client, editor)
    again = client.post(VERIFY, {"code": codes[0], "next": "/admin/"})
    assert again.status_code == 200 and StaticToken.objects.filter(device__user=editor).count() == 7


def test_repeated_wrong_codes_slow_the_guesser_down(client, editor_with_app):
    editor, device = editor_with_app
    sign_in(client, editor)
    client.post(VERIFY, {"code": "000001"})
    blocked = client.post(VERIFY, {"code": current_code(device)})
    assert "nhập sai nhiều lần" in blocked.content.decode()
    assert client.get("/admin/").status_code == 302


def test_the_code_page_never_sends_people_to_another_site(client, editor_with_app):
    editor, device = editor_with_app
    sign_in(client, editor)
    response = client.post(VERIFY, {"code": current_code(device), "next": "https://ke-gian.example/"})
    assert response["Location"] == "/tai-khoan/"


def test_turning_it_off_needs_a_current_code(client, editor_with_app):
    editor, device = editor_with_app
    sign_in(client, editor)
    client.post(VERIFY, {"code": current_code(device)})
    refused = client.post(OFF, {"code": "99999999"})
    assert "Mã chưa đúng" in refused.content.decode() and TOTPDevice.objects.filter(user=editor).exists()
    device.refresh_from_db()
    device.throttle_reset()
    device.last_t = -1  # the same 30-second code again, as if the next one had come
    device.save()
    assert "Đã tắt" in client.post(OFF, {"code": current_code(device)}).content.decode()
    assert not TOTPDevice.objects.filter(user=editor).exists()
    client.post("/dang-xuat/")
    sign_in(client, editor)
    assert client.get("/admin/").status_code == 200


def test_people_without_an_app_are_not_asked(client, editor):
    sign_in(client, editor)
    assert client.get("/admin/").status_code == 200
    assert client.get("/tai-khoan/").status_code == 200


# Two browsers signed in to one account are two sessions: two clients here.


def signed_in_session(user):
    client = Client()
    sign_in(client, user)
    return client


def secret_shown(response):
    """The key as the setup page prints it for typing, without its spaces."""
    match = re.search(r'<code class="secret">([A-Z2-7 ]+)</code>', response.content.decode())
    assert match, "the setup page shows no secret"
    return match.group(1).replace(" ", "")


def device_shown_to(client):
    return TOTPDevice.objects.get(pk=client.session[PENDING_DEVICE_SESSION_KEY])


def turn_on(client):
    client.get(SETUP)
    device = device_shown_to(client)
    response = client.post(SETUP, {"code": current_code(device)})
    assert "Đã bật xác thực hai bước" in response.content.decode()
    device.refresh_from_db()
    return device


def is_sent_to_the_code_page(response):
    return response.status_code == 302 and response["Location"].startswith(VERIFY)


def test_each_session_is_shown_its_own_secret_and_a_new_one_after_signing_in_again(editor):
    first, second = signed_in_session(editor), signed_in_session(editor)
    shown_first, shown_second = secret_shown(first.get(SETUP)), secret_shown(second.get(SETUP))
    assert shown_first != shown_second
    assert secret_shown(first.get(SETUP)) == shown_first  # reloading keeps the secret the app may have scanned
    assert shown_first not in second.get(SETUP).content.decode()

    first.post("/dang-xuat/")
    sign_in(first, editor)
    assert secret_shown(first.get(SETUP)) not in (shown_first, shown_second)


def test_a_tester_who_read_the_secret_with_the_password_alone_cannot_pass_the_code_page(editor):
    """The hole an outside tester found: the secret read early was the one the owner confirmed later."""
    attacker = signed_in_session(editor)
    stolen = secret_shown(attacker.get(SETUP))
    stolen_device = device_shown_to(attacker)

    owner = signed_in_session(editor)
    assert secret_shown(owner.get(SETUP)) != stolen
    owners_app = turn_on(owner)

    assert list(TOTPDevice.objects.filter(user=editor)) == [owners_app] and owners_app.confirmed
    for code in (current_code(stolen_device), next_code(stolen_device)):
        refused = attacker.post(VERIFY, {"code": code, "next": "/admin/"})
        assert refused.status_code == 200 and "Mã chưa đúng" in refused.content.decode()
        owners_app.throttle_reset()
    assert is_sent_to_the_code_page(attacker.get("/admin/"))
    assert is_sent_to_the_code_page(attacker.get(SETUP))


def test_a_code_from_a_secret_shown_to_another_session_turns_nothing_on(editor):
    first, second, never_shown = (signed_in_session(editor) for _ in range(3))
    first.get(SETUP)
    second.get(SETUP)
    code = current_code(device_shown_to(first))

    refused = second.post(SETUP, {"code": code})
    assert "Mã chưa đúng" in refused.content.decode()
    refused = never_shown.post(SETUP, {"code": code})
    page = refused.content.decode()
    assert "không còn dùng được" in page and "Mã chưa đúng" not in page
    assert secret_shown(refused) not in (secret_shown(first.get(SETUP)), secret_shown(second.get(SETUP)))
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    # A pending secret's code opens nothing either: the code page takes confirmed devices only.
    refused = never_shown.post(VERIFY, {"code": code, "next": "/admin/"})
    assert refused.status_code == 200 and "Mã chưa đúng" in refused.content.decode()
    assert DEVICE_ID_SESSION_KEY not in never_shown.session


def test_confirming_one_secret_drops_every_other_pending_device(editor):
    first, second = signed_in_session(editor), signed_in_session(editor)
    first.get(SETUP)
    second.get(SETUP)
    second_device = device_shown_to(second)
    StaticDevice.objects.create(user=editor, name="Mã dự phòng cũ", confirmed=False)

    app = turn_on(first)

    assert list(devices_for_user(editor, confirmed=False)) == []
    assert list(TOTPDevice.objects.filter(user=editor)) == [app]
    backup = StaticDevice.objects.get(user=editor)
    assert backup.confirmed and backup.token_set.count() == 8
    refused = second.post(VERIFY, {"code": current_code(second_device), "next": "/admin/"})
    assert refused.status_code == 200 and "Mã chưa đúng" in refused.content.decode()


def test_pending_secrets_older_than_a_day_are_dropped(editor):
    forgotten = signed_in_session(editor)
    forgotten.get(SETUP)
    TOTPDevice.objects.filter(user=editor).update(created_at=timezone.now() - datetime.timedelta(days=2))
    signed_in_session(editor).get(SETUP)
    assert TOTPDevice.objects.filter(user=editor).count() == 1
    assert "không còn dùng được" in forgotten.post(SETUP, {"code": "123456"}).content.decode()


def test_a_session_that_names_an_unconfirmed_device_is_not_verified(editor_with_app):
    editor, _app = editor_with_app
    pending = TOTPDevice.objects.create(user=editor, name="Chưa xác nhận", confirmed=False)
    client = signed_in_session(editor)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = pending.persistent_id
    session.save()
    assert is_sent_to_the_code_page(client.get("/admin/"))


def pages_that_need_sign_in(values):
    """The access matrix's URLs that send an anonymous visitor to sign in, and the admin's, with Wagtail's admin
    API (the pages, drafts included, as JSON)."""
    site = [template.format(**values) for template, expectations in EXPECTED.values() if expectations["anonymous"] == L]
    admin = [reverse(name) for name in ADMIN_EXPECTED] + admin_urls_without_parameters()
    admin.append(reverse("wagtailadmin_api:pages:listing"))
    return [url for url in dict.fromkeys(site + admin) if not url.startswith(OPEN_BEFORE_CODE)]


STAFF_ROLES = ROLES[3:]


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_turning_it_on_sends_every_other_session_to_the_code_page_until_it_enters_one(world, role):  # noqa: F811
    people, values = world
    person = people[role]
    old, new = Client(), Client()
    old.force_login(person)
    new.force_login(person)
    urls = pages_that_need_sign_in(values)
    assert "/tai-khoan/du-lieu-cua-toi.json" in urls and "/admin/pages/" in urls
    assert not any(is_sent_to_the_code_page(old.get(url)) for url in urls)

    app = turn_on(new)

    for method in (old.get, old.post):
        answers = {url: method(url) for url in urls}
        assert {url for url, answer in answers.items() if not is_sent_to_the_code_page(answer)} == set(), method
    assert new.get("/tai-khoan/du-lieu-cua-toi.json").status_code == 200  # the session that turned it on

    assert old.post(VERIFY, {"code": next_code(app), "next": "/admin/"})["Location"] == "/admin/"
    assert {url for url in urls if is_sent_to_the_code_page(old.get(url))} == set()
    assert old.get("/tai-khoan/du-lieu-cua-toi.json").status_code == 200


def test_a_session_verified_before_it_was_turned_off_needs_the_new_code_once_it_is_on_again(editor):
    setting_up, elsewhere = signed_in_session(editor), signed_in_session(editor)
    first_app = turn_on(setting_up)
    elsewhere.post(VERIFY, {"code": next_code(first_app)})
    assert elsewhere.get("/admin/").status_code == 200

    first_app.refresh_from_db()
    first_app.last_t = -1  # the same 30-second code again, as if the next one had come
    first_app.save()
    assert "Đã tắt" in setting_up.post(OFF, {"code": current_code(first_app)}).content.decode()
    assert elsewhere.get("/admin/").status_code == 200  # off everywhere: no session owes a code

    second_app = turn_on(setting_up)
    assert second_app.bin_key != first_app.bin_key
    assert is_sent_to_the_code_page(elsewhere.get("/admin/"))
    refused = elsewhere.post(VERIFY, {"code": next_code(first_app)})
    assert refused.status_code == 200 and "Mã chưa đúng" in refused.content.decode()
