import pytest

from core.exports import neutralise_formula


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\tsay", "'\tsay"),
        ("\rsay", "'\rsay"),
        ("\uff1d1+2", "'\uff1d1+2"),
        (" =1+2", "' =1+2"),
        ("\n=1+2", "'\n=1+2"),
        ("+84912345678", "+84912345678"),
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        (42, 42),
        (None, None),
    ],
)
def test_cells_a_spreadsheet_would_run_become_text_and_phone_numbers_stay(value, expected):
    assert neutralise_formula(value) == expected
