import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from reporting.integrity import half_written_reports
from reporting.models import TeamReport


class Command(BaseCommand):
    help = "Lists period reports left half-written (state and history disagree); exits with 1 if there are any."

    def add_arguments(self, parser):
        parser.add_argument(
            "--since",
            type=datetime.datetime.fromisoformat,
            help="only reports changed since this moment (ISO format, e.g. 2026-11-27T14:00)",
        )

    def handle(self, *args, since=None, **options):
        reports = TeamReport.objects.all()
        if since is not None:
            if timezone.is_naive(since):
                since = timezone.make_aware(since)
            reports = reports.filter(updated_at__gte=since)
        problems = half_written_reports(reports)
        self.stdout.write(
            _("Đã kiểm tra %(checked)d báo cáo; %(half_written)d báo cáo ghi dở.")
            % {"checked": reports.count(), "half_written": len(problems)}
        )
        for report, reasons in problems:
            self.stdout.write(f"  #{report.pk} {report.team}, {report.period}: {'; '.join(reasons)}")
        if problems:
            raise CommandError(_("%(count)d báo cáo ghi dở.") % {"count": len(problems)}, returncode=1)
