"""Shared by the lock-out tests: an owner with a phone number and an authenticator app, every spelling of that
number, and one function per way of trying a secret (the site's form, the admin's, the two-step page, the API)."""

from django.test import Client
from django_otp.oath import TOTP

PASSWORD = "mat-khau-cua-chu-tai-khoan-2026"
WRONG = "doan-thu-mat-khau"
PHONE = "+84912345678"
CODE_PAGE = "/tai-khoan/xac-thuc-hai-buoc/nhap-ma/"
API_URL = "/api/v2/reporting/training/"
# Every way people (and guessers) write the owner's number. Each must count against the same account.
SPELLINGS = [
    "0912 345 678",
    "0912345678",
    "0912.345.678",
    "0912-345-678",
    "(0912)345678",
    "+84912345678",
    "+84 912 345 678",
    "84912345678",
    "+84 (0) 912 345 678",
    "0084 912 345 678",
    "\uff10\uff19\uff11\uff12 \uff13\uff14\uff15 \uff16\uff17\uff18",  # fullwidth digits
    "09\u0661\u0662 345 678",  # another script's digits
    "0912\u0301 345 678",  # an accent typed over a digit
    "0912\u2013345\u2013678",  # en dashes, as word processors write them
    "\u202a0912 345 678\u202c",  # the direction marks phones copy along with a number
    "\u00a00912\u00a0345\u00a0678 ",  # no-break spaces, a trailing space
]
LOCKED_ACCOUNT = "Tài khoản này đang tạm khóa vì nhập sai quá nhiều lần. Hãy thử lại sau 15 phút."
LOCKED_ADDRESS = "Đăng nhập từ mạng bạn đang dùng đang tạm khóa vì có quá nhiều lần nhập sai. Hãy thử lại sau 15 phút."


def app_code(device):
    device.refresh_from_db()
    device.throttle_reset()  # django-otp's own delay between tries is not what these tests are about
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def wrong_code(device):
    right = app_code(device)
    return "000000" if right != "000000" else "111111"


def site_sign_in(username, password, address, client=None, **headers):
    client = client or Client()
    return client.post("/dang-nhap/", {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def admin_sign_in(username, password, address, client=None, **headers):
    client = client or Client()
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def at_code_page(spelling, address):
    """A session that has given the right password and waits at the two-step page."""
    client = Client()
    response = site_sign_in(spelling, PASSWORD, address, client)
    assert response.status_code == 302, response.content.decode()[:500]
    assert client.get("/tai-khoan/", REMOTE_ADDR=address)["Location"].startswith(CODE_PAGE)
    return client


def enter_code(client, code, address):
    return client.post(CODE_PAGE, {"code": code, "next": "/tai-khoan/"}, REMOTE_ADDR=address)


def api_call(key, address, **headers):
    return Client().get(API_URL, HTTP_AUTHORIZATION=f"Bearer {key}", REMOTE_ADDR=address, **headers)


def page_text(response):
    return response.content.decode()
