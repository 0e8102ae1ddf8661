"""Figures kept per commune and per commune and period (CommuneFigures, CommunePeriodFigures), so coverage and the
roll-ups read a few thousand rows nationally instead of every team, member, report and value.

They are recounted from the rows they sum, for the communes a change touches, in the transaction of the change:
a report's transition (reports.transition), a saved or deleted team, member, report or value (row signals), and a
write in bulk of those models (core.cache_retirement.bulk_write: the communes are found before the write and
recounted after it). The commune's row is locked first, so two changes at once recount one after the other and
neither is lost. `rebuild()` recounts everything (manage.py rebuild_summaries) and `differences()` compares the
rows with a full recount (manage.py check_summaries). Areas moved between communes or provinces move their
teams in bulk (teams.models.follow_moved_areas), recounted like any write in bulk; a province is read through its
communes' parent. Until a first rebuild (a fresh database) the figures are stale and the first reader rebuilds
them.

The rows are deleted without Django's collector (nothing refers to them): the caches that show them listen for
post_delete, which would load every row and retire the caches once per row. Instead the caches showing the four
models are retired once per write, and a rebuild retires them again once it is committed."""

import bisect
import datetime
import itertools
import threading
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Count, Max, Q, QuerySet, Sum
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.utils import timezone

from core.cache_retirement import bulk_write, caches_showing
from reporting.models import (
    CommuneFigures,
    CommuneGrowth,
    CommuneMemberGrowth,
    CommuneMembers,
    CommunePeriodFigures,
    CommunePeriodValue,
    FiguresState,
    ReportStatus,
    ReportValue,
    TeamReport,
)
from teams.coverage import RegistryState, registry_state_rows
from teams.models import Affiliation, AreaLevel, Member, Team, TeamStatus
from training.pages import TrainingModulePage, required_module_ids
from training.records import Completion

COUNTED = [ReportStatus.SUBMITTED, ReportStatus.ACCEPTED]
ACTIVE = TeamStatus.ACTIVE
# A write in bulk touching more communes than this (a national load) marks the figures stale instead: the next
# reader recounts them all at once.
RECOUNT_LIMIT = 200
# The communes waiting for `recounted_together` to end, per thread; None outside it.
waiting = threading.local()


# Counting from the rows -------------------------------------------------------------------------------------------


TEAM_FIELDS = ("teams", "village_teams", "decided")
MEMBER_FIELDS = ("members", "leaving")


def count_from_source(commune_ids=None):
    """What the four kinds of rows should hold, counted from the teams, members, reports and values in five grouped
    queries: {commune id: CommuneFigures fields}, {commune id: CommuneMembers fields}, {(commune id, period id):
    CommunePeriodFigures fields}, {(commune id, period id, indicator id): CommunePeriodValue fields}. `commune_ids`
    None counts every commune; a commune with nothing to count has no rows."""

    def within(prefix):
        return Q() if commune_ids is None else Q(**{f"{prefix}commune_id__in": list(commune_ids)})

    communes = {
        row["commune_id"]: {"teams": row["active"], "village_teams": row["villages"], "decided": False}
        for row in Team.objects.filter(within(""))
        .values("commune_id")
        .annotate(
            active=Count("pk", filter=Q(status=ACTIVE)),
            villages=Count("pk", filter=Q(status=ACTIVE, area__level=AreaLevel.VILLAGE)),
        )
        .order_by()
    }
    for _province, commune_id, state in registry_state_rows(Team.objects.filter(within(""))):
        communes[commune_id]["decided"] = state == RegistryState.WITH_DECISION
    members = {}
    for row in (
        Member.objects.filter(within("team__"), team__status=ACTIVE)
        .values("team__commune_id", "affiliation", "left_on")
        .annotate(total=Count("pk"))
        .order_by()
    ):
        figures = members.setdefault(row["team__commune_id"], {"members": {}, "leaving": {}})
        counts = (
            figures["members"]
            if row["left_on"] is None
            else figures["leaving"].setdefault(row["left_on"].isoformat(), {})
        )
        counts[row["affiliation"]] = counts.get(row["affiliation"], 0) + row["total"]
    periods = {
        (row["team__commune_id"], row["period_id"]): {"reported": row["teams"]}
        for row in TeamReport.objects.filter(within("team__"), status__in=COUNTED, team__status=ACTIVE)
        .values("team__commune_id", "period_id")
        .annotate(teams=Count("team_id", distinct=True))
        .order_by()
    }
    sums = (
        ReportValue.objects.filter(within("report__team__"), report__status__in=COUNTED)
        .values("report__team__commune_id", "report__period_id", "indicator_id")
        .annotate(every=Sum("value"), active=Sum("value", filter=Q(report__team__status=ACTIVE)))
        .order_by()
    )
    values = {
        (row["report__team__commune_id"], row["report__period_id"], row["indicator_id"]): {
            # None when no active team's report has it; 0 is a figure, shown as the roll-up shows it
            "total": row["active"],
            "all_total": row["every"],
        }
        for row in sums
    }
    team_growth, member_growth = count_growth(within, commune_ids)
    return communes, members, periods, values, team_growth, member_growth


def count_growth(within, commune_ids=None):
    """The growth rows of these communes (CommuneGrowth, CommuneMemberGrowth fields), counted from the teams'
    founding and dissolution dates, the members' joining and leaving dates and the day each member's account completed
    the last required module, by the rules of teams.growth: a team counts on a day from its founding until its
    dissolution, a member from joining until leaving and only while their team counts."""
    team_changes, intervals = {}, {}
    for row in (
        Team.objects.filter(within("")).values("commune_id", "founded_on", "dissolved_on").annotate(n=Count("pk"))
    ).order_by():
        start, end = row["founded_on"], row["dissolved_on"]
        if end is not None and end <= start:
            continue
        add_change(team_changes, row["commune_id"], start, end, row["n"])
        intervals.setdefault(row["commune_id"], []).append((start, end))
    for commune_id, spans in intervals.items():
        for start, end in covered_spans(spans):
            add_change(team_changes, commune_id, start, end, 1, field="communes")
    team_growth = {
        key: {"teams": changes.get("teams", 0), "communes": changes.get("communes", 0)}
        for key, changes in team_changes.items()
        if changes.get("teams", 0) or changes.get("communes", 0)
    }
    member_changes = {}
    fields = ("team__commune_id", "affiliation", "joined_on", "left_on", "team__founded_on", "team__dissolved_on")
    for row in Member.objects.filter(within("team__")).values(*fields).annotate(n=Count("pk")).order_by():
        if span := member_span(row):
            commune_id = row["team__commune_id"]
            add_change(member_changes, (commune_id, row["affiliation"]), *span, row["n"], field="members")
    ready_on = ready_days(within)
    accounts = Member.objects.filter(within("team__"), user__isnull=False) if ready_on else Member.objects.none()
    for row in accounts.values(*fields, "user_id").order_by():
        ready_on_day = ready_on.get(row["user_id"])
        span = member_span(row) if ready_on_day else None
        if span and (span[1] is None or span[1] > ready_on_day):
            start = max(span[0], ready_on_day)
            add_change(member_changes, (row["team__commune_id"], row["affiliation"]), start, span[1], 1, field="ready")
    member_growth = {
        (commune_id, day, affiliation): {"members": changes.get("members", 0), "ready": changes.get("ready", 0)}
        for ((commune_id, affiliation), day), changes in member_changes.items()
        if changes.get("members", 0) or changes.get("ready", 0)
    }
    return team_growth, member_growth


def add_change(changes, key, start, end, count, field="teams"):
    """+count on `start`, -count on `end` (None: still counting), in {(key, day): {field: change}}."""
    first = changes.setdefault((key, start), {})
    first[field] = first.get(field, 0) + count
    if end is not None:
        last = changes.setdefault((key, end), {})
        last[field] = last.get(field, 0) - count


def covered_spans(spans):
    """The spans of days covered by at least one of these [start, end) spans (end None: open), merged."""
    merged = []
    for start, end in sorted(spans):
        if merged and (merged[-1][1] is None or start <= merged[-1][1]):
            last_end = merged[-1][1]
            merged[-1][1] = None if last_end is None or end is None else max(last_end, end)
        else:
            merged.append([start, end])
    return [tuple(span) for span in merged]


def member_span(row):
    """[start, end) of the days a member counts: joined and not left, while the team counts; None when empty."""
    start = max(row["joined_on"], row["team__founded_on"])
    ends = [day for day in (row["left_on"], row["team__dissolved_on"]) if day is not None]
    end = min(ends) if ends else None
    return None if end is not None and end <= start else (start, end)


def ready_days(within):
    """{user id: the day (site time) they completed the last of the required modules} for the members' accounts in
    these communes who completed them all (training.growth.ready_members_series' rule)."""
    required = required_module_ids()
    if not required:
        return {}
    users = Member.objects.filter(within("team__"), user__isnull=False).values("user_id")
    done = (
        Completion.objects.filter(user_id__in=users, module_id__in=required)
        .values("user_id")
        .annotate(done=Count("module_id", distinct=True), last=Max("completed_at"))
        .filter(done=len(required))
        .order_by()
    )
    return {row["user_id"]: timezone.localtime(row["last"]).date() for row in done}


def required_signature():
    return ",".join(str(module_id) for module_id in required_module_ids())


# The four kinds of rows: model, how a row is keyed, the fields it holds.
KINDS = [
    (CommuneFigures, ("commune_id",), TEAM_FIELDS),
    (CommuneMembers, ("commune_id",), MEMBER_FIELDS),
    (CommunePeriodFigures, ("commune_id", "period_id"), ("reported",)),
    (CommunePeriodValue, ("commune_id", "period_id", "indicator_id"), ("total", "all_total")),
    (CommuneGrowth, ("commune_id", "day"), ("teams", "communes")),
    (CommuneMemberGrowth, ("commune_id", "day", "affiliation"), ("members", "ready")),
]


def stored(model, keys, fields, condition):
    """{key: fields} of the stored rows (the key a commune id alone, or a tuple)."""
    found = {}
    for row in model.objects.filter(condition).values(*keys, *fields):
        key = tuple(row[name] for name in keys)
        found[key[0] if len(keys) == 1 else key] = {name: row[name] for name in fields}
    return found


# Writing ----------------------------------------------------------------------------------------------------------


def recount(commune_ids):
    """Recounts these communes' rows from the rows they sum, in the current transaction (or one of its own). Only
    rows that differ are written, so a change that moves no figure retires no cached figure."""
    commune_ids = sorted({commune_id for commune_id in commune_ids if commune_id})
    if not commune_ids:
        return
    if getattr(waiting, "communes", None) is not None:
        waiting.communes.update(commune_ids)
        return
    with transaction.atomic():
        # Every commune recounted has a locked row before anything is counted: a second change to the same commune
        # waits here and then counts what the first one wrote.
        existing = set(CommuneFigures.objects.filter(pk__in=commune_ids).values_list("pk", flat=True))
        if missing := [commune_id for commune_id in commune_ids if commune_id not in existing]:
            plain(CommuneFigures).bulk_create(
                [CommuneFigures(commune_id=commune_id) for commune_id in missing], ignore_conflicts=True
            )
        list(CommuneFigures.objects.select_for_update().filter(pk__in=commune_ids).order_by("pk").values_list("pk"))
        counted = count_from_source(commune_ids)
        counted[0].update({commune_id: empty_team_figures() for commune_id in missing if commune_id not in counted[0]})
        changed_models = [CommuneFigures] if missing else []
        for (model, keys, fields), expected in zip(KINDS, counted, strict=True):
            actual = stored(model, keys, fields, Q(commune_id__in=commune_ids))
            if model is CommuneFigures:  # kept for its lock, even when nothing is left to count
                expected = {**{key: empty_team_figures() for key in actual}, **expected}
            if expected == actual:
                continue
            changed_models.append(model)
            if model is CommuneFigures:  # updated in place: the row is the commune's lock
                changed = [key for key in expected if expected[key] != actual.get(key)]
                plain(model).bulk_update([new_row(model, keys, key, expected[key]) for key in changed], fields)
                continue
            gone = [key for key in actual if key not in expected or expected[key] != actual[key]]
            delete_rows(model, keys, gone)
            plain(model).bulk_create(
                [new_row(model, keys, key, expected[key]) for key in expected if actual.get(key) != expected[key]]
            )
        retire(changed_models)


@contextmanager
def recounted_together():
    """Inside it, the communes each change touches wait, and are recounted once at its end in the same transaction:
    for a loader that moves the same communes thousands of times (the demo's half-year of reports). Outside
    readers never see the wait, since the transaction commits only after the recount."""
    if getattr(waiting, "communes", None) is not None:  # already inside one: the outer one recounts
        yield
        return
    waiting.communes = set()
    try:
        with transaction.atomic():
            yield
            communes, waiting.communes = waiting.communes, None
            recount(communes)
    finally:
        waiting.communes = None


def plain(model):
    """A queryset of `model` whose writes in bulk retire no cache (the caller retires them once, `retire`)."""
    return QuerySet(model)


def raw_delete(queryset):
    """Deletes the rows in one statement, sending no post_delete per row: nothing refers to a figure row."""
    return queryset._raw_delete(queryset.db)


def retire(models):
    """Retires once each cache that shows any of these models."""
    retirements = {item.cache: item for model in models for item in caches_showing(model)}
    for item in retirements.values():
        item.retire()


def empty_team_figures():
    return {"teams": 0, "village_teams": 0, "decided": False}


def new_row(model, keys, key, figures):
    key = key if isinstance(key, tuple) else (key,)
    return model(**dict(zip(keys, key, strict=True)), **figures)


def delete_rows(model, keys, gone):
    if not gone:
        return
    condition = Q(pk__in=[])
    for key in gone:
        key = key if isinstance(key, tuple) else (key,)
        condition |= Q(**dict(zip(keys, key, strict=True)))
    raw_delete(plain(model).filter(condition))


def rebuild():
    """Recounts every commune's figures (idempotent); the figures are no longer stale. Returns the rows of each
    kind."""
    with transaction.atomic():
        lock_figures()
        state = locked_state()
        counted = count_from_source()
        for (model, keys, _fields), expected in zip(KINDS, counted, strict=True):
            raw_delete(plain(model))
            plain(model).bulk_create([new_row(model, keys, key, figures) for key, figures in expected.items()], 1000)
        state.stale = False
        state.ready_modules = required_signature()
        state.save(update_fields=["stale", "ready_modules"])
        summaries = [model for model, _keys, _fields in KINDS]
        retire(summaries)
        # A page cached from the old rows while the rebuild ran (readers do not wait for it) is retired too.
        transaction.on_commit(lambda: retire(summaries))
    return tuple(len(rows) for rows in counted)


def lock_figures():
    """Locks every commune's figures until the transaction ends, before anything is counted: a recount
    (`select_for_update` of its communes' rows) waits for a rebuild, and a rebuild for the recounts under way, so
    neither writes figures counted before the other's change. Reads go on. On SQLite every write transaction is
    IMMEDIATE (config/settings/base.py) and so already one at a time."""
    if connection.vendor == "postgresql":
        table = connection.ops.quote_name(CommuneFigures._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")


def locked_state():
    state, _created = FiguresState.objects.get_or_create(pk=1)
    return FiguresState.objects.select_for_update().get(pk=state.pk)


def mark_stale():
    FiguresState.objects.update_or_create(pk=1, defaults={"stale": True})


def ensure_current():
    """Rebuilds the figures when they are stale (never built, or written in bulk across the country); one query
    otherwise."""
    if FiguresState.objects.filter(pk=1, stale=False).exists():
        return
    with transaction.atomic():
        lock_figures()  # taken before the state, in the order rebuild() takes them
        if not locked_state().stale:  # another request rebuilt them while this one waited
            return
        rebuild()


def ensure_growth_current():
    """ensure_current(), and a full recount when the modules required for field work changed since the growth rows
    counted members ready (the modules' queries and one otherwise)."""
    signature = required_signature()
    if FiguresState.objects.filter(pk=1, stale=False, ready_modules=signature).exists():
        return
    with transaction.atomic():
        lock_figures()  # taken before the state, in the order rebuild() takes them
        state = locked_state()
        if state.stale or state.ready_modules != signature:
            rebuild()


def modules_changed(sender, instance, raw=False, **kwargs):
    """A module saved (published, unpublished, made required or not) or deleted: when the modules required for field
    work are no longer those the growth rows counted with, they are recounted in this transaction, so that no reader
    has to write them."""
    if not raw:
        ensure_growth_current()


def differences():
    """Where the stored figures differ from a full recount: a list of lines, empty when they agree. A commune row
    with nothing to count is no difference (it stays as the lock of its commune)."""
    found = []
    for (model, keys, fields), expected in zip(KINDS, count_from_source(), strict=True):
        actual = stored(model, keys, fields, Q())
        if model is CommuneFigures:
            expected = {**{key: empty_team_figures() for key in actual}, **expected}
        name = model._meta.model_name
        for key in sorted(set(expected) | set(actual)):
            if expected.get(key) != actual.get(key):
                found.append(f"{name} {key}: stored {actual.get(key)}, counted {expected.get(key)}")
    return found


# Reading ----------------------------------------------------------------------------------------------------------


def current_members(row, today):
    """{affiliation: members} of a CommuneMembers row on `today`: those who have not left, and those leaving later."""
    return members_on(row.members, row.leaving, today)


def members_on(members, leaving, today):
    """current_members() of a row's two fields."""
    counts = dict(members)
    for day, by_affiliation in leaving.items():
        if datetime.date.fromisoformat(day) > today:
            for affiliation, total in by_affiliation.items():
                counts[affiliation] = counts.get(affiliation, 0) + total
    return counts


# Keeping them current ---------------------------------------------------------------------------------------------


def commune_of_team(team_id):
    return Team.objects.filter(pk=team_id).values_list("commune_id", flat=True).first()


def commune_of_report(report_id):
    return TeamReport.objects.filter(pk=report_id).values_list("team__commune_id", flat=True).first()


def remember_team_commune(sender, instance, raw=False, **kwargs):
    """Before a team is saved: the commune it was in, recounted too when it moves."""
    instance._figures_before = commune_of_team(instance.pk) if instance.pk and not raw else None


def team_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        recount([instance.commune_id, getattr(instance, "_figures_before", None)])


def team_deleted(sender, instance, **kwargs):
    recount([instance.commune_id])


def remember_member_team(sender, instance, raw=False, **kwargs):
    instance._figures_before = (
        Member.objects.filter(pk=instance.pk).values_list("team__commune_id", flat=True).first()
        if instance.pk and not raw
        else None
    )


def member_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        recount([commune_of_team(instance.team_id), getattr(instance, "_figures_before", None)])


def member_deleted(sender, instance, **kwargs):
    recount([commune_of_team(instance.team_id)])


def report_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        recount([commune_of_team(instance.team_id)])


def value_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        recount([commune_of_report(instance.report_id)])


def completion_changed(sender, instance, raw=False, **kwargs):
    """A module completed (or its completion removed): the communes of every team the person is a member of, whose
    members ready for field work it may move."""
    if not raw and instance.user_id:
        recount(Member.objects.filter(user_id=instance.user_id).values_list("team__commune_id", flat=True))


def remember_account_communes(sender, instance, **kwargs):
    """Before an account is deleted: the communes it is a member in. Its member rows lose their user by Django's
    SET_NULL, an UPDATE that sends no signal, before its completions are deleted (whose signal then finds no member)."""
    instance._figures_communes = list(
        Member.objects.filter(user_id=instance.pk).values_list("team__commune_id", flat=True)
    )


def account_deleted(sender, instance, **kwargs):
    recount(getattr(instance, "_figures_communes", ()))


# The communes a write in bulk touches, by model: found from the queryset (before an update) or the objects.
BULK_PATHS = {Team: "commune_id", Member: "team__commune_id", TeamReport: "team__commune_id"}
BULK_PATHS[ReportValue] = "report__team__commune_id"
BULK_PATHS[Completion] = "user__memberships__team__commune_id"  # a person's teams, whose ready members it moves


def communes_of_objects(model, objs):
    if model is Team:
        return {obj.commune_id for obj in objs}
    if model is Member:
        return set(Team.objects.filter(pk__in={obj.team_id for obj in objs}).values_list("commune_id", flat=True))
    if model is TeamReport:
        return set(Team.objects.filter(pk__in={obj.team_id for obj in objs}).values_list("commune_id", flat=True))
    if model is Completion:
        users = {obj.user_id for obj in objs}
        return set(Member.objects.filter(user_id__in=users).values_list("team__commune_id", flat=True))
    reports = TeamReport.objects.filter(pk__in={obj.report_id for obj in objs})
    return set(reports.values_list("team__commune_id", flat=True))


def written_in_bulk(sender, queryset=None, objs=None, **kwargs):
    """Before a write in bulk: the communes it touches, recounted once it is written (a team an update moves, in
    the commune it left and the one it joined)."""
    if queryset is not None:
        before = set(queryset.order_by().values_list(BULK_PATHS[sender], flat=True).distinct()) - {None}
        team_ids = list(queryset.order_by().values_list("pk", flat=True)) if sender is Team else []
    else:
        before, team_ids = None, []

    def written():
        communes = before if before is not None else communes_of_objects(sender, objs)
        if team_ids:
            communes |= set(Team.objects.filter(pk__in=team_ids).values_list("commune_id", flat=True))
        if len(communes) > RECOUNT_LIMIT:  # a load across the country: one full recount by the next reader
            mark_stale()
        else:
            recount(communes)

    return written


def connect():
    for model, saved, deleted in [
        (Team, team_saved, team_deleted),
        (Member, member_saved, member_deleted),
        (TeamReport, report_changed, report_changed),
        (ReportValue, value_changed, value_changed),
    ]:
        label = model._meta.label
        post_save.connect(saved, sender=model, dispatch_uid=f"area-figures-save-{label}")
        post_delete.connect(deleted, sender=model, dispatch_uid=f"area-figures-delete-{label}")
        bulk_write.connect(written_in_bulk, sender=model, dispatch_uid=f"area-figures-bulk-{label}")
    bulk_write.connect(written_in_bulk, sender=Completion, dispatch_uid="area-figures-bulk-completion")
    post_save.connect(modules_changed, sender=TrainingModulePage, dispatch_uid="area-figures-save-module")
    post_delete.connect(modules_changed, sender=TrainingModulePage, dispatch_uid="area-figures-delete-module")
    post_save.connect(completion_changed, sender=Completion, dispatch_uid="area-figures-save-completion")
    post_delete.connect(completion_changed, sender=Completion, dispatch_uid="area-figures-delete-completion")
    pre_save.connect(remember_team_commune, sender=Team, dispatch_uid="area-figures-team-before")
    pre_save.connect(remember_member_team, sender=Member, dispatch_uid="area-figures-member-before")
    account = get_user_model()
    pre_delete.connect(remember_account_communes, sender=account, dispatch_uid="area-figures-account-before")
    post_delete.connect(account_deleted, sender=account, dispatch_uid="area-figures-account-deleted")


# Coverage (teams.coverage.COVERAGE_SOURCE_HOOK) ------------------------------------------------------------------


class KeptCoverage:
    """The coverage counts of teams.coverage from the commune rows: two queries for the whole country."""

    # Rows are read as values, not model instances: a country's 3,321 communes would otherwise build (and signal)
    # thousands of objects.

    def members(self, condition, key="commune_id"):
        """[(key, {affiliation: current members})] of the CommuneMembers rows of `condition`."""
        today = timezone.localdate()
        rows = CommuneMembers.objects.filter(condition).values_list(key, "members", "leaving").order_by()
        return [(found, members_on(members, leaving, today)) for found, members, leaving in rows]

    def by_province(self, province_ids):
        """{province id: (communes with a team, village teams, members, communes with a team and a decision)}, the
        commune rows summed by the database."""
        ensure_current()
        condition = Q(commune__parent_id__in=list(province_ids))
        members = {}
        for province_id, counts in self.members(condition, key="commune__parent_id"):
            members[province_id] = members.get(province_id, 0) + sum(counts.values())
        covered = Q(teams__gt=0)
        rows = (
            CommuneFigures.objects.filter(condition)
            .values("commune__parent_id")
            .annotate(
                covered=Count("pk", filter=covered),
                villages=Sum("village_teams", default=0),
                decided=Count("pk", filter=covered & Q(decided=True)),
            )
            .order_by()
        )
        found = {
            row["commune__parent_id"]: (
                row["covered"],
                row["villages"],
                members.get(row["commune__parent_id"], 0),
                row["decided"],
            )
            for row in rows
        }
        return found

    def by_commune(self, commune_ids):
        """{commune id: (has a team, village teams, members, has a team and a decision)}."""
        ensure_current()
        condition = Q(pk__in=list(commune_ids))
        members = {commune_id: sum(counts.values()) for commune_id, counts in self.members(condition)}
        return {
            commune_id: (teams > 0, villages, members.get(commune_id, 0), teams > 0 and decided)
            for commune_id, teams, villages, decided in CommuneFigures.objects.filter(condition)
            .values_list("pk", "teams", "village_teams", "decided")
            .order_by()
        }

    def affiliations(self, communes):
        """{affiliation: current members of the active teams} in these communes (a queryset of areas, or None for
        the whole country)."""
        ensure_current()
        counts = {}
        condition = Q() if communes is None else Q(pk__in=communes.values("pk"))
        for _commune_id, by_affiliation in self.members(condition):
            for affiliation, total in by_affiliation.items():
                counts[affiliation] = counts.get(affiliation, 0) + total
        return counts

    def ensure_growth_current(self):
        """Called before the growth figures are read or taken from a cache: they are recounted when the modules
        required for field work changed, which retires no cache by itself."""
        ensure_growth_current()

    def growth(self, communes, days):
        """teams.growth's series from the growth rows: (teams, communes with a team, {affiliation: members},
        members ready) per day, for these communes (a queryset of areas, or None for the whole country), in two
        queries: each day's value is the sum of the changes up to it. The caller has called ensure_growth_current()."""
        condition = Q() if communes is None else Q(commune_id__in=communes.values("pk"))
        condition &= Q(day__lte=max(days)) if days else Q(pk__in=[])
        # The changes summed by day in the database (a day's value is the sum of those up to it, added up here):
        # simpler to compile and to run than a filtered sum per day asked.
        teams, covered = DaySums(days), DaySums(days)
        team_rows = CommuneGrowth.objects.filter(condition).values("day").order_by()
        for row in team_rows.annotate(t=Sum("teams"), c=Sum("communes")):
            teams.add(row["day"], row["t"])
            covered.add(row["day"], row["c"])
        members = {value: DaySums(days) for value in Affiliation.values}
        ready = DaySums(days)
        rows = CommuneMemberGrowth.objects.filter(condition).values("day", "affiliation")
        for row in rows.annotate(m=Sum("members"), r=Sum("ready")).order_by():
            if row["affiliation"] in members:
                members[row["affiliation"]].add(row["day"], row["m"])
            ready.add(row["day"], row["r"])
        return (
            teams.values(),
            covered.values(),
            {value: sums.values() for value, sums in members.items()},
            ready.values(),
        )


class DaySums:
    """Changes dated by day, read as the sum of those up to each of `days` (in any order)."""

    def __init__(self, days):
        self.days = list(days)
        self.sorted_days = sorted(self.days)
        self.changes = [0] * len(self.days)

    def add(self, day, change):
        """Counts the change from the first asked day on or after `day` (a day after all of them counts in none)."""
        position = bisect.bisect_left(self.sorted_days, day)
        if position < len(self.sorted_days):
            self.changes[position] += change

    def values(self):
        totals = dict(zip(self.sorted_days, itertools.accumulate(self.changes), strict=True))
        return [totals[day] for day in self.days]


def kept_coverage():
    return KeptCoverage()
