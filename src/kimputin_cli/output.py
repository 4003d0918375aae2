"""Records and output formats, chosen and written in one place.

Every command produces records: plain dicts with snake_case keys that are always present
(None when unknown) and a ``type``. The same records feed JSON, JSON Lines, CSV and the Rich
view, so the human view and the machine view never disagree.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from typing import IO, TYPE_CHECKING, Any

from kimputin_cli.models import Article, Hit, Match, Quote, QuoteGroup, TraceHit
from kimputin_cli.textnorm import strip_control

if TYPE_CHECKING:
    from kimputin_cli.corpus import SyncReport

Record = dict[str, Any]


class Format(str, Enum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


def article_fields(article: Article) -> Record:
    """The fields every record about an article carries."""
    return {
        "article": article.id,
        "outlet": article.outlet,
        "date": article.date,
        "path": article.path,
    }


def article_record(article: Article, paragraphs: int) -> Record:
    return {
        "type": "article",
        **article_fields(article),
        "outlet_slug": article.outlet_slug,
        "title": article.title,
        "date_basis": article.date_basis,
        "paragraphs": paragraphs,
        "cites": article.cites,
        "byline": article.byline,
        "editor": article.editor,
        "url": article.url,
        "field_sources": article.field_sources,
        "extra": article.extra,
    }


def paragraph_record(article: Article, number: int) -> Record:
    """One paragraph of an article (``kp show ID:N``); ``number`` counts from 1."""
    return {
        "type": "paragraph",
        **article_fields(article),
        "title": article.title,
        "paragraph": number,
        "text": article.paragraphs[number - 1],
    }


def article_with_blocks_record(article: Article, paths: list[str]) -> Record:
    """An article with every block of its text, numbered as its content paragraphs are, and
    every path it was read from (``kp show ID``)."""
    record = article_record(article, len(article.paragraphs))
    blocks = []
    number = 0
    for block in article.blocks:
        number += block.kind == "content"
        paragraph = number if block.kind == "content" else None
        blocks.append({"kind": block.kind, "text": block.text, "paragraph": paragraph})
    record["blocks"] = blocks
    record["paths"] = paths
    return record


def index_summary_record(
    report: SyncReport, corpus: str, seconds: float, failures: list[tuple[str, str]]
) -> Record:
    """What a run of ``kp index`` did, with every file that cannot be read (and why)."""
    return {
        "type": "index_summary",
        "corpus": corpus,
        "added": report.added,
        "updated": report.updated,
        "removed": report.removed,
        "unchanged": report.unchanged,
        "skipped": report.skipped,
        "skipped_kinds": report.skipped_kinds,
        "failed": report.failed,
        "duplicates": report.duplicates,
        "articles_read": report.articles,
        "seconds": seconds,
        "failures": [{"path": path, "reason": reason} for path, reason in failures],
    }


def hit_record(hit: Hit) -> Record:
    return {
        "type": "hit",
        **article_fields(hit.article),
        "title": hit.article.title,
        "paragraph": hit.paragraph,
        "text": hit.text,
        "score": hit.score,
        "matches": _match_list(hit.matches),
    }


def _match_list(matches: list[Match]) -> list[Record]:
    return [{"start": m.start, "end": m.end, "term": m.term, "kind": m.kind} for m in matches]


def quote_record(
    quote: Quote, article: Article, speaker: str | None, matches: list[Match]
) -> Record:
    """``speaker`` is the corpus-wide canonical name; ``matches`` spans words asked for."""
    return {
        "type": "quote",
        "id": quote.id,
        **article_fields(article),
        "title": article.title,
        "paragraph": quote.paragraph,
        "end_paragraph": quote.end_paragraph,
        "text": quote.text,
        "speaker": speaker,
        "speaker_as_written": quote.speaker_as_written,
        "office": quote.office,
        "kind": quote.kind,
        "via": quote.via,
        "start": quote.start,
        "end": quote.end,
        "matches": _match_list(matches),
    }


def speaker_record(
    name: str, aliases: list[str], quotes: dict[str, int], outlets: list[str]
) -> Record:
    return {
        "type": "speaker",
        "speaker": name,
        "aliases": aliases,
        "quotes": quotes.get("direct", 0) + quotes.get("fragment", 0),
        "direct": quotes.get("direct", 0),
        "fragment": quotes.get("fragment", 0),
        "indirect": quotes.get("indirect", 0),
        "outlets": outlets,
    }


# json.dumps escapes C0 controls but leaves DEL and the C1 range (U+0080-U+009F, where U+009B is a
# one-character CSI for some terminals) raw; escape them too, so no output can drive a terminal.
# The line and paragraph separators (U+2028, U+2029) are escaped as well: tools that split
# lines the Unicode way (Python's str.splitlines) would cut a JSON Lines record there.
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), 0x2028, 0x2029]}


def trace_hit_record(hit: TraceHit, upstream: str | None, earliest: bool) -> Record:
    return {
        "type": "trace_hit",
        **article_fields(hit.article),
        "title": hit.article.title,
        "paragraph": hit.paragraph,
        "text": hit.text,
        "kind": hit.kind,
        "similarity": hit.similarity,
        "start": hit.start,
        "end": hit.end,
        "matches": _match_list(hit.matches),
        "diff": hit.diff,
        "speaker": hit.speaker,
        "via": hit.via,
        "earliest": earliest,
        "upstream": upstream,
    }


def quote_group_record(group: QuoteGroup) -> Record:
    quote = group.members[0][0]
    speakers = Counter(s for _, _, s in group.members if s)
    return {
        "type": "quote_group",
        "text": quote.text,
        "speaker": speakers.most_common(1)[0][0] if speakers else None,
        # every speaker the outlets name, most often named first: more than one when outlets
        # give the same words to different people
        "speakers": [name for name, _ in speakers.most_common()],
        "outlets": group.outlets,
        "count": len(group.members),
        "first_date": min((a.date for _, a, _ in group.members if a.date), default=None),
        "quotes": [
            {
                **article_fields(a),
                "id": q.id,
                "paragraph": q.paragraph,
                "text": q.text,
                "speaker": s,
            }
            for q, a, s in group.members
        ],
    }


def _json(record: Record) -> str:
    return json.dumps(record, ensure_ascii=False).translate(_JSON_ESCAPES)


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return strip_control(value)
    return value


def write(
    records: Iterable[Record],
    fmt: Format,
    out: IO[str],
    render: Callable[[Iterable[Record]], None] | None = None,
) -> int:
    """Write records in a format; returns how many were written. ``render`` draws the human
    view, from the records as they come (it is not called when there are none).

    JSON escapes control characters, so no terminal escape sequence from article text reaches
    the output in any machine format; the Rich view strips them.
    """
    count = 0
    if fmt is Format.TABLE:
        if render is None:
            return sum(1 for _ in records)
        iterator = iter(records)
        first = next(iterator, None)
        if first is None:
            return 0

        def counted() -> Iterator[Record]:
            nonlocal count
            for record in itertools.chain([first], iterator):
                count += 1
                yield record

        render(counted())
        return count
    if fmt is Format.JSON:
        out.write("[")
        for record in records:
            out.write(("\n" if count == 0 else ",\n") + _json(record))
            count += 1
        out.write("\n]\n" if count else "]\n")
        return count
    if fmt is Format.JSONL:
        for record in records:
            out.write(_json(record) + "\n")
            count += 1
        return count
    writer: Any = None
    for record in records:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(record), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _csv_cell(v) for k, v in record.items()})
        count += 1
    return count
