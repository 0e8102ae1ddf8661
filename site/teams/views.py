import datetime
import uuid

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.audit import log_personal_data_access
from accounts.client_address import client_address
from accounts.codes import readable_code
from core import form_tokens
from core.exports import spreadsheet_response
from teams.access import current_membership, scope_for, visible_teams
from teams.forms import PHONE_IN_TEAM, ImportUploadForm, LeaveForm, MemberForm
from teams.importing import (
    ImportFileError,
    ImportPreview,
    ImportRow,
    apply_import,
    invalid_rows_table,
    preview_import,
    template_rows,
)
from teams.joining import JoinWithCodeForm
from teams.managed_accounts import protection_reasons, refuse_protected
from teams.member_rules import ASSIGN_LEADER_ACTION, assign_leader, current_leader, second_leader_error
from teams.models import MEMBER_DATA_PURPOSE, Member, MemberRole
from teams.signup import PHONE_TAKEN, JoinTeamForm

IMPORT_SESSION_KEY = "teams_import"
ROLE_ORDER = {MemberRole.LEADER: 0, MemberRole.DEPUTY: 1, MemberRole.MEMBER: 2}


def team_in_scope(user, team_id):
    """The team if the user may manage it; 404 otherwise, so other teams' existence is not revealed."""
    return get_object_or_404(visible_teams(user), pk=team_id)


@login_required
def my_teams(request):
    teams = list(visible_teams(request.user).filter(pk__in=scope_for(request.user).led_team_ids))
    if len(teams) == 1:
        return redirect("teams:roster", team_id=teams[0].pk)
    return TemplateResponse(request, "teams/my_teams.html", {"teams": teams})


@login_required
def roster(request, team_id):
    team = team_in_scope(request.user, team_id)
    log_personal_data_access(request, _("xem danh sách"), _("thành viên tổ %(team)s") % {"team": team.pk})
    members = sorted(
        team.members.select_related("user"), key=lambda member: (ROLE_ORDER[member.role], member.full_name)
    )
    reasons = protection_reasons(request.user, members)
    for member in members:
        member.protected_because = reasons.get(member.pk)
    return TemplateResponse(
        request,
        "teams/roster.html",
        {
            "team": team,
            "current_members": [member for member in members if member.is_current],
            "former_members": [member for member in members if not member.is_current],
        },
    )


@login_required
def member_add(request, team_id):
    team = team_in_scope(request.user, team_id)
    if repeat := form_tokens.repeat_of_spent_form(request):
        return repeat
    form = MemberForm(request.POST or None, team=team, recorded_by=request.user)
    if request.method == "POST" and form.is_valid():

        def add():
            member = form.save()
            messages.success(request, _("Đã thêm %(name)s vào tổ.") % {"name": member.full_name})
            return reverse("teams:roster", args=[team.pk])

        try:
            return form_tokens.create_once(request, add)
        except IntegrityError:
            refused_after_race(form, team)
    return TemplateResponse(request, "teams/member_form.html", {"team": team, "form": form, "adding": True})


def refused_after_race(form, team):
    """The database refused what the form's checks let through: a request saved between them and this one gave
    the team its leader, or this phone (in any spelling)."""
    leader = current_leader(team, exclude_pk=form.instance.pk)
    if form.cleaned_data.get("role") == MemberRole.LEADER and leader is not None:
        form.add_error("role", second_leader_error(leader))
    else:
        form.add_error("phone", PHONE_IN_TEAM)


@login_required
def member_edit(request, team_id, member_id):
    team = team_in_scope(request.user, team_id)
    member = get_object_or_404(Member, pk=member_id, team=team)
    refuse_protected(request.user, member)
    form = MemberForm(request.POST or None, instance=member, team=team, recorded_by=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                form.save()
        except IntegrityError:
            refused_after_race(form, team)
        else:
            messages.success(request, _("Đã lưu thông tin của %(name)s.") % {"name": member.full_name})
            return redirect("teams:roster", team_id=team.pk)
    return TemplateResponse(request, "teams/member_form.html", {"team": team, "form": form, "member": member})


@login_required
def member_leave(request, team_id, member_id):
    team = team_in_scope(request.user, team_id)
    member = get_object_or_404(Member.objects.current(), pk=member_id, team=team)
    refuse_protected(request.user, member)
    form = LeaveForm(request.POST or None, member=member, initial={"left_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        member.left_on = form.cleaned_data["left_on"]
        member.save(update_fields=["left_on"])
        messages.success(request, _("%(name)s đã rời tổ; lịch sử vẫn được giữ.") % {"name": member.full_name})
        return redirect("teams:roster", team_id=team.pk)
    return TemplateResponse(request, "teams/member_leave.html", {"team": team, "member": member, "form": form})


@login_required
def member_make_leader(request, team_id, member_id):
    """Giao vai trò tổ trưởng: the one way a team changes leader. A confirmation page, then one transaction that
    makes this member the leader and the current leader a member. The team pages may not touch a protected
    account (teams.managed_accounts), the new leader's or the one stepping down."""
    team = team_in_scope(request.user, team_id)
    member = get_object_or_404(
        Member.objects.current().exclude(role=MemberRole.LEADER).select_related("user"), pk=member_id, team=team
    )
    refuse_protected(request.user, member)
    leaders = list(Member.objects.current().filter(team=team, role=MemberRole.LEADER).select_related("user"))
    for leader in leaders:
        refuse_protected(request.user, leader)
    if repeat := form_tokens.repeat_of_spent_form(request):
        return repeat
    name = {"name": member.full_name}
    if request.method == "POST":

        def hand_over():
            if assign_leader(team, member) is None:
                messages.error(request, _("%(name)s không còn là thành viên có thể nhận vai trò này.") % name)
                return reverse("teams:roster", args=[team.pk])
            messages.success(request, _("%(name)s đã là tổ trưởng.") % name)
            request.user._teams_scope = None  # the person stepping down may no longer manage the team
            if visible_teams(request.user).filter(pk=team.pk).exists():
                return reverse("teams:roster", args=[team.pk])
            return reverse("accounts:home")

        return form_tokens.create_once(request, hand_over)
    context = {"team": team, "member": member, "leaders": leaders, "action": ASSIGN_LEADER_ACTION}
    return TemplateResponse(request, "teams/leader_assign.html", context)


@login_required
def member_import(request, team_id):
    """Upload, then preview: nothing is written until the leader confirms."""
    team = team_in_scope(request.user, team_id)
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    preview = None
    if request.method == "POST" and form.is_valid():
        try:
            preview = preview_import(team, form.cleaned_data["file"], importer=request.user)
        except ImportFileError as error:
            form.add_error("file", str(error))
        else:
            token = uuid.uuid4().hex
            request.session[IMPORT_SESSION_KEY] = {"token": token, "team": team.pk, **serialise(preview)}
            return import_preview_response(request, team, preview, token)
    return TemplateResponse(request, "teams/import_upload.html", {"team": team, "form": form})


def import_preview_response(request, team, preview, token, consent_missing=False):
    context = {
        "team": team,
        "preview": preview,
        "token": token,
        "consent_purpose": MEMBER_DATA_PURPOSE,
        "consent_missing": consent_missing,
    }
    return TemplateResponse(request, "teams/import_preview.html", context)


@login_required
@require_POST
def member_import_confirm(request, team_id):
    team = team_in_scope(request.user, team_id)
    # The preview's token is the form's one-time token: confirming twice imports once.
    if repeat := form_tokens.repeat_of_spent_form(request, field="token"):
        return repeat
    preview = stored_preview(request, team)
    if not request.POST.get("consent"):
        return import_preview_response(request, team, preview, request.POST.get("token", ""), consent_missing=True)

    def import_members():
        created = apply_import(team, preview, recorded_by=request.user)
        del request.session[IMPORT_SESSION_KEY]
        messages.success(
            request,
            _("Đã thêm %(created)d thành viên; %(skipped)d người đã có trong tổ; %(invalid)d dòng có lỗi chưa nhập.")
            % {"created": created, "skipped": len(preview.already_in_team), "invalid": len(preview.invalid)},
        )
        return reverse("teams:roster", args=[team.pk])

    return form_tokens.create_once(request, import_members, field="token")


@login_required
def member_import_errors(request, team_id):
    team = team_in_scope(request.user, team_id)
    preview = stored_preview(request, team)
    header, rows = invalid_rows_table(preview.invalid)
    return spreadsheet_response("dong-can-sua", header, rows, "csv")


def stored_preview(request, team):
    stored = request.session.get(IMPORT_SESSION_KEY)
    if not stored or stored["team"] != team.pk or stored["token"] != request.POST.get("token", stored["token"]):
        raise Http404
    return ImportPreview(
        valid=[restore(row) for row in stored["valid"]],
        invalid=[restore(row) for row in stored["invalid"]],
        already_in_team=[restore(row) for row in stored["already_in_team"]],
    )


def serialise(preview):
    def row_data(row):
        cleaned = {**row.cleaned}
        if cleaned.get("joined_on"):
            cleaned["joined_on"] = cleaned["joined_on"].isoformat()
        values = {key: str(value) for key, value in row.values.items()}
        return {"number": row.number, "values": values, "cleaned": cleaned, "errors": row.errors}

    return {
        "valid": [row_data(row) for row in preview.valid],
        "invalid": [row_data(row) for row in preview.invalid],
        "already_in_team": [row_data(row) for row in preview.already_in_team],
    }


def restore(data):
    cleaned = {**data["cleaned"]}
    if cleaned.get("joined_on"):
        cleaned["joined_on"] = datetime.date.fromisoformat(cleaned["joined_on"])
    return ImportRow(number=data["number"], values=data["values"], cleaned=cleaned, errors=data["errors"])


def import_template(request, extension):
    header, *rows = template_rows()
    return spreadsheet_response("mau-danh-sach-thanh-vien", header, rows, extension)


def join_team(request):
    """Sign up with a team's invitation code; the new volunteer is signed in and sent to their learning. Someone
    signed in and in no team joins with the code alone; someone already in a team is told which."""
    if request.user.is_authenticated:
        return join_signed_in(request)
    if repeat := form_tokens.repeat_of_spent_form(request):
        return repeat
    form = JoinTeamForm(
        request.POST or None,
        initial={"invitation_code": request.GET.get("ma", "")},
        client_address=client_address(request),
    )
    if request.method == "POST" and form.is_valid():

        def sign_up():
            user = form.save()
            login(request, user, backend="accounts.backends.PhoneEmailOrUsernameBackend")
            messages.success(request, _("Chào mừng bạn đến với %(team)s!") % {"team": form.team.name})
            return reverse("accounts:home")

        try:
            return form_tokens.create_once(request, sign_up)
        except IntegrityError:
            # Another sign-up with this phone (in any spelling) was saved between the form's check and this save.
            form.add_error("phone", PHONE_TAKEN)
    return TemplateResponse(request, "teams/join.html", {"form": form})


def join_signed_in(request):
    if repeat := form_tokens.repeat_of_spent_form(request, signs_in=True):  # the sign-up that signed them in
        return repeat
    membership = current_membership(request.user)
    if membership is not None:
        return TemplateResponse(request, "teams/join.html", {"membership": membership})
    form = JoinWithCodeForm(
        request.POST or None,
        initial={"invitation_code": request.GET.get("ma", "")},
        user=request.user,
        client_address=client_address(request),
    )
    if request.method == "POST" and form.is_valid():

        def join():
            member = form.save()
            messages.success(request, _("Chào mừng bạn đến với %(team)s!") % {"team": member.team.name})
            return reverse("accounts:home")

        try:
            return form_tokens.create_once(request, join)
        except IntegrityError:
            # The same phone was recorded in another team between the form's check and this save.
            form.add_error(None, _("Số điện thoại của bạn vừa được ghi vào một tổ khác. Hãy hỏi lại tổ trưởng."))
    return TemplateResponse(request, "teams/join.html", {"form": form, "signed_in": True})


@login_required
@require_POST
def regenerate_invitation(request, team_id):
    team = team_in_scope(request.user, team_id)
    team.regenerate_invitation_code()
    messages.success(request, _("Đã đổi mã mời. Mã cũ không dùng được nữa."))
    return redirect("teams:roster", team_id=team.pk)


@login_required
@require_POST
def member_account(request, team_id, member_id):
    """Create an account for a member, or give them a new password: the temporary password is shown once."""
    team = team_in_scope(request.user, team_id)
    member = get_object_or_404(Member.objects.current(), pk=member_id, team=team)
    refuse_protected(request.user, member)
    password = readable_code(10).lower()
    if member.user_id:
        member.user.set_password(password)
        member.user.save(update_fields=["password"])
        action = _("Mật khẩu mới của %(name)s")
    else:
        users = get_user_model()._default_manager
        if users.filter(phone=member.phone).exists():
            messages.error(
                request,
                _("Số %(phone)s đã có tài khoản. Người này có thể tự vào tổ bằng mã mời.")
                % {"phone": member.phone_display},
            )
            return redirect("teams:roster", team_id=team.pk)
        names = member.full_name.split()
        member.user = users.create_volunteer(
            member.phone, password, first_name=names[-1], last_name=" ".join(names[:-1])
        )
        member.save(update_fields=["user"])
        action = _("Tài khoản của %(name)s")
    return TemplateResponse(
        request,
        "teams/member_password.html",
        {"team": team, "member": member, "password": password, "heading": action % {"name": member.full_name}},
    )
