from django.conf import settings
from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    """The table of production's database cache (settings.DATABASE_CACHE_TABLE), made whichever settings run the
    migration: a database first migrated by `make run` still works under production settings. Safe to repeat."""
    call_command(
        "createcachetable", settings.DATABASE_CACHE_TABLE, database=schema_editor.connection.alias, verbosity=0
    )


def drop_cache_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(settings.DATABASE_CACHE_TABLE)}")


class Migration(migrations.Migration):
    """The cache shared by every worker when no REDIS_URL is set (config/settings/production.py)."""

    dependencies = [("core", "0001_form_submissions")]

    operations = [migrations.RunPython(create_cache_table, drop_cache_table, elidable=False)]
