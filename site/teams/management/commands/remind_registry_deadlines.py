from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from teams.deadlines import queue_deadline_reminders


class Command(BaseCommand):
    help = (
        "Reminds the commune officers and province coordinators of each commune past its province's registry "
        "deadline without a team founded by a decision. Each (deadline, commune) is reminded once, however often "
        "this runs; send_notifications delivers the messages."
    )

    def handle(self, *args, **options):
        reminded = queue_deadline_reminders()
        self.stdout.write(
            _("%(count)d xã, phường quá hạn thành lập tổ; người phụ trách mỗi xã được nhắc một lần cho mỗi hạn.")
            % {"count": reminded}
        )
