from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from accounts.audit import log_personal_data_access
from core.exports import spreadsheet_response
from core.qr import qr_svg
from teams.access import scope_for, visible_areas, visible_teams
from teams.models import AreaLevel
from training import exports, progress, reports
from training.models import Completion
from training.pages import published_modules


@login_required
def my_learning(request):
    states = progress.module_states(request.user, published_modules())
    return TemplateResponse(
        request,
        "training/my_learning.html",
        {
            "states": states,
            "ready": progress.is_ready(states),
            "resume": next((state for state in states if state.state == progress.IN_PROGRESS), None),
        },
    )


@login_required
def certificate(request, code):
    completion = get_object_or_404(Completion.objects.select_related("user"), verification_code=code, user=request.user)
    verify_url = request.build_absolute_uri(f"/xac-minh/{completion.verification_code}/")
    return TemplateResponse(
        request,
        "training/certificate.html",
        {
            "completion": completion,
            "commune": reports.commune_of(completion.user),
            "verify_url": verify_url,
            "qr": qr_svg(verify_url, title=_("Xác minh chứng nhận")),
        },
    )


def verify(request, code=None):
    """Public: a code shows only the volunteer's name, the module, the date and the team's commune."""
    code = "".join((code or request.GET.get("ma", "")).split()).upper()[:16]
    completion = None
    if code:
        completion = Completion.objects.select_related("user").filter(verification_code=code).first()
    response = TemplateResponse(
        request,
        "training/verify.html",
        {
            "code": code,
            "completion": completion,
            "commune": reports.commune_of(completion.user) if completion else None,
        },
    )
    if code and completion is None:
        response.status_code = 404
    if completion is not None:
        # Open to anyone with the code, yet it names a person: kept by no browser, shared cache, page cache or
        # service worker, so it is gone from phones and caches once they erase their data. The empty form stays
        # a page for everyone.
        patch_cache_control(response, private=True, no_store=True)
    return response


@login_required
def team_matrix(request, team_id):
    team = get_object_or_404(visible_teams(request.user), pk=team_id)
    matrix = reports.completion_matrix(team)
    export = request.GET.get("xuat")
    log_personal_data_access(
        request,
        _("xuất %(format)s") % {"format": export} if export else _("xem"),
        _("kết quả học của tổ %(team)s") % {"team": team.pk},
    )
    if export in ("csv", "xlsx"):
        header = [
            _("Họ và tên"),
            _("Số điện thoại"),
            *[module.title for module in matrix.modules],
            _("Sẵn sàng đi hỗ trợ"),
        ]
        rows = [
            [
                row.member.full_name,
                row.member.phone,
                *[cell.strftime("%d/%m/%Y") if cell else "" for cell in row.cells],
                _("Có") if row.ready else _("Chưa"),
            ]
            for row in matrix.rows
        ]
        return spreadsheet_response(f"hoan-thanh-hoc-phan-to-{team.pk}", header, rows, export)
    return TemplateResponse(request, "training/team_matrix.html", {"team": team, "matrix": matrix})


@login_required
def area_progress(request):
    """Completion rates by commune (or by team inside one commune) for coordinators."""
    if not scope_for(request.user).coordinates_areas:
        raise PermissionDenied
    communes = visible_areas(request.user).filter(level=AreaLevel.COMMUNE).order_by("name")
    commune = None
    if request.GET.get("xa"):
        commune = get_object_or_404(communes, code=request.GET["xa"])
    teams = visible_teams(request.user)
    if commune is not None:
        rows = reports.rates_by_team(teams.filter(commune=commune))
    else:
        rows = reports.rates_by_commune(teams, communes)
    export = request.GET.get("xuat")
    if export in ("csv", "xlsx"):
        header = [
            _("Tổ") if commune else _("Xã, phường"),
            _("Thành viên"),
            _("Có tài khoản"),
            _("Sẵn sàng"),
            _("Tỷ lệ sẵn sàng (%)"),
        ]
        table = [[row.label, row.members, row.with_account, row.ready, row.percent] for row in rows]
        return spreadsheet_response("tien-do-dao-tao", header, table, export)
    return TemplateResponse(request, "training/area_progress.html", {"rows": rows, "commune": commune})


@login_required
def completions_export(request):
    """The completions of the coordinator's teams with names and certificate codes, for a national training
    platform (columns in training/exports.py). Personal data: logged."""
    if not scope_for(request.user).coordinates_areas:
        raise PermissionDenied
    export = request.GET.get("xuat") if request.GET.get("xuat") in ("csv", "xlsx") else "csv"
    log_personal_data_access(request, _("xuất %(format)s") % {"format": export}, _("danh sách hoàn thành học phần"))
    records = exports.completion_records(visible_teams(request.user), request)
    return spreadsheet_response(
        "hoan-thanh-hoc-phan", exports.COMPLETION_COLUMNS, exports.completion_table(records), export
    )
