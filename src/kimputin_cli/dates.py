"""Dates as Indonesian and English news write them: ``Kamis (14/9/2023)``, ``Rabu, 13 September
2023``, ``14 Sept 2023``, ``September 14, 2023``, ``2023-09-14``."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "januari": 1,
    "january": 1,
    "jan": 1,
    "februari": 2,
    "february": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "maret": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "agustus": 8,
    "august": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "desember": 12,
    "december": 12,
    "des": 12,
    "dec": 12,
}
_DAY = (
    r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_RES = [
    re.compile(
        rf"\b(?:{_DAY}\s*,?\s*)?(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\.?\s+(?P<y>\d{{4}})\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),\s*(?P<y>\d{{4}})\b", re.IGNORECASE),
    re.compile(
        rf"(?:\b{_DAY}\s*,?\s*)?\(?\b(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})\b\)?",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:\b|(?=T\d))"),
]


_DIGIT = re.compile(r"\d")


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every valid calendar date written in ``text``, with its span."""
    found: list[tuple[dt.date, int, int]] = []
    taken: list[tuple[int, int]] = []
    if not _DIGIT.search(text):
        return found  # every date form has digits: most paragraphs are done here
    for pattern in _DATE_RES:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            parts = m.groupdict()
            month = MONTHS[parts["mon"].casefold()] if parts.get("mon") else int(parts["m"])
            try:
                day = dt.date(int(parts["y"]), month, int(parts["d"]))
            except ValueError:
                continue
            found.append((day, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])


_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def normalize_date(value: str) -> str | None:
    """An ISO day from a metadata value (``2023-09-14T10:00:00Z``, ``14 September 2023`` ...)."""
    iso = _ISO_PREFIX.match(value)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        except ValueError:
            return None
    found = find_dates(value)
    return found[0][0].isoformat() if found else None


MAX_DATE_LINE_CHARS = 80
MAX_DATE_LINE_WORDS = 3
# what a date line holds besides its date: weekday, time, zone, "Diperbarui", separators
_DATE_LINE_FILLER = re.compile(
    rf"\b(?:{_DAY}|pukul|jam|wib|wita|wit|diperbarui|dipublikasikan|diterbitkan|terbit|"
    r"published|updated|posted|on|at|pada|am|pm|(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d{2})?)?)\b|"
    r"T?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?|[\s,|·•/()+:–—-]+",
    re.IGNORECASE,
)


def date_line(text: str) -> tuple[dt.date, str] | None:
    """(date, the words besides it) for a line that is a date and at most a few words: ``Kamis,
    05 Okt 2023 10:15 WIB`` (no words), ``Kompas.com - 04/10/2023, 14:20 WIB`` (Kompas.com)."""
    if len(text) > MAX_DATE_LINE_CHARS:
        return None
    found = find_dates(text)
    if len(found) != 1:
        return None
    day, start, end = found[0]
    rest = _DATE_LINE_FILLER.sub(" ", f"{text[:start]} {text[end:]}").split()
    return (day, " ".join(rest)) if len(rest) <= MAX_DATE_LINE_WORDS else None
