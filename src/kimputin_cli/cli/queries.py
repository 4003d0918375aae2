"""The commands that ask the corpus: sources, show, search, quotes, trace, speakers, stats."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import click

from kimputin_cli.cli.common import (
    EXIT_FOUND,
    EXIT_NONE,
    emit,
    filter_options,
    load_corpus,
    make_filter,
    output_options,
)
from kimputin_cli.errors import NotFound
from kimputin_cli.output import (
    Format,
    Record,
    article_record,
    article_with_blocks_record,
    hit_record,
    paragraph_record,
    quote_group_record,
    quote_record,
    speaker_record,
    trace_hit_record,
)
from kimputin_cli.textnorm import strip_control


@click.command()
@filter_options
@click.option(
    "--cites",
    metavar="SOURCE",
    help="Only articles citing this source (case-insensitive; part of the name is enough).",
)
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many articles.")
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
    limit: int | None,
) -> int:
    """List the articles: id, outlet, date, title, paragraphs and the sources they cite.

    \b
    Examples:
      kp sources
      kp sources --date 2023-09-14
      kp sources --outlet tempo --json
      kp sources --cites kcna
      kp sources --date 2023-09 --csv > articles.csv
      kp sources --limit 20
    """
    from kimputin_cli.filters import cites_filter, uncited
    from kimputin_cli.render import render_articles

    c = load_corpus(corpus)
    where = make_filter(c, outlet, on_date, since, until)
    cited = c.store.cited_sources() if cites is not None else []
    citing = cites_filter(cites, cited) if cites is not None else None
    records = (
        article_record(a, n) for a, n in c.store.articles(where) if citing is None or citing(a)
    )
    code = emit(islice(records, limit), fmt, color, render_articles)
    if code == EXIT_NONE and cites is not None and (why := uncited(cites, cited)):
        click.echo(f"kp: {why}", err=True)
    return code


@click.command()
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
    if raw:
        click.echo(strip_control(c.raw_text(article)), nl=False)
        return EXIT_FOUND
    if number:
        count = len(article.paragraphs)
        if not number.isdigit() or not 1 <= int(number) <= count:
            raise NotFound(f"{article.id} has paragraphs 1 to {count}, not {number!r}")
        paragraph = paragraph_record(article, int(number))
        return emit([paragraph], fmt, color, lambda con, rs: render_paragraph(con, next(iter(rs))))
    record = article_with_blocks_record(article, c.store.article_paths(article.id))
    return emit([record], fmt, color, lambda con, rs: render_article(con, next(iter(rs))))


@click.command()
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


@click.command()
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


@click.command(name="trace")
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


@click.command()
@filter_options
@click.option(
    "--limit", type=click.IntRange(min=1), help="Show at most this many, most quoted first."
)
@output_options
def speakers(
    outlet: tuple[str, ...],
    on_date: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
    corpus: Path | None,
    fmt: Format,
    color: str,
) -> int:
    """Everyone quoted in the corpus: canonical name, other forms, quote counts, outlets.

    With --outlet or dates, those quoted in those articles, and only those quotes counted.
    Add your own aliases in kp-aliases.json at the corpus root, or in the file $KP_ALIASES
    names: {"alias": "Canonical Name", ...}.

    \b
    Examples:
      kp speakers
      kp speakers --outlet tempo --since 2023-09-14
      kp speakers --limit 20
      kp speakers --json | jq '.[] | select(.quotes > 1) | .speaker'
    """
    from kimputin_cli.quotebook import speakers as list_speakers
    from kimputin_cli.render import render_speakers

    c = load_corpus(corpus)
    where = make_filter(c, outlet, on_date, since, until)
    listed = list_speakers(c, where)[:limit]
    # (the outlets of the few listed are found by the index; of all, in one pass)
    stored = {name for s in listed for name in s.stored} if limit else None
    outlets = c.store.speaker_outlets(where, stored)
    records = (
        speaker_record(
            s.name,
            sorted(s.aliases),
            dict(s.quotes),
            sorted({o for name in s.stored for o in outlets.get(name, ())}),
        )
        for s in listed
    )
    return emit(records, fmt, color, render_speakers)


@click.command()
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
