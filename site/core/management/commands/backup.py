from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from core.backup import backup


class Command(BaseCommand):
    help = "Backs up the database (pg_dump, or SQLite's backup API) and the media files, with a manifest."

    def add_arguments(self, parser):
        parser.add_argument("--output", default="backups", help="folder to write into (default: backups/)")

    def handle(self, *args, output, **options):
        folder = backup(output)
        self.stdout.write(self.style.SUCCESS(_("Đã sao lưu vào %(folder)s") % {"folder": folder}))
