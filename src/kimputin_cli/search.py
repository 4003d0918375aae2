"""Ranked, typo-tolerant, morphology-aware search over content paragraphs.

Each query word matches its exact form first, then its inflected forms (same Indonesian stem),
then typos within Lucene's AUTO-like fuzziness (none under 5 letters, 1 edit from 5, 2 from 9,
a transposition counting as one). The index is asked tier by tier: paragraphs matching every
word before those matching some, and within that, exact before inflection before typo; BM25
orders each tier. Highlight spans are computed here, on the few paragraphs returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from rapidfuzz.distance import OSA

from kimputin_cli.corpus import Corpus
from kimputin_cli.errors import BadQuery
from kimputin_cli.index import IndexQuery, Level, QueryTerm
from kimputin_cli.models import Article, Hit, Match, Paragraph
from kimputin_cli.stemming import stem
from kimputin_cli.store import ArticleFilter
from kimputin_cli.textnorm import (
    WORD_CHAR,
    auto_edits,
    has_apostrophe,
    normalize,
    tokens,
    words,
)

EVERYTHING = ArticleFilter()
MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 32
_PHRASE_RE = re.compile(r'"([^"]*)"|“([^”]*)”')
# A text without one keeps its offsets when lowered (curly quotes and dashes are no letters),
# and its words normalise to their lowered selves.
_NON_ASCII_WORD_CHAR = re.compile(r"[^\W\x00-\x7f]")
_WORD_CHAR_RE = re.compile(WORD_CHAR)


@dataclass(frozen=True)
class ParsedQuery:
    terms: list[QueryTerm]
    exact: bool


def parse_query(text: str, exact: bool = False) -> ParsedQuery:
    """Words and "quoted phrases" of a query; everything else in it is plain text."""
    if not text or not text.strip():
        raise BadQuery("the query is empty")
    if len(text) > MAX_QUERY_CHARS:
        raise BadQuery(f"the query is too long ({len(text)} characters, at most {MAX_QUERY_CHARS})")
    terms: list[QueryTerm] = []
    for m in _PHRASE_RE.finditer(text):
        phrase = tuple(words(m.group(1) or m.group(2) or ""))
        if phrase:
            terms.append(QueryTerm(phrase))
    rest = _PHRASE_RE.sub(" ", text)
    seen = {t.tokens for t in terms}
    for word in words(rest):
        if (word,) not in seen:
            seen.add((word,))
            terms.append(QueryTerm((word,), 0 if exact else auto_edits(word)))
    if not terms:
        raise BadQuery(f"the query {text.strip()!r} has no words to search for")
    if len(terms) > MAX_QUERY_TERMS:
        raise BadQuery(f"the query has {len(terms)} words; at most {MAX_QUERY_TERMS} are searched")
    return ParsedQuery(terms, exact)


def _tiers(query: ParsedQuery) -> list[tuple[bool, Level]]:
    levels = [Level.EXACT] if query.exact else [Level.EXACT, Level.INFLECTION]
    if not query.exact and any(t.max_edits for t in query.terms):
        levels.append(Level.TYPO)
    modes = [True, False] if len(query.terms) > 1 else [True]
    return [(require_all, level) for require_all in modes for level in levels]


class _Word:
    """A single-word query term, prepared for classifying the words of paragraphs. What only
    loose matching needs (the stem, its English forms) is worked out when first asked."""

    def __init__(self, term: QueryTerm) -> None:
        self.word = term.tokens[0]
        self.max_edits = term.max_edits
        self._term = term

    @cached_property
    def stem(self) -> str:
        return self._term.stem

    @cached_property
    def stem_max_edits(self) -> int:
        return self._term.stem_max_edits

    @cached_property
    def english_forms(self) -> tuple[str, ...]:
        return self._term.english_forms

    @cached_property
    def related(self) -> re.Pattern[str]:
        """Any three-letter run of the word or its stem. A word that may be an inflection or
        a near-typo of the term shares one with it (an edit within the AUTO distances leaves
        one intact); stemming a word costs far more than this test, and most words fail it."""
        runs = {r[i : i + 3] for r in (self.word, self.stem) for i in range(max(1, len(r) - 2))}
        return re.compile("|".join(sorted(map(re.escape, runs))))

    def classify(self, norm: str, exact: bool) -> str | None:
        """How a normalised word answers this term, as the index matches it: the word itself,
        a word of the same root, or a word or root within the term's edit distance of the
        term's word or root."""
        if norm == self.word:
            return "exact"
        if exact or not self.related.search(norm):
            return None
        norm_stem = stem(norm)
        if norm_stem == self.stem or norm in self.english_forms:
            return "inflection"
        pairs = ((self.word, self.max_edits), (self.stem, self.stem_max_edits))
        if any(
            OSA.distance(a, b, score_cutoff=edits) <= edits
            for b, edits in pairs
            if edits
            for a in (norm, norm_stem)
        ):
            return "typo"
        return None


RANK = {"exact": 0, "inflection": 1, "typo": 2}


class Highlighter:
    """The spans of a text that answer a query. Made once per query: it remembers how each
    word answered, since the paragraphs of one result share most of their words."""

    def __init__(self, terms: list[QueryTerm], exact: bool = False) -> None:
        self.phrases = [t for t in terms if t.is_phrase]
        self.words = [_Word(t) for t in terms if not t.is_phrase]
        self.splits = [(t.tokens[0], split) for t in terms for split in t.splits]
        # a word of the text that two query words written together make, answering both:
        # "kerjasama" for "kerja sama" asked
        self.joined: dict[str, str] = {}
        for t in terms:
            for j in t.joined:
                self.joined[j] = (
                    f"{self.joined[j]} {t.tokens[0]}" if j in self.joined else t.tokens[0]
                )
        self.exact = exact
        self._answers: dict[str, tuple[str, str] | None] = {}
        ascii_words = sorted({w.word for w in self.words if w.word.isascii()}, key=len)[::-1]
        # an ASCII query word ending a word of lowered text; whether it also starts one is
        # checked after (a leading look-behind would keep the engine from scanning for the word)
        self._exact_ascii = re.compile(
            rf"(?:{'|'.join(map(re.escape, ascii_words))})(?!{WORD_CHAR})"
            if ascii_words
            else r"(?!)"
        )

    def _answer(self, norm: str) -> tuple[str, str] | None:
        """(kind, term word) of the best match of a word, or None."""
        if norm not in self._answers:
            found = [(k, w.word) for w in self.words if (k := w.classify(norm, self.exact))]
            self._answers[norm] = min(found, key=lambda f: RANK[f[0]], default=None)
        return self._answers[norm]

    def __call__(self, text: str) -> list[Match]:
        if (
            self.exact
            and not self.phrases
            and (text.isascii() or not _NON_ASCII_WORD_CHAR.search(text))
            and not has_apostrophe(text)  # Ma'ruf is the term maruf: the token path knows
        ):
            # the common case of --exact, without a token object per word
            lowered = text.lower()
            return [
                Match(m.start(), m.end(), m.group(), "exact")
                for m in self._exact_ascii.finditer(lowered)
                if not m.start() or not _WORD_CHAR_RE.match(lowered, m.start() - 1)
            ]
        toks = list(tokens(text))
        matches: list[Match] = []
        taken: set[int] = set()
        for term in self.phrases:
            size = len(term.tokens)
            label = " ".join(term.tokens)
            for i in range(len(toks) - size + 1):
                if tuple(t.norm for t in toks[i : i + size]) == term.tokens:
                    matches.append(Match(toks[i].start, toks[i + size - 1].end, label, "exact"))
                    taken.update(range(i, i + size))
        for word, (first, second) in self.splits:
            for i in range(len(toks) - 1):
                if (
                    toks[i].norm == first
                    and toks[i + 1].norm == second
                    and not taken.intersection((i, i + 1))
                ):
                    matches.append(Match(toks[i].start, toks[i + 1].end, word, "typo"))
                    taken.update((i, i + 1))
        if self.words:
            for i, token in enumerate(toks):
                answer = self._answer(token.norm)
                if answer is None and token.norm in self.joined:
                    answer = ("typo", self.joined[token.norm])
                if answer and i not in taken:
                    matches.append(Match(token.start, token.end, answer[1], answer[0]))
        return sorted(matches, key=lambda m: m.start)


def highlight(text: str, terms: list[QueryTerm], exact: bool = False) -> list[Match]:
    """Spans in ``text`` that answer the query terms, in text order."""
    return Highlighter(terms, exact)(text)


Rows = dict[int, tuple[Article, Paragraph]]
MIN_SPLIT_CHARS = 3  # the shortest word a query word may be split into


def _with_compounds(corpus: Corpus, terms: list[QueryTerm]) -> list[QueryTerm]:
    """The terms, each single word that may be two words of the corpus written together
    with those two words, and two query words next to each other that the corpus writes as
    one with that word: Indonesian writes compounds both ways (``kerjasama`` and ``kerja
    sama``, ``tandatangan`` and ``tanda tangan``), and a space is a typo no fuzzy term query
    can forgive."""
    loose = [t.tokens[0] if not t.is_phrase and t.tokens[0].isalpha() else "" for t in terms]
    halves = {
        word: [
            (word[:at], word[at:]) for at in range(MIN_SPLIT_CHARS, len(word) - MIN_SPLIT_CHARS + 1)
        ]
        for word, term in zip(loose, terms, strict=True)
        if word and term.max_edits
    }
    pairs = [
        (i, loose[i] + loose[i + 1]) for i in range(len(terms) - 1) if loose[i] and loose[i + 1]
    ]
    asked = {w for split in halves.values() for pair in split for w in pair}
    asked.update(together for _, together in pairs)
    if not asked:
        return terms
    known = corpus.store.known_words(asked)
    joined: dict[int, list[str]] = {}
    for i, together in pairs:
        if together in known:
            joined.setdefault(i, []).append(together)
            joined.setdefault(i + 1, []).append(together)
    return [
        replace(
            t,
            splits=tuple(p for p in halves.get(loose[i], ()) if known.issuperset(p)),
            joined=tuple(joined.get(i, ())),
        )
        if loose[i]
        else t
        for i, t in enumerate(terms)
    ]


def _with_typo_variants(
    corpus: Corpus,
    asked: IndexQuery,
    found: list[tuple[int, float]],
    highlighter: Highlighter,
    read: Rows,
) -> IndexQuery:
    """The typo-level query again, each word with the typos of it that the fuzzy matches
    contain, for BM25 to rank (the engine scores fuzzy matches flat): Lucene's rewrite of a
    fuzzy query into the terms it matched, learnt here from the paragraphs matched. The
    paragraphs read are added to ``read``, so the hits among them are not read again."""
    read.update(corpus.store.paragraphs([b for b, _ in found if b not in read]))
    typos: dict[str, set[str]] = {}
    for _, paragraph in (read[b] for b, _ in found if b in read):
        for match in highlighter(paragraph.text):
            if match.kind == "typo":
                typo = normalize(paragraph.text[match.start : match.end])
                typos.setdefault(match.term, set()).add(typo)
    terms = [
        replace(t, variants=tuple(sorted(typos[t.tokens[0]])))
        if not t.is_phrase and t.tokens[0] in typos
        else t
        for t in asked.terms
    ]
    return replace(asked, terms=terms)


def search(
    corpus: Corpus,
    text: str,
    where: ArticleFilter = EVERYTHING,
    limit: int = 10,
    exact: bool = False,
) -> list[Hit]:
    """The best ``limit`` paragraphs for a query, best first."""
    if limit < 1:
        raise BadQuery("--limit must be at least 1")
    query = parse_query(text, exact)
    highlighter = Highlighter(query.terms, exact)
    read: Rows = {}
    ranked: dict[int, float] = {}
    terms = query.terms
    for require_all, level in _tiers(query):
        if len(ranked) >= limit:
            break
        if level is Level.TYPO and terms is query.terms:
            terms = _with_compounds(corpus, terms)
            if terms != query.terms:
                highlighter = Highlighter(terms, exact)
        asked = IndexQuery(terms, require_all, level, where, limit + len(ranked))
        found = corpus.search_index(asked)
        if level is Level.TYPO and found:
            # ranked first, then any fuzzy match the typos learnt did not cover
            rewritten = _with_typo_variants(corpus, asked, found, highlighter, read)
            found = corpus.search_index(rewritten) + found
        for block_id, score in found:
            if block_id not in ranked and len(ranked) < limit:
                ranked[block_id] = score
    read.update(corpus.store.paragraphs([b for b in ranked if b not in read]))
    hits = []
    for block_id, score in ranked.items():
        if block_id not in read:
            continue  # removed from the store since the index was read
        article, paragraph = read[block_id]
        hits.append(
            Hit(
                article,
                paragraph.number,
                paragraph.text,
                round(score, 4),
                highlighter(paragraph.text),
            )
        )
    return hits
