"""Asking the stored quotations: by speaker (forgiving), outlet, date, kind and words.

Speakers are merged across the corpus here, after each change of the corpus or of the user's
alias files, and kept in the store, so that a query is a lookup and user aliases apply at once:
spellings sharing a key (``Kim Jong-un`` / ``Kim Jong Un``) are one speaker shown in its most
common spelling, and a one-word name (``Peskov``) joins the single fuller name it belongs to.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from kimputin_cli.corpus import Corpus
from kimputin_cli.errors import BadQuery, NoSuchName
from kimputin_cli.filters import closest_hint
from kimputin_cli.index import QueryTerm
from kimputin_cli.models import Article, Match, Quote
from kimputin_cli.search import highlight, parse_query
from kimputin_cli.speakers import (
    aliases_state,
    load_aliases,
    name_key,
    points_back,
    speaker_matches,
)
from kimputin_cli.store import ArticleFilter

EVERYTHING = ArticleFilter()
KINDS = {
    "quotes": ("direct", "fragment"),  # the default: what was said in quote marks
    "direct": ("direct",),
    "fragment": ("fragment",),
    "indirect": ("indirect",),
    "all": ("direct", "fragment", "indirect"),
}


@dataclass
class Speaker:
    name: str  # canonical display name
    stored: set[str] = field(default_factory=set)  # speaker values in the store
    aliases: set[str] = field(default_factory=set)  # other spellings and forms as written
    quotes: Counter[str] = field(default_factory=Counter)


def _group_speakers(corpus: Corpus) -> list[Speaker]:
    """Merge the stored speaker names into corpus-wide speakers."""
    aliases = load_aliases(corpus.base)

    def own_key(stored: str) -> str:
        return name_key(aliases.get(name_key(stored), stored))

    forms = corpus.store.speaker_forms()
    keys = sorted({own_key(stored) for stored, _, _ in forms})
    group_of = _fuller_keys(keys)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for stored, _, count in forms:
        spellings[group_of[own_key(stored)]][stored] += count
    # a group an alias points to is named as the alias says, not by its commonest spelling
    targets = {name_key(target): target for target in aliases.values()}
    groups: dict[str, Speaker] = {}
    for key, counts in spellings.items():
        # named by a spelling of the group's own name ("Retno Marsudi", not "Retno")
        common = min(
            counts,
            key=lambda s: (_romanised(own_key(s)) != _romanised(key), -counts[s], s.count("-"), s),
        )
        groups[key] = Speaker(targets.get(key) or aliases.get(key, common))
    seen: dict[str, set[str]] = defaultdict(set)  # aliases of each group, case folded
    for stored, written, _ in sorted(forms, key=lambda form: -form[2]):
        group = groups[group_of[own_key(stored)]]
        group.stored.add(stored)
        for form in (stored, written):
            # one spelling of a form: "Ekonom Bank Permata" and "ekonom Bank Permata" are one
            if (
                form
                and form != group.name
                and form.casefold() not in seen[group.name]
                and not points_back(form)
            ):
                seen[group.name].add(form.casefold())
                group.aliases.add(form)
    for stored, kind, count in corpus.store.quote_kind_counts(EVERYTHING):
        groups[group_of[own_key(stored)]].quotes[kind] += count
    return list(groups.values())


MAX_INITIALS_LETTERS = 2


# a Russian patronymic between the given and the family name: Vladimir Vladimirovich Putin
_PATRONYMIC = re.compile(r"\w+(?:ovich|evich|ovna|evna|ichna)$")


def _without_initials(key: str) -> str:
    """A name's key without the initials or the patronymic between its first and last word:
    ``retno lp marsudi`` -> ``retno marsudi``, ``antony j blinken`` -> ``antony blinken``,
    ``vladimir vladimirovich putin`` -> ``vladimir putin``."""
    parts = key.split()
    inner = [
        p for p in parts[1:-1] if len(p) > MAX_INITIALS_LETTERS and not _PATRONYMIC.fullmatch(p)
    ]
    return " ".join([parts[0], *inner, parts[-1]]) if len(parts) > 2 else key


# the endings and letters that romanisations of one Russian or Ukrainian name differ by:
# Dmitry/Dmitri/Dmitriy, Sergei/Sergey, Zelensky/Zelenskyy/Zelenskiy, Aleksandr/Alexander
_ROMANISED_ENDING = re.compile(r"(?:iy|yy|ii|y|i)$")
_ROMANISED_LETTERS = str.maketrans({"y": "i"})


def _romanised(key: str) -> str:
    """A key the spellings of one name of two words or more share however they render it in
    Latin letters."""
    if " " not in key:
        return key
    words = []
    for word in key.split():
        word = _ROMANISED_ENDING.sub("i", word.replace("ks", "x"))
        words.append(word.removesuffix("er") + "r" if word.endswith("der") else word)
    return " ".join(word.translate(_ROMANISED_LETTERS) for word in words)


def _fuller_keys(keys: list[str]) -> dict[str, str]:
    """Each key's group: spellings of one name in Latin letters are one (``Dmitry Peskov``,
    ``Dmitri Peskov``), a name with initials or a patronymic in it joins the same name without
    them when the corpus has that (``Retno LP Marsudi``, ``Retno Marsudi``; ``Vladimir
    Vladimirovich Putin``, ``Vladimir Putin``; ``Dmitri S. Peskov``, ``Dmitry Peskov``), a
    name of two words joins the same two words the other way round (``Matsuno Hirokazu``,
    ``Hirokazu Matsuno``), and a one-word key the only longer name starting or ending with
    it."""
    spelt: dict[str, str] = {}
    for key in keys:
        spelt.setdefault(_romanised(key), key)

    def same_name(key: str) -> str:
        romanised = _romanised(key)
        if (bare := _romanised(_without_initials(key))) in spelt:
            romanised = bare  # "Dmitri S. Peskov" is "Dmitry Peskov" when the corpus has it
        parts = romanised.split()
        if len(parts) == 2 and (turned := f"{parts[1]} {parts[0]}") in spelt:
            # "Matsuno Hirokazu" and "Hirokazu Matsuno": one name, family name first or last
            romanised = min(romanised, turned)
        return spelt[romanised]

    group = {key: same_name(key) for key in keys}
    by_edge: dict[str, set[str]] = defaultdict(set)
    for key in set(group.values()):
        parts = key.split()
        if len(parts) > 1:
            by_edge[parts[0]].add(key)
            by_edge[parts[-1]].add(key)
    for key in keys:
        fuller = by_edge.get(key, set())
        if " " not in key and len(fuller) == 1:
            group[key] = next(iter(fuller))
    return group


def refresh_speakers(corpus: Corpus) -> None:
    """Keep the stored speaker groups in line with the quotes and the user's alias files."""
    state = f"{corpus.store.generation()}:{aliases_state(corpus.base)}"
    if corpus.store.get_meta("speakers_state") == state:
        return
    groups = _group_speakers(corpus)
    with corpus.writing():
        corpus.store.replace_speakers(
            ((s.name, sorted(s.aliases), dict(s.quotes), s.stored) for s in groups), state
        )


def speakers(corpus: Corpus, where: ArticleFilter = EVERYTHING) -> list[Speaker]:
    """Every canonical speaker, most quoted first; with ``where``, those quoted in the articles
    it chooses, counting only those quotes."""
    refresh_speakers(corpus)
    rows = corpus.store.speaker_rows()
    stored = corpus.store.stored_names([name for name, _, _ in rows])
    found = [
        Speaker(name, set(stored.get(name, ())), set(aliases), Counter(counts))
        for name, aliases, counts in rows
    ]
    if where == EVERYTHING:
        return found  # the counts stored with the speaker groups
    chosen_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for name, kind, count in corpus.store.quote_kind_counts(where):
        chosen_counts[name][kind] += count
    for speaker in found:
        speaker.quotes = sum((chosen_counts[s] for s in speaker.stored), Counter())
    chosen = [s for s in found if s.quotes]
    return sorted(chosen, key=lambda s: (-s.quotes.total(), s.name))


@dataclass(frozen=True)
class FoundQuote:
    quote: Quote
    article: Article
    speaker: str | None  # canonical across the corpus
    matches: list[Match]


def find_quotes(
    corpus: Corpus,
    where: ArticleFilter,
    speaker: str | None = None,
    text: str | None = None,
    kind: str = "quotes",
    limit: int | None = None,
) -> Iterator[FoundQuote]:
    if kind not in KINDS:
        raise BadQuery(f"--kind must be one of {', '.join(KINDS)}")
    if limit is not None and limit < 1:
        raise BadQuery("--limit must be at least 1")
    refresh_speakers(corpus)
    chosen: list[str] | None = None
    if speaker is not None:
        if not speaker.strip():
            raise BadQuery("--speaker is empty")
        rows = corpus.store.speaker_rows()
        wanted = [name for name, aliases, _ in rows if speaker_matches(speaker, name, aliases)]
        if not wanted:
            raise NoSuchName(_no_one_called(speaker, [name for name, _, _ in rows]))
        chosen = [s for names in corpus.store.stored_names(wanted).values() for s in names]
    terms: list[QueryTerm] = parse_query(text).terms if text else []
    # checked above, before any output: the quotes themselves are read as they are written
    return _quotes(corpus, where, chosen, terms, kind, limit)


def _no_one_called(speaker: str, names: list[str]) -> str:
    hint = closest_hint(speaker, names)
    return f"no one quoted in this corpus answers to {speaker!r}{hint} (see `kp speakers`)"


def _quotes(
    corpus: Corpus,
    where: ArticleFilter,
    chosen: list[str] | None,
    terms: list[QueryTerm],
    kind: str,
    limit: int | None,
) -> Iterator[FoundQuote]:
    canonical: dict[str, str] = {}
    found = 0
    for quote, article in corpus.store.quotes(where, chosen, KINDS[kind]):
        matches = highlight(quote.text, terms) if terms else []
        if terms and not _covers(matches, terms):
            continue
        if quote.speaker and quote.speaker not in canonical:
            canonical.update(corpus.store.speaker_of([quote.speaker]))
        yield FoundQuote(quote, article, canonical.get(quote.speaker or "", quote.speaker), matches)
        found += 1
        if limit is not None and found >= limit:
            return


def _covers(matches: list[Match], terms: list[QueryTerm]) -> bool:
    wanted = {" ".join(t.tokens) for t in terms}
    return wanted <= {m.term for m in matches}
