"""Turning the user's filter options into an ArticleFilter, with clear errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kimputin_cli.errors import BadQuery
from kimputin_cli.models import Article
from kimputin_cli.outlets import display_name, media_key
from kimputin_cli.store import ArticleFilter

SUGGESTION_SCORE = 60  # how alike (rapidfuzz, 0-100) a name must be to be offered for one not found


def parse_day(value: str, option: str) -> str:
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise BadQuery(f"{option}: {value!r} is not a valid date (use YYYY-MM-DD)") from None


def resolve_outlets(wanted: str, outlets: list[tuple[str, str, int]]) -> tuple[str, ...]:
    """Slugs of the outlets a user means: case-insensitive, and a part of the name is enough
    (``tempo`` finds Tempo.co, ``idn`` finds IDN Times)."""
    key = media_key(wanted)
    if not key:
        raise BadQuery(f"--outlet: {wanted!r} is not an outlet name")
    found = tuple(slug for name, slug, _ in outlets if key in media_key(name) or key in slug)
    if found:
        return found
    from rapidfuzz import process

    names = [name for name, _, _ in outlets]
    if not names:
        raise BadQuery(f"unknown outlet {wanted!r}: this corpus has no outlet names")
    best = process.extractOne(wanted, names, processor=str.casefold)
    hint = f" (did you mean {best[0]!r}?)" if best and best[1] >= SUGGESTION_SCORE else ""
    raise BadQuery(f"unknown outlet {wanted!r}{hint}; outlets in this corpus: {', '.join(names)}")


def article_filter(
    outlets: list[tuple[str, str, int]],
    outlet_names: tuple[str, ...] = (),
    date: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> ArticleFilter:
    # an option given empty (--outlet "") is a mistake to report, not an option left out
    if date is not None and (since is not None or until is not None):
        raise BadQuery("--date cannot be combined with --since or --until")
    if date is not None:
        since = until = parse_day(date, "--date")
    since = parse_day(since, "--since") if since is not None else None
    until = parse_day(until, "--until") if until is not None else None
    if since and until and since > until:
        raise BadQuery(f"--since {since} is after --until {until}")
    # each --outlet adds its outlets; none given means every outlet
    wanted = (slug for name in outlet_names for slug in resolve_outlets(name, outlets))
    slugs = tuple(dict.fromkeys(wanted)) or None
    return ArticleFilter(outlet_slugs=slugs, since=since, until=until)


def cites_filter(wanted: str) -> Callable[[Article], bool]:
    """Whether an article cites the source a user means: case-insensitive, a part of the name
    is enough, and a known agency's full name works (``reuters``, ``channel news``, ``Korean
    Central News Agency`` for KCNA)."""
    key = _source_key(wanted)
    return lambda article: any(key in media_key(cited) for cited in article.cites)


def _source_key(wanted: str) -> str:
    key = media_key(display_name(wanted))
    if not key:
        raise BadQuery(f"--cites: {wanted!r} is not a source's name")
    return key


def uncited(wanted: str, cited: list[str]) -> str | None:
    """Why nothing cites ``wanted`` when none of the sources the corpus cites is it, naming the
    closest one (None when some article does cite it, on another day or outlet)."""
    key = _source_key(wanted)
    if any(key in media_key(source) for source in cited):
        return None
    return f"no article in this corpus cites {wanted!r}{closest_hint(wanted, cited)}"


def closest_hint(wanted: str, names: list[str]) -> str:
    """``; closest: NAME`` for the name most like one that was not found, or nothing when
    none is alike enough."""
    from rapidfuzz import fuzz, process

    best = process.extractOne(wanted, names, scorer=fuzz.token_set_ratio, processor=str.casefold)
    return f"; closest: {best[0]}" if best and best[1] >= SUGGESTION_SCORE else ""
