"""Importing members from a CSV or XLSX file: one code path for the admin, the leader's page and the command.

Parsing never writes: it returns a preview (valid rows, invalid rows with reasons, rows already in the team),
and `apply_import` then creates the valid rows. Re-importing the same file creates nothing new."""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.phone import normalize_phone
from core.dates import HAS_HAPPENED, first_refusal
from core.search_text import fold_diacritics
from core.upload_names import NAMELESS_FILE, file_extension, is_nameless
from teams.models import Affiliation, ConsentSource, Member, MemberRole

MAX_ROWS = 1000
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
SPREADSHEET_EXTENSIONS = ("xlsx", "csv", "txt")
NOT_A_SPREADSHEET = gettext_lazy("Tệp không phải bảng tính. Hãy dùng tệp Excel (.xlsx) hoặc CSV theo mẫu.")

COLUMNS = {
    "full_name": gettext_lazy("Họ và tên"),
    "phone": gettext_lazy("Số điện thoại"),
    "affiliation": gettext_lazy("Tổ chức"),
    "role": gettext_lazy("Vai trò"),
    "joined_on": gettext_lazy("Ngày tham gia"),
}
REQUIRED_COLUMNS = ("full_name", "phone")

AFFILIATION_WORDS = [
    (Affiliation.YOUTH_UNION, ["doan", "thanh nien", "dtn"]),
    (Affiliation.WOMENS_UNION, ["phu nu", "hlhpn", "lhpn"]),
    (Affiliation.FARMERS, ["nong dan"]),
    (Affiliation.VETERANS, ["cuu chien binh", "ccb"]),
    (Affiliation.TRADE_UNION, ["cong doan"]),
    (Affiliation.POLICE, ["cong an"]),
    (Affiliation.POST, ["buu dien", "buu chinh", "vnpost"]),
    (Affiliation.ENTERPRISE, ["viettel", "vnpt", "mobifone", "doanh nghiep", "cong ty"]),
    (Affiliation.SCHOOL, ["truong", "giao vien", "hoc sinh"]),
    (Affiliation.HEALTH_STATION, ["y te"]),
    (Affiliation.OTHER, ["khac"]),
]
ROLE_WORDS = [(MemberRole.DEPUTY, ["pho"]), (MemberRole.LEADER, ["truong"]), (MemberRole.MEMBER, ["thanh vien"])]
DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%y"]


class ImportFileError(Exception):
    """The file as a whole cannot be imported; the message says why, in Vietnamese."""


@dataclass
class ImportRow:
    number: int
    values: dict
    cleaned: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)

    @property
    def role_label(self):
        return MemberRole(self.cleaned["role"]).label if self.cleaned.get("role") else ""


@dataclass
class ImportPreview:
    valid: list
    invalid: list
    already_in_team: list

    @property
    def total(self):
        return len(self.valid) + len(self.invalid) + len(self.already_in_team)

    def report_lines(self, created=None):
        lines = [
            _("Tổng số dòng: %(count)d") % {"count": self.total},
            _("Hợp lệ: %(count)d") % {"count": len(self.valid)},
            _("Đã có trong tổ (bỏ qua): %(count)d") % {"count": len(self.already_in_team)},
            _("Có lỗi: %(count)d") % {"count": len(self.invalid)},
        ]
        lines += [
            _("Dòng %(number)d: %(reasons)s") % {"number": row.number, "reasons": "; ".join(row.errors)}
            for row in self.invalid
        ]
        if created is not None:
            lines.append(_("Đã thêm %(count)d thành viên.") % {"count": created})
        return lines


def folded_header(text):
    return " ".join(fold_diacritics(str(text or "")).split())


def header_keys():
    """The template's column titles in the active language, folded, to their keys."""
    return {folded_header(label): key for key, label in COLUMNS.items()}


def read_table(uploaded):
    """Rows of strings (or dates) from a CSV or XLSX upload, header first. The name must say .xlsx, .csv or .txt
    (a file passed without a name is read too); a workbook saved under .csv is still read as one."""
    name = (getattr(uploaded, "name", "") or "").lower()
    data = uploaded.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            _("Tệp lớn quá %(limit)s. Hãy chia nhỏ danh sách.") % {"limit": filesizeformat(MAX_FILE_BYTES)}
        )
    if not data.strip():
        raise ImportFileError(_("Tệp trống, không có dòng nào."))
    if name and is_nameless(name):
        raise ImportFileError(NAMELESS_FILE % {"example": "danh-sach.xlsx"})
    extension = file_extension(name)
    if name and extension not in SPREADSHEET_EXTENSIONS:
        raise ImportFileError(NOT_A_SPREADSHEET)
    if data[:2] == b"PK" or extension == "xlsx":
        return read_xlsx(data)
    return read_csv(data)


def unpacked_size(data):
    """What a workbook (a zip) declares it unpacks to; reading stops there, so a zip bomb cannot lie its way past."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return sum(entry.file_size for entry in package.infolist())


def read_xlsx(data):
    from openpyxl import load_workbook  # noqa: PLC0415  (a large library, loaded only when a workbook arrives)

    try:
        if unpacked_size(data) > MAX_UNPACKED_BYTES:
            raise ImportFileError(
                _("Tệp Excel khi mở ra lớn quá %(limit)s. Hãy chia nhỏ danh sách.")
                % {"limit": filesizeformat(MAX_UNPACKED_BYTES)}
            )
    except zipfile.BadZipFile as error:
        raise ImportFileError(_("Không đọc được tệp Excel. Hãy lưu lại dưới dạng .xlsx rồi thử lại.")) from error
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged or foreign file
        raise ImportFileError(_("Không đọc được tệp Excel. Hãy lưu lại dưới dạng .xlsx rồi thử lại.")) from error
    sheet = workbook.worksheets[0]
    rows = []
    for row in sheet.iter_rows(values_only=True):
        rows.append(["" if cell is None else cell for cell in row])
        if len(rows) > MAX_ROWS + 1:
            break
    workbook.close()
    return rows


def read_csv(data):
    for encoding in ("utf-8-sig", "cp1258", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if "\x00" in text:
        raise ImportFileError(NOT_A_SPREADSHEET)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    for row in csv.reader(io.StringIO(text), dialect):
        rows.append(row)
        if len(rows) > MAX_ROWS + 1:
            break
    return rows


def map_header(header_row):
    positions = {}
    for index, cell in enumerate(header_row):
        key = header_keys().get(folded_header(cell))
        if key and key not in positions:
            positions[key] = index
    missing = [str(COLUMNS[key]) for key in REQUIRED_COLUMNS if key not in positions]
    if missing:
        raise ImportFileError(
            _("Thiếu cột: %(columns)s. Dòng đầu tiên phải là tên cột như trong tệp mẫu.")
            % {"columns": ", ".join(missing)}
        )
    return positions


def match_choice(value, word_table, default):
    folded = folded_header(value)
    if not folded:
        return default
    for choice, words in word_table:
        if any(word in folded for word in words):
            return choice
    return None


def parse_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value or "").strip()
    if not text:
        return timezone.localdate()
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    return None


def clean_row(row):
    values = row.values
    full_name = " ".join(str(values.get("full_name", "")).split())
    if not full_name:
        row.errors.append(_("thiếu họ và tên"))
    elif len(full_name) > 150:
        row.errors.append(_("họ và tên dài quá 150 ký tự"))
    try:
        phone = normalize_phone(values.get("phone", ""))
    except ValidationError:
        phone = None
        row.errors.append(_("số điện thoại không hợp lệ"))
    affiliation = match_choice(values.get("affiliation", ""), AFFILIATION_WORDS, Affiliation.OTHER)
    if affiliation is None:
        row.errors.append(_("không nhận ra tổ chức “%(value)s”") % {"value": values.get("affiliation")})
    role = match_choice(values.get("role", ""), ROLE_WORDS, MemberRole.MEMBER)
    if role is None:
        row.errors.append(
            _("không nhận ra vai trò “%(value)s” (tổ trưởng, tổ phó, thành viên)") % {"value": values.get("role")}
        )
    joined_on = parse_date(values.get("joined_on", ""))
    if joined_on is None:
        row.errors.append(
            _("ngày tham gia “%(value)s” không đúng dạng ngày/tháng/năm") % {"value": values.get("joined_on")}
        )
    else:
        # The limits of the member form, so a file cannot bring in a date the form refuses.
        error = first_refusal([Member._meta.get_field("joined_on").run_validators, *HAS_HAPPENED], joined_on)
        if error is not None:
            row.errors.extend(error.messages)
    row.cleaned = {
        "full_name": full_name,
        "phone": phone,
        "affiliation": affiliation,
        "role": role,
        "joined_on": joined_on,
    }
    return row


def preview_import(team, uploaded):
    """Read and check every row against the team; nothing is written."""
    table = [row for row in read_table(uploaded) if any(str(cell).strip() for cell in row)]
    if not table:
        raise ImportFileError(_("Tệp trống, không có dòng nào."))
    positions = map_header(table[0])
    body = table[1:]
    if not body:
        raise ImportFileError(_("Tệp chỉ có dòng tên cột, chưa có thành viên nào."))
    if len(body) > MAX_ROWS:
        raise ImportFileError(
            _("Tệp có hơn %(limit)s dòng. Mỗi lần chỉ nhập tối đa %(limit)s thành viên.") % {"limit": MAX_ROWS}
        )
    existing_phones = set(Member.objects.filter(team=team).values_list("phone", flat=True))
    seen = {}
    preview = ImportPreview(valid=[], invalid=[], already_in_team=[])
    for offset, cells in enumerate(body, start=2):
        values = {key: cells[index] if index < len(cells) else "" for key, index in positions.items()}
        row = clean_row(ImportRow(number=offset, values=values))
        phone = row.cleaned["phone"]
        if phone and phone in seen:
            row.errors.append(_("trùng số điện thoại với dòng %(number)d") % {"number": seen[phone]})
        if row.errors:
            preview.invalid.append(row)
        elif phone in existing_phones:
            preview.already_in_team.append(row)
        else:
            preview.valid.append(row)
        if phone:
            seen.setdefault(phone, offset)
    return preview


def apply_import(team, preview, recorded_by=None):
    """Create the valid rows' members; a member added meanwhile with the same phone is skipped, not doubled.
    Called only once the person importing has confirmed that everyone on the list agreed to be recorded."""
    created = 0
    with transaction.atomic():
        existing = set(Member.objects.filter(team=team).values_list("phone", flat=True))
        for row in preview.valid:
            if row.cleaned["phone"] in existing:
                continue
            try:
                with transaction.atomic():
                    member = Member(team=team, **row.cleaned)
                    member.record_consent(ConsentSource.IMPORT, recorded_by)
                    member.save()
            except IntegrityError:
                continue
            existing.add(row.cleaned["phone"])
            created += 1
    return created


def template_rows():
    return [
        list(COLUMNS.values()),
        [_("Nguyễn Văn An"), "0912 345 678", _("Đoàn Thanh niên"), _("Tổ trưởng"), "15/03/2025"],
        [_("Trần Thị Bình"), "0987 654 321", _("Hội Phụ nữ"), _("Thành viên"), "15/03/2025"],
    ]


def invalid_rows_table(rows):
    """The rows to fix, with the reason in a last column, ready to correct and upload again: header and rows for
    the one formula-safe export (site/core/exports.py), since the cells are what someone typed."""
    header = [*COLUMNS.values(), _("Lỗi")]
    return header, [[str(row.values.get(key, "")) for key in COLUMNS] + ["; ".join(row.errors)] for row in rows]
