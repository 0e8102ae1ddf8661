"""Editors and moderators read citizens' feedback on guides; nobody but superusers edits it."""

from django.db import migrations

GROUP_PERMISSIONS = {"Editors": ["view"], "Moderators": ["view", "delete"]}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now.
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="guides", model="guidefeedback")
    for group_name, actions in GROUP_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_guidefeedback",
                defaults={"name": f"Can {action} phản hồi về hướng dẫn"},
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group_name, codenames in GROUP_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="guides", codename__in=[f"{action}_guidefeedback" for action in codenames]
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("guides", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
