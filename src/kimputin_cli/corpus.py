"""A corpus: a folder of article files, its store of record and its search index, kept in sync.

The store and the index live in the user cache directory (``KP_CACHE_DIR`` overrides), one
folder per corpus, never inside the corpus. Any command refreshes them when files changed:
only new or changed files are read again (size and modification time decide), and writers
take a file lock so concurrent runs wait for each other instead of failing.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import posixpath
import shutil
import signal
import sqlite3
import stat
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Container, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kimputin_cli import stemming
from kimputin_cli.errors import CorpusError, NotFound
from kimputin_cli.index import IndexDoc, IndexQuery, SearchIndex, TantivyIndex
from kimputin_cli.models import Article, Quote
from kimputin_cli.outlets import slugify
from kimputin_cli.reader import (
    CACHEDIR_SIGNATURE,
    CACHEDIR_TAG,
    CATALOG_NAME,
    CONTROL_CHAR,
    CSV_PART_BYTES,
    CSV_SUFFIXES,
    JSON_PART_BYTES,
    JSONL_PART_BYTES,
    NO_EXTENSION,
    PARQUET_SUFFIX,
    SIDECAR_SUFFIX,
    SUPPORTED_KINDS,
    TAR_SUFFIXES,
    WARC_SUFFIX,
    ZIP_SUFFIX,
    FileKind,
    FileProblem,
    Part,
    archive_parts,
    csv_parts,
    file_kind,
    iter_corpus_files,
    json_array_parts,
    jsonl_parts,
    kind_suffix,
    metadata_fields,
    parquet_parts,
    parse_json,
    read_file,
    read_part,
    read_regular,
    sidecar_candidates,
    sidecar_fields,
    sidecar_for,
    source_text,
    tar_parts,
    unreadable_date,
    warc_parts,
)
from kimputin_cli.stemming import stem
from kimputin_cli.store import SCHEMA_VERSION, Store, select_in
from kimputin_cli.textnorm import analysed, words

BATCH_FILES = 500  # files per store transaction: a killed run keeps every finished batch
CHUNK_FILES = 50  # files per task sent to a worker process
# what a part of a file read in parts weighs in those counts: a part holds some hundreds of
# kilobytes, a hundred articles, where most files hold one (so the articles held at once,
# in the tasks in flight and in a batch, stay bounded whatever the corpus is made of)
PART_WEIGHT = 10
PENDING_CHUNKS_PER_WORKER = 4
ORPHAN_CHECK_SECONDS = 1.0
PARALLEL_FROM = 200  # changed files from which parsing is spread over all cores
MAX_IDS_NAMED = 3  # of the ids a prefix given for one starts
UNREADABLE_KEY = "unreadable"  # the store's record of the entries the last scan could not read

Progress = Callable[[int, int, int], None]  # files done, files to do, articles read


@dataclass
class SyncReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    skipped_kinds: dict[str, int] = field(default_factory=dict)  # extension -> files skipped
    failed: int = 0
    unchanged: int = 0
    duplicates: int = 0  # articles whose words another file already holds
    articles: int = 0  # articles read in this run
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        """Files of kinds kp does not read."""
        return sum(self.skipped_kinds.values())


@dataclass(frozen=True)
class Changes:
    """The corpus files against the store: what a sync has to do."""

    found: dict[str, tuple[int, int, str]]  # supported files: (size, mtime_ns, absolute path)
    broken: list[tuple[str, str]]  # files that cannot be stat'ed, with the reason
    skipped: Counter[str]  # files of kinds kp does not read, by extension
    known: dict[str, tuple[int, int]]  # files in the store
    catalog_state: str
    catalog_changed: bool
    changed: list[str]  # new or changed files (all of them when the catalog changed)
    removed: list[str]


KEPT_AS_READ_BEFORE = "the articles read from it before are kept"


def _under_any(path: str, places: set[str]) -> bool:
    """Whether a corpus path is one of ``places`` or inside one of them ("." is the corpus):
    the path and each folder above it looked up, however many places there are."""
    if "." in places or path in places:
        return True
    folder = path
    while "/" in folder:
        folder = folder.rsplit("/", 1)[0]
        if folder in places:
            return True
    return False


@dataclass(frozen=True)
class ParsedFile:
    path: str
    size: int
    mtime_ns: int
    articles: list[tuple[Article, list[Quote]]]
    warnings: list[str]
    problem: str | None
    stems: dict[str, str] = field(default_factory=dict)  # stems of words new to the store
    part: int = 0  # which part of a file read in parts (see reader.jsonl_parts)
    parts: int = 1


def bundled_corpus() -> Path:
    """The seed articles shipped with kp (inside the package, or in a source checkout)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parents[1] / "seeds"):
        if candidate.is_dir():
            return candidate
    raise CorpusError("the bundled corpus is missing from this installation")


def default_cache_root() -> Path:
    configured = os.environ.get("KP_CACHE_DIR")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("kp"))


UserMeta = dict[str, tuple[str, str]]  # field -> (value, "catalog" or "sidecar")


NO_TEXT = "no article text (only a headline, links, captions or page furniture)"


def parse_file(
    absolute: str,
    relative: str,
    size: int,
    mtime_ns: int,
    catalog_entry: UserMeta,
    stems_from: str | None = None,
    part: tuple[Part, int, int] | None = None,
) -> ParsedFile:
    """Read and analyse one file, or with ``part`` (the part, its index, how many) one part
    of a large JSON Lines file. Never raises for a bad file: the problem is reported. A file
    kp itself fails on is reported as such a problem too, so it costs that file, not the run.

    ``stems_from`` is the store whose stems are already known: only new words are stemmed.
    """
    try:
        return _parse_file(absolute, relative, size, mtime_ns, catalog_entry, stems_from, part)
    except Exception as exc:
        index, count = (part[1], part[2]) if part else (0, 1)
        problem = f"kp failed on this file ({type(exc).__name__}: {exc}); please report this bug"
        return ParsedFile(relative, size, mtime_ns, [], [], problem, {}, index, count)


def _parse_file(
    absolute: str,
    relative: str,
    size: int,
    mtime_ns: int,
    catalog_entry: UserMeta,
    stems_from: str | None,
    part: tuple[Part, int, int] | None,
) -> ParsedFile:
    from kimputin_cli.metadata import build_article
    from kimputin_cli.quotes import extract_quotes

    path = Path(absolute)
    user_meta = dict(catalog_entry)
    warnings: list[str] = []
    sidecar = sidecar_for(path)
    if sidecar is not None:
        try:
            user_meta.update(sidecar_fields(read_regular(sidecar), sidecar.name, warnings))
        except OSError as exc:
            warnings.append(f"sidecar {sidecar.name} ignored: {exc}")
    index, count = (part[1], part[2]) if part else (0, 1)
    try:
        result = (
            read_part(path, relative, part[0], user_meta)
            if part
            else read_file(path, relative, user_meta)
        )
    except FileProblem as exc:
        return ParsedFile(relative, size, mtime_ns, [], warnings, str(exc), {}, index, count)
    articles = []
    vocabulary: set[str] = set()
    without_text = []
    for doc in result.docs:
        article = build_article(doc)
        if not article.paragraphs:
            without_text.append(doc.place)
            continue
        articles.append((article, extract_quotes(article)))
        for paragraph in article.paragraphs:
            vocabulary.update(words(paragraph))
    if without_text and not articles:
        return ParsedFile(relative, size, mtime_ns, [], warnings, NO_TEXT, {}, index, count)
    if without_text:
        warnings.extend(f"{place}: {NO_TEXT}, skipped" for place in without_text)
    # stemming here spreads its cost (about a millisecond a new word) over the workers
    known = _stored_stems(stems_from, vocabulary) if stems_from else set()
    stems = {word: stem(word) for word in vocabulary - known}
    return ParsedFile(
        relative, size, mtime_ns, articles, warnings + result.warnings, None, stems, index, count
    )


@lru_cache(maxsize=2)
def _stem_reader(store_path: str) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{store_path}?mode=ro", uri=True, timeout=60)


def _stored_stems(store_path: str, vocabulary: set[str]) -> set[str]:
    """The words of ``vocabulary`` whose stems the store already holds."""
    sql = "SELECT word FROM stems WHERE word IN {in_}"
    try:
        return {r[0] for r in select_in(_stem_reader(store_path), sql, vocabulary)}
    except sqlite3.Error:
        return set()  # no store to ask: stem everything


Job = tuple[str, str, int, int, UserMeta, str | None, tuple[Part, int, int] | None]


UNFINISHED = -1  # the size of a file whose parts are not all in the store yet


def _parts_of(absolute: str, size: int) -> list[Part] | None:
    """The parts a large JSON Lines file, CSV file, web archive, zip archive or Parquet file
    is read in; None for a file read whole."""
    suffix, path = kind_suffix(absolute), Path(absolute)
    try:
        if suffix == ".jsonl" and size > JSONL_PART_BYTES:
            return jsonl_parts(path)
        if suffix == WARC_SUFFIX:
            return warc_parts(path)
        if suffix == ZIP_SUFFIX:
            return archive_parts(path)
        if suffix in TAR_SUFFIXES:
            return tar_parts(path)
        if suffix == PARQUET_SUFFIX:
            return parquet_parts(path)
        if suffix in CSV_SUFFIXES and size > CSV_PART_BYTES:
            return csv_parts(path)
        if suffix == ".json" and size > JSON_PART_BYTES:
            return json_array_parts(path)
    except OSError:
        pass  # read whole, and its problem is reported then
    return None


def _weighed_lots(jobs: list[Job], weight: int) -> list[list[Job]]:
    """The jobs in lots, in order, each weighing ``weight`` or just over (a part of a file
    weighs PART_WEIGHT, a whole file one)."""
    lots: list[list[Job]] = [[]]
    held = 0
    for job in jobs:
        if held >= weight:
            lots.append([])
            held = 0
        lots[-1].append(job)
        held += _weight(is_part=job[-1] is not None)
    return lots if lots[0] else []


def _weight(is_part: bool) -> int:
    return PART_WEIGHT if is_part else 1


def _parse_chunk(chunk: list[Job]) -> list[ParsedFile]:
    return [parse_file(*job) for job in chunk]


@contextmanager
def _ctrl_c_between_chunks() -> Iterator[Callable[[], None]]:
    """Ctrl-C while the worker pool runs, taken where the pool holds no lock: the function
    given raises KeyboardInterrupt if it came. (Raised anywhere, it may stop the main thread
    inside the pool's own queue, holding a lock the pool's manager thread then waits for
    forever, and kp would hang instead of stopping.)"""
    received: list[int] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda signum, _: received.append(signum))
    except ValueError:  # not the main thread: Ctrl-C is not this thread's to take
        yield lambda: None
        return

    def stop_if_interrupted() -> None:
        if received:
            raise KeyboardInterrupt

    try:
        yield stop_if_interrupted
        stop_if_interrupted()  # one that came after the last check stops kp all the same
    finally:
        signal.signal(signal.SIGINT, previous)


def _start_worker() -> None:
    """Workers leave Ctrl-C to the main process, which stops them without tracebacks, and
    exit when the main process is gone (killed), instead of waiting for work forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def exit_when_orphaned() -> None:
        while os.getppid() == parent:
            time.sleep(ORPHAN_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=exit_when_orphaned, daemon=True).start()


def _usable_store(path: Path) -> bool:
    try:
        return Store.version_of(path) == SCHEMA_VERSION
    except sqlite3.DatabaseError:
        return False


def read_catalog(
    path: Path, files: Container[str] | None = None
) -> tuple[dict[str, UserMeta], list[str]]:
    """``catalog.jsonl``: one object per file, with ``path`` relative to the corpus root; with
    ``files`` (the corpus's), an entry for a file not among them is named."""
    entries: dict[str, UserMeta] = {}
    warnings: list[str] = []
    try:
        lines = read_regular(path).decode("utf-8", errors="replace").splitlines()
    except OSError as exc:
        return entries, [f"cannot read: {exc.strerror or exc}"]
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = parse_json(line)
        except ValueError:
            warnings.append(f"line {number}: malformed JSON")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("path"), str):
            warnings.append(f"line {number}: no path")
            continue
        relative = posixpath.normpath(obj["path"].replace("\\", "/"))
        if relative == ".." or relative.startswith(("../", "/")):
            warnings.append(f"line {number}: {obj['path']!r} is outside the corpus")
            continue
        if files is not None and relative not in files:
            warnings.append(f"line {number}: no file {relative!r} in the corpus")
        given, _ = metadata_fields(obj)
        if note := unreadable_date(given):
            warnings.append(f"line {number}: {note}")
        entries[relative] = {k: (v, "catalog") for k, v in given.items() if k != "text"}
    return entries, warnings


def _undecodable(name: str) -> bool:
    """A file name whose bytes are not UTF-8 (Python keeps them as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class Corpus:
    def __init__(self, root: Path, cache_root: Path | None = None) -> None:
        root = root.expanduser()
        if not root.exists():
            raise CorpusError(f"corpus not found: {root}")
        if not (root.is_dir() or root.is_file()):
            raise CorpusError(f"not a folder or a regular file: {root}")
        if root.is_file() and file_kind(str(root), root.name, "") is not FileKind.ARTICLES:
            raise CorpusError(
                f"kp does not read {root.name}: it reads {SUPPORTED_KINDS}, or a folder"
            )
        self.root = root.resolve()
        self.base = self.root if self.root.is_dir() else self.root.parent
        key = hashlib.sha256(os.fsencode(self.root)).hexdigest()[:12]
        self.cache_dir = (cache_root or default_cache_root()) / f"{slugify(self.root.name)}-{key}"
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            probe = self.cache_dir / f".write-probe-{os.getpid()}"
            probe.write_text("")
            probe.unlink()
            tag = self.cache_dir / CACHEDIR_TAG
            if not tag.exists():
                tag.write_text(
                    f"{CACHEDIR_SIGNATURE}\n# a cache directory tag written by kp, the news "
                    "quotation index: see https://bford.info/cachedir/\n"
                )
        except OSError as exc:
            raise CorpusError(
                f"cannot write the index cache at {self.cache_dir}: {exc.strerror or exc} "
                "(set KP_CACHE_DIR to a writable folder)"
            ) from None
        self.store = self._open_store()
        stemming.consult(self.store.known_stem)
        self.index: SearchIndex = TantivyIndex(self.cache_dir / "search")

    def _open_store(self) -> Store:
        path = self.cache_dir / "kp.sqlite"
        with self._lock(), self._storage_errors():
            if path.exists() and not _usable_store(path):
                # Written by another kp version, or damaged: everything in it comes from the
                # corpus files, so it is rebuilt from them.
                for leftover in self.cache_dir.glob("kp.sqlite*"):
                    leftover.unlink()
                shutil.rmtree(self.cache_dir / "search", ignore_errors=True)
            store = Store(path)
            store.create_schema()
        return store

    @contextmanager
    def _storage_errors(self) -> Iterator[None]:
        """Disk full, read-only or vanished cache: one clear error instead of a traceback."""
        try:
            yield
        except (sqlite3.Error, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise CorpusError(
                f"cannot write the index cache at {self.cache_dir}: {reason} "
                "(free some space, or set KP_CACHE_DIR to a writable folder)"
            ) from None

    @property
    def location(self) -> str:
        """The corpus path as text every output can hold (bytes that are not UTF-8 as �)."""
        return os.fsencode(self.root).decode("utf-8", "replace")

    @contextmanager
    def _lock(self) -> Iterator[None]:
        with open(self.cache_dir / "lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def close(self) -> None:
        self.store.close()

    # -- syncing -------------------------------------------------------------------------------

    def scan(
        self,
    ) -> tuple[dict[str, tuple[int, int, str]], list[tuple[str, str]], Counter[str]]:
        """Supported files with (size, mtime_ns, absolute path); files that cannot be stat'ed;
        the extensions of the files skipped. One stat per file, plain strings: this runs before
        every query."""
        found: dict[str, tuple[int, int, str]] = {}
        broken: list[tuple[str, str]] = []
        skipped: Counter[str] = Counter()
        base = str(self.base)
        prefix = len(os.path.join(base, ""))
        unreadable: list[tuple[str, str]] = []
        files = list(iter_corpus_files(self.root, unreadable))
        for folder, reason in unreadable:  # its files are not lost unseen: the folder is named
            broken.append((folder[prefix:].replace(os.sep, "/") or ".", reason))
        sidecars = {p for p, name in files if name.casefold().endswith(SIDECAR_SUFFIX)}
        for path, name in files:
            kind = file_kind(path, name, base)
            if kind is not FileKind.ARTICLES:
                if kind is FileKind.UNSUPPORTED:
                    skipped[kind_suffix(name) or NO_EXTENSION] += 1
                continue
            relative = path[prefix:].replace(os.sep, "/")
            if CONTROL_CHAR.search(relative) or _undecodable(relative):
                # the store and every output need a name they can hold and print as it is
                shown = os.fsencode(relative).decode("utf-8", "replace")
                broken.append((repr(shown)[1:-1], "file name is not printable UTF-8; rename it"))
                continue
            try:
                st = os.stat(path)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    reason = "symlink loop"
                elif os.path.islink(path):
                    reason = "broken symlink"
                else:
                    reason = exc.strerror or str(exc)
                broken.append((relative, reason))
                continue
            if not stat.S_ISREG(st.st_mode):  # a pipe or a device would block or never end
                broken.append((relative, "not a regular file"))
                continue
            size, mtime = st.st_size, st.st_mtime_ns
            if sidecars:  # a changed sidecar means the article must be read again
                for sidecar in sidecar_candidates(path):
                    if sidecar in sidecars:
                        side = os.stat(sidecar)
                        size, mtime = size + side.st_size, max(mtime, side.st_mtime_ns)
                        break
            found[relative] = (size, mtime, path)
        return found, broken, skipped

    def _catalog_state(self) -> str:
        try:
            st = (self.base / CATALOG_NAME).stat()
        except OSError:
            return ""
        return f"{st.st_size}:{st.st_mtime_ns}"

    def _changes(self) -> Changes:
        """What differs between the corpus files and the store."""
        found, broken, skipped = self.scan()
        known = self.store.file_states()
        catalog_state = self._catalog_state()
        catalog_changed = self.store.get_meta("catalog") != catalog_state
        changed = [
            p
            for p, (size, mtime, _) in found.items()
            if catalog_changed or known.get(p) != (size, mtime)
        ]
        # (a file that cannot be looked at now, or is in a folder that cannot be listed, keeps
        # its articles as read before: only a file that is gone leaves the index)
        unreachable = {path for path, _ in broken}
        removed = [p for p in known if p not in found and not _under_any(p, unreachable)]
        return Changes(
            found, broken, skipped, known, catalog_state, catalog_changed, changed, removed
        )

    def is_built(self) -> bool:
        """Whether there is an index to query, however old."""
        return self.index.generation() is not None

    def is_current(self) -> bool:
        changes = self._changes()
        return (
            not changes.changed
            and not changes.removed
            and not changes.catalog_changed
            and self.index.generation() == self.store.generation()
            and self.store.get_meta(UNREADABLE_KEY) == json.dumps(changes.broken)
        )

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Exclusive, error-translating access for writing derived data to the store."""
        with self._lock(), self._storage_errors():
            yield

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """Bring the store and the index in line with the corpus files."""
        with self._lock(), self._storage_errors():
            return self._sync_locked(progress)

    def search_index(self, query: IndexQuery) -> list[tuple[int, float]]:
        """Ask the index; an index that cannot be read is rebuilt from the store, once."""
        try:
            return self.index.search(query)
        except (ValueError, OSError):
            with self._lock(), self._storage_errors():
                self.index.rebuild(self._index_docs(), self.store.generation())
            return self.index.search(query)

    def _sync_locked(self, progress: Progress | None) -> SyncReport:
        report = SyncReport()
        diff = self._changes()
        found, broken, known = diff.found, diff.broken, diff.known
        changed, removed, catalog_state = diff.changed, diff.removed, diff.catalog_state
        report.skipped_kinds = dict(diff.skipped.most_common())
        catalog: dict[str, UserMeta] = {}
        if catalog_state:
            listed = found.keys() | {path for path, _ in broken}
            catalog, catalog_warnings = read_catalog(self.base / CATALOG_NAME, listed)
            report.warnings.extend((CATALOG_NAME, w) for w in catalog_warnings)
        report.unchanged = len(found) - len(changed)
        broken = [
            (path, f"{reason}; {KEPT_AS_READ_BEFORE}" if path in known else reason)
            for path, reason in broken
        ]
        for path, reason in broken:
            report.problems.append((path, reason))
        unreadable = json.dumps(broken)
        if self.store.get_meta(UNREADABLE_KEY) != unreadable:
            with self.store.transaction():  # for `kp stats`, which does not scan the folder
                self.store.set_meta(UNREADABLE_KEY, unreadable)
        index_was_current = self.index.generation() == self.store.generation()
        if not changed and not removed and index_was_current:
            report.failed = len(self.failed_files())
            return report

        touched: set[str] = set()
        stems_from = str(self.store.path) if self.store.has_stems() else None
        jobs: list[Job] = []
        for p in sorted(changed):
            size, mtime, absolute = found[p]
            parts = _parts_of(absolute, size)
            # each part with its index and how many there are; a file read whole has None
            numbered: list[tuple[Part, int, int] | None] = (
                [(part, index, len(parts)) for index, part in enumerate(parts)] if parts else [None]
            )
            jobs += [
                (absolute, p, size, mtime, catalog.get(p, {}), stems_from, n) for n in numbered
            ]
        done = 0
        with self.store.transaction():
            for path in removed:
                touched.update(self.store.remove_file(path))
                report.removed += 1
            self.store.set_meta("catalog", catalog_state)
            self.store.bump_generation()
        for batch in self._parse_batches(jobs):
            with self.store.transaction():
                for parsed in batch:
                    if parsed.part:  # a later part of a file read in parts
                        new = self.store.add_articles(parsed.path, parsed.articles)
                    elif (
                        parsed.problem
                        and parsed.parts == 1
                        and parsed.path in known
                        and self.store.has_articles_from(parsed.path)
                    ):
                        # a file read before that cannot be read now (damaged, or caught half
                        # written) keeps the articles read from it until it can be read again
                        problem = f"{parsed.problem}; {KEPT_AS_READ_BEFORE}"
                        self.store.keep_file(parsed.path, parsed.size, parsed.mtime_ns, problem)
                        report.problems.append((parsed.path, problem))
                        continue
                    else:
                        if parsed.path in known:
                            touched.update(self.store.remove_file(parsed.path))
                            report.updated += 1
                        elif not parsed.problem:  # a new file that fails counts as failed only
                            report.added += 1
                        # until its last part is in, a file read in parts has no size
                        size = parsed.size if parsed.parts == 1 else UNFINISHED
                        new = self.store.add_file(
                            parsed.path, size, parsed.mtime_ns, parsed.problem, parsed.articles
                        )
                    if parsed.parts > 1 and parsed.part == parsed.parts - 1:
                        self.store.set_file_state(parsed.path, parsed.size, parsed.mtime_ns)
                    touched.update(new)
                    self.store.add_stems(parsed.stems)
                    report.articles += len(parsed.articles)
                    report.duplicates += len(parsed.articles) - len(new)
                    if parsed.problem:
                        report.problems.append((parsed.path, parsed.problem))
                    report.warnings.extend((parsed.path, w) for w in parsed.warnings)
                self.store.bump_generation()
            done += len(batch)
            if progress:
                progress(done, len(jobs), report.articles)
        report.failed = len(self.failed_files())
        self._refresh_index(touched, index_was_current)
        return report

    def _parse_batches(self, jobs: list[Job]) -> Iterator[list[ParsedFile]]:
        if len(jobs) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
            for lot in _weighed_lots(jobs, BATCH_FILES):
                yield [parse_file(*job) for job in lot]
            return
        import multiprocessing
        from concurrent.futures import Future, ProcessPoolExecutor

        # spawned, not forked: a forked worker would inherit the open lock file and keep the
        # corpus locked if this process were killed
        pool = ProcessPoolExecutor(
            mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
        )
        in_flight = PENDING_CHUNKS_PER_WORKER * (os.cpu_count() or 2)
        try:
            with _ctrl_c_between_chunks() as stop_if_interrupted:
                pending: deque[Future[list[ParsedFile]]] = deque()
                batch: list[ParsedFile] = []
                chunks = _weighed_lots(jobs, CHUNK_FILES)
                for number, chunk in enumerate(chunks, 1):
                    pending.append(pool.submit(_parse_chunk, chunk))
                    last = number == len(chunks)
                    while len(pending) >= in_flight or (pending and last):
                        # results are taken in order and only a few chunks run ahead, so
                        # memory stays bounded however large the corpus
                        batch.extend(pending.popleft().result())
                        stop_if_interrupted()
                        if sum(_weight(is_part=p.parts > 1) for p in batch) >= BATCH_FILES:
                            yield batch
                            stop_if_interrupted()
                            batch = []
                if batch:
                    yield batch
        finally:
            # on Ctrl-C (or any error) do not wait for the queued files
            pool.shutdown(wait=True, cancel_futures=True)

    def _refresh_index(self, touched: set[str], index_was_current: bool) -> None:
        generation = self.store.generation()
        if index_was_current:
            existing = self.store.existing_articles(touched)
            self.index.update(touched, self._index_docs(existing), generation)
        else:
            self.index.rebuild(self._index_docs(), generation)

    def _index_docs(self, article_ids: list[str] | None = None) -> Iterator[IndexDoc]:
        """Stored content paragraphs, analysed for the index with the stems the workers found."""
        roots = self.store.stem_table()
        for block_id, article, outlet_slug, date, text in self.store.content_rows(article_ids):
            terms = analysed(text)
            inflected = [roots[t] for t in terms.split() if t in roots]
            yield IndexDoc(block_id, article, outlet_slug, date, terms, inflected)

    def ensure_current(self, progress: Progress | None = None) -> SyncReport | None:
        """Sync when anything changed; a no-op costing one directory scan otherwise."""
        if self.is_current():
            return None
        return self.sync(progress)

    # -- lookups -------------------------------------------------------------------------------

    def raw_text(self, article: Article) -> str:
        """The source as it is: the whole file, the article's line of a JSON Lines file, or
        its row (with the header) of a table."""
        try:
            return source_text(self.base / article.path, article.ordinal)
        except OSError as exc:
            raise CorpusError(f"cannot read {article.path}: {exc.strerror or exc}") from None
        except FileProblem as exc:
            raise CorpusError(f"cannot read {article.path}: {exc}") from None

    def failed_files(self) -> list[tuple[str, str]]:
        """(path, reason) of every corpus file kp could not read, as of the last sync: those
        it could not even look at (a broken link, a pipe) and those it could not parse."""
        unreadable = json.loads(self.store.get_meta(UNREADABLE_KEY) or "[]")
        return [(path, reason) for path, reason in unreadable] + self.store.file_problems()

    def stats(self) -> dict[str, object]:
        counts = self.store.counts()
        first, last = self.store.date_range()
        return {
            **counts,
            "speakers": self.store.speaker_count(),
            "outlets": [name for name, _, _ in self.store.outlets()],
            "first_date": first,
            "last_date": last,
            "failed_files": len(self.failed_files()),
            "store_bytes": sum(p.stat().st_size for p in self.cache_dir.glob("kp.sqlite*")),
            "index_bytes": self.index.size_bytes(),
            "index_location": str(self.cache_dir),
        }

    def article(self, article_id: str) -> Article:
        """The article of an id, or of the one id a prefix starts."""
        if article_id:
            article = self.store.article(article_id)
            if article is not None:
                return article
            matches = self.store.article_ids_like(article_id)
            if len(matches) == 1 and (article := self.store.article(matches[0])):
                return article
            if len(matches) > 1:
                shown = ", ".join(matches[:MAX_IDS_NAMED]) + ", …" * (len(matches) > MAX_IDS_NAMED)
                raise NotFound(
                    f"{article_id!r} starts several article ids ({shown}): give more of it"
                )
        raise NotFound(f"no article {article_id!r} in this corpus (see `kp sources`)")


def open_corpus(path: Path | None = None, cache_root: Path | None = None) -> Corpus:
    """The corpus at ``path``, else ``$KP_CORPUS``, else the bundled seed articles."""
    if path is None:
        configured = os.environ.get("KP_CORPUS")
        path = Path(configured) if configured else bundled_corpus()
    return Corpus(path, cache_root)
