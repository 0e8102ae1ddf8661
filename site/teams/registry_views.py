"""The registry's pages: registering a team with its founding decision on a phone (without JavaScript: a search box,
or province → commune → village through links, then radio buttons), adding a village there, the signed decision
served only to the people who can see the team, and the admin's village merge. Who may do what: teams.access."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core import form_tokens
from core.ids import parse_id
from core.upload_names import file_extension
from teams import access
from teams.models import AdminArea, Team
from teams.registry import (
    DuplicateTeam,
    TeamRegistrationForm,
    VillageForm,
    VillageMergeForm,
    commune_and_villages,
    labelled,
    matching_areas,
    merge_village,
    refuse_duplicate,
    registry_communes,
    registry_provinces,
    save_team,
    village_name_error,
    what_moves,
)

# The village form shares the page with the team's: its fields need ids of their own.
VILLAGE_PREFIX = "thon"
DECISION_FIELDS = ("decision_number", "decision_date", "decision_issuer", "decision_file", "founded_on")


def chosen_in(queryset, value):
    """The area of a ?tinh= or ?xa= value within the queryset; 404 for anything else, in scope or not."""
    if not value:
        return None
    area_id = parse_id(value)
    if area_id is None:
        raise Http404
    return get_object_or_404(queryset, pk=area_id)


def registry_step(request, source):
    """Where the person is in province → commune → village, or their search: what the page lists."""
    user = request.user
    provinces = registry_provinces(user)
    query = (source.get("q") or "").strip()[:100]
    commune = chosen_in(labelled(access.manageable_communes(user)), source.get("xa"))
    province = commune.province if commune else chosen_in(provinces, source.get("tinh"))
    province_count = provinces.count()
    if province is None and commune is None and not query:
        only_communes = list(access.manageable_communes(user)[:2])
        if len(only_communes) == 1:  # a commune officer: straight to their commune
            commune = labelled(AdminArea.objects).get(pk=only_communes[0].pk)
            province = commune.province
        elif province_count == 1:
            province = provinces.get()
    step = {
        "query": query,
        "province": province,
        "commune": commune,
        "several_provinces": province_count > 1,
        "provinces": [],
        "communes": [],
        "areas": [],
    }
    if query:
        step["areas"] = matching_areas(user, query)
    elif commune is not None:
        step["areas"] = commune_and_villages(user, commune)
    elif province is not None:
        step["communes"] = registry_communes(user, province)
    else:
        step["provinces"] = provinces
    return step


def offer_areas(form, areas):
    """The radio buttons: only the areas the page lists (the field's queryset still judges what is posted)."""
    form.fields["area"].widget.choices = [
        (area.pk, area.full_label + (_(" (đã có tổ)") if area.has_active_team else "")) for area in areas
    ]


@login_required
def register_team(request):
    """Step by step to an area, then the team's decision; once per form (a double tap registers one team)."""
    if not access.registrable_areas(request.user).exists():
        raise PermissionDenied
    if repeat := form_tokens.repeat_of_spent_form(request):
        return repeat
    source = request.POST if request.method == "POST" else request.GET
    step = registry_step(request, source)
    form = TeamRegistrationForm(
        request.POST or None, request.FILES or None, user=request.user, initial={"area": source.get("dia_ban")}
    )
    if request.method == "POST":
        posted = form.fields["area"].queryset.filter(pk=parse_id(request.POST.get("area"))).first()
        if posted is not None and not step["areas"]:
            step["commune"] = posted.commune
            step["areas"] = commune_and_villages(request.user, posted.commune)
        if form.is_valid():

            def register():
                team = save_team(form)
                messages.success(
                    request,
                    _("Đã đăng ký %(team)s. Mã mời thành viên: %(code)s.")
                    % {
                        "team": team.name,
                        "code": team.invitation_code,
                    },
                )
                return reverse("teams:registered_team", args=[team.pk])

            try:
                return form_tokens.create_once(request, register)
            except DuplicateTeam as lost_race:
                refuse_duplicate(form, lost_race.area)
    offer_areas(form, step["areas"])
    village_form = (
        VillageForm(commune=step["commune"], prefix=VILLAGE_PREFIX) if step["commune"] and step["query"] == "" else None
    )
    return TemplateResponse(
        request,
        "teams/registry/register.html",
        {"form": form, "village_form": village_form, "decision_fields": DECISION_FIELDS, **step},
    )


@login_required
def registered_team(request, team_id):
    """What was registered: the team, its decision and its invitation code, with the next steps."""
    team = get_object_or_404(access.visible_teams(request.user).select_related("area__parent"), pk=team_id)
    return TemplateResponse(request, "teams/registry/registered.html", {"team": team})


@login_required
@require_POST
def village_add(request, commune_id):
    """A village or residential group added under a commune the person manages, then back to that commune."""
    commune = get_object_or_404(labelled(access.manageable_communes(request.user)), pk=commune_id)
    form = VillageForm(request.POST, commune=commune, prefix=VILLAGE_PREFIX)
    village = save_village(form) if form.is_valid() else None
    if village is not None:
        messages.success(request, _("Đã thêm %(village)s.") % {"village": village.full_label})
        return redirect(f"{reverse('teams:register_team')}?xa={commune.pk}&dia_ban={village.pk}")
    step = registry_step(request, {"xa": commune.pk})
    team_form = TeamRegistrationForm(user=request.user)
    offer_areas(team_form, step["areas"])
    return TemplateResponse(
        request,
        "teams/registry/register.html",
        {"form": team_form, "village_form": form, "decision_fields": DECISION_FIELDS, **step},
    )


def save_village(form):
    """The village, or None with the form's error when the same name was added a moment before (the database's
    unique name within a commune)."""
    try:
        with transaction.atomic():
            return form.save()
    except IntegrityError:
        form.add_error("name", village_name_error(form.instance.parent, form.cleaned_data["name"]))
        return None


@login_required
def decision_file(request, team_id):
    """The signed decision, to the people who can see the team; never from /media/ (it may carry names)."""
    team = get_object_or_404(Team, pk=team_id)
    if not access.may_see_team_decision(request.user, team) or not team.decision_file:
        raise Http404
    try:
        opened = team.decision_file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    name = f"quyet-dinh-thanh-lap-to-{team.pk}.{file_extension(team.decision_file.name) or 'pdf'}"
    response = FileResponse(opened, as_attachment=False, filename=name, content_type="application/pdf")
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


class VillageMergeView(WagtailAdminTemplateMixin, FormView):
    """The admin's merge of a village into another of the same commune, after a confirmation that says what
    moves. Villages outside the person's scope are not found."""

    template_name = "teams/registry/village_merge.html"
    form_class = VillageMergeForm
    header_icon = "site"
    page_title = gettext_lazy("Gộp thôn, tổ dân phố")
    scope = None
    index_url_name = None

    def dispatch(self, request, *args, **kwargs):
        village_id = parse_id(kwargs["pk"])
        if village_id is None:
            raise Http404
        self.village = get_object_or_404(self.scope(request.user), pk=village_id)
        if not access.may_manage_villages(request.user, self.village.parent_id):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.village.full_label

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "village": self.village}

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "village": self.village,
            "moves": what_moves(self.village),
            "index_url": reverse(self.index_url_name),
        }

    def form_valid(self, form):
        target = form.cleaned_data["into"]
        label = self.village.full_label
        try:
            moved = merge_village(self.village, target)
        except ValidationError as refusal:
            form.add_error(None, refusal)
            return self.form_invalid(form)
        summary = ", ".join(f"{count} {what}" for what, count in moved) or _("không có gì")
        messages.success(
            self.request,
            _("Đã gộp %(village)s vào %(target)s; đã chuyển: %(summary)s.")
            % {"village": label, "target": target.name, "summary": summary},
        )
        return redirect(self.index_url_name)
