"""What a guide page shows besides its own fields, fetched in a constant number of queries. It takes the guide and
imports no guide model, so the page can call it."""

from django.db.models import Exists, OuterRef, prefetch_related_objects
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

from content.models import PlatformPage, PolicyDocumentPage


def guide_page_context(guide):
    platform = PlatformPage.objects.select_related("department").filter(pk=guide.platform_id).first()
    steps = list(guide.steps)
    prefetch_step_renditions(steps)
    related = [
        item.guide for item in guide.related_guides.select_related("guide", "guide__platform").all() if item.guide.live
    ]
    next_guides = guide.next_guides(exclude={item.pk for item in related})
    following = (next_guides or related)[:1]
    return {
        "platform": platform,
        "department": platform.department if platform else None,
        "numbered_steps": steps,
        "related": related,
        "next_guides": next_guides,
        # The platform's next guide (else the first related one) stands out; the others follow as a list.
        "next_guide": following[0] if following else None,
        "other_guides": [item for item in related + next_guides if item not in following],
        "sectors": list(guide.sectors.all()),
        "documents": documents_applied_by(guide),
    }


def documents_applied_by(guide):
    """The live policy documents that list this guide among those applying them (content's DocumentApplication),
    newest first: the other side of what a document page shows. One query, however many there are: a document
    under a view restriction (on itself or an ancestor) is left out in SQL, where Wagtail's public() would ask
    for the restrictions first."""
    restricted = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return list(
        PolicyDocumentPage.objects.live()
        .filter(applications__page_id=guide.pk)
        .exclude(Exists(restricted))
        .distinct()
        .order_by("-issued_on", "title")
    )


def prefetch_step_renditions(steps):
    """All screenshots' renditions in one query, so the page's queries do not grow with its steps."""
    images = [step.value["screenshot"]["image"] for step in steps if step.value["screenshot"]["image"]]
    if images:
        prefetch_related_objects(images, "renditions")
