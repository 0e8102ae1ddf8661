"""Field results: help logged as it is given, period reports that fill themselves from the logs, targets,
and the difficulties the authorities must act on."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from core.cache_retirement import RetiringQuerySet
from core.dates import LAST_DAY, TEAMS_BEGAN, fixed_bounds

MAX_COUNT = 10_000  # more people helped by one volunteer in one entry is a typing mistake


class Indicator(models.Model):
    """What teams count: people guided to activate VNeID level 2, accounts opened, sessions held..."""

    code = models.SlugField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("tên chỉ tiêu"), max_length=200)
    pillar = models.ForeignKey(
        "content.Pillar", verbose_name=_("trụ cột"), null=True, blank=True, on_delete=models.SET_NULL
    )
    platform = models.ForeignKey(
        "content.PlatformPage",
        verbose_name=_("nền tảng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indicators",
    )
    unit = models.CharField(_("đơn vị tính"), max_length=30, default=_("người"))
    active = models.BooleanField(_("đang dùng"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("pillar"),
        FieldPanel("platform"),
        FieldPanel("unit"),
        FieldPanel("active"),
        FieldPanel("sort_order"),
    ]

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class PeriodKind(models.TextChoices):
    WEEKLY = "week", _("Hằng tuần")
    MONTHLY = "month", _("Hằng tháng")
    QUARTERLY = "quarter", _("Hằng quý")


@register_setting(icon="date")
class ReportingSettings(BaseSiteSetting):
    """How often teams report and how long they have after a period ends."""

    period_kind = models.CharField(
        _("kỳ báo cáo"), max_length=10, choices=PeriodKind.choices, default=PeriodKind.MONTHLY
    )
    deadline_days = models.PositiveSmallIntegerField(
        _("hạn nộp (số ngày sau khi hết kỳ)"), default=5, validators=[MaxValueValidator(60)]
    )
    grace_days = models.PositiveSmallIntegerField(
        _("nhận báo cáo muộn thêm (ngày)"),
        default=25,
        validators=[MaxValueValidator(365)],
        help_text=_("Sau hạn nộp, kỳ còn nhận báo cáo muộn trong số ngày này rồi mới khóa."),
    )

    class Meta:
        verbose_name = _("cài đặt báo cáo")


class ReportingPeriod(models.Model):
    kind = models.CharField(_("loại kỳ"), max_length=10, choices=PeriodKind.choices)
    start = models.DateField(_("từ ngày"))
    end = models.DateField(_("đến ngày"))
    deadline = models.DateField(_("hạn nộp"))
    closes_on = models.DateField(_("khóa sau ngày"))

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("kỳ báo cáo")
        verbose_name_plural = _("kỳ báo cáo")
        ordering = ["-start"]
        constraints = [models.UniqueConstraint(fields=["kind", "start"], name="one_period_per_kind_and_start")]

    def __str__(self):
        if self.kind == PeriodKind.MONTHLY:
            return _("Tháng %(month)s/%(year)s") % {"month": self.start.month, "year": self.start.year}
        if self.kind == PeriodKind.QUARTERLY:
            return _("Quý %(quarter)s/%(year)s") % {"quarter": (self.start.month - 1) // 3 + 1, "year": self.start.year}
        return _("Tuần %(start)s - %(end)s") % {
            "start": self.start.strftime("%d/%m"),
            "end": self.end.strftime("%d/%m/%Y"),
        }

    @property
    def is_closed(self):
        return timezone.localdate() > self.closes_on


# Help is logged on the spot, or soon after from a phone that was offline: a year back at most.
LOG_DAYS_BACK = 366


class SupportLog(models.Model):
    """Help a volunteer gave, entered on the spot. Its counts feed the team's period report."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người hỗ trợ"), on_delete=models.PROTECT, related_name="support_logs"
    )
    team = models.ForeignKey("teams.Team", verbose_name=_("tổ"), on_delete=models.PROTECT, related_name="support_logs")
    # The limits that move with today (not ahead, a year back at most) are SupportLogForm's.
    date = models.DateField(_("ngày"), default=timezone.localdate, validators=fixed_bounds())
    area = models.ForeignKey(
        "teams.AdminArea", verbose_name=_("thôn, tổ dân phố"), null=True, blank=True, on_delete=models.SET_NULL
    )
    platform = models.ForeignKey(
        "content.PlatformPage", verbose_name=_("nền tảng"), null=True, blank=True, on_delete=models.SET_NULL
    )
    guide = models.ForeignKey(
        "guides.GuidePage", verbose_name=_("hướng dẫn"), null=True, blank=True, on_delete=models.SET_NULL
    )
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)
    client_id = models.UUIDField(
        default=uuid.uuid4, unique=True, editable=False, help_text=_("Chống ghi trùng khi gửi lại một lần nhập.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lượt hỗ trợ")
        verbose_name_plural = _("lượt hỗ trợ")
        ordering = ["-date", "-created_at"]
        indexes = [models.Index(fields=["team", "date"])]

    def __str__(self):
        return f"{self.volunteer} {self.date:%d/%m/%Y}"


class SupportCount(models.Model):
    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    log = models.ForeignKey(SupportLog, on_delete=models.CASCADE, related_name="counts")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="support_counts")
    value = models.PositiveIntegerField(validators=[MaxValueValidator(MAX_COUNT)])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["log", "indicator"], name="one_count_per_log_and_indicator")]

    def __str__(self):
        return f"{self.indicator}: {self.value}"


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("Đang soạn")
    SUBMITTED = "submitted", _("Đã nộp")
    RETURNED = "returned", _("Trả lại để sửa")
    ACCEPTED = "accepted", _("Đã duyệt")


class TeamReport(models.Model):
    """One report per team and period (the database enforces it). Every step records who and when."""

    team = models.ForeignKey("teams.Team", verbose_name=_("tổ"), on_delete=models.PROTECT, related_name="reports")
    period = models.ForeignKey(ReportingPeriod, verbose_name=_("kỳ"), on_delete=models.PROTECT, related_name="reports")
    status = models.CharField(_("trạng thái"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.DRAFT)
    proposals = models.TextField(_("đề xuất, kiến nghị"), max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(_("nộp lúc"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("xem xét lúc"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    review_comment = models.TextField(_("nhận xét khi trả lại"), max_length=2000, blank=True)

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("báo cáo của tổ")
        verbose_name_plural = _("báo cáo của tổ")
        ordering = ["-period__start", "team__name"]
        constraints = [models.UniqueConstraint(fields=["team", "period"], name="one_report_per_team_and_period")]
        # A period's reports by state: the reports waiting for review, and the teams that have not reported (an
        # anti-join on this index's team ids), without reading every report of the period in the country.
        indexes = [models.Index(fields=["period", "status", "team"], name="report_period_status_team")]

    def __str__(self):
        return f"{self.team}, {self.period}"

    @property
    def is_late(self):
        if self.submitted_at:
            return timezone.localdate(self.submitted_at) > self.period.deadline
        return timezone.localdate() > self.period.deadline

    @property
    def editable(self):
        return self.status in (ReportStatus.DRAFT, ReportStatus.RETURNED)


class ReportValue(models.Model):
    """One indicator's figure in a report: pre-filled from the logs, adjustable with a reason."""

    report = models.ForeignKey(TeamReport, on_delete=models.CASCADE, related_name="values")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="report_values")
    from_logs = models.PositiveIntegerField(_("theo sổ ghi nhận"), default=0)
    value = models.PositiveIntegerField(_("số báo cáo"), validators=[MaxValueValidator(MAX_COUNT * 100)])
    adjustment_reason = models.CharField(_("lý do điều chỉnh"), max_length=300, blank=True)

    objects = RetiringQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["report", "indicator"], name="one_value_per_report_indicator")]

    def __str__(self):
        return f"{self.indicator}: {self.value}"


class ReportAction(models.TextChoices):
    """What a history entry records; the label is what people read in the history."""

    CREATED = "created", _("Lập báo cáo")
    SAVED = "saved", _("Lưu nháp")
    SUBMITTED = "submitted", _("Nộp báo cáo")
    RETURNED = "returned", _("Trả lại để sửa")
    ACCEPTED = "accepted", _("Duyệt báo cáo")


class ReportEvent(models.Model):
    """The history of a report: each save, submission, return and acceptance, with the figures at that moment."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    report = models.ForeignKey(TeamReport, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("việc"), max_length=20, choices=ReportAction.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(blank=True)
    snapshot = models.JSONField(default=dict)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.report}: {self.get_action_display()}"


class DifficultyCategory(models.TextChoices):
    DEVICES = "thiet-bi", _("Người dân thiếu điện thoại, thiết bị")
    CONNECTIVITY = "ket-noi", _("Sóng, mạng Internet yếu")
    SKILLS = "ky-nang", _("Người dân chưa quen dùng điện thoại")
    PLATFORM = "loi-nen-tang", _("Lỗi hoặc khó dùng của nền tảng")
    PAPERWORK = "giay-to", _("Giấy tờ, thủ tục, dữ liệu chưa khớp")
    RESOURCES = "nguon-luc", _("Thiếu người, kinh phí, thời gian")
    OTHER = "khac", _("Khác")


class DifficultyStatus(models.TextChoices):
    OPEN = "open", _("Chưa xử lý")
    RESPONDED = "responded", _("Đã phản hồi")
    RESOLVED = "resolved", _("Đã giải quyết")


class DifficultyStage(models.TextChoices):
    """Where a difficulty is being solved. A commune that cannot solve it escalates it to the province, whose
    coordinators forward it to the platform's department or to the province People's Committee, with a due date."""

    COMMUNE = "xa", _("Xã, phường xử lý")
    PROVINCE = "tinh", _("Đã chuyển lên tỉnh")
    DEPARTMENT = "so-nganh", _("Đã chuyển đến đơn vị quản lý nền tảng")
    COMMITTEE = "ubnd-tinh", _("Đã chuyển đến UBND tỉnh")


FORWARDED_STAGES = (DifficultyStage.DEPARTMENT, DifficultyStage.COMMITTEE)


class Difficulty(models.Model):
    """A problem a team reported. It reaches the commune, the province and the platform's owner, who respond.
    What the commune cannot solve goes up (reporting.escalation); each step is a DifficultyEvent."""

    report = models.ForeignKey(TeamReport, on_delete=models.CASCADE, related_name="difficulties")
    category = models.CharField(_("loại khó khăn"), max_length=20, choices=DifficultyCategory.choices)
    text = models.TextField(_("mô tả"), max_length=1000)
    platform = models.ForeignKey(
        "content.PlatformPage",
        verbose_name=_("nền tảng liên quan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="difficulties",
    )
    status = models.CharField(
        _("tình trạng"), max_length=10, choices=DifficultyStatus.choices, default=DifficultyStatus.OPEN
    )
    response = models.TextField(_("phản hồi"), max_length=2000, blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    responded_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    stage = models.CharField(
        _("nơi xử lý"), max_length=10, choices=DifficultyStage.choices, default=DifficultyStage.COMMUNE
    )
    forwarded_department = models.ForeignKey(
        "content.Department",
        verbose_name=_("đơn vị được chuyển"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forwarded_difficulties",
    )
    due_on = models.DateField(_("hạn trả lời"), null=True, blank=True, validators=fixed_bounds())
    overdue_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Counts the steps taken (sent up, forwarded, answered). A form carries the count its page showed, and a step is
    # taken only if no other was taken since: a double tap, or two people at once, take it once.
    step = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("khó khăn, vướng mắc")
        verbose_name_plural = _("khó khăn, vướng mắc")
        ordering = ["status", "-created_at"]
        indexes = [models.Index(fields=["stage", "status", "due_on"], name="difficulty_escalation")]

    def __str__(self):
        return self.text[:60]

    @property
    def current_response(self):
        """The answer that stands: none once the difficulty went up again (an answer from before is in its steps)."""
        return self.response if self.status != DifficultyStatus.OPEN else ""

    @property
    def is_escalated(self):
        return self.stage != DifficultyStage.COMMUNE

    @property
    def is_forwarded(self):
        return self.stage in FORWARDED_STAGES

    def is_overdue(self, today=None):
        """Forwarded, still unanswered, and past the day the answer was due."""
        today = today or timezone.localdate()
        return (
            self.is_forwarded
            and self.status == DifficultyStatus.OPEN
            and self.due_on is not None
            and self.due_on < today
        )


class DifficultyAction(models.TextChoices):
    """A step of a difficulty's way up and back; the label is what people read in its history."""

    ESCALATED = "escalated", _("Xã chuyển lên tỉnh")
    FORWARDED = "forwarded", _("Tỉnh chuyển tiếp")
    ANSWERED = "answered", _("Phản hồi")
    RESOLVED = "resolved", _("Đã giải quyết")
    REMINDED = "reminded", _("Nhắc quá hạn")


class DifficultyEvent(models.Model):
    """A step of a difficulty's history: who did what, when, what they said; for a forward, to whom and by when.
    The receiver's name is kept as it was written, so the history reads the same after a department is renamed."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    difficulty = models.ForeignKey(Difficulty, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("việc"), max_length=10, choices=DifficultyAction.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(blank=True)
    receiver = models.CharField(max_length=255, blank=True)
    due_on = models.DateField(null=True, blank=True, editable=False)  # as it was set by this forward

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.difficulty}: {self.get_action_display()}"


# Targets are set for the years of the teams' programme, and planned at most a few years ahead.
TARGET_YEARS_AHEAD = 5


TARGET_TOO_FAR = _("Năm %(show_value)s quá xa; chỉ tiêu đặt đến năm %(limit_value)s.")


def latest_target_year():
    return timezone.localdate().year + TARGET_YEARS_AHEAD


class Target(models.Model):
    """A yearly target (chỉ tiêu) for an area and an indicator."""

    area = models.ForeignKey(
        "teams.AdminArea", verbose_name=_("địa bàn"), on_delete=models.PROTECT, related_name="targets"
    )
    indicator = models.ForeignKey(
        Indicator, verbose_name=_("chỉ tiêu"), on_delete=models.PROTECT, related_name="targets"
    )
    year = models.PositiveSmallIntegerField(
        _("năm"),
        validators=[
            MinValueValidator(
                TEAMS_BEGAN.year, message=_("Năm %(show_value)s có trước các tổ; chỉ tiêu đặt từ năm %(limit_value)s.")
            ),
            MaxValueValidator(LAST_DAY.year, message=TARGET_TOO_FAR),  # today's limit: TargetAdminForm
        ],
    )
    value = models.PositiveIntegerField(_("mục tiêu"))

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("chỉ tiêu năm")
        verbose_name_plural = _("chỉ tiêu năm")
        ordering = ["-year", "area__name", "indicator__sort_order"]
        constraints = [models.UniqueConstraint(fields=["area", "indicator", "year"], name="one_target_per_area_year")]

    def __str__(self):
        return f"{self.area} {self.year}: {self.indicator} {self.value}"


class ApiTokenScope(models.TextChoices):
    FIGURES = "figures", _("Số liệu tổng hợp")
    PERSONAL = "personal", _("Số liệu tổng hợp và danh sách hoàn thành học phần (có họ tên, số điện thoại)")


class ApiToken(models.Model):
    """A key another system (a province's app, a national training platform) uses to read the figures of one area.
    Only a hash of the key is stored: the key is shown once, when it is issued. A token works while it is not
    revoked and its issuer still has a role over its area."""

    wagtail_reference_index_ignore = True  # a credential: no editor looks up what links to it

    name = models.CharField(
        _("dùng cho"), max_length=120, help_text=_("Hệ thống hoặc đơn vị nhận số liệu, ví dụ: Ứng dụng Hue-S.")
    )
    area = models.ForeignKey(
        "teams.AdminArea",
        verbose_name=_("địa bàn"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="api_tokens",
        help_text=_("Khóa chỉ đọc được số liệu của địa bàn này. Để trống: cả nước (chỉ quản trị viên)."),
    )
    scope = models.CharField(
        _("phạm vi dữ liệu"), max_length=10, choices=ApiTokenScope.choices, default=ApiTokenScope.FIGURES
    )
    prefix = models.CharField(_("đầu khóa"), max_length=8, editable=False, help_text=_("Để nhận ra khóa."))
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người cấp"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
        editable=False,
    )
    created_at = models.DateTimeField(_("cấp lúc"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("dùng lần cuối"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("khóa truy cập số liệu")
        verbose_name_plural = _("khóa truy cập số liệu")
        ordering = ["revoked_at", "-created_at"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def includes_personal_data(self):
        return self.scope == ApiTokenScope.PERSONAL


class CommuneFigures(models.Model):
    """What coverage and the roll-up need of one commune's teams, kept up to date in the transaction of every change
    that moves it (reporting/area_figures.py): its active teams, village teams, and whether a decision founded it."""

    wagtail_reference_index_ignore = True  # a figure row: no editor looks up what links to it

    commune = models.OneToOneField(
        "teams.AdminArea", primary_key=True, on_delete=models.CASCADE, related_name="figures"
    )
    teams = models.PositiveIntegerField(default=0)
    village_teams = models.PositiveIntegerField(default=0)
    decided = models.BooleanField(default=False)

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("số liệu của xã")
        verbose_name_plural = _("số liệu của xã")

    def __str__(self):
        return str(self.commune_id)


class CommuneMembers(models.Model):
    """The members of one commune's active teams by affiliation (coverage only: the roll-ups do not read it)."""

    wagtail_reference_index_ignore = True  # a figure row: no editor looks up what links to it

    commune = models.OneToOneField(
        "teams.AdminArea", primary_key=True, on_delete=models.CASCADE, related_name="member_figures"
    )
    # {affiliation: members who have not left}, and {"YYYY-MM-DD": {affiliation: members leaving that day}}: a member
    # counts until the day they leave, so the day the page is read decides, not the day the row was written.
    members = models.JSONField(default=dict)
    leaving = models.JSONField(default=dict)

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("thành viên của xã")
        verbose_name_plural = _("thành viên của xã")

    def __str__(self):
        return str(self.commune_id)


class CommunePeriodFigures(models.Model):
    """One commune's results for one period: its active teams that reported (submitted or accepted)."""

    wagtail_reference_index_ignore = True  # a figure row: no editor looks up what links to it

    commune = models.ForeignKey("teams.AdminArea", on_delete=models.CASCADE, related_name="period_figures")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="commune_figures")
    reported = models.PositiveIntegerField(default=0)

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("kết quả kỳ của xã")
        verbose_name_plural = _("kết quả kỳ của xã")
        constraints = [models.UniqueConstraint(fields=["period", "commune"], name="one_figure_row_per_commune_period")]

    def __str__(self):
        return f"{self.commune_id}, {self.period_id}"


class CommunePeriodValue(models.Model):
    """One indicator's total in one commune's submitted and accepted reports for one period: of its active teams
    (the roll-up), and of every team, dissolved or not (trends and targets)."""

    wagtail_reference_index_ignore = True  # a figure row: no editor looks up what links to it

    commune = models.ForeignKey("teams.AdminArea", on_delete=models.CASCADE, related_name="period_values")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="commune_values")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="commune_values")
    total = models.PositiveIntegerField(null=True)  # None: no active team reported it
    all_total = models.PositiveIntegerField(default=0)

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("tổng chỉ tiêu kỳ của xã")
        verbose_name_plural = _("tổng chỉ tiêu kỳ của xã")
        constraints = [
            models.UniqueConstraint(
                fields=["period", "indicator", "commune"], name="one_value_row_per_commune_period_indicator"
            )
        ]

    def __str__(self):
        return f"{self.commune_id}, {self.period_id}, {self.indicator_id}: {self.total}"


class FiguresState(models.Model):
    """One row: whether the figures above may disagree with the rows they count, after a bulk write that named no
    commune. The next reader recounts them all."""

    wagtail_reference_index_ignore = True

    stale = models.BooleanField(default=True)
    # The required modules (their ids, "1,4,7") the members ready for field work were counted with: when the modules
    # required change, every member's readiness may, and the next reader of growth recounts them all.
    ready_modules = models.CharField(max_length=500, blank=True, default="")

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("trạng thái số liệu tổng hợp")
        verbose_name_plural = _("trạng thái số liệu tổng hợp")

    def __str__(self):
        return str(self.stale)


class CommuneGrowth(models.Model):
    """How one commune's teams changed on one day, for the growth charts: the teams that began to count that day
    less those that stopped (founded, dissolved), and +1 or -1 when the commune gained its first counting team or
    lost its last. A series on any day is the sum of the changes up to it."""

    wagtail_reference_index_ignore = True  # a figure row: no editor looks up what links to it

    commune = models.ForeignKey("teams.AdminArea", on_delete=models.CASCADE, related_name="growth_figures")
    day = models.DateField()
    teams = models.IntegerField(default=0)
    communes = models.IntegerField(default=0)

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("thay đổi số tổ của xã")
        verbose_name_plural = _("thay đổi số tổ của xã")
        constraints = [models.UniqueConstraint(fields=["commune", "day"], name="one_growth_row_per_commune_day")]

    def __str__(self):
        return f"{self.commune_id}, {self.day}"


class CommuneMemberGrowth(models.Model):
    """How one commune's members of one affiliation changed on one day: those who began to count (joined, their
    team founded) less those who stopped (left, their team dissolved), and the same for members ready for field
    work (from the day they completed the last required module)."""

    wagtail_reference_index_ignore = True  # a figure row: no editor looks up what links to it

    commune = models.ForeignKey("teams.AdminArea", on_delete=models.CASCADE, related_name="member_growth_figures")
    day = models.DateField()
    affiliation = models.CharField(max_length=30)
    members = models.IntegerField(default=0)
    ready = models.IntegerField(default=0)

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("thay đổi số thành viên của xã")
        verbose_name_plural = _("thay đổi số thành viên của xã")
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "day", "affiliation"], name="one_member_growth_row_per_commune_day_affiliation"
            )
        ]

    def __str__(self):
        return f"{self.commune_id}, {self.day}, {self.affiliation}"
