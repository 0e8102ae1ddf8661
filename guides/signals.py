"""Keeps the guides' copied platform and pillar true when something other than GuidePage.save() changes them:
Wagtail moves a page by saving the plain Page, and a platform's pillar changes on the platform's own save."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import post_page_move

from content.models import PlatformPage
from guides.models import GuidePage, refresh_from_platform


@receiver(post_page_move, dispatch_uid="guides-follow-page-moves")
def follow_page_move(sender, instance, **kwargs):
    """A moved guide has a new platform; a moved platform (or anything above one) takes its guides along."""
    refresh_from_platform(GuidePage.objects.descendant_of(instance, inclusive=True))


@receiver(post_save, sender=PlatformPage, dispatch_uid="guides-follow-platform-pillar")
def follow_platform_pillar(sender, instance, update_fields=None, **kwargs):
    """Guides that leave their pillar empty follow the platform's. A draft saved on a live platform leaves the
    stored pillar as it was, which is what refresh_from_platform reads."""
    if update_fields is not None and "pillar" not in update_fields:
        return
    refresh_from_platform(GuidePage.objects.filter(platform_id=instance.pk))
