"""The human view: Rich renderings of records. Article text is always wrapped in ``Text``
objects after control characters are stripped, so markup or escape sequences in an article
are shown as text and never interpreted."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator
from typing import Literal, cast

from rich.console import Console
from rich.text import Text

from kimputin_cli.output import Record
from kimputin_cli.textnorm import strip_control

MATCH_STYLES = {
    "exact": "bold black on yellow",
    "inflection": "bold black on cyan",
    "typo": "bold black on magenta",
    "quote": "bold",
}


TRACE_STYLES = {"verbatim": "bold green", "edited": "bold yellow", "retold": "bold blue"}
ColorSystem = Literal["standard", "256", "truecolor", "windows"]
PIPE_WIDTH = 120  # when printing to a file or pipe and $COLUMNS is unset
ALIAS_SEPARATOR = "; "  # a form as written may hold a comma: "juru bicara Kremlin, Dmitry Peskov"


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """The reader stopped reading (``| head``); the CLI decides what that means (Rich
        would exit 1, which kp uses for "nothing matched")."""
        self.quiet = True
        raise BrokenPipeError


def make_console(color: str, stderr: bool = False) -> Console:
    """A console honouring ``--color auto|always|never`` and ``NO_COLOR``."""
    if color == "always":
        # the colours a terminal would get, while the layout still follows where the output
        # goes: into a pipe (`| less -R`) each paragraph stays on one line
        colors = cast(ColorSystem, Console(force_terminal=True).color_system or "standard")
        console = _Console(stderr=stderr, color_system=colors, no_color=False, highlight=False)
    elif color == "never" or os.environ.get("NO_COLOR"):
        console = _Console(stderr=stderr, no_color=True, color_system=None, highlight=False)
    else:
        console = _Console(stderr=stderr, highlight=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = PIPE_WIDTH
    return console


def safe(value: object) -> Text:
    return Text("" if value is None else strip_control(str(value)))


def _spans_text(text: str, spans: Iterable[tuple[int, int, str]]) -> Text:
    """Text with styled half-open spans; stripping control characters keeps offsets valid
    because each span is styled on the stripped pieces between span boundaries."""
    out = Text()
    cursor = 0
    for start, end, style in sorted(spans):
        if start < cursor or end > len(text):
            continue
        out.append(strip_control(text[cursor:start]))
        out.append(strip_control(text[start:end]), style=style)
        cursor = end
    out.append(strip_control(text[cursor:]))
    return out


def _print_text(console: Console, text: Text) -> None:
    """A paragraph or a quote: wrapped at words on a terminal, and on one line into a file or a
    pipe (for grep; Rich wrapping hundreds of thousands of them also costs several times the
    rest of the work)."""
    console.print(text, soft_wrap=not console.is_terminal)


def _where(record: Record) -> Text:
    parts = [record.get("outlet") or "unknown outlet", record.get("date") or "undated"]
    if record.get("title"):
        parts.append(record["title"])
    line = safe(" · ".join(parts))
    line.stylize("bold")
    line.append(f"  {record['article']} ¶{record['paragraph']}", style="cyan")
    return line


MIN_TABLE_WIDTH = 80  # narrower, a table of articles or speakers squeezes its columns to nothing
# rows a table is drawn with at most: a long listing prints page by page as the rows come, in
# memory that does not grow with the corpus (Rich holds every cell of a table until it is drawn)
TABLE_PAGE_ROWS = 1000


def _pages(records: Iterable[Record]) -> Iterator[list[Record]]:
    iterator = iter(records)
    while page := list(itertools.islice(iterator, TABLE_PAGE_ROWS)):
        yield page


def render_articles(console: Console, records: Iterable[Record]) -> None:
    from rich.table import Table

    if console.width < MIN_TABLE_WIDTH:
        for r in records:
            console.print(safe(r["article"]), style="cyan")
            about = f"  {r['outlet'] or 'unknown outlet'} · {r['date'] or 'undated'} · "
            console.print(safe(f"{about}¶ {r['paragraphs']} · {r['title'] or '—'}"))
            if r["cites"]:
                console.print(safe(f"  cites {', '.join(r['cites'])}"), style="dim")
        return
    for page in _pages(records):
        table = Table(show_lines=False, header_style="bold")
        table.add_column("id", no_wrap=True, style="cyan")
        table.add_column("outlet")
        table.add_column("date", no_wrap=True)
        table.add_column("title", overflow="fold", ratio=1)
        table.add_column("¶", justify="right")
        table.add_column("cites", overflow="fold")
        for r in page:
            table.add_row(
                safe(r["article"]),
                safe(r["outlet"]),
                safe(r["date"]),
                safe(r["title"] or "—"),
                safe(r["paragraphs"]),
                safe(", ".join(r["cites"]) or "—"),
            )
        console.print(table)


def render_hits(console: Console, records: Iterable[Record]) -> None:
    for r in records:
        console.print(_where(r))
        spans = [(m["start"], m["end"], MATCH_STYLES[m["kind"]]) for m in r["matches"]]
        _print_text(console, _spans_text(r["text"], spans))
        kinds = sorted({m["kind"] for m in r["matches"]})
        console.print(Text(f"score {r['score']:.2f} · {', '.join(kinds)}", style="dim"))
        console.print()


def render_quotes(console: Console, records: Iterable[Record]) -> None:
    """Each quote as it comes, printed at once: three lines and a blank one."""
    for r in records:
        block = Text("“", style="bold")
        spans = [(m["start"], m["end"], MATCH_STYLES[m["kind"]]) for m in r["matches"]]
        block.append_text(_spans_text(r["text"], spans))
        block.append("”", style="bold")
        block.append("\n  — ")
        who = safe(r["speaker_as_written"] or r["speaker"] or "unattributed")
        who.stylize("bold green")
        block.append_text(who)
        if r["speaker"] and r["speaker_as_written"] and r["speaker"] != r["speaker_as_written"]:
            block.append(f" ({strip_control(r['speaker'])})", style="green")
        if r["office"] and r["office"].casefold() not in (r["speaker_as_written"] or "").casefold():
            block.append(f", {strip_control(r['office'])}", style="green")
        if r["via"]:
            block.append(f" via {strip_control(r['via'])}", style="yellow")
        block.append_text(
            safe(f"\n    {r['outlet'] or 'unknown outlet'} · {r['date'] or 'undated'} · ")
        )
        block.append(f"{r['article']} ¶{r['paragraph']}", style="cyan")
        block.append(f" · {r['kind']}\n", style="dim")
        _print_text(console, block)


def render_article(console: Console, record: Record) -> None:
    from rich.table import Table

    head = safe(record["title"] or "(untitled)")
    head.stylize("bold")
    console.print(head)
    meta = safe(
        f"{record['outlet'] or 'unknown outlet'} · {record['date'] or 'undated'}"
        f" ({record['date_basis'] or 'no date'}) · {record['article']}"
    )
    console.print(meta, style="cyan")
    if record["cites"]:
        console.print(safe("cites: " + ", ".join(record["cites"])), style="dim")
    for label in ("byline", "editor"):
        if record[label]:
            console.print(safe(f"{label}: {record[label]}"), style="dim")
    console.print(safe(f"path: {record['path']}"), style="dim")
    console.print()
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="cyan", no_wrap=True)
    grid.add_column()
    for block in record["blocks"]:
        text = safe(block["text"])
        if block["paragraph"] is not None:
            grid.add_row(str(block["paragraph"]), text)
        elif block["kind"] == "heading":
            grid.add_row("", Text.assemble(text, style="bold"))
        else:
            grid.add_row(Text(block["kind"], style="dim"), Text.assemble(text, style="dim"))
    console.print(grid)


def render_paragraph(console: Console, record: Record) -> None:
    console.print(_where(record))
    _print_text(console, safe(record["text"]))


def render_speakers(console: Console, records: Iterable[Record]) -> None:
    from rich.table import Table

    if console.width < MIN_TABLE_WIDTH:
        for r in records:
            console.print(safe(r["speaker"]), style="bold")
            counts = f"{r['quotes']} quotes ({r['direct']} direct, {r['fragment']} fragment)"
            console.print(safe(f"  {counts} · {r['indirect']} indirect"))
            for label, joined in (
                ("outlets", ", ".join(r["outlets"])),
                ("aliases", ALIAS_SEPARATOR.join(r["aliases"])),
            ):
                if joined:
                    console.print(safe(f"  {label}: {joined}"))
        return
    for page in _pages(records):
        table = Table(header_style="bold")
        for column in ("speaker", "quotes", "direct", "fragment", "indirect", "outlets", "aliases"):
            table.add_column(column, overflow="fold")
        for r in page:
            table.add_row(
                safe(r["speaker"]),
                safe(r["quotes"]),
                safe(r["direct"]),
                safe(r["fragment"]),
                safe(r["indirect"]),
                safe(", ".join(r["outlets"])),
                safe(ALIAS_SEPARATOR.join(r["aliases"]) or "—"),
            )
        console.print(table)


def render_pairs(console: Console, records: Iterable[Record]) -> None:
    from rich.table import Table

    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    for r in records:
        for key, value in r.items():
            if key != "type":
                table.add_row(
                    key, safe(", ".join(map(str, value)) if isinstance(value, list) else value)
                )
    console.print(table)


def render_trace(console: Console, records: Iterable[Record]) -> None:
    iterator = iter(records)
    first = next(iterator, None)
    if first is None:
        return
    head = Text("earliest: ", style="bold")
    head.append_text(safe(f"{first['outlet'] or 'unknown outlet'} · {first['date'] or 'undated'}"))
    head.append(f"  {first['article']} ¶{first['paragraph']}", style="cyan")
    if first["upstream"]:
        head.append("   upstream source: ", style="bold")
        head.append_text(safe(first["upstream"]))
    console.print(head)
    console.print()
    for r in itertools.chain([first], iterator):
        line = safe(f"{r['date'] or 'undated'} · {r['outlet'] or 'unknown outlet'} · ")
        line.append(f"{r['article']} ¶{r['paragraph']}", style="cyan")
        line.append(f" · {r['kind']}", style=TRACE_STYLES[r["kind"]])
        line.append(f" · {r['similarity']:.2f}", style="dim")
        console.print(line)
        spans = [(m["start"], m["end"], "bold") for m in r["matches"]]
        excerpt = _spans_text(r["text"], spans)
        excerpt.stylize("italic", r["start"], r["end"])
        _print_text(console, excerpt)
        for op in r["diff"]:
            style, sign = ("red", "−") if op["op"] == "delete" else ("green", "+")
            console.print(Text(f"  {sign} ", style=style).append_text(safe(op["words"])))
        if r["speaker"] or r["via"]:
            who = safe(f"  — {r['speaker'] or 'unattributed'}")
            if r["via"]:
                who.append_text(safe(f" via {r['via']}"))
            console.print(who, style="green")
        console.print()


def render_groups(console: Console, records: Iterable[Record]) -> None:
    for r in records:
        head = Text(
            f"{_plural(len(r['outlets']), 'outlet')} · {_plural(r['count'], 'quote')}", style="bold"
        )
        disputed = len(r["speakers"]) > 1
        if disputed:
            head.append_text(safe(f" · said by {' or '.join(r['speakers'])}"))
            head.append(" (the outlets differ)", style="yellow")
        else:
            head.append_text(safe(f" · {r['speaker'] or 'unattributed'}"))
        console.print(head)
        _print_text(console, Text("“").append_text(safe(r["text"])).append("”"))
        for q in r["quotes"]:
            where = safe(f"    {q['outlet'] or 'unknown outlet'} · {q['date'] or 'undated'} · ")
            where.append(str(q["id"]), style="cyan")
            if disputed:
                where.append_text(safe(f" — {q['speaker'] or 'unattributed'}"))
            console.print(where)
        console.print()


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
