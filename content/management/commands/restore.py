from django.core.management.base import BaseCommand, CommandError

from content.backup import restore


class Command(BaseCommand):
    help = "Restores a backup folder into the configured (empty) database and media folder, then checks it."

    def add_arguments(self, parser):
        parser.add_argument("folder")

    def handle(self, *args, folder, **options):
        try:
            problems = restore(folder)
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        if problems:
            raise CommandError("Khôi phục không khớp bản sao lưu:\n" + "\n".join(problems))
        self.stdout.write(self.style.SUCCESS("Đã khôi phục; số dòng và tệp khớp bản sao lưu."))
