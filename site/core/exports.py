"""Spreadsheet exports that cannot run formulas on the reader's computer (CSV/formula injection).

The one path every CSV and XLSX file of the site takes: our own downloads are built by `spreadsheet_response`, and
every Wagtail listing or report with an export button (ours and Wagtail's own, such as site history or search terms)
writes its cells through `neutralise_formula`, installed by `make_wagtail_exports_formula_safe` at start-up."""

import csv
import io
import re

from django.http import Http404, HttpResponse

# What makes Excel, LibreOffice or Google Sheets read a cell as a formula, including the fullwidth signs an input
# method types and the blanks a spreadsheet skips before them.
FORMULA_SIGNS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
CONTROL_STARTS = ("\t", "\r", "\n")
PHONE_NUMBER = re.compile(r"^\+\d{8,15}$")


def neutralise_formula(value):
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe.
    Phone numbers such as +84912345678 are data, not formulas, and stay as they are."""
    if not isinstance(value, str) or PHONE_NUMBER.match(value):
        return value
    if value.startswith(CONTROL_STARTS) or value.lstrip().startswith(FORMULA_SIGNS):
        return "'" + value
    return value


def make_wagtail_exports_formula_safe():
    """Route every value Wagtail writes to a CSV or XLSX export through `neutralise_formula`. Wagtail turns XLSX
    formulas into text but writes CSV cells as they are, in its own reports (site history, search terms, aging
    pages...) as in ours; it offers no setting for this, so its one method that prepares a cell is wrapped."""
    # Wagtail's admin views load models: importable only once the apps are ready (called from CoreConfig.ready()).
    from wagtail.admin.views.mixins import SpreadsheetExportMixin  # noqa: PLC0415

    prepare = SpreadsheetExportMixin.preprocess_field_value
    if getattr(prepare, "neutralises_formulas", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(prepare(self, field, value, export_format))

    preprocess_field_value.neutralises_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value


def refuse_wagtail_exports_without_columns():
    """A Wagtail listing that names no columns to export (pages, images, documents, groups...) still answers
    `?export=csv` with a file of blank lines, one per row: the file it asks for does not exist, so it is a 404.
    Checked when the file is made, as a view may choose its columns as late as dispatch (form submissions do)."""
    # Wagtail's admin views load models: importable only once the apps are ready (called from CoreConfig.ready()).
    from wagtail.admin.views.mixins import SpreadsheetExportMixin  # noqa: PLC0415

    as_spreadsheet = SpreadsheetExportMixin.as_spreadsheet
    if getattr(as_spreadsheet, "needs_columns", False):
        return

    def as_spreadsheet_with_columns(self, queryset, spreadsheet_format):
        if not self.list_export:
            raise Http404
        return as_spreadsheet(self, queryset, spreadsheet_format)

    as_spreadsheet_with_columns.needs_columns = True
    SpreadsheetExportMixin.as_spreadsheet = as_spreadsheet_with_columns


XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def spreadsheet_response(filename, header, rows, extension):
    """A CSV (UTF-8 with a byte-order mark, so Excel reads Vietnamese) or XLSX download of header and rows."""
    header = [neutralise_formula(str(cell)) for cell in header]  # column titles may be lazy translations
    rows = [[neutralise_formula(cell) for cell in row] for row in rows]
    if extension == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows(rows)
        response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        from openpyxl import Workbook  # noqa: PLC0415  (a large library, loaded only when a workbook is asked for)

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
