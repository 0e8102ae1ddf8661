"""Text folding for search: Vietnamese with or without diacritics must match the same pages."""

import re
import unicodedata

WORD = re.compile(r"[a-z0-9]+")


# 'đ' is a letter of its own, not an accent; 'Ð' and 'ð' (Icelandic eth) are what some keyboards type for it.
D_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})


def fold_diacritics(text):
    """Lower-case ASCII: 'Đăng ký tài khoản' becomes 'dang ky tai khoan', whether typed composed (NFC) or
    decomposed (NFD); compatibility forms (the full-width letters some phone keyboards type) become plain letters."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(D_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def search_terms(text, limit=12):
    """The words of a query, folded, without symbols: safe to hand to any search backend."""
    return WORD.findall(fold_diacritics(text))[:limit]


MAX_CANDIDATES = 100


def matching_page_ids(model, query, limit=MAX_CANDIDATES):
    """Ids of live pages of the model whose folded search fields hold any of the query's words, best match first.
    The model indexes folded_title/folded_text, so "dinh danh" finds "định danh"."""
    terms = search_terms(query)
    if not terms:
        return []
    hits = model.objects.live().only("pk").search(" ".join(terms), operator="or")[:limit]
    return [page.pk for page in hits]
