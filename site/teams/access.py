"""The access policy: the one module that answers "may this person see or do this". Views, admin viewsets and
choosers, forms, the API, exports and notifications ask it; none of them looks at groups, roles or superuser flags
itself. A person's reach comes from three sources: their area roles (RoleAssignment: province coordinator, commune
officer), the teams they lead (Member), and their groups (a department's editors or reviewers, the moderators).

Objects of apps above teams (reports, difficulties, tokens, department content) are asked about through lookups:
the functions return Q objects for the caller's model, or read the object's `team`/`area` attributes, so this
module imports no model above teams.

Areas
    scope_for(user) -> Scope; covered_areas(scope) (the one coverage rule: a province or commune with everything
    beneath); visible_areas(user); covers_area(scope, area); bindable_areas(scope); coordinates_areas(user);
    summary_provinces(user) (whole-province summaries); area_filter(user, prefix) for objects bound to an area
    (targets, tokens).
Teams
    team_filter(scope, prefix); visible_teams(user); coordinated_teams(user); led_teams(user); leads_team(user, team);
    coordinates_team(user, team); can_manage_team(user, team).
Registry (teams founded in areas, villages, deadlines)
    registrable_areas(user); may_register_team(user, area); manageable_communes(user); may_manage_villages(user,
    commune); may_see_team_decision(user, team); may_set_registry_deadline(user, province); deadline_provinces(user).
Members and accounts
    current_membership(user); in_team(user); needs_a_team(user); visible_members(user); may_link_member_accounts(user);
    area_role_holders(); visible_role_assignments(user);
    coordinators_of(commune); may_see_replication_interests(user, commune); is_site_admin(user).
Reports and their review
    may_see_report(user, report); may_file_report(user, team); may_review_report(user, team);
    reviewable_report_filter(user, prefix); report_filers(team_ids) (who is reminded to file).
Difficulties
    may_open_difficulties(user); difficulty_filter(user); may_answer_difficulty(user, difficulty);
    may_escalate_difficulty(user, difficulty); may_forward_difficulty(user, difficulty); in_department(user, id);
    commune_officers(commune_id); province_coordinators(province_id); department_members(department_id).
Announcements
    may_post_announcement(user); postable_provinces(user); postable_communes(user, province);
    provinces_for_posting(user); audience_areas(user); announcement_filter(user); announcement_recipients(a).
Department content
    MODERATORS_GROUP; is_moderator(user); department_filter(user, prefix); belongs_to_department(user);
    sees_every_department(user); may_confirm_guide_check(user, guide).
Tokens (open data API)
    may_issue_token(user, area); token_scope(token); issuer_still_covers(token).
Admin objects
    declare_object_scope(model, visible); object_scopes().

A new role rule goes here, as a function named for the question ("may_...", "..._filter"), with its row in
tests/security/test_access_policy.py; the view, viewset or form then calls it."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Q

from teams.models import AdminArea, Announcement, AreaLevel, Member, MemberRole, RoleAssignment, ScopeRole, Team

# The province's content moderators: the second step of every department's review workflow (content.editorial).
MODERATORS_GROUP = "Moderators"
# Tokens, yearly targets and the areas asked of the API are provinces or communes.
BINDABLE_AREA_LEVELS = (AreaLevel.PROVINCE, AreaLevel.COMMUNE)


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


def current_membership(user):
    """The person's membership of an active team today, or None. Being "in a team" means this: it opens the help
    log, and without it the person's pages show how to join a team with an invitation code."""
    if not getattr(user, "is_authenticated", False):
        return None
    current = Member.objects.current().filter(user=user, team__status="active")
    return current.select_related("team__commune", "team__area").order_by("pk").first()


def in_team(user):
    return current_membership(user) is not None


def needs_a_team(user):
    """Signed in, in no team and with no other role (no area role, department or moderation): a volunteer whose
    pages show how to join a team with an invitation code instead of the team's links."""
    if not getattr(user, "is_authenticated", False) or is_site_admin(user) or in_team(user):
        return False
    return scope_for(user).is_empty and not belongs_to_department(user) and not is_moderator(user)


def visible_members(user):
    return Member.objects.filter(team_filter(scope_for(user), prefix="team__")).select_related("team")


def covered_areas(scope):
    """The areas a scope covers: its provinces and communes with everything beneath. The one rule of area coverage:
    the coordinator's pages, the tokens they issue and the areas a token may ask about all follow it."""
    if scope.everything:
        return AdminArea.objects.all()
    condition = Q(pk__in=[])
    if scope.province_ids:
        condition |= Q(pk__in=scope.province_ids) | Q(province_id__in=scope.province_ids)
    if scope.commune_ids:
        condition |= Q(pk__in=scope.commune_ids) | Q(parent_id__in=scope.commune_ids)
    return AdminArea.objects.filter(condition)


def visible_areas(user):
    """Areas the user coordinates: their provinces and communes with everything beneath."""
    return covered_areas(scope_for(user))


def bindable_areas(scope):
    """The provinces and communes a scope covers: what a token or a yearly target is bound to, what the API is
    asked about."""
    return covered_areas(scope).filter(level__in=BINDABLE_AREA_LEVELS)


def covers_area(scope, area):
    """Whether a scope covers a token's area (None: the whole country, which only superusers cover)."""
    if scope.everything:
        return True
    if area is None:
        return False
    return bindable_areas(scope).filter(pk=area.pk).exists()


def coordinates_areas(user):
    """Province coordinators, commune officers and superusers: the people of the results and coverage pages."""
    return scope_for(user).coordinates_areas


def summary_provinces(user):
    """The provinces whose whole-province results the user may read and pass on (the province's Zalo summary):
    those they coordinate as a province; superusers, every province. A commune officer has none."""
    scope = scope_for(user)
    provinces = AdminArea.objects.filter(level=AreaLevel.PROVINCE)
    return provinces if scope.everything else provinces.filter(pk__in=scope.province_ids)


def area_filter(user, prefix=""):
    """A Q object selecting objects bound to an area the user covers (`prefix` reaches the area: "area__"); for
    superusers everything, objects of no area included."""
    if scope_for(user).everything:
        return Q()
    return Q(**{f"{prefix}in": visible_areas(user)})


def leads_team(user, team):
    return team.pk in scope_for(user).led_team_ids


def coordinates_team(user, team):
    """Whether the user oversees the team as a coordinator or commune officer (leading it is not enough)."""
    return coordinated_teams(user).filter(pk=getattr(team, "pk", team)).exists()


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


def is_site_admin(user):
    """Superusers: every right, everywhere, including the admin screens no role reaches."""
    return bool(getattr(user, "is_superuser", False))


# Registry


def registrable_areas(user):
    """The communes and villages where this person may register a team: those their area roles cover (a province
    coordinator's whole province, a commune officer's commune with its villages). Leaders register none."""
    scope = scope_for(user)
    coordinating = Scope(everything=scope.everything, province_ids=scope.province_ids, commune_ids=scope.commune_ids)
    return covered_areas(coordinating).filter(level__in=[AreaLevel.COMMUNE, AreaLevel.VILLAGE])


def may_register_team(user, area):
    return registrable_areas(user).filter(pk=getattr(area, "pk", area)).exists()


def manageable_communes(user):
    """The communes whose villages and residential groups this person adds, renames and merges."""
    return registrable_areas(user).filter(level=AreaLevel.COMMUNE)


def may_manage_villages(user, commune):
    return manageable_communes(user).filter(pk=getattr(commune, "pk", commune)).exists()


def may_see_team_decision(user, team):
    """A team's signed founding decision may carry personal names: for the people who can see the team."""
    return can_manage_team(user, team)


def deadline_provinces(user):
    """The provinces whose registry deadline this person sets: their own as province coordinator, all for
    superusers."""
    scope = scope_for(user)
    provinces = AdminArea.objects.filter(level=AreaLevel.PROVINCE)
    return provinces if scope.everything else provinces.filter(pk__in=scope.province_ids)


def may_set_registry_deadline(user, province):
    return deadline_provinces(user).filter(pk=getattr(province, "pk", province)).exists()


# Members and accounts


def may_link_member_accounts(user):
    """Linking a member to an account gives it the member's reach: superusers only."""
    return is_site_admin(user)


def area_role_holders():
    """Ids of the people holding an area role; `OuterRef` filters them for a subquery."""
    return RoleAssignment.objects.values("user_id")


def visible_role_assignments(user):
    """Who coordinates where is for superusers only: no group has these permissions."""
    assignments = RoleAssignment.objects.select_related("user", "area")
    return assignments if is_site_admin(user) else assignments.none()


def may_see_replication_interests(user, commune):
    """The teams that asked to replicate a practice of this commune: for the people who coordinate it."""
    return is_site_admin(user) or user.pk in set(coordinators_of(commune))


# Reports and their review


def may_see_report(user, report):
    """A team's reports are seen with the team: by its leaders and the people who coordinate it."""
    return can_manage_team(user, report.team)


def may_file_report(user, team):
    """A team's report is written and submitted by its leaders."""
    return leads_team(user, team)


def may_review_report(user, team):
    """A team's reports are accepted or returned by the people who coordinate the team."""
    return coordinates_team(user, team)


def reviewable_report_filter(user, prefix=""):
    """A Q object selecting the reports the user may review; `prefix` reaches the report from another model."""
    return Q(**{f"{prefix}team__in": coordinated_teams(user)})


def report_filers(team_ids):
    """(team id, user id) of the people reminded to file these teams' reports: their current, active leaders."""
    leaders = Member.objects.current().filter(team_id__in=team_ids, role=MemberRole.LEADER, user__is_active=True)
    return leaders.values_list("team_id", "user_id")


# Difficulties


def may_open_difficulties(user):
    """The difficulty board is for coordinators and for departments (about their platforms)."""
    return coordinates_areas(user) or belongs_to_department(user)


def difficulty_filter(user):
    """A Q object on difficulties: those of the teams the user coordinates, those about the platforms their department
    owns, and those the province forwarded to their department."""
    return (
        Q(report__team__in=coordinated_teams(user))
        | department_filter(user, prefix="platform__department__")
        | department_filter(user, prefix="forwarded_department__")
    )


def coordinates_province_of(user, team):
    """Whether the user coordinates the whole province the team is in (not only its commune)."""
    scope = scope_for(user)
    return scope.everything or team.province_id in scope.province_ids


def in_department(user, department_id):
    if department_id is None or not getattr(user, "is_authenticated", False):
        return False
    return user.groups.filter(Q(edited_department=department_id) | Q(reviewed_department=department_id)).exists()


def may_answer_difficulty(user, difficulty):
    """The platform's department answers about its platform at any step, and so does a department the province
    forwarded the difficulty to. Otherwise the people who coordinate the team
    answer while the commune handles it; once the commune has sent it up, only the province's coordinators do (they
    also record the People's Committee's answer). `difficulty.platform.department_id` is read as attributes."""
    platform = difficulty.platform
    if platform is not None and in_department(user, platform.department_id):
        return True
    if in_department(user, difficulty.forwarded_department_id):
        return True
    if difficulty.is_escalated:
        return coordinates_province_of(user, difficulty.report.team)
    return coordinates_team(user, difficulty.report.team)


def may_escalate_difficulty(user, difficulty):
    """A difficulty the commune cannot solve is sent to the province by the people who coordinate the team (its
    commune officers; the province's coordinators too)."""
    return coordinates_team(user, difficulty.report.team)


def may_forward_difficulty(user, difficulty):
    """An escalated difficulty is forwarded to the platform's department or to the province People's Committee by
    the coordinators of the team's province."""
    return coordinates_province_of(user, difficulty.report.team)


def commune_officers(commune_id):
    """Ids of the active officers of a commune: told what became of a difficulty they sent up."""
    holders = RoleAssignment.objects.filter(role=ScopeRole.COMMUNE_OFFICER, area_id=commune_id, user__is_active=True)
    return list(holders.values_list("user_id", flat=True).distinct())


def province_coordinators(province_id):
    """Ids of the active people who coordinate a province: told when a commune sends a difficulty up."""
    holders = RoleAssignment.objects.filter(
        role=ScopeRole.PROVINCE_COORDINATOR, area_id=province_id, user__is_active=True
    )
    return list(holders.values_list("user_id", flat=True).distinct())


def department_members(department_id):
    """Ids of the active editors and reviewers of a department: told when a difficulty is forwarded to it."""
    members = get_user_model().objects.filter(
        Q(groups__edited_department=department_id) | Q(groups__reviewed_department=department_id), is_active=True
    )
    return list(members.values_list("pk", flat=True).distinct())


# Announcements


def may_post_announcement(user):
    return coordinates_areas(user)


def postable_provinces(user):
    """Provinces the person may address as a whole."""
    scope = scope_for(user)
    provinces = AdminArea.objects.filter(level=AreaLevel.PROVINCE)
    return provinces if scope.everything else provinces.filter(pk__in=scope.province_ids)


def postable_communes(user, province):
    """Communes of this province the person may address."""
    scope = scope_for(user)
    communes = AdminArea.objects.filter(level=AreaLevel.COMMUNE, parent=province).order_by("name")
    if scope.everything or province.pk in scope.province_ids:
        return communes
    return communes.filter(pk__in=scope.commune_ids)


def provinces_for_posting(user):
    """Every province the person may post in: whole provinces, and the provinces of the communes they serve."""
    scope = scope_for(user)
    if scope.everything:
        return AdminArea.objects.filter(level=AreaLevel.PROVINCE)
    commune_provinces = AdminArea.objects.filter(pk__in=scope.commune_ids).values("parent_id")
    return AdminArea.objects.filter(Q(pk__in=scope.province_ids) | Q(pk__in=commune_provinces))


def audience_areas(user):
    """(province ids, commune ids) whose announcements reach this person as a team member or commune officer."""
    if not getattr(user, "is_authenticated", False):
        return set(), set()
    scope = scope_for(user)
    memberships = Member.objects.current().filter(user=user, team__status="active")
    provinces, communes = set(), set(scope.commune_ids)
    for province_id, commune_id in memberships.values_list("team__province_id", "team__commune_id"):
        provinces.add(province_id)
        communes.add(commune_id)
    if scope.commune_ids:
        provinces |= set(AdminArea.objects.filter(pk__in=scope.commune_ids).values_list("parent_id", flat=True))
    return provinces, communes


def announcement_filter(user):
    """A Q object on announcements: those this person may read: their own, those to their province or commune,
    and, for coordinators, every announcement in their province."""
    if not getattr(user, "is_authenticated", False):
        return Q(pk__in=[])
    scope = scope_for(user)
    if scope.everything:
        return Q()
    provinces, communes = audience_areas(user)
    targeted = Announcement.communes.through.objects.filter(adminarea_id__in=communes).values("announcement_id")
    condition = (
        Q(author=user)
        | Q(province_id__in=scope.province_ids)
        | Q(province_id__in=provinces, communes__isnull=True)
        | Q(pk__in=targeted)
    )
    return Q(pk__in=Announcement.objects.filter(condition).values("pk"))


def announcement_recipients(announcement):
    """Ids of accounts of the current members of the active teams the announcement reaches."""
    members = Member.objects.current().filter(
        user__is_active=True, team__status="active", team__province_id=announcement.province_id
    )
    communes = list(announcement.communes.values_list("pk", flat=True))
    if communes:
        members = members.filter(team__commune_id__in=communes)
    return members.exclude(user=announcement.author_id).values_list("user_id", flat=True)


# Department content


def is_moderator(user):
    """A province moderator: approves every department's content after its own reviewers."""
    return bool(getattr(user, "is_authenticated", False)) and user.groups.filter(name=MODERATORS_GROUP).exists()


def sees_every_department(user):
    """Superusers and moderators see every department's content; others their own departments'."""
    return is_site_admin(user) or is_moderator(user)


def department_filter(user, prefix=""):
    """A Q object selecting the departments whose editors or reviewers the user belongs to; `prefix` reaches the
    department from another model ("platform__department__")."""
    if not getattr(user, "is_authenticated", False):
        return Q(pk__in=[])
    groups = user.groups.all()
    return Q(**{f"{prefix}editors_group__in": groups}) | Q(**{f"{prefix}reviewers_group__in": groups})


def belongs_to_department(user):
    """Whether the user edits or reviews for some department."""
    if not getattr(user, "is_authenticated", False):
        return False
    return user.groups.filter(Q(edited_department__isnull=False) | Q(reviewed_department__isnull=False)).exists()


def may_confirm_guide_check(user, guide):
    """Who may confirm that a guide was checked against its sources (which sets its "last checked" date): superusers,
    the province moderators, and the reviewers of the department owning the guide's platform. Never its editors: the
    person who writes a guide does not certify it. `guide.platform.department` is read as attributes."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if is_site_admin(user):
        return True
    # A list asks once per guide: the person's groups are read once per user object (a request keeps the same one).
    groups = getattr(user, "_access_groups", None)
    if groups is None:
        groups = user._access_groups = dict(user.groups.values_list("pk", "name"))
    if MODERATORS_GROUP in groups.values():
        return True
    department = getattr(getattr(guide, "platform", None), "department", None)
    return getattr(department, "reviewers_group_id", None) in groups


# Tokens for the open data API


def may_issue_token(user, area):
    """A token for an area the user coordinates (None: the whole country, superusers only)."""
    return covers_area(scope_for(user), area)


def token_scope(token):
    """What a token may read: its area with everything beneath (the whole country when it has none)."""
    if token.area_id is None:
        return Scope(everything=True)
    if token.area.level == AreaLevel.PROVINCE:
        return Scope(province_ids=frozenset([token.area_id]))
    return Scope(commune_ids=frozenset([token.area_id]))


def issuer_still_covers(token):
    """A coordinator who leaves takes their tokens with them: the issuer must be active with a role over the area."""
    issuer = token.created_by
    return issuer.is_active and covers_area(scope_for(issuer), token.area)


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
