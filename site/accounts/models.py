"""The site's user: volunteers sign in with a phone number, staff with a username or an e-mail address."""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.phone import format_phone, normalize_phone


class SiteUserManager(UserManager):
    def create_volunteer(self, phone, password, **extra_fields):
        """A volunteer account: the phone number is the login, and also fills the required username."""
        phone = normalize_phone(phone)
        extra_fields.setdefault("username", phone)
        return self.create_user(phone=phone, password=password, **extra_fields)


class User(AbstractUser):
    """A person who signs in. Names follow Vietnamese order: family and middle names, then the given name."""

    first_name = models.CharField(_("tên"), max_length=150, blank=True)
    last_name = models.CharField(_("họ và tên đệm"), max_length=150, blank=True)
    phone = models.CharField(
        _("số điện thoại"),
        max_length=16,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Dùng để đăng nhập. Ví dụ: 0912 345 678."),
    )
    zalo_user_id = models.CharField(
        _("mã người quan tâm Zalo OA"),
        max_length=40,
        blank=True,
        help_text=_("Có khi người dùng quan tâm Zalo OA của tỉnh; dùng để gửi nhắc hạn qua Zalo."),
    )

    objects = SiteUserManager()

    class Meta:
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")

    def clean(self):
        super().clean()
        if self.phone:
            self.phone = normalize_phone(self.phone)
        else:
            # Several users without a phone must not collide on the unique constraint.
            self.phone = None

    def get_full_name(self):
        return " ".join(part for part in (self.last_name, self.first_name) if part).strip()

    def get_short_name(self):
        return self.first_name

    @property
    def display_name(self):
        return self.get_full_name() or self.username

    @property
    def phone_display(self):
        return format_phone(self.phone)

    def __str__(self):
        return self.get_full_name() or self.username


class PersonalDataAccess(models.Model):
    """Who looked at or exported other people's personal data, when, and which list: never the data itself."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    user = models.ForeignKey(
        User, verbose_name=_("người xem"), null=True, on_delete=models.SET_NULL, related_name="personal_data_accesses"
    )
    at = models.DateTimeField(_("lúc"), auto_now_add=True, db_index=True)
    action = models.CharField(_("hành động"), max_length=40)
    subject = models.CharField(_("danh sách"), max_length=200)

    class Meta:
        verbose_name = _("lượt xem dữ liệu cá nhân")
        verbose_name_plural = _("nhật ký xem dữ liệu cá nhân")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.user} {self.action} {self.subject}"


class Notification(models.Model):
    """A message to one person, shown in their inbox and sent through the channels they can be reached on.
    The key names the reason ("bao-cao-sap-han:12:345"): one person gets one message per reason, however often
    and however concurrently the sending command runs (the database enforces it)."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    user = models.ForeignKey(User, verbose_name=_("người nhận"), on_delete=models.CASCADE, related_name="notifications")
    key = models.CharField(_("lý do"), max_length=120)
    title = models.CharField(_("tiêu đề"), max_length=200)
    body = models.TextField(_("nội dung"), max_length=2000, blank=True)
    url = models.CharField(_("đường dẫn"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("đã đọc lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("thông báo cá nhân")
        verbose_name_plural = _("thông báo cá nhân")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="one_notification_per_reason")]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self):
        return f"{self.user}: {self.title}"


class DeliveryStatus(models.TextChoices):
    SENDING = "sending", _("Đang gửi")
    SENT = "sent", _("Đã gửi")
    FAILED = "failed", _("Gửi lỗi")


class NotificationDelivery(models.Model):
    """One notification sent through one channel (e-mail, Zalo). The row is created before sending: whoever
    creates it sends, so two runs of the command never send the same message twice."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    notification = models.ForeignKey(Notification, on_delete=models.CASCADE, related_name="deliveries")
    channel = models.CharField(_("kênh"), max_length=20)
    status = models.CharField(_("trạng thái"), max_length=10, choices=DeliveryStatus.choices)
    attempts = models.PositiveSmallIntegerField(_("số lần gửi"), default=1)
    error = models.CharField(_("lỗi"), max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("lượt gửi thông báo")
        verbose_name_plural = _("lượt gửi thông báo")
        constraints = [models.UniqueConstraint(fields=["notification", "channel"], name="one_delivery_per_channel")]

    def __str__(self):
        return f"{self.notification} ({self.channel}: {self.status})"
