"""Failures count per account: five tries at one account, each in another spelling of its phone number, from
another address and through another form (the site's, the admin's, the two-step page), and the sixth try is
refused in every spelling on every form, even with the right password or code, saying for how long."""

import pytest
from axes.models import AccessAttempt
from django.utils.html import escape

from tests.accounts.lockout import (
    CODE_PAGE,
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

FORMS = ("site", "admin", "code")
OWNER_ADDRESS = "192.0.2.10"


def fail_once(form, spelling, address, device, guesser):
    if form == "site":
        return site_sign_in(spelling, WRONG, address)
    if form == "admin":
        return admin_sign_in(spelling, WRONG, address)
    return enter_code(guesser, wrong_code(device), address)


def five_failures(first, device):
    """Five wrong tries, each from its own address, in the spellings after `first`, through the forms in turn
    (starting at a different form for each spelling, so that each form is the one that sets the lock somewhere).
    The two-step page is tried by a guesser who knows the password but not the code."""
    guesser = at_code_page(SPELLINGS[first - 1], "203.0.113.200")
    return [
        fail_once(
            FORMS[(first + attempt) % len(FORMS)],
            SPELLINGS[(first + 1 + attempt) % len(SPELLINGS)],
            f"203.0.113.{attempt + 1}",
            device,
            guesser,
        )
        for attempt in range(5)
    ]


@pytest.mark.parametrize("index", range(len(SPELLINGS)), ids=[repr(spelling) for spelling in SPELLINGS])
@pytest.mark.parametrize("form", FORMS)
def test_the_sixth_try_is_refused_in_any_spelling_on_every_form_even_when_right(form, index, owner, app):
    spelling = SPELLINGS[index]
    owner_at_code_page = at_code_page(spelling, OWNER_ADDRESS) if form == "code" else None

    failures = five_failures(index, app)
    for response in failures[:4]:
        assert response.status_code == 200 and "tạm khóa" not in page_text(response)
    assert failures[4].status_code == 429 and LOCKED_ACCOUNT in page_text(failures[4])
    assert {attempt.username for attempt in AccessAttempt.objects.all()} == {f"user:{owner.pk}"}

    if form == "code":
        response = enter_code(owner_at_code_page, app_code(app), OWNER_ADDRESS)
        assert response.status_code == 429 and LOCKED_ACCOUNT in page_text(response)
        assert owner_at_code_page.get("/tai-khoan/", REMOTE_ADDR=OWNER_ADDRESS)["Location"].startswith(CODE_PAGE)
    else:
        sign_in = site_sign_in if form == "site" else admin_sign_in
        response = sign_in(spelling, PASSWORD, OWNER_ADDRESS)
        assert response.status_code == 429 and LOCKED_ACCOUNT in page_text(response)
        assert response.context["form"]["username"].value() == spelling  # what was typed stays in the form
        assert f'value="{escape(spelling)}"' in page_text(response)
        assert "_auth_user_id" not in response.wsgi_request.session


@pytest.mark.parametrize("form", ("site", "admin"))
def test_below_the_limit_the_right_password_in_any_spelling_still_signs_in(form, owner):
    sign_in = site_sign_in if form == "site" else admin_sign_in
    for attempt, spelling in enumerate(SPELLINGS[:4]):
        wrong = page_text(sign_in(spelling, WRONG, f"203.0.113.{attempt + 1}"))
        assert "Số điện thoại (hoặc tên đăng nhập) hay mật khẩu chưa đúng. Hãy thử lại." in wrong
        assert "tạm khóa" not in wrong
    for spelling in SPELLINGS:
        assert sign_in(spelling, PASSWORD, OWNER_ADDRESS).status_code == 302, spelling
