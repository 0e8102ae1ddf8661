"""A guide's stored search text: its words folded to plain ASCII, kept on the guide row so the search filters and
ranks guides in the database instead of reading every guide's steps at query time.

Pure functions (no models): GuidePage.save(), the signal receivers that follow a platform or a tag, and the data
migration that fills the rows all build the text here, the same way."""

from collections import defaultdict

from django.utils.html import strip_tags

from core.search_text import search_terms


def spaced(words):
    """' a b c ': a phrase test is then a substring test on whole words."""
    return f" {' '.join(words)} "


def folded_words(*texts):
    return search_terms(" ".join(str(text or "") for text in texts), limit=100_000)


def raw_stream_text(value):
    """Every piece of text in a StreamField's stored data, without building its blocks (which would query)."""
    if isinstance(value, str):
        return [strip_tags(value)]
    if isinstance(value, dict):
        return [text for key, item in value.items() if key not in ("id", "type") for text in raw_stream_text(item)]
    if isinstance(value, list):
        return [text for item in value for text in raw_stream_text(item)]
    if hasattr(value, "raw_data"):
        return raw_stream_text(list(value.raw_data))
    return []


def guide_search_fields(title, outcome, platform_title, platform_slug, tag_names, requirements, steps):
    """(search_title, search_text), both spaced folded words: the title alone, and everything a search reads (title,
    outcome, platform, tags, what to prepare, steps)."""
    text = folded_words(
        title,
        outcome,
        platform_title or "",
        platform_slug or "",
        " ".join(tag_names).replace("-", " "),
        *raw_stream_text(requirements),
        *raw_stream_text(steps),
    )
    return spaced(folded_words(title)), spaced(text)


def refresh_search_fields(guides, tagged_item_model):
    """Recompute the stored search text of these guides (a GuidePage queryset, or the migration's historical one)
    from their rows, platform and tags, and write the ones that changed: three queries per thousand guides.
    Returns how many changed."""
    model = guides.model
    changed = []
    rows = guides.values_list(
        "pk",
        "title",
        "outcome",
        "platform__title",
        "platform__slug",
        "requirements",
        "steps",
        "search_title",
        "search_text",
    ).order_by("pk")
    batch = []
    for row in rows.iterator(chunk_size=1000):
        batch.append(row)
        if len(batch) == 1000:
            changed += changed_rows(model, batch, tagged_item_model)
            batch = []
    changed += changed_rows(model, batch, tagged_item_model)
    model.objects.bulk_update(changed, ["search_title", "search_text"], batch_size=500)
    return len(changed)


def changed_rows(model, rows, tagged_item_model):
    tags = defaultdict(list)
    tagged = tagged_item_model.objects.filter(content_object_id__in=[row[0] for row in rows]).order_by("pk")
    for guide_id, name in tagged.values_list("content_object_id", "tag__name"):
        tags[guide_id].append(name)
    changed = []
    for pk, title, outcome, platform_title, platform_slug, requirements, steps, stored_title, stored_text in rows:
        fields = guide_search_fields(title, outcome, platform_title, platform_slug, tags[pk], requirements, steps)
        if fields != (stored_title, stored_text):
            changed.append(model(pk=pk, search_title=fields[0], search_text=fields[1]))
    return changed
