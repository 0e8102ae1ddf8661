"""Demo training: the modules, accounts for the members of a few demo teams, and their progress, so that
My learning, the team matrix and the readiness rates all show real figures."""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from accounts.demo import DEMO_PASSWORD, VOLUNTEER_PHONE
from teams.demo import DEMO_PROVINCE_CODE
from teams.models import AreaLevel, Member, Team
from training.demo_content import load_modules
from training.models import Completion, ModuleProgress
from training.pages import published_modules

TEAMS_WITH_ACCOUNTS = 6


def load():
    count = load_modules()
    teams = list(
        Team.objects.filter(province__code=DEMO_PROVINCE_CODE, area__level=AreaLevel.COMMUNE).order_by("commune__code")
    )
    members = list(
        Member.objects.filter(team__in=teams[:TEAMS_WITH_ACCOUNTS], user__isnull=True).order_by("team_id", "pk")
    )
    if members:
        give_accounts(members)
        record_progress(members)
    volunteer_progress()
    return [f"{count} học phần đào tạo", f"{Completion.objects.count()} lượt hoàn thành học phần"]


def give_accounts(members):
    """One account per member (the demo password, hashed once), signing in with the member's phone."""
    users = get_user_model()
    password = make_password(DEMO_PASSWORD)
    taken = set(users.objects.filter(phone__in=[m.phone for m in members]).values_list("phone", flat=True))
    fresh = [member for member in members if member.phone not in taken]
    users.objects.bulk_create(
        [
            users(
                username=member.phone,
                phone=member.phone,
                password=password,
                first_name=member.full_name.split()[-1],
                last_name=" ".join(member.full_name.split()[:-1]),
            )
            for member in fresh
        ]
    )
    by_phone = {user.phone: user for user in users.objects.filter(phone__in=[m.phone for m in fresh])}
    for member in fresh:
        member.user = by_phone[member.phone]
    Member.objects.bulk_update(fresh, ["user"])


def record_progress(members):
    """Most members finish the required modules; some are midway; a few have not started."""
    rng = random.Random(7)
    modules = list(published_modules())
    progress, completions, finished_on = [], [], {}
    for member in members:
        if member.user_id is None:
            continue
        finished = rng.choices([len(modules), len(modules) - 2, 2, 0], weights=[4, 3, 2, 1])[0]
        for position, module in enumerate(modules):
            lesson_ids = module.lesson_ids
            if position < finished:
                progress.append(
                    ModuleProgress(
                        user_id=member.user_id,
                        module=module,
                        module_title=module.title,
                        lessons_done=lesson_ids,
                        lessons_opened=lesson_ids,
                        last_lesson=len(lesson_ids),
                    )
                )
                completions.append(
                    Completion(
                        user_id=member.user_id,
                        module=module,
                        module_title=module.title,
                        score=rng.choice([80, 83, 100]),
                    )
                )
                finished_on[member.user_id, module.pk] = learning_day(member, position, rng)
            elif position == finished and rng.random() < 0.6:
                progress.append(
                    ModuleProgress(
                        user_id=member.user_id,
                        module=module,
                        module_title=module.title,
                        lessons_done=lesson_ids[:1],
                        lessons_opened=lesson_ids[:2],
                        last_lesson=2,
                    )
                )
    ModuleProgress.objects.bulk_create(progress, ignore_conflicts=True)
    Completion.objects.bulk_create(completions, ignore_conflicts=True)
    backdate(finished_on)


def volunteer_progress():
    """The README's volunteer (a member of the leader's team, teams.demo): every module but the last two finished,
    the next one midway, the last not started, so My learning shows each state and "Học tiếp". Once: progress they
    already have is theirs."""
    member = Member.objects.current().filter(phone=VOLUNTEER_PHONE, user__isnull=False).first()
    if member is None or ModuleProgress.objects.filter(user_id=member.user_id).exists():
        return
    rng = random.Random(12)
    modules = list(published_modules())
    finished, finished_on = max(len(modules) - 2, 1), {}
    for position, module in enumerate(modules[: finished + 1]):
        lesson_ids = module.lesson_ids
        done = lesson_ids if position < finished else lesson_ids[:1]
        ModuleProgress.objects.create(
            user_id=member.user_id,
            module=module,
            module_title=module.title,
            lessons_done=done,
            lessons_opened=lesson_ids if position < finished else lesson_ids[:2],
            last_lesson=len(done) if position < finished else min(2, len(lesson_ids)),
        )
        if position < finished:
            Completion.objects.create(user_id=member.user_id, module=module, module_title=module.title, score=100)
            finished_on[member.user_id, module.pk] = learning_day(member, position, rng)
    backdate(finished_on)


def learning_day(member, position, rng):
    """A module finished some weeks after joining, one after another, never later than now: the readiness curve of
    the coverage page then grows over the year as it would have."""
    joined = datetime.datetime.combine(member.joined_on, datetime.time(20, 0), tzinfo=timezone.get_current_timezone())
    finished = joined + datetime.timedelta(days=7 + 10 * position + rng.randrange(14))
    return min(finished, timezone.now())


def backdate(finished_on):
    """completed_at is stamped on insert: the demo's history is written over it afterwards."""
    rows = list(
        Completion.objects.filter(user_id__in={user_id for user_id, _module in finished_on}).only(
            "pk", "user_id", "module_id", "completed_at"
        )
    )
    for row in rows:
        row.completed_at = finished_on.get((row.user_id, row.module_id), row.completed_at)
    Completion.objects.bulk_update(rows, ["completed_at"], batch_size=500)
