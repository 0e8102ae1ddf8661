from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string


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
            # Each app's own demo, in the order the settings give (they know every app; this app does not).
            for path in settings.DEMO_LOADERS:
                lines.extend(import_string(path)())
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        for line in lines:
            self.stdout.write(f"  {line}")
