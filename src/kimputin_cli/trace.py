"""Following one statement from outlet to outlet, and the most repeated quotations.

``trace`` asks the index for paragraphs sharing the statement's words (BM25 favours the rare
ones), then scores only those candidates, sentence by sentence, with word-level edit distance
(rapidfuzz): ``verbatim`` when the statement's words stand in the paragraph in order,
``edited`` when a quoted sentence differs by a few words (the difference is reported),
``retold`` when an unquoted sentence carries most of its content words.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Indel, Levenshtein

from kimputin_cli.corpus import Corpus
from kimputin_cli.errors import BadQuery, NotFound
from kimputin_cli.index import IndexQuery, Level, QueryTerm
from kimputin_cli.models import Article, Match, Quote, QuoteGroup, TraceHit
from kimputin_cli.stemming import stem
from kimputin_cli.store import ArticleFilter
from kimputin_cli.textnorm import Token, tokens, words

CANDIDATES = 200
MAX_TRACE_TERMS = 32
MIN_STATEMENT_WORDS = 3
EDITED_SIMILARITY = 0.7  # word-level similarity of a quoted sentence to count as edited
RETOLD_COVERAGE = (
    0.65  # share (about two thirds) of the statement's content stems a retelling carries
)
GROUP_SIMILARITY = 0.8
MAX_GROUP_BLOCK = 500  # quotes sharing a key word beyond which the word is not distinctive
QUOTE_ID = re.compile(r"^(?P<article>[\w-]+):(?P<paragraph>\d+):(?P<start>\d+)$")
STOPWORDS = frozenset(
    """yang dan di ke dari untuk dengan ini itu pada akan tidak dalam kepada tersebut oleh atau
    juga adalah sebagai karena bahwa saat telah sudah bisa dapat ada para serta agar bagi
    lebih sangat tak kami kita mereka ia dia saya anda kata ujar""".split()
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"»]?\s+(?=[“”\"«A-Z0-9])")


@dataclass(frozen=True)
class Trace:
    statement: str
    hits: list[TraceHit]  # timeline: by date, then outlet
    upstream: str | None  # the source the verbatim copies attribute the statement to


def _content(toks: Iterable[str]) -> list[str]:
    return [t for t in toks if len(t) > 2 and t not in STOPWORDS]


def resolve_statement(corpus: Corpus, text: str) -> str:
    """The statement to trace: the text itself, or the text of a quote given by its id."""
    m = QUOTE_ID.match(text.strip())
    if m:
        for quote in corpus.store.paragraph_quotes(m["article"], int(m["paragraph"])):
            if quote.start == int(m["start"]):
                return quote.text
        raise NotFound(f"no quote {text.strip()!r} (quote ids are printed by `kp quotes`)")
    return text


def trace(corpus: Corpus, text: str, where: ArticleFilter, limit: int | None = None) -> Trace:
    statement = resolve_statement(corpus, text)
    wanted = words(statement)
    content = _content(wanted)
    if len(wanted) < MIN_STATEMENT_WORDS or not content:
        raise BadQuery(f"give a statement of at least {MIN_STATEMENT_WORDS} words to trace")
    unique = list(dict.fromkeys(sorted(content, key=len, reverse=True)))[:MAX_TRACE_TERMS]
    terms = [QueryTerm((w,)) for w in unique]
    candidates = corpus.search_index(IndexQuery(terms, False, Level.INFLECTION, where, CANDIDATES))
    rows = corpus.store.paragraphs([block for block, _ in candidates])
    hits = []
    for block, _ in candidates:
        if block not in rows:
            continue
        article, paragraph = rows[block]
        hit = _score(corpus, article, paragraph.number, paragraph.text, wanted, content)
        if hit is not None:
            hits.append(hit)
    hits.sort(
        key=lambda h: (
            h.article.date is None,
            h.article.date or "",
            h.article.outlet or "",
            h.article.id,
            h.paragraph,
        )
    )
    if limit is not None:
        hits = hits[:limit]
    sources = Counter(h.speaker for h in hits if h.kind != "retold" and h.speaker)
    sources.update(h.via for h in hits if h.via)
    upstream = sources.most_common(1)[0][0] if sources else None
    return Trace(statement, hits, upstream)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for boundary in _SENTENCE_END.finditer(text):
        spans.append((start, boundary.start() + len(boundary.group().rstrip())))
        start = boundary.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _score(
    corpus: Corpus,
    article: Article,
    number: int,
    paragraph: str,
    wanted: list[str],
    content: list[str],
) -> TraceHit | None:
    toks = list(tokens(paragraph))
    norms = [t.norm for t in toks]
    quotes = corpus.store.paragraph_quotes(article.id, number)
    size = len(wanted)
    for i in range(len(norms) - size + 1):
        if norms[i : i + size] == wanted:
            start, end = toks[i].start, toks[i + size - 1].end
            quote = _quote_over(quotes, start, end)
            return _hit(
                article,
                number,
                paragraph,
                "verbatim",
                1.0,
                start,
                end,
                toks[i : i + size],
                [],
                quote,
            )
    wanted_stems = {stem(w) for w in content}

    def shared_in(start: int, end: int) -> list[Token]:
        return [
            t
            for t in toks
            if start <= t.start < end and t.norm not in STOPWORDS and stem(t.norm) in wanted_stems
        ]

    best: TraceHit | None = None
    for quote in quotes:
        if quote.kind == "indirect" or quote.end_paragraph != quote.paragraph:
            continue
        quoted = words(quote.text)
        similarity = Indel.normalized_similarity(wanted, quoted)
        if similarity >= EDITED_SIMILARITY and (best is None or similarity > best.similarity):
            shared = shared_in(quote.start, quote.end)
            diff = _diff(wanted, quoted)
            best = _hit(
                article,
                number,
                paragraph,
                "edited",
                similarity,
                quote.start,
                quote.end,
                shared,
                diff,
                quote,
            )
    if best is not None:
        return best
    for s, e in _sentences(paragraph):
        shared = shared_in(s, e)
        coverage = len({stem(t.norm) for t in shared}) / len(wanted_stems)
        if coverage >= RETOLD_COVERAGE and (best is None or coverage > best.similarity):
            quote = _quote_over(quotes, s, e)
            best = _hit(article, number, paragraph, "retold", coverage, s, e, shared, [], quote)
    return best


def _quote_over(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The direct quote (or, failing that, reported statement) covering a stretch of text."""
    covering = [q for q in quotes if q.start < end and start < q.end]
    covering.sort(key=lambda q: q.kind == "indirect")
    return covering[0] if covering else None


def _hit(
    article: Article,
    number: int,
    paragraph: str,
    kind: str,
    similarity: float,
    start: int,
    end: int,
    shared: list[Token],
    diff: list[dict[str, str]],
    quote: Quote | None,
) -> TraceHit:
    matches = [Match(t.start, t.end, t.norm, "exact") for t in shared]
    return TraceHit(
        article,
        number,
        paragraph,
        kind,
        round(similarity, 3),
        start,
        end,
        matches,
        diff,
        quote.speaker if quote else None,
        quote.via if quote else None,
    )


def _diff(statement: list[str], sentence: list[str]) -> list[dict[str, str]]:
    """Words the paragraph deleted from the statement or inserted into it."""
    ops: list[dict[str, str]] = []
    for op in Levenshtein.opcodes(statement, sentence):
        if op.tag in ("delete", "replace"):
            ops.append({"op": "delete", "words": " ".join(statement[op.src_start : op.src_end])})
        if op.tag in ("insert", "replace"):
            ops.append({"op": "insert", "words": " ".join(sentence[op.dest_start : op.dest_end])})
    return ops


def group_quotes(found: Iterable[tuple[Quote, Article, str | None]]) -> list[QuoteGroup]:
    """The same quotation across articles, most widely carried first. Quotes are compared only
    with quotes of similar length sharing one of their three rarest words (two quotes 80%
    alike share most words), never all against all; a word in very many quotes is no key."""
    items = list(found)
    tokens_of = [words(q.text) for q, _, _ in items]
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # each quote's distinct content words, as a tuple (a set per quote would cost four times
    # the memory, and every quote of the corpus is held at once)
    content_of = [tuple(dict.fromkeys(_content(toks))) for toks in tokens_of]
    frequency = Counter(word for content in content_of for word in content)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, content in enumerate(content_of):
        for key in sorted(content, key=lambda w: (frequency[w], w))[:3]:
            blocks[key].append(i)
    for members in blocks.values():
        if len(members) > MAX_GROUP_BLOCK:
            continue
        members.sort(key=lambda i: len(tokens_of[i]))
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                shorter, longer = len(tokens_of[i]), len(tokens_of[j])
                if 2 * shorter < GROUP_SIMILARITY * (shorter + longer):
                    break  # sorted by length: every later quote is too long to be alike
                if root(i) != root(j) and (
                    Indel.normalized_similarity(tokens_of[i], tokens_of[j]) >= GROUP_SIMILARITY
                ):
                    parent[root(j)] = root(i)
    grouped: dict[int, list[tuple[Quote, Article, str | None]]] = defaultdict(list)
    for i, item in enumerate(items):
        grouped[root(i)].append(item)
    groups = [QuoteGroup(members) for members in grouped.values()]
    groups.sort(key=lambda g: (-len(g.outlets), -len(g.members), g.members[0][1].date or ""))
    return groups
