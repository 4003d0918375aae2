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

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    """The root of a normalised word; words with digits or under four letters are kept."""
    if len(word) < MIN_STEM_CHARS or not word.isalpha():
        return word
    return str(_stemmer().stem(word)) or word
