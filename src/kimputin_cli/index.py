"""The search index: derived from the store, rebuildable, behind one small interface.

``SearchIndex`` is what the rest of kp uses; ``TantivyIndex`` implements it with tantivy (a
Lucene-class engine in Rust): one document per content paragraph, with two text fields: ``words``
(its words, with positions for phrases) and ``loose`` (its words plus the Indonesian roots of
the inflected ones, what inflection and typo queries look in), outlet and date as filter fields.
Queries are built as query objects, never parsed from user text, so nothing a user types can
act as index syntax.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any, Protocol

from kimputin_cli.stemming import english_forms, stem
from kimputin_cli.store import ArticleFilter
from kimputin_cli.textnorm import auto_edits

STATE_FILE = "search-state.json"
INDEX_FORMAT = 2  # bumped when the schema changes: an index of another format is rebuilt
# One indexing thread with a large budget writes few, large segments. Fuzzy queries walk the
# vocabulary of every segment, so at a million paragraphs two segments answer three to four
# times faster than eight; the Python side producing documents is the bottleneck anyway.
WRITER_HEAP_BYTES = 256 * 1024 * 1024
WRITER_THREADS = 1


class Level(IntEnum):
    """How loosely a query word may match; each level includes the ones before it."""

    EXACT = 0
    INFLECTION = 1
    TYPO = 2


@dataclass(frozen=True)
class QueryTerm:
    """A query word (one token) or a quoted phrase (several tokens, matched exactly).
    ``variants``, when known, are the words of the corpus that are typos of it: at the typo
    level they are asked as term queries, which BM25 ranks, instead of the fuzzy query, which
    the engine scores flat; ``splits`` are the two words it may be written as, ``joined``
    the one word it and the next query word may be written as."""

    tokens: tuple[str, ...]
    max_edits: int = 0
    variants: tuple[str, ...] = ()
    # the word written as two words of the corpus ("kerjasama" as "kerja sama"), matched as
    # phrases at the typo level: a space is one edit, which no fuzzy term query can make; and
    # the word of the corpus it makes with the query word next to it ("kerja" of "kerja sama"
    # in "kerjasama"), matched at the typo level too
    splits: tuple[tuple[str, str], ...] = ()
    joined: tuple[str, ...] = ()

    @property
    def is_phrase(self) -> bool:
        return len(self.tokens) > 1

    @property
    def stem(self) -> str:
        return stem(self.tokens[0])

    @property
    def english_forms(self) -> tuple[str, ...]:
        """Its English plural or singular, matched as inflections (``sanctions``)."""
        return () if self.is_phrase else english_forms(self.tokens[0])

    @property
    def stem_max_edits(self) -> int:
        """The edits a typo of the stem may have: no more than the stem's own length allows
        (``menyambut`` may be two edits off, its root ``sambut`` one: ``sebut`` is no typo)."""
        return min(self.max_edits, auto_edits(self.stem))


@dataclass(frozen=True)
class IndexDoc:
    """One content paragraph as the search index sees it: its normalised words joined by
    spaces, and the roots of its inflected words (``satelitnya`` -> ``satelit``)."""

    block_id: int
    article: str
    outlet_slug: str | None
    date: str | None
    words: str
    roots: list[str]


@dataclass(frozen=True)
class IndexQuery:
    """What the index is asked: every term (or any), loose up to ``level``, within a filter."""

    terms: list[QueryTerm]
    require_all: bool
    level: Level
    where: ArticleFilter
    limit: int


class SearchIndex(Protocol):
    def generation(self) -> int | None:
        """The store generation this index reflects, or None when there is no usable index."""

    def rebuild(self, docs: Iterable[IndexDoc], generation: int) -> None: ...

    def update(
        self, removed_articles: Iterable[str], added: Iterable[IndexDoc], generation: int
    ) -> None: ...

    def search(self, query: IndexQuery) -> list[tuple[int, float]]:
        """(block id, score) of the best paragraphs, best first."""

    def size_bytes(self) -> int: ...


def _day_number(date: str | None) -> int:
    return int(date.replace("-", "")) if date else 0


class TantivyIndex:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._index: Any = None
        self._schema: Any = None
        self._tantivy: Any = None  # the module, imported on first use: it takes 15 ms to load

    # -- state ---------------------------------------------------------------------------------

    def _state(self) -> dict[str, Any] | None:
        try:
            state = json.loads((self.folder / STATE_FILE).read_text())
        except (OSError, ValueError):
            return None
        if not isinstance(state, dict) or state.get("format") != INDEX_FORMAT:
            return None
        if not (self.folder / str(state.get("dir"))).is_dir():
            return None
        return state

    def _write_state(self, dirname: str, generation: int) -> None:
        tmp = self.folder / f"{STATE_FILE}.{os.getpid()}.tmp"
        state = {"format": INDEX_FORMAT, "dir": dirname, "generation": generation}
        tmp.write_text(json.dumps(state))
        os.replace(tmp, self.folder / STATE_FILE)

    def generation(self) -> int | None:
        state = self._state()
        return int(state["generation"]) if state else None

    # -- tantivy -------------------------------------------------------------------------------

    @staticmethod
    def _build_schema() -> Any:
        import tantivy

        builder = tantivy.SchemaBuilder()
        builder.add_text_field("words", tokenizer_name="whitespace", index_option="position")
        builder.add_text_field("loose", tokenizer_name="whitespace", index_option="freq")
        builder.add_text_field("article", tokenizer_name="raw", index_option="basic")
        builder.add_text_field("outlet", tokenizer_name="raw", index_option="basic")
        builder.add_integer_field("block", stored=True, indexed=True, fast=True)
        builder.add_integer_field("day", indexed=True, fast=True)
        return builder.build()

    def _open(self) -> Any:
        if self._index is None:
            import tantivy

            state = self._state()
            if state is None:
                raise FileNotFoundError("no search index")
            self._schema = self._build_schema()
            self._index = tantivy.Index(self._schema, path=str(self.folder / state["dir"]))
            self._tantivy = tantivy
        return self._index

    def _add(self, writer: Any, docs: Iterable[IndexDoc]) -> None:
        import tantivy

        for doc in docs:
            writer.add_document(
                tantivy.Document(
                    words=doc.words,
                    loose=f"{doc.words} {' '.join(doc.roots)}" if doc.roots else doc.words,
                    article=doc.article,
                    outlet=doc.outlet_slug or "",
                    block=doc.block_id,
                    day=_day_number(doc.date),
                )
            )

    def rebuild(self, docs: Iterable[IndexDoc], generation: int) -> None:
        """Write a complete new index beside the old one, then switch the state file to it."""
        import tantivy

        self.folder.mkdir(parents=True, exist_ok=True)
        dirname = f"tantivy-{generation}-{os.getpid()}"
        target = self.folder / dirname
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()
        index = tantivy.Index(self._build_schema(), path=str(target))
        writer = index.writer(heap_size=WRITER_HEAP_BYTES, num_threads=WRITER_THREADS)
        self._add(writer, docs)
        writer.commit()
        writer.wait_merging_threads()
        self._write_state(dirname, generation)
        self._index = None
        for old in self.folder.glob("tantivy-*"):
            if old.name != dirname:
                shutil.rmtree(old, ignore_errors=True)

    def update(
        self, removed_articles: Iterable[str], added: Iterable[IndexDoc], generation: int
    ) -> None:
        state = self._state()
        if state is None:
            raise FileNotFoundError("no search index to update")
        index = self._open()
        writer = index.writer(heap_size=WRITER_HEAP_BYTES, num_threads=WRITER_THREADS)
        for article in removed_articles:
            writer.delete_documents_by_term("article", article)
        self._add(writer, added)
        writer.commit()
        writer.wait_merging_threads()
        self._write_state(state["dir"], generation)
        self._index = None

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.folder.rglob("*") if p.is_file())

    # -- querying ------------------------------------------------------------------------------

    def _term_query(self, term: QueryTerm, level: Level) -> Any:
        Occur, Query = self._tantivy.Occur, self._tantivy.Query
        schema = self._schema
        if term.is_phrase:
            return Query.phrase_query(schema, "words", list(term.tokens))
        word = term.tokens[0]
        options = [Query.term_query(schema, "words", word)]
        if level >= Level.INFLECTION:
            options.append(Query.term_query(schema, "loose", term.stem))
            options += [Query.term_query(schema, "words", f) for f in term.english_forms]
        if level >= Level.TYPO and term.variants:
            options += [Query.term_query(schema, "loose", v) for v in term.variants]
        elif level >= Level.TYPO and term.max_edits:
            for text, edits in {word: term.max_edits, term.stem: term.stem_max_edits}.items():
                if edits:
                    options.append(Query.fuzzy_term_query(schema, "loose", text, edits, True))
        if level >= Level.TYPO:
            options += [Query.phrase_query(schema, "words", list(s)) for s in term.splits]
            options += [Query.term_query(schema, "words", j) for j in term.joined]
        if len(options) == 1:
            return options[0]
        return Query.boolean_query([(Occur.Should, q) for q in options])

    def _filter_queries(self, where: ArticleFilter) -> list[Any]:
        tantivy = self._tantivy
        Query = tantivy.Query
        filters = []
        if where.outlet_slugs is not None:
            filters.append(Query.term_set_query(self._schema, "outlet", list(where.outlet_slugs)))
        if where.since or where.until:
            filters.append(
                Query.range_query(
                    self._schema,
                    "day",
                    tantivy.FieldType.Integer,
                    _day_number(where.since) if where.since else 1,
                    _day_number(where.until) if where.until else 99_999_999,
                )
            )
        return filters

    def search(self, query: IndexQuery) -> list[tuple[int, float]]:
        index = self._open()
        Occur, Query = self._tantivy.Occur, self._tantivy.Query
        # a query is wrapped in a boolean one only when it must be: tantivy ranks a bare term
        # query with block-max WAND, twice as fast for a frequent word
        parts = [self._term_query(t, query.level) for t in query.terms]
        occur = Occur.Must if query.require_all else Occur.Should
        core = parts[0] if len(parts) == 1 else Query.boolean_query([(occur, q) for q in parts])
        filters = self._filter_queries(query.where)
        if filters:
            core = Query.boolean_query([(Occur.Must, q) for q in (core, *filters)])
        searcher = index.searcher()
        # no more hits than documents (a --limit beyond the engine's integers means "all")
        limit = min(query.limit, max(1, searcher.num_docs))
        result = searcher.search(core, limit, count=False)
        return [
            (int(b), float(score))
            for b, (score, _) in zip(block_ids_of(searcher, result.hits), result.hits, strict=True)
        ]


STORED_READS_MAX = 4


def block_ids_of(searcher: Any, hits: list[tuple[float, Any]]) -> list[int]:
    """The paragraph ids of hits. Reading the fast-field column costs about 50 µs however
    few hits there are; a stored field costs 1 µs a hit, or 10 µs when its block of the doc
    store must be decompressed, so a few hits are read from the doc store."""
    addresses = [address for _, address in hits]
    if len(addresses) <= STORED_READS_MAX:
        return [searcher.doc(address)["block"][0] for address in addresses]
    return list(searcher.fast_field_values("block", addresses))
