"""Reading corpus files into source documents: decoding, and the file kinds kp understands."""

from __future__ import annotations

import codecs
import contextlib
import csv
import errno
import html
import io
import itertools
import json
import math
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kimputin_cli.factiva import factiva_documents
from kimputin_cli.proquest import proquest_documents, proquest_fields
from kimputin_cli.textnorm import strip_control, without_lone_surrogates
from kimputin_cli.wire import children_markup, wire_elements, wire_fields

if TYPE_CHECKING:
    import zipfile

    from markdown_it.token import Token

TEXT_SUFFIXES = frozenset({".txt", ".md"})
MARKDOWN_SUFFIX = ".md"
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".jsonl", ".json"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})  # RSS 2.0 and Atom feeds, an item each
CSV_SUFFIXES = frozenset({".csv", ".tsv"})  # a table with a header row, one article a row
DOCX_SUFFIX = ".docx"  # a Word document: one article, or a Nexis Uni export of several
RTF_SUFFIX = ".rtf"  # a Rich Text document (WordPad, TextEdit, Nexis and Factiva exports): as .docx
ODT_SUFFIX = ".odt"  # an OpenDocument text (LibreOffice Writer's own format): as .docx
# a web page saved as one file, its images and styles inside (a browser's "Webpage, Single File")
MHTML_SUFFIXES = frozenset({".mhtml", ".mht"})
PDF_SUFFIX = ".pdf"  # a page printed to PDF, an e-paper clipping: one article
# a web archive (a crawler's output, Common Crawl's CC-NEWS): an article a page it archived
WARC_SUFFIX = ".warc"
ZIP_SUFFIX = ".zip"  # an archive of article files, read member by member as a folder is
XLSX_SUFFIX = ".xlsx"  # a workbook (Excel, a media-monitoring tool's export): an article a row
XLS_SUFFIX = ".xls"  # the older binary workbook (Excel 97-2003), read as a .xlsx is
WORKBOOK_SUFFIXES = frozenset({XLSX_SUFFIX, XLS_SUFFIX})
PARQUET_SUFFIX = ".parquet"  # a dataset's table (Hugging Face, Spark, pandas): an article a row
# a tar archive of article files, compressed by gzip, bzip2 or xz or not ("corpus.tar.gz" and
# "corpus.tar.xz" are read as ".tar"), read member by member as a folder is
TAR_SUFFIXES = frozenset({".tar", ".tgz", ".tbz2", ".tbz", ".txz"})
_TAR_COMPRESSIONS = (".bz2", ".xz")  # gzip's is taken off any kind (see kind_suffix)
ARCHIVE_SUFFIXES = TAR_SUFFIXES | {ZIP_SUFFIX}  # (an archive inside an archive is not read)
NO_EXTENSION = "(no extension)"  # how a skipped file without one is counted
# what no file name kp stores and prints may hold
CONTROL_CHAR = re.compile(r"[\x00-\x1f\x7f-\x9f]")
SIDECAR_SUFFIX = ".meta.json"
CATALOG_NAME = "catalog.jsonl"
ALIASES_NAME = "kp-aliases.json"
MAX_FILE_BYTES = 64 * 1024 * 1024
MIN_HTML_WORDS = 8  # an extracted page with less text than this is not an article

# JSON field names that carry each article field, in order of preference: ours, and those of
# scrapers, feeds and media-monitoring exports (news-please, newspaper3k, schema.org, RSS,
# Meltwater), matched whatever their case and however their words are joined (``field_key``)
TEXT_FALLBACKS = ("summary", "description", "excerpt", "snippet")
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "body",
        "content",
        "article",
        "full_text",
        "article_body",
        "article_text",
        "main_text",
        "body_text",
        "lead_paragraph",
        "content_text",  # JSON Feed's
        "content_html",
        "isi",
        "konten",
        "opening_text",  # Meltwater's: an export that holds only the story's opening
        # a summary, when a record has nothing more (Newscatcher's full text is its "summary")
        *TEXT_FALLBACKS,
    ),
    "title": ("title", "headline", "web_title", "judul"),
    "outlet": (
        "outlet",
        "source",
        "site_name",
        "media_name",  # Media Cloud's
        "publisher",
        "media",
        "source_domain",
        "publication",
        "newspaper",
        "site",
        "domain",
        "portal",
        "sumber",
        "source_common_name",  # GDELT's
        "clean_url",  # Newscatcher's: the site's domain
        "source_name",  # NewsAPI's source.name, flattened into a column
        "outlet_name",
        "publication_name",
    ),
    "date": (
        "date",
        "published",
        "published_at",
        "pub_date",
        "date_published",
        "date_publish",
        "publish_date",
        "published_date",
        "datetime",
        "web_publication_date",
        "seen_date",  # GDELT's: when it first saw the story
        "tanggal",
        "tgl",
        # when the record was made, when nothing says when the story was published
        "timestamp",
        "created_at",
        "created",
    ),
    "url": (
        "url",
        "link",
        "canonical_url",
        "source_url",
        "permalink",
        "web_url",
        "page_url",  # Diffbot's
        "document_identifier",  # GDELT's
        "tautan",
    ),
    "author": (
        "author",
        "byline",
        "authors",
        "writer",
        "creator",
        "reporter",
        "penulis",
        "wartawan",
        "reporter_name",
        "author_name",
        "influencer",  # Meltwater's
    ),
}
_BETWEEN_WORDS = re.compile(r"[\s_.\-]+")


@lru_cache(maxsize=4096)  # a file of a million records names the same few fields
def field_key(name: str) -> str:
    """A field's name as kp matches it: in any case, without what joins its words, so a
    spreadsheet's ``Full Text``, a scraper's ``full_text`` and a feed's ``fullText`` (or
    ``source.name``, a nested field flattened into a column) are one field."""
    return _BETWEEN_WORDS.sub("", name.casefold())


# each article field's names as field_key gives them, in order of preference
_FIELD_KEYS = {
    name: tuple(dict.fromkeys(map(field_key, names))) for name, names in FIELD_NAMES.items()
}
_FIELD_OF_KEY = {key: name for name, keys in _FIELD_KEYS.items() for key in keys}


def _field_of(name: str) -> str | None:
    """The article field a column or key of that name holds, or None."""
    return _FIELD_OF_KEY.get(field_key(name))


class FileProblem(Exception):
    """A file that cannot be read as an article; the message says why."""


@dataclass
class SourceDoc:
    """One article's text as found in a file, with the metadata the file or the user gives.

    ``origins`` says where each given field came from: ``json``, ``html``, ``csv``, ``xlsx``,
    ``feed``, ``markdown``, ``labels``, ``nexis``, ``proquest`` or ``factiva`` (the file's own
    metadata), ``catalog`` or ``sidecar`` (the user's metadata files).
    """

    path: str
    ordinal: int  # position of the article in its file: 0, or the line of a JSON Lines file
    text: str
    given: dict[str, str] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    place: str = ""  # where in a file of several articles, as warnings name it: "line 3"


@dataclass
class ReadResult:
    docs: list[SourceDoc]
    warnings: list[str]


SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES
    | HTML_SUFFIXES
    | JSON_SUFFIXES
    | FEED_SUFFIXES
    | CSV_SUFFIXES
    | MHTML_SUFFIXES
    | TAR_SUFFIXES
    | WORKBOOK_SUFFIXES
    | {DOCX_SUFFIX, RTF_SUFFIX, ODT_SUFFIX, PDF_SUFFIX, WARC_SUFFIX, ZIP_SUFFIX, PARQUET_SUFFIX}
)
GZIP_SUFFIX = ".gz"  # any kind kp reads may come gzipped: story.txt.gz, export.jsonl.gz
SUPPORTED_KINDS = (
    f"{', '.join(sorted(SUPPORTED_SUFFIXES))} files, gzipped or not (a .tar by bzip2 or xz too)"
)


def is_gzipped(name: str) -> bool:
    return name.casefold().endswith(GZIP_SUFFIX)


def without_gzip(name: str) -> str:
    """A file's name or path as it would be uncompressed: ``story.txt`` for ``story.txt.gz``."""
    return name[: -len(GZIP_SUFFIX)] if is_gzipped(name) else name


def kind_suffix(name: str) -> str:
    """The suffix that says how a file is read, lowered: ``.jsonl`` for ``Export.JSONL.gz``."""
    lowered = without_gzip(name.casefold())
    dot = lowered.rfind(".")
    if dot <= 0:
        return ""
    suffix = lowered[dot:]
    if suffix in _TAR_COMPRESSIONS and lowered.endswith(".tar", 0, dot):
        return ".tar"
    return suffix


class FileKind(Enum):
    ARTICLES = "articles"
    METADATA = "metadata"  # sidecars, the catalog, the alias file: read with the articles
    UNSUPPORTED = "unsupported"


def file_kind(path: str, name: str, root: str) -> FileKind:
    """What a scanned file is to kp. Asked of every file before every query, so it slices the
    name it is given rather than calling os.path functions."""
    lowered = name.casefold()
    if lowered.endswith(SIDECAR_SUFFIX) or (
        lowered in (CATALOG_NAME, ALIASES_NAME) and os.path.dirname(path) == root
    ):
        return FileKind.METADATA
    if kind_suffix(lowered) in SUPPORTED_SUFFIXES:
        return FileKind.ARTICLES
    return FileKind.UNSUPPORTED


def sidecar_candidates(path: str) -> tuple[str, str]:
    """``story.meta.json`` and ``story.html.meta.json`` for ``story.html`` (and for
    ``story.html.gz``: a sidecar describes the story, gzipped or not)."""
    path = without_gzip(path)
    return os.path.splitext(path)[0] + SIDECAR_SUFFIX, path + SIDECAR_SUFFIX


def sidecar_fields(data: bytes, name: str, warnings: list[str]) -> dict[str, tuple[str, str]]:
    """The fields a sidecar gives its article, each as (value, "sidecar"); none, with a
    warning, when it is not a JSON object."""
    try:
        loaded = parse_json(data.decode("utf-8"))
        if not isinstance(loaded, dict):
            raise ValueError("not a JSON object")
    except ValueError as exc:  # (a UnicodeDecodeError is one)
        warnings.append(f"sidecar {name} ignored: {exc}")
        return {}
    given, _ = metadata_fields(loaded)
    if note := unreadable_date(given):
        warnings.append(f"sidecar {name}: {note}")
    return {k: (v, "sidecar") for k, v in given.items() if k != "text"}


def sidecar_for(path: Path) -> Path | None:
    """The sidecar next to a file, if there is one."""
    for candidate in sidecar_candidates(str(path)):
        if os.path.isfile(candidate):
            return Path(candidate)
    return None


def metadata_fields(obj: dict[str, Any]) -> tuple[dict[str, str], dict[str, Any]]:
    """Known article fields of a JSON object as strings, and every other field as it is."""
    given: dict[str, str] = {}
    used: set[str] = set()
    by_name = {field_key(key): key for key in obj}
    for name, candidates in _FIELD_KEYS.items():
        for candidate in candidates:
            key = by_name.get(candidate)
            if key is None:
                continue
            value = _field_text(name, obj[key])
            if value:
                given[name] = value
                used.add(key)
                break
    extra = {k: v for k, v in obj.items() if k not in used and k != "path"}
    return given, extra


def unreadable_date(given: dict[str, str]) -> str | None:
    """What to say of a given date kp cannot read (the article's date then comes from its
    text), or None."""
    from kimputin_cli.dates import normalize_date  # its regexes cost startup time

    value = given.get("date")
    if value and normalize_date(value) is None:
        return f"date {value[:40]!r} is not a date kp reads; the date is taken from the text"
    return None


def _field_text(name: str, value: Any) -> str | None:
    """A JSON value as the text of an article field, or None when it cannot be one. A body
    given as a list is its paragraphs; a number is a date as a Unix timestamp (UTC) or as
    digits (``20230914``), and never a body."""
    if isinstance(value, dict) and "$date" in value:
        # MongoDB's Extended JSON, as mongoexport writes a date: {"$date": "2023-09-14T…Z"},
        # or in milliseconds, {"$date": {"$numberLong": "1694649600000"}}
        value = value["$date"]
        if isinstance(value, dict):
            value = value.get("$numberLong")
    if isinstance(value, dict):
        # {"name": …} (schema.org), {"rendered": …} (WordPress), {"main": …} (a NYT headline),
        # {"original": "By …"} (a NYT byline), {"html": …} or {"text": …} (a CMS's body)
        value = _dict_text(value)
    if isinstance(value, list):
        items = [_item_text(v) for v in value]
        if name == "text":
            # each item a paragraph, HTML in it read as text
            paragraphs = [markup_text(i) if "<" in i or "&" in i else i for i in items if i]
            return "\n\n".join(p for p in paragraphs if p) or None
        return ", ".join(i for i in items if i) or None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        if name in ("text", "outlet"):
            return None
        if name == "date":
            from kimputin_cli.dates import from_timestamp  # its regexes cost startup time

            if isinstance(value, int) and 10_000_000 <= value <= 99_999_999:
                return str(value)  # eight digits are a day, 20230914, as they are in text
            # a number that is no timestamp is named as unreadable; 0 is an unset one
            return from_timestamp(value) or (str(value) if value else None)
    text = str(value)
    if ("<" in text or "&" in text) and name != "url":  # scrapers and feeds keep HTML
        text = markup_text(text) if name == "text" else _entities(_TAG.sub("", text))
    text = text.strip()
    if name != "text" and text.casefold() in _PLACEHOLDERS:
        return None  # what an export writes for a value it did not have
    if name == "outlet" and not _OUTLET_LIKE.fullmatch(text):
        return None  # no letter in it ("0", "2023-09-14"), or a sentence, not a name
    return text or None


# what exports write for a value they did not have
_PLACEHOLDERS = frozenset("null none nan undefined n/a na - -- ? unknown".split())
# an outlet's name: a letter in it, at most eight words and 80 characters
_OUTLET_LIKE = re.compile(r"(?=[^\n]{1,80}$)(?=.*[^\W\d_])\S+(?:\s+\S+){0,7}", re.DOTALL)


_DICT_TEXT_KEYS = ("name", "title", "rendered", "main", "original", "html", "text", "value")


def _dict_text(value: dict[str, Any]) -> Any:
    return next((value[k] for k in _DICT_TEXT_KEYS if value.get(k)), None)


def _item_text(item: Any) -> str:
    """The text of one item of a list a field holds: a string, a number, or a block of a
    CMS's structured body: ``{"type": "paragraph", "text": …}``, Editor.js's ``{"data":
    {"text": …}}``, Portable Text's ``{"children": [{"text": …}, …]}``."""
    if isinstance(item, bool) or item is None:
        return ""
    if isinstance(item, (str, int, float)):
        return str(item).strip()
    if not isinstance(item, dict):
        return ""
    text = _dict_text(item)
    if isinstance(text, str):
        return text.strip()
    data = item.get("data")
    if isinstance(data, dict) and isinstance(data.get("text"), str):
        return str(data["text"]).strip()
    children = item.get("children")
    if isinstance(children, list):
        return "".join(
            c["text"] for c in children if isinstance(c, dict) and isinstance(c.get("text"), str)
        ).strip()
    return ""


# tags that mark a body as HTML, and those that end a paragraph (or a line) in it
_HTML_MARKUP = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol|blockquote|figure|figcaption|img|"
    r"table|tr|td|section|article)\b[^>]*>",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 blockquote figure figcaption tr table ul ol section article "
    "header footer".split()
)
_HIDDEN_TAGS = frozenset({"script", "style"})
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# an entity with its semicolon: html.unescape alone would also read "&not" in "&notify=1"
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# separators no article text holds (control characters go when a file is read): the end of a
# block, and a line break, which ends a paragraph only when doubled (<br><br>)
_BLOCK_END, _LINE_BREAK = "\x1e", "\x1f"
_BREAKS = re.compile(r"\x1f(?:\s*\x1f)+|\x1f")


def _entities(text: str) -> str:
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def markup_text(body: str) -> str:
    """A body that may be HTML (a scraper's ``content``, a feed's ``content:encoded``) as
    plain paragraphs; plain text only has its entities decoded."""
    if not _HTML_MARKUP.search(body):
        return _entities(body)
    from lxml import etree, html  # type: ignore[import-untyped]

    # comments go while parsing: a comment would take the text after it along
    parser = html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = html.fromstring(f"<div>{body}</div>", parser=parser)
    except (etree.ParserError, ValueError):
        return _without_tags(body)
    if "<blockquote" in body or "<BLOCKQUOTE" in body:
        _mark_quotations(root)
    # its blocks (p, div, li …) as paragraphs, whitespace within them collapsed as a browser
    # does, scripts, styles and comments left out, entities decoded
    parts: list[str] = []
    hidden = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag in _HIDDEN_TAGS:
                hidden += 1
            elif tag in _BLOCK_TAGS:
                parts.append(_BLOCK_END)
            elif tag == "br":
                parts.append(_LINE_BREAK)
            if element.text and not hidden:
                parts.append(element.text)
        else:
            if tag in _HIDDEN_TAGS:
                hidden -= 1
            elif tag in _BLOCK_TAGS:
                parts.append(_BLOCK_END)
            if element.tail and not hidden:
                parts.append(element.tail)
    text = _BREAKS.sub(lambda m: _BLOCK_END if len(m.group()) > 1 else " ", "".join(parts))
    blocks = (" ".join(block.split()) for block in text.split(_BLOCK_END))
    return "\n\n".join(block for block in blocks if block) or _without_tags(body)


def _without_tags(body: str) -> str:
    """The text of markup no HTML parser reads (or nested past its depth limit), in one
    paragraph: better than losing it."""
    return " ".join(_entities(_TAG.sub(" ", body)).split())


# the encoding an HTML page declares: <meta charset="..."> or its http-equiv content type
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
# what the web means by Latin-1 (the WHATWG encoding standard reads ISO-8859-1 labels so), and
# the usual encoding of text that is not UTF-8 in Indonesian and English corpora
LEGACY_ENCODING = "cp1252"


def decode(data: bytes, html: bool = False) -> tuple[str, list[str]]:
    """Decode file bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM.

    Bytes that are not UTF-8 are read in the charset an HTML page declares, else as
    Windows-1252 with a warning, unless most of their non-ASCII text is valid UTF-8: then the
    few invalid bytes become U+FFFD replacement characters, also with a warning. Data with
    NUL bytes is UTF-16 without its BOM when they fall as its high bytes do, else binary and
    refused.
    """
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), warnings
        except UnicodeDecodeError as exc:
            raise FileProblem(f"invalid UTF-16: {exc.reason}") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data[:65536]:
        unmarked = _unmarked_utf16(data)
        if unmarked is None:
            raise FileProblem("binary file (NUL bytes), skipped")
        warnings.append("UTF-16 without a byte order mark, read as such")
        return unmarked, warnings
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError as exc:
        first_invalid = exc.start
    declared = _declared_charset(data[:4096]) if html else None
    if declared:
        return data.decode(declared, errors="replace"), warnings
    lenient = data.decode("utf-8", errors="replace")
    invalid = lenient.count("\ufffd")
    valid_non_ascii = len(lenient) - len(lenient.encode("ascii", "ignore")) - invalid
    if valid_non_ascii > invalid:
        warnings.append(
            f"invalid UTF-8 at byte {first_invalid}, decoded with replacement characters"
        )
        return lenient, warnings
    warnings.append(f"not UTF-8 (invalid at byte {first_invalid}), read as Windows-1252")
    return data.decode(LEGACY_ENCODING, errors="replace"), warnings


UTF16_ZERO_SHARE = 0.9  # of the high bytes: Indonesian and English text is nearly all ASCII


def _unmarked_utf16(data: bytes) -> str | None:
    """Text saved as UTF-16 without its byte order mark, as some Windows tools write it: the
    zero high bytes of its mostly-ASCII characters fall on every odd byte (little-endian) or
    every even one (big-endian). None for anything else with NUL bytes: binary."""
    head = data[:4096]
    if len(data) % 2 or len(head) < 2:
        return None
    for zeros, codec in ((head[1::2], "utf-16-le"), (head[0::2], "utf-16-be")):
        if zeros.count(0) >= UTF16_ZERO_SHARE * len(zeros):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return None if "\x00" in text else text
    return None


def _declared_charset(head: bytes) -> str | None:
    """The Python codec of the charset an HTML page declares, if any other than UTF-8."""
    found = _DECLARED_CHARSET.search(head)
    if not found:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None
    if name == "utf-8":
        return None
    return LEGACY_ENCODING if name in ("iso8859-1", "ascii") else name


def _size(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size} bytes"


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, asked with one ``stat``. A named pipe or a device raises
    OSError (reading one could block or never end); a file over ``limit`` bytes FileProblem."""
    status = os.stat(path)
    if not stat.S_ISREG(status.st_mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    if limit is not None and status.st_size > limit:
        raise FileProblem(
            f"file too large ({_size(status.st_size)}, at most {_size(limit)}); "
            "split it into smaller files"
        )
    return path.read_bytes()


def read_source(path: Path, cut_off: list[str] | None = None) -> bytes:
    """The bytes of an article file, up to MAX_FILE_BYTES, decompressed when it is gzipped
    (and then up to MAX_FILE_BYTES decompressed: a small file may hold gigabytes). With
    ``cut_off``, a gzipped file that breaks off gives what it holds up to the break, and the
    break is told there, as a warning; without, it fails."""
    return _decompressed(read_regular(path, MAX_FILE_BYTES), path.name, cut_off)


def _decompressed(data: bytes, name: str, cut_off: list[str] | None = None) -> bytes:
    """A file's bytes decompressed when its name says it is gzipped (see ``read_source``)."""
    if not is_gzipped(name):
        return data
    import gzip
    import zlib

    try:
        if cut_off is not None:
            data, broken = _gunzipped_up_to_a_break(data)
            if broken:
                cut_off.append(f"the gzip file breaks off ({broken}): read up to the break")
        else:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise FileProblem(f"not a readable gzip file ({exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise FileProblem(
            f"file too large when decompressed (over {_size(MAX_FILE_BYTES)}); decompress it "
            "(a .jsonl file or a web archive of any size is read in parts) or split it"
        )
    return data


def _gunzipped_up_to_a_break(data: bytes) -> tuple[bytes, str | None]:
    """Gzipped data decompressed member by member (a web archive gzips each record alone) up
    to where it breaks off, if it does, and why; at most MAX_FILE_BYTES and one byte."""
    import zlib

    out = bytearray()
    rest = data
    while rest and len(out) <= MAX_FILE_BYTES:
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(rest, MAX_FILE_BYTES + 1 - len(out))
        except zlib.error as exc:
            if not out:
                raise
            return bytes(out), str(exc)
        if not inflater.eof and not inflater.unconsumed_tail:
            return bytes(out), "the file ends inside a compressed part"
        rest = inflater.unused_data
    return bytes(out), None


_HTML_PAGE_STARTS = (b"<!doctype html", b"<html")


def is_html_page(suffix: str, data: bytes) -> bool:
    """An .html file, or a web page saved under a text name (``story.txt`` that opens with
    ``<!DOCTYPE html>``): read as a page, not as text full of tags; and text saved under a
    page's name, with no tag in it, is read as the text it is."""
    if suffix in HTML_SUFFIXES:
        return b"<" in data
    return suffix in TEXT_SUFFIXES and _opens_as_page(data)


def _opens_as_page(data: bytes) -> bool:
    return data[:256].lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(_HTML_PAGE_STARTS)


def read_file(
    path: Path, relpath: str, user_meta: dict[str, tuple[str, str]] | None = None
) -> ReadResult:
    """Read one corpus file into articles. Raises FileProblem when nothing in it can be used.

    ``user_meta`` maps a field to (value, origin) from the user's sidecar or catalog; it wins
    over what the file says about itself.
    """
    suffix = kind_suffix(path.name)
    if suffix == ZIP_SUFFIX:
        return read_archive(path, relpath, None, user_meta)
    if suffix in TAR_SUFFIXES:
        return read_tar(path, relpath, user_meta)
    warnings: list[str] = []
    try:
        # a web archive or JSON Lines file that breaks off keeps the records before the break
        data = read_source(path, warnings if suffix in (WARC_SUFFIX, ".jsonl") else None)
    except OSError as exc:
        raise FileProblem(exc.strerror or str(exc)) from None
    docs = _file_docs(data, suffix, relpath, warnings)
    _repair_fields(docs, warnings)
    _give(docs, user_meta)
    return ReadResult(docs, warnings)


def _file_docs(data: bytes, suffix: str, relpath: str, warnings: list[str]) -> list[SourceDoc]:
    """The articles of a file's bytes (decompressed), by its kind."""
    if not data.strip():  # whatever its kind: not "not a readable PDF"
        raise FileProblem("empty file")
    if suffix in _DOCUMENT_READERS:
        kind, paragraphs_of = _DOCUMENT_READERS[suffix]
        docs = _document_docs(paragraphs_of(data), kind, relpath, warnings)
    elif suffix in WORKBOOK_SUFFIXES:
        docs = _workbook_docs(data, suffix, relpath, warnings)
    elif suffix == PARQUET_SUFFIX:
        docs = _parquet_docs(io.BytesIO(data), relpath, None, warnings)
    elif suffix in MHTML_SUFFIXES:
        docs = [_mhtml_doc(data, relpath, warnings)]
    elif suffix == PDF_SUFFIX:
        docs = _pdf_docs(data, relpath, warnings)
    elif suffix == WARC_SUFFIX:
        docs = _warc_docs(data, relpath, warnings)
        if not docs:
            raise FileProblem("no web page with article text in the web archive")
    else:
        docs = _text_docs(data, suffix, relpath, warnings)
    return docs


def _text_docs(data: bytes, suffix: str, relpath: str, warnings: list[str]) -> list[SourceDoc]:
    """The articles of a file of text (HTML, JSON, tables and feeds included), by its kind."""
    html = is_html_page(suffix, data)
    text, decoding = decode(data, html=html)
    warnings += decoding
    text = _readable(text, warnings)
    if not text.strip():
        raise FileProblem("empty file")
    if suffix in JSON_SUFFIXES:
        docs = _json_docs(text, relpath, suffix == ".jsonl", warnings)
    elif suffix in CSV_SUFFIXES:
        docs = _csv_docs(*csv_table(text, suffix), relpath, warnings)
    elif suffix in FEED_SUFFIXES:
        items = list(enumerate(_feed_items(text), start=1))
        docs = _docs_or_fail(items, relpath, "item", "feed", warnings, "no articles in the feed")
    elif html and (articles := factiva_documents(text)):
        docs = _docs_or_fail(
            [(number, fields) for number, (fields, _) in enumerate(articles, start=1)],
            relpath,
            "document",
            "factiva",
            warnings,
            "no article text in the Factiva export",
        )
    elif html:
        docs = [_html_doc(text, relpath)]
    elif suffix == ".txt" and (export := _database_export(text)):
        origin, database, fields_of, documents = export
        docs = _docs_or_fail(
            [(number, fields_of(chunk)) for number, chunk in documents],
            relpath,
            "document",
            origin,
            warnings,
            f"no article text in the {database} export",
        )
    elif labelled := _labelled_fields(text):
        given, body, markdown = labelled
        doc = (
            _markdown_doc(body, relpath, warnings)
            if markdown or suffix == MARKDOWN_SUFFIX
            else SourceDoc(relpath, 0, _entities(body) if "&" in body else body)
        )
        doc.given = {**given, **doc.given}
        doc.origins = {**dict.fromkeys(given, "labels"), **doc.origins}
        docs = [doc]
    elif suffix == MARKDOWN_SUFFIX:
        docs = [_markdown_doc(text, relpath, warnings)]
    elif text.lstrip()[:1] == "<":
        # an article body saved with its markup (<p>…</p>), as scrapers keep it
        docs = [SourceDoc(relpath, 0, markup_text(text))]
    else:
        # text copied from web pages keeps entities: &quot;Kami siap,&quot; kata Budi
        docs = [SourceDoc(relpath, 0, _entities(text) if "&" in text else text)]
    return docs


# A JSON Lines file larger than this is read in parts of about this size, each ending at a line
# end: parts spread over the workers and go to the store a batch at a time, so a file of any
# size is read in bounded memory (other files are read whole, up to MAX_FILE_BYTES).
JSONL_PART_BYTES = 64 * 1024
# A part is at most this long, unless it is one record longer than this: such a record is
# named and skipped, never held in memory (as a file over MAX_FILE_BYTES is).
MAX_RECORD_BYTES = MAX_FILE_BYTES
Part = tuple[int, int, int]  # first byte, end byte, number of the first line


def jsonl_parts(path: Path) -> list[Part] | None:
    """The parts a JSON Lines file is read in, or None when it is read whole (small enough,
    or UTF-16, with or without its BOM, whose line ends are not single bytes). A gzipped one's
    parts are offsets into its decompressed lines; one that breaks off ends in a part that
    runs to the break."""
    parts: list[Part] = []
    start, line = 0, 1
    with _byte_stream(path) as handle:
        try:
            head = handle.read(4096)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
                return None
            handle.seek(0)
            while data := handle.read(JSONL_PART_BYTES):
                if not data.endswith(b"\n"):
                    data += handle.readline(MAX_RECORD_BYTES - len(data))
                if len(data) == MAX_RECORD_BYTES and not data.endswith(b"\n"):
                    # the last line goes on: the lines before it are a part, and it is one
                    cut = data.rfind(b"\n") + 1
                    if cut:
                        parts.append((start, start + cut, line))
                        line += data.count(b"\n", 0, cut)
                    size = len(data) - cut
                    while (rest := handle.readline(JSONL_PART_BYTES)) and not rest.endswith(b"\n"):
                        size += len(rest)
                    parts.append((start + cut, start + cut + size + len(rest), line))
                    start += cut + size + len(rest)
                    line += 1
                    continue
                parts.append((start, start + len(data), line))
                start += len(data)
                line += data.count(b"\n")
        except _gzip_breaks():
            if not parts:
                return None  # read whole, and its problem named then
            parts.append((start, start + MAX_RECORD_BYTES, line))  # read up to the break
    return parts if len(parts) > 1 else None


def _byte_stream(path: Path) -> io.BufferedIOBase:
    """A file opened for reading its bytes, decompressed when it is gzipped: a large JSON
    Lines, JSON or CSV file is read in parts of its decompressed bytes."""
    if is_gzipped(path.name):
        import gzip

        return gzip.open(path, "rb")
    return open(path, "rb")


def _gzip_breaks() -> tuple[type[Exception], ...]:
    """What reading a gzipped stream raises where it breaks off or is damaged."""
    import zlib

    return (EOFError, OSError, zlib.error)


@lru_cache(maxsize=1)
def _open_gzip(path: str, size: int, mtime_ns: int) -> io.BufferedIOBase:
    """A gzipped file as of that size and time, kept open: a worker reads a file's parts in
    turn, and seeking forward to the next decompresses only what lies between, where opening
    the file again would decompress everything before the part."""
    return _byte_stream(Path(path))


def _gunzipped_lines(path: Path, start: int, end: int, warnings: list[str]) -> bytes:
    """The lines from ``start`` to ``end`` of a gzipped file decompressed, up to where it
    breaks off, if it does, which is told in ``warnings``."""
    status = path.stat()
    stream = _open_gzip(str(path), status.st_size, status.st_mtime_ns)
    data = bytearray()
    try:
        stream.seek(start)
        # line by line: a line read before a break is kept
        while len(data) < end - start and (line := stream.readline(end - start - len(data))):
            data += line
    except _gzip_breaks() as exc:
        _open_gzip.cache_clear()
        warnings.append(f"the gzip file breaks off ({exc}): read up to the break")
        data = data[: data.rfind(b"\n") + 1]
    return bytes(data)


def read_part(
    path: Path, relpath: str, part: Part, user_meta: dict[str, tuple[str, str]] | None = None
) -> ReadResult:
    """One part of a large JSON Lines file, web archive, zip archive or Parquet file (see
    ``jsonl_parts``, ``warc_parts``, ``archive_parts`` and ``parquet_parts``); a part without
    articles only warns, since the file as a whole may have many."""
    suffix = kind_suffix(path.name)
    if suffix == ZIP_SUFFIX:
        return read_archive(path, relpath, part, user_meta)
    if suffix in TAR_SUFFIXES:
        return read_tar(path, relpath, user_meta, part)
    warnings: list[str] = []
    if suffix == PARQUET_SUFFIX:
        first_group, end_group, _ = part
        docs = _parquet_docs(str(path), relpath, range(first_group, end_group), warnings)
    elif suffix in CSV_SUFFIXES:
        docs = _csv_part_docs(path, relpath, part, warnings)
    elif suffix == ".json":
        docs = _json_array_part_docs(path, relpath, part, warnings)
    else:
        docs = _records_part_docs(path, relpath, part, warnings)
    _repair_fields(docs, warnings)
    _give(docs, user_meta)
    return ReadResult(docs, warnings)


def _records_part_docs(
    path: Path, relpath: str, part: Part, warnings: list[str]
) -> list[SourceDoc]:
    """The articles of a part of a JSON Lines file or web archive."""
    start, end, first = part
    archive = kind_suffix(path.name) == WARC_SUFFIX
    if end - start > MAX_RECORD_BYTES:
        where = f"record {first}" if archive else f"line {first}"
        warnings.append(f"{where}: a record over {_size(MAX_RECORD_BYTES)} is not read")
        return []
    if archive:  # (gzipped record by record: its parts are of the file as it is)
        try:
            with open(path, "rb") as handle:
                handle.seek(start)
                data = handle.read(end - start)
        except OSError as exc:
            raise FileProblem(exc.strerror or str(exc)) from None
        return _warc_docs(data, relpath, warnings, first)
    return _json_docs(_part_text(path, start, end, warnings), relpath, True, warnings, first)


def _byte_range(path: Path, start: int, end: int, warnings: list[str]) -> bytes:
    """Bytes ``start`` to ``end`` of a file (a part of it), of its decompressed bytes when
    it is gzipped, up to where it breaks off if it does (told in ``warnings``)."""
    try:
        if is_gzipped(path.name):
            return _gunzipped_lines(path, start, end, warnings)
        with open(path, "rb") as handle:
            handle.seek(start)
            return handle.read(end - start)
    except OSError as exc:
        raise FileProblem(exc.strerror or str(exc)) from None


def _part_text(path: Path, start: int, end: int, warnings: list[str]) -> str:
    """A part of a file as text, decoded and made readable as a whole file's is."""
    return _readable_text(_byte_range(path, start, end, warnings), warnings)


def _readable_text(data: bytes, warnings: list[str]) -> str:
    text, decoding = decode(data)
    warnings += decoding
    return _readable(text, warnings)


# A JSON file larger than this that holds an array of records (a crawler's output, as Scrapy's
# "-o items.json" writes it) is read in parts of whole records of about this size
JSON_PART_BYTES = 256 * 1024
_BETWEEN_RECORDS = re.compile(r"[\s,]*")


def json_array_parts(path: Path) -> list[Part] | None:
    """The parts a large JSON file holding an array of records is read in: (first byte of a
    part's first record, end byte of its last, number of its first record), of its
    decompressed bytes when it is gzipped. Records are found with the standard library's
    decoder, so braces and brackets inside strings are text. None when the file is read
    whole: small, no array at its top (an envelope, one article), UTF-16, or no JSON to the
    end, or a gzipped one that breaks off (named when it is read)."""
    try:
        return _json_array_parts(path)
    except _gzip_breaks():
        return None


def _json_array_parts(path: Path) -> list[Part] | None:
    decoder = json.JSONDecoder()
    parts: list[Part] = []
    with _byte_stream(path) as handle:
        if os.fstat(handle.fileno()).st_size <= JSON_PART_BYTES:
            return None
        head = handle.read(JSON_PART_BYTES)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head[:4096]:
            return None
        # (bytes no UTF-8 decodes are kept as they are: a record's length in bytes is exact)
        text = head.decode("utf-8", "surrogateescape")
        opening = len(text) - len(text.removeprefix("\ufeff").lstrip())
        if text[opening : opening + 1] != "[":
            return None
        at = opening + 1
        byte_at = len(text[:at].encode("utf-8", "surrogateescape"))
        number, part_start, first_number = 1, -1, 1
        while True:
            between = _BETWEEN_RECORDS.match(text, at)  # (ASCII: as many bytes as characters)
            skipped = between.end() if between else at
            byte_at += skipped - at
            at = skipped
            if at >= len(text) - 1:  # (the last character may begin a record cut by the read)
                more = handle.read(JSON_PART_BYTES)
                if not more:
                    if text[at:].strip() != "]":
                        return None  # the array never closes
                    break
                text = text[at:] + more.decode("utf-8", "surrogateescape")
                at = 0
                continue
            if text[at] == "]":
                break
            try:
                _, end = decoder.raw_decode(text, at)
            except ValueError:
                more = handle.read(JSON_PART_BYTES)
                if not more or len(text) - at > MAX_RECORD_BYTES:
                    return None  # malformed, or a record too long to hold: read whole
                text = text[at:] + more.decode("utf-8", "surrogateescape")
                at = 0
                continue
            if end >= len(text):  # (a number may run on into the next read)
                more = handle.read(JSON_PART_BYTES)
                if more:
                    text = text[at:] + more.decode("utf-8", "surrogateescape")
                    at = 0
                    continue
            size = len(text[at:end].encode("utf-8", "surrogateescape"))
            if part_start < 0:
                part_start, first_number = byte_at, number
            byte_at += size
            at = end
            number += 1
            if byte_at - part_start >= JSON_PART_BYTES:
                parts.append((part_start, byte_at, first_number))
                part_start = -1
            if at > JSON_PART_BYTES:
                text, at = text[at:], 0  # what is read is kept no longer than needed
        if part_start >= 0:
            parts.append((part_start, byte_at, first_number))
    return parts if len(parts) > 1 else None


def _json_array_part_docs(
    path: Path, relpath: str, part: Part, warnings: list[str]
) -> list[SourceDoc]:
    """The articles of a part of a large JSON array of records (see ``json_array_parts``)."""
    records = _json_array_part_records(path, part, warnings)
    return _docs_of(list(enumerate(records, start=part[2])), relpath, "item", "json", warnings)


def _json_array_part_records(path: Path, part: Part, warnings: list[str]) -> list[Any]:
    start, end, first = part
    try:
        records = parse_json(f"[{_part_text(path, start, end, warnings)}]")
    except ValueError as exc:
        warnings.append(f"items from {first}: malformed JSON ({exc.args[0].split(':')[0]})")
        return []
    return records if isinstance(records, list) else []


# A web archive larger than this is read in parts of about this size. Real pages run to 15 to
# 30 KB gzipped: a part holds some ten of them (a JSON Lines part some tens of articles), and
# goes to a worker with a chunk of other parts.
WARC_PART_BYTES = 256 * 1024
MAX_REASON_CHARS = 120
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_parts(path: Path) -> list[Part] | None:
    """The parts a web archive is read in, each of whole records and numbered by its first
    record, or None when it is read whole (small enough, or gzipped as one stream, whose
    records cannot be read from where they start)."""
    from warcio.archiveiterator import ArchiveIterator

    parts: list[Part] = []
    start, first = 0, 1
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size <= WARC_PART_BYTES:
            return None
        records = ArchiveIterator(handle)
        try:
            for number, _ in enumerate(_quietly(records), 1):
                # a part ends where a record starts (past the blank lines after the last)
                offset = records.get_record_offset()
                if offset - start >= WARC_PART_BYTES:
                    parts.append((start, offset, first))
                    start, first = offset, number
        except FileProblem:  # a damaged archive is read whole, and its problem named then
            return None
    parts.append((start, size, first))
    return parts if len(parts) > 1 else None


# A zip archive whose members hold more than this is read in parts of members holding about
# this much each (a part goes to a worker with a chunk of other parts, as a web archive's do)
ARCHIVE_PART_BYTES = WARC_PART_BYTES
UNPRINTABLE_NAME = "(name not printable)"  # how a member kp cannot name is counted
_ENCRYPTED = 0x1  # the flag of a member that needs a password
# what zip tools pack beside the files: macOS's resource forks ("__MACOSX/._story.txt")
_PACKED_BESIDE = "__MACOSX"


def _archive_problems() -> tuple[type[Exception], ...]:
    """What reading a zip archive may raise for a damaged or unusual one."""
    import zipfile
    import zlib

    return (
        OSError,
        EOFError,
        zlib.error,  # a member's compressed bytes damaged
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,  # a compression method zipfile does not know
        ValueError,
    )


@dataclass
class _Archive:
    """An open zip archive and the members kp reads as articles, in the archive's order."""

    zipped: zipfile.ZipFile
    members: list[zipfile.ZipInfo]
    names: frozenset[str]  # every member's name, for finding sidecars
    skipped: Counter[str]  # the kinds of the members kp does not read


@lru_cache(maxsize=1)
def _open_archive(path: str, size: int, mtime_ns: int) -> _Archive:
    """The archive as of that size and time. Kept open: a worker reads an archive's parts in
    turn, and listing a large archive's members costs more than reading a part."""
    import zipfile

    zipped = zipfile.ZipFile(path)
    members: list[zipfile.ZipInfo] = []
    skipped: Counter[str] = Counter()
    for info in zipped.infolist():
        name = info.filename
        parts = name.split("/")
        if info.is_dir() or parts[0] == _PACKED_BESIDE:
            continue
        if any(part.startswith((".", "~$")) for part in parts):
            continue  # hidden and Office owner files, as in a folder
        if CONTROL_CHAR.search(name):
            skipped[UNPRINTABLE_NAME] += 1
            continue
        kind = file_kind(name, parts[-1], "")
        if kind is FileKind.ARTICLES and kind_suffix(name) not in ARCHIVE_SUFFIXES:
            members.append(info)
        elif kind is FileKind.UNSUPPORTED or kind_suffix(name) in ARCHIVE_SUFFIXES:
            skipped[kind_suffix(name) or NO_EXTENSION] += 1
        elif not name.casefold().endswith(SIDECAR_SUFFIX):
            skipped[name] += 1  # a catalog or alias file is read beside the articles only
    return _Archive(zipped, members, frozenset(zipped.namelist()), skipped)


def _archive(path: Path) -> _Archive:
    status = os.stat(path)
    if not stat.S_ISREG(status.st_mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    return _open_archive(str(path), status.st_size, status.st_mtime_ns)


def archive_parts(path: Path) -> list[Part] | None:
    """The parts a zip archive is read in, as (first member, end member, first member), or
    None when it is read whole (its members hold little) or cannot be read."""
    try:
        members = _archive(path).members
    except _archive_problems():
        return None  # read whole, and its problem is named then
    return _parts_by_size([info.file_size for info in members], ARCHIVE_PART_BYTES)


def _parts_by_size(sizes: list[int], part_bytes: int) -> list[Part] | None:
    """The parts an archive of members of these sizes is read in, as (first member, end
    member, first member), each holding ``part_bytes`` or just over; None for one part."""
    parts: list[Part] = []
    start, held = 0, 0
    for number, size in enumerate(sizes):
        if held >= part_bytes:
            parts.append((start, number, start))
            start, held = number, 0
        held += size
    parts.append((start, len(sizes), start))
    return parts if len(parts) > 1 else None


def read_archive(
    path: Path,
    relpath: str,
    part: Part | None = None,
    user_meta: dict[str, tuple[str, str]] | None = None,
) -> ReadResult:
    """The articles of a zip archive's members (those of ``part`` when it is read in parts),
    each member read as a file of its kind in a folder is, its sidecar member applied; an
    article's path names its member (``news.zip/2023/09/14/putin.txt``). A member kp cannot
    read is a warning; an archive of none raises FileProblem."""
    try:
        archive = _archive(path)
    except _archive_problems() as exc:
        raise FileProblem(f"not a readable zip archive ({_reason(exc)})") from None
    members = archive.members[part[0] : part[1]] if part else archive.members
    warnings: list[str] = []
    if archive.skipped and (part is None or part[0] == 0):
        kinds = ", ".join(f"{kind} {count}" for kind, count in archive.skipped.most_common())
        warnings.append(f"skipped members kp does not read: {kinds}")
    docs: list[SourceDoc] = []
    failed: list[str] = []
    for info in members:
        name = info.filename
        read = partial(_member_docs, archive, info, f"{relpath}/{name}")
        found, said = _member_articles(name, read, failed)
        # (the member's own sidecar says more than what the whole archive was given)
        _give(found, {**(user_meta or {}), **_member_sidecar(archive, name, said)})
        warnings += (f"{name}: {warning}" for warning in said)
        docs += found
    if not docs and part is None:
        if not members:
            raise FileProblem(f"no files kp reads in the zip archive (it reads {SUPPORTED_KINDS})")
        raise FileProblem(f"no articles in the zip archive: {'; '.join(failed[:3])}")
    return ReadResult(docs, warnings + failed)


def _member_articles(
    name: str, read: Callable[[list[str]], list[SourceDoc]], failed: list[str]
) -> tuple[list[SourceDoc], list[str]]:
    """The articles of an archive's member, as ``read`` (given the list its warnings go to)
    reads them, placed in the member and their mojibake repaired, and its warnings; a member
    kp cannot read is named in ``failed``."""
    said: list[str] = []
    try:
        found = read(said)
    except FileProblem as exc:
        failed.append(f"{name}: {exc}")
        return [], []
    for doc in found:
        doc.place = f"{name} {doc.place}".rstrip()
    _repair_fields(found, said)
    return found, said


def _member_docs(
    archive: _Archive, info: zipfile.ZipInfo, relpath: str, warnings: list[str]
) -> list[SourceDoc]:
    if info.flag_bits & _ENCRYPTED:
        raise FileProblem("encrypted: kp reads no member that needs a password")
    if info.file_size > MAX_FILE_BYTES:
        raise FileProblem(f"file too large ({_size(info.file_size)})")
    suffix = kind_suffix(info.filename)
    try:
        with archive.zipped.open(info) as member:
            data = member.read(MAX_FILE_BYTES + 1)  # (not what its header claims)
        if len(data) > MAX_FILE_BYTES:
            raise FileProblem(f"file too large (over {_size(MAX_FILE_BYTES)})")
        data = _decompressed(data, info.filename, warnings if suffix == WARC_SUFFIX else None)
    except _archive_problems() as exc:
        raise FileProblem(f"cannot be unpacked ({_reason(exc)})") from None
    return _file_docs(data, suffix, relpath, warnings)


def _member_sidecar(
    archive: _Archive, name: str, warnings: list[str]
) -> dict[str, tuple[str, str]]:
    """The fields the sidecar member beside a member gives it, if there is one."""
    for candidate in sidecar_candidates(name):
        if candidate in archive.names:
            try:
                data = archive.zipped.read(candidate)
            except _archive_problems() as exc:
                warnings.append(f"sidecar {candidate} ignored: {_reason(exc)}")
                return {}
            return sidecar_fields(data, candidate, warnings)
    return {}


# the members of a tar archive kp reads whole, unpacked, at most (one that carries sidecar
# members, whose member may stand in another part, is read whole, by one worker, in memory)
MAX_TAR_BYTES = 256 * 1024 * 1024
# A tar archive whose members hold more than this is read in parts of whole members, as a zip
# archive is: a compressed one cannot be read from a member's start, so a worker keeps the
# archive open and reads on from part to part (see _tar_cursor); the parts sent to a worker
# together follow each other, and the next lot lies further on
TAR_PART_BYTES = ARCHIVE_PART_BYTES


def _tar_problems() -> tuple[type[Exception], ...]:
    """What reading a tar archive may raise for a damaged one: tarfile's own errors, and its
    compression's (gzip's, bzip2's, xz's)."""
    import lzma
    import tarfile
    import zlib

    return (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError, ValueError)


def _tar_members(path: Path) -> Iterator[tuple[str, Any, Any]]:
    """(name, member, the open archive) of each regular file of a tar archive, in its order,
    without the hidden ones, Office owner files and macOS's resource forks (as in a folder),
    its name without a leading "./". A member's data is read before the next is asked for:
    the archive is read forward only, and forgets the members it has passed (an archive of
    a million holds no list of them)."""
    import tarfile

    with tarfile.open(path, mode="r:*") as tar:
        while (info := tar.next()) is not None:
            tar.members.clear()  # type: ignore[attr-defined]
            name = info.name.removeprefix("./")
            parts = name.split("/")
            if not info.isfile() or parts[0] == _PACKED_BESIDE:
                continue
            if any(part.startswith((".", "~$")) for part in parts):
                continue
            yield name, info, tar


def tar_parts(path: Path) -> list[Part] | None:
    """The parts a large tar archive is read in, as (first member, end member, first member),
    numbered as ``_tar_members`` gives them; None when it is read whole (its members hold
    little, it carries sidecar members, or it cannot be read)."""
    sizes: list[int] = []
    try:
        for name, info, _ in _tar_members(path):
            if name.casefold().endswith(SIDECAR_SUFFIX):
                return None  # a member's sidecar may stand in another part
            sizes.append(info.size)
    except _tar_problems():
        return None  # read whole, and its problem named then
    if not _closes_its_archive(path):
        return None  # cut between two members: read whole, which says so
    return _parts_by_size(sizes, TAR_PART_BYTES)


@dataclass
class _TarCursor:
    """An open tar archive's members, and the number of the next."""

    members: Iterator[tuple[str, Any, Any]]
    at: int = 0


@lru_cache(maxsize=1)
def _tar_cursor(path: str, size: int, mtime_ns: int) -> _TarCursor:
    """A tar archive as of that size and time, kept open: a worker reads its parts in turn,
    and reading on to the next decompresses only what lies between, where opening it again
    would decompress everything before the part."""
    return _TarCursor(_tar_members(Path(path)))


def _tar_part_members(path: Path, part: Part) -> Iterator[tuple[str, Any, Any]]:
    """The members of a part of a tar archive, read on from where the worker left it."""
    start, end, _ = part
    status = path.stat()
    cursor = _tar_cursor(str(path), status.st_size, status.st_mtime_ns)
    if cursor.at > start:
        _tar_cursor.cache_clear()
        cursor = _tar_cursor(str(path), status.st_size, status.st_mtime_ns)
    try:
        while cursor.at < end:
            member = next(cursor.members, None)
            if member is None:
                return
            cursor.at += 1
            if cursor.at > start:
                yield member
    except BaseException:
        _tar_cursor.cache_clear()  # (a damaged archive is read from its start again)
        raise


def read_tar(
    path: Path,
    relpath: str,
    user_meta: dict[str, tuple[str, str]] | None = None,
    part: Part | None = None,
) -> ReadResult:
    """The articles of a tar archive's members (``corpus.tar``, ``corpus.tar.gz``, ``.tar.xz``),
    or of those of ``part`` when it is read in parts, each read as a file of its kind in a
    folder is, its sidecar member applied; an article's path names its member
    (``corpus.tar.gz/2023/putin.txt``). An archive that breaks off keeps the members before the
    break; one of no member kp reads raises FileProblem (a part of none only warns)."""
    docs: list[SourceDoc] = []
    warnings: list[str] = []
    failed: list[str] = []
    sidecars: dict[str, bytes] = {}
    skipped: Counter[str] = Counter()
    held = 0
    members = _tar_members(path) if part is None else _tar_part_members(path, part)
    try:
        for name, info, tar in members:
            kind = file_kind(name, name.rsplit("/", 1)[-1], "")
            if CONTROL_CHAR.search(name):
                skipped[UNPRINTABLE_NAME] += 1
            elif kind is FileKind.METADATA:
                if name.casefold().endswith(SIDECAR_SUFFIX) and info.size <= MAX_FILE_BYTES:
                    sidecars[name] = tar.extractfile(info).read()
                else:
                    skipped[name] += 1  # a catalog or alias file is read beside the articles
            elif kind is FileKind.UNSUPPORTED or kind_suffix(name) in ARCHIVE_SUFFIXES:
                skipped[kind_suffix(name) or NO_EXTENSION] += 1
            elif info.size > MAX_FILE_BYTES:
                failed.append(f"{name}: file too large ({_size(info.size)})")
            else:
                held += info.size
                if held > MAX_TAR_BYTES and part is None:
                    raise FileProblem(
                        f"tar archive too large to read whole (its members unpack to over"
                        f" {_size(MAX_TAR_BYTES)}); unpack it, or pack it as a zip archive"
                    )
                read = partial(_tar_member_docs, tar, info, f"{relpath}/{name}")
                found, said = _member_articles(name, read, failed)
                warnings += (f"{name}: {warning}" for warning in said)
                docs += found
    except _tar_problems() as exc:
        if not docs and part is None:
            raise FileProblem(f"not a readable tar archive ({_reason(exc)})") from None
        warnings.append(f"the archive breaks off ({_reason(exc)}): the members before it are read")
    else:
        if docs and part is None and not _closes_its_archive(path):
            warnings.append(
                "the archive breaks off (no end-of-archive blocks): the members before it are read"
            )
    for doc in docs:
        name = doc.path[len(relpath) + 1 :]
        said = []
        fields = next(
            (
                sidecar_fields(sidecars[candidate], candidate, said)
                for candidate in sidecar_candidates(name)
                if candidate in sidecars
            ),
            {},
        )
        _give([doc], {**(user_meta or {}), **fields})
        warnings += said
    if skipped:
        kinds = ", ".join(f"{kind} {count}" for kind, count in skipped.most_common())
        warnings.insert(0, f"skipped members kp does not read: {kinds}")
    if not docs and part is None:
        if not failed:
            raise FileProblem(f"no files kp reads in the tar archive (it reads {SUPPORTED_KINDS})")
        raise FileProblem(f"no articles in the tar archive: {'; '.join(failed[:3])}")
    return ReadResult(docs, warnings + failed)


def _tar_member_docs(tar: Any, info: Any, relpath: str, warnings: list[str]) -> list[SourceDoc]:
    suffix = kind_suffix(info.name)
    data = tar.extractfile(info).read()
    data = _decompressed(data, info.name, warnings if suffix == WARC_SUFFIX else None)
    return _file_docs(data, suffix, relpath, warnings)


def _closes_its_archive(path: Path) -> bool:
    """Whether an uncompressed tar archive ends as tar ends one, with blocks of zeros (a cut
    between two members would pass for the archive's end); a compressed one's stream says so
    itself."""
    if not path.name.casefold().endswith(".tar"):
        return True
    with open(path, "rb") as handle:
        handle.seek(max(0, os.fstat(handle.fileno()).st_size - TAR_END_BYTES))
        return handle.read() == bytes(TAR_END_BYTES)


TAR_END_BYTES = 1024  # two blocks of zeros end a tar archive


def _tarred_in(path: Path) -> tuple[str, bytes] | None:
    """The name and bytes of the tar archive's member a path runs through, or None."""
    for archive in path.parents:
        if kind_suffix(archive.name) in TAR_SUFFIXES and archive.is_file():
            wanted = path.relative_to(archive).as_posix()
            try:
                for name, info, tar in _tar_members(archive):
                    if name == wanted:
                        return name, tar.extractfile(info).read()
            except _tar_problems() as exc:
                raise FileProblem(f"cannot be unpacked ({_reason(exc)})") from None
            return None
    return None


def _quietly(records: Any) -> Iterator[Any]:
    """The records of warcio's iterator, without the warnings it writes to stderr itself (it
    counts them: ``err_count``); what it raises for a damaged archive is a FileProblem."""
    while True:
        with contextlib.redirect_stderr(io.StringIO()):
            try:
                record = next(records)
            except StopIteration:
                return
            except Exception as exc:  # warcio raises many kinds for a damaged archive
                raise FileProblem(f"not a readable web archive ({_reason(exc)})") from None
        yield record


def _reason(exc: Exception) -> str:
    """What a library's exception says, for a one-line warning: it may quote the bytes it
    could not read, so on one line, without control characters, and not too long."""
    said = " ".join(strip_control(str(exc)).split())
    return said[:MAX_REASON_CHARS] if said else type(exc).__name__


def _archived_page(record: Any) -> tuple[bytes, str | None, str] | None:
    """(HTML, its charset, its address) of a record that archived a web page as the server
    sent it, or None for any other record (a request, a redirect, a picture)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().lstrip().startswith(_HTML_TYPES):
        return None
    html = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(html) > MAX_RECORD_BYTES:
        return None
    charset = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    address = record.rec_headers.get_header("WARC-Target-URI") or ""
    return html, charset.group(1).lower() if charset else None, address


def _warc_docs(data: bytes, relpath: str, warnings: list[str], first: int = 1) -> list[SourceDoc]:
    """An article for each page a web archive (or a part of one) holds that has article text,
    numbered by its record; a page without any (a section's front, a login page) is counted
    in a warning. The time of the crawl is no date of the article's."""
    from warcio.archiveiterator import ArchiveIterator

    docs: list[SourceDoc] = []
    without_text = 0
    records = ArchiveIterator(io.BytesIO(data))
    try:
        for number, record in enumerate(_quietly(records), first):
            page = _archived_page(record)
            if page is None:
                continue
            html, charset, address = page
            page_warnings: list[str] = []
            try:
                doc = _html_doc(
                    _readable(_decoded_page(html, charset, page_warnings), page_warnings), relpath
                )
            except FileProblem:
                without_text += 1
                continue
            doc.ordinal, doc.place = number, f"record {number}"
            if address and "url" not in doc.given:
                doc.given["url"], doc.origins["url"] = address, "warc"
            warnings += [f"record {number}: {w}" for w in page_warnings]
            docs.append(doc)
    except FileProblem as problem:
        if not docs:
            raise
        # a damaged or cut-off archive: the pages before the damage are kept
        warnings.append(f"{problem}: read up to record {docs[-1].ordinal}")
    if records.err_count:
        if not docs:
            raise FileProblem("not a readable web archive (its records' lengths are wrong)")
        warnings.append(
            f"{records.err_count} records' lengths are wrong in the web archive: "
            "what follows each was read as best it could"
        )
    if without_text:
        pages = "page" if without_text == 1 else "pages"
        warnings.append(f"{without_text} archived {pages} without article text skipped")
    return docs


def warc_page(path: Path, ordinal: int) -> str:
    """The page a web archive's record holds, as the server sent it (``kp show --raw``): read
    up to that record, however large the archive; one gzipped as a single stream, which warcio
    cannot step through, is decompressed whole (up to MAX_FILE_BYTES) first."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(path, "rb") as handle:
            return _page_of_record(ArchiveIterator(handle), ordinal)
    except FileProblem:
        return _page_of_record(ArchiveIterator(io.BytesIO(read_source(path))), ordinal)


def _page_of_record(records: Any, ordinal: int) -> str:
    for number, record in enumerate(_quietly(records), 1):
        if number == ordinal:
            page = _archived_page(record)
            return _decoded_page(page[0], page[1], []) if page else ""
    return ""


def _give(docs: list[SourceDoc], user_meta: dict[str, tuple[str, str]] | None) -> None:
    """The metadata the user gave (sidecar, catalog) wins over what the file says."""
    for doc in docs:
        for name, (value, origin) in (user_meta or {}).items():
            doc.given[name] = value
            doc.origins[name] = origin


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _readable(text: str, warnings: list[str]) -> str:
    """Text as read: mojibake repaired, line ends as \\n (before control characters go, or a
    file with bare carriage returns would lose its lines), without escape sequences and
    control characters (in an article they are noise, never commands)."""
    repaired = _without_mojibake(text)
    if repaired != text:
        warnings.append(MOJIBAKE_REPAIRED)
    return strip_control(_lines(repaired))


def _repair_fields(docs: list[SourceDoc], warnings: list[str]) -> None:
    """Mojibake the file's text did not show until it was parsed: JSON that escapes every
    non-ASCII character (``\\u00e2\\u20ac\\u0153``), character references in HTML and feeds."""
    repaired = False
    for doc in docs:
        text = _without_mojibake(doc.text)
        given = {name: _without_mojibake(value) for name, value in doc.given.items()}
        repaired = repaired or text != doc.text or given != doc.given
        doc.text, doc.given = text, given
    if repaired and MOJIBAKE_REPAIRED not in warnings:
        warnings.append(MOJIBAKE_REPAIRED)


MOJIBAKE_REPAIRED = "mojibake (UTF-8 text once read as Windows-1252: “ as â€œ) repaired, with ftfy"


# what UTF-8 read as Windows-1252 or Latin-1 leaves: "Ã©" for é, "Â " for a no-break space,
# "â€œ" for “ (its last byte may be a C1 control, which must still be there to be repaired)
_MOJIBAKE = re.compile(
    "[ÂÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]|â€"
)


def _without_mojibake(text: str) -> str:
    """The text with mojibake undone by ftfy, the standard tool for it, which leaves alone
    what only looks like it (``SÃO PAULO``). Asked only of text that holds its marks: ftfy
    reads a clean kilobyte in a fifth of a millisecond."""
    if not ("Ã" in text or "Â" in text or "â€" in text) or not _MOJIBAKE.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def _finite_or_text(number: str) -> float | str:
    """A JSON number as a float, or as its text when no float holds it (``1e400``): what kp
    writes must be JSON, which has no Infinity."""
    value = float(number)
    return value if math.isfinite(value) else number


def parse_json(text: str) -> Any:
    """``json.loads``, with nesting too deep for the parser a ValueError like any bad JSON, the
    NaN and Infinity that are no JSON (but Python's parser takes) kept as text, and a surrogate
    escaped alone (``"\\udc49"``, half of an emoji a cut left) read as U+FFFD: no text
    holds it, and the store could not take it."""
    try:
        loaded = json.loads(text, parse_float=_finite_or_text, parse_constant=str)
        if "\\u" in text and _ESCAPED_SURROGATE.search(text):
            return without_lone_surrogates(loaded)
        return loaded
    except RecursionError:
        raise ValueError("nested too deeply") from None


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


# where API responses and exports keep their list of articles: {"articles": [...]} (NewsAPI),
# {"data": [...]}, {"results": [...]}, {"hits": {"hits": [...]}} (Elasticsearch) …
CONTAINER_KEYS = (
    "articles",
    "data",
    "items",
    "results",
    "posts",
    "entries",
    "documents",
    "docs",
    "news",
    "objects",  # Diffbot's Article API
    "stories",
)
# an envelope around the container: {"response": {"results": [...]}} (The Guardian's Content
# API), {"response": {"docs": [...]}} (The New York Times')
ENVELOPE_KEYS = ("response", "data")


def _records_in(loaded: Any) -> list[Any]:
    """The records of a JSON document: a list, the list an object holds under one of the
    container keys (when the object is no article itself), in an envelope or not, articles
    keyed by their ids (``{"a1": {…}, "a2": {…}}``, as Firebase exports them), or the one
    object."""
    if isinstance(loaded, list):
        return loaded
    if isinstance(loaded, dict) and not _text_fields(loaded):
        for envelope in ENVELOPE_KEYS:
            inner = loaded.get(envelope)
            if isinstance(inner, dict) and not _text_fields(inner):
                loaded = inner
                break
        hits = loaded.get("hits")
        if isinstance(hits, dict) and isinstance(hits.get("hits"), list):
            return list(hits["hits"])
        for key in CONTAINER_KEYS:
            held = loaded.get(key)
            if isinstance(held, list):
                return list(held)
            if isinstance(held, dict) and (keyed := _keyed_records(held)):
                return keyed
            if isinstance(held, dict) and (listed := _listed_in(held)) is not None:
                return listed  # Event Registry's {"articles": {"results": […], "page": 1}}
        if keyed := _keyed_records(loaded):
            return keyed
    return [loaded]


def _listed_in(obj: dict[str, Any]) -> list[Any] | None:
    """The list an object that is no article holds under a container key, or None."""
    if _text_fields(obj):
        return None
    held = next((obj[key] for key in CONTAINER_KEYS if isinstance(obj.get(key), list)), None)
    return list(held) if held is not None else None


def _keyed_records(obj: dict[str, Any]) -> list[Any] | None:
    """The articles of an object that keys them by id, or None when it is no such object."""
    values = list(obj.values())
    if values and all(isinstance(v, dict) for v in values) and any(map(_text_fields, values)):
        return values
    return None


def _text_fields(obj: dict[str, Any]) -> list[str]:
    """The keys of a record's text fields; not those of a summary, which tell no record from
    an envelope that describes what it holds."""
    return [key for key in obj if _field_of(key) == "text" and key.casefold() not in TEXT_FALLBACKS]


def _holds_text(obj: dict[str, Any]) -> bool:
    """Whether a record has a text field that holds text (not an object of fields)."""
    return any(isinstance(obj[key], str) for key in _text_fields(obj))


def _with_nested_fields(obj: dict[str, Any]) -> dict[str, Any]:
    """A record whose body is one level down, with the fields of its objects brought up (its
    own fields first): a search engine's hit, ``{"_id": …, "_source": {article}}``, The
    Guardian's ``{"fields": {"body": …}}``, ``{"meta": {"title": …}, "content": {"body": …}}``."""
    nested: dict[str, Any] = {}
    for value in obj.values():
        if isinstance(value, dict):
            nested.update((k, v) for k, v in value.items() if k not in nested)
    if not _holds_text(nested):
        return obj
    return {**nested, **{k: v for k, v in obj.items() if not isinstance(v, dict)}}


def _json_docs(
    text: str, relpath: str, lines: bool, warnings: list[str], first_line: int | None = None
) -> list[SourceDoc]:
    """The articles of a JSON or JSON Lines file, or of the part of a JSON Lines file that
    starts at line ``first_line``."""
    objects: list[tuple[int, Any]] = []
    if lines:
        for number, line in enumerate(text.split("\n"), start=first_line or 1):
            if not line.strip():
                continue
            try:
                objects.append((number, parse_json(line)))
            except ValueError as exc:
                warnings.append(f"line {number}: malformed JSON ({exc.args[0].split(':')[0]})")
    else:
        try:
            loaded = parse_json(text)
        except ValueError as exc:
            raise FileProblem(f"malformed JSON ({exc.args[0].split(':')[0]})") from None
        objects = list(enumerate(_records_in(loaded), start=1))
    docs = _docs_of(objects, relpath, "line" if lines else "item", "json", warnings)
    if not docs and first_line is None:
        raise FileProblem("no articles in the file")
    return docs


_RSS_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DUBLIN_CORE = "{http://purl.org/dc/elements/1.1/}"
_ATOM = "{http://www.w3.org/2005/Atom}"


def _feed_root(text: str) -> Any:
    """The root element of an RSS or Atom feed. Feeds declare no entities, so a document
    that does is refused rather than expanded."""
    from xml.etree import ElementTree

    if "<!ENTITY" in text:
        raise FileProblem("XML that declares entities is not read")
    try:
        return ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        raise FileProblem(f"malformed XML ({exc})") from None


def _feed_elements(root: Any) -> list[Any]:
    """The items of an RSS 2.0 feed, the entries of an Atom feed, or the stories of a wire
    agency's NITF document or NewsML-G2 message."""
    if root.tag == "rss":
        return list(root.iter("item"))
    if root.tag == f"{_ATOM}feed":
        return list(root.iter(f"{_ATOM}entry"))
    stories = wire_elements(root)
    if stories is None:
        raise FileProblem("not an RSS or Atom feed, nor a NITF or NewsML-G2 document")
    return stories


def _rss_fields(item: Any) -> dict[str, str]:
    # <source> names the outlet an aggregator's item comes from (Google News: "… - Reuters")
    outlet = (item.findtext("source") or "").strip()
    title = item.findtext("title") or ""
    if outlet and title.endswith(f" - {outlet}"):
        title = title[: -len(f" - {outlet}")]
    return {
        "title": title,
        "outlet": outlet,
        "url": item.findtext("link") or "",
        "date": item.findtext("pubDate") or item.findtext(f"{_DUBLIN_CORE}date") or "",
        "author": item.findtext(f"{_DUBLIN_CORE}creator") or item.findtext("author") or "",
        "text": item.findtext(_RSS_CONTENT) or item.findtext("description") or "",
    }


def _atom_fields(entry: Any) -> dict[str, str]:
    links = entry.findall(f"{_ATOM}link")
    link = next((x for x in links if x.get("rel", "alternate") == "alternate"), None)
    return {
        "title": entry.findtext(f"{_ATOM}title") or "",
        "outlet": entry.findtext(f"{_ATOM}source/{_ATOM}title") or "",
        "url": link.get("href", "") if link is not None else "",
        "date": entry.findtext(f"{_ATOM}published") or entry.findtext(f"{_ATOM}updated") or "",
        "author": entry.findtext(f"{_ATOM}author/{_ATOM}name") or "",
        "text": _atom_text(entry, "content") or _atom_text(entry, "summary"),
    }


def _atom_text(entry: Any, name: str) -> str:
    """An Atom text construct as text or HTML: ``type="xhtml"`` holds its XHTML as elements,
    which are given back as HTML (without their namespace), to be read as an HTML body is."""
    element = entry.find(f"{_ATOM}{name}")
    if element is None:
        return ""
    if element.get("type") != "xhtml":
        return str(element.text or "")
    return children_markup(element)


def _feed_items(text: str) -> list[dict[str, str]]:
    """The items of a feed as the fields of a JSON article (their HTML bodies are read as
    text later, as a JSON body's are)."""
    root = _feed_root(text)
    fields: Callable[[Any], dict[str, str]]
    if root.tag == "rss":
        fields = _rss_fields
    elif root.tag == f"{_ATOM}feed":
        fields = _atom_fields
    else:
        fields = wire_fields
    return [
        {name: value for name, value in fields(element).items() if value}
        for element in _feed_elements(root)
    ]


def _feed_item_source(path: Path, ordinal: int) -> str:
    """Item ``ordinal`` of a feed, as XML."""
    from xml.etree import ElementTree

    for prefix, uri in (("", _ATOM), ("content", _RSS_CONTENT), ("dc", _DUBLIN_CORE)):
        ElementTree.register_namespace(prefix, uri[1 : uri.index("}")])  # as feeds write them
    root = _feed_root(decode(read_source(path))[0])
    if root.tag.startswith("{") and root.tag != f"{_ATOM}feed":
        # a wire agency's document, printed with its namespace as it writes it: unprefixed
        ElementTree.register_namespace("", root.tag[1 : root.tag.index("}")])
    items = _feed_elements(root)
    if not 0 < ordinal <= len(items):
        return ""
    return str(ElementTree.tostring(items[ordinal - 1], encoding="unicode"))


def _docs_of(
    objects: list[tuple[int, Any]], relpath: str, where: str, origin: str, warnings: list[str]
) -> list[SourceDoc]:
    """Articles of the numbered records of a JSON or CSV file; records without a body warn."""
    docs: list[SourceDoc] = []
    for number, obj in objects:
        if not isinstance(obj, dict):
            warnings.append(f"{where} {number}: not a JSON object")
            continue
        if not _holds_text(obj):
            obj = _with_nested_fields(obj)
        given, extra = metadata_fields(obj)
        if note := unreadable_date(given):
            warnings.append(f"{where} {number}: {note}")
        body = given.pop("text", "")
        if not body.strip():
            named = _text_fields(obj)
            reason = f"{named[0]!r} is empty or not text" if named else "no text or body field"
            warnings.append(f"{where} {number}: {reason}")
            continue
        docs.append(
            SourceDoc(
                relpath,
                number,
                _lines(body),
                given,
                dict.fromkeys(given, origin),
                extra,
                f"{where} {number}",
            )
        )
    return docs


def _docs_or_fail(
    objects: list[tuple[int, Any]],
    relpath: str,
    where: str,
    origin: str,
    warnings: list[str],
    none_found: str,
) -> list[SourceDoc]:
    """The articles of the numbered records of a file of several (a feed, an export); a file
    of which none is one fails with ``none_found``."""
    docs = _docs_of(objects, relpath, where, origin, warnings)
    if not docs:
        raise FileProblem(none_found)
    return docs


def source_text(path: Path, ordinal: int) -> str:
    """An article's source as it is, decoded as kp reads it: the whole file, the article's
    line of a JSON Lines file (``ordinal``), or its row of a table, with the header; for a
    member of a zip archive (``news.zip/2023/putin.txt``), the same of the member."""
    if not path.exists() and (packed := _packed_in(path) or _tarred_in(path)):
        return _member_source(*packed, ordinal)
    suffix = kind_suffix(path.name)
    if suffix in CSV_SUFFIXES and ordinal:
        return csv_record(path, ordinal)
    if suffix in FEED_SUFFIXES and ordinal:
        return _feed_item_source(path, ordinal)
    if suffix in WORKBOOK_SUFFIXES:
        return workbook_record(read_source(path), suffix, ordinal)
    if suffix == PARQUET_SUFFIX:
        return _parquet_source(path, ordinal)
    if suffix in _DOCUMENT_READERS:
        paragraphs = _DOCUMENT_READERS[suffix][1](read_source(path))
        documents = nexis_uni_documents(paragraphs)
        if ordinal and ordinal <= len(documents):
            return "\n".join(documents[ordinal - 1])
        return "\n".join(paragraphs)
    if suffix in MHTML_SUFFIXES:
        return mhtml_page(read_source(path), [])[0]
    if suffix == PDF_SUFFIX:
        text = pdf_text(read_source(path))[0]
        documents = nexis_uni_documents(text.split("\n"))
        if ordinal and ordinal <= len(documents):
            return "\n".join(documents[ordinal - 1])
        return text
    if suffix == WARC_SUFFIX:
        return warc_page(path, ordinal)
    if ordinal and suffix in HTML_SUFFIXES | TEXT_SUFFIXES:
        data = read_source(path)
        if is_html_page(suffix, data):  # a Factiva export's article
            page = decode(data, html=True)[0]
            articles = factiva_documents(page) or []
            return articles[ordinal - 1][1] if ordinal <= len(articles) else page
        text = decode(data)[0]  # a LexisNexis or ProQuest export's document
        numbered = export[3] if (export := _database_export(text)) else []
        return next((doc for number, doc in numbered if number == ordinal), text)
    if suffix == ".json" and ordinal and (parts := json_array_parts(path)):
        part = next(p for p in reversed(parts) if p[2] <= ordinal)
        records = _json_array_part_records(path, part, [])[ordinal - part[2] :]
        return json.dumps(records[0], ensure_ascii=False, indent=2) if records else ""
    if suffix == ".jsonl" and ordinal:
        with _byte_stream(path) as handle:
            if handle.read(2) not in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
                handle.seek(0)  # line by line: the file may be far larger than memory
                return decode(next(itertools.islice(handle, ordinal - 1, None), b""))[0]
        lines = decode(read_source(path))[0].splitlines()
        return lines[ordinal - 1] if ordinal <= len(lines) else ""
    data = read_source(path)
    return decode(data, html=is_html_page(suffix, data))[0]


def _packed_in(path: Path) -> tuple[str, bytes] | None:
    """The name and bytes of the zip archive's member a path runs through, or None."""
    for archive in path.parents:
        if kind_suffix(archive.name) == ZIP_SUFFIX and archive.is_file():
            name = path.relative_to(archive).as_posix()
            try:
                opened = _archive(archive)
                return name, opened.zipped.read(opened.zipped.getinfo(name))
            except KeyError:
                return None  # no such member
            except _archive_problems() as exc:
                raise FileProblem(f"cannot be unpacked ({_reason(exc)})") from None
    return None


def _member_source(name: str, data: bytes, ordinal: int) -> str:
    """A member's source, read as the same file in a folder would be (see ``source_text``)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kp-") as folder:
        unpacked = Path(folder) / name.rsplit("/", 1)[-1]
        unpacked.write_bytes(data)
        return source_text(unpacked, ordinal)


MAX_PREAMBLE_LINES = 20  # lines of a report's name and query over a table's header


def csv_table(text: str, suffix: str) -> tuple[str, str]:
    """(the table, from its header line on; its delimiter) of a CSV or TSV file. The header
    is the first line, unless a report's lines stand over it, as media-monitoring tools write
    them (``Report: Putin``, ``Date range: …``): then it is the first of the opening lines
    that names a column of article text and another field (a row of data rarely holds two
    such names). The delimiter is a tab in a .tsv file; in a .csv file, whichever of , ; |
    and tab the header line uses most (spreadsheets in many locales save CSV with
    semicolons)."""
    lines = text.split("\n", MAX_PREAMBLE_LINES)[:MAX_PREAMBLE_LINES]
    offset = 0
    for line in lines:
        delimiter = _delimiter_of(line, suffix)
        with contextlib.suppress(csv.Error):  # (a bare carriage return in it, say)
            if _names_the_fields(next(csv.reader([line], delimiter=delimiter))):
                return text[offset:], delimiter
        offset += len(line) + 1
    return text, _delimiter_of(lines[0], suffix)


def _names_the_fields(cells: list[Any]) -> bool:
    """Whether a table's row is a header under a report: it names a column of article text
    and another field."""
    named = {_field_of(cell) for cell in cells if isinstance(cell, str)}
    return "text" in named and len(named - {None}) > 1


def _delimiter_of(header: str, suffix: str) -> str:
    return "\t" if suffix == ".tsv" else max(",;|\t", key=header.count)


def csv_record(path: Path, ordinal: int) -> str:
    """The header and row ``ordinal`` of a CSV file, as CSV: one article's source (of a
    large file, read from the part that holds it)."""
    csv.field_size_limit(MAX_FILE_BYTES)
    suffix = kind_suffix(path.name)
    parts = csv_parts(path)
    if parts:
        start, end, first_row = next(p for p in reversed(parts) if p[2] <= ordinal)
        header, delimiter = _csv_header(path)
        text = decode(_byte_range(path, start, end, []))[0]
        if not start:
            text = csv_table(text, suffix)[0]
    else:
        text, delimiter = csv_table(decode(read_source(path))[0], suffix)
        start, first_row = 0, 1
    table = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        if not start:
            header = next(table, [])
        rows = (row for row in table if row)  # (a blank line is no row, as for the reader)
        row = next(itertools.islice(rows, ordinal - first_row, None), [])
    except csv.Error as exc:
        raise FileProblem(f"malformed CSV ({exc})") from None
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows([header, row])
    return out.getvalue()


def _csv_docs(
    text: str,
    delimiter: str,
    relpath: str,
    warnings: list[str],
    header: list[str] | None = None,
    first_row: int | None = None,
) -> list[SourceDoc]:
    """The articles of a table whose header names the fields (as JSON keys are named), one
    row each; or of a part of one, its rows under the ``header`` of the whole, numbered from
    ``first_row`` (a part without articles only warns). A row the CSV reader cannot parse
    ends the file, or the part, with a warning."""
    csv.field_size_limit(MAX_FILE_BYTES)  # an article's body is far longer than the default
    rows: list[tuple[int, Any]] = []
    table = csv.DictReader(io.StringIO(text, newline=""), header, delimiter=delimiter)
    start = first_row or 1
    try:
        for number, row in enumerate(table, start=start):
            rows.append((number, {k: v for k, v in row.items() if isinstance(k, str)}))
    except csv.Error as exc:
        if not rows and first_row is None:
            raise FileProblem(f"malformed CSV ({exc})") from None
        warnings.append(f"row {start + len(rows)}: malformed CSV ({exc}); the rest is skipped")
    docs = _docs_of(rows, relpath, "row", "csv", warnings)
    if not docs and first_row is None:
        _needs_a_text_column(list(table.fieldnames or []))
        raise FileProblem("no articles in the file")
    return docs


# A CSV or TSV file larger than this is read in parts of about this size, each of whole rows
# under the file's header, as a JSON Lines file is (a dataset's CSV runs to gigabytes)
CSV_PART_BYTES = 256 * 1024
_CSV_HEAD_BYTES = 64 * 1024  # where a table's header is looked for, report lines and all


def csv_parts(path: Path) -> list[Part] | None:
    """The parts a CSV or TSV file is read in (first byte, end byte, number of the first row
    of data), each ending where a row does: at a line end outside quotes (of its decompressed
    bytes when it is gzipped). None when it is read whole: small, UTF-16 (whose line ends are
    not single bytes), without line feeds (Excel's CSV (Macintosh) ends its lines with carriage
    returns alone), or gzipped and broken off (named when it is read)."""
    try:
        return _csv_parts(path)
    except _gzip_breaks():
        return None


def _csv_parts(path: Path) -> list[Part] | None:
    with _byte_stream(path) as handle:
        if os.fstat(handle.fileno()).st_size <= CSV_PART_BYTES:
            return None
        head = handle.read(_CSV_HEAD_BYTES)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
            return None
        if b"\n" not in head:
            return None
        # the report's lines and the header are no rows of data
        not_rows = _lines_over_the_rows(head, kind_suffix(path.name))
        handle.seek(0)
        parts: list[Part] = []
        part_start = position = 0
        first_row, rows = 1, 0
        quoted = False
        carried = b""
        while chunk := handle.read(CSV_PART_BYTES):
            lines = (carried + chunk).split(b"\n")
            carried = lines.pop()
            for line in lines:
                position += len(line) + 1
                if line.count(b'"') % 2:
                    quoted = not quoted
                if quoted:
                    if position - part_start > MAX_RECORD_BYTES:
                        return None  # quotes that never close: read whole, and named then
                    continue
                if not_rows:
                    not_rows -= 1
                elif line.strip(b"\r"):  # (a blank line is no row)
                    rows += 1
                if position - part_start >= CSV_PART_BYTES:
                    parts.append((part_start, position, first_row))
                    part_start, first_row, rows = position, first_row + rows, 0
        if position + len(carried) > part_start:
            parts.append((part_start, position + len(carried), first_row))
    return parts if len(parts) > 1 else None


def _lines_over_the_rows(head: bytes, suffix: str) -> int:
    """How many lines of a table's head stand over its first row of data: a report's lines,
    then the header."""
    text = decode(head[: head.rfind(b"\n") + 1])[0]
    table, _ = csv_table(text, suffix)
    return text[: len(text) - len(table)].count("\n") + 1


def _csv_header(path: Path) -> tuple[list[str], str]:
    """The header of a large CSV or TSV file, and its delimiter, read from its head."""
    with _byte_stream(path) as handle:
        head = handle.read(_CSV_HEAD_BYTES)
    text = decode(head[: head.rfind(b"\n") + 1])[0]
    table, delimiter = csv_table(text, kind_suffix(path.name))
    try:
        header = next(csv.reader(io.StringIO(table, newline=""), delimiter=delimiter), [])
    except csv.Error as exc:
        raise FileProblem(f"malformed CSV ({exc})") from None
    return header, delimiter


def _csv_part_docs(path: Path, relpath: str, part: Part, warnings: list[str]) -> list[SourceDoc]:
    """The articles of a part of a large CSV or TSV file (see ``csv_parts``)."""
    start, end, first_row = part
    text = _part_text(path, start, end, warnings)
    if not start:
        table, delimiter = csv_table(text, kind_suffix(path.name))
        return _csv_docs(table, delimiter, relpath, warnings, None, first_row)
    header, delimiter = _csv_header(path)
    return _csv_docs(text, delimiter, relpath, warnings, header, first_row)


def _needs_a_text_column(header: list[str]) -> None:
    """Fail, naming the header, when no column of a table holds the article text."""
    if header and not any(_field_of(name) == "text" for name in header):
        raise FileProblem(
            f"no column holds the article text (its header: {', '.join(header)[:200]};"
            f" name it {', '.join(FIELD_NAMES['text'][:3])} …)"
        )


# an Office package's parts (a workbook's, a Word document's), unpacked, at most
MAX_PACKAGE_UNPACKED_BYTES = MAX_FILE_BYTES


def _check_package(data: bytes, kind: str, part: str | None = None) -> None:
    """Fail unless ``data`` is a zip package (holding ``part``, when given) whose parts unpack
    to at most MAX_PACKAGE_UNPACKED_BYTES, sized before anything is unpacked: a small file
    may unpack to gigabytes. ``kind`` names it in the message: "workbook"."""
    import zipfile

    problems: tuple[type[Exception], ...] = (KeyError, *_archive_problems())
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            if part:
                package.getinfo(part)
            unpacked = sum(info.file_size for info in package.infolist())
    except problems as exc:
        raise FileProblem(f"not a readable {kind} ({_reason(exc)})") from None
    if unpacked > MAX_PACKAGE_UNPACKED_BYTES:
        raise FileProblem(f"{kind} too large unpacked (over {_size(MAX_PACKAGE_UNPACKED_BYTES)})")


def workbook_tables(data: bytes, suffix: str) -> list[tuple[list[str], list[list[Any]]]]:
    """(header, rows) of each sheet of a workbook (.xlsx or .xls) that holds anything: the
    header is its first row, or the first of its opening rows that names the text and another
    field, as in a CSV file; a cell's value is text, a number or a boolean (a day or a time is
    given in ISO form), empty rows are left out."""
    sheets = _xlsx_sheets(data) if suffix == XLSX_SUFFIX else _xls_sheets(data)
    tables: list[tuple[list[str], list[list[Any]]]] = []
    for sheet in sheets:
        rows = [row for row in sheet if any(value != "" for value in row)]
        if rows:
            at = next(
                (i for i, row in enumerate(rows[:MAX_PREAMBLE_LINES]) if _names_the_fields(row)),
                0,
            )
            tables.append(([str(name) for name in rows[at]], rows[at + 1 :]))
    return tables


def _xlsx_sheets(data: bytes) -> list[list[list[Any]]]:
    """The rows of each sheet of a workbook (.xlsx), read with openpyxl."""
    _check_package(data, "workbook")
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return [
                [list(map(_cell_value, row)) for row in sheet.iter_rows(values_only=True)]
                for sheet in book.worksheets
            ]
        finally:
            book.close()
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise FileProblem(f"not a readable workbook ({_reason(exc)})") from None


# how an Excel 97-2003 workbook opens: the signature of an OLE2 compound file
_OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _xls_sheets(data: bytes) -> list[list[list[Any]]]:
    """The rows of each sheet of an Excel 97-2003 workbook (.xls), read with xlrd."""
    if not data.startswith(_OLE2_SIGNATURE):
        # a web application's "Excel" export is often a page of a table, or tab-separated
        # text, under the name, which Excel opens as a sheet all the same
        if sheets := _sheets_saved_as_text(data):
            return sheets
        raise FileProblem(
            "not an Excel 97-2003 workbook, nor a table saved under the name (save it from "
            "Excel as .xlsx or CSV)"
        )
    import xlrd

    try:
        # (xlrd writes what it notices of a damaged file to stdout, kp's data, unless told)
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
        try:
            sheets = []
            for index in range(book.nsheets):
                sheet = book.sheet_by_index(index)
                sheets.append(
                    [
                        [_xls_value(cell, book.datemode) for cell in sheet.row(number)]
                        for number in range(sheet.nrows)
                    ]
                )
                book.unload_sheet(index)
            return sheets
        finally:
            book.release_resources()
    except Exception as exc:  # xlrd raises many kinds for a damaged workbook
        raise FileProblem(f"not a readable workbook ({_reason(exc)})") from None


def _sheets_saved_as_text(data: bytes) -> list[list[list[Any]]]:
    """The rows of the tables of a web page (``<table>``, a row a ``<tr>``, a cell each of
    its ``<th>`` and ``<td>``), or of text separated by tabs or commas, saved under a
    workbook's name; none when it is neither."""
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return []  # binary: no text
    text = decode(data, html=b"<" in data[:1024])[0].lstrip("\ufeff \t\r\n")
    if text.startswith("<"):
        from lxml import etree, html

        try:
            page = html.document_fromstring(text)
        except (etree.ParserError, ValueError):
            return []
        return [
            [
                [_cell_value(cell.text_content().strip()) for cell in row.xpath("./th|./td")]
                for row in table.xpath(".//tr")
            ]
            for table in page.xpath("//table")
        ]
    first_line = text.split("\n", 1)[0]
    if "\t" not in first_line and "," not in first_line:
        return []
    table, delimiter = csv_table(text, ".csv")
    csv.field_size_limit(MAX_FILE_BYTES)
    try:
        return [
            [
                list(map(_cell_value, row))
                for row in csv.reader(io.StringIO(table, newline=""), delimiter=delimiter)
            ]
        ]
    except csv.Error:
        return []


def _xls_value(cell: Any, datemode: int) -> Any:
    """An Excel 97-2003 cell's value as kp keeps a workbook's: a day in ISO form, a whole
    number as one, an error or an empty cell as ""."""
    import datetime

    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            moment = xlrd.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell.value
        return moment.date().isoformat() if moment.time() == datetime.time() else moment.isoformat()
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return int(cell.value) if float(cell.value).is_integer() else cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return _cell_value(cell.value)
    return ""


def _cell_value(value: Any) -> Any:
    """A cell's value as kp keeps it: text as read (without control characters), a day or a
    time in ISO form, an empty cell as ""."""
    import datetime

    if value is None:
        return ""
    if isinstance(value, str):
        return strip_control(_lines(value))
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return str(value)
    return value


def _workbook_records(
    tables: list[tuple[list[str], list[list[Any]]]],
) -> Iterator[tuple[int, list[str], list[Any]]]:
    """(number, header, row) of each row of a workbook's tables, numbered through the workbook."""
    numbered = itertools.count(1)
    for header, rows in tables:
        for row in rows:
            yield next(numbered), header, row


def _workbook_docs(data: bytes, suffix: str, relpath: str, warnings: list[str]) -> list[SourceDoc]:
    """The articles of a workbook, one a row of each sheet, its columns named as a CSV
    file's are."""
    tables = workbook_tables(data, suffix)
    records = [
        (number, {name: value for name, value in zip(header, row, strict=False) if name})
        for number, header, row in _workbook_records(tables)
    ]
    docs = _docs_of(records, relpath, "row", "xlsx", warnings)
    if not docs:
        _needs_a_text_column([name for header, _ in tables for name in header])
        raise FileProblem("no articles in the workbook")
    return docs


# A Parquet file of several row groups larger than this is read a row group at a time, each
# a part (row groups run to some thousands of rows; pandas and Hugging Face write 100,000 or more)
PARQUET_PART_BYTES = WARC_PART_BYTES


def parquet_parts(path: Path) -> list[Part] | None:
    """The parts a Parquet file is read in, a row group each (``(index, index + 1, first row
    number)``), or None when it is read whole (small, or of one row group)."""
    from kimputin_cli.parquet import ParquetProblem, row_groups

    if is_gzipped(path.name) or path.stat().st_size <= PARQUET_PART_BYTES:
        return None
    try:
        groups = row_groups(str(path))
    except ParquetProblem:
        return None  # read whole, and its problem named then
    parts = [(index, index + 1, first) for index, (first, _) in enumerate(groups)]
    return parts if len(parts) > 1 else None


def _parquet_docs(
    source: str | io.BytesIO, relpath: str, groups: range | None, warnings: list[str]
) -> list[SourceDoc]:
    """The articles of a Parquet file, one a row, or of some of its row groups (a part, which
    only warns when it holds none)."""
    from kimputin_cli.parquet import ParquetProblem, parquet_records

    try:
        records = list(parquet_records(source, groups))
    except ParquetProblem as exc:
        if groups is None:
            raise FileProblem(str(exc)) from None
        warnings.append(str(exc))
        return []
    docs = _docs_of(records, relpath, "row", "parquet", warnings)
    if not docs and groups is None:
        _needs_a_text_column(sorted({name for _, record in records for name in record}))
        raise FileProblem("no articles in the Parquet file")
    return docs


def _parquet_source(path: Path, ordinal: int) -> str:
    from kimputin_cli.parquet import ParquetProblem, parquet_row

    try:
        if is_gzipped(path.name):
            return parquet_row(io.BytesIO(read_source(path)), ordinal)
        return parquet_row(str(path), ordinal)
    except ParquetProblem as exc:
        raise FileProblem(str(exc)) from None


def workbook_record(data: bytes, suffix: str, ordinal: int) -> str:
    """The header and row ``ordinal`` of a workbook, as CSV: one article's source."""
    out = io.StringIO()
    for number, header, row in _workbook_records(workbook_tables(data, suffix)):
        if number == ordinal:
            csv.writer(out, lineterminator="\n").writerows([header, row])
            break
    return out.getvalue()


# LexisNexis' text export: several articles in a file, each opened by "1 of 50 DOCUMENTS", then
# the publication, the date and the title on lines of their own, labelled lines (BYLINE:,
# SECTION:, LENGTH: …), the story, and more labelled lines (LOAD-DATE:, LANGUAGE: …)
_NEXIS_MARK = re.compile(r"^[ \t]*\d{1,7} of \d{1,7} DOCUMENTS?[ \t]*$", re.MULTILINE)
NEXIS_OPENING_CHARS = 3200  # the first mark, which opens the export, stands within these
_NEXIS_LABEL = re.compile(r"(?P<label>[A-Z][A-Z-]{1,30}):[ \t]*(?P<value>.*)")
NEXIS_TRAILER_LABELS = frozenset(
    """LOAD-DATE LANGUAGE PUBLICATION-TYPE JOURNAL-CODE GRAPHIC URL SUBJECT ORGANIZATION PERSON
    GEOGRAPHIC COUNTRY CITY STATE INDUSTRY TICKER DOCUMENT-TYPE NOTES CORRECTION-DATE
    DISTRIBUTION TYPE""".split()
)
_NEXIS_FIELDS = {
    "BYLINE": "author",
    "HEADLINE": "title",
    "SECTION": "section",
    "DATELINE": "dateline",
    "LENGTH": "length",
    "HIGHLIGHT": "highlight",
    "EDITION": "edition",
    "BODY": "",
}


def nexis_documents(text: str) -> list[tuple[int, str]]:
    """(number, text) of each article of a LexisNexis text export, or [] for any other text.
    Numbered in file order from 1 (exports joined in one file repeat the marks' numbers)."""
    if " DOCUMENT" not in text[:NEXIS_OPENING_CHARS]:
        return []
    marks = list(_NEXIS_MARK.finditer(text))
    if not marks or text[: marks[0].start()].strip():
        return []  # the export opens with its first mark
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [
        (number, text[m.end() : end])
        for number, (m, end) in enumerate(zip(marks, ends, strict=True), start=1)
    ]


def _nexis_fields(document: str) -> dict[str, str]:
    """An article of a LexisNexis export as fields named as JSON fields are."""
    from kimputin_cli.dates import normalize_date  # its regexes cost startup time

    lines = [line.strip() for line in document.split("\n")]
    fields: dict[str, str] = {}
    header: list[str] = []
    body: list[str] = []
    labelled = False  # past the header, among the labelled lines over the story
    for line in lines:
        label = _NEXIS_LABEL.fullmatch(line)
        if label and label["label"] in NEXIS_TRAILER_LABELS and (body or labelled):
            if label["label"] == "URL":
                fields.setdefault("url", label["value"].strip())
            if body:
                break  # the story ends where the labels under it start
            continue
        if not body and label and label["label"] in _NEXIS_FIELDS:
            labelled = True
            if name := _NEXIS_FIELDS[label["label"]]:
                fields.setdefault(name, label["value"].strip())
        elif not body and not labelled:
            if line:
                header.append(line)
        elif line or body:
            body.append(line)
    if header:
        fields["outlet"] = header[0]
    dated = next((i for i, line in enumerate(header) if normalize_date(line)), None)
    if dated is not None:
        fields["date"] = header[dated]
        if header[dated + 1 :]:
            fields.setdefault("title", header[-1])  # after the date, and any edition line
    while body and (not body[-1] or body[-1].startswith(("Copyright", "All Rights Reserved"))):
        body.pop()
    fields["text"] = "\n".join(body)
    return fields


# the code page an RTF document's bytes past ASCII are in: "\ansicpg1251"
_RTF_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def rtf_paragraphs(data: bytes) -> list[str]:
    """The paragraphs of a Rich Text document (.rtf), a line each, read with striprtf."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise FileProblem("not an RTF document (it does not open with {\\rtf)")
    from striprtf.striprtf import rtf_to_text

    page = _RTF_CODE_PAGE.search(data, 0, 4096)
    encoding = f"cp{int(page[1])}" if page else "cp1252"
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "cp1252"
    rtf = _RTF_UNICODE.sub(_in_range, data.decode(encoding, "replace"))
    try:
        text = rtf_to_text(rtf, encoding=encoding, errors="replace")  # type: ignore[no-untyped-call]
    except Exception as exc:  # striprtf raises what a damaged document makes it meet
        raise FileProblem(f"not a readable RTF document ({exc})") from None
    # a character past the first 65,536 is written as a pair of UTF-16 halves: joined here
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return [line.strip() for line in text.split("\n")]


# a Unicode escape: a signed 16-bit number ("\u-3913?"), which damage may put out of range
_RTF_UNICODE = re.compile(r"\\u(-?\d+)")


def _in_range(escape: re.Match[str]) -> str:
    number = int(escape[1])
    number += 65536 if number < 0 else 0
    return f"\\u{number if 0 <= number < 65536 else 0xFFFD}"  # (its fallback character goes)


def odt_paragraphs(data: bytes) -> list[str]:
    """The paragraphs of an OpenDocument text (.odt), headings, lists and tables' rows
    included, in order, read with odfpy (its XML read with defusedxml: no entity expands)."""
    _check_package(data, "OpenDocument text", "content.xml")
    from odf.opendocument import load

    try:
        body = load(io.BytesIO(data)).text
    except Exception as exc:  # odfpy raises what a damaged package makes it meet
        refused = type(exc).__module__.startswith("defusedxml")  # (an entity, a DTD)
        reason = "its XML declares entities, which are not read" if refused else _reason(exc)
        raise FileProblem(f"not a readable OpenDocument text ({reason})") from None
    paragraphs: list[str] = []
    pending: list[Any] = list(reversed(body.childNodes))
    while pending:  # (walked with a stack: a document may nest lists deeper than recursion)
        node = pending.pop()
        name = _odf_name(node)
        if name in ("p", "h"):
            paragraphs.append(_odf_text(node))
        elif name == "table-row":
            cells = [c for c in node.childNodes if _odf_name(c) == "table-cell"]
            texts = [" ".join(_odf_text(p) for p in c.childNodes).strip() for c in cells]
            paragraphs.append(" | ".join(t for t in texts if t))
        elif name and name not in _ODF_NOT_TEXT:
            pending.extend(reversed(node.childNodes))
    return [strip_control(p).strip() for p in paragraphs]


# what an OpenDocument holds beside its running text: deleted text kept for tracked changes,
# footnotes, comments
_ODF_NOT_TEXT = frozenset({"tracked-changes", "note", "annotation", "annotation-end"})


def _odf_name(node: Any) -> str | None:
    """An element's local name ("p", "table-row"), None for text."""
    qname = getattr(node, "qname", None)
    return qname[1] if qname else None


def _odf_text(element: Any) -> str:
    """The text of a paragraph of an OpenDocument: its spaces (``text:s``) and tabs as spaces,
    its footnotes and comments left out."""
    parts: list[str] = []
    pending: list[Any] = [element]
    while pending:
        node = pending.pop()
        name = _odf_name(node)
        if name is None:
            parts.append(getattr(node, "data", "") or "")
        elif name == "s":
            count = next((v for k, v in node.attributes.items() if k[1] == "c"), "1")
            parts.append(" " * min(int(count) if count.isdigit() else 1, MAX_ODF_SPACES))
        elif name in ("tab", "line-break"):
            parts.append(" ")
        elif name not in _ODF_NOT_TEXT:
            pending.extend(reversed(node.childNodes))
    return "".join(parts)


MAX_ODF_SPACES = 100  # a run of spaces a document writes as one element with its count


def docx_paragraphs(data: bytes) -> list[str]:
    """The paragraphs of a Word document (.docx), tables' cells included, in order."""
    _check_package(data, "Word document", "word/document.xml")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise FileProblem(f"not a readable Word document ({exc})") from None
    paragraphs: list[str] = []
    for block in _docx_blocks(document.element.body):
        if block.tag == _W_TABLE:
            for row in docx.table.Table(block, document).rows:
                # a row is a line, its cells set apart; a merged cell is given once for each
                # column it spans: read it once
                cells: list[Any] = []
                for cell in row.cells:
                    if not cells or cell._tc is not cells[-1]._tc:
                        cells.append(cell)
                texts = [
                    " ".join(_docx_text(p._p).strip() for p in c.paragraphs).strip() for c in cells
                ]
                paragraphs.append(" | ".join(t for t in texts if t))
        else:
            paragraphs.append(_docx_text(block))
    return [strip_control(p).strip() for p in paragraphs]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_PARAGRAPH, _W_TABLE = f"{_W}p", f"{_W}tbl"
# what holds paragraphs beside the body: content controls (a template's fields) and custom XML
_W_HOLDERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"})
# what a paragraph's text is made of; and what is not its text: the text a tracked change
# deleted or moved away, and a text box anchored in it (a pull quote or a caption, which Word
# also writes a second time for older readers)
_W_TEXT, _W_SPACES = f"{_W}t", frozenset({f"{_W}tab", f"{_W}br", f"{_W}cr"})
_W_GONE = (f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent")


def _docx_blocks(body: Any) -> Iterator[Any]:
    """The paragraphs and tables of a Word document's body, in order, those inside content
    controls too (python-docx's own walk passes them over)."""
    pending = list(reversed(body))
    while pending:
        element = pending.pop()
        if element.tag in (_W_PARAGRAPH, _W_TABLE):
            yield element
        elif element.tag in _W_HOLDERS:
            pending.extend(reversed(element))


def _docx_text(paragraph: Any) -> str:
    """A Word paragraph's text as it reads with its tracked changes accepted: what was inserted
    in, what was deleted out (python-docx's own text leaves out the insertions), its tabs and
    line breaks as spaces."""
    parts: list[str] = []
    for element in paragraph.iter(_W_TEXT, *_W_SPACES):
        if next(element.iterancestors(*_W_GONE), None) is not None:
            continue
        parts.append((element.text or "") if element.tag == _W_TEXT else " ")
    return "".join(parts)


# the documents read a paragraph a line, by their kind's name in messages and their reader
_DOCUMENT_READERS: dict[str, tuple[str, Callable[[bytes], list[str]]]] = {
    DOCX_SUFFIX: ("Word", docx_paragraphs),
    RTF_SUFFIX: ("RTF", rtf_paragraphs),
    ODT_SUFFIX: ("OpenDocument", odt_paragraphs),
}


MAX_PDF_PAGES = 500  # an article runs to a few pages; a longer PDF is a report or a book
# A browser prints the page's title and the time of printing over each page, and its address
# and the page's number under it, within this many points (0.5 inch) of the page's edge
PDF_MARGIN_POINTS = 36
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "ft", "ﬆ": "st"}
)
_BROKEN_WORD = re.compile(r"(?<=\w-)\n(?=\w)")  # "kerja-\nsama": a word broken at its hyphen
_WEB_ADDRESS = re.compile(r"(?:https?|file)://\S+")
# what a printer puts in a page's margin: its number ("1/3", "Page 2 of 5", "- 3 -"), or the
# time of printing ("12/7/26, 7:34 AM", "07/12/2026 07.34")
_PRINT_FURNITURE = re.compile(
    r"^(?:[-–—\s]*\d{1,4}(?:\s*(?:/|of|dari)\s*\d{1,4})?[-–—\s]*$|(?i:page|halaman|hal\.?)\s*\d|"
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2})"
)
_DIGITS = re.compile(r"\d+")
# titles PDF writers give a document of their own accord
_WRITERS_TITLE = re.compile(r"^(?:Microsoft Word - |untitled\b)|\.docx?$", re.IGNORECASE)


def pdf_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The text of a PDF, a text box (pdfminer's layout analysis groups a paragraph's lines
    into one) a line, and what its metadata and page margins say: the document's title, and
    the address a browser printed under the page. What a printer puts in the margins (the
    address, the time of printing, page numbers, and a running head on more than one page) is
    left out; other text there, as a page set with narrow margins has, is kept."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    _quiet_library_logs()
    boxes: list[tuple[str, bool]] = []  # (text, whether it stands in a page's margin)
    given: dict[str, str] = {}
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        _refuse_pdf_bombs(document)
        pages = resolve1(resolve1(document.catalog.get("Pages")) or {}).get("Count")
        if isinstance(pages, int) and pages > MAX_PDF_PAGES:  # told before any page is read
            raise FileProblem(f"PDF of {pages} pages: a report or a book, not an article")
        title = next((info.get("Title") for info in document.info if info.get("Title")), None)
        title = resolve1(title)  # (the title may be an object of its own)
        if isinstance(title, bytes):
            title = decode_text(title)
        if isinstance(title, str) and title.strip() and not _WRITERS_TITLE.search(title.strip()):
            given["title"] = strip_control(title).strip()
        for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams()), 1):
            if number > MAX_PDF_PAGES:  # (a page tree whose count said less)
                raise FileProblem(f"PDF of over {MAX_PDF_PAGES} pages: a report or a book")
            for box in page:
                if not isinstance(box, LTTextContainer):
                    continue
                text = _BROKEN_WORD.sub("", box.get_text().translate(_LIGATURES))
                text = " ".join(strip_control(text).split())
                margin = box.y0 >= page.height - PDF_MARGIN_POINTS or box.y1 <= PDF_MARGIN_POINTS
                if text:
                    boxes.append((text, margin))
    except FileProblem:
        raise
    except PDFPasswordIncorrect:
        raise FileProblem("PDF locked with a password") from None
    except Exception as exc:  # pdfminer raises many kinds for a damaged file
        raise FileProblem(f"not a readable PDF ({_reason(exc)})") from None
    # what stands in the margins of more than one page, its numbers aside, is furniture too
    in_margins = Counter(_DIGITS.sub("#", text) for text, margin in boxes if margin)
    lines = []
    for text, margin in boxes:
        if margin and (address := _WEB_ADDRESS.search(text)) and address.group()[:4] == "http":
            given.setdefault("url", address.group())
        if not margin or not (
            address or _PRINT_FURNITURE.match(text) or in_margins[_DIGITS.sub("#", text)] > 1
        ):
            lines.append(text)
    return "\n".join(lines), given


MAX_PDF_UNPACKED_BYTES = MAX_FILE_BYTES  # a PDF's compressed streams, unpacked


def _refuse_pdf_bombs(document: Any) -> None:
    """Size a PDF's compressed streams unpacked, each only up to what is left of the limit,
    before pdfminer unpacks them whole: a small file may unpack to gigabytes."""
    import zlib

    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream

    left = MAX_PDF_UNPACKED_BYTES
    for xref in document.xrefs:
        for objid in xref.get_objids():
            try:
                stream = document.getobj(objid)
            except Exception:  # an object pdfminer cannot read is its concern, not a size
                continue
            if not isinstance(stream, PDFStream) or stream.rawdata is None:
                continue
            filters = stream.get_filters()
            if not filters or filters[0][0] not in LITERALS_FLATE_DECODE:
                continue
            packed = stream.rawdata
            if stream.decipher and stream.objid is not None and stream.genno is not None:
                packed = stream.decipher(stream.objid, stream.genno, packed, stream.attrs)
            inflater = zlib.decompressobj()
            try:
                left -= len(inflater.decompress(packed, left + 1))
            except zlib.error:
                continue
            if left < 0 or inflater.unconsumed_tail:
                raise FileProblem(f"PDF too large unpacked (over {_size(MAX_PDF_UNPACKED_BYTES)})")


def _pdf_docs(data: bytes, relpath: str, warnings: list[str]) -> list[SourceDoc]:
    """A PDF's article, or each document of a Nexis Uni export saved as PDF."""
    text, given = pdf_text(data)
    if not text.strip():
        raise FileProblem("no text in the PDF (a scanned page is a picture: kp reads no pictures)")
    if documents := nexis_uni_documents(text.split("\n")):
        return _nexis_uni_docs(documents, relpath, warnings)
    return [SourceDoc(relpath, 0, text, given, dict.fromkeys(given, "pdf"))]


# Nexis Uni's Word export: documents that each end with "End of Document", each a title, the
# publication and the date over labelled lines ("Length: 512 words", "Byline: …"), "Body",
# the story and more labelled lines ("Load-Date: …")
NEXIS_UNI_END = "End of Document"
_NEXIS_UNI_LABEL = re.compile(r"(?P<label>[A-Z][A-Za-z-]{1,30}):\s*(?P<value>.*)", re.DOTALL)
_NEXIS_UNI_FIELDS = {"Byline": "author", "Section": "section", "Length": "length"}
NEXIS_UNI_TRAILER_LABELS = frozenset("Load-Date Classification Graphic Notes Language".split())


def nexis_uni_documents(paragraphs: list[str]) -> list[list[str]]:
    """The documents of a Nexis Uni export (its paragraphs as a Word document or a PDF gives
    them), or [] for any other document."""
    documents: list[list[str]] = []
    current: list[str] = []
    for paragraph in paragraphs:
        if paragraph == NEXIS_UNI_END:
            documents.append(current)
            current = []
        else:
            current.append(paragraph)
    return [d for d in documents if "Body" in d]


def _nexis_uni_fields(document: list[str]) -> dict[str, str]:
    """A document of a Nexis Uni export as fields named as JSON fields are: the title,
    publication and date are the three lines over the labelled ones (a cover page may come
    first, in the first document)."""
    from kimputin_cli.dates import normalize_date  # its regexes cost startup time

    body_at = document.index("Body")
    fields: dict[str, str] = {}
    plain: list[str] = []
    for line in document[:body_at]:
        label = _NEXIS_UNI_LABEL.fullmatch(line)
        if label and label["label"] in _NEXIS_UNI_FIELDS:
            fields.setdefault(_NEXIS_UNI_FIELDS[label["label"]], label["value"].strip())
        elif line and not label and not line.startswith("Copyright"):
            plain.append(line)
    dated = next((i for i, line in enumerate(plain) if i >= 2 and normalize_date(line)), None)
    if dated is not None:
        fields.update(title=plain[dated - 2], outlet=plain[dated - 1], date=plain[dated])
    body: list[str] = []
    for line in document[body_at + 1 :]:
        label = _NEXIS_UNI_LABEL.fullmatch(line)
        if label and label["label"] in NEXIS_UNI_TRAILER_LABELS:
            break
        body.append(line)
    fields["text"] = "\n\n".join(line for line in body if line)
    return fields


def _nexis_uni_docs(
    documents: list[list[str]], relpath: str, warnings: list[str]
) -> list[SourceDoc]:
    return _docs_or_fail(
        [(n, _nexis_uni_fields(d)) for n, d in enumerate(documents, start=1)],
        relpath,
        "document",
        "nexis",
        warnings,
        "no article text in the Nexis Uni export",
    )


def _document_docs(
    paragraphs: list[str], kind: str, relpath: str, warnings: list[str]
) -> list[SourceDoc]:
    """A word processor's document's article, or each document of a Nexis Uni export."""
    if documents := nexis_uni_documents(paragraphs):
        return _nexis_uni_docs(documents, relpath, warnings)
    text = "\n\n".join(p for p in paragraphs if p)
    if not text:
        raise FileProblem(f"no text in the {kind} document")
    return [SourceDoc(relpath, 0, text)]


# "Title: …", "URL Source: …", "Published Time: …" over the story, as Jina Reader writes a page
# (its body after "Markdown Content:") and scraping scripts save an article ("Authors: …")
_LABELLED_LINE = re.compile(r"(?P<label>[A-Za-z][A-Za-z ]{0,24}?)[ \t]*:[ \t]*(?P<value>.*)")
_LABEL_ALIASES = {"urlsource": "url", "publishedtime": "date", "publishtime": "date"}
_BODY_LABELS = {"markdowncontent": True, "content": False, "text": False, "body": False}
MAX_LABELLED_LINES = 16


def _label_field(key: str) -> str | None:
    """The article field a label's key names (``urlsource`` the URL), or None."""
    named = _field_of(_LABEL_ALIASES.get(key, key))
    return None if named == "text" else named


def _labelled_fields(text: str) -> tuple[dict[str, str], str, bool] | None:
    """(fields, body, whether the body is Markdown) of a text that opens with labelled lines
    naming at least two fields, one of them its title, address or date; None otherwise (a
    lone "Penulis: …" over a story is a credit, left to the cleaner)."""
    fields: dict[str, str] = {}
    lines = text.split("\n", MAX_LABELLED_LINES * 2)  # the last holds the rest of the text
    body_at, markdown = len(lines) - 1, False
    for i, line in enumerate(lines[:-1]):
        if not line.strip():
            continue
        labelled = _LABELLED_LINE.fullmatch(line.strip())
        key = field_key(labelled["label"]) if labelled else ""
        value = labelled["value"].strip() if labelled else ""
        if key in _BODY_LABELS and not value:
            body_at, markdown = i + 1, _BODY_LABELS[key]
            break
        name = _label_field(key) if value else None
        if name is None or name in fields or len(fields) == MAX_LABELLED_LINES:
            body_at = i
            break
        fields[name] = value
    if len(fields) < 2 or not fields.keys() & {"title", "url", "date"}:
        return None
    given, _ = metadata_fields(fields)
    return given, "\n".join(lines[body_at:]), markdown


# YAML front matter, as static-site generators and scrapers that save Markdown write it
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
MAX_FRONT_MATTER_CHARS = 64 * 1024


MAX_FLOW_NESTING = 64
_NOT_A_BRACKET = re.compile(r"[^][{}]+")


def _flow_nesting(source: str) -> int:
    """How deep ``[…]`` and ``{…}`` nest in YAML (counting any in quoted text too)."""
    depth = deepest = 0
    for bracket in _NOT_A_BRACKET.sub("", source):
        depth = depth + 1 if bracket in "[{" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


def _front_matter_fields(source: str, warnings: list[str]) -> dict[str, Any] | None:
    """The fields of YAML front matter, as JSON values; None when it holds no mapping, and
    then its lines stay in the text (``---`` also rules a line in Markdown): nothing is lost."""
    import yaml

    try:
        if _flow_nesting(source) > MAX_FLOW_NESTING:  # the scanner takes seconds: quadratic
            raise yaml.YAMLError("nested too deeply")
        # an alias repeats what it names: nested ones make a few lines a billion values
        if any(isinstance(token, yaml.AliasToken) for token in yaml.scan(source)):
            raise yaml.YAMLError("aliases are not read")
        loaded = yaml.safe_load(source)
        if loaded is None:
            return {}
        if not isinstance(loaded, dict):
            return None
        # YAML has dates and times of its own, and .inf and .nan: the store keeps JSON
        return dict(parse_json(json.dumps({str(k): v for k, v in loaded.items()}, default=str)))
    except RecursionError:
        reason = "nested too deeply"
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: parse_json's "nested too deeply"
        reason = str(exc).splitlines()[0]
    warnings.append(f"front matter not read: malformed YAML ({reason}); kept as text")
    return None


# TOML front matter, as Hugo writes it between "+++" lines
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(?P<toml>.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)


def _toml_fields(source: str, warnings: list[str]) -> dict[str, Any] | None:
    """The fields of TOML front matter, as JSON values; None when it cannot be read, and then
    its lines stay in the text."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib

    try:
        loaded = tomllib.loads(source)
        # TOML has dates and times of its own: the store keeps JSON
        return dict(parse_json(json.dumps(loaded, default=str)))
    except RecursionError:
        reason = "nested too deeply"
    except (tomllib.TOMLDecodeError, ValueError) as exc:
        reason = str(exc).splitlines()[0]
    warnings.append(f"front matter not read: malformed TOML ({reason}); kept as text")
    return None


def _markdown_doc(text: str, relpath: str, warnings: list[str]) -> SourceDoc:
    """A Markdown article: its YAML (or Hugo's TOML) front matter (``title``, ``date``,
    ``source`` … named as JSON fields are) as given metadata, its body rendered by markdown-it
    and read as HTML is, so markup (``**JAKARTA** -``, ``[text](url)``, ``# Title``) is not
    taken for words."""
    from markdown_it import MarkdownIt

    given: dict[str, str] = {}
    extra: dict[str, Any] = {}
    head = text[: MAX_FRONT_MATTER_CHARS + 16]
    front = _FRONT_MATTER.match(head)
    fields = _front_matter_fields(front["yaml"] or "", warnings) if front else None
    if front is None and (front := _TOML_FRONT_MATTER.match(head)):
        fields = _toml_fields(front["toml"] or "", warnings)
    if front and fields is not None:
        text = text[front.end() :]
        given, extra = metadata_fields(fields)
        given.pop("text", None)
    markdown = MarkdownIt("commonmark")
    tokens = markdown.parse(text)
    if _deepest_level(tokens) >= markdown.options["maxNesting"] - 1:
        # past its nesting limit markdown-it drops the rest of a document without a word
        warnings.append("Markdown nested too deeply to read its markup; read as plain text")
        body = text
    else:
        body = markup_text(markdown.renderer.render(tokens, markdown.options, {}))
    return SourceDoc(relpath, 0, body, given, dict.fromkeys(given, "markdown"), extra)


def _deepest_level(tokens: list[Token]) -> int:
    return max((max(t.level, _deepest_level(t.children or [])) for t in tokens), default=0)


# the libraries that read pages and PDFs log what they stumble on; with no handler of their
# own, Python writes those records to stderr between kp's lines
_CHATTY_LIBRARIES = ("pdfminer", "trafilatura", "htmldate", "courlan", "justext", "warcio")


@lru_cache(maxsize=1)
def _quiet_library_logs() -> None:
    """Give the readers' libraries' loggers a handler that drops their records (a program
    that sets up logging of its own still gets them): kp says what it could not read itself."""
    import logging

    for name in _CHATTY_LIBRARIES:
        logging.getLogger(name).addHandler(logging.NullHandler())


# scripts written without spaces between words: Chinese and Japanese (kana and ideographs), Thai
_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
UNSPACED_CHARS_A_WORD = 2


def _words_in(text: str) -> int:
    """About how many words a text holds, counting a word for every two characters of a
    script that puts no spaces between words (a Japanese page is one "word" to ``split``)."""
    return len(text.split()) + len(_UNSPACED_SCRIPT.findall(text)) // UNSPACED_CHARS_A_WORD


# the embedded posts of social sites, which a page sets in blockquotes too: not quotations
_EMBEDDED_POSTS = ("twitter", "instagram", "tiktok", "facebook", "embed", "post")
_OPENING_MARKS = frozenset("\"“‘'«„")


def _blockquotes_in_marks(page: str) -> str:
    """The page with its quotations in quote marks (see ``_mark_quotations``)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(page)
    except (ValueError, etree.ParserError):
        return page
    return str(lxml_html.tostring(root, encoding="unicode")) if _mark_quotations(root) else page


def _mark_quotations(root: Any) -> bool:
    """Put the text of each quotation (``<blockquote>``, a paragraph of it at a time) in quote
    marks, as a browser shows it with the page's styles, so its words are read as a
    quotation; one already in marks, and an embedded post, stay as they are. Whether any
    was marked."""
    marked = False
    for quotation in root.iter("blockquote"):
        if any(site in (quotation.get("class") or "").casefold() for site in _EMBEDDED_POSTS):
            continue
        parts = quotation.findall(".//p")
        if not parts and quotation.find(".//cite") is None and quotation.find(".//footer") is None:
            parts = [quotation]  # (not one that names its source inside: that stays out)
        for part in parts:
            words = part.text_content().strip()
            if not words or words[0] in _OPENING_MARKS:
                continue
            part.text = f"“{(part.text or '').lstrip()}"
            last = part[-1] if len(part) else None
            if last is not None:
                last.tail = f"{(last.tail or '').rstrip()}”"
            else:
                part.text = f"{part.text.rstrip()}”"
            marked = True
    return marked


def _database_export(
    text: str,
) -> tuple[str, str, Callable[[str], dict[str, str]], list[tuple[int, str]]] | None:
    """(origin, database, how a document's fields are read, the numbered documents) of a
    news database's text export of several articles (LexisNexis', ProQuest's), or None."""
    for find, fields_of, origin, database in (
        (nexis_documents, _nexis_fields, "nexis", "LexisNexis"),
        (proquest_documents, proquest_fields, "proquest", "ProQuest"),
    ):
        if documents := find(text):
            return origin, database, fields_of, documents
    return None


def _html_doc(text: str, relpath: str) -> SourceDoc:
    import trafilatura

    _quiet_library_logs()
    if "<blockquote" in text or "<BLOCKQUOTE" in text:
        text = _blockquotes_in_marks(text)

    def extraction(**options: Any) -> dict[str, Any]:
        extracted = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, **options
        )
        if extracted is None:
            return {}
        return extracted if isinstance(extracted, dict) else dict(extracted.as_dict())

    page = extraction()
    body = page.get("text") or ""
    if "\n" not in body.strip():
        # a short story falls under trafilatura's minimum and comes back from its fallback as
        # one line, headline, byline, links and all: asked again with no minimum, its
        # paragraphs come back as paragraphs
        again = extraction(config=_short_page_config())
        if "\n" in (again.get("text") or "").strip():
            page, body = again, again["text"]
    if _words_in(body) < MIN_HTML_WORDS:
        raise FileProblem("no article text found in the HTML page")
    given = {
        name: str(page[key])
        for name, key in (
            ("title", "title"),
            ("outlet", "sitename"),
            ("date", "date"),
            ("url", "url"),
            ("author", "author"),
        )
        if page.get(key)
    }
    return SourceDoc(relpath, 0, body, given, dict.fromkeys(given, "html"))


def mhtml_page(data: bytes, warnings: list[str]) -> tuple[str, str | None]:
    """The web page inside an MHTML file, decoded, and the address it was saved from."""
    import email
    from email import policy

    if not data.strip():
        raise FileProblem("empty file")
    if _opens_as_page(data):  # a page saved under the name without being packed
        return _decoded_page(data, None, warnings), None
    message = email.message_from_bytes(data, policy=policy.compat32)
    page = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
    payload = page.get_payload(decode=True) if page is not None else None
    if page is None or not isinstance(payload, bytes):
        raise FileProblem("no web page in the MHTML file")
    html = _decoded_page(payload, page.get_content_charset(), warnings)
    location = page["Content-Location"] or message["Snapshot-Content-Location"]
    # (an address has no spaces: a header folded over lines is joined again)
    return html, "".join(str(location).split()) if location else None


def _decoded_page(data: bytes, charset: str | None, warnings: list[str]) -> str:
    """A page's bytes in the charset its MIME part declares, else as kp decodes any page."""
    if charset and charset != "utf-8":
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a charset Python does not know, or one the bytes are not in
    html, decoding = decode(data, html=True)
    warnings += decoding
    return html


def _mhtml_doc(data: bytes, relpath: str, warnings: list[str]) -> SourceDoc:
    html, location = mhtml_page(data, warnings)
    doc = _html_doc(_readable(html, warnings), relpath)
    if location and "url" not in doc.given:
        doc.given["url"] = location
        doc.origins["url"] = "html"
    return doc


@lru_cache(maxsize=1)
def _short_page_config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")
    return config


# The Cache Directory Tagging Specification (https://bford.info/cachedir/): a folder holding
# this file, starting with this signature, is a cache. kp tags its own cache folders so, and
# leaves any tagged folder out of a corpus (an index cache kept inside the corpus folder is
# not read as articles); backup tools that honour the tag leave it out too.
CACHEDIR_TAG = "CACHEDIR.TAG"
CACHEDIR_SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55"


def _is_tagged_cache(folder: str) -> bool:
    try:
        with open(os.path.join(folder, CACHEDIR_TAG), "rb") as tag:
            return tag.read(len(CACHEDIR_SIGNATURE)) == CACHEDIR_SIGNATURE.encode()
    except OSError:
        return False


# A browser's "Save Page As… (complete)" writes a page's images, scripts, styles and ad frames
# to a folder beside it named after it: "Kim.html" and "Kim_files/"
_PAGE_RESOURCES_SUFFIX = "_files"
_PAGE_ENDINGS = (".html", ".htm", ".xhtml", ".shtml")


def _is_saved_page_resources(name: str, names: set[str]) -> bool:
    stem = name.removesuffix(_PAGE_RESOURCES_SUFFIX)
    return stem != name and any(stem + ending in names for ending in _PAGE_ENDINGS)


def iter_corpus_files(
    root: Path, unreadable: list[tuple[str, str]] | None = None
) -> Iterator[tuple[str, str]]:
    """(path, name) of every file under ``root`` (or ``root`` itself), as strings, hidden
    ones, tagged cache folders and a saved web page's folder of resources left out, symlink
    loops avoided; folders that cannot be listed go to ``unreadable`` with the reason.
    ``os.scandir`` entries know their type without a stat call."""
    if root.is_file():
        yield str(root), root.name
        return
    seen: set[tuple[int, int]] = set()
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as scanned:
                entries = sorted(scanned, key=lambda e: e.name)
        except OSError as exc:
            if unreadable is not None:
                unreadable.append((folder, f"folder cannot be read: {exc.strerror or exc}"))
            continue
        if any(e.name == CACHEDIR_TAG for e in entries) and _is_tagged_cache(folder):
            continue
        names = {e.name for e in entries}
        for entry in entries:
            # (nor the owner files Microsoft Office keeps beside an open document: "~$ita.docx")
            if entry.name.startswith((".", "~$")):
                continue
            try:
                if entry.is_dir():
                    if not _is_saved_page_resources(entry.name, names):
                        stack.append(entry.path)
                    continue
            except OSError:
                pass
            yield entry.path, entry.name
