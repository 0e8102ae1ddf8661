"""The scoped open data API: figures for one area, read with a coordinator's token (Authorization: Bearer <key>).

Each token reads only its own area: results of the indicators by area and period, training completion counts,
and, for tokens issued with that scope, the list of completions with names (logged as personal data access).
Responses are private to the token: never cached by the site or by a shared proxy."""

import datetime
import re

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import BasePermission
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts import lockout
from accounts.audit import log_personal_data_access
from core.exports import spreadsheet_response
from core.ids import parse_id
from reporting.exports import RESULT_COLUMNS, area_results, group_for, result_table
from reporting.models import ApiToken, ReportingPeriod
from reporting.periods import latest_ended_period
from reporting.tokens import hash_key, is_usable
from teams.access import bindable_areas, team_filter, token_scope
from teams.models import AdminArea, AreaLevel, Team
from training import reports as training_reports
from training.exports import COMPLETION_COLUMNS, completion_records, completion_table
from training.pages import published_modules

EXPORT_FORMATS = ("csv", "xlsx")
AREA_CODE = re.compile(r"[0-9A-Za-z]{1,10}")
LAST_USE_PRECISION = datetime.timedelta(minutes=5)


class SignInLocked(exceptions.APIException):
    """429 with the lock-out's own words and a Retry-After header (DRF sends one for any exception's `wait`)."""

    status_code = lockout.LOCKED_STATUS
    default_code = "locked"

    def __init__(self, refusal):
        super().__init__(refusal.message)
        self.wait = refusal.seconds


class ApiTokenAuthentication(BaseAuthentication):
    """`Authorization: Bearer <key>`. The request acts as the token's issuer; the token itself bounds the area.
    Wrong keys count in the sign-in lock-out; a locked address is refused even with a right key."""

    def authenticate(self, request):
        parts = get_authorization_header(request).split()
        if not parts:
            return None
        client = request._request  # axes keeps its notes on Django's request, which its middleware sees
        credentials = {}  # a key names no account: wrong keys count against the client's address only
        if lockout.is_locked(client, credentials):
            raise SignInLocked(lockout.refuse(client, credentials))
        try:
            token = self.usable_token(parts)
        except exceptions.AuthenticationFailed:
            if lockout.record_failure(client, credentials):
                raise SignInLocked(lockout.refuse(client, credentials)) from None
            raise
        # At most one write every few minutes per token: reading figures should not queue for the write lock.
        now = timezone.now()
        stale = Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - LAST_USE_PRECISION)
        ApiToken.objects.filter(stale, pk=token.pk).update(last_used_at=now)
        return token.created_by, token

    def usable_token(self, parts):
        if len(parts) != 2 or parts[0].lower() != b"bearer":
            raise exceptions.AuthenticationFailed(_("Gửi khóa theo dạng: Authorization: Bearer <khóa>."))
        try:
            key = parts[1].decode("ascii")
        except UnicodeDecodeError as error:
            raise exceptions.AuthenticationFailed(_("Khóa không hợp lệ.")) from error
        token = ApiToken.objects.select_related("created_by", "area").filter(key_hash=hash_key(key)).first()
        if token is None or not is_usable(token):
            raise exceptions.AuthenticationFailed(_("Khóa không hợp lệ, đã bị thu hồi hoặc người cấp không còn quyền."))
        return token

    def authenticate_header(self, request):
        return 'Bearer realm="so-tay-so"'


class HasToken(BasePermission):
    message = _("Cần khóa truy cập: gửi tiêu đề Authorization: Bearer <khóa>.")

    def has_permission(self, request, view):
        return isinstance(request.auth, ApiToken)


class ScopedAPIView(APIView):
    """A token's view of its area. `?area=<official code>` narrows to an area inside it (any other is a 404);
    `?period=<id>` picks a reporting period (the last one that has ended by default)."""

    authentication_classes = [ApiTokenAuthentication]
    permission_classes = [HasToken]
    renderer_classes = [JSONRenderer]
    allowed_parameters = frozenset(["area", "period"])

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        unknown = set(request.GET) - self.allowed_parameters
        if unknown:
            raise exceptions.ValidationError(
                {"detail": _("Tham số không được hỗ trợ: %(names)s.") % {"names": ", ".join(sorted(unknown))}}
            )
        self.scope = token_scope(request.auth)

    def permission_denied(self, request, message=None, code=None):
        if not request.successful_authenticator:
            raise exceptions.NotAuthenticated(HasToken.message)
        super().permission_denied(request, message, code)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        patch_vary_headers(response, ["Authorization"])
        return response

    def handle_exception(self, exc):
        if isinstance(exc, Http404):
            exc = exceptions.NotFound(_("Không tìm thấy, hoặc nằm ngoài địa bàn của khóa này."))
        elif isinstance(exc, PermissionDenied):
            exc = exceptions.PermissionDenied(str(exc) or _("Khóa này không được phép xem nội dung này."))
        elif isinstance(exc, exceptions.ValidationError) and isinstance(exc.detail, dict):
            return Response({"detail": exc.detail["detail"]}, status=400)
        return super().handle_exception(exc)

    def teams(self):
        return Team.objects.filter(team_filter(self.scope))

    def chosen_area(self):
        """The area asked for, inside the token's; None for the token's own area."""
        code = self.request.GET.get("area")
        if code is None:
            return self.request.auth.area
        if not AREA_CODE.fullmatch(code):  # never send a NUL byte or a long string to the database
            raise Http404
        return get_object_or_404(bindable_areas(self.scope), code=code)

    def chosen_period(self):
        if "period" not in self.request.GET:
            return latest_ended_period()
        period_id = parse_id(self.request.GET["period"])
        if period_id is None:
            raise Http404
        return get_object_or_404(ReportingPeriod, pk=period_id)

    def teams_of(self, area):
        teams = self.teams()
        if area is None:
            return teams
        return teams.filter(province=area) if area.level == AreaLevel.PROVINCE else teams.filter(commune=area)


def area_data(area):
    return {"code": area.code or "", "name": area.name, "level": area.level} if area else None


def period_data(period):
    return {"id": period.pk, "kind": period.kind, "start": period.start, "end": period.end, "label": str(period)}


class IndicatorResultsView(ScopedAPIView):
    """Indicator totals by area for one period, with the area's yearly target (CSV/XLSX with `?format=`)."""

    allowed_parameters = frozenset(["area", "period", "format"])

    def get(self, request):
        area = self.chosen_area()
        period = self.chosen_period()
        group = group_for(area, self.scope.everything)
        _indicators, results = area_results(self.teams_of(area), period, group)
        export = request.GET.get("format")
        if export in EXPORT_FORMATS:
            return spreadsheet_response(
                f"ket-qua-chi-tieu-{period.start:%Y-%m-%d}", RESULT_COLUMNS, result_table(results, period), export
            )
        if export not in (None, "json"):
            raise exceptions.ValidationError({"detail": _("format chỉ nhận json, csv hoặc xlsx.")})
        return Response(
            {
                "area": area_data(area),
                "period": period_data(period),
                "results": [
                    {
                        "area": {"code": result.code, "name": result.name, "level": result.level},
                        "teams": result.teams,
                        "teams_reported": result.reported,
                        "indicators": [
                            {
                                "code": indicator.code,
                                "name": indicator.name,
                                "unit": indicator.unit,
                                "value": value,
                                "target": target,
                            }
                            for indicator, value, target in result.values
                        ],
                    }
                    for result in results
                ],
            }
        )


class TrainingCountsView(ScopedAPIView):
    """Per commune: members, members with an account, members ready for field work, and modules completed
    within the period. Counts only, never names."""

    def get(self, request):
        area = self.chosen_area()
        period = self.chosen_period()
        teams = self.teams_of(area)
        communes = AdminArea.objects.filter(level=AreaLevel.COMMUNE, pk__in=teams.values("commune_id")).order_by("name")
        communes = list(communes)
        rates = training_reports.rates_by_commune(teams, communes)
        completed = training_reports.completions_by_commune(teams, period.start, period.end)
        modules = list(published_modules())
        return Response(
            {
                "area": area_data(area),
                "period": period_data(period),
                "modules": [{"id": module.pk, "title": module.title} for module in modules],
                "results": [
                    {
                        "area": area_data(commune),
                        "members": rate.members,
                        "members_with_account": rate.with_account,
                        "members_ready": rate.ready,
                        "completions_in_period": [
                            {"module_id": module.pk, "count": completed.get(commune.pk, {}).get(module.pk, 0)}
                            for module in modules
                        ],
                    }
                    for commune, rate in zip(communes, rates, strict=True)
                ],
            }
        )


class CompletionsView(ScopedAPIView):
    """Completed modules with names, phones and certificate codes, for tokens issued with that scope. JSON, or
    CSV/XLSX with `?format=`; `?period=` limits to completions within a period (all of them by default)."""

    allowed_parameters = frozenset(["area", "period", "format"])

    def get(self, request):
        if not request.auth.includes_personal_data:
            raise PermissionDenied(
                _("Khóa này chỉ đọc số liệu tổng hợp, không được cấp quyền xem danh sách có họ tên.")
            )
        area = self.chosen_area()
        period = self.chosen_period() if "period" in request.GET else None
        export = request.GET.get("format") or "json"
        if export not in ("json", *EXPORT_FORMATS):
            raise exceptions.ValidationError({"detail": _("format chỉ nhận json, csv hoặc xlsx.")})
        subject = _("danh sách hoàn thành học phần, %(area)s") % {"area": area.name if area else _("cả nước")}
        log_personal_data_access(
            request,
            _("xuất %(format)s qua API, khóa %(token)s") % {"format": export, "token": request.auth.prefix},
            subject,
        )
        records = completion_records(
            self.teams_of(area), request, period.start if period else None, period.end if period else None
        )
        if export in EXPORT_FORMATS:
            return spreadsheet_response("hoan-thanh-hoc-phan", COMPLETION_COLUMNS, completion_table(records), export)
        return Response(
            {
                "area": area_data(area),
                "period": period_data(period) if period else None,
                "items": [record.__dict__ for record in records],
            }
        )
