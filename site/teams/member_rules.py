"""The rules every path that records a member follows (the import, the leader's form, the admin's form, sign-up):
a phone is one person, so it belongs to one team's current members at a time; a team has one leader, and a new
leader is named by an explicit action, "Giao vai trò tổ trưởng", which demotes the previous one in the same
transaction. Moving a person to another team is the admin's edit of the member's team, by someone whose scope
covers it."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from teams.access import visible_teams
from teams.models import Member, MemberRole, Team

ASSIGN_LEADER_ACTION = _("Giao vai trò tổ trưởng")
PHONE_IN_ANOTHER_TEAM = _("Số điện thoại này đã thuộc một tổ khác.")
PHONE_IN_NAMED_TEAM = _(
    "Số điện thoại này đã thuộc một thành viên của %(team)s. Một số điện thoại là một người: muốn chuyển người "
    "sang tổ này, hãy sửa tổ của thành viên đó trong trang quản trị."
)
ROW_PHONE_IN_ANOTHER_TEAM = _("số điện thoại này đã thuộc một tổ khác")
ROW_PHONE_IN_NAMED_TEAM = _("số điện thoại này đã thuộc một thành viên của %(team)s")
SECOND_LEADER = _(
    "Tổ đã có tổ trưởng (%(name)s). Muốn đổi tổ trưởng, hãy dùng “%(action)s” bên cạnh tên người mới trên "
    "trang danh sách tổ: người cũ sẽ thành thành viên."
)


def memberships_elsewhere(phones, team):
    """{phone: (team id, team name)} for the phones that belong to a current member of another team; one query."""
    phones = [phone for phone in set(phones) if phone]
    if not phones:
        return {}
    rows = (
        Member.objects.current()
        .filter(phone__in=phones)
        .exclude(team=team)
        .order_by("pk")
        .values_list("phone", "team_id", "team__name")
    )
    found = {}
    for phone, team_id, team_name in rows:
        found.setdefault(phone, (team_id, team_name))
    return found


def nameable_team_ids(viewer, team_ids):
    """The teams among `team_ids` the viewer's scope covers, which a message may name; None (an operator's command)
    names them all."""
    if viewer is None:
        return set(team_ids)
    if not team_ids:
        return set()
    return set(visible_teams(viewer).filter(pk__in=team_ids).values_list("pk", flat=True))


def phone_elsewhere_error(phone, team, viewer, *, exclude_pk=None, row=False):
    """The message refusing a phone of another team's current member (naming that team only when the viewer's
    scope covers it), or None when the phone is free."""
    query = Member.objects.current().filter(phone=phone).exclude(team=team).select_related("team")
    if exclude_pk is not None:
        query = query.exclude(pk=exclude_pk)
    other = query.order_by("pk").first()
    if other is None:
        return None
    return elsewhere_message(other.team_id, other.team.name, nameable_team_ids(viewer, [other.team_id]), row=row)


def elsewhere_message(team_id, team_name, nameable_ids, *, row=False):
    if team_id in nameable_ids:
        return (ROW_PHONE_IN_NAMED_TEAM if row else PHONE_IN_NAMED_TEAM) % {"team": team_name}
    return str(ROW_PHONE_IN_ANOTHER_TEAM if row else PHONE_IN_ANOTHER_TEAM)


def current_leader(team, exclude_pk=None):
    leaders = Member.objects.current().filter(team=team, role=MemberRole.LEADER)
    if exclude_pk is not None:
        leaders = leaders.exclude(pk=exclude_pk)
    return leaders.order_by("pk").first()


def second_leader_error(leader):
    return SECOND_LEADER % {"name": leader.full_name, "action": ASSIGN_LEADER_ACTION}


def becomes_current_leader(stored, team, role, left_on):
    """Whether saving makes this row a current leader of `team` that it was not (a new row, a new role, another
    team, a leaving date taken back): an old row saved unchanged is never refused for what it already was."""
    probe = Member(role=role, left_on=left_on)
    if role != MemberRole.LEADER or not probe.is_current:
        return False
    if stored is None or stored.pk is None:
        return True
    return stored.role != MemberRole.LEADER or stored.team_id != getattr(team, "pk", None) or not stored.is_current


@transaction.atomic
def assign_leader(team, member):
    """Makes `member` the team's leader and its current leader(s) members, in one transaction. Returns the demoted
    members; None when `member` is no longer a current member of the team (or already leads it). Two handovers at
    once wait for each other on the team's row; the previous leader steps down before the new one is named, as the
    one-leader constraint requires."""
    list(Team.objects.select_for_update().filter(pk=team.pk).values_list("pk", flat=True))
    if not Member.objects.current().filter(pk=member.pk, team=team).exclude(role=MemberRole.LEADER).exists():
        return None
    demoted = list(Member.objects.current().filter(team=team, role=MemberRole.LEADER).exclude(pk=member.pk))
    Member.objects.filter(pk__in=[leader.pk for leader in demoted]).update(role=MemberRole.MEMBER)
    promoted = (
        Member.objects.current()
        .filter(pk=member.pk, team=team)
        .exclude(role=MemberRole.LEADER)
        .update(role=MemberRole.LEADER)
    )
    return demoted if promoted else None
