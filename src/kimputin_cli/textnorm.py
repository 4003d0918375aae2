"""Word tokenisation and normalisation shared by indexing, querying and highlighting.

One definition of "a word" keeps index terms and highlight offsets in agreement.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import fields, is_dataclass, replace
from functools import lru_cache
from typing import Any, NamedTuple

WORD_CHAR = r"[^\W_]"  # a letter or digit, in any script
WORD_RE = re.compile(WORD_CHAR + "+")
# a capitalised word of a name: it may hold dots (TEMPO.CO, U.S.) but ends at a full stop, so a
# name never runs on into the next sentence ("… KCNA. Dalam", "… in Russia. Kremlin spokesman")
CAPITALISED_WORD = r"[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*(?:(?<=\b[A-Z])\.)?"
# a search term: a word, with apostrophes inside it (Ma'ruf, Jum’at, Putin's), which the term
# drops, so that maruf and jumat, the other spellings, find them; an English 's goes whole
APOSTROPHES = "'’"
_TERM_RE = re.compile(rf"{WORD_CHAR}+(?:[{APOSTROPHES}]{WORD_CHAR}+)*")
_POSSESSIVE = re.compile(rf"[{APOSTROPHES}]s$")
_APOSTROPHE = re.compile(rf"[{APOSTROPHES}]")


def has_apostrophe(text: str) -> bool:
    """Whether a text may hold a term spelt with an apostrophe, which the term drops."""
    return "'" in text or "’" in text


MAX_TERM_CHARS = 40
# control characters, and the invisible ones pages leave inside words: zero-width spaces and
# joiners, soft hyphens (a page's hyphenation hints: "sena\u00adng" is "senang"), word joiners and
# stray byte order marks
_CONTROL_RE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
_ANSI_RE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")


class Token(NamedTuple):
    """A word of a text: its half-open character span and its normalised form. A tuple, not a
    dataclass: highlighting and quote extraction make one per word of every paragraph read."""

    start: int
    end: int
    norm: str


@lru_cache(maxsize=200_000)
def normalize(word: str) -> str:
    """Case-fold and strip diacritics, so *Peskòv* and *peskov* are one term, and drop
    apostrophes (*Ma'ruf* is *maruf*, *Putin's* is *putin*)."""
    if has_apostrophe(word):
        word = _APOSTROPHE.sub("", _POSSESSIVE.sub("", word))
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> Iterator[Token]:
    for m in _TERM_RE.finditer(text):
        norm = normalize(m.group())
        if norm and len(norm) <= MAX_TERM_CHARS:
            yield Token(m.start(), m.end(), norm)


def words(text: str) -> list[str]:
    """The normalised words of ``text``: the norms of ``tokens(text)``, computed faster."""
    return [w for w in map(normalize, _TERM_RE.findall(text)) if 0 < len(w) <= MAX_TERM_CHARS]


def analysed(text: str) -> str:
    """``words(text)`` joined by spaces, which is what the search index is given. Most text
    is ASCII; it is lowered in one call rather than word by word, since indexing every
    paragraph of a large corpus spends most of its time here."""
    found = _TERM_RE.findall(text)
    joined = " ".join(found)
    plain = joined.isascii() and not has_apostrophe(joined)
    if plain and max(map(len, found), default=0) <= MAX_TERM_CHARS:
        return joined.lower()
    return " ".join(words(text))


# the spaces and hyphens of typesetting (no-break, thin, narrow, ideographic spaces; the hyphen
# and the non-breaking hyphen, U+2010 and U+2011): plain ones to a reader, and to the patterns
# that read datelines, attributions and names ("KOMPAS.com\u00a0-\u00a0…", "Kim Jong\u2011un")
_TYPESETTING = re.compile("[\xa0\u1680\u2000-\u200a\u202f\u205f\u3000\u2010\u2011]")
_PLAIN = str.maketrans(
    {c: " " for c in "\xa0\u1680\u202f\u205f\u3000"}
    | {chr(c): " " for c in range(0x2000, 0x200B)}
    | {"\u2010": "-", "\u2011": "-"}
)


def plain_typesetting(text: str) -> str:
    # a search first: most texts have none, and finding none is a fast scan
    return text.translate(_PLAIN) if _TYPESETTING.search(text) else text


def strip_control(text: str) -> str:
    """Remove terminal escape sequences, control characters and invisible characters inside
    words, keeping newlines and tabs."""
    return _CONTROL_RE.sub("", _ANSI_RE.sub("", text))


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(value: Any) -> Any:
    """A value, or the lists, dicts and dataclasses of them, with every lone surrogate in its
    text as U+FFFD: half of an emoji, which no UTF-8 text (nor the store) can hold."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, (list, tuple)):
        return type(value)(without_lone_surrogates(v) for v in value)
    if isinstance(value, dict):
        return {without_lone_surrogates(k): without_lone_surrogates(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        changed = {f.name: without_lone_surrogates(getattr(value, f.name)) for f in fields(value)}
        return replace(value, **changed)
    return value


def auto_edits(word: str) -> int:
    """The edits a typo of a word may have, as Lucene's AUTO fuzziness allows: none under five
    letters, one under nine, two from nine."""
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2
