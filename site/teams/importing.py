"""Importing members from a CSV or XLSX file: one code path for the admin, the leader's page and the command.

Parsing never writes: it returns a preview (valid rows, invalid rows with reasons, rows already in the team),
and `apply_import` then creates the valid rows. Re-importing the same file creates nothing new.

A row goes in only when everything on it holds the rules of every other path that records a person: the name of
accounts.names, a phone that no current member of another team holds (teams.member_rules), a role that is one of
ours spelled out (ROLE_SPELLINGS; a leader only when the team has none and only one in the file), and a joining day
that is a real date from 2020 to today. Every refused row says why, on its row."""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.names import clean_person_name
from accounts.phone import normalize_phone
from core.dates import HAS_HAPPENED, first_refusal
from core.search_text import fold_diacritics
from core.unicode_text import nfc
from core.upload_names import NAMELESS_FILE, file_extension, is_nameless
from teams.member_rules import (
    ASSIGN_LEADER_ACTION,
    current_leader,
    elsewhere_message,
    memberships_elsewhere,
    nameable_team_ids,
)
from teams.models import MEMBER_DATA_PURPOSE, Affiliation, ConsentSource, Member, MemberRole

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
# Our three roles, matched whole after folding (case, diacritics and spaces do not matter): "Trưởng nhóm" or
# "Phó chủ tịch" are not roles of a team and are refused, where a match on a part of the word made the first a
# second leader. Abbreviations (TT, TP, TV) are refused too: they are read differently from one file to the next.
ROLE_SPELLINGS = {
    "to truong": MemberRole.LEADER,
    "to pho": MemberRole.DEPUTY,
    "thanh vien": MemberRole.MEMBER,
}
NOT_OUR_ROLE = gettext_lazy(
    "“%(value)s” không phải vai trò trong tổ: chỉ nhận tổ trưởng, tổ phó, thành viên (để trống là thành viên)"
)
DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%y", "%d-%m-%y", "%d.%m.%y"]
# Excel counts days from 30/12/1899; a five-digit count (from 1927 to 2173) is how a date cell arrives when the
# column was formatted as a number, or saved to CSV from such a column.
EXCEL_EPOCH = datetime.date(1899, 12, 30)
EXCEL_SERIAL_DIGITS = 5


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
        # Formulas read as the text they are (=HYPERLINK(...)), so their row is refused, not imported as whatever
        # value the sheet last showed for them.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
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


def match_role(value):
    """One of our roles, spelled out; empty is a member. None for anything else."""
    folded = folded_header(value)
    if not folded:
        return MemberRole.MEMBER
    return ROLE_SPELLINGS.get(folded)


def from_excel_serial(number):
    if number != int(number) or not 10 ** (EXCEL_SERIAL_DIGITS - 1) <= number < 10**EXCEL_SERIAL_DIGITS:
        return None
    return EXCEL_EPOCH + datetime.timedelta(days=int(number))


def parse_date(value):
    """A calendar date from a cell: a date or date-time cell, an Excel day count, or text in one of DATE_FORMATS
    (strptime refuses 31/02). Empty is today. None when the cell is not a date."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, bool) or isinstance(value, datetime.time):
        return None
    if isinstance(value, int | float):
        return from_excel_serial(value)
    text = nfc(str(value or "")).strip()
    if not text:
        return timezone.localdate()
    if text.isascii() and text.isdigit():
        return from_excel_serial(int(text)) if len(text) == EXCEL_SERIAL_DIGITS else None
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    return None


def joined_on_errors(value):
    """The joining day and the reasons it is refused: not a date, before the teams, or not yet come."""
    joined_on = parse_date(value)
    if joined_on is None:
        shown = value.strftime("%H:%M") if isinstance(value, datetime.time) else value
        return None, [_("ngày tham gia “%(value)s” không đúng dạng ngày/tháng/năm") % {"value": shown}]
    # The limits of the member form, so a file cannot bring in a date the form refuses.
    error = first_refusal([Member._meta.get_field("joined_on").run_validators, *HAS_HAPPENED], joined_on)
    return joined_on, ([] if error is None else error.messages)


def clean_row(row):
    values = row.values
    full_name = ""
    try:
        full_name = clean_person_name(values.get("full_name", ""))
    except ValidationError as error:
        row.errors.append(_("thiếu họ và tên") if error.code == "required" else " ".join(error.messages))
    try:
        phone = normalize_phone(values.get("phone", ""))
    except ValidationError:
        phone = None
        row.errors.append(_("số điện thoại không hợp lệ"))
    affiliation = match_choice(values.get("affiliation", ""), AFFILIATION_WORDS, Affiliation.OTHER)
    if affiliation is None:
        row.errors.append(_("không nhận ra tổ chức “%(value)s”") % {"value": values.get("affiliation")})
    role = match_role(values.get("role", ""))
    if role is None:
        row.errors.append(NOT_OUR_ROLE % {"value": values.get("role")})
    joined_on, date_errors = joined_on_errors(values.get("joined_on", ""))
    row.errors.extend(date_errors)
    row.cleaned = {
        "full_name": full_name,
        "phone": phone,
        "affiliation": affiliation,
        "role": role,
        "joined_on": joined_on,
    }
    return row


def cell_text(cell):
    """A cell as read: text in NFC with the spaces around it trimmed; dates and numbers as they are."""
    return nfc(cell).strip() if isinstance(cell, str) else cell


def preview_import(team, uploaded, importer=None):
    """Read and check every row against the team; nothing is written. A phone of another team's current member is
    refused, naming that team only when the importer's scope covers it (`importer` None: an operator's command,
    which may name any). A fixed number of queries for any number of rows."""
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
    rows = []
    for offset, cells in enumerate(body, start=2):
        values = {key: cell_text(cells[index]) if index < len(cells) else "" for key, index in positions.items()}
        rows.append(clean_row(ImportRow(number=offset, values=values)))
    phones = [row.cleaned["phone"] for row in rows if row.cleaned["phone"]]
    existing_phones = set(Member.objects.filter(team=team, phone__in=phones).values_list("phone", flat=True))
    elsewhere = memberships_elsewhere(phones, team)
    nameable = nameable_team_ids(importer, {team_id for team_id, _name in elsewhere.values()})
    leader = current_leader(team)
    seen = {}
    first_leader_row = None
    preview = ImportPreview(valid=[], invalid=[], already_in_team=[])
    for row in rows:
        phone = row.cleaned["phone"]
        if phone and phone in seen:
            row.errors.append(_("trùng số điện thoại với dòng %(number)d") % {"number": seen[phone]})
        if phone:
            seen.setdefault(phone, row.number)
        if not row.errors and phone in existing_phones:
            preview.already_in_team.append(row)
            continue
        if phone in elsewhere:
            team_id, team_name = elsewhere[phone]
            row.errors.append(elsewhere_message(team_id, team_name, nameable, row=True))
        if row.cleaned["role"] == MemberRole.LEADER:
            row.errors.extend(leader_row_errors(leader, first_leader_row))
            first_leader_row = first_leader_row or row.number
        (preview.invalid if row.errors else preview.valid).append(row)
    return preview


def leader_row_errors(leader, first_leader_row):
    """A file never brings a second leader: naming a new one is the roster's explicit action."""
    if leader is not None:
        return [
            _("tổ đã có tổ trưởng (%(name)s); muốn đổi tổ trưởng, dùng “%(action)s” trên trang danh sách tổ")
            % {"name": leader.full_name, "action": ASSIGN_LEADER_ACTION}
        ]
    if first_leader_row is not None:
        return [_("dòng %(number)d đã là tổ trưởng; một tổ chỉ có một tổ trưởng") % {"number": first_leader_row}]
    return []


def apply_import(team, preview, recorded_by=None):
    """Create the valid rows' members in one transaction of bulk inserts. Checked again inside it, since the preview
    may be minutes old: a phone added to this team meanwhile is skipped, not doubled (the unique constraint on team
    and phone settles two imports at the same moment), a phone now held by another team's current member is
    skipped, and a leader row is skipped when the team has found a leader meanwhile. Called only once the person
    importing has confirmed that everyone on the list agreed to be recorded. Returns the number created."""
    rows = [row for row in preview.valid if row.cleaned.get("phone")]
    if not rows:
        return 0
    phones = [row.cleaned["phone"] for row in rows]
    with transaction.atomic():
        taken = set(Member.objects.filter(team=team, phone__in=phones).values_list("phone", flat=True))
        taken |= set(memberships_elsewhere(phones, team))
        leader_taken = current_leader(team) is not None
        consented_at = timezone.now()  # one moment for the whole list, by which its rows are counted below
        members = []
        for row in rows:
            cleaned = row.cleaned
            if cleaned["phone"] in taken or (cleaned["role"] == MemberRole.LEADER and leader_taken):
                continue
            taken.add(cleaned["phone"])
            leader_taken = leader_taken or cleaned["role"] == MemberRole.LEADER
            members.append(
                Member(
                    team=team,
                    # Bulk inserts send no pre_save signal: the stored form is made here (core.unicode_text).
                    full_name=nfc(cleaned["full_name"]),
                    phone=cleaned["phone"],
                    affiliation=cleaned["affiliation"],
                    role=cleaned["role"],
                    joined_on=cleaned["joined_on"],
                    consented_at=consented_at,
                    consent_purpose=str(MEMBER_DATA_PURPOSE),
                    consent_source=ConsentSource.IMPORT,
                    consent_recorded_by=recorded_by,
                )
            )
        if not members:
            return 0
        Member.objects.bulk_create(members, batch_size=500, ignore_conflicts=True)
        return Member.objects.filter(
            team=team, phone__in=[member.phone for member in members], consented_at=consented_at
        ).count()


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
