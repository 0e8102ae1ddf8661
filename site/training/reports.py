"""Who finished what, for team leaders and coordinators: a team's matrix and readiness rates by area."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from teams.models import Member
from training.models import Completion
from training.pages import published_modules


@dataclass
class MatrixRow:
    member: Member
    cells: list  # completion date per module, or None
    ready: bool


@dataclass
class Matrix:
    modules: list
    rows: list

    @property
    def not_ready(self):
        return [row for row in self.rows if not row.ready]


def required_ids(modules):
    return {module.pk for module in modules if module.required_for_field_work}


def completions_by_user(user_ids, modules):
    found = {}
    for user_id, module_id, completed_at in Completion.objects.filter(
        user_id__in=user_ids, module__in=modules
    ).values_list("user_id", "module_id", "completed_at"):
        found.setdefault(user_id, {})[module_id] = completed_at
    return found


def completion_matrix(team):
    """Current members by published modules, in two queries plus the modules."""
    modules = list(published_modules())
    members = list(Member.objects.current().filter(team=team).order_by("full_name"))
    done = completions_by_user([member.user_id for member in members if member.user_id], modules)
    required = required_ids(modules)
    rows = []
    for member in members:
        mine = done.get(member.user_id, {})
        rows.append(
            MatrixRow(
                member=member,
                cells=[mine.get(module.pk) for module in modules],
                ready=bool(required) and required <= set(mine),
            )
        )
    return Matrix(modules=modules, rows=rows)


@dataclass
class RateRow:
    label: str
    code: str
    members: int
    with_account: int
    ready: int

    @property
    def percent(self):
        return round(100 * self.ready / self.members) if self.members else 0


def ready_user_ids(user_ids):
    """Users who completed every required module, in one grouped query."""
    modules = list(published_modules())
    required = required_ids(modules)
    if not required:
        return set()
    counts = (
        Completion.objects.filter(user_id__in=user_ids, module_id__in=required)
        .values("user_id")
        .annotate(done=Count("module_id", distinct=True))
        .filter(done=len(required))
    )
    return {row["user_id"] for row in counts}


def rates(members, key, labels):
    members = list(members.values("pk", "user_id", key))
    ready = ready_user_ids([member["user_id"] for member in members if member["user_id"]])
    grouped = {}
    for member in members:
        group = grouped.setdefault(member[key], [0, 0, 0])
        group[0] += 1
        group[1] += bool(member["user_id"])
        group[2] += member["user_id"] in ready
    return [
        RateRow(label=label, code=code, members=counts[0], with_account=counts[1], ready=counts[2])
        for pk, label, code in labels
        for counts in [grouped.get(pk, [0, 0, 0])]
    ]


def rates_by_commune(teams, communes):
    members = Member.objects.current().filter(team__in=teams.active())
    return rates(members, "team__commune_id", [(area.pk, area.name, area.code) for area in communes])


def rates_by_team(teams):
    members = Member.objects.current().filter(team__in=teams)
    return rates(members, "team_id", [(team.pk, team.name, "") for team in teams.order_by("name")])


def commune_of(user):
    """The commune of the volunteer's current team, for certificates; None when they have no team."""
    membership = Member.objects.current().filter(user=user).select_related("team__commune", "team__province").first()
    if membership is None:
        return None
    return f"{membership.team.commune.name}, {membership.team.province.name}"


def completions_by_commune(teams, since=None, until=None):
    """Modules completed by the current members of the teams, counted per commune and module, in one grouped query:
    {commune_id: {module_id: count}}. since/until are dates, both included."""
    still_in_team = Q(user__memberships__left_on__isnull=True) | Q(user__memberships__left_on__gt=timezone.localdate())
    # One filter() call: the team and the leaving date are of the same membership.
    completions = Completion.objects.filter(
        still_in_team, user__memberships__team__in=teams.active(), module__isnull=False
    )
    if since:
        completions = completions.filter(completed_at__date__gte=since)
    if until:
        completions = completions.filter(completed_at__date__lte=until)
    counts = {}
    rows = (
        completions.values("user__memberships__team__commune_id", "module_id")
        .annotate(done=Count("pk", distinct=True))
        .order_by()
    )
    for row in rows:
        counts.setdefault(row["user__memberships__team__commune_id"], {})[row["module_id"]] = row["done"]
    return counts
