"""Every password rule refuses in Vietnamese: at sign-up, at a password reset and when a leader sets one."""

import pytest
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils import translation


@pytest.mark.parametrize("password", ["Ab1!", "1234567890123", "password", "Ngắn"])
def test_each_refusal_is_in_vietnamese(password):
    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        password_validation.validate_password(password)
    for message in refused.value.messages:
        assert "password" not in message.lower() and "Mật khẩu" in message, message
