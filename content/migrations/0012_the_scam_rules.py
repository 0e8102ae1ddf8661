"""Every site starts with the scam rules, so a guide step flagged `safety` never shows nothing on a new deployment.
Editors change them in the admin afterwards; a site that already has rules keeps them."""

import json

from django.db import migrations


def write_the_first_rules(apps, schema_editor):
    from content.safety_defaults import SAFETY_TITLE, first_rules_stream

    SafetyRules = apps.get_model("content", "SafetyRules")
    if not SafetyRules.objects.filter(pk=1).exists():
        SafetyRules.objects.create(pk=1, title=SAFETY_TITLE, rules=json.dumps(first_rules_stream()))


class Migration(migrations.Migration):
    dependencies = [("content", "0011_moderators_edit_safety_rules_and_glossary")]

    operations = [migrations.RunPython(write_the_first_rules, migrations.RunPython.noop)]
