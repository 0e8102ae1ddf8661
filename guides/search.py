"""The site search at /tim-kiem/: guides, documents, platforms and training modules, grouped by kind, best first.

The database search backend only gathers guide candidates (any word of the query); which pages match and in what
order is decided here, on text folded to plain ASCII, so "dang ky", "Đăng ký", "ĐĂNG KÝ" and NFD input give the
same answer on SQLite and PostgreSQL. The order, best first:

0. the query names the page: the platform it names and that platform's guides, or a document by its number;
1. every word of the query is in the title;
2. the query's words stand together, as a phrase, in the page's text;
3. every word is somewhere in the page's text (dropped when some page has the words together: "đang ... kỹ" is
   not "đăng ký");
4. only some of the words: shown only when no page has them all.

Within a tier: more query words in the title, then rarer words (a word on most pages counts little), then the
editor's order. A fixed number of queries whatever the number of results.
"""

import math
import re
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from content.models import PlatformPage, PolicyDocumentPage
from core.search_text import MAX_CANDIDATES, matching_page_ids, search_terms
from guides.models import GuidePage

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12

# Abbreviations people type, folded: each also matches its words in full.
ABBREVIATIONS = {
    "dvc": "dich vu cong",
    "bhxh": "bao hiem xa hoi",
    "bhyt": "bao hiem y te",
    "cccd": "can cuoc cong dan",
    "gplx": "giay phep lai xe",
    "tmdt": "thuong mai dien tu",
    "cds": "chuyen doi so",
    "tcnscd": "to cong nghe so cong dong",
}
WEB_ENDINGS = {"vn", "com", "gov"}
NAME_PARTS = re.compile("\\s[\u2013\u2014-]\\s|[()]")  # a spaced dash of any kind, brackets

STRONGEST_WEAK_TIER = 2
ALL_WORDS = 3
SOME_WORDS = 4


@dataclass(frozen=True)
class Kind:
    slug: str
    label: str
    labelled_count: str


GUIDES = Kind("huong-dan", _("Hướng dẫn"), _("hướng dẫn"))
DOCUMENTS = Kind("van-ban", _("Văn bản"), _("văn bản"))
PLATFORMS = Kind("nen-tang", _("Nền tảng"), _("nền tảng"))
MODULES = Kind("khoa-hoc", _("Khóa học"), _("khóa học"))
KINDS = (GUIDES, DOCUMENTS, PLATFORMS, MODULES)
KINDS_BY_SLUG = {kind.slug: kind for kind in KINDS}


def clean_query(raw):
    """The query as kept in the box: spaces collapsed, at most MAX_QUERY_LENGTH characters."""
    return " ".join(str(raw or "").split())[:MAX_QUERY_LENGTH]


@dataclass(frozen=True)
class Term:
    """One word of the query; an abbreviation also matches its words in full ("dvc": "dich vu cong")."""

    word: str
    alternatives: tuple

    @property
    def words(self):
        return self.alternatives[-1]


def parse_terms(query):
    terms = []
    for word in search_terms(query, limit=MAX_TERMS):
        expansion = ABBREVIATIONS.get(word)
        alternatives = ((word,), tuple(expansion.split())) if expansion else ((word,),)
        terms.append(Term(word, alternatives))
    return terms


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


@dataclass
class Hit:
    """A page, its kind, and what the ranking needs to know about it."""

    page: object
    kind: Kind
    title: str  # spaced folded title words
    text: str  # spaced folded words of everything searchable, title included
    order: tuple = ()
    platform_id: int | None = None
    number_key: str = ""
    tier: int = SOME_WORDS
    matched: int = 0
    key: tuple = field(default=())

    def has(self, term, where=None):
        haystack = self.text if where is None else where
        return any(spaced(words) in haystack for words in term.alternatives)


def guide_hit(guide):
    tags = [tag.name for tag in guide.tags.all()]
    text = folded_words(
        guide.title,
        guide.outcome,
        guide.platform.title if guide.platform else "",
        guide.platform.slug if guide.platform else "",
        " ".join(tags).replace("-", " "),
        *raw_stream_text(guide.requirements),
        *raw_stream_text(guide.steps),
    )
    return Hit(
        guide, GUIDES, spaced(folded_words(guide.title)), spaced(text), (guide.path,), platform_id=guide.platform_id
    )


def platform_hit(platform):
    text = folded_words(platform.title, platform.slug.replace("-", " "), platform.summary)
    return Hit(platform, PLATFORMS, spaced(folded_words(platform.title)), spaced(text), (platform.path,), platform.pk)


def document_hit(document):
    text = folded_words(
        document.number, document.get_document_type_display(), document.title, document.issuer, document.summary
    )
    title = folded_words(document.number, document.get_document_type_display(), document.title)
    order = (-document.issued_on.toordinal(), document.title)
    return Hit(document, DOCUMENTS, spaced(title), spaced(text), order, number_key=document.number_key)


def module_hit(module):
    text = folded_words(module.title, module.summary, *raw_stream_text(module.lessons))
    return Hit(module, MODULES, spaced(folded_words(module.title)), spaced(text), (module.path,))


def platform_names(platform):
    """The ways a query names a platform, as word tuples: its title, each part of a title split at a dash or
    a bracket ('VssID', 'Bảo hiểm xã hội số'), its address name (slug), and a web name without its ending
    ('postmart.vn': 'postmart')."""
    names = {tuple(folded_words(platform.title)), tuple(folded_words(platform.slug.replace("-", " ")))}
    names |= {tuple(folded_words(part)) for part in NAME_PARTS.split(platform.title)}
    names |= {name[:-1] for name in names if len(name) > 1 and name[-1] in WEB_ENDINGS}
    return {name for name in names if name}


def named_platforms(terms, platforms):
    """{platform id: positions of the query terms that name it}, for the platforms the query names."""
    named = {}
    for platform in platforms:
        names = platform_names(platform)
        for start in range(len(terms)):
            for end in range(start + 1, len(terms) + 1):
                run = terms[start:end]
                spellings = {tuple(term.word for term in run), tuple(word for term in run for word in term.words)}
                if spellings & names:
                    named.setdefault(platform.pk, set()).update(range(start, end))
    return named


def number_match(hit, terms):
    """0: the query is the document's number typed any way ('793 btttt' for 793/BTTTT-THH), else None."""
    compact = "".join(term.word for term in terms)
    if not hit.number_key or not any(char.isdigit() for char in compact):
        return None
    return 0 if hit.number_key.startswith(compact) else None


def rank(hits, terms, named):
    """Give every hit its tier and sort key; return those worth showing, best first."""
    weights = term_weights(hits, terms)
    query_phrase = spaced(word for term in terms for word in term.words)
    for hit in hits:
        present = [hit.has(term) for term in terms]
        in_title = [hit.has(term, hit.title) for term in terms]
        naming = named.get(hit.platform_id)
        if hit.kind is DOCUMENTS and number_match(hit, terms) is not None:
            hit.tier = 0
        elif naming is not None and all(ok for i, ok in enumerate(present) if i not in naming):
            hit.tier = 0
        elif all(in_title):
            hit.tier = 1
        elif len(terms) > 1 and query_phrase in hit.text:
            hit.tier = 2
        elif all(present):
            hit.tier = ALL_WORDS
        else:
            hit.tier = SOME_WORDS
        matched_weight = sum(weight for weight, ok in zip(weights, present, strict=True) if ok)
        title_phrase = query_phrase in hit.title
        if hit.tier == 0 and naming is not None:
            # Named by its platform: the other words decide, else the editor's order ("vneid": the first guide first).
            in_title = [ok for i, ok in enumerate(in_title) if i not in naming]
            title_phrase, matched_weight = False, 0
        hit.key = (
            hit.tier,
            not title_phrase,
            -sum(in_title),
            -round(matched_weight, 6),
            KINDS.index(hit.kind),
            *hit.order,
        )
        hit.matched = sum(present)
    shown = [hit for hit in hits if hit.matched]
    best = min((hit.tier for hit in shown), default=SOME_WORDS)
    if best < SOME_WORDS:
        shown = [hit for hit in shown if hit.tier < SOME_WORDS]
    else:
        # No page has every word: keep the pages with the most of them, not every page with one common word.
        most = max((hit.matched for hit in shown), default=0)
        shown = [hit for hit in shown if hit.matched == most]
    if len(terms) > 1 and best <= STRONGEST_WEAK_TIER:
        shown = [hit for hit in shown if hit.tier <= STRONGEST_WEAK_TIER]
    return sorted(shown, key=lambda hit: hit.key)


def term_weights(hits, terms):
    """How much finding each term says: a word on most pages says little (inverse document frequency)."""
    total = len(hits) or 1
    return [math.log((total + 1) / (0.5 + sum(hit.has(term) for hit in hits))) for term in terms]


@dataclass
class SearchResults:
    """The ranked hits of each kind, and whether they only match some of the words."""

    groups: dict
    partial: bool

    @property
    def count(self):
        return sum(len(hits) for hits in self.groups.values())


def search_site(query, pillar=None, sector=None):
    """Every kind's ranked hits for the query; a sector narrows to guides and platforms, the only pages with one."""
    terms = parse_terms(query)
    if not terms:
        return SearchResults({kind: [] for kind in KINDS}, partial=False)
    platforms = list(
        scoped(PlatformPage.objects.live().public(), pillar, sector).select_related("pillar", "department")
    )
    named = named_platforms(terms, platforms)
    hits = [platform_hit(platform) for platform in platforms]
    hits += [guide_hit(guide) for guide in guide_candidates(query, named, pillar, sector)]
    if sector is None:
        hits += [document_hit(document) for document in document_candidates(terms, pillar)]
        hits += [module_hit(module) for module in module_candidates(pillar)]
    ranked = rank(hits, terms, named)
    groups = {kind: [hit for hit in ranked if hit.kind is kind] for kind in KINDS}
    return SearchResults(groups, partial=bool(ranked) and ranked[0].tier == SOME_WORDS)


def scoped(queryset, pillar, sector):
    if pillar:
        queryset = queryset.filter(pillar=pillar)
    if sector:
        queryset = queryset.filter(sectors=sector).distinct()
    return queryset


def guide_candidates(query, named, pillar, sector):
    """Guides the backend finds for any word of the query (abbreviations spelt out), and every guide of a platform
    the query names: two queries for the guides, one for their tags."""
    words = [*search_terms(query, limit=MAX_TERMS)]
    words += [expansion for word in words for expansion in [ABBREVIATIONS.get(word)] if expansion]
    ids = matching_page_ids(GuidePage, " ".join(words), limit=MAX_CANDIDATES)
    guides = scoped(GuidePage.objects.live().public(), pillar, sector)
    return (
        guides.filter(Q(pk__in=ids) | Q(platform_id__in=list(named)))
        .select_related("platform", "pillar")
        .prefetch_related("tags")
    )


def document_candidates(terms, pillar):
    """Documents holding any word of the query, or whose number starts like it: one query."""
    compact = "".join(term.word for term in terms)
    matches = Q(number_key__startswith=compact)
    for term in terms:
        for words in term.alternatives:
            matches |= Q(search_text__contains=" ".join(words))
    documents = PolicyDocumentPage.objects.live().public().filter(matches)
    if pillar:
        documents = documents.filter(Q(pillar=pillar) | Q(pillar__isnull=True))
    return documents.select_related("pillar")[:MAX_CANDIDATES]


def module_candidates(pillar):
    """Every live training module (a site has tens of them): one query."""
    modules = apps.get_model("training", "TrainingModulePage").objects.live().public()
    if pillar:
        modules = modules.filter(Q(pillar=pillar) | Q(pillar__isnull=True))
    return modules.select_related("pillar")
