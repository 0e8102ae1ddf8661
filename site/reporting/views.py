import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from accounts.audit import log_personal_data_access
from core import form_tokens
from core.exports import spreadsheet_response
from core.ids import parse_id
from reporting import exports, reports, rollup, summaries
from reporting.difficulty_views import steps_with_people
from reporting.forms import (
    OTHER_PERSONS_ENTRY,
    DifficultyForm,
    ReportValuesForm,
    ReviewForm,
    SupportLogForm,
)
from reporting.logs import active_indicators, last_log_of
from reporting.models import (
    ReportingPeriod,
    ReportStatus,
    SupportCount,
    SupportLog,
    Target,
    TeamReport,
)
from reporting.periods import latest_ended_period, period_containing, previous_periods
from teams import access
from teams.access import coordinated_teams, scope_for, visible_areas, visible_teams
from teams.models import AreaLevel

NEW_DIFFICULTY_FORMS = 2
TREND_PERIODS = 6


@login_required
def log_help(request):
    """A volunteer logs the help just given; defaults make it a few taps on a phone. A person in no team is shown
    how to join one with an invitation code (an entry a phone sends for them is refused and kept on the phone)."""
    membership = access.current_membership(request.user)
    sent_by_script = request.headers.get("X-Requested-With") == "fetch"
    if membership is None:
        refusal = _("Bạn chưa thuộc tổ nào nên chưa ghi nhận được kết quả.")
        if sent_by_script:
            return JsonResponse({"ok": False, "errors": {NON_FIELD_ERRORS: [refusal]}}, status=403)
        status = 403 if request.method == "POST" else 200
        return TemplateResponse(request, "reporting/no_team.html", status=status)
    team = membership.team
    indicators = active_indicators()
    last = last_log_of(request.user)
    initial = {
        "date": timezone.localdate(),
        "area": last.area_id if last else (team.area_id if team.area.level == AreaLevel.VILLAGE else None),
        "platform": last.platform_id if last else None,
    }
    initial["client_id"] = uuid.uuid4()
    form = SupportLogForm(
        request.POST or None, initial=initial, team=team, indicators=indicators, volunteer=request.user
    )
    if request.method == "POST" and form.is_valid():
        save_log(form, request.user, team)
        if sent_by_script:
            return JsonResponse({"ok": True})
        messages.success(request, _("Đã ghi nhận. Cảm ơn bạn!"))
        return redirect("reporting:log_help")
    if request.method == "POST" and sent_by_script:
        # Another person's queued entry is refused, not dropped: the phone keeps it for its owner.
        status = 403 if form.has_error(NON_FIELD_ERRORS, OTHER_PERSONS_ENTRY) else 400
        return JsonResponse({"ok": False, "errors": form.errors}, status=status)
    recent = SupportLog.objects.filter(volunteer=request.user).select_related("area", "platform")[:10]
    return TemplateResponse(request, "reporting/log_help.html", {"form": form, "team": team, "recent": recent})


def save_log(form, user, team):
    """Saved once: an entry sent twice (a double tap, or a phone resending after the signal returns) keeps its
    first copy, recognised by the id the form or the phone gave it."""
    client_id = form.cleaned_data.get("client_id")
    if client_id and SupportLog.objects.filter(client_id=client_id).exists():
        return
    try:
        with transaction.atomic():
            log = form.save(commit=False)
            log.volunteer, log.team = user, team
            if client_id:
                log.client_id = client_id
            log.save()
            SupportCount.objects.bulk_create(
                SupportCount(log=log, indicator=indicator, value=value) for indicator, value in form.counts().items()
            )
    except IntegrityError:  # the same entry arrived twice at the same moment
        pass


@login_required
def team_report(request, team_id, period_id=None):
    """The leader's report for a period, pre-filled from the team's logs; coordinators see it read-only. Opening it
    writes nothing: the report is created by the leader's first save."""
    team = get_object_or_404(visible_teams(request.user), pk=team_id)
    # Before the checks below: once the first copy of a submission is in, the report is no longer editable.
    if repeat := form_tokens.repeat_of_spent_form(request):
        return repeat
    can_edit = access.may_file_report(request.user, team)
    period = get_object_or_404(ReportingPeriod, pk=period_id) if period_id else period_containing(timezone.localdate())
    try:
        report, values = reports.report_to_show(team, period)
    except reports.ReportRefused as refusal:
        return TemplateResponse(request, "reporting/refused.html", {"team": team, "message": str(refusal)}, status=409)
    form = ReportValuesForm(
        request.POST or None,
        values=values,
        initial={
            "proposals": report.proposals,
            **{f"so-{value.indicator_id}": value.value for value in values},
            **{f"ly-do-{value.indicator_id}": value.adjustment_reason for value in values},
        },
    )
    difficulty_forms = [
        DifficultyForm(request.POST or None, prefix=f"kho-khan-{number}") for number in range(NEW_DIFFICULTY_FORMS)
    ]
    if request.method == "POST":
        if not (can_edit and report.editable):
            raise PermissionDenied
        if form.is_valid() and all(difficulty.is_valid() for difficulty in difficulty_forms):
            report_url = reverse("reporting:team_report_period", args=[team.pk, period.pk])

            def save():  # once per form: the new difficulties, above all, must not be recorded twice
                if "nop" in request.POST:
                    reports.save_and_submit(team, period, form, difficulty_forms, request.user)
                    messages.success(request, _("Đã nộp báo cáo %(period)s.") % {"period": period})
                else:
                    reports.save_report(team, period, form, difficulty_forms, request.user)
                    messages.success(request, _("Đã lưu bản nháp."))
                return report_url

            try:
                return form_tokens.create_once(request, save)
            except reports.ReportRefused as refusal:
                messages.error(request, str(refusal))
                return redirect(report_url)
        messages.error(request, _("Chưa lưu được. Hãy sửa các chỗ được đánh dấu."))
    return TemplateResponse(
        request,
        "reporting/team_report.html",
        {
            "team": team,
            "period": period,
            "report": report,
            "form": form,
            "difficulty_forms": difficulty_forms,
            "difficulties": report.difficulties.select_related("platform", "responded_by").prefetch_related(
                steps_with_people()
            )
            if report.pk
            else [],
            "events": report.events.select_related("user") if report.pk else [],
            "can_edit": can_edit and report.editable and not period.is_closed,
            "can_review": access.may_review_report(request.user, team),
            "pending": unsubmitted_open_periods(team, period),
        },
    )


def unsubmitted_open_periods(team, shown):
    """Earlier periods still accepting reports that the team has not submitted: shown as reminders."""
    today = timezone.localdate()
    return (
        ReportingPeriod.objects.filter(kind=shown.kind, end__lt=today, closes_on__gte=today)
        .exclude(pk=shown.pk)
        .exclude(reports__team=team, reports__status__in=rollup.COUNTED)
        .order_by("start")
    )


@login_required
def team_report_history(request, team_id):
    team = get_object_or_404(visible_teams(request.user), pk=team_id)
    history = TeamReport.objects.filter(team=team).select_related("period").order_by("-period__start")
    return TemplateResponse(request, "reporting/team_history.html", {"team": team, "reports": history})


@login_required
def team_logs(request, team_id):
    team = get_object_or_404(visible_teams(request.user), pk=team_id)
    log_personal_data_access(request, _("xem"), _("sổ ghi nhận của tổ %(team)s") % {"team": team.pk})
    logs = (
        SupportLog.objects.filter(team=team)
        .select_related("volunteer", "area", "platform")
        .prefetch_related("counts__indicator")[:100]
    )
    return TemplateResponse(request, "reporting/team_logs.html", {"team": team, "logs": logs})


@login_required
def team_zalo(request, team_id, period_id):
    team = get_object_or_404(visible_teams(request.user), pk=team_id)
    period = get_object_or_404(ReportingPeriod, pk=period_id)
    text = summaries.team_summary(team, period)
    return TemplateResponse(request, "reporting/zalo.html", {"text": text, "back": team, "period": period})


def coordinator_scope(request):
    if not access.coordinates_areas(request.user):
        raise PermissionDenied
    return coordinated_teams(request.user)


def chosen_period(request):
    """The period asked for, or the latest one that has ended: the one teams are reporting on."""
    period_id = parse_id(request.GET.get("ky"))
    if period_id is not None:
        return get_object_or_404(ReportingPeriod, pk=period_id)
    return latest_ended_period()


@login_required
def results(request):
    """Roll-up by area for a period, trend, targets, missing reports; every table exports."""
    teams = coordinator_scope(request)
    period = chosen_period(request)
    areas = visible_areas(request.user)
    commune = None
    if request.GET.get("xa"):
        commune = get_object_or_404(areas.filter(level=AreaLevel.COMMUNE), code=request.GET["xa"])
        teams = teams.filter(commune=commune)
        group = "team"
    elif scope_for(request.user).everything and areas.filter(level=AreaLevel.PROVINCE).count() > 1:
        group = "province"
    else:
        group = "commune"
    indicators = active_indicators()
    scope = scope_for(request.user)
    scope_key = (scope.cache_key, commune and commune.pk)
    if group == "team":
        compute_rows = lambda: rollup.rollup(teams, period, group)  # noqa: E731
    else:  # provinces or communes: from the figures kept per commune
        compute_rows = lambda: rollup.rollup_from_figures(scope, period, group)  # noqa: E731
    export = request.GET.get("xuat")
    if export in ("csv", "xlsx"):
        rows = rollup.ROLLUP_FIGURES.cached(("rollup", scope_key, period.pk, group), compute_rows)
        return results_spreadsheet(rows, group, period, indicators, export)
    target_area = commune or single_area_of(request.user)
    periods = previous_periods(period, TREND_PERIODS)
    headline = indicators[0] if indicators else None

    # A commune's teams or one province's are few enough to look their reports up by team (rollup.missing_reports).
    few_teams = commune is not None or (not scope.everything and len(scope.province_ids) <= 1)

    def compute_figures():
        """Every figure of the page, cached as one entry (one read, and one write when computed)."""
        return {
            "rows": compute_rows(),
            "trend": rollup.trend_from_figures(scope, periods, headline, commune) if headline else [],
            # Nationally the teams are counted, by province in the table, not named: the names are the province's
            # and the commune's pages' (listing them meant sorting every team of the country for 200 names).
            "missing": []
            if group == "province"
            else list(rollup.missing_reports(teams, period, few_teams=few_teams).values("name", "commune__name")[:200]),
            "targets": rollup.target_progress_from_figures(target_area, scope, period.start.year, indicators, commune)
            if target_area
            else [],
            "submitted": list(
                TeamReport.objects.filter(team__in=teams, period=period, status="submitted")
                .order_by("team__name")
                .values("pk", "team__name")[:200]
            ),
        }

    parts = (
        "results",
        scope_key,
        period.pk,
        group,
        [item.pk for item in periods],
        headline and headline.pk,
        target_area and target_area.pk,
        [indicator.pk for indicator in indicators],
    )
    figures = rollup.ROLLUP_FIGURES.cached(parts, compute_figures)
    rows = figures["rows"]
    total = rollup.totals(rows)
    table_rows, matrix_rows = area_rows(rows, indicators, group, period)
    context = {
        "period": period,
        "periods": ReportingPeriod.objects.filter(kind=period.kind).order_by("-start")[:12],
        "commune": commune,
        "group": group,
        "indicators": indicators,
        "rows": rows,
        "total": total,
        "total_figures": list(zip(indicators, total.value_list(indicators), strict=True)),
        "missing": figures["missing"],
        "missing_count": total.teams - total.reported,
        "headline": headline,
        "trend_bars": trend_bars(figures["trend"]),
        "trend_width": 50 * len(figures["trend"]),
        "table_rows": table_rows,
        "matrix_rows": matrix_rows,
        "targets": figures["targets"],
        "target_area": target_area,
        "summary_commune": commune or (target_area if target_area and target_area.level == AreaLevel.COMMUNE else None),
        "summary_province": target_area
        if target_area and access.summary_provinces(request.user).filter(pk=target_area.pk).exists()
        else None,
        "submitted": figures["submitted"],
    }
    return TemplateResponse(request, "reporting/results.html", context)


@login_required
def results_export(request):
    """Indicator results by area for a period in the stable open data columns (reporting/exports.py)."""
    teams = coordinator_scope(request)
    period = chosen_period(request)
    group = exports.group_for(None, scope_for(request.user).everything)
    _indicators, results = exports.area_results(teams, period, group)
    export = request.GET.get("xuat") if request.GET.get("xuat") in ("csv", "xlsx") else "csv"
    table = exports.result_table(results, period)
    return spreadsheet_response(f"ket-qua-chi-tieu-{period.start:%Y-%m-%d}", exports.RESULT_COLUMNS, table, export)


def area_rows(rows, indicators, group, period):
    """The rows of the two tables by area (the main indicator, then every indicator), built here in one go: a
    province's 168 communes by a dozen indicators are thousands of cells, slow to render one template variable at a
    time. Every name and label is escaped."""
    reported_label = escape(_("Đã nộp"))
    labels = [escape(indicator.name) for indicator in indicators]
    table, matrix = [], []
    for row in rows:
        values = row.value_list(indicators)
        name = escape(row.label)
        heading = (
            f'<a href="?ky={period.pk}&amp;xa={escape(row.code)}">{name}</a>'
            if group == "commune" and row.code
            else name
        )
        reported = f'<td data-label="{reported_label}">{row.reported}/{row.teams}</td>'
        headline = f'<td data-label="{labels[0]}">{escape(values[0])}</td>' if labels else ""
        table.append(f'<tr><th scope="row">{heading}</th>{reported}{headline}</tr>')
        matrix.append(f'<tr><th scope="row">{name}</th>{reported}{indicator_cells(values, labels)}</tr>')
    return mark_safe("".join(table)), mark_safe("".join(matrix))  # the names and labels went through escape()


def indicator_cells(values, labels):
    """The cells of one row of the full table, built here in one go: a province's 150 communes by a dozen indicators
    are thousands of cells, slow to render one template variable (or one format_html) at a time. `labels` are the
    indicators' names, escaped once for the page."""
    return mark_safe(  # the labels are escaped, the values are here
        "".join(f'<td data-label="{label}">{escape(value)}</td>' for label, value in zip(labels, values, strict=True))
    )


def trend_bars(trend, height=85, baseline=100):
    """Bar geometry for a small server-drawn SVG chart: no chart library, nothing to download."""
    highest = max([value for _, value in trend] or [0]) or 1
    bars = []
    for position, (period, value) in enumerate(trend):
        bar_height = round(height * value / highest)
        bars.append(
            {
                "x": 50 * position,
                "y": baseline - bar_height,
                "height": bar_height,
                "label_y": baseline - bar_height - 3,
                "value": value,
                "period": period,
            }
        )
    return bars


def results_spreadsheet(rows, group, period, indicators, export):
    """The roll-up as a file: the period's figures, then each indicator's yearly target for the row's area (a
    commune's or a province's; teams have none)."""
    year = period.start.year
    header = [_("Địa bàn"), _("Số tổ"), _("Đã nộp"), *[indicator.name for indicator in indicators]]
    table = [[row.label, row.teams, row.reported, *row.value_list(indicators)] for row in rows]
    if group != "team":
        targets = {
            (target.area_id, target.indicator_id): target.value
            for target in Target.objects.filter(area_id__in=[row.key for row in rows], year=year)
        }
        header += [
            _("Mục tiêu năm %(year)s: %(indicator)s") % {"year": year, "indicator": indicator.name}
            for indicator in indicators
        ]
        for line, row in zip(table, rows, strict=True):
            line += [targets.get((row.key, indicator.pk), "") for indicator in indicators]
    return spreadsheet_response(f"ket-qua-{period.start:%Y-%m}", header, table, export)


def single_area_of(user):
    """The area whose yearly targets the results page shows without a commune chosen: the user's one province,
    or, for a commune officer of one commune, that commune."""
    areas = visible_areas(user)
    provinces = areas.filter(level=AreaLevel.PROVINCE)
    if provinces.count() == 1:
        return provinces.first()
    if provinces.exists():
        return None
    communes = areas.filter(level=AreaLevel.COMMUNE)
    return communes.first() if communes.count() == 1 else None


@login_required
def review_report(request, report_id):
    """A coordinator returns a submitted report with a comment, or accepts it."""
    coordinator_scope(request)
    reviewable = TeamReport.objects.filter(access.reviewable_report_filter(request.user))
    report = get_object_or_404(reviewable.select_related("team", "period"), pk=report_id)
    form = ReviewForm(request.POST or None)
    refusal, status = "", 200
    if request.method == "POST" and form.is_valid():
        try:
            if "tra-lai" in request.POST:
                reports.return_report(report, request.user, form.cleaned_data["comment"])
                messages.success(request, _("Đã trả lại báo cáo cho tổ."))
            else:
                reports.accept(report, request.user, form.cleaned_data["comment"])
                messages.success(request, _("Đã duyệt báo cáo."))
            return redirect("reporting:results")
        except reports.ReportRefused as refused:
            report.refresh_from_db()
            if report.status == ReportStatus.SUBMITTED:  # something to fix in the form, shown beside it
                form.add_error(None, str(refused))
            else:  # someone else accepted or returned it meanwhile: no form is shown, so say it above
                refusal = _("%(reason)s Báo cáo hiện ở trạng thái “%(status)s”.") % {
                    "reason": refused,
                    "status": report.get_status_display(),
                }
                status = 409
    return TemplateResponse(
        request,
        "reporting/review.html",
        {
            "report": report,
            "form": form,
            "values": report.values.select_related("indicator").order_by("indicator__sort_order"),
            "difficulties": report.difficulties.select_related("platform"),
            "events": report.events.select_related("user"),
            "refusal": refusal,
        },
        status=status,
    )


@login_required
def commune_zalo(request):
    teams = coordinator_scope(request)
    period = chosen_period(request)
    commune = get_object_or_404(visible_areas(request.user).filter(level=AreaLevel.COMMUNE), code=request.GET.get("xa"))
    text = summaries.area_summary(commune, teams.filter(commune=commune), period)
    return TemplateResponse(request, "reporting/zalo.html", {"text": text, "period": period, "commune": commune})


@login_required
def province_zalo(request):
    """The province's results for a period as a text for the province's Zalo group: for the people who may read
    the whole province (teams.access.summary_provinces); a commune officer is refused."""
    provinces = access.summary_provinces(request.user)
    if not provinces.exists():
        raise PermissionDenied
    code = request.GET.get("tinh")
    if code:
        province = get_object_or_404(provinces, code=code)
    elif provinces.count() == 1:
        province = provinces.get()
    else:  # several provinces: each province's results page offers its summary
        return redirect("reporting:results")
    teams = coordinated_teams(request.user).filter(province=province)
    period = chosen_period(request)
    text = summaries.province_summary(province, teams, period)
    return TemplateResponse(request, "reporting/zalo.html", {"text": text, "period": period, "province": province})
