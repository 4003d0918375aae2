"""Names of news outlets and agencies: display names, slugs, and recognising a name as media."""

from __future__ import annotations

import re
from functools import lru_cache

# Lookup key (see ``media_key``) -> display name. Covers the national Indonesian outlets and the
# agencies they cite most; any other name falls back to a tidy form of what the text says.
KNOWN_MEDIA: dict[str, str] = {
    "andalpost": "AndalPost",
    "antara": "ANTARA",
    "antaranews": "ANTARA",
    "ap": "AP",
    "apnews": "AP",
    "associatedpress": "AP",
    "theassociatedpress": "AP",
    "afp": "AFP",
    "agencefrancepresse": "AFP",
    "aljazeera": "Al Jazeera",
    "bbc": "BBC",
    "bbcnewsindonesia": "BBC News Indonesia",
    "beritasatu": "BeritaSatu",
    "bisnis": "Bisnis.com",
    "bloomberg": "Bloomberg",
    "cbc": "CBC",
    "cna": "Channel News Asia",
    "channelnewsasia": "Channel News Asia",
    "cnbcindonesia": "CNBC Indonesia",
    "cnn": "CNN",
    "cnnindonesia": "CNN Indonesia",
    "detik": "detikcom",
    "detikcom": "detikcom",
    "detiknews": "detikcom",
    "idntimes": "IDN Times",
    "inews": "iNews",
    "interfax": "Interfax",
    "jabarekspres": "Jabar Ekspres",
    "jawapos": "Jawa Pos",
    "jpnn": "JPNN",
    "kcna": "KCNA",
    "koreancentralnewsagency": "KCNA",
    "katadata": "Katadata",
    "kompas": "Kompas",
    "kompastv": "Kompas TV",
    "kontan": "Kontan",
    "kumparan": "kumparan",
    "kumparannews": "kumparan",
    "kumparanbisnis": "kumparan",
    "kyodo": "Kyodo",
    "liputan6": "Liputan6",
    "mediaindonesia": "Media Indonesia",
    "merdeka": "Merdeka",
    "nhk": "NHK",
    "nknews": "NK News",
    "nytimes": "The New York Times",
    "newyorktimes": "The New York Times",
    "thenewyorktimes": "The New York Times",
    "okezone": "Okezone",
    "rappler": "Rappler",
    "republika": "Republika",
    "reuters": "Reuters",
    "ria": "RIA Novosti",  # RIA, "the RIA news agency"
    "rianovosti": "RIA Novosti",
    "scmp": "South China Morning Post",
    "southchinamorningpost": "South China Morning Post",
    "sindonews": "SINDOnews",
    "sputnik": "Sputnik",
    "suara": "Suara.com",
    "tass": "TASS",
    "tempo": "Tempo",
    "theguardian": "The Guardian",
    "guardian": "The Guardian",
    "thejakartapost": "The Jakarta Post",
    "jakartapost": "The Jakarta Post",
    "tirto": "Tirto",
    "trenasia": "TrenAsia",
    "tribunnews": "Tribunnews",
    "viva": "VIVA",
    "washingtonpost": "The Washington Post",
    "wongkito": "Wongkito",
    "straitstimes": "The Straits Times",
    "medcom": "Medcom",
    "metrotvnews": "Metro TV",
    "voaindonesia": "VOA Indonesia",
    "xinhua": "Xinhua",
    "newscn": "Xinhua",  # its site, news.cn
    "yonhap": "Yonhap",
    # more agencies and papers that Indonesian and English reports cite
    "wsj": "The Wall Street Journal",
    "wallstreetjournal": "The Wall Street Journal",
    "thewallstreetjournal": "The Wall Street Journal",
    "financialtimes": "Financial Times",
    "ft": "Financial Times",
    "thefinancialtimes": "Financial Times",
    "nikkei": "Nikkei",
    "nikkeiasia": "Nikkei Asia",
    "theeconomist": "The Economist",
    "politico": "Politico",
    "axios": "Axios",
    "cnbc": "CNBC",
    "foxnews": "Fox News",
    "nbcnews": "NBC News",
    "cbsnews": "CBS News",
    "abcnews": "ABC News",
    "skynews": "Sky News",
    "npr": "NPR",
    "voa": "Voice of America",
    "voiceofamerica": "Voice of America",
    "rfa": "Radio Free Asia",
    "radiofreeasia": "Radio Free Asia",
    "dw": "DW",
    "deutschewelle": "DW",
    "euronews": "Euronews",
    "lemonde": "Le Monde",
    "derspiegel": "Der Spiegel",
    "spiegel": "Der Spiegel",
    "theindependent": "The Independent",
    "thetelegraph": "The Telegraph",
    "dailymail": "Daily Mail",
    "izvestia": "Izvestia",
    "kommersant": "Kommersant",
    "globaltimes": "Global Times",
    "cgtn": "CGTN",
    "peoplesdaily": "People's Daily",
    "rodongsinmun": "Rodong Sinmun",
    "krt": "KRT",  # North Korea's state television
    "koreancentraltelevision": "KRT",
    "kctv": "KRT",  # its name abroad
    "ytn": "YTN",
    "mbc": "MBC",
    "sbs": "SBS",
    "jtbc": "JTBC",
    "newsis": "Newsis",
    "mainichi": "Mainichi Shimbun",
    "mainichishimbun": "Mainichi Shimbun",
    "kbs": "KBS",
    "koreanbroadcastingsystem": "KBS",
    "dailynk": "Daily NK",
    "koreaherald": "The Korea Herald",
    "thekoreaherald": "The Korea Herald",
    "koreajoongangdaily": "Korea JoongAng Daily",
    "chosunilbo": "Chosun Ilbo",
    "kyodonews": "Kyodo",
    "asahi": "Asahi Shimbun",
    "asahishimbun": "Asahi Shimbun",
    "yomiuri": "Yomiuri Shimbun",
    "yomiurishimbun": "Yomiuri Shimbun",
    "france24": "France 24",
    "newsweek": "Newsweek",
    "cctv": "CCTV",
    "hankyoreh": "The Hankyoreh",
    "thehankyoreh": "The Hankyoreh",
    "hanicokr": "The Hankyoreh",  # its domain, hani.co.kr, whole: "Hani" alone is a name
    "moscowtimes": "The Moscow Times",
    "themoscowtimes": "The Moscow Times",
    "38north": "38 North",
    # more Indonesian outlets
    "inilahcom": "Inilah.com",
    "rmol": "RMOL",
    "mongabay": "Mongabay",
    "bernama": "Bernama",
    "astroawani": "Astro Awani",
    "awani": "Astro Awani",
    "dpa": "dpa",
    "deutschepresseagentur": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "tvrinews": "TVRI",
    "rri": "RRI",
    "dwindonesia": "DW Indonesia",
    "voanews": "Voice of America",
    "thestar": "The Star",
    "newstraitstimes": "New Straits Times",
    "malaymail": "Malay Mail",
    "inquirer": "Inquirer",
    "bangkokpost": "Bangkok Post",
    "vnexpress": "VnExpress",
    "timesofindia": "The Times of India",
    "thehindu": "The Hindu",
    "arabnews": "Arab News",
    "alarabiya": "Al Arabiya",
    "anadolu": "Anadolu",
    "anadoluagency": "Anadolu",
    "haaretz": "Haaretz",
    "timesofisrael": "The Times of Israel",
    "thetimesofisrael": "The Times of Israel",
    "kyivindependent": "The Kyiv Independent",
    "thekyivindependent": "The Kyiv Independent",
    "ukrinform": "Ukrinform",
    "meduza": "Meduza",
    "jakartaglobe": "Jakarta Globe",
    "thejakartaglobe": "Jakarta Globe",
    "pikiranrakyat": "Pikiran Rakyat",
    "solopos": "Solopos",
    "harianjogja": "Harian Jogja",
    "tvri": "TVRI",
    "tvonenews": "tvOne",
    "tvone": "tvOne",
    "gatra": "Gatra",
    "investordaily": "Investor Daily",
    "wartaekonomi": "Warta Ekonomi",
    "tribunjabar": "Tribun Jabar",
    "ayobandung": "Ayobandung",
    "radarbogor": "Radar Bogor",
    "koreatimes": "The Korea Times",
    "thekoreatimes": "The Korea Times",
    "joongangdaily": "Korea JoongAng Daily",
    "chosun": "Chosun Ilbo",
    # the domains of their writers' addresses: "dagyumji@heraldcorp.com", "…@yna.co.kr"
    "heraldcorp": "The Korea Herald",
    "yna": "Yonhap",
    "thediplomat": "The Diplomat",
    "japantimes": "The Japan Times",
    "thejapantimes": "The Japan Times",
    "usatoday": "USA Today",
    "latimes": "Los Angeles Times",
    "losangelestimes": "Los Angeles Times",
    "rferl": "RFE/RL",
    "rfe": "RFE/RL",
    "radiofreeeuroperadioliberty": "RFE/RL",
    "sydneymorningherald": "The Sydney Morning Herald",
    "thesydneymorningherald": "The Sydney Morning Herald",
    "smh": "The Sydney Morning Herald",
    "hindustantimes": "Hindustan Times",
    "ndtv": "NDTV",
    # regional and national papers whose names end in words that are outlets of their own
    # ("Rakyat Merdeka" is no Merdeka, "Suara Merdeka" no Suara.com)
    "suaramerdeka": "Suara Merdeka",
    "rakyatmerdeka": "Rakyat Merdeka",
    "suarapembaruan": "Suara Pembaruan",
    "suarasurabaya": "Suara Surabaya",
    "timesindonesia": "TIMES Indonesia",
    "kedaulatanrakyat": "Kedaulatan Rakyat",
    "krjogja": "Kedaulatan Rakyat",
    "balipost": "Bali Post",
    "serambinews": "Serambi Indonesia",
    "serambiindonesia": "Serambi Indonesia",
    "lampungpost": "Lampung Post",
    "banjarmasinpost": "Banjarmasin Post",
    "manadopost": "Manado Post",
    "riaupos": "Riau Pos",
    "sumutpos": "Sumut Pos",
    "padangekspres": "Padang Ekspres",
    "pontianakpost": "Pontianak Post",
    "kaltimpost": "Kaltim Post",
    "sripoku": "Sriwijaya Post",
    "bangkapos": "Bangka Pos",
    "korantempo": "Koran Tempo",
    "wartakota": "Warta Kota",
    "poskota": "Pos Kota",
    "idxchannel": "IDX Channel",
}
# networks whose papers are named by their region, run into one word on their sites:
# TRIBUNJATIM.COM is Tribun Jatim, RADARGRESIK Radar Gresik
_NETWORKS = ("Tribun", "Radar")

# what English reports put between "by the" and an agency's name: "quoted by the state-run
# Korean Central News Agency"
AGENCY_QUALIFIERS = "state-run|state-owned|state|official|semi-official"
# the kind of outlet English names after its name: "Yonhap news agency", "the Asahi newspaper"
OUTLET_KINDS = r"news\s+agency|agency|newspaper|daily|broadcaster"

# the endings of news sites' web addresses, as datelines and bylines write them (TEMPO.CO,
# JPNN.com, tirto.id)
WEB_DOMAIN_ENDINGS = "com|co|id|net|org|tv"
_DOMAIN_TAIL = re.compile(
    rf"(\.({WEB_DOMAIN_ENDINGS}|news|my|sg|kr|jp|uk|au|ru|cn|ph|th|vn|in))+$", re.IGNORECASE
)


@lru_cache(maxsize=100_000)
def media_key(name: str) -> str:
    """A lookup key: ``TEMPO.CO`` -> ``tempo``, ``www.trenasia.com`` -> ``trenasia``. Cached:
    quote extraction asks it of every speaker."""
    name = re.sub(r"^(https?://)?(www\.)?", "", name.strip(), flags=re.IGNORECASE)
    whole = re.sub(r"[^0-9a-z]", "", name.split("/")[0].casefold())
    if whole in KNOWN_MEDIA:
        return whole  # "KOMPAS.TV" is Kompas TV, not Kompas
    name = _DOMAIN_TAIL.sub("", name.split("/")[0])
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def _known_key(name: str) -> str | None:
    """The key of the listed outlet a name is, or of the agency it names in full: ``Yonhap
    News Agency`` and ``the Korean Central News Agency`` are Yonhap and KCNA."""
    key = media_key(name)
    # (with or without the article before it: "The Korean Central News Agency said …")
    for candidate in (key, key[len("the") :] if key.startswith("the") else ""):
        if candidate in KNOWN_MEDIA:
            return candidate
        if candidate.endswith("newsagency") and candidate[: -len("newsagency")] in KNOWN_MEDIA:
            return candidate[: -len("newsagency")]
    return None


@lru_cache(maxsize=100_000)
def is_known_media(name: str) -> bool:
    """A listed outlet, or a listed outlet's news brand or agency: ``BBC News``, ``Reuters
    News``, ``Yonhap News Agency``."""
    key = media_key(name)
    return _known_key(name) is not None or (
        key.endswith("news") and key[: -len("news")] in KNOWN_MEDIA
    )


def same_outlet(one: str, other: str) -> bool:
    """Whether two names are one outlet's, its news brand or not: ``BBC News`` is the BBC
    (``CNN Indonesia`` is no CNN: a newsroom of its own)."""
    keys = [media_key(name).removesuffix("news") for name in (one, other)]
    return bool(keys[0]) and keys[0] == keys[1]


def site_of_url(url: str) -> str | None:
    """The site an article's URL is on, as an outlet name: ``https://dunia.tempo.co/read/…``
    -> ``tempo.co`` (a known outlet, whatever the subdomain), else the registered domain
    (``berita.example.co.id`` -> ``example.co.id``)."""
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.IGNORECASE)
    host = host.split("/")[0].split("?")[0].split("@")[-1].split(":")[0].casefold()
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2 or not all(re.fullmatch(r"[a-z0-9-]+", label) for label in labels):
        return None
    for start in range(len(labels) - 1):
        if is_known_media(".".join(labels[start:])):
            return ".".join(labels[start:])
    # a known outlet on another's domain: "koreajoongangdaily.joins.com"
    known = next((label for label in labels[:-2] if label in KNOWN_MEDIA), None)
    if known:
        return known
    # a country's second level (co.id, go.id, co.uk, com.au) belongs to the domain
    second_level = len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3
    return ".".join(labels[-3:] if second_level else labels[-2:])


_WEB_ADDRESS = re.compile(r"^https?://\S+$", re.IGNORECASE)


def is_web_address(text: str) -> bool:
    return _WEB_ADDRESS.match(text.strip()) is not None


_HOSTNAME = re.compile(r"^(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/?$", re.IGNORECASE)


def display_name(name: str) -> str:
    """The display name of an outlet or agency as written in a dateline, credit or domain
    (a subdomain names its site: ``nasional.kompas.com`` is Kompas)."""
    written = name.strip()
    if "." in written and (_HOSTNAME.match(written) or is_web_address(written)):
        # (a page's address too, as trafilatura's "source" gives it)
        site = site_of_url(written)
        # the site as the text writes it, capitals and all: "NusaBali.com" is NusaBali
        name = written[-len(site) :] if site and written.casefold().endswith(site) else site or name
    key = _known_key(name)
    if key:
        return KNOWN_MEDIA[key]
    bare = re.sub(r"^(https?://)?(www\.)?", "", name.strip(), flags=re.IGNORECASE)
    bare = _DOMAIN_TAIL.sub("", bare.split("/")[0]).strip(" .,-")
    for network in _NETWORKS:
        region = bare[len(network) :].lstrip("-")  # TRIBUN-MEDAN.com
        if (
            bare.casefold().startswith(network.casefold())
            and region.isalpha()
            and len(region) > 2
            and not region.casefold().startswith("news")  # TribunnewsDepok: Tribunnews' own
        ):
            return f"{network} {region.capitalize()}"
    if bare.isupper() and len(bare) > 4:
        return " ".join(w.capitalize() for w in bare.split())
    return bare[:1].upper() + bare[1:] if bare else name.strip()


def slugify(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", name.casefold()).strip("-") or "unknown"


MAX_MEDIA_NAME_WORDS = 6  # "The Times of Israel", "Korean Central News Agency"


# the last words of known outlets' names: a longer name ending otherwise ends with none of them
_MEDIA_LAST_WORDS = frozenset(KNOWN_MEDIA) | {
    media_key(shown.split()[-1]) for shown in KNOWN_MEDIA.values()
}


@lru_cache(maxsize=100_000)
def known_media_in(name: str) -> str | None:
    """A known outlet a name is, or ends with: ``Korea Utara KCNA`` (after *media pemerintah*)
    and ``Seoul/Hong Kong CNN`` (a dateline) end with one."""
    if is_known_media(name):
        return name
    words = name.split()
    if len(words) < 2 or media_key(words[-1]) not in _MEDIA_LAST_WORDS:
        return None
    for start in range(max(1, len(words) - MAX_MEDIA_NAME_WORDS), len(words)):
        if is_known_media(" ".join(words[start:])):
            return " ".join(words[start:])
    return None
