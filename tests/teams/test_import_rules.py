"""The member import lets no bad row in: a messy file of every kind of bad row, with exact counts; the same file
again adds nothing; rows checked again at the moment of import; a fixed number of queries for 1,000 rows."""

import datetime
import unicodedata

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.factories import UserFactory
from core.exports import neutralise_formula
from teams.factories import MemberFactory
from teams.importing import ImportFileError, apply_import, invalid_rows_table, preview_import
from teams.models import Member, MemberRole, RoleAssignment, ScopeRole
from tests.teams.test_import import HEADER, csv_file, xlsx

pytestmark = pytest.mark.django_db

OTHER_TEAM_CURRENT = "0911 000 001"
OTHER_TEAM_FORMER = "0911 000 002"
ALREADY_HERE = "0916 000 111"


def nfd(text):
    return unicodedata.normalize("NFD", text)


def fullwidth(text):
    """Digits as a Chinese or Japanese input method types them (U+FF10...)."""
    return "".join(chr(0xFF10 + int(char)) if char.isdigit() else char for char in text)


# Row number (as the spreadsheet numbers it) -> the row, and what it must become.
MESSY = {
    2: (["Nguyễn Văn An", "0912 345 678", "Đoàn TN", "tổ trưởng", "15/03/2025"], "valid"),
    3: ([nfd("Trần Thị Bình"), "+84 987 654 321", "Phụ nữ", "Thành viên", "16/03/2025"], "valid"),
    4: (["Lê Văn Cường", fullwidth("0901 222 333"), "", "", ""], "valid"),  # fullwidth digits
    5: (["Phạm Thị Dung", "0084 901 222 333", "", "", ""], "trùng số điện thoại với dòng 4"),
    6: (["Hoàng Văn Em", "0901.222.333", "", "", ""], "trùng số điện thoại với dòng 4"),
    7: (["Vũ Thị Giang", "0913 000 111", "", "Trưởng nhóm", ""], "không phải vai trò trong tổ"),
    8: (["Đỗ Văn Hải", "0913 000 222", "", "Phó chủ tịch", ""], "không phải vai trò trong tổ"),
    9: (["Bùi Văn Ích", "0913 000 333", "", "Tổ trưởng", ""], "dòng 2 đã là tổ trưởng"),
    10: (["Ngô Thị Kim", "0913 000 444", "", "", "01/01/2099"], "Ngày 01/01/2099 chưa tới"),
    11: (["Lý Văn Long", "0913 000 555", "", "", "01/01/1999"], "quá xa (trước 01/01/2020)"),
    12: (["Mai Thị Mơ", "0913 000 666", "", "", "31/02/2025"], "“31/02/2025” không đúng dạng"),
    13: (["Cao Văn Nam", "0913 000 777", "", "", 45735], "valid"),  # an Excel day count: 19/03/2025
    14: (["Đinh Văn Ổn", "0913 000 888", "", "", 73050], "chưa tới"),  # an Excel day count in 2099
    15: (['=HYPERLINK("http://x","bấm")', "0913 000 999", "", "", ""], "Họ và tên chỉ gồm chữ cái"),
    16: (["Nguyễn Văn 3", "0914 000 111", "", "", ""], "không được có chữ số"),
    17: (["Lan 🌸", "0914 000 222", "", "", ""], "Họ và tên chỉ gồm chữ cái"),
    18: (["Trịnh%00Thị", "0914 000 333", "", "", ""], "không được có chữ số"),
    19: (["H'Hen Niê", "0914 000 444", "", "", ""], "valid"),
    20: (["Nay Y\u2019Blang", "0914 000 555", "", "", ""], "valid"),
    21: (["  Kpă   Thị   Hoa  ", "0915 000 666", "", "", ""], "valid"),
    22: (["Trương Văn Phúc", OTHER_TEAM_CURRENT, "", "", ""], "số điện thoại này đã thuộc một tổ khác"),
    23: (["La Văn Quý", OTHER_TEAM_FORMER, "", "", ""], "valid"),  # a former member's phone is free
    24: (["+Tạ Văn Sơn", "0914 000 666", "", "", ""], "Họ và tên chỉ gồm chữ cái"),
    25: (["@Lò Văn Tú", "0914 000 777", "", "", ""], "Họ và tên chỉ gồm chữ cái"),
    26: (["Hà Thị Uyên", "0914 000 888", "", "tt", ""], "không phải vai trò trong tổ"),
    27: (["Sầm Văn Việt", "0914 000 999", "", "tổ phó", ""], "valid"),
    28: (["", "0915 000 111", "", "", ""], "thiếu họ và tên"),
    29: (["Quàng Thị Xuân", "0915 000 222", "", "", "2025-13-01"], "không đúng dạng"),
    30: (["Lường Văn Yên", ALREADY_HERE, "", "", ""], "already"),
    31: (["Ma Văn Bảo", "0916.000.111", "", "", ""], "trùng số điện thoại với dòng 30"),
    32: (["Nông Thị Ánh", "0915 000 333", "", "", datetime.datetime(2099, 1, 1)], "chưa tới"),
    33: (["Đàm Văn Cảnh", "0915 000 444", "", "", "15/03/25"], "valid"),
    34: (["Triệu Văn Đức", "0915 000 555", "", "", "01/01/99"], "quá xa"),
    35: (["-Hà Văn Giỏi", "0915 000 777", "", "", ""], "phải bắt đầu bằng một chữ cái"),
    36: (["Đèo Văn Hùng", "0915 000 888", "", "Tổ trưởng", ""], "dòng 2 đã là tổ trưởng"),
}
VALID = sorted(number for number, (_row, outcome) in MESSY.items() if outcome == "valid")
ALREADY = sorted(number for number, (_row, outcome) in MESSY.items() if outcome == "already")
INVALID = sorted(number for number, (_row, outcome) in MESSY.items() if outcome not in ("valid", "already"))


def messy_file():
    return xlsx([HEADER, *(MESSY[number][0] for number in sorted(MESSY))])


@pytest.fixture
def messy_world(world):
    """team_cuong imports; team_an holds one current member and one former one."""
    MemberFactory(team=world["team_an"], full_name="Người Tổ An", phone="+84911000001")
    MemberFactory(
        team=world["team_an"], full_name="Người Đã Rời", phone="+84911000002", left_on=datetime.date(2025, 6, 1)
    )
    MemberFactory(team=world["team_cuong"], full_name="Lường Văn Yên", phone="+84916000111")
    return world


def south_coordinator(world):
    user = UserFactory(username="dieuphoi-nam")
    RoleAssignment.objects.create(user=user, role=ScopeRole.PROVINCE_COORDINATOR, area=world["south"])
    return user


def test_the_messy_file_lets_only_the_good_rows_in_with_exact_counts(messy_world):
    team = messy_world["team_cuong"]
    assert (len(VALID), len(ALREADY), len(INVALID)) == (10, 1, 24)
    preview = preview_import(team, messy_file(), importer=south_coordinator(messy_world))
    assert [row.number for row in preview.valid] == VALID
    assert [row.number for row in preview.already_in_team] == ALREADY
    assert [row.number for row in preview.invalid] == INVALID
    reasons = {row.number: "; ".join(row.errors) for row in preview.invalid}
    for number in INVALID:
        assert MESSY[number][1] in reasons[number], (number, reasons[number])

    assert apply_import(team, preview) == 10
    stored = {member.phone: member for member in Member.objects.filter(team=team)}
    assert stored["+84987654321"].full_name == "Trần Thị Bình"  # typed decomposed, stored composed
    assert unicodedata.is_normalized("NFC", stored["+84987654321"].full_name)
    assert stored["+84901222333"].full_name == "Lê Văn Cường"  # fullwidth digits: the same number
    assert stored["+84915000666"].full_name == "Kpă Thị Hoa"
    assert stored["+84914000555"].full_name == "Nay Y\u2019Blang"
    assert str(stored["+84913000777"].joined_on) == "2025-03-19"
    assert str(stored["+84915000444"].joined_on) == "2025-03-15"
    assert stored["+84912345678"].role == MemberRole.LEADER
    assert Member.objects.current().filter(team=team, role=MemberRole.LEADER).count() == 1
    assert stored["+84914000999"].role == MemberRole.DEPUTY
    assert "+84911000001" not in stored and "+84911000002" in stored


def test_the_same_file_again_adds_nothing(messy_world):
    team = messy_world["team_cuong"]
    apply_import(team, preview_import(team, messy_file()))
    count = Member.objects.count()
    again = preview_import(team, messy_file())
    assert (len(again.valid), len(again.already_in_team), len(again.invalid)) == (0, 11, 24)
    assert apply_import(team, again) == 0
    assert Member.objects.count() == count


def test_another_teams_member_is_named_only_to_an_importer_whose_scope_covers_that_team(messy_world, people):
    team = messy_world["team_cuong"]
    rows = [HEADER, ["Trương Văn Phúc", OTHER_TEAM_CURRENT, "", "", ""]]
    unnamed = preview_import(team, xlsx(rows), importer=south_coordinator(messy_world)).invalid[0].errors
    assert unnamed == ["số điện thoại này đã thuộc một tổ khác"]
    named = preview_import(team, xlsx(rows), importer=people["superuser"]).invalid[0].errors
    assert named == [f"số điện thoại này đã thuộc một thành viên của {messy_world['team_an'].name}"]


def test_a_leader_row_is_refused_when_the_team_has_a_leader_and_the_way_to_change_is_named(world):
    team = world["team_cuong"]
    MemberFactory(team=team, full_name="Tổ Trưởng Cũ", role=MemberRole.LEADER)
    rows = [HEADER, ["Người Mới", "0917 000 111", "", "tổ trưởng", ""], ["Người Khác", "0917 000 222", "", "", ""]]
    preview = preview_import(team, csv_file(rows))
    assert (len(preview.valid), len(preview.invalid)) == (1, 1)
    assert preview.invalid[0].errors == [
        "tổ đã có tổ trưởng (Tổ Trưởng Cũ); muốn đổi tổ trưởng, dùng “Giao vai trò tổ trưởng” trên trang danh sách tổ"
    ]


def test_rows_are_checked_again_at_the_moment_of_import(world):
    """Between the preview and the confirmation: a phone added to this team, a phone taken by another team's new
    member, a leader named; none of them slips in."""
    team = world["team_cuong"]
    rows = [
        HEADER,
        ["Người Một", "0918 000 001", "", "tổ trưởng", ""],
        ["Người Hai", "0918 000 002", "", "", ""],
        ["Người Ba", "0918 000 003", "", "", ""],
        ["Người Bốn", "0918 000 004", "", "", ""],
    ]
    preview = preview_import(team, csv_file(rows))
    assert len(preview.valid) == 4
    MemberFactory(team=team, phone="+84918000002")
    MemberFactory(team=world["team_an"], phone="+84918000003")
    MemberFactory(team=team, role=MemberRole.LEADER)
    assert apply_import(team, preview) == 1
    assert list(Member.objects.filter(team=team, phone="+84918000004").values_list("full_name", flat=True)) == [
        "Người Bốn"
    ]
    assert not Member.objects.filter(team=team, phone__in=["+84918000001", "+84918000003"]).exists()


def test_two_imports_of_the_same_preview_create_each_member_once(world):
    team = world["team_cuong"]
    rows = [HEADER, ["Người Một", "0918 000 001", "", "", ""], ["Người Hai", "0918 000 002", "", "", ""]]
    first, second = preview_import(team, csv_file(rows)), preview_import(team, csv_file(rows))
    assert apply_import(team, first) == 2
    assert apply_import(team, second) == 0
    assert Member.objects.filter(team=team).count() == 2


def test_a_nul_character_in_a_csv_refuses_the_file(world):
    upload = SimpleUploadedFile("a.csv", "Họ và tên,Số điện thoại\nAn\x00,0912345678\n".encode())
    with pytest.raises(ImportFileError):
        preview_import(world["team_cuong"], upload)


def test_the_file_of_rows_to_fix_is_formula_safe(messy_world):
    preview = preview_import(messy_world["team_cuong"], messy_file())
    _header, rows = invalid_rows_table(preview.invalid)
    cells = [neutralise_formula(cell) for row in rows for cell in row]
    assert '\'=HYPERLINK("http://x","bấm")' in cells and "'+Tạ Văn Sơn" in cells and "'@Lò Văn Tú" in cells
    assert "'-Hà Văn Giỏi" in cells
    assert not any(isinstance(cell, str) and cell.lstrip().startswith(("=", "@", "-")) for cell in cells)


def test_a_preview_of_1000_rows_makes_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    team = world["team_cuong"]
    MemberFactory(team=world["team_an"], phone="+84919000005")
    rows = [HEADER] + [[f"Người Thứ {chr(0x41 + n % 26)}", f"0919 {n:06d}", "", "", ""] for n in range(1000)]
    upload = csv_file(rows)
    with django_assert_max_num_queries(5):
        preview = preview_import(team, upload)
    assert (len(preview.valid), len(preview.invalid)) == (999, 1)
    # One transaction: the checks, the inserts (batches of 90 on SQLite, whose statements take 999 values), a count,
    # and the one commune's summary rows recounted (reporting/area_figures.py: its lock, counts and changed rows, its
    # growth rows with the members ready for field work).
    with django_assert_max_num_queries(41):
        assert apply_import(team, preview) == 999
