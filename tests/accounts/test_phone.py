import pytest
from django.core.exceptions import ValidationError

from accounts.phone import format_phone, normalize_phone


@pytest.mark.parametrize(
    "raw",
    [
        "0912345678",
        "0912 345 678",
        "0912.345.678",
        "0912-345-678",
        "(0912)345678",
        "+84912345678",
        "+84 912 345 678",
        "84912345678",
        "+84 (0) 912 345 678",
        "840912345678",
        "0084 912 345 678",
        "\uff10\uff19\uff11\uff12\u3000\uff13\uff14\uff15\u3000\uff16\uff17\uff18",  # fullwidth
        "\uff0b\uff18\uff14 912 345 678",  # fullwidth plus sign
        "09\u0661\u0662345678",  # another script's digits
        "0912\u2013345\u2013678",  # en dashes
        "\u202a0912 345 678\u202c",  # direction marks copied along with the number
        "0912\u0301345678",  # an accent over a digit
        "0912\u200b345678",  # a zero-width space
    ],
)
def test_mobile_numbers_in_every_common_format_normalise_to_one_form(raw):
    assert normalize_phone(raw) == "+84912345678"


def test_landline_numbers_keep_their_area_code():
    assert normalize_phone("024 3825 5555") == "+842438255555"
    assert format_phone("+842438255555") == "024 3825 5555"


@pytest.mark.parametrize(
    "raw",
    ["", "12345", "0912", "091234567890", "abc", "+1 202 555 0100", "0112345678", "00912345678", "+8400912345678"],
)
def test_invalid_numbers_are_refused_with_a_vietnamese_message(raw):
    with pytest.raises(ValidationError) as error:
        normalize_phone(raw)
    assert "Số điện thoại không hợp lệ" in error.value.messages[0]


def test_numbers_are_shown_the_way_people_write_them():
    assert format_phone("+84912345678") == "0912 345 678"
    assert format_phone("") == ""
