"""How long a lock lasts and what it keeps: it ends one cool-off after the failure that set it (tries during the
lock change nothing), the message counts down, the records hold the account's key rather than what was typed,
no successful sign-in is logged, and erasing a person forgets their records."""

import datetime

import pytest
from axes.models import AccessAttempt, AccessLog
from django.core.checks import Error, Warning
from django.db.models import Max, Sum
from django.http import HttpResponse
from django.test import RequestFactory

from accounts.checks import (
    client_addresses_behind_the_proxy,
    shared_cache_for_the_page_cache,
    trusted_proxy_count_is_a_count,
)
from accounts.factories import UserFactory
from accounts.lockout import lockout_response
from accounts.personal_data import erase
from tests.accounts.lockout import (
    LOCKED_ACCOUNT,
    PASSWORD,
    SPELLINGS,
    WRONG,
    admin_sign_in,
    app_code,
    at_code_page,
    enter_code,
    page_text,
    site_sign_in,
    wrong_code,
)

pytestmark = pytest.mark.django_db

OWNER_ADDRESS = "192.0.2.10"


def lock(owner):
    for attempt in range(5):
        site_sign_in(SPELLINGS[attempt], WRONG, f"203.0.113.{attempt + 1}")


def move_failures_back(minutes, seconds=0):
    earlier = datetime.timedelta(minutes=minutes, seconds=seconds)
    for attempt in AccessAttempt.objects.all():
        attempt.attempt_time -= earlier
        attempt.save(update_fields=["attempt_time"])


def failures_counted():
    return AccessAttempt.objects.filter(username__startswith="user:").aggregate(total=Sum("failures_since_start"))[
        "total"
    ]


def test_the_message_counts_down_and_the_lock_ends_after_the_cool_off(owner):
    lock(owner)
    move_failures_back(10)
    still_locked = site_sign_in(SPELLINGS[0], PASSWORD, OWNER_ADDRESS)
    assert still_locked.status_code == 429
    assert "Tài khoản này đang tạm khóa vì nhập sai quá nhiều lần. Hãy thử lại sau 5 phút." in page_text(still_locked)

    move_failures_back(5, seconds=1)
    assert site_sign_in(SPELLINGS[0], PASSWORD, OWNER_ADDRESS).status_code == 302


def test_the_two_step_page_opens_again_after_the_cool_off(owner, app):
    owner_at_code_page = at_code_page(SPELLINGS[1], OWNER_ADDRESS)
    for _ in range(5):
        enter_code(owner_at_code_page, wrong_code(app), OWNER_ADDRESS)
    assert LOCKED_ACCOUNT in page_text(enter_code(owner_at_code_page, app_code(app), OWNER_ADDRESS))
    move_failures_back(15, seconds=1)
    assert enter_code(owner_at_code_page, app_code(app), OWNER_ADDRESS)["Location"] == "/tai-khoan/"


def test_tries_during_the_lock_neither_count_nor_push_its_end(owner):
    lock(owner)
    before = AccessAttempt.objects.aggregate(last=Max("attempt_time"))["last"]
    for attempt, spelling in enumerate(SPELLINGS):
        password = PASSWORD if attempt % 2 else WRONG
        assert site_sign_in(spelling, password, f"198.51.100.{attempt + 1}").status_code == 429
    assert failures_counted() == 5
    assert AccessAttempt.objects.aggregate(last=Max("attempt_time"))["last"] == before


def test_the_records_keep_the_accounts_key_and_no_typed_secret(owner, app):
    site_sign_in("0912.345.678", "mat-khau-doan-1", "203.0.113.1")
    site_sign_in("0987 654 321", "mat-khau-doan-2", "203.0.113.1")  # opens no account
    site_sign_in("(0987)654321", "mat-khau-doan-3", "203.0.113.1")
    site_sign_in("Ai.Do@Example.VN", "mat-khau-doan-4", "203.0.113.1")
    code = wrong_code(app)
    enter_code(at_code_page(SPELLINGS[0], "203.0.113.2"), code, "203.0.113.2")
    rows = AccessAttempt.objects.values_list("username", "ip_address", "failures_since_start")
    counts = {(key, address): failures for key, address, failures in rows}
    assert counts == {
        (f"user:{owner.pk}", "203.0.113.1"): 1,
        (f"user:{owner.pk}", "203.0.113.2"): 1,
        ("phone:+84987654321", "203.0.113.1"): 2,
        ("email:ai.do@example.vn", "203.0.113.1"): 1,
    }
    stored = " ".join(" ".join(row) for row in AccessAttempt.objects.values_list("username", "get_data", "post_data"))
    for typed in ("0912.345.678", "0987", "Ai.Do", "mat-khau-doan", f"code={code}"):
        assert typed not in stored

    assert site_sign_in(SPELLINGS[0], PASSWORD, OWNER_ADDRESS).status_code == 302
    assert not AccessLog.objects.exists()  # a successful sign-in is not logged


def test_an_identifier_longer_than_the_records_column_is_counted_by_its_digest():
    typed = "Ai" * 120 + "@example.vn"  # 251 characters: the admin's form takes up to 254
    for _ in range(2):
        assert "mật khẩu chưa đúng" in page_text(admin_sign_in(typed, WRONG, "203.0.113.1"))
    (attempt,) = AccessAttempt.objects.all()
    assert attempt.failures_since_start == 2
    assert attempt.username.startswith("email:sha256:") and len(attempt.username) <= 255


def test_erasure_forgets_the_persons_lockout_records_and_only_theirs(owner):
    someone_else = UserFactory(username="nguoi-khac")
    site_sign_in(SPELLINGS[0], WRONG, "203.0.113.1")
    site_sign_in("nguoi-khac", WRONG, "203.0.113.1")
    # Tried before the phone was the owner's, it was counted under the number itself.
    owner.phone = None
    owner.save()
    site_sign_in(SPELLINGS[3], WRONG, "203.0.113.2")
    owner.phone = "+84912345678"
    owner.save()
    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {
        f"user:{owner.pk}",
        f"user:{someone_else.pk}",
        "phone:+84912345678",
    }

    erase(owner)
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == [f"user:{someone_else.pk}"]


def test_a_sign_in_path_that_does_not_explain_the_lock_gets_a_page_that_does():
    request = RequestFactory().post("/dang-nhap/", {"username": "0912 345 678"}, REMOTE_ADDR="203.0.113.1")
    response = lockout_response(request, HttpResponse("Sai mật khẩu"), {"username": "0912 345 678"})
    assert response.status_code == 429
    assert LOCKED_ACCOUNT in response.content.decode() and "Sai mật khẩu" not in response.content.decode()


def test_the_deploy_check_is_about_the_page_cache_and_the_limits_per_client_now(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    (warning,) = shared_cache_for_the_page_cache(None)
    assert warning.id == "accounts.W001" and "page" in warning.msg and "sign-in" not in warning.msg
    assert "guide answers" in warning.msg and "invitation codes" in warning.msg and "per worker" in warning.msg
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "x"}}
    assert shared_cache_for_the_page_cache(None) == []


@pytest.mark.parametrize(
    ("proxy_header", "count", "warned"),
    [
        (("HTTP_X_FORWARDED_PROTO", "https"), 0, True),  # behind a proxy, every client has its address
        (("HTTP_X_FORWARDED_PROTO", "https"), 1, False),
        (("HTTP_X_FORWARDED_PROTO", "https"), 2, False),
        (None, 0, False),  # no proxy (make serve): REMOTE_ADDR is the client's
        (None, 1, False),
    ],
)
def test_the_deploy_check_warns_when_the_site_is_behind_a_proxy_it_reads_no_addresses_from(
    settings, proxy_header, count, warned
):
    settings.SECURE_PROXY_SSL_HEADER = proxy_header
    settings.TRUSTED_PROXY_COUNT = count
    warnings = client_addresses_behind_the_proxy(None)
    assert [warning.id for warning in warnings] == (["accounts.W002"] if warned else [])
    assert all(isinstance(warning, Warning) and "TRUSTED_PROXY_COUNT" in warning.hint for warning in warnings)


@pytest.mark.parametrize(("count", "fine"), [(0, True), (2, True), (-1, False), ("1", False)])
def test_a_trusted_proxy_count_must_be_a_count(settings, count, fine):
    settings.TRUSTED_PROXY_COUNT = count
    errors = trusted_proxy_count_is_a_count(None)
    assert (errors == []) is fine
    assert all(isinstance(error, Error) and error.id == "accounts.E001" for error in errors)
