"""Search over guides and platforms that ignores Vietnamese diacritics and ranks title matches first.

Both the index (the folded_* search fields) and the query are folded to plain ASCII, so "dang ky" finds
"Đăng ký" and the results are the same on SQLite and PostgreSQL, whose full-text engines treat accents
differently. The backend finds candidates; the final order is ours, so it does not depend on the database.
"""

from content.models import PlatformPage
from core.search_text import fold_diacritics, matching_page_ids, search_terms
from guides.models import GuidePage

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    return " ".join(str(raw or "").split())[:MAX_QUERY_LENGTH]


def search_guides_and_platforms(query, pillar=None, sector=None):
    terms = search_terms(query)
    if not terms:
        return []
    guides = GuidePage.objects.live().public()
    platforms = PlatformPage.objects.live().public()
    if pillar:
        guides, platforms = guides.filter(pillar=pillar), platforms.filter(pillar=pillar)
    if sector:
        guides, platforms = guides.filter(sectors=sector), platforms.filter(sectors=sector)
    candidates = []
    for queryset in (guides, platforms):
        matching_ids = matching_page_ids(queryset.model, query)
        candidates += list(
            queryset.filter(pk__in=matching_ids).distinct().select_related("pillar", *related_for(queryset.model))
        )
    return sorted(candidates, key=lambda page: rank(page, terms))


def related_for(model):
    return ("platform",) if model is GuidePage else ("department",)


def rank(page, terms):
    """All query words in the title first, then the most title words, then the most words anywhere."""
    title_words = set(fold_diacritics(page.title).split())
    blurb = page.outcome if isinstance(page, GuidePage) else page.summary
    text_words = set(fold_diacritics(blurb).split()) | title_words
    in_title = sum(term in title_words for term in terms)
    anywhere = sum(term in text_words for term in terms)
    return (in_title < len(terms), -in_title, -anywhere, isinstance(page, PlatformPage), page.title)
