from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from reporting.area_figures import differences


class Command(BaseCommand):
    help = "Compares the figures kept per commune and period with a full recount; exits with 1 listing differences."

    def handle(self, *args, **options):
        found = differences()
        for line in found:
            self.stdout.write(f"  {line}")
        if found:
            raise CommandError(
                _("%(count)d chỗ số liệu tổng hợp khác với đếm lại; chạy manage.py rebuild_summaries.")
                % {"count": len(found)},
                returncode=1,
            )
        self.stdout.write(_("Số liệu tổng hợp khớp với đếm lại."))
