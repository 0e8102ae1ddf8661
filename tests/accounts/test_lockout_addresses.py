"""Failures count per client address too, and the address is read the way django-ipware does: X-Forwarded-For
only as far as TRUSTED_PROXY_COUNT proxies vouch for it. A direct client's forged header changes nothing; behind
the proxy, people keep their own addresses instead of sharing the proxy's. Wrong API keys count per address."""

import logging

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory

from accounts import client_address as addresses
from accounts.client_address import NO_ADDRESS, client_address
from guides.feedback import FEEDBACK_TRIES
from tests.accounts.lockout import (
    LOCKED_ADDRESS,
    PASSWORD,
    SPELLINGS,
    WRONG,
    admin_sign_in,
    api_call,
    page_text,
    site_sign_in,
)

pytestmark = pytest.mark.django_db

GUESSER = "203.0.113.9"
OWNER = "198.51.100.8"
PROXY = "127.0.0.1"


@pytest.fixture(autouse=True)
def address_limit_of_five(request, settings):
    """Most tests here are about which address is counted, not how many failures it takes: the address's limit is
    set to the account's to keep them short. The tests marked real_limits keep the settings' numbers."""
    if "real_limits" not in request.keywords:
        settings.SIGN_IN_ADDRESS_FAILURE_LIMIT = settings.AXES_FAILURE_LIMIT


def spray(address, **headers):
    """Five wrong passwords from one address, each for a different account that does not exist."""
    return [site_sign_in(f"0987 000 00{number}", WRONG, address, **headers) for number in range(5)]


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "expected"),
    [
        (0, "198.51.100.8", None, "198.51.100.8"),
        (0, "198.51.100.8", "203.0.113.9", "198.51.100.8"),  # a direct client's header is ignored
        (0, "198.51.100.8", "10.0.0.1, 203.0.113.9", "198.51.100.8"),
        (1, PROXY, "203.0.113.9", "203.0.113.9"),  # what the proxy appended
        (1, PROXY, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # the client's own entries are to the left
        (1, PROXY, "unknown, 203.0.113.9", "203.0.113.9"),
        (1, PROXY, "192.168.1.20", "192.168.1.20"),  # a private client is still its own address
        (1, PROXY, "2001:db8::7", "2001:db8::"),  # an IPv6 client by its /64
        (2, PROXY, "6.6.6.6, 203.0.113.9, 198.51.100.1", "203.0.113.9"),  # a CDN, then the proxy
        (1, PROXY, None, PROXY),  # not through the proxy: only the connection is known
        (2, PROXY, "203.0.113.9", PROXY),  # fewer entries than proxies: the same
    ],
)
def test_the_client_address_trusts_the_header_only_as_far_as_the_proxies(
    settings, proxies, remote, forwarded, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    assert client_address(RequestFactory().get("/", REMOTE_ADDR=remote, **headers)) == expected


def test_with_no_trusted_proxy_a_forged_forwarded_for_changes_nothing(settings, owner):
    settings.TRUSTED_PROXY_COUNT = 0
    attempts = [
        site_sign_in(f"0987 000 00{number}", WRONG, GUESSER, HTTP_X_FORWARDED_FOR=f"10.0.{number}.1")
        for number in range(5)
    ]
    assert attempts[4].status_code == 429 and LOCKED_ADDRESS in page_text(attempts[4])
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {GUESSER}

    claiming_elsewhere = site_sign_in(SPELLINGS[0], PASSWORD, GUESSER, HTTP_X_FORWARDED_FOR=OWNER)
    assert claiming_elsewhere.status_code == 429 and LOCKED_ADDRESS in page_text(claiming_elsewhere)
    claiming_the_locked_address = site_sign_in(SPELLINGS[0], PASSWORD, OWNER, HTTP_X_FORWARDED_FOR=GUESSER)
    assert claiming_the_locked_address.status_code == 302


def test_behind_one_proxy_one_guesser_locks_only_their_own_address(settings, owner):
    settings.TRUSTED_PROXY_COUNT = 1
    attempts = [
        site_sign_in(f"0987 000 00{number}", WRONG, PROXY, HTTP_X_FORWARDED_FOR=f"10.0.{number}.1, {GUESSER}")
        for number in range(5)
    ]
    assert attempts[4].status_code == 429 and LOCKED_ADDRESS in page_text(attempts[4])
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {GUESSER}

    from_the_guessers_address = admin_sign_in(SPELLINGS[2], PASSWORD, PROXY, HTTP_X_FORWARDED_FOR=GUESSER)
    assert from_the_guessers_address.status_code == 429 and LOCKED_ADDRESS in page_text(from_the_guessers_address)
    everyone_else = admin_sign_in(SPELLINGS[2], PASSWORD, PROXY, HTTP_X_FORWARDED_FOR=OWNER)
    assert everyone_else.status_code == 302


def test_an_address_is_locked_for_every_account_but_the_accounts_stay_open_elsewhere(owner):
    spray(GUESSER)
    assert LOCKED_ADDRESS in page_text(site_sign_in(SPELLINGS[0], PASSWORD, GUESSER))
    assert site_sign_in(SPELLINGS[0], PASSWORD, OWNER).status_code == 302


def test_a_locked_address_gets_a_vietnamese_json_429_from_the_api_even_with_the_right_key(api_key):
    wrong = [api_call(f"khoa-sai-{number}", GUESSER) for number in range(5)]
    assert [response.status_code for response in wrong] == [401, 401, 401, 401, 429]

    right_key_locked = api_call(api_key, GUESSER)
    assert right_key_locked.status_code == 429
    assert right_key_locked.json() == {"detail": LOCKED_ADDRESS}
    assert 14 * 60 < int(right_key_locked["Retry-After"]) <= 15 * 60
    assert "no-store" in right_key_locked["Cache-Control"]
    assert api_call(api_key, OWNER).status_code == 200


@pytest.mark.parametrize("index", range(len(SPELLINGS)), ids=[repr(spelling) for spelling in SPELLINGS])
def test_wrong_passwords_in_any_spelling_and_wrong_keys_add_up_per_address(index, api_key):
    for attempt in range(4):
        sign_in = site_sign_in if attempt % 2 else admin_sign_in
        sign_in(SPELLINGS[(index + attempt) % len(SPELLINGS)], WRONG, GUESSER)
    assert api_call("khoa-sai", GUESSER).status_code == 429

    assert api_call(api_key, GUESSER).json() == {"detail": LOCKED_ADDRESS}
    refused = site_sign_in(SPELLINGS[index], PASSWORD, GUESSER)
    assert refused.status_code == 429 and LOCKED_ADDRESS in page_text(refused)
    # Four failures against the account: the owner elsewhere still signs in, and the API answers there.
    assert site_sign_in(SPELLINGS[index], PASSWORD, OWNER).status_code == 302
    assert api_call(api_key, OWNER).status_code == 200


def test_wrong_keys_from_many_addresses_do_not_add_up_to_one_shared_count(api_key):
    for number in range(10):
        assert api_call("khoa-sai", f"203.0.113.{number + 1}").status_code == 401
    assert api_call(api_key, OWNER).status_code == 200
    assert site_sign_in(SPELLINGS[0], PASSWORD, OWNER).status_code == 302


@pytest.mark.real_limits
def test_people_behind_one_carrier_address_are_not_locked_out_by_each_others_typos(settings, owner):
    """A carrier's NAT puts thousands of phones behind one address: their honest typos on many accounts must not
    lock everyone there at the account's limit. The address locks only at its own, higher limit."""
    address_limit = settings.SIGN_IN_ADDRESS_FAILURE_LIMIT
    assert address_limit > settings.AXES_FAILURE_LIMIT
    for number in range(address_limit - 1):
        assert site_sign_in(f"0987 000 {number:03d}", WRONG, GUESSER).status_code == 200
    assert site_sign_in(SPELLINGS[0], PASSWORD, GUESSER).status_code == 302

    last_straw = site_sign_in("0987 999 999", WRONG, GUESSER)
    assert last_straw.status_code == 429 and LOCKED_ADDRESS in page_text(last_straw)
    assert site_sign_in(SPELLINGS[1], PASSWORD, GUESSER).status_code == 429
    assert site_sign_in(SPELLINGS[1], PASSWORD, OWNER).status_code == 302


@pytest.mark.real_limits
def test_from_a_shared_address_one_account_still_locks_at_the_accounts_limit(settings, owner):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        site_sign_in(SPELLINGS[attempt], WRONG, GUESSER)
    refused = site_sign_in(SPELLINGS[0], PASSWORD, OWNER)
    assert refused.status_code == 429 and "Tài khoản này đang tạm khóa" in page_text(refused)
    assert site_sign_in("0987 000 001", WRONG, GUESSER).status_code == 200  # the address itself is still open


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "expected"),
    [
        (0, "2001:db8:1:2:3:4:5:6", None, "2001:db8:1:2::"),
        (0, "2001:db8:1:2:ffff:ffff:ffff:ffff", None, "2001:db8:1:2::"),
        (0, "2001:DB8:1:2::7", None, "2001:db8:1:2::"),  # however it is written
        (0, "2001:db8:1:3::7", None, "2001:db8:1:3::"),  # the next /64 is someone else
        (0, "fe80::1%eth0", None, "fe80::"),
        (0, "::1", None, "::"),
        (1, PROXY, "2001:db8:1:2:aaaa::1", "2001:db8:1:2::"),
        (0, "::ffff:203.0.113.9", None, "203.0.113.9"),  # IPv4-mapped: the IPv4 client
        (1, PROXY, "::ffff:203.0.113.9", "203.0.113.9"),
        (1, "::ffff:127.0.0.1", None, PROXY),  # the fallback to the connection is counted alike
        (2, "2001:db8:9::1", "203.0.113.9", "2001:db8:9::"),
    ],
)
def test_an_ipv6_client_counts_by_its_64_and_a_mapped_ipv4_as_the_ipv4(settings, proxies, remote, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    assert client_address(RequestFactory().get("/", REMOTE_ADDR=remote, **headers)) == expected


def test_addresses_across_one_64_add_up_to_one_lock(owner):
    """One subscriber can pick any of 2**64 addresses: a fresh one per guess must not buy a fresh count."""
    attempts = [site_sign_in(f"0987 000 00{number}", WRONG, f"2001:db8:1:2::{number + 1:x}") for number in range(5)]
    assert attempts[4].status_code == 429 and LOCKED_ADDRESS in page_text(attempts[4])
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"2001:db8:1:2::"}
    assert site_sign_in(SPELLINGS[0], PASSWORD, "2001:db8:1:2:dead:beef:0:1").status_code == 429
    assert site_sign_in(SPELLINGS[0], PASSWORD, "2001:db8:1:3::1").status_code == 302


@pytest.fixture
def warned_afresh():
    addresses.warn_about_requests_without_an_address.cache_clear()
    yield
    addresses.warn_about_requests_without_an_address.cache_clear()


@pytest.mark.parametrize("remote", ["", "unix:/run/gunicorn.sock", "testserver"])
def test_a_request_without_an_address_counts_under_one_fixed_address_and_is_logged_once(
    settings, caplog, warned_afresh, remote
):
    """Gunicorn on a unix socket leaves REMOTE_ADDR empty. None would key axes' rows on NULL, which simultaneous
    requests can create twice; a fixed, valid address keys them like any other."""
    settings.TRUSTED_PROXY_COUNT = 0
    with caplog.at_level(logging.WARNING, logger="accounts.client_address"):
        found = [client_address(RequestFactory().get("/", REMOTE_ADDR=remote)) for _ in range(3)]
    assert found == [NO_ADDRESS] * 3
    assert [record.levelno for record in caplog.records] == [logging.WARNING]
    assert NO_ADDRESS in caplog.records[0].getMessage()


def test_behind_a_proxy_on_a_unix_socket_the_forwarded_address_still_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(RequestFactory().get("/", REMOTE_ADDR="", HTTP_X_FORWARDED_FOR="203.0.113.9")) == GUESSER


def test_sign_in_without_an_address_is_counted_under_the_fixed_address(owner, warned_afresh):
    attempts = [site_sign_in(f"0987 000 00{number}", WRONG, "") for number in range(5)]
    assert [response.status_code for response in attempts] == [200, 200, 200, 200, 429]
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {NO_ADDRESS}
    assert site_sign_in(SPELLINGS[0], PASSWORD, OWNER).status_code == 302


def test_the_limits_per_client_count_an_ipv6_subscriber_once(settings):
    """The same address reaches the throttle: a fresh IPv6 address per try gives no fresh allowance."""
    from django.core.cache import cache

    cache.clear()
    settings.TRUSTED_PROXY_COUNT = 0
    for number in range(FEEDBACK_TRIES.limit):
        assert FEEDBACK_TRIES.allows(client_address(RequestFactory().post("/", REMOTE_ADDR=f"2001:db8:7:7::{number}")))
    assert not FEEDBACK_TRIES.allows(client_address(RequestFactory().post("/", REMOTE_ADDR="2001:db8:7:7:1:2:3:4")))
