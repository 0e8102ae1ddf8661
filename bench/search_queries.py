"""Distinct, realistic search queries for the benchmark (issue 19: 1,000 cache misses on /tim-kiem/).

distinct_queries(count) yields `count` different queries built from the bench data set's own vocabulary (its guide
words, the demo platforms' names and address names, the abbreviations people type, guide numbers), as people type
them: with and without diacritics, in any case, one to four words. The same count always gives the same queries.

    from bench.search_queries import distinct_queries
    paths = [f"/tim-kiem/?{urlencode({'q': query})}" for query in distinct_queries(1000)]
"""

import itertools
import random

from bench.dataset import GUIDE_WORDS
from core.search_text import fold_diacritics

# The demo platforms (content.demo.PLATFORMS) as people name them.
PLATFORM_NAMES = [
    "VNeID",
    "Cổng Dịch vụ công",
    "dịch vụ công quốc gia",
    "VssID",
    "bảo hiểm xã hội số",
    "Sổ sức khỏe điện tử",
    "postmart.vn",
    "postmart",
    "ngân hàng trên điện thoại",
    "eTax Mobile",
    "thuế điện tử",
    "Viettel Money",
    "Mobile Money",
]
# Words every bench guide holds somewhere (its title, outcome, what to prepare, steps).
COMMON_WORDS = ["hướng dẫn", "điện thoại", "căn cước gắn chip", "bước làm", "chạm vào nút", "làm xong việc"]
ABBREVIATIONS = ["dvc", "bhxh", "bhyt", "cccd", "VNeID mức 2"]
# Words no bench guide holds: a partial match or none at all.
RARE_WORDS = ["khai sinh", "tạm trú", "lương hưu", "phạt nguội", "kết hôn", "tiền điện"]


def spellings(text):
    """As typed with diacritics, without them, and in capitals."""
    return [text, fold_diacritics(text), text.upper()]


def phrases():
    """Every short phrase of the vocabulary: one to three parts, in a fixed order."""
    parts = GUIDE_WORDS + PLATFORM_NAMES + COMMON_WORDS + ABBREVIATIONS + RARE_WORDS
    yield from parts
    for first, second in itertools.permutations(GUIDE_WORDS + ABBREVIATIONS, 2):
        yield f"{first} {second}"
    for word, platform in itertools.product(GUIDE_WORDS + RARE_WORDS, PLATFORM_NAMES):
        yield f"{word} {platform}"
    for trio in itertools.permutations(GUIDE_WORDS, 3):
        yield " ".join(trio)


def distinct_queries(count=1000, seed=2026):
    """`count` distinct queries (distinct as typed, so each one misses the page cache), shuffled with a fixed seed
    so every kind of query is spread through the run."""
    rng = random.Random(seed)
    pool, seen = [], set()
    for text in phrases():
        for spelling in spellings(text):
            if spelling not in seen:
                seen.add(spelling)
                pool.append(spelling)
    numbered = (f"hướng dẫn {number}" for number in itertools.count())
    while len(pool) < count:
        pool.append(next(numbered))
    rng.shuffle(pool)
    return pool[:count]
