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
them."""

import datetime
from collections import defaultdict

from django.db import transaction
from django.db.models import Count, Q, Sum
from django.db.models.signals import post_delete, post_save, pre_save

from core.cache_retirement import bulk_write
from reporting.models import (
    CommuneFigures,
    CommunePeriodFigures,
    FiguresState,
    ReportStatus,
    ReportValue,
    TeamReport,
)
from teams.coverage import RegistryState, registry_state_rows
from teams.models import AreaLevel, Member, Team, TeamStatus

COUNTED = [ReportStatus.SUBMITTED, ReportStatus.ACCEPTED]
ACTIVE = TeamStatus.ACTIVE
# A write in bulk touching more communes than this (a national load) marks the figures stale instead: the next
# reader recounts them all at once.
RECOUNT_LIMIT = 200


# Counting from the rows -------------------------------------------------------------------------------------------


def count_from_source(commune_ids=None):
    """({commune id: CommuneFigures fields}, {(commune id, period id): CommunePeriodFigures fields}) counted from the
    teams, members, reports and values, in six grouped queries; `commune_ids` None counts every commune."""

    def within(prefix):
        return Q() if commune_ids is None else Q(**{f"{prefix}commune_id__in": list(commune_ids)})

    communes = {}
    for row in (
        Team.objects.filter(within(""))
        .values("commune_id")
        .annotate(
            active=Count("pk", filter=Q(status=ACTIVE)),
            villages=Count("pk", filter=Q(status=ACTIVE, area__level=AreaLevel.VILLAGE)),
        )
        .order_by()
    ):
        communes[row["commune_id"]] = {
            "teams": row["active"],
            "village_teams": row["villages"],
            "decided": False,
            "members": {},
            "leaving": {},
        }
    if commune_ids is not None:  # a commune whose last team moved away counts nothing
        for commune_id in commune_ids:
            communes.setdefault(commune_id, empty_figures())
    for _province, commune_id, state in registry_state_rows(Team.objects.filter(within(""))):
        communes[commune_id]["decided"] = state == RegistryState.WITH_DECISION
    members = (
        Member.objects.filter(within("team__"), team__status=ACTIVE)
        .values("team__commune_id", "affiliation", "left_on")
        .annotate(total=Count("pk"))
        .order_by()
    )
    for row in members:
        figures = communes[row["team__commune_id"]]
        if row["left_on"] is None:
            figures["members"][row["affiliation"]] = figures["members"].get(row["affiliation"], 0) + row["total"]
        else:
            day = figures["leaving"].setdefault(row["left_on"].isoformat(), {})
            day[row["affiliation"]] = day.get(row["affiliation"], 0) + row["total"]

    periods = defaultdict(lambda: {"reported": 0, "values": {}, "all_values": {}})
    reported = (
        TeamReport.objects.filter(within("team__"), status__in=COUNTED, team__status=ACTIVE)
        .values("team__commune_id", "period_id")
        .annotate(teams=Count("team_id", distinct=True))
        .order_by()
    )
    for row in reported:
        periods[(row["team__commune_id"], row["period_id"])]["reported"] = row["teams"]
    sums = (
        ReportValue.objects.filter(within("report__team__"), report__status__in=COUNTED)
        .values("report__team__commune_id", "report__period_id", "indicator_id")
        .annotate(every=Sum("value"), active=Sum("value", filter=Q(report__team__status=ACTIVE)))
        .order_by()
    )
    for row in sums:
        figures = periods[(row["report__team__commune_id"], row["report__period_id"])]
        key = str(row["indicator_id"])
        figures["all_values"][key] = row["every"]
        if row["active"] is not None:  # a figure of an active team's report, even 0, as the roll-up shows it
            figures["values"][key] = row["active"]
    return communes, dict(periods)


def empty_figures():
    return {"teams": 0, "village_teams": 0, "decided": False, "members": {}, "leaving": {}}


# Writing ----------------------------------------------------------------------------------------------------------


def recount(commune_ids):
    """Recounts these communes' rows from the rows they sum, in the current transaction (or one of its own)."""
    commune_ids = sorted({commune_id for commune_id in commune_ids if commune_id})
    if not commune_ids:
        return
    with transaction.atomic():
        # The rows exist and are locked before anything is counted: a second change to the same commune waits here
        # and then counts what the first one wrote.
        CommuneFigures.objects.bulk_create(
            [CommuneFigures(commune_id=commune_id) for commune_id in commune_ids], ignore_conflicts=True
        )
        list(CommuneFigures.objects.select_for_update().filter(pk__in=commune_ids).order_by("pk").values_list("pk"))
        communes, periods = count_from_source(commune_ids)
        write(communes, periods, commune_ids)


def write(communes, periods, commune_ids=None):
    rows = [CommuneFigures(commune_id=commune_id, **figures) for commune_id, figures in communes.items()]
    if commune_ids is None:
        CommuneFigures.objects.exclude(pk__in=list(communes)).delete()
        CommunePeriodFigures.objects.all().delete()
        CommuneFigures.objects.bulk_create(
            rows,
            batch_size=1000,
            update_conflicts=True,
            unique_fields=["commune"],
            update_fields=["teams", "village_teams", "decided", "members", "leaving"],
        )
    else:
        CommuneFigures.objects.bulk_update(rows, ["teams", "village_teams", "decided", "members", "leaving"])
        CommunePeriodFigures.objects.filter(commune_id__in=commune_ids).delete()
    CommunePeriodFigures.objects.bulk_create(
        [
            CommunePeriodFigures(commune_id=commune_id, period_id=period_id, **figures)
            for (commune_id, period_id), figures in periods.items()
        ],
        batch_size=1000,
    )


def rebuild():
    """Recounts every commune's figures (idempotent); the figures are no longer stale."""
    with transaction.atomic():
        state = locked_state()
        communes, periods = count_from_source()
        write(communes, periods)
        state.stale = False
        state.save(update_fields=["stale"])
    return len(communes), len(periods)


def locked_state():
    state, _created = FiguresState.objects.get_or_create(pk=1)
    return FiguresState.objects.select_for_update().get(pk=state.pk)


def mark_stale():
    FiguresState.objects.update_or_create(pk=1, defaults={"stale": True})


def ensure_current():
    """Rebuilds the figures when they are stale (never built, or areas moved); one query otherwise."""
    if FiguresState.objects.filter(pk=1, stale=False).exists():
        return
    with transaction.atomic():
        if not locked_state().stale:  # another request rebuilt them while this one waited
            return
        rebuild()


def differences():
    """Where the stored figures differ from a full recount: a list of lines, empty when they agree."""
    communes, periods = count_from_source()
    found = []
    stored = {row.pk: row for row in CommuneFigures.objects.all()}
    for commune_id in sorted(set(communes) | set(stored)):
        expected = communes.get(commune_id, empty_figures())
        row = stored.get(commune_id)
        actual = (
            {field: getattr(row, field) for field in ("teams", "village_teams", "decided", "members", "leaving")}
            if row
            else None
        )
        if actual != expected and not (row is None and expected == empty_figures()):
            found.append(f"commune {commune_id}: stored {actual}, counted {expected}")
    stored_periods = {
        (row.commune_id, row.period_id): {"reported": row.reported, "values": row.values, "all_values": row.all_values}
        for row in CommunePeriodFigures.objects.all()
    }
    empty = {"reported": 0, "values": {}, "all_values": {}}
    for key in sorted(set(periods) | set(stored_periods)):
        expected, actual = periods.get(key, empty), stored_periods.get(key, empty)
        if expected != actual:
            found.append(f"commune {key[0]}, period {key[1]}: stored {actual}, counted {expected}")
    return found


# Reading ----------------------------------------------------------------------------------------------------------


def current_members(row, today):
    """{affiliation: members} of a CommuneFigures row on `today`: those who have not left, and those leaving later."""
    counts = dict(row.members)
    for day, by_affiliation in row.leaving.items():
        if datetime.date.fromisoformat(day) > today:
            for affiliation, total in by_affiliation.items():
                counts[affiliation] = counts.get(affiliation, 0) + total
    return counts


def as_int_keys(values):
    return {int(key): total for key, total in values.items()}


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


# The communes a write in bulk touches, by model: found from the queryset (before an update) or the objects.
BULK_PATHS = {Team: "commune_id", Member: "team__commune_id", TeamReport: "team__commune_id"}
BULK_PATHS[ReportValue] = "report__team__commune_id"


def communes_of_objects(model, objs):
    if model is Team:
        return {obj.commune_id for obj in objs}
    if model is Member:
        return set(Team.objects.filter(pk__in={obj.team_id for obj in objs}).values_list("commune_id", flat=True))
    if model is TeamReport:
        return set(Team.objects.filter(pk__in={obj.team_id for obj in objs}).values_list("commune_id", flat=True))
    reports = TeamReport.objects.filter(pk__in={obj.report_id for obj in objs})
    return set(reports.values_list("team__commune_id", flat=True))


def written_in_bulk(sender, queryset=None, objs=None, **kwargs):
    """Before a write in bulk: the communes it touches, recounted once it is written (a team an update moves, in
    the commune it left and the one it joined)."""
    if queryset is not None:
        before = set(queryset.order_by().values_list(BULK_PATHS[sender], flat=True).distinct())
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
    pre_save.connect(remember_team_commune, sender=Team, dispatch_uid="area-figures-team-before")
    pre_save.connect(remember_member_team, sender=Member, dispatch_uid="area-figures-member-before")
