"""Demo field results for the demo province: six months of help logged and reports filed, a few late and
missing, difficulties in every state, and yearly targets, so every chart and list has something real."""

import datetime
import random

from django.db.models import Sum
from django.utils import timezone

from content.models import PlatformPage
from reporting.models import (
    Difficulty,
    DifficultyCategory,
    DifficultyStatus,
    Indicator,
    ReportEvent,
    ReportStatus,
    ReportValue,
    SupportCount,
    SupportLog,
    Target,
    TeamReport,
)
from reporting.periods import period_containing
from teams.demo import DEMO_PROVINCE_CODE
from teams.models import AdminArea, Member, Team

MONTHS = 6
PAPER_RECORDS = "Tổng hợp từ sổ ghi chép giấy của tổ"
MONTHLY_PAPER_MAX = {"buoi-tuyen-truyen": 2, "gian-hang-tmdt": 6, "tai-khoan-thanh-toan": 10}
TARGET_HEADROOM = 1.3  # targets a little above the pace of the demo data, so progress is visibly partial
DIFFICULTIES = [
    (
        DifficultyCategory.PLATFORM,
        "vneid",
        "Nhiều người cao tuổi không nhận được mã kích hoạt VNeID qua tin nhắn, phải đến công an xã làm lại.",
    ),
    (
        DifficultyCategory.CONNECTIVITY,
        None,
        "Thôn vùng cao sóng 4G yếu, không tải được ứng dụng; đề nghị nhà mạng tăng cường trạm phát.",
    ),
    (DifficultyCategory.DEVICES, None, "Khoảng một phần ba hộ chỉ có điện thoại phím bấm, chưa cài được VNeID."),
    (
        DifficultyCategory.PAPERWORK,
        "vssid",
        "Một số người có thông tin bảo hiểm xã hội chưa khớp số định danh nên không đăng nhập được VssID.",
    ),
    (DifficultyCategory.SKILLS, None, "Người dân quên mật khẩu nhiều lần, tổ phải hỗ trợ đặt lại nhiều lượt."),
    (DifficultyCategory.PLATFORM, "postmart", "Hộ nông dân chưa rõ cách tính phí vận chuyển khi đăng sản phẩm."),
    (DifficultyCategory.RESOURCES, None, "Tổ chỉ có 5 người, mùa vụ ít người tham gia đi hỗ trợ."),
]
RESPONSE = "Đã chuyển cơ quan chủ quản nền tảng; trong tháng tới xã tổ chức một buổi hỗ trợ tập trung tại nhà văn hóa."


def load():
    province = AdminArea.objects.get(code=DEMO_PROVINCE_CODE)
    teams = list(Team.objects.filter(province=province).active().order_by("pk"))
    if not TeamReport.objects.filter(team__province=province).exists():
        build(province, teams, random.Random(11))
    reports = TeamReport.objects.filter(team__province=province)
    return [
        f"{SupportLog.objects.filter(team__province=province).count()} lượt ghi nhận hỗ trợ",
        f"{reports.count()} báo cáo kỳ, {Difficulty.objects.filter(report__in=reports).count()} khó khăn",
    ]


def months_back(today, count):
    periods, day = [], today
    for _ in range(count):
        periods.insert(0, period_containing(day))
        day = periods[0].start - datetime.timedelta(days=1)
    return periods


def build(province, teams, rng):
    indicators = list(Indicator.objects.filter(active=True))
    periods = months_back(timezone.localdate(), MONTHS)
    platforms = {page.slug: page for page in PlatformPage.objects.all()}
    build_logs(teams, periods, indicators, platforms, rng)
    for period in periods:
        build_reports(teams, period, indicators, rng)
    build_difficulties(province, platforms, rng)
    build_targets(province, teams, indicators)


def build_logs(teams, periods, indicators, platforms, rng):
    """Help logged by members who have accounts, a few times a month each."""
    members = list(Member.objects.current().filter(team__in=teams, user__isnull=False).select_related("team"))
    logs, counts = [], []
    platform_list = list(platforms.values())
    for member in members:
        for period in periods:
            last_day = min(period.end, timezone.localdate())
            for _ in range(rng.randint(1, 5)):
                day = period.start + datetime.timedelta(days=rng.randint(0, (last_day - period.start).days))
                log = SupportLog(
                    volunteer_id=member.user_id,
                    team=member.team,
                    date=day,
                    area=member.team.area,
                    platform=rng.choice(platform_list) if platform_list else None,
                )
                logs.append(log)
                for indicator in rng.sample(indicators, k=rng.randint(1, 3)):
                    counts.append((log, indicator, rng.randint(1, 6)))
    SupportLog.objects.bulk_create(logs, batch_size=500)
    SupportCount.objects.bulk_create(
        [SupportCount(log=log, indicator=indicator, value=value) for log, indicator, value in counts], batch_size=1000
    )


def build_reports(teams, period, indicators, rng):
    """Past months: most accepted, some submitted or returned, some late, a few missing. This month: drafts."""
    current = period.end >= timezone.localdate()
    logged = {}
    for row in (
        SupportCount.objects.filter(log__team__in=teams, log__date__gte=period.start, log__date__lte=period.end)
        .values("log__team_id", "indicator_id")
        .annotate(total=Sum("value"))
    ):
        logged[(row["log__team_id"], row["indicator_id"])] = row["total"]
    reports, values, events = [], [], []
    for team in teams:
        roll = rng.random()
        if (current and roll > 0.3) or (not current and roll > 0.93):
            continue  # not started this month, or never filed
        status = (
            ReportStatus.DRAFT
            if current
            else rng.choices([ReportStatus.ACCEPTED, ReportStatus.SUBMITTED, ReportStatus.RETURNED], weights=[7, 2, 1])[
                0
            ]
        )
        report = TeamReport(team=team, period=period, status=status)
        if status != ReportStatus.DRAFT:
            late = rng.random() < 0.15
            day = period.deadline + datetime.timedelta(days=rng.randint(1, 8) if late else -rng.randint(0, 4))
            report.submitted_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(20, 0)))
        if status == ReportStatus.RETURNED:
            report.review_comment = "Số hồ sơ trực tuyến cao hơn nhiều so với sổ ghi nhận; đề nghị tổ kiểm tra lại."
        reports.append(report)
    TeamReport.objects.bulk_create(reports)
    for report in reports:
        for indicator in indicators:
            from_logs = logged.get((report.team_id, indicator.pk), 0)
            paper = 0 if from_logs else rng.randint(0, MONTHLY_PAPER_MAX.get(indicator.code, 25))
            values.append(
                ReportValue(
                    report=report,
                    indicator=indicator,
                    from_logs=from_logs,
                    value=from_logs + paper,
                    adjustment_reason=PAPER_RECORDS if paper else "",
                )
            )
        events.append(ReportEvent(report=report, action=report.status, comment=report.review_comment))
    ReportValue.objects.bulk_create(values, batch_size=1000)
    ReportEvent.objects.bulk_create(events, batch_size=1000)


def build_difficulties(province, platforms, rng):
    reports = list(TeamReport.objects.filter(team__province=province).exclude(status=ReportStatus.DRAFT).order_by("pk"))
    statuses = [DifficultyStatus.OPEN, DifficultyStatus.RESPONDED, DifficultyStatus.RESOLVED]
    items = []
    for number, report in enumerate(rng.sample(reports, k=min(30, len(reports)))):
        category, platform_slug, text = DIFFICULTIES[number % len(DIFFICULTIES)]
        status = statuses[number % 3]
        items.append(
            Difficulty(
                report=report,
                category=category,
                text=text,
                platform=platforms.get(platform_slug),
                status=status,
                response=RESPONSE if status != DifficultyStatus.OPEN else "",
                responded_at=timezone.now() if status != DifficultyStatus.OPEN else None,
                resolved_at=timezone.now() if status == DifficultyStatus.RESOLVED else None,
            )
        )
    Difficulty.objects.bulk_create(items)


def build_targets(province, teams, indicators):
    """Yearly targets for the province and its first commune, a little above what the demo teams achieve."""
    year = timezone.localdate().year
    first_commune = teams[0].commune if teams else None
    for area, area_teams in [(province, teams), (first_commune, [t for t in teams if t.commune == first_commune])]:
        if area is None:
            continue
        achieved = dict(
            ReportValue.objects.filter(report__team__in=area_teams, report__period__start__year=year)
            .values_list("indicator_id")
            .annotate(total=Sum("value"))
        )
        for indicator in indicators:
            value = max(10, round(TARGET_HEADROOM * achieved.get(indicator.pk, 0), -1))
            Target.objects.get_or_create(area=area, indicator=indicator, year=year, defaults={"value": value})
