"""Indonesian stemming (Sastrawi), cached per word.

PySastrawi strips Indonesian prefixes and suffixes only when the remaining root is in its
dictionary, so names and foreign words pass through unchanged (unlike Snowball's Indonesian
stemmer, which cuts ``mengatakan`` to ``ata``). One lookup per distinct word, then a cache hit.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MIN_STEM_CHARS = 4


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    # the uncached stemmer: its own cache grows without bound, ours is an LRU
    return StemmerFactory().create_stemmer().delegatedStemmer


def is_common_word(word: str) -> bool:
    """Whether a word is ordinary Indonesian (a dictionary root or an affixed form of one)."""
    lowered = word.casefold()
    if len(lowered) < MIN_STEM_CHARS or not lowered.isalpha():
        return False
    return stem(lowered) != lowered or bool(_stemmer().dictionary.contains(lowered))


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    """The root of a normalised word; words with digits or under four letters are kept."""
    if len(word) < MIN_STEM_CHARS or not word.isalpha():
        return word
    return str(_stemmer().stem(word)) or word
