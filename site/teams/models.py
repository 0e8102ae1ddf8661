"""The national network of community digital technology teams: areas, teams, members and who may see them."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.codes import readable_code
from accounts.phone import format_phone, normalize_phone
from core.cache_retirement import RetiringQuerySet
from core.dates import fixed_bounds
from core.uploaded_files import private_storage

TEAM_NAME_PREFIX = _("Tổ công nghệ số cộng đồng")
# An announcement's deadline is at most a year away: further is a mistyped year.
ANNOUNCEMENT_DEADLINE_DAYS = 366
COORDINATORS_GROUP = "Điều phối viên địa bàn"


class AreaLevel(models.IntegerChoices):
    PROVINCE = 1, _("Tỉnh, thành phố")
    COMMUNE = 2, _("Xã, phường, đặc khu")
    VILLAGE = 3, _("Thôn, tổ dân phố")


class AdminArea(models.Model):
    """An administrative area of the two-tier system (from July 2025): province, commune, then village."""

    name = models.CharField(_("tên"), max_length=150)
    code = models.CharField(
        _("mã"), max_length=10, unique=True, null=True, blank=True, help_text=_("Mã đơn vị hành chính chính thức.")
    )
    division_type = models.CharField(
        _("loại"),
        max_length=40,
        help_text=_("Như dữ liệu gọi: tỉnh, thành phố trung ương, xã, phường, đặc khu, thôn..."),
    )
    level = models.PositiveSmallIntegerField(_("cấp"), choices=AreaLevel.choices, db_index=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("thuộc"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    province = models.ForeignKey(
        "self",
        verbose_name=_("tỉnh"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Tỉnh chứa đơn vị này; giúp lọc nhanh theo tỉnh."),
    )

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("đơn vị hành chính")
        verbose_name_plural = _("đơn vị hành chính")
        ordering = ["level", "name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="unique_area_name_within_parent"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        moving = not self._state.adding
        fill_province([self])
        super().save(*args, **kwargs)
        if moving:
            follow_moved_areas([self])

    def clean(self):
        if self.level not in AreaLevel.values:
            raise ValidationError({"level": _("Hãy chọn cấp của đơn vị: tỉnh, xã hoặc thôn, tổ dân phố.")})
        parent_level = self.parent.level if self.parent_id else None
        if parent_level != EXPECTED_PARENT_LEVEL[self.level]:
            raise ValidationError({"parent": PARENT_LEVEL_MESSAGES[self.level]})

    @property
    def full_label(self):
        """The name that tells places apart: "Thôn 1, xã Đức Xuân, tỉnh Thái Nguyên". Load parent and province."""
        names = [self.name]
        if self.level == AreaLevel.VILLAGE and self.parent_id:
            names.append(self.parent.name)
        if self.level != AreaLevel.PROVINCE and self.province_id:
            names.append(self.province.named_with_type)
        return ", ".join([names[0], *(lower_first(name) for name in names[1:])])

    @property
    def named_with_type(self):
        """The official list names a province "Cao Bằng" but a city "Thành phố Hà Nội": "Tỉnh Cao Bằng"."""
        kind = self.division_type or ""
        # A one-word type ("tỉnh") the name lacks; "thành phố trung ương" names always start with "Thành phố".
        if self.level == AreaLevel.PROVINCE and kind and " " not in kind and not self.name.lower().startswith(kind):
            return f"{kind.capitalize()} {self.name}"
        return self.name

    @property
    def commune(self):
        return self if self.level == AreaLevel.COMMUNE else self.parent

    @property
    def province_id_or_own(self):
        return self.pk if self.level == AreaLevel.PROVINCE else self.province_id


EXPECTED_PARENT_LEVEL = {
    AreaLevel.PROVINCE: None,
    AreaLevel.COMMUNE: AreaLevel.PROVINCE,
    AreaLevel.VILLAGE: AreaLevel.COMMUNE,
}
PARENT_LEVEL_MESSAGES = {
    AreaLevel.PROVINCE: _("Tỉnh, thành phố không thuộc đơn vị nào khác."),
    AreaLevel.COMMUNE: _("Xã, phường, đặc khu phải thuộc một tỉnh, thành phố."),
    AreaLevel.VILLAGE: _("Thôn, tổ dân phố phải thuộc một xã, phường hoặc đặc khu."),
}


def lower_first(name):
    """ "Xã Đức Xuân" after a comma reads "xã Đức Xuân"."""
    return name[:1].lower() + name[1:]


ZALO_HOSTS = ("zalo.me", "www.zalo.me")


def validate_zalo_link(value):
    """The team's group is shown to its members as a link to follow: only Zalo's own address, never another site
    dressed up as one ("zalo.me.example.com")."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or (parts.hostname or "").lower() not in ZALO_HOSTS:
        raise ValidationError(
            _("Chỉ nhận liên kết nhóm Zalo, dạng https://zalo.me/g/... (mở nhóm trên Zalo, chọn “Chia sẻ liên kết”)."),
            code="not_zalo",
        )


class TeamStatus(models.TextChoices):
    ACTIVE = "active", _("Đang hoạt động")
    DISSOLVED = "dissolved", _("Đã giải thể")


class TeamQuerySet(RetiringQuerySet):
    def active(self):
        return self.filter(status=TeamStatus.ACTIVE)


class Team(models.Model):
    """A community digital technology team of a commune or of one of its villages. Never deleted: dissolved."""

    area = models.ForeignKey(
        AdminArea,
        verbose_name=_("địa bàn"),
        on_delete=models.PROTECT,
        related_name="teams",
        limit_choices_to={"level__in": [AreaLevel.COMMUNE, AreaLevel.VILLAGE]},
    )
    commune = models.ForeignKey(
        AdminArea, verbose_name=_("xã, phường"), editable=False, on_delete=models.PROTECT, related_name="commune_teams"
    )
    province = models.ForeignKey(
        AdminArea, verbose_name=_("tỉnh"), editable=False, on_delete=models.PROTECT, related_name="province_teams"
    )
    name = models.CharField(
        _("tên tổ"), max_length=200, blank=True, help_text=_("Để trống: “Tổ công nghệ số cộng đồng” + tên địa bàn.")
    )
    decision_number = models.CharField(_("số quyết định thành lập"), max_length=50, blank=True)
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True, validators=fixed_bounds())
    decision_issuer = models.CharField(
        _("cơ quan ban hành quyết định"),
        max_length=200,
        blank=True,
        help_text=_("Ví dụ: Ủy ban nhân dân xã Đức Xuân."),
    )
    decision_file = models.FileField(
        _("tệp quyết định đã ký (PDF)"),
        upload_to="quyet-dinh-thanh-lap-to/",
        # It may carry personal names: kept outside /media/, shown only through teams:decision_file.
        storage=private_storage,
        max_length=255,
        blank=True,
    )
    status = models.CharField(_("trạng thái"), max_length=10, choices=TeamStatus.choices, default=TeamStatus.ACTIVE)
    # The dates the network's growth is counted from: a team counts from the day it was founded until the day it
    # was dissolved, whenever someone looks.
    founded_on = models.DateField(
        _("ngày thành lập"),
        default=timezone.localdate,
        validators=fixed_bounds(),
        help_text=_("Thường là ngày của quyết định thành lập."),
    )
    dissolved_on = models.DateField(_("ngày giải thể"), null=True, blank=True, validators=fixed_bounds())
    zalo_group_url = models.URLField(
        _("liên kết nhóm Zalo"),
        blank=True,
        validators=[validate_zalo_link],
        help_text=_("Liên kết mời vào nhóm, dạng https://zalo.me/g/..."),
    )
    contact_phone = models.CharField(_("số điện thoại liên hệ"), max_length=16, blank=True)
    # Null until the first save: unique codes cannot share an empty default.
    invitation_code = models.CharField(  # noqa: DJ001
        _("mã mời"),
        max_length=12,
        unique=True,
        null=True,
        editable=False,
        help_text=_("Thành viên dùng mã này để tự tạo tài khoản và vào tổ."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = TeamQuerySet.as_manager()

    class Meta:
        verbose_name = _("tổ công nghệ số")
        verbose_name_plural = _("tổ công nghệ số")
        ordering = ["province__name", "commune__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["area"], condition=Q(status="active"), name="one_active_team_per_area"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        fill_from_area([self])
        if not self.name.strip():
            self.name = f"{TEAM_NAME_PREFIX} {self.area.name}"
        if not self.invitation_code:
            self.invitation_code = readable_code()
        if self.status == TeamStatus.ACTIVE:
            self.dissolved_on = None
        elif self.dissolved_on is None:
            self.dissolved_on = timezone.localdate()
        super().save(*args, **kwargs)

    @property
    def has_decision(self):
        """Founded by a recorded decision: its number and date at least (the signed file may follow)."""
        return bool(self.decision_number and self.decision_date)

    def regenerate_invitation_code(self):
        """A new code; the old one stops working at once (for a code that was shared too widely)."""
        self.invitation_code = readable_code()
        self.save(update_fields=["invitation_code"])

    def clean(self):
        if self.area_id and self.area.level not in (AreaLevel.COMMUNE, AreaLevel.VILLAGE):
            raise ValidationError({"area": _("Tổ được lập ở cấp xã, phường hoặc ở thôn, tổ dân phố.")})
        if self.contact_phone:
            try:
                self.contact_phone = normalize_phone(self.contact_phone)
            except ValidationError as error:
                raise ValidationError({"contact_phone": error.messages}) from error

    @property
    def is_active(self):
        return self.status == TeamStatus.ACTIVE

    @property
    def contact_phone_display(self):
        return format_phone(self.contact_phone)


def fill_province(areas):
    """The one rule for an area's copied province: none for a province, else its parent's province or the parent."""
    for area in areas:
        if area.level == AreaLevel.PROVINCE:
            area.province_id = None
        elif area.parent_id:
            area.province_id = area.parent.province_id or area.parent_id


def fill_from_area(teams):
    """The one rule for a team's copied places: the commune of its area (itself, or a village's commune) and that
    commune's province. Give teams with their area and its parent loaded to stay within one query."""
    for team in teams:
        commune = team.area.commune
        team.commune_id = commune.pk
        team.province_id = commune.parent_id


def follow_moved_areas(areas):
    """After areas may have changed parent (an edit in the admin, or the official list reloaded in bulk): the
    villages below them take their province again, and the teams in or below them their commune and province.
    At most four queries whatever the number."""
    villages = list(AdminArea.objects.filter(parent__in=areas).select_related("parent"))
    before = {village.pk: village.province_id for village in villages}
    fill_province(villages)
    AdminArea.objects.bulk_update([area for area in villages if area.province_id != before[area.pk]], ["province"])
    teams = list(Team.objects.filter(Q(area__in=areas) | Q(area__parent__in=areas)).select_related("area__parent"))
    before = {team.pk: (team.commune_id, team.province_id) for team in teams}
    fill_from_area(teams)
    moved = [team for team in teams if (team.commune_id, team.province_id) != before[team.pk]]
    Team.objects.bulk_update(moved, ["commune", "province"])


class RegistryDeadline(models.Model):
    """The date by which a province wants every commune to have a team founded by a decision."""

    province = models.OneToOneField(
        AdminArea,
        verbose_name=_("tỉnh"),
        on_delete=models.CASCADE,
        related_name="registry_deadline",
        limit_choices_to={"level": AreaLevel.PROVINCE},
    )
    deadline = models.DateField(
        _("hạn thành lập"),
        validators=fixed_bounds(),
        help_text=_("100% xã, phường, đặc khu có tổ và quyết định thành lập trước ngày này."),
    )
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người đặt hạn"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("hạn thành lập tổ của tỉnh")
        verbose_name_plural = _("hạn thành lập tổ của tỉnh")

    def __str__(self):
        return f"{self.province}: {self.deadline:%d/%m/%Y}"


class Affiliation(models.TextChoices):
    YOUTH_UNION = "doan-thanh-nien", _("Đoàn Thanh niên")
    WOMENS_UNION = "hoi-phu-nu", _("Hội Liên hiệp Phụ nữ")
    FARMERS = "hoi-nong-dan", _("Hội Nông dân")
    TRADE_UNION = "cong-doan", _("Công đoàn")
    VETERANS = "hoi-cuu-chien-binh", _("Hội Cựu chiến binh")
    POLICE = "cong-an", _("Công an")
    POST = "buu-dien", _("Bưu điện")
    ENTERPRISE = "doanh-nghiep", _("Viettel, VNPT hoặc doanh nghiệp khác")
    SCHOOL = "truong-hoc", _("Trường học")
    HEALTH_STATION = "tram-y-te", _("Trạm y tế")
    OTHER = "khac", _("Khác")


class MemberRole(models.TextChoices):
    LEADER = "leader", _("Tổ trưởng")
    DEPUTY = "deputy", _("Tổ phó")
    MEMBER = "member", _("Thành viên")


# The purpose a member agrees to, stored word for word with each consent so a later change of wording never
# rewrites what a person agreed to (Law 91/2025/QH15 on personal data protection).
MEMBER_DATA_PURPOSE = _(
    "Tổ công nghệ số cộng đồng lưu họ tên và số điện thoại để liên lạc và ghi nhận kết quả học tập, hoạt động."
)


class ConsentSource(models.TextChoices):
    SELF_SIGN_UP = "tu-dang-ky", _("Tự đăng ký bằng mã mời")
    LEADER = "to-truong", _("Tổ trưởng ghi nhận")
    IMPORT = "nhap-danh-sach", _("Nhập danh sách")
    ADMIN = "quan-tri", _("Ghi nhận trong trang quản trị")


class MemberQuerySet(RetiringQuerySet):
    def current(self):
        return self.filter(Q(left_on__isnull=True) | Q(left_on__gt=timezone.localdate()))


class Member(models.Model):
    """A person in a team. Leaving sets a date: the history stays."""

    team = models.ForeignKey(Team, verbose_name=_("tổ"), on_delete=models.PROTECT, related_name="members")
    full_name = models.CharField(_("họ và tên"), max_length=150)
    phone = models.CharField(_("số điện thoại"), max_length=16)
    affiliation = models.CharField(_("tổ chức"), max_length=30, choices=Affiliation.choices, default=Affiliation.OTHER)
    role = models.CharField(_("vai trò"), max_length=10, choices=MemberRole.choices, default=MemberRole.MEMBER)
    joined_on = models.DateField(_("ngày tham gia"), default=timezone.localdate, validators=fixed_bounds())
    left_on = models.DateField(_("ngày rời tổ"), null=True, blank=True, validators=fixed_bounds())
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="memberships",
    )
    consented_at = models.DateTimeField(_("thời điểm đồng ý xử lý dữ liệu cá nhân"), null=True, blank=True)
    consent_purpose = models.TextField(_("mục đích đã đồng ý"), blank=True)
    consent_source = models.CharField(
        _("cách ghi nhận đồng ý"), max_length=20, choices=ConsentSource.choices, blank=True
    )
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người ghi nhận đồng ý"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = MemberQuerySet.as_manager()

    class Meta:
        verbose_name = _("thành viên")
        verbose_name_plural = _("thành viên")
        ordering = ["team", "left_on", "role", "full_name"]
        constraints = [
            models.UniqueConstraint(fields=["team", "phone"], name="unique_member_phone_within_team"),
            # A new leader is named by "Giao vai trò tổ trưởng", which demotes the previous one first; two requests
            # that each add a leader at once cannot both win.
            models.UniqueConstraint(
                fields=["team"],
                condition=Q(role="leader", left_on__isnull=True),
                name="one_current_leader_per_team",
            ),
        ]

    def __str__(self):
        return self.full_name

    def clean(self):
        if self.phone:
            try:
                self.phone = normalize_phone(self.phone)
            except ValidationError as error:
                raise ValidationError({"phone": error.messages}) from error
        if self.left_on and self.joined_on and self.left_on < self.joined_on:
            raise ValidationError({"left_on": _("Ngày rời tổ không thể trước ngày tham gia.")})

    @property
    def phone_display(self):
        return format_phone(self.phone)

    def record_consent(self, source, recorded_by=None):
        """Sets, does not save: the caller saves the member with its data in one write."""
        self.consented_at = timezone.now()
        self.consent_purpose = str(MEMBER_DATA_PURPOSE)  # the words as the person read them
        self.consent_source = source
        self.consent_recorded_by = recorded_by

    @property
    def is_current(self):
        return self.left_on is None or self.left_on > timezone.localdate()


class ScopeRole(models.TextChoices):
    PROVINCE_COORDINATOR = "province", _("Điều phối viên cấp tỉnh")
    COMMUNE_OFFICER = "commune", _("Cán bộ cấp xã")


class RoleAssignment(models.Model):
    """Gives a person a coordinating role over one province or one commune. Team leaders are members whose
    role is leader and who are linked to an account: that link is their assignment."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người dùng"),
        on_delete=models.CASCADE,
        related_name="role_assignments",
    )
    role = models.CharField(_("vai trò"), max_length=10, choices=ScopeRole.choices)
    area = models.ForeignKey(
        AdminArea,
        verbose_name=_("phạm vi"),
        on_delete=models.PROTECT,
        related_name="role_assignments",
        limit_choices_to={"level__in": [AreaLevel.PROVINCE, AreaLevel.COMMUNE]},
    )

    class Meta:
        verbose_name = _("phân quyền theo địa bàn")
        verbose_name_plural = _("phân quyền theo địa bàn")
        constraints = [models.UniqueConstraint(fields=["user", "role", "area"], name="unique_role_assignment")]

    def __str__(self):
        return f"{self.user}: {self.get_role_display()}, {self.area}"

    def save(self, *args, **kwargs):
        """A role brings the admin access and permissions of the coordinators' group."""
        super().save(*args, **kwargs)
        group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
        self.user.groups.add(group)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        if not RoleAssignment.objects.filter(user=self.user).exists():
            self.user.groups.remove(*Group.objects.filter(name=COORDINATORS_GROUP))
        return result

    def clean(self):
        expected = AreaLevel.PROVINCE if self.role == ScopeRole.PROVINCE_COORDINATOR else AreaLevel.COMMUNE
        if self.area_id and self.area.level != expected:
            raise ValidationError(
                {"area": _("Phạm vi không khớp với vai trò: điều phối viên tỉnh chọn tỉnh, cán bộ xã chọn xã.")}
            )


class Announcement(models.Model):
    """News from the province or a commune to its teams: a new campaign, a changed procedure, a deadline.
    No communes means the whole province."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người đăng"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="announcements",
    )
    province = models.ForeignKey(
        AdminArea,
        verbose_name=_("tỉnh"),
        on_delete=models.PROTECT,
        related_name="announcements",
        limit_choices_to={"level": AreaLevel.PROVINCE},
    )
    communes = models.ManyToManyField(
        AdminArea,
        verbose_name=_("gửi đến xã, phường"),
        blank=True,
        related_name="targeted_announcements",
        limit_choices_to={"level": AreaLevel.COMMUNE},
        help_text=_("Để trống: gửi toàn tỉnh."),
    )
    title = models.CharField(_("tiêu đề"), max_length=200)
    body = models.TextField(_("nội dung"), max_length=4000)
    deadline = models.DateField(
        _("hạn thực hiện"),
        null=True,
        blank=True,
        validators=fixed_bounds(),  # today's limits: AnnouncementForm
    )
    created_at = models.DateTimeField(_("đăng lúc"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title


class AnnouncementRead(models.Model):
    """Someone has read an announcement; deleting the row marks it unread again."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    announcement = models.ForeignKey(Announcement, on_delete=models.CASCADE, related_name="reads")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    read_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["announcement", "user"], name="one_read_per_person")]

    def __str__(self):
        return _("%(user)s đã đọc %(announcement)s") % {"user": self.user, "announcement": self.announcement}
