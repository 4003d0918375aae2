from __future__ import annotations

import pytest

from conftest import SEEDS, article_of
from kimputin_cli.cleaning import classify
from kimputin_cli.quotes import extract_quotes
from kimputin_cli.reader import FileProblem, decode


def _kinds(text: str) -> dict[str, str]:
    return {b.text: b.kind for b in classify(text)}


def test_seed_boilerplate_is_kept_out_of_content() -> None:
    boilerplate = [
        "BACA JUGA: Pertemuan Vladimir Putin dan Kim Jong-un Bahas Hal-Hal Penting, Apa Saja?",
        "Baca artikel IDN Times lainnya di IDN App",
        "For",
        "You",
        "Share",
        "Editor’s Picks",
        "Topics",
        "Editorial Team",
        "Follow Us",
        "Bagikan",
        "Related Stories",
        "Terima Notifikasi Berita Terkini. 👉 Join Telegram Channel.",
        "Simak selengkapnya di halaman berikutnya.",
        "Editor: admin",
        "EditorSonya Michaella",
        "Pilihan Editor: Biden: Republik Ingin Memakzulkan Saya untuk Menutup Pemerintahan",
        "Kunjungan Presiden Korea Utara ke Rusia Membawa (Ist)",
        "Baca juga",
        "REUTERS",
        "Tulisan ini telah tayang di www.trenasia.com oleh Distika Safara Setianda",
        "Pertemuan bilateral antaar kedua negara yang berlangsung di Rusia Sumber: Rappler",
    ]
    kinds: dict[str, str] = {}
    content: list[str] = []
    for path in SEEDS.glob("*.txt"):
        for block in classify(path.read_text(encoding="utf-8")):
            kinds[block.text] = block.kind
            if block.kind == "content":
                content.append(block.text)
    for text in boilerplate:
        assert kinds[text] not in ("content", "title"), text
    assert not any("dok. Twitter" in c for c in content)  # the duplicated IDN Times caption
    assert any(c.startswith("“Putin menerima undangan") for c in content)


def test_general_patterns_on_another_outlet() -> None:
    text = (
        "Harga Cabai Naik Jelang Lebaran\n\n"
        "Pedagang cabai di Pasar Minggu. (ANTARA FOTO/Budi)\n\n"
        "JAKARTA, KOMPAS.com - Harga cabai naik dua kali lipat pekan ini.\n\n"
        "Baca juga: Harga Bawang Turun\n\n"
        "Lihat Juga: Video Pasar\n\n"
        "Pedagang mengeluhkan pasokan yang menipis.\n\n"
        "Penulis: Andi Saputra\nEditor: Rina\n\nTags\nharga cabai\n"
    )
    kinds = _kinds(text)
    assert kinds["Harga Cabai Naik Jelang Lebaran"] == "title"
    assert kinds["Pedagang cabai di Pasar Minggu. (ANTARA FOTO/Budi)"] == "caption"
    assert kinds["Baca juga: Harga Bawang Turun"] == "related"
    assert kinds["Lihat Juga: Video Pasar"] == "related"
    assert kinds["Pedagang mengeluhkan pasokan yang menipis."] == "content"
    assert kinds["Penulis: Andi Saputra"] == "credit"
    assert kinds["harga cabai"] != "content"


def test_hard_wrapped_lines_are_joined() -> None:
    text = (
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan jalan tol baru yang\n"
        "menghubungkan dua kota besar.\n"
        # a short line that ends with a comma breaks mid-sentence too: it is no sub-heading
        '"Prinsip kita jelas. Kita bersahabat dengan semua negara,\n'
        'tetapi kita tetap menghormati resolusi PBB," ujarnya.\n'
    )
    blocks = [(b.kind, b.text) for b in classify(text)]
    assert blocks == [
        (
            "content",
            "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan jalan tol baru yang "
            "menghubungkan dua kota besar.",
        ),
        (
            "content",
            '"Prinsip kita jelas. Kita bersahabat dengan semua negara, '
            'tetapi kita tetap menghormati resolusi PBB," ujarnya.',
        ),
    ]


def test_decode_bom_crlf_utf16_and_bad_bytes() -> None:
    assert decode("\ufeffHalo".encode())[0] == "Halo"
    assert decode("Halo dunia".encode("utf-16"))[0] == "Halo dunia"
    text, warnings = decode("“Kopi” café enak".encode("cp1252"))
    assert text == "“Kopi” café enak"
    assert warnings == ["not UTF-8 (invalid at byte 0), read as Windows-1252"]
    text, warnings = decode("“Kopi” di kafé \xff".encode().replace(b"\xc3\xbf", b"\xff"))
    assert text == "“Kopi” di kafé \ufffd"  # mostly UTF-8: one bad byte is replaced
    assert warnings and "invalid UTF-8 at byte 20" in warnings[0]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_without_its_byte_order_mark(codec: str) -> None:
    story = "JAKARTA - “Harga cabai naik,” kata Slamet di pasar.\r\n"
    assert decode(story.encode(codec)) == (
        story,
        ["UTF-16 without a byte order mark, read as such"],
    )


@pytest.mark.parametrize(
    "data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", b"ab\x00", b"Halo\x00dunia\x00"]
)
def test_other_bytes_with_nul_are_binary(data: bytes) -> None:
    with pytest.raises(FileProblem, match="binary file"):
        decode(data)


@pytest.mark.parametrize(
    ("meta", "encoding"),
    [
        ('<meta charset="windows-1251">', "cp1251"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252"),
    ],
)
def test_decode_html_in_the_charset_it_declares(meta: str, encoding: str) -> None:
    page = f"<html><head>{meta}</head><body><p>“Привет” café</p></body></html>"
    data = page.encode(encoding, errors="ignore")
    text, warnings = decode(data, html=True)
    assert text == data.decode(encoding) and not warnings
    assert decode(data)[1]  # the same bytes as plain text: not UTF-8, warned about


def test_header_date_lines_photo_credits_and_closing_credits() -> None:
    kompas = classify(
        "Jokowi Minta Menteri Tak Bicara soal Capres\n\n"
        "Kompas.com - 04/10/2023, 14:20 WIB\n\n"
        "Presiden Joko Widodo (Jokowi) saat memberikan keterangan di Istana Merdeka, Jakarta, "
        "Rabu (4/10/2023).\n\n"
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo meminta para menteri fokus bekerja.\n\n"
        "Ilustrasi. (CNN Indonesia/Adi Maulana)\n\n"
        "Baca juga:\n\n"
        "Jokowi Bertemu Prabowo di Istana\n\n"
        "Menurut Jokowi, masyarakat menunggu hasil kerja pemerintah.\n\n"
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.\n"
    )
    assert [b.kind for b in kompas] == [
        "title",
        "preamble",
        "preamble",
        "content",
        "caption",
        "related",
        "related",
        "content",
        "promo",
    ]
    reuters = classify(
        "Ukraine says it downed drones\n\nBy Pavel Polityuk\n\n"
        "KYIV, Oct 3 (Reuters) - Ukraine's air force said it had destroyed 29 drones.\n\n"
        "Reporting by Pavel Polityuk; Editing by Mark Heinrich\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )
    assert [b.kind for b in reuters] == ["title", "credit", "content", "credit", "credit"]
    detik = classify(
        "Kamis, 05 Okt 2023 14:02 WIB\n\nAnies Baswedan Tanggapi Putusan MK\n\n"
        "Tim detikcom - detikNews\n\nJakarta - Bakal capres Anies Baswedan menanggapi putusan.\n\n"
        "Anies mengatakan pihaknya menghormati putusan tersebut.\n"
    )
    assert [b.kind for b in detik][:2] == ["preamble", "title"]


def test_more_promotions_credits_and_copyright() -> None:
    blocks = classify(
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan jembatan baru di kota itu.\n\n"
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari "
        'bergabung di Grup Telegram "Kompas.com News Update", caranya klik link, kemudian join.'
        '\n\nSimak Video "Jokowi Resmikan Jembatan"\n\nLoading...\n\n'
        "Laporan wartawan Tribunnews.com, Rina Ayu\n\n(wia)\n\nhnpark@heraldcorp.com\n\n"
        "(Rahman Asmardika)\n\nCopyright © 2023 Kompas.com\n\n"
        "Berita lain yang tidak termasuk artikel ini sama sekali.\n"
    )
    assert [b.kind for b in blocks] == [
        "content",
        "promo",
        "promo",
        "promo",
        "credit",
        "credit",
        "credit",  # the writer's e-mail address alone
        "credit",  # and name alone, in brackets
        "credit",
        "footer",
    ]


@pytest.mark.parametrize(
    ("credit", "byline", "editor"),
    [
        ("Red: Joko Sadewo", None, "Joko Sadewo"),
        ("Rep: Rizky Suryarandika/ Red: Ratna Puspita", "Rizky Suryarandika", "Ratna Puspita"),
        (
            "Penulis : Nicholas Ryan Aditya | Editor : Ihsanuddin",
            "Nicholas Ryan Aditya",
            "Ihsanuddin",
        ),
        ("Writer: Jane Doe | Editor: John Roe", "Jane Doe", "John Roe"),
        (
            "Reporter: Dina Hutauruk; Editor: Wahyu T.Rahmawati",
            "Dina Hutauruk",
            "Wahyu T.Rahmawati",
        ),
        ("By Ji Da-gyum (dagyumji@heraldcorp.com)", "Ji Da-gyum", None),
        ("BY SARAH KIM [kim.sarah@joongang.co.kr]", "Sarah Kim", None),  # Korea JoongAng Daily
        ("Reporter: Dina Hutauruk (dina@kontan.co.id) | Editor: Wahyu", "Dina Hutauruk", "Wahyu"),
        (  # a feed's <br>s read as spaces
            "Pewarta: Yuni Arisandy Editor: Atman Ahdiat COPYRIGHT © ANTARA 2023",
            "Yuni Arisandy",
            "Atman Ahdiat",
        ),
    ],
)
def test_credits_sharing_a_line_give_byline_and_editor(
    credit: str, byline: str | None, editor: str | None
) -> None:
    article = article_of(
        f"JAKARTA, KOMPAS.com - Harga cabai rawit naik lagi hari ini di pasar induk.\n\n{credit}\n"
    )
    assert [b.kind for b in article.blocks] == ["content", "credit"]
    assert (article.byline, article.editor) == (byline, editor)


def test_read_more_and_app_footers_are_no_content() -> None:
    kinds = _kinds(
        "Jakarta - Harga cabai rawit naik lagi hari ini di pasar induk Kramat Jati.\n\n"
        'Baca artikel detiknews, "Harga Cabai Naik Lagi" selengkapnya '
        "https://news.detik.com/berita/d-6969696/harga-cabai-naik-lagi.\n\n"
        'Baca artikel CNN Indonesia "Harga Cabai Naik" selengkapnya di sini: '
        "https://www.cnnindonesia.com/ekonomi/20231003/harga-cabai.\n\n"
        "Download Apps CNN Indonesia sekarang https://app.cnnindonesia.com/\n\n"
        "Dapatkan berita terbaru setiap hari langsung di WhatsApp Anda.\n\n"
        "Ikuti perkembangan berita lainnya di kumparanNEWS.\n\n"
        "Ikuti kumparan untuk mendapatkan update berita terbaru.\n\n"
        "Follow Tempo English for the latest news from Indonesia.\n\n"
        "Warga diminta mengunduh aplikasi pasar daring milik pemerintah daerah.\n"
    )
    assert list(kinds.values()) == ["content"] + ["promo"] * 7 + ["content"]


def test_page_furniture_and_related_links_inside_paragraphs_are_no_content() -> None:
    blocks = classify(
        "JAKARTA, KOMPAS.com - Harga cabai rawit naik lagi hari ini di pasar induk.\n\n"
        "SCROLL TO RESUME CONTENT\n\n"
        '"Permintaan tinggi menjelang Lebaran," kata pedagang, Slamet. Baca Juga: Harga Beras '
        "Turun di Pasar Induk\n\nHalaman:\n1\n2\nSelanjutnya\n\n"
        "Pemerintah akan menggelar operasi pasar. (Baca juga: Operasi Pasar Digelar) Stok aman.\n\n"
        "Dengarkan artikel ini\n00:00\nLihat Foto\n\nTag: harga cabai, pasar induk\n"
    )
    content = [b.text for b in blocks if b.kind == "content"]
    assert content == [
        "JAKARTA, KOMPAS.com - Harga cabai rawit naik lagi hari ini di pasar induk.",
        '"Permintaan tinggi menjelang Lebaran," kata pedagang, Slamet.',
        "Pemerintah akan menggelar operasi pasar. Stok aman.",
    ]
    related = [b.text for b in blocks if b.kind == "related"]
    assert related == [
        "Baca Juga: Harga Beras Turun di Pasar Induk",
        "(Baca juga: Operasi Pasar Digelar)",
    ]
    kinds = {b.text: b.kind for b in blocks}
    assert {kinds[t] for t in ("Halaman:", "1", "Selanjutnya", "00:00", "Lihat Foto")} == {"nav"}
    assert kinds["SCROLL TO RESUME CONTENT"] == "promo"
    assert kinds["Tag: harga cabai, pasar induk"] in ("nav", "footer")


def test_a_paragraph_closed_by_the_editors_initials_is_content() -> None:
    """JPNN closes its last paragraph with the source's and the editor's initials: "(ant/jpnn)"
    is no photo credit (nor part of the paragraph), and the quote in that paragraph is kept."""
    blocks = classify(
        "Putin Terima Undangan Kim\n\n"
        "jpnn.com, MOSKOW - Presiden Rusia Vladimir Putin menerima undangan Kim Jong Un.\n\n"
        "“Putin menerima undangan itu dengan rasa terima kasih,” kata Peskov kepada wartawan, "
        "Kamis (14/9). (ant/jpnn)\n\n"
        "Kim Jong Un di Vladivostok. (Antara/Reuters)\n"
    )
    assert [b.kind for b in blocks] == ["title", "content", "content", "credit", "caption"]
    assert blocks[2].text.endswith("Kamis (14/9).")


def test_rules_and_the_mark_that_ends_a_story_are_no_text() -> None:
    """Pikiran Rakyat sets "***" between parts and after the last sentence: a rule is page
    furniture, and the mark after a sentence goes (it made the paragraph a sub-heading)."""
    blocks = classify(
        "Kim Pulang ke Pyongyang\n\n"
        "PIKIRAN RAKYAT - Pemimpin Korea Utara Kim Jong Un meninggalkan Rusia pada Minggu.\n\n"
        "***\n\n"
        "Menurut kantor berita KCNA, Kim berterima kasih kepada Putin.\n\n"
        "* * *\n\n"
        "Pengamat menilai kunjungan itu memperkuat posisi tawar Pyongyang.***\n"
    )
    assert [(b.kind, b.text) for b in blocks][2:] == [
        ("nav", "***"),
        ("content", "Menurut kantor berita KCNA, Kim berterima kasih kepada Putin."),
        ("nav", "* * *"),
        ("content", "Pengamat menilai kunjungan itu memperkuat posisi tawar Pyongyang."),
    ]


def test_the_aps_captions_and_closing_credits_are_no_content() -> None:
    blocks = classify(
        "Kim and Putin discuss military matters\n\n"
        "FILE - North Korean leader Kim Jong Un, left, and Russian President Vladimir Putin "
        "shake hands at the Vostochny cosmodrome, Wednesday, Sept. 13, 2023. (Vladimir Smirnov, "
        "Sputnik, Kremlin Pool Photo via AP)\n\n"
        "SEOUL, South Korea (AP) — Kim Jong Un told Vladimir Putin that his country will always "
        "support Moscow.\n\n"
        "Kim shook hands with Putin at the spaceport. (Putin's photo was shown on TV.)\n\n"
        "___\n\n"
        "Heintz reported from Tallinn, Estonia. Associated Press writer Matthew Lee in "
        "Washington contributed to this report.\n"
    )
    kinds = [b.kind for b in blocks]
    assert kinds[1:3] == ["caption", "content"]
    assert kinds[-1] == "credit"
    assert [b.text for b in blocks if b.kind == "content"][-1].startswith("Kim shook hands")


_STORY_HEAD = (
    "Jokowi Minta Harga Beras Dijaga Stabil\n\n"
    "Jakarta, 14 September 2023 - Presiden Joko Widodo meminta para menteri menjaga harga beras "
    "tetap stabil menjelang akhir tahun.\n\n"
    '"Saya minta harga beras dijaga, jangan sampai naik terus," kata Jokowi di Istana, Kamis.\n\n'
)
_STORY_REST = (
    "Menurut Jokowi, pemerintah telah menyiapkan cadangan beras sebanyak 1,5 juta ton.\n\n"
    '"Stoknya cukup, jadi masyarakat tidak perlu khawatir," ujarnya.\n\n'
    "Baca Juga: Bulog Impor Beras dari Thailand\n\n"
    "Pemerintah juga akan memantau harga di seluruh provinsi setiap hari.\n"
)


def test_the_story_goes_on_under_a_box_of_related_links_set_into_it() -> None:
    article = article_of(
        _STORY_HEAD + "Berita Terkait\nHarga Beras Naik Lagi, Pedagang Mengeluh\n"
        "Bulog Siapkan Operasi Pasar di 20 Provinsi\n\n" + _STORY_REST
    )
    assert len(article.paragraphs) == 5
    assert article.paragraphs[-1].startswith("Pemerintah juga akan memantau")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] == ["Jokowi"] * 2


@pytest.mark.parametrize(
    "footer",
    [
        # teasers: a headline and its summary each
        "Berita Terkait\nHarga Beras Naik Lagi, Pedagang Mengeluh\nPedagang di Pasar Induk "
        "mengeluhkan harga beras yang terus naik.\nBulog Siapkan Operasi Pasar\n"
        '"Kami siap menggelontorkan beras ke pasar," kata Budi Waseso.\n',
        # another story's lead
        "Berita Terkait\n\nJAKARTA - Pedagang di Pasar Induk mengeluhkan harga beras yang terus"
        ' naik.\n\n"Kami siap menggelontorkan beras ke pasar," kata Budi Waseso.\n',
        # one paragraph under the links, and comments
        "Berita Terkait\n\nPedagang mengeluhkan harga beras yang terus naik.\n",
        "Berita Terkait\n\nKomentar (2)\n\nBudi: Mantap sekali, Pak.\n\nAni: Setuju.\n",
    ],
)
def test_related_links_under_the_story_still_end_it(footer: str) -> None:
    article = article_of(_STORY_HEAD + footer)
    assert len(article.paragraphs) == 2
    assert [q.speaker for q in extract_quotes(article)] == ["Jokowi"]


def test_share_buttons_and_a_text_size_control_set_into_the_story_end_nothing() -> None:
    article = article_of(
        _STORY_HEAD + "Share This Article\n\nChange Size\n\n"
        "Pemerintah juga akan memantau harga di seluruh provinsi setiap hari.\n\n"
        "Topics :\n\nBeras Bulog Jokowi\n"
    )
    assert [p.split()[0] for p in article.paragraphs] == ["Jakarta,", '"Saya', "Pemerintah"]


def test_a_pages_skip_link_player_share_buttons_and_cookie_banner_are_no_story() -> None:
    article = article_of(
        "Skip to main content\n\nAdvertisement\n\nKim Jong Un meets Putin at Russian spaceport"
        "\n\nListen to this article\n\n4 min\n\nCopy link\n\nShare on Facebook\n\n"
        "Share on X\n\nBy Anna Smith\n\nSeptember 13, 2023\n\nMOSCOW — Russian President "
        "Vladimir Putin met North Korean leader Kim Jong Un on Wednesday.\n\n"
        '"I am very glad to see you," Putin told Kim as they shook hands.\n\n'
        "We use cookies to improve your experience. By continuing, you agree to our Cookie "
        "Policy.\n\nSitus ini menggunakan cookie untuk pengalaman terbaik.\n\n3 min read\n\n"
        "Want more stories like this? Sign up for the NK News newsletter.\n"
    )
    assert article.title == "Kim Jong Un meets Putin at Russian spaceport"
    assert [p.split()[0] for p in article.paragraphs] == ["MOSCOW", '"I']


@pytest.mark.parametrize("sign_off", ["Enditem", "-0-", "(END)", "(ita/ita)"])
def test_a_sign_off_run_into_the_last_paragraph_is_no_part_of_it(sign_off: str) -> None:
    article = article_of(
        "Kim Holds Talks with Putin\n\nMOSCOW, Sept. 13 (Xinhua) -- Russian President Vladimir "
        "Putin held talks with Kim Jong Un on Wednesday.\n\nKim said that the government would "
        f"always support Russia. {sign_off}\n"
    )
    assert article.paragraphs[-1] == "Kim said that the government would always support Russia."
    (quote,) = extract_quotes(article)
    assert quote.text == "the government would always support Russia"


def test_a_call_to_read_more_on_the_stories_topics_ends_it() -> None:
    article = article_of(
        _STORY_HEAD + "Simak berita lainnya seputar topik artikel ini, di sini:\n\n"
        "Joko Widodo\n\nHarga Beras\n"
    )
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize("label", ["More on this story", "You may also like"])
def test_a_list_of_more_stories_under_the_story_is_no_part_of_it(label: str) -> None:
    article = article_of(_STORY_HEAD + f"{label}\n\nKim Jong Un's armoured train\n")
    assert len(article.paragraphs) == 2


def test_a_list_of_trending_stories_under_the_story_ends_it() -> None:
    article = article_of(
        _STORY_HEAD + "Trending Now\n\nLihat semua\n\nHarga Emas Hari Ini Turun Tipis\n"
    )
    assert len(article.paragraphs) == 2


def test_a_related_links_headline_run_into_the_story_gives_the_story_back() -> None:
    blocks = classify(
        "JAKARTA - Putin menyambut Kim di Vostochny. BACA JUGA: Kim Jong Un Tiba di Rusia Naik "
        "Kereta Lapis Baja Pertemuan berlangsung selama empat jam, kata Peskov.\n\n"
        "Kim juga mengundang Putin. (Baca: Putin Terima Undangan Kim)\n\n"
        # a headline in sentence case, or with no sentence after it, stays the link it is
        "Baca juga: Kim Jong Un tiba di Rusia dengan kereta lapis baja\n\n"
        "Baca juga: Putin Sambut Kim di Vostochny. Kim kemudian meninjau peluncuran roket.\n\n"
        # (the cue run into the headline)
        "BACA JUGA:Kim Pulang Kereta itu melaju ke arah Pyongyang pada pagi hari.\n\n"
        # a quote that opens the story's sentence
        "Baca juga: Kim Jong Un Naik Kereta Lapis Baja “Kami siap membantu,” kata Putin.\n"
    )
    assert [(b.kind, b.text) for b in blocks if b.kind in ("content", "related")] == [
        ("content", "JAKARTA - Putin menyambut Kim di Vostochny."),
        ("related", "BACA JUGA: Kim Jong Un Tiba di Rusia Naik Kereta Lapis Baja"),
        ("content", "Pertemuan berlangsung selama empat jam, kata Peskov."),
        ("content", "Kim juga mengundang Putin."),
        ("related", "(Baca: Putin Terima Undangan Kim)"),
        ("related", "Baca juga: Kim Jong Un tiba di Rusia dengan kereta lapis baja"),
        ("related", "Baca juga: Putin Sambut Kim di Vostochny."),
        ("content", "Kim kemudian meninjau peluncuran roket."),
        ("related", "BACA JUGA:Kim Pulang"),
        ("content", "Kereta itu melaju ke arah Pyongyang pada pagi hari."),
        ("related", "Baca juga: Kim Jong Un Naik Kereta Lapis Baja"),
        ("content", "“Kami siap membantu,” kata Putin."),
    ]


@pytest.mark.parametrize(
    ("text", "paragraphs", "people_and_date"),
    [
        (
            "KYIV, Oct 3 (Reuters) - Ukraine's air force said it had destroyed 29 drones "
            "overnight.\n\nSign up here.\n\n"
            '"We shot down 29 of 31 drones," the air force said on Telegram.\n\n'
            "Read more:\nUkraine says it downed drones\n\nRELATED COVERAGE\n"
            "Russia says it repelled attack\n\nSign up for our newsletter to get the latest "
            "news.\n\nShare this article\n\n(Reporting by Pavel Polityuk; Editing by Mark "
            "Heinrich)\n\nOur Standards: The Thomson Reuters Trust Principles.\n",
            [
                "KYIV, Oct 3 (Reuters) - Ukraine's air force said it had destroyed 29 drones "
                "overnight.",
                '"We shot down 29 of 31 drones," the air force said on Telegram.',
            ],
            ("Pavel Polityuk", "Mark Heinrich", None),  # a dateline without its year
        ),
        # a share button over the byline of a story without a dateline ends nothing
        (
            "Kim Jong Un vows 'full support' for Putin\n\n13 September 2023\n\nShare\n\n"
            "Image source, Reuters\n\nBy Frances Mao\n\nBBC News\n\n"
            "North Korean leader Kim Jong Un has told Vladimir Putin that Russia will win.\n\n"
            '"That\'s why we came here," Mr Putin said.\n\nRelated Topics\n\nNorth Korea\n\n'
            "Russia\n",
            [
                "North Korean leader Kim Jong Un has told Vladimir Putin that Russia will win.",
                '"That\'s why we came here," Mr Putin said.',
            ],
            ("Frances Mao", None, "2023-09-13"),
        ),
    ],
)
def test_english_page_furniture_is_no_content(
    text: str, paragraphs: list[str], people_and_date: tuple[str, str | None, str | None]
) -> None:
    article = article_of(text)
    assert article.paragraphs == paragraphs
    assert (article.byline, article.editor, article.date) == people_and_date


def test_the_next_story_link_and_a_sign_up_footer_are_no_content() -> None:
    article = article_of(
        "MOSKOW - Juru bicara Kremlin Dmitry Peskov mengatakan tidak ada perjanjian yang "
        "diteken.\n\nNext Article\nKim Jong Un Pulang, Ini Oleh-oleh dari Putin\n\n"
        "Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya dengan satu "
        "akun di ORION, daftar sekarang dengan klik disini dan nantikan kejutan menarik lainnya\n"
    )
    assert article.paragraphs == [
        "MOSKOW - Juru bicara Kremlin Dmitry Peskov mengatakan tidak ada perjanjian yang diteken."
    ]


def test_a_news_apis_truncation_mark_is_no_text() -> None:
    article = article_of(
        'JAKARTA, KOMPAS.com - Presiden Rusia Vladimir Putin menerima undangan. "Kami akan '
        'datang," kata Putin. … [+2345 chars]'
    )
    assert article.paragraphs == [
        'JAKARTA, KOMPAS.com - Presiden Rusia Vladimir Putin menerima undangan. "Kami akan '
        'datang," kata Putin.'
    ]


def test_detik_player_page_count_and_ad_switch_are_no_content() -> None:
    kinds = _kinds(
        "Jakarta - Presiden Joko Widodo meresmikan jembatan baru di Bekasi hari ini.\n\n"
        "[Gambas:Video 20detik]\n\nHalaman 2 dari 3\n\nPage 3 of 3\n\n(rdp/imk)\n\nHide Ads\n"
    )
    assert list(kinds.values()) == ["content", "promo", "nav", "nav", "credit", "promo"]


def test_ad_free_offers_and_partnership_notes_are_no_content() -> None:
    kinds = _kinds(
        "KOMPAS.com - Harga beras naik di pasar induk Jakarta hari ini.\n\n"
        "Baca berita tanpa iklan, gabung Kompas.com+\n\n"
        "Artikel ini merupakan bagian dari Lestari KG Media.\n\n"
        "Konten ini adalah hasil kerja sama dengan Bank Mandiri.\n\n"
        "Berita ini merupakan pukulan bagi petani yang gagal panen.\n"
    )
    assert list(kinds.values()) == ["content", "promo", "promo", "promo", "content"]


def test_embedded_posts_leave_no_content() -> None:
    kinds = _kinds(
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo mengunggah foto kunjungannya ke Bekasi.\n\n"
        "— Joko Widodo (@jokowi) October 2, 2023\n\nUnggahan itu disukai ribuan warganet.\n\n"
        "View this post on Instagram\n\nA post shared by Joko Widodo (@jokowi)\n"
    )
    assert list(kinds.values()) == ["content", "caption", "content", "caption", "caption"]


def test_picture_labels_video_links_and_agency_credits_are_no_content() -> None:
    kinds = _kinds(
        "Kim Jong Un bertemu Putin\n\nSumber gambar, Reuters\n\n"
        "Keterangan gambar, Kim Jong Un dan Vladimir Putin berjabat tangan di Vostochny.\n\n"
        "Pemimpin Korea Utara Kim Jong Un tiba di Rusia dengan kereta lapis baja.\n\n"
        "Gambar: Vladimir Smirnov/AP/picture alliance\n\n"
        "Video: Kim Jong Un Tiba di Rusia\n\n"
        "ha/as (Reuters, AFP, dpa)\n"
    )
    assert list(kinds.values()) == [
        "title",
        "caption",
        "caption",
        "content",
        "caption",
        "related",
        "credit",
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(tirto.id - Politik)", "credit"),  # the site and its desk, as Tirto closes a story
        ("(detik.com - Internasional)", "credit"),
        ("(Putin - Kim)", "content"),
    ],
)
def test_a_site_and_its_desk_closing_a_story_is_a_credit(line: str, kind: str) -> None:
    kinds = _kinds(f"JAKARTA - Kim Jong Un tiba di Rusia dengan kereta lapis baja.\n\n{line}\n")
    assert list(kinds.values()) == ["content", kind]


def test_no_break_and_thin_spaces_are_plain_spaces() -> None:
    """A page's no-break spaces around the dateline's dash hid the dateline, and with it the
    subject of the lead's reported speech."""
    article = article_of(
        "JAKARTA,\u00a0KOMPAS.com\u00a0-\u00a0Presiden Joko Widodo mengatakan harga beras "
        "akan\u202fturun.\n"
    )
    assert article.paragraphs == [
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo mengatakan harga beras akan turun."
    ]
    assert [(q.speaker, q.text) for q in extract_quotes(article)] == [
        ("Joko Widodo", "harga beras akan turun")
    ]


def test_pagination_is_page_furniture() -> None:
    kinds = _kinds(
        "JAKARTA - Presiden Joko Widodo meresmikan jembatan baru di Bekasi hari ini.\n\n"
        "Halaman Selanjutnya >>>\n\nHalaman: 1 2 3\n\nNext page »\n\nPage: 1 2 Next\n\n"
        "Selanjutnya, Presiden meninjau pasar di dekat jembatan itu.\n"
    )
    assert list(kinds.values()) == ["content", "nav", "nav", "nav", "nav", "content"]


def test_a_list_of_links_under_its_label_and_an_assistance_credit_are_no_content() -> None:
    kinds = _kinds(
        "(Bloomberg) -- Vladimir Putin welcomed Kim Jong Un to Russia's most modern spaceport."
        "\n\nMost Read from Bloomberg\nApple Unveils iPhone 15\nStocks Slip Ahead of CPI\n\n"
        "Putin told Russian state TV he would help North Korea build satellites.\n\n"
        "--With assistance from Jane Foy.\n"
    )
    assert list(kinds.values()) == ["content", "related", "related", "related", "content", "credit"]


def test_a_sentence_opening_with_produced_by_is_no_credit() -> None:
    kinds = _kinds("Produced by local farmers, the rice sells well.\n\nEdited by Jane Doe\n")
    assert list(kinds.values()) == ["content", "credit"]


def test_a_story_saved_twice_over_is_read_once() -> None:
    story = (
        "JAKARTA, KOMPAS.com - Harga beras naik lagi pekan ini di pasar induk Cipinang.\n\n"
        '"Kami belum bisa menurunkan harga dalam waktu dekat," kata pedagang, Slamet.\n\n'
        "Siap!\n\n"
    )
    twice = article_of(story + story)
    once = article_of(story)
    assert twice.paragraphs == [*once.paragraphs, "Siap!"]  # a short line may come again
    assert [b.kind for b in twice.blocks].count("repeat") == 2
    assert len(extract_quotes(twice)) == 1


def test_a_site_menu_over_the_story_is_navigation() -> None:
    menu = "\n\n".join(
        ["Home", "News", "Nasional", "Internasional", "Ekonomi", "Olahraga", "Login"]
    )
    article = article_of(
        f"{menu}\n\nPutin Terima Undangan Kim Jong Un\n\nKamis, 14 Sep 2023 08:30 WIB\n\n"
        "JAKARTA, KOMPAS.com - Presiden Rusia Vladimir Putin menerima undangan Kim Jong Un.\n"
    )
    assert (article.title, article.outlet, article.date) == (
        "Putin Terima Undangan Kim Jong Un",
        "Kompas",
        "2023-09-14",
    )
    assert [b.kind for b in article.blocks][:7] == ["nav"] * 7
    assert article.paragraphs == [
        "JAKARTA, KOMPAS.com - Presiden Rusia Vladimir Putin menerima undangan Kim Jong Un."
    ]


def test_a_breadcrumb_over_the_story_and_its_tags_under_it_are_no_part_of_it() -> None:
    article = article_of(
        "Home > Internasional > Asia\n"
        "Kim Jong Un Tiba di Rusia, Disambut Karpet Merah\n"
        "Selasa, 12 Sep 2023 14:20 WIB\n"
        "Vladivostok - Pemimpin Korea Utara Kim Jong Un tiba di Rusia, Selasa (12/9/2023).\n"
        "Kunjungan ini merupakan yang pertama bagi Kim ke luar negeri sejak 2019.\n"
        "(ita/ita)\n"
        "Kim Jong Un\nVladimir Putin\nRusia\nKorea Utara\n"
    )
    assert article.title == "Kim Jong Un Tiba di Rusia, Disambut Karpet Merah"
    assert article.blocks[0].kind == "nav"
    assert len(article.paragraphs) == 2
    assert [b.kind for b in article.blocks][-4:] == ["footer"] * 4
    # a story's own short closing lines are kept when they are fewer than a list of tags
    kept = article_of(
        "JAKARTA - Harga cabai naik dua kali lipat pekan ini di Pasar Induk Kramat Jati.\n"
        "Pedagang mengeluh.\nPembeli berkurang\n"
    )
    assert kept.paragraphs[-1] == "Pembeli berkurang"


def test_a_paragraph_broken_by_an_advertisement_is_one_again() -> None:
    article = article_of(
        "JAKARTA, KOMPAS.com - Presiden Rusia Vladimir Putin tiba di Vostochny.\n\n"
        '"Kami siap membantu teman-teman kami di Korea Utara\n\n'
        "ADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT\n\n"
        'dalam membangun satelit mereka," kata Putin.\n\n'
        "Baca juga: Kim Jong Un Tiba di Vladivostok\n\n"
        "iNews.id - Kalimat ini berdiri sendiri.\n"
    )
    assert article.paragraphs[1:] == [
        '"Kami siap membantu teman-teman kami di Korea Utara dalam membangun satelit mereka," '
        "kata Putin.",
        "iNews.id - Kalimat ini berdiri sendiri.",
    ]
    assert [b.kind for b in article.blocks].count("promo") == 2  # kept, after the paragraph
    (quote,) = extract_quotes(article)
    assert quote.speaker == "Vladimir Putin"


def test_the_writers_name_in_capitals_under_the_story_is_a_credit() -> None:
    blocks = classify(
        "TEMPO.CO, Jakarta - Juru bicara Kemlu mengatakan Jakarta memantau situasi.\n\n"
        "LANGKAH BERIKUTNYA\n\n"  # a sub-heading in capitals inside the story stays one
        "Ia juga mengatakan kedutaan di Pyongyang beroperasi seperti biasa.\n\n"
        "DANIEL A. FAJRI\n"
    )
    assert [b.kind for b in blocks] == ["content", "heading", "content", "credit"]


def test_a_photo_story_is_told_in_its_captions() -> None:
    article = article_of(
        "FOTO: Momen Kim Jong Un Bertemu Putin di Kosmodrom Vostochny\n"
        "Rabu, 13 Sep 2023 19:05 WIB\n"
        "1\n"
        "Presiden Rusia Vladimir Putin berjabat tangan dengan Kim Jong Un di Kosmodrom "
        "Vostochny. (Foto: Vladimir Smirnov/Sputnik via AP)\n"
        "2\n"
        'Kedua pemimpin menandatangani buku tamu. "Saya yakin kita akan bertemu lagi," tulis '
        "Kim dalam buku tamu tersebut. (Foto: AFP)\n"
    )
    assert article.title == "FOTO: Momen Kim Jong Un Bertemu Putin di Kosmodrom Vostochny"
    assert [p[:30] for p in article.paragraphs] == [
        "Presiden Rusia Vladimir Putin ",
        "Kedua pemimpin menandatangani ",
    ]
    # in a story with paragraphs of its own, captions stay captions; a credit stays a credit
    story = article_of(
        "Foto: Reuters\n"
        "JAKARTA - Presiden Rusia Vladimir Putin menerima Kim Jong Un di kosmodrom.\n"
        "Kim Jong Un tiba di kosmodrom. (Foto: AFP)\n"
    )
    assert [b.kind for b in story.blocks] == ["credit", "content", "caption"]


def test_the_note_on_a_story_in_print_is_a_credit() -> None:
    blocks = classify(
        "WASHINGTON - Kim Jong Un met Vladimir Putin on Wednesday.\n\n"
        "A version of this article appears in print on Sept. 14, 2023, Section A, Page 1 of the "
        "New York edition with the headline: Kim and Putin Meet at Russian Spaceport.\n"
    )
    assert [b.kind for b in blocks] == ["content", "credit"]


def test_an_advertisements_marker_inside_a_paragraph_goes_and_the_paragraph_stays() -> None:
    blocks = classify(
        "Putin Sambut Kim\n\n"
        "Jakarta - Putin menyambut Kim di Vostochny. ADVERTISEMENT SCROLL TO CONTINUE WITH "
        "CONTENT “Kami siap membantu,” kata Putin.\n\n"
        "Kim tiba dengan kereta. Advertisement Ia disambut meriah.\n\n"
        # prose about an advertisement is prose
        "Iklan itu disebut Advertisement revenue oleh media asing.\n\n"
        "ADVERTISEMENT\n"
    )
    assert [(b.kind, b.text) for b in blocks[1:]] == [
        (
            "content",
            "Jakarta - Putin menyambut Kim di Vostochny. “Kami siap membantu,” kata Putin.",
        ),
        ("content", "Kim tiba dengan kereta. Ia disambut meriah."),
        ("content", "Iklan itu disebut Advertisement revenue oleh media asing."),
        ("promo", "ADVERTISEMENT"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Silakan klik di sini untuk mendaftar,” kata Budi Santoso.",
        "“Kami menayangkan berita tanpa iklan,” kata Budi Santoso.",
        "Menurut Budi, berita itu tersebar di Google News dan WhatsApp.",
    ],
)
def test_a_promotions_words_in_a_sentence_that_says_who_spoke_are_the_storys(
    sentence: str,
) -> None:
    blocks = classify(f"Putin Sambut Kim\n\nJakarta - Putin menyambut Kim.\n\n{sentence}\n")
    assert [b.kind for b in blocks] == ["title", "content", "content"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hak cipta lagu itu dimiliki Kim, kata Peskov.",
        "Copyright law in Russia differs, Peskov said.",
        "Pilihan editor kali ini jatuh pada Kim, kata Peskov.",
    ],
)
def test_a_sentence_that_says_who_spoke_is_no_credit_nor_link_and_ends_nothing(
    sentence: str,
) -> None:
    # opening as a credit or a related-links heading does, it had ended the story there
    blocks = classify(
        f"Putin Sambut Kim\n\nJakarta - Putin menyambut Kim.\n\n{sentence}\n\n"
        "Kim pulang ke Pyongyang pada Jumat malam.\n"
    )
    assert [b.kind for b in blocks] == ["title", "content", "content", "content"]


def test_a_non_breaking_hyphen_is_a_plain_hyphen() -> None:
    article = article_of("SEOUL - North Korean leader Kim Jong\u2011un met Putin.\n")
    assert article.paragraphs == ["SEOUL - North Korean leader Kim Jong-un met Putin."]
