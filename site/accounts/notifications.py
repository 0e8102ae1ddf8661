"""Notifications: an inbox on the site, and channels that carry the same message elsewhere (e-mail, a Zalo
Official Account). Other apps call `notify` or `notify_many` with a reason key; `deliver_pending` sends what the
channels have not sent yet and is run by the `send_notifications` command from cron.

Idempotence is the database's: one Notification per (user, key), one NotificationDelivery per (notification,
channel), and a delivery row is inserted before its message is sent, so only the run that inserted it sends."""

import datetime
import json
import logging
import urllib.error
import urllib.request

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from accounts.models import DeliveryStatus, Notification, NotificationDelivery, User

logger = logging.getLogger(__name__)

DELIVERY_WINDOW = datetime.timedelta(days=7)  # older messages are not pushed when a channel is switched on later
MAX_ATTEMPTS = 3
DEFAULT_ZALO_OA_API_URL = "https://openapi.zalo.me/v3.0/oa/message/cs"
ZALO_TIMEOUT_SECONDS = 10


class DeliveryError(Exception):
    """The channel refused or could not be reached; the delivery is retried on a later run."""


def notify(user, key, title, body="", url=""):
    """The notification for this person and reason, created the first time; returns (notification, created)."""
    try:
        with transaction.atomic():
            return Notification.objects.create(user=user, key=key, title=title[:200], body=body, url=url), True
    except IntegrityError:
        return Notification.objects.get(user=user, key=key), False


def notify_many(user_ids, key, title, body="", url=""):
    """The same message to many people in one insert; people who already have it for this key are skipped."""
    rows = [Notification(user_id=user_id, key=key, title=title[:200], body=body, url=url) for user_id in set(user_ids)]
    Notification.objects.bulk_create(rows, ignore_conflicts=True)


def unread_count(user):
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def mark_read(user, notification_ids=None):
    """Marks the person's notifications read (all of them, or those ids); other people's are never touched."""
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if notification_ids is not None:
        unread = unread.filter(pk__in=notification_ids)
    return unread.update(read_at=timezone.now())


class EmailChannel:
    """Plain e-mail through Django's configured backend."""

    name = "email"

    def reachable(self):
        return User.objects.filter(is_active=True).exclude(email="")

    def send(self, notification):
        body = notification.body
        if notification.url:
            body = f"{body}\n\n{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{notification.url}"
        sent = send_mail(notification.title, body, None, [notification.user.email], fail_silently=False)
        if not sent:
            raise DeliveryError("e-mail not accepted")


class ZaloChannel:
    """A consultation message from the province's Zalo Official Account to a follower (the user's Zalo id).
    Configured by ZALO_OA_ACCESS_TOKEN (off when empty) and ZALO_OA_API_URL."""

    name = "zalo"

    def __init__(self):
        self.token = getattr(settings, "ZALO_OA_ACCESS_TOKEN", "")
        self.api_url = getattr(settings, "ZALO_OA_API_URL", "") or DEFAULT_ZALO_OA_API_URL

    def reachable(self):
        if not self.token:
            return User.objects.none()
        return User.objects.filter(is_active=True).exclude(zalo_user_id="")

    def send(self, notification):
        text = f"{notification.title}\n{notification.body}".strip()
        if notification.url:
            text = f"{text}\n{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{notification.url}"
        payload = {"recipient": {"user_id": notification.user.zalo_user_id}, "message": {"text": text[:2000]}}
        request = urllib.request.Request(
            self.api_url,
            data=json.dumps(payload, ensure_ascii=False).encode(),
            headers={"Content-Type": "application/json", "access_token": self.token},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=ZALO_TIMEOUT_SECONDS) as response:
                answer = json.loads(response.read() or b"{}")
        except (urllib.error.URLError, TimeoutError, ValueError) as error:
            raise DeliveryError(str(error)) from error
        if answer.get("error", 0) != 0:
            raise DeliveryError(f"Zalo error {answer.get('error')}: {answer.get('message', '')}")


def channels():
    return [import_string(path)() for path in settings.NOTIFICATION_CHANNELS]


def deliver_pending(now=None):
    """Send every recent notification through every channel that can reach its person and has not sent it yet.
    Returns {channel: (sent, failed)}."""
    since = (now or timezone.now()) - DELIVERY_WINDOW
    results = {}
    for channel in channels():
        reachable = channel.reachable()
        new = (
            Notification.objects.filter(created_at__gte=since, user__in=reachable)
            .exclude(deliveries__channel=channel.name)
            .select_related("user")
        )
        # Read before sending the new ones, so a message that fails now waits for the next run.
        retry = list(
            NotificationDelivery.objects.filter(
                channel=channel.name, status=DeliveryStatus.FAILED, attempts__lt=MAX_ATTEMPTS
            )
            .filter(notification__created_at__gte=since, notification__user__in=reachable)
            .select_related("notification__user")
        )
        sent = failed = 0
        for notification in new:
            delivery = claim_new(notification, channel.name)
            if delivery is not None:
                ok = send_one(channel, delivery, notification)
                sent, failed = sent + ok, failed + (not ok)
        for delivery in retry:
            if claim_retry(delivery):
                ok = send_one(channel, delivery, delivery.notification)
                sent, failed = sent + ok, failed + (not ok)
        results[channel.name] = (sent, failed)
    return results


def claim_new(notification, channel_name):
    """Insert the delivery row; if another run inserted it first, that run sends and this one skips."""
    try:
        with transaction.atomic():
            return NotificationDelivery.objects.create(
                notification=notification, channel=channel_name, status=DeliveryStatus.SENDING
            )
    except IntegrityError:
        return None


def claim_retry(delivery):
    """Take a failed delivery for another attempt; a conditional update lets one run win."""
    won = NotificationDelivery.objects.filter(
        pk=delivery.pk, status=DeliveryStatus.FAILED, attempts=delivery.attempts
    ).update(status=DeliveryStatus.SENDING, attempts=delivery.attempts + 1)
    delivery.attempts += 1
    return won == 1


def send_one(channel, delivery, notification):
    try:
        channel.send(notification)
    except Exception as error:
        logger.warning("Notification %s not sent by %s: %s", notification.pk, channel.name, error)
        NotificationDelivery.objects.filter(pk=delivery.pk).update(
            status=DeliveryStatus.FAILED, error=str(error)[:300], updated_at=timezone.now()
        )
        return False
    NotificationDelivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.SENT, error="", updated_at=timezone.now()
    )
    return True
