"""Spreadsheet exports that cannot run formulas on the reader's computer (CSV/formula injection)."""

import csv
import io
import re

from django.http import HttpResponse

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
PHONE_NUMBER = re.compile(r"^\+\d{8,15}$")


def neutralise_formula(value):
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe.
    Phone numbers such as +84912345678 are data, not formulas, and stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) and not PHONE_NUMBER.match(value):
        return "'" + value
    return value


class SafeExportMixin:
    """For Wagtail index views with `list_export`: CSV cells are neutralised (XLSX cells are already
    stored as text by Wagtail)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value


XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def spreadsheet_response(filename, header, rows, extension):
    """A CSV (UTF-8 with a byte-order mark, so Excel reads Vietnamese) or XLSX download of header and rows."""
    rows = [[neutralise_formula(cell) for cell in row] for row in rows]
    if extension == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows(rows)
        response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet()
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response
