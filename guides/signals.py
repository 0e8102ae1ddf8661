"""Keeps the guides' copied platform, pillar and search text true when something other than GuidePage.save()
changes them: Wagtail moves a page by saving the plain Page, a platform's pillar, title and address name change on
the platform's own save, and a tag is renamed on its own."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.signals import post_page_move

from content.models import PlatformPage
from guides.models import GuidePage, GuidePageTag, refresh_from_platform
from guides.search_text import refresh_search_fields


@receiver(post_page_move, dispatch_uid="guides-follow-page-moves")
def follow_page_move(sender, instance, **kwargs):
    """A moved guide has a new platform; a moved platform (or anything above one) takes its guides along."""
    guides = GuidePage.objects.descendant_of(instance, inclusive=True)
    refresh_from_platform(guides)
    refresh_search_fields(guides, GuidePageTag)


@receiver(post_save, sender=PlatformPage, dispatch_uid="guides-follow-platform-pillar")
def follow_platform_pillar(sender, instance, update_fields=None, **kwargs):
    """Guides that leave their pillar empty follow the platform's. A draft saved on a live platform leaves the
    stored pillar as it was, which is what refresh_from_platform reads."""
    if update_fields is not None and "pillar" not in update_fields:
        return
    refresh_from_platform(GuidePage.objects.filter(platform_id=instance.pk))


@receiver(post_save, sender=PlatformPage, dispatch_uid="guides-search-follows-platform-name")
def follow_platform_name(sender, instance, update_fields=None, **kwargs):
    """A guide's search text holds its platform's title and address name, as stored on the platform's row (a draft
    saved on a live platform leaves them as they were)."""
    if update_fields is not None and not {"title", "slug"} & set(update_fields):
        return
    refresh_search_fields(GuidePage.objects.filter(platform_id=instance.pk), GuidePageTag)


@receiver(post_save, sender=Tag, dispatch_uid="guides-search-follows-tag-names")
def follow_tag_name(sender, instance, created=False, **kwargs):
    """A renamed tag is renamed in the search text of the guides that carry it."""
    if not created:
        refresh_search_fields(GuidePage.objects.filter(tagged_items__tag=instance), GuidePageTag)


@receiver(pre_delete, sender=Tag, dispatch_uid="guides-search-notes-tag-guides")
def note_tagged_guides(sender, instance, **kwargs):
    instance.tagged_guide_ids = list(GuidePage.objects.filter(tagged_items__tag=instance).values_list("pk", flat=True))


@receiver(post_delete, sender=Tag, dispatch_uid="guides-search-forgets-deleted-tags")
def forget_deleted_tag(sender, instance, **kwargs):
    """A deleted tag leaves the search text of the guides that carried it."""
    if getattr(instance, "tagged_guide_ids", None):
        refresh_search_fields(GuidePage.objects.filter(pk__in=instance.tagged_guide_ids), GuidePageTag)
