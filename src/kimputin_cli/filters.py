"""Turning the user's filter options into an ArticleFilter, with clear errors."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable

from kimputin_cli.errors import BadQuery
from kimputin_cli.models import Article
from kimputin_cli.outlets import display_name, media_key
from kimputin_cli.store import ArticleFilter

SUGGESTION_SCORE = 60  # how alike (rapidfuzz, 0-100) a name must be to be offered for one not found


# a year, a month or a day, its month and day with or without their zero: "2023", "2023-09",
# "2023-9-14"; or a day written compactly, "20230914"
_PERIOD = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?"
    r"|(?P<compact>\d{4})(?P<compact_month>\d{2})(?P<compact_day>\d{2})",
    re.ASCII,
)


def parse_period(value: str, option: str) -> tuple[str, str]:
    """The first and last day of a day (``2023-09-14``), a month (``2023-09``) or a year
    (``2023``), as ISO dates."""
    period = _PERIOD.fullmatch(value.strip())
    try:
        if period is None:
            raise ValueError(value)
        if period["compact"]:
            year, month, day = (int(period[g]) for g in ("compact", "compact_month", "compact_day"))
        else:
            year, month, day = (int(period[g] or 0) for g in ("year", "month", "day"))
        if not month:
            return dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()
        if not day:
            days = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1).isoformat(), dt.date(year, month, days).isoformat()
        one = dt.date(year, month, day).isoformat()
    except ValueError:  # (calendar's IllegalMonthError is one)
        raise BadQuery(
            f"{option}: {value!r} is not a valid date (use YYYY-MM-DD, or YYYY-MM or YYYY for a "
            "month or a year)"
        ) from None
    return one, one


def _words(name: str) -> list[str]:
    return re.findall(r"[^\W_]+", name.casefold())


def names_meant(wanted: str, names: Iterable[str]) -> list[str]:
    """The names a user's name for an outlet or a source means, case-insensitive: the name it
    is (``AP`` is AP, not Rappler; ``TEMPO.CO`` is Tempo), else those holding its words
    (``times`` finds IDN Times and The Korea Times), else those with a word it begins
    (``andal`` finds AndalPost, ``reut`` Reuters)."""
    key, words = media_key(wanted), _words(wanted)
    names = list(names)
    tiers: tuple[Callable[[str], bool], ...] = (
        lambda name: media_key(name) == key,
        lambda name: _holds(_words(name), words),
        lambda name: _begins_a_word(_words(name), key),
    )
    for meant in tiers:
        found = [name for name in names if meant(name)]
        if found:
            return found
    return []


def _holds(words: list[str], wanted: list[str]) -> bool:
    size = len(wanted)
    return any(words[i : i + size] == wanted for i in range(len(words) - size + 1))


def _begins_a_word(words: list[str], key: str) -> bool:
    return any("".join(words[i:]).startswith(key) for i in range(len(words)))


def resolve_outlets(wanted: str, outlets: list[tuple[str, str, int]]) -> tuple[str, ...]:
    """Slugs of the outlets a user means (see ``names_meant``)."""
    if not media_key(wanted):
        raise BadQuery(f"--outlet: {wanted!r} is not an outlet name")
    slug_of = {name: slug for name, slug, _ in outlets}
    found = tuple(slug_of[name] for name in names_meant(wanted, slug_of))
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
        since, until = parse_period(date, "--date")
    else:
        # a month or a year from its first day, until its last
        since = parse_period(since, "--since")[0] if since is not None else None
        until = parse_period(until, "--until")[1] if until is not None else None
    if since and until and since > until:
        raise BadQuery(f"--since {since} is after --until {until}")
    # each --outlet adds its outlets; none given means every outlet
    wanted = (slug for name in outlet_names for slug in resolve_outlets(name, outlets))
    slugs = tuple(dict.fromkeys(wanted)) or None
    return ArticleFilter(outlet_slugs=slugs, since=since, until=until)


def cites_filter(wanted: str, cited: list[str]) -> Callable[[Article], bool]:
    """Whether an article cites the source a user means, of the sources the corpus cites
    (see ``names_meant``; a known agency's full name works too: ``Korean Central News
    Agency`` is KCNA)."""
    meant = set(names_meant(_source_name(wanted), cited))
    return lambda article: any(source in meant for source in article.cites)


def _source_name(wanted: str) -> str:
    name = display_name(wanted)
    if not media_key(name):
        raise BadQuery(f"--cites: {wanted!r} is not a source's name")
    return name


def uncited(wanted: str, cited: list[str]) -> str | None:
    """Why nothing cites ``wanted`` when none of the sources the corpus cites is it, naming the
    closest one (None when some article does cite it, on another day or outlet)."""
    if names_meant(_source_name(wanted), cited):
        return None
    return f"no article in this corpus cites {wanted!r}{closest_hint(wanted, cited)}"


def closest_hint(wanted: str, names: list[str]) -> str:
    """``; closest: NAME`` for the name most like one that was not found, or nothing when
    none is alike enough."""
    from rapidfuzz import fuzz, process

    best = process.extractOne(wanted, names, scorer=fuzz.token_set_ratio, processor=str.casefold)
    return f"; closest: {best[0]}" if best and best[1] >= SUGGESTION_SCORE else ""
