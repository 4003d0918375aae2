"""Article metadata inferred from the text: outlet, title, date, byline, editor and cited sources.

Every value records where it came from (``field_sources``) so a user can tell a dateline fact
from an inference. Metadata the user gives (sidecar files, catalogs, JSON fields) wins.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from itertools import pairwise

from kimputin_cli.cleaning import (
    CREDIT_QUALIFIERS,
    FOR_OUTLET,
    STAFF_ROLE,
    WRITERS_IN_PLACES,
    byline_with_outlet,
    classify,
    dated_credit,
    dateline_lead,
    publication_line_date,
    signing_outlet,
)
from kimputin_cli.dates import (
    MONTHS,
    WEEKDAYS,
    date_in_address,
    date_line,
    dated_by_the_path,
    dates_without_year,
    find_dates,
    normalize_date,
    weekday_dated_by_the_path,
)
from kimputin_cli.models import ARTICLE_ID_HASH_CHARS, Article, Block
from kimputin_cli.outlets import (
    AGENCY_QUALIFIERS,
    OUTLET_KINDS,
    WEB_DOMAIN_ENDINGS,
    display_name,
    is_known_media,
    is_web_address,
    known_media_in,
    same_outlet,
    site_of_url,
    slugify,
)
from kimputin_cli.places import REGION_KINDS, is_country, is_place
from kimputin_cli.reader import SourceDoc
from kimputin_cli.speakers import is_degree, only_places
from kimputin_cli.textnorm import CAPITALISED_WORD, WORD_RE

_REPORTING_CUE = re.compile(
    r"\b(melaporkan|dilaporkan|laporkan|dikutip|mengutip|dilansir|melansir|diakses|dirilis|"
    r"diterbitkan|terbit|reported|published)\b[^.]{0,40}$",
    re.IGNORECASE,
)
# (and a dash before the date: "Oleh Reuters - September 14, 2023 @ 9:15am")
_CREDIT_SEPARATORS = re.compile(r"\s*[|/,;&()]\s*|\s+(?i:and|dan)\s+|\s+[-–—]\s+")
# a photo's credit names who took the picture, not a source of the story: "Foto: REUTERS/…"
_PHOTO_LABEL = re.compile(r"^\(?(?:foto|photo|fotografer)\s*:", re.IGNORECASE)
# the labels of a writer's credit: "Penulis:", "Oleh", "By", "Additional reporting by"
_WRITER_LABELS = (
    r"penulis|reporter|pewarta|writer|author|oleh|by|(?:additional\s+)?reporting\s+by|"
    r"wartawan|jurnalis|kontributor|laporan|teks|(?:written|words|story)\s+by"
)
# one person who wrote and edited the story: "Penulis & Editor: Budi", "Reporter dan Editor: Budi"
_WRITER_AND_EDITOR = re.compile(
    r"^(?i:penulis|reporter|pewarta)\s*(?:&|dan)\s*(?i:editor|penyunting)\s*:\s*(?P<name>[^;|/]+?)$"
)
# what a credit line says around the sources it names: "Source: …", "Reporter : Antara",
# "Additional reporting by …", "By Reuters", "… contributed to this report"
_SOURCE_LABEL = re.compile(rf"^(?:sumber|source|{_WRITER_LABELS})\b\s*:?\s*", re.IGNORECASE)
_CONTRIBUTED = re.compile(r"\s+contributed\b.*$", re.DOTALL)
_CUE_REACH = 80  # a cue word, up to 40 characters and the date: nothing further back counts
_SENTENCE_END = re.compile(r"\s*(?:\.|\Z)")
# a source's name: capitalised words, and particles before one ("Voice of America"; not the
# "de" of "dengan")
_NAME = rf"{CAPITALISED_WORD}(?:\s+(?:{CAPITALISED_WORD}|(?:of|de|al)(?=\s+[A-Z])))*"
# the words for a kind of outlet between a relay's cue or country and its name: "state news
# agency TASS", "Russian state media outlet RIA Novosti"
_OUTLET_KIND_WORDS = "news|media|outlet|agency|newspaper|broadcaster"
_STRONG_CITE = re.compile(
    # "dikutip Pikiran-Rakyat.com dari Reuters": the outlet that quotes it, then where from
    r"\b(?i:(?:dikutip|dilansir|melansir)\s+(?:[\w.-]+\s+(?=dari\s))?(?:dari\s+)?"
    # "dikutip dari laman resmi Kremlin": the site is the body's own
    r"(?:(?:laman|situs|website|akun)(?:\s+(?:resmi|web))*\s+(?=[A-Z]))?|"
    # what a body's own site put out: "seperti dirilis laman resmi Kremlin"
    r"(?:dirilis|dimuat|diunggah|dipublikasikan)\s+(?:di\s+)?(?:laman|situs|website|akun)"
    r"(?:\s+(?:resmi|web))*\s+(?=[A-Z])|"
    r"dilaporkan\s+oleh\s+|mengutip\s+|sumber\s*:\s*|(?:kantor|agensi)\s+berita\s+(?:(?:negara|pemerintah|resmi|milik"
    r"\s+negara)\s+)?|citing\s+(?:the\s+)?|(?:reported|quoted(?:\s+as\s+saying)?)\s+by\s+(?:the\s+)?"
    rf"(?:(?:{AGENCY_QUALIFIERS})\s+)?"
    # "quoted as saying by state news agency TASS" (not the "Media" of Media Indonesia)
    rf"(?-i:(?:(?:{_OUTLET_KIND_WORDS})\s+)*))"
    rf"(?P<name>{_NAME})"
)
# an agency the text says is one, listed or not: "told the RIA news agency" (in lower case: the
# "Korean Central News Agency" is a name of its own, cited as KCNA)
_NAMED_AS_AGENCY = re.compile(rf"(?P<name>{_NAME})\s+news\s+(?:agency|service)\b")
# a block without one of these words has no strong citation: one scan rules it out
_STRONG_CUE = re.compile(
    "dikutip|dilansir|dilaporkan|mengutip|melansir|sumber|kantor berita|agensi berita|citing| by |"
    "dirilis|dimuat|diunggah|dipublikasikan"
)
# (the lookahead on the cues' first letters lets most words fail before the alternatives)
_WEAK_CITE = re.compile(
    rf"\b(?=[kmtlshoprDdWwAaTIi])(?:kata|tulis|ditulis(?:\s+oleh)?|menurut|lapor(?:an)?|situs|laman|harian|"
    # a broadcaster, a magazine or a portal by its kind: "seperti disiarkan stasiun televisi
    # KCTV", "menurut siaran RIA Novosti", "majalah Time", "portal berita Suara.com"
    rf"(?:stasiun\s+)?(?:televisi|TV|radio)|siaran|majalah|portal(?:\s+berita)?|"
    # a statement's, in Malay too: "menurut kenyataan KCNA"
    rf"kenyataan|"
    rf"surat\s+kabar|kepada|oleh|media(?:\s+(?:pemerintah|resmi|milik\s+negara|negara))?|"
    rf"[Dd]i(?:laporkan|beritakan|siarkan|wartakan|tayangkan|kabarkan|muat)|[Ww]awancara\s+dengan|"
    # "according to a report by Nikkei Asia"
    rf"[Aa]ccording\s+to\s+(?:(?:an?|the)\s+)?reports?\s+(?:by|from|in)(?:\s+the)?|"
    rf"(?:[Aa]ccording\s+to|[Tt]old|[Ii]nterview\s+with)(?:\s+(?:the|a|an))?"
    # "according to state news agency TASS", "told state broadcaster KBS"
    rf"(?:\s+(?:{AGENCY_QUALIFIERS}|{_OUTLET_KIND_WORDS}))*)\s+(?P<name>{_NAME})"
)
# a known outlet as the subject of a reporting verb: "Al Jazeera melaporkan", "The Wall Street
# Journal reported", "South Korea's Yonhap news agency said". The name is looked for in a short
# stretch before each verb, so a run of capitalised words costs no more than its length.
_REPORTING_VERB = re.compile(
    r"\s(?:melaporkan|memberitakan|menyiarkan|reported|reports|said|says|quoted)\b"
)
_OUTLET_BEFORE_VERB = re.compile(
    rf"(?P<name>{_NAME})(?:\s+(?:{OUTLET_KINDS}))?"
    # its short form: "the Korean Central News Agency (KCNA) said"
    r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?"
    # "Russian news agency Interfax, citing a Kremlin source, said", "NK News, a Seoul-based
    # monitoring service, said"
    r"(?:,\s+(?:citing|quoting|mengutip|an?|the|sebuah)\s+[^,]{1,60},)?"
    # its report said so: "A KCNA report said", "Laporan KCNA menyebut" is KCNA's
    r"(?:\s+(?:report|statement|dispatch|commentary))?"
    # "The Wall Street Journal first reported", "Yonhap juga melaporkan"
    r"(?:\s+(?:first|also|earlier|later|previously|had|has|juga|sebelumnya|pertama\s+kali))*$"
)
OUTLET_NAME_REACH = 120
_OUTLET_AND = re.compile(rf"(?P<name>{_NAME})(?:\s+(?:{OUTLET_KINDS}))?,?\s+(?:and|dan|serta)\s+$")
_PUBLISHED_AT = re.compile(
    r"\b(?i:(?:tulisan|artikel|berita) ini (?:telah )?(?:tayang|terbit|dimuat) (?:di|pada) |"
    # a story republished: "This article was originally published on The Conversation."
    r"this (?:article|story) (?:was|is|has been) (?:originally |first )?(?:re)?published "
    r"(?:on|in|by|from) )(?:the )?"
    r"(?P<site>[\w.-]+\.\w+|" + _NAME + r")(?:\s+(?i:oleh)\s+(?P<by>" + _NAME + r"))?"
)


def _is_day_word(word: str) -> bool:
    """A month's or a weekday's name: "Sept", "September", "Rabu", "Monday"."""
    folded = word.casefold()
    return folded in MONTHS or folded in WEEKDAYS


def _names_a_day(name: str) -> bool:
    """A month or a weekday, as a date after "published on" opens: "Sept", "Monday"."""
    return _is_day_word(name.split()[0].rstrip("."))


# where a report says its information came from: "Sebagian informasi dalam laporan ini berasal
# dari Reuters dan Associated Press", "Some information for this report came from AP"
_INFORMATION_FROM = re.compile(
    r"\b(?i:informasi|information|material|bahan)\b[^.]{0,60}?\b"
    r"(?i:berasal\s+dari|diambil\s+dari|dihimpun\s+dari|came\s+from|comes\s+from|was\s+drawn\s+from)"
    r"\s+(?P<names>[^.]{2,120})"
)
# credits share a line as "Penulis : A | Editor : B" or "Rep: A/ Red: B" (Republika's short
# forms), so a name ends at any of those separators, or where the next credit's label starts
# on a line whose breaks were lost ("Pewarta: A Editor: B COPYRIGHT © ANTARA 2023", from <br>s
# read as spaces)
_CREDIT_END = (
    r"(?=\s+(?i:editor|penyunting|redaktur|pewarta|penulis)\s*:|\s+(?i:copyright)\b|\s*©|"
    # the writer's address: "By Ji Da-gyum (dagyumji@heraldcorp.com)", "BY SARAH KIM
    # [kim.sarah@joongang.co.kr]"
    r"\s*[(\[]\S+@\S+[)\]]|"
    r"\s*[;|/]|\s+[-–—·•]\s|\s*\*+$|$)"  # "Oleh: Tim Riset Tirto - 14 September 2023"
)
_BYLINE = re.compile(
    # (not who added to the reporting: "Additional reporting by Christian Davies in Seoul")
    # ("Kontributor Bandung, Agie Permadi": where the contributor writes from, then the name)
    rf"^\(?(?!(?i:additional)\s)(?:kontributor\s+[A-Z][^,:]{{1,30}},|"
    r"laporan\s+(?:wartawan|reporter|koresponden)\s+[^,]+,|"
    rf"(?:{_WRITER_LABELS})\b(?:\s+(?:{CREDIT_QUALIFIERS})\b)?|rep\b(?=\s*:))\s*:?\s*"
    rf"(?P<name>[^;|/]+?){_CREDIT_END}",
    re.IGNORECASE,
)
_EDITOR = re.compile(
    r"(?:^|[|/;]\s*)(?:(?i:editor|penyunting|redaktur|red)\s*:\s*|Editor(?=[A-Z])|"
    r"(?<=\|\s)(?i:editor|penyunting)\s+(?=[A-Z]))"  # "Penulis A | Editor B"
    rf"(?P<name>[^;|/]+?){_CREDIT_END}|"
    # "(Reporting by A; Editing by B)", "Translated by A. Edited by B."
    r"\b(?i:editing|edited)\s+by\s+(?P<editing>[^;)]+?)(?=\.?\s*$|[;)]|\.\s+[A-Z]\w+\s+by\b)"
)
# the editor right after a byline on one line: "Pewarta: A Editor: B" (not "Pilihan Editor: …",
# a link to another story)
_EDITOR_AFTER_BYLINE = re.compile(
    rf"\s+(?i:editor|penyunting|redaktur)\s*:\s*(?P<name>[^;|/]+?){_CREDIT_END}"
)
_STOP_NAMES = frozenset({"Rusia", "Korea", "Amerika", "Indonesia", "China", "Cina", "Barat", "AS"})


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    basis: str  # "dateline", "stated" or "inferred"


def _is_stated(text: str, start: int, end: int) -> bool:
    """A date given as the report's own date: after a reporting cue, or a sentence by itself.
    Only the text near the date is looked at: a paragraph of many dates costs no more than
    its length."""
    before = text[max(0, start - _CUE_REACH) : start]
    if _REPORTING_CUE.search(before):
        return True
    lead = before.rstrip()
    sentence_start = lead.endswith((".", "!", "?")) or not (lead or text[:start].strip())
    return sentence_start and _SENTENCE_END.match(text, end) is not None


_HEADER_LINE_KINDS = frozenset({"preamble", "heading"})


def _header(blocks: list[Block], below_standfirst: bool = False) -> list[Block]:
    """The blocks above the story, but the headline: those before the first content
    paragraph, and with ``below_standfirst`` the header lines between it and the second (a
    standfirst can come first: ``Published On 13 Sep 2023`` follows it on Al Jazeera's pages)."""
    header = []
    content_seen = 0
    for block in blocks:
        if block.kind == "content":
            content_seen += 1
            if content_seen == (2 if below_standfirst else 1):
                break
        elif block.kind != "title" and (not content_seen or block.kind in _HEADER_LINE_KINDS):
            header.append(block)
    return header


# words a byline holds besides the writer's name: "Rahman Asmardika, Jurnalis · Kamis 14
# September 2023 06:30 WIB", "Oleh: Tim Redaksi | 14/09/2023"
_BYLINE_WORDS = frozenset(
    """oleh by penulis reporter jurnalis wartawan pewarta kontributor editor redaksi tim
    admin""".split()
)
MAX_BYLINE_WORDS = 6


def _header_line_date(text: str) -> dt.date | None:
    """The date of a line above the story that gives the publication date, alone, with the
    outlet, or with a byline (or in one of the parts a line of several sets off with ``|``:
    "Tim detikcom - detikNews | Kamis, 14 Sep 2023 10:15 WIB")."""
    for part in (text, *_HEADER_FIELDS.split(text)) if " | " in text else (text,):
        day = publication_line_date(part)  # "Kamis, 05 Okt 2023 10:15 WIB"
        if day:
            return day
        found = date_line(part, MAX_BYLINE_WORDS)
        if found is None:
            continue
        words = found[1].split()
        if all(w[:1].isupper() or w.casefold() in _BYLINE_WORDS for w in words):
            return found[0]
    return None


_HEADER_FIELDS = re.compile(r"\s+\|\s+")


# a date line that says when the story was changed, not published: "Updated 15 September 2023",
# "Diperbarui: …", "Update: …", "Last modified …"
_UPDATED = re.compile(
    r"^\W*(?i:updated?|diperbarui|diperbaharui|pembaruan|last\s+(?:updated|modified)|modified)\b"
)


# what sets a date off at the end of a title: "Department Press Briefing – September 13, 2023"
_TITLE_DATE_MARKS = ("–", "—", "-", "|", ",", ":")


def _title_date(title: str) -> dt.date | None:
    """The date a title ends with, set off from its words, as press releases and briefing
    transcripts date themselves."""
    found = find_dates(title)
    if not found:
        return None
    day, start, end = found[-1]
    before = title[:start].rstrip()
    return day if not title[end:].strip(" .)") and before.endswith(_TITLE_DATE_MARKS) else None


def publication_date(blocks: list[Block], lead: str | None) -> FoundDate | None:
    if lead:
        in_lead = find_dates(lead)
        if in_lead:
            return FoundDate(in_lead[-1][0], "dateline")
    updated: dt.date | None = None
    for block in _header(blocks, below_standfirst=True):
        day = _header_line_date(block.text)
        if day and _UPDATED.match(block.text):
            updated = updated or day  # a publication date below it wins: "Published …"
        elif day:
            return FoundDate(day, "dateline")
    if updated:
        return FoundDate(updated, "dateline")
    dated_title = next((_title_date(b.text) for b in blocks if b.kind == "title"), None)
    if dated_title:
        return FoundDate(dated_title, "dateline")
    stated: list[dt.date] = []
    mentioned: list[dt.date] = []
    in_first: list[dt.date] = []  # the dates of the first paragraph naming one: the news peg
    for block in blocks:
        if block.kind != "content":
            continue
        for day, start, end in find_dates(block.text):
            mentioned.append(day)
            if _is_stated(block.text, start, end):
                stated.append(day)
        if not in_first:
            in_first = mentioned[:]
    if stated:
        return FoundDate(max(stated), "stated")
    if mentioned:
        # a later paragraph may name a date still to come ("pemilu 14 Februari 2024")
        return FoundDate(max(in_first), "inferred")
    partial = dates_without_year([b.text for b in blocks if b.kind != "footer"])
    return FoundDate(max(partial), "inferred") if partial else None


_DOMAIN_WORD = re.compile(rf"[\w.-]*\w\.(?:{WEB_DOMAIN_ENDINGS})(?:\.\w{{2,3}})?\b", re.IGNORECASE)


# the agency in a dateline's brackets, and the one it took the story from, as Bernama and
# Xinhua pair them: "BEIJING, Sept. 13 (Xinhua) --", "VLADIVOSTOK, 13 Sept (Bernama-Reuters) --"
_BRACKETED_AGENCIES = re.compile(
    r"\((?P<first>[A-Za-z][\w. ]+?)(?:\s*[-/]\s*(?P<from>[A-Za-z][\w. ]+?))?\)"
)


def _agency_taken_from(lead: str | None) -> str | None:
    """The known agency a dateline says its story was taken from: Reuters, of
    "(Bernama-Reuters)"."""
    bracketed = _BRACKETED_AGENCIES.search(lead) if lead and "(" in lead else None
    taken = bracketed["from"] if bracketed else None
    return taken if taken and is_known_media(taken) else None


def _other_outlets_dateline(named: str | None, ran: str | None) -> str | None:
    """The known outlet whose dateline opens a story another outlet ran (a wire story a paper
    printed: "VOSTOCHNY, Russia (Reuters) -" in The Jakarta Post), which it cites: ``named``
    is the outlet the dateline names, ``ran`` the one that ran it, known from elsewhere."""
    if not named or not ran or not is_known_media(named):
        return None
    return None if same_outlet(named, ran) or display_name(named) == ran else named


_LETTERS = re.compile(r"[^\W\d_]+")
# a region by its kind, and a time, in a dateline: "Kabupaten Bogor", "Amur Region", "Pukul
# 10.00 WIB" (no outlet's name)
_REGION = re.compile(
    rf"^(?i:{REGION_KINDS}|prov\.|pemkot|pemkab|pemprov)\s|"
    r"\s(?i:region|province|oblast|krai|prefecture|county|district|regency)$"
)
_TIME = re.compile(r"\d{1,2}[.:]\d{2}|\b(?i:pukul|wib|wita|wit)\b")


def _only_a_day(part: str) -> bool:
    """A dateline's day, with its year or without, and no other word: "13 Sept", "Sept. 13",
    "Rabu (13/9)", "13/9/2023"."""
    return any(c.isdigit() for c in part) and all(map(_is_day_word, _LETTERS.findall(part)))


def _outlet_from_lead(lead: str) -> str | None:
    """The outlet a dateline names, or None when it names only a place (``JAKARTA -``)."""
    if "/" in lead and (slashed := _SLASHED_SITE.match(f"{lead} ")):
        return slashed["site"]  # "VOSTOCHNY SPACEPORT, September 13. /TASS/."
    parts = [p.strip() for p in lead.split(",") if p.strip()]
    dated = [p for p in parts if find_dates(p)]
    if len(dated) < len(parts):
        parts = [p for p in parts if p not in dated]
    else:
        dated = []  # (a date beside the outlet's name: "Kompas.com - 04/10/2023")
    # a place's day ("Sept. 13", "Rabu (13/9)", "13/9/2023"), or a region by its kind (a
    # country's part), leaves a town beside it
    towns_of = dated + [p for p in parts if is_country(p) or _REGION.search(p) or _only_a_day(p)]
    parts = [
        p
        for p in parts
        if not (is_place(p) or is_country(p) or p.casefold() in WEEKDAYS)
        and p not in towns_of
        and not _TIME.search(p)
        and not _rubric_or_credit(p)
    ]
    if not parts:
        return None  # "Senin, 11 September 2023 - 10:15 WIB" is a date line
    for part in parts:
        domain = _DOMAIN_WORD.search(part)  # "JPNN.com JAKARTA": the site, not the city
        if domain:
            return domain.group()
        known = _outlet_of_section(part) or known_media_in(part)
        if known:
            return known
    bracketed = _BRACKETED_AGENCIES.search(lead)
    if bracketed:
        return bracketed["first"]
    if towns_of:
        return None  # "VOSTOCHNY COSMODROME, Russia -": a town and its country, or its day
    if len(parts) == 1 and "," not in lead and parts[0].isupper():
        return None  # "BOJONEGORO -": a town no list holds, in capitals as datelines print it
    # "Jakarta, IDN Times": the place usually comes first and is a single word.
    return max(reversed(parts), key=lambda p: len(p.split()))


def _outlet_of_section(part: str) -> str | None:
    """The outlet a section's dateline names: "VIVA Dunia", "VIVA Bisnis"."""
    first, _, section = part.partition(" ")
    words = section.casefold().split()
    if words and is_known_media(first) and all(w in _SECTION_WORDS for w in words):
        return first
    return None


_COLON_LEAD = re.compile(r"^(?P<lead>[^:\n]{2,40}):\s+\S")
# TASS's dateline: "VLADIVOSTOK, September 13. /TASS/. Russian President …"
_SLASHED_SITE = re.compile(
    r"^[A-Z][^/\n]{1,60}?\s/(?P<site>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})/\.?\s"
)


def _site_of_dashless_dateline(blocks: list[Block]) -> str | None:
    """The site a dateline without a dash names: "Medcom.id, Jakarta: …" (a colon after a name
    alone is speech, "Peskov: …", so only a web address counts there) or "MOSCOW, May 9.
    /TASS/. …"."""
    first = next((b.text for b in blocks if b.kind == "content"), "")
    slashed = _SLASHED_SITE.match(first)
    if slashed:
        return slashed["site"]
    lead = _COLON_LEAD.match(first)
    domain = _DOMAIN_WORD.search(lead["lead"]) if lead else None
    return domain.group() if domain else None


_REPORTER_OF = re.compile(r"^(?i:laporan\s+(?:wartawan|reporter|koresponden))\s+")
_HEADER_PARTS = re.compile(r"\s+[-–—|·]\s+|\s*[,/]\s*")
MAX_HEADER_WORDS = 8


def _known_service(written: str) -> str | None:
    """The known outlet a byline's "for …" names, or whose service it names: "for RFA
    Korean" is for RFA."""
    words = written.split()[1:]  # (after "for")
    return next(
        (name for n in range(len(words), 0, -1) if is_known_media(name := " ".join(words[:n]))),
        None,
    )


# a byline that says whom the writer wrote for: "By Jieun Kim for RFA Korean"
_WRITTEN_FOR = re.compile(rf"^(?i:by|oleh)\s+[A-Z][^,]{{0,60}}?(?P<outlet>{FOR_OUTLET})$")


def _outlet_from_header(blocks: list[Block]) -> str | None:
    """A known outlet named on a short line above the story: ``CNN Indonesia``, ``Tim detikcom
    - detikNews``, ``Kompas.com - 04/10/2023, 14:20 WIB``."""
    for block in _header(blocks):
        if block.kind == "caption":
            continue
        # "Tim detikcom - detikNews | Kamis, 14 Sep 2023": each field of a line on its own
        for field in _HEADER_FIELDS.split(block.text):
            if len(field.split()) > MAX_HEADER_WORDS:
                continue
            credited = byline_with_outlet(field)  # "Nur Janti (The Jakarta Post)"
            if credited:
                return credited[1]
            written_for = _WRITTEN_FOR.match(field)  # "By Jieun Kim for RFA Korean"
            if written_for and (known := _known_service(written_for["outlet"])):
                return known
            for part in _HEADER_PARTS.split(field):
                part = _REPORTER_OF.sub("", part)  # "Laporan Wartawan Tribunnews.com, …"
                if is_known_media(part):
                    return part
    return None


_PROMO_NAME = re.compile(r"[A-Za-z][\w.-]*[A-Za-z0-9]")


def _site_of_promos(blocks: list[Block]) -> str | None:
    """The one outlet the site's own promotions name ("Follow Berita Okezone di Google News",
    "Ikuti perkembangan berita lainnya di kumparanNEWS"), when nothing above names it."""
    named = set()
    for block in blocks:
        if block.kind == "promo":
            words = _PROMO_NAME.findall(block.text)
            pairs = map(" ".join, pairwise(words))
            named |= {display_name(name) for name in (*words, *pairs) if is_known_media(name)}
    return named.pop() if len(named) == 1 else None


# how an Indonesian story says its own reporter reached a source: "ujar Hikmahanto saat
# dihubungi detikcom", "kata Budi ketika dikonfirmasi Kompas.com"
_REACHED_BY = re.compile(
    r"\b(?:dihubungi|dikonfirmasi|ditemui|diwawancarai)\s+(?:oleh\s+)?"
    r"(?P<name>[A-Za-z][\w.-]*[\w](?:\s+[A-Z][\w.-]*[\w])?)"
)


_RELAYED_FROM = re.compile(
    r"\b(?i:dikutip|dilansir|mengutip|melansir)\s+(?:(?i:dari)\s+)?(?P<name>[A-Za-z][\w.-]*[\w])"
)


def _reaching_outlet(blocks: list[Block]) -> str | None:
    """The one known outlet the story says reached its sources, when nothing else names its
    outlet: that outlet's own reporter did ("saat dihubungi detikcom")."""
    named: set[str] = set()
    relayed: set[str] = set()  # (a story it took from that outlet quotes that outlet's words)
    for block in blocks:
        if block.kind == "content" and "di" in block.text:
            for m in _REACHED_BY.finditer(block.text):
                name = m["name"]
                if is_known_media(name) or is_known_media(name := name.split()[0]):
                    named.add(display_name(name))
            relayed.update(display_name(m["name"]) for m in _RELAYED_FROM.finditer(block.text))
    return named.pop() if len(named) == 1 and not named & relayed else None


_EMAIL_DOMAIN = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")


def _outlet_of_writers_address(blocks: list[Block]) -> str | None:
    """The known outlet whose domain the writer's address off the story's text is on, as
    Korean dailies sign a story: "jungminho@koreatimes.co.kr", "By Ji Da-gyum
    (dagyumji@heraldcorp.com)"."""
    for block in blocks:
        if block.kind != "content" and "@" in block.text:
            for m in _EMAIL_DOMAIN.finditer(block.text):
                site = site_of_url(m["domain"])
                if site and is_known_media(site):
                    return display_name(site)
    return None


def outlet_in_path(path: str) -> str | None:
    """The known outlet a folder of the article's path is named for, the nearest first, as a
    corpus filed by outlet names it: "kompas/2023/putin.txt", "detik.com/…", "Jakarta_Post/…"."""
    for folder in reversed(path.split("/")[:-1]):
        if is_known_media(folder):
            return display_name(folder)
    return None


def _signed_off_by(blocks: list[Block]) -> str | None:
    """The outlet whose name alone closes the story, on the line after its last paragraph, as
    the Jakarta Globe signs off: "Jakarta Globe" (an agency's name after a dash or in brackets,
    "- Reuters", "(ANTARA)", or in capitals, "REUTERS", credits the agency: it is cited)."""
    for block in reversed(blocks):
        if block.kind == "content":
            return None
        name = signing_outlet(block.text) if block.kind == "credit" else None
        if name and name == block.text.strip() and not name.isupper():
            return name
        compiled = _COMPILED_FROM_AGENCIES.match(block.text.strip())
        if compiled and is_known_media(compiled["outlet"]):
            return compiled["outlet"]
    return None


# a copyright line under the story: "© 2023 The Korea Times. All rights reserved.", "Copyright ©
# 2023 Yonhap News Agency", "Hak Cipta © 2023 Kompas.com", "© Reuters 2023"
_COPYRIGHT = re.compile(
    r"^(?:(?i:copyright|hak\s+cipta)\s*)?(?:©\s*)?(?:(?i:copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?"
    r"(?P<holder>[A-Z][\w.&'’ -]{1,60}?)(?:\s+\d{4})?\s*(?:[.,]|$)"
)
_COPYRIGHT_OPENINGS = ("©", "Copyright", "COPYRIGHT", "Hak Cipta", "Hak cipta")


def _copyright_holder(blocks: list[Block]) -> str | None:
    """The known outlet a copyright line under the story names, when nothing else names one:
    "Copyright 2023 The Associated Press. All rights reserved." is the AP's."""
    for block in blocks:
        text = block.text.strip()
        if block.kind != "content" and text.startswith(_COPYRIGHT_OPENINGS):
            holder = _COPYRIGHT.match(text)
            if holder and is_known_media(holder["holder"].strip()):
                return holder["holder"].strip()
    return None


# the outlet that wrote the story from agencies' reports, as Al Jazeera credits its own:
# "Source: Al Jazeera and news agencies"
_COMPILED_FROM_AGENCIES = re.compile(
    r"(?i:source|sumber)\s*:\s*(?P<outlet>.+?)\s+(?i:and|dan)\s+"
    r"(?i:news\s+agencies|wire\s+services|agencies|kantor\s+berita|agensi)\.?$"
)


def _clean_name(name: str) -> str:
    name = re.split(r"['’]s\s+", name)[-1]  # "South Korea's Yonhap" -> "Yonhap"
    name = re.sub(r"[\s.,’']+$", "", name)
    return re.sub(r"\s+(?:Kamis|Rabu|Senin|Selasa|Jumat|Sabtu|Minggu)$", "", name)


def cited_sources(blocks: list[Block], outlet: str | None) -> list[str]:
    """Upstream sources an article relies on, in order of first appearance."""
    found: dict[str, None] = {}  # a list without repeats, in order

    def add(name: str) -> None:
        shown = display_name(_clean_name(name))
        if "-" in shown and not is_known_media(shown):
            # an agency and the pool it came through, as ANTARA credits one: "Sputnik-OANA"
            known = [part for part in shown.split("-") if is_known_media(part)]
            if known:
                for part in known:
                    add(part)
                return
        if shown and not (outlet and same_outlet(shown, outlet)) and shown not in _STOP_NAMES:
            found.setdefault(shown)

    for block in blocks:
        if block.kind not in ("content", "caption", "credit"):
            continue
        text = block.text
        lowered = text.casefold()
        candidates = list(_WEAK_CITE.finditer(text))
        for verb in _REPORTING_VERB.finditer(text):
            reach = max(0, verb.start() - OUTLET_NAME_REACH)
            if subject := _OUTLET_BEFORE_VERB.search(text, reach, verb.start()):
                candidates.append(subject)
                # "Bloomberg News and The New York Times also reported": each of them
                if other := _OUTLET_AND.search(text, reach, subject.start("name")):
                    candidates.append(other)
        named = [
            (m.start("name"), known)
            for m in candidates
            if (known := known_media_in(_clean_name(m.group("name"))))
        ]
        named += (  # past a country, the kind of outlet and its name: "according to Russian
            # news agency Interfax"
            (kind.start("name"), known_media_in(kind["name"]) or kind["name"])
            for m in candidates
            if only_places(_clean_name(m.group("name")))
            and (kind := _KIND_THEN_NAME.match(text, m.end("name")))
        )
        if _STRONG_CUE.search(lowered):
            named += (
                (m.start("name"), source)
                for m in _STRONG_CITE.finditer(text)
                if (source := _past_place(m, text))
            )
        if "news agency" in text or "news service" in text:
            named += (
                (m.start("name"), m["name"])
                for m in _NAMED_AS_AGENCY.finditer(text)
                if not only_places(_clean_name(m["name"]))  # "Russian news agency Interfax"
            )
        for _, name in sorted(named):
            add(name)
        if "informasi" in lowered or "information" in lowered:
            # VOA's "Sebagian informasi dalam laporan ini berasal dari Reuters dan AP."
            for sourced in _INFORMATION_FROM.finditer(text):
                for credited in _CREDIT_SEPARATORS.split(sourced["names"]):
                    if is_known_media(credited.strip()):
                        add(credited.strip())
        published = (
            _PUBLISHED_AT.search(text) if " ini " in lowered or "published" in lowered else None
        )
        if published and not _names_a_day(published.group("site")):
            add(published.group("site"))  # (not "… originally published on Sept. 13")
        if block.kind == "credit" and not _PHOTO_LABEL.match(text):
            # "REUTERS", "(ANTARA/AP)", "Source: CNA/Reuters/ec", "ha/as (Reuters, AFP, dpa)"
            credit = _CONTRIBUTED.sub("", _SOURCE_LABEL.sub("", text.strip("() ")))
            for credited in _CREDIT_SEPARATORS.split(credit):
                if is_known_media(credited):
                    add(credited)
    return list(found)


# not "Oleh" alone: that is also a given name (Oleh Sentsov)
_BY_PREFIX = re.compile(r"^(?:by\s+|oleh\s*:\s*)(?=\S)", re.IGNORECASE)
_APPOSITION = re.compile(rf",\s+(?P<name>{_NAME})")


_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z]{2,8})\)")
_POSSESSIVE = re.compile(r"['’]s?$")


# the kind of outlet between a country and the outlet's name: "Russian state media outlet RIA
# Novosti"
_KIND_THEN_NAME = re.compile(
    rf"(?:\s+(?:{AGENCY_QUALIFIERS}|{_OUTLET_KIND_WORDS}|television|TV)\b)+"
    rf"\s+(?P<name>{_NAME})"
)


def _past_place(cited: re.Match[str], text: str) -> str | None:
    """The source a citation names, past the country it may name first: "kantor berita Rusia,
    TASS", "kantor berita Korea Utara KCNA" and "quoted by Russian state media outlet RIA
    Novosti" cite TASS, KCNA and RIA Novosti; or the known acronym after a name in its own
    language: "Kantor Berita Pusat Korea (KCNA)" cites KCNA. A country alone names no source:
    "quoted by Russian agencies"."""
    name = cited["name"]
    acronym = _ACRONYM_AFTER.match(text, cited.end())
    if acronym and is_known_media(acronym["acronym"]):
        return acronym["acronym"]
    if only_places(_POSSESSIVE.sub("", name)):  # "by North Korea's official …"
        apposition = _APPOSITION.match(text, cited.end())
        if apposition and (known := known_media_in(apposition["name"])):
            return known  # (not "dikutip dari Rusia, Rabu": a day)
        kind = _KIND_THEN_NAME.match(text, cited.end())
        return (known_media_in(kind["name"]) or kind["name"]) if kind else None
    return known_media_in(name) or name


# a writer's name alone on a line: two to four capitalised words, none a section's word
_NAME_LINE = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){1,3}$")
_SECTION_WORDS = frozenset(
    """news berita update updated live terkini breaking internasional nasional dunia world
    politics politik ekonomi opini opinion analysis analisis video foto photo bisnis business
    bola sport sports tekno tech otomotif showbiz hiburan lifestyle metro megapolitan regional
    daerah global eksklusif exclusive headline""".split()
)
# what a credit or a picture's source says before or instead of a name: "Reporter Budi",
# "Tim Redaksi", "Dok.", "Istimewa"
_CREDIT_WORDS = frozenset("reporter editor tim redaksi dok ist istimewa".split())
_CREDIT_LABELS = frozenset("reporter editor penulis oleh by".split())


def _rubric_or_credit(part: str) -> bool:
    """A dateline's rubric or credit, no outlet's name: "LIVE", "Foto", "Tim Redaksi",
    "Reporter Budi"."""
    words = _LETTERS.findall(part.casefold())
    return bool(words) and (
        words[0] in _CREDIT_LABELS or all(w in _SECTION_WORDS or w in _CREDIT_WORDS for w in words)
    )


# the words of a writer's job, on a line of its own under the name: "Koresponden BBC di Seoul",
# "Seoul correspondent", "Senior Editor"
_ROLE_WORDS = frozenset(
    """koresponden correspondent reporter wartawan jurnalis journalist kontributor contributor
    editor redaktur penulis writer columnist kolumnis""".split()
)
MAX_ROLE_LINE_WORDS = 8
_NOT_A_WRITERS_WORDS = _SECTION_WORDS | _ROLE_WORDS


def _is_writers_name(text: str) -> bool:
    return bool(
        _NAME_LINE.match(text)
        and not any(w.casefold() in _NOT_A_WRITERS_WORDS for w in text.split())
        and not is_known_media(text)
        and not is_place(text)
        and not is_country(text)
    )


# where a writer filed from, after the name: "Justin McCurry in Tokyo"
_FILED_FROM = re.compile(r"\s+(?:in|di)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?$")
_WRITERS_JOINED = re.compile(r"\s+(?:and|dan|&)\s+|\s*,\s*")
MAX_WRITERS = 3


def _writers(text: str) -> str | None:
    """The writers a line names, and nothing else: "Colin Zwirko", "Justin McCurry in Tokyo and
    Pjotr Sauer" (written back without where they filed from)."""
    names = [_FILED_FROM.sub("", part) for part in _WRITERS_JOINED.split(text)]
    if len(names) > MAX_WRITERS or not all(map(_is_writers_name, names)):
        return None
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _is_role_line(text: str) -> bool:
    words = text.split()
    return len(words) <= MAX_ROLE_LINE_WORDS and any(w.casefold() in _ROLE_WORDS for w in words)


def _name_beside_date_line(header: list[Block]) -> str | None:
    """A writer's name on the line right above or below the publication date, as NK News,
    Sindonews, Okezone and The Guardian print it: "Colin Zwirko" over "September 13, 2023"
    ("Rahman Asmardika, Jurnalis" under it), or with the
    writer's job between, as the BBC prints it: "Jean Mackenzie", "Koresponden BBC di Seoul",
    "13 September 2023"."""
    for i, block in enumerate(header):
        labelled = _LABELLED_NAME.match(block.text.strip())  # "Rahman Asmardika, Jurnalis"
        writers = _writers(labelled["name"]) if labelled else None
        if writers is None:
            continue
        below = i + 2 if i + 1 < len(header) and _is_role_line(header[i + 1].text) else i + 1
        beside = header[max(0, i - 1) : i] + header[below : below + 1]
        if any(_header_line_date(b.text) for b in beside):
            return writers
    return None


_TIME_FIELD = re.compile(r"^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[A-Za-z]{2,4}(?:[+-]\d{1,2})?)?$")
_LINE_FIELDS = re.compile(r"\s*[·•|]\s*|\s+[-–—]\s+")
# "Oleh: Budi", "Rahman Asmardika , Jurnalis": a label before the name, or the job after it
_LABELLED_NAME = re.compile(
    r"^(?:(?i:oleh|by|penulis|reporter|pewarta|wartawan|kontributor)\s*:?\s+)?(?P<name>.+?)"
    r"(?:\s*,\s*(?i:jurnalis|wartawan|reporter|kontributor|pewarta|penulis))?$"
)


# "Posted on September 13, 2023 by Jane Doe", as blogs print it
_BY_AT_END = re.compile(r"\b(?:[Bb]y|[Oo]leh)\s+(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})$")


def _name_on_date_line(header: list[Block]) -> str | None:
    """A writer's name set off on the line of the publication date or the outlet, as Okezone
    and Medcom print it: "Rahman Asmardika , Jurnalis · Rabu 13 September 2023 17:45 WIB",
    "Fajar Nugraha • 14 September 2023 08:12", "Budi Santoso - detikNews", or after it: "Posted
    on September 13, 2023 by Jane Doe"."""
    for block in header:
        by = _BY_AT_END.search(block.text.strip())
        if by and _is_writers_name(by["name"]) and _header_line_date(block.text):
            return by["name"]
        fields = [f for f in _LINE_FIELDS.split(block.text.strip()) if f]
        names = [
            labelled["name"]
            for f in fields
            if not (_header_line_date(f) or is_known_media(f) or _TIME_FIELD.match(f))
            and (labelled := _LABELLED_NAME.match(f))
        ]
        if len(names) == 1 and len(fields) > 1 and _is_writers_name(names[0]):
            return names[0]
    return None


def _people(blocks: list[Block]) -> tuple[str | None, str | None]:
    byline = editor = None
    for block in blocks:
        if block.kind == "content":
            continue
        text = block.text.strip()
        published = _PUBLISHED_AT.search(text)
        if published and published.group("by"):
            byline = byline or published.group("by").strip()
        m = _EDITOR.search(text)
        if m:
            editor = editor or (m["name"] or m["editing"]).strip()
        if block.kind == "credit" and (both := _WRITER_AND_EDITOR.match(text)):
            byline = byline or both["name"].strip()
            editor = editor or both["name"].strip()
        if block.kind == "credit" and (filed := WRITERS_IN_PLACES.match(text)):
            writers = ", ".join(w for w in (filed["first"], filed["next"]) if w)
            byline = byline or f"{writers} and {filed['last']}"
        m = _BYLINE.match(text)
        if m and block.kind in ("credit", "footer") and not _only_media(m["name"]):
            byline = byline or _WHERE_FILED.sub("", _without_outlet(m.group("name").strip()))
            after = _EDITOR_AFTER_BYLINE.match(text, m.end())
            if after:
                editor = editor or after["name"].strip()
        credited = (block.kind == "credit" and byline_with_outlet(text)) or (
            block.kind == "preamble" and dated_credit(text)  # "Rahel, Kompas.com - 14/09/2023"
        )
        if credited:
            byline = byline or credited[0]
    return byline, editor


# where a writer filed from, after the name: "Reporting by Guy Faulconbridge in Moscow"
_WHERE_FILED = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?=\s+and\s|\s*,|$)")
_JOINING_WORDS = frozenset({"and", "dan", "for"})


# academic titles before a writer's name: "Dr. Siti Rahmawati", "Prof. Dr. Budi Santoso"
_ACADEMIC_TITLES = re.compile(r"\b(?:(?:Prof|Dr|Drs|Dra|Ir)\.\s+)+(?=[A-Z])")


def _without_degrees(byline: str) -> str:
    """A byline without its writers' academic titles and degrees, and the mark that points to
    a note on the writer: "Dr. Siti Rahmawati, M.A.*" is by Siti Rahmawati."""
    parts = [part.strip(" *") for part in byline.split(",")]
    kept = [_ACADEMIC_TITLES.sub("", part) for part in parts if part and not is_degree(part)]
    return ", ".join(kept)


def _names_cased(byline: str | None) -> str | None:
    """A byline in capitals, as the AP prints it, cased as names are: "By KIM TONG-HYUNG and
    HYUNG-JIN KIM" is by Kim Tong-Hyung and Hyung-Jin Kim (a name's own capitals, "Jane DOE",
    stay); and without its writers' academic titles and degrees."""
    if not byline:
        return byline
    byline = _without_degrees(byline) if ("." in byline or "*" in byline) else byline
    words = byline.split()
    names = [w for w in words if w.casefold() not in _JOINING_WORDS]
    if len(names) < 2 or not all(w.isupper() for w in names):
        return byline  # (one word in capitals is more likely an acronym than a name)
    return " ".join(w.casefold() if w.casefold() in _JOINING_WORDS else w.title() for w in words)


def _only_media(names: str) -> bool:
    """Credits that name agencies alone ("By Reuters", "Additional reporting by Reuters and
    AFP") are no writer's byline: they are cited (see cited_sources)."""
    return all(is_known_media(name) for name in _CREDIT_SEPARATORS.split(names.strip()) if name)


_NEWSROOM = re.compile(r"^(?i:tim\s+)?(?i:redaksi|newsroom|desk)\s+(?P<outlet>\S.*)$")


def _without_outlet(byline: str) -> str:
    """A byline without the outlet it ends with: "Anna Chernova, CNN" -> "Anna Chernova",
    "Jeong Yon Park for RFA Korean" -> "Jeong Yon Park", "Park Min-hee, staff reporter" -> "Park
    Min-hee"."""
    names, _, last = byline.rpartition(",")
    if names and is_known_media(last):
        return names.strip()
    words = byline.split()
    for size in (3, 2, 1):
        # the names in capitals, then the outlet, as the AP prints it on one line: "KIM
        # TONG-HYUNG Associated Press"
        written, outlet = words[:-size], " ".join(words[-size:])
        capitals = [w for w in written if w not in ("and", "&")]
        if len(capitals) > 1 and all(w.isupper() for w in capitals) and is_known_media(outlet):
            return " ".join(written)
    return re.sub(rf"(?:{FOR_OUTLET}|{STAFF_ROLE})$", "", byline)


_SITE_NAME_SUFFIX = re.compile(r"\s+[-–—|]\s+(?P<site>[^-–—|]{2,40})$")


# the labels wires put before a headline for their clients: Yonhap's "(LEAD)", "(2nd LD)",
# "(News Focus)", Reuters' "UPDATE 2-", "EXCLUSIVE-", "REFILE-UPDATE 1-"
_WIRE_LABELS = re.compile(
    r"^(?:\((?:LEAD|URGENT|\d+(?:st|nd|rd|th) LD|News Focus|News Analysis|Yonhap [A-Z][a-z]+)"
    r"(?:,[^()]*)?\)\s+|"
    r"(?:UPDATE \d+|EXCLUSIVE|WRAPUP(?: \d+)?|FACTBOX|ANALYSIS|CORRECTED|REFILE|INSIGHT|RPT)"
    r"-(?=\S))+"
)


def _without_site_name(title: str) -> str:
    """A title without the known outlet's name pages append to it ("Harga Beras Naik -
    Kompas.com", "Putin Terima Undangan | Republika Online") and without a wire's label."""
    title = _WIRE_LABELS.sub("", title)
    m = _SITE_NAME_SUFFIX.search(title)
    if m and m.start() > 0 and is_known_media(m["site"].removesuffix(" Online")):
        return title[: m.start()]
    return title


def article_id(outlet_slug: str | None, date: str | None, content_hash: str) -> str:
    day = date.replace("-", "") if date else "undated"
    return f"{outlet_slug or 'unknown'}-{day}-{content_hash[:ARTICLE_ID_HASH_CHARS]}"


def content_hash(paragraphs: list[str]) -> str:
    """A hash of the words alone, so one story saved as HTML and as text hashes the same."""
    folded = WORD_RE.findall(" ".join(paragraphs).casefold())
    return hashlib.sha1(" ".join(folded).encode("utf-8")).hexdigest()


# the bases of a date that one in the story's address outweighs
_BELOW_THE_ADDRESS = frozenset({"stated", "inferred"})


def build_article(doc: SourceDoc) -> Article:
    """Clean a source document and infer its metadata; fields the source or user gives win."""
    blocks = classify(doc.text)
    sources: dict[str, str] = {}
    lead = next(
        (dateline_lead(b.text) for b in blocks if b.kind == "content" and dateline_lead(b.text)),
        None,
    )
    given = doc.given

    def origin(name: str) -> str:
        return doc.origins.get(name, "given")

    # the page's address printed over the story, as a copied page keeps it
    page_address = next((b.text.strip() for b in _header(blocks) if is_web_address(b.text)), None)
    address = given.get("url") or page_address
    outlet = None
    in_dateline = _outlet_from_lead(lead) if lead else None
    if given.get("outlet"):
        outlet, sources["outlet"] = display_name(given["outlet"]), origin("outlet")
    elif in_dateline:
        outlet, sources["outlet"] = display_name(in_dateline), "dateline"
    elif named := _outlet_from_header(blocks):
        outlet, sources["outlet"] = display_name(named), "header"
    elif named := _site_of_dashless_dateline(blocks):
        outlet, sources["outlet"] = display_name(named), "dateline"
    elif address and (site := site_of_url(address)):
        outlet, sources["outlet"] = display_name(site), "url"
    elif named := _site_of_promos(blocks):
        outlet, sources["outlet"] = named, "text"
    elif named := _signed_off_by(blocks) or _copyright_holder(blocks):
        outlet, sources["outlet"] = display_name(named), "text"
    elif named := _reaching_outlet(blocks) or _outlet_of_writers_address(blocks):
        outlet, sources["outlet"] = named, "text"
    elif named := outlet_in_path(doc.path):
        outlet, sources["outlet"] = named, "path"

    title = next((b.text for b in blocks if b.kind == "title"), None)
    if given.get("title"):
        title, sources["title"] = given["title"].strip(), origin("title")
    elif title:
        sources["title"] = "text"
    if title:
        title = _without_site_name(title)

    date = date_basis = None
    given_date = normalize_date(given["date"]) if given.get("date") else None
    if given_date:
        date, date_basis = given_date, "given"
        sources["date"] = origin("date")
    else:
        found = publication_date(blocks, lead)
        in_address = date_in_address(address) if address else None
        if in_address and (found is None or found.basis in _BELOW_THE_ADDRESS):
            # the day the site put in the story's address, over a date the text only mentions
            found = FoundDate(in_address, "url")
        elif found is None and (in_path := date_in_address(doc.path)):
            found = FoundDate(in_path, "path")  # a corpus filed by day: "2023/09/14/…"
        elif found is None and lead and (by_year := dated_by_the_path(lead, doc.path)):
            found = FoundDate(by_year, "path")  # "September 13. /TASS/." in "tass/2023/…"
        elif found is None and (
            on_a_weekday := weekday_dated_by_the_path(
                [b.text for b in blocks if b.kind == "content"], doc.path
            )
        ):
            found = FoundDate(on_a_weekday, "path")  # "Kamis (14/9)" in "cnn/2023/…"
        if found:
            date, date_basis = found.date.isoformat(), found.basis
            sources["date"] = found.basis

    byline, editor = _people(blocks)
    header = _header(blocks, below_standfirst=True)
    byline = _names_cased(byline or _name_beside_date_line(header) or _name_on_date_line(header))
    if given.get("author"):
        # "By Choe Sang-Hun", as The New York Times' API gives it
        byline, sources["byline"] = _BY_PREFIX.sub("", given["author"]), origin("author")
    elif byline:
        sources["byline"] = "text"
    if editor:
        sources["editor"] = "text"
    newsroom = _NEWSROOM.match(byline) if byline and outlet is None else None
    if newsroom and is_known_media(newsroom["outlet"]):
        # "Oleh: Tim Redaksi Tempo": the newsroom of an outlet the text names nowhere else
        outlet, sources["outlet"] = display_name(newsroom["outlet"]), "header"
    cites = cited_sources(blocks, outlet)
    ran = outlet if sources.get("outlet") != "dateline" else None
    if (taken := _agency_taken_from(lead) or _other_outlets_dateline(in_dateline, ran)) and (
        shown := display_name(taken)
    ) not in cites:
        cites.insert(0, shown)
    if cites:
        sources["cites"] = "text"
    url = given.get("url")
    if url:
        sources["url"] = origin("url")
    elif given.get("outlet") and is_web_address(given["outlet"]):
        # trafilatura's "source" is the page's address
        url, sources["url"] = given["outlet"].strip(), origin("outlet")
    elif page_address:
        url, sources["url"] = page_address, "text"

    slug = slugify(outlet) if outlet else None
    digest = content_hash([b.text for b in blocks if b.kind == "content"])
    return Article(
        id=article_id(slug, date, digest),
        path=doc.path,
        outlet=outlet,
        outlet_slug=slug,
        title=title,
        date=date,
        date_basis=date_basis,
        byline=byline,
        editor=editor,
        url=url,
        cites=cites,
        field_sources=sources,
        blocks=blocks,
        ordinal=doc.ordinal,
        extra=doc.extra,
        content_hash=digest,
    )
