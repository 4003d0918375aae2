"""Write a synthetic news corpus that looks like Indonesian web news to kp.

Words come from an Indonesian-like vocabulary (roots with real prefixes and suffixes, so the
stemmer has work to do) drawn with Zipf frequencies; articles have a headline, a dateline of
one of twenty outlets, a date, 10 to 30 paragraphs, and direct and reported quotes by a few
hundred named speakers. Deterministic for a given seed.

    python benchmarks/generate.py --paragraphs 1000000 --out benchmarks/data/1m
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
from pathlib import Path

OUTLETS = [
    "KOMPAS.com",
    "TEMPO.CO",
    "Liputan6.com",
    "detikNews",
    "CNN Indonesia",
    "IDN Times",
    "Tribunnews.com",
    "ANTARA",
    "Republika.co.id",
    "Okezone",
    "Suara.com",
    "Bisnis.com",
    "Kontan.co.id",
    "Katadata",
    "Jabar Ekspres",
    "Merdeka.com",
    "Sindonews",
    "Viva.co.id",
    "Jawa Pos",
    "Media Indonesia",
]
CONSONANTS = "bcdghjklmnprstwy"
VOWELS = "aiueo"
PREFIXES = ["", "", "", "me", "mem", "men", "meng", "ber", "di", "ter", "ke", "pe", "pen"]
SUFFIXES = ["", "", "", "", "kan", "an", "nya", "i", "lah"]
FUNCTION_WORDS = [
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "ini",
    "itu",
    "pada",
    "akan",
    "tidak",
    "dalam",
    "kepada",
    "tersebut",
    "juga",
    "bahwa",
    "sudah",
]
CUES = ["kata", "ujar", "ucap", "tutur", "jelas", "tegas"]


def _root(rng: random.Random) -> str:
    return "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randint(2, 3)))


def vocabulary(rng: random.Random, size: int) -> list[str]:
    roots = list(dict.fromkeys(_root(rng) for _ in range(size // 3)))
    words = FUNCTION_WORDS + [
        rng.choice(PREFIXES) + root + rng.choice(SUFFIXES) for root in roots for _ in range(3)
    ]
    return list(dict.fromkeys(words))[:size]


def names(rng: random.Random, count: int) -> list[str]:
    return [f"{_root(rng).capitalize()} {_root(rng).capitalize()}" for _ in range(count)]


class Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng, 60_000)
        self.cum = list(
            itertools.accumulate(1 / (rank + 1) ** 1.07 for rank in range(len(self.words)))
        )
        self.people = names(self.rng, 400)

    def sentence(self, low: int = 8, high: int = 20) -> str:
        picked = self.rng.choices(self.words, cum_weights=self.cum, k=self.rng.randint(low, high))
        return " ".join(picked).capitalize() + "."

    def paragraph(self) -> str:
        roll = self.rng.random()
        speaker = self.rng.choice(self.people)
        if roll < 0.12:
            said = self.sentence()[:-1]
            return f"“{said},” {self.rng.choice(CUES)} {speaker}."
        if roll < 0.18:
            return f"{speaker} mengatakan, “{self.sentence()}”"
        if roll < 0.25:
            return f"{speaker} mengatakan {self.sentence()[0].lower()}{self.sentence()[1:]}"
        return " ".join(self.sentence() for _ in range(self.rng.randint(1, 3)))

    def article(self, number: int) -> str:
        rng = self.rng
        outlet = rng.choice(OUTLETS)
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(730))
        title = self.sentence(4, 9)[:-1]
        lead = f"JAKARTA, {outlet} - {self.sentence()} Hal itu terjadi pada {day:%d/%m/%Y}."
        body = [self.paragraph() for _ in range(rng.randint(9, 29))]
        return "\n\n".join([title, lead, *body]) + "\n"


def generate(out: Path, paragraphs: int, seed: int = 7) -> int:
    """Write articles until about ``paragraphs`` paragraphs; returns the number of articles."""
    writer = Writer(seed)
    written = count = 0
    while written < paragraphs:
        folder = out / f"{count // 1000:04d}"
        if count % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        text = writer.article(count)
        (folder / f"article-{count:07d}.txt").write_text(text, encoding="utf-8")
        written += text.count("\n\n") - 1  # the title is not a content paragraph
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    articles = generate(args.out, args.paragraphs, args.seed)
    print(f"{articles} articles, about {args.paragraphs} paragraphs, in {args.out}")


if __name__ == "__main__":
    main()
