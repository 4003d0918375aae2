"""Direct quotations in content paragraphs, and who said them.

Quote marks: “…”, "…", the newsroom ”…”, «…», »…« and „…“; ‘…’ inside a quote stays part of it.
A paragraph that opens a quote without closing it continues into the next paragraph. Single
marks outside a quote are speech only when explicitly attributed.
Attribution, in the patterns Indonesian news uses: a cue after the quote (``,” kata Kim.``,
``,” ujarnya.``), a speech verb before it (``Putin mengatakan, “…”``, ``menurut X, “…”``),
the subject of the sentence just before (``Putin tak membantah. “…”``), a continuation of the
previous quote, and pronouns or references (``dia``, ``media tersebut``) resolved to the last
person or organisation named. Relays (``dikutip dari Channel News Asia``) become ``via``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from kimputin_cli.cleaning import after_dateline, post_signature
from kimputin_cli.dates import WEEKDAYS
from kimputin_cli.models import Article, Block, Quote
from kimputin_cli.outlets import (
    AGENCY_QUALIFIERS,
    OUTLET_KINDS,
    display_name,
    is_known_media,
    known_media_in,
    same_outlet,
)
from kimputin_cli.places import REGION_KINDS, is_place
from kimputin_cli.speakers import (
    BODIES,
    DEMONYMS,
    ENGLISH_BODY_ENDINGS,
    ENGLISH_TITLES,
    PERSON_NOUNS,
    PLACES,
    RANKS,
    ROLE_WORDS,
    SHORT_OFFICES,
    SHORT_RANKS,
    TITLES,
    NameLinker,
    is_degree,
    is_generic_word,
    is_nicknamed,
    is_pronoun,
    is_reference,
    named_after_a_body,
    names_an_office,
    names_someone,
    nickname_in,
    only_forms_of_address,
    only_places,
    strip_places,
    strip_titles,
    without_ranks,
)
from kimputin_cli.textnorm import CAPITALISED_WORD, WORD_RE

OPENERS = {"“": "”", '"': '"', "«": "»", "”": "”", "„": "“"}
_PLAIN_CLOSERS = frozenset({"”", '"', "»"})  # “ closes only a „ quote
_MARK_RE = re.compile('[“”"«»„]')
ENGLISH_SPEECH_VERBS = (
    "said|says|told|added|asked|wrote|stated|explained|noted|warned|insisted|replied|stressed|"
    "posted|tweeted|responded|continued|declared|argued|admitted|acknowledged|recalled|urged|"
    "cautioned|claimed|quipped|joked|emphasised|emphasized|announced|confirmed|reported|"
    "answered|conceded|countered|retorted|pledged|vowed|promised|predicted|lamented|complained|"
    "boasted|shouted|whispered|exclaimed|remarked|observed|concluded|reiterated|repeated|"
    "suggested|demanded|pleaded|agreed|maintained|asserted|affirmed|assured|contended|alleged|"
    "underlined|underscored|recounted|mused|laughed|sighed|"
    "adds|explains|notes|writes|tells|asks|recalls|warns|insists|argues"
)
CUES = (
    "kata|ujar|ucap|tutur|ungkap|jelas|papar|tegas|terang|tambah|imbuh|lanjut|sebut|pungkas|"
    "tandas|tulis|tanya|jawab|pesan|keluh|cuit|harap|bunyi|katanya|ujarnya|beber|sambung|"
    "kilah|seru|sergah|timpal|tukas|bilang|urai|aku|kelakar|canda|seloroh|"
    "sahut|pinta|ajak|imbau|sindir|klaim|kenang|akui|desak|tegur|ingat|cerita|tuding|kritik|"
    "bantah|tepis|sanggah|tanggap|singgung|sesal|ketus|kelit|gurau|ulas|cetus|celetuk|teriak|"
    "bisik|"
    # English-language outlets: ,” said Peskov. / ,” Peskov said.
    f"{ENGLISH_SPEECH_VERBS}"
)
# cues only right after a quote's closing mark ("“…,” nilai Budi.", "“…,” singkatnya."):
# elsewhere they are common words ("…, nilai Rupiah melemah", "tutup usia", "singkatnya, …")
# ",” demikian Hasto.", ",” lapor kantor berita Yonhap."
# (and words that are cues only there: "“…,” balas Budi", "janji Budi", "kecam Budi", "dalih
# Budi", "kisah Budi")
CUES_AFTER_QUOTE = (
    f"{CUES}|nilai|tutup|sela|singkat|simpul|demikian|lapor|balas|kecam|puji|janji|yakin|duga|"
    "dalih|kisah"
)
NYA_CUES = frozenset({"katanya", "ujarnya"})  # cues listed with their -nya form
SPEECH_VERBS = (
    "mengatakan|menyatakan|menegaskan|berkata|menjelaskan|mengungkapkan|menuturkan|"
    "menambahkan|bertanya|menulis|menyebut|menyebutkan|menyampaikan|mengucapkan|menyambut|"
    "memperingatkan|melaporkan|berujar|berpesan|menandaskan|menekankan|mengklaim|membantah|"
    "mengakui|menjawab|menanggapi|mengingatkan|berucap|bertutur|berseru|menyerukan|mengutip|"
    "mengaku|menerangkan|memaparkan|membeberkan|menceritakan|bercerita|mengimbau|"
    # asking, urging, mocking, complaining, joking, hoping: "Jokowi meminta, “…”"
    "meminta|mendesak|mengajak|menyindir|menyinggung|menuding|mengkritik|mengeluhkan|mengeluh|"
    "menyesalkan|menimpali|menepis|mengenang|menegur|berkelakar|bercanda|berharap|menilai|"
    # replying: "Kim membalas, “…”", "Peskov merespons: “…”"
    "membalas|menyahut|merespons|merespon|"
    # shouting, whispering, concluding: "Kim berteriak, “…”"
    "berteriak|berbisik|menyimpulkan|"
    # going on, telling a story, putting forward, excusing: "Putin melanjutkan, “…”"
    "melanjutkan|mengisahkan|berkisah|mengemukakan|berdalih|berkilah|menukas|menyela|"
    f"{ENGLISH_SPEECH_VERBS}"
)
# the titles and ranks written short with a full stop before a name: "Dr.", "Mr.", "Gen.",
# "Lt. Gen.", "Sen.", "Rep." (a short word and its full stop are matched first, and only then
# checked against the list: most words are longer)
_SHORT_TITLES = [
    *("Dr", "Drs", "Dra", "Drg", "Hj", "Mr", "Mrs", "Ms", "Prof", "Pol"),
    *SHORT_RANKS,
    *SHORT_OFFICES,
    # and given names written short, which a name goes on after: "Moh. Mahfud MD", "Muh.
    # Arifin", "Abd. Rahman Saleh", Malaysia's "Mohd. Shafie", the Philippines' "Ma. Teresita"
    *("Moh", "Muh", "Moch", "Mochd", "Mohd", "Muhd", "Abd", "Ach", "Ma", "Md"),
    "KH",  # a kiai's title with its stop: "KH. Ma'ruf Amin"
]
# (one look-behind for the titles of each length: Python's must be of a fixed width)
_SHORT_TITLE_TAIL = "|".join(
    rf"(?<=\b(?:{'|'.join(t for t in _SHORT_TITLES if len(t) == size)})\.)"
    for size in sorted({len(t) for t in _SHORT_TITLES})
)
# a capitalised word, initials (J., U.S.) or a title (Dr., Prof., Mr.), joined by the particles
# names and offices use; every form opens with [A-Z], which lets the regex engine skip ahead to
# capitals
_NAME_WORD_TAIL = (
    rf"(?:\.(?:[A-Z]\.)*|[A-Za-z]{{1,3}}\.(?=\s+[A-Z])(?:{_SHORT_TITLE_TAIL})|[\w'’-]*)"
)
_NAME_WORD = rf"[A-Z]{_NAME_WORD_TAIL}"
# particles inside names, before a capitalised word ("Mohammed bin Salman", "Secretary of
# State"; not the "de" of "dengan"), and joined to it ("Bashar al-Assad")
# the particles of names: "Mohammed bin Salman", "Ursula von der Leyen", "José dos Santos"
_NAME_JOINER = (
    r"(?:bin|binti|van|von|de|der|den|del|della|da|dos|das|du|la|le|ter|ten|al|el|of)"
    r"(?=\s+(?:der\s+|den\s+|la\s+|le\s+)?[A-Z])|(?:al|el)-[A-Z][\w'’-]*"
)
NAME = rf"(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}|{_NAME_JOINER}))*"
_NAME_RE = re.compile(NAME)
# starting at a word's start only (checked after its capital, which lets the engine skip to
# capitals): from inside a word, each capital of a very long one would rescan all of it
_MULTI_WORD_NAME = re.compile(
    rf"[A-Z](?<![\w'’-][A-Z]){_NAME_WORD_TAIL}(?:\s+(?:{_NAME_WORD}|{_NAME_JOINER}))+"
)
_CUE_AFTER = re.compile(  # ",” kata Putin", ".” Demikian kata Putin"
    # (and ‘”. Demikian kata Putin.’, ‘”. kata Kim.’, the full stop outside the mark, and a dash:
    # ‘” —kata Putin’)
    rf"^[\s,]*(?:\.?\s*(?i:demikian|begitu)\s+|\.\s*(?=[a-z])|[—–]\s*)?(?:(?P<cue>{CUES_AFTER_QUOTE})(?P<nya>nya)?\b\s*(?P<rest>.*))",
    re.DOTALL,
)
_CUE_OPENING_A_SENTENCE = re.compile(
    # (not the cues that are adjectives too: "Jelas Rusia akan membantu" is "clearly")
    r"^\s*(?P<cue>Kata|Ujar|Ucap|Tutur|Tambah|Imbuh|Lanjut|Ungkap|Papar|Pungkas|Tandas)"
    r"(?P<nya>nya)?\b"
    r"(?P<rest>\s+(?:[A-Z]|dia\b|ia\b|beliau\b).*|\s*[.,;].*|\s*$)",
    re.DOTALL,
)
# who said it, after the quote: ",” according to KCNA", ",” menurut pernyataan Kemlu" (a
# statement or report of someone unnamed, "according to a statement from the foreign
# ministry", is no one's named before)
_ACCORDING_AFTER = re.compile(
    r"^[\s,]*(?i:according\s+to|menurut)\s+(?:(?i:an?|the)\s+)?"
    # (and in Malay, "menurut kenyataan KCNA")
    r"(?:(?i:statement|report|transcript|readout|release|pernyataan|keterangan|laporan|rilis|"
    r"kenyataan)"
    r"(?:\s+(?i:from|by|of|(?:issued|released|published|provided)\s+by|dari|"
    r"(?:yang\s+)?di(?:rilis|keluarkan|sampaikan|terbitkan)(?:\s+oleh)?))?\s+(?:(?i:the)\s+)?)?"
    r"(?P<who>.*)",
    re.DOTALL,
)
# ",” a statement from the Kremlin said", ",” read a statement from the White House"
_STATEMENT_AFTER = re.compile(
    r"^[\s,]*(?:(?i:read|reads)\s+)?(?i:an?|the)\s+(?:(?i:joint)\s+)?"
    r"(?i:statement|readout|press\s+release)\s+(?i:from|by|issued\s+by)\s+(?:(?i:the)\s+)?"
    r"(?P<who>.*)",
    re.DOTALL,
)
# who said it, in the passive, after the quote or opening the next paragraph: "“….” Hal itu
# disampaikan Menteri Luar Negeri Retno Marsudi", ",” demikian disampaikan Menlu Retno Marsudi"
_PASSIVE_CUE = re.compile(
    r"^[\s,.]*(?i:(?:hal|pernyataan|penegasan|ungkapan)\s+(?:itu|tersebut|ini)|demikian|begitu)"
    r"\s+(?i:juga\s+)?di(?:sampaikan|katakan|ungkapkan|tegaskan|jelaskan|utarakan|ucapkan|"
    r"tuturkan|paparkan|kemukakan)\s+(?:oleh\s+)?(?P<rest>.*)|"
    # ",” demikian pernyataan resmi Kementerian Luar Negeri", ",” bunyi siaran pers Kemenlu"
    r"^[\s,.]*(?i:(?:demikian|begitu)\s+(?:bunyi\s+|isi\s+)?|bunyi\s+|isi\s+)"
    r"(?i:pernyataan|keterangan|rilis|siaran\s+pers)(?:\s+(?i:resmi|tertulis|pers))?\s+"
    r"(?P<statement_by>[A-Z].*)",
    re.DOTALL,
)
# a credit after a quote, as under a pull quote: "“…” —Retno Marsudi"
_DASH_CREDIT = re.compile(r"^\s*(?:[—–]|-{1,2}(?=\s))\s*(?P<rest>[A-Z].*)", re.DOTALL)
# what stands before the name of an outlet that relays: "the state-run", "state news agency",
# "state media outlet"
_BEFORE_AN_OUTLET = (
    # (a country's, before it: "by North Korea's official Korean Central News Agency")
    rf"(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?(?:(?:{AGENCY_QUALIFIERS})\s+)?"
    r"(?:(?:news\s+agency|media(?:\s+outlet)?|newspaper|broadcaster)\s+)?"
)
# the outlet that carried a statement, between the verb and what was said: "said in a statement
# carried by the official Korean Central News Agency that …"
_CARRIED_BY = re.compile(
    rf"\b(?:carried|published|released|distributed)\s+by\s+{_BEFORE_AN_OUTLET}(?P<via>{NAME})"
)
# how an aside of the circumstances opens: ",” Blinken, speaking in Kyiv, told reporters"
_PARTICIPLE_ASIDE = "speaking|writing|talking|addressing|responding|referring|asked|appearing"
# ",” Peskov said", ",” Peskov, the Kremlin's spokesman, said", ",” Kim was quoted as saying
# by the state-run Korean Central News Agency" (that agency the relay)
_PARTY_AND_STATE = r"[DRI]-[A-Z][A-Za-z.]{1,12}"
# an American lawmaker's party and state after the name: "(D-Calif.)", ", R-Fla."
_PARTY_AND_STATE_ASIDE = re.compile(
    rf"(?<=\w)(?:\s*\((?:{_PARTY_AND_STATE}|[DRI])\)|,\s+{_PARTY_AND_STATE}(?=[,.]?(?:\s|$)))"
)
_NAME_THEN_VERB = re.compile(
    # an aside between name and verb: ", the Kremlin's spokesman,", ", who spoke in Moscow,",
    # ", Putin's foreign policy adviser,", ", 39,", ", speaking in Kyiv,"
    rf"^[\s,]*(?P<name>{NAME}|he|she|they|it)"
    # (or in brackets, and an American lawmaker's party and state: "Adam Schiff (D-Calif.)",
    # "Budi (45)", "Lindsey Graham, R-S.C.,")
    r"(?:\s*\([^()“”\"]{1,30}\))?"
    r"(?:\s+[—–]\s*[^—–“”\"]{1,80}?\s*[—–])?"  # between dashes: "Putin — who arrived by car —"
    rf"(?:,\s+(?:(?:the|a|an|sang|selaku|who|yang|{_PARTICIPLE_ASIDE}|{NAME}['’]s)\s+"
    rf"[^,“”\"]{{1,80}}|\d{{1,3}}|{_PARTY_AND_STATE}),)?"
    rf"\s+(?:juga\s+)?(?:{SPEECH_VERBS}|was\s+(?:quoted|cited)(?:\s+as\s+saying)?(?:\s+by\s+"
    rf"{_BEFORE_AN_OUTLET}(?P<by>{NAME}))?|was\s+heard\s+(?:saying|telling))\b"
)
# ",” a visibly emotional Kim said": a person named past the words that describe them (not
# ",” a senior Kremlin official said": someone unnamed)
_DESCRIBED_NAME_THEN_VERB = re.compile(
    rf"^[\s,]*(?:an?|the)\s+(?P<described>(?:[a-z][\w-]*\s+){{1,3}})(?P<name>{NAME})\s+"
    rf"(?:{ENGLISH_SPEECH_VERBS})\b"
)


def _described_name_then_verb(after: str) -> re.Match[str] | None:
    opening = after.lstrip(" ,")[:1]
    found = _DESCRIBED_NAME_THEN_VERB.match(after) if opening in ("a", "A", "t", "T") else None
    if (
        found
        and not names_an_office(found["described"])
        and _names_a_person(_bare_name(found["name"]))
    ):
        return found
    return None


_NAME_THEN_ANY_VERB = re.compile(
    rf"^[\s,]*(?P<name>{NAME})\s+(?:[a-z]+ed|ter[a-z]{{3,}}|ber[a-z]{{3,}})\s*(?:[.;]|,\s|$)"
)
# ",” the spokesperson for the ministry, Lalu Muhammad Iqbal, said": an office, then the name
# set off by commas before the verb
_OFFICE_THEN_NAME_AFTER = re.compile(
    rf"^[\s,]*(?:the\s+|a\s+|an\s+)?[a-z][^,“”\"]{{0,80}},\s+(?P<name>{NAME}),\s+"
    rf"(?:{SPEECH_VERBS})\b"
)
INDIRECT_VERBS = (
    "mengatakan|menyatakan|menegaskan|menyebut|menyebutkan|mengungkapkan|menjelaskan|menilai|"
    "memperingatkan|mengklaim|menambahkan|mengakui|membantah|melaporkan|"
    "menuturkan|mengungkap|menekankan|berpendapat|berjanji|memperkirakan|memprediksi|meyakini|"
    "menerangkan|menandaskan|mengaku|menduga|menuding|berharap|membenarkan|menampik|"
    # what was signalled: "Putin mengisyaratkan akan membantu …"
    "mengisyaratkan|mengindikasikan|menyiratkan|"
    # and in Malay, as Malaysian outlets write it: "X berkata …", "X memberitahu pemberita …"
    "berkata|memberitahu|memberitahukan|berujar|bertutur|berucap"
)
# "that" in Indonesian, and in Malay
_BAHWA = r"(?:bahwa|bahawa)"
# verbs that report speech only before "bahwa": "menyampaikan (kepada wartawan) bahwa …", not
# "menyampaikan undangan resmi kepada tamu negara"
THAT_VERBS = (
    "menyampaikan|memastikan|mengingatkan|menginformasikan|mengonfirmasi|memaparkan|membeberkan|"
    # what was written or posted: "Zelensky menulis di akun X miliknya bahwa …"
    "menulis|mencuit|"
    # what was answered or stressed: "Kim menjawab bahwa …", "Peskov menanggapi bahwa …"
    "menjawab|membalas|menanggapi|mengutarakan|menggarisbawahi"
)
_ASIDE = re.compile(r"\s*\([^()]{1,30}\)")  # "Slamet (45)", "(Jateng)": asides in a subject
_ACRONYM_ASIDE = re.compile(r"\s*\([A-Z]{2,10}\)\s+(?=[A-Z])")
_ENVOY_TO = re.compile(rf"\s+(?:untuk|to)\s+(?:the\s+)?{NAME}(?=\s|$)")
# the body an office is held in, after it: "Pengamat Politik dari Universitas Al Azhar
# Indonesia Ujang Komarudin", "Anggota DPR RI dari Fraksi PDI Perjuangan Budi Santoso"
_OFFICE_FROM = re.compile(rf"\s+dari\s+(?P<name>{NAME})(?=\s|$)")
_AGE = re.compile(r"\s*\(\d{1,3}(?:\s*(?:tahun|th))?\)")
_ACRONYM_AT_END = re.compile(r"\s*\((?P<acronym>[A-Z]{2,10})\)$")
_NICKNAME_AT_END = re.compile(r"\s*\([A-Z][a-z][\w'’-]*\)$")
_NAME_SAYS = re.compile(
    rf"(?P<name>{NAME}),?\s+(?:juga\s+)?(?:{SPEECH_VERBS}|{INDIRECT_VERBS}|mengaku)\b"
)
# verbs that report speech only before "that", as English-language outlets in Indonesia write
# it: "Retno conveyed that …", "Jokowi expressed hope that …" (not "explained the plan"); those
# of one word, then those with words after them (whom they told, what they expressed)
_ENGLISH_THAT_WORDS = frozenset(
    """remarked conveyed emphasised emphasized explained stated opined affirmed asserted
    underlined underscored highlighted revealed reiterated acknowledged admitted argued
    believes believed hoped maintained predicted mentioned disclosed clarified cautioned
    observed suggested contended recalled
    thinks argues notes warns adds insists explains claims stresses estimates estimated expects
    expected fears feared suspects suspected signaled signalled hinted indicated boasted
    pledged vowed conceded agreed complained lamented replied responded answered retorted
    countered declared""".split()
)
_ENGLISH_THAT_PHRASES = {
    "pointed": r"pointed\s+out",
    "informed": r"informed(?:\s+[\w'’-]+){1,3}?",
    "reminded": r"reminded(?:\s+[\w'’-]+){1,3}?",
    # whom it was promised or assured: "Kim promised Putin that …", "assured reporters that …"
    "promised": r"promised(?:\s+[\w'’-]+){0,3}?",
    "assured": r"assured(?:\s+[\w'’-]+){0,3}?",
    "expressed": r"expressed\s+(?:(?:his|her|their|the)\s+)?"
    r"(?:hope|concern|optimism|belief|confidence)",
    # where it was written: "wrote on Telegram that …", "posted on X that …"
    "wrote": r"wrote(?:\s+(?:on|in)(?:\s+[\w'’.-]+){1,3}?)?",
    "posted": r"posted(?:\s+(?:on|in)(?:\s+[\w'’.-]+){1,3}?)?",
    "tweeted": r"tweeted",
}
ENGLISH_THAT_VERBS = "|".join([*sorted(_ENGLISH_THAT_WORDS), *_ENGLISH_THAT_PHRASES.values()])
# "Zhiwei Zhang, chief economist at Pinpoint Asset Management, said …": the name is the subject
_OWNER = r"(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*"
_NAME_ASIDE_SAYS = re.compile(
    # (or whose: "Dmitry Peskov, Mr. Putin's spokesman, told reporters that …")
    rf"(?P<name>{NAME}),\s+(?P<aside>(?:{_OWNER}['’]s\s+)?[a-z][^,]{{0,100}}),\s+(?:juga\s+)?"
    rf"(?:{SPEECH_VERBS}|{INDIRECT_VERBS}|(?:{ENGLISH_THAT_VERBS})(?=\s+that\b))\b"
)
# what a sentence in the passive says someone said: "Hal senada disampaikan tetangganya,
# Ujang", "Hal itu disampaikan Menteri Sosial Tri Rismaharini di Cianjur"
_SAID_BY = re.compile(
    r"^\s*(?i:(?:hal|pernyataan|pendapat|pandangan|penjelasan)\s+(?:itu|tersebut|ini|senada|serupa|"
    r"berbeda|yang\s+sama)|(?:senada|serupa)\s+(?:dengan\s+itu|hal\s+itu)?)\s+(?i:juga\s+)?"
    r"di(?:sampaikan|katakan|ungkapkan|tegaskan|jelaskan|utarakan|kemukakan|akui)\s+"
    r"(?:(?i:oleh)\s+)?(?P<who>.+)$",
    re.DOTALL,
)
# "Dwikorita Karnawati, Senin (11/9), mengatakan …", "Peskov, on Thursday, said …": when, not who
_TIME_ASIDE = re.compile(
    rf",\s+(?:(?:on|pada|hari)\s+)?(?i:{'|'.join(WEEKDAYS)})\b[^,“”\"]{{0,40}}?(?=,)"
)


# "Budi Hartono, S.H., M.H., mengatakan …": a degree after the name (whether it is one is
# asked of each)
_DEGREE_ASIDE = re.compile(r",\s*([A-Z][A-Za-z.]{0,6})(?=,)")


def _without_degree(aside: re.Match[str]) -> str:
    return "" if is_degree(aside[1]) else aside[0]


def _without_asides(text: str) -> str:
    """A subject's text without the day, the age and the degrees set off in it: "Kim, 39, …",
    "Budi (45)", "Peskov, on Thursday, …", "Budi, M.Si., …"."""
    text = _AGE.sub("", _AGE_ASIDE.sub("", _TIME_ASIDE.sub("", text)))
    if "-" in text or "(" in text:
        text = _PARTY_AND_STATE_ASIDE.sub("", text)  # "Rep. Adam Schiff, D-Calif., said"
    return _DEGREE_ASIDE.sub(_without_degree, text) if "," in text else text


# "Kirby, the White House national security spokesman, was asked …", "Budi, seorang pedagang
# di Pasar Baru, tampak lesu": between commas, who the subject is
_SUBJECT_THEN_WHO_THEY_ARE = re.compile(
    r"(?P<subject>[^,“”\"]{1,120}),\s+[a-z][^,“”\"]{0,80},\s+[a-z]"
)
# "The prime minister, Rishi Sunak, spoke …", "Selain itu, Budi, ketua RT, menyebut …": a
# name between commas, then the sentence goes on
_OFFICE_THEN_NAME = re.compile(rf"[^,“”\"]{{1,80}},\s+(?P<name>{NAME}),\s+[a-z]")
# "Kepala Dinas Koperasi dan UMKM Kota Bandung, Atet Dedi Handiman, mengatakan …", "The
# ministry's spokesman, Lin Jian, said …": a name set off by commas right before the verb
_OFFICE_THEN_NAME_SAYS = re.compile(
    rf",\s+(?P<name>{NAME}),\s+(?:juga\s+)?(?:{SPEECH_VERBS}|{INDIRECT_VERBS}|mengaku)\b"
)
# "“…,” Kremlin spokesman Dmitry Peskov told reporters": a subject of a few words, then its verb
_SAID_AFTER = re.compile(rf"^[\s,]*(?:[\w.'’-]+\s+){{1,8}}?(?P<verb>{SPEECH_VERBS})\b")
_LATER_CUE = re.compile(rf",\s*(?P<cue>{CUES})(?P<nya>nya)?\b\s*(?P<rest>.*)", re.DOTALL)
# the same in English order, the speaker before the verb, ending the sentence: "“We are ready”
# to help, Putin said."
_LATER_NAME_SAID = re.compile(
    rf",\s*(?P<rest>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:[a-z]+\s+){{0,2}}{NAME})\s+"
    rf"(?P<cue>{ENGLISH_SPEECH_VERBS})(?P<nya>)\b[^,]{{0,40}}$"
)
# a speech verb and how, or to whom, before the comma: "Peskov menjawab singkat, “…”", "Kim
# berkata dengan tegas: “…”", "Putin menjawab pertanyaan wartawan, “…”"
_VERB_THEN_HOW = re.compile(rf"\b(?:{SPEECH_VERBS})(?:\s+[a-z]+){{1,2}}\s*[,:]\s*$")
# what "berikut" (here is) leads into: "Berikut pernyataan lengkapnya:", "Berikut petikan …"
_STATEMENT_NOUNS = "pernyataan|petikan|kutipan|penjelasan|keterangan|isi|bunyi"
# an English participle that introduces what was said: "saying:", "telling Kim,", "adding that"
_INTRODUCING_PARTICIPLE = (
    r"(?:saying|adding|noting|writing|declaring|insisting|warning|stressing|explaining|replying|"
    r"answering|asking|telling(?:\s+[\w'’-]+){1,4}?)(?:\s+that)?"
)
_PRE_CUE = re.compile(
    rf"(?:\b(?:{SPEECH_VERBS})(?:\s+baha?wa)?|\bmenurut\s+[^,]{{1,60}}|\bpepatah[^,]{{0,40}}|"
    # "Berikut ini:", "Berikut pernyataan lengkapnya:", "Berikut petikan wawancara dengan X:"
    rf"\bberikut(?:\s+ini)?(?:\s+(?:{_STATEMENT_NOUNS})\b[^.:“”\"]{{0,60}})?|"
    rf"\b(?:{CUES})(?:nya)?|"
    # an English participle: "…, saying: “…”", "with Putin telling Kim, “…”", "adding that “…”"
    rf"\b{_INTRODUCING_PARTICIPLE})\s*[,:]?\s*$",
    re.IGNORECASE,
)
# "menurut X, “…”", and at a sentence's start "Kata Peskov, “…”", "Seperti disampaikan X, “…”";
# or a pronoun: "Menurut dia, “…”", "Menurutnya, “…”"
_MENURUT = re.compile(
    rf"\b(?i:menurut|according\s+to|kata|ujar|tutur|ucap|"
    rf"(?:seperti|sebagaimana)\s+(?:yang\s+)?di(?:sampaikan|katakan|ungkapkan|tegaskan|jelaskan|tulis(?:kan)?)"
    rf"(?:\s+oleh)?)(?:\s+|(?=nya\b))"
    rf"(?P<name>(?:[a-z]+\s+){{0,3}}{NAME}|dia|ia|beliau|mereka|him|her|them|nya)"
    # "Kata Peskov lagi, “…”", "Ujar Kim kemudian, “…”"
    r"(?:\s+(?:lagi|kemudian|pula|juga|selanjutnya|lebih\s+lanjut))?\s*[,:]?\s*$"
)
_NAME_COLON = re.compile(rf"^\s*(?P<name>{NAME})\s*:\s*$")  # "Peskov: “…”", as in interviews
# whom a question was put to, after its cue: "tanya wartawan kepada Putin", "tanya seorang
# jurnalis pada Peskov"
_ASKED = re.compile(rf"^[^.,“”\"]{{0,40}}?\b(?:kepada|pada|ke)\s+(?P<name>{NAME})")
# whose words follow, as a lead of their own says: "Berikut pernyataan Kremlin:", "Berikut
# petikan wawancara dengan Putin:", "Berikut pernyataan lengkapnya:" (of whom it is about)
_HERE_ARE_THE_WORDS = re.compile(
    rf"\b(?i:berikut)(?:\s+ini)?\s+(?:{_STATEMENT_NOUNS})"
    r"(?:\s+(?:lengkap|resmi|wawancara|pidato|sambutan))*"
    rf"(?:(?P<name>nya)|(?:\s+(?:dengan|dari|oleh))?\s+(?P<named>{NAME}))\s*:?\s*$"
)
# the passive verbs that say through whom something was reported: "seperti dikutip KCNA"
_RELAYED_BY = "dikutip|dilansir|dilaporkan|diberitakan|diwartakan|dikabarkan"
_RELAY = re.compile(
    rf",?\s*(?:seperti\s+|sebagaimana\s+)?(?:{_RELAYED_BY}|mengutip|melansir|"
    rf"ditayangkan|via|disiarkan|(?:as\s+)?quoted\s+by|according\s+to(?:\s+(?:an?\s+|the\s+)?"
    rf"reports?\s+(?:by|from|in))?|menurut(?:\s+laporan)?|carried\s+by)\s+"
    # "sebagaimana dikutip Pikiran-Rakyat.com dari Reuters": the outlet that quotes it, then
    # where from
    rf"(?:[\w.-]+\s+(?=dari\s))?(?:dari\s+|oleh\s+|dalam\s+)?"
    # "seperti dikutip kantor berita TASS", "according to Russian state media RIA Novosti"
    # (and in Malay, "seperti dilaporkan agensi berita KCNA")
    rf"(?:the\s+)?(?:(?:kantor\s+berita|agensi\s+berita|media|harian|situs|laman)\s+|"
    rf"(?:[A-Z][\w-]*\s+)?(?:state(?:-run)?\s+)?(?:media(?:\s+outlet)?|news\s+agency)\s+(?=[A-Z]))?"
    rf"(?P<via>{NAME})"
)
# the outlet a speaker told it to, which relays it: ",” Peskov told the Interfax news agency"
_OUTLET_KIND_AFTER = re.compile(
    r"\s+(?:news\s+agency|news\s+service|newspaper|daily|broadcaster|television|TV|radio)\b"
)
_TOLD_OUTLET = re.compile(
    r"\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+)?(?:state(?:-run)?\s+)?(?:news\s+agency|media|"
    rf"newspaper|broadcaster|television)\s+)?(?P<outlet>{NAME})"
)
# the outlet that interviewed the speaker, which relays what was said: "said in an interview with
# CNN", "kata Retno dalam wawancara khusus dengan Kompas.com"
_INTERVIEW_BY = re.compile(
    r"\b(?:[Ii]n\s+an?\s+(?:exclusive\s+)?interview\s+with|"
    r"dalam\s+(?:sebuah\s+)?wawancara(?:\s+(?:khusus|eksklusif))?\s+(?:dengan|bersama))\s+"
    rf"(?:the\s+)?(?P<outlet>{NAME})"
)


# the last "told" before a quote ("Peskov told the state news agency RIA Novosti: “…”")
_TOLD = re.compile(r"\btold(?=\s[^:“”\"]*[:,]?\s*$)")


def _told_outlet(text: str, at: int) -> str | None:
    """The outlet named right after "told" (which ends at ``at``), which relays what was
    said: a known one, or one the words after its name say is an outlet ("told the RIA news
    agency")."""
    told = _TOLD_OUTLET.match(text, at)
    if told is None:
        return None
    outlet = told["outlet"]
    return _known_outlet(outlet) or (outlet if _OUTLET_KIND_AFTER.match(text, told.end()) else None)


def _known_outlet(written: str | None) -> str | None:
    """The display name of the known outlet a phrase names, or None: the one that quoted,
    was told or interviewed someone ("North Korean state media" names none)."""
    outlet = known_media_in(written) if written else None
    return display_name(outlet) if outlet else None


def _carrying_outlet(text: str, start: int, end: int) -> str | None:
    """The known outlet that carried a statement, named between ``start`` and ``end``."""
    carried = _CARRIED_BY.search(text, start, end) if "by" in text else None
    return _known_outlet(carried["via"]) if carried else None


# the outlet that quoted a statement, before it: "Putin, quoted by Interfax, said …", and set
# off before what was said: "Putin said, as quoted by RIA Novosti, that …"
_QUOTED_BY = re.compile(
    rf"\b(?:as\s+)?(?:quoted|cited)\s+by\s+{_BEFORE_AN_OUTLET}(?P<via>{NAME})"
    r"(?P<aside>\s*,\s*(?:that\s+)?)?"
)
_TOLD_WORD = re.compile(r"\btold\b")


def _outlet_told(before: str) -> str | None:
    """The known outlet a reported statement was told to, quoted by or said in an interview
    with, named before it: "Peskov told RIA Novosti that", "Peskov mengatakan kepada TASS
    bahwa", "Putin said, as quoted by RIA Novosti, that"."""
    via = None
    if "told" in before and (told := _TOLD_WORD.search(before)):
        via = _told_outlet(before, told.end())
    elif "kepada" in before and (told := _TOLD_OUTLET_ID.search(before)):
        via = _known_outlet(told["outlet"])
    elif ("quoted" in before or "cited" in before) and (quoted := _QUOTED_BY.search(before)):
        via = _known_outlet(quoted["via"])
    return via or _interviewing_outlet(before)


def _interviewing_outlet(text: str) -> str | None:
    """The known outlet a sentence says interviewed the speaker, or None."""
    found = _INTERVIEW_BY.search(text) if "interview" in text or "wawancara" in text else None
    return _known_outlet(found["outlet"]) if found else None


_TOLD_OUTLET_ID = re.compile(
    rf"\bkepada\s+(?:(?:media|kantor\s+berita|harian|stasiun\s+televisi)\s+)?(?P<outlet>{NAME})"
)
# the day a relay gives, set off after the outlet: "Dilansir AFP, Kamis (14/9/2023), …"
_DAY_SET_OFF = r"(?i:senin|selasa|rabu|kamis|jumat|sabtu|minggu)(?:\s*\([\d/.-]{3,12}\))?"
# a relay that opens the sentence: "Dikutip dari Reuters, Peskov mengatakan “…”"
_RELAY_LEAD = re.compile(
    rf"^(?:(?:(?i:seperti|sebagaimana)\s+)?(?i:dikutip|dilansir|mengutip|melansir)\s+"
    # (and the kind of outlet: "Dilansir kantor berita AFP, Kamis (14/9/2023), …")
    rf"(?:(?i:dari)\s+)?(?:(?:kantor|agensi)\s+berita\s+|(?:media|harian|surat\s+kabar)\s+)?|"
    # "In remarks carried by KCNA, Kim said: “…”"
    rf"(?i:in\s+(?:remarks|comments|a\s+speech|a\s+statement)\s+carried\s+by)\s+(?:the\s+)?"
    rf"{_BEFORE_AN_OUTLET})(?P<via>{NAME})\s*(?:,\s*{_DAY_SET_OFF})?,"
)
# whose view a quote gives, opening the sentence: "For Andrei Lankov, a professor at Kookmin
# University, “…”", "Bagi Hikmahanto, “…”"
_FOR_SOMEONE = re.compile(rf"^\s*(?:For|Bagi)\s+(?P<name>{NAME})(?:,\s+[^,“”\"]{{1,120}})?,\s*$")
# a known outlet cited as the source of a sentence about someone else's words: "According to
# KCNA, Kim told Putin that …", "Menurut KCNA, Kim mengatakan …"
_ACCORDING_LEAD = re.compile(
    rf"^(?i:according\s+to|menurut)\s+(?:a\s+|laporan\s+)?{_BEFORE_AN_OUTLET}(?P<via>{NAME})"
    # or its dispatch: "According to a KCNA dispatch, Kim said: …"
    r"(?:\s+(?:dispatch|report|statement|readout))?\s*,"
)


_ACCORDING_WORDS = ("According", "according", "Menurut", "menurut")


def _relay_leading(text: str) -> str | None:
    """The outlet, as written, whose relay opens a sentence ("Dikutip dari Reuters, …",
    "According to KCNA, Kim told Putin …"); "According to Peskov, …" names a speaker, no
    relay."""
    text = text.lstrip()
    if lead := _RELAY_LEAD.match(text):
        return lead["via"]
    according = _ACCORDING_LEAD.match(text) if text.startswith(_ACCORDING_WORDS) else None
    return according["via"] if according and _known_outlet(according["via"]) else None


# a relay set off in the sentence: "Kim, seperti dikutip KCNA, mengatakan …", "Kim was
# quoted by KCNA as saying: “…”", "Kim was quoted as saying, “…”"
_RELAY_ASIDE = re.compile(
    rf",\s+(?:(?:seperti|sebagaimana)\s+)?(?:{_RELAYED_BY})"
    rf"\s+(?:(?:oleh|dari)\s+)?(?P<via>{NAME})\s*,|"
    rf"(?P<passive>\s+(?:was|were)\s+(?:quoted|cited)(?:\s+by\s+{_BEFORE_AN_OUTLET}(?P<by>{NAME}))?"
    rf"\s+as\s+saying\b)"
)
_SPEAKER_STOP = re.compile(
    # not "yang akrab disapa Emil": that names the speaker; nor the "di" of "orang nomor satu
    # di Rusia itu", which names whom
    r"\s+(?:sambil|saat|ketika|kepada|(?<!satu\s)di|dalam|pada|setelah|tanpa|mengacu|seperti|usai|"
    r"yang(?!\s+(?:(?:akrab|biasa|kerap|karib)\s+)?(?:disapa|dipanggil)\b)|"
    r"selama|dengan|menjelang|terkait|soal|tentang|mengenai|kemarin|hari|sebelum|seraya|"
    r"beberapa|sebagaimana|dikutip|dilansir)\b.*$",
    re.DOTALL,
)
# what follows a speech verb that names no one: "said on Thursday", "kata di Jakarta"
_WHEN_OR_WHERE = re.compile(
    r"^(?:on|in|at|during|after|before|later|earlier|last|this|to|from|pada|di|dalam|saat|"
    r"ketika|usai|seusai|kemarin|sebelumnya)\b"
)
# a full stop after an initial, a title or a month ends no sentence: "U.N. Security Council",
# "Dr. Terawan", "Irjen Pol. Karyoto", "BEIJING, Sept. 13 (Xinhua) --" (a name's "Jr." inside
# a sentence is read without its stop: see _name_suffixes_read)
_TITLE_ABBREVIATIONS = (*_SHORT_TITLES, *"Ir St No Pol Purn".split())
_NOT_AN_END = r"(?<!\s[A-Z]\.)(?<!\.[A-Z]\.)(?<!^[A-Z]\.)" + "".join(
    rf"(?<!\b{t}\.)"
    for t in (
        *_TITLE_ABBREVIATIONS,
        *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
    )
)
# a title's full stop inside a name: "kata Prof. Dr. Budi Santoso", "Irjen Pol. Karyoto", and a
# pilgrim's "kata H. Ahmad Heryawan"
_TITLE_DOT = (
    "(?:" + "|".join(rf"(?<=\b{t})" for t in (*_TITLE_ABBREVIATIONS, "H", "Hj", "KH")) + r")\."
)
# a sentence also ends inside a closing mark: 'talks were "actively advancing." State …' (the
# one-character look-behind first rules out most places at the cost of one test)
_SENTENCE_END = re.compile(
    rf"(?<=[.!?”\"»’'])(?:(?<=[.!?]){_NOT_AN_END}|(?<=\w[.!?][”\"»’']))\s+(?=[“”\"«A-Z0-9])"
)
# English words that open a main clause before its subject
ENGLISH_DISCOURSE = frozenset("but and yet still also then now meanwhile however later".split())
_LEADING_DISCOURSE = re.compile(
    r"^(?:namun|kemudian|lalu|sementara(?: itu)?|selain itu|pada [^,]+|dalam [^,]+|saat [^,]+|"
    r"ketika [^,]+|setelah [^,]+|sebelumnya|sedangkan|adapun|bahkan|meski(?:pun)?|akan tetapi|"
    r"di sisi lain|oleh karena itu|karena itu|selanjutnya|menurutnya|"
    # in English: "But Putin said little", "Meanwhile, Kim …", "As Putin said, “…”"
    rf"{'|'.join(sorted(ENGLISH_DISCOURSE))}|as(?=\s+(?-i:[A-Z])))\b\s*,?\s*",
    re.IGNORECASE,
)
# what follows the sentence an attribution is in: another sentence, a quote, or after its full
# stop an ellipsis or a bracket ("kata Putin. (ant)", "kata Putin. … [+2345 chars]")
_NEXT_SENTENCE_OR_QUOTE = re.compile(rf"(?<=[.!?]){_NOT_AN_END}\s+(?=[“”\"«A-Z…(\[])|[“«]")
# "juru bicara Kremlin Dmitry Peskov", and at a sentence's start "Kapten tim Marc Klok" or
# "Air Force spokesman Yuriy Ihnat" (but "Departemen Luar Negeri AS" is a name: capitalised
# words are a role only with a lowercase role word after them)
_LEADING_ROLE = re.compile(
    r"^(?P<body>(?:[A-Z][\w.'’&-]*\s+){0,6})(?P<role>(?:[a-z]+\s+){1,3})(?=[A-Z])"
)
_LEADING_ARTICLE = re.compile(r"^(?:[Tt]he|Pihak)\s+(?=[A-Z])")  # "Pihak Kremlin mengatakan …"
_NAME_BEFORE_VERB = re.compile(rf"^({NAME})(?=\s+[a-z])")
# the body an office is of, then the person: "… DPR dari Fraksi PKS Mulyanto meminta"
# the party or place an office is of, or an envoy's posting, then the name: "anggota Komisi VII
# DPR dari Fraksi PKS Mulyanto", "Duta Besar Rusia untuk Indonesia Lyudmila Vorobieva",
# "Russian Ambassador to South Korea Georgy Zinoviev"
_FROM_THEN_NAME = re.compile(rf"\s+(?:dari|asal|untuk|to)\s+(?:the\s+)?({NAME})(?=\s+[a-z])")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
# what an English title is of, then the name: "Head of state Kim Jong Un", "Chairman of the
# State Affairs of the DPRK Kim Jong Un"
_OF_THEN_NAME = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,6}}?({NAME})(?=\s+(?!of\b|the\b|and\b)[a-z]))?"
)
_NAME_ONLY = re.compile(rf"^{NAME}$")
# an outlet closing a subject, with what it is after it: "North Korea's state news agency
# KCNA", "Russia's RIA Novosti news agency"
_MEDIA_AT_END = re.compile(rf"(?P<name>{NAME})(?:\s+(?:state\s+)?(?:{OUTLET_KINDS}))?$")
MEDIA_NAME_REACH = 100
_NAME_AT_END = re.compile(rf"{NAME}$")
# the offices of envoys, whose posting stands between the office and the name: "Duta Besar
# Rusia untuk Indonesia Lyudmila Vorobieva" ("kata Putin untuk Kim" is no envoy's)
ENVOY_WORDS = frozenset(
    """ambassador envoy dubes duta utusan representative perwakilan konsul consul
    consul-general delegate""".split()
)


# an envoy's office up to the word for where they serve, before the place and the name:
# "Duta Besar Rusia untuk| Indonesia Lyudmila Vorobieva"
_ENVOY_BEFORE_POSTING = re.compile(
    r"(?<![\w'’-])(?P<office>(?:[A-Z][\w.-]*\s+){0,4}(?i:duta\s+besar|dubes|ambassador|envoy|"
    r"konsul(?:\s+jenderal)?|consul(?:-general)?)(?:\s+[A-Z][\w.-]*){0,3}\s+(?:untuk|to))\s+$"
)


def _envoy_before(text: str, name_start: int) -> str | None:
    """The envoy's office, with its "untuk"/"to", right before the posting a name opens with."""
    lookback = max(0, name_start - OFFICE_BEFORE_LOOKBACK)
    found = _ENVOY_BEFORE_POSTING.search(text, lookback, name_start)
    return found["office"] if found else None


def _names_an_envoy(office: str) -> bool:
    return any(w.strip(".,").casefold() in ENVOY_WORDS for w in office.split())


def _outlet_at_end(phrase: str) -> str | None:
    """The known outlet a phrase ends with, past its kind: ``Russia's RIA Novosti news
    agency``, ``the state-run KCNA news agency``."""
    media = _MEDIA_AT_END.search(phrase[-MEDIA_NAME_REACH:])
    return known_media_in(media["name"]) if media else None


_CLAUSE_SPLIT = re.compile(r",\s+|;\s+")
_SUBJECT_THEN_VERB = re.compile(rf"^(?P<subject>.*?)\s+(?:{SPEECH_VERBS})\b")
_LAST_SUBJECT_THEN_VERB = re.compile(rf"^(?P<subject>.*)\s+(?:{SPEECH_VERBS})\b")
# a partial quote that characterises something: "Blinken called the meeting “deeply
# troubling”", "Blinken menilai pertemuan itu “sangat mengkhawatirkan”"; only a person's name
# right before the verb makes it speech ("a forum called “…”" is a title, "Analysts described
# … as “…”" no one in particular)
_NAME_CHARACTERISES = re.compile(
    rf"(?P<name>{NAME}),?\s+(?:menilai|menggambarkan|called|described|dubbed|termed|branded|"
    rf"labell?ed)\b"
)
# a person who offers, praises or condemns in words a partial quote gives, in a clause of
# their own: "after Kim Jong Un offered his “full and unconditional support”", "with Kim
# saying Pyongyang “will always be with Russia”"
_NAME_VOICES = re.compile(
    rf"(?P<name>{NAME})(?:\s+(?:on\s+)?(?i:{'|'.join(WEEKDAYS)})|"
    r"\s+(?:also|then|later|had|has|juga|pun|kemudian|lalu|sebelumnya|sempat))*"
    r"\s+(?:offered|expressed|saying|adding|noting|calling|describing|"
    r"voiced|hailed|praised|lauded|welcomed|condemned|slammed|critici[sz]ed|denounced|touted|"
    r"menawarkan|memuji|mengecam|menyambut)\b[^.;:!?]{0,120}$"
)
MIN_DIRECT_WORDS = 3
SUBJECT_LOOKBACK = 30  # sentences searched back for the person a pronoun stands for
# A "sentence" longer than this is no prose (a table, a list, text without full stops); the
# patterns for its subject and reported speech could take time growing with its length squared.
MAX_SENTENCE_CHARS = 1500
CONTEXT_CHARS = 600  # how far before and after a quote its attribution is looked for


@dataclass
class _Span:
    paragraph: int  # 0-based index of the paragraph where the quote opens
    start: int  # offset of the quote text (after the opening mark)
    end_paragraph: int
    end: int  # offset just before the closing mark, in end_paragraph
    text: str


def find_spans(paragraphs: list[str]) -> list[_Span]:
    """Quoted stretches, each possibly running over several paragraphs."""
    spans: list[_Span] = []
    open_at: tuple[int, int, str] | None = None  # paragraph, offset, closer
    pieces: list[str] = []
    for p, text in enumerate(paragraphs):
        i = 0
        if open_at is not None:
            if text[:1] in OPENERS:  # newsroom style reopens the continued quote
                i = 1
            elif p > open_at[0]:
                # the previous paragraph never closed its quote and this one does not continue it
                spans.append(_unclosed(open_at, pieces, p - 1, paragraphs))
                open_at, pieces = None, []
        segment_start = i
        for mark in _MARK_RE.finditer(text, i):
            ch, at = mark.group(), mark.start()
            if open_at is None and ch in OPENERS:
                if ch == '"' and at and text[at - 1].isdigit():
                    continue  # inches or seconds: a 12" screen, 5'30"
                open_at, pieces, segment_start = (p, at + 1, OPENERS[ch]), [], at + 1
            elif open_at is None and ch == "»" and "«" in text[at:]:
                # »…«, as German and Danish print quotes ("Home » News" is no quote)
                open_at, pieces, segment_start = (p, at + 1, "«"), [], at + 1
            elif open_at is not None and (
                ch == open_at[2] or ch in _PLAIN_CLOSERS or _typed_as_closer(text, at, open_at[2])
            ):
                pieces.append(text[segment_start:at])
                spans.append(_Span(open_at[0], open_at[1], p, at, "\n".join(pieces)))
                open_at, pieces = None, []
        if open_at is not None:
            pieces.append(text[segment_start:])
    if open_at is not None:
        spans.append(_unclosed(open_at, pieces, len(paragraphs) - 1, paragraphs))
    return spans


def _typed_as_closer(text: str, at: int, closer: str) -> bool:
    """An opening mark typed where the closing one belongs: "“Kami siap,“ kata Putin.", and
    after a straight opening mark, "\"Kami siap,“ kata Putin." (after a word or its
    punctuation, and before no word)."""
    return (
        closer in ("”", '"')
        and text[at] == "“"
        and at > 0
        and not text[at - 1].isspace()
        and (at + 1 == len(text) or not text[at + 1].isalnum())
    )


# the cue of a quote whose closing mark was left out: "“Kami siap, kata Putin."
_CUE_INSIDE = re.compile(rf",\s+(?:{CUES})(?:nya)?\b")


def _unclosed(
    open_at: tuple[int, int, str], pieces: list[str], last: int, paragraphs: list[str]
) -> _Span:
    """A quote no mark closes: to the end of paragraph ``last``, or, within one paragraph, to
    the comma before a speech cue, where the missing mark belonged."""
    paragraph, start, _ = open_at
    if paragraph == last:
        cue = _CUE_INSIDE.search(paragraphs[last], start)
        if cue:  # the quote ends before the comma; its missing mark would follow the comma
            return _Span(paragraph, start, last, cue.start(), paragraphs[last][start : cue.start()])
    return _Span(paragraph, start, last, len(paragraphs[last]), "\n".join(pieces))


# single marks open and close at word edges only, so ’ and ' inside words (Jum’at, Ma'ruf)
# are apostrophes: ‘…’ and '…' on one line, of at most MAX_SINGLE_QUOTED characters (each
# mark that never closes would otherwise be followed to the end of its paragraph)
MAX_SINGLE_QUOTED = 1000
_SINGLE_QUOTED = re.compile(
    rf"(?<![\w‘'])(?:‘(?=\S)(?P<curly>.{{1,{MAX_SINGLE_QUOTED}}}?)’"
    rf"|'(?=\w)(?P<plain>.{{1,{MAX_SINGLE_QUOTED}}}?)')(?!\w)"
)


def find_single_spans(paragraphs: list[str], double: list[_Span]) -> list[_Span]:
    """Stretches in single marks outside any double-marked quote, that a speech cue after or a
    speech verb before makes speech: ``‘Kami siap,’ kata Kim.``. Without one, single marks
    are far more often a term or a title (``kebijakan ‘bebas visa’``), so they are left."""
    inside = _by_paragraph(
        paragraphs, ((s.paragraph, s.start, s.end_paragraph, s.end) for s in double)
    )
    found = []
    others = []  # the rest: words quoted inside sentences, or terms
    for p, text in enumerate(paragraphs):
        if "‘" not in text and "'" not in text:
            continue
        speech_ended = -1  # where the last speech in single marks in this paragraph ended
        for m in _SINGLE_QUOTED.finditer(text):
            start, end = m.start() + 1, m.end() - 1
            if any(lo - 1 <= start and end <= hi + 1 for lo, hi in inside.get(p, ())):
                continue
            span = _Span(p, start, p, end, text[start:end])
            before = _sentence_before(_window_before(text, m.start()))
            after = _window_after(text, m.end())
            if (
                _CUE_AFTER.match(after)
                or _NAME_THEN_VERB.match(after)
                or (
                    (m["plain"] or m["curly"]).endswith((",", "!", "?"))
                    and _ARTICLE_NAMED_THEN_VERB.match(after)
                )
                or _introduces(before)
                or _VERB_AND_LISTENER_COLON.search(before)
                # "‘We will not be intimidated,’ he said. ‘Our support is unwavering.’": the
                # speech goes on, its cue given once
                or _goes_on(text[speech_ended : m.start()] if speech_ended >= 0 else None)
            ):
                found.append(span)
                speech_ended = m.end()
            else:
                others.append(span)
    if found and not double:
        # single marks are the article's quote marks, as British outlets print them: the words
        # they hold inside an English sentence are quoted too ("Mr Kim said Moscow was engaged
        # in a ‘sacred fight’"), a fragment when the sentence says who said them (Indonesian
        # marks terms so: "kebijakan ‘bebas visa’")
        found += [span for span in others if _in_english(paragraphs[span.paragraph])]
    return found


_ENGLISH_WORDS = frozenset("the of and to was were is are has have that".split())
_INDONESIAN_WORDS = frozenset("yang dan di ini itu dengan untuk pada tidak dari akan".split())


def _in_english(text: str) -> bool:
    """Whether a text reads as English rather than Indonesian, by its commonest words."""
    words = text.casefold().split()
    return sum(w in _ENGLISH_WORDS for w in words) > sum(w in _INDONESIAN_WORDS for w in words)


# speech in single marks, as British outlets print it, beyond a cue or a name and verb: a
# speech verb and its listener before a colon ("Kim told Putin: ‘…’"), or, after a quote that
# ends with its comma, someone named with an article, then the verb (",’ the Korean Central
# News Agency said", ",’ a senior official told Reuters")
_VERB_AND_LISTENER_COLON = re.compile(
    rf"\b(?:{SPEECH_VERBS})\b(?:\s+(?:kepada|to))?(?:\s+[\w'’.-]+){{0,4}}\s*:\s*$"
)
_ARTICLE_NAMED_THEN_VERB = re.compile(
    rf"^\s*(?:the|a|an)\s+[^.!?'‘’\"“”]{{0,80}}?\b(?:{SPEECH_VERBS})\b"
)
# what stands between a quote in single marks and the next that goes on with it: its cue
_CUE_BETWEEN = re.compile(r"^[^‘’'“”\"]{0,80}[.!?]\s+$")


def _goes_on(between: str | None) -> bool:
    """Whether the text since the last speech in single marks is only its cue sentence."""
    return between is not None and bool(_CUE_BETWEEN.match(between))


def _by_paragraph(
    paragraphs: list[str], stretches: Iterable[tuple[int, int, int, int]]
) -> dict[int, list[tuple[int, int]]]:
    """The (start, end) each stretch covers in each paragraph it runs over, by 0-based
    paragraph; a stretch is (paragraph, start, end paragraph, end)."""
    covered: dict[int, list[tuple[int, int]]] = {}
    for first, start, last, end in stretches:
        for p in range(first, last + 1):
            lo = start if p == first else 0
            hi = end if p == last else len(paragraphs[p])
            covered.setdefault(p, []).append((lo, hi))
    return covered


# whom it was said to, when or where, between the verb and a whole sentence quoted: "Peskov
# told reporters on Wednesday, “…”", "Putin berkata kepada Kim, “…”"
_VERB_THEN_WHOM_OR_WHEN = re.compile(rf"\b(?:{SPEECH_VERBS})\b(?:\s+[\w'’.-]+){{1,8}}\s*,\s*$")
# "As one former official put it to me, “…”"
_PUT_IT = re.compile(r"\bput\s+it(?:\s+to\s+[\w'’]+)?\s*[,:]\s*$")


def _introduces(before: str, quoted: str = "") -> bool:
    """Whether the text before a quote introduces it: ``Putin mengatakan, “…”``,
    ``Kata Peskov, “…”``, ``Peskov: “…”``, and without the comma when the quote is a whole
    sentence: ``Kim mengatakan “Rusia adalah sahabat kami.”`` (not ``Blinken menilai pertemuan
    itu “sangat mengkhawatirkan”``)."""
    whole_sentence = quoted[:1].isupper() and quoted.endswith((".", "!", "?"))
    if not before.rstrip().endswith((",", ":")):
        return whole_sentence and bool(_PRE_CUE.search(before))
    return bool(
        _PRE_CUE.search(before)
        or _VERB_THEN_HOW.search(before)
        or _MENURUT.search(before)
        or _speaker_colon(before)
        or (whole_sentence and _VERB_THEN_WHOM_OR_WHEN.search(before))
        or (" it" in before and _PUT_IT.search(before))
    )


def _speaker_colon(before: str) -> re.Match[str] | None:
    """``Peskov:`` before a quote, as interviews write; not a dateline's place (``KUALA
    LUMPUR: “…”``, as Malaysian and Singaporean outlets write datelines). A dateline or a live
    report's time stamp may come first: ``12:45 - Peskov: “…”``."""
    named = _NAME_COLON.match(before[after_dateline(before) :])
    return None if named is None or is_place(named["name"]) else named


# an age set off by commas after a name, as English reports give it: "John Smith, 45, said"
_AGE_ASIDE = re.compile(r",\s*\d{1,3},(?=\s)")


def _window_before(text: str, end: int) -> str:
    """The text before a quote, bounded: attribution lives in the sentence next to it, and a
    bound keeps a megabyte-long paragraph full of quotes linear. Ages after names go."""
    end = max(end, 0)
    return _AGE_ASIDE.sub("", text[max(0, end - CONTEXT_CHARS) : end])


# a body's short form in brackets between its name and an English verb: ",” the Korean
# Central News Agency (KCNA) said"
_ACRONYM_BEFORE_VERB = re.compile(
    rf"\s+\([A-Z][A-Za-z]{{1,9}}\)(?=\s+(?:{ENGLISH_SPEECH_VERBS})\b)"
)


def _window_after(text: str, start: int) -> str:
    after = _AGE_ASIDE.sub("", text[start : start + CONTEXT_CHARS])
    return _ACRONYM_BEFORE_VERB.sub("", after) if ") " in after else after


def _sentence_before(text: str) -> str:
    parts = _SENTENCE_END.split(text)
    return parts[-1] if parts else ""


def _sentence_after(text: str) -> str:
    match = _NEXT_SENTENCE_OR_QUOTE.search(text)
    return text[: match.start()] if match else text


# English words that open a sentence before a name, and are no part of it: "When Putin arrived"
ENGLISH_OPENERS = ENGLISH_DISCOURSE | frozenset(
    """when as if after before while although though since because once until unless where
    whether for with without like unlike from by during despite among a""".split()
)  # not "to", "so", "an": To Lam, So Se Pyong, An Chang-ho
# people no one named: "Officials said the talks were productive", "U.S. officials said"
UNNAMED_GROUPS = frozenset(
    "officials analysts experts critics residents witnesses diplomats sources police "
    "authorities observers economists lawmakers investors traders scientists researchers "
    "doctors protesters activists leaders officers soldiers troops others people "
    # and in Indonesian, those no one names: "Netizen menyebut …", "Masyarakat menilai …"
    "netizen warganet masyarakat publik rakyat penduduk".split()
)
# the words for a person the text does not name: "Seorang warga mengatakan …", "pelatih lawan"
UNNAMED_HEADS = frozenset(
    """pelatih warga pedagang pengemudi petani nelayan pejabat petugas pemain kapten saksi
    korban pelaku sopir guru siswa mahasiswa dokter ibu bapak pria wanita perempuan anak
    pengamat ekonom analis narasumber sumber wartawan jurnalis reporter pewarta""".split()
)
# short words that open sentences and are no one's name: "Hal itu disampaikan Jokowi ..."
NOT_SUBJECTS = (
    frozenset(
        "hal ini itu ada apa kini tak hari saat bagi jadi lagi jika bila agar dan tapi atau dari "
        "oleh kami kita saya aku anda kamu usai pun lalu "
        # capitalised English sentence openers
        "the according however meanwhile but it this that there in on at after before when while "
        "although as despite if "
        # participles that open an English sentence: "Asked about the deal, he said"
        "asked speaking responding commenting referring addressing answering pressed questioned "
        "reached contacted interviewed "
        "many some".split()
    )
    | UNNAMED_GROUPS
    | UNNAMED_HEADS  # "Wartawan bertanya, “…?”": no one named
)


def _leading_role(text: str) -> re.Match[str] | None:
    """The role before a name (``Kremlin spokesman `` in ``Kremlin spokesman Dmitry Peskov``)."""
    role = _LEADING_ROLE.match(text)
    if role and all(w in ROLE_WORDS or w in TITLES for w in role["role"].split()):
        return role
    return None


SINGULAR_PRONOUNS = frozenset({"dia", "ia", "beliau", "he", "she"})
PLURAL_PRONOUNS = frozenset({"mereka", "they", "them"})
# pronouns only a person is: "he said" after "KCNA said …" is not KCNA
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "dia", "beliau"})


def _is_body(name: str) -> bool:
    """An organisation, which "mereka" and "they" may stand for: an outlet, or a name opening
    with a body's word (``Kementerian Luar Negeri``, ``Ministry of Defence``)."""
    return (
        is_known_media(name)
        or name in INSTITUTIONS  # "Kremlin", "Pentagon"
        or name.split(None, 1)[0].casefold() in BODIES
        or name.rsplit(None, 1)[-1].casefold() in _BODY_LAST_WORDS
    )


# the last words of English bodies' names, which no person's name ends with: "Joint Chiefs
# (of Staff)", "National Security Council", "White House", "Stimson Center"
_BODY_LAST_WORDS = ENGLISH_BODY_ENDINGS | frozenset(
    """chiefs staff forces army navy guard house senate congress parliament assembly court
    party university institute center centre foundation fund bank studies affairs relations
    research""".split()
)


# people a relative clause describes, unnamed: "Two officials who spoke with the BBC",
# "Seorang pejabat yang berbicara kepada Reuters" (not one that says who they are: "Pengamat
# yang juga dosen Universitas Indonesia Budi Santoso")
_UNNAMED_THEN_CLAUSE = re.compile(
    r"(?P<head>(?:[A-Za-z-]+\s+){1,3}?)(?:who|yang)\s+(?!(?:juga|merupakan|adalah|is|was)\b)"
)


# a subject, then a relative clause on it before the verb: "Presiden Joko Widodo yang hadir di
# Istana (mengatakan)", "Putin, who met Kim on Wednesday, (said)"
_NAME_THEN_RELATIVE = re.compile(r"(?P<subject>[^,]+?),?\s+(?:yang|who)\s")


def _is_unnamed_head(head: str) -> bool:
    """Whether words name people by what they are, not by name: "Two officials", "Seorang
    pejabat", "Some experts" (not "Putin", nor "Juru bicara Kremlin")."""
    words = head.split()
    noun = words[-1].casefold()
    return all(w.islower() for w in words[1:]) and (
        noun in UNNAMED_GROUPS
        or f"{noun}s" in UNNAMED_GROUPS  # "A senior official who …"
        or noun in UNNAMED_HEADS
        or noun in PERSON_NOUNS
        or noun.removesuffix("s") in ENGLISH_TITLES
    )


# a statement of a body or person, the subject of the clause: "A Kremlin statement said", "the
# White House's readout said" (the body speaks through it)
_DOCUMENT_OF = re.compile(
    r"(?i:an?|the)\s+(?P<body>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}?)(?:['’]s)?\s+"
    r"(?i:(?:official|joint|written)\s+)?"
    r"(?i:statement|readout|report|transcript|communiqu[eé]|(?:press\s+)?release)\s"
)


def clause_subject(clause: str) -> str | None:
    """The subject of a clause when it is a name or pronoun: ``Putin tak membantah`` -> Putin,
    ``juru bicara Kremlin Dmitry Peskov mengatakan`` -> Dmitry Peskov, ``dia ...`` -> dia."""
    clause = clause.strip()
    clause = _LEADING_DISCOURSE.sub("", clause[after_dateline(clause) :])
    if clause[:1] in "AaTt" and (document := _DOCUMENT_OF.match(clause)):
        return document["body"]  # "A Kremlin statement said": the Kremlin's
    if clause.startswith(("A ", "An ")) and clause.split(" ", 2)[1][:1].islower():
        clause = clause[0].lower() + clause[1:]  # "A senior U.S. official said": no one named
    described = clause.startswith(("the ", "a ", "an "))  # ", the White House spokesman,"
    clause = _LEADING_ARTICLE.sub("", clause)  # "the Kremlin spokesman Dmitry Peskov said"
    if _names_country_media(clause):
        return None
    leading = clause.split(" ", 2)[:2] if clause else [""]
    first = leading[0].casefold()
    if first in SINGULAR_PRONOUNS:
        return first
    # (past "mantan": "Mantan diplomat itu", "Mantan Duta Besar RI untuk Belanda itu")
    noun = leading[1].casefold() if first in _FORMER and len(leading) > 1 else first
    if (
        (noun in PERSON_NOUNS or noun in TITLES)
        and (pointing := _PERSON_POINTED_BACK.match(clause))
        and (
            is_nicknamed(pointing["who"])  # "Pria yang akrab disapa Kang Emil itu mengatakan"
            or not names_someone(" ".join(w for w in pointing["who"].split() if w[0].isupper()))
        )
    ):
        # "Pria asal Bandung itu mengatakan", "Pelatih asal Korea Selatan itu menambahkan"
        # (not "Dubes Lutfi dalam acara itu mengatakan": Lutfi)
        return pointing["who"]
    role = _leading_role(clause)
    had_role = role is not None
    clause = clause[role.end() :] if role else clause
    m = _NAME_BEFORE_VERB.match(clause)
    if not m:
        return None
    later = _FROM_THEN_NAME.match(clause, m.end())
    if (
        later
        and not only_places(later.group(1))
        # (a posting names a place before the envoy's full name, not a one-word name)
        and (
            later.group().split()[0] in ("dari", "asal")
            or (" " in _bare_name(later.group(1)) and _names_an_envoy(clause[: m.end()]))
        )
    ):
        m = later  # "anggota Komisi VII DPR dari Fraksi PKS Mulyanto meminta …"
    titled = (
        _OF_THEN_NAME.match(clause, m.end()) if m.group(1).casefold() in ENGLISH_TITLES else None
    )
    if titled:
        # "Head of state Kim Jong Un said": a title alone is no one ("Head of the delegation
        # said": someone unnamed)
        named = _bare_name(titled[1]) if titled[1] else ""
        return named if " " in named and names_someone(named) else None
    after = _NEXT_WORD.match(clause, m.end())
    if after and after[1] in ("itu", "tersebut"):
        # "Mantan direktur Bank Dunia itu", "Politikus PDIP itu": a person pointed back to,
        # not the bank or the party
        reference = f"{role.group() if role else ''}{clause[: after.end()]}"
        words = reference.casefold().split()
        head = words[1] if words[0] in _FORMER else words[0]  # "Mantan direktur …"
        return reference if head in TITLES | PERSON_NOUNS and is_pronoun(reference) else None
    if after and (after[1] in ENGLISH_TITLES or after[1] in UNNAMED_GROUPS):
        return None  # "the Kremlin spokesman said": the body of an office, no subject; "U.S.
        # officials said": people no one named
    office = clause[m.end() :].split() if described else []
    if office and office[-1] in ENGLISH_TITLES and all(w.islower() for w in office):
        return None  # "Kirby, the White House national security spokesman, …": who he is
    if m.group(1).endswith(("'s", "’s")):
        # "North Korea's state news agency KCNA"; "South Korea's foreign ministry"
        return _owned_subject(clause[m.end() :]) or _owned_body(m.group(1), clause[m.end() :])
    name = _bare_name(m.group(1))
    media = known_media_in(name)
    if media:
        return media  # "Media pemerintah Korea Utara KCNA melaporkan": KCNA reports
    first, _, rest = name.partition(" ")
    if (
        first in _NO_NAMES_FIRST  # "President of Russia said": a title, what it is of
        or name.casefold() in NOT_SUBJECTS
        or name.rsplit(" ", 1)[-1] in DEMONYMS
        or (is_generic_word(first) and (not rest or all(w in PLACES for w in rest.split())))
    ):
        return None  # "Para pejabat ...", "Media Rusia ...": no name ("Departemen Luar ..." is)
    if " of " in name:
        name = _without_affiliation(name)  # "President Vladimir V. Putin of Russia said: …"
    parts = name.split()
    return " ".join(parts[-2:]) if had_role and len(parts) >= 3 else name


# a country's media, no outlet named: "media pemerintah Korea Utara", "kantor berita Rusia"
_COUNTRY_MEDIA = re.compile(
    r"^(?i:media|kantor\s+berita|surat\s+kabar|harian|televisi|stasiun\s+televisi|pers)"
    r"(?:\s+(?i:pemerintah|resmi|negara|milik\s+negara|setempat))*"
    rf"\s+(?P<place>{NAME})(?=\s+[a-z]|\s*[,.]|\s*$)"
)


def _names_country_media(text: str) -> bool:
    country = _COUNTRY_MEDIA.match(text)
    return country is not None and only_places(country["place"])


# after an owner: the role or kind of outlet, then the name ("'s foreign minister Sergei
# Lavrov", "'s state news agency KCNA")
_OWNED_NAME = re.compile(rf"^\s+(?P<role>(?:[a-z-]+\s+){{1,4}})(?P<name>{NAME})(?=\s+[a-z])")
_OUTLET_ROLE_WORDS = frozenset(
    "news state-run state-owned newspaper daily broadcaster wire".split()
)


# words that tie a possessive to something other than the person it names: "Kim's meeting
# with Vladimir Putin", "Putin's trip to North Korea"
_NOT_A_ROLE = frozenset("with to of for in at on by from and or about".split())


def _owned_subject(rest: str) -> str | None:
    """The subject after a possessive: the person or outlet its role words lead to (not
    ``Kim's visit to Russia``, where no role stands between). Other words may lead to a
    person's full name too: ``Kim's powerful sister Kim Yo Jong``."""
    owned = _OWNED_NAME.match(rest)
    if owned is None:
        return None
    words = owned["role"].split()
    if not all(w in ROLE_WORDS or w in TITLES or w in _OUTLET_ROLE_WORDS for w in words) and (
        any(w in _NOT_A_ROLE for w in words)
        or len(words) > MAX_OWNED_ROLE_WORDS
        or " " not in owned["name"]
        or only_places(owned["name"])
    ):
        return None
    return known_media_in(owned["name"]) or _bare_name(owned["name"])


MAX_OWNED_ROLE_WORDS = 3
# a country's body named in lower case after it: "South Korea's foreign ministry said", "Japan's
# defence ministry", "China's government"
_OWNED_BODY = re.compile(
    r"^\s+(?P<body>(?:[a-z-]+\s+){0,2}?(?:ministry|department|agency|office|military|army|navy|"
    r"government|embassy|council|commission|parliament|cabinet|presidency))(?=\s+[a-z]|\s*[,.]|$)"
)


def _owned_body(owner: str, rest: str) -> str | None:
    """A country's body named in lower case after it, as a speaker: "South Korea's Foreign
    Ministry"; and a leader's office, which speaks for them: "Yoon's office" (but a person's
    "Kim's government" is no body that speaks)."""
    body = _OWNED_BODY.match(rest)
    if body is None:
        return None
    if only_places(owner[: -len("'s")]):
        return f"{owner} {body['body'].title()}"
    if body["body"] != "office":
        return None
    person, possessive = owner[:-2], owner[-2:]  # "'s" or "’s"
    return f"{_bare_name(person)}{possessive} office"  # past the title: "Yoon Suk Yeol's office"


def sentence_subject(sentence: str) -> str | None:
    """The last clause subject of a sentence (its main clause usually comes last); failing
    that, a name right before a speech verb, past a long office or an aside: ``Seorang
    pedagang, Slamet (45), mengaku …``, ``Kepala Dinas Ketahanan Pangan, Kelautan, dan
    Pertanian (KPKP) DKI Jakarta Suharini Eliawati menjelaskan …``."""
    if len(sentence) > MAX_SENTENCE_CHARS:
        return None
    sentence = _without_asides(sentence)
    reported = _INDIRECT.match(sentence) or _INDIRECT_ENGLISH.match(sentence)
    if reported and (pre := reported["pre"].strip(" ,")):
        # reported speech is about whoever reports it: "Ia menambahkan, ASEAN siap …" is
        # about "ia", not ASEAN
        clause, office_after = _subject_clause(pre)
        speaker = clause_subject(clause + " x")
        if speaker and (office_after or _subject_next_to_verb(pre, speaker)):
            return _named_before_aside(sentence, reported.start("clause"), speaker) or speaker
    lead = _MENURUT_LEAD.match(sentence) if "enurut" in sentence or "ccording" in sentence else None
    cited = _bare_name(_cited_in_lead(lead)[0]) if lead else ""
    if cited[:1].isupper() and _names_a_person(cited):
        # "Menurut Teuku Rezasyah, pertemuan ini …", "According to Peskov, Putin will …": about
        # what the person cited says
        return cited
    passive = _SAID_BY.match(sentence) if " di" in sentence else None
    said_by = passive and _SPEAKER_STOP.sub("", passive["who"]).strip(" .,")
    if said_by and (who := _canonical_from_phrase(said_by)):
        return who  # "Hal senada disampaikan tetangganya, Ujang": Ujang says it
    aside = _NAME_ASIDE_SAYS.search(sentence)
    if aside:
        return _bare_name(aside["name"])
    if "(" in sentence:
        # "Direktur Eksekutif Indonesia Political Opinion (IPO) Dedi Kurnia Syah": an acronym
        # in brackets closes an organisation's name, and a person's may follow
        sentence = _ASIDE.sub("", _ACRONYM_ASIDE.sub("; ", sentence))
    apposition = _OFFICE_THEN_NAME_SAYS.search(sentence)
    if apposition and _is_person_set_off(apposition["name"], sentence[: apposition.start()]):
        return _bare_name(apposition["name"])
    two_commas = sentence.count(",") > 1
    described = _SUBJECT_THEN_WHO_THEY_ARE.match(sentence.lstrip()) if two_commas else None
    if described and (subject := clause_subject(described["subject"] + " x")):
        return subject
    office_first = _OFFICE_THEN_NAME.match(sentence.lstrip()) if two_commas else None
    if office_first and _is_person_set_off(
        office_first["name"], office_first.string[: office_first.start("name")].rstrip(", ")
    ):
        return _bare_name(office_first["name"])  # "The prime minister, Rishi Sunak, spoke …"
    found = None
    clauses = _CLAUSE_SPLIT.split(sentence)
    for i, clause in enumerate(clauses):
        if i and _office_after_a_name(clauses[i - 1].strip(), clause.strip()):
            continue  # the office of the one named before: "Budi Santoso, Ketua RT, …"
        subject = clause_subject(clause)
        if subject:
            found = subject
    if found is None:
        said = list(_NAME_SAYS.finditer(sentence))
        if (
            said
            and said[-1]["name"].casefold() not in NOT_SUBJECTS  # "Wartawan bertanya, …"
            and not _KIN_BEFORE.search(sentence, 0, said[-1].start("name"))
            # (not a title and what it is of: "President of Russia said")
            and _bare_name(said[-1]["name"]).partition(" ")[0] not in _NO_NAMES_FIRST
        ):
            found = _bare_name(said[-1]["name"])
            named_before = sentence[: said[-1].start("name")].rstrip(" ,").rsplit(",", 1)[-1]
            if _office_after_a_name(named_before.strip(), said[-1]["name"]):
                found = _bare_name(named_before.strip())  # "Budi Santoso, Ketua RT, mengatakan"
    return found


# who a name is someone's, when these come right before it: "Kuasa hukum Hasto Kristiyanto
# mengatakan" and "Istri almarhum Budi mengatakan" are said by the lawyer and the wife
_KIN_BEFORE = re.compile(
    r"\b(?i:kuasa\s+hukum|istri|isteri|suami|anak|ayah|ayahanda|ibunda|kakak|adik|keluarga|"
    r"ajudan|sopir|mertua|cucu|keponakan|sahabat|rekan|teman|tetangga)"
    r"(?:\s+(?:almarhum|almarhumah|mendiang|korban|tersangka|terdakwa))?\s+$|"
    # "An aide to Putin said", "A spokesman for Putin said": someone of theirs
    r"\b(?:aide|spokesman|spokeswoman|spokesperson|adviser|advisor|official|source|lawyer|"
    r"representative|member|friend|relative|wife|husband|son|daughter|sister|brother)s?"
    r"\s+(?:to|for|of|close\s+to)\s+$"
)


def _named_before_aside(sentence: str, end: int, found: str) -> str | None:
    """The person named before an aside right before the verb (which ends by ``end``), when
    the subject found past the last comma is in that aside or the aside is an office: "Peskov,
    juru bicara Kremlin, menyebut …" and "Frank Gardner, koresponden BBC, mengatakan …" are
    Peskov's and Gardner's, not the Kremlin's or the BBC's."""
    aside = _NAME_ASIDE_SAYS.search(sentence, 0, end)
    if (
        aside
        and (found in aside["aside"] or names_an_office(aside["aside"]))
        and _is_person_set_off(aside["name"])
    ):
        return aside["name"]
    return None


def _is_person_set_off(name: str, before: str = "") -> bool:
    """Whether a name set off by commas is a person's: ``Senin``, ``Namun`` or ``Indonesia``
    is none (stricter than ``names_someone``, which takes any name-like words), nor is the
    office after the person named ``before`` it (``Budi Santoso, Ketua Gapoktan Sumber
    Rejeki, mengatakan``)."""
    return (
        name.casefold() not in WEEKDAYS
        and not only_places(name)
        and not (before and _office_after_a_name(before.rsplit(",", 1)[-1].strip(), name))
        and clause_subject(name + " x") is not None
    )


# a person's English affiliation after the name, to the end of the phrase: "Victor Cha of the
# Center for Strategic and International Studies", "Leif-Eric Easley of Ewha University in
# Seoul", "Ramon Pacheco Pardo of King's College London"
_AFFILIATION = re.compile(
    r"(?P<last_two>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+(?:of|at|from)\s+(?:the\s+)?"
    r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|for|of|and|on|&|the))*"
    r"(?:,?\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s*$"
)
# words that make the words before "of" a body's or a rank's, not a person's: "Central Bank of
# Russia", "Supreme Court of India", "Prince William of Wales"
_NOT_A_PERSON_BEFORE_OF = frozenset(
    """bank central supreme court university national republic institute college school
    academy center centre foundation association union federation society church museum house
    party government state states federal royal international world group company corporation
    fund forum league club army navy force forces command kingdom prince princess duke duchess
    king queen lord earl archbishop bishop pope chiefs joint council committee commission board
    chamber ministry department office bureau agency""".split()
)


# the country after a name, as The New York Times writes it: "President Vladimir V. Putin of
# Russia", "President Yoon Suk Yeol of South Korea"
_OF_A_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")


def _without_affiliation(phrase: str) -> str:
    """A phrase ending in a person's name and affiliation without the affiliation (the person
    speaks, not the institute); a body named with "of" stays whole."""
    if " of " in phrase and (country := _OF_A_PLACE.search(phrase)):
        before = phrase[: country.start()].split()
        if (
            before
            and only_places(country["place"])
            and before[-1].casefold() not in _NOT_A_PERSON_BEFORE_OF
        ):
            return phrase[: country.start()]  # "President Vladimir V. Putin of Russia"
    found = (
        _AFFILIATION.search(phrase)
        if " of " in phrase or " at " in phrase or " from " in phrase
        else None
    )
    if found is None:
        return phrase
    words = [w.casefold() for w in found["last_two"].split()]
    if (
        any(
            w in _NOT_A_PERSON_BEFORE_OF or w in ENGLISH_TITLES or w in TITLES or w in ROLE_WORDS
            for w in words
        )
        or is_generic_word(words[0])
        or only_places(found["last_two"])
    ):
        return phrase
    return phrase[: found.end("last_two")]


# where or how a subject spoke, between the name and the verb: "Retno Marsudi dalam keterangan
# tertulisnya, Rabu (13/9), mengatakan", "Hikmahanto Juwana saat dihubungi menilai", "Ma'ruf
# Amin usai salat Jumat di Jakarta mengatakan", "Connie Bakrie kepada wartawan menjelaskan"
_CIRCUMSTANCE_AT_END = re.compile(
    r"(?<=[\w.’'])\s+(?:dalam|saat|ketika|sewaktu|usai|seusai|selepas|setelah|sesudah|"
    r"di\s+sela(?:-sela)?|disela(?:-sela)?|kepada|melalui|lewat|di\s+hadapan|di\s+depan|"
    # where: "Presiden Joko Widodo di Istana Merdeka mengatakan …", "Kim di atas kereta …"
    r"di(?=\s+(?:[A-Z]|(?:atas|bawah|dalam|luar|tengah|samping)\b))|"
    r"in\s+an?|at\s+an?|during)\s[^,.;:!?“”\"]{1,100}?,?$"
)


def _without_circumstance(pre: str) -> str:
    """The words before a speech verb without the circumstance between its subject and it,
    when a name or pronoun stands before the circumstance."""
    found = _CIRCUMSTANCE_AT_END.search(pre) if " " in pre else None
    if found is None:
        return pre
    before = pre[: found.start()]
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    if last[:1].isupper() or last.casefold() in SINGULAR_PRONOUNS:
        return before
    return pre


def _person_at_end(text: str) -> tuple[int, str] | None:
    """(where it starts, the name) of a person's name of two words or more ending a text."""
    nearest = _NAME_AT_END.search(text)
    name = _bare_name(nearest.group()) if nearest else ""
    return (nearest.start(), name) if nearest and " " in name and _is_person_set_off(name) else None


def _without_relay_aside(text: str) -> tuple[str, str | None]:
    """The text without a relay set off in it, and the outlet that relays: "Kim, seperti
    dikutip KCNA, mengatakan" is "Kim mengatakan" via KCNA, "Kim was quoted by KCNA as saying"
    "Kim said" via KCNA."""
    aside = _RELAY_ASIDE.search(text)
    if aside is None:
        return text, None
    said = " said" if aside["passive"] else ""
    relayed_by = aside["via"] or aside["by"]
    return f"{text[: aside.start()]}{said} {text[aside.end() :].lstrip()}", relayed_by


# "KCNA quoted Kim as saying: “…”", "The RIA news agency quoted Peskov as saying that …",
# "KCNA mengutip Kim yang mengatakan bahwa …": the one quoted speaks, the one quoting relays
_QUOTED_AS_SAYING = re.compile(
    rf"(?:\b(?:[Tt]he\s+)?(?P<via>{NAME})(?:\s+(?:state(?:-run)?\s+)?"
    r"(?:news\s+agency|agency|media|television|TV))?\s+)?"
    rf"(?:quoted|mengutip)\s+(?P<who>{NAME})\s+(?:as\s+saying|yang\s+mengatakan)\b"
    r"\s*(?:(?:that|bahwa)\b\s*)?[,:]?\s*"
)


def _quoted_as_saying(text: str, at_end: bool) -> re.Match[str] | None:
    """Where ``text`` (at its end, with ``at_end``) says who quoted whom as saying it."""
    if "quoted" not in text and "mengutip" not in text:
        return None
    # the last one: the one next to the quote or clause
    found = next(reversed(list(_QUOTED_AS_SAYING.finditer(text))), None)
    return found if found and (not at_end or found.end() == len(text)) else None


def _relay_name(written: str) -> str | None:
    """The outlet a quote was relayed through, without the country before it: "media Rusia RIA
    Novosti" relays through RIA Novosti; "according to Russian state media" names no outlet."""
    known = known_media_in(written)  # "kantor berita Rusia TASS" relays through TASS
    if known:
        return display_name(known)
    if only_places(written):
        return None
    return display_name(strip_places(written))


_NAME_SET_OFF = re.compile(rf",\s+(?P<name>{NAME})")


def _relay_via(relay: re.Match[str]) -> str | None:
    """The outlet a ``_RELAY`` match names, past a country set off before it: "seperti dikutip
    kantor berita Rusia, RIA" relays through RIA."""
    written = relay["via"]
    if only_places(written) and (past := _NAME_SET_OFF.match(relay.string, relay.end())):
        written = past["name"]
    return _relay_name(written)


# a person noun and what describes them, pointing back, as a clause's subject: "Pria asal
# Bandung itu mengatakan …"
_PERSON_POINTED_BACK = re.compile(r"(?P<who>\w+(?:\s+[\w-]+){0,5}?\s+(?:itu|tersebut))\s+[a-z]")
_FORMER = ("mantan", "eks")
# a person noun that a relative clause describes, pointing back: "ujar pria yang juga guru itu"
_DESCRIBED_PERSON = re.compile(r"^(?P<noun>\w+)\s+yang(?:\s+[\w-]+){1,4}?\s+(?:itu|tersebut)\b")


# a person the news names by initials only, as Indonesian crime reporting does: "tersangka
# berinisial MR", "korban berinisial AS (23)"
_INITIALS = r"[A-Z](?:\.?[A-Z]){0,3}"  # "MR", "M.R"
_KNOWN_BY_INITIALS = re.compile(rf"\b(?:ber)?inisial\s+(?P<initials>{_INITIALS})\b\.?")
# an account named by its handle: "tulis akun Instagram @persib"
_ACCOUNT_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")


_INITIALS_OR_HANDLE = re.compile(rf"{_INITIALS}|{_ACCOUNT_HANDLE.pattern}")


def _speaker_phrase(rest: str) -> tuple[str, str | None]:
    """From the text after a cue word: (speaker as written, relay)."""
    if "-" in rest or "(" in rest:
        rest = _PARTY_AND_STATE_ASIDE.sub("", rest, count=1)  # "said Rep. Adam Schiff (D-Calif.)"
    sentence = _sentence_after(rest)
    via = None
    relay = _RELAY.search(sentence)
    if relay:
        via = _relay_via(relay)
        sentence = sentence[: relay.start()]
    told = _TOLD_OUTLET_ID.search(sentence) if via is None and "kepada" in sentence else None
    if told:
        via = _known_outlet(told["outlet"])  # ",” kata Budi kepada Kompas.com": Kompas relays it
    via = via or _interviewing_outlet(sentence)
    parts = [p.strip() for p in sentence.split(",")]
    phrase = parts[0]
    apposition = _ASIDE.sub("", parts[1]) if len(parts) > 1 else ""  # "warga, Budi (45)"
    if (
        apposition
        and _NAME_ONLY.match(_SPEAKER_STOP.sub("", apposition).strip(" ."))
        and apposition.split(None, 1)[0].strip(" .").casefold() not in WEEKDAYS  # "Budi, Senin."
        and not is_degree(apposition)  # "H. Ahmad Heryawan, Lc."
        and not _office_after_a_name(phrase, apposition)
    ):
        phrase = f"{phrase}, {apposition}"  # "juru bicara Kremlin, Dmitry Peskov"
    if "inisial" in phrase and (initials := _KNOWN_BY_INITIALS.search(phrase)):
        return initials["initials"], via  # "kata korban berinisial AS (23)"
    if "@" in phrase and (handle := _ACCOUNT_HANDLE.search(phrase)):
        return handle.group(), via  # "tulis akun Instagram @persib"
    described = _DESCRIBED_PERSON.match(phrase)
    if described and described["noun"].casefold() in PERSON_NOUNS:
        return described.group(), via  # "pria yang juga guru itu": the person named before
    phrase = _AGE.sub("", _SPEAKER_STOP.sub("", phrase)).strip(" .!?;:—–-")  # "Budi (45)", "X —"
    if phrase.endswith((")", "]")) and "(" not in phrase and "[" not in phrase:
        phrase = phrase.rstrip(")]").strip(" .!?;:")  # "(“…,” kata Putin.)": a bracket around it
    phrase = _without_affiliation(phrase)
    acronym = _ACRONYM_AT_END.search(phrase) if phrase.endswith(")") else None
    if acronym:
        # "the Korean Central News Agency (KCNA)" without it; the acronym itself when it
        # names a known outlet: "Kantor Berita Pusat Korea (KCNA)"
        known = is_known_media(acronym["acronym"])
        phrase = acronym["acronym"] if known else phrase[: acronym.start()]
    elif phrase.endswith(")"):
        phrase = _NICKNAME_AT_END.sub("", phrase)  # "Presiden Joko Widodo (Jokowi)"
    if _WHEN_OR_WHERE.match(phrase) or phrase.casefold() in WEEKDAYS:
        return "", via  # ", Peskov, who …, said on Thursday": the cue names no one
    name = _NAME_RE.match(phrase)
    if (
        name
        and "," not in phrase
        and phrase[name.end() :].lstrip()[:1].islower()
        and not _leading_role(phrase)  # "said Kremlin spokesman Dmitry Peskov"
        # "said Manchester United coach Erik ten Hag": a body's office, then the name
        and not _office_then_a_name(phrase, name.end())
        # "Dubes RI untuk Rusia Jose Tavares"
        and not (_ENVOY_TO.match(phrase, name.end()) and _names_an_envoy(name.group(0)))
        and not _office_from_a_body(phrase, name)
        # "said Japan's defence ministry", "said Kim's sister": an owner is not the speaker
        and not name.group(0).endswith(("'s", "’s"))
        # "said Chairman of the State Affairs Commission Kim Jong Un": a title alone is no one
        and not (
            name.group(0).casefold() in ENGLISH_TITLES and _OF_THEN_NAME.match(phrase, name.end())
        )
    ):
        if is_pronoun(phrase):
            return phrase, via  # "ujar Presiden Rusia itu": the person named before
        if only_places(name.group(0)):
            return "", via  # "…, Russian state media said": a country's media, unnamed
        phrase = name.group(0)  # "jawab Perry singkat": the name, not its adverb
    return phrase, via


# lower-case words, then a name: "… coach Erik ten Hag", "… chief executive Elon Musk"
_LOWER_WORDS_THEN_NAME = re.compile(rf"\s+(?P<words>(?:[a-z][\w-]*\s+){{1,3}}){NAME}")


def _office_then_a_name(phrase: str, at: int) -> bool:
    """Whether the lower-case words at ``at`` are an office held in the body named before
    them, and a person's name follows: "Manchester United coach Erik ten Hag"."""
    after = _LOWER_WORDS_THEN_NAME.match(phrase, at)
    return after is not None and names_an_office(after["words"])


def _office_from_a_body(phrase: str, office: re.Match[str]) -> bool:
    """Whether a capitalised office goes on with the body it is held in and the person's
    name: "Pengamat Politik dari Universitas Al Azhar Indonesia Ujang Komarudin" (not "Ketua
    RT dari Kampung Melayu", which names no one)."""
    held_in = _OFFICE_FROM.match(phrase, office.end())
    return (
        held_in is not None
        and names_an_office(office.group(0))
        and strip_titles(held_in["name"]) != held_in["name"]
    )


def _subject_clause(pre: str) -> tuple[str, bool]:
    """The clause of the text before a verb that holds its subject: the last, or the one
    before an office set off after the name ("Budi Santoso, Ketua Gapoktan Sumber Rejeki,
    mengatakan …"), and whether it is that one."""
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(pre)] if pre else [""]
    if len(clauses) > 1 and _office_after_a_name(clauses[-2], clauses[-1]):
        return clauses[-2], True
    return clauses[-1], False


def _office_after_a_name(phrase: str, apposition: str) -> bool:
    """Whether an apposition is the office of the person named before it: "Budi Santoso,
    Ketua Gapoktan Sumber Rejeki" (not "juru bicara Kremlin, Dmitry Peskov", an office, then
    the name; nor "Kabid Humas, Kombes Pol. Trunoyudo", a rank opening the name)."""
    if not apposition or not phrase:
        return False
    first = phrase.split(None, 1)[0].casefold()
    if first in TITLES or first in ROLE_WORDS or _NAME_ONLY.match(phrase) is None:
        return False  # (the cheap checks first: every clause of a subject's sentence asks)
    opening = apposition.split(None, 1)[0].casefold()
    last = apposition.rsplit(None, 1)[-1]
    return (
        (opening in TITLES and opening not in RANKS)
        # or an English office with its body first: "Dmitry Peskov, Kremlin spokesman"
        or (last.islower() and names_an_office(last) and _is_an_office_alone(apposition))
        # or who they are, of a place or body: "Budi Santoso, warga Cianjur"
        or _someone_of(apposition)
    ) and _names_a_person(_bare_name(phrase))  # (not "Sebagai imbalannya, Presiden Putin")


@lru_cache(maxsize=10_000)
def _title_alone(name: str) -> bool:
    """Whether a name is only a title, ``President`` (an office with its body or place,
    ``Kepala BPBD Cianjur``, says whose words they are)."""
    return all(w.casefold() in TITLES or w.casefold() in ENGLISH_TITLES for w in name.split())


# the outlets that write their names in lower case, as their own stories do
_LOWER_CASE_OUTLETS = frozenset({"detikcom", "kumparan", "tvOne"})


def _canonical_from_phrase(phrase: str) -> str | None:
    """``juru bicara Kremlin, Dmitry Peskov`` -> Dmitry Peskov; ``kantor berita KCNA`` -> KCNA."""
    if _INITIALS_OR_HANDLE.fullmatch(phrase):
        return phrase  # an acronym, a person's initials ("berinisial M.R."), a handle ("@persib")
    if ("." in phrase or phrase in _LOWER_CASE_OUTLETS) and is_known_media(phrase):
        return phrase  # an outlet by its site's name: "Kompas.com", "Tempo.co", "detikcom"
    if "," in phrase and is_known_media(set_off := phrase.rsplit(",", 1)[1].strip()):
        return set_off  # a country's media, then its name: "media pemerintah Korut, KCNA"
    if _names_country_media(phrase) or _someone_of(phrase):
        return None
    if "," in phrase:
        named = phrase.rsplit(",", 1)[1].strip()
        if _NAME_RE.fullmatch(named):
            return _bare_name(named)
    posting = _ENVOY_TO.search(phrase)
    if (
        posting
        and _names_an_envoy(phrase[: posting.start()])
        and (at_end := _NAME_AT_END.search(phrase))
    ):
        # an envoy's office names where they serve: "Duta Besar Rusia untuk Indonesia Lyudmila
        # Vorobieva", "Russian Ambassador to South Korea Georgy Zinoviev"
        named = _bare_name(at_end.group(0))
        if " " in named and names_someone(named) and not only_places(named):
            return named
    subject = clause_subject(phrase + " x")
    if subject and phrase.split(None, 1)[0] in UNNAMED_HEADS and subject.split()[0] in _BODY_NAMES:
        return None  # "pejabat Kementerian Perdagangan": someone of the body, not the body
    if subject:
        return subject
    outlet = _outlet_at_end(phrase)  # "the state-run KCNA news agency"
    if outlet:
        return outlet
    origin = _ORIGIN_THEN_NAME.search(phrase)
    if origin:
        named = _without_origin(origin["name"])
        return None if only_places(named) else _bare_name(named)  # "a tourist from France"
    m = _NAME_AT_END.search(phrase)  # "Sekretaris Jenderal (Sekjen) PDIP Hasto Kristiyanto"
    return _bare_name(m.group(0)) if m else None


# someone unnamed of a place, body or outlet: "pejabat Kremlin", "sumber Tempo", "warga Jakarta",
# "seorang pejabat Kementerian Luar Negeri"
_SOMEONE_OF = re.compile(
    r"^(?:(?:seorang|salah\s+seorang|salah\s+satu|para|sejumlah|beberapa)\s+)?"
    r"(?P<head>[a-z]+)(?:\s+[a-z]+){0,2}\s+(?P<of>[A-Z][^,]*)$"
)
# institutions named by one word, which no person is
INSTITUTIONS = frozenset("Kremlin Istana Pentagon Vatikan Senayan".split())


_AND = re.compile(r"\s+(?:dan|and)\s+")


def _someone_of(phrase: str) -> bool:
    """Whether a speaker phrase is an unnamed person of a place, body or outlet (the speaker
    is then no one named, and not the place or body), or one a relative clause describes
    ("diplomats who spoke to Yonhap": no one named, not the outlet)."""
    if (
        (" who " in phrase or " yang " in phrase)
        and (described := _UNNAMED_THEN_CLAUSE.match(phrase))
        and _is_unnamed_head(described["head"])
    ):
        return True
    found = _SOMEONE_OF.match(phrase)
    if found is None or found["head"] not in UNNAMED_HEADS:
        return False
    # (of the first of those named: "pejabat Rusia dan media pemerintah Korea Utara")
    of = _AND.split(found["of"].strip(), maxsplit=1)[0]
    if " " not in of:  # "pelatih Bojan" may be a name; "pejabat Kremlin", "pejabat KPK" none
        return (
            of in INSTITUTIONS
            or of.isupper()
            or is_place(of)
            or only_places(of)
            or is_known_media(of)
        )
    return only_places(of) or is_known_media(of) or not names_someone(of)


# where a person is from, before them: "pemain asal Brasil Ronaldinho", "a tourist from France"
_ORIGIN = r"\b(?:asal|dari|from)\s+"
_ORIGIN_THEN_NAME = re.compile(rf"{_ORIGIN}(?P<name>{NAME})$")
_ORIGIN_BEFORE = re.compile(rf"{_ORIGIN}$")


def _without_origin(name: str) -> str:
    """A name after "asal" without the places that say where the person is from, however
    short the name left: ``Brasil Ronaldinho`` -> Ronaldinho, ``Korea Selatan Shin`` -> Shin."""
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        if only_places(" ".join(words[:cut])):
            return " ".join(words[cut:])
    return name


_BODY_NAMES = frozenset(word.capitalize() for word in BODIES)  # "Kementerian …", "Badan …"
UNNAMED = "\0unnamed"  # a subject that is a person, but not one the text names
_UNNAMED_PERSON = re.compile(
    r"^(?:(?:seorang|salah satu|para|sejumlah|sang)\s+)?(?P<head>[a-z]+)\s+(?:[a-z]+\s+){0,2}"
    rf"(?:{SPEECH_VERBS}|mengaku|mengakui|menilai|berharap|meminta|mengeluh)\b|"
    # "Seorang pria mendekat.": someone new, whatever they do
    r"^(?:seorang|salah\s+seorang)\s+(?P<someone>[a-z]+)\b"
)


def _about_unnamed_person(sentence: str) -> bool:
    """Whether a sentence's last clause has a person as subject without naming them:
    ``Di sisi lain, pelatih lawan mengakui …``, ``Seorang warga mengatakan …``."""
    clause = _LEADING_DISCOURSE.sub("", _CLAUSE_SPLIT.split(sentence.strip())[-1].strip())
    m = _UNNAMED_PERSON.match(clause[:1].lower() + clause[1:])
    return m is not None and (m["head"] or m["someone"]) in UNNAMED_HEADS


# a name after the honorific English news gives it: "Ms. Kim", "Mr. Kim"
_HONORIFIC = rf"(?:(?P<woman>Ms|Mrs|Miss|Madam|Madame)|Mr)\.?\s+(?P<name>{NAME})"
_HONORIFIC_THEN_NAME = re.compile(rf"^{_HONORIFIC}$")
_HONORIFIC_BEFORE = re.compile(rf"\b{_HONORIFIC}")
_POINTING_BACK = re.compile(r"\s+(?:itu|tersebut)$", re.IGNORECASE)


class _Context:
    """What the article has named so far, for pronouns, references and ``-nya`` cues."""

    def __init__(self, linker: NameLinker) -> None:
        self.linker = linker
        self.last_speaker: str | None = None
        self.last_org: str | None = None
        self.asked: str | None = None  # whom the last quote, a question, was put to
        # what was read, in order: text between quotes, and the people quotes were given to
        self._read: list[tuple[str, bool]] = []  # (text or speaker, is a speaker)

    def named_by_role(self, phrase: str) -> str | None:
        """The one person the article gave this office, or the one body it named so (``the
        unification ministry`` after ``the Ministry of Unification``)."""
        return self.linker.holder_of(phrase) or self.linker.body_called(phrase)

    def speaker_of(self, written: str) -> str | None:
        """Who an attribution as written names: the person a pronoun or reference stands for,
        the one holder of an office or body so called, or the fullest form of the name in it."""
        if written == "it":
            return self._nearest_body_subject()
        if is_pronoun(written) or is_reference(written):
            return self.resolve(written)
        if (
            written.startswith("M")
            and (addressed := _HONORIFIC_THEN_NAME.match(written))
            and (chosen := self._by_honorific(addressed))
        ):
            return chosen
        canonical = self.named_by_role(written) or _canonical_from_phrase(written)
        if canonical and _title_alone(canonical) and not canonical.isupper():
            return None  # "the President said": no one named
        return self.link(canonical) if canonical else None

    def _by_honorific(self, addressed: re.Match[str]) -> str | None:
        """Of the people a short name stands for, the one the honorific says: "Ms. Kim" is Kim
        Yo Jong, "Mr. Kim" Kim Jong Un, when the article named both and her as a woman."""
        name = addressed["name"]
        linked = self.linker.link(name)
        namesakes = self.linker.namesakes(name) or ([linked] if linked != name else [])
        if not namesakes:
            return None
        women = self.linker.women()
        chosen = [n for n in namesakes if (n in women) == bool(addressed["woman"])]
        if len(chosen) == 1:
            return chosen[0]
        # "Mr. Kim" when the only Kim named is a woman: someone else of that name
        return name if not chosen and not addressed["woman"] else None

    def link(self, name: str) -> str:
        """The fullest form of a name; an outlet by its display name ("the Korean Central News
        Agency (KCNA)" is KCNA, as cites and relays name it)."""
        linked = self.linker.link(name)
        if linked == name and (namesakes := self.linker.namesakes(name)):
            # "Kim" when the article names Kim Jong Un and, further on, Kim Yo Jong: the one
            # named before it
            named_before = [n for n in namesakes if any(n in text for text, _ in self._read)]
            if len(named_before) == 1:
                return named_before[0]
        return display_name(linked) if is_known_media(linked) else linked

    def note_text(self, text: str) -> None:
        """Text read so far; its sentence subjects are only worked out when a pronoun asks."""
        if text.strip():
            self._read.append((text, False))

    def _recent(self) -> Iterator[tuple[str, str | None, bool]]:
        """What was read, newest first, up to SUBJECT_LOOKBACK sentences: (name, name, True)
        for a person a quote was given to, (sentence, its subject, False) for a sentence."""
        seen = 0
        for text, is_speaker in reversed(self._read):
            if is_speaker:
                yield text, text, True
                continue
            for sentence in reversed(_SENTENCE_END.split(text)):
                yield sentence, sentence_subject(sentence) if sentence.strip() else None, False
                seen += 1
                if seen >= SUBJECT_LOOKBACK:
                    return

    def last_subject(
        self, person_only: bool = False, but: frozenset[str] | set[str] = frozenset()
    ) -> str | None:
        """The person a pronoun stands for: the nearest named sentence subject or person a
        quote was given to (``“…,” kata Sufmi Dasco Ahmad`` names no sentence subject), or
        ``UNNAMED`` when a nearer sentence is about a person the text does not name. With
        ``person_only``, subjects that are bodies or outlets are passed over, and so are the
        people in ``but``."""
        for sentence, subject, is_speaker in self._recent():
            if is_speaker and subject not in but:
                return subject
            if subject and not is_speaker and not is_pronoun(subject):
                linked = self.link(subject)
                if not (person_only and _is_body(linked)) and linked not in but:
                    return linked
            elif subject is None and _about_unnamed_person(sentence):
                return UNNAMED
        return None

    def note_speaker(self, name: str) -> None:
        self.last_speaker = name
        if name.isupper() or is_known_media(name):
            self.last_org = name
        else:
            self._read.append((name, True))

    def resolve(self, name: str | None) -> str | None:
        if name is None:
            return None
        if nickname := nickname_in(name):
            # "pria yang akrab disapa Kang Emil itu": the one the article gave the nickname,
            # else the person named before, else the nickname itself
            linked = self.link(nickname)
            if linked != nickname:
                return linked
            return self._pointed_back_to(name) or nickname
        if is_pronoun(name):
            return self._pointed_back_to(name)
        if is_reference(name):
            body = (
                self._nearest_subject_called(name) or self._nearest_media_subject() or self.last_org
            )
            # "pihak tersebut" may be a person's side; "the agency" is never a person
            english = name[:4].casefold() == "the "
            return body if english else body or self.last_speaker
        return self.link(name)

    def _pointed_back_to(self, name: str) -> str | None:
        """Whom a pronoun, or a title or person noun used as one, stands for."""
        office = _POINTING_BACK.sub("", name)
        holder = self.linker.holder_of(office) if office != name else None
        if holder:
            return holder  # "kata Sekretaris Jenderal PDI-P tersebut": the one so named
        person_only = name.casefold() in PERSONAL_PRONOUNS
        if name.casefold() in ("she", "her") and (woman := self._nearest_woman()):
            return woman  # a woman the text named so, not the subject nearer to "she"
        subject = self.last_subject(person_only, but=self._women_if(name))
        if subject is UNNAMED:
            return None  # "pelatih lawan mengakui …. “…,” katanya": not the last named
        found = subject or self.last_speaker
        if name.casefold() in PLURAL_PRONOUNS and found and not _is_body(found):
            return None  # "kata mereka" after "Budi dan Ani": not one of them
        if person_only and found and _is_body(found):
            return None
        return found

    def _women_if(self, pronoun: str) -> set[str]:
        """Whom "he" cannot stand for: the women the article named as such."""
        return self.linker.women() if pronoun.casefold() in ("he", "him") else set()

    def _nearest_woman(self) -> str | None:
        """The woman named so (``spokeswoman Maria Zakharova``, ``Ms. Jane Doe``) that the
        nearest sentence mentions, subject or not."""
        women = self.linker.women()
        if not women:
            return None
        for sentence, subject, is_speaker in self._recent():
            if is_speaker:
                if subject in women:
                    return subject
                continue
            said = {token.strip(_TOKEN_EDGES) for token in sentence.split()}
            mentioned = [w for w in women if w in sentence or w.split()[-1] in said]
            if len(mentioned) == 1:
                return mentioned[0]
        return None

    def _nearest_subject_called(self, reference: str) -> str | None:
        """The body a recent sentence is about that the reference's noun names: "Kementerian
        Luar Negeri Korea Selatan menyatakan …. “…,” tulis kementerian itu"."""
        words = reference.casefold().split()
        english = words[0] == "the"
        head = words[-1] if english else words[0]  # "the ministry", "kementerian itu"
        if head in _MEDIA_REFERENCE_HEADS:
            return None  # an outlet: the nearest one is asked for
        return next(
            (
                self.link(subject)
                for _, subject, is_speaker in self._recent()
                if not is_speaker and subject and head in subject.casefold().split()
            ),
            None,
        )

    def _nearest_body_subject(self) -> str | None:
        """The body or outlet a recent sentence is about, for the "it" that stands for it:
        "The Kremlin issued a statement. “…,” it said." (a person is never "it")."""
        for _, subject, is_speaker in self._recent():
            if is_speaker or not subject or is_pronoun(subject):
                continue
            linked = self.link(subject)
            if _is_body(linked) or is_known_media(linked):
                return linked
        return self.last_org

    def _nearest_media_subject(self) -> str | None:
        """The outlet a recent sentence is about: "KCNA said …. “…,” the agency said"."""
        return next(
            (
                display_name(subject)
                for _, subject, is_speaker in self._recent()
                if not is_speaker and subject and is_known_media(subject)
            ),
            None,
        )


# the nouns a reference to an outlet opens with ("media tersebut", "kantor berita itu"): the
# outlet a recent sentence is about is the one meant
_MEDIA_REFERENCE_HEADS = frozenset(
    "media kantor harian situs laman agency newspaper daily broadcaster".split()
)
TITLE_LOOKBACK = 30
BODY_LOOKBACK = 60  # "South Korea’s Unification Ministry" before "spokesperson"
ORIGIN_LOOKBACK = 6  # "asal ", "from "
# a title right before a name, lowercase in running text: "kata pelatih Persib Bojan Hodak",
# "juru bicara Kremlin Dmitry Peskov"
_TITLE_WORDS = "|".join(sorted(t for t in TITLES | ENGLISH_TITLES if t.isalpha()))
_TITLE_BEFORE = re.compile(rf"\b([Jj]uru\s+bicara|{_TITLE_WORDS})\s+$")
# the words of a title before its last, looked for only past one: "former prime minister",
# "deputy foreign minister"
_TITLE_WORDS_BEFORE = re.compile(rf"\b(?:(?:former|deputy|acting|{_TITLE_WORDS})\s+){{1,2}}$")
# the words of an English body written in lower case before a role: "ministry spokesperson",
# "foreign ministry spokesperson", "state department spokesman"
_BODY_WORDS_BEFORE_A_ROLE = frozenset(
    """ministry department agency office party embassy foreign defence defense army police
    state government military security intelligence press""".split()
)
# the body an English title serves, with the lower-case words of its name and those that
# qualify it: "State Department", "Unification ministry", "Chinese foreign ministry"
_BODY_OR_QUALIFYING_WORDS = "|".join(
    sorted(_BODY_WORDS_BEFORE_A_ROLE | {"national", "policy", "top", "senior", "economic"})
)
_BODY_BEFORE = re.compile(
    rf"(?:\b(?P<article>[Tt]he|[Aa]n?)\s+)?(?P<body>(?:{CAPITALISED_WORD}\s+){{0,5}}?{CAPITALISED_WORD}"
    rf"(?:\s+(?:{_BODY_OR_QUALIFYING_WORDS})){{0,3}})\s+$"
)


# an office set off after the name: "Matthew Miller, the State Department spokesperson,",
# "Dmitry Peskov, juru bicara Kremlin."
_OFFICE_AFTER = re.compile(
    r",\s+(?:(?:the|a|an|sang|selaku)\s+)?"
    # (not a clause, nor a relay: "kata Kim, seperti dikutip kantor berita Rusia, RIA")
    r"(?!(?i:who|which|that|when|while|yang|saat|ketika|seperti|sebagaimana|dikutip|dilansir|"
    r"mengutip|melansir|menurut|according|quoted|citing|via)\b)"
    # (its owner may be titled: "Dmitry Peskov, Mr. Putin's spokesman, said")
    r"(?P<office>(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[^,.;:“”\"()]{3,120}?)"
    # (and the short form of a body it ends with: "… for Strategic Studies (IISS).")
    r"(?:\s+\([A-Z][\w&-]{1,15}\))?\s*(?=(?P<end>[,.;:]|$))"
)
# the words that make an office before a comma no one's apposition: "Selain menteri, Budi …",
# "Setelah bertemu presiden, Budi …", "Sebagai ketua, Budi …", "para menteri, Budi …"
_NOT_BEFORE_AN_OFFICE = re.compile(
    r"\b(?i:selain|setelah|sebelum|sesudah|sebagai|bersama|dengan|para|bagi|untuk|kepada|dari|"
    r"antara|tanpa|menjadi|jadi|dan|atau|serta|besides|after|before|as|with|among|and|or|"
    r"(?P<verb>(?!menurut\b)(?:ber|me[mn]?|meng|meny|ter)[a-z]{3,}|"  # not the cue "menurut"
    # "After meeting the president, Budi …", "Putin met the prime minister, …"
    r"[a-z]{2,}ing(?:\s+the)?|(?:met|visited|joined|thanked|called)(?:\s+the)?))\s+$"
)
# a cue right before a name, past lower-case words: "kata Dmitry Peskov, juru bicara Kremlin.",
# "said Matthew Miller, the State Department spokesperson."
_CUE_BEFORE_NAME = re.compile(rf"\b(?:{CUES_AFTER_QUOTE})(?:nya)?\s+(?:[a-z]+\s+){{0,3}}$")


# an office set off before the name, as Indonesian outlets write it: "Presiden Rusia, Vladimir
# Putin,", "Juru bicara Kremlin, Dmitry Peskov"
# the roles of those asked for a view, which open an office set off before the name:
# "Pengamat Korea dari Universitas Kookmin, Andrei Lankov"
_EXPERTS = r"pengamat|analis|pakar|ahli|ekonom|peneliti|dosen|guru\s+besar|akademisi"
_OFFICE_BEFORE = re.compile(
    # (with the owner before it: "The Kremlin's spokesman, Dmitry Peskov")
    rf"(?<![\w'’-])(?P<office>(?:[A-Z][\w-]*['’]s\s+)?(?i:juru\s+bicara|{_EXPERTS}|{_TITLE_WORDS})"
    # (and the short form of a body it ends with: "… dari Universitas Indonesia (UI), Hikmahanto")
    r"\b[^,.;:“”\"()]{0,60}?(?:\s+\([A-Z][\w&-]{1,15}\))?),\s+$"
)
OFFICE_BEFORE_LOOKBACK = 80
# a body speaking through its office, the person set off after it: "Kremlin melalui juru
# bicaranya, Dmitry Peskov, menegaskan …" (the Kremlin's spokesman)
_THROUGH_ITS_OFFICE = re.compile(
    rf"(?P<body>{NAME})\s+melalui\s+(?P<office>(?i:juru\s+bicara|kepala|ketua|direktur|"
    r"sekretaris|kuasa\s+hukum|pengacara))nya\s*,\s+$"
)
# an office spelt out with its short form in brackets before a name: "Menteri Luar Negeri
# (Menlu) Retno Marsudi", "Kepala Badan Intelijen Negara (BIN) Budi Gunawan"
_OFFICE_BEFORE_SHORT_FORM = re.compile(
    r"(?<![\w'’-])(?P<office>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,7})\s+\([A-Z][\w-]*\)\s+$"
)


# whose an English office set off before a name is, with the words that qualify it: "Mr.
# Putin's top| foreign policy aide, Yuri Ushakov,"
_OWNER_BEFORE_OFFICE = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs)\.?\s+)?(?P<owner>[A-Z][\w-]*['’]s)\s+(?P<qualifiers>(?:[a-z]+\s+){0,2})$"
)


def _office_set_off_before(text: str, name_start: int) -> str | None:
    """The office set off by a comma before the name that starts at ``name_start``: "Presiden
    Rusia, Vladimir Putin", and an English one with the body it serves after its article ("The
    South Korean foreign minister, Park Jin"; not "Kunjungan" of "Kunjungan Presiden Korea
    Utara, Kim Jong Un"). None for an office the sentence names for another reason ("Selain
    menteri, Budi …", "After meeting the foreign minister, Budi …")."""
    lookback = max(0, name_start - OFFICE_BEFORE_LOOKBACK)
    if "melalui" in text and (through := _THROUGH_ITS_OFFICE.search(text, lookback, name_start)):
        # "juru bicara Kremlin" (not "Adapun Kremlin")
        return f"{through['office']} {_LEADING_DISCOURSE.sub('', through['body'])}"
    found = _OFFICE_BEFORE.search(text, lookback, name_start)
    if found is None:
        return None
    office, start = found["office"], found.start()
    if office[0].islower() and office.split()[-1].casefold() in ENGLISH_TITLES:
        body = _BODY_BEFORE.search(text, max(0, start - BODY_LOOKBACK), start)
        owner = _OWNER_BEFORE_OFFICE.search(text, max(0, start - BODY_LOOKBACK), start)
        if body and body["article"]:
            office, start = f"{body['body']} {office}", body.start()
        elif owner:  # "Mr. Putin's top foreign policy aide, Yuri Ushakov,"
            office, start = f"{owner['owner']} {owner['qualifiers']}{office}", owner.start()
    other = _NOT_BEFORE_AN_OFFICE.search(text, max(0, start - TITLE_LOOKBACK), start)
    if other and not (
        office[0].isupper()
        and (
            # one more person in a list, with a capitalised office of their own: "Kim Jong Un,
            # dan Presiden Rusia, Vladimir Putin," (not "menteri dan gubernur, Budi …")
            other.group().strip().casefold() in ("dan", "and", "serta")
            # whom the subject met: "Kim Jong Un bertemu Presiden Rusia, Vladimir Putin di …"
            # (not "Usai bertemu Presiden Rusia, Kim Jong Un kembali …")
            or _met_by_the_subject(text, other)
        )
    ):
        return None
    return office


# what makes a clause one that leads to the sentence's subject: "Usai bertemu …, Kim …"
_SUBORDINATORS = frozenset(
    "setelah sebelum sesudah usai seusai saat ketika selama sambil seraya untuk agar selain "
    "after before when while as since upon besides".split()
)


def _met_by_the_subject(text: str, before: re.Match[str]) -> bool:
    """Whether the word before an office set off before a name is a verb of its clause's
    subject ("Kim Jong Un bertemu Presiden Rusia, …"), not of a subordinate clause ("Usai
    bertemu …"), nor a word of ``_NOT_BEFORE_AN_OFFICE``'s list ("para menteri, Budi …")."""
    if before["verb"] is None:
        return False
    clause = re.split(r"[.,;:!?]", text[: before.start()])[-1].split()
    return (
        bool(clause)
        and clause[-1][:1].isupper()
        and not is_generic_word(clause[-1])  # (a name: not "Kemarin bertemu …")
        and not any(w.casefold() in _SUBORDINATORS for w in clause)
    )


# a role opening the words right before a name, in lower case as Indonesian writes it: "kata
# pengamat militer Connie Rahakundini", "ekonom senior INDEF Faisal Basri" (the last such
# opening word, past which only words of the role stand)
_ROLE_OPENERS = frozenset(_TITLE_WORDS.split("|")) | frozenset(
    w for w in _EXPERTS.split("|") if w.isalpha()
)
_TWO_WORD_OPENERS = frozenset([("juru", "bicara"), ("guru", "besar")])
# words before an office that make its holder a deputy or one standing in
_STANDING_IN = frozenset("wakil plt plh pj pjs".split())


def _with_body_words_before(text: str, at: int, written: str) -> str:
    """``written`` (an office and a name at ``at``) with the lower-case words of a body before
    it: "ministry spokesperson Koo Byoung-sam", "foreign ministry spokesperson Mao Ning"."""
    before = text[max(0, at - ROLE_LOOKBACK) : at].split()
    words: list[str] = []
    while before and before[-1] in _BODY_WORDS_BEFORE_A_ROLE:
        words.insert(0, before.pop())
    return " ".join([*words, written])


ROLE_WORDS_BEFORE = 7  # the opening word and up to six more
ROLE_LOOKBACK = 80
# words that join a role to something else, not to the name after it: "pengamat di Istana
# bersama Budi Santoso"
_BEFORE_A_BODY = frozenset("at in from on".split())
_NOT_IN_A_ROLE = frozenset(
    """dan atau dengan bersama kepada oleh untuk bagi yang itu ini tersebut saat ketika pada
    serta juga telah akan sudah adalah ialah yakni yaitu seperti kata ujar tutur ucap and or
    sejak selama setelah sebelum hingga sampai karena sebagai menjadi jadi tentang terhadap
    soal bahwa with to by for who that said says told met of the a an since after before as
    about""".split()
)


def _role_before(text: str, name_start: int) -> str | None:
    """The role written right before a name, when its words are all the role's. Walked word by
    word (a pattern over the text before every name cost 7% of quote extraction)."""
    if not text[name_start - 1 : name_start].isspace():
        return None
    window = text[max(0, name_start - ROLE_LOOKBACK) : name_start]
    last = window[window.rstrip().rfind(" ") + 1 :].strip()
    if not last[:1].isalpha() or last.casefold() in _NOT_IN_A_ROLE | _BEFORE_A_BODY:
        # most names: "kata Putin", "dan Kim", after punctuation; and a body one works at:
        # "economist at Capital Economics" (Indonesian runs the body into the name: "Pengamat
        # politik dari Universitas Al Azhar Indonesia Ujang Komarudin")
        return None
    words = window.rsplit(None, ROLE_WORDS_BEFORE)[-ROLE_WORDS_BEFORE:]
    for i in range(len(words) - 1, -1, -1):
        word = words[i].casefold()
        if word in _NOT_IN_A_ROLE or not word.replace("-", "").isalnum():
            return None
        if i and (words[i - 1].casefold(), word) in _TWO_WORD_OPENERS:
            i -= 1
        elif word not in _ROLE_OPENERS:
            continue
        if i and words[i - 1].casefold() in _STANDING_IN:
            i -= 1  # "Wakil Ketua Komisi I DPR RI dari …", "Plt Kepala Dinas …"
        role = " ".join(words[i:])
        if any(_names_a_person(_bare_name(run.group())) for run in _MULTI_WORD_NAME.finditer(role)):
            return None  # "leader Kim Jong Un invited Russian President Vladimir Putin"
        return role
    return None


_SAYS_FIRST = re.compile(rf"(?:{SPEECH_VERBS}|{INDIRECT_VERBS})\b")
# a source and its verb set off after a name: "… with Vladimir Putin, Russian state media
# reported, in a visit …" (a set of words: one regular expression of them all took 2 ms to
# compile, on every start)
_SAYING_WORDS = frozenset(f"{SPEECH_VERBS}|{INDIRECT_VERBS}".split("|"))


_ENDS_WITH_A_PLACE_BY_ITS_KIND = re.compile(
    rf"\b(?i:{REGION_KINDS}|dusun|kampung)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$"
)


# the titles whose one word after them is the body they serve, seldom a person: "Pelatih
# Persib", "Kapten Persija", "Manajer Arema" (not "Presiden Jokowi", "Gubernur Anies")
_BODY_HEADS = frozenset(
    "pelatih kapten manajer coach captain manager striker kiper bek gelandang".split()
)


def _heads_a_body(title: str) -> bool:
    words = title.split()
    return bool(words) and words[-1].casefold() in _BODY_HEADS


def _is_an_office_alone(office: str) -> bool:
    """Whether a phrase set off by commas beside a name is an office, and names no other
    person with it ("Defence Minister Sergei Shoigu", "Presiden Jokowi"), nor says what the
    person did ("Andrei Lankov, menilai … kedua pihak"), nor who reported it ("Vladimir Putin,
    Russian state media reported,")."""
    if (
        not names_an_office(office)
        or _SAYS_FIRST.match(office)
        or office.rsplit(None, 1)[-1] in _SAYING_WORDS
    ):
        return False
    if _ENDS_WITH_A_PLACE_BY_ITS_KIND.search(office):
        return True  # "Kepala Desa Sukamaju": a place, not a person
    named = _bare_name(office)
    if (
        named != office
        and _NAME_ONLY.match(named)
        and _names_a_person(named)
        # (one word after a coach's or a captain's title is their club: "Pelatih Persib")
        and not (" " not in named and _heads_a_body(office[: -len(named)]))
    ):
        return False  # "Presiden Jokowi" (not "North Korean leader", which keeps "leader")
    for run in _MULTI_WORD_NAME.finditer(office):
        named = _bare_name(run.group(0))
        if named != run.group(0) and " " in named and _names_a_person(named):
            return False
    return True


def _office_written_before(written: str, name: str) -> str:
    """The office written before a name, without the ranks at its end ("Kabid Humas Polda
    Metro Jaya" of "Kabid Humas Polda Metro Jaya Kombes Trunoyudo Wisnu Andiko"), or ""."""
    if not written.endswith(name) or len(written) == len(name):
        return ""
    return " ".join(without_ranks(written[: -len(name)].split()))


def _names_one(name: str) -> bool:
    """Whether a word is a person's one name ("Suharyanto", "Jokowi"), not a short form
    ("BNPB") nor a body's or a place's."""
    return " " not in name and not name.isupper() and _names_a_person(name)


def _names_a_person(name: str) -> bool:
    """Whether a name is someone's, not a body's ("Universitas Kookmin" is a body)."""
    return names_someone(name) and not _is_body(name)


# "Joko Widodo (Jokowi)", "Joko Widodo atau Jokowi", "Basuki Tjahaja Purnama alias Ahok"
# the familiar address that opens a nickname as part of it: "Cak Imin", "Gus Dur", "Bung Karno"
_ADDRESS_IN_NICKNAMES = "(?:Cak|Gus|Bung)"
_NICKNAME_AFTER = re.compile(
    r"\s*\((?P<nick>[A-Z][\w'’-]+)\)|\s+(?:alias\s+(?P<alias>[A-Z][\w'’-]+)|"
    rf"atau\s+(?P<word>(?:{_ADDRESS_IN_NICKNAMES}\s+)?[A-Z][\w'’-]+))\b(?!\s+[A-Z])"
)


# a nickname the text gives the person it was about: "kata Ani, sapaan akrabnya"
_CALLED_BY = re.compile(
    r"\b(?P<nick>[A-Z][\w'’-]+),\s+(?:sapaan|panggilan)\s+(?:akrab|karib)(?:nya)?\b"
    rf"(?:\s+(?P<whom>{NAME}))?"
)
# a nickname quoted inside the name, as English reports write it: President Joko “Jokowi” Widodo
# (only looked for in a paragraph holding one quoted capitalised word before another)
_QUOTED_WORD = re.compile(r"[“\"][A-Z][\w'’-]+[”\"]\s+[A-Z]")
_QUOTED_NICKNAME = re.compile(
    r"\b(?P<given>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+[“\"](?P<nick>[A-Z][\w'’-]+)[”\"]\s+"
    r"(?P<family>[A-Z][\w'’-]+)"
)


def _shortens(nickname: str, name: str) -> bool:
    """Whether a word after "atau" is a short form of the name before it (Joko Widodo atau
    Jokowi, Sandiaga Uno atau Sandi), after the familiar address that opens it a part of a
    word of the name (Muhaimin Iskandar atau Cak Imin, Abdurrahman Wahid atau Gus Dur); not
    another person (Joe Biden atau Trump)."""
    addressed = nickname.split()
    short = addressed[-1].casefold()
    words = [word.casefold() for word in name.split()]
    if len(addressed) > 1:
        return len(short) >= 3 and any(short in word for word in words)
    return any(word[:2] == short[:2] for word in words)


HEADLINE_CASED_SHARE = 0.8
MAX_NAME_WORDS = 12  # with an office: "Kepala Badan Pangan Nasional Arief Prasetyo Adi"


def _is_headline_cased(text: str) -> bool:
    """A stray headline among the paragraphs (a link to another story): no sentence end, and
    most words capitalised, so capitalised verbs would pass for parts of names."""
    if text.rstrip().endswith((".", "!", "?", "”", '"', ":")):
        return False  # most paragraphs: decided without splitting them into words
    words = [w for w in text.split() if w[:1].isalpha()]
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capitalised >= HEADLINE_CASED_SHARE * len(words)


_TOKEN_EDGES = ".,;:!?\"“”'’()"  # around a word in running text: "Zakharova," is Zakharova
# a woman named so, by a word before her name ("Ms. Jane Doe", "spokeswoman, Maria Zakharova";
# "Ibu" only as the title right before it: see the linker's offices) or after it ("Kim Yo-jong,
# the powerful sister of …", "Maria Zakharova, the ministry's spokeswoman"); only looked for in
# a text holding one of the words
_WOMAN_BEFORE = re.compile(
    r"\b(?:Ms|Mrs|Madam|Madame|spokeswoman|chairwoman|congresswoman|businesswoman)"
    rf"\.?,?\s+(?P<name>{NAME})"
)
_WOMAN_AFTER = re.compile(
    rf"(?P<name>{NAME}),\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w'’-]+\s+){{0,4}}?"
    r"(?:spokeswoman|chairwoman|congresswoman|businesswoman|sister|wife|daughter|mother|widow|"
    r"grandmother|first\s+lady)\b"
)
_WOMAN_WORDS = re.compile(
    r"\b(?:Ms|Mrs|Madam|Madame|spokeswoman|chairwoman|congresswoman|businesswoman|"
    r"sister|wife|daughter|mother|widow|grandmother|first lady)\b"
)


def _women_named(paragraphs: list[str]) -> list[str]:
    """The people an English article names as women, whom "she" may stand for."""
    named = (
        _bare_name(m["name"])
        for text in paragraphs
        if _WOMAN_WORDS.search(text)
        for pattern in (_WOMAN_BEFORE, _WOMAN_AFTER)
        for m in pattern.finditer(text)
    )
    return [name for name in named if " " in name]


# what a name is not opened by: what a title was of ("President of Russia" names no "of Russia")
_NO_NAMES_FIRST = frozenset({"of", "the", "and", "dan", "dari"})


# a name of one word (before a comma: "Peskov, juru bicara Kremlin, menyebut …")
_ONE_NAME = re.compile(r"[A-Z][a-z][\w'’-]*")


def _office_set_off_after(paragraphs: list[str], name: str) -> str | None:
    """The first office the paragraphs set off after a person's one name, or None."""
    written = f"{name}, "
    for text in paragraphs:
        at = text.find(written)
        while at != -1:
            one = _ONE_NAME.fullmatch(text, at, at + len(name))
            if one and (office := _office_set_off_after_one_name(text, one)):
                return office
            at = text.find(written, at + 1)
    return None


def _offices_set_off(paragraphs: list[str]) -> list[tuple[str, str]]:
    """Each office the paragraphs set off after a person's one name, with the name
    (``("juru bicara Kremlin", "Peskov")``), for a later reference by the office alone."""
    found = []
    for text in paragraphs:
        comma = text.find(", ")
        while comma != -1:
            # the word before each comma (found with str.find: a regex over every paragraph
            # of every article cost more than all the rest), and most have no office after it
            one = _ONE_NAME.fullmatch(text, text.rfind(" ", 0, comma) + 1, comma)
            if (
                one
                and (after := _OFFICE_AFTER.match(text, comma))
                and names_an_office(after["office"])
                and (office := _office_set_off_after_one_name(text, one))
            ):
                found.append((office, one.group()))
            comma = text.find(", ", comma + 2)
    return found


def _office_set_off_after_one_name(text: str, one: re.Match[str]) -> str | None:
    """The office set off after a person's one name ("Peskov, juru bicara Kremlin, menyebut …",
    "kata Peskov, juru bicara Kremlin."): not after the last word of a longer name, which the
    names of two words or more give, nor after a place or a word."""
    before = text[: one.start()].split()[-1:]
    if before and before[0][:1].isupper() and not before[0].endswith((",", ".", ":", '"', "”")):
        return None  # "Dmitry Peskov, …", "Presiden Jokowi, …"
    name = one.group()
    if is_generic_word(name) or not _names_one(name):
        return None
    after = _OFFICE_AFTER.match(text, one.end())
    if after is None or (
        after["end"] != ","
        and not _CUE_BEFORE_NAME.search(text, max(0, one.start() - TITLE_LOOKBACK), one.start())
    ):
        return None
    office = after["office"]
    return office if _is_an_office_alone(office) else None


_POSSESSIVE = re.compile(r"['’]s\b")


def _article_names(paragraphs: list[str]) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """Names of two words or more in the article, for linking later short mentions, the
    nicknames given with them (``Presiden Joko Widodo (Jokowi)``) and the offices they are
    given with (``Menteri Kesehatan Budi Gunadi Sadikin``, for a later ``kata Menkes``)."""
    names: dict[str, None] = {}
    nicknames: dict[str, str] = {}
    offices: dict[str, str] = {}
    last_named: str | None = None
    for text in paragraphs:
        if _is_headline_cased(text):
            continue  # "Kim Jong Un Pulang, Ini Oleh-oleh dari Putin" names no "Kim Jong Un Pulang"
        named_before = last_named
        named_here: list[tuple[int, str]] = []
        for m in _MULTI_WORD_NAME.finditer(text):
            found = m.group(0)
            if (
                ("'" in found or "’" in found)
                and (owner := _POSSESSIVE.search(found))
                and not only_places(found[: owner.start()])
            ):
                # "Kim Jong Un's visit": the owner is the name (not "North Korea's Kim Jong Un")
                found = found[: owner.start()]
            if found.count(" ") >= MAX_NAME_WORDS:
                continue  # a run of capitals (a list, a shouted line) is no one's name
            title = _TITLE_BEFORE.search(text, max(0, m.start() - TITLE_LOOKBACK), m.start())
            # "kata pelatih Persib Bojan Hodak": a lowercase title still opens the name, and an
            # English one comes after the body it serves: "State Department spokesman …"
            written = f"{title[1]} {found}" if title else found
            more = title and _TITLE_WORDS_BEFORE.search(
                text, max(0, title.start() - TITLE_LOOKBACK), title.start()
            )
            if title and more:
                written = f"{more.group().strip()} {written}"  # "former prime minister …"
            body = (
                title
                and title[1] in ENGLISH_TITLES
                and _BODY_BEFORE.search(
                    text,
                    max(0, (more or title).start() - BODY_LOOKBACK),
                    (more or title).start(),
                )
            )
            if body:
                written = f"{body['body']} {written}"
            elif title and title[1] in ENGLISH_TITLES:
                # "ministry spokesperson Koo Byoung-sam": the body's words, in lower case
                written = _with_body_words_before(text, (more or title).start(), written)
            spelt_out = (
                _OFFICE_BEFORE_SHORT_FORM.search(
                    text, max(0, m.start() - OFFICE_BEFORE_LOOKBACK), m.start()
                )
                if not title and text.startswith(") ", m.start() - 2)
                else None
            )
            name = _without_affiliation(_bare_name(written))
            if _ORIGIN_BEFORE.search(text, max(0, m.start() - ORIGIN_LOOKBACK), m.start()):
                name = _without_origin(name)
            first, _, rest = name.partition(" ")
            opens = found.split(None, 1)[0] == first  # the name's first word opens it
            if (
                opens
                and (is_generic_word(first) or first.casefold() in ENGLISH_OPENERS)
                and _at_sentence_start(text, m.start())
            ):
                name = rest  # "Kunjungan Kim Jong Un akan ...", "When Putin arrived ..."
            if (
                " " in name
                and (names_someone(name) or named_after_a_body(written, name))
                and name.split()[0] not in _NO_NAMES_FIRST
            ):
                names[name] = None
                last_named = name
                named_here.append((m.start(), name))
                nickname = _NICKNAME_AFTER.match(text, m.end())
                given = nickname and (nickname["nick"] or nickname["alias"])
                if nickname and (given or _shortens(nickname["word"], name)):
                    nicknames.setdefault(given or nickname["word"], name)
                office = _office_written_before(written, name)
                if not title and not body and (role := _role_before(text, m.start())):
                    office = f"{role} {office}".strip()  # "pengamat militer Connie Rahakundini"
                if office and only_places(office) and (envoy := _envoy_before(text, m.start())):
                    office = f"{envoy} {office}"  # "Duta Besar Rusia untuk Indonesia"
                if spelt_out and names_an_office(spelt_out["office"]):
                    # "Menteri Luar Negeri (Menlu) RI Retno Marsudi": the office past its short
                    # form (which ends a body's name: "Indonesia Political Opinion (IPO) Dedi")
                    office = f"{spelt_out['office']} {office}".strip()
                if office:
                    offices.setdefault(office, name)
                # an office set off by commas: "Presiden Rusia, Vladimir Putin,", "Matthew
                # Miller, the State Department spokesperson"
                before = after = None
                if (
                    written.endswith(name)
                    # (but a rank: "Pengamat militer, Prof. Dr. Budi Hartono,"; a form of
                    # address is none: "The Kremlin's spokesman, Mr Dmitry Peskov,")
                    and (not office or only_forms_of_address(office))
                    and text[max(0, m.start() - 2) : m.start()].startswith(",")
                ):
                    before = _office_set_off_before(text, m.start())
                if text.startswith(",", m.end()):
                    after = _OFFICE_AFTER.match(text, m.end())
                    # an office ends with another comma ("Matthew Miller, a State Department
                    # spokesman, said"), or the sentence after a cue ("kata Dmitry Peskov, juru
                    # bicara Kremlin."); else it is the sentence's own clause ("Menurut Dmitry
                    # Peskov, kerja sama dalam bidang militer dibahas.")
                    if (
                        after
                        and after["end"] != ","
                        and not _CUE_BEFORE_NAME.search(
                            text, max(0, m.start() - TITLE_LOOKBACK), m.start()
                        )
                    ):
                        after = None
                for set_off in (before, after and after["office"]):
                    if set_off and _is_an_office_alone(set_off):
                        offices.setdefault(set_off, name)
            elif (
                (office := _office_written_before(written, name))
                and names_an_office(office)
                and _names_one(name)
            ):
                offices.setdefault(office, name)  # "Kepala BNPB Suharyanto", "Presiden Jokowi"
        if "sapaan" in text or "panggilan" in text:
            for called in _CALLED_BY.finditer(text):  # "kata Ani, sapaan akrabnya"
                whom = [name for at, name in named_here if at < called.start()]
                if called["whom"]:  # "Ani, sapaan akrab Sri Mulyani"
                    nicknames.setdefault(called["nick"], _bare_name(called["whom"]))
                elif referent := whom[-1] if whom else named_before:
                    nicknames.setdefault(called["nick"], referent)
        if ("“" in text or '"' in text) and _QUOTED_WORD.search(text):
            for m in _QUOTED_NICKNAME.finditer(text):
                name = _bare_name(f"{m['given']} {m['family']}")
                if " " in name and names_someone(name):
                    names[name] = None
                    nicknames.setdefault(m["nick"], name)
    # prefer spaced spellings when two forms share a key ("Kim Jong Un" over "Kim Jong-un")
    return sorted(names, key=lambda n: n.count("-")), nicknames, offices


@lru_cache(maxsize=100_000)
def _bare_name(written: str) -> str:
    """A name without titles and the places before it; names recur, so this is cached."""
    return strip_places(strip_titles(written))


# what may stand before a paragraph's text as the mark of a list item
_BULLETS = frozenset("-–—•*·")
# what ends the text before a quote that opens a sentence: "… talks as “frank.” “We have …"
_SENTENCE_ENDINGS = tuple(f"{end}{mark}" for end in ".!?:" for mark in ("", "”", '"', "’", "»"))


def _at_sentence_start(text: str, offset: int) -> bool:
    at = offset - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at < 0 or text[at] in '.!?“"”«:'


# an office named by a list of portfolios: "Menteri Pendidikan, Kebudayaan, Riset, dan
# Teknologi", "Menteri Energi dan Sumber Daya Mineral", "Kepala Pusat Data, Informasi dan
# Komunikasi Kebencanaan BNPB"; not "Menteri Keuangan Sri Mulyani dan Menteri BUMN …"
_OFFICE_LIST_HEADS = (
    "Menteri Menko Kementerian Kemenko Pusat Deputi Direktorat Badan Bidang Komisi Dinas "
    # a university's parts: "Fakultas Ekonomi dan Bisnis Universitas Indonesia"
    "Fakultas Jurusan Prodi Departemen"
).split()
# (its items and their words bounded: a line of thousands of "Menteri Abc," would otherwise
# be read once for each of them)
_OFFICE_LIST = re.compile(
    rf"\b(?:{'|'.join(_OFFICE_LIST_HEADS)})"
    r"(?P<list>(?:\s+[A-Z][\w'’-]*){1,6}(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}){0,8}"
    r",?\s+dan\s+(?!(?:Menteri|Menko|Wakil|Ketua|Kepala|Presiden|Gubernur)\b)[A-Z])"
)
_LIST_AND = re.compile(r"(?<=\s)dan(?=\s)")
_AND_A_CAPITAL = re.compile(r" dan [A-Z]")


# a doctor's or dentist's title as Indonesian writes it, in lower case: "dr. Budi Santoso, Sp.PD",
# "drg. Ani", "Prof. dr. Budi"
_DOCTOR = re.compile(r"\b(?:dr|drg)\.(?=\s*[A-Z])")


# the full stop of a name's "Jr." or "Sr." inside a sentence: "Ferdinand Marcos Jr. said …"
_SUFFIX_STOP = re.compile(r"(?<=\b[JS]r)\.(?=,|\s+[a-z(])")


def _name_suffixes_read(text: str) -> str:
    """The text with the full stop after a name's "Jr." or "Sr." read as a space where the
    sentence goes on, so the name ends there and the sentence does not; the length, and so
    every offset, stays the same."""
    return _SUFFIX_STOP.sub(" ", text) if "r." in text else text


def _doctors_capitalised(text: str) -> str:
    """The text with a doctor's title in lower case capitalised (``dr.`` read as ``Dr.``), so
    the name after it is read as a title's; the length, and so every offset, stays the same."""
    if "dr" not in text:
        return text  # the common case, found out fast
    return _DOCTOR.sub(lambda m: m[0].capitalize(), text)


def _office_lists_joined(text: str) -> str:
    """The text with each office named by a list read as one name, its commas spaces and its
    "dan" in capitals (a short form, as office words are), so names and offices are read
    whole; the length, and so every offset, stays the same."""
    if not _AND_A_CAPITAL.search(text) or not any(head in text for head in _OFFICE_LIST_HEADS):
        return text  # the common case, found out fast
    return _OFFICE_LIST.sub(
        lambda m: (
            m[0][: m.start("list") - m.start()] + _LIST_AND.sub("DAN", m["list"].replace(",", " "))
        ),
        text,
    )


# a body's name spelt out in English, then its short form, in an Indonesian office: "Ekonom
# Center of Reform on Economics (CORE) Indonesia Mohammad Faisal", "Peneliti Center of Economic
# and Law Studies (Celios) Bhima Yudhistira"
_SPELT_OUT_BODY = re.compile(
    r"\b(?P<long>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|on|for|and|the|in|&)){1,10}?)"
    r"\s+\((?P<short>[A-Z][\w&.-]{1,14})\)(?=\s+[A-Z])"
)
_ENGLISH_JOINS = frozenset("of on for and &".split())
# what such a body leaves for certain, found fast: its short form, then a capital
_SHORT_FORM_THEN_NAME = re.compile(r"\([A-Z][\w&.-]{1,14}\)\s+[A-Z]")


def _bodies_by_short_form(text: str) -> str:
    """The text with each body spelt out in English before its short form read as the short
    form alone, in capitals and filled out to the same length ("Ekonom CORE_____ Indonesia
    Mohammad Faisal"), so the person is read after the office; every offset stays the same."""

    def short_form_alone(m: re.Match[str]) -> str:
        words = m["long"].split()
        if not _ENGLISH_JOINS.intersection(words):
            return m[0]  # "Badan Pusat Statistik (BPS)": Indonesian, read as it is
        # (the office before the body stays: "Ekonom", "Direktur Eksekutif")
        kept = 0
        while kept < len(words) - 1 and (
            words[kept].casefold() in TITLES or is_generic_word(words[kept])
        ):
            kept += 1
        start = m.start() + (m["long"].index(words[kept]) if kept else 0)
        short = m["short"].upper()
        return f"{text[m.start() : start]}{short}{'_' * (m.end() - start - len(short))}"

    return _SPELT_OUT_BODY.sub(short_form_alone, text)


# the double prime and the full-width and CJK double marks some sites use as quote marks
# ("″Kami siap,″ kata Putin."): each stands for one of the marks quotes are found by
_ODD_QUOTE_MARKS = {"″": '"', "＂": '"', "〝": "“", "〞": "”", "〟": "”"}
_USUAL_QUOTE_MARKS = str.maketrans(_ODD_QUOTE_MARKS)


def _with_usual_quote_marks(blocks: list[Block]) -> list[Block]:
    return [
        replace(b, text=b.text.translate(_USUAL_QUOTE_MARKS)) if b.kind == "content" else b
        for b in blocks
    ]


def _text_as_written(quote: Quote, paragraphs: list[str], read_as: list[str]) -> Quote:
    """A quote's words as its paragraphs write them, when they were read with other marks."""
    if not _MARK_RE.search(quote.text):
        return quote
    first, last = quote.paragraph - 1, quote.end_paragraph
    at = "\n".join(read_as[first:last]).find(quote.text, quote.start)
    if at < 0:
        return quote
    return replace(quote, text="\n".join(paragraphs[first:last])[at : at + len(quote.text)])


def extract_quotes(article: Article) -> list[Quote]:
    """Direct quotations and attributed fragments, then reported (indirect) speech.
    Attribution reads the paragraphs with offices named by lists joined; what it finds is
    given back as the article writes it."""
    paragraphs = article.paragraphs
    joined = "\n".join(paragraphs)  # (a string scan per mark: C speed, none in Latin-1 text)
    if any(mark in joined for mark in _ODD_QUOTE_MARKS):
        # quote marks some sites type with other characters, read as the usual ones (one
        # character for one: every offset holds), and the words given back as written
        usual = replace(article, blocks=_with_usual_quote_marks(article.blocks))
        read_as = usual.paragraphs
        return [_text_as_written(q, paragraphs, read_as) for q in extract_quotes(usual)]
    read = [
        _bodies_by_short_form(text) if _SHORT_FORM_THEN_NAME.search(text) else text
        for text in map(
            _office_lists_joined, map(_doctors_capitalised, map(_name_suffixes_read, paragraphs))
        )
    ]
    linker = NameLinker(
        *_article_names(read),
        women=lambda: _women_named(read),
        office_set_off=lambda name: _office_set_off_after(read, name),
        offices_set_off=lambda: _offices_set_off(read),
    )
    direct = _direct_quotes(article, linker, read)
    answers = _interview_answers(article, linker, read, direct)
    if answers:
        direct = sorted(direct + answers, key=lambda q: (q.paragraph, q.start))
    posts = _embedded_posts(article, linker)
    if posts:
        direct = sorted(direct + posts, key=lambda q: (q.paragraph, q.start))
    found = direct + extract_indirect(article, linker, direct, read)
    if read != paragraphs:
        changed = [(r, p) for r, p in zip(read, paragraphs, strict=True) if r != p]
        found = [_as_written(q, changed) for q in found]
    found = [_written_whole(q, paragraphs) for q in found]
    found = _places_out_of_names(found, [article.title or "", *paragraphs])
    outlet = article.outlet
    if outlet and any(q.via and same_outlet(q.via, outlet) for q in found):
        # "Peskov told Reuters" in Reuters' own story ("told the BBC" in BBC News'): nothing
        # relayed it
        found = [replace(q, via=None) if q.via and same_outlet(q.via, outlet) else q for q in found]
    return found


def _written_whole(quote: Quote, paragraphs: list[str]) -> Quote:
    """A speaker as written, whole where a role before a name of three words or more left its
    last two ("North Korean leader Kim Jong Un told …" is written "Kim Jong Un", not "Jong
    Un")."""
    written, speaker = quote.speaker_as_written, quote.speaker
    if (
        written
        and speaker
        and " " in written
        and speaker.endswith(f" {written}")
        and speaker in paragraphs[quote.paragraph - 1]
    ):
        return replace(quote, speaker_as_written=speaker)
    return quote


# the words that end a place's name of two, its part: "Cibeunying Kaler", "Medan Baru"
_PARTS_OF_PLACES = (
    "Utara|Selatan|Barat|Timur|Tengah|Kaler|Kidul|Wetan|Kulon|Hilir|Hulu|Ilir|Ulu|Raya|Baru|"
    "Lama|Jaya|Atas|Bawah|Dalam|Luar|Laut|Pesisir"
)
# a word standing as a place: after a region's kind or "di" ("Kabupaten Pangandaran", "di
# Pangandaran"; not the first of a place's words, "di Kim Il Sung Square", which a name may
# share; but a place of two words whose second is its part, "Kecamatan Cibeunying Kaler"), or
# in capitals opening a dateline ("PANGANDARAN, KOMPAS.com -")
_AS_A_PLACE = re.compile(
    rf"\b(?i:di|warga|wilayah|daerah|{REGION_KINDS})"
    rf"\s+(?P<word>[A-Z][a-z]+(?:\s+(?:{_PARTS_OF_PLACES}))?)\b(?![\w'’-]|\s+[A-Z])|"
    r"^(?P<capitals>[A-Z]+)\s*[,(–—-]"
)
_PLACE_OF_TWO_WORDS = re.compile(rf"[A-Z][a-z]+\s+(?:{_PARTS_OF_PLACES})(?=\s)")


# a region and its name opening a speaker's name after an office: "Kepala Dinas Kesehatan
# (Kadinkes) Kota Bandung Anhar Hadian", the region named after the office's short form
_REGION_OPENING = re.compile(rf"^(?i:{REGION_KINDS})\s+[A-Z][\w'’-]*(?=\s+[A-Z])")


def _places_out_of_names(quotes: list[Quote], texts: list[str]) -> list[Quote]:
    """Speakers without the place that opened their name, where the article names that word
    as a place: after an office, a region kp does not know reads as the name's first word
    (``Bupati Pangandaran Jeje Wiradinata`` was "Pangandaran Jeje Wiradinata"); it is part
    of the office (``Bupati Pangandaran``), and so is a region named with its kind
    (``Kota Bandung Ema Sumarna`` after ``Sekretaris Daerah (Sekda)``)."""
    opened = {
        q.speaker: q.speaker.split(" ", 1)[0]
        for q in quotes
        if q.speaker and q.office and " " in q.speaker
    }
    if not opened:
        return quotes
    # (or its first two: "Camat Cibeunying Kaler Budi Santoso" after "Kecamatan Cibeunying Kaler")
    two_words = {
        speaker: two.group()
        for speaker in opened
        if (two := _PLACE_OF_TWO_WORDS.match(speaker)) and speaker[two.end() + 1 :]
    }
    places = {
        m["word"] or m["capitals"].title() for text in texts for m in _AS_A_PLACE.finditer(text)
    }
    moved = {speaker: word for speaker, word in opened.items() if word in places}
    moved.update((speaker, two) for speaker, two in two_words.items() if two in places)
    moved.update(
        (speaker, region[0])
        for speaker in opened
        if speaker[:1] in "KkPpDd" and (region := _REGION_OPENING.match(speaker))
    )
    if not moved:
        return quotes
    return [
        _place_out_of_name(q, place) if q.speaker and (place := moved.get(q.speaker)) else q
        for q in quotes
    ]


def _place_out_of_name(quote: Quote, place: str) -> Quote:
    def without(name: str | None) -> str | None:
        return name.removeprefix(f"{place} ") if name else name

    office = quote.office
    return replace(
        quote,
        speaker=without(quote.speaker),
        speaker_as_written=without(quote.speaker_as_written),
        office=f"{office} {place}" if office and not office.endswith(place) else office,
    )


def _as_written(quote: Quote, changed: list[tuple[str, str]]) -> Quote:
    """A quote's speaker and office as the paragraphs write them, commas and all."""

    def written(name: str | None) -> str | None:
        if name:
            # an office is given with its words one space apart
            spaced = re.compile(r"\s+".join(map(re.escape, name.split())))
            for read, text in changed:
                if found := spaced.search(read):
                    return text[found.start() : found.end()]
        return name

    return replace(
        quote,
        speaker=written(quote.speaker),
        speaker_as_written=written(quote.speaker_as_written),
        office=written(quote.office),
    )


def _direct_quotes(article: Article, linker: NameLinker, read: list[str]) -> list[Quote]:
    """Quotes found in the paragraphs as written, attributed from ``read``."""
    paragraphs = article.paragraphs
    context = _Context(linker)
    quotes: list[Quote] = []
    previous_end: tuple[int, int] | None = None  # (paragraph, offset) where the last quote ended
    scanned_to = (0, 0)
    double = find_spans(paragraphs)
    spans = sorted(
        double + find_single_spans(paragraphs, double), key=lambda s: (s.paragraph, s.start)
    )
    for span in spans:
        _note_subjects(read, scanned_to, (span.paragraph, span.start), context)
        quote = _attribute(span, read, context, previous_end)
        scanned_to = (span.end_paragraph, span.end)
        if quote is None:
            continue
        quotes.append(
            Quote(
                article=article.id,
                paragraph=span.paragraph + 1,
                start=span.start - 1,
                end=min(span.end + 1, len(paragraphs[span.end_paragraph])),
                text=quote[0],
                speaker=quote[1],
                speaker_as_written=quote[2],
                kind=quote[3],
                via=quote[4],
                end_paragraph=span.end_paragraph + 1,
                office=linker.office_of(quote[1]) if quote[1] else None,
            )
        )
        if quote[1]:
            context.note_speaker(quote[1])
        after = _sentence_after(_window_after(paragraphs[span.end_paragraph], span.end + 1))
        previous_end = (span.end_paragraph, span.end + 1 + len(after))
    return quotes


# an interview's or a transcript's labelled turns: "Tanya: …?", "Jawab: …", "Q: …", "Retno: …",
# "President of Russia Vladimir Putin: …", "Kim Jong-un (retranslated): …"
_TURN = re.compile(
    r"^(?P<label>[A-Z][\w.'’ -]{0,99}?)(?:\s*\([^()]{1,30}\))?\s*:\s+(?P<text>\S.*)$", re.DOTALL
)
MAX_TURN_LABEL_CHARS = 140  # where a turn's colon stands at the latest
MAX_QUESTION_LABEL_CHARS = 40  # "Kompas.com: …?"; a longer label before a question is prose
MIN_TRANSCRIPT_TURNS = 2
QUESTION_LABELS = frozenset("tanya t q question pertanyaan p".split())
ANSWER_LABELS = frozenset("jawab jawaban j a answer".split())
# whom the interview is with, as its opening says: "wawancara khusus dengan Menteri Luar Negeri
# Retno Marsudi", "an interview with Kremlin spokesman Dmitry Peskov"
_INTERVIEWED = re.compile(
    r"\b(?i:wawancara(?:\s+(?:khusus|eksklusif|ekslusif))?\s+(?:dengan|bersama)|"
    r"(?:exclusive\s+)?interview\s+with|berbincang(?:-bincang)?\s+(?:dengan|bersama)|"
    # "Tempo mewawancarai Duta Besar …", "The Korea Herald spoke with …"
    r"mewawancarai|interviewed|(?:spoke|talked)\s+(?:with|to)|sat\s+down\s+with)"
    r"\s+(?P<who>.+)",
    re.DOTALL,
)


def _interview_answers(
    article: Article, linker: NameLinker, read: list[str], direct: list[Quote]
) -> list[Quote]:
    """The answers of an interview printed as questions and answers (``Tanya: …?`` then
    ``Jawab: …``, or the person's name as the label), and the turns of a transcript (``Vladimir
    Putin: …``): direct speech of the one interviewed, or of the person the label names. Only
    an article with a labelled question, or with turns of people it names in full, counts, so
    a line such as ``Catatan: …`` or a lone ``Peskov: …`` is never taken for speech."""
    turns = [
        (i, m)
        for i, text in enumerate(read)
        if ":" in text[:MAX_TURN_LABEL_CHARS] and (m := _TURN.match(text))
    ]
    asked = [
        i
        for i, m in turns
        if len(m["label"]) <= MAX_QUESTION_LABEL_CHARS
        and (m["label"].casefold() in QUESTION_LABELS or m["text"].rstrip().endswith("?"))
    ]
    context = _Context(linker)
    turns_by = dict(turns)
    people = {i: named for i, m in turns if (named := _person_labelled(m["label"], context))}
    quoted = {q.paragraph - 1 for q in direct}
    if len(people) >= MIN_TRANSCRIPT_TURNS:
        # a transcript's turn goes on up to the next turn, a question's too ("QUESTION: …")
        stops = [i for i, _ in turns]
    elif asked:
        # an answer of several paragraphs goes on, unlabelled, up to the next question
        stops = asked
    else:
        return _unlabelled_answers(article, linker, read, quoted, context)
    first = stops[0]
    labelled = any(turns_by[i]["label"].strip().casefold() in QUESTION_LABELS for i in asked)
    interviewee = _interviewee(read[:first], context, labelled)
    turn_at = {i for i, _ in turns}
    answers: list[Quote] = []
    for i, m in turns:
        if i < first or i in asked or i in quoted:
            continue
        if m["label"].strip().casefold() in ANSWER_LABELS:
            if interviewee is None:
                continue
            written, speaker = interviewee
        elif i in people:
            written, speaker = people[i]
        else:
            continue
        # the paragraphs after the last turn may be the story's own, and are not taken
        next_stop = next((q for q in stops if q > i), None)
        continued = (
            [j for j in range(i + 1, next_stop) if j not in turn_at and j not in quoted]
            if next_stop is not None
            else []
        )
        answers += [
            _answer(article, linker, number, start, written, speaker)
            for number, start in [(i, m.start("text")), *((j, 0) for j in continued)]
        ]
    return answers


# what a copied post ends with that is no part of what was said: its links; and what a
# poster's name as shown carries that is no part of it (flags, emoji)
_POST_LINKS = re.compile(r"(?:\s+(?:https?://|pic\.twitter\.com/)\S+)+\s*$")
_NOT_IN_A_NAME = re.compile(r"[^\w\s.'’-]+")
MAX_POST_CHARS = 280  # a post's length on X; more before a signature is the story's own text


def _embedded_posts(article: Article, linker: NameLinker) -> list[Quote]:
    """Posts embedded in the story, copied with the signature a tweet carries under its text
    ("— Dmytro Kuleba (@DmytroKuleba) September 13, 2023"): the paragraph above the
    signature, or before it in the same paragraph, is the poster's direct speech (of a post
    of several paragraphs, its last). A post by a news outlet is its news, no one's speech,
    and the story's dateline paragraph is no post's text."""
    if "(@" not in "\n".join([block.text for block in article.blocks]):
        return []  # (every article is asked: most embed nothing)
    context = _Context(linker)
    paragraphs = article.paragraphs
    posts: list[Quote] = []
    number = 0  # content paragraphs so far
    after_content = False
    for block in article.blocks:
        signed = None
        if block.kind == "content":
            number += 1
            signed = post_signature(block.text, inline=True)
            end = signed.start() if signed else 0
            if end > MAX_POST_CHARS:
                signed = None  # the story's text, run into the post's
        elif block.kind == "caption" and after_content:
            signed = post_signature(block.text)
            end = len(paragraphs[number - 1])
        after_content = block.kind == "content"
        if signed is None:
            continue
        paragraph = paragraphs[number - 1]
        if after_dateline(paragraph[:end]):
            continue  # the story's opening, above a post whose text was not copied
        if links := _POST_LINKS.search(paragraph, 0, end):
            end = links.start()
        text = paragraph[:end].strip()
        poster = " ".join(_NOT_IN_A_NAME.sub(" ", signed["poster"]).split())
        if not text or not poster or is_known_media(poster):
            continue
        start = paragraph.index(text)
        speaker = context.speaker_of(poster) or poster
        posts.append(
            Quote(
                article=article.id,
                paragraph=number,
                start=start,
                end=start + len(text),
                text=text,
                speaker=speaker,
                speaker_as_written=poster,
                kind="direct",
                via=None,
                end_paragraph=number,
                office=linker.office_of(speaker),
            )
        )
    return posts


MAX_INTRODUCTION_PARAGRAPHS = 3  # what an interview's introduction runs to, at most


def _interviewee(
    opening: list[str], context: _Context, labelled: bool = False
) -> tuple[str, str] | None:
    """(as written, speaker) of whom an interview's opening says it is with: "wawancara
    khusus dengan Menteri Luar Negeri Retno Marsudi", "In an interview with Reuters, Sergei
    Lavrov …" (the person, not the outlet that asked); of one whose questions are labelled
    (``Q:``), failing that, the person its opening ends on."""
    interviewee = None
    for text in opening:
        if found := _INTERVIEWED.search(text):
            written: str | None = _speaker_phrase(found["who"])[0]
            speaker = context.speaker_of(written) if written else None
            if speaker and is_known_media(speaker):
                after = found["who"].split(",", 1)
                written = clause_subject(after[1]) if len(after) > 1 else None
                speaker = context.speaker_of(written) if written else None
            if written and speaker:
                interviewee = (written, speaker)
    introduced = labelled and interviewee is None and len(opening) <= MAX_INTRODUCTION_PARAGRAPHS
    for text in reversed(opening if introduced else []):
        # failing that, the person the introduction's last sentence with a subject is about:
        # "Andrei Lankov, a professor at Kookmin University, spoke to Reuters about the summit."
        if any(mark in text for mark in OPENERS):
            break  # a story that quotes before its questions is no interview's introduction
        written = sentence_subject(_SENTENCE_END.split(text)[-1])
        speaker = context.speaker_of(written) if written else None
        if written and speaker and _names_a_person(speaker):
            return written, speaker
        if written:
            break
    return interviewee


def _answer(
    article: Article, linker: NameLinker, number: int, start: int, written: str, speaker: str
) -> Quote:
    """An interview's answer, or a transcript's turn: paragraph ``number`` (0-based) from
    ``start`` on, the direct speech of ``speaker``."""
    paragraph = article.paragraphs[number]
    return Quote(
        article=article.id,
        paragraph=number + 1,
        start=start,
        end=len(paragraph),
        text=paragraph[start:].strip(),
        speaker=speaker,
        speaker_as_written=written,
        kind="direct",
        via=None,
        end_paragraph=number + 1,
        office=linker.office_of(speaker),
    )


MAX_UNLABELLED_QUESTION_CHARS = 300
MIN_UNLABELLED_QUESTIONS = 2
_QUOTE_MARKS = frozenset('“”"«»„')


def _unlabelled_answers(
    article: Article, linker: NameLinker, read: list[str], quoted: set[int], context: _Context
) -> list[Quote]:
    """The answers of an interview whose questions carry no label (a web page sets them in
    bold, which text loses): in an article whose opening says whom the interview is with, and
    that asks at least two questions in paragraphs of their own, the paragraphs after each
    question up to the next are that person's (after the last, only the one right after it:
    what follows may be the story's own)."""
    questions = [
        i
        for i, text in enumerate(read)
        if text.endswith("?")
        and len(text) <= MAX_UNLABELLED_QUESTION_CHARS
        and not _QUOTE_MARKS.intersection(text)
    ]
    if len(questions) < MIN_UNLABELLED_QUESTIONS:
        return []
    interviewee = _interviewee(read[: questions[0]], context)
    if interviewee is None:
        return []
    written, speaker = interviewee
    answers = []
    for k, question in enumerate(questions):
        end = questions[k + 1] if k + 1 < len(questions) else min(question + 2, len(read))
        answers += [
            _answer(article, linker, j, 0, written, speaker)
            for j in range(question + 1, end)
            if j not in quoted
        ]
    return answers


_ADDRESSED_LABEL = re.compile(
    r"^(?:MR|MS|MRS|DR|Mr|Ms|Mrs|Dr)\.?\s+(?P<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?)$"
)


def _person_labelled(label: str, context: _Context) -> tuple[str, str] | None:
    """(as written, speaker) of a turn's label that is someone the article names in full:
    not ``Catatan``, ``Note`` or ``Jakarta``."""
    written = name = label.strip()
    addressed = _ADDRESSED_LABEL.match(name)
    if addressed:
        # "MR MILLER", as a government's briefing transcripts label their spokesperson: the
        # person whom the article names so, or the name alone
        surname = " ".join(w[:1] + w[1:].lower() for w in addressed["name"].split())
        return written, context.speaker_of(surname) or surname
    if len(name) > MAX_QUESTION_LABEL_CHARS:
        # "Chairman of State Affairs of the … Republic of Korea Kim Jong-un": the capitalised
        # words ending it, past the places they start with
        words = name.split()
        last_lower = max((i for i, w in enumerate(words) if not w[:1].isupper()), default=-1)
        ending = words[last_lower + 1 :]
        while ending and is_place(ending[0]):
            ending = ending[1:]
        name = " ".join(ending)
    if not name or not _is_person_set_off(name):
        return None
    named = context.speaker_of(name)
    return (written, named) if named and " " in named else None


def _note_subjects(
    paragraphs: list[str], start: tuple[int, int], end: tuple[int, int], context: _Context
) -> None:
    """Track sentence subjects in the text between two quotes."""
    for p in range(start[0], end[0] + 1):
        text = paragraphs[p]
        lo = start[1] if p == start[0] else 0
        hi = end[1] if p == end[0] else len(text)
        context.note_text(text[lo:hi])


def _subject_after(said: re.Match[str], context: _Context) -> str | None:
    """Who a quote's trailing ``… told reporters`` names, as written: a role and a name
    (``Kremlin spokesman Dmitry Peskov``, kept whole so that ``--speaker "Kremlin spokesman"``
    finds it), or an office the article gave one person (``," the Kremlin spokesman said``
    after ``Kremlin spokesman Dmitry Peskov``)."""
    phrase = said.group()[: said.start("verb") - said.start()].strip(" ,")
    if (
        clause_subject(said.group())
        or context.named_by_role(phrase)
        or is_reference(phrase)
        or _outlet_at_end(phrase)
    ):
        return phrase
    return None


# the one who speaks in a participle's clause: "…, with Putin telling Kim, “…”"
_NAME_THEN_PARTICIPLE = re.compile(rf"(?P<name>{NAME})\s+{_INTRODUCING_PARTICIPLE}\s*[,:]?\s*$")


def _subject_before(before: str, context: _Context) -> str | None:
    """Who the sentence before a quote is about: its subject (``sentence_subject``), or the
    office its last clause names when the article gave it to one person (``The North Korean
    leader told Putin: “…”`` after ``North Korean leader Kim Jong Un``)."""
    subject = sentence_subject(before)
    if subject is None:
        verb = _SUBJECT_THEN_VERB.search(_CLAUSE_SPLIT.split(before.rstrip(" ,:"))[-1].strip())
        bare = _without_circumstance(verb["subject"]) if verb else ""
        if verb and bare != verb["subject"]:
            # "Pengamat militer Connie Bakrie kepada wartawan menjelaskan, “…”"
            person = _person_at_end(bare)
            subject = clause_subject(bare + " x") or (person[1] if person else None)
        elif verb and context.linker.holder_of(verb["subject"]):
            subject = verb["subject"]
    if subject is None and (acting := _NAME_THEN_PARTICIPLE.search(before)):
        subject = _bare_name(acting["name"])  # "…, with Putin telling Kim, “…”"
    if subject and " " not in subject and "M" in before:
        titled = [m.group() for m in _HONORIFIC_BEFORE.finditer(before) if m["name"] == subject]
        if titled:
            return titled[-1]  # "Ms. Kim said: “…”": the honorific says which Kim
    return subject


# after a quote's closing mark: lower-case words the sentence goes on with, where a cue
# would stand
_UNREAD_CUE = re.compile(r"^,?\s*[^\W\d_A-Z]", re.UNICODE)
# after a quote's closing mark: an attribution, then the quote goes on ("“I think,” Yellen
# said, “we are …”")
_INTERRUPTED_BY_CUE = re.compile(r"[^“”\"«»„.!?]{1,100},\s*[“\"«„]")


def _attribute(
    span: _Span, paragraphs: list[str], context: _Context, previous_end: tuple[int, int] | None
) -> tuple[str, str | None, str | None, str, str | None] | None:
    """(text, speaker, speaker as written, kind, via), or None when it is not a quotation."""
    text = span.text.strip().rstrip(",").strip()
    if not text:
        return None
    before = _sentence_before(_window_before(paragraphs[span.paragraph], span.start - 1))
    before, relayed_in = _without_relay_aside(before)
    after = _window_after(paragraphs[span.end_paragraph], span.end + 1)
    words = len(text.split())
    # a quote that opens a sentence, or the story right after its dateline, stands alone
    # (a bracket may open around it: "Putin hadir. (“Kami siap …,” kata Putin.)")
    opened = before.rstrip().removesuffix("(").removesuffix("[").rstrip()
    stands_alone = (
        not opened
        or opened in _BULLETS  # "– “Kami siap …,” kata Putin."
        or opened.endswith(_SENTENCE_ENDINGS)
        or after_dateline(paragraphs[span.paragraph]) == span.start - 1
    )
    introduced = _introduces(before, text)
    if not before.strip() and span.paragraph and paragraphs[span.paragraph - 1].endswith(":"):
        # a paragraph of its own that leads into the quote: "Begini kata Putin:", "Berikut
        # pernyataan lengkapnya:"
        lead_in = _sentence_before(paragraphs[span.paragraph - 1])
        if _introduces(lead_in, text):
            before, introduced = lead_in, True

    speaker_written: str | None = None
    via: str | None = None
    named = (
        _NAME_THEN_VERB.match(after)
        or _OFFICE_THEN_NAME_AFTER.match(after)
        or _described_name_then_verb(after)
    )
    if not named and span.text.rstrip().endswith(","):
        # a quote its comma closes, then a name and a verb kp does not list: "“…,” Peskov
        # mused.", "“…,” Peskov tersenyum."
        named = _NAME_THEN_ANY_VERB.match(after)
    cue = _CUE_AFTER.match(after)
    if cue is None and text.endswith((".", "!", "?")) and after[:3].lstrip()[:1].isupper():
        # the cue opening a sentence of its own after a quote its full stop closed, as some
        # newsrooms write it: "“Kami siap membantu.” Kata Putin.", "“….” Ujarnya."
        cue = _CUE_OPENING_A_SENTENCE.match(after)
    # a quote that ends its sentence, then a new one: "“… Russia.” The Kremlin, for its part,
    # said little." is no cue later in the quote's sentence
    ended = text.endswith((".", "!", "?")) and after.lstrip()[:1].isupper()
    if cue is None and not named and not ended:
        # (not ",” Peskov, the Kremlin's spokesman, told reporters")
        rest_of_sentence = _sentence_after(after)
        cue = _LATER_CUE.search(rest_of_sentence)
        if cue and cue["cue"] == "told":
            cue = None  # ",” a Kremlin official, speaking …, told Reuters": Reuters listened
        if cue is None and stands_alone:
            cue = _LATER_NAME_SAID.search(rest_of_sentence)
    passive = None
    if cue is None and not named:
        passive = _PASSIVE_CUE.match(after) or _DASH_CREDIT.match(after)
        if passive is None and not after.strip() and span.end_paragraph + 1 < len(paragraphs):
            passive = _PASSIVE_CUE.match(paragraphs[span.end_paragraph + 1])
    # (after a quote inside a sentence, "according to X" names whom it was reported by)
    according = (
        _ACCORDING_AFTER.match(after) or _STATEMENT_AFTER.match(after)
        if stands_alone and not (cue or named or passive)
        else None
    )
    quoted_as = _quoted_as_saying(before, at_end=True)
    unnamed_before = a_bodys_too = False
    if quoted_as:
        speaker_written, via = quoted_as["who"], _known_outlet(quoted_as["via"])
    elif introduced:
        named_before = _MENURUT.search(before) or _speaker_colon(before)
        here_are = None if named_before else _HERE_ARE_THE_WORDS.search(before)
        if named_before:
            speaker_written = named_before["name"]
        elif here_are:
            speaker_written = here_are["name"] or here_are["named"]
            # (its, a body's too, or his: "Kremlin merilis pernyataan. Berikut pernyataan
            # lengkapnya:")
            a_bodys_too = bool(here_are["name"])
        else:
            speaker_written = _subject_before(before, context)
            # "Wartawan bertanya, “…?”": someone the text does not name, not the one named next
            unnamed_before = speaker_written is None and _about_unnamed_person(before)
    if speaker_written is None and cue:
        if cue.group("cue") == "jawab" and cue.group("nya") and context.asked:
            speaker_written = context.asked  # "“…?” tanya wartawan kepada Putin. “…,” jawabnya"
        elif cue.group("nya") or cue.group("cue") in NYA_CUES:  # not "tanya": its own word
            speaker_written = "nya"
            # (relayed, or told to an outlet: "ucapnya, sebagaimana dilansir Reuters")
            _, via = _speaker_phrase(cue.group("rest"))
        else:
            speaker_written, via = _speaker_phrase(cue.group("rest"))
        if not speaker_written:
            speaker_written = None
    elif speaker_written is None and passive:
        by = passive["rest"] if passive["rest"] is not None else passive["statement_by"]
        speaker_written, via = _speaker_phrase(by)
        speaker_written = speaker_written or None
    elif speaker_written is None and according and according["who"][:1].isupper():
        source, through = _speaker_phrase(according["who"])
        if source and not only_places(source):  # not "the Japanese foreign ministry"
            speaker_written, via = source, through
    # whom a question was put to, who answers next: "“…?” tanya wartawan kepada Putin."
    asked = _ASKED.match(cue.group("rest")) if cue and cue.group("cue") == "tanya" else None
    context.asked = asked["name"] if asked else None
    said_after = None
    if speaker_written is None and not unnamed_before:
        # "“…,” Kremlin spokesman Dmitry Peskov told reporters", or someone unnamed ("“…,” a
        # senior official told Reuters"), who is then no one named earlier either; after a
        # full stop, a new sentence ("“….” Televisi pemerintah Rusia mengatakan …")
        said_after = named or (
            None if text.endswith(".") else _SAID_AFTER.match(_sentence_after(after))
        )
        if said_after:
            speaker_written = named["name"] if named else _subject_after(said_after, context)
            relay = _RELAY.search(_sentence_after(after[said_after.end() :]))
            relayed = named.groupdict().get("by") if named else None
            via = _relay_via(relay) if relay else _relay_name(relayed) if relayed else None
            if via is None and said_after.group().endswith("told"):
                via = _told_outlet(after, said_after.end())  # "Peskov told Interfax"
            via = via or _interviewing_outlet(_sentence_after(after[said_after.end() :]))
    embedded = not stands_alone and not introduced
    continues = previous_end is not None and _only_cue_between(
        paragraphs, previous_end, (span.paragraph, span.start - 1)
    )
    if embedded and continues and before.rstrip().endswith(",") and context.last_speaker:
        # the rest of a quote its attribution interrupts: "“I think we're on a path,” Yellen
        # told CNN, “where inflation is coming down.”"
        return text, context.last_speaker, None, "direct", None
    if (
        embedded
        and speaker_written is None
        and before.lstrip().startswith(("For ", "Bagi "))
        and (view := _FOR_SOMEONE.match(before))
        and not only_places(view["name"])
        and _names_a_person(_bare_name(view["name"]))
    ):
        # whose view it is: "For Andrei Lankov, a professor at Kookmin University, “it is …”"
        speaker_written = view["name"]
    if embedded and speaker_written is None and words > 1 and not before.endswith("sebagai "):
        # the speech verb nearest the quote: "Iqbal, when asked about the deal, said Indonesia
        # “is monitoring …”" is said, not asked
        verb = _LAST_SUBJECT_THEN_VERB.search(before)
        voiced = _NAME_VOICES.search(before, verb.end() if verb else 0)
        if (
            voiced
            and voiced["name"].casefold() not in WEEKDAYS
            and _names_a_person(_bare_name(voiced["name"]))
        ):
            # a clause of its own after the verb: "Putin said …, after Kim Jong Un offered his
            # “full and unconditional support”" is Kim's offer
            speaker_written = voiced["name"]
        elif verb:
            subject = verb.group("subject").strip()
            # "Janet Yellen, speaking in New York, said the economy was “…”" (not "Warga
            # menyebut “…”": no one named)
            unnamed = subject.casefold() in NOT_SUBJECTS or subject.casefold() in UNNAMED_HEADS
            speaker_written = sentence_subject(before[: verb.end()]) or (
                None if unnamed else subject
            )
            # "said in a statement carried by KCNA that the US should “stop its reckless acts”"
            via = via or _carrying_outlet(before, verb.end(), len(before))
        else:
            subjects = [_bare_name(m["name"]) for m in _NAME_CHARACTERISES.finditer(before)]
            if subjects and " " in context.link(subjects[-1]):
                speaker_written = subjects[-1]
    if embedded and speaker_written is None and (reported := _ACCORDING_AFTER.match(after)):
        # "Putin accepted “with pleasure,” according to KCNA": the words are the source's
        source, through = _speaker_phrase(reported["who"])
        if source[:1].isupper() and not only_places(source):
            speaker_written, via = source, through
    # the opening words of a quote its attribution interrupts ("“Namun,” lanjut dia, “…”") are
    # direct speech however few
    opens_interrupted = stands_alone and _INTERRUPTED_BY_CUE.match(after) is not None
    # and so is a short sentence a comma closes before the speaker: "“Ini provokasi,” kata Kim."
    answered = stands_alone and span.text.rstrip().endswith(",") and bool(cue or named or passive)
    if embedded or (
        words < MIN_DIRECT_WORDS
        and not text.endswith((".", "!", "?"))
        and not opens_interrupted
        and not answered
    ):
        if speaker_written is None:
            return None  # scare quotes, titles, terms: not speech
        kind = "fragment"
    else:
        kind = "direct"

    if speaker_written is None and (said_after or according or cue):
        return text, None, None, kind, None  # someone unnamed: not whoever was named before
    if speaker_written is None and stands_alone and _UNREAD_CUE.match(after):
        # "“Il faut dialoguer,” a déclaré Emmanuel Macron": an attribution kp cannot read
        # names someone, so not whoever was named before
        return text, None, None, kind, None
    if speaker_written is None:
        if continues and context.last_speaker:
            return text, context.last_speaker, None, kind, None
        subject = _subject_before(before, context) if before.strip() else None
        if subject is None and span.paragraph > 0 and not before.strip():
            last = _SENTENCE_END.split(paragraphs[span.paragraph - 1])[-1]
            subject = sentence_subject(last)
        if subject is None:
            return text, None, None, kind, None
        speaker_written = subject

    if speaker_written == "nya":
        # ("nya" may stand for a body, "dia" only for a person)
        return text, context.resolve("nya" if a_bodys_too else "dia"), None, kind, via
    canonical = context.speaker_of(speaker_written)
    if via is None:
        relayed = _relay_leading(before) or relayed_in
        if relayed and (relayed_by := _relay_name(relayed)) != canonical:
            via = relayed_by
        elif " told " in before and (told := _TOLD.search(before)):
            via = _told_outlet(before, told.end())  # "Peskov told RIA Novosti: “…”"
    return text, canonical, speaker_written, kind, via


# a few words quoted that open what was said, which goes on past them: "Peskov said
# “sensitive” areas of co-operation would not be made public"
_PARTIAL_QUOTE_OPENS = r"[“\"«](?=[^“”\"«»\n]{1,80}[”\"»][ \t]+[a-z])"
_INDIRECT = re.compile(
    rf"^(?P<pre>.*?)(?P<verb>\b(?:{INDIRECT_VERBS})\b|"
    rf"\b(?:{THAT_VERBS})\b(?=(?:\s+[\w'’()/.-]+){{0,8}}?\s*,?\s+{_BAHWA}\b))"
    # "… kepada kantor berita Rusia, TASS, bahwa …"
    rf"(?:\s+kepada(?:,?\s+[\w'’()/.-]+){{1,8}}?(?=\s*,?\s+{_BAHWA}\b)|\s+kepada\s+(?:[A-Z][\w-]*\s*)+|"
    rf"\s+kepada\s+\w+|"
    # "memberitahu pemberita bahawa …": who was told, with no "kepada"
    rf"(?<=memberitahu|beritahukan)(?:\s+[\w'’-]+){{1,3}}?(?=\s*,?\s+{_BAHWA}\b))?"
    # "mengatakan dalam keterangan tertulis bahwa …", "… kepada wartawan di Mabes Polri bahwa …"
    rf"(?:\s+(?:dalam|di|saat|ketika|usai|seusai|melalui|lewat)(?:\s+[\w'’()/.-]+){{1,8}}?"
    rf"(?=\s*,?\s+{_BAHWA}\b))?"
    rf"\s*[,:]?\s*(?:{_BAHWA}\s+)?(?P<clause>(?:{_PARTIAL_QUOTE_OPENS}|[^“”\"«\s,:]).*)$",
    re.DOTALL,
)
ENGLISH_INDIRECT_VERBS = (
    "said|says|told|added|warned|stressed|insisted|claimed|denied|noted|confirmed|announced|"
    "reported"
)
# when it was said, between the verb and what: "said Wednesday", "said late on Tuesday"
_ENGLISH_DAY = (
    r"(?:\s+(?:(?:late|early|earlier)\s+)?(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # and its date in brackets, as Singapore's and Malaysia's outlets write it: "(Sep 14)"
    r"(?:\s+\([A-Z][a-z]{2,8}\.?\s+\d{1,2}\))?|"
    # or when, without the day: "said earlier that …", "said last week that …"
    r"\s+(?:(?:(?:earlier|later)\s+)?(?:last|this)\s+(?:week|month|year|weekend)|"
    r"earlier|later|previously|recently|yesterday|today)(?![\w'’])|"
    # or how, before "that": "said separately that …", "said repeatedly that …"
    r"\s+[a-z]{2,}ly(?=\s+that\b))"
)
# "Peskov later said no agreements were signed", "Kim told Putin on Wednesday that …"
_INDIRECT_ENGLISH = re.compile(
    # "told President Vladimir V. Putin of Russia on Wednesday that …": whom, then "that"
    rf"^(?P<pre>.*?)\b(?:told(?:\s+(?:an?|the))?(?:\s+[\w'’.-]+){{1,8}}?(?={_ENGLISH_DAY}?\s+that\b)|"
    rf"told(?:\s+(?:reporters|journalists|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?|"
    # "reported" only with "that": "Cases reported this week rose …" is no one's report
    rf"(?!reported\b(?!\s+that\b))(?:{ENGLISH_INDIRECT_VERBS})|"
    rf"(?:{ENGLISH_THAT_VERBS})(?={_ENGLISH_DAY}?\s+that\b))\b{_ENGLISH_DAY}?"
    # (a word set off that links the sentence to the one before: "said, however, that …")
    r"(?:,\s+(?:however|though|meanwhile|moreover|nonetheless|nevertheless|too),)?"
    # "said in a statement that …", "told a news conference on Tuesday that …", "said in a
    # statement carried by the official Korean Central News Agency that …"
    rf"(?:\s+(?:in|at|on|during|after|before|to|through|via|over|from|with)"
    rf"(?:\s+[\w'’-]+){{1,10}}?(?=\s+that\b))?"
    # (not what a warning or a claim is about: "warned against any weapons transfers", "has
    # warned North Korea against supplying arms")
    rf"(?:\s+that)?\s*[,:]?\s+(?!(?:[A-Z][\w'’.-]*\s+){{0,4}}(?:against|about|over|of)\b)"
    rf"(?P<clause>(?:{_PARTIAL_QUOTE_OPENS}|[^“”\"«\s]).*)$",
    re.DOTALL,
)
_REPORTED = re.compile(
    rf"^(?P<pre>.*?)(?P<subject>{NAME})\s+(?:disebut|dikabarkan)\s+(?P<clause>.+)$"
)
# a second predicate that reports: "Putin thanked Kim and said that …", "Putin menyampaikan
# terima kasih dan mengatakan bahwa …"
_AND_THEN_SPEECH = re.compile(
    r"\s(?:and|dan)\s+(?:(?:also|then|juga|kemudian|lalu)\s+)?"
    rf"(?=(?:{INDIRECT_VERBS}|{THAT_VERBS}|{ENGLISH_INDIRECT_VERBS}|{ENGLISH_THAT_VERBS})\b)"
)
# what opens a first predicate that is not the subject's own doing: "Putin disebut menerima
# undangan … dan menegaskan …" is said of Putin, by someone else
_NOT_ONES_OWN = frozenset(
    "disebut dikabarkan dilaporkan diduga dikatakan diyakini diperkirakan reportedly allegedly "
    "is was were are".split()
)
MAX_FIRST_PREDICATE_WORDS = 10
# "menurut X, …", "According to X, head of … at …, …": a role set off after the name is
# skipped when it reads like one (it names where the person works)
_AS_REPORTED_BY = (
    r"(?:seperti|sebagaimana)\s+di(?:laporkan|beritakan|wartakan|kabarkan)(?:\s+oleh)?|"
    r"as\s+reported\s+by"
)
_MENURUT_LEAD = re.compile(
    # "Kata Kim, …", "Ucap Peskov, …": a cue opening the sentence, as "menurut" does
    r"^(?:(?:.*?\s)?(?i:menurut|according\s+to|berdasarkan(?=\s+(?:pernyataan|keterangan|laporan)\s)|"
    # "Seperti dilaporkan KCNA, kedua pemimpin …", "As reported by KCNA, …": what an outlet
    # reported
    rf"{_AS_REPORTED_BY})|"
    r"(?:Kata|Ujar|Ucap|Tutur)(?=\s+(?:[A-Z]|dia\b|beliau\b)))"
    r"(?:\s+|(?<=menurut)(?=nya,)|(?<=Menurut)(?=nya,))(?P<who>[^,]{1,80})"
    r"(?:,\s+[a-z][^,]{0,100}?\b(?:of|at|for|dari|di)\b[^,]{1,60})?,\s*(?P<clause>.+)$"
)
# what a document says, in the passive: "Dalam laporan KCNA disebutkan bahwa …", "Dalam
# pernyataan resmi Kremlin dinyatakan …"
_SAID_IN_A_DOCUMENT = re.compile(
    r"^\s*(?i:dalam)\s+(?:laporan|pernyataan|keterangan(?:\s+tertulis)?|siaran\s+pers|rilis|"
    rf"surat|unggahan)\s+(?:resmi\s+)?(?P<who>{NAME}),?\s+(?:juga\s+)?"
    r"di(?:sebutkan|nyatakan|katakan|jelaskan|tuliskan|tulis|ungkapkan|tegaskan)\s+"
    rf"(?:{_BAHWA}\s+)?(?P<clause>[^\s,].*)$",
    re.DOTALL,
)
_MENURUT_WITHOUT_COMMA = re.compile(
    rf"^\s*(?:Menurut(?:\s+(?P<who>{NAME})|nya))\s+(?P<clause>[a-z][\w-]*\s+[a-z][^,]*(?:,.*)?)$",
    re.DOTALL,
)
_SOURCE_WORD_AT_END = re.compile(rf"(?i:menurut|according\s+to|{_AS_REPORTED_BY})\s*$")
_NAME_THEN_CLAUSE = re.compile(rf"(?P<name>{NAME}),\s*(?P<clause>.+)$", re.DOTALL)


# words that open a circumstance, not a statement: "…, according to Yonhap, after a six-day
# visit", "…, menurut KCNA, setelah perjalanan panjang"
_CIRCUMSTANCE_AFTER = re.compile(
    r"(?:after|before|during|following|on|in|at|amid|setelah|sebelum|usai|seusai|saat|ketika|"
    r"pada|selama|di tengah)\b"
)


def _cited_in_lead(lead: re.Match[str]) -> tuple[str, int]:
    """Who a "menurut X, …" sentence cites, as written, and where what they said starts: past
    an office set off before the name ("menurut pengamat dari Universitas Padjadjaran, Teuku
    Rezasyah, pertemuan …")."""
    who, start = lead["who"].strip(), lead.start("clause")
    named = _NAME_THEN_CLAUSE.match(lead["clause"])
    if named and names_an_office(who) and _names_a_person(_bare_name(named["name"])):
        return named["name"], start + named.start("clause")
    return who, start


# a report's source after the statement: "…, demikian dilaporkan kantor berita KCNA", "…,
# seperti diberitakan Yonhap", "…, menurut laporan TASS", "…, demikian laporan KCNA"
_REPORTED_BY = (
    r"(?:(?:demikian|seperti|sebagaimana)\s+)?(?:dilaporkan|diberitakan|diwartakan)(?:\s+oleh)?|"
    r"(?:menurut|demikian)\s+laporan"
)
_TRAILING_CUE = re.compile(
    rf"^(?P<clause>.+?),\s*(?:{_REPORTED_BY}|(?i:menurut)|{CUES}|lapor)\s+(?P<who>(?:[^,.]|{_TITLE_DOT}){{1,80}})"
    r"(?:[,.].*)?$",
    re.DOTALL,
)
# the source of a statement after it, in English: "No deal was signed, according to the
# Kremlin", "…, according to a statement from the Kremlin" (not "according to data …")
_ACCORDING_TO_AT_END = re.compile(
    r"^(?P<clause>.+?),\s*according\s+to\s+(?:(?:a|an|the)\s+(?:[a-z]+\s+)?"
    r"(?:statement|report|readout|transcript|post)\s+(?:from|by|of|on)\s+)?(?:the\s+)?"
    # "…, according to a Kremlin readout of the dinner": whose the readout is
    r"(?:(?:a|an|the)\s+(?=(?:[A-Z][\w'’.-]*\s+){1,4}(?:statement|report|readout|transcript)\b))?"
    r"(?P<who>[A-Z][^,.]{1,80})(?:[,.].*)?$",
    re.DOTALL,
)
_BODY_ENDING = "|".join(sorted(ENGLISH_BODY_ENDINGS))
# the verbs that close reported speech with the speaker after it ("…, KCNA reported."): those
# of reported speech but the ones that take an object, and "wrote"
_TRAILING_VERBS = "|".join(
    [v for v in ENGLISH_INDIRECT_VERBS.split("|") if v not in ("told", "denied")]
    # and as English-language outlets in Indonesia write it: "…, Marsudi stated."
    + "wrote stated remarked explained emphasized emphasised affirmed conveyed".split()
)
# English puts the speaker after the statement too: "No agreements were signed, Kremlin
# spokesman Dmitry Peskov told reporters.", "…, he said on Wednesday.", "…, the Kremlin said.",
# "…, said Kirby.", "…, the state-run KCNA news agency reported", "…, state media KCNA said"
_TRAILING_ENGLISH = re.compile(
    r"^(?P<clause>.+?),\s+(?:(?P<who>(?:"
    rf"(?:the\s+)?(?:(?:{AGENCY_QUALIFIERS})\s+)?(?:(?:media|news\s+agency|agency)\s+)?[A-Z]|"
    # "the unification ministry said", after the article named it
    rf"the\s+(?:[a-z]+\s+){{1,2}}(?={_BODY_ENDING}\b)|"
    r"he\b|she\b|they\b)[\w.'’-]*"
    r"(?:\s+(?:[\w.'’-]+|\([A-Z]{2,8}\))){0,8}?)\s+"  # "the Korean Central News Agency (KCNA)"
    rf"(?:{_TRAILING_VERBS}|"
    r"told\s+(?:reporters|journalists|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*))|"
    # (a name, which ends with a capitalised word: not "said Putin needed shells badly")
    r"(?:said|says|added)\s+(?P<after>(?:[A-Z][^,.]{0,80}?\s)?[A-Z][\w'’-]*))"
    # "… said on Wednesday", "… reported on Thursday, September 14, 2023"
    # ("… stated in a press statement received here on Thursday")
    r"(?:\s+(?:on|in|at|to|late|earlier|later|during|after)\b(?:,?\s+(?!that\b)[\w'’-]+){0,8}|"
    # the wire style, the day alone: "… said Wednesday"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b)?"
    # "…, Russia's TASS news agency reported, citing Peskov."
    r"(?:,\s+(?:citing|quoting)\s+(?P<cited>[A-Z][^,.]{1,80}?))?"
    # (and what the speaker added, a statement of its own: "…, Peskov said, adding that …")
    r"(?:,\s+(?:adding|and\s+added)\s+that\s+.+?)?"
    r"\s*[.!]?\s*$",
    re.DOTALL,
)
MIN_INDIRECT_WORDS = 3
# a sentence without one of these words is not reported speech: a set lookup rules it out
_REPORTING_WORDS = (
    frozenset(
        f"{INDIRECT_VERBS}|{THAT_VERBS}|{ENGLISH_INDIRECT_VERBS}|disebut|dikabarkan|menurut|"
        f"according|berdasarkan|{CUES}|lapor|quoted|cited|mengutip|menurutnya|adding|saying|"
        "dilaporkan|diberitakan|diwartakan|laporan|"
        # what a document says, in the passive: "Dalam pernyataan Kremlin dinyatakan …"
        "disebutkan|dinyatakan|dituliskan".split("|")
    )
    | {f"{cue}nya" for cue in CUES.split("|")}
    | _ENGLISH_THAT_WORDS
    | _ENGLISH_THAT_PHRASES.keys()
)


# ASCII non-word characters and the punctuation of news text, all word separators for
# WORD_RE: a text that is ASCII once they are spaces splits into exactly WORD_RE's words
_SEPARATORS = str.maketrans(
    dict.fromkeys(
        [c for c in map(chr, range(128)) if not c.isalnum()] + list("“”‘’«»„‚–—…•·\xa0"), " "
    )
)
_ASCII_SEPARATORS = bytes(c if chr(c).isalnum() else 32 for c in range(128)) + bytes(128)
_REPORTING_BYTES = frozenset(word.encode() for word in _REPORTING_WORDS)


def _reporting_words_in(text: str) -> frozenset[str]:
    """The reporting words of a paragraph. Every paragraph is asked, so this is done with
    C-level string methods instead of a regular expression (on bytes for ASCII text, the
    fastest of them)."""
    lowered = text.casefold()
    if lowered.isascii():
        spaced_bytes = lowered.encode().translate(_ASCII_SEPARATORS)
        return frozenset(w.decode() for w in _REPORTING_BYTES.intersection(spaced_bytes.split()))
    spaced = lowered.translate(_SEPARATORS)
    if spaced.isascii():
        return _REPORTING_WORDS.intersection(spaced.split())
    return _REPORTING_WORDS.intersection(WORD_RE.findall(lowered))


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for boundary in _SENTENCE_END.finditer(text):
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def extract_indirect(
    article: Article, linker: NameLinker, direct: list[Quote], read: list[str]
) -> list[Quote]:
    """Reported speech: ``X mengatakan (bahwa) …``, ``menurut X, …``, ``…, kata X.``,
    ``X disebut …`` (no speaker: the outlet reports it). A sentence a direct quote runs
    over is left to it; one that only quotes a few words (``X mengatakan ada “kemungkinan”
    kerja sama``) is reported speech, marks and all. Read from ``read``, the paragraphs as
    attribution reads them; each statement's text is the paragraph's own."""
    paragraphs = article.paragraphs
    context = _Context(linker)
    found: list[Quote] = []
    quoted_in = _by_paragraph(
        paragraphs,
        (
            (q.paragraph - 1, q.start, q.end_paragraph - 1, q.end)
            for q in direct
            if q.kind == "direct"
        ),
    )
    # whom each direct quote went to, where it starts: a pronoun after it may stand for them
    # ("“It's a marriage of convenience,” said Andrei Lankov. He added that …")
    spoken_at: dict[int, list[tuple[int, str]]] = {}
    for q in direct:
        if q.speaker and q.kind == "direct":
            spoken_at.setdefault(q.paragraph - 1, []).append((q.start, q.speaker))
    for number, text in enumerate(read, start=1):
        present = _reporting_words_in(text)
        if not present:
            context.note_text(text)
            for _, who in spoken_at.get(number - 1, ()):
                context.note_speaker(who)
            continue
        for start, end in _sentence_spans(text):
            sentence = text[start:end]
            quoted = any(lo < end and start < hi for lo, hi in quoted_in.get(number - 1, ()))
            spoken = [who for at, who in spoken_at.get(number - 1, ()) if start <= at < end]
            lowered = sentence.casefold()
            # a substring test may let through a sentence without the word; _reported decides
            reporting = any(word in lowered for word in present)
            prose = len(sentence) <= MAX_SENTENCE_CHARS
            result = _reported(sentence, context) if reporting and prose and not quoted else None
            # (the sentence before its speaker: "Mantan direktur Bank Dunia itu mengatakan …"
            # is about the speaker, not the bank, for a pronoun after it)
            context.note_text(sentence)
            for who in spoken:
                context.note_speaker(who)
            said: list[tuple[int, int, str | None, str | None, str | None]] = []
            added: list[tuple[int, int, str | None, str | None, str | None]] = []
            if result is not None:
                offset, clause, speaker, written, via = result
                via = None if via == speaker else via  # (no one relays their own words)
                said = _with_what_was_added(
                    (start + offset, start + offset + len(clause), speaker, written, via), text
                )
                after = _ADDED.search(sentence, offset + len(clause)) if speaker else None
                if after and (part := _past_a_quotation(sentence, after, start)):
                    # "Kim will visit, Peskov said, adding that …": what was added past the cue
                    added.append((*part, speaker, written, via))
            elif (
                prose
                and (then := _ADDED.search(sentence))
                and (part := _past_a_quotation(sentence, then, start))
            ):
                # what was added is the quote's speaker's ("“…,” Wang said, adding that …"), or
                # the subject's ("Peskov declined to comment, adding that …")
                if quoted and spoken:
                    added.append((*part, spoken[-1], spoken[-1], None))
                elif (
                    not quoted
                    and (written := clause_subject(sentence[: then.start()] + " x"))
                    and (speaker := context.speaker_of(written))
                ):
                    added.append((*part, speaker, written, None))
            for clause_start, clause_end, speaker, written, via in [*said, *added]:
                found.append(
                    _statement(
                        article, linker, number, clause_start, clause_end, speaker, written, via
                    )
                )
                if speaker:
                    context.note_speaker(speaker)
    said_before = _said_before(article, read, quoted_in, found, context)
    # (a statement no one was named for goes to whom the sentence after it names: "Putin
    # dikabarkan menerima undangan itu. Kabar tersebut disampaikan oleh kantor berita KCNA.")
    unnamed_then_named = {
        id(q)
        for q in found
        if q.speaker is None
        and any(
            s.paragraph == q.paragraph and s.start < q.end and q.start < s.end for s in said_before
        )
    }
    return [q for q in found if id(q) not in unnamed_then_named] + said_before


# a sentence that says who said the one before it: "Hal itu disampaikan Menteri Luar Negeri
# Retno Marsudi di Jakarta, Kamis.", "Demikian dikatakan juru bicara Kremlin Dmitry Peskov." (not
# "Hal senada disampaikan …": someone else said the like)
_THAT_WAS_SAID_BY = re.compile(
    r"(?:(?i:hal|pernyataan|penjelasan|keterangan|kabar|informasi|laporan|berita)\s+"
    r"(?:itu|tersebut|ini)|(?i:demikian))\s+"
    r"(?:juga\s+)?di(?:sampaikan|katakan|ungkapkan|tegaskan|jelaskan|utarakan|kemukakan)\s+"
    r"(?:oleh\s+)?(?P<who>\S.*)$",
    re.DOTALL,
)
# the words that open such a sentence, looked for as strings (a regular expression searching
# every paragraph for them cost 4% of extraction)
_SAID_BEFORE_OPENINGS = (
    *("Hal ", "Pernyataan ", "Penjelasan ", "Keterangan ", "Demikian "),
    # what was reported: "Kabar tersebut disampaikan oleh kantor berita KCNA."
    *("Kabar ", "Informasi ", "Laporan ", "Berita "),
)
_SAID_BEFORE_VERBS = (
    " disampaikan ",
    " dikatakan ",
    " diungkapkan ",
    " ditegaskan ",
    " dijelaskan ",
    " diutarakan ",
    " dikemukakan ",
)


def _said_before(
    article: Article,
    read: list[str],
    quoted_in: dict[int, list[tuple[int, int]]],
    found: list[Quote],
    context: _Context,
) -> list[Quote]:
    """The statements a sentence after them attributes (``_THAT_WAS_SAID_BY``): the sentence
    before it, in its paragraph or closing the one before, when no quote or statement holds
    it already and it quotes no one itself."""
    taken = {(q.paragraph - 1, q.start) for q in found if q.speaker}
    said: list[Quote] = []
    for index, text in enumerate(read):
        if not any(verb in text for verb in _SAID_BEFORE_VERBS) or not any(
            opening in text for opening in _SAID_BEFORE_OPENINGS
        ):
            continue
        spans = _sentence_spans(text)
        for at, (start, end) in enumerate(spans):
            passive = _THAT_WAS_SAID_BY.match(text, start, end)
            if passive is None:
                continue
            where = (index, spans[at - 1]) if at else _last_sentence(read, index - 1)
            if where is None:
                continue
            number, (lo, hi) = where
            lo += after_dateline(read[number][lo:hi])  # "Jakarta, IDN Times - …"
            before = read[number][lo:hi]
            if (
                any(lo < q_end and q_start < hi for q_start, q_end in quoted_in.get(number, ()))
                or any(p == number and lo <= q_start < hi for p, q_start in taken)
                or any(mark in before for mark in _QUOTE_MARKS)
            ):
                continue
            phrase, via = _speaker_phrase(passive["who"])
            name = _canonical_from_phrase(phrase) if phrase else None
            result = _finish(lo, before, name, via, context) if name else None
            if result is None or result[2] is None:
                continue
            offset, clause, speaker, written, via = result
            said.append(
                _statement(
                    article,
                    context.linker,
                    number + 1,
                    offset,
                    offset + len(clause),
                    speaker,
                    written,
                    via,
                )
            )
    return said


def _statement(
    article: Article,
    linker: NameLinker,
    paragraph: int,
    start: int,
    end: int,
    speaker: str | None,
    written: str | None,
    via: str | None,
) -> Quote:
    """A statement of reported speech: the paragraph's own text from ``start`` to ``end``, and
    the office the article gives its speaker."""
    return Quote(
        article.id,
        paragraph,
        start,
        end,
        article.paragraphs[paragraph - 1][start:end],
        speaker,
        written,
        "indirect",
        via,
        paragraph,
        linker.office_of(speaker) if speaker else None,
    )


def _last_sentence(read: list[str], index: int) -> tuple[int, tuple[int, int]] | None:
    spans = _sentence_spans(read[index]) if index >= 0 else []
    return (index, spans[-1]) if spans else None


# what a speaker added, after a comma: ", adding that …", ", seraya menambahkan bahwa …"
_ADDED = re.compile(
    r",\s+(?:(?:adding|and\s+added|(?:seraya|sambil|dan)\s+menambahkan|menambahkan)"
    r"(?:\s+that|\s*,?\s*bahwa|,)|"
    # what was said doing it: "BI kept its rate unchanged, saying the level was appropriate"
    r"saying(?:\s+that)?)\s+(?=\S)"
)
# a second statement of a statement's speaker: "Putin told reporters the two would discuss all
# issues and said Russia would help …"
_SAID_NEXT = re.compile(r",?\s+(?:and\s+said|dan\s+mengatakan)(?:\s+that|\s+bahwa)?\s+(?=\S)")


def _added_part(
    text: str, added: re.Match[str], offset: int = 0, end: int | None = None
) -> tuple[int, int] | None:
    """The span of what a speaker added, from past "adding that" to ``end`` (the text's end),
    shifted by ``offset``; None when it is too short to report."""
    rest = text[added.end() : end].rstrip(" .")
    if len(rest.split()) < MIN_INDIRECT_WORDS:
        return None
    return offset + added.end(), offset + added.end() + len(rest)


def _past_a_quotation(sentence: str, added: re.Match[str], offset: int) -> tuple[int, int] | None:
    """What a speaker added to the end of a sentence, unless a quotation runs on into it (what
    "“We are happy, adding that …,” Peskov said" adds is the quote's)."""
    if _QUOTE_MARKS.intersection(sentence[added.end() :]):
        return None
    return _added_part(sentence, added, offset)


def _with_what_was_added(
    said: tuple[int, int, str | None, str | None, str | None], text: str
) -> list[tuple[int, int, str | None, str | None, str | None]]:
    """A statement, split in two where the speaker added something: "Wang said the meeting
    was …, adding that China …" is two statements of Wang's (the first ends before the comma;
    the added one starts past "that")."""
    start, end, speaker, written, via = said
    added = (
        (_ADDED.search(text, start, end) or _SAID_NEXT.search(text, start, end))
        if speaker
        else None
    )
    if added is None:
        return [said]
    split = []
    if len(text[start : added.start()].split()) >= MIN_INDIRECT_WORDS:
        split.append((start, added.start(), speaker, written, via))
    if part := _added_part(text, added, end=end):
        split.append((*part, speaker, written, via))
    return split


# verbs that take a thing as their object as often as a statement: "Peskov menjelaskan hasil
# pertemuan itu kepada wartawan" explains the results, it states nothing
_THING_TAKING_VERBS = frozenset(
    "menjelaskan menerangkan mengungkapkan mengungkap menuturkan memaparkan".split()
)
# what makes a clause state something in Indonesian: a verb's prefix, or a word that marks a
# predicate ("Rusia siap membantu", "pertemuan itu akan berlanjut", "itu bukan ancaman")
_PREDICATE = re.compile(
    r"\b(?:(?:me|ber|di|ter)\w{3,}|(?:akan|sudah|telah|tidak|tak|belum|sedang|masih|"
    r"bisa|dapat|harus|perlu|ingin|mau|adalah|merupakan|ada|siap|yakin|menjadi|jadi|bukan|"
    r"pernah|segera|terus|hanya|cukup|sangat|lebih|makin|semakin|tetap)\b)",
    re.IGNORECASE,
)


# what a thing explained is about, or whom it is explained to
_ABOUT_OR_TO = re.compile(r"\b(?i:soal|tentang|mengenai|perihal|terkait|kepada)\b")


def _explains_a_thing(m: re.Match[str]) -> bool:
    """Whether a verb that also takes a thing takes one here: its clause follows it with no
    comma, colon or "bahwa", says what about or to whom, and holds no predicate ("menjelaskan
    hasil pertemuan itu kepada wartawan", "menjelaskan panjang lebar soal pertemuan itu")."""
    verb = m["verb"].casefold()
    if verb not in _THING_TAKING_VERBS:
        return False
    between = m.string[m.end("verb") : m.start("clause")]
    if "," in between or ":" in between or "ahwa" in between:
        return False
    clause = m["clause"]
    return bool(_ABOUT_OR_TO.search(clause)) and not _PREDICATE.search(
        _ABOUT_OR_TO.sub(" ", clause)
    )


# a clause that only points back to what was said before, and where or to whom: "said this to
# reporters", "said so on Monday", "mengatakan hal itu kepada wartawan", "menyampaikan hal
# tersebut di Istana" (not "said it was …", nor "said that in 2020 …", which say something)
_POINTS_BACK_TO_A_STATEMENT = re.compile(
    r"(?i:(?:this|so|(?:hal|pernyataan|penjelasan|keterangan)\s+(?:itu|ini|tersebut)|itu|"
    r"tersebut|demikian)(?=\s+(?i:to|at|in|on|during|after|before|when|while|as|for|with|via|"
    r"through|earlier|yesterday|today|last|kepada|di|saat|ketika|dalam|usai|seusai|melalui|"
    r"lewat|pada|dengan|sebelum|setelah|sesudah|kemarin|hari)\b)|(?:this|so|that|it|hal\s+"
    r"(?:itu|ini|tersebut)|itu|tersebut|demikian)\s*[.,;!]?\s*$)"
)


_SAYING_THAT = re.compile(r"(?:\s+that)?\s*[,:]?\s+(?=[^“”\"«\s])")


# what leaves a verb unsaid: "Peskov tidak menjelaskan kapan …", "enggan mengatakan", "belum
# menyebutkan"
_NOT_SAID = re.compile(
    r"\b(?i:tidak|tak|belum|enggan|menolak|urung|tidak\s+mau|tak\s+mau)"
    r"(?:\s+(?:mau|ingin|bersedia|pernah|secara\s+\w+|untuk))*\s+$"
)
_DENYING = frozenset({"menampik", "membantah"})  # not denied, so said: "tidak menampik bahwa …"


def _reported(
    sentence: str, context: _Context
) -> tuple[int, str, str | None, str | None, str | None] | None:
    """(clause offset, clause, speaker, speaker as written, via) of a reported statement."""
    via = None
    written: str | None = None
    quoted_as = _quoted_as_saying(sentence, at_end=False)
    if quoted_as and quoted_as.end() < len(sentence):
        clause = sentence[quoted_as.end() :]
        return _finish(
            quoted_as.end(), clause, quoted_as["who"], _known_outlet(quoted_as["via"]), context
        )
    if (
        " as saying" in sentence
        and (passive := _RELAY_ASIDE.search(sentence))
        and passive["passive"]
        and (that := _SAYING_THAT.match(sentence, passive.end()))
        and (written := clause_subject(sentence[: passive.start()] + " x"))
    ):
        # "Kim was quoted by KCNA as saying that …", "Kim was quoted as saying …"
        via = _known_outlet(passive["by"]) if passive["by"] else None
        return _finish(that.end(), sentence[that.end() :], written, via, context)
    m = _TRAILING_ENGLISH.match(sentence)
    if (
        m
        and m["cited"]
        and m["who"]
        and (outlet := _known_outlet(_outlet_at_end(m["who"]) or m["who"]))
    ):
        # the one the outlet cites speaks, through the outlet
        start = after_dateline(m["clause"])
        return _finish(start, m["clause"][start:], m["cited"].strip(), outlet, context)
    if (
        m
        and m["who"]
        and (outlet := _known_outlet(_outlet_at_end(m["who"]) or m["who"]))
        and (inner := _reported(m["clause"], context))
        and inner[2] not in (None, outlet)
    ):
        # "Kim told Putin that …, TASS reported": Kim speaks, through the outlet
        return (*inner[:4], inner[4] or outlet)
    if m and (found := _said_after(m["clause"], m["who"] or m["after"], context)):
        return found
    if (" and " in sentence or " dan " in sentence) and (
        second := _second_predicate(sentence, context)
    ):
        return second
    m = _INDIRECT.match(sentence) or _INDIRECT_ENGLISH.match(sentence)
    if m and m.re is _INDIRECT and _explains_a_thing(m):
        return None
    if m and _POINTS_BACK_TO_A_STATEMENT.match(m["clause"]):
        return None  # "Putin said this to reporters", "Putin mengatakan hal itu kepada wartawan"
    if m and m.re is _INDIRECT and _NOT_SAID.search(m["pre"]) and m["verb"] not in _DENYING:
        return None  # "Peskov tidak menjelaskan kapan …" (but "tidak menampik bahwa …" says so)
    if m:
        pre, relayed_in = _without_relay_aside(m.group("pre"))
        # "Dilansir dari Yonhap, kementerian itu menyebut …"
        relayed_in = relayed_in or _relay_leading(pre)
        pre = _without_affiliation(_without_asides(pre).rstrip())
        pre = _without_circumstance(pre)
        last_clause, office_after = _subject_clause(pre.strip(" ,"))
        if _someone_of(last_clause[:1].lower() + last_clause[1:]):
            return None  # "Seorang pejabat Kremlin mengatakan …": someone unnamed
        written = clause_subject(last_clause + " x") if last_clause else None
        if (
            written
            and not office_after
            and not _subject_next_to_verb(last_clause, written)
            and not _DOCUMENT_OF.match(f"{last_clause} ")  # "A Kremlin statement said …"
        ):
            written = None
        if (
            written is None
            and (" who " in last_clause or " yang " in last_clause)
            and (relative := _NAME_THEN_RELATIVE.match(last_clause))
        ):
            # "Presiden Joko Widodo yang hadir di Istana mengatakan …"
            written = clause_subject(relative["subject"] + " x")
            if written and not _subject_next_to_verb(relative["subject"], written):
                written = None
        # (an outlet's name and kind are short: the clause's end is enough to search)
        outlet = None if written else _outlet_at_end(last_clause)
        if outlet:
            written = outlet  # "Russia's RIA Novosti news agency said"
        if written:
            written = _named_before_aside(sentence, m.start("clause"), written) or written
        said = "" if written else _TIME_ASIDE.sub("", sentence[: m.start("clause")])
        # "Zhiwei Zhang, chief economist at …, said", "Selain itu, Budi, ketua RT, menyebut";
        # "Juru bicara Kemlu, Lalu Muhammad Iqbal, mengatakan"
        named = said and (_NAME_ASIDE_SAYS.search(said) or _OFFICE_THEN_NAME_SAYS.search(said))
        if named and _is_person_set_off(named["name"], said[: named.start()]):
            written = named["name"]
        # failing all that, the name right before the verb, past an office with commas in it:
        # "Coordinating Political, Legal and Security Affairs Minister Mahfud MD said"
        tail = pre.rstrip(" ,")[-MEDIA_NAME_REACH:]
        person = None if written else _person_at_end(tail)
        before = tail[: person[0]].split()[-1:] if person else []
        if (
            person
            and not (before and before[0] in UNNAMED_HEADS)  # "warga Kampung Melayu": a place
            and not _KIN_BEFORE.search(tail, 0, person[0])  # "kuasa hukum Hasto …"
        ):
            written = person[1]
        if written:
            offset, clause = m.start("clause"), m.group("clause")
            via = _relay_name(relayed_in) if relayed_in else None
            if (quoted_by := _QUOTED_BY.match(clause)) and quoted_by["aside"]:
                # "Putin said, as quoted by RIA Novosti, that …": what was said is after it
                offset, clause = offset + quoted_by.end(), clause[quoted_by.end() :]
                via = via or _known_outlet(quoted_by["via"])
            # "said in a statement carried by the official Korean Central News Agency that …"
            via = via or _carrying_outlet(sentence, m.end("pre"), offset)
            # "Peskov told RIA Novosti that …", "In an interview with CNN, Kirby said …"
            via = via or _outlet_told(sentence[:offset])
            trailing = _TRAILING_CUE.match(clause)
            relaying = _canonical_from_phrase(trailing["who"]) if trailing else None
            if trailing and relaying and is_known_media(relaying):
                via = relaying
                clause = trailing["clause"]
            lead_in = m.group("pre").rsplit(",", 1)[0] if "," in m.group("pre") else ""
            if (
                lead_in
                and sentence[:offset].rstrip().endswith(",")
                and _ENGLISH_PREDICATE.match(clause)
                and _LEADING_DISCOURSE.sub("", lead_in[after_dateline(lead_in) :] + " ").strip()
            ):
                # "Putin, Peskov said, accepted the invitation": the cue set off in the
                # statement, which is the whole sentence
                offset = after_dateline(sentence)
                clause = sentence[offset:]
            return _finish(offset, clause, written, via, context)
    said_in = _SAID_IN_A_DOCUMENT.match(sentence) if "alam " in sentence else None
    if said_in:
        # "Dalam laporan KCNA disebutkan bahwa …": the one whose report it is
        return _finish(said_in.start("clause"), said_in["clause"], said_in["who"], None, context)
    m = _MENURUT_LEAD.match(sentence)
    if m is None and "enurut" in sentence and (bare := _MENURUT_WITHOUT_COMMA.match(sentence)):
        # "Menurut Peskov pertemuan itu berlangsung empat jam.", written without the comma
        return _finish(bare.start("clause"), bare["clause"], bare["who"] or "dia", None, context)
    if m and _NAME_ONLY.match(m["clause"].rstrip(" .")):
        m = None  # "…, menurut media pemerintah Korut, KCNA.": the source's name, set off
    before_source = sentence[: m.start("who")] if m else ""
    if m and "," in before_source and _CIRCUMSTANCE_AFTER.match(m["clause"]):
        # "Kim left Russia on Sunday, according to Yonhap, after a six-day visit": what was said
        # comes before the source; after it, only when it happened
        return _said_after(before_source.rsplit(",", 1)[0], m["who"], context)
    if m:
        who, start = _cited_in_lead(m)
        ahead = _SOURCE_WORD_AT_END.sub("", before_source)
        opening = after_dateline(ahead)
        lead_in = ahead[opening:].strip(" ,")
        if (
            lead_in
            and ahead.rstrip().endswith(",")
            and _LEADING_DISCOURSE.sub("", lead_in + " ").strip(" ,")
            and not _CIRCUMSTANCE_AFTER.match(lead_in.casefold())  # "Pada Rabu (13/9), …"
        ):
            # "Pertemuan itu, menurut Peskov, berlangsung empat jam": the source set off in
            # the statement, which is the whole sentence (not "Sementara itu, menurut …",
            # nor "On Wednesday, according to …")
            start = opening
        return _finish(start, sentence[start:], who, None, context)
    m = _TRAILING_CUE.match(sentence)
    if m and (
        m["who"].strip()[:1].isupper()
        or m["who"].split()[0] in ROLE_WORDS
        or m["who"].startswith("agensi berita ")  # Malay's news agency: "lapor agensi berita KCNA"
    ):
        rest = sentence[m.end("who") :]
        if rest.startswith(",") and _PREDICATE_GOES_ON.match(rest):
            # "Putin, kata juru bicara Kremlin Dmitry Peskov, menerima undangan itu …": the cue
            # set off in the statement, which is the whole sentence
            opening = after_dateline(sentence)
            phrase, relay = _speaker_phrase(m["who"] + ".")
            return _finish(opening, sentence[opening:], phrase, relay, context)
        # (with what follows the name: "…, kata Peskov, seperti dikutip TASS.")
        return _said_after(m["clause"], sentence[m.start("who") :].rstrip(" ."), context)
    m = _ACCORDING_TO_AT_END.match(sentence) if "according" in sentence else None
    if m:
        return _said_after(m["clause"], m["who"], context)
    m = _REPORTED.match(sentence)
    if m and clause_subject(m["subject"] + " x"):
        clause = sentence[m.start("subject") :]
        return _finish(m.start("subject"), clause, None, None, context)
    return None


_A_FEW_WORDS_QUOTED = re.compile(r"[“\"][^“”\"\s]+(?:\s[^“”\"\s]+){0,3}[”\"]")


def _second_predicate(
    sentence: str, context: _Context
) -> tuple[int, str, str | None, str | None, str | None] | None:
    """Reported speech in a sentence's second predicate, of the subject of the first: "Putin
    thanked Kim and said that the talks …" is read as "Putin said that the talks …"."""
    joined = _AND_THEN_SPEECH.search(sentence)
    if joined is None:
        return None
    head = _CLAUSE_SPLIT.split(sentence[: joined.start()])[-1]
    subject = clause_subject(head + " x")
    # (a quotation in the first predicate is the subject's speech, but not a few words it
    # characterises something with: "Johnson called the shooting “senseless” and said …")
    unquoted = _A_FEW_WORDS_QUOTED.sub("", head) if "“" in head or '"' in head else head
    if not subject or "“" in unquoted or '"' in unquoted:
        return None
    last = subject.split()[-1]
    subject_end = head.find(last) + len(last)
    first = head[subject_end:].split()
    if (
        subject_end < len(last)
        or not 0 < len(first) <= MAX_FIRST_PREDICATE_WORDS
        or not first[0].islower()
        # (a first predicate that reports speech itself is a statement of its own, the second
        # what was added to it: "Putin told reporters … and said …")
        or first[0] in _SAYING_WORDS
        or first[0] in _NOT_ONES_OWN
        or first[0] in ("and", "dan", "serta", "or", "atau")  # "Putin and Kim met and said"
        or any(w in ("that", "bahwa") for w in first)
    ):
        return None
    cut_at = joined.start() - len(head) + subject_end
    cut = joined.end() - cut_at - 1  # (one space stays between the subject and the verb)
    reported = _reported(sentence[:cut_at] + " " + sentence[joined.end() :], context)
    if reported is None or reported[0] < cut_at:
        return None
    return (reported[0] + cut, *reported[1:])


# the predicate an English statement goes on with past a cue set off in it ("Putin, Peskov said,
# accepted the invitation")
_ENGLISH_PREDICATE = re.compile(
    r"(?:will|would|is|was|were|are|has|had|have|could|should|can|may|might|must|did|does|"
    r"remains|remained|[a-z]{3,}ed)\b"
)
# what follows a cue set off in a statement, when the statement goes on after it: its predicate
# ("Putin, kata Peskov, menerima undangan itu"; not ", kata Peskov, seperti dikutip TASS")
_PREDICATE_GOES_ON = re.compile(
    r",\s+(?:(?:me|ber|ter|per)[a-z]{3,}|di(?!sampaikan|kutip|lansir)[a-z]{4,}|akan|tidak|tak|"
    r"sudah|telah|belum|masih|segera|hanya|bisa|dapat|harus|sedang)\b(?:\s+\S+){2}"
)


def _said_after(
    clause: str, who: str, context: _Context
) -> tuple[int, str, str | None, str | None, str | None] | None:
    """A statement whose speaker follows it ("…, kata X.", "…, X said."), from past the
    paragraph's dateline."""
    phrase, relay = _speaker_phrase(who + ".")
    start = after_dateline(clause)
    return _finish(start, clause[start:], phrase, relay, context)


_BETWEEN_SUBJECT_AND_VERB = frozenset(
    "juga pun telah sempat lalu kemudian sudah akan pernah tidak tak kembali lantas sendiri turut "
    "pula justru bahkan hanya secara resmi tegas "
    "also later then has had previously earlier again repeatedly further once".split()
)


def _subject_next_to_verb(clause: str, subject: str) -> bool:
    """``Putin juga mengatakan`` yes; ``Putin disebut menerima undangan ... dan menegaskan``
    no: the verb must follow its subject with at most a few adverbs between."""
    last = subject.split()[-1].casefold()
    words = [w.casefold().strip(",;:") for w in clause.split()]
    # the subject's last word as a word ("ia" is no part of "kemudian"), whatever its case
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] == last), None)
    tail = words[at + 1 :] if at is not None else []
    return all(w in _BETWEEN_SUBJECT_AND_VERB for w in tail)


_LEADING_MARK = re.compile(r"^[—–•·-]+\s+")
# the most words of an introduction to what follows a colon: "Kim said at the dinner:",
# "Putin mengatakan dalam jamuan makan malam:"
MAX_INTRODUCTION_WORDS = 6


def _finish(
    offset: int, clause: str, written: str | None, via: str | None, context: _Context
) -> tuple[int, str, str | None, str | None, str | None] | None:
    clause = clause.rstrip()
    mark = _LEADING_MARK.match(clause)  # "— Kami siap membantu, kata Putin."
    if mark:
        offset, clause = offset + mark.end(), clause[mark.end() :]
    trimmed = clause.rstrip(" .,;")
    words = len(trimmed.split())
    if words < MIN_INDIRECT_WORDS or (trimmed.endswith(":") and words <= MAX_INTRODUCTION_WORDS):
        return None  # (nor where and when the words after a colon were said: "at the dinner:")
    if written is None:
        return offset, trimmed, None, None, via
    speaker = context.speaker_of(written)
    if speaker is None:
        return None
    return offset, trimmed, speaker, written, via


def _only_cue_between(paragraphs: list[str], a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether nothing but whitespace separates the end of one quote's sentence and the next."""
    if a[0] == b[0]:
        return not paragraphs[a[0]][a[1] : b[1]].strip()
    return b[0] == a[0] + 1 and not paragraphs[a[0]][a[1] :].strip() and b[1] <= 0
