"""Splitting raw web text into blocks and telling content paragraphs from boilerplate.

The rules are patterns of Indonesian (and English) news sites in general, not of particular files:
related-article links, app and channel promotions, share/navigation fragments, photo captions,
credit lines and the footer that follows them. Boilerplate is kept, labelled, for ``kp show``.
"""

from __future__ import annotations

import datetime as dt
import re

from kimputin_cli.dates import WEEKDAYS, date_line
from kimputin_cli.models import Block
from kimputin_cli.outlets import WEB_DOMAIN_ENDINGS, is_known_media, is_web_address
from kimputin_cli.places import is_place
from kimputin_cli.textnorm import plain_typesetting

MAX_LEAD_BLOCKS = 10  # the dateline paragraph is looked for among the first blocks only
MAX_BOILERPLATE_CHARS = 400
MAX_HEADLINE_CHARS = 300  # the longest headlines run to some 200
CAPTION_TAIL_CHARS = 120  # a caption's credit ("(dok. …)", "Sumber: …") ends the line

_RELATED = re.compile(
    r"^\(?(baca juga|baca pula|baca:|lihat juga|simak juga|artikel terkait|berita terkait|"
    r"read more\b|read also\b|"
    r"related( stories| articles)?\b|pilihan editor|rekomendasi|video\s*:|most read\b|"
    # BBC's "More on this story", "You may also like", "More stories"
    r"more on this story\b|you (may|might) also like\b|more stories\b|"
    # the link to the next story: "Next Article", then its headline
    r"(next article|artikel selanjutnya|berita selanjutnya)\s*:?$)",
    re.IGNORECASE,
)
_PROMO = re.compile(
    # a link to the story on the outlet's site: 'Baca artikel detiknews, "…" selengkapnya',
    # 'Baca artikel CNN Indonesia "…" selengkapnya di sini: https://…'
    r"^baca (artikel|berita) .{0,60}lainnya|^baca artikel [\w. ]{1,40}[, ]+[\"“].*selengkapnya|"
    r"^baca [\w. ]{1,40} dalam versi (english|bahasa inggris|inggris)\b|"  # Katadata's
    # "Join ST's Telegram channel and get the latest breaking news delivered to you."
    r"^join\b.{0,30}\b(telegram|whatsapp)\b|join (our )?telegram|notifikasi berita|"
    # "Yuk, download aplikasi …", "Download Apps CNN Indonesia sekarang …" (not "Warga diminta
    # mengunduh aplikasi …")
    r"\b(download|unduh) aplikasi|^download apps?\b|google news|whatsapp channel|"
    r"simak selengkapnya|"
    r"scroll to (continue|resume)|^advertisement$|^iklan$|^(ikuti|follow) (kami|us)\b|"
    r"^simak breaking news|berita pilihan kami|grup telegram|update berita pilihan|"
    r"^dapatkan (update )?berita (terbaru|terkini|pilihan)\b|"
    # "Ikuti perkembangan berita lainnya di kumparanNEWS.", "Simak informasi terkini di …"
    r"^(ikuti|simak|cek) (terus )?(perkembangan |update )?(berita|informasi|artikel|kabar)"
    r"( \w+){0,2} (lainnya|terbaru|terkini|menarik)\b|"
    # "Ikuti kumparan untuk mendapatkan update berita terbaru.", "Follow us for the latest news"
    r"^(ikuti|follow) [\w. ]{1,40} (untuk (men)?dapat(kan)?|for) (the )?"
    r"(update|info|informasi|berita|latest|news|more)\b|"
    r"^(sign up|subscribe)\b|^get (our|the) .{0,40}newsletter|"
    # "Want more stories like this? Sign up for the NK News newsletter."
    r"\b(sign up|subscribe) (for|to) (the |our )?.{0,40}newsletter\b|^want more stories\b|"
    r"^(simak|tonton|saksikan)( juga)? video|klik di ?sini|^click here\b|^loading\.*$|"
    # detik's embedded player and ad switch: "[Gambas:Video 20detik]", "Hide Ads"
    r"^\[gambas:|^(hide|close|tutup) (ads?|iklan)$|tanpa iklan|"
    # a partnership note: "Artikel ini merupakan bagian dari Lestari KG Media."
    r"^(artikel|berita|konten) ini (merupakan|adalah) (bagian dari|hasil )?kerja ?sama\b|"
    r"^(artikel|berita|konten) ini (merupakan|adalah) bagian dari\b|"
    # a cookie banner: "We use cookies to improve your experience.", "Situs ini menggunakan
    # cookie …"
    r"^(we|this (site|website)|kami|situs (web )?ini) (use|uses|menggunakan) cookies?\b|"
    r"^(accept|terima|setuju) (all |semua )?cookies?\b",
    re.IGNORECASE,
)
# every _PROMO alternative contains one of these words: one scan rules most lines out
_PROMO_HINT = re.compile(
    "baca|telegram|notifikasi|aplikasi|google news|whatsapp|selengkapnya|scroll|advertisement|"
    "iklan|ikuti|follow|simak|pilihan|video|klik|loading|sign up|subscribe|newsletter|gambas|ads|"
    "download|unduh|dapatkan|click here|want more|"
    "artikel ini|berita ini|konten ini|cookie"
)
_NAV_WORDS = frozenset(
    {
        "for",
        "you",
        "share",
        "bagikan",
        "topics",
        "topic",
        "topik",
        "tags",
        "tag",
        "komentar",
        "comments",
        "terpopuler",
        "terkini",
        "tutup",
        "close",
        "menu",
        "home",
        "beranda",
        "print",
        "cetak",
        "editorial team",
        "follow us",
        "editor's picks",
        "editor’s picks",
        "related stories",
        "most popular",
        # pagination and media controls: "Halaman:", "Selanjutnya", "Lihat Foto"
        "halaman",
        "selanjutnya",
        "sebelumnya",
        "next",
        "previous",
        "share this article",
        "share this story",
        # a page's text size control: The Jakarta Post's "Change Size"
        "change size",
        "text size",
        "font size",
        "ukuran huruf",
        "ukuran teks",
        "siaran pers",
        "rilis pers",
        "press release",
        "for immediate release",
        "narahubung",
        "kontak media",
        "media contact",
        "media contacts",
        "contact person",
        "###",
        "-30-",
        "-selesai-",
        "- selesai -",
        "-end-",
        "- end -",
        "lihat foto",
        "lihat video",
        "dengarkan artikel ini",
        "dengarkan",
        "berita terkini",
        # a list of other stories under the story: kumparan's "Trending Now", "Lihat semua"
        "trending",
        "trending now",
        "lihat semua",
        "see all",
        "view all",
        # a page's skip link, audio player and share buttons, copied with its story
        "skip to main content",
        "skip to content",
        "skip to navigation",
        "lewati ke konten utama",
        "listen to this article",
        "listen",
        "copy link",
        "link copied",
        "salin tautan",
        "salin link",
        "share on facebook",
        "share on x",
        "share on twitter",
        "share on whatsapp",
        "share on linkedin",
        "share via email",
        "bagikan ke facebook",
        "bagikan ke whatsapp",
        "bagikan ke twitter",
    }
)
_BY_NAMES = r"(?:[Bb]y|BY|[Oo]leh|OLEH)\s+[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|and|dan|&))*"
# the outlet a byline says the writer works for: "By Jeong Yon Park for RFA Korean"
FOR_OUTLET = r"\s+for\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# the outlet after a bar: "By Josh Smith and Hyonhee Shin | Reuters"
_BAR_OUTLET = r"\s+\|\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
# the writer's role after a byline's name, as Korean dailies print it: "By Park Min-hee, staff
# reporter"
STAFF_ROLE = (
    r",\s+(?:a\s+)?(?:(?:staff|senior|special|chief|foreign)\s+)?(?:reporter|writer|correspondent)"
)
# what a credit's label may say of the writer: "Reporter Magang: …", "Penulis Tamu: …"
CREDIT_QUALIFIERS = "magang|tamu|lepas|senior|daerah|khusus"
# the writer's and editors' initials that close a story: AFP's "kjk/sco", detik's "ita/ita"
_EDITORS_INITIALS = r"[a-z]{2,5}(?:/[a-z]{2,5})+"
_CREDIT = re.compile(
    r"^\(?((?i:our standards\b|(editor|penulis|reporter|pewarta|redaktur|penyunting|sumber|"
    r"source|foto|photo|fotografer|kontributor|writer|author|rep|red|oleh|by|jurnalis|wartawan|"
    r"penerjemah|alih bahasa|translator|laporan|teks|"
    # one person for both: "Penulis & Editor: …", "Reporter dan Editor: …"
    r"(penulis|reporter|pewarta)\s*(&|dan)\s*(editor|penyunting))"
    rf"(\s+(?:{CREDIT_QUALIFIERS}))?\s*:|"
    r"(tulisan|artikel|berita) ini (telah )?(tayang|terbit|dimuat)|"
    r"this (article|story) (was|is|has been) (originally |first )?(re)?published (on|in|by|from)\b|"
    # The New York Times' note on its print edition: "A version of this article appears in print …"
    r"a version of this (article|story) (appears|appeared) in print\b|"
    # VOA's "Sebagian informasi dalam laporan ini berasal dari Reuters …", "Some information for
    # this report came from …"
    r"(sebagian )?informasi (dalam|untuk) (laporan|berita|artikel) ini\b|"
    r"some (of the )?information (in|for) this (report|story|article)\b|"
    r"(additional )?(reporting|writing|editing) by\b|(-+\s*)?with assistance (from|by)\b|"
    # RFA's "Translated by Claire Shinyoung O-Kim. Edited by Eugene Whong."
    r"((translated|edited|written|compiled|produced) by( (?-i:[A-Z])[\w'’-]*\.?){1,5}"
    r"( and( (?-i:[A-Z])[\w'’-]*\.?){1,5})?;?\s*)+$|"
    # "The Associated Press contributed to this report.", "Reuters and AFP contributed reporting."
    r"[A-Z][^.]{0,80} contributed (to this (report|story)|reporting)\b|"
    # where a writer worked from, closing an AP story: "Heintz reported from Tallinn, Estonia."
    r"(?-i:[A-Z][\w'’-]+(\s+and\s+[A-Z][\w'’-]+)?)\s+(reported|wrote)\s+from\s+[^.]{1,60}\.(\s|$)|"
    r"laporan (wartawan|reporter|koresponden)\b|copyright\b|hak cipta\b|©|"
    # a regional contributor, as Kompas credits one: "Kontributor Bandung, Agie Permadi"
    r"kontributor\s+(?-i:[A-Z])[\w .'’-]{1,30},\s+(?-i:[A-Z])[\w .'’-]{1,60}$|"
    # the note under a column on who wrote it: "*Penulis adalah dosen …", "*) The writer is …"
    r"\*+\)?\s*(penulis|(the )?(writer|author)|tulisan ini)\b)|"
    # an agency credit (ANTARA, "REUTERS | CHANNEL NEWS ASIA"), and editors' initials:
    # "(fby/agt)", "(wia)", "(Red)", Media Indonesia's "(AFP/Z-2)", Merdeka's "[pan]"
    r"editor(?=[A-Z])|\(?[A-Z]{2,12}\)?$|"
    # the writer's address alone, under the story: "hnpark@heraldcorp.com", "(budi@tempo.co)"
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+\)?$|"
    r"\([A-Za-z]{2,7}(/[A-Za-z]{1,5}(-\d{1,2})?)*\)$|\[[A-Za-z]{2,7}(/[A-Za-z]{1,5})*\]$|"
    # the writer's name alone in brackets, as Okezone signs off: "(Rahman Asmardika)"
    r"\((?-i:[A-Z])[\w'’.-]*(\s+(?-i:[A-Z])[\w'’.-]*){1,3}\)$|"
    # AFP's, bare, "bur-oho/jj" ("bur" for the bureau), "kjk/sco"
    rf"(bur-)?{_EDITORS_INITIALS}$|bur-[a-z]{{2,5}}$|"
    r"\(?[A-Z][A-Z.]+( [A-Z][A-Z.]+){0,3}(\s*[|/,;&]\s*[A-Z][A-Z.]+( [A-Z][A-Z.]+){0,3})+\)?$|"
    # a byline of its own: "By Pavel Polityuk", "By Jane Doe and John Roe", "By Simone
    # McCarthy, Yoonjung Seo and Anna Chernova, CNN", "By Ji Da-gyum (dagyumji@heraldcorp.com)",
    # "Oleh Nurul Huda Husain", "By Jeong Yon Park for RFA Korean"
    rf"{_BY_NAMES}(\s*[(\[]\S+@\S+[)\]]|{FOR_OUTLET}|{STAFF_ROLE}|{_BAR_OUTLET})?$|"
    # where to write to, closing a story, as The Hankyoreh does: "Please direct questions or
    # comments to [english@hani.co.kr]"
    r"(?i:(please\s+)?(direct|send|contact|e-?mail|hubungi|kirim))\b[^\"“”]{0,60}?[(\[]?"
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+[)\]]?\.?$|"
    # labels without colons, set off by "|", as Kompas prints them: "Penulis Rahel Narda
    # Chaterine | Editor Bagus Santosa"
    r"(?i:penulis|reporter|pewarta)\s+[A-Z][^|]{1,60}\s\|\s+(?i:editor|penyunting)\s+[A-Z][^|]{1,60}$)",
)
# the Financial Times' byline of several writers, each where they filed from: "Max Seddon in
# Riga and Song Jung-a in Seoul" (one writer's, "Max Seddon in Riga", reads as a headline would)
_WRITER_IN_PLACE = (
    r"(?P<{n}>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)
WRITERS_IN_PLACES = re.compile(
    rf"^{_WRITER_IN_PLACE.format(n='first')}(?:,\s+{_WRITER_IN_PLACE.format(n='next')})?"
    rf",?\s+and\s+{_WRITER_IN_PLACE.format(n='last')}$"
)
# a byline and the date on one line: "By Jane Doe - September 13, 2023", "Oleh Nurul Huda |
# Rabu, 13 September 2023"
_BYLINE_THEN = re.compile(rf"^{_BY_NAMES}(?:\s*[|·•]\s*|\s+[-–—]\s+)(?P<rest>\S.*)$")
_FOOTER_START = re.compile(
    r"^(share|bagikan|related (?:stories|topics|articles|coverage)|berita terkait|tags?|topics?|"
    r"topik|editorial team|trending(?: now)?|more on this story|you (?:may|might) also like|"
    r"(tulisan|artikel|berita) ini (telah )?(tayang|terbit|dimuat)|pilihan editor|"
    r"simak selengkapnya|(simak|baca) (berita|artikel) lain(nya)?\b|"
    r"\(?(additional )?reporting by|our standards|copyright|hak cipta|"
    # a press release's contacts, and the marks that end one
    r"narahubung|kontak media|media contacts?|contact person)\b|^©|"
    r"^(###|-30-|-\s*(selesai|end)\s*-)$",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"(\((dok|doc|foto|photo|ist|istimewa|ilustrasi|antara|reuters|ap|afp|getty|sumber|source|"
    r"screenshot|tangkapan layar|kredit)\b[^()]*\)|\b(sumber|source|foto|photo|kredit)\s*[:/]\s*"
    r"[^.!?]{1,60}|"
    # a photo credit, agency or outlet and photographer: "(CNN Indonesia/Adi Maulana)" (not
    # the editors' initials that close a story: "(ant/jpnn)")
    r"(?-i:\([A-Z][\w.& -]{1,30}/\s?[A-Z][\w.'’ -]{1,40}\))|"
    # the AP's, photographer first: "(Vladimir Smirnov, Sputnik, Kremlin Pool Photo via AP)"
    r"\([^()]{1,100}\b(?-i:Photo)\b[^()]{0,40}\)|"
    r"\([^()]{1,100}\bvia\s+(?-i:[A-Z])[\w.& ]{1,25}\))\s*$",
    re.IGNORECASE,
)
# the credit in square brackets that closes a photo's caption in Korean dailies: "[KCNA/Yonhap]",
# "[YONHAP]", "[JOONGANG PHOTO]"
_BRACKETED_PHOTO_CREDIT = re.compile(r"\s\[(?P<credit>[A-Z][A-Za-z0-9.& /-]{1,40})\]$")
# how a sentence ends, in a quote too (a straight single mark only after its punctuation: a
# line ending "… will win.'" is a sentence, one ending "film 'Oppenheimer'" may be a heading)
_TERMINAL = (*'.!?:;"”’)…', ".'", "!'", "?'")
# the endings of a web address that may be glued to its dash and the story: "JawaPos.com–Harga
# cabai …"
_GLUED_ENDINGS = ("com", "id", "co")
_GLUED_DASHES = "–—‒-"
_AFTER_GLUED_ENDING = "|".join(rf"(?<=\.{ending})" for ending in _GLUED_ENDINGS)
# "TEMPO.CO, Jakarta - …", a dash right after a capital: "HARIANJOGJA.COM, SLEMAN- …", or a web
# address glued to its dash: "JawaPos.com–Presiden …", "JawaPos.com– Presiden …"
DATELINE_RE = re.compile(
    r"^(?P<lead>[^\n]{2,80}?)(?:(?:\s+|(?<=[A-Z]))(?:-{1,2}|[–—‒])\s+(?=\S)|"
    rf"(?:{_AFTER_GLUED_ENDING})[{_GLUED_DASHES}]{{1,2}}\s*(?=[A-Z“\"])|"
    # a long dash glued to the place and the story: "Bisnis.com, JAKARTA—Presiden …"
    r"(?<=\w)[–—‒](?=[A-Z“\"])|"
    # TASS's agency between slashes: "VOSTOCHNY SPACEPORT, September 13. /TASS/. Russian …"
    r"(?<=\w/\.)\s+(?=[A-Z“\"]))"
)


# a live report's time stamp before a dash, "10.15 WIB - …", "12:45 - …": no dateline, but
# where the entry's words start
_TIME_STAMP = re.compile(r"^\d{1,2}[.:]\d{2}(?:\s*[A-Z]{2,4}\+?\d{0,2})?$")


def dateline_lead(text: str) -> str | None:
    """The dateline lead of a paragraph (``TEMPO.CO, Jakarta``), or None if it has none."""
    m = DATELINE_RE.match(text)
    lead = m.group("lead").strip() if m else ""
    return None if not m or _TIME_STAMP.match(lead) else _names_outlet(lead)


def _names_outlet(lead: str) -> str | None:
    """A text before a dateline's dash, when it reads as a dateline: place and outlet words,
    not a sentence."""
    words = lead.replace(",", " ").split()
    if not 1 <= len(words) <= 8 or any(mark in lead for mark in "·•|"):
        return None  # a sentence, or a byline and date: "Ahmad Islamy Jamil · Rabu, 13 …"
    for w in words:
        first = w.lstrip("(")[:1]
        if not first or (first.islower() and "." not in w and not is_known_media(w)):
            return None  # a sentence, not a dateline; but "JAKARTA, kumparan -" is one
    looks_like_outlet = (
        any(_OUTLET_WORD.search(w) for w in words) or "," in lead or is_known_media(lead)
    )  # "kumparan -" names a known outlet alone
    # detik writes its dateline as the city alone, in title case: "Jakarta -"
    return lead if looks_like_outlet or is_place(lead) else None


_OUTLET_WORD = re.compile(rf"[A-Z]{{3,}}|\w\.(?i:{WEB_DOMAIN_ENDINGS})\b|\([A-Z]+\)")
_DATELINE_DASHES = (
    "- ",
    "–",
    "—",
    "‒",
    *(ending + "-" for ending in _GLUED_ENDINGS),
)
DATELINE_MAX_CHARS = 84  # a lead of at most 80 characters, its dash and the space after it


_COLON_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'’-]{1,40}?):\s+(?=\S)")


def after_dateline(text: str) -> int:
    """Where a paragraph's words start after its dateline (0 when it has none). Asked of
    every clause whose subject is sought, so a substring test rules most out first."""
    head = text[:DATELINE_MAX_CHARS]
    if ": " in head and (colon := _COLON_DATELINE.match(head)) and is_place(colon["place"]):
        return colon.end()  # "KUALA LUMPUR: …", as Malaysian and Singaporean outlets write it
    if not any(dash in head for dash in _DATELINE_DASHES):
        return 0
    m = DATELINE_RE.match(text)
    if m is None:
        return 0
    lead = m.group("lead").strip()
    return m.end() if _TIME_STAMP.match(lead) or _names_outlet(lead) else 0


_BARE_DATELINE_RE = re.compile(r"^[^\n]{2,80}?\s+(?:-{1,2}|[–—‒])$")


# a related-article link copied onto the end of a paragraph ("… kata Slamet. Baca juga: …"),
# or set in brackets inside it ("(Baca juga: …)")
_RELATED_CUE = r"(?i:baca juga|baca pula|lihat juga|simak juga|baca)\s*:"
_BRACKETED_RELATED = re.compile(rf"\({_RELATED_CUE}[^()\n]{{0,200}}\)")
_TRAILING_RELATED = re.compile(rf"(?<=[.!?\"”])\s(?=\s*{_RELATED_CUE})")
_OPENING_RELATED = re.compile(rf"\s*{_RELATED_CUE}")
# the words a headline leaves in lower case
_HEADLINE_SMALL_WORDS = frozenset(
    "di ke dari dan yang untuk dengan atau pada oleh ini itu si sang vs the of and in on to for "
    "a an at by".split()
)
MIN_STORY_AFTER_LINK_WORDS = 5


def _lift_related(line: str) -> list[str]:
    """A line without the related links inside it, then each link as a line of its own (and
    the story's sentence a link's headline ran into, when the page lost the break between)."""
    links = _BRACKETED_RELATED.findall(line)
    if links:
        line = " ".join(_BRACKETED_RELATED.sub(" ", line).split())
    parts = _TRAILING_RELATED.split(line, maxsplit=1)
    if cue := _OPENING_RELATED.match(parts[-1]):
        parts[-1:] = _story_after_link(parts[-1], cue.end())
    return [*parts, *links]


def _story_after_link(link: str, cue_end: int) -> list[str]:
    """A related link's line, split where its headline, in title case, gives way to a sentence
    of the story: "BACA JUGA: Kim Jong Un Tiba di Rusia Pertemuan berlangsung empat jam, kata
    Peskov." The sentence opens with the capitalised word before the first word in lower case
    that no headline leaves so (and before the small words that precede it), and must end as a
    sentence does."""
    spans = [m.span() for m in re.finditer(r"\S+", link[cue_end:])]
    words = [link[cue_end + a : cue_end + b] for a, b in spans]
    for i in range(1, len(words)):
        word = words[i]
        if words[i - 1].endswith((".", "!", "?")) and word[:1].isupper():
            opens = i  # the headline ended with a stop: "… Naik Kereta. Pertemuan …"
        elif word[:1].islower() and word.casefold() not in _HEADLINE_SMALL_WORDS:
            opens = i - 1
            while opens > 0 and words[opens].casefold() in _HEADLINE_SMALL_WORDS:
                opens -= 1  # "… Kim Pulang Kereta itu melaju …"
        else:
            continue
        story = words[opens:]
        if (
            opens > 0
            # (or a quote that opens it: "… Kereta Lapis Baja “Kami siap membantu,” kata Putin.")
            and words[opens].lstrip('“"')[:1].isupper()
            and len(story) >= MIN_STORY_AFTER_LINK_WORDS
            and story[-1].endswith(_TERMINAL)
        ):
            cut = cue_end + spans[opens][0]
            return [link[:cut].rstrip(), link[cut:]]
        break
    return [link]


# where a news API cut the text short: "… [+2345 chars]" (NewsAPI's "content")
_TRUNCATION_MARK = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")


_BROKEN_AT_HYPHEN = re.compile(r"\w-$")


# the mark some outlets end a story with, after its last sentence: "… posisi tawar Pyongyang.***"
_END_MARK = re.compile(r"(?<=[.!?”\"])\s*\*{3,}$")


# an advertisement's marker a copied page left inside a paragraph: "… di Vostochny. ADVERTISEMENT
# SCROLL TO CONTINUE WITH CONTENT “Kami siap,” kata Putin." (a sentence's "Advertisement"
# only before the next one: "Advertisement revenue fell" is prose)
_INLINE_PROMO = re.compile(
    r"\s*(?:\bADVERTISEMENT\b|(?<=[.!?”\"]\s)Advertisement(?=\s+[A-Z“\"])|"
    r"\b(?i:scroll\s+to\s+(?:continue|resume)\s+with\s+content)\b)\s*"
)
_INLINE_PROMO_HINTS = ("DVERTISEMENT", "dvertisement", "croll to", "CROLL TO")


def _without_inline_promos(line: str) -> str:
    """A line without the advertisement markers inside it; a marker alone on its line stays,
    to be labelled a promotion."""
    cut = " ".join(_INLINE_PROMO.sub(" ", line).split())
    return cut or line


def split_blocks(text: str) -> list[str]:
    """Non-empty lines, stripped. Web text puts one paragraph on one line; a line that breaks
    mid-sentence (no closing punctuation, next line starts in lower case, and is no site's name
    alone, as ``kumparan`` under a caption) is joined to the next (without a space after a
    hyphen that broke a word), and so is a dateline
    standing on its own line (``Jakarta, CNN Indonesia --``). A related link inside a line
    becomes a line of its own, and a news API's truncation mark goes, as do the mark that
    ends a story after its last sentence (``***``) and an advertisement's marker inside a
    paragraph."""
    text = plain_typesetting(text)
    if "[+" in text:
        text = "\n".join(_TRUNCATION_MARK.sub("", line) for line in text.split("\n"))
    lines = [
        part.strip()
        for line in text.split("\n")
        for part in (_lift_related(line) if ":" in line else (line,))
    ]
    if "***" in text:
        lines = [_END_MARK.sub("", line) for line in lines]
    if any(marker in text for marker in _INLINE_PROMO_HINTS):
        lines = [_without_inline_promos(line) for line in lines]
    blocks: list[str] = []
    joinable = dateline = False
    for line in lines:
        if not line:
            joinable = False
            continue
        if (joinable and blocks and line[:1].islower() and not is_known_media(line)) or dateline:
            # a word broken at its hyphen is one again: "kerja-" / "sama militer"
            between = "" if _BROKEN_AT_HYPHEN.search(blocks[-1]) and not dateline else " "
            blocks[-1] = f"{blocks[-1]}{between}{line}"
        else:
            blocks.append(line)
        dateline = (
            not dateline
            and bool(_BARE_DATELINE_RE.match(line))
            and bool(dateline_lead(f"{line} x"))
        )
        # a line ending with a comma breaks mid-sentence however short it is: "“Prinsip kita
        # jelas. Kita bersahabat dengan semua negara," / "tetapi …"
        joinable = line.endswith(",") or (not line.endswith(_TERMINAL) and len(line.split()) > 8)
    return blocks


# a line of page furniture: page numbers, a player's "00:00", a rule ("***", "* * *", "___"),
# "Tag: harga cabai, pasar induk",
# pagination ("Halaman: 1 2 3", "Halaman Selanjutnya >>>", "Next page »"), reference numbers
# and the breadcrumb of sections over a story
_NAV_LINE = re.compile(
    r"^[\d\s:./|·•*_=~-]+$|^(tags?|topik|topics?)\s*:|^(halaman|page)\s+\d+(\s+(dari|of)\s+\d+)?$|"
    r"^(halaman|page)\s*:?\s*\d+(\s+\d+)*(\s+(selanjutnya|berikutnya|next))?[\s>»›]*$|"
    r"^(halaman|page|artikel|berita)?\s*(selanjutnya|berikutnya|sebelumnya|next|previous)"
    r"(\s+(halaman|page))?[\s>»›<«‹]*$|"
    r"^(nomor|no|ref|reference)\s*[.:]\s*[\w./-]*\d[\w./-]*$|"  # a release's "Nomor: 12/HM/2023"
    # a reading or listening time: "4 min", "3 min read", "5 menit baca"
    r"^\d{1,3}\s*(min|mins|minutes?|menit)(\s+(read|baca|listen|dengar))?$|"
    r"^[^>»›]{1,40}(\s[>»›]\s[^>»›]{1,40}){1,6}$",  # a breadcrumb: "Home > Internasional > Asia"
    re.IGNORECASE,
)


MAX_WORDS_AFTER_LINKS_LABEL = 2


def _opens_links(related: str) -> bool:
    """A related-links label whose links follow on the next lines: "Baca juga:", "RELATED
    COVERAGE", "Most Read from Bloomberg"."""
    label = _RELATED.match(related)
    after = related[label.end() :] if label else related
    return related.endswith(":") or len(after.split()) <= MAX_WORDS_AFTER_LINKS_LABEL


def _is_nav(text: str) -> bool:
    return text.casefold().strip(" :") in _NAV_WORDS or bool(_NAV_LINE.match(text))


def _is_headline(text: str) -> bool:
    """A line a headline may be: not a sentence, and not an outlet's name alone, as pages
    print it over the story ("CNN Indonesia")."""
    return (
        2 <= len(text.split()) <= 25
        and len(text) <= MAX_HEADLINE_CHARS
        and not text.endswith((".", "”", '"'))
        and "\n" not in text
        and not is_known_media(text)
    )


def _is_heading(text: str) -> bool:
    # (not speech broken off, by an advertisement set into it: "“Kami siap membantu teman-teman
    # kami di Korea Utara")
    return (
        len(text.split()) <= 12
        and not text.endswith((*_TERMINAL, ","))
        and not text.startswith(_OPENING_MARKS)
    )


_OPENING_MARKS = ('"', "“", "‘", "'", "«", "„")


def publication_line_date(text: str) -> dt.date | None:
    """The date of a line that gives the publication date, alone, with the outlet or with the
    place: ``Kamis, 05 Okt 2023 10:15 WIB``, ``Kompas.com - 04/10/2023, 14:20 WIB``,
    ``Jakarta ● Thu, September 14, 2023``."""
    found = date_line(text)
    if found is not None and (not found[1] or is_known_media(found[1]) or is_place(found[1])):
        return found[0]
    dated = dated_credit(text) if found is None and "," in text else None
    return dated[1] if dated else None


def dated_credit(text: str) -> tuple[str, dt.date] | None:
    """(writer, date) of a line that gives the writer with the outlet, then the date: "Rahel
    Narda Chaterine, Kompas.com - 14/09/2023, 10:15 WIB"."""
    credit = _CREDIT_THEN_DATE.match(text)
    written = byline_with_outlet(credit["credit"]) if credit else None
    dated = date_line(credit["date"]) if credit and written else None
    return (written[0], dated[0]) if written and dated and not dated[1] else None


_CREDIT_THEN_DATE = re.compile(r"^(?P<credit>[^–—-]{3,80}?)\s+[-–—]\s+(?P<date>.+)$")


# a writer's name with the outlet in brackets or after a comma, on a line of its own: "Nur
# Janti (The Jakarta Post)", "Thea Fathanah Arbar, CNBC Indonesia"
_BYLINE_WITH_OUTLET = re.compile(
    r"^(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
    r"(?:\s*\((?P<outlet>[^()/]{2,40})\)|,\s+(?P<after_comma>[^(),/]{2,40}))$"
)


# the outlet and its writer closing a story, as Tribun signs it: "(Tribunnews.com/Febri Prasetyo)"
_OUTLET_SLASH_WRITER = re.compile(
    r"^\((?P<outlet>[\w.-]{2,40})/(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\)$"
)


def byline_with_outlet(text: str) -> tuple[str, str] | None:
    """(writer, outlet) of a line that names the writer and a known outlet (not a dateline
    alone on its line: "Jakarta, CNN Indonesia" names a place)."""
    m = _BYLINE_WITH_OUTLET.match(text)
    if m is not None:
        outlet, name = m["outlet"] or m["after_comma"], m["name"]
    elif signed := _OUTLET_SLASH_WRITER.match(text):
        outlet, name = signed["outlet"], signed["name"]
    else:
        return None
    if not is_known_media(outlet) or is_place(name) or name.casefold() in WEEKDAYS:
        return None
    if is_known_media(name):
        return None  # "REUTERS, AFP", "(ANTARA/AP)": agencies credited, no writer
    return name, outlet


# what an embedded social media post leaves in copied text: Instagram's frame, a tweet's
# signature ("— Joko Widodo (@jokowi) October 2, 2023")
# (a display name is a few words: "Dmytro Kuleba 🇺🇦")
_POST_SIGNATURE = r"[—–-]\s*(?P<poster>[^\s()]+(?:[^\S\n]+[^\s()]+){0,5}?)\s*\(@\w{1,30}\)"
_EMBED = re.compile(
    r"^(view this post on instagram|lihat postingan ini di instagram|a post shared by\b|"
    rf"sebuah kiriman dibagikan oleh\b)|^{_POST_SIGNATURE}",
    re.IGNORECASE,
)
# a signature at the end of the post's own text, when a page's copy ran the two together (the
# date it ends with, with its year, says it is one)
_SIGNED_POST = re.compile(
    rf"(?:\s|(?<=[.!?\w/]))(?=[—–]|-\s){_POST_SIGNATURE}[^()\n]{{0,36}}\b\d{{4}}$"
)


def post_signature(text: str, inline: bool = False) -> re.Match[str] | None:
    """The signature of an embedded post (``poster`` its author's name as shown): the line
    itself, or with ``inline`` the end of a paragraph that holds the post's text before it."""
    if "(@" not in text:
        return None
    found = _SIGNED_POST.search(text) if inline else _EMBED.match(text)
    return found if found and found["poster"] else None


# what a picture's caption or credit opens with: BBC's "Sumber gambar, Reuters" and "Keterangan
# gambar, …" ("Image source, …", "Image caption, …"), DW's "Gambar: …"
_PICTURE_LABEL = re.compile(
    r"^(?:(?:sumber|keterangan)\s+(?:gambar|foto)|(?:image|picture|photo)\s+(?:source|caption|"
    r"credit)|gambar)\s*[,:]|"
    # the AP's caption of a picture from its archive: "FILE - North Korean leader …"
    r"(?-i:^FILE\s+[-–—]\s)",
    re.IGNORECASE,
)
# a closing credit of the editors' initials with the agencies used: DW's "ha/as (Reuters, AFP)"
_INITIALS_WITH_AGENCIES = re.compile(r"^[a-z]{2,4}(?:/[a-z]{2,4})+\s*\([^()]{2,80}\)$")


# the site and its desk in brackets, closing a story as Tirto closes one: "(tirto.id - Politik)"
_SITE_AND_DESK = re.compile(
    rf"^\((?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:{WEB_DOMAIN_ENDINGS})"
    r"\s*[-–—|]\s*[A-Z][\w &/-]{1,40}\)$"
)
# a closing credit of the agencies a story came from, after a dash, as Malaysian and Singaporean
# outlets print it ("- Reuters", "— Bernama", "- REUTERS, AFP"), in brackets ("(Reuters, AFP)")
# or, when there are several, alone ("Reuters, AFP")
_AGENCIES = re.compile(
    r"^(?P<dash>(?:-{1,2}|[—–])\s*)?(?P<open>\()?(?P<names>[A-Z][\w.&' /,|;-]{1,80}?)\)?\.?$"
)
_BETWEEN_AGENCIES = re.compile(r"\s*[/,|;&]\s*|\s+(?:and|dan)\s+")
_AGENCY_MARKS = ("/", ",", "|", ";", "&", " and ", " dan ")


MAX_AGENCIES_CREDIT_CHARS = 90  # (a paragraph longer than this is not matched at all)


def _agencies_credit(text: str) -> bool:
    if len(text) > MAX_AGENCIES_CREDIT_CHARS or not (
        text.startswith(("-", "—", "–", "(")) or any(mark in text for mark in _AGENCY_MARKS)
    ):
        return False  # (most lines: a regular expression for each cost 4% of reading a text)
    credit = _AGENCIES.match(text)
    if credit is None:
        return False
    names = [name for name in _BETWEEN_AGENCIES.split(credit["names"]) if name]
    return bool(
        (credit["dash"] or credit["open"] or len(names) > 1)
        and names
        and all(map(is_known_media, names))
    )


# a headline under its rubric, as the first line of a photo or video story: "FOTO: Momen Kim
# Jong Un Bertemu Putin di Kosmodrom Vostochny" (not a credit: "Foto: Reuters")
_RUBRIC_HEADLINE = re.compile(
    r"(?i:foto|video|infografis|galeri|photos?|videos?|in\s+pictures)\s*:\s*(?:\S+\s+){4,}\S+"
)


MAX_SIGN_OFF_WORDS = 4
SIGN_OFF_MARKS = "()[]-–— "  # around an outlet's name signing off: "-- BERNAMA", "(Reuters)"


def signing_outlet(text: str) -> str | None:
    """The known outlet a line is the name of, alone or set off by dashes or brackets, as a
    story is signed off: "Jakarta Globe", "-- BERNAMA", "(Reuters)"."""
    name = text.strip(SIGN_OFF_MARKS)
    return name if len(text.split()) <= MAX_SIGN_OFF_WORDS and is_known_media(name) else None


# the initials in brackets that close a story, as detik and Kompas sign it: "(ita/ita)"
_EDITOR_CODES = re.compile(rf"^\({_EDITORS_INITIALS}\)$")
MIN_CLOSING_TAGS = 3
MAX_TAG_WORDS = 4


# the mark or initials a wire or an outlet closes its story's last paragraph with: Xinhua's
# "Enditem", KCNA's "-0-", Yonhap's "(END)", detik's "(ita/ita)"
_SIGN_OFF_AT_END = re.compile(
    rf"\s+(?:Enditem|ENDITEM|-0-|-30-|###|\((?:END|End|end|[Ss]elesai|SELESAI)\)|"
    rf"\({_EDITORS_INITIALS}\))\s*$"
)


def _without_sign_off(blocks: list[Block]) -> list[Block]:
    """The story's last paragraph without the sign-off run into it, which becomes a credit
    of its own."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind == "content"), None)
    if last is None or not (sign_off := _SIGN_OFF_AT_END.search(blocks[last].text)):
        return blocks
    text = blocks[last].text
    parts = [Block(text[: sign_off.start()], "content"), Block(sign_off.group().strip(), "credit")]
    return [*blocks[:last], *parts, *blocks[last + 1 :]]


def _label_closing_tags(blocks: list[Block]) -> None:
    """The story's tags listed a line each under it ("Kim Jong Un", "Vladimir Putin", "Rusia"):
    a run of short lines without a full stop that ends the text is its footer."""
    run = 0
    for block in reversed(blocks):
        words = len(block.text.split())
        if block.kind not in ("content", "heading") or words > MAX_TAG_WORDS:
            break
        if block.text.endswith((*_TERMINAL, ",")):
            break
        run += 1
    if run >= MIN_CLOSING_TAGS:
        for i in range(len(blocks) - run, len(blocks)):
            blocks[i] = Block(blocks[i].text, "footer")


MIN_PARAGRAPHS_AFTER_LINKS = 2
MIN_PROSE_WORDS = 8  # (a reader's comment may be shorter: "Mantap sekali, Pak.")


_SHARE_BUTTONS = re.compile(r"(?i:share|bagikan)\b")


def _story_goes_on(raw: list[str], labels: list[str | None], at: int) -> bool:
    """Whether the story goes on under a box of links that would end it ("Berita Terkait"
    set into the story, its headlines a line each): what follows, up to the next footer, is
    paragraphs of prose only, two at least. A footer's teasers alternate headlines and
    summaries, or gives another story's lead; its comments, tags and menus are no prose."""
    paragraphs = 0
    for block, label in zip(raw[at + 1 :], labels[at + 1 :], strict=True):
        if label is not None:
            if _FOOTER_START.search(block):
                break
            continue
        if (
            not block.endswith(_TERMINAL)
            or len(block.split()) < MIN_PROSE_WORDS
            or dateline_lead(block)  # another story's lead: a teaser's
        ):
            return False
        paragraphs += 1
    # share buttons set into the story ("Share This Article", The Jakarta Post's) give no
    # teaser: one paragraph of prose under them is the story's
    needed = 1 if _SHARE_BUTTONS.match(raw[at]) else MIN_PARAGRAPHS_AFTER_LINKS
    return paragraphs >= needed


_INSERTED = frozenset({"promo", "nav", "related", "caption"})


def _rejoined_across_boilerplate(blocks: list[Block]) -> list[Block]:
    """A paragraph a page broke mid-sentence to set an advertisement, a link or a picture into
    it is one paragraph again: the part after the insert, which opens in lower case, joins the
    part before it (the insert follows them)."""
    joined: list[Block] = []
    broken: int | None = None  # where in ``joined`` a content block waits for its rest
    for block in blocks:
        if (
            broken is not None
            and block.kind == "content"
            and block.text.split(None, 1)[0].islower()  # (not "iNews.id - …")
            and joined[-1].kind in _INSERTED
        ):
            joined[broken] = Block(f"{joined[broken].text} {block.text}", "content")
            broken = None
            continue
        if block.kind == "content":
            broken = None if block.text.endswith(_TERMINAL) else len(joined)
        elif block.kind not in _INSERTED or post_signature(block.text):
            broken = None  # (a post's text ends at its signature, stop or none)
        joined.append(block)
    return joined


# a cue after a comma, or a reporting verb: a sentence that says who spoke
_CUED = re.compile(
    r",[”\"’]?\s*(?i:kata|ujar|ucap|tutur|said|says|told)\b|"
    r"\b(?i:mengatakan|menurut|according\s+to)\b|"
    r",[”\"’]?\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:said|says|told)\b"
)
MIN_CUED_SENTENCE_WORDS = 6


def _cued_sentence(text: str) -> bool:
    """A story's sentence that says who spoke, though it opens as a related link's heading or
    a credit does ("Berita terkait pertemuan itu menyebar cepat, kata Peskov.", "Hak cipta lagu
    itu dimiliki Kim, kata Peskov."); not a labelled line ("Baca juga: …")."""
    return (
        text.endswith((".", "!", "?", "”", '"'))
        and ":" not in text[:20]
        and len(text.split()) >= MIN_CUED_SENTENCE_WORDS
        and _CUED.search(text) is not None
    )


def _boilerplate_label(text: str, previous: str | None) -> str | None:
    if text == previous or _EMBED.match(text) or _PICTURE_LABEL.match(text):
        return "caption"
    if previous is None and _RUBRIC_HEADLINE.match(text):
        return None
    if (
        _INITIALS_WITH_AGENCIES.match(text)
        or _agencies_credit(text)
        or (text.startswith("(") and _SITE_AND_DESK.match(text))
    ):
        return "credit"
    if _RELATED.match(text) and not _cued_sentence(text):
        return "related"
    if is_web_address(text):
        return "credit"  # the page's address, over or under the story: no prose
    if publication_line_date(text) or (
        # with the sections after it: "KYODO NEWS - Sep 13, 2023 - 21:03 | World, All"
        " | " in text and publication_line_date(text.split(" | ", 1)[0])
    ):
        return "preamble"
    if len(text) > MAX_BOILERPLATE_CHARS:
        return None  # promotions, credits and captions are short lines
    lowered = text.casefold()
    if (
        _PROMO_HINT.search(lowered)
        and (promo := _PROMO.search(text))
        # (a promotion's words inside a story's sentence that says who spoke are the story's:
        # "“Silakan klik di sini untuk mendaftar,” kata Budi.")
        and (promo.start() == 0 or not _CUED.search(text))
    ):
        return "promo"
    if _is_nav(text):
        return "nav"
    if (
        (_CREDIT.match(text) and not _cued_sentence(text))
        # an outlet's name alone, signing off the story: "Jakarta Globe"
        or signing_outlet(text)
        or (("(" in text or "," in text) and byline_with_outlet(text))
        or ((byline := _BYLINE_THEN.match(text)) and date_line(byline["rest"]))
        or (" in " in text and WRITERS_IN_PLACES.match(text))
    ):
        return "credit"
    if not text.endswith((".", "”", '"')) and _CAPTION.search(text[-CAPTION_TAIL_CHARS:]):
        return "caption"
    if (
        text.endswith("]")
        and (credit := _BRACKETED_PHOTO_CREDIT.search(text))
        and all(part.isupper() or is_known_media(part) for part in credit["credit"].split("/"))
    ):
        return "caption"  # "… in Vostochny on Wednesday. [KCNA/Yonhap]", "[YONHAP]"
    return None


MIN_REPEAT_CHARS = 40  # a paragraph this long said twice is a repeat, not a refrain
_NAME_IN_CAPITALS = re.compile(r"[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){1,3}")
MIN_MENU_ITEMS = 4  # short lines in a row at the top of a page: its menu ("Home", "News" …)
MAX_MENU_ITEM_WORDS = 2


def _label_site_menu(raw: list[str], labels: list[str | None]) -> None:
    """A page's menu copied with its story, one item a line, is navigation: the short lines
    that open the text, when there are at least ``MIN_MENU_ITEMS`` of them."""
    run = 0
    while (
        run < len(raw)
        and len(raw[run].split()) <= MAX_MENU_ITEM_WORDS
        and not raw[run].endswith(_TERMINAL)
        and not dateline_lead(raw[run])
    ):
        run += 1
    if run >= MIN_MENU_ITEMS:
        for i in range(run):
            labels[i] = labels[i] or "nav"


# two typewriter apostrophes stand for a double quote mark in some newsrooms: ''Kami siap,''
_DOUBLED_APOSTROPHES = re.compile(r"(?<!')''(?!')")


# agencies' names in capitals run into a paragraph after its last sentence, as The Straits
# Times credits them: "… no agreements had been signed. REUTERS", "… the region. AFP, REUTERS"
_AGENCIES_AT_END = re.compile(
    r"(?<=[.!?”\"’)])\s+(?P<agencies>[A-Z]{2,}(?:\s*[,/&]\s*[A-Z]{2,})*)$"
)


def _agencies_apart(raw: list[str]) -> list[str]:
    """The blocks, with the agencies credited at the end of a paragraph a block of their own
    (as a credit on its own line is)."""
    apart: list[str] = []
    for block in raw:
        credit = _AGENCIES_AT_END.search(block) if block[-2:].isupper() else None
        if credit and all(map(is_known_media, _BETWEEN_AGENCIES.split(credit["agencies"]))):
            apart += [block[: credit.start()], credit["agencies"]]
        else:
            apart.append(block)
    return apart


def classify(text: str) -> list[Block]:
    """Split an article's text into labelled blocks (doubled apostrophes, and the doubled
    backticks that open what they close, read as the double quote mark they stand for).

    Labels: ``title``, ``content``, ``heading`` (a sub-heading inside the body) and the
    boilerplate kinds ``related``, ``promo``, ``nav``, ``credit``, ``caption``, ``preamble``
    (unlabelled text before the dateline), ``footer`` (everything after the closing credits)
    and ``repeat`` (a paragraph the article already has).
    """
    if "''" in text:
        # (and the doubled backticks that open such a quote, as typewriter-style text writes
        # it: ``We are ready,'' Putin said.)
        text = _DOUBLED_APOSTROPHES.sub('"', text.replace("``", '"'))
    raw = _agencies_apart(split_blocks(text))
    labels: list[str | None] = []
    previous: str | None = None
    for block in raw:
        labels.append(_boilerplate_label(block, previous))
        previous = block

    _label_site_menu(raw, labels)
    unlabelled = [i for i, label in enumerate(labels) if label is None][:MAX_LEAD_BLOCKS]
    dateline_at = next((i for i in unlabelled if dateline_lead(raw[i])), None)
    body_start = dateline_at if dateline_at is not None else 0
    title_at: int | None = None
    if raw and labels[0] is None and _RUBRIC_HEADLINE.match(raw[0]):
        title_at, labels[0] = 0, "title"  # a photo story's may have no paragraph under it
    for i in range(body_start):
        if labels[i] is None:
            if title_at is None and _is_headline(raw[i]):
                title_at = i
                labels[i] = "title"
            else:
                labels[i] = "caption" if _CAPTION.search(raw[i]) else "preamble"
    if dateline_at is None and title_at is None:
        first = next((i for i, lab in enumerate(labels) if lab is None), None)
        if (
            first is not None
            and _is_headline(raw[first])
            and any(lab is None for lab in labels[first + 1 :])
        ):
            labels[first] = "title"

    # the writer's name in capitals under the story, as Tempo English signs it: "DANIEL A. FAJRI"
    left = [i for i, label in enumerate(labels) if label is None]
    if len(left) > 1 and _NAME_IN_CAPITALS.fullmatch(raw[left[-1]]):
        labels[left[-1]] = "credit"

    # "Baca juga:" or "Most Read from Bloomberg" with its links on the lines after it
    listing = False
    for i in range(1, len(raw)):
        listing = (
            labels[i - 1] == "related"
            and (listing or _opens_links(raw[i - 1]))
            and _is_headline(raw[i])
            and labels[i] in (None, "related")
        )
        if listing:
            labels[i] = "related"

    in_footer = content_seen = False
    contents: set[str] = set()
    blocks: list[Block] = []
    for i, block in enumerate(raw):
        label = labels[i]
        # share buttons and tags end the story only below it: BBC's "Share" is over the byline
        if (
            label in ("credit", "promo")
            # (not a credit over the story: "Artikel ini telah tayang di …" under the title)
            and (content_seen or (dateline_at is not None and i > dateline_at))
            and (_FOOTER_START.search(block) or _EDITOR_CODES.match(block))
        ) or (
            label in ("nav", "related")
            and i > body_start
            and (content_seen or dateline_at is not None)
            and _FOOTER_START.search(block)
            and not _story_goes_on(raw, labels, i)
        ):
            in_footer = True
        if label is None:
            if in_footer:
                label = "footer"
            elif (
                i != dateline_at
                and _is_heading(block)
                and i + 1 < len(raw)
                # (a post's text, short as posts are, over its signature or signed)
                and not post_signature(raw[i + 1])
                and not post_signature(block, inline=True)
            ):
                label = "heading"
            elif block in contents and len(block) >= MIN_REPEAT_CHARS:
                label = "repeat"  # the story again, as a scraper that took a page twice saves it
            else:
                label = "content"
                content_seen = True
                contents.add(block)
        blocks.append(Block(block, label))
    _label_closing_tags(blocks)
    blocks = _without_sign_off(_rejoined_across_boilerplate(blocks))
    if not content_seen:
        # a photo story: its captions are its text
        blocks = [Block(b.text, "content") if b.kind == "caption" else b for b in blocks]
    return blocks
