"""The coverage page: which communes have a team, for the areas a coordinator covers."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core.exports import spreadsheet_response
from teams import coverage
from teams.access import scope_for, visible_areas, visible_teams
from teams.models import AreaLevel


@login_required
def coverage_report(request):
    """Coverage for the areas the user coordinates: provinces nationally, communes within a province."""
    scope = scope_for(request.user)
    if not scope.coordinates_areas:
        raise PermissionDenied
    areas = visible_areas(request.user)
    provinces = areas.filter(level=AreaLevel.PROVINCE).order_by("name")
    province = None
    if request.GET.get("tinh"):
        province = get_object_or_404(provinces, code=request.GET["tinh"])
    elif not scope.everything and provinces.count() == 1:
        province = provinces.get()

    key = (scope.cache_key, province and province.pk)
    if province is not None or not provinces.exists():
        communes = areas.filter(level=AreaLevel.COMMUNE).order_by("name")
        if province is not None:
            communes = communes.filter(parent=province)
        rows = coverage.COVERAGE_FIGURES.cached(("communes", key), lambda: coverage.coverage_by_commune(communes))
        teams = visible_teams(request.user).filter(commune__in=communes)
    else:
        rows = coverage.COVERAGE_FIGURES.cached(("provinces", key), lambda: coverage.coverage_by_province(provinces))
        teams = visible_teams(request.user)
    context = {
        "province": province,
        "by_province": province is None and provinces.exists(),
        "rows": rows,
        "total": coverage.totals(rows),
        "uncovered": [row.area for row in rows if row.communes_with_team < row.communes]
        if province is not None or not provinces.exists()
        else [],
        "affiliations": coverage.COVERAGE_FIGURES.cached(
            ("affiliations", key), lambda: coverage.members_by_affiliation(teams)
        ),
    }
    export = request.GET.get("xuat")
    if export in ("csv", "xlsx"):
        return coverage_export(context, export)
    context["affiliation_max"] = max([count for _, count in context["affiliations"]] or [0]) or 1
    context["chart_height"] = 18 * len(context["affiliations"])
    context["can_see_all_provinces"] = provinces.count() > 1
    return TemplateResponse(request, "teams/coverage.html", context)


def coverage_export(context, extension):
    header = [
        _("Tỉnh") if context["by_province"] else _("Xã, phường, đặc khu"),
        _("Mã"),
        _("Số xã có tổ"),
        _("Tổng số xã"),
        _("Tỷ lệ (%)"),
        _("Tổ cấp thôn"),
        _("Thành viên"),
    ]
    rows = [
        [
            row.area.name,
            row.area.code,
            row.communes_with_team,
            row.communes,
            row.percent,
            row.village_teams,
            row.members,
        ]
        for row in context["rows"]
    ]
    return spreadsheet_response("do-phu-to-cong-nghe-so", header, rows, extension)
