"""The data model: plain dataclasses shared by the library, the store and the output layer.

Every span is half-open, ``[start, end)``, in characters of the paragraph text it belongs to,
so the highlighter and the JSON read the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Block:
    """One line-level block of an article: a content paragraph or recognised boilerplate."""

    text: str
    kind: str  # "content", or the boilerplate label ("related", "caption", "credit", ...)


# an article id is outlet, day and this many hex digits of its content hash (more when another
# article already has that id: see Store.add_articles)
ARTICLE_ID_HASH_CHARS = 6


@dataclass(slots=True)
class Article:
    id: str
    path: str  # relative to the corpus root
    outlet: str | None
    outlet_slug: str | None
    title: str | None
    date: str | None  # ISO 8601 day
    date_basis: str | None  # "given", "dateline", "url", "stated", "inferred" or "path"
    byline: str | None
    editor: str | None
    url: str | None
    cites: list[str]
    field_sources: dict[str, str]  # metadata field -> where its value came from
    blocks: list[Block] = field(default_factory=list)
    ordinal: int = 0  # position in its file (the line of a JSON Lines file)
    extra: dict[str, Any] = field(default_factory=dict)  # unknown fields of a JSON source
    content_hash: str = ""  # same words, same hash: duplicates are stored once

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "content"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    article: str
    number: int  # 1-based among the article's content paragraphs
    text: str


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    term: str  # the query word or phrase this span answers
    kind: str  # "exact", "inflection" or "typo"


@dataclass(frozen=True, slots=True)
class Hit:
    article: Article
    paragraph: int
    text: str
    score: float
    matches: list[Match]


@dataclass(frozen=True, slots=True)
class Quote:
    article: str
    paragraph: int
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_as_written: str | None
    kind: str  # "direct", "fragment" or "indirect"
    via: str | None
    end_paragraph: int  # where the quote closes: the same as ``paragraph`` unless it runs on
    office: str | None = None  # the office the article gives the speaker ("Presiden Rusia")

    @property
    def id(self) -> str:
        """``article:paragraph:start``, stable while the article's text is unchanged."""
        return f"{self.article}:{self.paragraph}:{self.start}"


@dataclass(frozen=True, slots=True)
class TraceHit:
    article: Article
    paragraph: int
    text: str
    kind: str  # "verbatim", "edited" or "retold"
    similarity: float
    start: int  # the matching stretch of the paragraph
    end: int
    matches: list[Match]  # the statement's words in the paragraph
    diff: list[dict[str, str]]  # for edited: words deleted from or inserted into the statement
    speaker: str | None
    via: str | None


@dataclass(slots=True)
class QuoteGroup:
    """One quotation as several articles carry it."""

    members: list[tuple[Quote, Article, str | None]]  # quote, article, canonical speaker

    @property
    def outlets(self) -> list[str]:
        return sorted({a.outlet or "unknown" for _, a, _ in self.members})
