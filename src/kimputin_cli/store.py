"""The store of record: one SQLite database (WAL) per corpus with articles, blocks and quotes.

Everything else kp keeps (the search index) is derived from this database and can be rebuilt.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from kimputin_cli.models import ARTICLE_ID_HASH_CHARS, Article, Block, Paragraph, Quote
from kimputin_cli.textnorm import without_lone_surrogates

# Raised whenever the tables or what kp extracts from a file change (cleaning, metadata,
# quotes): a store written under another number is rebuilt from the corpus files.
SCHEMA_VERSION = 547

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    problem TEXT
);
CREATE TABLE IF NOT EXISTS articles(
    id TEXT PRIMARY KEY, path TEXT NOT NULL, outlet TEXT, outlet_slug TEXT, title TEXT,
    date TEXT, date_basis TEXT, byline TEXT, editor TEXT, url TEXT,
    cites TEXT NOT NULL, field_sources TEXT NOT NULL, paragraphs INTEGER NOT NULL,
    ordinal INTEGER NOT NULL, extra TEXT NOT NULL, content_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_content ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet_slug);
CREATE TABLE IF NOT EXISTS article_files(
    article TEXT NOT NULL, path TEXT NOT NULL, source TEXT NOT NULL, ordinal INTEGER NOT NULL,
    PRIMARY KEY(path, article)
);
CREATE INDEX IF NOT EXISTS article_files_article ON article_files(article);
CREATE TABLE IF NOT EXISTS blocks(
    id INTEGER PRIMARY KEY AUTOINCREMENT, article TEXT NOT NULL, seq INTEGER NOT NULL,
    kind TEXT NOT NULL, number INTEGER, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS blocks_article ON blocks(article, seq);
CREATE TABLE IF NOT EXISTS quotes(
    id INTEGER PRIMARY KEY AUTOINCREMENT, article TEXT NOT NULL, paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT,
    speaker_as_written TEXT, kind TEXT NOT NULL, via TEXT, end_paragraph INTEGER NOT NULL,
    office TEXT
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article, paragraph);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS speakers(
    name TEXT PRIMARY KEY, aliases TEXT NOT NULL, direct INTEGER NOT NULL,
    fragment INTEGER NOT NULL, indirect INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS speaker_names(
    stored TEXT PRIMARY KEY, speaker TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS speaker_names_speaker ON speaker_names(speaker);
CREATE TABLE IF NOT EXISTS stems(word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID;
"""

MAX_ID_EXTENSIONS = 17  # two more hex digits each, up to the whole 40-digit content hash
ARTICLE_COLUMNS = (
    "id, path, outlet, outlet_slug, title, date, date_basis, byline, editor, url, cites, "
    "field_sources, ordinal, extra, content_hash"
)
ARTICLE_COLUMNS_OF_A = ", ".join(f"a.{c.strip()}" for c in ARTICLE_COLUMNS.split(","))
ARTICLE_COLUMN_COUNT = ARTICLE_COLUMNS.count(",") + 1


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles a query covers. ``outlet_slugs`` None means every outlet."""

    outlet_slugs: tuple[str, ...] | None = None
    since: str | None = None
    until: str | None = None

    def sql(self, alias: str = "a") -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if self.outlet_slugs is not None:
            clauses.append(f"{alias}.outlet_slug IN ({','.join('?' * len(self.outlet_slugs))})")
            params.extend(self.outlet_slugs)
        if self.since:
            clauses.append(f"{alias}.date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"{alias}.date <= ?")
            params.append(self.until)
        return (" AND ".join(clauses) or "1"), params


def _from_json(stored: str) -> Any:
    """A stored JSON field; most are empty, and every search result reads three."""
    if stored == "[]":
        return []
    if stored == "{}":
        return {}
    return json.loads(stored)


# Every search hit and listed quote decodes its article's cited sources and field origins; a
# corpus has few distinct combinations of either, so each is decoded once.
@lru_cache(maxsize=4096)
def _cites(stored: str) -> tuple[str, ...]:
    return tuple(json.loads(stored))


@lru_cache(maxsize=4096)
def _field_sources(stored: str) -> tuple[tuple[str, str], ...]:
    return tuple(json.loads(stored).items())


def _article_from_row(row: sqlite3.Row) -> Article:
    """The article of a row whose first columns are ``ARTICLE_COLUMNS``, read by position:
    every search hit and listed quote makes one."""
    (
        article_id,
        path,
        outlet,
        outlet_slug,
        title,
        date,
        date_basis,
        byline,
        editor,
        url,
        cites,
        field_sources,
        ordinal,
        extra,
        content_hash,
    ) = row[:ARTICLE_COLUMN_COUNT]
    return Article(
        article_id,
        path,
        outlet,
        outlet_slug,
        title,
        date,
        date_basis,
        byline,
        editor,
        url,
        list(_cites(cites)),
        dict(_field_sources(field_sources)),
        ordinal=ordinal,
        extra=_from_json(extra),
        content_hash=content_hash,
    )


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA busy_timeout=60000")

    @staticmethod
    def version_of(path: Path) -> int:
        with sqlite3.connect(path, timeout=60) as db:
            return int(db.execute("PRAGMA user_version").fetchone()[0])

    def create_schema(self) -> None:
        self.db.executescript(_SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when the block raises."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.db.in_transaction:  # SQLite rolls back itself on some errors (disk full)
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- bookkeeping ---------------------------------------------------------------------------

    def generation(self) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return int(row[0]) if row else 0

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", (key, value))

    def bump_generation(self) -> None:
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES('generation', '1') ON CONFLICT(key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    def file_states(self) -> dict[str, tuple[int, int]]:
        rows = self.db.execute("SELECT path, size, mtime_ns FROM files")
        return {r[0]: (r[1], r[2]) for r in rows}

    def file_problems(self) -> list[tuple[str, str]]:
        rows = self.db.execute("SELECT path, problem FROM files WHERE problem IS NOT NULL")
        return [(r[0], r[1]) for r in rows]

    # -- writing (call inside a transaction) -------------------------------------------------

    def remove_file(self, path: str) -> list[str]:
        """Forget a file. Returns the ids of articles that no longer exist anywhere."""
        affected = [
            r[0]
            for r in self.db.execute("SELECT article FROM article_files WHERE path = ?", (path,))
        ]
        self.db.execute("DELETE FROM article_files WHERE path = ?", (path,))
        self.db.execute("DELETE FROM files WHERE path = ?", (path,))
        gone: list[str] = []
        for article in affected:
            other = self.db.execute(
                "SELECT source, ordinal FROM article_files WHERE article = ? ORDER BY path LIMIT 1",
                (article,),
            ).fetchone()
            if other is None:
                for table, column in (
                    ("blocks", "article"),
                    ("quotes", "article"),
                    ("articles", "id"),
                ):
                    self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (article,))
                gone.append(article)
            else:  # its copy in another file, where it stands there: a member, a line
                self.db.execute(
                    "UPDATE articles SET path = ?, ordinal = ? WHERE id = ?", (*other, article)
                )
        return gone

    def add_file(
        self,
        path: str,
        size: int,
        mtime_ns: int,
        problem: str | None,
        articles: Sequence[tuple[Article, Sequence[Quote]]],
    ) -> list[str]:
        """Record a file and its articles. Returns the ids of articles new to the store;
        an article already stored from another file (a duplicate) only gains this path."""
        self.db.execute(
            "INSERT OR REPLACE INTO files(path, size, mtime_ns, problem) VALUES(?,?,?,?)",
            (path, size, mtime_ns, problem),
        )
        return self.add_articles(path, articles)

    def has_articles_from(self, path: str) -> bool:
        found = self.db.execute("SELECT 1 FROM article_files WHERE path = ? LIMIT 1", (path,))
        return found.fetchone() is not None

    def keep_file(self, path: str, size: int, mtime_ns: int, problem: str) -> None:
        """Record that a file cannot be read as it is now, keeping its articles as read
        before; it is read again when it changes."""
        self.db.execute(
            "UPDATE files SET size = ?, mtime_ns = ?, problem = ? WHERE path = ?",
            (size, mtime_ns, problem, path),
        )

    def set_file_state(self, path: str, size: int, mtime_ns: int) -> None:
        """Mark a file read to its end: a file read in parts is recorded first with a size no
        file has, so that a run killed before its last part reads it again."""
        self.db.execute(
            "UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime_ns, path)
        )

    def _free_id(self, article: Article) -> str:
        """The article's id, or while another article holds it, the id with more of its
        content hash: an id is outlet, day and six hex digits, which thousands of articles of
        one outlet and day (or undated) share by chance."""
        candidate = article.id
        for extra in range(2, 2 * MAX_ID_EXTENSIONS + 1, 2):
            if not self.db.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone():
                return candidate
            more = article.content_hash[ARTICLE_ID_HASH_CHARS : ARTICLE_ID_HASH_CHARS + extra]
            candidate = f"{article.id}{more}" if len(more) == extra else f"{article.id}-{extra}"
        return candidate

    def add_articles(
        self, path: str, articles: Sequence[tuple[Article, Sequence[Quote]]]
    ) -> list[str]:
        """Articles of a recorded file (see ``add_file``). Text with a lone surrogate in it,
        which UTF-8 cannot hold (half of an emoji a reader passed on), is stored with U+FFFD
        in its place, rather than failing the whole refresh."""
        self.db.execute("SAVEPOINT articles")
        try:
            added = self._insert_articles(path, articles)
        except UnicodeEncodeError:
            self.db.execute("ROLLBACK TO articles")
            added = self._insert_articles(path, without_lone_surrogates(list(articles)))
        self.db.execute("RELEASE articles")
        return added

    def _insert_articles(
        self, path: str, articles: Sequence[tuple[Article, Sequence[Quote]]]
    ) -> list[str]:
        added: list[str] = []
        for article, quotes in articles:
            same = self.db.execute(
                "SELECT id FROM articles WHERE content_hash = ? LIMIT 1", (article.content_hash,)
            ).fetchone()
            if not same:
                free = self._free_id(article)
                if free != article.id:
                    article = replace(article, id=free)
                    quotes = [replace(q, article=free) for q in quotes]
            self.db.execute(
                "INSERT OR IGNORE INTO article_files(article, path, source, ordinal) "
                "VALUES(?, ?, ?, ?)",
                (same[0] if same else article.id, path, article.path, article.ordinal),
            )
            if same:
                continue
            added.append(article.id)
            self.db.execute(
                f"INSERT INTO articles({ARTICLE_COLUMNS}, paragraphs) "
                "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id,
                    article.path,
                    article.outlet,
                    article.outlet_slug,
                    article.title,
                    article.date,
                    article.date_basis,
                    article.byline,
                    article.editor,
                    article.url,
                    json.dumps(article.cites, ensure_ascii=False),
                    json.dumps(article.field_sources),
                    article.ordinal,
                    json.dumps(article.extra, ensure_ascii=False, default=str),
                    article.content_hash,
                    len(article.paragraphs),
                ),
            )
            number = 0
            rows = []
            for seq, block in enumerate(article.blocks):
                if block.kind == "content":
                    number += 1
                rows.append(
                    (
                        article.id,
                        seq,
                        block.kind,
                        number if block.kind == "content" else None,
                        block.text,
                    )
                )
            self.db.executemany(
                "INSERT INTO blocks(article, seq, kind, number, text) VALUES(?,?,?,?,?)", rows
            )
            self.db.executemany(
                'INSERT INTO quotes(article, paragraph, start, "end", text, speaker, '
                "speaker_as_written, kind, via, end_paragraph, office) "
                "VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        q.article,
                        q.paragraph,
                        q.start,
                        q.end,
                        q.text,
                        q.speaker,
                        q.speaker_as_written,
                        q.kind,
                        q.via,
                        q.end_paragraph,
                        q.office,
                    )
                    for q in quotes
                ],
            )
        return added

    # -- reading -------------------------------------------------------------------------------

    def articles(self, where: ArticleFilter = ArticleFilter()) -> Iterator[tuple[Article, int]]:
        """Articles matching the filter, by date then outlet, with their paragraph counts."""
        clause, params = where.sql()
        rows = self.db.execute(
            f"SELECT {ARTICLE_COLUMNS}, paragraphs FROM articles a WHERE {clause} "
            "ORDER BY date IS NULL, date, outlet, id",
            params,
        )
        for row in rows:
            yield _article_from_row(row), row["paragraphs"]

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        article = _article_from_row(row)
        article.blocks = [
            Block(r[1], r[0])
            for r in self.db.execute(
                "SELECT kind, text FROM blocks WHERE article = ? ORDER BY seq", (article_id,)
            )
        ]
        return article

    def existing_articles(self, ids: Iterable[str]) -> list[str]:
        return [r[0] for r in select_in(self.db, "SELECT id FROM articles WHERE id IN {in_}", ids)]

    def article_ids_like(self, prefix: str) -> list[str]:
        rows = self.db.execute(
            "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 10",
            (prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",),
        )
        return [r[0] for r in rows]

    def article_paths(self, article_id: str) -> list[str]:
        """Where each file holding the article holds it (a zip archive's member)."""
        rows = self.db.execute(
            "SELECT source FROM article_files WHERE article = ? ORDER BY path", (article_id,)
        )
        return [r[0] for r in rows]

    def cited_sources(self) -> list[str]:
        """Every source some article cites, once each."""
        rows = self.db.execute(
            "SELECT DISTINCT c.value FROM articles, json_each(articles.cites) AS c ORDER BY 1"
        )
        return [r[0] for r in rows]

    def outlets(self) -> list[tuple[str, str, int]]:
        """(display name, slug, article count) of every outlet in the corpus."""
        rows = self.db.execute(
            "SELECT outlet, outlet_slug, count(*) FROM articles WHERE outlet IS NOT NULL "
            "GROUP BY outlet_slug ORDER BY outlet"
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def paragraphs(self, block_ids: Sequence[int]) -> dict[int, tuple[Article, Paragraph]]:
        """Content paragraphs by block id, with their articles."""
        found: dict[int, tuple[Article, Paragraph]] = {}
        sql = (
            f"SELECT {ARTICLE_COLUMNS_OF_A}, b.id, b.number, b.text "
            "FROM blocks b JOIN articles a ON a.id = b.article WHERE b.id IN {in_}"
        )
        for row in select_in(self.db, sql, block_ids):
            article = _article_from_row(row)
            block_id, number, text = row[ARTICLE_COLUMN_COUNT:]
            found[block_id] = (article, Paragraph(article.id, number, text))
        return found

    def content_rows(
        self, article_ids: Iterable[str] | None = None
    ) -> Iterator[tuple[int, str, str | None, str | None, str]]:
        """(block id, article, outlet slug, date, text) of every content paragraph, or of the
        content paragraphs of some articles: what the search index is built from."""
        query = (
            "SELECT b.id, b.article, a.outlet_slug, a.date, b.text FROM blocks b "
            "JOIN articles a ON a.id = b.article WHERE b.kind = 'content'"
        )
        if article_ids is None:
            yield from self.db.execute(query)
            return
        yield from select_in(self.db, query + " AND b.article IN {in_}", article_ids)

    def add_stems(self, stems: dict[str, str]) -> None:
        """Remember the Indonesian stems of words, so no word is stemmed twice."""
        self.db.executemany("INSERT OR IGNORE INTO stems(word, stem) VALUES(?, ?)", stems.items())

    def stem_table(self) -> dict[str, str]:
        """Words whose stem differs from the word, with their stems."""
        return dict(self.db.execute("SELECT word, stem FROM stems WHERE word != stem"))

    def known_stem(self, word: str) -> str | None:
        try:
            row = self.db.execute("SELECT stem FROM stems WHERE word = ?", (word,)).fetchone()
        except sqlite3.Error:  # closed or busy: the caller stems the word itself
            return None
        return str(row[0]) if row else None

    def known_words(self, candidates: Iterable[str]) -> set[str]:
        """Those of the words that some stored paragraph holds."""
        sql = "SELECT word FROM stems WHERE word IN {in_}"
        return {row[0] for row in select_in(self.db, sql, set(candidates))}

    def has_stems(self) -> bool:
        return self.db.execute("SELECT 1 FROM stems LIMIT 1").fetchone() is not None

    def speaker_forms(self) -> list[tuple[str, str | None, int]]:
        """(speaker, as written or office given, count) over every attributed quote."""
        rows = self.db.execute(
            "SELECT speaker, speaker_as_written, count(*) FROM quotes "
            "WHERE speaker IS NOT NULL GROUP BY speaker, speaker_as_written "
            "UNION ALL SELECT speaker, office, 0 FROM quotes "
            "WHERE speaker IS NOT NULL AND office IS NOT NULL GROUP BY speaker, office"
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def quotes(
        self, where: ArticleFilter, speakers: Sequence[str] | None, kinds: Sequence[str]
    ) -> Iterator[tuple[Quote, Article]]:
        """Quotes by date, outlet and position, with their articles."""
        clause, params = where.sql()
        clause += f" AND q.kind IN ({','.join('?' * len(kinds))})"
        params.extend(kinds)
        if speakers is not None:
            clause += f" AND q.speaker IN ({','.join('?' * len(speakers))})"
            params.extend(speakers)
        rows = self.db.execute(
            f"SELECT {ARTICLE_COLUMNS_OF_A}, {_QUOTE_COLUMNS} FROM quotes q "
            "JOIN articles a ON a.id = q.article "
            f"WHERE {clause} ORDER BY a.date IS NULL, a.date, a.outlet, a.id, q.paragraph, q.start",
            params,
        )
        article: Article | None = None
        for row in rows:
            if article is None or article.id != row[0]:
                # an article's quotes come together: they share one Article (a corpus-wide
                # --group holds every quote at once)
                article = _article_from_row(row)
            yield _quote_from_row(row), article

    def paragraph_quotes(self, article: str, paragraph: int) -> list[Quote]:
        """The quotes that open in one paragraph, in text order."""
        rows = self.db.execute(
            f"SELECT {_QUOTE_COLUMNS}, a.id FROM quotes q JOIN articles a ON a.id = q.article "
            "WHERE q.article = ? AND q.paragraph = ? ORDER BY q.start",
            (article, paragraph),
        )
        return [_quote_from_row(row) for row in rows]

    def replace_speakers(
        self, rows: Iterable[tuple[str, list[str], dict[str, int], Iterable[str]]], state: str
    ) -> None:
        """Store the corpus-wide speaker groups: (name, aliases, counts by kind, stored names)."""
        with self.transaction():
            self.db.execute("DELETE FROM speakers")
            self.db.execute("DELETE FROM speaker_names")
            for name, aliases, counts, stored in rows:
                self.db.execute(
                    "INSERT INTO speakers VALUES(?,?,?,?,?)",
                    (name, json.dumps(aliases, ensure_ascii=False), counts.get("direct", 0),
                     counts.get("fragment", 0), counts.get("indirect", 0)),
                )  # fmt: skip
                self.db.executemany(
                    "INSERT OR REPLACE INTO speaker_names VALUES(?, ?)", [(s, name) for s in stored]
                )
            self.set_meta("speakers_state", state)

    def speaker_rows(self) -> list[tuple[str, list[str], dict[str, int]]]:
        rows = self.db.execute(
            "SELECT name, aliases, direct, fragment, indirect FROM speakers "
            "ORDER BY direct + fragment + indirect DESC, name"
        )
        return [
            (r[0], json.loads(r[1]), {"direct": r[2], "fragment": r[3], "indirect": r[4]})
            for r in rows
        ]

    def stored_names(self, speakers: Sequence[str]) -> dict[str, list[str]]:
        """Speaker group -> the speaker values stored on its quotes."""
        found: dict[str, list[str]] = {}
        sql = "SELECT speaker, stored FROM speaker_names WHERE speaker IN {in_}"
        for speaker, stored in select_in(self.db, sql, speakers):
            found.setdefault(speaker, []).append(stored)
        return found

    def speaker_of(self, stored: Sequence[str]) -> dict[str, str]:
        """Stored speaker value -> its corpus-wide group name."""
        sql = "SELECT stored, speaker FROM speaker_names WHERE stored IN {in_}"
        return {r[0]: r[1] for r in select_in(self.db, sql, dict.fromkeys(stored))}

    def quote_kind_counts(self, where: ArticleFilter) -> list[tuple[str, str, int]]:
        """(stored speaker, kind, quotes) in the articles ``where`` chooses; all of them are
        counted without reading the articles."""
        clause, params = where.sql()
        articles = "" if where == ArticleFilter() else "JOIN articles a ON a.id = q.article "
        rows = self.db.execute(
            f"SELECT q.speaker, q.kind, count(*) FROM quotes q {articles}"
            f"WHERE q.speaker IS NOT NULL AND {clause} GROUP BY q.speaker, q.kind",
            params,
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def speaker_outlets(
        self, where: ArticleFilter, speakers: Iterable[str] | None = None
    ) -> dict[str, set[str]]:
        """Stored speaker -> the outlets quoting them, in the articles ``where`` chooses; of
        the ``speakers`` given only, when given (a few of many are found by the index)."""
        clause, params = where.sql()
        sql = (
            "SELECT DISTINCT q.speaker, a.outlet FROM quotes q JOIN articles a ON a.id = q.article "
            f"WHERE q.speaker IS NOT NULL AND a.outlet IS NOT NULL AND {clause}"
        )
        rows = (
            self.db.execute(sql, params)
            if speakers is None
            else select_in(self.db, sql + " AND q.speaker IN {in_}", speakers, params)
        )
        found: dict[str, set[str]] = {}
        for speaker, outlet in rows:
            found.setdefault(speaker, set()).add(outlet)
        return found

    def date_range(self) -> tuple[str | None, str | None]:
        row = self.db.execute("SELECT min(date), max(date) FROM articles").fetchone()
        return row[0], row[1]

    def speaker_count(self) -> int:
        row = self.db.execute("SELECT count(DISTINCT speaker) FROM quotes").fetchone()
        return int(row[0])

    def has_articles(self) -> bool:
        return self.db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is not None

    def counts(self) -> dict[str, int]:
        one = self.db.execute
        return {
            "articles": one("SELECT count(*) FROM articles").fetchone()[0],
            "paragraphs": one("SELECT count(*) FROM blocks WHERE kind='content'").fetchone()[0],
            "quotes": one("SELECT count(*) FROM quotes WHERE kind != 'indirect'").fetchone()[0],
            "indirect": one("SELECT count(*) FROM quotes WHERE kind = 'indirect'").fetchone()[0],
            "files": one("SELECT count(*) FROM files").fetchone()[0],
        }


_QUOTE_COLUMNS = (
    'q.paragraph AS q_paragraph, q.start AS q_start, q."end" AS q_end, q.text AS q_text, '
    "q.speaker AS q_speaker, q.speaker_as_written AS q_written, q.kind AS q_kind, "
    "q.via AS q_via, q.end_paragraph AS q_end_paragraph, q.office AS q_office"
)


def _quote_from_row(row: sqlite3.Row) -> Quote:
    return Quote(
        row["id"],
        row["q_paragraph"],
        row["q_start"],
        row["q_end"],
        row["q_text"],
        row["q_speaker"],
        row["q_written"],
        row["q_kind"],
        row["q_via"],
        row["q_end_paragraph"],
        row["q_office"],
    )


IN_CHUNK = 500  # values bound per "IN (...)": well under SQLite's limit on parameters


def select_in(
    db: sqlite3.Connection, sql: str, values: Iterable[Any], params: Sequence[Any] = ()
) -> Iterator[Any]:
    """Rows of ``sql``, whose ``{in}`` stands for ``(?, ?, ...)``, for any number of values,
    asked in chunks (after the ``params`` that come before them in ``sql``)."""
    wanted = list(values)
    for start in range(0, len(wanted), IN_CHUNK):
        chunk = wanted[start : start + IN_CHUNK]
        marks = f"({','.join('?' * len(chunk))})"
        yield from db.execute(sql.format(in_=marks), [*params, *chunk]).fetchall()
