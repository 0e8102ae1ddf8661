"""A difficulty's way up and back. The commune sends up what it cannot solve, with a reason; the province forwards it
to the platform's department or to the province People's Committee, with a due date; an answer comes back. Each step
is a DifficultyEvent and news for the team's leaders. A step is taken by a conditional UPDATE, so two people (or one
person pressing twice) take it once. Who may take which step is teams.access's answer, asked by the views."""

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.notifications import notify_many
from reporting import notices
from reporting.models import (
    FORWARDED_STAGES,
    Difficulty,
    DifficultyAction,
    DifficultyEvent,
    DifficultyStage,
    DifficultyStatus,
)
from teams.access import department_members, province_coordinators
from teams.models import lower_first


def committee_name(province):
    """ "Ủy ban nhân dân tỉnh Thái Nguyên", "Ủy ban nhân dân thành phố Hà Nội"."""
    return _("Ủy ban nhân dân %(province)s") % {"province": lower_first(province.named_with_type)}


def receiver_name(difficulty):
    """Who must answer a forwarded difficulty, as people read it."""
    if difficulty.stage == DifficultyStage.COMMITTEE:
        return committee_name(difficulty.report.team.province)
    if difficulty.stage == DifficultyStage.DEPARTMENT:
        department = difficulty.forwarded_department
        return department.name if department else _("Đơn vị quản lý nền tảng")
    return ""


def difficulty_url(difficulty):
    return reverse("reporting:respond", args=[difficulty.pk])


def escalate(difficulty, user, reason):
    """The commune sends the difficulty to the province. False if it was already sent up or is resolved."""
    with transaction.atomic():
        moved = (
            Difficulty.objects.filter(pk=difficulty.pk, stage=DifficultyStage.COMMUNE)
            .exclude(status=DifficultyStatus.RESOLVED)
            .update(stage=DifficultyStage.PROVINCE, status=DifficultyStatus.OPEN)
        )
        if not moved:
            return False
        difficulty.refresh_from_db()
        event = DifficultyEvent.objects.create(
            difficulty=difficulty, action=DifficultyAction.ESCALATED, user=user, comment=reason
        )
        team = difficulty.report.team
        values = {"commune": team.commune.name, "team": team.name, "text": difficulty.text[:80], "reason": reason}
        notify_many(
            province_coordinators(team.province_id),
            key=f"kho-khan-len-tinh:{event.pk}",
            title=_("%(commune)s chuyển lên một khó khăn cần tỉnh xử lý") % values,
            body=_("%(team)s: “%(text)s”. Lý do xã không tự giải quyết được: %(reason)s") % values,
            url=difficulty_url(difficulty),
        )
        notices.difficulty_step(difficulty, event)
    return True


def forward(difficulty, user, to, due_on, comment, department=None):
    """The province forwards an escalated, unresolved difficulty to `to` (DEPARTMENT, with `department`, or
    COMMITTEE), due on `due_on`. Forwarding again (the department says it is not theirs) moves it on. False if the
    difficulty is no longer with the province or is resolved."""
    with transaction.atomic():
        moved = (
            Difficulty.objects.filter(pk=difficulty.pk, stage__in=[DifficultyStage.PROVINCE, *FORWARDED_STAGES])
            .exclude(status=DifficultyStatus.RESOLVED)
            .update(
                stage=to,
                forwarded_department=department if to == DifficultyStage.DEPARTMENT else None,
                due_on=due_on,
                status=DifficultyStatus.OPEN,
                overdue_reminded_at=None,
            )
        )
        if not moved:
            return False
        difficulty.refresh_from_db()
        receiver = receiver_name(difficulty)
        event = DifficultyEvent.objects.create(
            difficulty=difficulty,
            action=DifficultyAction.FORWARDED,
            user=user,
            comment=comment,
            receiver=receiver,
            due_on=due_on,
        )
        if to == DifficultyStage.DEPARTMENT and department is not None:
            team = difficulty.report.team
            values = {
                "province": team.province.name,
                "text": difficulty.text[:80],
                "due": due_on.strftime("%d/%m/%Y"),
                "comment": comment,
            }
            notify_many(
                department_members(department.pk),
                key=f"kho-khan-chuyen-don-vi:{event.pk}",
                title=_("%(province)s chuyển một khó khăn về nền tảng của đơn vị") % values,
                body=_("“%(text)s”. Hạn trả lời: %(due)s. %(comment)s") % values,
                url=difficulty_url(difficulty),
            )
        notices.difficulty_step(difficulty, event)
    return True


def answer(difficulty, user, response, resolved):
    """Records an answer (from the commune, the province, the department, or the People's Committee's as the
    province received it). The same answer sent twice is one step of the history."""
    now = timezone.now()
    status = DifficultyStatus.RESOLVED if resolved else DifficultyStatus.RESPONDED
    action = DifficultyAction.RESOLVED if resolved else DifficultyAction.ANSWERED
    with transaction.atomic():
        latest = difficulty.events.order_by("-at", "-pk").first()
        repeated = latest is not None and latest.action == action and latest.comment == response
        difficulty.response = response
        difficulty.responded_by, difficulty.responded_at = user, now
        difficulty.status = status
        difficulty.resolved_at = now if resolved else None
        difficulty.save(update_fields=["response", "responded_by", "responded_at", "status", "resolved_at"])
        if not repeated:
            DifficultyEvent.objects.create(difficulty=difficulty, action=action, user=user, comment=response)
        notices.difficulty_answered(difficulty)


def overdue(difficulties, today=None):
    """The forwarded difficulties still unanswered after their due date."""
    today = today or timezone.localdate()
    return difficulties.filter(stage__in=FORWARDED_STAGES, status=DifficultyStatus.OPEN, due_on__lt=today)


def queue_overdue_reminders(today=None):
    """Reminds once of each overdue escalation: the province's coordinators, who must chase the answer, and the
    department's people when it is theirs. Forwarding again sets a new due date and a new reminder. Returns how many
    were reminded."""
    today = today or timezone.localdate()
    reminded = 0
    late = overdue(Difficulty.objects.filter(overdue_reminded_at__isnull=True), today).select_related(
        "report__team__province", "report__team__commune", "forwarded_department"
    )
    for difficulty in late:
        with transaction.atomic():
            claimed = Difficulty.objects.filter(pk=difficulty.pk, overdue_reminded_at__isnull=True).update(
                overdue_reminded_at=timezone.now()
            )
            if not claimed:  # another run took it
                continue
            event = DifficultyEvent.objects.create(
                difficulty=difficulty, action=DifficultyAction.REMINDED, receiver=receiver_name(difficulty)
            )
            team = difficulty.report.team
            values = {
                "receiver": receiver_name(difficulty),
                "due": difficulty.due_on.strftime("%d/%m/%Y"),
                "text": difficulty.text[:80],
                "team": team.name,
                "commune": team.commune.name,
            }
            people = province_coordinators(team.province_id)
            if difficulty.stage == DifficultyStage.DEPARTMENT and difficulty.forwarded_department_id:
                people += department_members(difficulty.forwarded_department_id)
            notify_many(
                people,
                key=f"kho-khan-qua-han:{event.pk}",
                title=_("Khó khăn chuyển đến %(receiver)s đã quá hạn trả lời") % values,
                body=_("“%(text)s” (%(team)s, %(commune)s) cần trả lời trước %(due)s mà chưa có phản hồi.") % values,
                url=difficulty_url(difficulty),
            )
            reminded += 1
    return reminded


def open_escalations(difficulties):
    """Escalated difficulties not yet resolved: what a review round lists."""
    return difficulties.filter(~Q(stage=DifficultyStage.COMMUNE)).exclude(status=DifficultyStatus.RESOLVED)
