"""kp benchmarks: build, refresh, search, quotes and trace, against the engines underneath.

    python benchmarks/run.py --paragraphs 1000000

Generates (once) a synthetic corpus of about that many paragraphs under benchmarks/data/,
then measures, in one run and on the same data, everything benchmarks/README.md reports.
Latencies are in-process (the library, as the CLI calls it), p50 and p95 over repeated runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402
from kimputin_cli.corpus import Corpus  # noqa: E402
from kimputin_cli.index import block_ids_of  # noqa: E402
from kimputin_cli.metadata import build_article  # noqa: E402
from kimputin_cli.quotebook import find_quotes  # noqa: E402
from kimputin_cli.quotes import extract_quotes  # noqa: E402
from kimputin_cli.reader import SourceDoc  # noqa: E402
from kimputin_cli.search import search  # noqa: E402
from kimputin_cli.store import ArticleFilter  # noqa: E402
from kimputin_cli.trace import group_quotes, trace  # noqa: E402

EVERYTHING = ArticleFilter()
REPEAT = 30
SINGLE_WORDS = ("rare word", "frequent word", "stop-word-like", "inflected form")


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def latency(fn: Callable[[], Any], repeat: int = REPEAT) -> dict[str, float]:
    fn()  # warm-up
    samples = sorted(timed(fn)[0] * 1000 for _ in range(repeat))
    return {
        "p50_ms": round(statistics.median(samples), 3),
        "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 3),
    }


def peak_rss_mb() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"main_mb": round(own, 1), "largest_worker_mb": round(children, 1)}


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def pick_queries(corpus: Corpus) -> dict[str, str]:
    """A fixed mix drawn from the corpus vocabulary by document frequency."""
    corpus.index._open()
    searcher = corpus.index._index.searcher()
    terms = [t for t, _ in searcher.terms_with_prefix("words", "")][:200_000]
    freq = {t: searcher.doc_freq("words", t) for t in terms}
    by_freq = sorted((t for t in freq if t.isalpha()), key=lambda t: freq[t])
    rare = next(t for t in by_freq if freq[t] >= 3 and len(t) >= 6)
    frequent = next(t for t in reversed(by_freq) if len(t) >= 6)
    middle = [t for t in by_freq[len(by_freq) // 2 :] if 6 <= len(t) <= 8]
    typo_source = middle[len(middle) // 3]
    typo = typo_source[:2] + typo_source[3] + typo_source[2] + typo_source[4:]
    inflected_root = next(t for t in middle if t.endswith("nya") is False)
    second = middle[len(middle) // 2]
    doc = corpus.store.db.execute(
        "SELECT text FROM blocks WHERE kind='content' AND length(text) > 80 LIMIT 1 OFFSET 777"
    ).fetchone()[0]
    words = [w for w in doc.lower().replace(",", "").replace(".", "").split() if w.isalpha()]
    return {
        "rare word": rare,
        "frequent word": frequent,
        "stop-word-like": "yang",
        "typo": typo,
        "inflected form": inflected_root + "nya",
        "two words": f"{frequent} {second}",
        "phrase": f'"{words[3]} {words[4]}"',
    }


def raw_tantivy(corpus: Corpus, query: str) -> Callable[[], Any]:
    import tantivy
    from tantivy import Occur, Query

    schema = corpus.index._schema
    searcher = corpus.index._index.searcher()
    words = query.strip('"').split()
    if query.startswith('"'):
        q = Query.phrase_query(schema, "words", words)
    elif len(words) > 1:
        q = Query.boolean_query([(Occur.Must, Query.term_query(schema, "words", w)) for w in words])
    else:
        q = Query.term_query(schema, "words", words[0])
    del tantivy
    return lambda: searcher.search(q, 10, count=False).hits


def raw_tantivy_with_text(corpus: Corpus, query: str) -> Callable[[], Any]:
    """The raw query, then what any program must do to show its hits: map them to paragraph
    ids (the way kp does) and read those paragraphs' text from the store."""
    run_query = raw_tantivy(corpus, query)
    searcher = corpus.index._index.searcher()
    db = corpus.store.db

    def fetch() -> Any:
        ids = block_ids_of(searcher, run_query())
        marks = ",".join("?" * len(ids))
        return db.execute(f"SELECT id, text FROM blocks WHERE id IN ({marks})", ids).fetchall()

    return fetch


def fts5_reference(corpus: Corpus, folder: Path) -> tuple[float, sqlite3.Connection]:
    path = folder / "fts5-reference.sqlite"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(text)")
    rows = corpus.store.db.execute("SELECT id, text FROM blocks WHERE kind='content'")
    start = time.perf_counter()
    with db:
        db.executemany("INSERT INTO fts(rowid, text) VALUES(?, ?)", rows)
        db.execute("INSERT INTO fts(fts) VALUES('rebuild')")
    return time.perf_counter() - start, db


def fts5_query(db: sqlite3.Connection, query: str) -> Callable[[], Any]:
    words = query.strip('"').split()
    match = (
        f'"{" ".join(words)}"' if query.startswith('"') else " AND ".join(f'"{w}"' for w in words)
    )
    sql = "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts) LIMIT 10"
    return lambda: db.execute(sql, (match,)).fetchall()


def whole_process(repeat: int = 10) -> dict[str, float]:
    env = {**os.environ, "KP_CACHE_DIR": str(HERE / "data" / "cache-seeds")}
    # bytecode is written on the first run, as pip writes it when it installs kp
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    kp = [sys.executable, "-m", "kimputin_cli", "search", "satelit"]
    subprocess.run(kp, env=env, capture_output=True, check=True)  # build the seed index once

    def run(cmd: list[str]) -> float:
        return timed(lambda: subprocess.run(cmd, env=env, capture_output=True, check=False))[0]

    search_ms = sorted(run(kp) * 1000 for _ in range(repeat))
    python_ms = sorted(run([sys.executable, "-c", "pass"]) * 1000 for _ in range(repeat))
    return {
        "kp_search_seeds_p50_ms": round(statistics.median(search_ms), 1),
        "python_c_pass_p50_ms": round(statistics.median(python_ms), 1),
    }


def extraction_rate(corpus: Corpus, articles: int = 2000) -> dict[str, float]:
    paths = [
        corpus.base / p
        for (p,) in corpus.store.db.execute(
            "SELECT path FROM articles ORDER BY path LIMIT ?", (articles,)
        )
    ]
    docs = [SourceDoc(p.name, 0, p.read_text(encoding="utf-8")) for p in paths]
    build_seconds, built = timed(lambda: [build_article(d) for d in docs])
    # five passes: one pass swings by a fifth with the machine's other load
    passes = sorted(timed(lambda: [extract_quotes(a) for a in built])[0] for _ in range(5))
    return {
        "articles": len(docs),
        "quote_extraction_articles_per_s": {
            "median": round(len(docs) / passes[2]),
            "best": round(len(docs) / passes[0]),
            "worst": round(len(docs) / passes[-1]),
        },
        "clean_metadata_and_quotes_articles_per_s": round(len(docs) / (build_seconds + passes[2])),
    }


def touch_one_percent(root: Path) -> int:
    files = sorted(root.rglob("*.txt"))
    chosen = random.Random(1).sample(files, max(1, len(files) // 100))
    for path in chosen:
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\nParagraf tambahan untuk uji pembaruan indeks.\n")
    return len(chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=1_000_000)
    parser.add_argument(
        "--naive-at", type=int, default=100_000, help="paragraphs for the naive rapidfuzz scan"
    )
    parser.add_argument("--skip-group", action="store_true", help="skip quotes --group")
    parser.add_argument(
        "--build-only", action="store_true", help="measure the build and the refreshes only"
    )
    args = parser.parse_args()

    data = HERE / "data"
    root = data / f"corpus-{args.paragraphs}"
    if not root.exists():
        seconds, articles = timed(lambda: generate(root, args.paragraphs))
        print(f"generated {articles} articles in {seconds:.0f}s", file=sys.stderr)
    cache = data / f"cache-{args.paragraphs}"
    shutil.rmtree(cache, ignore_errors=True)
    results: dict[str, Any] = {"paragraphs_requested": args.paragraphs, "cpus": os.cpu_count()}

    corpus = Corpus(root, cache)
    build_seconds, report = timed(corpus.sync)
    counts = corpus.store.counts()
    results["build"] = {
        "seconds": round(build_seconds, 1),
        **counts,
        "failed": report.failed,
        "paragraphs_per_s": round(counts["paragraphs"] / build_seconds),
        "index_bytes": corpus.index.size_bytes(),
        "store_bytes": sum(p.stat().st_size for p in cache.glob("*/kp.sqlite*")),
        "peak_memory": peak_rss_mb(),
    }
    print(json.dumps(results["build"]), file=sys.stderr)
    if args.build_only:
        results["refresh"] = refresh_figures(corpus, root, build_seconds)
        results["peak_memory_end"] = peak_rss_mb()
        save(results, args.paragraphs, "build")
        return
    index_only, _ = timed(
        lambda: corpus.index.rebuild(corpus._index_docs(), corpus.store.generation())
    )
    fts_seconds, fts = fts5_reference(corpus, cache)
    results["build"]["search_index_rebuild_seconds"] = round(index_only, 1)
    results["build"]["raw_fts5_insert_rebuild_seconds"] = round(fts_seconds, 1)

    queries = pick_queries(corpus)
    results["queries"] = {}
    for label, query in queries.items():
        row: dict[str, Any] = {"query": query, "hits": len(search(corpus, query))}
        row["kp"] = latency(lambda q=query: search(corpus, q))
        if label in SINGLE_WORDS:
            row["kp_exact"] = latency(lambda q=query: search(corpus, q, exact=True))
        if label != "typo":
            row["raw_tantivy"] = latency(raw_tantivy(corpus, query))
            row["raw_tantivy_with_text"] = latency(raw_tantivy_with_text(corpus, query))
            row["raw_fts5"] = latency(fts5_query(fts, query), repeat=10)
        results["queries"][label] = row
        print(label, json.dumps(row), file=sys.stderr)

    from rapidfuzz import fuzz

    texts = [
        t
        for (t,) in corpus.store.db.execute(
            "SELECT text FROM blocks WHERE kind='content' LIMIT ?", (args.naive_at,)
        )
    ]
    naive_seconds, _ = timed(lambda: [fuzz.partial_ratio(queries["rare word"], t) for t in texts])
    results["naive_partial_ratio_scan"] = {
        "paragraphs": len(texts),
        "ms": round(naive_seconds * 1000),
    }

    speaker = corpus.store.db.execute(
        "SELECT speaker FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker "
        "ORDER BY count(*) DESC LIMIT 1 OFFSET 10"
    ).fetchone()[0]
    results["quotes_speaker"] = {
        "speaker": speaker,
        **latency(lambda: list(find_quotes(corpus, EVERYTHING, speaker.split()[-1], limit=50))),
    }
    statements = [
        t
        for (t,) in corpus.store.db.execute(
            "SELECT text FROM quotes WHERE kind='direct' AND length(text) > 60 LIMIT 20"
        )
    ]
    trace_ms = sorted(timed(lambda s=s: trace(corpus, s, EVERYTHING))[0] * 1000 for s in statements)
    results["trace"] = {
        "statements": len(trace_ms),
        "p50_ms": round(statistics.median(trace_ms), 1),
        "p95_ms": round(trace_ms[int(0.95 * (len(trace_ms) - 1))], 1),
    }
    if not args.skip_group:
        group_seconds, groups = timed(
            lambda: group_quotes(
                (f.quote, f.article, f.speaker) for f in find_quotes(corpus, EVERYTHING)
            )
        )
        results["quotes_group"] = {"seconds": round(group_seconds, 1), "groups": len(groups)}

    results["extraction_one_core"] = extraction_rate(corpus)
    results["whole_process"] = whole_process()

    results["refresh"] = refresh_figures(corpus, root, build_seconds)
    results["peak_memory_end"] = peak_rss_mb()
    save(results, args.paragraphs, "all")


def refresh_figures(corpus: Corpus, root: Path, build_seconds: float) -> dict[str, Any]:
    """A no-change refresh, then a refresh after changing 1% of the files."""
    unchanged_seconds, _ = timed(corpus.ensure_current)
    changed = touch_one_percent(root)
    refresh_seconds, refresh = timed(corpus.sync)
    return {
        "no_change_seconds": round(unchanged_seconds, 2),
        "changed_files": changed,
        "one_percent_seconds": round(refresh_seconds, 1),
        "updated": refresh.updated,
        "share_of_full_build": round(refresh_seconds / build_seconds, 3),
    }


def save(results: dict[str, Any], paragraphs: int, kind: str) -> None:
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / f"{kind}-{paragraphs}.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
