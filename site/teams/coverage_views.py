"""The coverage page: which communes have a team and a founding decision, the province's deadline for them, and how
the network grew, for the areas a coordinator covers."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from core import form_tokens
from core.dates import TEAMS_BEGAN, NotBefore, not_in_future, shown
from core.exports import spreadsheet_response
from teams import coverage, deadlines, growth
from teams.access import deadline_provinces, may_set_registry_deadline, scope_for, visible_areas, visible_teams
from teams.models import AreaLevel

EXPORTS = ("csv", "xlsx")
GROWTH_EXPORTS = {"tang-truong-csv": "csv", "tang-truong-xlsx": "xlsx"}


class SinceForm(forms.Form):
    """The day growth is compared with (?tu=): a real day, since the teams began, today at the latest."""

    tu = forms.DateField(
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        validators=[NotBefore(TEAMS_BEGAN), not_in_future],
        error_messages={
            "invalid": gettext_lazy("Ngày so sánh không có thật. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 13/05/2026.")
        },
    )


def since_from(request, today):
    """(the day asked for, or the default; the Vietnamese message when what was asked is not a day we can use)."""
    default = growth.default_since(today)
    if not request.GET.get("tu"):
        return default, None
    form = SinceForm({"tu": request.GET["tu"].strip()[:20]})
    if form.is_valid():
        return form.cleaned_data["tu"], None
    return default, form.errors["tu"][0]


@login_required
def coverage_report(request):
    """Coverage for the areas the user coordinates: provinces nationally, communes within a province; the province's
    registry deadline (set here by POST by those allowed); growth since a day (?tu=) for the page's area or one of
    its communes (?xa=)."""
    scope = scope_for(request.user)
    if not scope.coordinates_areas:
        raise PermissionDenied
    deadline_form = None
    if request.method == "POST":
        if repeat := form_tokens.repeat_of_spent_form(request):
            return repeat
        province = get_object_or_404(deadline_provinces(request.user), code=request.POST.get("tinh") or None)
        deadline_form = deadlines.RegistryDeadlineForm(request.POST)
        if deadline_form.is_valid():
            return form_tokens.create_once(request, lambda: saved_deadline(request, province, deadline_form))
    areas = visible_areas(request.user)
    provinces = areas.filter(level=AreaLevel.PROVINCE).order_by("name")
    province = None
    code = request.POST.get("tinh") if request.method == "POST" else request.GET.get("tinh")
    if code:
        province = get_object_or_404(provinces, code=code)
    elif not scope.everything and provinces.count() == 1:
        province = provinces.get()

    key = (scope.cache_key, province and province.pk)
    every_commune = areas.filter(level=AreaLevel.COMMUNE) if scope.everything else None
    if province is not None or not provinces.exists():
        communes = areas.filter(level=AreaLevel.COMMUNE).order_by("name")
        if province is not None:
            communes = communes.filter(parent=province)
        compute_rows = lambda: coverage.coverage_by_commune(communes)  # noqa: E731
        teams = visible_teams(request.user).filter(commune__in=communes)
        by_province = False
    else:
        communes = None
        compute_rows = lambda: coverage.coverage_by_province(provinces)  # noqa: E731
        teams = visible_teams(request.user)
        by_province = True
    # The rows and the members by affiliation, cached as one entry (one read, and one write when computed).
    # Exactly the teams of these communes: of the communes shown, or of every commune for the whole country.
    rows, affiliations = coverage.COVERAGE_FIGURES.cached(
        ("coverage", "provinces" if by_province else "communes", key),
        lambda: (
            compute_rows(),
            coverage.members_by_affiliation(teams, communes if communes is not None else every_commune),
        ),
    )
    today = timezone.localdate()
    province_ids = [row.area.pk for row in rows] if by_province else sorted({row.area.parent_id for row in rows})
    deadline_of = deadlines.deadlines_by_province(province_ids)
    overdue = set() if by_province else deadlines.overdue_commune_ids(rows, deadline_of, today)
    context = {
        "province": province,
        "by_province": by_province,
        "rows": rows,
        "total": coverage.totals(rows),
        "uncovered": [row.area for row in rows if row.communes_with_team < row.communes] if not by_province else [],
        "affiliations": affiliations,
        "deadline_of": deadline_of,
        "deadline": deadline_of.get(province.pk) if province else None,
        "overdue": [row for row in rows if row.area.pk in overdue],
        "overdue_ids": overdue,
        "today": today,
    }
    # Growth: of one commune of the page (?xa=), else of the page's area.
    growth_commune = None
    # The growth rows kept per commune answer when the teams are exactly those of some communes (not for a
    # coordinator of several provinces who also leads a team elsewhere: those are counted from the teams).
    growth_communes = communes if communes is not None else growth.EVERY_COMMUNE if scope.everything else None
    if request.GET.get("xa") and communes is not None:
        growth_commune = get_object_or_404(communes, code=request.GET["xa"])
        teams = teams.filter(commune=growth_commune)
        growth_communes = communes.filter(pk=growth_commune.pk)
    since, since_error = since_from(request, today)
    days = growth.days_to_show(since, today)
    figures = growth.growth(
        teams, days, cache_parts=(key, growth_commune and growth_commune.pk), communes=growth_communes
    )
    context.update(growth_context(figures, growth_commune))
    context["since_error"] = since_error
    context["since_typed"] = request.GET.get("tu", "")[:20] if since_error else ""

    export = request.GET.get("xuat")
    if export in EXPORTS:
        return coverage_export(context, export)
    if export in GROWTH_EXPORTS:
        return growth_export(figures, GROWTH_EXPORTS[export], province, growth_commune)
    for row in rows:
        row.deadline = deadline_of.get(row.area.pk if by_province else row.area.parent_id)
        row.overdue = row.area.pk in overdue
    if province is not None and may_set_registry_deadline(request.user, province):
        context["deadline_form"] = deadline_form or deadlines.RegistryDeadlineForm(
            initial={"deadline": context["deadline"]}
        )
    context["affiliation_max"] = max([count for _, count in context["affiliations"]] or [0]) or 1
    context["chart_height"] = 18 * len(context["affiliations"])
    context["can_see_all_provinces"] = provinces.count() > 1
    context["query"] = {"tinh": province.code if province else "", "xa": growth_commune.code if growth_commune else ""}
    context["table_rows"] = table_rows(rows, by_province, context["query"]["tinh"], today)
    return TemplateResponse(request, "teams/coverage.html", context)


def saved_deadline(request, province, form):
    deadline = form.cleaned_data["deadline"]
    deadlines.save_deadline(province, deadline, request.user)
    messages.success(
        request,
        _("Đã đặt hạn cho %(province)s: 100%% xã, phường có tổ và quyết định thành lập trước ngày %(deadline)s.")
        % {"province": province.name, "deadline": shown(deadline)},
    )
    return f"{reverse('teams:coverage')}?{urlencode({'tinh': province.code})}"


def growth_context(figures, commune):
    return {
        "growth": figures,
        "growth_commune": commune,
        "growth_charts": [growth.chart(series, figures.days) for series in figures.series],
        "growth_sentences": [growth.change_sentence(series, figures.since) for series in figures.series],
        "growth_table": [
            (day, [(series.label, series.values[position]) for series in figures.series])
            for position, day in enumerate(figures.days)
        ],
    }


def coverage_export(context, extension):
    header = [
        _("Tỉnh") if context["by_province"] else _("Xã, phường, đặc khu"),
        _("Mã"),
        _("Số xã có tổ"),
        _("Tổng số xã"),
        _("Tỷ lệ (%)"),
        _("Tổ cấp thôn"),
        _("Thành viên"),
        _("Số xã có tổ và quyết định thành lập"),
        _("Tỷ lệ có quyết định (%)"),
        _("Hạn thành lập"),
    ]
    deadline_of = context["deadline_of"]
    rows = [
        [
            row.area.name,
            row.area.code,
            row.communes_with_team,
            row.communes,
            row.percent,
            row.village_teams,
            row.members,
            row.communes_with_decision,
            row.percent_with_decision,
            shown(deadline)
            if (deadline := deadline_of.get(row.area.pk if context["by_province"] else row.area.parent_id))
            else "",
        ]
        for row in context["rows"]
    ]
    return spreadsheet_response("do-phu-to-cong-nghe-so", header, rows, extension)


def growth_export(figures, extension, province, commune):
    """One row per day (the day compared with, each month's end, today): every series, then members by
    affiliation."""
    header = [_("Ngày")] + [series.label for series in figures.series + figures.affiliations]
    rows = [[shown(day), *values] for day, values in figures.rows()]
    area = commune or province
    name = (
        f"tang-truong-to-cong-nghe-so-{area.code}" if area is not None and area.code else "tang-truong-to-cong-nghe-so"
    )
    return spreadsheet_response(name, header, rows, extension)


def table_rows(rows, by_province, province_code, today):
    """The rows of the table by area, built here in one go: a province's 168 communes were a third of the page's
    time as template lookups and plural translations (as reporting.views.indicator_cells). Every text is escaped."""
    overdue = f' <strong class="overdue">{escape(_("Quá hạn"))}</strong>'
    if by_province:
        decided, undecided, no_team = escape(_("Có tổ và QĐ")), escape(_("Có tổ, chưa QĐ")), escape(_("Chưa có tổ"))
    else:
        status, back = escape(_("Tình trạng")), f"tinh={escape(province_code)}&amp;" if province_code else ""
    members = escape(_("Thành viên"))
    html = []
    for row in rows:
        if by_province:
            heading = f'<a href="?tinh={escape(row.area.code)}">{escape(row.area.name)}</a>'
            if row.deadline:
                deadline = _("Hạn %(deadline)s") % {"deadline": date_format(row.deadline, "d/m/Y")}
                heading += f'<br><span class="card__meta">{escape(deadline)}</span>'
                if row.deadline <= today and row.communes_with_decision < row.communes:
                    heading += overdue
            cells = (
                f'<td data-label="{decided}">{row.communes_with_decision}/{row.communes} '
                f"({row.percent_with_decision}%)</td>"
                f'<td data-label="{undecided}">{row.communes_without_decision}</td>'
                f'<td data-label="{no_team}">{row.communes_without_team}</td>'
            )
        else:
            heading = f'<a href="?{back}xa={escape(row.area.code)}#tang-truong">{escape(row.area.name)}</a>'
            state = f'<span class="registry-state registry-state--{escape(row.state)}">{escape(row.state_label)}</span>'
            if row.overdue:
                state += "<br>" + overdue.lstrip()
            if row.village_teams:
                villages = ngettext("%(counter)s tổ cấp thôn", "%(counter)s tổ cấp thôn", row.village_teams)
                state += f'<br><span class="card__meta">{escape(villages % {"counter": row.village_teams})}</span>'
            # One element: the cell lays its children out beside its label on a phone (tables.css)
            cells = f'<td data-label="{status}"><span class="cell-lines">{state}</span></td>'
        opening = '<tr class="overdue-row">' if row.overdue else "<tr>"
        html.append(f'{opening}<th scope="row">{heading}</th>{cells}<td data-label="{members}">{row.members}</td></tr>')
    return mark_safe("".join(html))  # every name, label and code above went through escape()
