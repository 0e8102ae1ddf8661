from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string

# Each app contributes a `load()` that is safe to run again and returns lines to print (logins, counts).
DEMO_LOADERS = [
    "content.demo.load",
    "guides.demo.load",
    "accounts.demo.load",
    "content.demo_editorial.load",
    "teams.demo.load",
    "training.demo.load",
    "reporting.demo.load",
    "content.demo_knowledge.load",
]


class Command(BaseCommand):
    help = "Builds the demo page tree, content and users. Running it twice changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load demo users even though DEBUG is off (they have a published password).",
        )

    def handle(self, *args, allow_production=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Demo content has users with a published password: refusing to load it with DEBUG off. "
                "Pass --allow-production if this really is a demonstration server."
            )
        lines = []
        with transaction.atomic():
            for path in DEMO_LOADERS:
                lines.extend(import_string(path)())
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        for line in lines:
            self.stdout.write(f"  {line}")
