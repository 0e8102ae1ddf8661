"""A province's registry deadline: "100% of communes have a team founded by a decision before …". The coverage page
sets and shows it; communes still without a team founded by a decision once it has passed are flagged there, and
their commune officers and the province's coordinators are reminded once per (deadline, commune) by
`queue_deadline_reminders` (the `remind_registry_deadlines` command, or `send_notifications` from cron)."""

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.notifications import notify_many
from core.dates import LAST_DAY, TEAMS_BEGAN, AtMostDaysAhead, NotAfter, NotBefore, shown
from teams.access import coordinators_of
from teams.coverage import RegistryState, registry_states
from teams.models import AdminArea, AreaLevel, RegistryDeadline, Team

REMINDER_KEY = "han-lap-to"
DEADLINE_HORIZON_DAYS = 3 * 366


class RegistryDeadlineForm(forms.Form):
    """The date by which every commune of the province should have a team founded by a decision."""

    deadline = forms.DateField(
        label=gettext_lazy("Hạn: 100% xã, phường có tổ và quyết định thành lập trước ngày"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        # A deadline years away is a mistyped year: the plan's deadlines are months ahead.
        validators=[NotBefore(TEAMS_BEGAN), NotAfter(LAST_DAY), AtMostDaysAhead(DEADLINE_HORIZON_DAYS)],
        error_messages={
            "required": gettext_lazy("Hãy chọn ngày hạn."),
            "invalid": gettext_lazy("Ngày này không có thật. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2026."),
        },
    )


def save_deadline(province, deadline, user):
    RegistryDeadline.objects.update_or_create(province=province, defaults={"deadline": deadline, "set_by": user})


def deadlines_by_province(province_ids):
    """{province id: deadline date} for these provinces, in one query."""
    return dict(RegistryDeadline.objects.filter(province_id__in=province_ids).values_list("province_id", "deadline"))


def is_past(deadline, today=None):
    """A deadline "before day D" has passed once D has begun without the work done."""
    return deadline is not None and deadline <= (today or timezone.localdate())


def overdue_commune_ids(rows, deadlines, today=None):
    """Ids of the communes (coverage rows of communes) past their province's deadline without a team founded by a
    decision."""
    return {
        row.area.pk
        for row in rows
        if row.state != RegistryState.WITH_DECISION and is_past(deadlines.get(row.area.parent_id), today)
    }


def queue_deadline_reminders(today=None):
    """Remind, once per (deadline, commune), the people who coordinate each commune past its province's deadline
    without a team founded by a decision. A deadline moved later and passed again reminds again: the key holds the
    date. Returns how many communes were reminded."""
    today = today or timezone.localdate()
    reminded = 0
    for deadline in RegistryDeadline.objects.filter(deadline__lte=today).select_related("province"):
        communes = AdminArea.objects.filter(level=AreaLevel.COMMUNE, parent=deadline.province).order_by("code", "pk")
        states = registry_states(Team.objects.filter(province=deadline.province))
        for commune in communes:
            if states.get(commune.pk, RegistryState.NO_TEAM) == RegistryState.WITH_DECISION:
                continue
            recipients = list(coordinators_of(commune))
            if not recipients:
                continue
            notify_many(
                recipients,
                key=f"{REMINDER_KEY}:{deadline.deadline.isoformat()}:{commune.pk}",
                **reminder(deadline, commune, states.get(commune.pk, RegistryState.NO_TEAM)),
            )
            reminded += 1
    return reminded


def reminder(deadline, commune, state):
    values = {"commune": commune.name, "deadline": shown(deadline.deadline), "province": deadline.province.name}
    if state == RegistryState.NO_TEAM:
        body = _("%(commune)s chưa có Tổ công nghệ số cộng đồng; hạn của %(province)s là trước ngày %(deadline)s.")
    else:
        body = _(
            "Tổ công nghệ số của %(commune)s chưa có quyết định thành lập (số và ngày quyết định); hạn của "
            "%(province)s là trước ngày %(deadline)s."
        )
    return {
        "title": _("%(commune)s: đã quá hạn thành lập tổ") % values,
        "body": body % values,
        "url": f"{reverse('teams:coverage')}?{urlencode({'tinh': deadline.province.code or ''})}",
    }
