from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import SEEDS, Invoke, article_of, jsonl, load_jsonl, write_article
from kimputin_cli.metadata import build_article
from kimputin_cli.models import Quote
from kimputin_cli.quotes import extract_quotes
from kimputin_cli.reader import read_file
from kimputin_cli.speakers import NameLinker, strip_titles

EXPECTED = load_jsonl("seed-quotes.jsonl")


def _seed_quotes() -> dict[str, list[Quote]]:
    found = {}
    for path in sorted(SEEDS.glob("*.txt")):
        found[path.name] = extract_quotes(build_article(read_file(path, path.name).docs[0]))
    return found


def _same(a: str, b: str) -> bool:
    return a.rstrip(".,") == b.rstrip(".,")


def test_every_required_seed_quote_with_its_speaker_and_none_invented() -> None:
    found = _seed_quotes()
    for expected in EXPECTED:
        matches = [q for q in found[str(expected["file"])] if _same(q.text, str(expected["quote"]))]
        if not expected["required"] and not matches:
            continue
        assert matches, f"missing: {expected['quote']}"
        assert matches[0].speaker == expected["speaker"], expected["quote"]
        assert matches[0].kind == expected["kind"], expected["quote"]
    for name, quotes in found.items():
        for quote in (q for q in quotes if q.kind != "indirect"):
            assert any(
                e["file"] == name and _same(quote.text, str(e["quote"])) for e in EXPECTED
            ), f"invented: {quote.text}"


def test_seed_relay_and_offsets() -> None:
    found = _seed_quotes()
    kim = next(q for q in found["001_614698e047fae2fd.txt"] if q.text.startswith("Saya yakin"))
    assert (kim.speaker, kim.speaker_as_written, kim.via) == (
        "Kim Jong Un",
        "Kim",
        "Channel News Asia",
    )
    for path in SEEDS.glob("*.txt"):
        article = build_article(read_file(path, path.name).docs[0])
        for quote in extract_quotes(article):
            paragraph = article.paragraphs[quote.paragraph - 1]
            assert 0 <= quote.start < quote.end <= len(paragraph)
            assert (
                quote.text.split()[0] in paragraph[quote.start : quote.start + len(quote.text) + 2]
            )


def _quotes_of(*paragraphs: str, kind: str = "quoted") -> list[Quote]:
    text = "JAKARTA, KOMPAS.com - Berita hari ini.\n\n" + "\n\n".join(paragraphs)
    found = extract_quotes(article_of(text))
    if kind == "all":
        return sorted(found, key=lambda q: (q.paragraph, q.start))
    return [q for q in found if (q.kind == "indirect") == (kind == "indirect")]


def _speaker_after_the_summit(said: str) -> str | None:
    """The speaker of the one quote in ``said``, after a lead that names Putin and Kim in full
    with their offices."""
    (quote,) = _quotes_of(
        "Presiden Rusia Vladimir Putin bertemu pemimpin Korea Utara Kim Jong Un.", said
    )
    return quote.speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "via"),
    [
        (
            ["“Kami akan menaikkan suku bunga bulan depan,” kata Gubernur BI Perry Warjiyo."],
            "Perry Warjiyo",
            None,
        ),
        (["Peskov: “Kami tidak akan mundur dari posisi ini.”"], "Peskov", None),
        (["Kata Peskov, “Kami tidak akan mundur dari posisi ini.”"], "Peskov", None),
        (["Kata Peskov lagi, “Kami tidak akan mundur dari posisi ini.”"], "Peskov", None),
        # a nickname in brackets after the name in the cue
        (["“Kami tidak akan mundur,” kata Presiden Joko Widodo (Jokowi)."], "Joko Widodo", None),
        (["“Kami tidak akan mundur,” kata Joko Widodo (Jokowi) di Istana."], "Joko Widodo", None),
        (["“Kami tidak akan mundur dari posisi ini,” teriak Peskov."], "Peskov", None),
        (["Peskov tiba. “Kami tidak akan mundur dari posisi ini,” bisiknya."], "Peskov", None),
        (["Peskov tiba. “Kami tidak akan mundur dari posisi ini,” simpulnya."], "Peskov", None),
        (["Peskov berteriak, “Kami tidak akan mundur dari posisi ini!”"], "Peskov", None),
        (["Putin melanjutkan, “Kami siap membantu teman-teman kami.”"], "Putin", None),
        (["Budi mengisahkan, “Saat itu air naik sangat cepat.”"], "Budi", None),
        (["Ujar Peskov kemudian, “Kami tidak akan mundur dari posisi ini.”"], "Peskov", None),
        (["– “Kami tidak akan mundur dari posisi ini,” kata Peskov."], "Peskov", None),  # a bullet
        (
            ["Seperti disampaikan Menteri Keuangan Sri Mulyani, “Defisit tetap terjaga.”"],
            "Sri Mulyani",
            None,
        ),
        (
            ["Sebagaimana ditulis oleh Victor Cha, “Korea Utara kini punya pelindung.”"],
            "Victor Cha",
            None,
        ),
        (['As Victor Cha wrote, "North Korea now has a protector."'], "Victor Cha", None),
        (["“Kami tidak tahu apa-apa,” ujar salah seorang warga, Budi (45)."], "Budi", None),
        (['"It was a success," Kim\'s powerful sister Kim Yo Jong said.'], "Kim Yo Jong", None),
        (['As a result, Putin said, "We are ready to help."'], "Putin", None),
        (['"Putin accepted the invitation with pleasure," KCNA reported.'], "KCNA", None),
        (["“Kami siap bekerja sama dengan Rusia,” lapor kantor berita Yonhap."], "Yonhap", None),
        (
            ['In a statement, the Ministry of Foreign Affairs said: "We call for restraint."'],
            "Ministry of Foreign Affairs",
            None,
        ),
        (
            [
                '"We call for restraint," the spokesperson for the ministry, Lalu Muhammad '
                "Iqbal, said."
            ],
            "Lalu Muhammad Iqbal",
            None,
        ),
        (["Sebagaimana dikatakan oleh Peskov, “Kami tidak akan mundur.”"], "Peskov", None),
        (
            ["Zelensky juga menyindir, “Putin sudah putus asa dan kehabisan senjata.”"],
            "Zelensky",
            None,
        ),
        (["Jokowi meminta, “Semua menteri harus bekerja lebih keras lagi.”"], "Jokowi", None),
        (["Anies berkelakar, “Saya belum sempat mandi pagi ini.”"], "Anies", None),
        # the verb, then how or to whom: "Peskov menjawab singkat, “…”"
        (
            ['Peskov hadir. Ia menjawab singkat, "Tidak ada kesepakatan sama sekali."'],
            "Peskov",
            None,
        ),
        (["Kim berkata dengan tegas: “Rusia adalah sahabat terdekat kami.”"], "Kim", None),
        # a reply: "Kim membalas, “…”"
        (["Kim membalas, “Terima kasih telah mengundang kami.”"], "Kim", None),
        (["Peskov merespons: “Kami tidak terburu-buru.”"], "Peskov", None),
        (
            ["“Kami tidak akan mundur dari posisi ini,” tutur Juru Bicara Kremlin Dmitry Peskov."],
            "Dmitry Peskov",
            None,
        ),
        (
            [
                "Presiden Rusia Vladimir Putin tiba di kosmodrom.",
                "“Kami tidak akan mundur dari posisi ini,” ujar Presiden Rusia itu.",
            ],
            "Vladimir Putin",
            None,
        ),
        (
            [
                "Menteri Keuangan Sri Mulyani hadir di DPR.",
                "“Defisit anggaran masih terkendali di bawah tiga persen,” ujarnya.",
            ],
            "Sri Mulyani",
            None,
        ),
        (
            ["Pelatih Shin Tae-yong mengatakan, “Para pemain sudah bekerja keras sepanjang laga.”"],
            "Shin Tae-yong",
            None,
        ),
        (
            ["Menurut Airlangga Hartarto, “Ekonomi kita tumbuh lima persen tahun ini.”"],
            "Airlangga Hartarto",
            None,
        ),
        (
            ["”Kami tidak akan mundur dari kompetisi ini,” tegas kapten tim Jordi Amat."],
            "Jordi Amat",
            None,
        ),
        (
            ["«Harga beras akan turun pekan depan,» tutur Budi Santoso, dilansir dari Antara."],
            "Budi Santoso",
            "ANTARA",
        ),
        (
            ['"Semua pihak harus menahan diri," kata Kapolri Listyo Sigit Prabowo.'],
            "Listyo Sigit Prabowo",
            None,
        ),
        (
            [
                "Ekonom Bank Permata Josua Pardede menilai rupiah menguat. "
                '"Pasar melihat peluang The Fed menahan suku bunga," ujar Josua.'
            ],
            "Josua Pardede",
            None,
        ),
        (
            ['Peter Mandelson mengatakan, "Kesepakatan dagang itu sudah dekat."'],
            "Peter Mandelson",
            None,
        ),
        (
            [
                "Mark Rutte tiba di Kyiv pada Senin.",
                '"NATO tetap bersatu mendukung Ukraina," kata Rutte.',
            ],
            "Mark Rutte",
            None,
        ),
        (["“Tidak ada korban jiwa,” kata Kepala BPBD Cianjur."], "Kepala BPBD Cianjur", None),
        (
            ['"Russia is rising," Kim told Putin, according to Russian state media RIA Novosti.'],
            "Kim",
            "RIA Novosti",
        ),
        (['"Russia is rising," Kim told Putin, according to Russian state media.'], "Kim", None),
        (
            ['"Russia is rising," Kim said, according to the Korean Central News Agency.'],
            "Kim",
            "KCNA",
        ),
        (
            ['"Rusia bangkit melawan," kata Kim seperti dikutip kantor berita Rusia TASS.'],
            "Kim",
            "TASS",
        ),
        (
            [
                "“Indonesia mendorong semua pihak menahan diri.”",
                "Hal itu disampaikan Menteri Luar Negeri Retno Marsudi di Jakarta, Rabu.",
            ],
            "Retno Marsudi",
            None,
        ),
        (
            ["“Semua pihak harus menahan diri,” demikian disampaikan Menlu Retno Marsudi."],
            "Retno Marsudi",
            None,
        ),
        (
            [
                "“Semua pihak harus menahan diri.” Hal tersebut juga diungkapkan oleh Juru Bicara "
                "Kemlu Teuku Faizasyah saat konferensi pers."
            ],
            "Teuku Faizasyah",
            None,
        ),
        (["“Semua pihak harus menahan diri.” —Retno Marsudi"], "Retno Marsudi", None),
        (['"Semua pihak harus menahan diri" - Retno Marsudi.'], "Retno Marsudi", None),
        (['"Semua pihak harus menahan diri" -- Retno Marsudi'], "Retno Marsudi", None),
        (
            [
                "Wali Kota Solo Gibran Rakabuming Raka meninjau pasar.",
                "“Harga cabai sudah mulai turun,” kata Mas Gibran.",
            ],
            "Gibran Rakabuming Raka",
            None,
        ),
        (
            ["“Kami tidak akan mundur,” kata Juru Bicara Kemenlu Teuku Faizasyah."],
            "Teuku Faizasyah",
            None,
        ),
        (
            ["Putin and Maria Zakharova met.", '"We are ready for this," Zakharova posted on X.'],
            "Maria Zakharova",
            None,
        ),
        (
            ['Unification ministry spokesperson Koo Byoung-sam said, "We are watching closely."'],
            "Koo Byoung-sam",
            None,
        ),
        (
            ['"China is not a party," Chinese foreign ministry spokesperson Mao Ning said.'],
            "Mao Ning",
            None,
        ),
        (
            [
                "Presiden Joko Widodo meninjau pasar.",
                "Jokowi tersenyum. “Harga cabai sudah turun.”",
            ],
            "Jokowi",
            None,
        ),
        (  # an outlet kp does not list, as the words after its name say it is one
            ['"Nothing has been signed," Peskov told the ISNA news agency.'],
            "Peskov",
            "ISNA",
        ),
        (  # the outlet that interviewed the speaker relays the quote
            [
                "Menlu Retno Marsudi hadir.",
                "“Kami siap membantu,” kata Retno dalam wawancara khusus dengan Tempo.",
            ],
            "Retno Marsudi",
            "Tempo",
        ),
        (
            ['"We will hold them accountable," Antony Blinken said in an interview with CNN.'],
            "Antony Blinken",
            "CNN",
        ),
        (  # someone who is no outlet relays nothing
            ['"We talked for hours," Kim Jong Un said in an interview with Vladimir Putin.'],
            "Kim Jong Un",
            None,
        ),
    ],
)
def test_attribution_patterns(paragraphs: list[str], speaker: str, via: str | None) -> None:
    (quote,) = _quotes_of(*paragraphs)
    assert (quote.speaker, quote.via, quote.kind) == (speaker, via, "direct")


def test_words_quoted_in_reported_speech_past_an_aside_are_the_speakers() -> None:
    quotes = _quotes_of(
        "Foreign ministry spokesman Lalu Muhammad Iqbal, when asked about possible arms deals, "
        'said Indonesia "is monitoring the situation closely."',
        kind="all",
    )
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Lalu Muhammad Iqbal"),
        ("fragment", "Lalu Muhammad Iqbal"),  # said, not asked
    ]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Begini kata Putin:", "Putin"),
        ("Kata Putin:", "Putin"),
        ("Berikut pernyataan Kremlin:", "Kremlin"),
        ("Berikut petikan wawancara dengan Vladimir Putin:", "Vladimir Putin"),
        # "-nya": whom the sentence before is about
        (
            "Juru bicara Kremlin Dmitry Peskov hadir. Berikut pernyataan lengkapnya:",
            "Dmitry Peskov",
        ),
        # (its: a body's too)
        ("Kremlin kemudian merilis pernyataan. Berikut pernyataan lengkapnya:", "Kremlin"),
        ("Hasilnya sebagai berikut:", None),  # a lead that names no one
    ],
)
def test_a_paragraph_that_leads_into_the_quote_after_it_names_its_speaker(
    lead: str, speaker: str | None
) -> None:
    (quote,) = _quotes_of(lead, '"Kedua pemimpin membahas kerja sama ekonomi di kawasan."')
    assert (quote.kind, quote.speaker) == ("direct", speaker)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "she" is the woman the article named so, not the nearer subject
        (
            [
                "President Vladimir Putin met Foreign Ministry spokeswoman Maria Zakharova.",
                '"We are ready," she told the BBC.',
            ],
            "Maria Zakharova",
        ),
        (
            [
                "Ms. Jane Doe greeted President Joko Widodo at the palace. Jokowi spoke first.",
                '"We are ready," she said.',
            ],
            "Jane Doe",
        ),
        # and "he" is not her
        (
            [
                "Foreign Ministry spokeswoman Maria Zakharova briefed reporters. President "
                "Vladimir Putin arrived later.",
                '"We are ready," he said.',
            ],
            "Vladimir Putin",
        ),
        (["Foreign Ministry spokeswoman Maria Zakharova spoke.", '"We are ready," he said.'], None),
        # with no one named as a woman, "she" is the nearest person, as before
        (
            [
                "Foreign Minister Retno Marsudi met President Joko Widodo.",
                '"We are ready," she said.',
            ],
            "Retno Marsudi",
        ),
        # named a woman by a word after the name, or set off by a comma after the word
        (
            [
                "Kim Yo-jong, the powerful sister of the North Korean leader, Kim Jong-un, "
                "warned Washington.",
                '"Mind your own business," she said.',
            ],
            "Kim Yo-jong",
        ),
        (
            [
                "Russia's foreign ministry spokeswoman, Maria Zakharova, dismissed the "
                "criticism. President Vladimir Putin later met Kim.",
                '"The West is hysterical," she said.',
            ],
            "Maria Zakharova",
        ),
        # "Ms." and "Mr." say which of two people a shared name stands for, as The New York
        # Times writes names
        (
            [
                "Kim Jong Un met Putin. Kim Yo Jong, the sister of Mr. Kim, was there.",
                '"Hostile forces," Ms. Kim said.',
            ],
            "Kim Yo Jong",
        ),
        (
            ["Kim Jong Un met Putin. Kim Yo Jong, his sister, was there.", 'Ms. Kim said: "No."'],
            "Kim Yo Jong",
        ),
        (
            ["Kim Jong Un met Putin. Kim Yo Jong, his sister, was there.", '"Win," Mr. Kim said.'],
            "Kim Jong Un",
        ),
        (["Kim Yo Jong, the leader's sister, was there.", '"Win," Mr. Kim said.'], "Kim"),
        # "Ibu" before a name addresses a woman; inside an office it is another word
        (
            [
                "Kepala Otorita Ibu Kota Nusantara Bambang Susantono hadir.",
                '"We are ready," he said.',
            ],
            "Bambang Susantono",
        ),
    ],
)
def test_she_is_a_woman_the_article_named_so_and_he_is_not(
    paragraphs: list[str], speaker: str | None
) -> None:
    (quote,) = _quotes_of(*paragraphs)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "verb",
    "vowed pledged promised conceded countered retorted lamented complained shouted whispered "
    "remarked observed concluded reiterated suggested answered contended alleged underlined "
    "underscored recounted mused laughed sighed recalls warns insists argues".split(),
)
def test_english_speech_verbs_after_a_quote(verb: str) -> None:
    (quote,) = _quotes_of(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un.",
        f'"We are ready to help," Peskov {verb}.',
    )
    assert quote.speaker == "Peskov"  # not Putin, the subject of the sentence before
    (quote,) = _quotes_of(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un.",
        f'"We are ready to help," {verb} Kremlin spokesman Dmitry Peskov.',
    )
    assert quote.speaker == "Dmitry Peskov"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"We are ready" to help, Putin said.', "Vladimir Putin"),
        (
            '"We are ready" to help, Kremlin spokesman Dmitry Peskov told reporters.',
            "Dmitry Peskov",
        ),
        ('"We are ready" to help, a senior official said.', None),
        # a quote inside the sentence is the subject's, not a later clause's
        (
            'Kim vowed support for Russia\'s "sacred fight", as Putin promised help.',
            "Kim Jong Un",
        ),
    ],
)
def test_a_quote_that_opens_an_english_sentence_ending_with_its_speaker(
    paragraph: str, speaker: str | None
) -> None:
    (quote,) = _quotes_of(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un.", paragraph
    )
    assert quote.speaker == speaker


@pytest.mark.parametrize("verb", ["mused", "scoffed", "laughed", "tersenyum", "berbisik-bisik"])
def test_a_name_and_any_verb_after_a_quote_its_comma_closes(verb: str) -> None:
    (quote,) = _quotes_of(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un.",
        f'"We are ready to help," Peskov {verb}.',
    )
    assert quote.speaker == "Peskov"  # not Putin, the subject of the sentence before


def test_the_new_york_times_style_of_names_and_reported_speech() -> None:
    found = extract_quotes(
        article_of(
            "Kim and Putin Meet at Russian Spaceport\n\n"
            "Kim Jong-un, the North Korean leader, told President Vladimir V. Putin of Russia on "
            "Wednesday that his country would support Moscow.\n\n"
            "Mr. Putin, asked by reporters about satellites, replied: "
            '"That\'s why we came here."\n\n'
            "The United States warned against any weapons transfers.\n\n"
            "A version of this article appears in print on Sept. 14, 2023, Section A, Page 1 of "
            "the New York edition with the headline: Kim and Putin Meet at Russian Spaceport.\n"
        )
    )
    assert found[1].office == "North Korean leader"  # set off after the name
    assert [(q.kind, q.speaker, q.text) for q in found] == [
        # the country after the name is no part of it
        ("direct", "Vladimir V. Putin", "That's why we came here."),
        # whom he told, past a name with an initial, and the day, before "that"
        ("indirect", "Kim Jong-un", "his country would support Moscow"),
        # what a warning is against is no statement
    ]


def test_he_after_a_quote_is_its_speaker_and_a_warning_to_someone_reports_nothing() -> None:
    found = extract_quotes(
        article_of(
            "SEOUL - Secretary of State Antony Blinken said any deal would violate sanctions.\n\n"
            '"It\'s a marriage of convenience," said Andrei Lankov, a North Korea expert. He '
            "added that Pyongyang wanted food and technology.\n\n"
            "The US has warned North Korea against supplying arms to Russia.\n"
        )
    )
    assert [(q.kind, q.speaker, q.text) for q in found if q.paragraph > 1] == [
        ("direct", "Andrei Lankov", "It's a marriage of convenience"),
        # not Blinken, the last subject before the quote
        ("indirect", "Andrei Lankov", "Pyongyang wanted food and technology"),
    ]


def test_a_pronoun_subject_before_an_adverb_holding_its_letters_reports() -> None:
    (quote,) = _quotes_of(
        "Menteri Luar Negeri Retno Marsudi hadir di Jakarta.",
        # "ia" is a word of its own, not the "ia" inside "kemudian"
        "Ia kemudian menambahkan bahwa Indonesia mendukung perdamaian di Semenanjung Korea.",
        kind="indirect",
    )
    assert (quote.speaker, quote.text) == (
        "Retno Marsudi",
        "Indonesia mendukung perdamaian di Semenanjung Korea",
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Berdasarkan pernyataan KCNA, kedua pemimpin membahas kerja sama militer.", "KCNA"),
        ("Berdasarkan laporan Yonhap, Kim meninggalkan Pyongyang dengan kereta.", "Yonhap"),
        ("Berdasarkan data BPS, harga beras naik lima persen pada bulan lalu.", None),
        ("Pihak Kremlin mengatakan kedua pemimpin membahas kerja sama militer.", "Kremlin"),
    ],
)
def test_reported_speech_by_a_statement_or_a_side_in_indonesian(
    sentence: str, speaker: str | None
) -> None:
    found = _quotes_of(sentence, kind="indirect")
    assert [q.speaker for q in found] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("sentence", "speaker", "via"),
    [
        (
            "The leaders discussed military cooperation, Russia's TASS news agency reported, "
            "citing Peskov.",
            "Peskov",
            "TASS",
        ),
        ("The leaders discussed military cooperation, TASS reported.", "TASS", None),
        # an outlet that opens the sentence relays what follows, as it does a quote
        (
            "Dilansir dari Yonhap, Kementerian Unifikasi menyebut kerja sama itu melanggar "
            "resolusi.",
            "Kementerian Unifikasi",
            "Yonhap",
        ),
        (
            "Mengutip Reuters, Peskov mengatakan kedua pihak akan membahas waktunya.",
            "Peskov",
            "Reuters",
        ),
        ("Dikutip dari CNN, Lavrov menyebut sanksi itu tidak berlaku lagi.", "Lavrov", "CNN"),
        # and a relay set off after the cue that follows the statement
        ("Kim tiba di Vostochny pagi ini, kata Peskov, seperti dikutip TASS.", "Peskov", "TASS"),
        # one who speaks in what an outlet reported speaks through it
        (
            "Kim told Putin that Russia is waging a sacred fight, Russian news agency TASS "
            "reported.",
            "Kim",
            "TASS",
        ),
        ("Peskov said no deals were signed, Interfax reported on Thursday.", "Peskov", "Interfax"),
        # the outlet told, quoting or interviewing, named before what was said
        ("Peskov told RIA Novosti on Thursday that no deals were signed.", "Peskov", "RIA Novosti"),
        ("Peskov mengatakan kepada TASS bahwa tidak ada perjanjian.", "Peskov", "TASS"),
        ("Putin said, as quoted by RIA Novosti, that Russia would help.", "Putin", "RIA Novosti"),
        (
            "Putin, quoted by Interfax, said Russia would help build satellites.",
            "Putin",
            "Interfax",
        ),
        ("In an interview with CNN, Kirby said the U.S. was watching closely.", "Kirby", "CNN"),
        ("Kim told Putin that his country would always support Russia.", "Kim", None),
        # and no outlet relays its own report
        (
            "Dilansir dari Reuters, kantor berita Reuters melaporkan kedua pihak bertemu lagi.",
            "Reuters",
            None,
        ),
    ],
)
def test_whom_an_outlet_cites_speaks_through_it(
    sentence: str, speaker: str, via: str | None
) -> None:
    (quote,) = _quotes_of(sentence, kind="indirect")
    assert (quote.speaker, quote.via) == (speaker, via)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("No deal was signed at the talks, according to the Kremlin.", "Kremlin"),
        ("No deal was signed at the talks, according to a statement from the Kremlin.", "Kremlin"),
        ("Kim toasted Putin's health, according to a Kremlin readout of the dinner.", "Kremlin"),
        ("Kim left Pyongyang on Sunday by train, according to KCNA.", "KCNA"),
        ("Prices rose by five percent, according to data from the central bank.", None),
    ],
)
def test_the_source_named_after_a_statement_in_english(sentence: str, speaker: str | None) -> None:
    found = _quotes_of(sentence, kind="indirect")
    assert [q.speaker for q in found] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("sentence", "kind", "speaker"),
    [
        ("“The talks were useful and frank,” a Kremlin statement said.", "quoted", "Kremlin"),
        ("A Kremlin statement said the talks covered military cooperation.", "indirect", "Kremlin"),
        ("A KCNA report said the talks covered military cooperation.", "indirect", "KCNA"),
        (
            "The Kremlin's readout said the talks covered military cooperation.",
            "indirect",
            "Kremlin",
        ),
        # someone of the body, unnamed, is no one named
        ("A Kremlin spokesman said the talks covered military cooperation.", "indirect", None),
    ],
)
def test_a_statement_of_a_body_is_the_bodys(sentence: str, kind: str, speaker: str | None) -> None:
    """ "A Kremlin statement said": the Kremlin speaks through it (it was no one, or "A
    Kremlin")."""
    found = _quotes_of(sentence, kind=kind)
    assert [q.speaker for q in found] == ([speaker] if kind == "quoted" or speaker else [])


@pytest.mark.parametrize(
    "introduction",
    ["Kim said at the dinner:", "Kim mengatakan dalam jamuan makan malam kenegaraan:"],
)
def test_where_the_words_after_a_colon_were_said_is_no_statement(introduction: str) -> None:
    quotes = _quotes_of(introduction, "“Kami akan selalu bersama Rusia,” lanjutnya.", kind="all")
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Kim")]
    # what is said before a colon is
    (said,) = _quotes_of("Peskov said the talks covered three areas of cooperation:", kind="all")
    assert said.text == "the talks covered three areas of cooperation:"


@pytest.mark.parametrize(
    "sentence",
    [
        "Peskov turut mengatakan kunjungan itu akan berlangsung beberapa hari.",
        "Peskov, saat dikonfirmasi, membenarkan kunjungan itu akan berlangsung beberapa hari.",
        "Peskov tidak menampik bahwa kunjungan itu akan berlangsung beberapa hari.",
    ],
)
def test_confirming_and_not_denying_report_what_was_said(sentence: str) -> None:
    (quote,) = _quotes_of(sentence, kind="indirect")
    assert (quote.speaker, quote.text) == ("Peskov", "kunjungan itu akan berlangsung beberapa hari")


@pytest.mark.parametrize(
    "verb", ["signaled", "hinted", "pledged", "vowed", "conceded", "boasted", "agreed"]
)
def test_english_verbs_that_report_what_was_meant(verb: str) -> None:
    (quote,) = _quotes_of(f"Putin {verb} that Russia would expand its cooperation.", kind="all")
    assert (quote.speaker, quote.text) == ("Putin", "Russia would expand its cooperation")


@pytest.mark.parametrize("verb", ["replied", "responded", "answered", "retorted", "declared"])
def test_english_verbs_of_reply_report_what_follows_that(verb: str) -> None:
    (quote,) = _quotes_of(f"Putin {verb} that Russia would expand its cooperation.", kind="all")
    assert (quote.speaker, quote.text) == ("Putin", "Russia would expand its cooperation")
    assert _quotes_of(f"Putin {verb} to the question at length.", kind="all") == []


@pytest.mark.parametrize("verb", ["promised", "assured"])
def test_what_was_promised_or_assured_to_someone_is_reported(verb: str) -> None:
    (quote,) = _quotes_of(f"Kim {verb} Putin that he would visit Moscow again.", kind="all")
    assert (quote.speaker, quote.text) == ("Kim", "he would visit Moscow again")
    assert _quotes_of(f"Putin {verb} more aid to the region.", kind="all") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Indonesia hopes the meeting will not escalate tensions, Minister Retno Marsudi "
            "stated in a press statement received here on Thursday.",
            "Retno Marsudi",
        ),
        ("Indonesia always encourages dialogue, Marsudi remarked.", "Marsudi"),
        ("The talks were useful, Peskov explained to reporters on Thursday.", "Peskov"),
    ],
)
def test_a_speaker_after_the_statement_as_english_outlets_in_indonesia_write_it(
    sentence: str, speaker: str
) -> None:
    (quote,) = _quotes_of(sentence, kind="indirect")
    assert quote.speaker == speaker


def test_an_answer_after_a_question_is_the_one_who_answers() -> None:
    quotes = _quotes_of(
        'Wartawan bertanya, "Apakah ada kesepakatan senjata?" Peskov menjawab singkat, "Tidak ada."'
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Apakah ada kesepakatan senjata?", None),  # a reporter, unnamed; not Peskov either
        ("Tidak ada.", "Peskov"),  # not the reporters', who asked
    ]
    # a word for someone unnamed opening the sentence is no one's name
    for said in ("Pengamat menilai, “Ini berbahaya.”", "Warga mengatakan, “Kami takut.”"):
        assert [q.speaker for q in _quotes_of("Putin bertemu Kim Jong Un.", said)] == [None]
    # "jawabnya" after a question put to someone: the one it was put to answers
    quotes = _quotes_of(
        "Juru bicara Kremlin Dmitry Peskov hadir.",
        "“Apakah Rusia akan membantu?” tanya wartawan kepada Presiden Vladimir Putin.",
        "“Tentu saja,” jawabnya singkat.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Apakah Rusia akan membantu?", None),
        ("Tentu saja", "Vladimir Putin"),  # not Peskov, the last one named before
    ]


def test_an_opening_mark_typed_where_the_closing_one_belongs_closes_the_quote() -> None:
    quotes = _quotes_of(
        "“Kami siap membantu Korea Utara,“ kata Putin.",
        "“Ini kunjungan penting,” ujar Peskov.",
        "Lavrov menyebut “kerja sama“ kedua negara “sangat penting“.",
        kind="all",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Kami siap membantu Korea Utara", "Putin"),
        ("Ini kunjungan penting", "Peskov"),  # its own, not run into the quote before
        ("kerja sama", "Lavrov"),
        ("sangat penting", "Lavrov"),
    ]


def test_quotes_in_reversed_guillemets_close_where_they_should() -> None:
    # »…«, as German and Danish print quotes: the « closes it, and the next paragraph's quote
    # is its own; a » that no « follows is a breadcrumb, not a quote
    quotes = _quotes_of(
        "Home » Internasional » Asia",
        "»Amerika Serikat sangat prihatin«, kata juru bicara Gedung Putih John Kirby.",
        '"Kami tidak terburu-buru," kata Peskov.',
    )
    assert [(q.paragraph, q.text, q.speaker, q.kind) for q in quotes] == [
        (2, "Amerika Serikat sangat prihatin", "John Kirby", "direct"),
        (3, "Kami tidak terburu-buru", "Peskov", "direct"),
    ]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Pelatih Timnas Indonesia Shin Tae-yong", "Shin Tae-yong"),
        ("Menteri Luar Negeri Korea Selatan Park Jin", "Park Jin"),
        ("Presiden Rusia Vladimir Putin", "Vladimir Putin"),
        ("Ketua Umum PSSI Erick Thohir", "Erick Thohir"),
        ("Ketua Kim Jong Un", "Kim Jong Un"),
        ("Presiden Joko Widodo", "Joko Widodo"),
        ("Presiden Susilo Bambang Yudhoyono", "Susilo Bambang Yudhoyono"),
        ("Pelatih Persib Bojan Hodak", "Bojan Hodak"),
        ("Kepala Bulog Budi Waseso", "Budi Waseso"),
        ("Ketua Umum Partai Golkar Airlangga Hartarto", "Airlangga Hartarto"),
        ("Direktur Utama PT PBB Glenn Sugita", "Glenn Sugita"),
        ("Direktur Utama Perum Bulog Bayu Krisnamurthi", "Bayu Krisnamurthi"),
        # a party's name is the word after "Partai" or "Fraksi", and a name may be one word
        ("Wakil Ketua Umum Partai Gerindra Habiburokhman", "Habiburokhman"),
        ("Ketua Fraksi Golkar Kahar Muzakir", "Kahar Muzakir"),
        ("Sekjen Partai Demokrat Teuku Riefky Harsya", "Teuku Riefky Harsya"),
        # professions written as titles, and a body's numeral
        ("Politikus PDIP Adian Napitupulu", "Adian Napitupulu"),
        ("Aktivis HAM Haris Azhar", "Haris Azhar"),
        (
            "Guru Besar Hukum Tata Negara Universitas Indonesia Jimly Asshiddiqie",
            "Jimly Asshiddiqie",
        ),
        ("Wakil Ketua Komisi I DPR Meutya Hafid", "Meutya Hafid"),
        ("Direktur Utama Pertamina Nicke Widyawati", "Nicke Widyawati"),
        ("Kapolda Metro Jaya Irjen Karyoto", "Karyoto"),
        ("Kabid Humas Polda Metro Jaya Kombes Trunoyudo Wisnu Andiko", "Trunoyudo Wisnu Andiko"),
        ("Kepala Kepolisian Resor Bogor AKBP Rio Wahyu Anggoro", "Rio Wahyu Anggoro"),
        ("Kapolres Metro Bekasi Kota Kombes Dani Hamdani", "Dani Hamdani"),
        ("Panglima TNI Laksamana Yudo Margono", "Yudo Margono"),
        ("Kapolri Jenderal Listyo Sigit Prabowo", "Listyo Sigit Prabowo"),
        ("Sekretaris Jenderal PBB Antonio Guterres", "Antonio Guterres"),
        ("Direktur Jenderal Pajak Suryo Utomo", "Suryo Utomo"),
        ("Kapten Persib Marc Klok", "Marc Klok"),
        ("Menlu Retno Marsudi", "Retno Marsudi"),
        ("KH Ma'ruf Amin", "Ma'ruf Amin"),
        ("Menteri Kesehatan Budi Gunadi Sadikin", "Budi Gunadi Sadikin"),
        ("Kepala BNPB Suharyanto", "Suharyanto"),
        ("Kepala Staf Kepresidenan Moeldoko", "Moeldoko"),
        ("Wali Kota Surabaya Eri Cahyadi", "Eri Cahyadi"),
        ("Menko Polhukam Mahfud Md", "Mahfud Md"),
        ("Presiden Rusia Putin", "Putin"),
        ("Menteri Sekretaris Negara Pratikno", "Pratikno"),
        ("Kepala Badan Pangan Nasional Arief Prasetyo Adi", "Arief Prasetyo Adi"),
        ("Gubernur Bali I Wayan Koster", "I Wayan Koster"),
        ("Minister of Foreign Affairs Retno Marsudi", "Retno Marsudi"),
        ("Secretary of State Hillary Rodham Clinton", "Hillary Rodham Clinton"),
        ("Menteri Dalam Negeri Tito Karnavian", "Tito Karnavian"),
        ("Ekonom Bank Permata Josua Pardede", "Josua Pardede"),
        ("Ekonom Senior INDEF Faisal Basri", "Faisal Basri"),
        ("Pakar Hukum Tata Negara Bivitri Susanti", "Bivitri Susanti"),
        ("Capital Economics economist Mark Williams", "Mark Williams"),
        ("Eurasia Group analyst Ian Bremmer", "Ian Bremmer"),
        ("Fed Chair Jerome Powell", "Jerome Powell"),
        ("Attorney General Merrick Garland", "Merrick Garland"),
        ("General Motors CEO Mary Barra", "Mary Barra"),
        # more of English's titles, of a team, the police, the forces, a House, a faith
        ("Coach Shin Tae-yong", "Shin Tae-yong"),
        ("Detective Inspector Jane Hughes", "Jane Hughes"),
        ("Colonel Yuri Ignat", "Yuri Ignat"),
        ("House Speaker Mike Johnson", "Mike Johnson"),
        ("Congressman Joaquin Castro", "Joaquin Castro"),
        ("Cardinal Pietro Parolin", "Pietro Parolin"),
        ("Sir Keir Starmer", "Keir Starmer"),
        ("Julie Bishop", "Julie Bishop"),  # a name some titles are too
        # foreign given names that read as Indonesian words (di + ana, pe + ter, juli + -an)
        ("Diane Swonk", "Diane Swonk"),
        ("Diana Prince", "Diana Prince"),
        ("Peter Mandelson", "Peter Mandelson"),
        ("Serena Williams", "Serena Williams"),
        ("Julian Assange", "Julian Assange"),
        ("Julian Evans-Pritchard", "Julian Evans-Pritchard"),
        ("Pengamat Politik Budi Santoso", "Budi Santoso"),
        # a player's position and club
        ("Pemain Persib Marc Klok", "Marc Klok"),
        ("Penyerang Persija Marko Simic", "Marko Simic"),
        ("Kiper Timnas Indonesia Ernando Ari", "Ernando Ari"),
        # a club or company of two words, an office opening with a head's title
        ("Pelatih Bali United Stefano Cugurra", "Stefano Cugurra"),
        ("Pelatih Manchester United Erik ten Hag", "Erik ten Hag"),
        ("CEO Tesla Elon Musk", "Elon Musk"),
        ("U.N. Secretary-General Antonio Guterres", "Antonio Guterres"),
        ("Mrs. Clinton", "Clinton"),
        ("Ms. Kim Yo Jong", "Kim Yo Jong"),
        # an office that names no one stays whole, not a place or a body
        ("Kepala BPBD Cianjur", "Kepala BPBD Cianjur"),
        ("Menteri Luar Negeri Rusia", "Menteri Luar Negeri Rusia"),
        ("Presiden Rusia", "Presiden Rusia"),
        ("Partai Golkar", "Partai Golkar"),
        ("Kementerian Luar Negeri Rusia", "Kementerian Luar Negeri Rusia"),
        ("Badan Pusat Statistik", "Badan Pusat Statistik"),
        ("Kementerian Keuangan", "Kementerian Keuangan"),
    ],
)
def test_titles_and_offices_are_stripped(written: str, name: str) -> None:
    assert strip_titles(written) == name


@pytest.mark.parametrize(
    ("office", "speaker", "held"),
    [
        # a region named with its kind after the office's short form is the office's
        ("Sekretaris Daerah (Sekda) Kota Bandung", "Ema Sumarna", "Sekretaris Daerah Kota Bandung"),
        (
            "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Cianjur",
            "Asep Sukma",
            "Kepala Badan Penanggulangan Bencana Daerah Kabupaten Cianjur",
        ),
        # a faculty of two fields
        (
            "Dekan Fakultas Ilmu Sosial dan Ilmu Politik Universitas Indonesia",
            "Semiarto Aji Purwanto",
            "Dekan Fakultas Ilmu Sosial dan Ilmu Politik Universitas Indonesia",
        ),
    ],
)
def test_an_office_with_a_region_or_a_faculty_before_the_name(
    office: str, speaker: str, held: str
) -> None:
    (quote,) = _quotes_of(f"“Kami siap membantu warga,” kata {office} {speaker}.")
    assert (quote.speaker, quote.office) == (speaker, held)
    (quote,) = _quotes_of(f"{office} {speaker} mengatakan, “Kami siap membantu warga.”")
    assert quote.speaker == speaker


def test_one_speaker_for_a_coach_named_with_team_and_country() -> None:
    quotes = _quotes_of(
        "Pelatih Timnas Indonesia Shin Tae-yong puas dengan anak asuhnya.",
        "“Saya sangat bangga dengan para pemain malam ini,” kata Shin Tae-yong.",
        "“Kami kebobolan karena kurang fokus,” ujarnya.",
    )
    assert [q.speaker for q in quotes] == ["Shin Tae-yong", "Shin Tae-yong"]


def test_an_epithet_points_back_to_the_person_a_quote_was_last_given_to() -> None:
    quotes = _quotes_of(
        "Gubernur Jawa Barat Ridwan Kamil hadir di Senayan.",
        "“Harga beras harus turun,” kata Wakil Ketua DPR RI Sufmi Dasco Ahmad kepada wartawan.",
        "“Kami akan mengawal,” tutur politikus Partai Gerindra itu.",
        "“Kami siap,” beber dia.",
    )
    assert [q.speaker for q in quotes] == ["Sufmi Dasco Ahmad"] * 3
    assert [q.kind for q in quotes] == ["direct"] * 3


def test_cues_of_smaller_newsrooms_a_full_stop_or_dash_before_and_a_cue_that_opens() -> None:
    quotes = _quotes_of(
        "Pemimpin Korea Utara Kim Jong Un bertemu Juru Bicara Kremlin Dmitry Peskov.",
        "“Kami membahas banyak hal”, kata Peskov.",
        "“Kunjungan ini sangat penting bagi kami”. kata Kim.",
        "“Hubungan kami akan semakin kuat” —kata Presiden Rusia Vladimir Putin.",
        "Kata Kim, Rusia sedang berjuang melawan hegemoni Barat.",
        "Ucap Peskov, tidak ada dokumen yang ditandatangani.",
        "Putin pun berujar bahwa Rusia tidak melanggar sanksi apa pun.",
        kind="all",
    )
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("direct", "Dmitry Peskov", "Kami membahas banyak hal"),
        ("direct", "Kim Jong Un", "Kunjungan ini sangat penting bagi kami"),
        ("direct", "Vladimir Putin", "Hubungan kami akan semakin kuat"),
        ("indirect", "Kim Jong Un", "Rusia sedang berjuang melawan hegemoni Barat"),
        ("indirect", "Dmitry Peskov", "tidak ada dokumen yang ditandatangani"),
        ("indirect", "Vladimir Putin", "Rusia tidak melanggar sanksi apa pun"),
    ]


def test_a_pronoun_after_reported_speech_is_whoever_reported_it() -> None:
    quotes = _quotes_of(
        "Menteri Luar Negeri Retno Marsudi mengatakan Indonesia mendorong dialog.",
        "Ia menambahkan, ASEAN siap memfasilitasi pertemuan.",
        "“Kami terus berkomunikasi,” ucapnya.",
        "Peskov said the talks went well. He added that Russia was ready to help.",
        '"We have time," he said.',
    )
    # not ASEAN or Russia, what the reported clauses are about
    assert [q.speaker for q in quotes] == ["Retno Marsudi", "Peskov"]


def test_the_answers_of_an_interview_printed_as_questions_and_answers() -> None:
    indonesian = extract_quotes(
        article_of(
            "JAKARTA, KOMPAS.com - Kompas.com melakukan wawancara khusus dengan Menteri Luar "
            "Negeri Retno Marsudi, Kamis (14/9/2023). Berikut petikannya.\n\n"
            "Tanya: Bagaimana Indonesia melihat pertemuan Kim dan Putin?\n\n"
            "Jawab: Indonesia selalu mendorong dialog.\n\n"
            "Kami juga berbicara dengan negara sahabat.\n\n"  # the answer goes on
            "Kompas.com: Apa langkah ASEAN selanjutnya?\n\n"
            "Retno: ASEAN akan terus berkomunikasi dengan semua pihak.\n\n"
            "Wawancara ini telah disunting agar ringkas.\n"  # after the last answer: no one's
        )
    )
    assert [(q.paragraph, q.speaker, q.text) for q in indonesian] == [
        (3, "Retno Marsudi", "Indonesia selalu mendorong dialog."),
        (4, "Retno Marsudi", "Kami juga berbicara dengan negara sahabat."),
        (6, "Retno Marsudi", "ASEAN akan terus berkomunikasi dengan semua pihak."),
    ]
    answer = indonesian[0]
    assert (answer.kind, answer.start, answer.office) == ("direct", 7, "Menteri Luar Negeri")
    english = extract_quotes(
        article_of(
            "MOSCOW (Reuters) - In an exclusive interview with Reuters, Russian Foreign Minister "
            "Sergei Lavrov discussed the summit.\n\n"
            "Q: Will Russia help North Korea build satellites?\n\n"
            "A: We will cooperate in all areas.\n\n"
            "Note: The interview was edited for length.\n"  # no one's answer
        )
    )
    assert [(q.speaker, q.text) for q in english] == [
        ("Sergei Lavrov", "We will cooperate in all areas.")  # not Reuters, who asked
    ]
    # the opening may say who was interviewed with a verb; an envoy's posting stands between
    # the office and the name
    for opening, interviewee in [
        (
            "JAKARTA - Tempo mewawancarai Duta Besar Rusia untuk Indonesia Lyudmila Vorobieva "
            "di kantornya, Jumat (15/9/2023).",
            "Lyudmila Vorobieva",
        ),
        (
            "SEOUL - The Korea Herald spoke with Russian Ambassador to South Korea Georgy "
            "Zinoviev on Friday.",
            "Georgy Zinoviev",
        ),
    ]:
        answers = extract_quotes(
            article_of(f"{opening}\n\nT: Apa tujuan kunjungan itu?\n\nJ: Persahabatan.\n")
        )
        assert [(q.speaker, q.text) for q in answers] == [(interviewee, "Persahabatan.")]
    # labels in an article that asks no question are no interview
    assert not _quotes_of(
        "Juru bicara Kremlin Dmitry Peskov hadir.",
        "Catatan: Pertemuan berlangsung tertutup.",
        "Peskov: Pertemuan berlangsung baik.",
    )


def test_the_person_a_labelled_interviews_introduction_ends_on_answers() -> None:
    interview = extract_quotes(
        article_of(
            "Lankov on the summit\n\n"
            "SEOUL (Reuters) - Andrei Lankov, a professor at Kookmin University, spoke to "
            "Reuters about the summit.\n\n"
            "Q: What does North Korea want from Russia?\n\n"
            "A: Food, energy and, above all, military technology.\n"
        )
    )
    assert [(q.paragraph, q.speaker) for q in interview] == [(3, "Andrei Lankov")]
    # (an introduction that quotes someone is a story's, and gives no one the answers)
    quoted = extract_quotes(
        article_of(
            "Lankov on the summit\n\n"
            "SEOUL (Reuters) - “It is historic,” said Andrei Lankov.\n\n"
            "Q: What does North Korea want from Russia?\n\n"
            "A: Food, energy and, above all, military technology.\n"
        )
    )
    assert [(q.paragraph, q.speaker) for q in quoted] == [(1, "Andrei Lankov")]


def test_an_interview_whose_questions_carry_no_label() -> None:
    # a web page sets the questions in bold, which text loses: paragraphs that ask
    interview = extract_quotes(
        article_of(
            "JAKARTA, KOMPAS.com - Kompas.com melakukan wawancara khusus dengan Menteri Luar "
            "Negeri Retno Marsudi, Kamis (14/9/2023). Berikut petikannya.\n\n"
            "Bagaimana Indonesia melihat pertemuan Kim dan Putin?\n\n"
            "Indonesia selalu mendorong dialog.\n\n"
            "Kami juga berbicara dengan negara sahabat.\n\n"
            "Apa langkah ASEAN selanjutnya?\n\n"
            "ASEAN akan terus berkomunikasi dengan semua pihak.\n\n"
            "Wawancara ini telah disunting agar ringkas.\n"  # after the last answer: no one's
        )
    )
    assert [(q.paragraph, q.speaker, q.kind) for q in interview] == [
        (3, "Retno Marsudi", "direct"),
        (4, "Retno Marsudi", "direct"),
        (6, "Retno Marsudi", "direct"),
    ]
    # questions in a story that is no interview are no one's
    assert not _quotes_of(
        "Menteri Luar Negeri Retno Marsudi hadir di Jakarta.",
        "Apa artinya bagi Indonesia?",
        "Indonesia selalu mendorong dialog.",
        "Lalu bagaimana dengan ASEAN?",
        "ASEAN akan terus berkomunikasi.",
        kind="all",
    )


def test_the_turns_of_a_transcript_are_their_speakers_direct_speech() -> None:
    transcript = extract_quotes(
        article_of(
            "Russian-North Korean talks\n\n"
            "September 13, 2023, Amur Region, Vostochny Cosmodrome\n\n"
            "Vladimir Putin and Chairman of State Affairs of the Democratic People's Republic of "
            "Korea Kim Jong-un held talks at the Vostochny Cosmodrome.\n\n"
            "President of Russia Vladimir Putin: Mr Chairman, I am very happy to welcome you.\n\n"
            "Chairman of State Affairs of the Democratic People's Republic of Korea Kim Jong-un "
            "(retranslated): Thank you for inviting us despite your busy schedule.\n\n"
            "Russia is now waging a sacred struggle.\n\n"  # the turn goes on
            "Vladimir Putin: Thank you.\n\n"
            "The talks continued behind closed doors.\n"  # after the last turn: no one's
        )
    )
    assert [(q.paragraph, q.speaker, q.text) for q in transcript] == [
        (2, "Vladimir Putin", "Mr Chairman, I am very happy to welcome you."),
        (3, "Kim Jong-un", "Thank you for inviting us despite your busy schedule."),
        (4, "Kim Jong-un", "Russia is now waging a sacred struggle."),
        (5, "Vladimir Putin", "Thank you."),
    ]
    assert transcript[0].speaker_as_written == "President of Russia Vladimir Putin"
    # a reporter's question among the turns: the turns before it are speech too
    with_question = extract_quotes(
        article_of(
            "Transcript: Putin and Kim\n\n"
            "Russian President Vladimir Putin and North Korean leader Kim Jong Un spoke.\n\n"
            "PUTIN: I am very glad to see you.\n\n"
            "KIM: Thank you for the invitation.\n\n"
            "QUESTION: Will you help North Korea build satellites?\n\n"
            "PUTIN: That is why we came here.\n"
        )
    )
    assert [(q.speaker, q.text) for q in with_question] == [
        ("Vladimir Putin", "I am very glad to see you."),
        ("Kim Jong Un", "Thank you for the invitation."),
        ("Vladimir Putin", "That is why we came here."),
    ]
    # a briefing's transcript labels its spokesperson with an honorific
    briefing = extract_quotes(
        article_of(
            "Department Press Briefing – September 13, 2023\n\n"
            "MR MILLER: Good afternoon, everyone. I have one announcement at the top.\n\n"
            "QUESTION: Matt, do you have any reaction to the meeting in Russia?\n\n"
            "MR MILLER: Any arms transfer would violate UN Security Council resolutions.\n"
        )
    )
    assert [(q.speaker, q.speaker_as_written) for q in briefing] == [("Miller", "MR MILLER")] * 2
    assert briefing[1].text == "Any arms transfer would violate UN Security Council resolutions."
    # labels that name no one the article names in full make no transcript
    assert not _quotes_of(
        "Juru bicara Kremlin Dmitry Peskov hadir.",
        "Sumber: Kementerian Luar Negeri Rusia.",
        "Catatan: Pertemuan berlangsung tertutup.",
        "Putin: Pertemuan berlangsung baik.",
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Medvedev wrote on Telegram that the West should be worried.", "Medvedev"),
        # the present tense of analysis pieces, before "that"
        ("Lankov argues that the two leaders need each other.", "Lankov"),
        ("Lankov notes that the two leaders need each other.", "Lankov"),
        ("Lankov fears that the two leaders need each other.", "Lankov"),
        ("Kuleba posted on X that the two regimes were isolated.", "Kuleba"),
        ("Kuleba tweeted that the two regimes were isolated.", "Kuleba"),
        ("He wrote a letter that was never sent to anyone.", None),  # no "that" of speech
    ],
)
def test_what_was_written_on_a_channel_is_reported_speech(
    sentence: str, speaker: str | None
) -> None:
    found = _quotes_of(sentence, kind="indirect")
    assert [q.speaker for q in found] == ([speaker] if speaker else [])


def test_verbs_that_report_speech_before_that_as_english_outlets_in_indonesia_write() -> None:
    text = (
        "Jakarta (ANTARA) - Foreign Affairs Ministry spokesperson Lalu Muhammad Iqbal remarked "
        "that Indonesia supports peace.\n\n"
        "Minister Retno Marsudi conveyed that ASEAN would engage all parties.\n\n"
        "Observer Teuku Rezasyah opined that the meeting was symbolic.\n\n"
        "Retno further stated that Indonesia was ready to help.\n\n"
        "President Joko Widodo expressed hope that tensions would ease.\n\n"
        "Iqbal pointed out that no Indonesians were affected.\n\n"
        "Retno explained the plan to reporters. The report stated that trade fell.\n"
    )
    quotes = extract_quotes(article_of(text))
    assert [(q.speaker, q.office, q.text) for q in quotes] == [
        (
            "Lalu Muhammad Iqbal",
            "Foreign Affairs Ministry spokesperson",
            "Indonesia supports peace",
        ),
        ("Retno Marsudi", "Minister", "ASEAN would engage all parties"),
        ("Teuku Rezasyah", "Observer", "the meeting was symbolic"),  # a role, not a name
        ("Retno Marsudi", "Minister", "Indonesia was ready to help"),
        ("Joko Widodo", "President", "tensions would ease"),
        (
            "Lalu Muhammad Iqbal",
            "Foreign Affairs Ministry spokesperson",
            "no Indonesians were affected",
        ),
    ]  # "explained the plan" reports nothing, nor does a report no one wrote


def test_where_or_how_someone_spoke_between_the_name_and_the_verb() -> None:
    quotes = _quotes_of(
        "Menteri Luar Negeri Retno Marsudi dalam keterangan tertulisnya, Rabu (13/9/2023), "
        "mengatakan Indonesia mendorong dialog.",
        "Guru Besar Universitas Indonesia Hikmahanto Juwana saat dihubungi, Kamis (14/9/2023), "
        "menilai pertemuan itu sinyal bagi Barat.",
        "Wakil Presiden Ma'ruf Amin usai salat Jumat di Jakarta mengatakan pemerintah akan "
        "bersikap hati-hati.",
        "Pengamat militer Connie Rahakundini Bakrie kepada wartawan menjelaskan, “Rusia butuh "
        "amunisi dari Korea Utara.”",
        "Hikmahanto saat dihubungi menilai, “Ini sinyal bagi Barat.”",
        "Warga saat ditemui mengatakan, “Kami takut perang.”",  # someone unnamed
        # where: not "Merdeka" of Istana Merdeka
        "Presiden Joko Widodo di Istana Merdeka mengatakan hubungan kedua negara tetap baik.",
        "Kedutaan Besar Rusia di Jakarta menegaskan hubungan kedua negara tetap baik.",
        "Kim Jong Un di atas kereta lapis baja mengatakan kunjungan itu sangat penting.",
        kind="all",
    )
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("indirect", "Retno Marsudi", "Indonesia mendorong dialog"),
        ("indirect", "Hikmahanto Juwana", "pertemuan itu sinyal bagi Barat"),
        ("indirect", "Ma'ruf Amin", "pemerintah akan bersikap hati-hati"),
        ("direct", "Connie Rahakundini Bakrie", "Rusia butuh amunisi dari Korea Utara."),
        ("direct", "Hikmahanto Juwana", "Ini sinyal bagi Barat."),  # not reported speech
        ("direct", None, "Kami takut perang."),
        ("indirect", "Joko Widodo", "hubungan kedua negara tetap baik"),
        ("indirect", "Kedutaan Besar Rusia", "hubungan kedua negara tetap baik"),
        ("indirect", "Kim Jong Un", "kunjungan itu sangat penting"),
    ]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("said Ursula von der Leyen, the European Commission president", "Ursula von der Leyen"),
        ("said Brazilian senator Flávio dos Santos", "Flávio dos Santos"),
        ("said Brazilian President Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"),
        ("said Saudi Crown Prince Mohammed bin Salman", "Mohammed bin Salman"),
        ("said Prince William", "Prince William"),  # no rank without "Crown"
        ("Crown Resorts said in a statement", "Crown Resorts"),  # a company
    ],
)
def test_particles_of_names_and_a_crown_prince(said: str, speaker: str) -> None:
    (quote,) = _quotes_of(f'"We are watching this closely," {said}.')
    assert quote.speaker == speaker


def test_a_person_speaks_not_the_institute_named_after_them_with_of() -> None:
    quotes = _quotes_of(
        "“It's an alliance of convenience,” said Ramon Pacheco Pardo of King's College London.",
        "Leif-Eric Easley of Ewha University in Seoul said the visit showed Kim's confidence.",
        "Victor Cha of the Center for Strategic and International Studies said talks would go on.",
        "“We will respond,” said the Bank of Korea.",  # a body named with "of" stays whole
        "The Central Bank of Russia said rates would rise.",
        "“Sanctions must hold,” said Secretary of State Antony Blinken.",
        "“We will respond firmly,” the Joint Chiefs of Staff said.",
        "“We will respond firmly,” the Ministry of Defence said in a statement.",
        kind="all",
    )
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("direct", "Ramon Pacheco Pardo"),
        ("indirect", "Leif-Eric Easley"),
        ("indirect", "Victor Cha"),
        ("direct", "Bank of Korea"),
        ("indirect", "Central Bank of Russia"),
        ("direct", "Antony Blinken"),
        ("direct", "Joint Chiefs of Staff"),
        ("direct", "Ministry of Defence"),
    ]


def test_a_short_sentence_closed_by_a_comma_before_its_speaker_is_direct_speech() -> None:
    quotes = _quotes_of(
        "“Ini provokasi,” kata Kim Yo Jong.",
        '"No," Peskov told reporters.',
        "Budi menyebut pertemuan itu “bersejarah”, kata rekannya, Andi.",
        "“Sangat meresahkan” bahwa Rusia membantu, kata juru bicara Matthew Miller.",
    )
    assert [(q.kind, q.text) for q in quotes] == [
        ("direct", "Ini provokasi"),
        ("direct", "No"),
        ("fragment", "bersejarah"),  # a word quoted inside a sentence
        ("fragment", "Sangat meresahkan"),  # the quote runs on into the sentence
    ]


@pytest.mark.parametrize(
    "said", ["tandas pria yang akrab disapa Kang Emil itu", "ujar pria yang biasa dipanggil Emil"]
)
def test_a_person_named_by_nickname_is_the_person_named_before(said: str) -> None:
    quotes = _quotes_of(
        "Gubernur Jawa Barat Ridwan Kamil hadir di Bandung.",
        f"“Kami siap membantu semua warga yang terdampak,” {said}.",
    )
    assert [q.speaker for q in quotes] == ["Ridwan Kamil"]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        # before the verb, pointing back to the governor
        ("Pria yang akrab disapa Kang Emil itu mengatakan, “Kami siap.”", "Ridwan Kamil"),
        # a nickname the article gave: "Ridwan Kamil (Emil)", though Jokowi was named since
        ("Presiden Jokowi juga hadir. “Kami siap,” kata pria yang akrab disapa Emil itu.", None),
    ],
)
def test_a_person_described_by_nickname_before_the_verb_or_after_another_name(
    said: str, speaker: str | None
) -> None:
    (quote,) = _quotes_of("Gubernur Jawa Barat Ridwan Kamil (Emil) hadir di Bandung.", said)
    assert quote.speaker == (speaker or "Ridwan Kamil")


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("“Saya sudah lapor polisi,” kata korban berinisial AS (23).", "AS"),
        ("“Saya khilaf,” aku tersangka berinisial MR saat konferensi pers.", "MR"),
        ("“Saya khilaf,” aku tersangka berinisial M.R. kepada penyidik.", "M.R"),
        ("Tersangka berinisial MR mengatakan, “Saya khilaf.”", "MR"),
        ("“Kami berduka,” tulis akun Instagram @persib.", "@persib"),
        ("“Kami berduka,” tulis @persib_official di X.", "@persib_official"),
        # a nickname, with no one named before it
        ("“Kami siap,” kata pria yang akrab disapa Kang Emil itu.", "Kang Emil"),
        ("Pria yang akrab disapa Kang Emil itu mengatakan, “Kami siap.”", "Kang Emil"),
    ],
)
def test_one_known_by_initials_a_handle_or_a_nickname_alone(said: str, speaker: str) -> None:
    (quote,) = _quotes_of(said)
    assert quote.speaker == speaker


def test_one_word_of_a_four_word_name_is_that_person() -> None:
    quotes = _quotes_of(
        "Kapolres Metro Jakarta Selatan Kombes Ade Ary Syam Indradi membenarkan kejadian itu.",
        "“Benar, ada kejadian itu,” ucap Ade saat dikonfirmasi wartawan.",
    )
    assert [(q.speaker_as_written, q.speaker) for q in quotes] == [("Ade", "Ade Ary Syam Indradi")]


def test_a_quote_whose_closing_mark_was_left_out_ends_at_its_cue() -> None:
    quotes = _quotes_of(
        "“Kami akan membantu Korea Utara membangun satelit, kata Putin kepada wartawan.",
        "Kedua pemimpin kemudian makan siang bersama di kosmodrom.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Kami akan membantu Korea Utara membangun satelit", "Putin")
    ]


def test_entries_of_a_live_report_are_read_past_their_time_stamps() -> None:
    quotes = _quotes_of(
        "10.30 WIB - Presiden Rusia Vladimir Putin menyambut Kim. “Saya senang melihat Anda.”",
        "12:45 - Peskov: “Pembicaraan berjalan baik.”",
    )
    assert [q.speaker for q in quotes] == ["Vladimir Putin", "Peskov"]


def test_first_name_later_mentions_link_to_the_full_name() -> None:
    quotes = _quotes_of(
        "Menteri Koordinator Perekonomian Airlangga Hartarto membuka rapat.",
        "“Kita harus menjaga daya beli masyarakat,” kata Airlangga.",
    )
    assert [q.speaker for q in quotes] == ["Airlangga Hartarto"]


def test_multi_paragraph_quote_and_continuation() -> None:
    quotes = _quotes_of(
        "“Kami sudah menyiapkan anggaran untuk program ini sejak tahun lalu.",
        "“Semua daerah akan menerima bantuan yang sama,” kata Menteri Sosial Tri Rismaharini.",
        "“Tidak ada yang dibeda-bedakan.”",
    )
    assert len(quotes) == 2
    first, second = quotes
    assert (first.paragraph, first.end_paragraph) == (2, 3)
    assert "\n" in first.text and first.speaker == "Tri Rismaharini"
    assert second.speaker == "Tri Rismaharini"


def test_what_is_not_a_quote() -> None:
    quotes = _quotes_of(
        "Film “A Man Called Ahok” tayang di bioskop pekan ini.",
        "Warga menyebut jalan itu sebagai jalan “tikus” karena sempit.",
        "Nasi “padang” laris manis di kota ini.",
    )
    assert quotes == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Setelah rapat, Ketua KPU “berangkat ke daerah,” kata KPU.", "KPU"),
        ('Kim invited Putin to visit at a "convenient time," KCNA reported.', "KCNA"),
    ],
)
def test_attributed_fragment(paragraph: str, speaker: str) -> None:
    (quote,) = _quotes_of(paragraph)
    assert (quote.kind, quote.speaker) == ("fragment", speaker)


def test_an_agency_is_found_by_its_full_name(kp: Invoke) -> None:
    for name in ("KCNA", "Korean Central News Agency", "kantor berita KCNA"):
        records = jsonl(kp("quotes", "--speaker", name, "--jsonl"))
        assert len(records) == 5 and {r["speaker"] for r in records} == {"KCNA"}, name


@pytest.mark.parametrize(
    ("asked", "speaker"),
    [
        ("Kremlin spokesman", "Dmitry Peskov"),
        ("the Kremlin spokesperson", "Dmitry Peskov"),
        ("Russian President", "Vladimir Putin"),
        ("North Korean leader", "Kim Jong Un"),
        ("pemimpin Korut", "Kim Jong Un"),
    ],
)
def test_a_speaker_is_found_by_the_office_asked_in_the_other_language(
    kp: Invoke, asked: str, speaker: str
) -> None:
    """The seeds are Indonesian: "Kremlin spokesman" is their "juru bicara Kremlin"."""
    records = jsonl(kp("quotes", "--speaker", asked, "--jsonl"))
    assert records and {r["speaker"] for r in records} == {speaker}


def test_an_office_in_the_other_language_needs_all_its_words() -> None:
    from kimputin_cli.speakers import speaker_matches

    assert speaker_matches("Kremlin spokesman", "Dmitry Peskov", ["juru bicara Kremlin"])
    assert speaker_matches("juru bicara Kremlin", "Dmitry Peskov", ["Kremlin spokesperson"])
    assert not speaker_matches("Kremlin spokesman", "Lalu Iqbal", ["juru bicara Kemlu RI"])
    assert not speaker_matches("Russian President", "Joko Widodo", ["Presiden RI"])


def test_cli_quotes_by_speaker(kp: Invoke) -> None:
    for name in ("Peskov", "peskov", "Peskof", "Dmitry Peskov", "juru bicara Kremlin"):
        records = jsonl(kp("quotes", "--speaker", name, "--jsonl"))
        assert len(records) == 3, name
        assert {r["speaker"] for r in records} == {"Dmitry Peskov"}
        assert sorted(str(r["outlet"]) for r in records) == ["IDN Times", "Wongkito", "Wongkito"]
    record = jsonl(kp("quotes", "--speaker", "Peskov", "--jsonl"))[0]
    for key in (
        "article",
        "outlet",
        "date",
        "path",
        "paragraph",
        "text",
        "speaker",
        "speaker_as_written",
        "kind",
        "via",
        "start",
        "end",
    ):
        assert key in record
    nobody = kp("quotes", "--speaker", "Nobody Here", "--json")
    assert (nobody.exit_code, nobody.stdout) == (1, "")
    assert nobody.stderr == (
        "kp: no one quoted in this corpus answers to 'Nobody Here' (see `kp speakers`)\n"
    )
    typo = kp("quotes", "--speaker", "Dmitry Peskow")  # forgiven: a typo of a name quoted
    assert typo.exit_code == 0 and "Dmitry Peskov" in typo.stdout
    other = kp("quotes", "--speaker", "Vladimir Zelensky")
    assert other.exit_code == 1 and "closest: Vladimir Putin" in other.stderr
    elsewhere = kp("quotes", "--speaker", "Peskov", "--date", "2023-09-13")
    assert (elsewhere.exit_code, elsewhere.stderr) == (1, "")  # quoted, but not on that day


@pytest.mark.parametrize(
    "chosen",
    [["--outlet", "tempo"], ["--date", "2023-09-13"], ["--outlet", "wongkito", "--outlet", "idn"]],
)
def test_speakers_of_some_articles_count_their_quotes_only(kp: Invoke, chosen: list[str]) -> None:
    listed = jsonl(kp("speakers", *chosen, "--jsonl"))
    quoted = jsonl(kp("quotes", "--kind", "all", *chosen, "--jsonl"))
    kinds: dict[str, Counter[str]] = {}
    for quote in quoted:
        if quote["speaker"]:
            kinds.setdefault(str(quote["speaker"]), Counter())[str(quote["kind"])] += 1
    assert {str(s["speaker"]): (s["direct"], s["fragment"], s["indirect"]) for s in listed} == {
        name: (k["direct"], k["fragment"], k["indirect"]) for name, k in kinds.items()
    }
    outlets = {str(q["outlet"]) for q in quoted}
    assert all(set(s["outlets"]) <= outlets for s in listed)  # type: ignore[arg-type]
    everyone = jsonl(kp("speakers", "--jsonl"))
    assert len(listed) < len(everyone)


def test_cli_quote_words_kind_and_speakers(kp: Invoke) -> None:
    both = jsonl(kp("quotes", "putin", "undangan", "--jsonl"))
    assert both and all("Putin" in str(r["text"]) for r in both)
    fragments = jsonl(kp("quotes", "--kind", "fragment", "--outlet", "tempo", "--jsonl"))
    assert {r["kind"] for r in fragments} == {"fragment"}
    speakers = json.loads(kp("speakers", "--json").stdout)
    by_name = {s["speaker"]: s for s in speakers}
    assert by_name["Dmitry Peskov"]["quotes"] == 3
    assert "Kim Jong-un" not in by_name and "Kim Jong Un" in by_name
    assert "Peskov" in by_name["Dmitry Peskov"]["aliases"]
    human = kp("quotes", "--speaker", "Peskov").stdout
    assert "Dmitry Peskov" in human and "IDN Times" in human


def test_user_aliases_file(kp: Invoke, tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "JAKARTA, KOMPAS.com - “Harga naik terus setiap minggu,” kata KDM.\n"
    )
    write_article(
        tmp_path,
        "b.txt",
        "Bisnis.com, JAKARTA - “Kami akan turunkan harga segera,” kata Dedi Mulyadi.\n",
    )
    write_article(
        tmp_path, "c.txt", "TEMPO.CO, Jakarta - “Harga beras harus turun pekan ini,” kata KDM.\n"
    )
    (tmp_path / "kp-aliases.json").write_text(json.dumps({"KDM": "Dedi Mulyadi"}))
    records = jsonl(kp("quotes", "--speaker", "Dedi Mulyadi", "--corpus", str(tmp_path), "--jsonl"))
    assert len(records) == 3 and {r["speaker"] for r in records} == {"Dedi Mulyadi"}
    # named as the alias says, though the nickname is the commoner spelling
    (speaker,) = jsonl(kp("speakers", "--corpus", str(tmp_path), "--jsonl"))
    assert (speaker["speaker"], speaker["aliases"]) == ("Dedi Mulyadi", ["KDM"])


def test_an_alias_file_kp_cannot_apply_is_named_and_the_rest_still_works(
    kp: Invoke, tmp_path: Path
) -> None:
    write_article(
        tmp_path, "a.txt", "JAKARTA, KOMPAS.com - “Harga naik terus setiap minggu,” kata KDM.\n"
    )
    aliases = tmp_path / "kp-aliases.json"
    aliases.write_text('{"KDM": "Dedi Mulyadi",')  # a comma too many: it was passed over unseen
    result = kp("speakers", "--corpus", str(tmp_path), "--jsonl")
    assert result.exit_code == 0 and jsonl(result)[0]["speaker"] == "KDM"
    assert f"kp: warning: {aliases}: aliases not applied: not valid JSON" in result.stderr
    aliases.write_text(json.dumps({"KDM": "Dedi Mulyadi", "Kang Dedi": ["Dedi Mulyadi"]}))
    result = kp("speakers", "--corpus", str(tmp_path), "--jsonl")
    assert jsonl(result)[0]["speaker"] == "Dedi Mulyadi"  # the good alias applies
    assert "'Kang Dedi' not applied: an alias's value must be a name in quotes" in result.stderr
    missing = kp("speakers", "--corpus", str(tmp_path), env={"KP_ALIASES": "/no/such.json"})
    assert "kp: warning: /no/such.json: no such file ($KP_ALIASES names it)" in missing.stderr


def test_well_known_nicknames_are_one_speaker_with_the_full_name(
    kp: Invoke, tmp_path: Path
) -> None:
    write_article(
        tmp_path, "a.txt", "JAKARTA, KOMPAS.com - “Harga naik terus setiap minggu,” kata Jokowi.\n"
    )
    write_article(
        tmp_path, "b.txt", "TEMPO.CO, Jakarta - “Harga beras harus turun pekan ini,” ujar Jokowi.\n"
    )
    write_article(
        tmp_path,
        "c.txt",
        "Bisnis.com, JAKARTA - “Kami akan turunkan harga segera,” kata Presiden Joko Widodo.\n",
    )
    (speaker,) = jsonl(kp("speakers", "--corpus", str(tmp_path), "--jsonl"))
    assert (speaker["speaker"], speaker["quotes"]) == ("Joko Widodo", 3)
    assert "Jokowi" in speaker["aliases"]  # type: ignore[operator]


def test_a_name_with_initials_is_one_speaker_with_the_name_without_them(
    kp: Invoke, tmp_path: Path
) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "JAKARTA, KOMPAS.com - “Indonesia mendorong dialog,” kata Menlu Retno Marsudi.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "JAKARTA (The Jakarta Post) - “We urge restraint,” said Foreign Minister Retno LP "
        "Marsudi.\n",
    )
    write_article(
        tmp_path, "c.txt", "JAKARTA, KOMPAS.com - “Kami memantau situasi,” ujar Retno kemarin.\n"
    )
    (speaker,) = jsonl(kp("speakers", "--corpus", str(tmp_path), "--jsonl"))
    assert (speaker["speaker"], speaker["quotes"]) == ("Retno Marsudi", 3)
    assert "Retno LP Marsudi" in speaker["aliases"]  # type: ignore[operator]


def test_an_office_written_short_finds_everyone_given_it(kp: Invoke, tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "JAKARTA, KOMPAS.com - “Kami mendorong dialog,” kata Menteri Luar Negeri RI Retno "
        "Marsudi.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "JAKARTA, KOMPAS.com - “Kami prihatin,” kata Menlu AS Antony Blinken.\n",
    )
    write_article(
        tmp_path, "c.txt", "JAKARTA, KOMPAS.com - “Kami siap,” kata Menteri Pertahanan Prabowo.\n"
    )
    found = jsonl(kp("quotes", "--corpus", str(tmp_path), "--speaker", "Menlu", "--jsonl"))
    assert sorted(q["speaker"] for q in found) == ["Antony Blinken", "Retno Marsudi"]


def test_romanisations_of_one_name_are_one_speaker(kp: Invoke, tmp_path: Path) -> None:
    for name, spelling in enumerate(["Dmitry", "Dmitri", "Dmitriy", "Dmitry"]):
        write_article(
            tmp_path,
            f"{name}.txt",
            f"MOSCOW (Reuters) - “We are ready number {name},” said Kremlin spokesman {spelling} "
            "Peskov.\n",
        )
    write_article(
        tmp_path, "z.txt", "KYIV (Reuters) - “We will win,” said President Volodymyr Zelenskiy.\n"
    )
    write_article(
        tmp_path,
        "p.txt",
        "MOSCOW (TASS) - “We are ready,” said President Vladimir Vladimirovich Putin.\n\n"
        "MOSCOW - “We are ready too,” said Vladimir Putin.\n",
    )
    listed = jsonl(kp("speakers", "--corpus", str(tmp_path), "--jsonl"))
    assert [(s["speaker"], s["quotes"]) for s in listed] == [
        ("Dmitry Peskov", 4),  # its commonest spelling
        ("Vladimir Putin", 2),  # and a patronymic is no part of the name
        ("Volodymyr Zelenskiy", 1),  # another name is no spelling of it
    ]
    assert {"Dmitri Peskov", "Dmitriy Peskov"} <= set(listed[0]["aliases"])  # type: ignore[arg-type]


def test_a_name_with_an_initial_in_another_spelling_or_family_name_first_is_one_speaker(
    kp: Invoke, tmp_path: Path
) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "MOSCOW (Reuters) - “We are ready,” said Kremlin spokesman Dmitry Peskov.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "MOSCOW (Reuters) - “We are not,” said Kremlin spokesman Dmitri S. Peskov.\n",
    )
    write_article(tmp_path, "c.txt", "MOSCOW (Reuters) - “We will see,” Peskov said.\n")
    write_article(
        tmp_path,
        "d.txt",
        "TOKYO (Kyodo) - “We are watching,” said Chief Cabinet Secretary Hirokazu Matsuno.\n",
    )
    write_article(
        tmp_path,
        "e.txt",
        "TOKYO (NHK) - “We are concerned,” said Chief Cabinet Secretary Matsuno Hirokazu.\n",
    )
    listed = jsonl(kp("speakers", "--corpus", str(tmp_path), "--jsonl"))
    assert [(s["speaker"], s["quotes"]) for s in listed] == [
        ("Dmitry Peskov", 3),
        ("Hirokazu Matsuno", 2),
    ]
    assert {"Dmitri S. Peskov", "Peskov"} <= set(listed[0]["aliases"])  # type: ignore[arg-type]


def test_indirect_speech_on_the_seeds(kp: Invoke) -> None:
    records = jsonl(kp("quotes", "--speaker", "Peskov", "--kind", "indirect", "--jsonl"))
    assert [(r["outlet"], r["paragraph"]) for r in records] == [("IDN Times", 6), ("Tempo", 7)]
    assert "kerja sama yang cukup sensitif" in str(records[0]["text"])
    assert str(records[1]["text"]).startswith("tidak ada rencana bagi Putin")
    every = jsonl(kp("quotes", "--speaker", "Peskov", "--kind", "all", "--jsonl"))
    assert len(every) == 5
    peskov = next(
        s for s in json.loads(kp("speakers", "--json").stdout) if s["speaker"] == "Dmitry Peskov"
    )
    assert (peskov["quotes"], peskov["indirect"]) == (3, 2)


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Menteri Keuangan Sri Mulyani mengatakan bahwa defisit anggaran tetap terkendali.",
            "Sri Mulyani",
            "defisit anggaran tetap terkendali",
        ),
        (
            "Menurut Kapolri Listyo Sigit Prabowo, situasi keamanan sudah kondusif.",
            "Listyo Sigit Prabowo",
            "situasi keamanan sudah kondusif",
        ),
        (
            "Harga beras akan turun bulan depan, kata Kepala BPS Amalia Adininggar.",
            "Amalia Adininggar",
            "Harga beras akan turun bulan depan",
        ),
        (
            "Peskov mengatakan kepada kantor berita Rusia, TASS, bahwa tidak ada perjanjian.",
            "Peskov",
            "tidak ada perjanjian",
        ),
        (
            "Pelatih Shin Tae-yong juga menegaskan timnya siap menghadapi Jepang.",
            "Shin Tae-yong",
            "timnya siap menghadapi Jepang",
        ),
        (
            "Menteri Pertahanan Sergei Shoigu mengatakan: Rusia terbuka untuk latihan bersama.",
            "Sergei Shoigu",
            "Rusia terbuka untuk latihan bersama",
        ),
        ("Putin said: Russia will help its friend.", "Putin", "Russia will help its friend"),
        (
            "Dalam keterangannya, Menlu Retno Marsudi menyampaikan bahwa RI mendukung damai.",
            "Retno Marsudi",
            "RI mendukung damai",
        ),
        (
            "Budi memastikan kepada wartawan bahwa situasi aman terkendali.",
            "Budi",
            "situasi aman terkendali",
        ),
        (  # two ministers, not one office named by a list
            "Menteri Keuangan Sri Mulyani dan Menteri BUMN Erick Thohir mengatakan RI tetap kuat.",
            "Erick Thohir",
            "RI tetap kuat",
        ),
        (
            'Kepada wartawan, Putin mengatakan ada "kemungkinan" kerja sama militer.',
            "Putin",
            'ada "kemungkinan" kerja sama militer',
        ),
        # more verbs that report: what was explained, admitted, suspected, alleged or hoped
        (
            "Peskov menerangkan kedua pemimpin tidak menandatangani dokumen.",
            "Peskov",
            "kedua pemimpin tidak menandatangani dokumen",
        ),
        (
            "Kim mengaku senang bisa bertemu Putin di Rusia.",
            "Kim",
            "senang bisa bertemu Putin di Rusia",
        ),
        (
            "Kapolres Budi Santoso menduga pelaku sudah kabur ke luar kota.",
            "Budi Santoso",
            "pelaku sudah kabur ke luar kota",
        ),
        (
            "Amerika Serikat menuding Korea Utara memasok amunisi ke Rusia.",
            "Amerika Serikat",
            "Korea Utara memasok amunisi ke Rusia",
        ),
        (
            "Jokowi berharap pertemuan itu membawa perdamaian.",
            "Jokowi",
            "pertemuan itu membawa perdamaian",
        ),
        ("Budi memaparkan bahwa rencana kerja sudah siap.", "Budi", "rencana kerja sudah siap"),
    ],
)
def test_indirect_patterns(sentence: str, speaker: str, text: str) -> None:
    (quote,) = _quotes_of(sentence, kind="indirect")
    assert (quote.speaker, quote.text, quote.kind) == (speaker, text, "indirect")


def test_a_statement_that_quotes_a_few_words_is_reported_speech_beside_the_fragment() -> None:
    found = _quotes_of(
        'Matthew Miller mengatakan kepada wartawan bahwa Washington "sangat khawatir".',
        "“Kami tidak akan ragu menjatuhkan sanksi,” kata Miller.",
        kind="all",
    )
    assert [(q.kind, q.speaker, q.text) for q in found] == [
        ("indirect", "Matthew Miller", 'Washington "sangat khawatir"'),
        ("fragment", "Matthew Miller", "sangat khawatir"),
        ("direct", "Matthew Miller", "Kami tidak akan ragu menjatuhkan sanksi"),
    ]


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi", "Nadiem Makarim"),
        ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan", "Mahfud MD"),
        ("Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB", "Abdul Muhari"),
    ],
)
def test_an_office_named_by_a_list_of_portfolios_is_one_office(office: str, name: str) -> None:
    direct, reported = _quotes_of(
        f"“Semua sudah siap sejak pekan lalu,” kata {office} {name} di Jakarta.",
        f"{office} {name} mengatakan persiapan sudah selesai.",
        kind="all",
    )
    assert (direct.speaker, direct.speaker_as_written, direct.office) == (
        name,
        f"{office} {name}",
        office,
    )
    assert (reported.speaker, reported.text) == (name, "persiapan sudah selesai")


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Koordinator Staf Khusus Presiden Ari Dwipayana", "Ari Dwipayana"),
        ("Deputi Gubernur Senior BI Destry Damayanti", "Destry Damayanti"),
        ("Komisioner KPU Idham Holik", "Idham Holik"),
        # a name of rank after a body's name opens the person's name
        ("pengamat Universitas Padjadjaran Teuku Rezasyah", "Teuku Rezasyah"),
        ("Rektor Universitas Udayana Ida Bagus Wirawan", "Ida Bagus Wirawan"),
        ("Jubir Kemlu RI Lalu Muhammad Iqbal", "Lalu Muhammad Iqbal"),  # no office word
    ],
)
def test_staff_offices_and_names_of_rank_after_a_body(subject: str, speaker: str) -> None:
    (quote,) = _quotes_of(
        f"{subject} menegaskan belum ada agenda pertemuan tersebut.", kind="indirect"
    )
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("said_by", "speaker"),
    [
        ("pemain asal Brasil Ronaldinho", "Ronaldinho"),
        ("pelatih asal Korea Selatan Shin", "Shin"),
        ("pebulu tangkis asal Jepang Kento Momota", "Kento Momota"),
        ("seorang turis dari Prancis", None),  # someone from a place, unnamed
    ],
)
def test_where_a_speaker_is_from_is_no_part_of_the_name(said_by: str, speaker: str) -> None:
    (quote,) = _quotes_of(f"“Saya senang sekali bisa bermain di sini,” kata {said_by}.")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("lead", "said_by", "speaker", "office"),
    [
        (
            "Kawasan pantai di Pangandaran ramai pengunjung.",
            "Bupati Pangandaran Jeje Wiradinata",
            "Jeje Wiradinata",
            "Bupati Pangandaran",
        ),
        (
            "PANGANDARAN, KOMPAS.com - Kawasan pantai ramai pengunjung.",
            "Ketua DPRD Pangandaran Asep Noordin",
            "Asep Noordin",
            "Ketua DPRD Pangandaran",
        ),
        (
            "Warga Pangandaran memadati pantai.",
            "Sekda Pangandaran Kusdiana",
            "Kusdiana",
            "Sekda Pangandaran",
        ),
        (
            "Kim akan singgah di Nakhodka selama dua hari.",
            "Wali Kota Nakhodka Grigory Ivanov",
            "Grigory Ivanov",
            "Wali Kota Nakhodka",
        ),
        # (a region of the story's countries kp knows, named nowhere else)
        (
            "Kim tiba di Rusia.",
            "Gubernur Primorsky Oleg Kozhemyako",
            "Oleg Kozhemyako",
            "Gubernur Primorsky",
        ),
        # a place of two words, its part the second
        (
            "Banjir melanda Kecamatan Cibeunying Kaler sejak pagi.",
            "Camat Cibeunying Kaler Budi Santoso",
            "Budi Santoso",
            "Camat Cibeunying Kaler",
        ),
        (
            "Banjir melanda Kecamatan Cibeunying Kaler sejak pagi.",
            "Camat Cibeunying Kaler Slamet",
            "Slamet",
            "Camat Cibeunying Kaler",
        ),
        # kp cannot tell the place from a first name when the article names it nowhere else
        (
            "Kawasan pantai ramai pengunjung.",
            "Bupati Pangandaran Jeje Wiradinata",
            "Pangandaran Jeje Wiradinata",
            "Bupati",
        ),
        # a place's first word that is a name's first word too is no place on its own
        (
            "Warga berkumpul di Kim Il Sung Square.",
            "Pemimpin Korea Utara Kim Jong Un",
            "Kim Jong Un",
            "Pemimpin Korea Utara",
        ),
    ],
)
def test_a_place_the_article_names_is_no_part_of_the_name_after_an_office(
    lead: str, said_by: str, speaker: str, office: str
) -> None:
    """A region kp does not know, between an office and a name, is the office's when the
    article names it as a place elsewhere; a later short mention is the same person."""
    found = _quotes_of(
        lead,
        f"{said_by} mengatakan kawasan wisata tetap aman dikunjungi selama libur panjang.",
        f"“Kami siap menyambut wisatawan,” kata {speaker.split()[-1]}.",
        kind="all",
    )
    assert [(q.kind, q.speaker, q.office) for q in found] == [
        ("indirect", speaker, office),
        ("direct", speaker, office),
    ]


@pytest.mark.parametrize(
    "someone",
    [
        "pejabat Kremlin",
        "sumber Tempo di Istana",
        "seorang pejabat Kementerian Luar Negeri",
        "warga Kampung Melayu",
        "pejabat KPK",
        "pejabat Rusia",  # a country
        "pejabat Rusia dan media pemerintah Korea Utara",  # and others, unnamed too
    ],
)
def test_someone_unnamed_of_a_place_body_or_outlet_is_no_one(someone: str) -> None:
    """Neither the place, the body nor the outlet speaks; nor the person named before."""
    found = _quotes_of(
        "Menteri Luar Negeri Retno Marsudi hadir dalam rapat itu.",
        f"“Keputusan itu belum final sampai hari ini,” kata {someone}.",
        f"{someone[:1].upper()}{someone[1:]} mengatakan keputusan itu belum final.",
        kind="all",
    )
    assert [(q.kind, q.speaker) for q in found] == [("direct", None)]


@pytest.mark.parametrize(
    "someone",
    [
        "Diplomats who spoke to Yonhap",
        "Two officials who spoke with the BBC",
        "A senior official who spoke to Reuters",
        "People who know Kim Jong Un",
        "Seorang pejabat yang berbicara kepada Reuters",
        "Warga yang ditemui Kompas.com",
    ],
)
def test_people_a_relative_clause_describes_are_no_one_it_names(someone: str) -> None:
    """Unnamed people described by what they did are no one named: not the outlet they spoke
    to, nor the person they know."""
    assert _quotes_of(f"{someone} said the summit was planned months ago.", kind="all") == []


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Presiden Joko Widodo yang hadir di Istana mengatakan", "Joko Widodo"),
        ("Putin who met Kim said", "Putin"),
        ("Kim Jong Un, who arrived by train, said", "Kim Jong Un"),
        # a clause that says who the person is ends with the name
        ("Pengamat yang juga dosen Universitas Indonesia Budi Santoso mengatakan", "Budi Santoso"),
    ],
)
def test_a_named_subject_a_relative_clause_describes_is_the_speaker(
    subject: str, speaker: str
) -> None:
    (quote,) = _quotes_of(f"{subject} the summit was planned months ago in secret.", kind="all")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("said_by", "speaker", "office"),
    [
        (
            "Ekonom Center of Reform on Economics (CORE) Indonesia Mohammad Faisal",
            "Mohammad Faisal",
            "Ekonom Center of Reform on Economics (CORE) Indonesia",
        ),
        (
            "Direktur Eksekutif Institute for Development of Economics and Finance (Indef) "
            "Tauhid Ahmad",
            "Tauhid Ahmad",
            "Direktur Eksekutif Institute for Development of Economics and Finance (Indef)",
        ),
        (
            "Peneliti Center of Economic and Law Studies (Celios) Bhima Yudhistira",
            "Bhima Yudhistira",
            "Peneliti Center of Economic and Law Studies (Celios)",
        ),
        # an Indonesian body's name and its short form were read so already
        (
            "Kepala Badan Pusat Statistik (BPS) Margo Yuwono",
            "Margo Yuwono",
            "Kepala Badan Pusat Statistik",
        ),
    ],
)
def test_a_body_spelt_out_in_english_with_its_short_form_is_part_of_the_office(
    said_by: str, speaker: str, office: str
) -> None:
    """Indonesian news names think tanks in English, then their short form, between the
    office and the person: the body's words are no part of the name ("Center of Reform")."""
    found = _quotes_of(
        f"“Pasar akan mencermati kebijakan itu,” ujar {said_by}.",
        f"{said_by} mengatakan harga minyak bisa naik jika sanksi melemah.",
        kind="all",
    )
    assert [(q.speaker, q.office) for q in found] == [(speaker, office)] * 2


def test_a_name_after_someone_of_a_body_is_the_speaker() -> None:
    found = _quotes_of(
        "“Kami masih mengkaji,” kata pengamat Universitas Padjadjaran Teuku Rezasyah.",
        "Pejabat Kremlin Dmitry Peskov mengatakan keputusan itu belum final.",
        kind="all",
    )
    assert [(q.kind, q.speaker) for q in found] == [
        ("direct", "Teuku Rezasyah"),
        ("indirect", "Dmitry Peskov"),
    ]


def test_one_quoted_as_saying_speaks_and_the_one_quoting_relays() -> None:
    found = _quotes_of(
        'KCNA quoted Kim as saying: "We will win the sacred fight together."',
        "KCNA quoted Kim as saying the visit opened a new chapter in relations.",
        "Kantor berita KCNA mengutip Kim yang mengatakan bahwa kunjungan itu membuka babak baru.",
        "North Korean state media quoted Kim as saying that the talks were frank.",
        kind="all",
    )
    assert [(q.kind, q.speaker, q.via, q.text) for q in found] == [
        ("direct", "Kim", "KCNA", "We will win the sacred fight together."),
        ("indirect", "Kim", "KCNA", "the visit opened a new chapter in relations"),
        ("indirect", "Kim", "KCNA", "kunjungan itu membuka babak baru"),
        ("indirect", "Kim", None, "the talks were frank"),  # no outlet named
    ]


def test_reported_speech_and_offices_in_malay() -> None:
    found = _quotes_of(
        "Jurucakap Kremlin Dmitry Peskov berkata tiada rancangan untuk lawatan itu.",
        "Menteri Luar Zambry Abdul Kadir memberitahu pemberita bahawa Malaysia kekal neutral.",
        "Timbalan Perdana Menteri Ahmad Zahid Hamidi berkata kerajaan akan membantu.",
        kind="indirect",
    )
    assert [(q.speaker, q.office, q.text) for q in found] == [
        ("Dmitry Peskov", "Jurucakap Kremlin", "tiada rancangan untuk lawatan itu"),
        ("Zambry Abdul Kadir", "Menteri Luar", "Malaysia kekal neutral"),
        ("Ahmad Zahid Hamidi", "Timbalan Perdana Menteri", "kerajaan akan membantu"),
    ]


def test_malay_statements_and_news_agencies_are_sources() -> None:
    found = _quotes_of(
        "“Putin menerima jemputan itu dengan senang hati,” menurut kenyataan KCNA.",
        "Putin menerima jemputan pemimpin Korea Utara untuk melawat Pyongyang, lapor agensi "
        "berita KCNA.",
        kind="all",
    )
    assert [(q.kind, q.speaker) for q in found] == [("direct", "KCNA"), ("indirect", "KCNA")]


def test_not_indirect_speech() -> None:
    found = _quotes_of(
        "Presiden menyampaikan undangan resmi kepada tamu negara.",
        "Budi memaparkan rencana kerja tahun depan kepada wartawan.",  # an object, no statement
        "Para pejabat telah menyatakan keprihatinan mereka atas kejadian itu.",
        "Putin disebut menerima undangan Kim dengan senang hati dan menegaskan niatnya.",
        kind="indirect",
    )
    # only the reported "disebut" statement, which names no speaker
    assert [(q.paragraph, q.speaker) for q in found] == [(5, None)]


def test_question_cue_names_the_asker_not_the_last_speaker() -> None:
    quotes = _quotes_of(
        "“Kami akan menjaga stabilitas nilai tukar,” kata Gubernur BI Perry Warjiyo.",
        "“Apakah BI akan menaikkan suku bunga?” tanya seorang wartawan.",
        "“Kita lihat data minggu depan,” jawab Perry singkat.",
    )
    assert [(q.speaker, q.speaker_as_written) for q in quotes] == [
        ("Perry Warjiyo", "Gubernur BI Perry Warjiyo"),
        (None, "seorang wartawan"),
        ("Perry Warjiyo", "Perry"),
    ]


def test_organisation_named_in_common_words_speaks() -> None:
    (quote,) = _quotes_of(
        "Dalam keterangan resminya, Kementerian Keuangan menulis: “Pemerintah terus memantau "
        "perkembangan pasar keuangan global.”"
    )
    assert quote.speaker == "Kementerian Keuangan"


def test_role_at_sentence_start_before_the_name() -> None:
    (quote,) = _quotes_of("Kapten tim Marc Klok berkata, “Kami akan merayakan bersama keluarga.”")
    assert quote.speaker == "Marc Klok"


def test_pronoun_after_an_unnamed_person_is_not_the_last_named_speaker() -> None:
    quotes = _quotes_of(
        "“Ini untuk para suporter,” kata pelatih Persib Bojan Hodak.",
        "Di sisi lain, pelatih lawan mengakui keunggulan Persib. “Mereka lebih siap,” katanya.",
        "Seorang warga mengatakan stadion penuh sejak sore. “Saya datang jam tiga,” ujarnya.",
        "Bojan Hodak tersenyum. “Kami akan berpesta malam ini,” katanya.",
    )
    assert [q.speaker for q in quotes] == ["Bojan Hodak", None, None, "Bojan Hodak"]


def test_a_short_mention_links_to_a_name_after_a_head_and_its_body() -> None:
    quotes = _quotes_of(
        "“Stok beras aman sampai akhir tahun,” kata Direktur Utama Perum Bulog Bayu "
        "Krisnamurthi di Jakarta.",
        "“Kami terus menambah cadangan di gudang,” kata Bayu.",
    )
    assert [q.speaker for q in quotes] == ["Bayu Krisnamurthi", "Bayu Krisnamurthi"]


def test_single_marks_are_speech_only_when_a_cue_or_speech_verb_attributes_them() -> None:
    paragraphs = [
        "‘Kami siap menghadapi musim depan,’ kata Marc Klok usai latihan.",
        "Pelatih Bojan Hodak mengatakan, ‘Tim ini sudah bekerja keras sejak Jum’at lalu.’",
        "Pemerintah menerapkan kebijakan ‘bebas visa’ untuk turis asing.",
        "'Saya tidak tahu apa-apa soal itu,' ujar Ma'ruf Amin kepada wartawan.",
        "“Kami menyebutnya ‘operasi militer khusus’ sejak awal,” kata Dmitry Peskov.",
    ]
    quotes = _quotes_of(*paragraphs)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Kami siap menghadapi musim depan", "Marc Klok"),
        ("Tim ini sudah bekerja keras sejak Jum’at lalu.", "Bojan Hodak"),
        ("Saya tidak tahu apa-apa soal itu", "Ma'ruf Amin"),
        ("Kami menyebutnya ‘operasi militer khusus’ sejak awal", "Dmitry Peskov"),
    ]
    first = quotes[0]
    assert paragraphs[0][first.start : first.end] == "‘Kami siap menghadapi musim depan,’"
    assert _quotes_of(*paragraphs, kind="indirect") == []


def test_speech_in_single_marks_as_british_outlets_print_it() -> None:
    """The verb's listener before a colon, a speaker named with an article after the quote's
    comma; a line that ends with its quote is a paragraph, not a heading; and "he" is a person,
    never the agency quoted just before."""
    quotes = _quotes_of(
        "Kim told Putin: 'I am sure the Russian army will win.'",
        "'Putin accepted the invitation with pleasure,' the Korean Central News Agency said.",
        "'No, there were no agreements,' he said.",
        "The so-called 'no limits' partnership, the report said, is growing.",
    )
    assert [(q.paragraph, q.text, q.speaker) for q in quotes] == [
        (2, "I am sure the Russian army will win.", "Kim"),
        (3, "Putin accepted the invitation with pleasure", "KCNA"),
        (4, "No, there were no agreements", "Kim"),
    ]


def test_he_and_she_are_never_an_outlet() -> None:
    (quote,) = _quotes_of(
        "KCNA said the talks were frank.", '"We agreed on everything," she told reporters.'
    )
    assert (quote.speaker_as_written, quote.speaker) == ("she", None)


def test_a_rank_inside_an_office_leaves_the_name_for_later_mentions() -> None:
    quotes = _quotes_of(
        "Kabid Humas Polda Metro Jaya Kombes Trunoyudo Wisnu Andiko menyebut barang bukti "
        "telah diamankan.",
        "“Barang bukti berupa dua unit sepeda motor,” kata Trunoyudo.",
    )
    assert [q.speaker for q in quotes] == ["Trunoyudo Wisnu Andiko"]


def test_given_names_that_are_words_nicknames_and_sentence_openers() -> None:
    quotes = _quotes_of(
        "Presiden Joko Widodo (Jokowi) meminta aparat netral. Hal itu disampaikan Jokowi di "
        "Istana Negara, Senin (30/10/2023).",
        "“Saya minta seluruh aparat netral,” kata Jokowi.",
        "“Jangan sampai ada yang memecah belah,” tuturnya.",
        "Budi mengatakan, “Kami sudah siap sejak pagi.”",
    )
    assert [q.speaker for q in quotes] == ["Joko Widodo", "Joko Widodo", "Budi"]


def test_particles_join_names_only_before_a_capital() -> None:
    quotes = _quotes_of(
        "Pertemuan Presiden Kim Jong Un dengan Putin berlangsung lama. Presiden Suriah Bashar "
        "al-Assad dan Putra Mahkota Mohammed bin Salman ikut hadir.",
        "“Kami bersahabat dengan semua negara,” kata Kim.",
        "“Suriah mendukung Rusia,” kata Assad.",
        "Antara Joe Biden atau Trump, kata dia, belum jelas. “Kami menunggu,” kata Trump.",
    )
    assert [q.speaker for q in quotes] == ["Kim Jong Un", "Bashar al-Assad", "Trump"]


def test_nicknames_after_atau_and_given_names_that_are_dictionary_words() -> None:
    quotes = _quotes_of(
        "Presiden Joko Widodo atau Jokowi meminta menteri fokus bekerja. “Saya minta semua "
        "menteri tetap bekerja,” kata Jokowi.",
        "Kasat Reskrim AKBP Muhammad Firdaus menambahkan, barang bukti sudah diamankan. "
        "“Ada lima motor yang kami sita,” jelas Firdaus.",
        "Siti Nurbaya menjelaskan kebijakan itu. “Hutan harus dijaga,” ujar Siti.",
        "Basuki Tjahaja Purnama alias Ahok datang. “Saya siap membantu,” kata Ahok.",
    )
    assert [q.speaker for q in quotes] == [
        "Joko Widodo",
        "Muhammad Firdaus",
        "Siti Nurbaya",
        "Basuki Tjahaja Purnama",
    ]


def test_english_language_reports() -> None:
    quotes = _quotes_of(
        "North Korean leader Kim Jong Un invited Russian President Vladimir Putin to visit.",
        '"We will always be with Russia," Kim said at a state dinner.',
        "Kremlin spokesman Dmitry Peskov told reporters no agreements had been signed. "
        '"There was no signing of agreements," Peskov said.',
        'Putin said the leaders discussed cooperation. "Russia complies with all these '
        'restrictions," he said, according to RIA.',
        'According to Peskov, "the visit was a success."',
        'U.S. Secretary of State Antony Blinken said on Wednesday: "Any arms deal would be a '
        'violation of resolutions."',
    )
    assert [(q.speaker, q.via) for q in quotes] == [
        ("Kim Jong Un", None),
        ("Dmitry Peskov", None),
        ("Vladimir Putin", "RIA Novosti"),
        ("Dmitry Peskov", None),
        ("Antony Blinken", None),
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            '"There will be no talks this week," said Kremlin spokesman Dmitry Peskov.',
            "Dmitry Peskov",
        ),
        (
            '"There will be no talks this week," Peskov, the Kremlin\'s spokesman, told reporters.',
            "Peskov",
        ),
        ("“Kami akan membantu teman kami di Pyongyang.” Demikian kata Putin.", "Putin"),
        ("“Kami akan membantu teman kami di Pyongyang,” demikian kata Putin.", "Putin"),
        ("“Kami akan membantu teman kami di Pyongyang”. Demikian kata Putin.", "Putin"),
    ],
)
def test_role_before_a_name_apposition_and_demikian(paragraph: str, speaker: str) -> None:
    (quote,) = _quotes_of(paragraph)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        # an American lawmaker's party and state
        (
            '"This is a dangerous moment," Rep. Adam Schiff (D-Calif.) told reporters.',
            "Adam Schiff",
        ),
        ('"This is a dangerous moment," said Rep. Adam Schiff (D-Calif.).', "Adam Schiff"),
        ('"This is a dangerous moment," Rep. Adam Schiff, D-Calif., said.', "Adam Schiff"),
        ('"This is a dangerous moment," said Rep. Adam Schiff, D-Calif.', "Adam Schiff"),
        ('Rep. Adam Schiff, D-Calif., said: "This is a dangerous moment."', "Adam Schiff"),
        ("Rep. Adam Schiff (D-Calif.) said this was a dangerous moment for Asia.", "Adam Schiff"),
        ('"This is a dangerous moment," Adam Schiff (D) told reporters.', "Adam Schiff"),
        # a name's "Jr.", which ends no sentence it stands inside
        (
            "President Ferdinand Marcos Jr. said on Wednesday that Manila was watching.",
            "Ferdinand Marcos Jr",
        ),
        ('"Manila is watching," said Ferdinand Marcos Jr., the president.', "Ferdinand Marcos Jr"),
        (
            '"Manila is watching," said Ferdinand Marcos Jr. He spoke in Manila.',
            "Ferdinand Marcos Jr",
        ),
        # a given name written short, which the name goes on after
        ("“Kami siap,” kata Menko Polhukam Moh. Mahfud MD.", "Moh. Mahfud MD"),
        ("Muh. Arifin mengatakan, “Kami siap.”", "Muh. Arifin"),
        ("“Kami siap,” kata Abd. Rahman Saleh.", "Abd. Rahman Saleh"),
        ("“Kami siap,” kata KH. Ma'ruf Amin.", "Ma'ruf Amin"),  # a kiai's title, with its stop
        ('"No information," said Ma. Teresita Daza, the spokesperson.', "Ma. Teresita Daza"),
        # a dash after the name, or an aside between dashes
        ('"We will help them," Putin — who arrived by car — said.', "Putin"),
        ("“Kami akan membantu,” kata Putin — sambil tersenyum.", "Putin"),
        ("“Kami akan membantu,” kata Putin - sambil tersenyum.", "Putin"),
    ],
)
def test_what_is_set_beside_a_name_is_no_part_of_it(said: str, speaker: str) -> None:
    quote = _quotes_of(said, kind="all")[0]
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "said",
    [
        "Putin said this to reporters at the cosmodrome.",
        "Putin said so on Monday.",
        "Putin mengatakan hal itu kepada wartawan.",
        "Putin menyampaikan hal tersebut di Vostochny, Rabu.",
        "Putin mengatakan demikian.",
    ],
)
def test_a_word_pointing_back_to_what_was_said_is_no_statement(said: str) -> None:
    quotes = _quotes_of(f"“Kami akan membantu,” kata Putin. {said}", kind="all")
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Putin")]


@pytest.mark.parametrize(
    "said",
    [
        "Putin said it was a good meeting.",
        "Putin said that in 2020 the two countries signed a treaty.",
        "Putin mengatakan ini adalah pertemuan bersejarah.",
    ],
)
def test_a_statement_opening_with_a_pronoun_is_still_one(said: str) -> None:
    (quote,) = _quotes_of(said, kind="indirect")
    assert quote.speaker == "Putin"


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("Kim left Vladivostok for Khabarovsk, Peskov said Sunday.", "Peskov"),
        (
            "Kim arrived in Russia's Far East for a summit with Putin, Seoul's unification "
            "ministry said Wednesday.",
            "Seoul's Unification Ministry",
        ),
    ],
)
def test_the_day_alone_after_a_trailing_verb(said: str, speaker: str) -> None:
    (quote,) = _quotes_of(said, kind="indirect")
    assert quote.speaker == speaker


def test_english_offices_before_a_name_and_told_an_audience_that() -> None:
    text = (
        "BEIJING (Reuters) - Commerce Minister Wang Wentao told a forum on Wednesday that "
        "trade faced headwinds.\n\n"
        '"We need to stabilise foreign trade," Wang said.\n\n'
        "'We are not going anywhere,' said Senate Majority Leader Chuck Schumer.\n\n"
        "Zhiwei Zhang, chief economist at Pinpoint Asset Management, said the data suggested "
        'the economy was stabilising. "The worst may be over," he said.\n\n'
        "The Bank of England said in a statement that inflation remained too high.\n"
    )
    quotes = extract_quotes(article_of(text))
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("direct", "Wang Wentao", "We need to stabilise foreign trade"),
        ("direct", "Chuck Schumer", "We are not going anywhere"),
        ("direct", "Zhiwei Zhang", "The worst may be over"),  # not the firm he works at
        ("indirect", "Wang Wentao", "trade faced headwinds"),
        ("indirect", "Zhiwei Zhang", "the data suggested the economy was stabilising"),
        ("indirect", "Bank of England", "inflation remained too high"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Frank Gardner, koresponden keamanan BBC, mengatakan Putin membutuhkan amunisi.",
        "Frank Gardner, the BBC security correspondent, said Putin needed shells badly.",
    ],
)
def test_a_person_set_off_with_the_outlet_they_work_for_is_the_subject(sentence: str) -> None:
    (quote,) = _quotes_of(sentence, kind="indirect")
    assert quote.speaker == "Frank Gardner"
    assert "BBC" in (quote.office or "") and quote.text.startswith("Putin")


def test_a_statement_whose_speaker_follows_it_starts_past_the_dateline() -> None:
    (bps,) = extract_quotes(
        article_of("JAKARTA - Harga beras akan turun bulan depan, kata Kepala BPS Amalia.\n")
    )
    assert (bps.speaker, bps.text, bps.start) == (
        "Amalia",
        "Harga beras akan turun bulan depan",
        10,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SEOUL, South Korea (AP) — North Korean leader Kim Jong Un told Russian President "
            "Vladimir Putin on Wednesday that his country will always support Moscow.\n\n"
            "Kremlin spokesman Dmitry Peskov later said no agreements were signed. The White "
            "House has warned that any arms deal would violate U.N. Security Council "
            "resolutions.\n\n"
            '"We are watching this very closely," White House national security spokesman John '
            "Kirby told reporters.\n",
            [
                ("direct", "John Kirby", "We are watching this very closely"),
                ("indirect", "Kim Jong Un", "his country will always support Moscow"),
                ("indirect", "Dmitry Peskov", "no agreements were signed"),
                (
                    "indirect",
                    "White House",  # named without its article, as in "the White House said"
                    "any arms deal would violate U.N. Security Council resolutions",
                ),
            ],
        ),
        (  # the speaker after the statement
            "VLADIVOSTOK (Reuters) - No agreements were signed during the talks, Kremlin "
            "spokesman Dmitry Peskov told reporters.\n\n"
            "According to him, the two leaders held talks in a narrow format.\n\n"
            "The visit will last several days, said White House spokesman John Kirby.\n\n"
            "Kim invited Putin during a banquet, KCNA said on Thursday.\n\n"
            "Putin, Kim and Lavrov said nothing. In Moscow, Lavrov said.\n",
            [
                ("indirect", "Dmitry Peskov", "No agreements were signed during the talks"),
                ("indirect", "Dmitry Peskov", "the two leaders held talks in a narrow format"),
                ("indirect", "John Kirby", "The visit will last several days"),
                ("indirect", "KCNA", "Kim invited Putin during a banquet"),
            ],
        ),
        (  # a month's full stop in the dateline ends no sentence
            "BEIJING, Sept. 13 (Xinhua) -- Russian President Vladimir Putin met with Kim Jong "
            "Un at the Vostochny Cosmodrome on Wednesday, the Kremlin said.\n",
            [
                (
                    "indirect",
                    "Kremlin",
                    "Russian President Vladimir Putin met with Kim Jong Un at the Vostochny "
                    "Cosmodrome on Wednesday",
                )
            ],
        ),
        (  # wire style: the day without "on", and a sentence that ends inside a quote mark
            "SEOUL, Sept. 13 (Yonhap) -- North Korean leader Kim Jong-un said Wednesday his "
            "country will support Russia.\n\n"
            'The White House warned that arms talks were "actively advancing." State Department '
            "spokesman Matthew Miller said late Tuesday that Washington would impose sanctions.\n\n"
            "Unification Minister Kim Yung-ho told lawmakers Thursday that Seoul was watching.\n\n"
            "Prime Minister Anwar Ibrahim said on Thursday (Sep 14) that Malaysia hoped for "
            "peace.\n\n"
            # when, without a day, is no part of what was said either
            "Dmitry Peskov, Mr. Putin's spokesman, said earlier that no deals were planned.\n\n"
            "Lavrov said earlier this week that the talks had been useful.\n\n"
            "Matsuno said separately that any transfer would violate resolutions.\n\n"
            "Peskov said, however, that the talks had run late.\n\n"
            # a verb that reports only before "that", after an aside
            "Kim, for his part, pointed out that Russia was fighting a sacred struggle.\n\n"
            "Yoon said today's meeting was a provocation.\n",
            [
                ("fragment", "White House", "actively advancing."),
                ("indirect", "Kim Jong-un", "his country will support Russia"),
                ("indirect", "White House", 'arms talks were "actively advancing."'),
                ("indirect", "Matthew Miller", "Washington would impose sanctions"),
                ("indirect", "Kim Yung-ho", "Seoul was watching"),  # whom he told is no part
                ("indirect", "Anwar Ibrahim", "Malaysia hoped for peace"),
                ("indirect", "Dmitry Peskov", "no deals were planned"),  # (whose aide he is)
                ("indirect", "Lavrov", "the talks had been useful"),
                ("indirect", "Matsuno", "any transfer would violate resolutions"),
                ("indirect", "Dmitry Peskov", "the talks had run late"),
                ("indirect", "Kim", "Russia was fighting a sacred struggle"),  # two Kims
                ("indirect", "Yoon", "today's meeting was a provocation"),
            ],
        ),
    ],
)
def test_reported_speech_in_english_and_after_a_dateline(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    quotes = extract_quotes(article_of(text))
    assert [(q.kind, q.speaker, q.text) for q in quotes] == expected


@pytest.mark.parametrize(
    ("paragraphs", "said"),
    [
        # the sentence before it, in its paragraph or closing the one before
        (
            [
                "Putin menerima undangan itu dengan senang hati. Hal itu disampaikan juru bicara "
                "Kremlin Dmitry Peskov kepada wartawan, Kamis."
            ],
            [
                (
                    "Dmitry Peskov",
                    "juru bicara Kremlin",
                    2,
                    "Putin menerima undangan itu dengan senang hati",
                )
            ],
        ),
        (
            [
                "JAKARTA - Pemerintah akan menaikkan harga BBM mulai bulan depan.",
                "Demikian disampaikan Menteri ESDM Arifin Tasrif di Jakarta, Kamis (14/9/2023).",
            ],
            [
                (
                    "Arifin Tasrif",
                    "Menteri ESDM",
                    2,
                    "Pemerintah akan menaikkan harga BBM mulai bulan depan",
                )
            ],
        ),
        # a report, of a statement no one was named for before
        (
            [
                "Putin dikabarkan menerima undangan itu dengan senang hati.",
                "Kabar tersebut disampaikan oleh kantor berita KCNA pada Kamis.",
            ],
            [("KCNA", None, 2, "Putin dikabarkan menerima undangan itu dengan senang hati")],
        ),
        # not a quote's sentence, what someone else said the like of, nor no one named
        (["“Kami siap membantu,” kata Putin. Hal itu disampaikan Putin di Vostochny."], []),
        (["Harga beras naik lagi pekan ini. Hal senada disampaikan Budi Santoso."], []),
        (["Harga beras naik lagi pekan ini. Hal itu disampaikan dalam rapat kabinet."], []),
        (["Harga beras naik lagi pekan ini. Hal itu disampaikannya di Jakarta."], []),
    ],
)
def test_a_sentence_that_says_who_said_the_one_before_it(
    paragraphs: list[str], said: list[tuple[str, str, int, str]]
) -> None:
    quotes = _quotes_of(*paragraphs, kind="indirect")
    assert [(q.speaker, q.office, q.paragraph, q.text) for q in quotes] == said


@pytest.mark.parametrize(
    ("cue", "speaker", "office"),
    [
        # a name of dictionary words after a body's acronym is a name
        ("kata Menteri ESDM Arifin Tasrif", "Arifin Tasrif", "Menteri ESDM"),
        # and after a body named by one word, as think tanks are, past a lower-case role
        ("ujar ekonom senior Indef Faisal Basri", "Faisal Basri", "ekonom senior Indef"),
        # while the body's part, or a place, after its acronym is the office's
        ("kata Ketua DPD Partai Demokrat", "Ketua DPD Partai Demokrat", None),
        ("kata Ketua MUI Bidang Dakwah", "Ketua MUI Bidang Dakwah", None),
        ("kata Kepala UPT Pasar Baru", "Kepala UPT Pasar Baru", None),
        ("kata Kepala BPS Jawa Barat", "Kepala BPS Jawa Barat", None),
        ("kata Ketua KPK Sementara", "Ketua KPK Sementara", None),
    ],
)
def test_a_name_after_a_bodys_acronym(cue: str, speaker: str, office: str | None) -> None:
    (quote,) = _quotes_of(f"“Harga naik lagi,” {cue}.")
    assert (quote.speaker, quote.office) == (speaker, office)


@pytest.mark.parametrize(
    ("minister", "in_full"),
    [
        ("Mendag", "Menteri Perdagangan"),
        ("Menhub", "Menteri Perhubungan"),
        ("Menkominfo", "Menteri Komunikasi dan Informatika"),
        ("MenPUPR", "Menteri Pekerjaan Umum dan Perumahan Rakyat"),
        ("Menparekraf", "Menteri Pariwisata dan Ekonomi Kreatif"),
        ("Mendes", "Menteri Desa"),
        ("MenPAN-RB", None),
        # their deputies, and the cabinet's secretary and the president's chief of staff
        ("Wamenlu", "Wakil Menteri Luar Negeri"),
        ("Seskab", "Sekretaris Kabinet"),
        ("KSP", None),
        # an acting head's
        ("Plh Sekda", None),
        ("Pjs Wali Kota", None),
    ],
)
def test_a_minister_written_short_opens_the_name_and_stands_for_the_office(
    minister: str, in_full: str | None
) -> None:
    """As Indonesian news writes its ministers: "kata Mendag Zulkifli Hasan", and "kata Mendag"
    after the minister was named in full."""
    short = _quotes_of(f"“Harga beras akan turun pekan depan,” kata {minister} Zulkifli Hasan.")
    assert [(q.speaker, q.office) for q in short] == [("Zulkifli Hasan", minister)]
    if in_full:
        later = _quotes_of(
            f"{in_full} Zulkifli Hasan meninjau pasar.", f"“Stok beras cukup,” kata {minister}."
        )
        assert [q.speaker for q in later] == ["Zulkifli Hasan"]


def test_reported_speech_of_a_minister_after_a_kompas_dateline() -> None:
    (sri,) = extract_quotes(
        article_of(
            "JAKARTA, KOMPAS.com - Menteri Keuangan Sri Mulyani mengatakan inflasi masih "
            "terkendali tahun ini.\n",
        )
    )
    assert (sri.speaker, sri.text) == ("Sri Mulyani", "inflasi masih terkendali tahun ini")


def test_english_role_and_name_after_a_quote_and_unnamed_speakers() -> None:
    quotes = _quotes_of(
        "Russian Defence Minister Sergei Shoigu said the strikes would go on.",
        '"The enemy again attacked the south of the country," Air Force spokesman Yuriy Ihnat '
        "told national television.",
        '"We will respond to every provocation," Kremlin spokesman Dmitry Peskov told reporters.',
        'White House press secretary Karine Jean-Pierre told reporters: "We are watching this '
        'very closely."',
        '"Nothing has been decided yet," a senior official told Reuters.',
    )
    assert [q.speaker for q in quotes] == [
        "Yuriy Ihnat",
        "Dmitry Peskov",
        "Karine Jean-Pierre",
        None,  # someone unnamed, not the Shoigu of an earlier sentence
    ]
    # the role stays in what was written, for `--speaker "Kremlin spokesman"`
    assert quotes[1].speaker_as_written == "Kremlin spokesman Dmitry Peskov"


@pytest.mark.parametrize(
    "said",
    [
        '"We are watching," said White House National Security Council spokesman John Kirby.',
        '"We are watching," White House National Security Council spokesman John Kirby said.',
        "White House National Security Council spokesman John Kirby said Washington was watching.",
    ],
)
def test_a_role_after_a_long_bodys_name(said: str) -> None:
    (quote,) = _quotes_of(said, kind="all")
    assert (quote.speaker, quote.office) == (
        "John Kirby",
        "White House National Security Council spokesman",
    )


@pytest.mark.parametrize(
    ("cue", "speaker", "office"),
    [
        # Malaysia's honorifics of two words, which "Tan" alone is not
        ("said Tan Sri Muhyiddin Yassin", "Muhyiddin Yassin", None),
        ("said Puan Sri Noorainee Abdul Rahman", "Noorainee Abdul Rahman", None),
        ("said Tan Chee Hoe", "Tan Chee Hoe", None),
        # a lower-case title of several words, whole
        (
            "said former prime minister Muhyiddin Yassin",
            "Muhyiddin Yassin",
            "former prime minister",
        ),
        (
            "said deputy foreign minister Andrei Rudenko",
            "Andrei Rudenko",
            "deputy foreign minister",
        ),
    ],
)
def test_honorifics_and_titles_of_several_words(cue: str, speaker: str, office: str | None) -> None:
    (quote,) = _quotes_of(f'"We are ready to help," {cue}.')
    assert (quote.speaker, quote.office) == (speaker, office)


@pytest.mark.parametrize("written", ["Mr Dmitry Peskov", "Mr. Dmitry Peskov", "Dmitry Peskov"])
def test_an_office_set_off_before_a_name_with_its_form_of_address(written: str) -> None:
    """As The Straits Times writes every name after the first: "Mr Dmitry Peskov"."""
    (quote,) = _quotes_of(
        f"The Kremlin's spokesman, {written}, said the leaders had discussed sensitive areas.",
        kind="indirect",
    )
    assert (quote.speaker, quote.office) == ("Dmitry Peskov", "Kremlin's spokesman")


def test_subjects_past_asides_and_long_offices_and_offices_as_names() -> None:
    quotes = _quotes_of(
        "Seorang pedagang, Slamet (45), mengaku omzetnya turun drastis.",
        "“Pembeli sepi sejak pekan lalu, Mas,” ujarnya.",
        "Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian (KPKP) DKI Jakarta Suharini "
        "Eliawati menjelaskan kenaikan harga disebabkan cuaca.",
        "“Curah hujan tinggi membuat panen terganggu,” jelasnya.",
        "Menteri Kesehatan Budi Gunadi Sadikin meninjau posyandu.",
        "“Capaian vaksinasi sudah bagus sekali,” kata Menkes di Jakarta.",
    )
    assert [q.speaker for q in quotes] == ["Slamet", "Suharini Eliawati", "Budi Gunadi Sadikin"]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("Peskov, who spoke to reporters in Moscow, said on Thursday", "Peskov"),
        ("Peskov, 56, told reporters", "Peskov"),
        ("the official, who declined to be named, said on Thursday", None),  # not "Thursday"
        # where and when, as a participle says it
        ("Peskov, speaking in Moscow, told reporters", "Peskov"),
        ("Peskov, asked about the visit, said", "Peskov"),
        ("a Kremlin official, speaking on condition of anonymity, told Reuters", None),
    ],
)
def test_an_aside_between_the_speaker_and_the_verb_after_a_quote(
    after: str, speaker: str | None
) -> None:
    (quote,) = _quotes_of("Putin hosted Kim at the cosmodrome.", f'"It was productive," {after}.')
    assert quote.speaker == speaker  # never Putin, the subject before


def test_a_body_with_and_without_its_article_is_one_speaker(kp: Invoke, tmp_path: Path) -> None:
    for name, opening in (("a.txt", "The White House"), ("b.txt", "Later, the White House")):
        write_article(
            tmp_path,
            name,
            f"WASHINGTON (AP) - {opening} said any arms deal would violate U.N. resolutions "
            f"({name}).\n",
        )
    speakers = jsonl(kp("speakers", "--corpus", str(tmp_path), "--jsonl"))
    assert [(s["speaker"], s["indirect"]) for s in speakers] == [("White House", 2)]


@pytest.mark.parametrize(
    "opening",
    [
        "When Putin arrived, Kim greeted him at the cosmodrome.",
        "As Putin arrived, Kim greeted him at the cosmodrome.",
        "But Putin said little about the weapons the two sides discussed.",
        "For Putin, the summit was a chance to show he still has friends.",
    ],
)
def test_an_english_sentence_opener_is_no_part_of_a_name(opening: str) -> None:
    quotes = _quotes_of(opening, '"Welcome to Russia," Putin said.')
    assert {q.speaker for q in quotes} == {"Putin"}  # not "When Putin", "As Putin", "But Putin"


def test_a_name_that_opens_with_an_english_word_keeps_it() -> None:
    quotes = _quotes_of(
        "To Lam met Putin in Hanoi on Thursday.",
        '"Vietnam values the ties," Lam added.',
        "So Se Pyong said Pyongyang would send a delegation to Geneva next month.",
    )
    assert [q.speaker for q in quotes] == ["To Lam"]
    (reported,) = _quotes_of(
        "So Se Pyong said Pyongyang would send a delegation to Geneva next month.",
        kind="indirect",
    )
    assert reported.speaker == "So Se Pyong"


def test_kepala_negara_is_the_one_president_the_article_names() -> None:
    (one,) = _quotes_of(
        "Presiden Joko Widodo meresmikan jalan tol Trans Jawa.",
        "“Tolong dijaga bersama,” pesan Kepala Negara.",
    )
    assert one.speaker == "Joko Widodo"
    (two,) = _quotes_of(
        "Presiden Joko Widodo menerima Presiden Rusia Vladimir Putin di Istana.",
        "“Tolong dijaga bersama,” pesan Kepala Negara.",
    )
    assert two.speaker not in ("Joko Widodo", "Vladimir Putin")  # two presidents: not a guess


def test_an_acronym_in_brackets_ends_an_organisation_before_a_name() -> None:
    quotes = _quotes_of(
        "Direktur Eksekutif Indonesia Political Opinion (IPO) Dedi Kurnia Syah menilai hal itu "
        "wajar.",
        "“Politik kita memang seperti itu sejak dulu,” imbuh dia.",
        "Ketua DPR RI Puan Maharani mengatakan hal berbeda.",
        "“Kita harus menjaga persatuan bangsa ini,” ujarnya.",
    )
    assert [q.speaker for q in quotes] == ["Dedi Kurnia Syah", "Puan Maharani"]


def test_an_office_as_a_reference_in_english() -> None:
    quotes = _quotes_of(
        "Kremlin spokesman Dmitry Peskov spoke on Monday.",
        '"There will be no talks this week," the Kremlin spokesman told reporters.',
        '"Nothing has been decided yet," a Kremlin spokesman told reporters later.',
    )
    assert [q.speaker for q in quotes] == ["Dmitry Peskov", None]


def test_an_organisation_is_not_the_person_introduced_with_it() -> None:
    quotes = _quotes_of(
        "Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova menyampaikan bantahan.",
        "“Tuduhan itu tidak berdasar sama sekali,” tulis Kementerian Luar Negeri Rusia.",
    )
    assert quotes[0].speaker == "Kementerian Luar Negeri Rusia"


def test_an_office_given_to_two_people_names_neither() -> None:
    quotes = _quotes_of(
        "Presiden Joko Widodo menerima Presiden Rusia Vladimir Putin di Istana.",
        "“Kerja sama kedua negara akan terus diperkuat,” kata Presiden.",
    )
    assert quotes[0].speaker != "Vladimir Putin" and quotes[0].speaker != "Joko Widodo"


def test_according_to_and_menurut_with_a_role_set_off_after_the_name() -> None:
    quotes = _quotes_of(
        "According to Louise Loo, head of China economics at Capital Economics, "
        "demand will stay soft.",
        "According to Peskov, the talks were productive and long.",
        "Menurut Bhima Yudhistira, ekonom dari INDEF, inflasi akan naik tahun depan.",
        "Menurut dia, harga beras akan turun bulan depan.",
        kind="indirect",
    )
    assert [(q.speaker_as_written, q.speaker, q.text) for q in quotes] == [
        ("Louise Loo", "Louise Loo", "demand will stay soft"),
        ("Peskov", "Peskov", "the talks were productive and long"),
        ("Bhima Yudhistira", "Bhima Yudhistira", "inflasi akan naik tahun depan"),
        ("dia", "Bhima Yudhistira", "harga beras akan turun bulan depan"),
    ]


def test_a_statement_and_a_second_one_said_next_are_two_statements() -> None:
    found = _quotes_of(
        'Putin told reporters the two would discuss "all issues" and said Russia would help '
        "North Korea build satellites.",
        kind="indirect",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Putin", 'the two would discuss "all issues"'),
        ("Putin", "Russia would help North Korea build satellites"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "Putin thanked Kim and said that the talks would open a new chapter.",
            "Putin",
            "the talks would open a new chapter",
        ),
        (
            "Putin menyampaikan terima kasih dan mengatakan bahwa pembicaraan itu membuka "
            "babak baru.",
            "Putin",
            "pembicaraan itu membuka babak baru",
        ),
        (
            "Kim tiba di Vostochny, lalu Putin menyambutnya dan mengatakan kunjungan itu "
            "bersejarah.",
            "Putin",
            "kunjungan itu bersejarah",
        ),
        # (past a few words the first predicate quotes)
        (
            'Mayor Brandon Johnson called the shooting "senseless" and said the city would '
            "increase patrols.",
            "Brandon Johnson",
            "the city would increase patrols",
        ),
        # (two subjects: neither alone said it)
        ("Putin and Kim met and said that the talks went well for both sides.", None, None),
        # said of the subject by someone else: no one named says it
        (
            "Putin disebut menerima undangan Kim dan menegaskan kembali kerja sama.",
            None,
            "Putin disebut menerima undangan Kim dan menegaskan kembali kerja sama",
        ),
    ],
)
def test_speech_in_a_second_predicate_is_the_first_ones_subjects(
    sentence: str, speaker: str | None, said: str | None
) -> None:
    found = _quotes_of(sentence, kind="indirect")
    assert [(q.speaker, sentence[q.start : q.end]) for q in found] == (
        [(speaker, said)] if said else []
    )


def test_what_a_speaker_added_is_a_statement_of_its_own() -> None:
    found = _quotes_of(
        "Wang said the meeting was a matter between two states, adding that China and Russia "
        "keep in touch.",
        '"This is a matter for the two states," Wang said, adding that China was not involved.',
        "Peskov mengatakan kedua pemimpin bertemu empat jam, seraya menambahkan bahwa tidak ada "
        "dokumen yang ditandatangani.",
        # (what a quote says it added is the quote's)
        '"We are happy, adding that nothing was signed," Peskov said.',
        # past a cue after the statement
        "Kim will visit Moscow next year, Peskov said, adding that no date was set.",
        # after what reports nothing, or too little
        "Peskov declined to comment, adding that no deal was signed at the summit.",
        "Peskov denied the report, adding that no deal was signed at the summit.",
        kind="all",
    )
    assert [(q.kind, q.speaker, q.text) for q in found] == [
        ("indirect", "Wang", "the meeting was a matter between two states"),
        ("indirect", "Wang", "China and Russia keep in touch"),
        ("direct", "Wang", "This is a matter for the two states"),
        ("indirect", "Wang", "China was not involved"),
        ("indirect", "Peskov", "kedua pemimpin bertemu empat jam"),
        ("indirect", "Peskov", "tidak ada dokumen yang ditandatangani"),
        ("direct", "Peskov", "We are happy, adding that nothing was signed"),
        ("indirect", "Peskov", "Kim will visit Moscow next year"),
        ("indirect", "Peskov", "no date was set"),
        ("indirect", "Peskov", "no deal was signed at the summit"),
        ("indirect", "Peskov", "no deal was signed at the summit"),
    ]


def test_menurutnya_opening_a_sentence_is_whom_the_sentence_before_is_about() -> None:
    (quote,) = _quotes_of(
        "Peskov tidak merinci kapan kunjungan itu. Menurutnya, kedua pihak akan membahas "
        "waktunya melalui jalur diplomatik.",
        kind="indirect",
    )
    assert (quote.speaker, quote.text) == (
        "Peskov",
        "kedua pihak akan membahas waktunya melalui jalur diplomatik",
    )


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "Kim Jong Un left Russia on Sunday, according to Yonhap news agency, after a six-day "
            "visit.",
            "Yonhap",
            "Kim Jong Un left Russia on Sunday",
        ),
        (
            "Kim Jong Un meninggalkan Rusia pada Minggu, menurut KCNA, setelah kunjungan enam "
            "hari.",
            "KCNA",
            "Kim Jong Un meninggalkan Rusia pada Minggu",
        ),
        # a source set off in the statement: the whole sentence, source and all (a quote is
        # one stretch of its paragraph), unless what comes before it only says when
        (
            "The talks, according to Peskov, lasted more than four hours.",
            "Peskov",
            "The talks, according to Peskov, lasted more than four hours",
        ),
        (
            "Pertemuan itu, menurut Peskov, berlangsung lebih dari empat jam.",
            "Peskov",
            "Pertemuan itu, menurut Peskov, berlangsung lebih dari empat jam",
        ),
        (
            "On Wednesday, according to Peskov, the talks lasted more than four hours.",
            "Peskov",
            "the talks lasted more than four hours",
        ),
        (
            "Sementara itu, menurut Peskov, pertemuan berlangsung lebih dari empat jam.",
            "Peskov",
            "pertemuan berlangsung lebih dari empat jam",
        ),
        # so does a cue set off in it
        (
            "Putin, kata juru bicara Kremlin Dmitry Peskov, menerima undangan itu dengan gembira.",
            "Dmitry Peskov",
            "Putin, kata juru bicara Kremlin Dmitry Peskov, menerima undangan itu dengan gembira",
        ),
        (
            "Putin, Peskov said, accepted the invitation with pleasure.",
            "Peskov",
            "Putin, Peskov said, accepted the invitation with pleasure",
        ),
        # (not after what only links the sentence or says when)
        (
            "However, Peskov said, the talks lasted more than four hours.",
            "Peskov",
            "the talks lasted more than four hours",
        ),
        # (not one after a statement: what follows says who the speaker is, or who relayed it)
        (
            "Kim tiba di Vostochny pada Rabu pagi, kata Peskov, juru bicara Kremlin.",
            "Peskov",
            "Kim tiba di Vostochny pada Rabu pagi",
        ),
        (
            "Kim tiba di Vostochny pada Rabu pagi, kata Peskov, seperti dikutip TASS.",
            "Peskov",
            "Kim tiba di Vostochny pada Rabu pagi",
        ),
        # what follows the source is what was said when the source opens the sentence
        (
            "According to Yonhap, after the talks Kim left Russia by train.",
            "Yonhap",
            "after the talks Kim left Russia by train",
        ),
    ],
)
def test_a_source_set_off_mid_sentence_before_a_circumstance_reported_what_came_before(
    sentence: str, speaker: str, said: str
) -> None:
    (quote,) = _quotes_of(sentence, kind="indirect")
    assert (quote.speaker, quote.text) == (speaker, said)


def test_menurut_an_office_set_off_before_the_name_cites_the_person() -> None:
    quotes = _quotes_of(
        "Sementara itu, menurut pengamat hubungan internasional dari Universitas Padjadjaran, "
        "Teuku Rezasyah, pertemuan ini harus diwaspadai.",
        "“Ini sinyal kuat bagi Barat,” tegasnya.",
        "Menurut Guru Besar Universitas Indonesia, Hikmahanto Juwana, sanksi akan diperketat.",
        "Menurut Dmitry Peskov, Rusia, China, dan Korut akan bekerja sama.",
        kind="all",
    )
    assert [(q.kind, q.speaker, q.office, q.text) for q in quotes] == [
        (
            "indirect",
            "Teuku Rezasyah",
            "pengamat hubungan internasional dari Universitas Padjadjaran",
            "pertemuan ini harus diwaspadai",
        ),
        (
            "direct",
            "Teuku Rezasyah",  # whom the sentence before cites, not the university
            "pengamat hubungan internasional dari Universitas Padjadjaran",
            "Ini sinyal kuat bagi Barat",
        ),
        (
            "indirect",
            "Hikmahanto Juwana",
            "Guru Besar Universitas Indonesia",
            "sanksi akan diperketat",
        ),
        ("indirect", "Dmitry Peskov", None, "Rusia, China, dan Korut akan bekerja sama"),
    ]


@pytest.mark.parametrize(
    ("cited", "said"),
    [
        ("Menurut Teuku Rezasyah, pertemuan ini harus diwaspadai.", "“Ini sinyal kuat,” tegasnya."),
        ("According to Teuku Rezasyah, Putin will visit Pyongyang.", '"It is planned," he said.'),
    ],
)
def test_a_pronoun_after_a_menurut_sentence_is_the_person_it_cites(cited: str, said: str) -> None:
    (quote,) = _quotes_of("Presiden Joko Widodo meninjau Pasar Baru.", cited, said)
    assert quote.speaker == "Teuku Rezasyah"


def test_a_reference_by_a_bodys_noun_is_the_body_a_recent_sentence_is_about() -> None:
    zelensky, ministry = _quotes_of(
        "“Dua negara yang terisolasi saling membutuhkan,” ujar Presiden Ukraina Volodymyr "
        "Zelensky.",
        "Sementara itu, Kementerian Luar Negeri Korea Selatan dalam keterangan tertulis "
        "menyatakan keprihatinan mendalam.",
        "“Kami memantau dengan cermat,” tulis kementerian itu.",
    )
    assert (zelensky.speaker, ministry.speaker) == (
        "Volodymyr Zelensky",
        "Kementerian Luar Negeri Korea Selatan",  # not the last person quoted
    )
    _, party = _quotes_of(
        '"We are ready," said Yang Moo-jin.',
        "The Workers Party of Korea held a plenary meeting on Wednesday.",
        '"We are watching closely," the party said.',
    )
    assert party.speaker == "Workers Party of Korea"


def test_a_relay_after_the_speakers_name_is_no_office_of_theirs() -> None:
    (quote,) = _quotes_of(
        "“Kami selalu mendukung Rusia,” kata Kim Jong Un, seperti dikutip kantor berita Rusia, RIA."
    )
    assert (quote.speaker, quote.office, quote.via) == ("Kim Jong Un", None, "RIA Novosti")


def test_a_phrase_between_the_verb_and_bahwa_is_not_what_was_said() -> None:
    quotes = _quotes_of(
        "Menteri Keuangan Sri Mulyani mengatakan dalam keterangan tertulis bahwa defisit "
        "anggaran masih terkendali.",
        "Kapolri Listyo Sigit Prabowo mengatakan kepada wartawan di Mabes Polri bahwa "
        "penyelidikan terus berjalan.",
        "Budi mengatakan di rumahnya ada banyak buku lama.",
        kind="indirect",
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Sri Mulyani", "defisit anggaran masih terkendali"),
        ("Listyo Sigit Prabowo", "penyelidikan terus berjalan"),
        ("Budi", "di rumahnya ada banyak buku lama"),  # no bahwa: the place is what he said
    ]


@pytest.mark.parametrize("dateline", ["JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -", "JAKARTA -"])
def test_a_quote_opening_the_story_after_its_dateline_is_direct(dateline: str) -> None:
    (quote,) = extract_quotes(
        article_of(
            f'Judul\n\n{dateline} "Kami siap bekerja keras untuk warga," kata Budi Santoso di '
            "Balai Kota.\n"
        )
    )
    assert (quote.kind, quote.speaker) == ("direct", "Budi Santoso")


def test_entities_in_text_copied_from_web_pages_are_decoded(kp: Invoke, tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Judul\n\nJAKARTA, KOMPAS.com - Warga senang. &quot;Kami siap bekerja keras untuk "
        "warga,&quot; kata Budi Santoso&nbsp;di Balai Kota &amp; Pasar.\n",
    )
    (quote,) = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert (quote["text"], quote["speaker"]) == (
        "Kami siap bekerja keras untuk warga",
        "Budi Santoso",
    )
    shown = kp("show", str(quote["article"]), "--corpus", str(tmp_path), "--json").stdout
    (article,) = json.loads(shown)
    (paragraph,) = [b["text"] for b in article["blocks"] if b["kind"] == "content"]
    assert paragraph.endswith("kata Budi Santoso di Balai Kota & Pasar.")  # &nbsp; a space


@pytest.mark.parametrize(
    "paragraph",
    [
        '"I think we\'re on a path," Yellen told CNN, "where inflation is coming down."',
        "“Kami optimistis,” lanjut Perry, “pertumbuhan ekonomi tetap di atas lima persen.”",
        '"I think," Yellen said, "we are on a path where inflation is coming down."',
        "“Namun,” lanjut Perry, “pertumbuhan ekonomi tetap di atas lima persen.”",
    ],
)
def test_a_quote_its_attribution_interrupts_is_direct_on_both_sides(paragraph: str) -> None:
    first, rest = _quotes_of(paragraph)
    assert first.speaker == rest.speaker and first.speaker in ("Yellen", "Perry")
    assert first.kind == rest.kind == "direct"  # its opening words too, however few
    assert rest.text.startswith(("where", "we are", "pertumbuhan"))


def test_an_aside_between_speaker_and_verb_leaves_the_speaker_whole() -> None:
    (quote,) = _quotes_of(
        "Treasury Secretary Janet Yellen, speaking in New York, said the economy was "
        '"remarkably resilient."'
    )
    assert (quote.speaker, quote.speaker_as_written, quote.kind) == (
        "Janet Yellen",
        "Janet Yellen",
        "fragment",
    )


def test_doubled_apostrophes_are_quote_marks() -> None:
    article = article_of(
        "JAKARTA, KOMPAS.com - Harga cabai naik.\n\n"
        "''Pasokan dari Jawa Tengah berkurang karena kemarau,'' ujar Suharini Eliawati, "
        "Jum'at.\n"
    )
    assert article.paragraphs[1].startswith('"Pasokan') and "Jum'at" in article.paragraphs[1]
    (quote,) = extract_quotes(article)
    assert (quote.speaker, quote.kind) == ("Suharini Eliawati", "direct")
    assert article.paragraphs[1][quote.start : quote.end].endswith('kemarau,"')


def test_doubled_backticks_open_a_quote_doubled_apostrophes_close() -> None:
    article = article_of(
        "WASHINGTON (Reuters) - Officials met on Monday.\n\n"
        "``We are ready to help,'' Putin said. ``It's a marriage,'' Lankov's aide added.\n"
    )
    assert article.paragraphs[1].startswith('"We are ready to help," Putin said. "It')
    first = extract_quotes(article)[0]
    assert (first.speaker, first.text) == ("Putin", "We are ready to help")


@pytest.mark.parametrize("when", ["Senin", "Jum'at", "Kamis, 14 September 2023", "Wednesday"])
def test_a_day_after_the_speaker_is_no_apposition(when: str) -> None:
    (quote,) = _quotes_of(f'"Pasokan berkurang karena kemarau," ujar Suharini Eliawati, {when}.')
    assert (quote.speaker, quote.speaker_as_written) == ("Suharini Eliawati", "Suharini Eliawati")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'U.S. Secretary of State Antony Blinken called the meeting "deeply troubling."',
            "Antony Blinken",
        ),
        (
            "Menteri Luar Negeri AS Antony Blinken menilai pertemuan itu “sangat mengkhawatirkan.”",
            "Antony Blinken",
        ),
        ('Analysts described the summit as "a marriage of convenience."', None),
        ('Delegates attended a forum called "Eastern Economic Forum."', None),
    ],
)
def test_a_partial_quote_that_characterises_has_its_subject_as_speaker(
    paragraph: str, speaker: str | None
) -> None:
    quotes = _quotes_of(paragraph)
    assert [(q.speaker, q.kind) for q in quotes] == ([(speaker, "fragment")] if speaker else [])


@pytest.mark.parametrize(
    ("paragraph", "speaker", "via"),
    [
        (
            'Dikutip dari Reuters, Peskov mengatakan "hubungan kedua negara urusan kami."',
            "Peskov",
            "Reuters",
        ),
        (
            "Melansir CNN, Presiden Joko Widodo mengatakan, “Kami siap membantu.”",
            "Joko Widodo",
            "CNN",
        ),
        # the kind of outlet, and the day, as detik writes them
        (
            "Dilansir kantor berita AFP, Kamis (14/9/2023), juru bicara Kremlin Dmitry Peskov "
            "mengatakan, “Putin menerima undangan itu.”",
            "Dmitry Peskov",
            "AFP",
        ),
        (
            "Dikutip dari media Rusia TASS, Putin mengatakan, “Kami siap membantu.”",
            "Putin",
            "TASS",
        ),
    ],
)
def test_a_relay_that_opens_the_sentence_is_the_quote_s_via(
    paragraph: str, speaker: str, via: str
) -> None:
    (quote,) = _quotes_of(paragraph)
    assert (quote.speaker, quote.via) == (speaker, via)


@pytest.mark.parametrize(
    ("after", "via"),
    [
        ("Kim was quoted as saying by the state-run Korean Central News Agency.", "KCNA"),
        # past the country it is of
        ("Kim was quoted as saying by North Korea's official Korean Central News Agency.", "KCNA"),
        ("Kim was quoted as saying by Russia's TASS.", "TASS"),
        ("Putin was quoted by Interfax as saying.", "Interfax"),
        ("Kim was quoted as saying.", None),
        ("Lavrov was cited as saying by RIA Novosti.", "RIA Novosti"),
        # the outlet they told it to relays it; a person they told does not
        ("Peskov told the Interfax news agency.", "Interfax"),
        ("Kim told state news agency KCNA.", "KCNA"),
        ("Peskov told Putin.", None),
    ],
)
def test_was_quoted_as_saying_names_speaker_and_relay(after: str, via: str | None) -> None:
    (quote,) = _quotes_of(
        "South Korea's Yonhap news agency said the train left.", f'"It was productive," {after}'
    )
    assert (quote.speaker, quote.kind, quote.via) == (after.split()[0], "direct", via)


@pytest.mark.parametrize(
    ("before", "via"),
    [
        ("Peskov told the state news agency RIA Novosti:", "RIA Novosti"),
        ("Peskov told Reuters on Thursday:", "Reuters"),
        ("Peskov told the RIA news agency:", "RIA Novosti"),
        ("Peskov told the ISNA news agency:", "ISNA"),  # an outlet its kind names as one
        ("Peskov told reporters:", None),
        ("Peskov told Putin:", None),
    ],
)
def test_the_outlet_told_before_a_quote_relays_it(before: str, via: str | None) -> None:
    (quote,) = _quotes_of(f'{before} "No documents were signed."')
    assert (quote.speaker, quote.via) == ("Peskov", via)


def test_an_outlet_told_in_its_own_story_under_its_news_brand_relays_nothing() -> None:
    (quote,) = extract_quotes(
        article_of(
            "By Frances Mao\n\nBBC News\n\nKim Jong Un met Vladimir Putin at a spaceport.\n\n"
            "Leif-Eric Easley, a professor at Ewha University, told the BBC: 'Kim needs food.'\n"
        )
    )
    assert (quote.speaker, quote.via) == ("Leif-Eric Easley", None)


def test_a_quote_carries_the_office_the_article_gives_its_speaker() -> None:
    (quote,) = _quotes_of(
        "Presiden Rusia Vladimir Putin tiba di Vladivostok pada Rabu.",
        "“Kami siap membantu,” kata Putin. Putin mengatakan kerja sama akan diperluas.",
    )
    (reported,) = _quotes_of(
        "Presiden Rusia Vladimir Putin tiba di Vladivostok pada Rabu.",
        "Putin mengatakan kerja sama kedua negara akan diperluas.",
        kind="indirect",
    )
    assert (quote.speaker, quote.office) == ("Vladimir Putin", "Presiden Rusia")
    assert (reported.kind, reported.office) == ("indirect", "Presiden Rusia")
    (unnamed,) = _quotes_of("Kunjungan Kim Jong Un akan spesial.", "“Kami senang,” kata Kim.")
    assert (unnamed.speaker, unnamed.office) == ("Kim Jong Un", None)  # "Kunjungan" is no office
    for said, office in [
        (
            '"We will not hesitate," State Department spokesman Matthew Miller said.',
            "State Department spokesman",
        ),
        (
            '"We have our own relations," the Kremlin spokesman Dmitry Peskov said.',
            "Kremlin spokesman",
        ),
        (
            'Unification ministry spokesperson Koo Byoung-sam said, "We are watching closely."',
            "Unification ministry spokesperson",
        ),
        ('"Kami siap," kata pelatih Persib Bojan Hodak.', "pelatih Persib"),
        ('"Tidak ada kesepakatan," kata juru bicara Kremlin Dmitry Peskov.', "juru bicara Kremlin"),
        (
            "South Korea’s Unification Ministry spokesperson Koo Byoung-sam said: “We are "
            "watching closely.”",
            "South Korea’s Unification Ministry spokesperson",
        ),
        # set off after the name
        (
            '"It is a violation," said Matthew Miller, the State Department spokesperson.',
            "State Department spokesperson",
        ),
        ('"Tidak ada," kata Dmitry Peskov, juru bicara Kremlin.', "juru bicara Kremlin"),
        (
            '"Nothing was signed," said Dmitry Peskov, Mr. Putin\'s spokesman.',
            "Mr. Putin's spokesman",
        ),
        (
            '"Kim needs shells," said Leif-Eric Easley, a professor at Ewha Womans University.',
            "professor at Ewha Womans University",
        ),
        (  # a body whose name ends with what it studies, not a person "Korean Studies"
            '"Kim needs food," said Yang Moo-jin, president of the University of North Korean '
            "Studies.",
            "president of the University of North Korean Studies",
        ),
        # an English role in lower case before the name
        ('"It is optics," Moscow-based analyst Vladimir Frolov said.', "Moscow-based analyst"),
        # set off before the name
        ('Presiden Rusia, Vladimir Putin, berkata: "Kami siap."', "Presiden Rusia"),
        (
            'The Kremlin\'s spokesman, Dmitry Peskov, said: "Nothing has been signed."',
            "Kremlin's spokesman",
        ),
        ('Presiden Jokowi, Retno Marsudi, dan Prabowo tiba. "Siap," kata Retno.', None),
        # whom the subject met, set off before the name only, as Merdeka writes it
        (
            'Kim Jong Un bertemu Presiden Rusia, Vladimir Putin di Vostochny. "Kami siap," '
            "jelas Putin.",
            "Presiden Rusia",
        ),
        # (but not whom a clause before the subject met)
        ('Usai bertemu Presiden Rusia, Kim Jong Un pulang. "Kami puas," kata Kim.', None),
        ('Selain bertemu Presiden Rusia, Kim Jong Un berbelanja. "Kami puas," kata Kim.', None),
        (
            "Pengamat Korea dari Universitas Kookmin, Andrei Lankov, menilai pertemuan ini "
            "menguntungkan. “Kim butuh makanan,” ujarnya.",
            "Pengamat Korea dari Universitas Kookmin",
        ),
        # an office spelt out with its short form in brackets, and one before a one-word name
        (
            '"Kita menahan diri," kata Menteri Luar Negeri (Menlu) RI Retno Marsudi.',
            "Menteri Luar Negeri RI",
        ),
        (
            'Kepala Badan Intelijen Negara (BIN) Budi Gunawan mengatakan, "Kami siaga."',
            "Kepala Badan Intelijen Negara",
        ),
        (
            'Rapat Dewan Keamanan (DK) PBB Linda Thomas-Greenfield mengatakan, "Kami siaga."',
            None,
        ),
        ('"Kami siaga penuh," kata Kepala BNPB Suharyanto.', "Kepala BNPB"),
        ('"Kami siaga penuh," kata Presiden Jokowi.', "Presiden"),
        # a form of address is how the person is spoken to, no office
        ('"Kami siaga penuh," kata Pak Joko Widodo.', None),
        ('"Kami siaga penuh," kata Cak Imin.', None),
        ('"Kita tidak boleh memihak," kata anggota DPR TB Hasanuddin.', "anggota DPR"),
        ('Kepala BNPB tiba. "Kami siaga penuh," kata Suharyanto.', None),
        # set off before a name with its ranks and degrees
        (
            "Kepala Pusat Kajian Asia Timur, Dr. Budi Hartono, M.Si., menyebut pertemuan ini "
            'berbahaya. "Kita harus waspada," imbuh Budi.',
            "Kepala Pusat Kajian Asia Timur",
        ),
        # one that ends with a place by its kind (a village is no person named with the office)
        (
            '"Kami siap membantu," kata Kepala Desa Sukamaju, Ujang Suherman.',
            "Kepala Desa Sukamaju",
        ),
        # and a coach's club, one word after the title
        (
            'Pelatih Persib, Bojan Hodak, memuji timnya. "Pemain tampil disiplin," kata Bojan.',
            "Pelatih Persib",
        ),
        # a body's office its speaker holds, the body speaking through it
        (
            "Adapun Kremlin melalui juru bicaranya, Dmitry Peskov, menegaskan tidak ada "
            'perjanjian. "Tidak ada yang ditandatangani," kata Peskov.',
            "juru bicara Kremlin",
        ),
        # a role in lower case right before the name, and not what joins a role to another
        ('"Ini sinyal kuat," kata pengamat militer Connie Rahakundini.', "pengamat militer"),
        ('"Ini sinyal kuat," kata ekonom senior INDEF Faisal Basri.', "ekonom senior INDEF"),
        (
            '"Ini sinyal kuat," ujar pakar hukum internasional Universitas Indonesia Hikmahanto '
            "Juwana.",
            "pakar hukum internasional Universitas Indonesia",
        ),
        ('Jokowi menemui pengamat di Istana bersama Budi Santoso. "Ya," kata Budi.', None),
        ('Dia menjadi pengamat sejak Budi Santoso tiba. "Ya," kata Budi.', None),
        (
            'North Korean leader Kim Jong Un invited Russian President Vladimir Putin. "Yes," '
            "Putin said.",
            "Russian President",
        ),
        # an English one with the body it serves, after its article
        (
            'The South Korean foreign minister, Park Jin, said: "We will respond firmly."',
            "South Korean foreign minister",
        ),
        ('"We will respond," said the Kremlin spokesman, Dmitry Peskov.', "Kremlin spokesman"),
        (
            'A Russian government spokesman, Dmitry Peskov, said: "Nothing has been signed."',
            "Russian government spokesman",
        ),
        (
            'Mr. Putin\'s top foreign policy aide, Yuri Ushakov, said: "The talks went well."',
            "Putin's top foreign policy aide",
        ),
        ('After meeting Putin\'s top aide, Budi Santoso left. "Yes," Budi said.', None),
        # one more person in a list, with an office of their own
        (
            "Pemimpin Korea Utara, Kim Jong Un, dan Presiden Rusia, Vladimir Putin, bertemu. "
            '"Kami siap," kata Putin.',
            "Presiden Rusia",
        ),
        # not an office the sentence names before a comma for another reason
        ('Jokowi menemui para menteri dan gubernur, Budi Santoso hadir. "Ya," kata Budi.', None),
        ('Selain menteri, Budi Santoso juga hadir. "Ya," kata Budi.', None),
        ('Setelah bertemu presiden, Budi Santoso pulang. "Ya," kata Budi.', None),
        ('After meeting the president, Budi Santoso left. "Yes," Budi said.', None),
        (
            'After meeting the South Korean foreign minister, Budi Santoso left. "Yes," Budi said.',
            None,
        ),
        # not the sentence's own clause after a name that opens it
        (
            'Menurut Dmitry Peskov, kerja sama dalam bidang militer dibahas. "Ya," kata Peskov.',
            None,
        ),
        ('Selain Dmitry Peskov, media Rusia juga hadir. "Ya," kata Peskov.', None),
        # not another person with theirs, nor what the speaker did
        (
            "Andrei Lankov, menilai pertemuan ini menguntungkan kedua pihak. “Kim butuh "
            "makanan,” ujarnya.",
            None,
        ),
        ('Sergei Lavrov, Defence Minister Sergei Shoigu and Kim met. "Yes," Lavrov said.', None),
        ('Kim Jong Un, who met President Putin, said: "We will win."', None),
    ]:
        assert _quotes_of(said)[0].office == office
    (_, again) = _quotes_of(
        '"It is a violation," said Matthew Miller, the State Department spokesperson.',
        '"We will act," the spokesperson added.',
    )
    assert again.speaker == "Matthew Miller"


@pytest.mark.parametrize(
    ("lead", "said", "speaker", "office"),
    [
        (
            "Menteri Luar Negeri (Menlu) Retno Marsudi tiba.",
            '"Kami siap," kata Menlu.',
            "Retno Marsudi",
            "Menteri Luar Negeri",
        ),
        (
            "Kepala BNPB Suharyanto tiba.",
            '"Kami siap," kata Kepala BNPB.',
            "Suharyanto",
            "Kepala BNPB",
        ),
    ],
)
def test_an_office_named_short_later_is_its_holder(
    lead: str, said: str, speaker: str, office: str
) -> None:
    (quote,) = _quotes_of(lead, said)
    assert (quote.speaker, quote.office) == (speaker, office)


@pytest.mark.parametrize(
    "said",
    [
        'A senior U.S. official, speaking on condition of anonymity, said talks were "actively '
        'advancing."',
        'An aide to Putin said: "We are ready for this."',
        'A spokesman for Putin said: "We are ready for this."',
        'A source close to Putin said: "We are ready for this."',
    ],
)
def test_someone_unnamed_of_a_country_or_a_person_is_neither(said: str) -> None:
    (quote,) = _quotes_of("Presiden Rusia Vladimir Putin menerima Kim Jong Un.", said)
    assert quote.speaker is None


def test_an_english_statement_carried_by_an_agency_and_an_office_at_a_body_of_staff() -> None:
    quotes = _quotes_of(
        "Kim Yo Jong said in a statement carried by the official Korean Central News Agency "
        "that the United States should stop its reckless acts.",
        "Lee Sung-jun, a spokesperson for South Korea's Joint Chiefs of Staff, told reporters: "
        '"We are maintaining a readiness posture."',
        kind="all",
    )
    assert [(q.kind, q.speaker, q.office, q.via, q.text) for q in quotes] == [
        (
            "indirect",
            "Kim Yo Jong",
            None,
            "KCNA",
            "the United States should stop its reckless acts",
        ),
        (
            "direct",
            "Lee Sung-jun",
            "spokesperson for South Korea's Joint Chiefs of Staff",
            None,
            "We are maintaining a readiness posture.",
        ),
    ]
    (fragment,) = _quotes_of(
        "Kim Yo Jong said in a statement carried by KCNA that the United States should "
        '"stop its reckless acts."'
    )
    assert (fragment.kind, fragment.speaker, fragment.via) == ("fragment", "Kim Yo Jong", "KCNA")


def test_a_country_after_a_name_and_a_middle_initial_are_no_part_of_it() -> None:
    quotes = _quotes_of(
        "Russian President Vladimir Putin met Kim Jong Un.",
        'President Vladimir V. Putin of Russia said: "We will help them build satellites."',
        'Secretary of State Antony J. Blinken said: "We are watching this closely."',
    )
    assert [(q.speaker, q.office) for q in quotes] == [
        ("Vladimir Putin", "Russian President"),  # the name the article gave without it
        ("Antony J. Blinken", "Secretary of State"),  # no other name to be
    ]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ('Head of state Kim Jong Un said: "It is a good trip for us."', "Kim Jong Un"),
        (
            'Chairman of the State Affairs of the DPRK Kim Jong Un said: "It is a good trip '
            'for us."',
            "Kim Jong Un",
        ),
        (
            '"It is a good trip for us," said Chairman of the State Affairs Commission Kim Jong '
            "Un.",
            "Kim Jong Un",
        ),
        ('Head of the delegation said: "It is a good trip for us."', None),
        # a title with only the place it is of, or alone, names no one the article named
        ('Leader of North Korea said: "It is a good trip for us."', None),
        # a form of address, as KCNA writes it, is no part of the name
        ('Respected Comrade Kim Jong Un said: "It is a good trip for us."', "Kim Jong Un"),
        ('President of Russia said: "It is a good trip for us."', None),  # no "of Russia"
        ('"It is a good trip for us," said the President of Russia.', None),
        ('"It is a good trip for us," the President said.', None),
        (
            'The Ministry of Unification said: "It is a good trip for us."',
            "Ministry of Unification",
        ),
    ],
)
def test_a_title_and_what_it_is_of_before_a_name_are_no_name(
    said: str, speaker: str | None
) -> None:
    (quote,) = _quotes_of(said)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("said", "speaker", "office"),
    [
        ('Kremlin aide Yuri Ushakov said: "The talks went well."', "Yuri Ushakov", "Kremlin aide"),
        ('"The talks went well," Kremlin aide Yuri Ushakov said.', "Yuri Ushakov", "Kremlin aide"),
        (
            'Kremlin foreign policy adviser Yuri Ushakov told reporters: "The talks went well."',
            "Yuri Ushakov",
            "Kremlin foreign policy adviser",
        ),
        (
            'National Security Adviser Jake Sullivan said: "Russia will pay a price."',
            "Jake Sullivan",
            "National Security Adviser",
        ),
        (
            '"It is a matter for the two countries," China\'s top diplomat Wang Yi said.',
            "Wang Yi",
            "China's top diplomat",
        ),
        ('Rosatom head Alexei Likhachev said: "We are ready."', "Alexei Likhachev", "Rosatom head"),
        ('U.S. envoy Sung Kim told reporters: "We are watching."', "Sung Kim", "U.S. envoy"),
    ],
)
def test_english_aides_advisers_envoys_and_heads_are_offices_not_names(
    said: str, speaker: str, office: str
) -> None:
    (quote,) = _quotes_of(said)
    assert (quote.speaker, quote.office) == (speaker, office)


def test_speakers_are_found_by_the_office_articles_give_them(kp: Invoke) -> None:
    records = jsonl(kp("quotes", "--speaker", "Presiden Rusia", "--kind", "all", "--jsonl"))
    assert records and {r["speaker"] for r in records} == {"Vladimir Putin"}
    assert {r["office"] for r in records} >= {"Presiden Rusia"}
    shown = kp("quotes", "--speaker", "Presiden Rusia").stdout
    assert "— Putin (Vladimir Putin), Presiden Rusia" in shown
    putin = next(s for s in jsonl(kp("speakers", "--jsonl")) if s["speaker"] == "Vladimir Putin")
    assert "Presiden Rusia" in putin["aliases"]  # type: ignore[operator]


def test_a_speaker_s_aliases_differ_by_more_than_case(kp: Invoke, tmp_path: Path) -> None:
    for name, role in (("a.txt", "Ekonom"), ("b.txt", "ekonom")):
        write_article(
            tmp_path,
            name,
            f"JAKARTA, KOMPAS.com - {role} Bank Permata Josua Pardede menilai rupiah menguat "
            f'di pasar spot {name}.\n\n"Pasar melihat peluang The Fed menahan suku bunga {name},"'
            " ujar Josua.\n",
        )
    (josua,) = jsonl(kp("speakers", "--corpus", str(tmp_path), "--jsonl"))
    folded = [str(alias).casefold() for alias in josua["aliases"]]  # type: ignore[union-attr]
    assert "ekonom bank permata" in folded and len(folded) == len(set(folded))


def test_a_role_finds_speakers_by_whole_words_and_pronouns_are_no_aliases(
    kp: Invoke, tmp_path: Path
) -> None:
    write_article(
        tmp_path,
        "mk.txt",
        "JAKARTA, KOMPAS.com - Hakim konstitusi Arief Hidayat menilai gugatan itu lemah.\n\n"
        '"Permohonan ini tidak beralasan menurut hukum," kata hakim konstitusi Arief Hidayat.\n\n'
        '"Kami akan memutusnya pekan depan," kata dia.\n',
    )
    write_article(
        tmp_path,
        "kim.txt",
        "SEOUL - Pemimpin Korea Utara Kim Jong Un tiba di Rusia.\n\n"
        '"Kami akan selalu bersama Rusia," kata Kim.\n',
    )
    corpus = ("--corpus", str(tmp_path))
    kim = jsonl(kp("quotes", "--speaker", "Kim", "--jsonl", *corpus))
    assert {r["speaker"] for r in kim} == {"Kim Jong Un"}  # not "hakim konstitusi Arief …"
    judge = jsonl(kp("quotes", "--speaker", "hakim konstitusi", "--jsonl", *corpus))
    assert {r["speaker"] for r in judge} == {"Arief Hidayat"} and len(judge) == 2
    aliases = {s["speaker"]: s["aliases"] for s in jsonl(kp("speakers", "--jsonl", *corpus))}
    assert "dia" not in aliases["Arief Hidayat"]  # type: ignore[operator]
    assert kp("quotes", "--speaker", "dia", *corpus).exit_code == 1


@pytest.mark.parametrize(
    "opening",
    [
        "Asked whether the two sides discussed military cooperation, he said:",
        "Speaking to reporters later, he said:",
    ],
)
def test_an_english_participle_opening_the_sentence_is_no_speaker(opening: str) -> None:
    said, asked = _quotes_of(
        '"The Russian side will help them build satellites," Putin told state TV. '
        f'{opening} "We will talk about all issues without haste."'
    )
    assert said.speaker == "Putin"
    assert (asked.speaker_as_written, asked.speaker) == ("he", "Putin")


def test_a_stray_headline_among_the_paragraphs_lends_no_name() -> None:
    (quote,) = _quotes_of(
        "Sementara itu, Kim Jong Un menyatakan dukungan penuh bagi Moskow. "
        '"Rusia kini bangkit dalam perjuangan suci," ujarnya.',
        "Kim Jong Un Pulang, Ini Oleh-oleh dari Putin",
    )
    assert quote.speaker == "Kim Jong Un"


def test_a_person_named_after_a_university_or_called_by_a_middle_name() -> None:
    analyst, deputy = _quotes_of(
        "Pengamat politik dari Universitas Al Azhar Indonesia Ujang Komarudin mengatakan "
        'koalisi masih dinamis. "Jangan terlalu cepat menyimpulkan," jelasnya.',
        "Dalam keterangannya, Wakil Ketua DPR Sufmi Dasco Ahmad menyampaikan bahwa Gerindra "
        'terbuka untuk berdialog. "Pintu kami selalu terbuka," ucap Dasco singkat.',
    )
    assert analyst.speaker == "Ujang Komarudin"
    assert (deputy.speaker_as_written, deputy.speaker) == ("Dasco", "Sufmi Dasco Ahmad")


def test_a_middle_name_two_people_share_links_to_neither() -> None:
    linker = NameLinker(["Sufmi Dasco Ahmad", "Ahmad Dasco Rahman", "Kim Jong Un"])
    assert (linker.link("Dasco"), linker.link("Jong")) == ("Dasco", "Kim Jong Un")


def test_a_place_adjective_names_no_one_and_a_quote_after_a_closed_one_opens_a_sentence() -> None:
    leader, officials = _quotes_of(
        "Putin, for his part, described the talks as “frank.” “We have many issues to "
        "discuss,” the Russian leader added.",
        "Russian officials said: “The visit will take place at the invitation of Putin.”",
    )
    assert (leader.kind, leader.speaker, leader.text) == (
        "direct",
        None,
        "We have many issues to discuss",
    )
    assert (officials.kind, officials.speaker) == ("direct", None)


def test_an_office_the_article_gave_one_person_introduces_their_quote() -> None:
    kim, peskov, unnamed = _quotes_of(
        "North Korean leader Kim Jong Un has arrived in Russia. Kremlin spokesman Dmitry Peskov "
        "confirmed it.",
        "The North Korean leader told Putin: “We will always stand with Russia.”",
        "The Kremlin spokesman said: “Nothing was signed.”",
        "A Russian leader said: “Nothing was signed.”",
    )
    assert (kim.speaker, kim.speaker_as_written) == ("Kim Jong Un", "The North Korean leader")
    assert (peskov.speaker, peskov.speaker_as_written) == ("Dmitry Peskov", "The Kremlin spokesman")
    assert unnamed.speaker is None


@pytest.mark.parametrize("tail", ["(ant)", "… [dikutip]", "[Red]"])
def test_the_attribution_ends_with_its_sentence_before_a_bracket(tail: str) -> None:
    (quote,) = _quotes_of(
        f'Presiden Rusia Vladimir Putin menerima undangan. "Kami akan datang," kata Putin. {tail}'
    )
    assert (quote.speaker, quote.speaker_as_written) == ("Vladimir Putin", "Putin")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'KUALA LUMPUR: "Kita mahu setiap anak mendapat peluang yang sama," kata Perdana '
            "Menteri Anwar Ibrahim hari ini.",
            "Anwar Ibrahim",
        ),
        (
            'SINGAPORE: "We are watching closely," said Prime Minister Lee Hsien Loong.',
            "Lee Hsien Loong",
        ),
        ('KUALA LUMPUR: "Kita mahu setiap anak mendapat peluang yang sama."', None),
    ],
)
def test_a_colon_dateline_is_no_speaker(paragraph: str, speaker: str | None) -> None:
    (quote,) = extract_quotes(article_of(paragraph + "\n"))
    assert quote.speaker == speaker


def test_a_nickname_quoted_inside_the_name_links_to_it() -> None:
    (quote,) = _quotes_of(
        "President Joko “Jokowi” Widodo has called on the public to stay calm.",
        "“There is no need to panic,” Jokowi told reporters at the State Palace on Wednesday.",
    )
    assert (quote.speaker, quote.speaker_as_written) == ("Joko Widodo", "Jokowi")


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("according to a statement from the Japanese foreign ministry", None),
        ("according to officials", None),
        ("according to the Japanese Foreign Ministry", "Japanese Foreign Ministry"),
        ("the Japanese Foreign Ministry said", "Japanese Foreign Ministry"),  # not "Ministry"
        ("the U.S. State Department said", "U.S. State Department"),
        ("menurut pernyataan Kementerian Luar Negeri Jepang", "Kementerian Luar Negeri Jepang"),
        ("menurut KCNA", "KCNA"),
        ("according to a transcript released by the Kremlin", "Kremlin"),
        ("according to a statement issued by the Foreign Ministry", "Foreign Ministry"),
        ("menurut keterangan yang dirilis Polda Metro Jaya", "Polda Metro Jaya"),
    ],
)
def test_according_to_after_a_quote_names_its_source_or_no_one(
    after: str, speaker: str | None
) -> None:
    (quote,) = _quotes_of(
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Tuesday.",
        f'"We are watching the situation closely," {after}.',
    )
    assert quote.speaker == speaker  # never Peskov, named before


def test_unnamed_people_opening_an_english_sentence_are_no_speaker() -> None:
    found = _quotes_of(
        "Officials said the talks were productive. Analysts say Moscow needs more shells.",
        "Kremlin spokesman Dmitry Peskov said that no agreements were signed.",
        kind="indirect",
    )
    assert [(q.speaker, q.text) for q in found] == [("Dmitry Peskov", "no agreements were signed")]
    # nor after a place they are from: not the speaker "U.S.", nor Peskov named before
    (quote,) = _quotes_of(
        "Kremlin spokesman Dmitry Peskov said talks went well.",
        '"We have no comment on the talks," U.S. officials said.',
    )
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('Bojan mengaku, "Kami siap bertanding besok."', "Bojan Hodak"),
        ('"Kami siap bertanding besok," tutur pria asal Kroasia itu.', "Bojan Hodak"),
        ('"Kami siap bertanding besok," kata diplomat senior tersebut.', "Bojan Hodak"),
        ('"Kami siap bertanding besok," kata Arsitek Tim Maung Bandung itu.', "Bojan Hodak"),
        ('"Kami siap bertanding besok," kata Kementerian Pemuda tersebut.', "Kementerian Pemuda"),
        ('Seorang pria mendekat. "Saya penggemar Persib," kata pria itu.', None),
        ('"Kami siap bertanding besok," kata putra Bandung itu.', "Bojan Hodak"),  # kin
        ('"Kami siap bertanding besok," ujar eks pelatih Borneo FC itu.', "Bojan Hodak"),
        ('"Kami siap bertanding besok," kata pengamat sepak bola tersebut.', "Bojan Hodak"),
        # described by a relative clause, after the cue or as the subject
        ('"Kami siap bertanding besok," ujar pria yang juga mantan pemain itu.', "Bojan Hodak"),
        ("Pria asal Kroasia itu mengatakan, “Kami siap bertanding besok.”", "Bojan Hodak"),
        (
            "Pria yang juga mantan pemain itu mengatakan, “Kami siap bertanding besok.”",
            "Bojan Hodak",
        ),
        ('Seorang pria mendekat. Pria itu mengatakan, "Saya penggemar Persib."', None),
        # a former one, and an envoy with the posting
        ("Mantan diplomat itu mengatakan, “Kami siap bertanding besok.”", "Bojan Hodak"),
        (
            '"Kami siap bertanding besok," imbuh mantan Duta Besar RI untuk Belanda itu.',
            "Bojan Hodak",
        ),
        ("Mantan Dubes RI itu mengatakan, “Kami siap bertanding besok.”", "Bojan Hodak"),
        (
            "Mantan Duta Besar RI untuk Belanda itu mengatakan, “Kami siap bertanding besok.”",
            "Bojan Hodak",
        ),
        # a named envoy is that envoy, whatever ends the clause
        ("Dubes Lutfi dalam acara itu mengatakan, “Kami siap bertanding besok.”", "Lutfi"),
        # a title and what tells the person, pointing back
        ("Pelatih asal Kroasia itu mengatakan, “Kami siap bertanding besok.”", "Bojan Hodak"),
        ("Pelatih berusia 52 tahun itu mengatakan, “Kami siap bertanding besok.”", "Bojan Hodak"),
    ],
)
def test_more_speech_verbs_and_person_nouns_that_point_back(
    paragraph: str, speaker: str | None
) -> None:
    (quote,) = _quotes_of(
        "Pelatih Persib Bojan Hodak memimpin latihan di Bandung, Senin (2/10/2023).", paragraph
    )
    assert quote.speaker == speaker


def test_a_title_and_where_the_person_is_from_point_back_in_reported_speech() -> None:
    (_, statement) = _quotes_of(
        "Pelatih Timnas Indonesia Shin Tae-yong mengaku puas dengan kemenangan itu.",
        "Pelatih asal Korea Selatan itu menambahkan, lini belakang masih perlu dibenahi.",
        kind="indirect",
    )
    assert statement.speaker == "Shin Tae-yong"


def test_the_leader_of_a_country_is_the_one_head_the_article_gave_it() -> None:
    putin, unnamed, kremlin_chief, kremlin_leader = _quotes_of(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un. Kremlin "
        "spokesman Dmitry Peskov confirmed it.",
        "“We have many issues to discuss,” the Russian leader said.",
        "“It was a good meeting,” the Chinese leader added.",  # no Chinese head was named
        # the seat of power stands for the country's head, not for the body or its spokesman
        "The Kremlin chief added: “We will see.”",
        "“We are not in a hurry,” the Kremlin leader said.",
    )
    assert (putin.speaker, putin.speaker_as_written) == ("Vladimir Putin", "the Russian leader")
    assert unnamed.speaker is None
    assert kremlin_chief.speaker == kremlin_leader.speaker == "Vladimir Putin"


def test_the_leader_of_a_country_is_the_one_person_named_with_its_possessive() -> None:
    kim, putin, unnamed = _quotes_of(
        "North Korea's Kim Jong Un has told Russia's Vladimir Putin that Russia will win.",
        "“We will always be with Russia,” the North Korean leader said.",
        "“We are not in a hurry,” the Russian leader said.",
        "“We are watching,” the Chinese leader said.",  # no one named with China's
    )
    assert (kim.speaker, putin.speaker, unnamed.speaker) == ("Kim Jong Un", "Vladimir Putin", None)


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        # the head of a country in Indonesian order, past a qualifier, not the last one named
        ("Kim tersenyum. “Kami siap,” kata pemimpin Rusia itu.", "Vladimir Putin"),
        ("Putin tersenyum. “Kami siap,” kata pemimpin tertinggi Korea Utara itu.", "Kim Jong Un"),
        ("Kim tersenyum. “Kami siap,” kata orang nomor satu di Rusia itu.", "Vladimir Putin"),
    ],
)
def test_the_leader_of_a_country_in_indonesian(said: str, speaker: str) -> None:
    assert _speaker_after_the_summit(said) == speaker


@pytest.mark.parametrize(
    "said",
    [
        "“We will see,” Pentagon spokesman Maj. Gen. Pat Ryder told reporters.",
        "Lt. Gen. Pat Ryder said: “We will see.”",
        "“We will see,” said Gen. Pat Ryder.",
    ],
)
def test_a_rank_written_short_opens_the_name_and_ends_no_sentence(said: str) -> None:
    (quote,) = _quotes_of(said)
    assert quote.speaker == "Pat Ryder"


@pytest.mark.parametrize(
    ("said", "speaker", "kind"),
    [
        # a country's body in lower case speaks
        (
            '"We oppose it," South Korea\'s foreign ministry said.',
            "South Korea's Foreign Ministry",
            "direct",
        ),
        ('"We oppose it," said Japan’s defence ministry.', "Japan’s Defence Ministry", "direct"),
        (
            "South Korea's foreign ministry said in a statement that no country should violate "
            "U.N. sanctions.",
            "South Korea's Foreign Ministry",
            "indirect",
        ),
        # an owner is not the one owned, but a leader's office speaks for them
        ('"We oppose it," said Kim\'s sister.', None, "direct"),
        ('"We oppose it," Yoon\'s office said.', "Yoon's office", "direct"),
        (
            "South Korean President Yoon Suk Yeol's office said it would respond to any "
            "provocation.",
            "Yoon Suk Yeol's office",
            "indirect",
        ),
        ('"We oppose it," Putin\'s spokesman said.', None, "direct"),
        # the speaker past an age set off, and the verb past how it was said
        (
            "Kim, 39, told reporters that relations with Russia were the top priority.",
            "Kim Jong Un",
            "indirect",
        ),
        (
            "Kim said through an interpreter that relations with Russia were the top priority.",
            "Kim Jong Un",
            "indirect",
        ),
        (
            "Seorang pedagang, Budi (45), mengatakan harga cabai di pasar naik sejak pekan lalu.",
            "Budi",
            "indirect",
        ),
        # and past the degrees after a name
        (
            "Budi Hartono, S.H., M.H., mengatakan pertemuan ini berbahaya bagi kawasan.",
            "Budi Hartono",
            "indirect",
        ),
        (
            "Budi Hartono, MA, menyebut pertemuan ini berbahaya bagi kawasan.",
            "Budi Hartono",
            "indirect",
        ),
    ],
)
def test_english_bodies_owners_and_asides_before_the_verb(
    said: str, speaker: str | None, kind: str
) -> None:
    (quote,) = _quotes_of(
        "Presiden Rusia Vladimir Putin menerima Kim Jong Un di Vostochny.", said, kind=kind
    )
    assert quote.speaker == speaker
    if kind == "indirect":
        assert "that" not in quote.text.split()[:1] and "interpreter" not in quote.text


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        (
            '"Kami siap," kata Duta Besar Rusia untuk Indonesia Lyudmila Vorobieva.',
            "Lyudmila Vorobieva",
        ),
        (
            "Duta Besar Rusia untuk Indonesia Lyudmila Vorobieva berkata, “Kami siap.”",
            "Lyudmila Vorobieva",
        ),
        (
            '"We are ready," said Russian Ambassador to South Korea Georgy Zinoviev.',
            "Georgy Zinoviev",
        ),
        (
            'Russian Ambassador to South Korea Georgy Zinoviev said: "We are ready."',
            "Georgy Zinoviev",
        ),
        # no envoy: whom the words were said to is not the speaker
        ('"We are ready," said Putin to Kim Jong Un.', "Vladimir Putin"),
        ('"Kami siap," ujar Putin untuk Kim Jong Un.', "Vladimir Putin"),
    ],
)
def test_an_envoy_is_named_past_the_posting_in_the_office(said: str, speaker: str) -> None:
    assert _speaker_after_the_summit(said) == speaker


@pytest.mark.parametrize(
    "title",
    [
        "Konsul Jenderal",
        "Atase",
        "Profesor",
        "Dokter",
        "Notaris",
        "Pastor",
        "Uskup",
        "Presdir",
        "Komut",
        "Founder",
    ],
)
def test_titles_before_a_name_are_its_office(title: str) -> None:
    (quote,) = _quotes_of(f"“Kami siap membantu warga,” kata {title} Budi Santoso.")
    assert (quote.speaker, quote.office) == ("Budi Santoso", title)


@pytest.mark.parametrize(
    ("named", "office"),
    [
        ("Duta Besar Rusia untuk Indonesia Lyudmila Vorobieva", "Duta Besar Rusia untuk Indonesia"),
        ("Russian Ambassador to South Korea Georgy Zinoviev", "Russian Ambassador to South Korea"),
        ("Dubes RI untuk Rusia Jose Tavares", "Dubes RI untuk Rusia"),
        # and without a posting
        ("Duta Besar Lutfi Rauf", "Duta Besar"),
        ("Dubes Lutfi Rauf", "Dubes"),
    ],
)
def test_an_envoys_office_holds_the_posting(named: str, office: str) -> None:
    family_name = named.split()[-1]
    (quote,) = _quotes_of(
        f"Retno Marsudi bertemu {named} di Jakarta.", f"“Kami siap,” kata {family_name}."
    )
    assert (quote.speaker, quote.office) == (named.removeprefix(office).strip(), office)


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        # a body named by one word in title case is part of the office, not of the name
        ("“Kami siap,” kata Ketua Bawaslu Rahmat Bagja.", "Rahmat Bagja"),
        ("“Kami siap,” kata Sekretaris Umum PP Muhammadiyah Abdul Mu'ti.", "Abdul Mu'ti"),
        ("“Kami siap,” kata Ketua Komnas HAM Atnike Nova Sigiro.", "Atnike Nova Sigiro"),
        # a province after it is the office's too: the office names no one
        ("“Kami siap,” kata Ketua KPU Jawa Barat.", "Ketua KPU Jawa Barat"),
        ("“Kami siap,” kata Ketua Bawaslu Jawa Barat.", "Ketua Bawaslu Jawa Barat"),
        ("“Kami siap,” kata Kapolda Jawa Timur Irjen Toni Harmanto.", "Toni Harmanto"),
    ],
)
def test_one_word_bodies_and_provinces_in_an_office(said: str, speaker: str) -> None:
    assert _speaker_after_the_summit(said) == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        'John Smith, 45, said: "I have never seen anything like it."',
        '"I have never seen anything like it," John Smith, 45, told reporters.',
    ],
)
def test_an_age_after_the_name_is_no_part_of_the_attribution(paragraph: str) -> None:
    (quote,) = _quotes_of(paragraph)
    assert quote.speaker == "John Smith"


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("ujar Sekretaris Jenderal (Sekjen) PDIP Hasto Kristiyanto", "Hasto Kristiyanto"),
        ("kata Ketua Komisi Pemilihan Umum (KPU) RI Hasyim Asy'ari", "Hasyim Asy'ari"),
        # an envoy's posting, and the titles of princes, emirs and sultans
        ("ujar Dubes RI untuk Rusia Jose Tavares", "Jose Tavares"),
        ("kata Putra Mahkota Arab Saudi Mohammed bin Salman", "Mohammed bin Salman"),
        ("kata Emir Qatar Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani"),
        ("kata Perdana Menteri Bangladesh Sheikh Hasina", "Sheikh Hasina"),  # part of a name
        ("kata Sultan Brunei Hassanal Bolkiah", "Hassanal Bolkiah"),
    ],
)
def test_bodies_postings_and_royal_titles_before_a_name_are_no_part_of_it(
    cue: str, speaker: str
) -> None:
    (quote,) = _quotes_of(f'"Kami siap menghadapi pemilu," {cue}.')
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("relay", "via"),
    [
        (" seperti dikutip kantor berita TASS", "TASS"),
        (" seperti dilansir media Rusia RIA Novosti", "RIA Novosti"),
        (", menurut KCNA", "KCNA"),  # as Malaysian outlets write it too
        (" menurut laporan kantor berita TASS", "TASS"),
    ],
)
def test_a_relay_through_a_named_agency_or_a_countrys_media(relay: str, via: str) -> None:
    (quote,) = _quotes_of(f"“Tidak ada rencana penandatanganan dokumen,” kata Peskov{relay}.")
    assert (quote.speaker, quote.via) == ("Peskov", via)


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("demikian dilaporkan kantor berita KCNA", "KCNA"),
        ("seperti diberitakan KCNA", "KCNA"),
        ("menurut laporan KCNA", "KCNA"),
        ("demikian laporan kantor berita KCNA, Kamis (14/9)", "KCNA"),
        # the source's kind, then its name set off
        ("menurut media pemerintah Korut, KCNA", "KCNA"),
        ("kata kantor berita Korea Utara, KCNA", "KCNA"),
        ("menurut juru bicara Kremlin, Dmitry Peskov", "Dmitry Peskov"),
    ],
)
def test_a_source_named_after_a_statement_is_its_speaker(source: str, speaker: str) -> None:
    (quote,) = _quotes_of(
        f"Putin menerima undangan tersebut dengan senang hati, {source}.", kind="all"
    )
    assert (quote.kind, quote.speaker, quote.text) == (
        "indirect",
        speaker,
        "Putin menerima undangan tersebut dengan senang hati",
    )


@pytest.mark.parametrize(
    "said",
    [
        "“Kami siap,” kata Budi Santoso, Ketua Gapoktan Sumber Rejeki.",
        "Budi Santoso, Ketua Gapoktan Sumber Rejeki, mengatakan, “Kami siap.”",
    ],
)
def test_an_office_set_off_after_a_name_is_no_one_elses(said: str) -> None:
    (quote,) = _quotes_of(said)
    assert quote.speaker == "Budi Santoso"  # not "Gapoktan Sumber Rejeki", titled Ketua


@pytest.mark.parametrize(
    ("said", "speaker", "office"),
    [
        (
            "“Ini bukan soal politik,” tegas Wakil Ketua Komisi I DPR RI dari Fraksi PDI "
            "Perjuangan Budi Santoso.",
            "Budi Santoso",
            "Wakil Ketua Komisi I DPR RI dari Fraksi PDI Perjuangan",
        ),
        (
            "“Ini bukan soal politik,” kata anggota Komisi I DPR dari Fraksi Partai Golkar "
            "Budi Santoso.",
            "Budi Santoso",
            "anggota Komisi I DPR dari Fraksi Partai Golkar",
        ),
        (
            "“Ini bukan soal politik,” kata Pengamat Politik dari Universitas Al Azhar "
            "Indonesia Ujang Komarudin.",
            "Ujang Komarudin",
            "Pengamat Politik dari Universitas Al Azhar Indonesia",
        ),
        # a body with no one after it: the office speaks
        ("“Ini bukan soal politik,” kata Ketua RT dari Kampung Melayu.", "Ketua RT", None),
    ],
)
def test_an_office_held_in_a_body_after_dari(said: str, speaker: str, office: str | None) -> None:
    (quote,) = _quotes_of(said)
    assert (quote.speaker, quote.office) == (speaker, office)


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("“Kami siap,” kata juru bicara Kremlin, Dmitry Peskov.", "Dmitry Peskov"),
        (
            "“Kami siap,” kata Kepala Bidang Humas Polda Metro Jaya, Kombes Pol. Trunoyudo "
            "Wisnu Andiko.",
            "Trunoyudo Wisnu Andiko",
        ),
    ],
)
def test_a_name_set_off_after_an_office_is_the_speaker(said: str, speaker: str) -> None:
    (quote,) = _quotes_of(said)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Kepala Dinas Koperasi dan UMKM Kota Bandung, Atet Dedi Handiman, mengatakan "
            "pihaknya sudah menyiapkan lokasi baru.",
            "Atet Dedi Handiman",
        ),
        (
            "The ministry's spokesman, Lin Jian, said the talks were useful for both sides.",
            "Lin Jian",
        ),
        (
            "Kepala BMKG Dwikorita Karnawati, Senin (11/9), mengatakan gempa itu tidak "
            "berpotensi tsunami.",
            "Dwikorita Karnawati",
        ),
        ("Peskov, on Thursday, said the talks were useful for both sides.", "Peskov"),
        # an office set off after the name is the name's, however it reads
        (
            "Budi Santoso, Ketua Gapoktan Sumber Rejeki, mengatakan pihaknya sudah menyiapkan "
            "lokasi baru.",
            "Budi Santoso",
        ),
        # (a phrase before an office and its holder names no one)
        (
            "Sebagai imbalannya, Presiden Putin menyatakan kesediaan Rusia untuk membantu Korea "
            "Utara.",
            "Putin",
        ),
    ],
)
def test_a_name_or_a_day_set_off_by_commas_before_the_verb(sentence: str, speaker: str) -> None:
    """The name between commas is the speaker, not the office before it; a day between
    commas is when, never who, in reported speech and for the quote that follows."""
    (reported,) = _quotes_of(sentence, kind="indirect")
    (quoted,) = _quotes_of(sentence, "“Semua sudah kami siapkan sejak pekan lalu,” ujarnya.")
    assert reported.speaker == quoted.speaker == speaker


def test_an_aside_naming_whose_adviser_the_speaker_is() -> None:
    (quote,) = _quotes_of(
        '"It was a long and substantive conversation," Ushakov, Putin\'s foreign policy '
        "adviser, told reporters."
    )
    assert quote.speaker == "Ushakov"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Media pemerintah Korea Utara KCNA melaporkan bahwa Kim mengundang Putin.", "KCNA"),
        (
            "Russia's RIA Novosti news agency reported that the two leaders met for four hours.",
            "RIA Novosti",
        ),
        (
            "North Korea's Kim Jong Un said his country would always stand with Moscow.",
            "Kim Jong Un",
        ),
        (
            "Russia's foreign minister Sergei Lavrov said the visit had gone very well.",
            "Sergei Lavrov",
        ),
        # an outlet's reporter: "Al Jazeera's Rob McBride" is Rob McBride
        (
            "Al Jazeera's Rob McBride, reporting from Seoul, said the visit was closely watched.",
            "Rob McBride",
        ),
        ("Cases reported this week rose by a third across the region.", None),
        # the name right before the verb, past a long office
        (
            "Coordinating Political, Legal and Security Affairs Minister Mahfud MD said on "
            "Tuesday that the government would not intervene.",
            "Mahfud MD",
        ),
        (
            "Menteri Keuangan (Menkeu) Sri Mulyani Indrawati mengatakan, perekonomian Indonesia "
            "masih tumbuh kuat.",
            "Sri Mulyani Indrawati",
        ),
        (
            "Sementara itu, pengamat politik dari Universitas Al Azhar Indonesia Ujang Komarudin "
            "mengatakan koalisi masih dinamis.",
            "Ujang Komarudin",
        ),
        ("Para pedagang Pasar Baru mengatakan harga cabai naik lagi.", None),
    ],
)
def test_the_subject_of_reported_speech_past_a_country_or_a_long_office(
    sentence: str, speaker: str | None
) -> None:
    reported = _quotes_of(sentence, kind="indirect")
    assert [q.speaker for q in reported] == ([speaker] if speaker else [])


def test_the_agency_is_the_outlet_a_recent_sentence_is_about_and_never_a_person() -> None:
    quotes = _quotes_of(
        "North Korea's state news agency KCNA said Kim had invited Putin to visit Pyongyang.",
        '"Putin accepted the invitation with pleasure," the agency said.',
    )
    assert [q.speaker for q in quotes] == ["KCNA"]
    quotes = _quotes_of(
        '"We are ready for talks," Putin said.',
        '"Putin accepted the invitation with pleasure," the agency said.',
    )
    assert [q.speaker for q in quotes] == ["Putin", None]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Il faut dialoguer avec tout le monde," a déclaré Emmanuel Macron.',
        "“Kebijakan bebas visa yang baru” menjadi topik hangat di media sosial.",
    ],
)
def test_words_after_a_quote_that_kp_cannot_read_as_a_cue_give_it_to_no_one(
    paragraph: str,
) -> None:
    """Not to the subject of the sentence before, who did not say it."""
    (quote,) = _quotes_of("German Chancellor Olaf Scholz was more cautious.", paragraph)
    assert quote.speaker is None


def test_a_family_name_that_is_also_an_old_indonesian_word_is_a_subject() -> None:
    """ "Wang" is old spelling for money, and Wang Yi's family name."""
    (reported,) = _quotes_of(
        "Menlu China Wang Yi bertemu Menlu AS Antony Blinken di Beijing.",
        "Wang mengatakan hubungan kedua negara berada di titik kritis.",
        kind="indirect",
    )
    assert reported.speaker == "Wang Yi"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        *(
            (f"{cue} Menteri BUMN Erick Thohir.", "Erick Thohir")
            for cue in ["sahut", "pinta", "ajak", "imbau", "kenang", "akui", "sindir"]
        ),
        *(
            (f"{cue} Menteri BUMN Erick Thohir.", "Erick Thohir")
            for cue in ["bantah", "tepis", "sanggah", "cetus", "ketus", "nilai", "tutup"]
        ),
        *(
            (f"{cue} Menteri BUMN Erick Thohir.", "Erick Thohir")
            for cue in ["balas", "kecam", "puji", "janji", "yakin", "duga", "dalih", "kisah"]
        ),
        ("celetuknya.", "Joko Widodo"),
        ("janjinya.", "Joko Widodo"),
        # the statement it is from
        ("demikian pernyataan resmi Kementerian Luar Negeri.", "Kementerian Luar Negeri"),
        (
            "bunyi siaran pers Kementerian Luar Negeri, Kamis (14/9/2023).",
            "Kementerian Luar Negeri",
        ),
        ("demikian bunyi keterangan tertulis Kementerian Luar Negeri.", "Kementerian Luar Negeri"),
    ],
)
def test_more_cue_words_and_statements_after_a_quote_name_its_speaker(
    after: str, speaker: str
) -> None:
    (quote,) = _quotes_of(
        "Presiden Joko Widodo meninjau Pasar Baru, Senin (2/10/2023).",
        f'"Kami siap menjaga harga tetap stabil," {after}',
    )
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "quoted",
    [
        "Menurut dia, “Semua berjalan lancar sejak pagi.”",
        "Menurutnya, “Semua berjalan lancar sejak pagi.”",
        "“Semua berjalan lancar sejak pagi,” singkatnya.",
    ],
)
def test_a_pronoun_after_menurut_and_a_brief_cue_name_the_person_before(quoted: str) -> None:
    (quote,) = _quotes_of(
        "Kepala Dinas Pendidikan Jawa Barat Wahyu Mijaya meninjau sekolah itu.", quoted
    )
    assert (quote.speaker, quote.text.rstrip(".")) == (
        "Wahyu Mijaya",
        "Semua berjalan lancar sejak pagi",
    )


def test_a_person_named_after_the_body_their_office_is_of_is_the_subject() -> None:
    (quote,) = _quotes_of(
        "Di sisi lain, anggota Komisi VII DPR dari Fraksi PKS Mulyanto meminta pemerintah "
        "transparan.",
        "“Buka saja datanya ke publik,” kata dia.",
    )
    assert quote.speaker == "Mulyanto"


def test_a_subject_that_points_back_to_a_person_is_that_person_not_the_body_in_it() -> None:
    paragraphs = (
        "Menteri Keuangan Sri Mulyani Indrawati menegaskan belum ada keputusan soal harga.",
        "Mantan direktur Bank Dunia itu mengatakan pemerintah masih mengkaji berbagai skenario.",
        "“Kami masih menghitung dengan cermat,” katanya.",
        "Laporan tersebut mengatakan harga beras akan naik bulan depan.",
    )
    reported = _quotes_of(*paragraphs, kind="indirect")
    assert [(q.speaker, q.text) for q in reported] == [
        ("Sri Mulyani Indrawati", "belum ada keputusan soal harga"),
        ("Sri Mulyani Indrawati", "pemerintah masih mengkaji berbagai skenario"),
    ]
    (quote,) = _quotes_of(*paragraphs)
    assert quote.speaker == "Sri Mulyani Indrawati"


@pytest.mark.parametrize(
    "paragraph",
    [
        'In remarks carried by KCNA, Kim Jong Un said: "Russia is our closest friend."',
        'Kim Jong Un was quoted by KCNA as saying: "Russia is our closest friend."',
        '"Russia is our closest friend," Kim Jong Un said in remarks carried by state media KCNA.',
        "Kim Jong Un, seperti dikutip KCNA, mengatakan: “Rusia sahabat terdekat kami.”",
        # no comma before a quote that is a whole sentence
        "Dikutip dari KCNA, Kim Jong Un mengatakan “Rusia sahabat terdekat kami.”",
    ],
)
def test_a_relay_set_off_before_or_in_the_attribution(paragraph: str) -> None:
    (quote,) = _quotes_of(paragraph)
    assert (quote.speaker, quote.via, quote.kind) == ("Kim Jong Un", "KCNA", "direct")


def test_a_relay_set_off_in_reported_speech_is_no_subject() -> None:
    (reported,) = _quotes_of(
        "Kim Jong Un, sebagaimana dilaporkan KCNA, menyebut kunjungan itu bersejarah.",
        kind="indirect",
    )
    assert (reported.speaker, reported.via, reported.text) == (
        "Kim Jong Un",
        "KCNA",
        "kunjungan itu bersejarah",
    )


def test_the_office_given_with_a_name_leaves_out_the_rank_before_it() -> None:
    (quote,) = _quotes_of(
        "Kabid Humas Polda Metro Jaya Kombes Trunoyudo Wisnu Andiko memberi keterangan.",
        "“Keduanya sudah beraksi di 12 lokasi,” kata Trunoyudo.",
    )
    assert (quote.speaker, quote.office) == (
        "Trunoyudo Wisnu Andiko",
        "Kabid Humas Polda Metro Jaya",
    )


def test_a_short_name_two_people_named_in_the_article_share_goes_to_neither() -> None:
    (quote,) = _quotes_of(
        "Kim Jong Un dan adiknya Kim Yo Jong tiba di Vostochny.",
        "“Kami datang sebagai sahabat,” kata Kim.",
    )
    assert quote.speaker == "Kim"
    (quote,) = _quotes_of(
        "Kim Jong Un tiba di Vostochny.", "“Kami datang sebagai sahabat,” kata Kim."
    )
    assert quote.speaker == "Kim Jong Un"


def test_a_short_name_two_people_share_goes_to_the_one_named_before_it() -> None:
    quotes = _quotes_of(
        "Putin bertemu Kim Jong Un di Kosmodrom Vostochny.",
        "“Rusia adalah prioritas pertama kami,” tutur Kim.",
        "Kata Kim, “Kami akan selalu bersama Rusia.”",
        "“Kami akan membalas setiap provokasi,” ujar Kim Yo Jong, adik Kim Jong Un.",
        "“Kami datang sebagai sahabat,” kata Kim.",  # both named before: neither
    )
    assert [q.speaker for q in quotes] == ["Kim Jong Un", "Kim Jong Un", "Kim Yo Jong", "Kim"]


def test_they_stand_for_an_organisation_never_for_one_person() -> None:
    (people,) = _quotes_of(
        "Budi Santoso dan Ani Lestari, dua pedagang di Pasar Baru, mengeluhkan harga cabai.",
        "“Harga naik terus, pembeli sepi,” kata mereka.",
    )
    (ministry,) = _quotes_of(
        "Kementerian Luar Negeri menyampaikan sikapnya soal pertemuan itu.",
        "“Kami terus memantau situasi,” kata mereka.",
    )
    assert (people.speaker, ministry.speaker) == (None, "Kementerian Luar Negeri")


def test_a_possessive_before_a_meeting_or_a_trip_names_no_subject() -> None:
    assert not _quotes_of(
        "Kim's meeting with Vladimir Putin lasted hours, officials said.", kind="indirect"
    )


def test_cue_words_that_are_common_words_name_no_one_outside_a_quote() -> None:
    assert not _quotes_of(
        "Harga emas naik tajam pekan ini, nilai Rupiah justru melemah terhadap dolar.",
        kind="indirect",
    )


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("a statement from the Kremlin said.", "Kremlin"),
        ("read a statement from the White House on Thursday.", "White House"),
        ("according to the Kremlin.", "Kremlin"),
        ("read a statement from the foreign ministry.", None),
    ],
)
def test_a_statement_from_a_named_body_is_its_source(after: str, speaker: str | None) -> None:
    (quote,) = _quotes_of(
        "German Chancellor Olaf Scholz was more cautious.",
        f'"Relations have reached a new level," {after}',
    )
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "called", ["kata Ani, sapaan akrabnya.", "kata Ani, sapaan akrab Sri Mulyani."]
)
def test_a_nickname_the_cue_gives_is_the_person_named_before(called: str) -> None:
    quotes = _quotes_of(
        "Presiden Joko Widodo membuka sidang kabinet. Menteri Keuangan Sri Mulyani Indrawati "
        "menyebut APBN tetap menjadi peredam guncangan.",
        f'"APBN bekerja keras tahun ini," {called}',
        '"Kita jaga defisit di bawah tiga persen," lanjut Ani.',
    )
    assert [q.speaker for q in quotes] == ["Sri Mulyani Indrawati"] * 2


def test_a_forecast_is_reported_speech() -> None:
    (reported,) = _quotes_of(
        "Kepala Ekonom Bank Permata Josua Pardede memperkirakan BI akan menahan suku bunga.",
        kind="indirect",
    )
    assert (reported.speaker, reported.text) == ("Josua Pardede", "BI akan menahan suku bunga")


def test_what_was_signalled_is_reported_speech() -> None:
    (reported,) = _quotes_of(
        "Presiden Rusia Vladimir Putin mengisyaratkan akan membantu Korea Utara membangun satelit.",
        kind="indirect",
    )
    assert (reported.speaker, reported.text) == (
        "Vladimir Putin",
        "akan membantu Korea Utara membangun satelit",
    )


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Kirby, the White House national security spokesman, was asked about the meeting. "
            '"We are watching it very closely," he said.',
            "John Kirby",
        ),
        (
            "Budi, seorang pedagang di Pasar Baru, tampak lesu. "
            '"Sepi sekali pembeli hari ini," ujarnya.',
            "Budi",
        ),
        (
            "Menteri Luar Negeri Rusia Sergei Lavrov, yang mendampingi Putin, tiba lebih dulu. "
            '"Semua sudah kami siapkan," katanya.',
            "Sergei Lavrov",
        ),
    ],
)
def test_who_the_subject_is_between_commas_is_no_subject_of_its_own(
    paragraph: str, speaker: str
) -> None:
    """A description between commas ("Kirby, the White House national security spokesman,")
    says who the subject is: the pronoun after is Kirby, not the White House nor the person
    the sentence before was about."""
    (quote,) = _quotes_of(
        "White House national security spokesman John Kirby and Dmitry Peskov spoke on Monday.",
        paragraph,
    )
    assert quote.speaker == speaker


def test_a_person_set_off_before_an_office_is_whom_a_later_pronoun_means() -> None:
    reported, quoted = _quotes_of(
        "Peskov, juru bicara Kremlin, menyebut pertemuan itu sangat produktif bagi kedua negara.",
        "“Kami puas,” katanya.",
        kind="all",
    )
    assert (reported.speaker, quoted.speaker) == ("Peskov", "Peskov")  # not the Kremlin
    # and the office is his, though his name is one word
    assert (reported.office, quoted.office) == ("juru bicara Kremlin", "juru bicara Kremlin")
    (after_cue,) = _quotes_of("“Kami puas,” kata Peskov, juru bicara Kremlin.")
    assert after_cue.office == "juru bicara Kremlin"
    # (not a place's description: "Jakarta, ibu kota Indonesia," names no one)
    (budi,) = _quotes_of("Jakarta, ibu kota Indonesia, bersiap.", "“Kami siap,” kata Budi.")
    assert (budi.speaker, budi.office) == ("Budi", None)


def test_who_reported_it_set_off_after_a_name_is_no_office() -> None:
    (quote,) = _quotes_of(
        "Kim Jong Un arrived for a summit with Vladimir Putin, Russian state media reported, in "
        "a visit that could see arms deals.",
        "“I am glad to see you,” Putin told Kim.",
    )
    assert (quote.speaker, quote.office) == ("Vladimir Putin", None)


@pytest.mark.parametrize(
    "set_off",
    [
        "a research associate at the International Institute for Strategic Studies",
        # the short form of the body after it, and an office longer than most
        "a research associate at the International Institute for Strategic Studies (IISS)",
        "a research associate for defense and military analysis at the International Institute "
        "for Strategic Studies",
        "a senior fellow at the Center for a New American Security",
    ],
)
def test_what_english_news_calls_a_person_after_the_name_is_the_office(set_off: str) -> None:
    (quote,) = _quotes_of(
        f"“The cosmodrome tells us what Kim wants,” said Joseph Dempsey, {set_off}."
    )
    assert quote.office == set_off.removeprefix("a ").removesuffix(" (IISS)")


def test_an_office_set_off_before_a_name_keeps_its_bodys_short_form() -> None:
    found = _quotes_of(
        "Pengamat hubungan internasional dari Universitas Indonesia (UI), Hikmahanto Juwana, "
        "menilai pertemuan itu menunjukkan Rusia semakin terisolasi.",
        kind="all",
    )
    assert [(q.speaker, q.office) for q in found] == [
        (
            "Hikmahanto Juwana",
            "Pengamat hubungan internasional dari Universitas Indonesia (UI)",
        )
    ]


def test_a_given_name_written_as_a_countrys_short_form_is_a_name() -> None:
    """ "Uk" of Yang Uk is no UK: a country's short form is one only in capitals."""
    (quote,) = _quotes_of(
        "“Russia needs ammunition badly,” said Yang Uk, a fellow at the Asan Institute for "
        "Policy Studies in Seoul."
    )
    assert (quote.speaker, quote.office) == (
        "Yang Uk",
        "fellow at the Asan Institute for Policy Studies in Seoul",
    )


@pytest.mark.parametrize(
    ("introduced", "referred_to"),
    [
        (
            "Peskov, juru bicara Kremlin, mengatakan pertemuan itu penting.",
            "“Kami tidak akan mengungkap detailnya,” kata juru bicara Kremlin itu.",
        ),
        (
            "Peskov, juru bicara Kremlin, mengatakan pertemuan itu penting.",
            "“Kami tidak akan mengungkap detailnya,” kata juru bicara Kremlin.",
        ),
        (
            "Peskov, the Kremlin spokesman, said the talks were useful.",
            "“We will not disclose details,” the Kremlin spokesman said.",
        ),
        (
            "Peskov, the Kremlin spokesman, said the talks were useful.",
            "“We will not disclose details,” the spokesman said.",
        ),
    ],
)
def test_an_office_set_off_after_one_name_is_that_person_when_named_again(
    introduced: str, referred_to: str
) -> None:
    """The office alone, later, names the person it was set off after, though the name is
    one word: not the person named last (Putin), nor the body in the office (Kremlin)."""
    quotes = _quotes_of(introduced, "Putin mengatakan Rusia siap membantu.", referred_to)
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Peskov"]


@pytest.mark.parametrize(
    ("introduced", "speaker"),
    [
        ("Juru bicara Kremlin Dmitry Peskov hadir dalam pertemuan itu.", "Dmitry Peskov"),
        ("Peskov, juru bicara Kremlin, hadir dalam pertemuan itu.", "Peskov"),
    ],
)
def test_sang_before_an_office_is_the_one_who_holds_it(introduced: str, speaker: str) -> None:
    """ "sang juru bicara" is "the spokesman": the one the article gave that office."""
    (quote,) = _quotes_of(introduced, "“Kami puas dengan hasilnya,” kata sang juru bicara.")
    assert quote.speaker == speaker


def test_an_office_two_people_were_set_off_with_names_neither() -> None:
    (quote,) = _quotes_of(
        "Peskov, the Kremlin spokesman, said the talks were useful. Kirby, the White House "
        "spokesman, said they were worrying.",
        "“We will not disclose details,” the spokesman said.",
    )
    assert quote.speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        'Warga menyebut "pasar kaget" itu ramai sekali.',
        'Netizen menyebut pertemuan itu "kencan politik".',
        "Masyarakat menilai pertemuan itu sangat penting bagi kawasan.",
    ],
)
def test_people_no_one_names_say_nothing_of_a_named_speaker(sentence: str) -> None:
    assert _quotes_of(sentence, kind="all") == []


def test_words_in_single_marks_in_a_british_article_are_fragments() -> None:
    quotes = _quotes_of(
        "Mr Kim said Moscow was engaged in a ‘sacred fight’ to defend its sovereignty.",
        "‘We will always be with Russia,’ the North Korean leader said.",
        "Mr Putin said the two would discuss 'all issues' and that there was 'no hurry'.",
        "The summit was the ‘talk of the town’ in Vladivostok.",  # no one said it
        kind="all",
    )
    assert [(q.kind, q.speaker, q.text) for q in quotes if q.kind != "indirect"] == [
        ("fragment", "Kim", "sacred fight"),
        ("direct", None, "We will always be with Russia"),
        ("fragment", "Putin", "all issues"),
        ("fragment", "Putin", "no hurry"),
    ]


def test_british_single_marks_go_on_after_their_cue_and_an_office_may_come_first() -> None:
    quotes = _quotes_of(
        "The prime minister, Rishi Sunak, spoke on Monday.",
        "‘We will not be intimidated,’ he said. ‘Our support for Ukraine is unwavering.’",
        "Kebijakan ‘bebas visa’ berlaku. ‘Kami siap,’ kata Budi. Warga menyebut ‘pasar kaget’ "
        "ramai.",
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Rishi Sunak", "We will not be intimidated"),
        ("Rishi Sunak", "Our support for Ukraine is unwavering."),
        ("Budi", "Kami siap"),
    ]


def test_a_name_between_commas_after_an_opening_phrase_reports() -> None:
    (reported,) = _quotes_of(
        "Presiden Joko Widodo hadir di lokasi banjir.",
        "Selain itu, Budi, ketua RT setempat, menyebut warga sudah mengungsi sejak pagi.",
        kind="indirect",
    )
    assert (reported.speaker, reported.text) == ("Budi", "warga sudah mengungsi sejak pagi")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Hal senada disampaikan tetangganya, Ujang.", "Ujang"),
        ("Hal itu disampaikan Menteri Sosial Tri Rismaharini di Cianjur.", "Tri Rismaharini"),
        ("Pendapat berbeda diungkapkan oleh pengamat Unpad, Dicky Muslim.", "Dicky Muslim"),
    ],
)
def test_whom_a_sentence_in_the_passive_says_spoke_is_its_subject(
    sentence: str, speaker: str
) -> None:
    (quote,) = _quotes_of(
        "Salah satu warga, Siti (38), mengaku panik saat gempa terjadi.",
        f'{sentence} "Rumah saya retak di bagian dapur," katanya.',
    )
    assert quote.speaker == speaker


def test_someone_of_a_body_who_is_not_named_is_not_the_body() -> None:
    (quote,) = _quotes_of(
        "Presiden Joko Widodo meninjau Pasar Baru, Senin (2/10/2023).",
        '"Stok beras aman sampai akhir tahun," ujar pejabat Kementerian Perdagangan yang enggan '
        "disebut namanya.",
    )
    assert quote.speaker is None


def test_a_story_does_not_relay_through_its_own_outlet() -> None:
    own = article_of(
        'MOSCOW (Reuters) - "Nothing is decided yet," Kremlin spokesman Dmitry Peskov told '
        "Reuters.\n\n"
        '"We will see after the visit," Peskov told the Interfax news agency.\n'
    )
    assert [q.via for q in extract_quotes(own)] == [None, "Interfax"]


@pytest.mark.parametrize(
    ("told", "via"),
    [
        ("kepada Tempo.co, Senin (2/10/2023).", "Tempo"),
        ("kepada Kompas.com.", None),  # the story is Kompas's own
        ("kepada kantor berita Rusia TASS.", "TASS"),
        ("kepada wartawan di Balai Kota.", None),
        ("kepada Presiden Joko Widodo.", None),
    ],
)
def test_an_outlet_the_cue_says_it_was_told_to_relays_it(told: str, via: str | None) -> None:
    (quote,) = _quotes_of(f'"Kami siap membantu warga yang terdampak," kata Budi {told}')
    assert (quote.speaker, quote.via) == ("Budi", via)


@pytest.mark.parametrize(
    ("cue", "via"),
    [
        ("ucapnya, sebagaimana dilansir Reuters.", "Reuters"),
        ("ucapnya seperti dikutip dari AFP.", "AFP"),
        ("katanya kepada Tempo.co.", "Tempo"),
        ("katanya, Senin (14/9/2023).", None),
    ],
)
def test_a_cue_ending_in_nya_keeps_the_relay_after_it(cue: str, via: str | None) -> None:
    (quote,) = _quotes_of(
        "Juru bicara Kremlin Dmitry Peskov tiba di Vladivostok.",
        f'"Tidak ada rencana spesifik saat ini," {cue}',
    )
    assert (quote.speaker, quote.via) == ("Dmitry Peskov", via)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kim mengundang Putin ke Pyongyang, kata media Rusia.",
        "Kim mengundang Putin ke Pyongyang, kata kantor berita Korea Utara, Kamis.",
        "Menurut media pemerintah Korea Utara, Kim mengundang Putin ke Pyongyang.",
        "Media pemerintah Korea Utara melaporkan Kim mengundang Putin ke Pyongyang.",
        "Kim invited Putin to visit Pyongyang, Russian state media said.",
    ],
)
def test_a_countrys_media_unnamed_is_no_speaker(sentence: str) -> None:
    assert _quotes_of(sentence, kind="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Kim mengundang Putin ke Pyongyang, kata media pemerintah Korea Utara KCNA.", "KCNA"),
        ("Kim invited Putin to visit Pyongyang, state media KCNA said.", "KCNA"),
        ("Kim invited Putin to Pyongyang, official news agency Xinhua said on Thursday.", "Xinhua"),
        ("Kim invited Putin to visit Pyongyang, North Korea said.", "North Korea"),
    ],
)
def test_a_named_outlet_or_a_country_itself_speaks(sentence: str, speaker: str) -> None:
    (statement,) = _quotes_of(sentence, kind="indirect")
    assert statement.speaker == speaker


@pytest.mark.parametrize("mark", ["—", "–", "•", "-"])
def test_reported_speech_after_a_dash_or_bullet_starts_past_it(mark: str) -> None:
    paragraph = f"{mark} Kami siap membantu Korea Utara, kata Putin."
    (statement,) = _quotes_of("Presiden Rusia Vladimir Putin tiba.", paragraph, kind="indirect")
    assert statement.text == "Kami siap membantu Korea Utara"
    assert paragraph[statement.start : statement.end] == statement.text


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        (
            "Kim has invited Putin to visit North Korea, the state-run KCNA news agency "
            "reported on Thursday.",
            "indirect",
        ),
        ("Kim has invited Putin to visit North Korea, KCNA reported.", "indirect"),
        ('"We will help our comrades," the state-run KCNA news agency said.', "quoted"),
    ],
)
def test_an_agency_named_with_its_kind_after_the_statement_speaks(
    paragraph: str, kind: str
) -> None:
    (statement,) = _quotes_of(paragraph, kind=kind)
    assert statement.speaker == "KCNA"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("kata Kapolda Metro Jaya Irjen Pol Karyoto", "Karyoto"),
        ("kata Kapolda Metro Jaya Irjen Pol. Karyoto", "Karyoto"),
        ("kata Danrem 061/Suryakancana Kolonel Inf Rudi Hartono", "Rudi Hartono"),
        ("kata Kepala Staf Kepresidenan Jenderal TNI (Purn) Moeldoko", "Moeldoko"),
        ("kata H. Ahmad Heryawan, Lc", "Ahmad Heryawan"),
        ("kata Budi Santoso, S.H., M.H", "Budi Santoso"),
        ("kata Prof. Dr. Budi Santoso", "Budi Santoso"),
        # a doctor's title in lower case, as Indonesian writes it, and a hajjah's
        ("kata dr. Budi Santoso, Sp.PD", "Budi Santoso"),
        ("kata Prof. dr. Budi Santoso", "Budi Santoso"),
        ("kata drg. Ani Lestari", "Ani Lestari"),
        ("kata Hj. Ani Lestari", "Ani Lestari"),
        ("kata Dra. Ani Lestari", "Ani Lestari"),
        ("kata Praka Budi Santoso", "Budi Santoso"),
    ],
)
def test_a_ranks_corps_a_degree_and_a_titles_full_stop_are_no_part_of_the_name(
    attribution: str, speaker: str
) -> None:
    (quote,) = _quotes_of(f'"Warga sudah dievakuasi ke tempat aman," {attribution}.')
    assert quote.speaker == speaker
    (statement,) = _quotes_of(
        f"Warga sudah dievakuasi ke tempat aman, {attribution}.", kind="indirect"
    )
    assert statement.speaker == speaker


@pytest.mark.parametrize(
    ("attribution", "speaker", "via"),
    [
        ("a Kremlin official, speaking on condition of anonymity, told Reuters", None, None),
        ("Peskov, 55, told Reuters", "Dmitry Peskov", "Reuters"),
        ("the spokesman added", "Dmitry Peskov", None),
        ("the president said", "Vladimir Putin", None),
    ],
)
def test_who_tells_an_outlet_and_an_office_by_its_last_word(
    attribution: str, speaker: str | None, via: str | None
) -> None:
    lead = (
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un. Kremlin "
        "spokesman Dmitry Peskov spoke later."
    )
    (quote,) = _quotes_of(lead, f'"We discussed everything," {attribution}.')
    assert (quote.speaker, quote.via) == (speaker, via)


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "kind"),
    [
        (
            [
                "Putin has accepted an invitation to visit North Korea, the Korean Central News "
                "Agency (KCNA) reported on Thursday, September 14, 2023."
            ],
            "KCNA",
            "indirect",
        ),
        (
            [
                "Kim met Putin, the Korean Central News Agency (KCNA) reported.",
                '"We are ready to help," KCNA said.',
            ],
            "KCNA",
            "quoted",
        ),
        (
            ["Survei itu menunjukkan kepuasan publik tinggi, kata Lembaga Survei Indonesia (LSI)."],
            "Lembaga Survei Indonesia",
            "indirect",
        ),
        (
            ["Putin menerima undangan itu, menurut Kantor Berita Pusat Korea (KCNA)."],
            "KCNA",
            "indirect",
        ),
    ],
)
def test_an_outlet_speaks_by_its_display_name_and_an_acronym_after_a_name_goes(
    paragraphs: list[str], speaker: str, kind: str
) -> None:
    found = _quotes_of(*paragraphs, kind=kind)
    assert [q.speaker for q in found][-1:] == [speaker]


def test_a_malaysian_honorific_is_no_part_of_the_name_nor_of_the_office() -> None:
    article = article_of(
        "KUALA LUMPUR, 13 Sept (Bernama) -- Berita.\n\n"
        '"Kita mahu keamanan dikekalkan," kata Perdana Menteri Datuk Seri Anwar Ibrahim.\n\n'
        '"Wisma Putra sedang meneliti laporan itu," kata Menteri Luar Dato\' Sri Zambry Abdul '
        "Kadir.\n\n"
        # an honorific of three words
        '"Kami akan mengeluarkan kenyataan," kata Menteri Pertahanan Datuk Seri Diraja Dr '
        "Mohamad Hasan.\n"
    )
    found = extract_quotes(article)
    assert [(q.speaker, q.office) for q in found] == [
        ("Anwar Ibrahim", "Perdana Menteri"),
        ("Zambry Abdul Kadir", "Menteri Luar"),
        ("Mohamad Hasan", "Menteri Pertahanan"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Putin accepted the invitation "with pleasure," according to KCNA.', "KCNA"),
        ('Putin menerima undangan itu "dengan senang hati," menurut KCNA.', "KCNA"),
        # the subject who speaks keeps the words
        ('Kim Jong Un said he was "ready for anything," according to KCNA.', "Kim Jong Un"),
    ],
)
def test_words_quoted_in_a_sentence_reported_by_a_source_are_the_sources(
    sentence: str, speaker: str
) -> None:
    (quote,) = _quotes_of(sentence)
    assert (quote.kind, quote.speaker) == ("fragment", speaker)


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # an office named in full, or short, with "tersebut": the one person given it
        ("kata Sekretaris Jenderal PDI-P tersebut", "Hasto Kristiyanto"),
        ("kata Sekjen PDIP itu", "Hasto Kristiyanto"),
        # one no one was given: the last person named, as before
        ("imbuh politikus asal Yogyakarta itu", "Mahfud MD"),
        ("demikian Hasto", "Hasto Kristiyanto"),
    ],
)
def test_an_office_pointed_back_to_is_its_holder_and_demikian_is_a_cue(
    attribution: str, speaker: str
) -> None:
    lead = "Sekjen PDIP Hasto Kristiyanto hadir. Menko Polhukam Mahfud MD juga datang."
    (quote,) = _quotes_of(lead, f'"Semua masih dalam proses pembahasan," {attribution}.')
    assert quote.speaker == speaker


_OFFICES_ID = (
    "Presiden Joko Widodo dan Wakil Presiden Ma'ruf Amin hadir. "
    "Politikus PDIP Effendi Simbolon juga datang."
)
_OFFICES_EN = "President Joe Biden and Vice President Kamala Harris spoke."


@pytest.mark.parametrize(
    ("lead", "attribution", "speaker"),
    [
        (_OFFICES_ID, "ucap Presiden itu", "Joko Widodo"),
        (_OFFICES_ID, "kata Wakil Presiden tersebut", "Ma'ruf Amin"),
        # an office whose last word is another's names someone else: the last person named
        (_OFFICES_ID, "ucap mantan Sekretaris Militer Presiden itu", "Effendi Simbolon"),
        (_OFFICES_EN, "the vice president said", "Kamala Harris"),
        (_OFFICES_EN, "the president said", "Joe Biden"),  # not the vice president too
        (_OFFICES_EN, "the American president said", "Joe Biden"),  # a qualifier only
        (_OFFICES_EN, "the former president said", None),
    ],
)
def test_an_office_pointed_back_to_is_not_an_office_it_ends_with(
    lead: str, attribution: str, speaker: str | None
) -> None:
    (quote,) = _quotes_of(lead, f'"Semua masih dalam proses pembahasan," {attribution}.')
    assert quote.speaker == speaker


def test_a_body_named_in_lower_case_after_its_name_is_that_body() -> None:
    found = _quotes_of(
        "The Ministry of Unification said it is closely monitoring the summit.",
        '"The government will respond sternly to any cooperation," the unification ministry '
        "said in a statement.",
        "Seoul will respond to any military cooperation, the unification ministry said.",
        '"We are watching closely," the defense ministry said.',  # never named: no one
        kind="all",
    )
    assert [(q.kind, q.speaker) for q in found] == [
        ("indirect", "Ministry of Unification"),
        ("direct", "Ministry of Unification"),
        ("indirect", "Ministry of Unification"),
        ("direct", None),
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "kind"),
    [
        (
            '"Air datang tiba-tiba," kata Budi Santoso (45), warga setempat.',
            "Budi Santoso",
            "quoted",
        ),
        ('"Air datang tiba-tiba," ujar Siti Aminah (38 tahun).', "Siti Aminah", "quoted"),
        (
            "Air datang tiba-tiba sekali malam itu, kata Budi Santoso (45), warga setempat.",
            "Budi Santoso",
            "indirect",
        ),
    ],
)
def test_a_speakers_age_after_the_cue_is_no_part_of_the_name(
    paragraph: str, speaker: str, kind: str
) -> None:
    (quote,) = _quotes_of("Banjir melanda Bekasi.", paragraph, kind=kind)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # whose lawyer or wife speaks: not the one named
        ("Kuasa hukum Hasto Kristiyanto mengatakan kliennya akan hadir dalam pemeriksaan.", None),
        ("Istri almarhum Budi Santoso mengatakan suaminya pergi sejak pagi buta.", None),
        # a description before the name is no one else's
        (
            "Pebulu tangkis tunggal putra Anthony Ginting mengatakan dirinya siap bertanding.",
            "Anthony Ginting",
        ),
        ("Pengacara Hotman Paris mengatakan kliennya tidak bersalah sama sekali.", "Hotman Paris"),
    ],
)
def test_a_name_after_kin_or_a_lawyer_is_not_who_speaks(sentence: str, speaker: str | None) -> None:
    found = _quotes_of(sentence, kind="indirect")
    assert [q.speaker for q in found] == ([speaker] if speaker else [])


def test_an_inch_mark_after_a_number_opens_no_quote() -> None:
    found = _quotes_of(
        'Harga televisi layar 55" naik tajam pekan ini.',
        '"Ini kenaikan tertinggi tahun ini," kata Budi Santoso.',
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("Ini kenaikan tertinggi tahun ini", "Budi Santoso")
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Wakil Ketua TKN Prabowo-Gibran Habiburokhman", "Habiburokhman"),
        ("Ketua TPN Ganjar-Mahfud Arsjad Rasjid", "Arsjad Rasjid"),
        ("Korean journalist Hyung-Jin Kim", "Hyung-Jin Kim"),  # a Korean given name stays
        ("Leif-Eric Easley", "Leif-Eric Easley"),  # and so does any other, with no team before
        ("analis Jean-Pierre Dupont", "Jean-Pierre Dupont"),
        # nor after a country (a country the list of places did not know cut the office short)
        ("Presiden Kazakhstan Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"),
        ("Presiden Belarus Alexander Lukashenko", "Alexander Lukashenko"),
    ],
)
def test_a_campaigns_pair_of_candidates_is_no_part_of_the_name(subject: str, speaker: str) -> None:
    (quote,) = _quotes_of(f'{subject} mengatakan, "Jangan sampai waktunya terlalu singkat."')
    assert quote.speaker == speaker


def test_an_embedded_post_is_its_posters_direct_speech() -> None:
    found = _quotes_of(
        "Menteri Luar Negeri Ukraina Dmytro Kuleba mengomentari pertemuan itu di akun X-nya.",
        # a short post, without a stop, is no sub-heading; its picture's link is no speech
        "Putin is begging Kim for shells pic.twitter.com/AbC123",
        "— Dmytro Kuleba 🇺🇦 (@DmytroKuleba) September 13, 2023",
        "tulis Kuleba.",  # (opening in lower case, it is not joined to the post)
        "Not alone in this. https://t.co/xyz — Volodymyr Zelensky (@ZelenskyyUa) Sep 14, 2023",
        "Kantor berita itu juga mengunggah kabar pertemuan.",
        "— Reuters (@Reuters) September 13, 2023",  # an outlet's post is its news
    )
    assert [(q.paragraph, q.text, q.speaker, q.office) for q in found] == [
        (3, "Putin is begging Kim for shells", "Dmytro Kuleba", "Menteri Luar Negeri Ukraina"),
        (5, "Not alone in this.", "Volodymyr Zelensky", None),
    ]
    paragraph = "Not alone in this. https://t.co/xyz — Volodymyr Zelensky"
    assert paragraph[found[1].start : found[1].end] == found[1].text


def test_a_post_run_into_its_signature_without_a_space_is_the_posters() -> None:
    (quote,) = _quotes_of(
        "Putin is begging Kim for shells. pic.twitter.com/abc— Dmytro Kuleba (@DmytroKuleba) "
        "September 13, 2023"
    )
    assert (quote.speaker, quote.text) == ("Dmytro Kuleba", "Putin is begging Kim for shells.")


@pytest.mark.parametrize(
    "paragraph",
    [
        # a dateline's dash and a long run of words before a handle: no signature
        "Berita hari ini dari kota Bekasi-Budi Santoso (@budi) 2 Oktober 2023",
        # nor a handle with no date after it
        "Budi menulis di akun X miliknya - Budi Santoso (@budi) yang kini ramai.",
    ],
)
def test_a_handle_in_the_story_is_no_posts_signature(paragraph: str) -> None:
    assert _quotes_of(paragraph, kind="all") == []


def test_text_above_a_post_signature_that_is_the_storys_own_is_no_post() -> None:
    story = "Presiden Joko Widodo mengunggah foto kunjungannya ke Bekasi pada Senin pagi."
    signature = " — Joko Widodo (@jokowi) October 2, 2023"
    for text in (
        # the opening, above a post that left only its signature
        f"JAKARTA, KOMPAS.com - {story}\n\n{signature.strip()}\n",
        # a story run together with the post after it is longer than a post
        f"JAKARTA - Berita hari ini.\n\n{story} {story} {story} {story}{signature}\n",
    ):
        assert extract_quotes(article_of(text)) == []


def test_a_tweet_embedded_in_a_web_page_is_quoted_with_its_poster(
    kp: Invoke, tmp_path: Path
) -> None:
    write_article(
        tmp_path,
        "detik.html",
        "<html><head><title>Zelensky Sindir Pertemuan Kim-Putin - detikNews</title></head><body>"
        "<article><p><strong>Jakarta</strong> - Presiden Ukraina Volodymyr Zelensky menyindir "
        "pertemuan Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un di Rusia "
        "timur, Rabu (13/9/2023).</p>"
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Putin is begging Kim for '
        "shells. That tells you everything about this war.</p>&mdash; Dmytro Kuleba "
        '(@DmytroKuleba) <a href="https://twitter.com/x/status/1">September 13, 2023</a>'
        "</blockquote>"
        "<p>Menteri Luar Negeri Ukraina Dmytro Kuleba mengunggah komentar itu di akun Twitter "
        "pribadinya beberapa jam setelah pertemuan.</p></article></body></html>",
    )
    (record,) = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert (record["speaker"], record["office"], record["paragraph"], record["text"]) == (
        "Dmytro Kuleba",
        "Menteri Luar Negeri Ukraina",
        2,
        "Putin is begging Kim for shells. That tells you everything about this war.",
    )


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        (
            "North Korean leader Kim Jong Un told Putin that his country will support Moscow.",
            "Kim Jong Un",
        ),
        (
            "Juru bicara Kemlu Lalu Muhammad Iqbal mengatakan Indonesia terus memantau situasi.",
            "Lalu Muhammad Iqbal",
        ),
    ],
)
def test_a_name_of_three_words_after_a_role_is_written_whole(sentence: str, written: str) -> None:
    (quote,) = _quotes_of(sentence, kind="indirect")
    assert (quote.speaker, quote.speaker_as_written) == (written, written)


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "written"),
    [
        (["“Kami siap,” kata Cak Imin."], "Cak Imin", "Cak Imin"),
        (
            ["Bung Karno pernah berkata, “Jangan sekali-kali meninggalkan sejarah.”"],
            "Bung Karno",
            "Bung Karno",
        ),
        (["“Kami siap,” kata Mas Gibran."], "Gibran", "Mas Gibran"),
        # as Singapore's outlets address a woman
        (["“We are ready,” Madam Halimah Yacob said."], "Halimah Yacob", "Madam Halimah Yacob"),
        # a nickname with its address, tied to the name
        (
            [
                "Ketua Umum PKB Muhaimin Iskandar atau Cak Imin hadir.",
                "“Kami siap,” kata Cak Imin.",
            ],
            "Muhaimin Iskandar",
            "Cak Imin",
        ),
        (
            ["Abdurrahman Wahid atau Gus Dur pernah hadir.", "“Gitu aja kok repot,” kata Gus Dur."],
            "Abdurrahman Wahid",
            "Gus Dur",
        ),
    ],
)
def test_a_familiar_address_that_belongs_to_a_nickname_stays_in_it(
    paragraphs: list[str], speaker: str, written: str
) -> None:
    (quote,) = _quotes_of(*paragraphs)
    assert (quote.speaker, quote.speaker_as_written) == (speaker, written)


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        # whom it was said to, when or where, between the verb and a whole sentence
        ('Peskov told reporters on Wednesday, "No agreements were signed at all."', "Peskov"),
        ('Putin reportedly told Kim, "I am very glad to see you."', "Putin"),
        ('Putin said to Kim, "I am very glad to see you."', "Putin"),
        ("Putin berkata kepada Kim, “Saya senang melihat Anda.”", "Putin"),
        ('Peskov told the Kremlin press pool in Moscow, "No agreements were signed."', "Peskov"),
        # the passive quotation, with no outlet named
        ('Kim was quoted as saying, "Thank you for inviting us despite your schedule."', "Kim"),
        # how someone put it
        ('As Kim put it, "We will always stand with Russia."', "Kim"),
        ('As one former US official put it to me, "This is a marriage of convenience."', None),
    ],
)
def test_a_whole_sentence_introduced_past_its_listener_or_time_is_direct_speech(
    said: str, speaker: str | None
) -> None:
    (quote,) = _quotes_of(said)
    assert (quote.kind, quote.speaker) == ("direct", speaker)


@pytest.mark.parametrize(
    ("sentence", "speaker", "via"),
    [
        ("Kim was quoted by KCNA as saying that Russia would win its fight.", "Kim", "KCNA"),
        ("Kim was quoted as saying that Russia would win its fight.", "Kim", None),
        ("Kim was cited as saying the DPRK would back Moscow in its fight.", "Kim", None),
        # a known outlet the sentence is according to relays the words of its subject
        ("According to KCNA, Kim told Putin that the DPRK will stand with Russia.", "Kim", "KCNA"),
        (
            "Menurut KCNA, Kim mengatakan kepada Putin bahwa Korut akan selalu bersama.",
            "Kim",
            "KCNA",
        ),
        # (someone kp does not know as an outlet is the speaker)
        ("According to Peskov, the talks went well and lasted long.", "Peskov", None),
    ],
)
def test_who_was_quoted_as_saying_it_and_the_outlet_it_is_according_to(
    sentence: str, speaker: str, via: str | None
) -> None:
    (quote,) = _quotes_of(sentence, kind="indirect")
    assert (quote.speaker, quote.via) == (speaker, via)


def test_a_possessive_ends_a_name_and_a_new_sentence_after_a_quote_is_no_cue() -> None:
    # "Kim Jong Un's visit" names Kim Jong Un, not "Kim Jong Un's"; the sentence after a quote
    # its full stop closes ("The Kremlin … said little.") does not take the quote from Kim
    reported, fragment = _quotes_of(
        "Kim Jong Un's visit to Russia marked his first trip abroad since the pandemic.",
        'According to KCNA, Kim told Putin that the DPRK "will always stand with Russia." '
        "The Kremlin, for its part, said little.",
        kind="all",
    )
    assert (fragment.kind, fragment.speaker, fragment.via) == ("fragment", "Kim Jong Un", "KCNA")
    assert (reported.kind, reported.speaker, reported.via) == ("indirect", "Kim Jong Un", "KCNA")


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["(“Kami siap membantu Korea Utara,” kata Putin.)"],
        ["[“Kami siap membantu Korea Utara,” kata Putin.]"],
        ["Putin hadir di Vostochny. (“Kami siap membantu Korea Utara,” katanya.)"],
    ],
)
def test_a_quote_in_brackets_with_its_cue_is_its_speakers(paragraphs: list[str]) -> None:
    (quote,) = _quotes_of(*paragraphs)
    assert (quote.kind, quote.speaker, quote.text) == (
        "direct",
        "Putin",
        "Kami siap membantu Korea Utara",
    )


@pytest.mark.parametrize(
    ("said", "speaker", "office"),
    [
        # a general before his force is a rank; a general's office is no rank
        (
            "Kapolri Jenderal Pol Listyo Sigit Prabowo mengatakan, “Kami akan usut tuntas.”",
            "Listyo Sigit Prabowo",
            "Kapolri",
        ),
        (
            "“Kami siaga,” kata Panglima TNI Jenderal TNI Agus Subiyanto.",
            "Agus Subiyanto",
            "Panglima TNI",
        ),
        (
            "“Kami siaga,” kata Sekretaris Jenderal PBB Antonio Guterres.",
            "Antonio Guterres",
            "Sekretaris Jenderal PBB",
        ),
        # a general's rank right before the name, without his force
        (
            "“Kami siaga,” kata Panglima TNI Jenderal Agus Subiyanto.",
            "Agus Subiyanto",
            "Panglima TNI",
        ),
        (
            "“Kami siaga,” kata Pangdam Jaya Mayor Jenderal Mohamad Hasan.",
            "Mohamad Hasan",
            "Pangdam Jaya",
        ),
        (
            "“Kami siaga,” kata Sekretaris Jenderal Hasto Kristiyanto.",
            "Hasto Kristiyanto",
            "Sekretaris Jenderal",
        ),
        # the heads of police and military units, and the units
        (
            "“Kami siaga,” ucap Kapuspen TNI Laksda TNI Julius Widjojono.",
            "Julius Widjojono",
            "Kapuspen TNI",
        ),
        (
            "“Pelaku sudah kami amankan,” kata Kasat Reskrim Polres Bogor, AKP Teguh Kumara.",
            "Teguh Kumara",
            "Kasat Reskrim Polres Bogor",
        ),
        (
            "“Pelaku sudah kami amankan,” kata Kasatreskrim Polresta Bandung Kompol Oliestha "
            "Ageng Wicaksana.",
            "Oliestha Ageng Wicaksana",
            "Kasatreskrim Polresta Bandung",
        ),
        # a company's or a club's office
        # a title of two words, the first a title itself
        (
            '"We have no such plans," Tesla Chief Executive Elon Musk wrote on X.',
            "Elon Musk",
            "Tesla Chief Executive",
        ),
        (
            '"We have no such plans," said Chief Operating Officer Jane Doe.',
            "Jane Doe",
            "Chief Operating Officer",
        ),
        # a body of two words, then its office in lower case and the name
        (
            '"We have no such plans," said Real Madrid coach Carlo Ancelotti.',
            "Carlo Ancelotti",
            "Real Madrid coach",
        ),
        (
            '"We have no such plans," said Manchester United manager Erik Hag.',
            "Erik Hag",
            "Manchester United manager",
        ),
        # (a name's particle is no word of it, and its first word may be a dictionary word)
        (
            '"We have no such plans," said Manchester United coach Erik ten Hag.',
            "Erik ten Hag",
            "Manchester United coach",
        ),
    ],
)
def test_offices_and_ranks_of_police_military_companies_and_clubs(
    said: str, speaker: str, office: str
) -> None:
    (quote,) = _quotes_of(said)
    assert (quote.speaker, quote.office) == (speaker, office)


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        (
            'For Andrei Lankov, a professor at Kookmin University, "it is a marriage of '
            'convenience."',
            "Andrei Lankov",
        ),
        ("Bagi Hikmahanto Juwana, “pertemuan ini hanya simbolis.”", "Hikmahanto Juwana"),
    ],
)
def test_whose_view_a_quote_gives_when_the_sentence_opens_with_them(
    said: str, speaker: str
) -> None:
    (quote,) = _quotes_of(said)
    assert (quote.kind, quote.speaker) == ("fragment", speaker)


@pytest.mark.parametrize(
    "said",
    [
        'For Russia, "the benefits are clear and present."',
        'For Kookmin University, "it is a marriage of convenience."',
    ],
)
def test_a_country_or_a_body_a_sentence_opens_with_quotes_nothing(said: str) -> None:
    assert _quotes_of(said) == []


@pytest.mark.parametrize(
    ("said", "speaker", "office"),
    [
        (
            "“Kami akan membangun pabrik,” ujar Presiden Direktur PT Astra International Tbk "
            "Djony Bunarto Tjondro.",
            "Djony Bunarto Tjondro",
            "Presiden Direktur PT Astra International Tbk",
        ),
        (
            "Direktur Utama PT Bank Rakyat Indonesia Tbk Sunarso mengatakan, “Kredit tumbuh.”",
            "Sunarso",
            "Direktur Utama PT Bank Rakyat Indonesia Tbk",
        ),
    ],
)
def test_a_companys_legal_form_ends_its_name_before_the_persons(
    said: str, speaker: str, office: str
) -> None:
    (quote,) = _quotes_of(said)
    assert (quote.speaker, quote.office) == (speaker, office)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Layar 55″ itu dipasang di Istana. ″Kami siap membantu Korea Utara,″ kata Putin.",
        "Putin mengatakan, ＂Kami siap membantu Korea Utara.＂",
        "〝Kami siap membantu Korea Utara,〞 kata Putin.",
    ],
)
def test_quote_marks_typed_with_other_characters(paragraph: str) -> None:
    (quote,) = _quotes_of(paragraph)
    assert (quote.kind, quote.speaker) == ("direct", "Putin")
    assert quote.text.rstrip(".") == "Kami siap membantu Korea Utara"
    # its span is the paragraph's as written, marks and all
    assert paragraph[quote.start + 1 : quote.end - 1].rstrip(",.") == quote.text.rstrip(".")


def test_a_curly_opening_mark_typed_to_close_a_straight_quote() -> None:
    (quote,) = _quotes_of('"Kami siap membantu Korea Utara,“ kata Putin.')
    assert (quote.kind, quote.speaker, quote.text) == (
        "direct",
        "Putin",
        "Kami siap membantu Korea Utara",
    )


def test_words_read_with_other_marks_are_given_back_as_written() -> None:
    paragraph = "Putin mengatakan Rusia siap membantu Korea Utara membangun ″satelit″ baru."
    (reported,) = _quotes_of(paragraph, kind="indirect")
    assert reported.text == "Rusia siap membantu Korea Utara membangun ″satelit″ baru"
    assert paragraph[reported.start : reported.end] == reported.text


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Peskov menjelaskan hasil pertemuan itu kepada wartawan di Moskow.", None),
        ("Peskov menjelaskan panjang lebar soal pertemuan itu.", None),
        ("Peskov menjelaskan mengenai hasil pertemuan itu.", None),
        # a statement, with or without a word of what about or to whom
        (
            "Peskov menjelaskan pertemuan itu berlangsung empat jam.",
            "pertemuan itu berlangsung empat jam",
        ),
        ("Peskov menjelaskan kepada wartawan Rusia siap membantu.", "Rusia siap membantu"),
        ("Peskov menjelaskan Kim pulang dengan kereta.", "Kim pulang dengan kereta"),
    ],
)
def test_a_thing_explained_is_no_statement(sentence: str, reported: str | None) -> None:
    found = _quotes_of(sentence, kind="indirect")
    assert [q.text for q in found] == ([reported] if reported else [])


def test_a_malay_relay_by_a_news_agency() -> None:
    (quote,) = _quotes_of(
        '"Kami akan sentiasa bersama Rusia," kata Kim seperti dilaporkan agensi berita KCNA.'
    )
    assert (quote.speaker, quote.via) == ("Kim", "KCNA")


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("Kim tiba. “Kami siap membantu Korea Utara.” Kata Putin saat ditanya wartawan.", "Putin"),
        ("Kim tiba. “Kami siap membantu Korea Utara.” Ujar Putin.", "Putin"),
        ("Putin tiba. “Kami siap membantu Korea Utara.” Katanya.", "Putin"),
        # a word that opens a sentence and is no cue there
        ("Kim tiba. “Kami siap membantu Korea Utara.” Kata-kata itu diulang Putin.", "Kim"),
    ],
)
def test_a_cue_opening_a_sentence_after_a_quote_its_full_stop_closed(
    said: str, speaker: str
) -> None:
    (quote,) = _quotes_of(said)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "Zelensky menulis di akun X miliknya bahwa Rusia dan Korea Utara bersekongkol.",
            "Rusia dan Korea Utara bersekongkol",
        ),
        (
            "Elon Musk mencuit bahwa pabrik akan dibangun tahun depan.",
            "pabrik akan dibangun tahun depan",
        ),
        ("Zelensky menulis surat kepada Presiden Joko Widodo.", None),  # a letter, no statement
        # what was answered, responded or stressed
        (
            "Kim menjawab bahwa ia berterima kasih atas sambutan hangat itu.",
            "ia berterima kasih atas sambutan hangat itu",
        ),
        (
            "Peskov menanggapi bahwa tidak ada kesepakatan yang ditandatangani.",
            "tidak ada kesepakatan yang ditandatangani",
        ),
        (
            "Kim menggarisbawahi bahwa kerja sama itu sangat penting.",
            "kerja sama itu sangat penting",
        ),
        ("Kim menjawab pertanyaan wartawan di Vladivostok.", None),
        ("Peskov menanggapi pertanyaan itu dengan singkat.", None),
    ],
)
def test_what_was_written_or_posted_before_bahwa(sentence: str, reported: str | None) -> None:
    found = _quotes_of(sentence, kind="indirect")
    assert [q.text for q in found] == ([reported] if reported else [])


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "office"),
    [
        # an English office set off after the name, its body first and no article
        (
            ["Dmitry Peskov, Kremlin spokesman, said there would be no agreements."],
            "Dmitry Peskov",
            "Kremlin spokesman",
        ),
        (
            [
                "John Kirby, White House national security spokesman, told reporters "
                "Pyongyang would pay."
            ],
            "John Kirby",
            "White House national security spokesman",
        ),
        # who they are, of a place or a body, set off after the name
        (["Budi Santoso, warga Cianjur, mengatakan banjir sudah surut."], "Budi Santoso", None),
        (["Budi Santoso, pejabat Kemlu, mengatakan, rapat itu ditunda."], "Budi Santoso", None),
    ],
)
def test_who_someone_is_set_off_after_their_name_before_the_verb(
    paragraphs: list[str], speaker: str, office: str | None
) -> None:
    (quote,) = _quotes_of(*paragraphs, kind="indirect")
    assert quote.speaker == speaker
    assert office is None or quote.office == office


def test_a_quote_after_a_statement_goes_to_the_one_its_office_was_set_off_after() -> None:
    found = _quotes_of(
        "Dmitry Peskov, Kremlin spokesman, said there would be no agreements. "
        '"There will be no signing," he added.'
    )
    assert [(q.speaker, q.text) for q in found] == [("Dmitry Peskov", "There will be no signing")]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ('The leaders shook hands, with Putin telling Kim, "I am very glad to see you."', "Putin"),
        ('Putin praised the visit, saying "We are glad to host you."', "Putin"),
        ('Kim thanked Putin, adding that "Russia is a true friend."', "Kim"),
        ('Peskov declined to comment, noting, "There will be no agreements at all."', "Peskov"),
        # (a few words quoted after the participle are no introduced quote)
        ('Putin praised the visit, saying "very constructive" talks were held.', None),
    ],
)
def test_an_english_participle_introduces_a_quote(said: str, speaker: str | None) -> None:
    found = _quotes_of(said)
    direct = [q.speaker for q in found if q.kind == "direct"]
    assert direct == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("said", "fragments"),
    [
        # the clause of the one who offered the words, after another's statement
        (
            "Putin said Wednesday that Russia would help North Korea build satellites, after Kim "
            'Jong Un offered his "full and unconditional support" for Moscow\'s "sacred fight".',
            [
                ("full and unconditional support", "Kim Jong Un"),
                ("sacred fight", "Kim Jong Un"),
            ],
        ),
        # (past the day they did it; a day is no one)
        (
            'Russian President Vladimir Putin on Wednesday hailed a "very useful" meeting.',
            [("very useful", "Vladimir Putin")],
        ),
        (
            'Kim Jong Un kemudian memuji "kemenangan besar" Rusia.',
            [("kemenangan besar", "Kim Jong Un")],
        ),
        # or says them in a participle's clause
        (
            'The leaders met, with Kim saying Pyongyang "will always be with Russia."',
            [("will always be with Russia.", "Kim")],
        ),
        ('Putin praised the talks, calling them "very useful."', [("very useful.", "Putin")]),
    ],
)
def test_a_partial_quote_is_the_words_of_the_one_who_offered_or_praised_with_them(
    said: str, fragments: list[tuple[str, str]]
) -> None:
    found = [(q.text, q.speaker) for q in _quotes_of(said) if q.kind == "fragment"]
    assert found == fragments


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Peskov tidak menjelaskan kapan kunjungan itu akan berlangsung.", None),
        ("Peskov tak mau menyebutkan siapa saja yang hadir dalam jamuan itu.", None),
        ("Peskov belum mengatakan apakah perjanjian akan ditandatangani.", None),
        # not denied, so said
        (
            "Peskov tidak menampik bahwa kerja sama militer dibahas dalam pertemuan.",
            "kerja sama militer dibahas dalam pertemuan",
        ),
        # a negation in what was said is no negation of the saying
        (
            "Peskov mengatakan tidak ada perjanjian yang ditandatangani.",
            "tidak ada perjanjian yang ditandatangani",
        ),
    ],
)
def test_what_someone_did_not_say_is_no_statement(sentence: str, reported: str | None) -> None:
    found = _quotes_of(sentence, kind="indirect")
    assert [q.text for q in found] == ([reported] if reported else [])


def test_a_statement_after_a_dateline_in_capitals_and_a_colon_starts_after_it() -> None:
    article = article_of(
        "Putin terima jemputan Kim\n\nMOSCOW: Presiden Rusia Vladimir Putin telah menerima "
        "jemputan Kim Jong Un untuk melawat Pyongyang, kata Kremlin pada Khamis.\n"
    )
    (quote,) = extract_quotes(article)
    assert (quote.speaker, quote.start) == ("Kremlin", len("MOSCOW: "))
    assert quote.text.startswith("Presiden Rusia Vladimir Putin")


def test_a_bodys_short_form_between_its_name_and_the_verb_after_a_quote() -> None:
    article = article_of(
        "Kim invites Putin\n\nSEOUL — North Korea reported on the summit on Thursday.\n\n"
        'Putin "accepted the invitation with pleasure and reaffirmed his will to carry forward '
        'the friendship," the Korean Central News Agency (KCNA) said.\n'
    )
    assert [q.speaker for q in extract_quotes(article)] == ["KCNA"]
    assert article.cites == ["KCNA"]


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            'Peskov said "sensitive" areas of co-operation would not be made public.',
            '"sensitive" areas of co-operation would not be made public',
        ),
        (
            'Peskov said earlier that "sensitive" areas of co-operation would stay secret.',
            '"sensitive" areas of co-operation would stay secret',
        ),
        (
            'Peskov mengatakan bahwa "bidang sensitif" kerja sama tidak akan diumumkan.',
            '"bidang sensitif" kerja sama tidak akan diumumkan',
        ),
    ],
)
def test_a_statement_may_open_with_a_few_quoted_words(sentence: str, reported: str) -> None:
    (quote,) = _quotes_of(sentence, kind="indirect")
    assert (quote.speaker, quote.text) == ("Peskov", reported)


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        # "it" stands for the body or outlet a sentence before is about, never a person
        ('The Kremlin issued a statement. "The sides discussed cooperation," it said.', "Kremlin"),
        ('KCNA published a report. "The talks were very productive," it said.', "KCNA"),
        ('Putin met Kim on Wednesday. "The talks were very productive," it said.', None),
    ],
)
def test_it_said_is_the_body_a_sentence_before_is_about(said: str, speaker: str | None) -> None:
    (quote,) = _quotes_of(said)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("said", "via"),
    [
        ('According to a KCNA dispatch, Kim said: "Russia will win its sacred fight."', "KCNA"),
        ('According to the dispatch, Kim said: "Russia will win its sacred fight."', None),
    ],
)
def test_a_dispatch_a_sentence_is_according_to_is_no_speaker(said: str, via: str | None) -> None:
    (quote,) = _quotes_of(said)
    assert (quote.speaker, quote.via) == ("Kim", via)


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "reported"),
    [
        (
            ["Menurut Peskov pertemuan itu berlangsung empat jam."],
            "Peskov",
            "pertemuan itu berlangsung empat jam",
        ),
        (
            ["Budi Santoso hadir. Menurutnya pertemuan itu berlangsung empat jam."],
            "Budi Santoso",
            "pertemuan itu berlangsung empat jam",
        ),
    ],
)
def test_menurut_without_its_comma_still_names_the_source(
    paragraphs: list[str], speaker: str, reported: str
) -> None:
    (quote,) = _quotes_of(*paragraphs, kind="indirect")
    assert (quote.speaker, quote.text) == (speaker, reported)


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ('"We will always be with Russia," a visibly emotional Kim said.', "Kim"),
        ('"We will always be with Russia," a smiling Putin told reporters.', "Putin"),
        ('"We will always be with Russia," Kim was heard saying.', "Kim"),
        # (an office past its article is someone unnamed)
        ('"We will always be with Russia," a senior Kremlin official said.', None),
        ('"We will always be with Russia," a former Pentagon official said.', None),
    ],
)
def test_a_person_named_past_the_words_that_describe_them_after_a_quote(
    said: str, speaker: str | None
) -> None:
    (quote,) = _quotes_of(said)
    assert quote.speaker == speaker


def test_a_name_written_two_ways_in_an_article_is_one_speaker() -> None:
    found = _quotes_of(
        "North Korean leader Kim Jong\u2011un met Putin.",  # (a non-breaking hyphen)
        '"We will always be with Russia," Kim Jong-un said.',
        '"We will always be with Russia," said Kim Jong Un.',
    )
    assert [q.speaker for q in found] == ["Kim Jong Un", "Kim Jong Un"]
    assert all(q.office == "North Korean leader" for q in found)


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        # what an outlet reported, opening the sentence or set off in it
        (
            "Seperti dilaporkan KCNA, kedua pemimpin sepakat memperkuat kerja sama.",
            "KCNA",
            "kedua pemimpin sepakat memperkuat kerja sama",
        ),
        (
            "Pertemuan itu, seperti dilaporkan KCNA, berlangsung empat jam.",
            "KCNA",
            "Pertemuan itu, seperti dilaporkan KCNA, berlangsung empat jam",
        ),
        # (and whose words the outlet relays, when someone else speaks)
        ("Seperti dilaporkan KCNA, Kim mengatakan Rusia akan menang.", "Kim", "Rusia akan menang"),
        (
            "As reported by KCNA, the two leaders agreed to deepen cooperation.",
            "KCNA",
            "the two leaders agreed to deepen cooperation",
        ),
        # an outlet by its site's name
        (
            "Menurut Kompas.com, harga beras naik sejak pekan lalu.",
            "Kompas",
            "harga beras naik sejak pekan lalu",
        ),
        # what a document says, in the passive
        (
            "Dalam laporan KCNA disebutkan bahwa kedua pemimpin sepakat bekerja sama.",
            "KCNA",
            "kedua pemimpin sepakat bekerja sama",
        ),
        (
            "Dalam pernyataan resmi Kremlin dinyatakan kedua pemimpin membahas kerja sama.",
            "Kremlin",
            "kedua pemimpin membahas kerja sama",
        ),
        # (no one's)
        ("Seperti dilaporkan sebelumnya, harga beras naik sejak pekan lalu.", None, None),
        ("Dalam laporan itu disebutkan bahwa harga beras naik sejak pekan lalu.", None, None),
    ],
)
def test_what_an_outlet_or_a_document_reported(
    sentence: str, speaker: str | None, reported: str | None
) -> None:
    found = _quotes_of(sentence, kind="indirect")
    assert [(q.speaker, q.text) for q in found] == ([(speaker, reported)] if reported else [])


@pytest.mark.parametrize(
    ("said", "office"),
    [
        (
            '"We urge restraint," ministry spokesperson Koo Byoung-sam said.',
            "ministry spokesperson",
        ),
        (
            '"We urge restraint," said foreign ministry spokesperson Mao Ning.',
            "foreign ministry spokesperson",
        ),
        ('"We urge restraint," said the police chief John Doe.', "police chief"),
    ],
)
def test_an_english_office_keeps_its_bodys_words_in_lower_case(said: str, office: str) -> None:
    (quote,) = _quotes_of(said)
    assert quote.office == office


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        (
            "Peskov declined to comment, saying the talks were private.",
            "Peskov",
            "the talks were private",
        ),
        (
            "The Kremlin confirmed the visit, saying that Kim would arrive on Tuesday.",
            "Kremlin",
            "Kim would arrive on Tuesday",
        ),
        ("Putin laughed, saying nothing.", None, None),
    ],
)
def test_what_someone_said_doing_something_else_is_their_statement(
    sentence: str, speaker: str | None, reported: str | None
) -> None:
    found = _quotes_of(sentence, kind="indirect")
    assert [(q.speaker, q.text) for q in found] == ([(speaker, reported)] if reported else [])


def test_a_body_someone_works_at_is_given_no_office() -> None:
    (quote,) = _quotes_of(
        '"We think the bank will be in no rush," said Gareth Leather, senior Asia economist at '
        "Capital Economics.",
        "Capital Economics said in a note that it expected rates to stay on hold until mid-2024.",
        kind="indirect",
    )
    assert (quote.speaker, quote.office) == ("Capital Economics", None)
