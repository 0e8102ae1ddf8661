"""What a guide page shows besides its own fields, fetched in a constant number of queries. It takes the guide and
imports no guide model, so the page can call it."""

from django.db.models import Case, Exists, OuterRef, Q, Subquery, When, prefetch_related_objects
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

from content.models import PlatformPage, PolicyDocumentPage
from core.prepared_queries import prepared_list

NEXT_GUIDES = 3
RELATED_GUIDES = 4  # the editor's panel takes at most four (GuidePage.content_panels)


def guide_page_context(guide):
    platform = guide_platform(guide)
    steps = list(guide.steps)
    prefetch_step_renditions(steps)
    related, next_guides = linked_guides(guide)
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


def guide_platform(guide):
    """The guide's platform with its department: the parent the routing query already read (content/routing.py),
    else one query (a preview, a booklet of several guides)."""
    parent = getattr(guide, "_cached_parent_obj", None)
    if (
        isinstance(parent, PlatformPage)
        and parent.pk == guide.platform_id
        and "department" in parent._state.fields_cache
    ):
        return parent
    if guide.platform_id is None:
        return None
    return PlatformPage.objects.select_related("department").filter(pk=guide.platform_id).first()


def unrestricted():
    """Leaves out, in SQL, a page under a view restriction (on itself or an ancestor), where Wagtail's public() would
    ask for the restrictions first."""
    restricted = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return ~Exists(restricted)


def linked_guides(guide):
    """The editor's related guides (live and public, in their order) and the platform's next guides (the ones after
    this one, then from the first), in one query: related ones first, then the rest of the platform by path, so a
    LIMIT keeps the query small however many guides the platform has. Compiled once (core/prepared_queries.py)."""
    model = type(guide)
    values = {"guide_id": guide.pk, "path": guide.path}
    if guide.platform_id is not None:
        values["platform_id"] = guide.platform_id
    rows = prepared_list(
        ("linked guides", model._meta.label, "platform_id" in values),
        lambda **values: linked_guides_query(model, **values),
        **values,
    )
    related = [row for row in rows if row.rank == 0]
    following = [row for row in rows if row.rank != 0 and row.platform_id == guide.platform_id][:NEXT_GUIDES]
    return related, following


def linked_guides_query(model, guide_id, path, platform_id=None):
    links = model.related_guides.rel.related_model.objects.filter(page_id=guide_id)
    chosen = Q(pk__in=links.values("guide_id"))
    if platform_id is not None:
        chosen |= Q(platform_id=platform_id)
    return (
        model.objects.live()
        .filter(chosen, unrestricted())
        .exclude(pk=guide_id)
        .annotate(related_order=Subquery(links.filter(guide_id=OuterRef("pk")).values("sort_order")[:1]))
        .annotate(rank=Case(When(related_order__isnull=False, then=0), When(path__gt=path, then=1), default=2))
        .only("title", "path", "depth", "url_path", "outcome", "platform_id")
        .order_by("rank", "related_order", "path")[: RELATED_GUIDES + NEXT_GUIDES]
    )


def documents_applied_by(guide):
    """The live policy documents that list this guide among those applying them (content's DocumentApplication),
    newest first: the other side of what a document page shows. One query, however many there are: a document
    under a view restriction (on itself or an ancestor) is left out in SQL, where Wagtail's public() would ask
    for the restrictions first."""
    return prepared_list(
        ("documents applied by",),
        lambda guide_id: (
            PolicyDocumentPage.objects.live()
            .filter(applications__page_id=guide_id)
            .filter(unrestricted())
            .distinct()
            .order_by("-issued_on", "title")
        ),
        guide_id=guide.pk,
    )


def prefetch_step_renditions(steps):
    """All screenshots' renditions in one query, so the page's queries do not grow with its steps. The screenshot
    block (guides/blocks.py) usually brought them with the images already."""
    images = [
        image
        for step in steps
        if (image := step.value["screenshot"]["image"]) and "prefetched_renditions" not in image.__dict__
    ]
    if images:
        prefetch_related_objects(images, "renditions")
