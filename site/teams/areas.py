"""The official provinces and communes after the July 2025 reorganisation, from the vietnam-provinces package."""

from dataclasses import dataclass

import vietnam_provinces
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from core.unicode_text import nfc
from teams.models import AdminArea, AreaLevel, follow_moved_areas

# What a village-level unit is called where it is: the stored value, and its label in the active language.
VILLAGE_TYPES = {
    "thôn": _("thôn"),
    "tổ dân phố": _("tổ dân phố"),
    "bản": _("bản"),
    "ấp": _("ấp"),
    "buôn": _("buôn"),
    "làng": _("làng"),
    "khóm": _("khóm"),
    "sóc": _("sóc"),
    "khu phố": _("khu phố"),
}


@dataclass
class LoadReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def __str__(self):
        return _("%(created)d mới, %(updated)d cập nhật, %(unchanged)d không đổi") % {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
        }


def province_code(code):
    return f"{int(code):02d}"


def commune_code(code):
    return f"{int(code):05d}"


@transaction.atomic
def load_official_areas():
    """Create or update every province and commune by its official code. Running it again changes nothing."""
    report = LoadReport()
    provinces = [
        AdminArea(
            code=province_code(item.code), name=nfc(item.name), division_type=nfc(item.division_type.value), level=1
        )
        for item in vietnam_provinces.Province.iter_all()
    ]
    by_code = sync(provinces, report, parent_of=None)
    communes = []
    for item in vietnam_provinces.Ward.iter_all():
        province = by_code[province_code(item.province_code)]
        communes.append(
            AdminArea(
                code=commune_code(item.code),
                name=nfc(item.name),  # written in bulk: no NFC receiver runs
                division_type=nfc(item.division_type.value),
                level=AreaLevel.COMMUNE,
                parent=province,
                province=province,
            )
        )
    sync(communes, report, parent_of=lambda area: area.parent_id)
    return report


def sync(areas, report, parent_of):
    """Insert the missing areas and update changed names, in bulk; return every area of the batch by code."""
    existing = AdminArea.objects.in_bulk([area.code for area in areas], field_name="code")
    to_create, to_update, moved = [], [], []
    for area in areas:
        current = existing.get(area.code)
        if current is None:
            to_create.append(area)
        elif (current.name, current.division_type, current.parent_id) != (
            area.name,
            area.division_type,
            area.parent_id,
        ):
            if current.parent_id != area.parent_id:
                moved.append(current)
            current.name, current.division_type = area.name, area.division_type
            current.parent_id, current.province_id = area.parent_id, area.province_id
            to_update.append(current)
        else:
            report.unchanged += 1
    AdminArea.objects.bulk_create(to_create, batch_size=1000)
    AdminArea.objects.bulk_update(to_update, ["name", "division_type", "parent", "province"], batch_size=1000)
    # A commune given to another province (as in the 2025 merger) takes its villages and teams along.
    follow_moved_areas(moved)
    report.created += len(to_create)
    report.updated += len(to_update)
    return AdminArea.objects.in_bulk([area.code for area in areas], field_name="code")
