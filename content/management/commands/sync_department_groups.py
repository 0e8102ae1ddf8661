from django.core.management.base import BaseCommand

from content.editorial import sync_all_departments


class Command(BaseCommand):
    help = "Creates or updates each department's editor and reviewer groups, page permissions and workflow."

    def handle(self, *args, **options):
        self.stdout.write(self.style.SUCCESS(f"Đồng bộ nhóm biên tập: {sync_all_departments()}."))
