from pathlib import Path

from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from teams.importing import ImportFileError, apply_import, preview_import
from teams.models import Team


class Command(BaseCommand):
    help = "Imports a team's members from a CSV or XLSX file (the same code as the leader's page)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--team", type=int, required=True, help="the team's id")
        parser.add_argument("--dry-run", action="store_true", help="check the file and print the report only")
        parser.add_argument(
            "--consent-collected",
            action="store_true",
            help="confirm that everyone on the list agreed to be recorded (required to import)",
        )

    def handle(self, *args, file, team, dry_run=False, consent_collected=False, **options):
        if not dry_run and not consent_collected:
            raise CommandError(
                _(
                    "Chỉ nhập danh sách khi mọi người trong đó đã đồng ý cho tổ lưu thông tin: "
                    "thêm --consent-collected để xác nhận (hoặc --dry-run để chỉ kiểm tra tệp)."
                )
            )
        team_obj = Team.objects.filter(pk=team).first()
        if team_obj is None:
            raise CommandError(_("Không có tổ mã %(team)s.") % {"team": team})
        if not file.exists():
            raise CommandError(_("Không tìm thấy tệp %(file)s.") % {"file": file})
        with file.open("rb") as handle:
            try:
                preview = preview_import(team_obj, File(handle, name=file.name))
            except ImportFileError as error:
                raise CommandError(str(error)) from error
        created = None if dry_run else apply_import(team_obj, preview)
        for line in preview.report_lines(created):
            self.stdout.write(line)
