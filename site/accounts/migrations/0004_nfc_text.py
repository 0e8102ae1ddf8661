"""Names stored before core.unicode_text normalised every save: text typed decomposed (NFD) is rewritten composed
(NFC), so a search typed on an ordinary keyboard finds it."""

from django.db import migrations

from core.unicode_text import normalise_stored_text


def compose_text(apps, schema_editor):
    normalise_stored_text(apps.get_model("accounts", "User"))


class Migration(migrations.Migration):
    dependencies = [("accounts", "0003_notifications")]

    operations = [migrations.RunPython(compose_text, migrations.RunPython.noop, elidable=True)]
