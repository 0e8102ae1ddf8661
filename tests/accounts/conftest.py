"""The owner whose account the lock-out tests try to break into (helpers in tests/accounts/lockout.py)."""

import pytest
from django.contrib.auth.models import Permission
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.factories import UserFactory
from reporting.tokens import issue
from tests.accounts.lockout import PASSWORD, PHONE


@pytest.fixture
def owner(db):
    user = UserFactory(username="chu-tai-khoan", phone=PHONE, password=PASSWORD)
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return user


@pytest.fixture
def app(owner):
    return TOTPDevice.objects.create(user=owner, name="Ứng dụng xác thực", confirmed=True)


@pytest.fixture
def api_key(owner):
    owner.is_superuser = True  # a whole-country key: only superusers may hold one
    owner.save()
    _token, key = issue(owner, "Ứng dụng thử", None)
    return key
