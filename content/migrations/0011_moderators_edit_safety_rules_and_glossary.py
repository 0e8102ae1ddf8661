"""The province moderators (Wagtail's Moderators group), who compile and approve every department's guides, keep the
scam rules and the glossary the guides show: they edit the one set of rules and add, edit or remove terms."""

from django.db import migrations

PERMISSIONS = {
    "safetyrules": ("quy tắc an toàn", ["view", "change"]),
    "glossaryterm": ("từ ngữ cần giải thích", ["view", "add", "change", "delete"]),
}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; these are needed now.
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name="Moderators").first()
    if group is None:
        return
    for model, (name, actions) in PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="content", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {name}"}
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name="Moderators").first()
    if group:
        codenames = [f"{action}_{model}" for model, (_name, actions) in PERMISSIONS.items() for action in actions]
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="content", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0010_safety_rules_and_glossary"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
