from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from content.editorial import sync_all_departments


class Command(BaseCommand):
    help = "Creates or updates each department's editor and reviewer groups, page permissions and workflow."

    def handle(self, *args, **options):
        self.stdout.write(
            self.style.SUCCESS(_("Đồng bộ nhóm biên tập: %(report)s.") % {"report": sync_all_departments()})
        )
