"""Coordinators set yearly targets for their areas (the areas offered are limited by their role)."""

from django.db import migrations

GROUP_NAME = "Điều phối viên địa bàn"


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="reporting", model="target")
    for action in ("view", "add", "change", "delete"):
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_target", defaults={"name": f"Can {action} target"}
        )
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("reporting", "0002_standard_indicators"), ("teams", "0002_coordinators_group")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
