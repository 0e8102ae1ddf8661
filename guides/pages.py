"""What a guide page shows besides its own fields, fetched in a constant number of queries. It takes the guide and
imports no guide model, so the page can call it."""

from django.db.models import prefetch_related_objects

from content.models import PlatformPage


def guide_page_context(guide):
    platform = PlatformPage.objects.select_related("department").filter(pk=guide.platform_id).first()
    steps = list(guide.steps)
    prefetch_step_renditions(steps)
    related = [
        item.guide for item in guide.related_guides.select_related("guide", "guide__platform").all() if item.guide.live
    ]
    return {
        "platform": platform,
        "department": platform.department if platform else None,
        "numbered_steps": steps,
        "related": related,
        "next_guides": guide.next_guides(exclude={item.pk for item in related}),
        "sectors": list(guide.sectors.all()),
    }


def prefetch_step_renditions(steps):
    """All screenshots' renditions in one query, so the page's queries do not grow with its steps."""
    images = [step.value["screenshot"]["image"] for step in steps if step.value["screenshot"]["image"]]
    if images:
        prefetch_related_objects(images, "renditions")
