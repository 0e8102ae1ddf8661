"""What every page must hold on a phone, checked in the browser: nothing scrolls sideways, no control that does
nothing is visible, no English is left on the screen. Each check returns what it found, so a test can name every
page and problem at once instead of stopping at the first."""

# Words of English UI text (Wagtail's and Django's among them) that no Vietnamese sentence of ours contains.
# Words that are also Vietnamese without their marks (in, to, no, do, an, me...) and loanwords Vietnamese
# writes as they are (email, file, menu, online) are left out on purpose.
ENGLISH_WORDS = frozenset(
    """
    ago day days hour hours minute minutes month months second seconds week weeks year years yesterday today just
    about account accepted action actions active add added after all already and any approve approved are
    archive archived at available awaiting back because been before being below both browse but by cancel
    cancelled change changed changes choose clear click close collection collections comment comments
    confirm contains content copy could create created current dashboard date default delete deleted
    description details disabled document documents done download draft drafts edit edited editing editor
    enabled enter entries error errors every expired explorer export failed false field fields filter filters
    find first forbidden found from group groups has have help here hidden history home image images info is
    item items last latest live loading locked log login logout more move moved must name new next none not
    nothing notifications of only or order other owner page pages password pending please preview previous
    privacy private publish published public recent rejected remove removed rename reports request required
    reset restore result results returned revision revisions save saved scheduled search select selected
    settings show sign site size snippet snippets sort status submit submitted success tag tags task tasks
    that the there these this title true type unknown unlock unpublish unpublished until update updated upload
    uploaded user username users view was were when which will with without workflow workflows yes you your
    """.split()
)

_VISIBILITY_JS = """
const describe = (el) => {
    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
        + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
    return text ? `${name} “${text.slice(0, 50)}”` : name;
};
const shows = (el) => {
    if (!el.checkVisibility({checkVisibilityCSS: true})) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
};
"""

_SIDEWAYS_JS = (
    "() => {"
    + _VISIBILITY_JS
    + """
    const problems = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
        problems.push(`the page is ${root.scrollWidth}px wide on a ${root.clientWidth}px screen`);
    }
    for (const el of document.body.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        if (!['auto', 'scroll'].includes(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
        if (!shows(el)) continue;
        problems.push(`${describe(el)} scrolls sideways: ${el.scrollWidth}px in ${el.clientWidth}px`);
    }
    return problems;
}"""
)

# Controls that work only with a browser feature name it in an attribute; each must be hidden without it.
_FEATURE_JS = (
    "() => {"
    + _VISIBILITY_JS
    + """
    const speaksVietnamese = () => 'speechSynthesis' in window
        && speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith('vi'));
    const needs = {
        '[data-read-aloud]': speaksVietnamese,
        '[data-share]': () => typeof navigator.share === 'function',
        '[data-copy-link]': () => !!(navigator.clipboard && navigator.clipboard.writeText),
        '[data-save-offline]': () => 'serviceWorker' in navigator && 'caches' in window,
    };
    const problems = [];
    for (const [selector, works] of Object.entries(needs)) {
        for (const el of document.querySelectorAll(selector)) {
            if (shows(el) && !works()) problems.push(`${describe(el)} shows but this browser cannot do it`);
        }
    }
    return problems;
}"""
)

_HIDDEN_AND_INERT_JS = (
    "(javascript) => {"
    + _VISIBILITY_JS
    + """
    const problems = [];
    for (const el of document.querySelectorAll('[hidden]')) {
        if (shows(el)) problems.push(`${describe(el)} is marked hidden but shows`);
    }
    const candidates = [];
    for (const el of document.querySelectorAll('button, input[type=submit], input[type=button], [role=button]')) {
        if (!shows(el) || el.disabled) continue;
        if (['BUTTON', 'INPUT'].includes(el.tagName) && el.type === 'submit') {
            if (!el.form) problems.push(`${describe(el)} submits no form`);
            continue;
        }
        if (el.tagName === 'A' && el.getAttribute('href') && !el.getAttribute('href').startsWith('#')) continue;
        if (el.tagName === 'SUMMARY') continue;
        if (!javascript) {
            problems.push(`${describe(el)} needs JavaScript but shows without it`);
            continue;
        }
        el.setAttribute('data-page-check', candidates.length);
        candidates.push(describe(el));
    }
    return {problems, candidates};
}"""
)


def sideways_scroll(page):
    """The page, or any box on it, that scrolls sideways: a phone reader never finds what is off to the right."""
    return page.evaluate(_SIDEWAYS_JS)


def dead_controls(page, javascript):
    """Visible controls that do nothing here: marked hidden yet shown, script-only without script, a submit
    button outside any form, a feature the browser lacks, or (with script) a button nothing listens to."""
    found = page.evaluate(_HIDDEN_AND_INERT_JS, javascript)
    problems = list(found["problems"])
    if javascript:
        problems += page.evaluate(_FEATURE_JS)
        problems += _buttons_nothing_listens_to(page, found["candidates"])
    return problems


def _buttons_nothing_listens_to(page, candidates):
    if not candidates:
        return []
    session = page.context.new_cdp_session(page)
    problems = []
    try:
        for index, description in enumerate(candidates):
            if not _has_click_listener(session, f"document.querySelector('[data-page-check=\"{index}\"]')"):
                problems.append(f"{description} shows but nothing answers a tap")
    finally:
        session.detach()
    return problems


def _has_click_listener(session, element_expression):
    """A listener on the control or any ancestor up to the window (delegated handlers count)."""
    depth = 0
    while True:
        expression = element_expression + ".parentNode" * depth
        found = session.send("Runtime.evaluate", {"expression": f"({expression}) || null"})
        object_id = found["result"].get("objectId")
        if object_id is None:
            object_id = session.send("Runtime.evaluate", {"expression": "window"})["result"]["objectId"]
            return _listens_for_taps(session, object_id)
        if _listens_for_taps(session, object_id):
            return True
        depth += 1


def _listens_for_taps(session, object_id):
    listeners = session.send("DOMDebugger.getEventListeners", {"objectId": object_id, "depth": 0})["listeners"]
    return any(listener["type"] in ("click", "pointerdown", "pointerup", "touchend") for listener in listeners)


_TEXT_JS = (
    "() => {"
    + _VISIBILITY_JS
    + """
    const skipped = 'code, pre, kbd, samp, script, style, template, [translate=no], [lang]:not([lang^=vi])';
    const pieces = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(skipped) || !parent.checkVisibility({checkVisibilityCSS: true})) continue;
        if (node.textContent.trim()) pieces.push(node.textContent.trim());
    }
    const labelled = '[placeholder], [aria-label], [title], img[alt], input[type=submit], input[type=button]';
    for (const el of document.body.querySelectorAll(labelled)) {
        if (el.closest(skipped)) continue;
        for (const attribute of ['placeholder', 'aria-label', 'title', 'alt']) {
            if (el.getAttribute(attribute)) pieces.push(el.getAttribute(attribute));
        }
        if (el.tagName === 'INPUT' && ['submit', 'button'].includes(el.type)) pieces.push(el.value);
    }
    if (document.title) pieces.push(document.title);
    return pieces;
}"""
)


def english_words(page, allowed=()):
    """English words on the screen (text, placeholders, labels for screen readers, titles), each with where
    it was seen. Acronyms in capitals (OTP, PDF, QR) and names in `allowed` are not English sentences."""
    allowed = {word.lower() for word in allowed}
    found = {}
    for piece in page.evaluate(_TEXT_JS):
        for word in _ascii_words(piece):
            lowered = word.lower()
            if word.isupper() or lowered in allowed or lowered not in ENGLISH_WORDS:
                continue
            found.setdefault(lowered, piece[:80])
    return [f"“{word}” in “{context}”" for word, context in sorted(found.items())]


def _ascii_words(text):
    word = []
    for character in text + " ":
        if character.isascii() and character.isalpha():
            word.append(character)
            continue
        # A letter with Vietnamese marks joins the word, so "đăng" never yields a stray "ng".
        if character.isalpha():
            word.append(character)
            continue
        if word:
            token = "".join(word)
            if token.isascii():
                yield token
            word = []
