"""Who may see which teams, members and areas. Every list, detail, export and API asks these functions."""

from dataclasses import dataclass

from django.db.models import Q

from teams.models import AdminArea, Member, MemberRole, RoleAssignment, ScopeRole, Team


@dataclass(frozen=True)
class Scope:
    everything: bool = False
    province_ids: frozenset = frozenset()
    commune_ids: frozenset = frozenset()
    led_team_ids: frozenset = frozenset()

    @property
    def is_empty(self):
        return not (self.everything or self.province_ids or self.commune_ids or self.led_team_ids)

    @property
    def cache_key(self):
        """Identifies what this scope can see, for caching figures computed for it."""
        return (self.everything, tuple(sorted(self.province_ids)), tuple(sorted(self.commune_ids)))

    @property
    def coordinates_areas(self):
        return self.everything or bool(self.province_ids or self.commune_ids)


def scope_for(user):
    """The user's scope, computed once per user object (a request keeps the same one)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Scope()
    cached = getattr(user, "_teams_scope", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        scope = Scope(everything=True)
    else:
        assignments = list(RoleAssignment.objects.filter(user=user).values_list("role", "area_id"))
        led = Member.objects.current().filter(user=user, role=MemberRole.LEADER, team__status="active")
        scope = Scope(
            province_ids=frozenset(area for role, area in assignments if role == ScopeRole.PROVINCE_COORDINATOR),
            commune_ids=frozenset(area for role, area in assignments if role == ScopeRole.COMMUNE_OFFICER),
            led_team_ids=frozenset(led.values_list("team_id", flat=True)),
        )
    user._teams_scope = scope
    return scope


def team_filter(scope, prefix=""):
    """A Q object selecting the teams in scope; prefix reaches teams from another model ("team__")."""
    if scope.everything:
        return Q()
    condition = Q(pk__in=[])
    if scope.province_ids:
        condition |= Q(**{f"{prefix}province_id__in": scope.province_ids})
    if scope.commune_ids:
        condition |= Q(**{f"{prefix}commune_id__in": scope.commune_ids})
    if scope.led_team_ids:
        key = f"{prefix}id__in" if prefix else "pk__in"
        condition |= Q(**{key: scope.led_team_ids})
    return condition


def visible_teams(user):
    return Team.objects.filter(team_filter(scope_for(user))).select_related("area", "commune", "province")


def coordinated_teams(user):
    """Teams the user oversees as a coordinator or commune officer (not the teams they lead themselves)."""
    scope = scope_for(user)
    coordinating = Scope(everything=scope.everything, province_ids=scope.province_ids, commune_ids=scope.commune_ids)
    return Team.objects.filter(team_filter(coordinating)).select_related("area", "commune", "province")


def visible_members(user):
    return Member.objects.filter(team_filter(scope_for(user), prefix="team__")).select_related("team")


def visible_areas(user):
    """Areas the user coordinates: their provinces and communes with everything beneath."""
    scope = scope_for(user)
    if scope.everything:
        return AdminArea.objects.all()
    condition = Q(pk__in=[])
    if scope.province_ids:
        condition |= Q(pk__in=scope.province_ids) | Q(province_id__in=scope.province_ids)
    if scope.commune_ids:
        condition |= Q(pk__in=scope.commune_ids) | Q(parent_id__in=scope.commune_ids)
    return AdminArea.objects.filter(condition)


def leads_team(user, team):
    return team.pk in scope_for(user).led_team_ids


def can_manage_team(user, team):
    return visible_teams(user).filter(pk=team.pk).exists()


def coordinators_of(commune):
    """Ids of the people whose scope covers this commune: its commune officers and its province's coordinators."""
    return (
        RoleAssignment.objects.filter(
            Q(role=ScopeRole.COMMUNE_OFFICER, area=commune)
            | Q(role=ScopeRole.PROVINCE_COORDINATOR, area_id=commune.parent_id)
        )
        .values_list("user_id", flat=True)
        .distinct()
    )


def led_teams(user):
    """The active teams this person leads."""
    return Team.objects.filter(pk__in=scope_for(user).led_team_ids).select_related("commune")


# Which objects of a model each person may see, for screens that list objects of many models at once (the admin's
# site history). Each admin viewset that limits a model to the user's scope declares its function here, so the
# history of an object is shown to exactly the people who can open the object.
_object_scopes = {}


def declare_object_scope(model, visible):
    """`visible(user)` returns the objects of `model` the user may see."""
    _object_scopes[model] = visible


def object_scopes():
    """{model: visible(user)} for every model whose objects are limited to a scope."""
    return dict(_object_scopes)
