from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from teams.areas import load_official_areas


class Command(BaseCommand):
    help = "Loads the 34 provinces and 3,321 communes, wards and special zones (official lists, July 2025)."

    def handle(self, *args, **options):
        report = load_official_areas()
        self.stdout.write(self.style.SUCCESS(_("Đơn vị hành chính: %(report)s.") % {"report": report}))
