"""The site search at /tim-kiem/: guides, documents, platforms and training modules, grouped by kind, best first.

Which pages match and in what order is decided on text folded to plain ASCII, so "dang ky", "Đăng ký", "ĐĂNG KÝ" and
NFD input give the same answer on SQLite and PostgreSQL. Guides (thousands) are tested, counted and ordered in the
database on their stored search text (GuidePage.search_title/search_text, guides/search_text.py), and only the
guides shown are loaded; the few platforms, documents and training modules are ranked here the same way. The order,
best first:

0. the query names the page: the platform it names and that platform's guides, or a document by its number;
1. every word of the query is in the title;
2. the query's words stand together, as a phrase, in the page's text;
3. every word is somewhere in the page's text (dropped when some page has the words together: "đang ... kỹ" is
   not "đăng ký");
4. only some of the words: shown only when no page has them all.

Within a tier: more query words in the title, then rarer words (a word on most pages counts little), then the
editor's order. A fixed number of queries whatever the number of guides or results.
"""

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.apps import apps
from django.db import connection
from django.db.models import BooleanField, Case, Count, Expression, F, IntegerField, Q, Value, When
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan
from django.utils.translation import gettext_lazy as _

from content.models import PlatformPage, PolicyDocumentPage
from core.search_text import MAX_CANDIDATES, search_terms
from guides.models import GuidePage
from guides.pages import unrestricted
from guides.search_text import folded_words, raw_stream_text, spaced

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
# Rarer words weigh more: each term's weight in millionths, whole numbers, so Python and either database add the same.
WEIGHT_SCALE = 1_000_000
# Guides loaded at once when a group's hits are read (a group shows 5, a page of one kind 20).
GUIDE_WINDOW = 20


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


def rank(hits, terms, named, weights):
    """Give every hit its tier, the number of terms it holds and its sort key."""
    query_phrase = phrase(terms)
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
        hit.key = (hit.tier, not title_phrase, -sum(in_title), -matched_weight, KINDS.index(hit.kind), *hit.order)
        hit.matched = sum(present)


def phrase_words(terms):
    return [word for term in terms for word in term.words]


def phrase(terms):
    return spaced(phrase_words(terms))


@dataclass(frozen=True)
class Shown:
    """Which ranked hits are worth showing, from the best tier and the most terms any page holds."""

    best: int
    most: int
    several_terms: bool

    def __call__(self, tier, matched):
        if not matched:
            return False
        if self.best < SOME_WORDS and tier >= SOME_WORDS:
            return False
        # No page has every word: keep the pages with the most of them, not every page with one common word.
        if self.best == SOME_WORDS and matched != self.most:
            return False
        return not (self.several_terms and self.best <= STRONGEST_WEAK_TIER and tier > STRONGEST_WEAK_TIER)

    def q(self):
        condition = Q(matched__gt=0)
        if self.best < SOME_WORDS:
            condition &= Q(tier__lt=SOME_WORDS)
        else:
            condition &= Q(matched=self.most)
        if self.several_terms and self.best <= STRONGEST_WEAK_TIER:
            condition &= Q(tier__lte=STRONGEST_WEAK_TIER)
        return condition


def term_weights(total, frequencies):
    """How much finding each term says: a word on most pages says little (inverse document frequency), in
    millionths."""
    total = total or 1
    return [round(math.log((total + 1) / (0.5 + frequency)) * WEIGHT_SCALE) for frequency in frequencies]


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
    shown_platforms = PlatformPage.objects.live().filter(unrestricted())
    platforms = list(scoped(shown_platforms, pillar, sector).select_related("pillar", "department"))
    named = named_platforms(terms, platforms)
    hits = [platform_hit(platform) for platform in platforms]
    if sector is None:
        hits += [document_hit(document) for document in document_candidates(terms, pillar)]
        hits += [module_hit(module) for module in module_candidates(pillar)]
    guides = GuideSearch(terms, named, pillar, sector)
    frequencies = [
        sum(hit.has(term) for hit in hits) + found for term, found in zip(terms, guides.frequencies, strict=True)
    ]
    weights = term_weights(len(hits) + guides.total, frequencies)
    rank(hits, terms, named, weights)
    matching = [hit for hit in hits if hit.matched]
    best = min([hit.tier for hit in matching] + [guides.best], default=SOME_WORDS)
    most = max([hit.matched for hit in matching] + [guides.most], default=0)
    shown = Shown(best, most, len(terms) > 1)
    groups = {
        kind: sorted(
            (hit for hit in matching if hit.kind is kind and shown(hit.tier, hit.matched)), key=lambda hit: hit.key
        )
        for kind in KINDS
    }
    groups[GUIDES] = guides.ranked(weights, shown)
    return SearchResults(groups, partial=bool(matching or guides.most) and best == SOME_WORDS)


def scoped(queryset, pillar, sector):
    if pillar:
        queryset = queryset.filter(pillar=pillar)
    if sector:
        queryset = queryset.filter(sectors=sector).distinct()
    return queryset


class InSearchVector(Expression):
    """PostgreSQL: the guide's text holds these words together, in this order. Its search vector
    (guides/migrations/0011_search_vector.py, GIN-indexed) says which guides hold every word, and only those are
    scanned for the words as a phrase. The vector alone is not the answer: the text-search parser splits some words
    ("1e5a" is "1e5" and "a"), keeps 256 positions per word and none past 16,383, so a phrase test on it alone would
    differ from the scan; each query word parses as it does in the text, so the vector never misses a guide."""

    output_field = BooleanField()

    def __init__(self, words):
        super().__init__()
        self.words = tuple(words)

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        sql = (
            f"({table}.\"search_vector\" @@ plainto_tsquery('simple'::regconfig, %s)"
            f' AND STRPOS({table}."search_text", %s) > 0)'
        )
        return sql, [" ".join(self.words), spaced(self.words)]

    def __repr__(self):
        return f"{self.__class__.__name__}({self.words!r})"


def holds_words(field, words):
    """The guide's stored field (search_text or search_title, spaced folded words) holds these words together, in
    this order. Titles are short and scanned everywhere; a guide's whole text is looked up on PostgreSQL."""
    if field == "search_text" and connection.vendor == "postgresql":
        return InSearchVector(words)
    # instr/strpos on the spaced words: whole words only, and far quicker than SQLite's LIKE
    return GreaterThan(StrIndex(field, Value(spaced(words))), 0)


def flag(condition):
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def added(expressions):
    total = Value(0)
    for expression in expressions:
        total = total + expression
    return total


class GuideSearch:
    """The guides that hold any word of the query (abbreviations spelt out) or belong to a platform it names, tested
    and ranked in the database like rank() ranks the other pages: one query counts them by tier and by the terms they
    hold (for the weights and the best tier), and the hits shown are read a window at a time."""

    def __init__(self, terms, named, pillar, sector):
        self.terms = terms
        guides = GuidePage.objects.live().filter(unrestricted())
        if pillar:
            guides = guides.filter(pillar=pillar)
        if sector:
            guides = guides.filter(sectors=sector)  # a guide has a sector once: no duplicate rows to remove
        contains_any = Q(platform_id__in=list(named))
        for term in terms:
            contains_any |= self.holds("search_text", term)
        present = {f"present_{i}": flag(self.holds("search_text", term)) for i, term in enumerate(terms)}
        in_title = {f"in_title_{i}": flag(self.holds("search_title", term)) for i, term in enumerate(terms)}
        guides = guides.filter(contains_any).annotate(**present, **in_title)
        every = [f"present_{i}" for i in range(len(terms))]
        naming = Q(pk__in=[])
        self.naming_in_title = []
        for platform_id, positions in named.items():
            others = Q(platform_id=platform_id, **{name: 1 for i, name in enumerate(every) if i not in positions})
            naming |= others
            self.naming_in_title.append(
                When(others, then=added(F(f"in_title_{i}") for i in range(len(terms)) if i not in positions))
            )
        tiers = [When(naming, then=Value(0)), When(Q(**{f"in_title_{i}": 1 for i in range(len(terms))}), then=Value(1))]
        if len(terms) > 1:
            tiers.append(When(holds_words("search_text", phrase_words(terms)), then=Value(2)))
        tiers.append(When(Q(**dict.fromkeys(every, 1)), then=Value(ALL_WORDS)))
        self.naming = naming
        self.guides = guides.annotate(
            tier=Case(*tiers, default=Value(SOME_WORDS), output_field=IntegerField()),
            matched=added(F(name) for name in every),
            mask=added(F(name) * (1 << i) for i, name in enumerate(every)),
        )
        self.counts = list(self.guides.order_by().values("mask", "tier").annotate(found=Count("pk")))
        self.total = sum(row["found"] for row in self.counts)
        self.frequencies = [
            sum(row["found"] for row in self.counts if row["mask"] & (1 << i)) for i in range(len(terms))
        ]
        matching = [row for row in self.counts if row["mask"]]
        self.best = min((row["tier"] for row in matching), default=SOME_WORDS)
        self.most = max((row["mask"].bit_count() for row in matching), default=0)

    @staticmethod
    def holds(field, term):
        """The field's words hold the term, any spelling."""
        condition = Q()
        for words in term.alternatives:
            condition |= Q(holds_words(field, words))
        return condition

    def ranked(self, weights, shown):
        count = sum(row["found"] for row in self.counts if shown(row["tier"], row["mask"].bit_count()))
        terms = range(len(self.terms))
        guides = self.guides.filter(shown.q()).annotate(
            title_phrase_missing=Case(
                When(self.naming, then=Value(1)),
                When(holds_words("search_title", phrase_words(self.terms)), then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ),
            title_words=Case(
                *self.naming_in_title,
                default=added(F(f"in_title_{i}") for i in terms),
                output_field=IntegerField(),
            ),
            weight=Case(
                When(self.naming, then=Value(0)),
                default=added(F(f"present_{i}") * weight for i, weight in zip(terms, weights, strict=True)),
                output_field=IntegerField(),
            ),
        )
        ordered = guides.order_by("tier", "title_phrase_missing", "-title_words", "-weight", "path")
        return GuideHits(ordered.select_related("platform", "pillar"), count)


class GuideHits(Sequence):
    """The ranked guides shown, as a list the page reads: its length is counted in the database, and the guides are
    loaded only for the positions read (GUIDE_WINDOW at a time)."""

    def __init__(self, queryset, count):
        self.queryset = queryset
        self.found = count
        self.loaded = {}

    def __len__(self):
        return self.found

    def __getitem__(self, index):
        if isinstance(index, slice):
            positions = range(*index.indices(self.found))
            if positions and positions.step == 1:
                self.load(positions.start, positions.stop)
            return [self[position] for position in positions]
        if index < 0:
            index += self.found
        if not 0 <= index < self.found:
            raise IndexError(index)
        if index not in self.loaded:
            self.load(index, index + GUIDE_WINDOW)
        return self.loaded[index]

    def __iter__(self):
        self.load(0, self.found)
        return (self.loaded[position] for position in range(self.found))

    def load(self, start, stop):
        stop = min(max(stop, start + GUIDE_WINDOW), self.found)
        if all(position in self.loaded for position in range(start, stop)):
            return
        for position, guide in enumerate(self.queryset[start:stop], start):
            self.loaded[position] = Hit(
                guide,
                GUIDES,
                guide.search_title,
                guide.search_text,
                (guide.path,),
                platform_id=guide.platform_id,
                tier=guide.tier,
                matched=guide.matched,
                key=(guide.tier, bool(guide.title_phrase_missing), -guide.title_words, -guide.weight, 0, guide.path),
            )


def document_candidates(terms, pillar):
    """Documents holding any word of the query, or whose number starts like it: one query."""
    compact = "".join(term.word for term in terms)
    matches = Q(number_key__startswith=compact)
    for term in terms:
        for words in term.alternatives:
            matches |= Q(search_text__contains=" ".join(words))
    documents = PolicyDocumentPage.objects.live().filter(unrestricted()).filter(matches)
    if pillar:
        documents = documents.filter(Q(pillar=pillar) | Q(pillar__isnull=True))
    return documents.select_related("pillar")[:MAX_CANDIDATES]


def module_candidates(pillar):
    """Every live training module (a site has tens of them): one query."""
    modules = apps.get_model("training", "TrainingModulePage").objects.live().filter(unrestricted())
    if pillar:
        modules = modules.filter(Q(pillar=pillar) | Q(pillar__isnull=True))
    return modules.select_related("pillar")
