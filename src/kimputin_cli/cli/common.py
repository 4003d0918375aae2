"""What the kp commands share: exit codes, the output and filter options, loading the
corpus (with its warnings and progress bar) and writing records."""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click
from click.core import ParameterSource

from kimputin_cli.corpus import Corpus, SyncReport, open_corpus
from kimputin_cli.filters import article_filter
from kimputin_cli.output import Format, Record, write
from kimputin_cli.reader import SUPPORTED_KINDS
from kimputin_cli.speakers import alias_problems
from kimputin_cli.store import ArticleFilter
from kimputin_cli.textnorm import strip_control

EXIT_FOUND, EXIT_NONE, EXIT_USAGE, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_BUG = 70  # EX_SOFTWARE of sysexits.h
EXIT_OUTPUT = 74  # EX_IOERR of sysexits.h: the output could not be written
F = TypeVar("F", bound=Callable[..., Any])

REFRESH_KEY = "kp.refresh"  # in the Click context: whether queries check for changed files
CORPUS_KEY = "kp.corpus"  # in the Click context: the --corpus given before the command
CORPUS_HELP = "Corpus folder or file (default: $KP_CORPUS, else the bundled seeds)."


def corpus_path(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | None:
    """A corpus path as given; an empty one is a mistake (it would mean the current folder)."""
    if value is None:
        return None
    if not value.strip():
        raise click.BadParameter("the path is empty", ctx=ctx, param=param)
    return Path(value)


def output_options(func: F) -> F:
    """--corpus, the output format flags, --color and --no-refresh, shared by every command."""

    @click.option(
        "--corpus",
        metavar="PATH",
        callback=corpus_path,
        envvar="KP_CORPUS",
        help=CORPUS_HELP,
    )
    @click.option("--json", "as_json", is_flag=True, help="Print one JSON array.")
    @click.option("--jsonl", "as_jsonl", is_flag=True, help="Print JSON Lines (one object a line).")
    @click.option("--csv", "as_csv", is_flag=True, help="Print CSV with a header row.")
    @click.option(
        "--color",
        type=click.Choice(["auto", "always", "never"]),
        default="auto",
        show_default=True,
        help="Colour the human view (NO_COLOR is honoured).",
    )
    @click.option(
        "--no-refresh",
        is_flag=True,
        envvar="KP_NO_REFRESH",
        help="Query the index as last built, without checking the corpus files for changes "
        "(for large corpora kept current by `kp index`).",
    )
    @functools.wraps(func)
    def wrapper(
        *args: Any, as_json: bool, as_jsonl: bool, as_csv: bool, no_refresh: bool, **kwargs: Any
    ) -> Any:
        ctx = click.get_current_context()
        ctx.meta[REFRESH_KEY] = not no_refresh
        before_command = ctx.meta.get(CORPUS_KEY)
        if before_command is not None and (
            ctx.get_parameter_source("corpus") is not ParameterSource.COMMANDLINE
        ):
            kwargs["corpus"] = before_command  # "kp --corpus news search …" (over $KP_CORPUS)
        chosen = [
            f
            for f, on in ((Format.JSON, as_json), (Format.JSONL, as_jsonl), (Format.CSV, as_csv))
            if on
        ]
        if len(chosen) > 1:
            raise click.UsageError("choose one of --json, --jsonl and --csv")
        return func(*args, fmt=chosen[0] if chosen else Format.TABLE, **kwargs)

    return wrapper  # type: ignore[return-value]


def filter_options(func: F) -> F:
    @click.option(
        "--outlet",
        multiple=True,
        help="Only this outlet (case-insensitive; part of the name is enough); repeat for several.",
    )
    @click.option(
        "--date",
        "on_date",
        metavar="DATE",
        help="Only articles of this day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY).",
    )
    @click.option(
        "--since", metavar="DATE", help="Only articles of this day, month or year or later."
    )
    @click.option(
        "--until", metavar="DATE", help="Only articles of this day, month or year or earlier."
    )
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


MAX_WARNINGS_NAMED = 20  # warnings printed one by one in a run; the rest are counted


def warn_about(files: list[tuple[str, str]], more: str = "problems") -> None:
    """One line per (path, reason), for the first few; a count of the rest, so a corpus of
    many bad files does not bury the answer in warnings."""
    for path, reason in files[:MAX_WARNINGS_NAMED]:
        click.echo(f"kp: warning: {strip_control(path)}: {strip_control(reason)}", err=True)
    if len(files) > MAX_WARNINGS_NAMED:
        count = len(files) - MAX_WARNINGS_NAMED
        listed = "`kp index --json` lists every file kp cannot read"
        click.echo(f"kp: warning: {count} more {more} ({listed})", err=True)


def _report_problems(report: SyncReport) -> None:
    warn_about(report.problems + report.warnings)


def progress_sync(corpus: Corpus) -> SyncReport:
    """Sync the corpus, with a progress bar on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        report = corpus.sync()
    else:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        from kimputin_cli.render import make_console

        columns = (
            TextColumn("indexing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files · {task.fields[articles]} articles · {task.fields[rate]}/s"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
        )
        console = make_console("auto", stderr=True)
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task("index", total=None, articles=0, rate="–")
            started = time.perf_counter()

            def advance(done: int, total: int, articles: int) -> None:
                rate = f"{done / max(time.perf_counter() - started, 1e-6):.0f}"
                bar.update(task, completed=done, total=total, articles=articles, rate=rate)

            report = corpus.sync(advance)
    _report_problems(report)
    return report


def load_corpus(path: Path | None) -> Corpus:
    """The corpus, synced first unless --no-refresh asked for the index as it is (a corpus
    never indexed is built either way)."""
    corpus = open_corpus(path)
    refresh = click.get_current_context().meta.get(REFRESH_KEY, True)
    if not corpus.is_built() or (refresh and not corpus.is_current()):
        progress_sync(corpus)
    warn_if_empty(corpus)
    warn_about(alias_problems(corpus.base))
    return corpus


def warn_if_empty(corpus: Corpus) -> None:
    """A wrong folder should not look like "no match" or a finished index."""
    if not corpus.store.has_articles():
        where = strip_control(corpus.location)
        click.echo(f"kp: no articles in {where} (kp reads {SUPPORTED_KINDS})", err=True)


def make_filter(
    corpus: Corpus,
    outlet: tuple[str, ...],
    on_date: str | None,
    since: str | None,
    until: str | None,
) -> ArticleFilter:
    # (the corpus's outlets, a pass over its articles, only when an outlet is asked for)
    outlets = corpus.store.outlets() if outlet else []
    return article_filter(outlets, outlet, on_date, since, until)


def emit(
    records: Iterable[Record],
    fmt: Format,
    color: str,
    render: Callable[[Any, Iterable[Record]], None],
) -> int:
    """Write records to stdout in the chosen format, as they come; the exit code says whether
    any were found."""
    from kimputin_cli.render import make_console

    console = make_console(color)
    count = write(records, fmt, sys.stdout, lambda found: render(console, found))
    sys.stdout.flush()
    return EXIT_FOUND if count else EXIT_NONE
