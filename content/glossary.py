"""Linking a page's hard words to their plain-words definitions (content.GlossaryTerm), in one pass over the HTML the
page has already rendered: the first use of each term, outside links, headings and controls, becomes a link to the
definition in the page's own "Giải thích từ ngữ" section, so it works offline and on paper with no extra request."""

import re
import unicodedata
from html import unescape

from content.models.glossary import GlossaryTerm, normalised

# A tag (or comment) and the text between tags, one after the other.
TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
TAG_NAME = re.compile(r"<\s*(?:(/)\s*)?([a-zA-Z][a-zA-Z0-9]*)")  # spaces matched one way only
# Text inside these is left alone: a link inside a link, a heading or a control would not work or read well.
UNLINKED = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "label", "summary", "script", "style", "textarea",
            "select", "option", "title", "dt"}  # fmt: skip
# A character reference: matching runs on the text they stand for, so "&amp;" is "&" and "&nbsp;" a space.
REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
# One way only to match any run of spaces (\xa0 included): a pattern matching a space two ways backtracks
# exponentially on a long run of non-breaking spaces.
SPACE = r"\s+"


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
        return self.term_of.get(normalised(matched))


def decoded(text):
    """The text with its character references decoded, and where each decoded character came from in the text (its
    start and end there), or None for both when it holds no reference."""
    if "&" not in text:
        return text, None, None
    chars, starts, ends, position = [], [], [], 0
    for reference in REFERENCE.finditer(text):
        chars.append(text[position : reference.start()])
        starts.extend(range(position, reference.start()))
        ends.extend(range(position + 1, reference.start() + 1))
        value = unescape(reference.group(0))
        chars.append(value)
        starts.extend([reference.start()] * len(value))
        ends.extend([reference.end()] * len(value))
        position = reference.end()
    chars.append(text[position:])
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    return "".join(chars), starts, ends


def link_terms(html, terms):
    """Returns the HTML with the first use of each term linked to `#tu-ngu-<slug>`, and the terms used, in the order
    they first appear."""
    matcher = TermMatcher(terms)
    if matcher.pattern is None:
        return html, []
    used = []
    open_unlinked = []

    def linked(text):
        """The text (between two tags, as the HTML holds it) with its terms' first uses linked, matched on the text
        its character references stand for; each link wraps the matched text exactly as it was written."""
        text = unicodedata.normalize("NFC", text)
        searched, starts, ends = decoded(text)
        result, position = [], 0
        for match in matcher.pattern.finditer(searched):
            term = matcher.term_for(match.group(0))
            if term is None or term in used:
                continue
            used.append(term)
            start, end = match.span()
            if starts is not None:
                start, end = starts[start], ends[end - 1]
            result.append(f'{text[position:start]}<a class="term" href="#{term.anchor}">{text[start:end]}</a>')
            position = end
        result.append(text[position:])
        return "".join(result)

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
            pieces[index] = linked(piece)
    return "".join(pieces), used
