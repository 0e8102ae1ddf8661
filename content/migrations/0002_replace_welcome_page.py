"""Replace Wagtail's English welcome page with the Vietnamese home page, so a fresh site has a proper root."""

from django.db import migrations

HOME_TITLE = "Sổ tay số"
HOME_INTRO = "Hướng dẫn từng bước dùng dịch vụ công trực tuyến, VNeID, mua bán và thanh toán trên điện thoại."


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("content.HomePage")

    root = Page.objects.filter(depth=1).first()
    if root is None or HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="content")
    locale = Locale.objects.order_by("pk").first()
    position = root.numchild + 1
    home = HomePage.objects.create(
        title=HOME_TITLE,
        draft_title=HOME_TITLE,
        slug="trang-chu",
        content_type=content_type,
        path=f"{root.path}{position:04d}",
        depth=2,
        numchild=0,
        url_path="/trang-chu/",
        locale=locale,
        intro=HOME_INTRO,
        search_prompt="Bạn cần làm gì?",
        live=True,
        has_unpublished_changes=False,
    )
    root.numchild = position
    root.save(update_fields=["numchild"])

    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page_id = home.id
        site.site_name = HOME_TITLE
        site.save()
    else:
        Site.objects.create(hostname="localhost", port=80, root_page_id=home.id, is_default_site=True)


def restore_welcome_page(apps, schema_editor):
    """Going back leaves the home page in place: deleting content on a rollback would lose editors' work."""


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_home_page, restore_welcome_page)]
