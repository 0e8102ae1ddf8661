"""On PostgreSQL, the guide's search words as a `tsvector` (the `simple` configuration: no stemming, no stop words;
the words are already folded), kept by the database itself and indexed with GIN: the search tests a word or a phrase
by looking it up, not by scanning every guide's text. It replaces 0010's trigram index, which could not narrow a
word found in most guides ("dinh danh"). SQLite keeps scanning the text (guides/search.py).

A later migration that changes `search_text`'s type must drop this column first: PostgreSQL refuses to alter a
column a generated one is computed from."""

from django.db import migrations

TRIGRAM_INDEX = "guides_guidepage_search_text_trgm"
VECTOR_INDEX = "guides_guidepage_search_vector"


def add_search_vector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "ALTER TABLE guides_guidepage ADD COLUMN IF NOT EXISTS search_vector tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED"
    )
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {VECTOR_INDEX} ON guides_guidepage USING gin (search_vector)")
    schema_editor.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")


def drop_search_vector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} ON guides_guidepage USING gin (search_text gin_trgm_ops)"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {VECTOR_INDEX}")
    schema_editor.execute("ALTER TABLE guides_guidepage DROP COLUMN IF EXISTS search_vector")


class Migration(migrations.Migration):
    dependencies = [
        ("guides", "0010_search_text"),
    ]

    operations = [
        migrations.RunPython(add_search_vector, drop_search_vector),
    ]
