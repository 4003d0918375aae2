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
    "mrt": 3,
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
    "nop": 11,
    "desember": 12,
    "december": 12,
    "des": 12,
    "dec": 12,
}
WEEKDAYS = {  # day names, Monday 0
    **dict.fromkeys(("senin", "monday"), 0),
    **dict.fromkeys(("selasa", "tuesday"), 1),
    **dict.fromkeys(("rabu", "wednesday"), 2),
    **dict.fromkeys(("kamis", "thursday"), 3),
    **dict.fromkeys(("jumat", "jum'at", "friday"), 4),
    **dict.fromkeys(("sabtu", "saturday"), 5),
    **dict.fromkeys(("minggu", "ahad", "sunday"), 6),
}
_DAY = f"(?:{'|'.join(WEEKDAYS)})"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# the end of a year, or a time glued to it as text copied from a page can have it:
# "September 12, 20233:47 PM" (Reuters' "2023" over "3:47 PM")
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d{2}\b))"
_DATE_RES = [
    re.compile(  # "Rabu, 13 September 2023", "3rd October, 2023", "14-Sep-2023"
        rf"\b(?:{_DAY}\s*,?\s*)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?P<mon>{_MONTH})\.?,?"
        rf"(?:\s+|-)(?P<y>\d{{4}}){_YEAR_END}",
        re.IGNORECASE,
    ),
    # "September 14, 2023", "Oct 3 2023", "October 3rd, 2023", and without spaces, as The
    # Hankyoreh prints it, "Sep.14,2023"
    re.compile(
        rf"\b(?P<mon>{_MONTH})(?:\.\s*|\s+)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)"
        rf"(?P<y>\d{{4}}){_YEAR_END}",
        re.IGNORECASE,
    ),
    re.compile(  # "Kamis (14/9/2023)", "14-09-2023", "14.09.2023"
        rf"(?:\b{_DAY}\s*,?\s*)?\(?\b(?P<d>\d{{1,2}})([/.-])(?P<m>\d{{1,2}})\2(?P<y>\d{{4}})\b\)?",
        re.IGNORECASE,
    ),
    # "2023-09-14", and as Korean sites print it, "2023.09.14 15:33"
    re.compile(r"\b(?P<y>\d{4})([-./])(?P<m>\d{2})\2(?P<d>\d{2})(?:\b|(?=T\d))"),
]


_DIGIT = re.compile(r"\d")
# a date outside these years is a placeholder (0001-01-01, 9999-12-31) or a slip, not a day
# a news article was written
PLAUSIBLE_YEARS = range(1900, 2101)


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every valid calendar date written in ``text``, with its span."""
    found: list[tuple[dt.date, int, int]] = []
    if not _DIGIT.search(text):
        return found  # every date form has digits: most paragraphs are done here
    taken = bytearray(len(text))  # 1 where an earlier form's date stands
    for pattern in _DATE_RES:
        for m in pattern.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            parts = m.groupdict()
            month = MONTHS[parts["mon"].casefold()] if parts.get("mon") else int(parts["m"])
            day_of_month = int(parts["d"])
            if month > 12 >= day_of_month and m.start("d") < m.start("m"):
                # 9/14/2023 can only be month first, as US sites write it
                month, day_of_month = day_of_month, month
            try:
                day = dt.date(int(parts["y"]), month, day_of_month)
            except ValueError:
                continue
            if day.year not in PLAUSIBLE_YEARS:
                continue
            found.append((day, m.start(), m.end()))
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _WEEKDAY_TWO_DIGIT_YEAR.finditer(text):
        fitting = None if any(taken[m.start() : m.end()]) else _on_its_weekday(m)
        if fitting:
            found.append((fitting, m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])


# "Rabu (13/9/23)": a year of two digits, read only when the weekday beside it fits the day
_WEEKDAY_TWO_DIGIT_YEAR = re.compile(
    rf"\b(?P<wd>{_DAY})\s*,?\s*\(?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<yy>\d{{2}})\b\)?",
    re.IGNORECASE,
)


def _on_its_weekday(m: re.Match[str]) -> dt.date | None:
    try:
        day = dt.date(2000 + int(m["yy"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return day if day.weekday() == WEEKDAYS[m["wd"].casefold()] else None


# the numeric forms a metadata value takes, year first or day first: 2023-09-14T10:00:00Z,
# 2023/09/14, 20230914, 14-09-2023, 14.09.2023
_YEAR_FIRST = re.compile(r"^\s*(?P<y>\d{4})([-/.]?)(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?:\b|(?=T))")
_DAY_FIRST = re.compile(r"^\s*(?P<d>\d{1,2})([-./])(?P<m>\d{1,2})\2(?P<y>\d{4}|\d{2})\b")
# a date as Chinese, Japanese and Korean sites write it: 2023年9月14日, 2023년 9월 14일
_CJK_DATE = re.compile(
    r"^\s*(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"
)
# a month's name with a two-digit year, as exports write it: 14-Sep-23
_NAMED_MONTH_SHORT_YEAR = re.compile(
    rf"^\s*(?P<d>\d{{1,2}})([-/ ])(?P<month>{_MONTH})\.?\2(?P<y>\d{{2}})\s*$", re.IGNORECASE
)


def _full_year(year: str) -> int:
    """A year; one of two digits in the 1970s to 2060s, as strptime's ``%y`` reads it."""
    number = int(year)
    if len(year) > 2:
        return number
    return number + (1900 if number >= 69 else 2000)


EPOCH_DIGITS = range(9, 14)  # a Unix timestamp in seconds or milliseconds, as text
EPOCH_MILLISECONDS_FROM = 100_000_000_000  # a larger timestamp counts milliseconds
# a day or a moment written without separators, as data exports write it: 20230913,
# 20230913150000, 20230913T150000Z (GDELT's)
_COMPACT_DATE = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T?\d{6}(?:Z|[+-]\d{4})?)?")


def from_timestamp(value: float) -> str | None:
    """The UTC day of a Unix timestamp in seconds, or in milliseconds when it is that large."""
    seconds = value / 1000 if value >= EPOCH_MILLISECONDS_FROM else value
    try:
        day = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None
    # 0, the epoch itself, is what an unset timestamp reads as
    return day.isoformat() if seconds > 0 and day.year in PLAUSIBLE_YEARS else None


def normalize_date(value: str) -> str | None:
    """An ISO day from a metadata value (``2023-09-14T10:00:00Z``, ``2023/09/14``,
    ``14 September 2023``, ``Tue, 03 Oct 2023 10:00:00 GMT``, ``1694649600``,
    ``20230913150000``, ``20230913T150000Z`` ...)."""
    stripped = value.strip()
    if stripped.isdigit() and len(stripped) in EPOCH_DIGITS:
        return from_timestamp(int(stripped))
    if compact := _COMPACT_DATE.fullmatch(stripped):
        try:
            day = dt.date(int(compact["y"]), int(compact["m"]), int(compact["d"]))
        except ValueError:
            return None
        return day.isoformat() if day.year in PLAUSIBLE_YEARS else None
    year_first = _YEAR_FIRST.match(value) or _CJK_DATE.match(value)
    numeric = year_first or _DAY_FIRST.match(value)
    named = None if numeric else _NAMED_MONTH_SHORT_YEAR.match(value)
    if named:
        numeric = named
    if numeric:
        year, day_of_month = _full_year(numeric["y"]), int(numeric["d"])
        month = MONTHS[numeric["month"].casefold()] if named else int(numeric["m"])
        if not year_first and month > 12 >= day_of_month:
            # 09/14/2023 can only be month first, as US exports write it
            month, day_of_month = day_of_month, month
        try:
            day = dt.date(year, month, day_of_month)
        except ValueError:
            return None
        return day.isoformat() if day.year in PLAUSIBLE_YEARS else None
    found = find_dates(value)
    return found[0][0].isoformat() if found else None


MAX_DATE_LINE_CHARS = 120  # (with the day it was updated: "Posted on : … Modified on : …")
# what stands between the day a story was published and the day it was updated, on one line
_UPDATED = re.compile(
    r"[^\n]{0,30}?\b(?:modified|updated|update|diperbarui|diperbaharui)\b\s*(?:on|pada)?\s*:?\s*",
    re.IGNORECASE,
)
# what stands before the day a story was published, after the day it was updated
_PUBLISHED = re.compile(
    r"[^\n]{0,30}?\b(?:published|posted|dipublikasikan|diterbitkan|terbit|tayang)\b\s*"
    r"(?:on|pada)?\s*:?\s*",
    re.IGNORECASE,
)
MAX_DATE_LINE_WORDS = 3
# what a date line holds besides its date: weekday, time, zone, "Diperbarui", separators
_DATE_LINE_FILLER = re.compile(
    # a zone's offset glued to the next word, as copied from a page: "GMT+7Updated"
    r"\b(?:gmt|utc)[+-]\d{1,2}(?=[a-z])|"
    rf"\b(?:{_DAY}|pukul|jam|wib|wita|wit|diperbarui|dipublikasikan|diterbitkan|terbit|"
    r"published|updated|posted|on|at|pada|am|pm|edt|est|bst|cest|cet|kst|jst|msk|sgt|hkt|"
    r"(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d{2})?)?|"
    # the reading time some sites print with the date: "waktu baca 3 menit", "5 min read"
    r"waktu\s+baca\s*:?\s*\d+\s*menit|\d+\s*(?:menit\s+baca|min(?:ute)?s?\s+read)|"
    # how often it was read: "Dilihat: 1.234 kali", "Dibaca 567x", "1,234 views"
    r"(?:dilihat|dibaca)\s*:?\s*[\d.,]+\s*(?:kali|x)?|[\d.,]+\s+views|"
    # how long ago it was updated: "Updated a year ago", "Diperbarui 2 jam lalu"
    r"(?:an?|\d+)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|"
    r"\d+\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu)\b|"
    # a time of four digits before its zone, as CNN printed it: "Updated 0512 GMT (1312 HKT)"
    r"\b\d{4}(?=\s*(?:gmt|utc|hkt|et|edt|est|bst|kst|jst|sgt)\b)|"
    # a time, "8:05pm" and "8:05 p.m." too, and "@", as blogs print "September 13, 2023 @ 8:05 pm"
    r"T?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}|\s*[ap]\.?m\b\.?)?|"
    r"\d{1,2}\s*[ap]\.?m\b\.?|"
    r"[\s,|·•●/()+:@–—-]+",
    re.IGNORECASE,
)


def date_line(text: str, max_words: int = MAX_DATE_LINE_WORDS) -> tuple[dt.date, str] | None:
    """(date, the words besides it) for a line that is a date and at most ``max_words`` words:
    ``Kamis, 05 Okt 2023 10:15 WIB`` (no words), ``Kompas.com - 04/10/2023, 14:20 WIB``
    (Kompas.com)."""
    if len(text) > MAX_DATE_LINE_CHARS:
        return None
    found = find_dates(text)
    if len(found) == 2 and _UPDATED.fullmatch(text, found[0][2], found[1][1]):
        # "Posted on : Sep.14,2023 16:45 KST Modified on : Sep.15,2023 09:00 KST": when it
        # was published, and when changed
        day, start, _ = found[0]
        end = found[1][2]
    elif (
        len(found) == 2
        and _UPDATED.match(text, 0, found[0][1])
        and _PUBLISHED.fullmatch(text, found[0][2], found[1][1])
    ):
        # the other way round: "Updated: September 14, 2023 | Published: September 13, 2023"
        day, start, end = found[1][0], found[0][1], found[1][2]
    elif len(found) == 1:
        day, start, end = found[0]
    else:
        return None
    rest = _DATE_LINE_FILLER.sub(" ", f"{text[:start]} {text[end:]}").split()
    return (day, " ".join(rest)) if len(rest) <= max_words else None


_WEEKDAY_DAY_MONTH = re.compile(
    rf"\b(?P<wd>{_DAY})\s*,?\s*\(\s*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})\s*\)|"
    # in English: "Tuesday (Sep 12)", "Tuesday, Sept. 12"
    rf"\b(?P<en_wd>{_DAY})\s*,?\s*\(?\s*(?P<mon>{_MONTH})\.?\s+(?P<en_d>\d{{1,2}})\b(?!,?\s+\d{{4}})",
    re.IGNORECASE,
)
# a month and day alone, as an English dateline gives them ("SEOUL, Sept 12 (Reuters) -"),
# dated by the one weekday its paragraph names ("… arrived on Tuesday")
_MONTH_DAY = re.compile(
    rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})\b(?!,?\s+\d{{4}})", re.IGNORECASE
)
_WEEKDAY = re.compile(rf"\b{_DAY}\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _in_one_year(years: set[int], month: int, day: int, weekday: str) -> dt.date | None:
    """The day of that month that falls on that weekday in exactly one of the years."""
    matching = set()
    for year in years:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == WEEKDAYS[weekday.casefold()]:
            matching.add(candidate)
    return matching.pop() if len(matching) == 1 else None


def dates_without_year(texts: list[str]) -> list[dt.date]:
    """``Kamis (5/10)``, as CNN Indonesia writes, ``Tuesday (Sep 12)``, as CNA does, or a
    dateline's ``Sept 12`` in a paragraph naming one weekday, dated with a year the texts
    mention: the one year, of those, in which that day falls on that weekday. Nothing when
    none or several do."""
    years = {int(y) for text in texts for y in _YEAR.findall(text)}
    found = []
    for text in texts:
        for m in _WEEKDAY_DAY_MONTH.finditer(text):
            if m["wd"]:
                day = _in_one_year(years, int(m["m"]), int(m["d"]), m["wd"])
            else:
                day = _in_one_year(years, MONTHS[m["mon"].casefold()], int(m["en_d"]), m["en_wd"])
            if day:
                found.append(day)
        weekdays = {w.casefold() for w in _WEEKDAY.findall(text)}
        month_day = _MONTH_DAY.search(text) if not found and len(weekdays) == 1 else None
        if month_day:
            month = MONTHS[month_day["mon"].casefold()]
            day = _in_one_year(years, month, int(month_day["d"]), weekdays.pop())
            if day:
                found.append(day)
    return found


# a date in a web address or a file's path, year first, its parts set off alike or run together:
# "…/read/2023/09/14/10151931/…", "2023-09-14-putin.txt", "20230914_putin.txt"
# (set off from letters too: a hash in a file's name, "a20230914b", holds no date)
_DATE_IN_ADDRESS = re.compile(
    r"(?<![0-9A-Za-z])(?P<y>(?:19|20)\d{2})(?:(?P<sep>[/_.-])(?P<m>\d{1,2})(?P=sep)"
    r"(?P<d>\d{1,2})|(?P<mm>\d{2})(?P<dd>\d{2}))(?![0-9A-Za-z])"
)


# a dateline's day without its year, day first: "VLADIVOSTOK, 13 Sept (Bernama) --"
_DAY_MONTH = re.compile(
    rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\b\.?(?!,?\s+\d{{4}})", re.IGNORECASE
)
# a year a path files its articles under: a folder, or a part of a name ("tass/2023/…")
_YEAR_IN_PATH = re.compile(r"(?<![0-9A-Za-z])(?:19|20)\d{2}(?![0-9A-Za-z])")


def dated_by_the_path(lead: str, path: str) -> dt.date | None:
    """A dateline's day without its year ("September 13. /TASS/.", "13 Sept (Bernama)") in
    the one year the file's path names, as an archive filed by year does ("tass/2023/…");
    None when the path names no year, or several."""
    years = set(_YEAR_IN_PATH.findall(path))
    month_day = (_MONTH_DAY.search(lead) or _DAY_MONTH.search(lead)) if len(years) == 1 else None
    if month_day is None:
        return None
    try:
        return dt.date(int(years.pop()), MONTHS[month_day["mon"].casefold()], int(month_day["d"]))
    except (KeyError, ValueError):
        return None


def weekday_dated_by_the_path(texts: list[str], path: str) -> dt.date | None:
    """A day written with its weekday and without its year (``Kamis (14/9)``), dated in a
    year the file's path names when that day falls on that weekday in it (see
    dates_without_year; the years the text names are tried first, by the caller)."""
    years = _YEAR_IN_PATH.findall(path)
    days = dates_without_year([*texts, " ".join(years)]) if years else []
    return max(days) if days else None


def date_in_address(address: str) -> dt.date | None:
    """The first calendar date a URL or a path holds, as sites and scrapers put the day of
    publication in them; None when it holds none."""
    for m in _DATE_IN_ADDRESS.finditer(address):
        month, day = (m["m"], m["d"]) if m["sep"] else (m["mm"], m["dd"])
        try:
            return dt.date(int(m["y"]), int(month), int(day))
        except ValueError:
            continue
    return None
