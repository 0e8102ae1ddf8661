"""A synthetic national data set for the benchmark, built with bulk inserts.

Scale 1.0 is the country: 34 provinces, 3,321 communes, 80,000 teams, 400,000 members (each with an account),
module progress, 12 monthly periods of reports and help logs, and 5,000 guides."""

import datetime
import io
import random
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command, get_commands
from django.utils import timezone
from wagtail.models import Site
from wagtail.rich_text import RichText

from content.demo import load_platforms, load_taxonomy
from content.models import PlatformPage, Sector
from guides.models import GuideIndexPage, GuidePage
from reporting.models import Indicator, ReportStatus, ReportValue, SupportCount, SupportLog, TeamReport
from reporting.periods import period_containing
from teams.areas import load_official_areas
from teams.models import AdminArea, AreaLevel, Member, Team
from training.demo_content import load_modules
from training.models import Completion

BATCH = 5000
GUIDE_WORDS = ["kích hoạt", "tài khoản", "định danh", "dịch vụ công", "hồ sơ", "bảo hiểm", "thanh toán", "gian hàng"]


def build(scale, say=print):
    rng = random.Random(42)
    started = time.monotonic()
    say = _timed(say, started)
    load_official_areas()
    load_taxonomy()
    home = Site.objects.get(is_default_site=True).root_page.specific
    load_platforms(home)
    guides = build_guides(home, int(5000 * scale), rng)
    say(f"  {guides} hướng dẫn")
    teams = build_teams(int(80000 * scale))
    say(f"  {teams} tổ")
    members = build_members(int(400000 * scale), rng)
    say(f"  {members} thành viên có tài khoản")
    load_modules()
    say(f"  {build_completions(rng)} lượt hoàn thành học phần")
    reports, logs = build_reports(rng)
    say(f"  {reports} báo cáo kỳ, {logs} lượt ghi nhận")
    if "rebuild_summaries" in get_commands():  # bulk inserts bypass the summaries' own upkeep
        try:
            call_command("rebuild_summaries", stdout=io.StringIO())
        except Exception as error:  # the consistency check after the build reports what is wrong
            say(f"  rebuild_summaries failed: {type(error).__name__}: {error}")
        else:
            say("  dựng lại bảng tổng hợp")


def _timed(say, started):
    return lambda text: say(f"{text} ({time.monotonic() - started:.0f} s)")


def build_guides(home, count, rng):
    index = GuideIndexPage.objects.child_of(home).first()
    if index is None:
        index = GuideIndexPage(title="Hướng dẫn", slug="huong-dan")
        home.add_child(instance=index)
    platforms = list(PlatformPage.objects.all())
    sectors = list(Sector.objects.all())
    existing = GuidePage.objects.count()
    for number in range(existing, count):
        platform = platforms[number % len(platforms)]
        words = rng.sample(GUIDE_WORDS, 3)
        guide = GuidePage(
            title=f"Hướng dẫn {number}: {' '.join(words)} trên {platform.title}",
            slug=f"huong-dan-{number}",
            outcome=f"Bạn làm xong việc {words[0]} trên điện thoại.",
            requirements=[("item", "Điện thoại có mạng"), ("item", "Căn cước gắn chip")],
            steps=[
                (
                    "step",
                    {
                        "heading": f"Bước làm {position}",
                        "text": RichText(f"<p>Chạm vào nút <b>{words[position % 3]}</b>.</p>"),
                        "screenshot": {"image": None, "alt_text": ""},
                        "tip": RichText(""),
                        "warning": RichText(""),
                    },
                )
                for position in range(6)
            ],
            last_reviewed=datetime.date(2026, 6, 1),
        )
        platform.add_child(instance=guide)
        guide.sectors.set(rng.sample(sectors, 2))
    return GuidePage.objects.count()


def build_teams(count):
    """Teams spread over the communes, each on a village of its own (one active team per area): team n works in
    commune n mod 3,321, on "Thôn k" where k counts that commune's teams."""
    communes = list(AdminArea.objects.filter(level=AreaLevel.COMMUNE).order_by("code"))
    existing = Team.objects.count()
    numbers = range(existing, count)
    villages = AdminArea.objects.bulk_create(
        [
            AdminArea(
                name=f"Thôn {number // len(communes) + 1}",
                division_type="thôn",
                level=AreaLevel.VILLAGE,
                parent=commune,
                province_id=commune.parent_id,
            )
            for number in numbers
            for commune in [communes[number % len(communes)]]
        ],
        batch_size=BATCH,
    )
    teams = [
        Team(
            area=village,
            commune=village.parent,
            province_id=village.parent.parent_id,
            name=f"Tổ {number} {village.parent.name}",
            invitation_code=f"B{number:09d}",
        )
        for number, village in zip(numbers, villages, strict=True)
    ]
    Team.objects.bulk_create(teams, batch_size=BATCH)
    return Team.objects.count()


def build_members(count, rng):
    users = get_user_model()
    password = make_password("bench-password-2026")
    team_ids = list(Team.objects.values_list("pk", flat=True))
    existing = Member.objects.count()
    for start in range(existing, count, BATCH):
        numbers = range(start, min(start + BATCH, count))
        phones = {number: f"+849{number:08d}" for number in numbers}
        created = users.objects.bulk_create(
            [
                users(
                    username=phones[number],
                    phone=phones[number],
                    password=password,
                    first_name="An",
                    last_name="Nguyễn Văn",
                )
                for number in numbers
            ]
        )
        Member.objects.bulk_create(
            [
                Member(
                    team_id=team_ids[number % len(team_ids)],
                    full_name=f"Nguyễn Văn {number}",
                    phone=phones[number],
                    user=user,
                    role="leader" if number < len(team_ids) else "member",
                )
                for number, user in zip(numbers, created, strict=True)
            ]
        )
    return Member.objects.count()


def build_completions(rng):
    from training.pages import published_modules

    modules = [module for module in published_modules() if module.required_for_field_work]
    if Completion.objects.exists():
        return Completion.objects.count()
    user_ids = list(Member.objects.values_list("user_id", flat=True))
    rows = []
    for user_id in user_ids[::2]:
        for module in modules[: rng.randint(1, len(modules))]:
            rows.append(Completion(user_id=user_id, module=module, module_title=module.title, score=90))
            if len(rows) >= BATCH:
                Completion.objects.bulk_create(rows)
                rows = []
    Completion.objects.bulk_create(rows)
    return Completion.objects.count()


def build_reports(rng):
    if TeamReport.objects.exists():
        return TeamReport.objects.count(), SupportLog.objects.count()
    indicators = list(Indicator.objects.filter(active=True))[:4]
    teams = list(Team.objects.values_list("pk", "commune_id"))
    leaders = dict(Member.objects.filter(role="leader").values_list("team_id", "user_id"))
    day, periods = timezone.localdate(), []
    for _ in range(12):
        period = period_containing(day)
        periods.append(period)
        day = period.start - datetime.timedelta(days=1)
    for period in periods:
        reports = [
            TeamReport(team_id=team_id, period=period, status=ReportStatus.ACCEPTED, submitted_at=timezone.now())
            for team_id, _commune in teams
            if rng.random() < 0.9
        ]
        for start in range(0, len(reports), BATCH):
            chunk = TeamReport.objects.bulk_create(reports[start : start + BATCH])
            ReportValue.objects.bulk_create(
                [
                    ReportValue(report=report, indicator=indicator, from_logs=3, value=rng.randint(0, 30))
                    for report in chunk
                    for indicator in indicators
                ]
            )
        logs = [
            SupportLog(volunteer_id=leaders[team_id], team_id=team_id, date=period.start)
            for team_id, _commune in teams
            if team_id in leaders
        ]
        for start in range(0, len(logs), BATCH):
            chunk = SupportLog.objects.bulk_create(logs[start : start + BATCH])
            SupportCount.objects.bulk_create([SupportCount(log=log, indicator=indicators[0], value=3) for log in chunk])
    return TeamReport.objects.count(), SupportLog.objects.count()
