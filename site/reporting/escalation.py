"""A difficulty's way up and back. The commune sends up what it cannot solve, with a reason; the province forwards it
to the platform's department or to the province People's Committee, with a due date; an answer comes back. Each step
is a DifficultyEvent and news for the team's leaders and the officials along the way.

A step is taken by a conditional UPDATE on the difficulty's state and on `step`, the number of steps its page showed
(`seen_step`): a double tap, two people at once, or a page left open while someone else acted, take nothing twice
and never undo what another did; the step is refused and the person is shown where the difficulty is now. Who may
take which step is teams.access's answer, asked by the views."""

from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.notifications import notify_many
from core.dates import shown
from reporting import notices
from reporting.models import (
    FORWARDED_STAGES,
    Difficulty,
    DifficultyAction,
    DifficultyEvent,
    DifficultyStage,
    DifficultyStatus,
)
from teams.access import commune_officers, department_members, province_coordinators
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


def take_step(difficulty, seen_step, condition, **changes):
    """Moves the difficulty if it is still as `condition` and its page showed (`seen_step`; None for callers that
    are not a page, such as the demo); refreshes it. False if another step came first."""
    rows = Difficulty.objects.filter(condition, pk=difficulty.pk)
    if seen_step is not None:
        rows = rows.filter(step=seen_step)
    moved = rows.update(step=F("step") + 1, **changes)
    difficulty.refresh_from_db()
    return bool(moved)


def tell(people, user, key, title, body, difficulty):
    """A notice to officials along the way, never to the person who took the step."""
    notify_many(
        [person for person in people if person != getattr(user, "pk", None)],
        key=key,
        title=title,
        body=body,
        url=difficulty_url(difficulty),
    )


def escalate(difficulty, user, reason, seen_step=None):
    """The commune sends the difficulty to the province. False if it was already sent up, is resolved, or changed
    since its page was shown."""
    with transaction.atomic():
        still_at_commune = Q(stage=DifficultyStage.COMMUNE) & ~Q(status=DifficultyStatus.RESOLVED)
        if not take_step(
            difficulty, seen_step, still_at_commune, stage=DifficultyStage.PROVINCE, status=DifficultyStatus.OPEN
        ):
            return False
        event = DifficultyEvent.objects.create(
            difficulty=difficulty, action=DifficultyAction.ESCALATED, user=user, comment=reason
        )
        team = difficulty.report.team
        values = {"commune": team.commune.name, "team": team.name, "text": difficulty.text[:80], "reason": reason}
        tell(
            province_coordinators(team.province_id),
            user,
            f"kho-khan-len-tinh:{event.pk}",
            _("%(commune)s chuyển lên một khó khăn cần tỉnh xử lý") % values,
            _("%(team)s: “%(text)s”. Lý do xã không tự giải quyết được: %(reason)s") % values,
            difficulty,
        )
        notices.difficulty_step(difficulty, event)
    return True


def forward(difficulty, user, to, due_on, comment, department=None, seen_step=None):
    """The province forwards an escalated, unresolved difficulty to `to` (DEPARTMENT, with `department`, or
    COMMITTEE), due on `due_on`. Forwarding again (the department says it is not theirs, a new due date) moves it on.
    False if the difficulty is no longer with the province, is resolved, or changed since its page was shown."""
    with transaction.atomic():
        with_the_province = Q(stage__in=[DifficultyStage.PROVINCE, *FORWARDED_STAGES]) & ~Q(
            status=DifficultyStatus.RESOLVED
        )
        if not take_step(
            difficulty,
            seen_step,
            with_the_province,
            stage=to,
            forwarded_department=department if to == DifficultyStage.DEPARTMENT else None,
            due_on=due_on,
            status=DifficultyStatus.OPEN,
            overdue_reminded_at=None,
        ):
            return False
        receiver = receiver_name(difficulty)
        event = DifficultyEvent.objects.create(
            difficulty=difficulty,
            action=DifficultyAction.FORWARDED,
            user=user,
            comment=comment,
            receiver=receiver,
            due_on=due_on,
        )
        team = difficulty.report.team
        values = {
            "province": team.province.named_with_type,
            "receiver": receiver,
            "text": difficulty.text[:80],
            "due": shown(due_on),
            "comment": comment,
        }
        if to == DifficultyStage.DEPARTMENT and department is not None:
            tell(
                department_members(department.pk),
                user,
                f"kho-khan-chuyen-don-vi:{event.pk}",
                _("%(province)s chuyển một khó khăn về nền tảng của đơn vị") % values,
                _("“%(text)s”. Hạn trả lời: %(due)s. %(comment)s") % values,
                difficulty,
            )
        tell(
            commune_officers(team.commune_id),
            user,
            f"kho-khan-chuyen-tiep-xa:{event.pk}",
            _("Tỉnh đã chuyển khó khăn xã gửi lên đến %(receiver)s") % values,
            _("“%(text)s”. Hạn trả lời: %(due)s.") % values,
            difficulty,
        )
        notices.difficulty_step(difficulty, event)
    return True


def answer(difficulty, user, response, resolved, seen_step=None):
    """Records an answer (from the commune, the province, the department, or the People's Committee's as the
    province received it). The same answer again changes nothing and tells nobody. False if the difficulty changed
    since its page was shown."""
    status = DifficultyStatus.RESOLVED if resolved else DifficultyStatus.RESPONDED
    if difficulty.response == response and difficulty.status == status and seen_step in (None, difficulty.step):
        return True
    now = timezone.now()
    with transaction.atomic():
        if not take_step(
            difficulty,
            seen_step,
            ~Q(response=response, status=status),
            response=response,
            responded_by=user,
            responded_at=now,
            status=status,
            resolved_at=now if resolved else None,
        ):
            return False
        action = DifficultyAction.RESOLVED if resolved else DifficultyAction.ANSWERED
        event = DifficultyEvent.objects.create(difficulty=difficulty, action=action, user=user, comment=response)
        notices.difficulty_answered(difficulty, event)
        if difficulty.is_escalated:
            team = difficulty.report.team
            values = {"text": difficulty.text[:80], "team": team.name, "response": response}
            tell(
                commune_officers(team.commune_id) + province_coordinators(team.province_id),
                user,
                f"kho-khan-tra-loi:{event.pk}",
                _("Khó khăn xã chuyển lên đã có trả lời"),
                _("“%(text)s” (%(team)s). Trả lời: %(response)s") % values,
                difficulty,
            )
    return True


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
    late = overdue(Difficulty.objects.filter(overdue_reminded_at__isnull=True), today)
    for difficulty_id in list(late.values_list("pk", flat=True)):
        with transaction.atomic():
            # Claimed only if still overdue and unreminded now: another run, an answer or a new forward came first.
            claimed = late.filter(pk=difficulty_id).update(overdue_reminded_at=timezone.now())
            if not claimed:
                continue
            difficulty = Difficulty.objects.select_related(
                "report__team__province", "report__team__commune", "forwarded_department"
            ).get(pk=difficulty_id)
            receiver = receiver_name(difficulty)
            event = DifficultyEvent.objects.create(
                difficulty=difficulty, action=DifficultyAction.REMINDED, receiver=receiver
            )
            team = difficulty.report.team
            values = {
                "receiver": receiver,
                "due": shown(difficulty.due_on),
                "text": difficulty.text[:80],
                "team": team.name,
                "commune": team.commune.name,
            }
            people = province_coordinators(team.province_id)
            if difficulty.stage == DifficultyStage.DEPARTMENT and difficulty.forwarded_department_id:
                people += department_members(difficulty.forwarded_department_id)
            tell(
                people,
                None,
                f"kho-khan-qua-han:{event.pk}",
                _("Khó khăn chuyển đến %(receiver)s đã quá hạn trả lời") % values,
                _("“%(text)s” (%(team)s, %(commune)s) hạn trả lời %(due)s, chưa có phản hồi.") % values,
                difficulty,
            )
            reminded += 1
    return reminded


def open_escalations(difficulties):
    """Escalated difficulties not yet resolved."""
    return difficulties.exclude(stage=DifficultyStage.COMMUNE).exclude(status=DifficultyStatus.RESOLVED)
