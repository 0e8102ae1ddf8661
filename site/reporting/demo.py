"""Demo field results for the demo province: six months of help logged and reports filed, a few late and
missing, difficulties in every state, and yearly targets, so every chart and list has something real."""

import datetime
import random
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Sum
from django.utils import timezone

from content.models import PlatformPage
from reporting import area_figures, escalation
from reporting.models import (
    Difficulty,
    DifficultyCategory,
    DifficultyEvent,
    DifficultyStage,
    DifficultyStatus,
    Indicator,
    ReportAction,
    ReportEvent,
    ReportStatus,
    ReportValue,
    SupportCount,
    SupportLog,
    Target,
    TeamReport,
)
from reporting.periods import period_containing
from reporting.reports import create_report, record, transition
from teams.access import department_members
from teams.demo import DEMO_PROVINCE_CODE
from teams.models import AdminArea, Member, MemberRole, RoleAssignment, ScopeRole, Team

User = get_user_model()
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
RETURN_COMMENT = "Số hồ sơ trực tuyến cao hơn nhiều so với sổ ghi nhận; đề nghị tổ kiểm tra lại."
RESPONSE = "Đã chuyển cơ quan chủ quản nền tảng; trong tháng tới xã tổ chức một buổi hỗ trợ tập trung tại nhà văn hóa."

REVIEW_ACTIONS = {ReportStatus.ACCEPTED: ReportAction.ACCEPTED, ReportStatus.RETURNED: ReportAction.RETURNED}


def load():
    # The training demo writes its completions in bulk, which no signal follows: the growth rows of the communes of
    # the members who completed modules are recounted (members ready for field work).
    area_figures.recount(
        Member.objects.filter(user__completions__isnull=False).values_list("team__commune_id", flat=True).distinct()
    )
    province = AdminArea.objects.get(code=DEMO_PROVINCE_CODE)
    teams = list(Team.objects.filter(province=province).active().order_by("pk"))
    if not TeamReport.objects.filter(team__province=province).exists():
        with area_figures.recounted_together():
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
    people = People.of(province, teams)
    for period in periods:
        build_reports(teams, period, rng, people)
    build_difficulties(province, platforms, rng)
    build_escalations(province, people, platforms)
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


def build_reports(teams, period, rng, people):
    """Past months: most accepted, some submitted or returned, some late, a few missing. This month: drafts.
    Each report takes the product's own steps (created from the logs, paper records saved, submitted,
    reviewed), so its history holds every step; only the moments are then moved back to the month they tell."""
    now = timezone.now()
    current = period.end >= timezone.localdate()
    planned = []
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
        planned.append((create_report(team, period, people.leader_of(team)), status))
    with_paper_records = add_paper_records([report for report, _status in planned], rng)
    moments = {}
    for report, status in planned:
        leader, reviewer = people.leader_of(report.team), people.reviewer_of(report.team)
        if report.pk in with_paper_records:
            record(report, ReportAction.SAVED, leader)
        if status == ReportStatus.DRAFT:
            continue
        late = rng.random() < 0.15
        day = period.deadline + datetime.timedelta(days=rng.randint(1, 8) if late else -rng.randint(0, 4))
        submitted_at = min(
            timezone.make_aware(datetime.datetime.combine(day, datetime.time(20, 0))), now - datetime.timedelta(hours=2)
        )
        reviewed_at = min(submitted_at + datetime.timedelta(days=rng.randint(1, 4)), now - datetime.timedelta(hours=1))
        transition(
            report,
            leader,
            [ReportStatus.DRAFT],
            ReportStatus.SUBMITTED,
            ReportAction.SUBMITTED,
            submitted_at=submitted_at,
            submitted_by=leader,
        )
        if status in REVIEW_ACTIONS:
            comment = RETURN_COMMENT if status == ReportStatus.RETURNED else ""
            transition(
                report,
                reviewer,
                [ReportStatus.SUBMITTED],
                status,
                REVIEW_ACTIONS[status],
                comment,
                reviewed_at=reviewed_at,
                reviewed_by=reviewer,
                review_comment=comment,
            )
        opened_at = submitted_at - datetime.timedelta(days=rng.randint(1, 3), hours=2)
        moments[report.pk] = {
            "created": opened_at,
            "saved": opened_at,
            "submitted": submitted_at,
            "accepted": reviewed_at,
            "returned": reviewed_at,
        }
    move_back(moments)


def add_paper_records(reports, rng):
    """Figures leaders added from their teams' paper notebooks where nobody logged anything, one UPDATE per
    amount; returns the ids of the reports changed, each of which then records its save."""
    amounts = defaultdict(list)
    changed = set()
    for value in ReportValue.objects.filter(report__in=reports, from_logs=0).select_related("indicator").order_by("pk"):
        paper = rng.randint(0, MONTHLY_PAPER_MAX.get(value.indicator.code, 25))
        if paper:
            amounts[paper].append(value.pk)
            changed.add(value.report_id)
    for paper, value_ids in amounts.items():
        ReportValue.objects.filter(pk__in=value_ids).update(value=paper, adjustment_reason=PAPER_RECORDS)
    return changed


def move_back(moments):
    """Each past report's history at the moments its month tells, rather than at the moment the demo loaded."""
    events = list(ReportEvent.objects.filter(report_id__in=moments))
    for event in events:
        event.at = moments[event.report_id][event.action]
    ReportEvent.objects.bulk_update(events, ["at"], batch_size=1000)
    reports = list(TeamReport.objects.filter(pk__in=moments))
    for report in reports:
        report.created_at = moments[report.pk]["created"]
        report.updated_at = report.reviewed_at or report.submitted_at
    TeamReport.objects.bulk_update(reports, ["created_at", "updated_at"], batch_size=1000)


@dataclass
class People:
    """Who signs the demo's reports: the team's leader (when they have an account) and the commune's officer,
    or the province's coordinator where the commune has none."""

    leaders: dict
    officers: dict
    coordinator: object

    @classmethod
    def of(cls, province, teams):
        leaders = Member.objects.current().filter(team__in=teams, role=MemberRole.LEADER, user__isnull=False)
        assignments = RoleAssignment.objects.select_related("user")
        coordinator = assignments.filter(role=ScopeRole.PROVINCE_COORDINATOR, area=province).first()
        return cls(
            leaders={member.team_id: member.user for member in leaders.select_related("user")},
            officers={
                assignment.area_id: assignment.user
                for assignment in assignments.filter(role=ScopeRole.COMMUNE_OFFICER, area__parent=province)
            },
            coordinator=coordinator.user if coordinator else None,
        )

    def leader_of(self, team):
        return self.leaders.get(team.pk)

    def reviewer_of(self, team):
        return self.officers.get(team.commune_id, self.coordinator)


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


# Difficulties the communes could not solve, on their way up: (category, platform, where it went, days since the
# commune sent it up, days until the answer is due, the answer if one came back).
ESCALATIONS = [
    (
        DifficultyCategory.PLATFORM,
        "vneid",
        DifficultyStage.DEPARTMENT,
        24,
        -10,
        "Công an tỉnh đã cử tổ công tác về xã cấp lại tài khoản cho 42 người cao tuổi; lỗi tin nhắn đã được khắc phục.",
    ),
    (DifficultyCategory.CONNECTIVITY, None, DifficultyStage.COMMITTEE, 12, 10, ""),
    (DifficultyCategory.PAPERWORK, "vssid", DifficultyStage.DEPARTMENT, 20, -3, ""),
    (DifficultyCategory.DEVICES, None, DifficultyStage.PROVINCE, 2, None, ""),
]
ESCALATION_REASONS = {
    DifficultyCategory.PLATFORM: "Xã đã hướng dẫn người dân làm lại nhiều lần nhưng không nhận được tin nhắn; lỗi ở "
    "hệ thống, xã không tự xử lý được.",
    DifficultyCategory.CONNECTIVITY: "Xã đã đề nghị nhà mạng nhưng chưa có kế hoạch lắp trạm; cần tỉnh chỉ đạo.",
    DifficultyCategory.PAPERWORK: "Dữ liệu do bảo hiểm xã hội quản lý, xã không sửa được.",
    DifficultyCategory.DEVICES: "Xã chưa có nguồn kinh phí hỗ trợ điện thoại thông minh cho hộ nghèo.",
}
FORWARD_REQUESTS = {
    DifficultyStage.DEPARTMENT: "Đề nghị đơn vị kiểm tra, khắc phục và trả lời để tỉnh thông báo cho xã.",
    DifficultyStage.COMMITTEE: "Kính đề nghị UBND tỉnh chỉ đạo các doanh nghiệp viễn thông phủ sóng các thôn vùng cao.",
}


def build_escalations(province, people, platforms):
    """A few difficulties sent up by a commune with an officer (who then sees their way): one answered by the
    platform's department, one waiting for the province People's Committee, one overdue, one waiting for the province
    to forward it."""
    reports = TeamReport.objects.filter(team__province=province, team__commune_id__in=list(people.officers))
    reports = reports.exclude(status=ReportStatus.DRAFT).select_related("team", "period").order_by("-period__start")
    # A team whose leader signs in first: the demo leader reads the steps on the team's report.
    reports = sorted(reports, key=lambda report: report.team_id not in people.leaders)
    if not reports:
        return
    reports = [report for report in reports if report.team_id == reports[0].team_id]
    texts = {(category, slug): text for category, slug, text in DIFFICULTIES}
    now, today = timezone.now(), timezone.localdate()
    for category, platform_slug, stage, days_ago, due_in, answer in ESCALATIONS:
        # Raised with the latest report filed before the commune sent it up.
        raised_on = today - datetime.timedelta(days=days_ago + 3)
        report = next((report for report in reports if report.period.end < raised_on), reports[-1])
        difficulty = Difficulty.objects.create(
            report=report,
            category=category,
            text=texts[(category, platform_slug)],
            platform=platforms.get(platform_slug),
        )
        escalation.escalate(difficulty, people.reviewer_of(report.team), ESCALATION_REASONS[category])
        if stage != DifficultyStage.PROVINCE:
            department = difficulty.platform.department if stage == DifficultyStage.DEPARTMENT else None
            due_on = today + datetime.timedelta(days=due_in)
            escalation.forward(difficulty, people.coordinator, stage, due_on, FORWARD_REQUESTS[stage], department)
        if answer:
            answerers = department_members(department.pk) if department else []
            answerer = User.objects.filter(pk__in=answerers).order_by("pk").first() or people.coordinator
            escalation.answer(difficulty, answerer, answer, resolved=True)
        # The steps took days, not the moment the demo was loaded.
        Difficulty.objects.filter(pk=difficulty.pk).update(created_at=now - datetime.timedelta(days=days_ago + 3))
        for step, event in enumerate(difficulty.events.order_by("pk")):
            at = now - datetime.timedelta(days=days_ago - 2 * step if step < 2 else abs(due_in or 0) + 1)
            DifficultyEvent.objects.filter(pk=event.pk).update(at=at)


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
