"""The kp command line: parses options, calls the library, renders. No logic of its own."""

from __future__ import annotations

import errno
import functools
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from kimputin_cli import __version__
from kimputin_cli.corpus import Corpus, SyncReport, open_corpus
from kimputin_cli.errors import KpError, NotFound
from kimputin_cli.filters import article_filter
from kimputin_cli.output import (
    Format,
    Record,
    article_fields,
    article_record,
    hit_record,
    quote_group_record,
    quote_record,
    speaker_record,
    trace_hit_record,
    write,
)
from kimputin_cli.reader import SUPPORTED_KINDS
from kimputin_cli.store import ArticleFilter
from kimputin_cli.textnorm import strip_control

EXIT_FOUND, EXIT_NONE, EXIT_USAGE, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_BUG = 70  # EX_SOFTWARE of sysexits.h
EXIT_OUTPUT = 74  # EX_IOERR of sysexits.h: the output could not be written
# errors of writing that the machine causes, not kp (storage errors of the index cache are
# reported as the corpus's; what is left is the output)
_WRITE_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
F = TypeVar("F", bound=Callable[..., Any])


class KpGroup(click.Group):
    """Turns domain errors into one line on stderr, Ctrl-C into exit code 130, and a bug into
    a short report (the traceback with ``KP_DEBUG=1``)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except click.exceptions.Exit as exc:
            code = exc.exit_code
        except click.ClickException as exc:
            exc.show()
            code = exc.exit_code
        except (click.Abort, KeyboardInterrupt):
            click.echo("kp: interrupted", err=True)
            code = EXIT_INTERRUPTED
        except KpError as exc:
            click.echo(f"kp: error: {strip_control(str(exc))}", err=True)
            code = EXIT_USAGE
        except Exception as exc:
            if os.environ.get("KP_DEBUG"):
                raise
            if isinstance(exc, OSError) and exc.errno in _WRITE_FAILURES:
                click.echo(f"kp: error: cannot write the output: {exc.strerror}", err=True)
                _discard_stdout()  # what is still buffered cannot be written either
                code = EXIT_OUTPUT
            else:
                click.echo(
                    f"kp: internal error: {type(exc).__name__}: {strip_control(str(exc))}\n"
                    "kp: this is a bug in kp; run again with KP_DEBUG=1 for the traceback, "
                    "and please report it",
                    err=True,
                )
                code = EXIT_BUG
        sys.exit(code if isinstance(code, int) else EXIT_FOUND)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # the reader stopped reading (`| head`): what it read was found, so exit 0 (Click
            # would say 1, "nothing matched"), and flush nothing into the closed pipe at exit
            _discard_stdout()
            raise click.exceptions.Exit(EXIT_FOUND) from None


def _discard_stdout() -> None:
    """Point standard output at the null device, so the flush at exit writes nowhere."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


REFRESH_KEY = "kp.refresh"  # in the Click context: whether queries check for changed files


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
        help="Corpus folder or file (default: $KP_CORPUS, else the bundled seeds).",
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
        click.get_current_context().meta[REFRESH_KEY] = not no_refresh
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
    @click.option("--date", "on_date", metavar="YYYY-MM-DD", help="Only articles of this day.")
    @click.option("--since", metavar="YYYY-MM-DD", help="Only articles of this day or later.")
    @click.option("--until", metavar="YYYY-MM-DD", help="Only articles of this day or earlier.")
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


MAX_FAILURES_REPEATED = 20  # earlier failures named again by kp index; the rest are counted


def _warn_about(files: Iterable[tuple[str, str]]) -> None:
    for path, reason in files:
        click.echo(f"kp: warning: {strip_control(path)}: {strip_control(reason)}", err=True)


def _report_problems(report: SyncReport) -> None:
    _warn_about(report.problems + report.warnings)


def _progress_sync(corpus: Corpus) -> SyncReport:
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
        _progress_sync(corpus)
    _warn_if_empty(corpus)
    return corpus


def _warn_if_empty(corpus: Corpus) -> None:
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
    return article_filter(corpus.store.outlets(), outlet, on_date, since, until)


def emit(
    records: Iterable[Record], fmt: Format, color: str, render: Callable[[Any, list[Record]], None]
) -> int:
    """Write records to stdout in the chosen format; the exit code says whether any were found."""
    from kimputin_cli.render import make_console

    console = make_console(color)
    count = write(records, fmt, sys.stdout, lambda batch: render(console, batch))
    sys.stdout.flush()
    return EXIT_FOUND if count else EXIT_NONE


@click.group(cls=KpGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kp")
def cli() -> None:
    """kp: who said what, where and when, in a folder of news articles.

    Without --corpus (or $KP_CORPUS), kp answers from its bundled corpus: five Indonesian
    articles on the Kim Jong Un / Vladimir Putin summit of 13 September 2023.

    \b
    Examples:
      kp search satelit
      kp quotes --speaker Peskov
      kp sources --date 2023-09-14
      kp search "undangan putin" --jsonl | jq -r .text

    Exit codes: 0 found, 1 nothing matched, 2 bad input, 3 some files failed (kp index),
    70 a bug in kp, 74 the output could not be written, 130 interrupted.
    """


@cli.command()
@filter_options
@click.option(
    "--cites",
    metavar="SOURCE",
    help="Only articles citing this source (case-insensitive; part of the name is enough).",
)
@output_options
def sources(
    corpus: Path | None,
    fmt: Format,
    color: str,
    outlet: tuple[str, ...],
    on_date: str | None,
    since: str | None,
    until: str | None,
    cites: str | None,
) -> int:
    """List the articles: id, outlet, date, title, paragraphs and the sources they cite.

    \b
    Examples:
      kp sources
      kp sources --date 2023-09-14
      kp sources --outlet tempo --json
      kp sources --cites kcna
      kp sources --since 2023-09-01 --until 2023-09-30 --csv > articles.csv
    """
    from kimputin_cli.filters import cites_filter
    from kimputin_cli.render import render_articles

    c = load_corpus(corpus)
    where = make_filter(c, outlet, on_date, since, until)
    citing = cites_filter(cites) if cites is not None else None
    records = (
        article_record(a, n) for a, n in c.store.articles(where) if citing is None or citing(a)
    )
    return emit(records, fmt, color, render_articles)


@cli.command()
@click.argument("ref", metavar="ID[:N]")
@click.option("--raw", is_flag=True, help="Print the source file as it is.")
@output_options
def show(ref: str, raw: bool, corpus: Path | None, fmt: Format, color: str) -> int:
    """Print one article, or with ID:N one paragraph.

    The id is the one `kp sources` prints; a unique prefix is enough. The article view
    numbers the content paragraphs and shows the boilerplate dimmed.

    \b
    Examples:
      kp show tempo-20230914-94762b
      kp show tempo-20230914:6
      kp show tempo --raw
    """
    from kimputin_cli.render import render_article, render_paragraph

    c = load_corpus(corpus)
    article_id, _, number = ref.partition(":")
    article = c.article(article_id)
    if article is None:
        raise NotFound(f"no article {article_id!r} in this corpus (see `kp sources`)")
    if raw:
        click.echo(strip_control(c.raw_text(article)), nl=False)
        return EXIT_FOUND
    paragraphs = article.paragraphs
    if number:
        if not number.isdigit() or not 1 <= int(number) <= len(paragraphs):
            raise NotFound(f"{article.id} has paragraphs 1 to {len(paragraphs)}, not {number!r}")
        record: Record = {
            "type": "paragraph",
            **article_fields(article),
            "title": article.title,
            "paragraph": int(number),
            "text": paragraphs[int(number) - 1],
        }
        return emit([record], fmt, color, lambda con, rs: render_paragraph(con, rs[0]))
    record = article_record(article, len(paragraphs))
    number_of = 0
    blocks = []
    for block in article.blocks:
        number_of += block.kind == "content"
        blocks.append(
            {
                "kind": block.kind,
                "text": block.text,
                "paragraph": number_of if block.kind == "content" else None,
            }
        )
    record["blocks"] = blocks
    record["paths"] = c.store.article_paths(article.id)
    return emit([record], fmt, color, lambda con, rs: render_article(con, rs[0]))


@cli.command()
@click.argument("query", nargs=-1, required=True)
@filter_options
@click.option(
    "--limit",
    default=10,
    show_default=True,
    type=click.IntRange(min=1),
    help="Show at most this many paragraphs.",
)
@click.option("--exact", is_flag=True, help="Exact words only: no inflections, no typos.")
@output_options
def search(
    query: tuple[str, ...],
    outlet: tuple[str, ...],
    on_date: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    exact: bool,
    corpus: Path | None,
    fmt: Format,
    color: str,
) -> int:
    """Find the paragraphs that talk about something, best first.

    Each word matches exactly, then in its inflected forms (satelit finds satelitnya), then
    with typos (satelti finds satelit). Paragraphs with every word come first. Put a phrase
    in double quotes to match it as a phrase.

    \b
    Examples:
      kp search satelit
      kp search satelti --outlet wongkito
      kp search "undangan putin" --since 2023-09-14
      kp search '"senang hati"' --json | jq '.[].matches'
    """
    from kimputin_cli.render import render_hits
    from kimputin_cli.search import search as run_search

    c = load_corpus(corpus)
    where = make_filter(c, outlet, on_date, since, until)
    hits = run_search(c, " ".join(query), where, limit, exact)
    return emit((hit_record(h) for h in hits), fmt, color, render_hits)


@cli.command()
@click.argument("words", nargs=-1)
@click.option("--speaker", help="Who said it: any part of the name, a typo, or a role.")
@filter_options
@click.option(
    "--kind",
    type=click.Choice(["quotes", "direct", "fragment", "indirect", "all"]),
    default="quotes",
    show_default=True,
    help="quotes = direct and fragment; indirect = reported speech; all = every kind.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many quotes.")
@click.option("--group", is_flag=True, help="Cluster the same quotation across outlets.")
@output_options
def quotes(
    words: tuple[str, ...],
    speaker: str | None,
    outlet: tuple[str, ...],
    on_date: str | None,
    since: str | None,
    until: str | None,
    kind: str,
    limit: int | None,
    group: bool,
    corpus: Path | None,
    fmt: Format,
    color: str,
) -> int:
    """Direct quotations with who said them, where and when.

    WORDS, when given, must all occur in the quote (inflections and typos allowed).

    \b
    Examples:
      kp quotes --speaker Peskov
      kp quotes --speaker "juru bicara Kremlin" --json
      kp quotes putin undangan
      kp quotes --outlet tempo --kind fragment
      kp quotes --speaker Peskov --kind indirect
      kp quotes --group --limit 5
      kp quotes --jsonl | jq -r '[.speaker, .text] | @tsv'
    """
    from kimputin_cli.quotebook import find_quotes
    from kimputin_cli.render import render_quotes

    c = load_corpus(corpus)
    where = make_filter(c, outlet, on_date, since, until)
    if group:
        from kimputin_cli.render import render_groups
        from kimputin_cli.trace import group_quotes

        everything = find_quotes(c, where, speaker, " ".join(words) or None, kind)
        groups = group_quotes((f.quote, f.article, f.speaker) for f in everything)
        chosen = groups[:limit] if limit else groups
        return emit((quote_group_record(g) for g in chosen), fmt, color, render_groups)
    found = find_quotes(c, where, speaker, " ".join(words) or None, kind, limit)
    records = (quote_record(f.quote, f.article, f.speaker, f.matches) for f in found)
    return emit(records, fmt, color, render_quotes)


@cli.command(name="trace")
@click.argument("statement", nargs=-1, required=True)
@filter_options
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many paragraphs.")
@output_options
def trace_command(
    statement: tuple[str, ...],
    outlet: tuple[str, ...],
    on_date: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
    corpus: Path | None,
    fmt: Format,
    color: str,
) -> int:
    """Follow one statement from outlet to outlet: who copied it word for word (verbatim),
    who changed some words (edited, with the difference), and who retold it.

    STATEMENT is a sentence, or a quote id as `kp quotes --json` prints it.

    \b
    Examples:
      kp trace "Putin menerima undangan tersebut dengan senang hati"
      kp trace tempo-20230914-94762b:6:0
      kp trace "tidak ada rencana bagi Putin untuk mengunjungi Pyongyang" --jsonl
    """
    from kimputin_cli.render import render_trace
    from kimputin_cli.trace import trace

    c = load_corpus(corpus)
    where = make_filter(c, outlet, on_date, since, until)
    result = trace(c, " ".join(statement), where, limit)
    records = (
        trace_hit_record(hit, result.upstream, earliest=i == 0) for i, hit in enumerate(result.hits)
    )
    return emit(records, fmt, color, render_trace)


@cli.command()
@output_options
def speakers(corpus: Path | None, fmt: Format, color: str) -> int:
    """Everyone quoted in the corpus: canonical name, other forms, quote counts, outlets.

    Add your own aliases in kp-aliases.json at the corpus root, or in the file $KP_ALIASES
    names: {"alias": "Canonical Name", ...}.

    \b
    Examples:
      kp speakers
      kp speakers --json | jq '.[] | select(.quotes > 1) | .speaker'
    """
    from kimputin_cli.quotebook import speakers as list_speakers
    from kimputin_cli.render import render_speakers

    c = load_corpus(corpus)
    outlets = c.store.speaker_outlets()
    records = (
        speaker_record(
            s.name,
            sorted(s.aliases),
            dict(s.quotes),
            sorted({o for stored in s.stored for o in outlets.get(stored, ())}),
        )
        for s in list_speakers(c)
    )
    return emit(records, fmt, color, render_speakers)


@cli.command()
@click.argument("path", required=False, callback=corpus_path)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as a JSON object.")
def index(path: Path | None, as_json: bool) -> int:
    """Build or refresh the on-disk index of a corpus folder.

    Only new or changed files are read; deleted files leave the index. Queries refresh the
    index on their own, so this is for building a large corpus up front.

    \b
    Examples:
      kp index ~/news
      KP_CORPUS=~/news kp index
      kp index ~/news --json | jq .failed
    """
    started = time.perf_counter()
    c = open_corpus(
        path or (Path(os.environ["KP_CORPUS"]) if os.environ.get("KP_CORPUS") else None)
    )
    report = _progress_sync(c)
    # files that failed in an earlier run and are unchanged: named again (the first few),
    # since they are why this run exits 3
    named = {path for path, _ in report.problems}
    still_failing = [(path, reason) for path, reason in c.failed_files() if path not in named]
    _warn_about(still_failing[:MAX_FAILURES_REPEATED])
    if len(still_failing) > MAX_FAILURES_REPEATED:
        more = len(still_failing) - MAX_FAILURES_REPEATED
        click.echo(f"kp: warning: {more} more files still fail, as before", err=True)
    _warn_if_empty(c)
    seconds = round(time.perf_counter() - started, 3)
    summary = {
        "type": "index_summary",
        "corpus": c.location,
        "added": report.added,
        "updated": report.updated,
        "removed": report.removed,
        "unchanged": report.unchanged,
        "skipped": report.skipped,
        "failed": report.failed,
        "duplicates": report.duplicates,
        "articles_read": report.articles,
        "seconds": seconds,
    }
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


@cli.command()
@output_options
def stats(corpus: Path | None, fmt: Format, color: str) -> int:
    """Counts of the corpus: articles, paragraphs, quotes, speakers, outlets, dates, index size.

    \b
    Examples:
      kp stats
      kp stats --json | jq .paragraphs
    """
    from kimputin_cli.render import render_pairs

    c = load_corpus(corpus)
    record: Record = {"type": "stats", "corpus": c.location, **c.stats()}
    return emit([record], fmt, color, render_pairs)


def main() -> None:
    cli(prog_name="kp")
