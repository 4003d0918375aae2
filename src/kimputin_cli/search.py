"""Ranked, typo-tolerant, morphology-aware search over content paragraphs.

Each query word matches its exact form first, then its inflected forms (same Indonesian stem),
then typos within Lucene's AUTO-like fuzziness (none under 5 letters, 1 edit from 5, 2 from 9,
a transposition counting as one). The index is asked tier by tier: paragraphs matching every
word before those matching some, and within that, exact before inflection before typo; BM25
orders each tier. Highlight spans are computed here, on the few paragraphs returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from kimputin_cli.corpus import Corpus
from kimputin_cli.errors import BadQuery
from kimputin_cli.index import IndexQuery, Level, QueryTerm
from kimputin_cli.models import Hit, Match
from kimputin_cli.stemming import stem
from kimputin_cli.store import ArticleFilter
from kimputin_cli.textnorm import Token, tokens, words

EVERYTHING = ArticleFilter()
MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 32
_PHRASE_RE = re.compile(r'"([^"]*)"|“([^”]*)”')


def max_edits(word: str) -> int:
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


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
            terms.append(QueryTerm((word,), 0 if exact else max_edits(word)))
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


def _may_relate(word: str, root: str) -> bool:
    """Whether ``word`` could be an inflection or a near-typo of ``root``: they share a
    three-letter run (an edit within the AUTO distances leaves one intact). Stemming a word
    costs far more than this test, and most words of a paragraph fail it."""
    if len(root) < 3:
        return root in word
    return any(root[i : i + 3] in word for i in range(len(root) - 2))


def _classify_token(token: Token, term: QueryTerm) -> str | None:
    word = term.tokens[0]
    if token.norm == word:
        return "exact"
    if not (_may_relate(token.norm, term.stem) or _may_relate(token.norm, word)):
        return None
    token_stem = stem(token.norm)
    if token_stem == term.stem:
        return "inflection"
    if term.max_edits and (
        OSA.distance(token.norm, word, score_cutoff=term.max_edits) <= term.max_edits
        or OSA.distance(token_stem, term.stem, score_cutoff=term.max_edits) <= term.max_edits
    ):
        return "typo"
    return None


def highlight(text: str, terms: list[QueryTerm], exact: bool = False) -> list[Match]:
    """Spans in ``text`` that answer the query terms, in text order."""
    toks = list(tokens(text))
    matches: list[Match] = []
    taken: set[int] = set()
    for term in terms:
        if not term.is_phrase:
            continue
        size = len(term.tokens)
        label = " ".join(term.tokens)
        for i in range(len(toks) - size + 1):
            if tuple(t.norm for t in toks[i : i + size]) == term.tokens:
                matches.append(Match(toks[i].start, toks[i + size - 1].end, label, "exact"))
                taken.update(range(i, i + size))
    singles = [t for t in terms if not t.is_phrase]
    rank = {"exact": 0, "inflection": 1, "typo": 2}
    for i, token in enumerate(toks):
        if i in taken:
            continue
        best: tuple[str, str] | None = None
        for term in singles:
            kind = _classify_token(token, term)
            if (
                kind
                and ((exact and kind == "exact") or not exact)
                and (best is None or rank[kind] < rank[best[1]])
            ):
                best = (term.tokens[0], kind)
        if best:
            matches.append(Match(token.start, token.end, best[0], best[1]))
    return sorted(matches, key=lambda m: m.start)


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
    ranked: dict[int, float] = {}
    for require_all, level in _tiers(query):
        if len(ranked) >= limit:
            break
        asked = IndexQuery(query.terms, require_all, level, where, limit + len(ranked))
        found = corpus.search_index(asked)
        for block_id, score in found:
            if block_id not in ranked and len(ranked) < limit:
                ranked[block_id] = score
    rows = corpus.store.paragraphs(list(ranked))
    hits = []
    for block_id, score in ranked.items():
        if block_id not in rows:
            continue  # removed from the store since the index was read
        article, paragraph = rows[block_id]
        hits.append(
            Hit(
                article,
                paragraph.number,
                paragraph.text,
                round(score, 4),
                highlight(paragraph.text, query.terms, exact),
            )
        )
    return hits
