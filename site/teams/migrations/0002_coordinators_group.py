"""The group every province coordinator and commune officer belongs to. What they see is limited further by
their role assignments; teams and members are never deleted (dissolved, or left), so no delete rights."""

from django.db import migrations

GROUP_NAME = "Điều phối viên địa bàn"
PERMISSIONS = {
    ("wagtailadmin", "admin"): ["access"],
    ("teams", "team"): ["view", "add", "change"],
    ("teams", "member"): ["view", "add", "change"],
    ("teams", "adminarea"): ["view", "add", "change"],
}


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    for (app_label, model), actions in PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            codename = f"{action}_{model}"
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename}
            )
            group.permissions.add(permission)


def delete_group(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("teams", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
