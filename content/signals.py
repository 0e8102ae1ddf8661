from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from core.page_cache import retire_cached_pages


def connect():
    """Changes that show on public pages retire the page cache."""
    page_published.connect(retire_cached_pages, dispatch_uid="page-cache-published")
    page_unpublished.connect(retire_cached_pages, dispatch_uid="page-cache-unpublished")
    from content.models import Department, Pillar, ReplicationInterest, Sector, SiteSettings
    from guides.models import GuideFeedback

    for model in (Pillar, Sector, Department, SiteSettings, GuideFeedback, ReplicationInterest):
        post_save.connect(retire_cached_pages, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}")
        post_delete.connect(retire_cached_pages, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}")
