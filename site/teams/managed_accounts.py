"""Which members' accounts the team pages may act on: resetting a password, creating an account, editing or
closing a membership. Those pages manage the volunteers of one team. An account holding any power beyond that team
(an admin or staff flag, a coordinating role, a group or permission, two-step sign-in, the lead of another team)
is changed only by its owner or by a superuser in the admin: otherwise whoever runs a team could take over an
account that reaches further than the team, by linking it as a member and resetting its password. The team's own
leaders are changed by the people who coordinate the team, not by a fellow leader."""

import operator
from functools import reduce

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Value
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp import device_classes

from teams.access import area_role_holders, coordinates_team
from teams.models import Member, MemberRole

ADMIN_ONLY = gettext_lazy("Chỉ người đó tự đổi, hoặc quản trị viên hệ thống đổi trong trang quản trị.")


def protection_reasons(actor, members):
    """{member id: why the team pages may not act on this member's account or membership}, in Vietnamese, for the
    members of one team; members the pages may act on are left out. A fixed number of queries for any team."""
    linked = [member for member in members if member.user_id and member.user_id != actor.pk]
    if not linked:
        return {}
    team_id = linked[0].team_id
    accounts = account_powers({member.user_id for member in linked}, team_id)
    actor_coordinates_team = None
    reasons = {}
    for member in linked:
        account = accounts[member.user_id]
        name = {"name": member.full_name}
        if account.wider_power:
            reasons[member.pk] = f"{account.wider_power % name} {ADMIN_ONLY}"
        elif account.leads_this_team:
            if actor_coordinates_team is None:
                actor_coordinates_team = coordinates_team(actor, team_id)
            if not actor_coordinates_team:
                reasons[member.pk] = (
                    _("%(name)s là tổ trưởng: chỉ cán bộ xã hoặc điều phối viên phụ trách tổ thay đổi được.") % name
                )
    return reasons


def account_powers(user_ids, team_id):
    """{user id: the account, with `wider_power` (the first power it holds beyond the team, as a sentence with
    %(name)s, or None) and `leads_this_team`}, in one query."""
    user_model = get_user_model()
    leads = Member.objects.current().filter(user=OuterRef("pk"), role=MemberRole.LEADER)
    devices = [Exists(device_class.objects.filter(user=OuterRef("pk"))) for device_class in device_classes()]
    users = user_model._default_manager.filter(pk__in=user_ids).annotate(
        has_role=Exists(area_role_holders().filter(user=OuterRef("pk"))),
        # Groups and direct permissions both count, whatever they grant: a volunteer holds none.
        has_group=Exists(user_model.groups.through.objects.filter(user_id=OuterRef("pk"))),
        has_permission=Exists(user_model.user_permissions.through.objects.filter(user_id=OuterRef("pk"))),
        has_two_step=reduce(operator.or_, devices) if devices else Value(False),
        leads_other_team=Exists(leads.exclude(team=team_id)),
        leads_this_team=Exists(leads.filter(team=team_id)),
    )
    accounts = {}
    for user in users:
        powers = [
            (user.is_superuser or user.is_staff, _("Tài khoản của %(name)s là tài khoản quản trị.")),
            (user.has_role, _("%(name)s có vai trò điều phối viên hoặc cán bộ xã.")),
            (user.has_group or user.has_permission, _("Tài khoản của %(name)s có quyền trong trang quản trị.")),
            (user.has_two_step, _("%(name)s đã bật đăng nhập hai bước.")),
            (user.leads_other_team, _("%(name)s là tổ trưởng của một tổ khác.")),
        ]
        user.wider_power = next((sentence for held, sentence in powers if held), None)
        accounts[user.pk] = user
    return accounts


def refuse_protected(actor, member):
    """PermissionDenied with the reason, for every team page that acts on a member's account or membership."""
    reason = protection_reasons(actor, [member]).get(member.pk)
    if reason:
        raise PermissionDenied(reason)
