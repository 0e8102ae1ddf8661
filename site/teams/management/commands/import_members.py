from pathlib import Path

from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from teams.importing import ImportFileError, apply_import, preview_import
from teams.models import Team


class Command(BaseCommand):
    help = "Imports a team's members from a CSV or XLSX file (the same code as the leader's page)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--team", type=int, required=True, help="the team's id")
        parser.add_argument("--dry-run", action="store_true", help="check the file and print the report only")

    def handle(self, *args, file, team, dry_run=False, **options):
        team_obj = Team.objects.filter(pk=team).first()
        if team_obj is None:
            raise CommandError(f"Không có tổ mã {team}.")
        if not file.exists():
            raise CommandError(f"Không tìm thấy tệp {file}.")
        with file.open("rb") as handle:
            try:
                preview = preview_import(team_obj, File(handle, name=file.name))
            except ImportFileError as error:
                raise CommandError(str(error)) from error
        created = None if dry_run else apply_import(team_obj, preview)
        for line in preview.report_lines(created):
            self.stdout.write(line)
