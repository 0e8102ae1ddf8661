import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from teams.importing import ImportFileError, apply_import, preview_import
from teams.models import Affiliation, Member, MemberRole

pytestmark = pytest.mark.django_db

HEADER = ["Họ và tên", "Số điện thoại", "Tổ chức", "Vai trò", "Ngày tham gia"]


def xlsx(rows, name="danh-sach.xlsx"):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def csv_file(rows, name="danh-sach.csv", encoding="utf-8-sig"):
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return SimpleUploadedFile(name, buffer.getvalue().encode(encoding))


GOOD_ROWS = [
    HEADER,
    ["Nguyễn Văn An", "0912 345 678", "Đoàn TN", "tổ trưởng", "15/03/2025"],
    ["Trần Thị Bình", "+84 987 654 321", "Phụ nữ", "Thành viên", "2025-03-16"],
    ["Lê Văn Cường", "0901.222.333", "Bưu điện", "Tổ phó", ""],
]


@pytest.mark.parametrize("make_file", [xlsx, csv_file])
def test_a_good_file_imports_every_row_with_mapped_choices(world, make_file):
    team = world["team_cuong"]
    preview = preview_import(team, make_file(GOOD_ROWS))
    assert (len(preview.valid), len(preview.invalid)) == (3, 0)
    assert apply_import(team, preview) == 3
    an = Member.objects.get(team=team, full_name="Nguyễn Văn An")
    assert (an.phone, an.affiliation, an.role, str(an.joined_on)) == (
        "+84912345678",
        Affiliation.YOUTH_UNION,
        MemberRole.LEADER,
        "2025-03-15",
    )
    assert Member.objects.get(full_name="Trần Thị Bình").affiliation == Affiliation.WOMENS_UNION
    assert Member.objects.get(full_name="Lê Văn Cường").role == MemberRole.DEPUTY


def test_headers_match_regardless_of_case_diacritics_and_order(world):
    rows = [["SO DIEN THOAI", "ho va ten", "VAI TRÒ"], ["0912345678", "Phạm Thị Dung", "thành viên"]]
    preview = preview_import(world["team_cuong"], csv_file(rows))
    assert preview.valid[0].cleaned["full_name"] == "Phạm Thị Dung"


def test_mixed_file_imports_the_good_rows_and_lists_the_bad_ones_with_reasons(world):
    rows = [
        HEADER,
        ["Nguyễn Văn An", "0912 345 678", "Đoàn TN", "", ""],
        ["", "0912 000 111", "", "", ""],
        ["Trần Văn Bé", "12345", "", "", ""],
        ["Đỗ Thị Cúc", "0912 000 222", "Câu lạc bộ cờ tướng", "", ""],
        ["Vũ Văn Dân", "0912 000 333", "", "trưởng nhóm nhảy", "hôm qua"],
        ["Ngô Văn Em", "0912 345 678", "", "", ""],
    ]
    team = world["team_cuong"]
    preview = preview_import(team, xlsx(rows))
    assert [row.number for row in preview.valid] == [2]
    reasons = {row.number: "; ".join(row.errors) for row in preview.invalid}
    assert reasons[3] == "thiếu họ và tên"
    assert reasons[4] == "số điện thoại không hợp lệ"
    assert "không nhận ra tổ chức “Câu lạc bộ cờ tướng”" in reasons[5]
    assert "ngày tham gia “hôm qua” không đúng dạng ngày/tháng/năm" in reasons[6]
    assert reasons[7] == "trùng số điện thoại với dòng 2"
    assert apply_import(team, preview) == 1


def test_importing_the_same_file_twice_creates_no_duplicates(world):
    team = world["team_cuong"]
    apply_import(team, preview_import(team, xlsx(GOOD_ROWS)))
    again = preview_import(team, xlsx(GOOD_ROWS))
    assert len(again.valid) == 0 and len(again.already_in_team) == 3
    assert apply_import(team, again) == 0
    assert Member.objects.filter(team=team, full_name="Nguyễn Văn An").count() == 1


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("anh.png", b"\x89PNG\r\n\x1a\n\x00\x00binary"), "Tệp không phải bảng tính"),
        (SimpleUploadedFile("hong.xlsx", b"PK\x03\x04 not really a workbook"), "Không đọc được tệp Excel"),
        (SimpleUploadedFile("trong.csv", b""), "Tệp trống"),
        (SimpleUploadedFile("chi-co-ten-cot.csv", "Họ và tên,Số điện thoại\n".encode()), "chỉ có dòng tên cột"),
        (SimpleUploadedFile("thieu-cot.csv", "Họ và tên,Ghi chú\nAn,x\n".encode()), "Thiếu cột: Số điện thoại"),
    ],
)
def test_files_that_cannot_be_imported_get_a_clear_message_and_import_nothing(world, upload, message):
    with pytest.raises(ImportFileError) as error:
        preview_import(world["team_cuong"], upload)
    assert message in str(error.value)
    assert not Member.objects.filter(team=world["team_cuong"]).exists()


def test_a_file_of_100000_rows_is_refused(world):
    rows = [HEADER] + [[f"Người {n}", f"09{n:08d}", "", "", ""] for n in range(100_000)]
    with pytest.raises(ImportFileError) as error:
        preview_import(world["team_cuong"], csv_file(rows))
    assert "Mỗi lần chỉ nhập tối đa 1000 thành viên" in str(error.value)


def test_the_leader_previews_then_confirms_and_can_download_the_rows_to_fix(client, world, people):
    from teams.factories import MemberFactory
    from teams.models import MemberRole as Role

    team = world["team_cuong"]
    MemberFactory(team=team, role=Role.LEADER, user=people["leader"])
    people["leader"]._teams_scope = None
    client.force_login(people["leader"])
    rows = [*GOOD_ROWS, ['=HYPERLINK("http://x")', "999", "", "", ""]]
    preview = client.post(f"/to/{team.pk}/nhap-danh-sach/", {"file": xlsx(rows)})
    assert preview.status_code == 200
    content = preview.content.decode()
    assert "người sẽ được thêm" in content and "số điện thoại không hợp lệ" in content
    assert "tổ đã có tổ trưởng" in content  # the file's leader row: the team has one, so it is refused
    assert not Member.objects.filter(full_name="Trần Thị Bình").exists()

    errors = client.get(f"/to/{team.pk}/nhap-danh-sach/dong-loi.csv")
    body = errors.content.decode("utf-8-sig")
    assert "Họ và tên,Số điện thoại,Tổ chức,Vai trò,Ngày tham gia,Lỗi" in body
    assert "số điện thoại không hợp lệ" in body

    token = content.split('name="token" value="')[1].split('"')[0]
    unconfirmed = client.post(f"/to/{team.pk}/nhap-danh-sach/xac-nhan/", {"token": token})
    assert unconfirmed.status_code == 200 and "Chỉ lưu thông tin của người đã đồng ý" in unconfirmed.content.decode()
    assert not Member.objects.filter(full_name="Trần Thị Bình").exists()
    done = client.post(f"/to/{team.pk}/nhap-danh-sach/xac-nhan/", {"token": token, "consent": "on"})
    assert done.status_code == 302
    imported = Member.objects.get(team=team, full_name="Trần Thị Bình")
    assert imported.consent_source == "nhap-danh-sach" and imported.consent_recorded_by == people["leader"]
    assert imported.consent_purpose and imported.consented_at is not None
    members = Member.objects.filter(team=team).count()
    again = client.post(f"/to/{team.pk}/nhap-danh-sach/xac-nhan/", {"token": token, "consent": "on"})
    assert again.status_code == 302 and again["Location"] == done["Location"]  # shown the first confirmation
    assert Member.objects.filter(team=team).count() == members


def test_an_upload_error_is_shown_on_the_form(client, world, people):
    client.force_login(people["leader"])
    response = client.post(f"/to/{world['team_an'].pk}/nhap-danh-sach/", {"file": SimpleUploadedFile("a.txt", b"")})
    assert response.status_code == 200
    assert "Tệp trống" in response.content.decode()


def test_the_template_downloads_with_the_expected_columns(client):
    response = client.get("/mau-danh-sach-thanh-vien.csv")
    assert response.content.decode("utf-8-sig").splitlines()[0] == ",".join(HEADER)
    assert client.get("/mau-danh-sach-thanh-vien.xlsx").status_code == 200
    assert client.get("/mau-danh-sach-thanh-vien.exe").status_code == 404


def test_the_command_uses_the_same_code_and_prints_the_same_report(world, tmp_path, capsys):
    path = tmp_path / "danh-sach.xlsx"
    path.write_bytes(xlsx([*GOOD_ROWS, ["", "0912000999", "", "", ""]]).read())
    with pytest.raises(CommandError, match="consent-collected"):
        call_command("import_members", str(path), "--team", str(world["team_cuong"].pk))
    call_command("import_members", str(path), "--team", str(world["team_cuong"].pk), "--consent-collected")
    out = capsys.readouterr().out
    assert "Hợp lệ: 3" in out and "Dòng 5: thiếu họ và tên" in out and "Đã thêm 3 thành viên." in out
    with pytest.raises(CommandError):
        call_command("import_members", str(path), "--team", "999999")
