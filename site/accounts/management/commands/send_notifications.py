from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from accounts.notifications import deliver_pending


class Command(BaseCommand):
    help = (
        "Queues due reminders (NOTIFICATION_SOURCES) in people's inboxes, then sends what e-mail and Zalo have not "
        "sent yet. Safe to run as often as cron likes, even twice at once: each message goes out once."
    )

    def handle(self, *args, **options):
        for path in settings.NOTIFICATION_SOURCES:
            queued = import_string(path)()
            self.stdout.write(f"{path}: {queued}")
        for channel, (sent, failed) in deliver_pending().items():
            self.stdout.write(f"{channel}: {sent} sent, {failed} failed")
