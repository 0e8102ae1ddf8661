"""Text stored before core.unicode_text normalised every save: names typed decomposed (NFD) are rewritten composed
(NFC), so the admin's search finds them and the same name is one name."""

from django.db import migrations

from core.unicode_text import normalise_stored_text

MODELS = ["AdminArea", "Team", "Member", "RegistryDeadline", "RoleAssignment", "Announcement"]


def compose_text(apps, schema_editor):
    for name in MODELS:
        normalise_stored_text(apps.get_model("teams", name))


class Migration(migrations.Migration):
    dependencies = [("teams", "0010_decision_file_private_storage")]

    operations = [migrations.RunPython(compose_text, migrations.RunPython.noop, elidable=True)]
