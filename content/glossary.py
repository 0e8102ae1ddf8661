"""Linking a page's hard words to their plain-words definitions (content.GlossaryTerm), in one pass over the HTML the
page has already rendered: the first use of each term, outside links, headings and controls, becomes a link to the
definition in the page's own "Giải thích từ ngữ" section, so it works offline and on paper with no extra request."""

import re
import unicodedata

from content.models.glossary import GlossaryTerm, normalised

# A tag (or comment) and the text between tags, one after the other.
TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
# Text inside these is left alone: a link inside a link, a heading or a control would not work or read well.
UNLINKED = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "label", "summary", "script", "style", "textarea",
            "select", "option", "title", "dt"}  # fmt: skip
SPACE = r"(?:\s|&nbsp;|&#160;|\xa0)+"


def all_terms():
    """Every term, in one query."""
    return list(GlossaryTerm.objects.only("term", "slug", "variants", "definition"))


class TermMatcher:
    """One regular expression for every spelling of every term, longest first, whole words, any case."""

    def __init__(self, terms):
        spellings = sorted(
            ((spelling, term) for term in terms for spelling in term.spellings()),
            key=lambda item: -len(item[0]),
        )
        self.term_of = {}
        parts = []
        for spelling, term in spellings:
            key = normalised(spelling)
            if key in self.term_of:
                continue
            self.term_of[key] = term
            parts.append(SPACE.join(re.escape(word) for word in spelling.split()))
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE) if parts else None

    def term_for(self, matched):
        return self.term_of.get(normalised(matched.replace("&nbsp;", " ").replace("&#160;", " ")))


def link_terms(html, terms):
    """Returns the HTML with the first use of each term linked to `#tu-ngu-<slug>`, and the terms used, in the order
    they first appear."""
    matcher = TermMatcher(terms)
    if matcher.pattern is None:
        return html, []
    used = []
    open_unlinked = []

    def link(match):
        term = matcher.term_for(match.group(0))
        if term is None or term in used:
            return match.group(0)
        used.append(term)
        return f'<a class="term" href="#{term.anchor}">{match.group(0)}</a>'

    pieces = TAG.split(html)
    for index, piece in enumerate(pieces):
        if index % 2:  # a tag
            name = TAG_NAME.match(piece)
            if name and name.group(2).lower() in UNLINKED and not piece.endswith("/>"):
                if name.group(1):
                    if open_unlinked:
                        open_unlinked.pop()
                else:
                    open_unlinked.append(name.group(2).lower())
        elif piece and not open_unlinked:
            pieces[index] = matcher.pattern.sub(link, unicodedata.normalize("NFC", piece))
    return "".join(pieces), used
