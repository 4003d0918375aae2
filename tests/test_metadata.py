from __future__ import annotations

import datetime as dt

import pytest

from conftest import SEEDS, article_of, load_jsonl
from kimputin_cli.dates import find_dates, normalize_date
from kimputin_cli.metadata import build_article
from kimputin_cli.quotes import extract_quotes
from kimputin_cli.reader import SourceDoc, read_file

EXPECTED = load_jsonl("seed-articles.jsonl")


@pytest.mark.parametrize("expected", EXPECTED, ids=[str(e["file"]) for e in EXPECTED])
def test_seed_metadata_matches_acceptance(expected: dict[str, object]) -> None:
    path = SEEDS / str(expected["file"])
    article = build_article(read_file(path, path.name).docs[0])
    assert article.outlet == expected["outlet"]
    assert article.title == expected["title"]
    assert article.date == expected["date"]
    assert set(article.cites) == set(expected["cites"])  # type: ignore[arg-type]
    assert article.id.startswith(f"{article.outlet_slug}-{article.date.replace('-', '')}-")


def test_seed_date_basis_and_people() -> None:
    by_file = {}
    for path in sorted(SEEDS.glob("*.txt")):
        by_file[path.name[:3]] = build_article(read_file(path, path.name).docs[0])
    assert by_file["000"].date_basis == "inferred"  # an event date, no reporting cue
    assert by_file["001"].date_basis == "stated"  # "dikutip dari ..., Kamis (14/9/2023)"
    assert by_file["001"].editor == "Sonya Michaella"
    assert by_file["004"].byline == "Distika Safara Setianda"
    assert by_file["004"].field_sources["outlet"] == "dateline"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pada Kamis (14/9/2023) lalu", dt.date(2023, 9, 14)),
        ("Rabu, 13 September 2023", dt.date(2023, 9, 13)),
        ("Senin, 2 Januari 2024", dt.date(2024, 1, 2)),
        ("terbit 17 Agustus 1945.", dt.date(1945, 8, 17)),
        ("dated 2023-09-14", dt.date(2023, 9, 14)),
        ("on September 14, 2023", dt.date(2023, 9, 14)),
        ("Jumat, 5 Des 2025", dt.date(2025, 12, 5)),
        ("Published Oct 3 2023", dt.date(2023, 10, 3)),
        ("on the 3rd October, 2023", dt.date(2023, 10, 3)),
        ("October 3rd, 2023", dt.date(2023, 10, 3)),
        ("Kamis 14-09-2023", dt.date(2023, 9, 14)),
        ("diperbarui 14.09.2023", dt.date(2023, 9, 14)),
        ("harga 3.500.2023 dan telepon 021-12-2023", None),
        ("pada Rabu (13/9/23) malam", dt.date(2023, 9, 13)),
        ("pada Kamis (13/9/23) malam", None),  # 13 September 2023 was a Wednesday
        ("rasio 13/9/23 persen", None),
        ("Kamis, 02 Nop 2023", dt.date(2023, 11, 2)),  # Nopember, the older spelling
        ("7 Mrt 2024", dt.date(2024, 3, 7)),
    ],
)
def test_indonesian_dates_parse(text: str, expected: dt.date | None) -> None:
    assert [d for d, _, _ in find_dates(text)] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "value",
    [
        "2023-10-03T10:00:00+07:00",
        "2023/10/03 10:00",
        "20231003",
        "03-10-2023",
        "03.10.2023",
        "Tue, 03 Oct 2023 10:00:00 GMT",
        "1696291200",
        "1696291200000",
        "03/10/2023",
        "03-Oct-2023",
        # two-digit years, as exports write them; the CJK sites' own form
        "03-Oct-23",
        "03/10/23",
        "2023年10月3日",
        "2023년 10월 3일",
    ],
)
def test_metadata_date_values(value: str) -> None:
    assert normalize_date(value) == "2023-10-03"


def test_a_date_that_can_only_be_month_first_is_read_so() -> None:
    assert normalize_date("09/14/2023 10:00 PM") == "2023-09-14"  # as US exports write it
    assert normalize_date("2023-14-09") is None  # year first is year, month, day
    assert normalize_date("31/02/23") is None
    assert normalize_date("01/01/70") == "1970-01-01"  # as strptime's %y reads it
    # and in the text, as US sites print it
    assert [d for d, _, _ in find_dates("Posted: 9/14/2023 10:15 AM")] == [dt.date(2023, 9, 14)]
    assert [d for d, _, _ in find_dates("Kamis (14/9/2023)")] == [dt.date(2023, 9, 14)]
    assert find_dates("2023/14/09") == []


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("SINGAPORE: Kim arrived in Russia on Tuesday (Sep 12) for talks.", "2023-09-12"),
        ("SEOUL, Sept 12 (Reuters) - Kim arrived in Russia on Tuesday for talks.", "2023-09-12"),
        ("SEOUL, Sept 12 (Reuters) - Kim arrived on Tuesday and left on Wednesday.", None),
    ],
)
def test_an_english_day_without_its_year_takes_the_year_whose_weekday_fits(
    lead: str, date: str | None
) -> None:
    article = article_of(f"Kim arrives\n\n{lead} It is his first trip since 2019. 2023.\n")
    assert article.date == date


@pytest.mark.parametrize(
    ("year_said", "date"),
    [("Target 2023 tercapai.", "2023-10-05"), ("Pemilu 2024 segera.", None), ("", None)],
)
def test_a_day_without_its_year_takes_the_year_whose_weekday_fits(
    year_said: str, date: str | None
) -> None:
    text = f"Jakarta, CNN Indonesia -- Harga beras turun, Kamis (5/10). {year_said}\n"
    article = article_of(text)
    assert (article.date, article.date_basis) == (date, "inferred" if date else None)


def test_impossible_dates_are_ignored() -> None:
    assert find_dates("Kamis (30/2/2023) dan 31 April 2023") == []


@pytest.mark.parametrize(
    ("dateline", "outlet", "slug"),
    [
        ("JAKARTA, KOMPAS.com - Presiden menyampaikan pidato.", "Kompas", "kompas"),
        ("Liputan6.com, Jakarta - Menteri Keuangan Sri Mulyani berkata.", "Liputan6", "liputan6"),
        ("Jakarta, CNN Indonesia -- Harga beras naik lagi.", "CNN Indonesia", "cnn-indonesia"),
        (
            "BANDUNG, Radar Priangan – Hujan deras mengguyur kota.",
            "Radar Priangan",
            "radar-priangan",
        ),
        ("SURABAYA, SUARASURABAYA.NET - Warga antre minyak.", "Suara Surabaya", "suara-surabaya"),
        (
            "BANDA ACEH, Serambi Indonesia - Banjir melanda.",
            "Serambi Indonesia",
            "serambi-indonesia",
        ),
        ("JPNN.com JAKARTA - Harga beras naik lagi.", "JPNN", "jpnn"),
        ("HARIANJOGJA.COM, SLEMAN- Hujan deras mengguyur kota.", "Harian Jogja", "harian-jogja"),
        ("JawaPos.com–Hujan deras mengguyur kota sejak pagi.", "Jawa Pos", "jawa-pos"),
        ("JAKARTA, JawaPos.com– Hujan deras mengguyur kota sejak pagi.", "Jawa Pos", "jawa-pos"),
        ("JAKARTA, Lampost.co-- Hujan deras mengguyur kota sejak pagi.", "Lampost", "lampost"),
        # a long dash glued to the place and the story
        ("Bisnis.com, JAKARTA—Hujan deras mengguyur kota sejak pagi.", "Bisnis.com", "bisnis-com"),
        ("TEMPO.CO, Jakarta—Hujan deras mengguyur kota sejak pagi.", "Tempo", "tempo"),
        ("JAKARTA, kumparan - Harga beras naik lagi.", "kumparan", "kumparan"),
        ("kumparan - Harga beras naik lagi.", "kumparan", "kumparan"),
        ("Seoul/Hong Kong CNN — Kim Jong Un has arrived in Russia.", "CNN", "cnn"),
        ("Medcom.id, Jakarta: Harga beras naik lagi.", "Medcom", "medcom"),
        ("VLADIVOSTOK, September 13. /TASS/. Putin and Kim held talks.", "TASS", "tass"),
        ("KOMPAS.TV - Harga beras naik lagi.", "Kompas TV", "kompas-tv"),
        ("JAKARTA, NusaBali.com - Harga beras naik lagi.", "NusaBali", "nusabali"),
        ("Hops.ID - Harga beras naik lagi.", "Hops", "hops"),
        ("SEOUL, Sept. 12 (Yonhap) -- Kim has arrived in Russia.", "Yonhap", "yonhap"),
        # an outlet's section: not "VIVA Dunia", nor Bisnis.com for "VIVA Bisnis"
        ("VIVA Dunia - Kim Jong Un berjanji mendukung penuh Rusia.", "VIVA", "viva"),
        ("VIVA Bisnis – Harga beras naik lagi.", "VIVA", "viva"),
        # papers whose names end with another outlet's, and regional papers of a network
        ("JAKARTA, Rakyat Merdeka - Harga beras naik lagi.", "Rakyat Merdeka", "rakyat-merdeka"),
        ("SUARAMERDEKA.COM - Harga beras naik lagi.", "Suara Merdeka", "suara-merdeka"),
        ("TRIBUN-MEDAN.com - Harga beras naik lagi.", "Tribun Medan", "tribun-medan"),
        ("GRESIK, RADARGRESIK - Harga beras naik lagi.", "Radar Gresik", "radar-gresik"),
    ],
)
def test_outlets_from_other_datelines(dateline: str, outlet: str, slug: str) -> None:
    article = article_of(f"Judul Berita Hari Ini\n\n{dateline}\n")
    assert (article.outlet, article.outlet_slug) == (outlet, slug)
    assert article.title == "Judul Berita Hari Ini"


@pytest.mark.parametrize(
    "dateline",
    [
        "JAKARTA - Presiden",
        "NEW YORK - Sidang",
        "JAKARTA, Sabtu",
        "10.15 WIB - Presiden",
        # a town no list holds, in capitals; a weekday and date before the dash
        "BOJONEGORO - Bupati",
        "Senin, 11 September 2023 - Presiden",
        # a town and its country, the town in the list or not
        "VOSTOCHNY COSMODROME, Russia - Presiden",
        "VLADIVOSTOK, RUSIA — Presiden",
    ],
)
def test_a_dateline_naming_only_a_place_names_no_outlet(dateline: str) -> None:
    text = f"Judul Berita Hari Ini\n\n{dateline} menyampaikan pidato di depan wartawan.\n"
    article = article_of(text)
    assert (article.outlet, article.outlet_slug) == (None, None)
    assert "outlet" not in article.field_sources


def test_given_metadata_wins_over_inference() -> None:
    doc = SourceDoc(
        "x.txt",
        0,
        "TEMPO.CO, Jakarta - Kamis, 14 September 2023, hujan.",
        {"outlet": "Koran Kita", "date": "2020-01-01", "title": "Judul"},
    )
    article = build_article(doc)
    assert (article.outlet, article.date, article.title) == ("Koran Kita", "2020-01-01", "Judul")
    assert article.field_sources["outlet"] == "given"
    assert article.field_sources["date"] == "given"


@pytest.mark.parametrize(
    ("path", "url", "text", "dated"),
    [
        # the day in the story's address, when the text gives no year
        (
            "x.jsonl",
            "https://www.merdeka.com/dunia/2023/09/14/putin-terima-undangan.html",
            "Merdeka.com - Putin menerima undangan Kim, Kamis (14/9).",
            ("2023-09-14", "url"),
        ),
        # or only mentions a date: the day before it, the news peg
        (
            "x.jsonl",
            "https://www.kompas.com/global/read/2023/09/14/10151931/putin",
            "Putin bertemu Kim pada Rabu (13/9/2023) di Vostochny.",
            ("2023-09-14", "url"),
        ),
        # but a dateline's date wins
        (
            "x.jsonl",
            "https://example.com/2023/09/20/putin",
            "MOSKOW, Kamis, 14 September 2023 - Putin menerima undangan Kim.",
            ("2023-09-14", "dateline"),
        ),
        # a corpus filed by day dates what nothing else dates
        ("2023/09/14/putin.txt", None, "Putin menerima undangan Kim.", ("2023-09-14", "path")),
        ("20230914_putin.txt", None, "Putin menerima undangan Kim.", ("2023-09-14", "path")),
        # (not a hash that holds the digits of one)
        ("a20230914b.txt", None, "Putin menerima undangan Kim.", (None, None)),
        ("2023/09/20/putin.txt", None, "Putin tiba Kamis (14/9/2023).", ("2023-09-14", "inferred")),
        # a dateline's day without its year, in the one year the path names
        (
            "tass/2023/putin.txt",
            None,
            "VOSTOCHNY SPACEPORT, September 13. /TASS/. Russian President Vladimir Putin held "
            "talks with Kim Jong Un.",
            ("2023-09-13", "path"),
        ),
        (
            "bernama/2023/kim.txt",
            None,
            "VLADIVOSTOK, 13 Sept (Bernama) -- Putin held talks with Kim Jong Un.",
            ("2023-09-13", "path"),
        ),
        # a day with its weekday, in the path's year when the day falls on it then
        (
            "cnn/2023/putin.txt",
            None,
            "Jakarta, CNN Indonesia -- Putin menerima undangan Kim Jong Un, Kamis (14/9).",
            ("2023-09-14", "path"),
        ),
        (
            "cnn/2022/putin.txt",  # 14 September 2022 was a Wednesday
            None,
            "Jakarta, CNN Indonesia -- Putin menerima undangan Kim Jong Un, Kamis (14/9).",
            (None, None),
        ),
        # (no year, or two: no date)
        (
            "tass/putin.txt",
            None,
            "VOSTOCHNY SPACEPORT, September 13. /TASS/. Putin held talks with Kim Jong Un.",
            (None, None),
        ),
        (
            "2022/2023/putin.txt",
            None,
            "VOSTOCHNY SPACEPORT, September 13. /TASS/. Putin held talks with Kim Jong Un.",
            (None, None),
        ),
    ],
)
def test_a_date_in_the_address_or_the_path_dates_what_the_text_does_not(
    path: str, url: str | None, text: str, dated: tuple[str | None, str | None]
) -> None:
    article = build_article(SourceDoc(path, 0, text, {"url": url} if url else {}))
    assert (article.date, article.date_basis) == dated


def test_cites_need_a_citation_cue_or_a_known_agency() -> None:
    text = (
        "JAKARTA, KOMPAS.com - Menurut Pyongyang, media Rusia melaporkan hal itu. "
        "Hal ini dilansir dari Al Jazeera, Senin (4/9/2023). Kantor berita Yonhap menulis.\n"
    )
    article = article_of(text)
    assert article.cites == ["Al Jazeera", "Yonhap"]


def test_outlets_that_report_together_are_each_cited() -> None:
    english = article_of(
        "SEOUL (Reuters) - Kim left Russia on Sunday. Bloomberg News and The New York Times "
        "also reported the departure.\n"
    )
    assert english.cites == ["Bloomberg News", "The New York Times"]
    indonesian = article_of("JAKARTA, KOMPAS.com - Reuters dan AFP melaporkan Kim sudah pulang.\n")
    assert indonesian.cites == ["Reuters", "AFP"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A KCNA report said the talks covered military cooperation.",
        "The KCNA commentary said the talks covered military cooperation.",
    ],
)
def test_an_outlets_report_cites_it(sentence: str) -> None:
    article = article_of(f"Judul\n\nJAKARTA - Berita hari ini tentang Korea.\n\n{sentence}\n")
    assert article.cites == ["KCNA"]


@pytest.mark.parametrize(
    ("said", "outlet"),
    [
        ("“Kami siap,” ujar Budi saat dihubungi detikcom, Kamis.", "detikcom"),
        ("“Kami siap,” kata Budi ketika dikonfirmasi Kompas.com.", "Kompas"),
        # not one the story took its words from, nor one of two
        (
            "“Kami siap,” ujar Budi saat dihubungi Kompas.com. Seperti dikutip dari Kompas.com.",
            None,
        ),
        (
            "“Kami siap,” ujar Budi saat dihubungi detikcom. “Ya,” kata Ani ketika "
            "dikonfirmasi Kompas.com.",
            None,
        ),
        ("“Kami siap,” ujar Budi saat ditemui wartawan.", None),
    ],
)
def test_the_outlet_whose_reporter_reached_a_source_is_the_storys(
    said: str, outlet: str | None
) -> None:
    """detik names itself nowhere but where its reporter reached someone: "saat dihubungi
    detikcom" (when nothing else names the outlet)."""
    article = article_of(
        f"Judul\n\nJakarta - Menteri menanggapi pertemuan itu hari ini.\n\n{said}\n"
    )
    assert article.outlet == outlet


def test_an_outlet_does_not_cite_itself_by_its_brand() -> None:
    bbc = article_of(
        "Kim and Putin meet\n\nBy Frances Mao\nBBC News\n\n13 September 2023\n\n"
        "Leif-Eric Easley told the BBC that Kim needed food. Mr Putin said, according to "
        "Reuters, that the talks were useful.\n"
    )
    assert (bbc.outlet, bbc.cites) == ("BBC News", ["Reuters"])
    cnn = article_of(
        "Jakarta, CNN Indonesia -- Putin menerima undangan Kim, seperti dikutip dari CNN.\n"
    )
    assert (cnn.outlet, cnn.cites) == ("CNN Indonesia", ["CNN"])  # a newsroom of its own


def test_a_cited_name_ends_before_a_lower_case_word() -> None:
    text = (
        "JAKARTA, KOMPAS.com - Hal ini dilansir dari Reuters dengan judul panjang. Mengutip "
        "Voice of America, perang berlanjut.\n"
    )
    assert article_of(text).cites == ["Reuters", "Voice of America"]


def test_a_closing_credit_of_several_agencies_cites_each() -> None:
    text = (
        "TEMPO.CO, Jakarta - Kim Jong Un tiba di Vladivostok dengan kereta lapis baja.\n\n"
        "REUTERS | CHANNEL NEWS ASIA\n\n"
        "(ANTARA/AP)\n\n"
        "BERITA TERKINI | NASIONAL\n"
    )
    article = article_of(text)
    assert article.cites == ["Reuters", "Channel News Asia", "ANTARA", "AP"]
    assert len(article.paragraphs) == 1
    cna = article_of(
        "SINGAPORE: Kim Jong Un arrived in Russia on Tuesday, the Kremlin said.\n\n"
        "Source: Bernama/AFP/ec\n"
    )
    assert cna.cites == ["Bernama", "AFP"]
    # in another outlet's story, the outlet that compiled it from agencies is cited
    agencies = article_of(
        "TEMPO.CO, Jakarta - Presiden Rusia Vladimir Putin menjamu Kim Jong Un, Rabu.\n\n"
        "Source: Al Jazeera and news agencies\n"
    )
    assert agencies.cites == ["Al Jazeera"]
    shouted = article_of(
        "TEMPO.CO, Jakarta - Presiden Rusia Vladimir Putin menjamu Kim Jong Un, Rabu.\n\n"
        "SOURCE: AL JAZEERA AND NEWS AGENCIES\n"
    )
    assert shouted.cites == ["Al Jazeera"]  # in capitals, as Al Jazeera prints it
    dw = article_of(
        "Putin dan Kim Bahas Kerja Sama\n\nPutin dan Kim Jong Un bertemu di Vostochny.\n\n"
        "Gambar: Vladimir Smirnov/AP/picture alliance\n\n"
        "Peskov mengatakan kepada kantor berita Rusia, TASS, bahwa tidak ada perjanjian.\n\n"
        "ha/as (Reuters, AFP, dpa)\n"
    )
    assert (dw.outlet, dw.cites) == (None, ["TASS", "Reuters", "AFP", "dpa"])


@pytest.mark.parametrize(
    ("credit", "cites", "byline"),
    [
        ("The Associated Press contributed to this report.", ["AP"], None),
        ("Reuters and AFP contributed reporting.", ["Reuters", "AFP"], None),
        ("Additional reporting by Reuters", ["Reuters"], None),
        ("By Reuters", ["Reuters"], None),
        ("Reporter : Antara", ["ANTARA"], None),  # the agency's copy: no writer named
        ("Reporting by Jane Doe; Editing by John Roe", [], "Jane Doe"),
        ("CNN's Gawon Bae contributed reporting.", [], None),
        # who added to the reporting did not write the story
        ("Additional reporting by Christian Davies in Seoul", [], None),
        ("- Reuters", ["Reuters"], None),  # after a dash, as Malaysian outlets close a story
        ("— Bernama", ["Bernama"], None),
        # several, as The Straits Times closes a story, after a dash, in brackets or alone
        ("- REUTERS, AFP", ["Reuters", "AFP"], None),
        ("(Reuters, AFP)", ["Reuters", "AFP"], None),
        ("Reuters and AFP", ["Reuters", "AFP"], None),
        # run into the last paragraph, in capitals
        ("Peskov said no agreements had been signed. REUTERS", ["Reuters"], None),
        ("Peskov said no agreements had been signed. AFP, REUTERS", ["AFP", "Reuters"], None),
    ],
)
def test_credits_that_name_agencies_cite_them_and_are_no_byline(
    credit: str, cites: list[str], byline: str | None
) -> None:
    article = article_of(
        "Kim meets Putin\n\nSEOUL - Kim Jong Un arrived in Russia on Tuesday, officials said. "
        "State broadcaster KRT reported that he went by train.\n\n"
        f"{credit}\n"
    )
    assert (article.cites, article.byline) == (["KRT", *cites], byline)
    # the credit is no content (a paragraph it closes is, without it)
    assert article.paragraphs[1:] in ([], ["Peskov said no agreements had been signed."])


@pytest.mark.parametrize(
    "cited",
    [
        "lapor agensi berita KCNA",
        "menurut kenyataan KCNA",
        "seperti dilaporkan agensi berita KCNA",
    ],
)
def test_malay_citations_name_their_source(cited: str) -> None:
    article = article_of(
        "Putin terima jemputan Kim\n\nVLADIVOSTOK: Presiden Russia, Vladimir Putin menerima "
        f"jemputan pemimpin Korea Utara, Kim Jong Un, {cited}.\n"
    )
    assert article.cites == ["KCNA"]


def test_an_agency_named_as_the_writer_before_the_date_is_cited() -> None:
    article = article_of(
        "Putin terima jemputan Kim\n\nOleh Reuters - September 14, 2023 @ 9:15am\n\n"
        "VLADIVOSTOK: Presiden Russia, Vladimir Putin menerima jemputan Kim Jong Un.\n"
    )
    assert (article.cites, article.byline, article.date) == (["Reuters"], None, "2023-09-14")


@pytest.mark.parametrize(
    ("filed", "byline"),
    [
        ("Max Seddon in Riga and Song Jung-a in Seoul", "Max Seddon and Song Jung-a"),
        (
            "Max Seddon in Riga, Song Jung-a in Seoul and Demetri Sevastopulo in Washington",
            "Max Seddon, Song Jung-a and Demetri Sevastopulo",
        ),
        ("Max Seddon in Riga", None),  # one writer's reads as a headline would
    ],
)
def test_writers_each_where_they_filed_from_are_the_byline(filed: str, byline: str | None) -> None:
    article = article_of(
        "Putin hosts Kim Jong Un as Moscow seeks weapons\n\n"
        f"{filed}\n\n"
        "Vladimir Putin hosted Kim Jong Un at a cosmodrome in Russia's Far East on Wednesday.\n\n"
        "Additional reporting by Christian Davies in Seoul\n"
    )
    assert article.byline == byline
    assert article.paragraphs[-1].startswith("Vladimir Putin hosted")


def test_an_outlet_signing_off_the_story_is_its_outlet() -> None:
    story = (
        "Indonesia Calls for Restraint\n\n"
        "Jakarta. Indonesia on Thursday called on all parties to exercise restraint.\n\n"
        '"Indonesia always encourages dialogue," Foreign Minister Retno Marsudi said.\n\n'
    )
    signed = article_of(story + "Jakarta Globe\n")
    assert (signed.outlet, signed.field_sources["outlet"], signed.cites) == (
        "Jakarta Globe",
        "text",
        [],
    )
    assert len(signed.paragraphs) == 2  # the sign-off is no paragraph
    # an agency credited after a dash or in capitals is cited, not the outlet
    for credit in ("- Reuters", "REUTERS"):
        credited = article_of(story + credit + "\n")
        assert (credited.outlet, credited.cites) == (None, ["Reuters"])


@pytest.mark.parametrize(
    "credit", ["Source: Al Jazeera and news agencies", "SOURCE: AL JAZEERA AND NEWS AGENCIES"]
)
def test_an_outlet_that_compiled_the_story_from_agencies_is_its_outlet(credit: str) -> None:
    article = article_of(
        "Kim Jong Un and Putin hold summit at Russian spaceport\n\n"
        "Published On 13 Sep 2023\n\n"
        "North Korean leader Kim Jong Un has told Russian President Vladimir Putin that his "
        f"country will support Moscow.\n\n{credit}\n"
    )
    assert (article.outlet, article.cites) == ("Al Jazeera", [])
    # a source alone is cited, not the outlet
    sourced = article_of(
        "Kim Tiba di Rusia\n\nKim Jong Un tiba di Rusia pada Rabu.\n\nSumber: Reuters\n"
    )
    assert (sourced.outlet, sourced.cites) == (None, ["Reuters"])


@pytest.mark.parametrize(
    ("note", "cites"),
    [
        ("This article was originally published on The Conversation.", ["The Conversation"]),
        (
            "This article is republished from The Conversation under a Creative Commons license.",
            ["The Conversation"],
        ),
        ("This story was first published by the BBC.", ["BBC"]),
        ('Berita ini telah tayang di Kompas TV dengan judul "Kim Tiba".', ["Kompas TV"]),
        # when it first ran is no one
        ("This article was originally published on Sept. 13.", []),
        ("This story was first published on Wednesday.", []),
    ],
)
def test_a_republished_story_cites_where_it_first_ran(note: str, cites: list[str]) -> None:
    article = article_of(
        "Kim Meets Putin\n\nSEOUL - Kim Jong Un met Vladimir Putin on Wednesday.\n\n"
        f"{note}\n\nClick here to subscribe to our daily newsletter.\n"
    )
    assert article.cites == cites
    assert article.paragraphs == ["SEOUL - Kim Jong Un met Vladimir Putin on Wednesday."]


@pytest.mark.parametrize(
    "date_line",
    [
        "Published On 13 Sep 2023",
        "KYODO NEWS - Sep 13, 2023 - 21:03 | World, All",  # with the story's sections
        "Wed 13 Sep 2023 10.02 BST",
        "Updated 0512 GMT (1312 HKT) September 13, 2023",  # CNN's, a time of four digits
    ],
)
def test_a_date_line_below_the_standfirst_dates_the_article(date_line: str) -> None:
    article = article_of(
        "Putin and Kim hail new level of ties\n\n"
        "Leaders meet at spaceport amid Western concern over possible arms deal.\n\n"
        f"{date_line}\n\n"
        "Russian President Vladimir Putin has hosted North Korean leader Kim Jong Un.\n\n"
        "The two leaders toured the launch pads, and met again on 15 September 2023.\n"
    )
    assert (article.date, article.date_basis) == ("2023-09-13", "dateline")
    assert date_line not in article.paragraphs


@pytest.mark.parametrize(
    ("title", "date"),
    [
        ("Department Press Briefing – September 13, 2023", "2023-09-13"),
        ("Siaran Pers: Kunjungan Menlu ke Moskow, 13 September 2023", "2023-09-13"),
        # a date inside the title's words is what it is about, not when it was published
        ("Pemilu 14 Februari 2024 dan Janji Para Kandidat", None),
    ],
)
def test_a_date_that_ends_the_title_dates_the_article(title: str, date: str | None) -> None:
    article = article_of(f"{title}\n\nThe spokesperson answered questions about the summit.\n")
    assert article.date == date


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Updated 15 September 2023\nPublished 13 September 2023", "2023-09-13"),
        ("Diterbitkan: 13 Sep 2023 10:00 WIB\nDiperbarui: 15 Sep 2023 08:00 WIB", "2023-09-13"),
        ("Last updated: 15 Sep 2023\nPosted: 13 Sep 2023", "2023-09-13"),
        ("Diperbarui 15 Sep 2023, 10:15 WIB", "2023-09-15"),  # the only date given
    ],
)
def test_a_publication_date_wins_over_the_date_of_an_update(header: str, date: str) -> None:
    article = article_of(
        f"Kim Jong Un Undang Putin ke Pyongyang\n{header}\n\n"
        "Pemimpin Korea Utara Kim Jong Un mengundang Presiden Rusia Vladimir Putin.\n"
    )
    assert (article.date, article.date_basis) == (date, "dateline")


def test_cites_in_english_language_reports() -> None:
    text = (
        "KYIV, Oct 3 (AP) - Russia fired drones overnight, according to the Interfax news "
        "agency. A Kremlin official told Reuters talks had stalled. The Defence Ministry, "
        "citing the Ukrainian Pravda, said the Brave Company had won. Pravda later agreed.\n"
    )
    article = article_of(text)
    assert article.outlet == "AP"
    assert article.cites == ["Interfax", "Reuters", "Ukrainian Pravda"]


def test_an_outlet_that_reports_is_cited_wherever_the_cue_stands() -> None:
    indonesian = article_of(
        "JAKARTA, KOMPAS.com - Korea Utara memasok amunisi, seperti dilaporkan The New York "
        "Times, Rabu (13/9/2023). Al Jazeera melaporkan Kim tiba dengan kereta. Media Rusia "
        "melaporkan hal yang sama.\n"
    )
    assert indonesian.cites == ["The New York Times", "Al Jazeera"]
    english = article_of(
        "SEOUL (AP) - North Korea may supply shells, according to a Reuters report. The Wall "
        "Street Journal reported talks lasted four hours. South Korea's Yonhap news agency said "
        "the train left. Kim was quoted as saying by the state-run Korean Central News Agency "
        "that talks went well. Officials said nothing. Russian news agency Interfax, citing a "
        "Kremlin source, said Kim would stay a week. NK News, a Seoul-based monitoring "
        "service, said the train crossed the border. The Washington Post first reported the "
        "plan. Kyodo juga melaporkan hal itu. Peskov told the ISNA news agency it was "
        "productive. The Korean Central News Agency said Kim left.\n"
    )
    assert english.cites == [
        "Reuters",
        "The Wall Street Journal",
        "Yonhap",
        "KCNA",
        "Interfax",
        "NK News",  # past an apposition
        "The Washington Post",  # past an adverb
        "Kyodo",
        "ISNA",  # an agency kp does not list, as the text calls it one
    ]


def test_a_dateline_on_its_own_line_opens_the_first_paragraph() -> None:
    text = (
        "Putin Sebut Kim Jong Un Akan Berkunjung\n\n"
        "Jakarta, CNN Indonesia --\n\n"
        "Presiden Rusia Vladimir Putin mengatakan Kim Jong Un diundang, Rabu (13/9/2023).\n"
    )
    article = article_of(text)
    assert (article.outlet, article.date) == ("CNN Indonesia", "2023-09-13")
    assert article.paragraphs[0].startswith("Jakarta, CNN Indonesia -- Presiden Rusia")
    assert len(article.paragraphs) == 1


def test_outlet_date_and_people_from_the_header_and_closing_credits() -> None:
    cnn = article_of(
        "Prabowo Klaim Harga Beras Turun\n\nCNN Indonesia\n\nKamis, 05 Okt 2023 10:15 WIB\n\n"
        "Jakarta - Menteri Pertahanan Prabowo Subianto mengklaim harga beras turun, Kamis "
        "(5/10).\n",
    )
    assert (cnn.outlet, cnn.date, cnn.title) == ("CNN Indonesia", "2023-10-05", cnn.title)
    assert (cnn.field_sources["outlet"], cnn.field_sources["date"]) == ("header", "dateline")
    detik = article_of(
        "Kamis, 05 Okt 2023 14:02 WIB\n\nAnies Baswedan Tanggapi Putusan MK\n\n"
        "Tim detikcom - detikNews\n\nJakarta - Bakal capres Anies Baswedan menanggapi "
        "putusan Mahkamah Konstitusi.\n",
    )
    assert (detik.outlet, detik.date, detik.title) == (
        "detikcom",
        "2023-10-05",
        "Anies Baswedan Tanggapi Putusan MK",
    )
    reuters = article_of(
        "Ukraine says it downed drones\n\nBy Pavel Polityuk\n\n"
        "KYIV, Oct 3 (Reuters) - Ukraine's air force said it had destroyed 29 drones.\n\n"
        "Reporting by Pavel Polityuk; Editing by Mark Heinrich\n",
    )
    assert (reuters.outlet, reuters.byline, reuters.editor) == (
        "Reuters",
        "Pavel Polityuk",
        "Mark Heinrich",
    )
    tribun = article_of(
        "Harga Cabai Naik\n\nLaporan wartawan Tribunnews.com, Rina Ayu\n\n"
        "TRIBUNNEWS.COM, JAKARTA - Harga cabai rawit naik lagi hari ini di pasar induk.\n",
    )
    assert (tribun.outlet, tribun.byline) == ("Tribunnews", "Rina Ayu")
    bbc = article_of(
        "Putin and Kim meet at space centre\n\nBBC News\n\n13 September 2023\n\n"
        "Russian President Vladimir Putin has met North Korea's leader Kim Jong Un.\n",
    )
    assert (bbc.outlet, bbc.field_sources["outlet"]) == ("BBC News", "header")
    cnn = article_of(
        "Kim arrives\n\nBy Simone McCarthy, Yoonjung Seo and Anna Chernova, CNN\n\n"
        "Seoul/Hong Kong CNN — North Korean leader Kim Jong Un has arrived in Russia.\n"
    )
    assert (cnn.outlet, cnn.byline) == ("CNN", "Simone McCarthy, Yoonjung Seo and Anna Chernova")
    post = article_of(
        "Jokowi urges calm as rice prices soar\n\nNur Janti (The Jakarta Post)\n\n"
        "Jakarta ● Thu, September 14, 2023\n\nPresident Joko Widodo has called on the public "
        "to stay calm amid soaring rice prices.\n"
    )
    assert (post.outlet, post.byline, post.date) == ("The Jakarta Post", "Nur Janti", "2023-09-14")
    tribun = article_of(
        "Kim Jong Un Pulang\n\nTRIBUNNEWS.COM - Kim Jong Un meninggalkan Rusia, dikutip dari "
        "Reuters.\n\n(Tribunnews.com/Febri Prasetyo)\n\n(ANTARA/AP)\n"
    )
    assert (tribun.byline, tribun.cites, len(tribun.paragraphs)) == (
        "Febri Prasetyo",
        ["Reuters", "ANTARA", "AP"],
        1,
    )
    viva = article_of(
        "Kim Janji Dukung Rusia\n\nKamis, 14 September 2023 - 07:10 WIB\n\n"
        "Oleh : Natania Longdong\n\nVIVA - Kim Jong Un berjanji mendukung penuh Rusia.\n"
    )
    assert (viva.byline, viva.date, len(viva.paragraphs)) == ("Natania Longdong", "2023-09-14", 1)
    cnbc = article_of(
        "Kim Jong Un Ketemu Putin\n\nThea Fathanah Arbar, CNBC Indonesia\n\n"
        "13 September 2023 19:25\n\nFoto: REUTERS/Sputnik\n\n"
        "Pertemuan Kim Jong Un dan Vladimir Putin di Rusia membuat Amerika Serikat khawatir.\n"
    )
    assert (cnbc.outlet, cnbc.byline, cnbc.cites) == ("CNBC Indonesia", "Thea Fathanah Arbar", [])
    bbc = article_of(
        "Kim Jong Un bertemu Putin\n\nSumber gambar, Reuters\n\n"
        "Keterangan gambar, Kim Jong Un dan Vladimir Putin berjabat tangan.\n\n"
        "BBC News\n\n13 September 2023\n\n"
        "Pemimpin Korea Utara Kim Jong Un mengatakan hubungan dengan Rusia adalah prioritas.\n"
    )
    assert (bbc.outlet, bbc.date, bbc.cites) == ("BBC News", "2023-09-13", [])
    nk = article_of(
        "Kim Jong Un meets Putin at space center\n\nColin Zwirko\n\nSeptember 13, 2023\n\n"
        "Kim Jong Un met Vladimir Putin on Wednesday at a space launch facility.\n"
    )
    assert (nk.byline, nk.date) == ("Colin Zwirko", "2023-09-13")
    okezone = article_of(
        "Kim Jong Un Tiba di Rusia\n\nRabu 13 September 2023 15:20 WIB\n\n"
        "Rahman Asmardika, Jurnalis\n\n"
        "MOSKOW - Pemimpin Korea Utara Kim Jong-un tiba di Rusia dengan kereta lapis baja.\n"
    )
    assert (okezone.byline, okezone.date) == ("Rahman Asmardika", "2023-09-13")
    sections = article_of(
        "Kim Jong Un meets Putin at space center\n\nBreaking News\n\nSeptember 13, 2023\n\n"
        "Kim Jong Un met Vladimir Putin on Wednesday at a space launch facility.\n"
    )
    assert sections.byline is None
    tirto = article_of(
        "Mengapa Kim Pergi ke Rusia?\n\nOleh: Tim Riset Tirto - 14 September 2023\n\n"
        "tirto.id - Pertemuan Kim Jong Un dan Vladimir Putin menarik perhatian dunia.\n"
    )
    assert (tirto.outlet, tirto.byline, tirto.date) == ("Tirto", "Tim Riset Tirto", "2023-09-14")
    assert post.paragraphs == [
        "President Joko Widodo has called on the public to stay calm amid soaring rice prices."
    ]


@pytest.mark.parametrize(
    "header",
    [
        "By Jane Doe - September 13, 2023",
        "By Jane Doe | 13 September 2023",
        "By Jane Doe\n\nSeptember 13, 2023 @ 8:05 pm",  # as WordPress themes print it
        "By Jane Doe\n\nSept. 13, 2023 8:05 p.m. EDT",
        "Oleh Jane Doe\njane@example.com\n\nRabu, 13 September 2023 @ 8:05pm",  # Berita Harian
        "Oleh Jane Doe | Rabu, 13 September 2023",
        # Reuters' page copied as text: the year runs into the time, the zone into "Updated"
        "By Jane Doe\nSeptember 13, 20233:47 PM GMT+7Updated a year ago",
        "By Jane Doe\nSeptember 13, 202311:47 AM GMT+7Updated 2 hours ago",
        "Oleh Jane Doe\nRabu, 13 Sep 2023 14:05 WIB Diperbarui 2 jam lalu",
    ],
)
def test_a_byline_above_the_story_with_or_beside_its_date(header: str) -> None:
    article = article_of(
        f"Kim tiba di Vladivostok\n\n{header}\n\n"
        "VLADIVOSTOK - Pemimpin Korea Utara tiba dengan kereta api.\n\n"
        "By Friday — Kim had left for Moscow, his train rolling west.\n"
    )
    assert (article.byline, article.date) == ("Jane Doe", "2023-09-13")
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "header",
    [
        "Rahman Asmardika, Jurnalis · Kamis 14 September 2023 06:30 WIB",
        "Oleh: Tim Redaksi | 14/09/2023",
        "Kamis, 14 Sep 2023 07:30 WIB · waktu baca 3 menit",
    ],
)
def test_a_date_line_with_the_byline_above_the_story_dates_it(header: str) -> None:
    article = article_of(
        f"Kremlin: Tak Ada Perjanjian yang Diteken\n\n{header}\n\n"
        "MOSKOW - Juru bicara Kremlin Dmitry Peskov mengatakan tidak ada perjanjian yang "
        "diteken selama kunjungan pada 2 Oktober 2023.\n"
    )
    assert (article.date, article.date_basis) == ("2023-09-14", "dateline")


def test_an_interview_given_to_an_outlet_and_state_media_are_cited() -> None:
    article = article_of(
        "JAKARTA, KOMPAS.com - Hal itu disampaikan Peskov kepada CNN, Rabu (13/9/2023). Kim "
        "tiba di Vostochny, menurut media pemerintah Korea Utara KCNA. Dalam wawancara dengan "
        "Tempo, Menteri mengatakan siap. Laporan itu diterbitkan oleh The New York Times. Surat "
        "itu dikirim kepada Presiden Joko Widodo. In an interview with the BBC, Kim agreed.\n"
    )
    assert article.cites == ["CNN", "KCNA", "Tempo", "The New York Times", "BBC"]


def test_a_date_still_to_come_later_in_the_text_does_not_date_the_article() -> None:
    article = article_of(
        "Harga Beras Naik\n\nPresiden Joko Widodo meninjau pasar di Bekasi, Senin (2/10/2023).\n\n"
        "Ia juga mengingatkan soal pemilu pada 14 Februari 2024 mendatang.\n"
    )
    assert (article.date, article.date_basis) == ("2023-10-02", "inferred")


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Harga Beras Naik - Kompas.com", "Harga Beras Naik"),
        ("Putin Terima Undangan | Republika Online", "Putin Terima Undangan"),
        ("Prabowo - Gibran Daftar ke KPU", "Prabowo - Gibran Daftar ke KPU"),
        ("Rusia - Korea Utara Makin Mesra", "Rusia - Korea Utara Makin Mesra"),
    ],
)
def test_the_site_name_a_page_appends_to_its_title_goes(headline: str, title: str) -> None:
    article = article_of(f"{headline}\n\nJAKARTA - Harga beras naik lagi di pasar induk.\n")
    assert article.title == title


def test_an_editors_pick_is_no_editor() -> None:
    article = article_of(
        "TEMPO.CO, Jakarta - Kim Jong Un tiba di Vladivostok dengan kereta lapis baja.\n\n"
        "Pilihan Editor: Biden: Republik Ingin Memakzulkan Saya untuk Menutup Pemerintahan\n"
    )
    assert article.editor is None


def test_an_agency_named_in_full_at_a_sentence_end_is_cited() -> None:
    article = article_of(
        'SEOUL (AP) — Putin accepted the invitation "with pleasure," according to the Korean '
        "Central News Agency.\n"
    )
    assert article.cites == ["KCNA"]


@pytest.mark.parametrize("channel", ["kumparan", "kumparanNEWS"])
def test_a_site_name_in_lower_case_under_a_caption_is_no_part_of_it(channel: str) -> None:
    """kumparan prints its name (or its channel's, kumparanNEWS) under the photo credit; a
    caption without a full stop is not a hard-wrapped line to join it to."""
    article = article_of(
        "Jokowi Minta Menteri Tak Bikin Gaduh\n"
        "Presiden Joko Widodo di Istana Merdeka, Jakarta. Foto: Laily Rachev/Biro Pers Setpres\n"
        f"{channel}\n"
        "Rabu, 4 Oktober 2023 15:12 WIB\n\n"
        "Presiden Joko Widodo meminta para menterinya tidak membuat kegaduhan jelang pemilu.\n"
    )
    assert (article.outlet, article.field_sources["outlet"]) == ("kumparan", "header")


@pytest.mark.parametrize(
    ("credit", "byline", "editor"),
    [
        ("Kontributor Bandung, Agie Permadi", "Agie Permadi", None),  # where from, then who
        ("Kontributor : Dwi Bowo Raharjo", "Dwi Bowo Raharjo", None),
        ("Wartawan: Agie Permadi", "Agie Permadi", None),
        ("Jurnalis: Agie Permadi", "Agie Permadi", None),
        ("Laporan: Agie Permadi", "Agie Permadi", None),
        ("Teks: Agie Permadi", "Agie Permadi", None),
        ("Penulis & Editor: Agie Permadi", "Agie Permadi", "Agie Permadi"),
        ("Reporter dan Editor: Agie Permadi", "Agie Permadi", "Agie Permadi"),
        ("Laporan Wartawan Tribunnews.com, Reza Deni", "Reza Deni", None),
        ("By Josh Smith and Hyonhee Shin | Reuters", "Josh Smith and Hyonhee Shin", None),
        ("Written by Jane Doe", "Jane Doe", None),
        # in capitals with the outlet after them on one line, as the AP prints them
        (
            "By KIM TONG-HYUNG and HYUNG-JIN KIM Associated Press",
            "Kim Tong-Hyung and Hyung-Jin Kim",
            None,
        ),
        ("By JANE DOE AP", "Jane Doe", None),
        ("By: Krixia Subingsubing", "Krixia Subingsubing", None),
        # with the writer's role and handle after it, as The Philippine Daily Inquirer prints it
        ("By: Krixia Subingsubing - Reporter / @KSubingsubingINQ", "Krixia Subingsubing", None),
        # where the writers filed from is no part of their names
        (
            "Reporting by Josh Smith in Seoul and Guy Faulconbridge in Moscow; Editing by Nick "
            "Macfie",
            "Josh Smith and Guy Faulconbridge",
            "Nick Macfie",
        ),
    ],
)
@pytest.mark.parametrize("where", ["over", "under"])
def test_more_writers_credits_give_the_byline_and_are_no_paragraph(
    credit: str, byline: str, editor: str | None, where: str
) -> None:
    story = (
        "JAKARTA - Pemerintah menyiapkan operasi pasar untuk menekan harga beras yang terus "
        "naik di berbagai daerah.\n\nWarga berharap harga segera turun akhir tahun ini.\n"
    )
    text = (
        f"Harga Beras Naik\n\n{credit}\n\n{story}"
        if where == "over"
        else f"Harga Beras Naik\n\n{story}\n{credit}\n"
    )
    article = article_of(text)
    assert (article.byline, article.editor) == (byline, editor)
    assert len(article.paragraphs) == 2


def test_a_credit_over_the_story_ends_nothing() -> None:
    """A note that the article ran elsewhere, or its credits, set over the story by a site
    that copies it, are credits there; only under the story do they start its footer."""
    article = article_of(
        "Kim Jong Un Temui Putin\nPenulis: Aditya Pratama\nJumat, 15 Sep 2023 | 08:00 WIB\n"
        'Artikel ini telah tayang di Kompas.com dengan judul "Kim Jong Un Temui Putin"\n\n'
        "Pemimpin Korea Utara Kim Jong Un bertemu Presiden Rusia Vladimir Putin di Vostochny.\n\n"
        '"Kami akan selalu bersama Rusia," kata Kim.\n'
    )
    assert len(article.paragraphs) == 2 and article.byline == "Aditya Pratama"


def test_a_city_alone_in_title_case_is_a_dateline_even_on_its_own_line() -> None:
    """detik writes "Jakarta -" above the story; it was the headline, and the lead's subject
    was sought in "Jakarta - Wakil Presiden …"."""
    article = article_of(
        "Jakarta -\n\n"
        "Wakil Presiden Ma'ruf Amin mengatakan Indonesia siap menjadi jembatan dialog.\n\n"
        '"Kita siap kalau diminta," tuturnya.\n'
    )
    assert article.title is None
    assert article.paragraphs[0].startswith("Jakarta - Wakil Presiden")
    assert [(q.speaker, q.kind) for q in extract_quotes(article)] == [
        ("Ma'ruf Amin", "direct"),
        ("Ma'ruf Amin", "indirect"),
    ]


def test_more_outlets_are_known_when_they_report() -> None:
    article = article_of(
        "SEOUL (AP) - Newsweek reported the train had crossed the border. The Moscow Times "
        "said the visit would last a week. Pikiran Rakyat melaporkan hal yang sama.\n"
    )
    assert article.cites == ["Newsweek", "The Moscow Times", "Pikiran Rakyat"]


@pytest.mark.parametrize(
    "header",
    [
        "Tim detikcom - detikNews | Kamis, 14 Sep 2023 10:15 WIB",
        "Kamis, 14 Sep 2023 10:15 WIB | Tim detikcom - detikNews",
    ],
)
def test_each_field_of_a_header_line_is_read_for_outlet_and_date(header: str) -> None:
    article = article_of(
        f"Putin Terima Kim Jong Un di Vostochny\n\n{header}\n\n"
        "Presiden Rusia Vladimir Putin menerima Kim Jong Un di kosmodrom Vostochny.\n"
    )
    assert (article.outlet, article.date) == ("detikcom", "2023-09-14")
    assert (article.field_sources["outlet"], article.date_basis) == ("header", "dateline")


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("Laporan Wartawan Tribunnews.com, Aditya Pratama", "Tribunnews"),
        ("Laporan reporter Tribun Jabar, Aditya Pratama", "Tribun Jabar"),
    ],
)
def test_the_outlet_whose_reporter_filed_the_story_above_it(header: str, outlet: str) -> None:
    article = article_of(
        f"Kim Jong Un Temui Putin\n\nRabu, 13 September 2023 - 20:15 WIB\n{header}\n\n"
        "Pemimpin Korea Utara Kim Jong Un bertemu Presiden Rusia Vladimir Putin.\n"
    )
    assert (article.outlet, article.field_sources["outlet"]) == (outlet, "header")
    assert (article.byline, article.date) == ("Aditya Pratama", "2023-09-13")


@pytest.mark.parametrize(
    "credit", ["Oleh: Tim Redaksi Tempo", "oleh Redaksi Tempo.co | 14 September 2023"]
)
def test_a_byline_naming_an_outlets_newsroom_names_the_outlet(credit: str) -> None:
    article = article_of(
        f"Putin Terima Kim Jong Un di Vostochny\n\n{credit}\n\n"
        "Presiden Rusia Vladimir Putin menerima Kim Jong Un di kosmodrom Vostochny.\n"
    )
    assert (article.outlet, article.cites) == ("Tempo", [])  # its own newsroom, no source
    assert article.id.startswith("tempo-")


@pytest.mark.parametrize(
    "header",
    [
        "Rahel Narda Chaterine, Kompas.com - 14/09/2023, 10:15 WIB",
        "Kompas.com - 14/09/2023, 10:15 WIB\n\n"
        "Penulis Rahel Narda Chaterine | Editor Bagus Santosa",
    ],
)
def test_kompas_header_lines_give_writer_editor_and_date(header: str) -> None:
    article = article_of(
        f"Putin Terima Kim Jong Un di Vostochny\n\n{header}\n\n"
        "JAKARTA, KOMPAS.com - Presiden Rusia Vladimir Putin menerima Kim Jong Un.\n"
    )
    assert (article.byline, article.date, article.date_basis) == (
        "Rahel Narda Chaterine",
        "2023-09-14",
        "dateline",
    )
    assert article.editor == ("Bagus Santosa" if "Editor" in header else None)
    assert len(article.paragraphs) == 1


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        ("Rahman Asmardika , Jurnalis · Rabu 13 September 2023 17:45 WIB", "Rahman Asmardika"),
        ("Fajar Nugraha • 13 September 2023 08:12", "Fajar Nugraha"),
        ("Jane Doe | Rabu, 13 September 2023 10:00 WIB", "Jane Doe"),
        ("Reporter: Budi Santoso - Rabu, 13 September 2023", "Budi Santoso"),
        # a section or a place beside the date is no writer
        ("Internasional | Rabu, 13 September 2023", None),
        ("Jakarta · Rabu, 13 September 2023", None),
        # as blogs print it, and a page's view count beside the date
        ("Posted on September 13, 2023 by Jane Doe", "Jane Doe"),
        ("Posted on September 13, 2023 by admin", None),
        ("Rabu, 13 September 2023 - 10:15 WIB | Dilihat: 1.234 kali", None),
        # up to three writers on the line by the date, without where they filed from
        (
            "Justin McCurry in Tokyo and Pjotr Sauer\n\nWed 13 Sep 2023 14.52 BST",
            "Justin McCurry and Pjotr Sauer",
        ),
        ("Jane Doe, John Roe and Ann Lee\n\nSeptember 13, 2023", "Jane Doe, John Roe and Ann Lee"),
        ("North Korea\n\nSeptember 13, 2023", None),
        # the writer's job on a line between name and date, as the BBC prints it
        ("Jean Mackenzie\n\nKoresponden BBC di Seoul\n\n13 September 2023", "Jean Mackenzie"),
        ("Jean Mackenzie\n\nSeoul correspondent\n\nSeptember 13, 2023", "Jean Mackenzie"),
        # in capitals, as the AP prints it: cased as names are
        (
            "By KIM TONG-HYUNG and HYUNG-JIN KIM\n\nSeptember 13, 2023",
            "Kim Tong-Hyung and Hyung-Jin Kim",
        ),
    ],
)
def test_a_writers_name_set_off_on_the_date_line_is_the_byline(
    header: str, byline: str | None
) -> None:
    article = article_of(
        f"Putin Terima Kim Jong Un di Vostochny\n\n{header}\n\n"
        "VOSTOCHNY - Presiden Rusia Vladimir Putin menerima Kim Jong Un di kosmodrom.\n"
    )
    assert (article.byline, article.date, article.outlet) == (byline, "2023-09-13", None)
    assert article.paragraphs == [
        "VOSTOCHNY - Presiden Rusia Vladimir Putin menerima Kim Jong Un di kosmodrom."
    ]


def test_the_outlet_its_own_promotions_name_when_nothing_else_names_it() -> None:
    story = (
        "JAKARTA - Presiden Rusia Vladimir Putin menerima Kim Jong Un di kosmodrom.\n\n"
        "Follow Berita Okezone di Google News\n\n"
        "Kim tiba dengan kereta lapis baja dari Pyongyang.\n"
    )
    okezone = article_of(story)
    assert (okezone.outlet, okezone.field_sources["outlet"]) == ("Okezone", "text")
    assert okezone.paragraphs[-1] == "Kim tiba dengan kereta lapis baja dari Pyongyang."
    # a dateline's outlet wins; promotions naming two outlets name neither
    assert article_of(story.replace("JAKARTA -", "JAKARTA, KOMPAS.com -")).outlet == "Kompas"
    both = story.replace("Google News", "Google News dan kumparanNEWS")
    assert article_of(both).outlet is None


def test_a_columns_author_note_is_no_paragraph_and_its_mark_no_part_of_the_byline() -> None:
    column = article_of(
        "Apa Arti Pertemuan Kim dan Putin bagi Asia?\n\nOleh: Dr. Siti Rahmawati*\n\n"
        "Pertemuan Kim Jong Un dan Vladimir Putin menandai babak baru hubungan kedua negara.\n\n"
        "*Penulis adalah dosen Hubungan Internasional Universitas Indonesia.\n\n"
        "*) The writer is a senior fellow at CSIS.\n"
    )
    assert column.byline == "Siti Rahmawati"  # (her academic title no part of it)
    assert column.paragraphs == [
        "Pertemuan Kim Jong Un dan Vladimir Putin menandai babak baru hubungan kedua negara."
    ]


def test_a_press_releases_label_number_and_contacts_are_no_title_or_text() -> None:
    release = article_of(
        "SIARAN PERS\nNomor: 123/HM.01/09/2023\n\n"
        "Kementerian Luar Negeri Pantau Pertemuan Rusia-Korea Utara\n\n"
        "Jakarta, 14 September 2023 – Kementerian Luar Negeri terus memantau pertemuan itu.\n\n"
        "Indonesia mendorong semua pihak menghormati resolusi Dewan Keamanan PBB.\n\n"
        "Narahubung:\nDirektorat Informasi dan Media\nTelp: (021) 3441508\n\n###\n"
    )
    assert (release.title, release.date) == (
        "Kementerian Luar Negeri Pantau Pertemuan Rusia-Korea Utara",
        "2023-09-14",
    )
    assert release.paragraphs == [
        "Jakarta, 14 September 2023 – Kementerian Luar Negeri terus memantau pertemuan itu.",
        "Indonesia mendorong semua pihak menghormati resolusi Dewan Keamanan PBB.",
    ]


RFA_TITLE = "North Koreans told to celebrate Kim's Russia trip"
INEWS_TITLE = "Kim Jong Un Tiba di Rusia, Disambut Putin"
RFA_STORY = "Residents of North Korea were ordered to attend lectures praising the visit."
INEWS_STORY = "VOSTOCHNY, iNews.id - Pemimpin Korea Utara Kim Jong Un tiba di Kosmodrom Vostochny."
CNN_STORY = "Pemimpin Korea Utara Kim Jong Un mengundang Presiden Rusia Vladimir Putin."


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # RFA: a byline for a service, a dotted date, closing credits
            f"{RFA_TITLE}\n\n"
            f"By Jeong Yon Park for RFA Korean\n2023.09.14\n\n{RFA_STORY}\n\n"
            "Translated by Claire Shinyoung O-Kim. Edited by Eugene Whong.\n",
            (
                RFA_TITLE,
                "Radio Free Asia",
                "Jeong Yon Park",
                "Eugene Whong",
                "2023-09-14",
                [RFA_STORY],
            ),
        ),
        (  # iNews: a byline and date line, no dateline; the story under it names the outlet
            f"{INEWS_TITLE}\n"
            f"Ahmad Islamy Jamil · Rabu, 13 September 2023 - 12:30:00 WIB\n\n{INEWS_STORY}\n",
            (INEWS_TITLE, "iNews", "Ahmad Islamy Jamil", None, "2023-09-13", [INEWS_STORY]),
        ),
        (  # CNN Indonesia: the outlet's name over the date line is no headline
            "CNN Indonesia\nKamis, 14 Sep 2023 09:30 WIB\n"
            f"Jakarta, CNN Indonesia --\n{CNN_STORY}\n(blq/bac)\n",
            (
                None,
                "CNN Indonesia",
                None,
                None,
                "2023-09-14",
                [f"Jakarta, CNN Indonesia -- {CNN_STORY}"],
            ),
        ),
    ],
)
def test_header_and_closing_lines_of_more_sites(text: str, fields: tuple[object, ...]) -> None:
    article = article_of(text)
    found = (
        article.title,
        article.outlet,
        article.byline,
        article.editor,
        article.date,
        article.paragraphs,
    )
    assert found == fields


@pytest.mark.parametrize(
    "headline",
    [
        "(LEAD) Kim, Putin hold summit at Russian spaceport",
        "(3rd LD, with details) Kim, Putin hold summit at Russian spaceport",
        "REFILE-UPDATE 1-Kim, Putin hold summit at Russian spaceport",
    ],
)
def test_a_wires_label_before_the_headline_is_no_part_of_the_title(headline: str) -> None:
    article = article_of(
        f"{headline}\n\nSEOUL, Sept. 13 (Yonhap) -- North Korean leader Kim Jong-un and "
        "Russian President Vladimir Putin held a summit on Wednesday.\n"
    )
    assert article.title == "Kim, Putin hold summit at Russian spaceport"


@pytest.mark.parametrize(
    ("relay", "source"),
    [
        ("seperti diwartakan AFP", "AFP"),
        ("seperti dikabarkan Xinhua", "Xinhua"),
        ("seperti diberitakan Reuters", "Reuters"),
        ("seperti ditayangkan CNN", "CNN"),
        ("melansir dari CNN", "CNN"),
        ("according to a report by Nikkei Asia", "Nikkei Asia"),
        # the outlet that quotes it, then where from
        ("sebagaimana dikutip Pikiran-Rakyat.com dari Reuters", "Reuters"),
        ("seperti dilansir detikcom dari AFP", "AFP"),
        ("seperti dikutip kantor berita Rusia, RIA Novosti", "RIA Novosti"),  # past the country
    ],
)
def test_more_ways_to_cite_a_source_name_it_and_relay_the_quote(relay: str, source: str) -> None:
    article = article_of(
        "JAKARTA - Presiden Rusia Vladimir Putin menerima Kim Jong Un di Vostochny.\n\n"
        f'"Kami siap membantu Korea Utara," kata Putin, {relay}.\n'
    )
    assert article.cites == [source]
    (quote,) = extract_quotes(article)
    assert (quote.speaker, quote.via) == ("Vladimir Putin", source)


def test_a_web_address_over_the_story_is_its_url() -> None:
    article = article_of(
        "https://news.detik.com/internasional/d-6930000/putin-terima-kim\n\n"
        "Putin Terima Kim\n\n"
        "Presiden Rusia Vladimir Putin menerima Kim Jong Un di Vostochny, Rabu (13/9/2023).\n"
    )
    assert (article.url, article.outlet, article.title) == (
        "https://news.detik.com/internasional/d-6930000/putin-terima-kim",
        "detikcom",
        "Putin Terima Kim",
    )
    assert article.field_sources["url"] == "text"


@pytest.mark.parametrize(
    ("citation", "cites"),
    [
        ("seperti ditulis Nikkei Asia", ["Nikkei Asia"]),
        ("seperti ditulis oleh The Diplomat", ["The Diplomat"]),
        ("yang ditulis Kim Jong Un di buku tamu", []),  # a person's writing cites no one
        ("dikutip dari Rusia, Rabu (13/9/2023)", []),  # a country, then a day
        # a body's own site: the body is the source
        ("dikutip dari laman resmi Kremlin", ["Kremlin"]),
        (
            "dilansir dari situs resmi Kementerian Luar Negeri Rusia",
            ["Kementerian Luar Negeri Rusia"],
        ),
        ("seperti dirilis laman resmi Kremlin", ["Kremlin"]),
        ("rekaman yang dirilis Kremlin", []),  # a recording released is no citation
        # a broadcaster, a paper or a portal by its kind, and what carried it
        ("seperti disiarkan stasiun televisi KCTV", ["KRT"]),
        ("menurut siaran RIA Novosti", ["RIA Novosti"]),
        ("seperti dimuat The Guardian", ["The Guardian"]),
        ("dilaporkan televisi YTN", ["YTN"]),
        ("mengutip portal berita Suara.com", ["Suara.com"]),
        # an agency and the pool it came through, as ANTARA credits one
        ("dikutip dari Sputnik-OANA", ["Sputnik"]),
        ("menurut Pikiran-Rakyat.com", ["Pikiran Rakyat"]),
    ],
)
def test_what_an_outlet_wrote_and_a_bodys_own_site_are_cited(
    citation: str, cites: list[str]
) -> None:
    article = article_of(f"JAKARTA - Kim bertemu Putin, {citation}, Rabu (13/9/2023).\n")
    assert article.cites == cites


@pytest.mark.parametrize(
    ("said", "source"),
    [
        ("Putin was quoted as saying by state news agency TASS.", "TASS"),
        ("Putin said, as quoted by Russian state media outlet RIA Novosti.", "RIA Novosti"),
        ("Putin was quoted as saying by Russian agencies.", None),  # a country names no one
    ],
)
def test_a_relay_is_named_past_its_country_and_kind(said: str, source: str | None) -> None:
    article = article_of(
        "MOSCOW - Russian President Vladimir Putin met North Korean leader Kim Jong Un.\n\n"
        f'"We are not violating anything," {said}\n'
    )
    assert article.cites == ([source] if source else [])
    (quote,) = extract_quotes(article)
    assert (quote.speaker, quote.via) == ("Vladimir Putin", source)


def test_an_agency_credit_with_an_editors_code_and_an_english_edition_link() -> None:
    article = article_of(
        "PRESIDEN Rusia Vladimir Putin mengatakan ada peluang kerja sama militer.\n\n"
        "(AFP/Z-2)\n\nBaca Katadata.co.id dalam versi English.\n"
    )
    assert (article.cites, article.outlet) == (["AFP"], "Katadata")
    assert article.paragraphs == [
        "PRESIDEN Rusia Vladimir Putin mengatakan ada peluang kerja sama militer."
    ]


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.koreatimes.co.kr/www/nation/2023/09/103_1.html", "The Korea Times"),
        ("https://english.news.cn/20230914/abc/c.html", "Xinhua"),
        ("https://www.smh.com.au/world/asia/kim-putin-20230914.html", "The Sydney Morning Herald"),
        ("https://www.japantimes.co.jp/news/2023/09/14/asia/kim-putin/", "The Japan Times"),
    ],
)
def test_outlets_known_by_their_sites_under_country_domains(url: str, outlet: str) -> None:
    doc = SourceDoc(
        "a.json", 0, "Kim Jong Un dan Vladimir Putin bertemu di Vostochny.", {"url": url}
    )
    assert build_article(doc).outlet == outlet


def test_more_papers_and_broadcasters_are_known_when_they_report() -> None:
    article = article_of(
        "SEOUL (AP) - The Diplomat reported the train had crossed the border. The Korea Times said "
        "visit would last a week. Tribun Jabar melaporkan hal yang sama.\n"
    )
    assert article.cites == ["The Diplomat", "The Korea Times", "Tribun Jabar"]


def test_a_photo_credit_after_a_slash_a_closing_agency_credit_and_an_interns_credit() -> None:
    sindonews = article_of(
        "Putin Janji Bantu Korut Bangun Satelit\n\nAndika Hendra Mustaqim\n\n"
        "Rabu, 13 September 2023 - 16:33 WIB\n\n"
        "Putin berjanji bantu Korea Utara membangun satelit. Foto/Reuters\n\n"
        "MOSKOW - Presiden Rusia Vladimir Putin mengatakan Moskow akan membantu.\n\n(ahm)\n"
    )
    assert [b.kind for b in sindonews.blocks][3] == "caption"
    assert (sindonews.outlet, sindonews.byline) == (None, "Andika Hendra Mustaqim")
    straits = article_of(
        "Putin says Russia will help North Korea build satellites\n\n"
        "VOSTOCHNY COSMODROME, Russia - Russian President Vladimir Putin said Russia would "
        "help.\n\nJoin ST's Telegram channel and get the latest breaking news delivered to you."
        "\n\nREUTERS, AFP\n"
    )
    assert (straits.outlet, straits.byline, straits.cites) == (None, None, ["Reuters", "AFP"])
    assert len(straits.paragraphs) == 1
    merdeka = article_of(
        "Merdeka.com - Kremlin mengatakan tidak ada perjanjian yang ditandatangani.\n\n"
        "Reporter Magang: Rizky Ananda\n\nPenerjemah: Yoanita Hastryka Djohan\n\n[pan]\n"
    )
    assert (merdeka.outlet, merdeka.byline) == ("Merdeka", "Rizky Ananda")
    assert [b.kind for b in merdeka.blocks] == ["content", "credit", "credit", "credit"]
    voa = article_of(
        "Pemimpin Korea Utara Kim Jong Un tiba di Rusia untuk bertemu Putin.\n\n"
        "Sebagian informasi dalam laporan ini berasal dari Reuters dan Associated Press.\n"
    )
    assert (voa.cites, len(voa.paragraphs)) == (["Reuters", "AP"], 1)
    voa_english = article_of(
        "Kim Jong Un arrived in Russia to meet Putin.\n\n"
        "Some information for this report came from The Associated Press and Reuters.\n"
    )
    assert (voa_english.cites, len(voa_english.paragraphs)) == (["AP", "Reuters"], 1)
    afp = article_of(
        "Vladivostok (AFP) – Russian President Vladimir Putin hailed a useful meeting.\n\n"
        "Kim said Russia was fighting a sacred battle.\n\nbur-oho/jj\n"
    )
    assert (afp.outlet, len(afp.paragraphs), afp.blocks[-1].kind) == ("AFP", 2, "credit")


@pytest.mark.parametrize(
    "citation",
    [
        "menurut Kantor Berita Pusat Korea (KCNA)",
        "according to the Korean Central News Agency",
        "kata kantor berita Korea Utara KCNA",
    ],
)
def test_an_agency_named_in_full_or_in_translation_is_cited_by_its_name(citation: str) -> None:
    article = article_of(
        f"SEOUL - Putin menerima undangan itu, {citation}. Yonhap News Agency melaporkan hal "
        "yang sama.\n"
    )
    assert article.cites == ["KCNA", "Yonhap"]


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("jungminho@koreatimes.co.kr", "The Korea Times"),
        ("By Ji Da-gyum (dagyumji@heraldcorp.com)", "The Korea Herald"),
        ("Contact the writer at kim.reporter@gmail.com", None),  # no outlet's domain
    ],
)
def test_the_outlet_of_the_writers_address(credit: str, outlet: str | None) -> None:
    article = article_of(
        "Seoul warns of consequences\n\n"
        "South Korea on Wednesday warned that any arms deal would violate U.N. resolutions.\n\n"
        f"{credit}\n"
    )
    assert article.outlet == outlet
    assert article.field_sources.get("outlet") == ("text" if outlet else None)


@pytest.mark.parametrize(
    ("lead", "outlet", "cites"),
    [
        # the agency a dateline's brackets name, and the one it took the story from
        ("VLADIVOSTOK, 13 Sept (Bernama-Reuters) -- Kim tiba di Rusia.", "Bernama", ["Reuters"]),
        ("JAKARTA (ANTARA/AP) - Kim tiba di Rusia.", "ANTARA", ["AP"]),
        ("BEIJING, Sept. 13 (Xinhua) -- Kim arrived in Russia.", "Xinhua", []),
    ],
)
def test_a_datelines_agency_and_the_agency_it_took_the_story_from(
    lead: str, outlet: str, cites: list[str]
) -> None:
    article = article_of(f"Kim Tiba di Rusia\n\n{lead}\n\nPutin menyambutnya di Vostochny.\n")
    assert (article.outlet, article.cites) == (outlet, cites)


@pytest.mark.parametrize(
    ("sentence", "cites"),
    [
        # the kind of outlet, and the country it is from, between the cue and its name
        ("Kim left, according to Russian news agency Interfax.", ["Interfax"]),
        ("Kim left, according to state news agency RIA.", ["RIA Novosti"]),
        ("Kim left, according to Russian newspaper Vedomosti.", ["Vedomosti"]),
        ("Kim told state broadcaster KBS that he was ready.", ["KBS"]),
        ("Kim left, North Korea's official Korean Central News Agency said.", ["KCNA"]),
        (
            "Kim was quoted as saying by North Korea's official Korean Central News Agency.",
            ["KCNA"],
        ),
        # and no outlet named
        ("Kim told Russian reporters Putin was ready.", []),
        ("Kim told state media Putin was ready.", []),
        ("Kim left, according to Russian officials.", []),
    ],
)
def test_a_source_named_past_its_kind_and_country_is_cited(sentence: str, cites: list[str]) -> None:
    article = article_of(f"Kim Tiba\n\nVOSTOCHNY, Russia – Kim arrived.\n\n{sentence}\n")
    assert article.cites == cites


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Jieun Kim for RFA Korean", "Radio Free Asia"),  # the outlet's service
        ("By Jieun Kim for Reuters", "Reuters"),
        ("By Jieun Kim for Weekend Edition", None),  # no outlet's
    ],
)
def test_a_byline_that_says_whom_it_was_written_for_names_the_outlet(
    byline: str, outlet: str | None
) -> None:
    article = article_of(
        f"Kim, Putin pledge closer ties\n\n{byline}\n2023.09.13\n\n"
        "North Korean leader Kim Jong Un and Russian President Vladimir Putin met.\n"
    )
    assert (article.outlet, article.byline) == (outlet, "Jieun Kim")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # with nothing between them but the label, as The Hankyoreh prints it
        ("Posted on : Sep 14, 2023 16:45 KST Modified on : Sep 15, 2023 09:10 KST", "2023-09-14"),
        ("Published: 14 September 2023 | Updated: 15 September 2023", "2023-09-14"),
        ("Kamis, 14 Sep 2023 10:15 WIB | Diperbarui 15 Sep 2023 11:00 WIB", "2023-09-14"),
        # the other way round, the day it was updated first
        ("Updated: September 15, 2023 | Published: September 14, 2023", "2023-09-14"),
        ("Diperbarui 15 Sep 2023, 08:00 | Dipublikasikan 14 Sep 2023, 20:00", "2023-09-14"),
        ("14 September 2023 dan 15 September 2023", None),  # two days, neither an update
    ],
)
def test_a_date_line_with_the_day_it_was_updated_dates_the_story_by_the_first(
    line: str, day: str | None
) -> None:
    article = article_of(f"Kim Tiba di Rusia\n\n{line}\n\nKim tiba di Rusia dengan kereta.\n")
    assert article.date == day


def test_a_korean_dailys_header_caption_byline_and_closing_address() -> None:
    """As The Hankyoreh prints a story: the day it was posted and modified on one line, the
    photo's caption closed by its credit in square brackets, the writer's role after the name,
    and where to write to, on its own domain, closing the story."""
    story = (
        "The summit could reshape security in Northeast Asia, experts said Thursday.",
        '"This is the most significant development since 2018," Kim Yeon-chul said in a phone '
        "interview with the Hankyoreh.",
    )
    article = article_of(
        "Experts warn Putin-Kim summit could shift balance\n\n"
        "Posted on : Sep.14,2023 16:45 KST Modified on : Sep.15,2023 09:10 KST\n\n"
        "Kim Jong-un and Vladimir Putin held a summit at the Vostochny Cosmodrome on Wednesday."
        " [KCNA/Yonhap]\n\n"
        "By Park Min-hee, staff reporter\n\n"
        f"{story[0]}\n\n{story[1]}\n\n"
        "Please direct questions or comments to [english@hani.co.kr]\n"
    )
    assert (article.outlet, article.date, article.byline, article.cites) == (
        "The Hankyoreh",  # its domain, in the address to write to
        "2023-09-14",  # when it was posted, not modified
        "Park Min-hee",
        [],  # its own interview cites no one
    )
    assert article.paragraphs == list(story)


@pytest.mark.parametrize(
    ("ran", "lead", "cites"),
    [
        # a wire story another outlet ran cites the agency its dateline names
        ("The Jakarta Post", "VOSTOCHNY, Russia (Reuters) - Kim arrived.", ["Reuters"]),
        ("Republika", "JAKARTA (ANTARA) - Kim tiba di Rusia.", ["ANTARA"]),
        ("CNN Indonesia", "Jakarta, CNN Indonesia -- Kim tiba di Rusia.", []),
        ("detikcom", "Jakarta, detik.com - Kim tiba di Rusia.", []),
        ("Reuters News", "VOSTOCHNY (Reuters) - Kim arrived.", []),  # Reuters' own
        ("Kompas", "JAKARTA, KOMPAS.com - Kim tiba di Rusia.", []),
        ("Kompas", "JAKARTA - Kim tiba di Rusia.", []),
    ],
)
def test_a_story_that_opens_with_another_outlets_dateline_cites_it(
    ran: str, lead: str, cites: list[str]
) -> None:
    text = f"Kim Tiba di Rusia\n\n{lead}\n\nPutin menyambutnya di Vostochny.\n"
    article = build_article(SourceDoc("x.jsonl", 1, text, {"outlet": ran}, {"outlet": "json"}))
    assert article.cites == cites


@pytest.mark.parametrize(
    "lead",
    [
        "VLADIVOSTOK, 13 Sept -- Kim tiba di Rusia.",
        "MOSKOW, Rabu (13/9) - Kim tiba di Rusia.",
        "SEOUL, Sept. 13 -- Kim arrived in Russia.",
        "Jakarta, 13 September - Kim tiba di Rusia.",
        # nor does a region by its kind, with its town, or a time
        "Vostochny, Amur Region - Kim tiba di Rusia.",
        "Cibinong, Kabupaten Bogor - Kim tiba di Rusia.",
        "Jakarta, Pukul 10.00 WIB - Kim tiba di Rusia.",
        # nor a town beside a full date, a rubric or a credit
        "Vladivostok, 13/9/2023 - Kim tiba di Rusia.",
        "JAKARTA, LIVE UPDATE - Kim tiba di Rusia.",
        "Jakarta, Reporter Budi - Kim tiba di Rusia.",
    ],
)
def test_a_datelines_day_without_its_year_names_no_outlet(lead: str) -> None:
    article = article_of(f"Kim Tiba di Rusia\n\n{lead}\n\nPutin menyambutnya di Vostochny.\n")
    assert article.outlet is None


def test_an_outlets_name_over_an_agencys_story_is_the_outlet_and_the_agency_cited() -> None:
    article = article_of(
        "Putin terima jemputan Kim Jong Un ke Pyongyang\n\nAstro Awani\n"
        "Diterbitkan pada Sep 14, 2023 10:15 MYT\n\nBernama\n\n"
        "MOSCOW: Presiden Rusia Vladimir Putin telah menerima jemputan Kim Jong Un, kata "
        "Kremlin pada Khamis.\n\n-- BERNAMA\n"
    )
    assert (article.outlet, article.byline, article.cites) == ("Astro Awani", None, ["Bernama"])


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© 2023 The Korea Times. All rights reserved.", "The Korea Times"),
        ("Copyright © 2023 Yonhap News Agency", "Yonhap"),
        ("Copyright 2023 The Associated Press. All rights reserved.", "AP"),
        ("Hak Cipta © 2023 Kompas.com", "Kompas"),
        ("© Reuters 2023", "Reuters"),
        # a holder kp does not know as an outlet names none
        ("© 2023 PT Kompas Media Nusantara", None),
    ],
)
def test_a_copyright_line_names_the_outlet_when_nothing_else_does(
    footer: str, outlet: str | None
) -> None:
    article = article_of(
        "Putin and Kim meet\n\nRussian President Vladimir Putin met North Korean leader Kim Jong "
        "Un at the Vostochny spaceport on Wednesday.\n\nThe talks lasted several hours.\n\n"
        f"{footer}\n"
    )
    assert article.outlet == outlet
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("Oleh: Dr. Siti Rahmawati, M.A.*", "Siti Rahmawati"),
        ("Penulis: Prof. Dr. Budi Santoso, M.Si.", "Budi Santoso"),
        ("By Jane Doe, Ph.D.", "Jane Doe"),
        ("By J.K. Simmons and Anna Smith", "J.K. Simmons and Anna Smith"),  # initials stay
    ],
)
def test_a_writers_academic_titles_and_degrees_are_no_part_of_the_byline(
    credit: str, byline: str
) -> None:
    article = article_of(
        f"Harga Beras Naik\n\n{credit}\n\nJAKARTA - Pemerintah menyiapkan operasi pasar untuk "
        "menekan harga beras.\n\nWarga berharap harga segera turun.\n"
    )
    assert article.byline == byline
