"""Reading corpus files into source documents: decoding, and the file kinds kp understands."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".md"})
MAX_FILE_BYTES = 64 * 1024 * 1024


class FileProblem(Exception):
    """A file that cannot be read as an article; the message says why."""


@dataclass
class SourceDoc:
    """One article's text as found in a file, with any metadata the file itself gives."""

    path: str
    ordinal: int  # position of the article inside its file (0 for one-article files)
    text: str
    given: dict[str, str] = field(default_factory=dict)


@dataclass
class ReadResult:
    docs: list[SourceDoc]
    warnings: list[str]


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode file bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM.

    Invalid UTF-8 is decoded with U+FFFD replacement characters and reported as a warning;
    data with NUL bytes and no UTF-16 BOM is treated as binary and refused.
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
        raise FileProblem("binary file (NUL bytes), skipped")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        warnings.append(f"invalid UTF-8 at byte {exc.start}, decoded with replacement characters")
    return text, warnings


def read_file(path: Path, relpath: str) -> ReadResult:
    """Read one corpus file. Raises FileProblem when nothing in it can be used."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileProblem(f"file too large ({size} bytes, limit {MAX_FILE_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        raise FileProblem(exc.strerror or str(exc)) from None
    text, warnings = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise FileProblem("empty file")
    return ReadResult([SourceDoc(relpath, 0, text)], warnings)


def iter_corpus_files(root: Path) -> Iterator[Path]:
    """Every regular file under ``root`` (or ``root`` itself), sorted, symlink loops avoided."""
    if root.is_file():
        yield root
        return
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            entries = sorted(folder.iterdir(), reverse=True)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    stack.append(entry)
                    continue
            except OSError:
                pass
            yield entry
