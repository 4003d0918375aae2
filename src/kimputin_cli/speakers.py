"""Speaker names: titles stripped, later mentions linked to the fullest form, variants merged.

Indonesian news names a person in full once (``juru bicara Kremlin, Dmitry Peskov``) and then
by one of the names (``Peskov``; often the first name: ``Airlangga``, ``Sri Mulyani``), so a
short mention is linked to the fullest name in the same article that contains it as a word.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import OSA

from kimputin_cli.outlets import display_name, is_known_media
from kimputin_cli.places import is_country, is_place
from kimputin_cli.reader import ALIASES_NAME, FileProblem, parse_json, read_regular
from kimputin_cli.stemming import is_common_word, is_root
from kimputin_cli.textnorm import analysed, auto_edits

# ranks stand right before a name, wherever they come in an office: "Kabid Humas Polda Metro
# Jaya Kombes Trunoyudo Wisnu Andiko" is Trunoyudo Wisnu Andiko; so do honorifics and the titles
# of popes, sultans and princes ("Putra Mahkota Arab Saudi Mohammed bin Salman")
# English ranks and offices written short with a full stop before a name: "Lt. Gen. Pat
# Ryder", "Sen. Lindsey Graham", "Gov. Gavin Newsom"
SHORT_RANKS = "Gen Lt Col Maj Sgt Capt Adm Brig Cmdr".split()
SHORT_OFFICES = "Rep Sen Gov Rev".split()
RANKS = frozenset(
    """irjen komjen brigjen kombes akbp akp kompol iptu ipda aiptu aipda bripka brigpol
    brigadir briptu bripda mayjen letjen laksamana laksma laksda laksdya marsekal marsma marsda
    marsdya kolonel letkol mayor letnan serka serda sertu sersan kopral pratu prada praka
    kopka koptu kopda serma peltu pelda
    prof prof. dr dr. drg drg. dra. ir h. hj. kh kh. tb datuk dato dato' datin tun sir dame lord
    paus sultan emir mahkota""".split()
) | {f"{rank.casefold()}." for rank in SHORT_RANKS}
# what follows a rank before the name: the force or corps ("Irjen Pol Karyoto", "Kolonel Inf
# Rudi", "Mayjen TNI (Purn) Budi"), not part of the name
RANK_CORPS = frozenset(
    """pol polisi tni purn inf kav arm arh czi cpm chb cku ckm cba caj cpl chk kes mar pnb tek
    adm laut udara p k e t""".split()
)
# honorifics and ranks of two words or more: "Datuk Seri Anwar Ibrahim", "Dato' Sri Najib",
# "Datuk Seri Diraja Zambry", "Crown Prince Mohammed bin Salman" ("Crown" is a rank only so:
# "Crown Resorts" is a company; a prince without it keeps the title in the name, "Prince
# William")
_SECOND_WORDS = {
    "datuk": frozenset({"seri", "sri"}),
    "dato": frozenset({"seri", "sri"}),
    "dato'": frozenset({"seri", "sri"}),
    "seri": frozenset({"diraja", "panglima", "utama"}),
    "sri": frozenset({"diraja", "panglima", "utama"}),
    "crown": frozenset({"prince", "princess"}),
    # Malaysia's "Tan Sri" and "Puan Sri", "Toh Puan": ranks only so ("Tan" alone is a name)
    "tan": frozenset({"sri", "seri"}),
    "puan": frozenset({"sri", "seri"}),
    "toh": frozenset({"puan"}),
}
# the first words of honorifics that are ranks only before their second word
_HONORIFIC_OPENERS = frozenset({"tan", "puan", "toh"})


def follows_rank(word: str, rank: str) -> bool:
    """Whether a word after a rank still belongs to it: its force or corps, or the second
    word of an honorific (not the "Sri" of "Kombes Sri Suari")."""
    folded = word.casefold()
    return folded.strip("().") in RANK_CORPS or folded in _SECOND_WORDS.get(rank, ())


def is_rank_before(word: str, after: str) -> bool:
    """Whether a word is a rank before the word after it: one of the ranks, or a general
    before his force ("Jenderal Pol Listyo", "Jenderal TNI Agus"; "Sekretaris Jenderal PBB"
    is an office)."""
    folded = word.casefold()
    return (
        folded in RANKS
        or (folded == "jenderal" and after.casefold().strip("().") in RANK_CORPS)
        or (folded in _HONORIFIC_OPENERS and after.casefold() in _SECOND_WORDS[folded])
    )


def without_ranks(office: list[str]) -> list[str]:
    """An office without the ranks and honorifics at its end: "Kabid Humas Polda Metro Jaya
    Kombes", "Kapolda Irjen Pol", "Kapolri Jenderal Pol", "Perdana Menteri Datuk Seri"."""
    office = list(office)
    while office:
        start = len(office) - 1
        while start > 0 and follows_rank(office[start], office[start - 1].casefold()):
            start -= 1  # back past the force after a rank: "Irjen Pol", "Mayjen TNI (Purn)"
        after = office[start + 1] if start + 1 < len(office) else ""
        general = (
            office[start].casefold() == "jenderal"
            and 0 < start == len(office) - 1
            and office[start - 1].casefold() not in _GENERALS_OFFICES
        )
        if not (general or is_rank_before(office[start], after)):
            break  # (a force after an office is the office's: "Panglima TNI", "Kapuspen TNI")
        del office[start:]
    return office


# the offices "Jenderal" ends, where it is no general's rank: "Sekretaris Jenderal",
# "Direktur Jenderal" (but "Panglima TNI Jenderal", before a name, is the general's rank)
_GENERALS_OFFICES = frozenset("sekretaris direktur inspektur auditor konsul gubernur".split())


# academic degrees after a name, set off by a comma: "H. Ahmad Heryawan, Lc.", "Budi, S.H."
_DEGREES = frozenset(
    """lc ma mba phd sh mh se mm msc ssi msi spd mpd skom mkom ssos st mt sip mkes skm ak sag
    mag ba bsc llm mhum shum mpa mpp ir drs dra sp spog sppd mkn mph""".split()
)


def is_degree(text: str) -> bool:
    return text.replace(".", "").replace(" ", "").casefold() in _DEGREES


# Indonesia's ministers as the news writes them short, and their offices in full: "kata Mendag
# Zulkifli Hasan", "MenPAN-RB Abdullah Azwar Anas" (those of 2019's cabinet and of 2024's)
_MINISTERS_WRITTEN_SHORT = {
    "menkes": "menteri kesehatan",
    "menlu": "menteri luar negeri",
    "menhan": "menteri pertahanan",
    "menkeu": "menteri keuangan",
    "mendagri": "menteri dalam negeri",
    "mensesneg": "menteri sekretaris negara",
    "menpora": "menteri pemuda dan olahraga",
    "mendikbud": "menteri pendidikan dan kebudayaan",
    "menkumham": "menteri hukum dan hak asasi manusia",
    "mendag": "menteri perdagangan",
    "menag": "menteri agama",
    "menhub": "menteri perhubungan",
    "mensos": "menteri sosial",
    "menaker": "menteri ketenagakerjaan",
    "mentan": "menteri pertanian",
    "menperin": "menteri perindustrian",
    "mendikbudristek": "menteri pendidikan kebudayaan riset dan teknologi",
    "menristek": "menteri riset dan teknologi",
    "menparekraf": "menteri pariwisata dan ekonomi kreatif",
    "menpar": "menteri pariwisata",
    "menkominfo": "menteri komunikasi dan informatika",
    "menkomdigi": "menteri komunikasi dan digital",
    "menkopolhukam": "menteri koordinator bidang politik hukum dan keamanan",
    "menkomarves": "menteri koordinator bidang kemaritiman dan investasi",
    "menkopmk": "menteri koordinator bidang pembangunan manusia dan kebudayaan",
    "menpan-rb": "menteri pendayagunaan aparatur negara dan reformasi birokrasi",
    "menpanrb": "menteri pendayagunaan aparatur negara dan reformasi birokrasi",
    "menpan": "menteri pendayagunaan aparatur negara dan reformasi birokrasi",
    "menpupr": "menteri pekerjaan umum dan perumahan rakyat",
    "menpu": "menteri pekerjaan umum",
    "menpkp": "menteri perumahan dan kawasan permukiman",
    "mendes": "menteri desa",
    "mendes-pdtt": "menteri desa pembangunan daerah tertinggal dan transmigrasi",
    "mentrans": "menteri transmigrasi",
    "menseskab": "sekretaris kabinet",
    "menlhk": "menteri lingkungan hidup dan kehutanan",
    "menlh": "menteri lingkungan hidup",
    "menhut": "menteri kehutanan",
    "menkop": "menteri koperasi",
    "menkopukm": "menteri koperasi dan usaha kecil dan menengah",
    "menpppa": "menteri pemberdayaan perempuan dan perlindungan anak",
    "menkum": "menteri hukum",
    "menham": "menteri hak asasi manusia",
    "mendikdasmen": "menteri pendidikan dasar dan menengah",
    "mendiktisaintek": "menteri pendidikan tinggi sains dan teknologi",
    "menbud": "menteri kebudayaan",
    "menekraf": "menteri ekonomi kreatif",
    "menesdm": "menteri energi dan sumber daya mineral",
}
# and their deputies: "Wamenlu Pahala Mansury", "Wamenkeu Suahasil Nazara"
MINISTERS_WRITTEN_SHORT = _MINISTERS_WRITTEN_SHORT | {
    f"wa{short}": f"wakil {office}" for short, office in _MINISTERS_WRITTEN_SHORT.items()
}


TITLES = (
    RANKS
    | frozenset(
        [
            "jenderal",  # also in offices: Sekretaris Jenderal PBB, Direktur Jenderal Pajak
            "kapten",  # also of a team: Kapten Persib Marc Klok
            "presiden",
            "wakil",
            "ketua",
            "menteri",
            "pak",
            "bu",
            "bapak",
            "ibu",
            # familiar forms of address before a name: "Mas Gibran", "Kang Emil" (not "Cak"
            # and "Bung", which belong to the names they open: "Cak Imin", "Bung Karno")
            "mas",
            "mbak",
            "kang",
            # and as North Korea's state media address its leaders: "Respected Comrade Kim
            # Jong Un"
            "comrade",
            "kamerad",
            "respected",
            "gubernur",
            "konsul",  # "Konsul Jenderal Budi Santoso"
            "atase",
            "profesor",
            "dokter",
            "notaris",
            "pastor",
            "uskup",
            "presdir",
            "komut",
            "founder",
            # an envoy named without a posting: "Duta Besar Lutfi Rauf", "Dubes Lutfi"
            "duta",
            "dubes",
            "bupati",
            "wali",
            "walikota",
            "sekretaris",
            "kepala",
            "pemimpin",
            "perdana",
            "raja",
            "ratu",
            "pangeran",
            "kapolri",
            "kapolda",
            "jaksa",
            "hakim",
            "direktur",
            "dirut",
            "komisaris",
            "senator",
            # English-language outlets
            "president",
            "secretary",
            "minister",
            "prime",
            "foreign",
            "defence",
            "defense",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "leader",
            "chief",
            "chairman",
            "ambassador",
            "governor",
            "premier",
            "chancellor",
            "anggota",
            "panglima",
            "sang",
            "pelatih",
            "kapolri",
            "kapolda",
            "kapolres",
            "kasad",
            "jubir",
            "manajer",
            "ketum",
            "sekjen",
            "wamen",
            "tuan",
            "nyonya",
            "saudara",
            "sdr",
            "mr",
            "mr.",
            "mrs",
            "mrs.",
            "ms",
            "ms.",
            "madam",  # as Singapore's and Malaysia's outlets address a woman: "Madam Halimah"
            "mantan",
            "kanselir",
            "juru",  # Juru Bicara Kremlin Dmitry Peskov
            # Malay: a spokesperson, a deputy, a secretary, a chairman, a vice
            "jurucakap",
            "timbalan",
            "setiausaha",
            "pengerusi",
            "naib",
            # staff and advisers: "Koordinator Staf Khusus Presiden Ari Dwipayana"
            "koordinator",
            "staf",
            "stafsus",
            "deputi",
            "asisten",
            "penasihat",
            "komisioner",
            # short forms of offices
            "menko",
            *MINISTERS_WRITTEN_SHORT,
            "seskab",  # Sekretaris Kabinet
            "ksp",  # Kepala Staf Presiden: "KSP Moeldoko"
            "wapres",
            "wagub",
            "wabup",
            "wawali",
            "wakapolri",
            "wakapolda",
            "kabareskrim",
            "kapolsek",
            "kasat",
            "kabid",
            "kadis",
            "kades",
            "camat",
            "lurah",
            "sekda",
            "dirjen",
            # heads of police and military units: "Kapuspen TNI Laksda TNI Julius Widjojono",
            # "Kasat Reskrim Polres Bogor AKP Teguh Kumara"
            "kapuspen",
            "kapendam",
            "kapenrem",
            "kadispen",
            "kadispenad",
            "kasau",
            "kasal",
            "kapolresta",
            "kapolrestabes",
            "wakapolres",
            "kasatreskrim",
            "kasatlantas",
            "kasatnarkoba",
            "kabag",
            "kasubag",
            "kasubbag",
            "kasubdit",
            "kanit",
            "kakorlantas",
            "kabaharkam",
            "kabaintelkam",
            "kabidhumas",
            "kadivhumas",
            "dirreskrimum",
            "dirreskrimsus",
            "dirlantas",
            "danlanud",
            "danlantamal",
            "danramil",
            "danyon",
            "pangkostrad",
            "plt",
            "plh",
            "pj",
            "pjs",
            "pangdam",
            "danrem",
            "dandim",
            "kajati",
            "kajari",
            "kadiv",
            "waketum",
            # religious and honorary forms of address
            "kiai",
            "kyai",
            "habib",
            "ustaz",
            "ustadz",
            "syekh",
            "romo",
            "pendeta",
            "paus",
            "ir.",
            "drs.",
            # professions written before a name as titles are: "Ekonom Senior INDEF Faisal Basri"
            "ekonom",
            "analis",
            "pakar",
            "dosen",
            "rektor",
            "dekan",
            "advokat",
            "pengacara",
            "guru",  # "Guru Besar Hukum Tata Negara … Jimly Asshiddiqie"
            "peneliti",
            "politikus",
            "politisi",
            "kader",
            "aktivis",
            "pegiat",
            "artis",
            "aktor",
            "aktris",
            "penyanyi",
            # players, named with their club: "Pemain Persib Marc Klok", "Penyerang Persija …"
            "pemain",
            "penyerang",
            "gelandang",
            "bek",
            "kiper",
            "striker",
        ]
    )
    | {f"{office.casefold()}." for office in SHORT_OFFICES}
)
ROLE_WORDS = frozenset(
    [
        "juru",
        "bicara",
        "jubir",
        "kantor",
        "berita",
        "media",
        "stasiun",
        "televisi",
        "harian",
        "surat",
        "kabar",
        "situs",
        "laman",
        "pejabat",
        "pihak",
        "kementerian",
        "departemen",
        "pemerintah",
        "pengamat",
        "analis",
        "pakar",
        "ahli",
        "warga",
        "menteri",
        "pertahanan",
        "luar",
        "negeri",
        "dalam",
        "keuangan",
        "koordinator",
        "tim",
        "klub",
        "ekonom",
        # English-language outlets: "Kremlin spokesman Dmitry Peskov"
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "leader",
        "minister",
        "president",
        "secretary",
        "press",
        "deputy",
        "chief",
        "senior",
        "adviser",
        "advisor",
        "envoy",
        "duta",
        "dubes",
        "konsul",
        "konjen",
        "correspondent",
        "koresponden",
        "aide",
        "diplomat",
        "negotiator",
        "ambassador",
        "commander",
        "director",
        "head",
        "chairman",
        "chairwoman",
        "governor",
        "mayor",
        "lawmaker",
        "senator",
        "prosecutor",
        "analyst",
        # what English offices put before their head word: "national security spokesman"
        "national",
        "security",
        "economic",
        "foreign",
        "policy",
        "military",
        "political",
        "top",
        "former",
        "vice",
        "acting",
        "assistant",
        "prime",
        # the body of an English office: "Unification ministry spokesperson Koo Byoung-sam"
        "ministry",
        "department",
        "agency",
        "office",
        "government",
        "party",
        "embassy",
        "foreign",
        "defense",
        "defence",
        "army",
        "police",
        "state",
    ]
)
MAX_LINK_EXTRA_WORDS = 2  # "Kim" -> "Kim Jong Un", but not -> "Departemen Luar Negeri Kim"
# a person's name of four words is linked from one of them: "Ade" -> "Ade Ary Syam Indradi"
MAX_LINK_EXTRA_WORDS_TO_A_PERSON = 3
PRONOUNS = frozenset(
    {"dia", "ia", "beliau", "mereka", "nya", "he", "she", "they", "him", "her", "them"}
)
REFERENCES = re.compile(
    r"^(media|kantor berita|lembaga|pihak|badan|kementerian|harian|situs|laman|organisasi|"
    r"perusahaan|partai|kelompok|tim|klub|pemerintah)\s+(tersebut|itu|ini)$|"
    # "“…,” the agency said" after "KCNA said …"
    r"^the\s+(?:(?:state|official|news)\s+)*(agency|newspaper|daily|broadcaster|ministry|"
    r"company|party|group|organi[sz]ation)$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]{2,}|bin|binti|van|de|al|el|von)$")


INDEFINITE = frozenset({"a", "an", "seorang", "salah"})
# offices written short, as their full forms: "kata Menkes" after "Menteri Kesehatan Budi …"
OFFICE_ABBREVIATIONS = {
    **MINISTERS_WRITTEN_SHORT,
    "seskab": "sekretaris kabinet",
    "ksp": "kepala staf presiden",
    "wapres": "wakil presiden",
    "wagub": "wakil gubernur",
    "dirut": "direktur utama",
    "ketum": "ketua umum",
    "sekjen": "sekretaris jenderal",
    "jubir": "juru bicara",
}


_ACRONYM_HYPHEN = re.compile(r"(?<=[A-Z])-(?=[A-Z]{1,3}\b)")  # "PDI-P", "MenPAN-RB"


@lru_cache(maxsize=100_000)
def office_key(office: str) -> str:
    """``Menkes`` and ``Menteri Kesehatan`` share a key; so do ``Sekjen PDIP`` and ``Sekretaris
    Jenderal PDI-P``, and ``the Kremlin spokesman`` and ``Kremlin spokesman``. Cached: every
    ``--speaker`` asks it of every speaker's forms."""
    # (the article before an office, in English and Indonesian: "the spokesman", "sang juru
    # bicara")
    words = analysed(_ACRONYM_HYPHEN.sub("", office)).split()
    if words and words[0] in ("the", "sang"):
        words = words[1:]
    return " ".join(OFFICE_ABBREVIATIONS.get(word, word) for word in words)


def names_an_office(phrase: str) -> bool:
    """Whether a phrase holds a word of office or role: "the State Department spokesperson",
    "juru bicara Kremlin", "pengamat hubungan internasional" (not "39", nor "Kim")."""
    return any(w in _OFFICE_WORDS for w in office_key(phrase).split())


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """``Kim Jong-un`` and ``Kim Jong Un`` share the key ``kim jong un``, ``The White House``
    and ``White House`` the key ``white house``. Cached: quote extraction asks it of every
    name mention."""
    return analysed(name).removeprefix("the ")


@lru_cache(maxsize=100_000)
def strip_titles(name: str) -> str:
    """``Presiden Rusia Vladimir Putin`` -> ``Vladimir Putin``; ``Ketua Kim`` -> ``Kim``;
    ``Menteri Keuangan Sri Mulyani`` -> ``Sri Mulyani``; ``Pelatih Shin Tae-yong`` -> ``Shin
    Tae-yong``. A title (or an affixed common word) opens the name; after it, office words
    (dictionary words, acronyms, places) go while more than two words remain, and so does the
    name of the body a head of something leads (``Pelatih Persib Bojan Hodak``). The name of
    a body stays whole (``Kementerian Luar Negeri Rusia``)."""
    parts = name.split()
    if len(parts) > 1 and parts[0].casefold() in BODIES and _ends_body(parts[-1]):
        return name
    if len(parts) > 1 and parts[-1].casefold() in ENGLISH_BODY_ENDINGS:
        return name  # "Japanese Foreign Ministry", "State Department": a body, named whole
    if len(parts) > 2 and parts[0].casefold() in BODIES | NAMED_NEXT:
        # "Fraksi PKS Mulyanto", "Komisi VII DPR Budi Santoso": a body named by its short
        # forms, then the person
        # (or by its full name: "Fraksi Partai Golkar Budi Santoso", "Fraksi PDI Perjuangan …")
        named_at = next((i for i, w in enumerate(parts[1:], 1) if not _names_a_party(w)), 0)
        if named_at > 1 and names_someone(rest := " ".join(parts[named_at:])):
            return strip_titles(rest)
    if (
        len(parts) > 2
        and parts[0].casefold() in BODIES
        and parts[1] == "of"
        and all(w.casefold() in ENGLISH_OFFICE_WORDS or w in PLACES for w in parts[2:])
    ):
        return name  # "Ministry of Foreign Affairs", with no one's name after it
    ranked = [
        i
        for i, part in enumerate(parts[:-1])
        if part.casefold() in _OFFICE_CUTTERS
        or (part == "Crown" and follows_rank(parts[i + 1], "crown"))
        or is_rank_before(part, parts[i + 1])  # "Kapolri Jenderal Pol Listyo Sigit Prabowo"
        # a body's name ends before a name of two words or more: "State Affairs Commission Kim
        # Jong Un" (not "Ministry of Unification")
        or (
            part.casefold() in ENGLISH_BODY_ENDINGS
            and i + 2 < len(parts)
            and parts[i + 1][:1].isupper()
        )
    ]
    cut = ranked[-1] + 1 if ranked else 0
    dropped, parts = parts[:cut], parts[cut:]
    while cut and len(parts) > 1 and follows_rank(parts[0], dropped[-1].casefold()):
        dropped.append(parts.pop(0))  # "Irjen Pol Karyoto", "Kolonel Inf Rudi", "Datuk Seri"
    if len(parts) > 3 and parts[0].casefold() in BODIES:
        # "Universitas Al Azhar Indonesia Ujang Komarudin": a body's name, then a person's
        dropped.append(parts.pop(0))
    while (
        len(parts) > 1
        and (
            parts[0].casefold().strip(",") in TITLES
            # "Russian President Vladimir Putin", "U.S. Secretary of State Antony Blinken"
            or (parts[0] in PLACES and parts[1].casefold() in TITLES)
            or (parts[0] == "of" and bool(dropped) and len(parts) > 2)
            or (bool(dropped) and dropped[-1] == "of")
            # "Minister of Foreign Affairs Retno Marsudi"
            or ("of" in dropped and parts[0].casefold() in ENGLISH_OFFICE_WORDS)
            # "Pelatih Shin Tae-yong", but "Kementerian Keuangan" is an organisation's name
            or (_is_affixed_word(parts[0]) and not all(map(is_common_word, parts[1:])))
        )
    ):
        dropped.append(parts.pop(0))
    if not dropped:
        if len(parts) > 2 and parts[0] in ONE_WORD_BODIES and names_someone(" ".join(parts[1:])):
            return " ".join(parts[1:])  # "Indef Faisal Basri", after a lower-case role
        return " ".join(parts)
    if not names_someone(" ".join(parts)):
        # an office without a name ("Kepala BPBD Cianjur", "Presiden Rusia"), unless a body's
        # acronym has a name of dictionary words after it: "Menteri ESDM Arifin Tasrif"
        return _named_after_a_body(parts) or name
    # an office that ends with a place ("Timnas Indonesia", "Luar Negeri Korea Selatan") goes
    # whole, when a name of two words or more follows it
    places = [i for i, part in enumerate(parts[:-2]) if _is_place_word(part)]
    if places:
        dropped, parts = parts[: places[-1] + 1], parts[places[-1] + 1 :]
    while (
        # (a name's particle is no word of it: "Erik ten Hag" is a name of two words)
        sum(1 for part in parts if not part.islower()) > 2
        and parts[0].casefold() not in NAME_OPENERS  # "Jubir Kemlu RI Lalu Muhammad Iqbal"
        and (_is_office_word(parts[0]) or _numbers_body(dropped, parts[0]))
    ):
        dropped.append(parts.pop(0))
    opener = next((i for i, w in enumerate(parts[1:-1], 1) if w.casefold() in NAME_OPENERS), 0)
    if opener:  # "Universitas Padjadjaran Teuku Rezasyah": the person's name opens at "Teuku"
        dropped += parts[:opener]
        parts = parts[opener:]
    if len(parts) == 2 and not cut and _ends_office(parts[0]) and not _is_office_word(parts[1]):
        parts = parts[1:]  # "Kepala BNPB Suharyanto", "Kepala Staf Kepresidenan Moeldoko"
    # (not a hyphenated given name after a country: "Presiden Kazakhstan Kassym-Jomart Tokayev")
    while (
        len(parts) > 1 and _TICKET.match(parts[0]) and not (dropped and _is_place_word(dropped[-1]))
    ):
        dropped.append(parts.pop(0))  # "Wakil Ketua TKN Prabowo-Gibran Habiburokhman"
    office = [w.casefold() for w in dropped]
    heads = [i for i, w in enumerate(office) if w in HEADS_OF_BODIES]
    if len(parts) == 2 and office and office[-1] in NAMED_NEXT:
        return parts[1]  # "Wakil Ketua Umum Partai Gerindra Habiburokhman": one name
    if (
        len(parts) > 2
        and (not cut or cut == 1)  # "CEO Tesla Elon Musk", not "General Motors CEO Mary Barra"
        and heads
        and office[-1] not in BODY_ENDINGS
        # "Sekjen Partai Demokrat Teuku Riefky Harsya" has named its body already
        and all(w in HEAD_MODIFIERS for w in office[heads[-1] + 1 :])
    ):
        # "Pelatih Persib Bojan Hodak", "Direktur Utama Pertamina Nicke Widyawati": the word
        # after a head's office is the body's name (but "Kepala Badan Pangan Nasional Arief
        # Prasetyo Adi" has named its body already)
        parts = parts[1:]
    if len(parts) > 2 and parts[0].casefold() in CLUB_NAME_ENDINGS:
        parts = parts[1:]  # a club's last word: "Pelatih Manchester United Erik ten Hag"
    return " ".join(parts)


def named_after_a_body(written: str, name: str) -> bool:
    """Whether a name of dictionary words is one, as a body's acronym stands before it in an
    office (``Menteri ESDM Arifin Tasrif``)."""
    return written != name and _named_after_a_body(written.split()) == name


def _named_after_a_body(parts: list[str]) -> str | None:
    """The two words or more after the last body's acronym of an office, when none of them
    is an office's (a title, a place, an affixed word, another body): the name, though each
    is a dictionary word ("ESDM Arifin Tasrif")."""
    bodies = [i for i, w in enumerate(parts) if w.isupper() and 2 <= len(w) <= 5]
    after = parts[bodies[-1] + 1 :] if bodies else []
    if len(after) < 2 or not all(
        w[:1].isupper()
        and not _is_short_form(w)
        and w not in ONE_WORD_BODIES
        and not _is_place_word(w)
        and (folded := w.casefold()) not in TITLES
        and folded not in _PARTS_OF_BODIES
        and not _is_affixed_word(w)
        for w in after
    ):
        return None
    return " ".join(after)


# the last word of many clubs' and companies' names: "Bali United", "Manchester City", "Borneo FC"
CLUB_NAME_ENDINGS = frozenset("united city fc sc utd club group".split())


# words that open a name, as Acehnese, Javanese, Sasak, Bugis and Balinese names of rank do:
# after an office or a body's name they say where the person's name begins ("Universitas
# Padjadjaran Teuku Rezasyah", "Jubir Kemlu RI Lalu Muhammad Iqbal"; not "Anak" of Anak Agung,
# which offices hold: "Komnas Perlindungan Anak")
NAME_OPENERS = frozenset("teuku tengku cut raden andi gusti ida lalu".split())


# English titles end an office wherever they stand, as ranks do ("Commerce Minister Wang
# Wentao", "Senate Majority Leader Chuck Schumer"): they are never part of a name
ENGLISH_TITLES = frozenset(
    """president minister secretary spokesman spokeswoman spokesperson chairman chairwoman
    ambassador governor premier chancellor senator leader economist analyst strategist professor
    researcher lawyer attorney chair chairperson ceo director commissioner general justice
    judge secretary-general director-general observer expert lecturer academic scholar
    chief adviser advisor aide envoy diplomat negotiator commander mayor prosecutor
    head coach captain colonel admiral lieutenant sergeant corporal detective inspector
    superintendent sheriff speaker congressman congresswoman lawmaker cardinal archbishop rabbi
    reverend executive officer manager""".split()
)
# the legal form that ends a company's name: "Presiden Direktur PT Astra International Tbk
# Djony Bunarto Tjondro", "Direktur Utama PT Pertamina (Persero) Nicke Widyawati"
COMPANY_ENDINGS = frozenset("tbk (persero) persero inc. inc ltd. ltd corp. llc plc".split())
_OFFICE_CUTTERS = RANKS | ENGLISH_TITLES | COMPANY_ENDINGS
# what English news calls people by, beyond titles: "Joseph Dempsey, a research associate at
# the International Institute for Strategic Studies"
_ENGLISH_ROLES = frozenset(
    """fellow associate editor columnist commentator specialist historian consultant officer
    veteran founder co-founder dean rector activist campaigner legislator congressman
    congresswoman delegate representative executive author writer journalist correspondent
    reporter scientist""".split()
)
# one of these makes a phrase an office
_OFFICE_WORDS = TITLES | ROLE_WORDS | ENGLISH_TITLES | _ENGLISH_ROLES
# what an English office names after its "of": "Minister of Foreign Affairs", "Secretary of
# Health and Human Services"
ENGLISH_OFFICE_WORDS = frozenset(
    """state foreign affairs home interior justice finance trade health education commerce
    energy agriculture labour labor treasury transport transportation economy defence defense
    human services homeland security and the""".split()
)
# words that end the name of a body in English: "Foreign Ministry", "State Department"
ENGLISH_BODY_ENDINGS = frozenset(
    "ministry department agency office council commission committee bureau".split()
)
# words that open the name of a body: "Kementerian Luar Negeri Rusia", "Badan Pusat Statistik"
BODIES = frozenset(
    """kementerian badan lembaga komisi dinas departemen kepolisian kejaksaan pemerintah kantor
    markas dewan majelis mahkamah pengadilan universitas institut ministry department council
    agency commission university institute""".split()
)


def _ends_body(word: str) -> bool:
    """A last word that ends a body's name, not a person's: a place, a dictionary word or an
    acronym (``… Rusia``, ``… Statistik``, ``Kepolisian RI``)."""
    return _is_place_word(word) or is_common_word(word) or _is_short_form(word)


# what may follow a head's office before the body's name: "Direktur Utama Pertamina"
HEAD_MODIFIERS = frozenset("umum utama besar eksekutif".split())
# bodies whose name is the next word, however it looks: "Partai Gerindra", "Fraksi Golkar"
NAMED_NEXT = frozenset("partai fraksi".split())
# words followed by the name of a club, company, party or agency rather than a person's
HEADS_OF_BODIES = frozenset(
    """pelatih kepala direktur dirut manajer ceo kapten pemilik bos komisaris presdir sekjen
    ketum partai fraksi klub tim timnas bank pt perum perusahaan kementerian badan lembaga
    pemain penyerang gelandang bek kiper striker""".split()
)
# what opens a body, or a part of one, after the acronym of the body it belongs to: "Ketua DPD
# Partai Demokrat", "Ketua MUI Bidang Dakwah", "Kepala UPT Pasar Baru"
_PARTS_OF_BODIES = (
    BODIES
    | NAMED_NEXT
    | HEADS_OF_BODIES
    | frozenset(
        """bidang divisi seksi bagian biro cabang unit wilayah daerah pusat direktorat
        sekretariat satuan pasar kampung desa kelurahan kecamatan kota kabupaten provinsi
        sekolah rumah sakit pondok pesantren yayasan koperasi""".split()
    )
)


# given names that are also dictionary words, or read as affixed ones: "Budi" (kindness)
# opens Budi Gunadi Sadikin, not an office, "Budi mengatakan" names its subject, and "Julian"
# (juli + -an) opens Julian Assange
GIVEN_NAMES = frozenset(
    """budi agus dewi bayu putri putra indah wahyu cahya cahyo bintang intan sari ayu rahmat
    iman hadi adi dian eka dwi tri sri bagus mega kurnia rizki fajar surya wati tirta mutiara
    permata melati mawar ratna puspa guntur gilang arif rahman amin taufik hidayat rahayu
    lestari wulan berlian lintang bima arjuna krisna yudha satria pratama wijaya kusuma hendra
    dharma darma budiman setiawan sukma teguh slamet santoso baskara purnama candra chandra
    pertiwi muhammad mohammad siti agung andika arya bambang doni fatimah ganjar gatot gunawan
    halim hamzah hasan hatta hidayah ilham kamil maharani megawati pandu puan rahmah rini rudi
    syarif yudo
    adam damian elon henry juan julian keanu lilian maria marian mark megan paul sara selena
    serena teresa virginia
    wang""".split()  # a Chinese family name, and old Indonesian for money: Wang Yi
)


def is_given_name(word: str) -> bool:
    return word.casefold() in GIVEN_NAMES


def is_generic_word(word: str) -> bool:
    """A capitalised word that is ordinary Indonesian, not a name (``Pemerintah``, ``Media``;
    not ``Budi``)."""
    return is_common_word(word) and not is_given_name(word)


def _is_affixed_word(word: str) -> bool:
    return is_generic_word(word) and not is_root(word)


@lru_cache(maxsize=100_000)
def _is_place_word(word: str) -> bool:
    return word in PLACES or is_place(word) or is_country(word)


# shortened names of ministries written in mixed case: "Menko Polhukam Mahfud Md", "Juru
# Bicara Kemlu Teuku Faizasyah" (and every "Kemen…": Kemenlu, Kemenkeu, Kemenkes …)
OFFICE_SHORT_FORMS = frozenset(
    """polhukam marves kumham panrb kesra dikbudristek kominfo kemlu kemnaker kemhan kemkes
    kemdag kemsos kemkominfo kemkumham kemdikbud kemdikbudristek kemristek kemkeu""".split()
)


def _is_short_form(word: str) -> bool:
    """An acronym (``BNPB``; not ``I``, which opens Balinese names: I Wayan Koster) or a
    mixed-case short form of an office; one filled out to the length of the name it stood
    for, as quote extraction reads it (``CELIOS______``), too."""
    folded = word.casefold()
    return (
        word.endswith("_")
        or (word.isupper() and 2 <= len(word) <= 5)
        or folded in OFFICE_SHORT_FORMS
        or (folded.startswith("kemen") and folded != "kementerian" and len(folded) > 6)
    )


# roots that end offices and open no one's name: "Menteri Sekretaris Negara Pratikno",
# "Ketua Umum Megawati", "Duta Besar Lee Sang-deok"
OFFICE_ENDINGS = frozenset("negara negeri umum daerah nasional utama besar pusat".split())
# of those, the ones that end a body's name ("Badan Pangan Nasional"), not a head's office
# ("Ketua Umum", "Direktur Utama", "Duta Besar")
BODY_ENDINGS = OFFICE_ENDINGS - {"umum", "utama", "besar"}


def _names_a_party(word: str) -> bool:
    """A word of a party's or body's name after "Fraksi" or "Komisi": a short form, a
    dictionary word, a one-word body (``PDI Perjuangan``, ``Partai Golkar``, ``VII DPR``)."""
    return _is_short_form(word) or is_generic_word(word) or word in ONE_WORD_BODIES


def _ends_office(word: str) -> bool:
    """An office word that cannot open a two-word name (a dictionary root can: Yudo Margono)."""
    return (
        _is_place_word(word)
        or _is_short_form(word)
        or _is_affixed_word(word)
        or word.casefold() in OFFICE_ENDINGS
    )


_ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")


def _numbers_body(dropped: list[str], word: str) -> bool:
    """A numeral that numbers the body before it: "Komisi I DPR", "Kodam III/Siliwangi"."""
    return (
        bool(dropped)
        and dropped[-1].casefold() in ("komisi", "kodam")
        and bool(_ROMAN_NUMERAL.fullmatch(word.split("/")[0]))
    )


# Indonesian bodies named by one word in title case, which an office names before a person's
# name: "Ketua Bawaslu Rahmat Bagja", "Sekretaris Umum PP Muhammadiyah Abdul Mu'ti", and the
# think tanks and civil groups the news quotes most: "Ekonom senior Indef Faisal Basri"
ONE_WORD_BODIES = frozenset(
    """Bawaslu Muhammadiyah Gerindra Golkar NasDem Nasdem Perindo Hanura Polri Polda Polres
    Polsek Kodam Kodim Korem Pemprov Pemkot Pemkab Bappenas Bappeda Basarnas Kadin Apindo
    Ombudsman Setneg Setkab Bulog Pertamina Kemenlu Kemenkeu Kemenhan Kemenkes Kemendag
    Kemenag Kemenhub Kemensos Kemnaker Kementan Kemenperin Kemenkumham Kemendikbud
    Kemendikbudristek Kemenparekraf Kemenpora Kominfo Kemenkominfo Kemenko Komnas
    Kompolnas
    Polresta Polrestabes Mabes Reskrim Satreskrim Reskrimum Reskrimsus Satlantas Satnarkoba
    Lantas Intelkam Propam Humas Brimob Densus Bareskrim Baharkam Korlantas Kostrad Kopassus
    Koramil Lanud Lantamal Kejari Kejati Kejagung Puspen Pendam
    Indef Celios Walhi Kontras Perludem Formappi Hipmi Elsam""".split()
)


def _is_office_word(word: str) -> bool:
    return (
        _is_place_word(word)
        or _is_short_form(word)
        or is_generic_word(word)
        or word in ONE_WORD_BODIES
    )


def names_someone(name: str) -> bool:
    """Whether a name holds a word that is no office word: ``Presiden Rusia`` or ``Kepala
    BPBD Cianjur`` is an office that names no one."""
    return not all(map(_is_office_word, name.split()))


_PLACE_NAMES = frozenset(
    """Rusia Korea Korut Korsel China Cina Tiongkok Amerika AS Indonesia Jepang Ukraina Inggris
    Prancis Perancis Jerman India Iran Irak Israel Palestina Malaysia Singapura Australia
    Kremlin RI Utara Selatan Serikat Timur Barat Tengah Jakarta Moskow Pyongyang Washington
    Beijing Suriah Arab Saudi Mesir Turki Yordania Lebanon Yaman Qatar Afganistan Afghanistan
    Pakistan Bangladesh Thailand Vietnam Filipina Myanmar Kamboja Laos Brunei Taiwan Belanda
    Belgia Italia Spanyol Portugal Swiss Swedia Norwegia Denmark Finlandia Polandia Belarus
    Kanada Meksiko Brasil Argentina Afrika Eropa Asia Uni Selandia Baru North South U.S. US UK
    U.N. UN EU
    Russia Japan Ukraine America Britain England France Germany Italy Spain Syria Iraq Egypt
    Turkey Jordan Yemen Philippines Cambodia Netherlands Belgium Switzerland Sweden Norway
    Finland Poland Canada Mexico Brazil Africa Europe Moscow Seoul Tokyo Kyiv""".split()
)
# English adjectives of places: "the Russian leader", "Russian officials" name no one
DEMONYMS = frozenset(
    """Russian American Chinese Ukrainian Indonesian Japanese British French German Korean
    Syrian Iranian Israeli Palestinian Turkish Egyptian Indian Pakistani Taiwanese Australian
    Canadian Italian Spanish Polish Dutch European""".split()
)
PLACES = _PLACE_NAMES | DEMONYMS


def only_places(name: str) -> bool:
    """Whether a name is only a place or its adjective: ``Rusia``, ``Korea Utara``, ``Russian``
    (a relay or citation so named names no outlet); the Kremlin, where a place stands for
    the body in it, speaks."""
    if name.strip() == "Kremlin":
        return False
    return all(word in PLACES for word in name.split()) or is_place(name) or is_country(name)


def strip_places(name: str) -> str:
    """``Korea Utara Kim Jong-un`` -> ``Kim Jong-un``, ``DKI Jakarta Suharini Eliawati`` ->
    ``Suharini Eliawati``: a place (or a body's acronym) before a name of two words or more is
    where the person is from, not part of the name, and so is a place's or an outlet's
    possessive before any name (``North Korea's Kim Jong Un``, ``Russia's RIA Novosti``,
    ``Al Jazeera's Rob McBride``), and a campaign's pair of
    candidates (``Prabowo-Gibran Habiburokhman``). A body keeps its place: ``Japanese Foreign
    Ministry``."""
    parts = name.split()
    if parts and parts[-1].casefold() in ENGLISH_BODY_ENDINGS:
        return name
    possessive = next((i for i, word in enumerate(parts[:-1]) if word.endswith(("'s", "’s"))), None)
    owner = _owner(parts[: possessive + 1]) if possessive is not None else []
    # (or an outlet's: "Al Jazeera's Rob McBride", "CNN's Gawon Bae" is the outlet's reporter)
    if owner and (all(map(_is_place_word, owner)) or is_known_media(" ".join(owner))):
        parts = parts[len(owner) :]
    start = 0
    while len(parts) - start > 2 and (_is_place_word(parts[start]) or _is_short_form(parts[start])):
        start += 1
    while (
        start
        and len(parts) - start > 1
        and _TICKET.match(parts[start])
        and not _is_place_word(parts[start - 1])
    ):
        # "TKN Prabowo-Gibran Habiburokhman": the team's pair, then the person; with no team
        # before it, such a pair is a given name ("Jean-Pierre Dupont", "Leif-Eric Easley",
        # "Kazakhstan Kassym-Jomart Tokayev")
        start += 1
    return " ".join(parts[start:])


# a pair of candidates a campaign team is named after; Korean given names (Hyung-Jin,
# Jong-Un) have a short part
_TICKET = re.compile(r"^[A-Z][a-z]{3,}-[A-Z][a-z]{3,}$")


def _owner(words: list[str]) -> list[str]:
    """The words of a possessive without its ending: ``North Korea's`` -> North, Korea."""
    return [*words[:-1], words[-1][:-2]]


# "Presiden Rusia itu", "pelatih asal Korea Selatan tersebut": a person named before
# (the title past "mantan": "kata mantan Duta Besar RI untuk Belanda itu")
_PERSON_REFERENCE = re.compile(
    r"^(?:(?:mantan|eks)\s+(?=\S+\s))?(?P<title>\S+)(?:\s+\S+){0,4}\s+(?:itu|tersebut)$",
    re.IGNORECASE,
)


# words for a person that, with "itu"/"tersebut", point back as a title does: "tutur pria asal
# Kroasia itu"
PERSON_NOUNS = frozenset(
    "pria wanita perempuan lelaki sosok diplomat politisi politikus pengusaha atlet aktor "
    "aktris penyanyi tokoh kader legislator purnawirawan eks pengamat peneliti akademisi "
    "aktivis orang duta dubes "  # "orang nomor satu di Rusia itu", "mantan Dubes RI itu"
    # kin: "kata putri Megawati Soekarnoputri itu" is the daughter named before
    "putri putra anak istri suami ayah adik kakak cucu menantu".split()
)


# "pria yang akrab disapa Kang Emil itu": the person named before, by a nickname
_NICKNAMED_PERSON = re.compile(
    r"^(?P<title>\S+)\s+yang\s+(?:(?:akrab|biasa|kerap|karib)\s+)?(?:disapa|dipanggil)\s+"
    r"(?P<nickname>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:\s+(?:itu|tersebut))?$"
)


def is_pronoun(text: str) -> bool:
    """A pronoun, or a title, epithet or person noun used as one (``Presiden Rusia itu``,
    ``Bendahara Negara itu``, ``pria asal Kroasia itu``, ``pria yang akrab disapa Emil``)."""
    if text.casefold() in PRONOUNS:
        return True
    text = text.strip()
    reference = _PERSON_REFERENCE.match(text) or _NICKNAMED_PERSON.match(text)
    if reference is None:
        return False
    title, key = reference["title"], reference["title"].casefold()
    # a capitalised epithet points back too ("kata Bendahara Negara itu"), but a body named
    # with "tersebut" is that body ("Kementerian Keuangan tersebut")
    epithet = title[:1].isupper() and key not in BODIES
    return epithet or key in TITLES or key in PERSON_NOUNS


def nickname_in(text: str) -> str | None:
    """The nickname a person is described by: ``pria yang akrab disapa Kang Emil itu`` ->
    ``Kang Emil``."""
    described = _NICKNAMED_PERSON.match(text.strip())
    return described["nickname"] if described else None


def is_nicknamed(text: str) -> bool:
    return nickname_in(text) is not None


def is_reference(text: str) -> bool:
    return bool(REFERENCES.match(text.strip()))


def points_back(text: str) -> bool:
    """A form that names no one but points to someone named before: ``dia``, ``media
    tersebut``, ``Presiden Rusia itu`` (not ``pria yang akrab disapa Emil``: a nickname)."""
    text = text.strip()
    if text.casefold() in PRONOUNS or is_reference(text):
        return True
    return not is_nicknamed(text) and bool(_PERSON_REFERENCE.match(text))


# the titles and offices only a woman is called by, which "she" may look for
WOMEN_MARKERS = frozenset(
    """ms mrs madam madame miss spokeswoman chairwoman congresswoman businesswoman stateswoman
    councilwoman sportswoman queen princess duchess empress lady ibu bu nyonya""".split()
)
# forms of address, which say how a person is spoken to, not what office they hold: "Pak Joko
# Widodo", "Ibu Sri Mulyani", "Cak Imin", "Mr. Kim"
FORMS_OF_ADDRESS = frozenset(
    """pak bu bapak ibu mas mbak kang cak bung gus tuan nyonya saudara sang kiai kyai habib
    ustaz ustadz syekh romo mr mr. mrs mrs. ms ms. miss madam comrade kamerad respected""".split()
)


def only_forms_of_address(office: str) -> bool:
    return all(word.casefold() in FORMS_OF_ADDRESS for word in office.split())


# forms of address that are other words elsewhere: "Ibu Sri Mulyani", but "Ibu Kota Nusantara"
_WOMEN_ADDRESSED = frozenset({"ibu", "bu", "nyonya"})


def _for_a_woman(office: str) -> bool:
    """Whether the words before a name say a woman is named: a word of WOMEN_MARKERS, the
    forms of address only right before the name."""
    words = [w.casefold().rstrip(".") for w in office.split()]
    return any(
        w in WOMEN_MARKERS and (w not in _WOMEN_ADDRESSED or i == len(words) - 1)
        for i, w in enumerate(words)
    )


# what news calls an office by another name: "kata Kepala Negara" is the president's
OFFICE_EPITHETS = {"kepala negara": "presiden", "head of state": "president"}
# the titles of whoever leads a country or body, whom "the Russian leader" may stand for
HEAD_TITLES = frozenset(
    """president presiden prime perdana chancellor kanselir king raja chairman ketua leader
    pemimpin""".split()
)
# a head of a country or body named by what it leads, in English or Indonesian order: "the
# Russian leader", "the Kremlin chief", "pemimpin tertinggi Korea Utara"
_LED_BODY = re.compile(
    r"^(?:the\s+)?(?:(?P<before>.+?)\s+(?:supreme\s+|top\s+)?(?:leader|chief)|"
    r"(?:pemimpin|pimpinan)\s+(?:tertinggi\s+)?(?P<after>.+?))$"
)
_NUMBER_ONE = re.compile(r"^orang\s+nomor\s+(?:satu|1)\s+(?:di\s+)?")
# the seats of power news names a country's head by, and the words the country's offices open
# with: "the Kremlin chief" is a "Russian President …"
SEATS_OF_POWER = {
    "kremlin": ("russian", "rusia", "russia's"),
    "white house": ("us", "u.s.", "american", "as"),
    "blue house": ("south korean", "korea selatan", "south korea's"),
    "elysee": ("french", "prancis", "france's"),
    "élysée": ("french", "prancis", "france's"),
    "downing street": ("british", "inggris", "britain's"),
}
# the country an English adjective of place is of, as its possessive names it ("North Korea's
# Kim Jong Un" is the "North Korean leader")
COUNTRY_OF_DEMONYM = {
    "north korean": "north korea",
    "south korean": "south korea",
    "russian": "russia",
    "chinese": "china",
    "japanese": "japan",
    "ukrainian": "ukraine",
    "american": "america",
    "indonesian": "indonesia",
    "british": "britain",
    "french": "france",
    "german": "germany",
    "iranian": "iran",
    "israeli": "israel",
    "turkish": "turkey",
    "indian": "india",
}
# words before an office that make it another one: "Vice President", "mantan Sekretaris Militer
# Presiden", "Juru Bicara Presiden" (not the words of a body: "Foreign Ministry spokesperson")
_OTHER_OFFICE_WORDS = frozenset(
    """deputy vice assistant former ex eks mantan wakil sekretaris secretary staf staff
    penasihat adviser advisor asisten juru jubir spokesman spokeswoman spokesperson""".split()
)


def _qualified_alike(longer: str, shorter: str) -> bool:
    """Whether an office names another with words before it that only qualify it: "kremlin
    spokesman" is a "spokesman", "vice president" is no "president"."""
    if not longer.endswith(" " + shorter):
        return False
    return not any(w in _OTHER_OFFICE_WORDS for w in longer[: -len(shorter)].split())


_OWNER = re.compile(r"['’]s\s+")
_BODY_ENDING_WORDS = tuple(f" {word}" for word in ENGLISH_BODY_ENDINGS)


def _bare_body(name: str) -> str:
    return re.sub(r"^[Tt]he\s+", "", name)


def _body_key(name: str) -> str:
    """``Ministry of Unification``, ``the unification ministry`` and ``South Korea's
    Unification Ministry`` share the key ``unification ministry``."""
    words = name_key(_OWNER.split(name)[-1]).split()  # the body, past its owner
    if "of" in words:
        at = words.index("of")
        words = words[at + 1 :] + words[:at]
    return " ".join(words)


class NameLinker:
    """Links a short mention to the fullest name an article gives (``Peskov`` -> ``Dmitry
    Peskov``, ``Kim`` -> ``Kim Jong Un``): a known name that starts or ends with the mention's
    words and is at most two words longer, the one known name with the mention as a middle
    word (``Dasco``, for Sufmi Dasco Ahmad), or the name whose nickname it is (``Jokowi``,
    given as ``Joko Widodo (Jokowi)``)."""

    def __init__(
        self,
        known: Iterable[str],
        nicknames: Mapping[str, str] | None = None,
        offices: Mapping[str, str] | None = None,
        women: Callable[[], Iterable[str]] | None = None,
        office_set_off: Callable[[str], str | None] | None = None,
        offices_set_off: Callable[[], Iterable[tuple[str, str]]] | None = None,
    ) -> None:
        self._known = [(name, name_key(name).split()) for name in known]
        # which known names start, and which end, with each word: a mention is compared with
        # those only, so linking costs no more as an article names more people
        self._starting: dict[str, list[int]] = {}
        self._ending: dict[str, list[int]] = {}
        self._inner: dict[str, set[str]] = {}  # "dasco" -> {"Sufmi Dasco Ahmad"}
        for i, (name, tokens) in enumerate(self._known):
            if tokens:
                self._starting.setdefault(tokens[0], []).append(i)
                self._ending.setdefault(tokens[-1], []).append(i)
                for token in tokens[1:-1]:
                    self._inner.setdefault(token, set()).add(name)
        self._nicknames = {name_key(k): v for k, v in (nicknames or {}).items()}
        self._bodies: dict[str, set[str]] = {}  # "unification ministry" -> its names as given
        for name, tokens in self._known:
            if ENGLISH_BODY_ENDINGS.intersection(tokens) and (key := _body_key(name)).endswith(
                _BODY_ENDING_WORDS
            ):
                self._bodies.setdefault(key, set()).add(name)
        self._offices = [(office_key(k), v) for k, v in (offices or {}).items()]
        self._women = {name for office, name in (offices or {}).items() if _for_a_woman(office)}
        self._office_of: dict[str, str] = {}
        for office, name in (offices or {}).items():
            # (not how the person is spoken to: "Pak Joko Widodo", "Cak Imin")
            if names_an_office(office) and not only_forms_of_address(office):
                self._office_of.setdefault(name_key(name), office)
        self._linked: dict[str, str] = {}
        self._namesakes: dict[str, list[str]] = {}
        self._more_women = women  # looked for only when a pronoun asks
        # the office set off after a person's one name, looked for only when a quote asks
        self._office_set_off = office_set_off
        # the offices set off after a one name, looked for only when an office is asked (``the
        # Kremlin spokesman`` after ``Peskov, the Kremlin spokesman,``)
        self._look_for_set_off = offices_set_off
        self._set_off: list[tuple[str, str]] | None = None
        self._looked_for: set[str] = set()

    def women(self) -> set[str]:
        """The people the article names with a word only a woman is called by: ``Ms``,
        ``spokeswoman``, ``Ibu`` (kp knows no one's gender otherwise)."""
        if self._more_women is not None:
            self._women.update(self.link(name) for name in self._more_women())
            self._more_women = None
        return self._women

    def office_of(self, name: str) -> str | None:
        """The first office the article gives a person by that name (``Presiden Rusia`` for
        Vladimir Putin), or None; for a person known by one name, also one set off after it
        (``Peskov, juru bicara Kremlin,``)."""
        key = name_key(name)
        if key not in self._office_of and self._office_set_off and " " not in key:
            if key in self._looked_for:
                return None
            self._looked_for.add(key)
            if (office := self._office_set_off(name)) is None:
                return None
            self._office_of[key] = office
        return self._office_of.get(key)

    def body_called(self, phrase: str) -> str | None:
        """The one body the article named whose name the phrase gives in lower case, or the
        other way round: ``the unification ministry`` after ``the Ministry of Unification``."""
        named = self._bodies.get(_body_key(phrase), set())
        return _bare_body(next(iter(named))) if len(named) == 1 else None

    def _offices_set_off(self) -> list[tuple[str, str]]:
        if self._set_off is None:
            found = self._look_for_set_off() if self._look_for_set_off else ()
            self._set_off = [(office_key(office), self.link(name)) for office, name in found]
        return self._set_off

    def holder_of(self, office: str) -> str | None:
        """The one person the article gave an office, or None when it gave it to no one or to
        several. The office may be named shorter (``Menkes`` for ``Menteri Kesehatan RI``) or
        with a qualifier (``the Kremlin spokesman`` for ``spokesman Dmitry Peskov``), or by its
        last word (``the spokesman`` for ``Kremlin spokesman Dmitry Peskov``)."""
        key = office_key(office)
        key = OFFICE_EPITHETS.get(key, key)
        if "nomor" in key:
            key = _NUMBER_ONE.sub("pemimpin ", key)  # "orang nomor satu di Rusia"
        words = key.split()
        if not words or words[0] in INDEFINITE or TITLES.isdisjoint(words):
            # "a Kremlin spokesman" is someone else, unnamed; "Kementerian Luar Negeri Rusia"
            # (no title in it) is the ministry, not the spokeswoman introduced with it
            return None
        if not self._offices and not self._offices_set_off():
            return None
        # (an office set off after one name only when none of a fuller name's is it)
        holders = self._holders(key, self._offices) or self._holders(key, self._offices_set_off())
        if not holders and (body := _LED_BODY.match(key)):
            # "the Russian leader" after "Russian President Vladimir Putin": a head of the
            # same country or body; "the Kremlin chief" after it: a head of the country the
            # seat of power stands for; "pemimpin tertinggi Korea Utara" after "Pemimpin Korea
            # Utara Kim Jong Un", "pemimpin Rusia" after "Presiden Rusia Vladimir Putin"
            led = body["before"] or body["after"]
            countries = SEATS_OF_POWER.get(led, (led,))
            holders = {
                name
                for held, name in self._offices
                for country in countries
                if (
                    held.startswith(country + " ")
                    and any(w in HEAD_TITLES for w in held[len(country) :].split())
                )
                or (
                    held.endswith(" " + country)
                    and any(w in HEAD_TITLES for w in held[: -len(country)].split())
                )
                # "the North Korean leader" after "North Korea's Kim Jong Un", the one person
                # the article gave that country alone
                or held == COUNTRY_OF_DEMONYM.get(country)
            }
        return holders.pop() if len(holders) == 1 else None

    @staticmethod
    def _holders(key: str, offices: list[tuple[str, str]]) -> set[str]:
        """The names given an office of that key, or one it is a shorter form of."""
        return {
            name
            for held, name in offices
            if held == key
            or held.startswith(key + " ")
            or _qualified_alike(key, held)
            or _qualified_alike(held, key)  # "the spokesman" for "Kremlin spokesman …"
        }

    def link(self, name: str) -> str:
        if name not in self._linked:
            nicknamed = self._nicknames.get(name_key(name))
            # "Ani, sapaan akrab Sri Mulyani": the fullest form of the name it stands for
            self._linked[name] = self._fullest(nicknamed) if nicknamed else self._fullest(name)
        return self._linked[name]

    def namesakes(self, name: str) -> list[str]:
        """The names a mention stands for as fully when it stands for more than one (``Kim``
        for Kim Jong Un and Kim Yo Jong), for the reader to choose by where they were named;
        empty when the mention links to one name or none."""
        if name not in self._namesakes:
            self.link(name)  # which works them out
        return self._namesakes.get(name, [])

    def _fullest(self, name: str) -> str:
        tokens = name_key(name).split()
        if not tokens:
            return name
        fullest = self._fullest_names(tokens)
        self._namesakes[name] = fullest if len(fullest) > 1 else []
        if len(fullest) > 1:
            return name  # which of them is meant is not for the linker to guess
        if not fullest and len(tokens) == 1:
            # a person called by a middle name: "Dasco" for Sufmi Dasco Ahmad, when only one
            # name the article gives holds it
            inner = self._inner.get(tokens[0], set())
            if len(inner) == 1:
                return next(iter(inner))
        if not fullest and len(tokens) > 2:
            # a middle initial the article's other mention of the name has not: "Vladimir V.
            # Putin" is the Vladimir Putin named
            plain = [tokens[0], *(t for t in tokens[1:-1] if len(t) > 1), tokens[-1]]
            same = {
                known
                for known, known_tokens in (
                    self._known[i] for i in self._starting.get(plain[0], ())
                )
                if known_tokens == plain and plain != tokens
            }
            if len(same) == 1:
                return same.pop()
        if not fullest and "-" in name:
            # one spelling for a name the article writes two ways ("Kim Jong-un" and "Kim Jong
            # Un"): the spaced one
            return next(
                (
                    known
                    for known, known_tokens in (
                        self._known[i] for i in self._starting.get(tokens[0], ())
                    )
                    if known_tokens == tokens and "-" not in known
                ),
                name,
            )
        return fullest[0] if fullest else name

    def _fullest_names(self, tokens: list[str]) -> list[str]:
        """The longest known names, one per person, that start or end with the tokens and are
        longer than them."""
        best: dict[tuple[str, ...], str] = {}
        best_size = len(tokens)
        near = {*self._starting.get(tokens[0], ()), *self._ending.get(tokens[-1], ())}
        for candidate, candidate_tokens in (self._known[i] for i in sorted(near)):
            size = len(candidate_tokens)
            extra = (
                MAX_LINK_EXTRA_WORDS
                if candidate_tokens[0] in BODIES
                else MAX_LINK_EXTRA_WORDS_TO_A_PERSON
            )
            if not best_size <= size <= len(tokens) + extra or size == len(tokens):
                continue
            if (
                candidate_tokens[: len(tokens)] == tokens
                or candidate_tokens[-len(tokens) :] == tokens
            ):
                if size > best_size:
                    best, best_size = {}, size
                best.setdefault(tuple(candidate_tokens), candidate)
        return list(best.values())


def _alias_files(corpus_root: Path | None) -> list[Path]:
    files = [Path(os.environ["KP_ALIASES"])] if os.environ.get("KP_ALIASES") else []
    if corpus_root is not None:
        files.append(corpus_root / ALIASES_NAME)
    return files


def aliases_state(corpus_root: Path | None) -> str:
    """Changes whenever an alias file appears, changes or goes."""
    parts = []
    for path in _alias_files(corpus_root):
        try:
            st = path.stat()
            parts.append(f"{path!r}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{path!r}:-")
    return "|".join(parts)


# names Indonesian news gives the best-known public figures without ever writing the full
# name beside them; only nicknames no one else goes by ("Emil" and "Mega" are not here)
WELL_KNOWN_NICKNAMES = {
    "Jokowi": "Joko Widodo",
    "SBY": "Susilo Bambang Yudhoyono",
    "Ahok": "Basuki Tjahaja Purnama",
    "BTP": "Basuki Tjahaja Purnama",
    "Gus Dur": "Abdurrahman Wahid",
    "Cak Imin": "Muhaimin Iskandar",
    "Imin": "Muhaimin Iskandar",
    "Zulhas": "Zulkifli Hasan",
    "AHY": "Agus Harimurti Yudhoyono",
    "Bamsoet": "Bambang Soesatyo",
    "LBP": "Luhut Binsar Pandjaitan",
    "Risma": "Tri Rismaharini",
}


def load_aliases(corpus_root: Path | None) -> dict[str, str]:
    """Aliases: ``{"alias": "Canonical Name"}``, the well-known nicknames first, then the
    user's from ``$KP_ALIASES`` or ``kp-aliases.json`` at the corpus root (which win). Keys
    are matched case-insensitively."""
    aliases = {name_key(k): v for k, v in WELL_KNOWN_NICKNAMES.items()}
    for _, found, _ in _alias_files_read(corpus_root, aliases_state(corpus_root)):
        aliases.update({name_key(k): v for k, v in found.items()})
    return aliases


def alias_problems(corpus_root: Path | None) -> list[tuple[str, str]]:
    """(file, what is wrong) for each alias file kp cannot apply in full, so the user hears
    of it instead of seeing aliases stop working without a word."""
    return [
        (str(path), problem)
        for path, _, problem in _alias_files_read(corpus_root, aliases_state(corpus_root))
        if problem
    ]


@lru_cache(maxsize=4)
def _alias_files_read(
    corpus_root: Path | None, state: str
) -> tuple[tuple[Path, dict[str, str], str | None], ...]:
    """Each alias file with its aliases and problem, read once while ``state`` (the files'
    sizes and times) stays the same: a command asks for both."""
    del state  # (only part of the cache key)
    return tuple((path, *_read_alias_file(path, corpus_root)) for path in _alias_files(corpus_root))


MAX_ALIAS_FILE_BYTES = 16 * 1024 * 1024


def _read_alias_file(path: Path, corpus_root: Path | None) -> tuple[dict[str, str], str | None]:
    """The aliases of a user's file that can be applied, and what is wrong with the rest (a
    file missing at the corpus root is no problem: it is optional there)."""
    try:
        loaded = parse_json(read_regular(path, MAX_ALIAS_FILE_BYTES).decode("utf-8"))
    except FileNotFoundError:
        at_root = corpus_root is not None and path == corpus_root / ALIASES_NAME
        return {}, None if at_root else "no such file ($KP_ALIASES names it)"
    except (OSError, FileProblem) as exc:
        return {}, f"aliases not applied: cannot read: {getattr(exc, 'strerror', None) or exc}"
    except ValueError as exc:  # UnicodeDecodeError too
        return {}, f"aliases not applied: not valid JSON ({exc})"
    if not isinstance(loaded, dict):
        return {}, 'aliases not applied: not one JSON object {"alias": "Canonical Name", …}'
    named = {k: v for k, v in loaded.items() if isinstance(v, str) and v.strip()}
    unnamed = [k for k in loaded if k not in named]
    if unnamed:
        listed = ", ".join(repr(k) for k in unnamed[:3]) + (" …" if len(unnamed) > 3 else "")
        return named, f"{listed} not applied: an alias's value must be a name in quotes"
    return named, None


def speaker_matches(query: str, speaker: str, as_written: Iterable[str]) -> bool:
    """Whether a user's ``--speaker`` means this speaker: a part of the name (``peskov``), the
    full name, a typo (``Peskof``), or a role the text gives them (``juru bicara Kremlin``)."""
    wanted = name_key(query).split()
    if not wanted:
        return False
    if is_known_media(query) and display_name(query) == speaker:
        return True  # "Korean Central News Agency" is KCNA
    names = name_key(speaker).split()
    if all(any(_close(w, n) for n in names) for w in wanted):
        return True
    joined = f" {' '.join(wanted)} "  # whole words: "Kim" is not in "hakim konstitusi"
    if any(joined in f" {name_key(written)} " for written in as_written):
        return True
    # an office written short: "Menlu" is any "Menteri Luar Negeri …" given, in full or short
    asked = office_key(query)
    given = [f" {office_key(w)} " for w in as_written]
    office = f" {asked} "
    if office != joined and any(office in written for written in given):
        return True
    # an office asked in the other language, its words in either order: "Kremlin spokesman"
    # is "juru bicara Kremlin", "Presiden Rusia" "Russian President"
    wanted_words = _office_in_words(asked)
    return wanted_words is not None and any(
        all(any(f" {word} " in written for word in alike) for alike in wanted_words)
        for written in given
    )


# the words of offices and countries that mean the same in English and Indonesian
_ALIKE_IN_OFFICES = [
    ("prime minister", "perdana menteri"),
    ("foreign minister", "menteri luar negeri", "menlu"),
    ("defence minister", "defense minister", "menteri pertahanan", "menhan"),
    ("foreign ministry", "kementerian luar negeri", "kemlu"),
    ("spokesman", "spokeswoman", "spokesperson", "juru bicara", "jubir"),
    ("president", "presiden"),
    ("minister", "menteri"),
    ("leader", "pemimpin"),
    ("ambassador", "duta besar", "dubes"),
    ("governor", "gubernur"),
    ("mayor", "wali kota", "walikota"),
    ("russian", "russia", "rusia"),
    ("north korean", "north korea", "korea utara", "korut"),
    ("south korean", "south korea", "korea selatan", "korsel"),
    ("chinese", "china", "tiongkok"),
    ("indonesian", "indonesia"),
]
_ALIKE = {word: alike for alike in _ALIKE_IN_OFFICES for word in alike}


@lru_cache(maxsize=1)
def _alike_words() -> re.Pattern[str]:
    """Those words, longest first (compiled when a --speaker first asks, not on every start)."""
    return re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, _ALIKE), key=len, reverse=True))})\b")


@lru_cache(maxsize=64)
def _office_in_words(office: str) -> tuple[tuple[str, ...], ...] | None:
    """The words of an office to find, each with those that mean the same in the other
    language ("kremlin spokesman" -> [("spokesman", …, "juru bicara", "jubir"),
    ("kremlin",)]); None when it holds no word kp knows in both."""
    alike_words = _alike_words()
    found = [_ALIKE[m.group()] for m in alike_words.finditer(office)]
    if not found:
        return None
    return (*found, *((word,) for word in alike_words.sub(" ", office).split()))


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    edits = auto_edits(a)
    return edits > 0 and OSA.distance(a, b, score_cutoff=edits) <= edits
