"""kp index: build or refresh the on-disk index of a corpus."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from kimputin_cli.cli.common import (
    CORPUS_KEY,
    EXIT_FOUND,
    EXIT_PARTIAL,
    corpus_path,
    progress_sync,
    warn_about,
    warn_if_empty,
)
from kimputin_cli.corpus import open_corpus
from kimputin_cli.output import Format, index_summary_record, write
from kimputin_cli.reader import SUPPORTED_KINDS

MAX_KINDS_NAMED = 8  # skipped kinds named on stderr, most first


@click.command()
@click.argument("path", required=False, callback=corpus_path)
@click.option(
    "--corpus",
    metavar="PATH",
    callback=corpus_path,
    help="The corpus folder or file, as PATH gives it (for a command line that names the "
    "corpus the same way for every command).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as a JSON object.")
def index(path: Path | None, corpus: Path | None, as_json: bool) -> int:
    """Build or refresh the on-disk index of a corpus folder (or one file: a zip or tar
    archive of any size, a dataset's CSV, JSON, JSON Lines or Parquet file, gzipped or not).

    Only new or changed files are read; deleted files leave the index. Queries refresh the
    index on their own, so this is for building a large corpus up front.

    \b
    Examples:
      kp index ~/news
      kp index --corpus ~/news
      KP_CORPUS=~/news kp index
      kp index ~/news --json | jq .failed
      kp index ~/downloads/corpus.zip
      kp index ~/downloads/corpus.tar.gz
      kp index ~/datasets/news.parquet
    """
    started = time.perf_counter()
    if path and corpus and path != corpus:
        raise click.UsageError(f"PATH {path} and --corpus {corpus} name two corpora; give one")
    given_before = click.get_current_context().meta.get(CORPUS_KEY)  # "kp --corpus X index"
    c = open_corpus(
        path
        or corpus
        or given_before
        or (Path(os.environ["KP_CORPUS"]) if os.environ.get("KP_CORPUS") else None)
    )
    report = progress_sync(c)
    # files that failed in an earlier run and are unchanged: named again (the first few),
    # since they are why this run exits 3
    named = {path for path, _ in report.problems}
    still_failing = [(path, reason) for path, reason in c.failed_files() if path not in named]
    warn_about(still_failing, more="files still fail, as before")
    warn_if_empty(c)
    if report.skipped_kinds:  # a folder of pictures should not look like an empty one
        counted = list(report.skipped_kinds.items())
        kinds = ", ".join(f"{kind} {count}" for kind, count in counted[:MAX_KINDS_NAMED])
        if len(counted) > MAX_KINDS_NAMED:  # (`--json` has them all)
            kinds += f" and {len(counted) - MAX_KINDS_NAMED} more kinds"
        click.echo(
            f"kp: skipped files kp does not read: {kinds} (kp reads {SUPPORTED_KINDS})", err=True
        )
    seconds = round(time.perf_counter() - started, 3)
    summary = index_summary_record(report, c.location, seconds, report.problems + still_failing)
    if as_json:
        write([summary], Format.JSONL, sys.stdout)
    else:
        click.echo(
            f"kp: {report.added} added, {report.updated} updated, {report.removed} removed, "
            f"{report.unchanged} unchanged, {report.skipped} skipped, {report.failed} failed, "
            f"{report.duplicates} duplicates in {seconds:.2f}s",
            err=True,
        )
    return EXIT_PARTIAL if report.failed else EXIT_FOUND
