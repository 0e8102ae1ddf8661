"""The difficulty board and a difficulty's page: its way up and back (reporting.escalation), and the steps the person
may take from there. teams.access answers who sees which difficulty and who may take which step."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.dates import shown
from core.exports import spreadsheet_response
from reporting import escalation
from reporting.forms import EscalateForm, ForwardForm, ResponseForm
from reporting.models import Difficulty, DifficultyEvent, DifficultyStage, DifficultyStatus
from teams import access

# The board's second filter: where the difficulty is (a query value, its label).
PLACES = [("len-tinh", gettext_lazy("Đã chuyển lên tỉnh")), ("qua-han", gettext_lazy("Quá hạn trả lời"))]


# What the board and a difficulty's page show of it: the team and its places, the period, the platform, the receiver.
SHOWN_WITH = ("report__team__commune", "report__team__province", "report__period", "platform", "forwarded_department")


def steps_with_people():
    """The prefetch of a difficulty's steps and who took each (the difficulty's page, the team's report)."""
    return Prefetch("events", queryset=DifficultyEvent.objects.select_related("user"))


def with_history(difficulties):
    return difficulties.select_related(*SHOWN_WITH).prefetch_related(steps_with_people())


def visible_difficulties(user):
    """The difficulties the user may see (teams.access), or 403 for people with no board at all."""
    if not access.may_open_difficulties(user):
        raise PermissionDenied
    return Difficulty.objects.filter(access.difficulty_filter(user))


def place_label(difficulty, today):
    """Where the difficulty is, as the board and its page say it: "Đã chuyển đến Ủy ban nhân dân tỉnh Thái Nguyên ·
    hạn trả lời 15/12/2026 (quá hạn)"."""
    if not difficulty.is_forwarded:
        return difficulty.get_stage_display()
    label = _("Đã chuyển đến %(receiver)s") % {"receiver": escalation.receiver_name(difficulty)}
    if difficulty.due_on:
        label += " · " + _("hạn trả lời %(date)s") % {"date": shown(difficulty.due_on)}
    if difficulty.is_overdue(today):
        label += " " + _("(quá hạn)")
    return label


@login_required
def difficulty_board(request):
    difficulties = visible_difficulties(request.user)
    status = request.GET.get("tinh-trang")
    if status in DifficultyStatus.values:
        difficulties = difficulties.filter(status=status)
    place = request.GET.get("noi")
    today = timezone.localdate()
    if place == "len-tinh":
        difficulties = escalation.open_escalations(difficulties)
    elif place == "qua-han":
        difficulties = escalation.overdue(difficulties, today)
    else:
        place = None
    difficulties = difficulties.select_related(*SHOWN_WITH)
    export = request.GET.get("xuat")
    if export in ("csv", "xlsx"):
        header = [
            _("Tổ"),
            _("Xã, phường"),
            _("Kỳ"),
            _("Loại"),
            _("Nền tảng"),
            _("Mô tả"),
            _("Tình trạng"),
            _("Nơi xử lý"),
            _("Hạn trả lời"),
            _("Phản hồi"),
        ]
        table = [
            [
                item.report.team.name,
                item.report.team.commune.name,
                str(item.report.period),
                item.get_category_display(),
                item.platform.title if item.platform else "",
                item.text,
                item.get_status_display(),
                escalation.receiver_name(item) or item.get_stage_display(),
                shown(item.due_on) if item.due_on else "",
                item.current_response,
            ]
            for item in difficulties
        ]
        return spreadsheet_response("kho-khan-vuong-mac", header, table, export)
    items = list(difficulties[:300])
    for item in items:
        item.place = place_label(item, today)
        item.overdue = item.is_overdue(today)
    return TemplateResponse(
        request,
        "reporting/difficulties.html",
        {
            "difficulties": items,
            "status": status,
            "statuses": DifficultyStatus.choices,
            "place": place,
            "places": PLACES,
        },
    )


def allowed_steps(user, difficulty):
    """The forms the person may use on the difficulty now: answer, send up, forward."""
    unresolved = difficulty.status != DifficultyStatus.RESOLVED
    allowed = set()
    if access.may_answer_difficulty(user, difficulty):
        allowed.add("response")
    if unresolved and difficulty.stage == DifficultyStage.COMMUNE and access.may_escalate_difficulty(user, difficulty):
        allowed.add("escalate")
    if unresolved and difficulty.is_escalated and access.may_forward_difficulty(user, difficulty):
        allowed.add("forward")
    return allowed


def response_form(request, difficulty, data=None):
    """The answer form. Once the difficulty went up, the province records the receiver's answer under its name;
    an answer from before it went up is not offered again as this one."""
    receiver = ""
    if difficulty.is_forwarded and not access.in_department(request.user, difficulty.forwarded_department_id):
        receiver = escalation.receiver_name(difficulty)
    initial = {
        "response": difficulty.current_response,
        "resolved": difficulty.status == DifficultyStatus.RESOLVED,
    }
    return ResponseForm(data, initial=initial, receiver=receiver)


def forward_form(difficulty, data=None):
    platform = difficulty.platform
    return ForwardForm(
        data,
        department=platform.department if platform is not None else None,
        committee=escalation.committee_name(difficulty.report.team.province),
    )


NEW_FORMS = {
    "response": response_form,
    "escalate": lambda request, difficulty: EscalateForm(),
    "forward": lambda request, difficulty: forward_form(difficulty),
}


def difficulty_page(request, difficulty, sent=None, status=200):
    """A difficulty, its history, and a form for each step the person may take now. `sent` holds a form that came
    back (with errors, or too late), so nothing typed is lost while the step is still theirs to take."""
    sent = sent or {}
    forms = {
        name: sent.get(name) or NEW_FORMS[name](request, difficulty) for name in allowed_steps(request.user, difficulty)
    }
    today = timezone.localdate()
    return TemplateResponse(
        request,
        "reporting/respond.html",
        {
            "difficulty": difficulty,
            "place": place_label(difficulty, today),
            "overdue": difficulty.is_overdue(today),
            "events": difficulty.events.all(),
            **forms,
        },
        status=status,
    )


def chosen_difficulty(request, difficulty_id):
    return get_object_or_404(with_history(visible_difficulties(request.user)), pk=difficulty_id)


def seen_step(request):
    """The number of steps the difficulty's page showed when the form was sent (-1, never current, when missing)."""
    value = request.POST.get("buoc", "")
    return int(value) if value.isascii() and value.isdigit() and len(value) < 10 else -1


def too_late(request, difficulty_id, sent):
    """Someone (perhaps the same person, tapping twice) took a step since the page was shown: the page again, as it
    is now, with what was typed."""
    messages.error(
        request,
        _("Khó khăn này vừa được cập nhật. Dưới đây là tình trạng mới nhất; hãy xem lại rồi gửi lại nếu vẫn cần."),
    )
    return difficulty_page(request, chosen_difficulty(request, difficulty_id), sent, status=409)


@login_required
def respond_difficulty(request, difficulty_id):
    difficulty = chosen_difficulty(request, difficulty_id)
    if request.method != "POST":
        return difficulty_page(request, difficulty)
    if not access.may_answer_difficulty(request.user, difficulty):
        raise PermissionDenied
    form = response_form(request, difficulty, request.POST)
    if not form.is_valid():
        return difficulty_page(request, difficulty, {"response": form})
    data = form.cleaned_data
    if not escalation.answer(difficulty, request.user, data["response"], data["resolved"], seen_step(request)):
        return too_late(request, difficulty_id, {"response": form})
    messages.success(request, _("Đã ghi phản hồi; tổ đã được báo."))
    return redirect("reporting:respond", difficulty.pk)


@login_required
@require_POST
def escalate_difficulty(request, difficulty_id):
    difficulty = chosen_difficulty(request, difficulty_id)
    if not access.may_escalate_difficulty(request.user, difficulty):
        raise PermissionDenied
    form = EscalateForm(request.POST)
    if not form.is_valid():
        return difficulty_page(request, difficulty, {"escalate": form})
    if not escalation.escalate(difficulty, request.user, form.cleaned_data["reason"], seen_step(request)):
        return too_late(request, difficulty_id, {"escalate": form})
    messages.success(request, _("Đã chuyển khó khăn lên tỉnh; tổ đã được báo."))
    return redirect("reporting:respond", difficulty.pk)


@login_required
@require_POST
def forward_difficulty(request, difficulty_id):
    difficulty = chosen_difficulty(request, difficulty_id)
    if not access.may_forward_difficulty(request.user, difficulty):
        raise PermissionDenied
    form = forward_form(difficulty, request.POST)
    if not form.is_valid():
        return difficulty_page(request, difficulty, {"forward": form})
    data = form.cleaned_data
    department = form.department if data["to"] == DifficultyStage.DEPARTMENT else None
    if not escalation.forward(
        difficulty, request.user, data["to"], data["due_on"], data["comment"], department, seen_step(request)
    ):
        return too_late(request, difficulty_id, {"forward": form})
    messages.success(request, _("Đã chuyển tiếp khó khăn; tổ và xã đã được báo."))
    return redirect("reporting:respond", difficulty.pk)
