from __future__ import annotations

import csv
import datetime
import decimal
import gzip
import io
import itertools
import json
import os
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, SEEDS, Invoke, jsonl, write_article
from kimputin_cli import corpus as corpus_module
from kimputin_cli import reader
from kimputin_cli.corpus import UNFINISHED, open_corpus

STORY = (
    "JAKARTA, KOMPAS.com - Harga cabai di Pasar Minggu naik dua kali lipat pekan ini.\n\n"
    "“Pasokan dari petani berkurang karena hujan,” kata pedagang, Siti Aminah.\n\n"
    "Pemerintah berjanji menambah pasokan dari daerah lain dalam waktu dekat ini.\n"
)
HTML = """<html><head><title>Harga Cabai Naik - Kompas</title>
<meta property="og:site_name" content="KOMPAS.com">
<meta property="og:title" content="Harga Cabai Naik Jelang Lebaran">
<meta property="article:published_time" content="2024-03-02T10:00:00+07:00">
<meta name="author" content="Andi Saputra">
<link rel="canonical" href="https://www.kompas.com/read/2024/03/02/harga-cabai"></head>
<body><nav>Home Berita Olahraga</nav><article><h1>Harga Cabai Naik Jelang Lebaran</h1>
<p>JAKARTA, KOMPAS.com - Harga cabai di Pasar Minggu naik dua kali lipat pekan ini.</p>
<p>“Pasokan dari petani berkurang karena hujan,” kata pedagang, Siti Aminah.</p>
<p>Pemerintah berjanji menambah pasokan dari daerah lain dalam waktu dekat ini.</p>
</article><footer>Hak cipta dilindungi</footer></body></html>"""


def _export(path: Path) -> None:
    rows = [
        {
            "title": "Timnas Menang",
            "source": "Bola.net",
            "published": "2024-01-05T08:00:00Z",
            "url": "https://bola.net/1",
            "body": "“Kami bermain dengan hati,” kata pelatih Shin Tae-yong usai laga.",
            "section": "olahraga",
        },
        {
            "title": "Rupiah Menguat",
            "outlet": "Kontan",
            "date": "2024-01-06",
            "text": "Rupiah menguat terhadap dolar AS pada perdagangan Sabtu pagi.",
        },
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(1, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    write_article(root, "2024/maret/cabai.txt", STORY)
    write_article(root, "web/cabai.html", HTML)
    write_article(
        root, "web/other.html", HTML.replace("cabai", "bawang").replace("Cabai", "Bawang")
    )
    (root / "exports").mkdir()
    _export(root / "exports/feed.jsonl")
    write_article(root, "notes/readme.doc", "not an article")
    return root


def test_many_kinds_of_skipped_files_are_named_a_few(kp: Invoke, tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "JAKARTA - Harga cabai naik lagi hari ini.\n")
    for n in range(12):
        for copy in range(12 - n):  # .k0 twelve times, .k1 eleven …
            (tmp_path / f"f{n}-{copy}.k{n}").write_bytes(b"x")
    result = kp("index", str(tmp_path), "--json")
    assert "skipped files kp does not read: .k0 12, .k1 11, " in result.stderr
    assert ".k7 5 and 4 more kinds (kp reads" in result.stderr
    assert len(json.loads(result.stdout)["skipped_kinds"]) == 12  # all of them in the JSON


def _by_title(records: list[dict[str, object]]) -> dict[object, dict[str, object]]:
    return {r["title"]: r for r in records}


def test_mixed_formats_nested_folders_and_summary(kp: Invoke, tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    result = kp("index", str(root), "--json")
    summary = json.loads(result.stdout)
    assert summary["type"] == "index_summary"
    assert (summary["added"], summary["skipped"], summary["failed"]) == (4, 1, 0)
    assert summary["skipped_kinds"] == {".doc": 1}
    assert "kp: skipped files kp does not read: .doc 1 (kp reads .atom, .csv" in result.stderr
    assert summary["duplicates"] == 1  # cabai.txt and cabai.html hold the same story
    assert "line 2: malformed JSON" in result.stderr
    records = jsonl(kp("sources", "--corpus", str(root), "--jsonl"))
    titles = _by_title(records)
    assert set(titles) == {
        None,
        "Harga Bawang Naik Jelang Lebaran",
        "Timnas Menang",
        "Rupiah Menguat",
    }
    feed = [r for r in records if r["path"] == "exports/feed.jsonl"]
    assert sorted(str(r["outlet"]) for r in feed) == ["Bola", "Kontan"]
    timnas = next(r for r in feed if r["outlet"] == "Bola")
    assert timnas["date"] == "2024-01-05" and timnas["url"] == "https://bola.net/1"
    assert timnas["extra"] == {"section": "olahraga"}
    assert timnas["field_sources"]["date"] == "json"  # type: ignore[index]


def test_html_metadata_and_duplicates_keep_both_paths(kp: Invoke, tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    records = jsonl(kp("sources", "--corpus", str(root), "--outlet", "kompas", "--jsonl"))
    bawang = next(r for r in records if r["path"] == "web/other.html")
    assert bawang["title"] == "Harga Bawang Naik Jelang Lebaran"
    assert bawang["date"] == "2024-03-02" and bawang["byline"] == "Andi Saputra"
    assert bawang["field_sources"]["title"] == "html"  # type: ignore[index]
    cabai = [r for r in records if r["path"] in ("2024/maret/cabai.txt", "web/cabai.html")]
    assert len(cabai) == 1
    shown = jsonl(kp("show", str(cabai[0]["article"]), "--corpus", str(root), "--jsonl"))[0]
    assert shown["paths"] == ["2024/maret/cabai.txt", "web/cabai.html"]
    quotes = jsonl(kp("quotes", "--speaker", "siti", "--corpus", str(root), "--jsonl"))
    assert len(quotes) == 2  # cabai (stored once for two files) and bawang


SHORT_PAGE = """<html><head><meta charset="utf-8"><title>Putin Sambut Kim - Warta Kota</title>
<meta property="og:site_name" content="Warta Kota Online"></head><body>
<nav><a href="/">Beranda</a> <a href="/politik">Politik</a></nav>
<article><h1>Putin Sambut Kim</h1><div class="meta">Oleh Budi Santoso | 13 September 2023</div>
<div class="entry-content">
<p><strong>VOSTOCHNY</strong> - Presiden Rusia Vladimir Putin menyambut Kim Jong Un.</p>
<p><strong>Baca Juga:</strong> <a href="/x">Kim Tiba dengan Kereta Lapis Baja</a></p>
<p>“Saya senang melihat Anda,” kata Putin kepada Kim.</p>
<div class="sharedaddy"><h3>Share this:</h3><ul><li>Twitter</li><li>Facebook</li></ul></div>
</div></article></body></html>"""


def test_a_short_story_in_a_web_page_keeps_its_paragraphs(kp: Invoke, tmp_path: Path) -> None:
    write_article(tmp_path, "short.html", SHORT_PAGE)
    (article,) = jsonl(kp("show", "warta", "--corpus", str(tmp_path), "--jsonl"))
    blocks = [(b["kind"], b["text"]) for b in article["blocks"]]  # type: ignore[union-attr]
    assert blocks == [
        ("content", "VOSTOCHNY - Presiden Rusia Vladimir Putin menyambut Kim Jong Un."),
        ("related", "Baca Juga: Kim Tiba dengan Kereta Lapis Baja"),
        ("content", "“Saya senang melihat Anda,” kata Putin kepada Kim."),
    ]
    (quote,) = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert (quote["speaker"], quote["paragraph"]) == ("Vladimir Putin", 2)


BLOCKQUOTES = """<html><head><title>Kim pledges support - Example News</title>
<meta property="og:site_name" content="Example News"></head><body><article>
<h1>Kim pledges support for Russia</h1>
<p>VLADIVOSTOK, Russia (AP) — North Korean leader Kim Jong Un pledged support for Russia on
Wednesday in a toast at a dinner with President Vladimir Putin.</p>
<p>Kim said at the dinner:</p>
<blockquote><p>Russia is now engaged in a sacred fight to defend its sovereignty and security
against the <em>hegemonic</em> forces. We will always stand with Russia.</p></blockquote>
<p>Putin answered him:</p>
<blockquote>“We will help them build satellites, and we have time for everything.”</blockquote>
<p>A Ukrainian minister wrote on social media that the meeting was a threat to peace.</p>
<blockquote class="twitter-tweet"><p>This meeting is a threat to the whole world and to peace
in Europe today.</p></blockquote>
<p>Putin thanked Kim for the visit and said the two countries would expand their cooperation.</p>
</article></body></html>"""


def test_a_quotation_a_web_page_sets_apart_is_a_quote(kp: Invoke, tmp_path: Path) -> None:
    """A page shows a <blockquote> as a quotation, marks or not: its words are the speaker's
    the paragraph before introduces, as with marks (a quotation already in marks is not
    marked again, and an embedded post is none)."""
    write_article(tmp_path, "kim.html", BLOCKQUOTES)
    quotes = jsonl(kp("quotes", "--kind", "all", "--corpus", str(tmp_path), "--jsonl"))
    assert [(q["kind"], q["speaker"], str(q["text"])[:40]) for q in quotes] == [
        ("direct", "Kim Jong Un", "Russia is now engaged in a sacred fight "),
        ("direct", "Vladimir Putin", "We will help them build satellites, and "),
        ("indirect", "Vladimir Putin", "the two countries would expand their coo"),
    ]
    (article,) = jsonl(kp("show", str(quotes[0]["article"]), "--corpus", str(tmp_path), "--jsonl"))
    texts = [b["text"] for b in article["blocks"]]  # type: ignore[union-attr]
    assert "This meeting is a threat to the whole world and to peace in Europe today." in texts


def test_a_quotation_in_an_html_body_of_a_json_export_is_a_quote() -> None:
    body = (
        "<p>Kim said at the dinner:</p><blockquote><p>We will always stand with "
        "<b>Russia</b>.</p></blockquote><blockquote class='twitter-tweet'><p>A post</p>"
        "</blockquote><blockquote>“Already marked.”</blockquote>"
    )
    assert reader.markup_text(body).split("\n\n") == [
        "Kim said at the dinner:",
        "“We will always stand with Russia.”",
        "A post",
        "“Already marked.”",
    ]


def test_a_page_in_a_script_without_spaces_is_long_enough_to_read(
    kp: Invoke, tmp_path: Path
) -> None:
    page = (
        '<html><head><meta charset="shift_jis"><title>金正恩</title></head><body><p>'
        "金正恩総書記はプーチン大統領と会談した。ロシア極東のボストーチヌイ宇宙基地で行われた。"
        "</p></body></html>"
    )
    (tmp_path / "nikkei.html").write_bytes(page.encode("shift_jis"))
    (article,) = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert (article["title"], article["paragraphs"]) == ("金正恩", 1)
    # a page of a few words in a spaced script is still no article
    (tmp_path / "nikkei.html").unlink()
    write_article(tmp_path, "menu.html", "<html><body><p>Beranda Berita Kontak</p></body></html>")
    result = kp("index", str(tmp_path))
    assert "menu.html: no article text found in the HTML page" in result.stderr


def test_a_lexisnexis_text_export_is_one_article_a_document(kp: Invoke, tmp_path: Path) -> None:
    export = (Path(__file__).parent / "data" / "nexis-export.txt").read_text()
    write_article(tmp_path, "nexis.txt", export)
    # the marks open a file: a story that only mentions one is a story
    write_article(
        tmp_path, "story.txt", "Judul Berita Hari Ini\n\nIsi berita.\n\n1 of 2 DOCUMENTS\n"
    )
    records = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    exported = [
        (r["outlet"], r["date"], r["title"], r["byline"], r["paragraphs"], r["extra"])
        for r in records
        if r["path"] == "nexis.txt"
    ]
    assert exported == [
        (
            "The Jakarta Post",
            "2023-09-14",
            "Kim, Putin meet at space center",
            "Dio Suhenda, The Jakarta Post, Jakarta",
            3,  # without the labels under the story and its copyright line
            {"section": "HEADLINES; Pg. 1", "length": "512 words"},
        ),
        (
            "The Korea Herald",
            "2023-09-15",
            "Seoul vows firm response to arms deal",  # not the edition line above it
            "Kim Arin",
            1,
            {"length": "300 words"},
        ),
    ]
    assert [r["title"] for r in records if r["path"] == "story.txt"] == ["Judul Berita Hari Ini"]
    quotes = jsonl(kp("quotes", "--corpus", str(tmp_path), "--kind", "all", "--jsonl"))
    assert [(q["speaker"], q["kind"]) for q in quotes] == [
        ("Retno Marsudi", "direct"),
        ("Dmitry Peskov", "indirect"),
        ("Kim Yung-ho", "direct"),
    ]
    raw = kp("show", "the-korea-herald", "--raw", "--corpus", str(tmp_path)).stdout
    assert "Seoul vows firm response" in raw and "Kim, Putin meet" not in raw
    # two exports joined in one file number their documents from 1 each: none is lost
    second = export.replace("Vostochny", "Vladivostok").replace("firmly", "calmly")
    write_article(tmp_path, "nexis.txt", export + second)
    joined = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    posts = [str(r["article"]) for r in joined if r["outlet"] == "The Jakarta Post"]
    assert len(posts) == 2
    raws = [kp("show", post, "--raw", "--corpus", str(tmp_path)).stdout for post in posts]
    assert sorted("Vladivostok" in raw for raw in raws) == [False, True]  # each its own


def test_a_proquest_text_export_is_one_article_a_document(kp: Invoke, tmp_path: Path) -> None:
    """Articles between lines of underscores, each its title over labelled fields, the full
    text a paragraph a line up to the next field (a line of it that looks like a label,
    `Kremlin: …`, stays text); the report's cover and table of contents, and ProQuest's
    closing notice, are no articles."""
    write_article(tmp_path, "ProQuestDocuments.txt", (DATA / "proquest-export.txt").read_text())
    records = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    found = [
        (r["outlet"], r["date"], r["title"], r["byline"], r["paragraphs"], r["cites"], r["extra"])
        for r in records
    ]
    assert found == [
        (
            "Kompas",
            "2023-09-13",
            "Kim Jong Un tiba di Vladivostok",
            None,
            2,
            [],
            {"document": "2864000001"},
        ),
        (
            "The Jakarta Post",
            "2023-09-14",
            "Putin, Kim meet at Russian spaceport",
            "Faulconbridge, Guy; Park, Ju-min",
            3,
            ["Reuters"],  # its dateline's
            {"section": "Headlines", "language": "English", "document": "2864123456"},
        ),
    ]
    assert records[1]["url"].startswith("https://www.proquest.com/newspapers/")
    assert {r["field_sources"]["title"] for r in records} == {"proquest"}
    quotes = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert [(q["speaker"], q["text"]) for q in quotes] == [
        ("Kim Jong Un", "Kami siap bekerja sama"),
        ("Vladimir Putin", "That is why we came here"),
    ]
    raw = kp("show", str(records[0]["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert raw.startswith("Kim Jong Un tiba di Vladivostok\n") and "spaceport" not in raw


def test_a_story_with_a_full_text_line_is_no_proquest_export(kp: Invoke, tmp_path: Path) -> None:
    """ProQuest's labels inside a story, without the export's rules of underscores, are the
    story's words: nothing of it is lost."""
    write_article(
        tmp_path,
        "pidato.txt",
        "Pidato Kim di Vostochny\n\nVOSTOCHNY - Kim Jong Un berpidato dalam jamuan makan malam."
        "\nFull text: Kim Jong Un berterima kasih kepada Putin atas sambutan hangat.\n",
    )
    [record] = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert (record["paragraphs"], record["field_sources"].get("title")) == (2, "text")


@pytest.mark.parametrize("export", ["factiva-articles.html", "factiva-indexing.htm"])
def test_a_factiva_export_is_one_article_a_document(
    kp: Invoke, tmp_path: Path, export: str
) -> None:
    """Both of Factiva's HTML layouts: an article a `div` whose unlabelled lines say its word
    count, date, time and source, or an article a table of rows labelled HD, BY, PD, SN, LP,
    TD, AN."""
    write_article(tmp_path, export, (DATA / export).read_text())
    records = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    found = [(r["outlet"], r["date"], r["title"], r["byline"], r["paragraphs"]) for r in records]
    quotes = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    raw = kp("show", str(records[1]["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    if export.endswith(".html"):
        assert found == [
            (
                "Reuters News",
                "2023-09-13",
                "Putin says Russia will help North Korea build satellites",
                "Guy Faulconbridge and Ju-min Park",
                2,
            ),
            ("ANTARA", "2023-09-14", "Kim Jong Un undang Putin ke Pyongyang", None, 2),
        ]
        assert records[0]["extra"] == {"document": "RTRS000020230913ej9d00abc"}
        assert [(q["speaker"], q["paragraph"]) for q in quotes] == [
            ("Vladimir Putin", 2),
            ("Dmitry Peskov", 2),
        ]
    else:
        assert found == [
            (
                "Reuters News",
                "2023-09-14",
                "Kremlin says Putin accepted Kim's invitation",
                "Andrew Osborn",
                3,  # the lead's paragraph and the text's two
            ),
            ("Kompas", "2023-09-17", "Kim pulang dengan kereta lapis baja", None, 1),
        ]
        assert records[0]["extra"] == {
            "section": "World",
            "language": "English",
            "document": "LBA0000020230914ej9e00xyz",
        }
        assert [q["speaker"] for q in quotes] == ["Dmitry Peskov"]
    assert {r["field_sources"]["title"] for r in records} == {"factiva"}
    assert raw.startswith(("<div", "<table")) and records[1]["title"] in raw
    assert records[0]["title"] not in raw


def test_a_page_that_only_names_its_paragraphs_as_factiva_does_is_a_page(
    kp: Invoke, tmp_path: Path
) -> None:
    story = "".join(
        f'<p class="articleParagraph">Paragraf {n}: harga beras naik lagi di pasar induk'
        " Cipinang pekan ini, kata para pedagang kepada wartawan.</p>"
        for n in range(1, 6)
    )
    page = (
        "<html><head><title>Harga Beras Naik</title></head><body><div id='hd'>Menu</div>"
        f"<article><h1>Harga Beras Naik</h1>{story}</article></body></html>"
    )
    write_article(tmp_path, "beras.html", page)
    [record] = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert (record["title"], record["paragraphs"]) == ("Harga Beras Naik", 5)
    assert record["field_sources"]["title"] == "html"


def test_sidecar_and_catalog_override_inference(kp: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "news"
    write_article(root, "a.txt", STORY)
    write_article(root, "b.txt", STORY.replace("cabai", "beras"))
    (root / "c.txt.gz").write_bytes(gzip.compress(STORY.replace("cabai", "gula").encode()))
    (root / "a.meta.json").write_text(json.dumps({"outlet": "Koran Kita", "date": "2024-02-01"}))
    (root / "c.meta.json").write_text(json.dumps({"outlet": "Koran Gula"}))
    (root / "catalog.jsonl").write_text(
        json.dumps({"path": "b.txt", "title": "Beras Mahal", "date": "2024-02-03"}) + "\n"
    )
    records = {r["path"]: r for r in jsonl(kp("sources", "--corpus", str(root), "--jsonl"))}
    assert set(records) == {"a.txt", "b.txt", "c.txt.gz"}
    assert records["c.txt.gz"]["outlet"] == "Koran Gula"  # a sidecar describes it gzipped too
    a, b = records["a.txt"], records["b.txt"]
    assert (a["outlet"], a["date"]) == ("Koran Kita", "2024-02-01")
    assert a["field_sources"] == {"outlet": "sidecar", "date": "sidecar"} | {  # type: ignore[operator]
        k: v
        for k, v in a["field_sources"].items()
        if k not in ("outlet", "date")  # type: ignore[union-attr]
    }
    assert (b["outlet"], b["title"], b["date"]) == ("Kompas", "Beras Mahal", "2024-02-03")
    assert b["field_sources"]["title"] == "catalog"  # type: ignore[index]

    # editing a sidecar or the catalog re-reads the articles it describes
    (root / "a.meta.json").write_text(json.dumps({"outlet": "Harian Baru"}))
    (root / "catalog.jsonl").write_text(json.dumps({"path": "b.txt", "title": "Beras"}) + "\n")
    records = {r["path"]: r for r in jsonl(kp("sources", "--corpus", str(root), "--jsonl"))}
    assert records["a.txt"]["outlet"] == "Harian Baru"
    assert records["b.txt"]["title"] == "Beras"


def test_catalog_entries_outside_the_corpus_or_for_no_file_are_named(
    kp: Invoke, tmp_path: Path
) -> None:
    root = tmp_path / "news"
    write_article(root, "sub/b.txt", STORY)
    write_article(tmp_path, "outside.txt", STORY.replace("cabai", "beras"))
    entries = [
        {"path": "../outside.txt", "outlet": "Luar"},
        {"path": "./sub/b.txt", "outlet": "Koran Kita"},
        {"path": "sub/hilang.txt", "outlet": "Koran Hilang"},
        {"path": "..hidden.txt", "outlet": "Koran Titik"},
    ]
    (root / "catalog.jsonl").write_text("".join(json.dumps(e) + "\n" for e in entries))
    result = kp("index", str(root))
    assert "catalog.jsonl: line 1: '../outside.txt' is outside the corpus" in result.stderr
    assert "catalog.jsonl: line 3: no file 'sub/hilang.txt' in the corpus" in result.stderr
    # a name that starts with dots is a file's name, not a way out ("hidden.txt" it was read as)
    assert "catalog.jsonl: line 4: no file '..hidden.txt' in the corpus" in result.stderr
    (record,) = jsonl(kp("sources", "--corpus", str(root), "--jsonl"))
    assert record["outlet"] == "Koran Kita"


def test_incremental_add_change_delete(kp: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "news"
    write_article(root, "a.txt", STORY)
    write_article(root, "b.txt", STORY.replace("cabai", "beras"))
    first = json.loads(kp("index", str(root), "--json").stdout)
    assert first["added"] == 2
    again = json.loads(kp("index", str(root), "--json").stdout)
    assert (again["added"], again["updated"], again["unchanged"], again["articles_read"]) == (
        0,
        0,
        2,
        0,
    )
    write_article(root, "c.txt", STORY.replace("cabai", "gula"))
    write_article(root, "b.txt", STORY.replace("cabai", "jagung"))
    (root / "a.txt").unlink()
    third = json.loads(kp("index", str(root), "--json").stdout)
    assert (third["added"], third["updated"], third["removed"]) == (1, 1, 1)
    found = {
        r["text"].split()[4]
        for r in jsonl(
            kp(
                "search",
                "harga",
                "--corpus",
                str(root),  # type: ignore[union-attr]
                "--jsonl",
            )
        )
    }
    assert found == {"gula", "jagung"}
    assert kp("search", "beras", "--corpus", str(root), "--exact").exit_code == 1


def _damaged(path: Path) -> None:
    path.write_bytes(b"\x00\x01 half written")  # or caught half written by a download


def _dangling(path: Path) -> None:
    path.unlink()
    path.symlink_to(path.with_name("gone.txt"))  # a link whose target went


@pytest.mark.parametrize(
    ("go_bad", "reason"),
    [(_damaged, "binary file (NUL bytes), skipped"), (_dangling, "broken symlink")],
)
def test_a_file_read_before_that_cannot_be_read_now_keeps_its_articles(
    kp: Invoke, tmp_path: Path, go_bad: Callable[[Path], None], reason: str
) -> None:
    root = tmp_path / "news"
    write_article(root, "a.txt", STORY)
    write_article(root, "b.txt", STORY.replace("cabai", "beras"))
    assert kp("index", str(root)).exit_code == 0
    go_bad(root / "a.txt")
    gone_bad = kp("index", str(root), "--json")
    assert gone_bad.exit_code == 3
    summary = json.loads(gone_bad.stdout)
    assert (summary["updated"], summary["removed"], summary["failed"]) == (0, 0, 1)
    assert summary["failures"] == [
        {"path": "a.txt", "reason": f"{reason}; the articles read from it before are kept"}
    ]
    assert kp("search", "cabai", "--corpus", str(root), "--exact").exit_code == 0
    # it stays failed, and kept, while it cannot be read; read again once it can
    assert kp("index", str(root)).exit_code == 3
    (root / "a.txt").unlink()
    write_article(root, "a.txt", STORY.replace("cabai", "gula"))
    mended = json.loads(kp("index", str(root), "--json").stdout)
    assert (mended["updated"], mended["failed"]) == (1, 0)
    assert kp("search", "cabai", "--corpus", str(root), "--exact").exit_code == 1
    # a file that goes takes its articles with it, as before
    (root / "a.txt").unlink()
    assert json.loads(kp("index", str(root), "--json").stdout)["removed"] == 1


def test_no_refresh_queries_the_index_as_last_built(kp: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "news"
    write_article(root, "a.txt", STORY)
    # a corpus never indexed is built even with --no-refresh
    assert kp("search", "cabai", "--corpus", str(root), "--no-refresh").exit_code == 0
    write_article(root, "b.txt", STORY.replace("cabai", "beras"))
    stale = kp("search", "beras", "--corpus", str(root), "--exact", "--no-refresh")
    assert stale.exit_code == 1
    from_env = kp("search", "beras", "--corpus", str(root), "--exact", env={"KP_NO_REFRESH": "1"})
    assert from_env.exit_code == 1
    assert kp("search", "beras", "--corpus", str(root), "--exact").exit_code == 0


def test_stats(kp: Invoke) -> None:
    stats = jsonl(kp("stats", "--jsonl"))[0]
    assert (stats["articles"], stats["files"]) == (5, 5)
    assert (stats["quotes"], stats["indirect"]) == (18, 19) and stats["speakers"] >= 5
    assert stats["first_date"] == "2023-09-13" and stats["last_date"] == "2023-09-14"
    assert stats["index_bytes"] > 0 and stats["store_bytes"] > 0  # type: ignore[operator]


def test_json_bodies_as_paragraph_lists_and_dates_as_timestamps(tmp_path: Path, kp: Invoke) -> None:
    rows = [
        {"title": "Daftar", "date": 1694563200, "text": ["Paragraf pertama.", "Paragraf kedua."]},
        {"title": "Milidetik", "published_at": 1694649600000, "body": "Isi berita pendek."},
        {"title": "Angka", "text": 5},
        {"title": "Benar", "text": True},
        {"title": "Digit", "date": 20230915, "text": "Isi berita."},  # a day, not 1970-08-23
        {"title": "Jauh", "date": 1e300, "text": "Isi berita lain."},
        {"title": "Nol", "date": 0, "text": "Isi berita ketiga."},  # an unset timestamp
    ]
    root = tmp_path / "feed"
    root.mkdir()
    (root / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = kp("sources", "--corpus", str(root), "--jsonl")
    records = {r["title"]: r for r in jsonl(result)}
    assert set(records) == {"Daftar", "Milidetik", "Digit", "Jauh", "Nol"}
    assert (records["Daftar"]["date"], records["Daftar"]["paragraphs"]) == ("2023-09-13", 2)
    assert records["Milidetik"]["date"] == "2023-09-14"
    assert records["Digit"]["date"] == "2023-09-15"
    assert records["Jauh"]["date"] is None and records["Nol"]["date"] is None
    assert "line 6: date '1e+300' is not a date kp reads" in result.stderr
    assert "line 7: date" not in result.stderr
    assert "line 3: 'text' is empty or not text" in result.stderr
    assert "line 4: 'text' is empty or not text" in result.stderr


def test_field_names_of_scrapers_and_feeds(tmp_path: Path, kp: Invoke) -> None:
    rows = [  # schema.org, news-please, and keys in another case
        {
            "headline": "Banjir Jakarta",
            "articleBody": "Jakarta - Banjir melanda sejak subuh.",
            "datePublished": "2024-03-03",
            "publisher": {"name": "detikcom"},
            "link": "https://news.detik.com/b",
        },
        {
            "Title": "Gempa Cianjur",
            "maintext": "Gempa mengguncang Cianjur pagi ini.",
            "date_publish": "2024-03-04 08:00:00",
            "source_domain": "regional.kompas.com",
        },
        # only when the record was made: a date still, after any publication date
        {"title": "Longsor", "text": "Longsor menutup jalan.", "created_at": "2024-03-05T09:00Z"},
        {"title": "Kabut", "text": "Kabut asap kembali.", "timestamp": 1709769600},
        {
            "title": "Hujan",
            "text": "Hujan deras turun.",
            "created": "2024-03-09",
            "published": "2024-03-07",
        },
        # an Indonesian scraper's names, and a site and creator
        {"judul": "Macet", "isi": "Jalan macet total.", "sumber": "Kompas", "wartawan": "Budi"},
        {"title": "Rain", "text": "It rained.", "site": "www.thejakartapost.com", "creator": "Jo"},
        # trafilatura's: the page's address as "source"
        {
            "title": "Asap",
            "text": "Asap menyelimuti Riau.",
            "source": "https://news.detik.com/berita/d-1/asap",
            "hostname": "detik.com",
        },
    ]
    root = tmp_path / "feed"
    root.mkdir()
    (root / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    records = {r["title"]: r for r in jsonl(kp("sources", "--corpus", str(root), "--jsonl"))}
    assert (records["Banjir Jakarta"]["outlet"], records["Banjir Jakarta"]["date"]) == (
        "detikcom",
        "2024-03-03",
    )
    assert records["Banjir Jakarta"]["url"] == "https://news.detik.com/b"
    assert (records["Gempa Cianjur"]["outlet"], records["Gempa Cianjur"]["date"]) == (
        "Kompas",
        "2024-03-04",
    )
    assert [(records[t]["outlet"], records[t]["byline"]) for t in ("Macet", "Rain")] == [
        ("Kompas", "Budi"),
        ("The Jakarta Post", "Jo"),
    ]
    assert (records["Asap"]["outlet"], records["Asap"]["url"]) == (
        "detikcom",
        "https://news.detik.com/berita/d-1/asap",
    )
    assert [records[t]["date"] for t in ("Longsor", "Kabut", "Hujan")] == [
        "2024-03-05",
        "2024-03-07",
        "2024-03-07",
    ]


def test_a_json_feed_and_a_record_with_only_a_summary(tmp_path: Path, kp: Invoke) -> None:
    """A JSON Feed's items (`content_html`, `content_text`), and a record whose only text is a
    summary (Newscatcher's full text is its `summary`; a NewsAPI record without `content` has
    its `description`), under an envelope whose own description is no article."""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Kompas Global",
        "description": "Berita dunia dari Kompas",
        "items": [
            {
                "url": "https://www.kompas.com/global/read/2023/09/13/putin",
                "title": "Putin Sambut Kim",
                "content_html": "<p>VOSTOCHNY - Putin menyambut Kim.</p>"
                "<p>“Saya senang melihat Anda,” kata Putin.</p>",
                "date_published": "2023-09-13T10:00:00+07:00",
                "authors": [{"name": "Budi Santoso"}],
            },
            {"title": "Kim Undang Putin", "content_text": "Kim mengundang Putin.\n\nIa senang."},
        ],
    }
    (tmp_path / "feed.json").write_text(json.dumps(feed))
    found = {
        "status": "ok",
        "articles": [
            {
                "title": "Kremlin confirms invitation",
                "published_date": "2023-09-14 08:30:00",
                "clean_url": "reuters.com",
                "excerpt": "The Kremlin said on Thursday",
                "summary": "The Kremlin said Putin accepted an invitation.\n\n"
                '"The invitation was accepted with gratitude," Dmitry Peskov said.',
            },
            {"title": "Kim pulang", "description": "Kim meninggalkan Rusia.", "content": None},
        ],
    }
    (tmp_path / "found.json").write_text(json.dumps(found))
    records = {r["title"]: r for r in jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))}
    assert set(records) == {
        "Putin Sambut Kim",
        "Kim Undang Putin",
        "Kremlin confirms invitation",
        "Kim pulang",
    }
    assert [records["Putin Sambut Kim"][f] for f in ("outlet", "date", "byline", "paragraphs")] == [
        "Kompas",
        "2023-09-13",
        "Budi Santoso",
        2,
    ]
    assert records["Kim Undang Putin"]["paragraphs"] == 2
    assert records["Kremlin confirms invitation"]["outlet"] == "Reuters"
    quotes = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert sorted(q["speaker"] for q in quotes) == ["Dmitry Peskov", "Putin"]


def _stories_with_noise(count: int, noise_bytes: int, body: str) -> list[dict[str, str]]:
    """Distinct stories, each with random hex after it: large once compressed or written in
    columns, as real datasets are."""
    return [
        {
            "title": f"Jembatan nomor {n}",
            body: f'Warga kota {n} berkata, "Jembatan nomor {n} siap."\n'
            + os.urandom(noise_bytes).hex(),
            "date": "2024-01-06",
        }
        for n in range(1, count + 1)
    ]


def _large_feed(root: Path, lines: int) -> Path:
    """A JSON Lines export of several parts: distinct articles, and a broken line 400."""
    root.mkdir()
    rows = [
        json.dumps(
            {
                "title": f"Jembatan nomor {n}",
                "outlet": "Kompas",
                "date": "2024-01-06",
                "text": f"Warga kota {n} meresmikan jembatan gantung nomor {n} bersama camat. "
                + "Jembatan itu menghubungkan dua desa di tepi sungai. " * 4,
            }
        )
        for n in range(1, lines + 1)
    ]
    rows[399] = "{broken"
    feed = root / "export.jsonl"
    feed.write_text("\n".join(rows) + "\n")
    return feed


def test_a_large_json_lines_file_is_read_in_parts(
    tmp_path: Path, kp: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 100_000)  # parts are not held to it
    feed = _large_feed(tmp_path / "feed", 1200)
    parts = reader.jsonl_parts(feed)
    assert parts is not None and len(parts) > 5
    assert parts[0][0] == 0 and parts[-1][1] == feed.stat().st_size
    assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
    result = kp("index", str(feed.parent), "--json")
    assert result.exit_code == 0, result.stderr
    assert "export.jsonl: line 400: malformed JSON" in result.stderr
    summary = json.loads(result.stdout)
    assert (summary["added"], summary["articles_read"]) == (1, 1199)
    (hit,) = jsonl(kp("search", "nomor", "1111", "--corpus", str(feed.parent), "--jsonl"))[:1]
    shown = kp("show", hit["article"], "--raw", "--corpus", str(feed.parent))
    assert json.loads(shown.stdout)["title"] == "Jembatan nomor 1111"


def test_a_large_gzipped_json_lines_file_is_read_in_parts(
    tmp_path: Path, kp: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 100_000)  # it decompresses to more
    feed = _large_feed(tmp_path / "feed", 1200)
    # a reference number a line keeps the file large once gzipped, as real exports are
    rows = [
        row[:-1] + f', "ref": "{os.urandom(100).hex()}"}}' for row in feed.read_text().splitlines()
    ]
    rows[399] = "{broken"
    lines = ("\n".join(rows) + "\n").encode()
    feed.unlink()
    zipped = feed.with_name("export.jsonl.gz")
    zipped.write_bytes(gzip.compress(lines))
    parts = reader.jsonl_parts(zipped)
    assert parts is not None and len(parts) > 5
    assert parts[0][0] == 0 and parts[-1][1] == len(lines)  # offsets into what it holds
    assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
    result = kp("index", str(feed.parent), "--json")
    assert result.exit_code == 0, result.stderr
    assert "export.jsonl.gz: line 400: malformed JSON" in result.stderr
    assert json.loads(result.stdout)["articles_read"] == 1199
    (hit,) = jsonl(kp("search", "nomor", "1111", "--corpus", str(feed.parent), "--jsonl"))[:1]
    shown = kp("show", hit["article"], "--raw", "--corpus", str(feed.parent))
    assert json.loads(shown.stdout)["title"] == "Jembatan nomor 1111"

    # a download cut short keeps the lines before the break
    zipped.write_bytes(gzip.compress(lines)[: zipped.stat().st_size // 2])
    result = kp("index", str(feed.parent), "--json")
    assert result.exit_code == 0, result.stderr
    assert "export.jsonl.gz: the gzip file breaks off" in result.stderr
    read = json.loads(result.stdout)["articles_read"]
    assert 400 < read < 900
    titles = {r["title"] for r in jsonl(kp("sources", "--corpus", str(feed.parent), "--jsonl"))}
    assert len(titles) == read and f"Jembatan nomor {read + 1}" in titles  # line 400 is broken

    # and so does a small one, read whole
    small = tmp_path / "small"
    small.mkdir()
    zipped = gzip.compress(b"".join(lines.splitlines(keepends=True)[:40]))
    (small / "cut.jsonl.gz").write_bytes(zipped[: len(zipped) * 2 // 3])
    result = kp("index", str(small), "--json")
    assert result.exit_code == 0, result.stderr
    assert "cut.jsonl.gz: the gzip file breaks off" in result.stderr
    assert 10 < json.loads(result.stdout)["articles_read"] < 40


def test_a_large_csv_file_is_read_in_parts_of_whole_rows(
    tmp_path: Path, kp: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dataset's CSV of any size: parts end where a row does, never inside a quoted field
    that holds line ends, and each is read under the file's header (a report's lines over
    it left out); rows are numbered as in the whole file, blank lines skipped."""
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 200_000)  # parts are not held to it
    for module in (reader, corpus_module):
        monkeypatch.setattr(module, "CSV_PART_BYTES", 40_000)
    table = tmp_path / "news"
    table.mkdir()
    with open(table / "dataset.csv", "w", newline="") as handle:
        handle.write("Mentions report\nQuery: jembatan\n\n")
        writer = csv.writer(handle)
        writer.writerow(["Date", "Title", "Full Text", "Source"])
        for n in range(1, 3001):
            if n == 1500:
                handle.write("\r\n")  # a blank line is no row
            story = f'Warga kota {n} berkata, "Jembatan nomor {n} siap."\nBaris kedua {n}.'
            writer.writerow(["2024-01-06", f"Jembatan nomor {n}", story, "Kompas"])
    parts = reader.csv_parts(table / "dataset.csv")
    assert parts is not None and len(parts) > 3
    assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
    result = kp("index", str(table), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["articles_read"] == 3000
    records = jsonl(kp("sources", "--corpus", str(table), "--jsonl", "--limit", "5000"))
    assert sorted(int(r["title"].split()[-1]) for r in records) == list(range(1, 3001))
    for n in (1, 1499, 1500, 2222, 3000):
        (record,) = [r for r in records if r["title"] == f"Jembatan nomor {n}"]
        shown = kp("show", str(record["article"]), "--raw", "--corpus", str(table)).stdout
        header, row = list(csv.reader(io.StringIO(shown)))
        assert header == ["Date", "Title", "Full Text", "Source"]
        assert row[1] == f"Jembatan nomor {n}"


@pytest.mark.parametrize("indent", [None, 1])
def test_a_large_json_array_is_read_in_parts_of_whole_records(
    tmp_path: Path, kp: Invoke, monkeypatch: pytest.MonkeyPatch, indent: int | None
) -> None:
    """A crawler's JSON array of any size (Scrapy's ``-o items.json``, one line or indented):
    parts of whole records, found by the JSON decoder, so brackets and braces in the text are
    text; numbered as in the whole file."""
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 200_000)  # parts are not held to it
    items = [
        {
            "title": f"Jembatan nomor {n}",
            "content": f"Warga kota {n} meresmikan jembatan [baru] {{gantung}} nomor {n}. "
            + "Jembatan itu menghubungkan dua desa di tepi sungai é. " * 4,
            "date": "2024-01-06",
        }
        for n in range(1, 2001)
    ]
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "items.json").write_text(json.dumps(items, ensure_ascii=False, indent=indent))
    parts = reader.json_array_parts(folder / "items.json")
    assert parts is not None and len(parts) > 2
    assert parts[0][2] == 1 and all(a[1] < b[0] for a, b in itertools.pairwise(parts))
    result = kp("index", str(folder), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["articles_read"] == 2000
    records = jsonl(kp("sources", "--corpus", str(folder), "--jsonl", "--limit", "3000"))
    assert sorted(int(r["title"].split()[-1]) for r in records) == list(range(1, 2001))
    for n in (1, 1234, 2000):
        (record,) = [r for r in records if r["title"] == f"Jembatan nomor {n}"]
        shown = kp("show", str(record["article"]), "--raw", "--corpus", str(folder)).stdout
        assert json.loads(shown) == items[n - 1]


@pytest.mark.parametrize("name", ["dataset.csv.gz", "items.json.gz"])
def test_a_large_gzipped_table_or_array_is_read_in_parts_too(
    tmp_path: Path, kp: Invoke, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Parts of its decompressed bytes, as a gzipped JSON Lines file's are."""
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 200_000)  # it decompresses to more
    for module in (reader, corpus_module):
        monkeypatch.setattr(module, "CSV_PART_BYTES", 40_000)
        monkeypatch.setattr(module, "JSON_PART_BYTES", 40_000)
    rows = _stories_with_noise(1500, 60, "content")
    if name.startswith("dataset"):
        out = io.StringIO()
        writer = csv.DictWriter(out, ["title", "content", "date"])
        writer.writeheader()
        writer.writerows(rows)
        data = out.getvalue().encode()
    else:
        data = json.dumps(rows).encode()
    (tmp_path / name).write_bytes(gzip.compress(data))
    parts = (reader.csv_parts if name.startswith("dataset") else reader.json_array_parts)(
        tmp_path / name
    )
    assert parts is not None and len(parts) > 2
    result = kp("index", str(tmp_path), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["articles_read"] == 1500
    records = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl", "--limit", "2000"))
    (record,) = [r for r in records if r["title"] == "Jembatan nomor 1234"]
    shown = kp("show", str(record["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert "Jembatan nomor 1234" in shown and "Jembatan nomor 1235" not in shown


def test_a_large_json_file_kp_cannot_part_is_read_whole_and_named(
    tmp_path: Path, kp: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 200_000)
    story = "Jembatan baru diresmikan. " * 10
    items = [{"title": f"Nomor {n}", "content": story} for n in range(2000)]
    text = json.dumps(items)
    (tmp_path / "cut.json").write_text(text[: len(text) * 2 // 3])  # the array never closes
    (tmp_path / "envelope.json").write_text(json.dumps({"articles": items}))
    assert reader.json_array_parts(tmp_path / "cut.json") is None
    assert reader.json_array_parts(tmp_path / "envelope.json") is None
    result = kp("index", str(tmp_path), "--json")
    failures = {f["path"]: f["reason"] for f in json.loads(result.stdout)["failures"]}
    assert failures["cut.json"].startswith("file too large")
    assert failures["envelope.json"].startswith("file too large")


def test_a_json_lines_record_too_long_to_hold_is_named_and_skipped(
    tmp_path: Path, kp: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "JSONL_PART_BYTES", 4096)
    monkeypatch.setattr(reader, "MAX_RECORD_BYTES", 50_000)
    feed = _large_feed(tmp_path / "feed", 450)
    rows = feed.read_text().splitlines()
    rows[150] = json.dumps({"title": "Raksasa", "text": "Jembatan panjang sekali. " * 6000})
    rows[449] = json.dumps({"title": "Ekor", "text": "Jembatan tanpa akhir baris. " * 3000})
    feed.write_text("\n".join(rows))  # the last record has no line end
    parts = reader.jsonl_parts(feed)
    assert parts is not None
    assert parts[0][0] == 0 and parts[-1][1] == feed.stat().st_size
    assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
    assert all(end - start <= 50_000 for start, end, line in parts if line not in (151, 450))
    result = kp("index", str(feed.parent), "--json")
    assert "export.jsonl: line 151: a record over 50000 bytes is not read" in result.stderr
    assert "export.jsonl: line 450: a record over 50000 bytes is not read" in result.stderr
    assert json.loads(result.stdout)["articles_read"] == 450 - 3  # and line 400's is broken
    titles = {r["title"] for r in jsonl(kp("sources", "--corpus", str(feed.parent), "--jsonl"))}
    assert {"Jembatan nomor 150", "Jembatan nomor 152"} <= titles and "Raksasa" not in titles


def test_a_file_read_in_parts_and_left_unfinished_is_read_again(tmp_path: Path, kp: Invoke) -> None:
    feed = _large_feed(tmp_path / "feed", 600)
    kp("index", str(feed.parent))
    corpus = open_corpus(feed.parent)
    before = corpus.store.counts()
    with corpus.store.transaction():  # as a run killed before the file's last part leaves it
        corpus.store.set_file_state("export.jsonl", UNFINISHED, 0)
    assert not corpus.is_current()
    again = json.loads(kp("index", str(feed.parent), "--json").stdout)
    assert again["updated"] == 1
    assert open_corpus(feed.parent).store.counts() == before


def test_articles_whose_ids_collide_are_both_kept(tmp_path: Path, kp: Invoke) -> None:
    """An id is outlet, day and six hex digits of the content hash: among thousands of
    articles of one outlet and day, two share one by chance. Neither may be lost."""
    rows = [
        {
            "outlet": "Kompas",
            "date": "2024-01-06",
            "text": f"Warga desa {n} membangun jembatan gantung baru di tepi sungai.",
        }
        for n in (8754, 9293)  # their content hashes share their first six digits
    ]
    root = tmp_path / "feed"
    root.mkdir()
    (root / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    summary = json.loads(kp("index", str(root), "--json").stdout)
    assert (summary["articles_read"], summary["duplicates"]) == (2, 0)
    ids = [r["article"] for r in jsonl(kp("sources", "--corpus", str(root), "--jsonl"))]
    assert len(set(ids)) == 2 and ids[0][:22] == ids[1][:22]
    found = jsonl(kp("search", "jembatan", "--corpus", str(root), "--jsonl"))
    assert {h["article"] for h in found} == set(ids)


def test_a_table_without_a_column_for_the_text_says_so(tmp_path: Path, kp: Invoke) -> None:
    (tmp_path / "list.tsv").write_text("judul\tpenulis\nHarga Beras Naik\tBudi\n")
    result = kp("index", str(tmp_path))
    assert result.exit_code == 3
    assert (
        "kp: warning: list.tsv: no column holds the article text (its header: judul, penulis;"
        " name it text, body, content …)" in result.stderr
    )


def test_a_csv_saved_with_semicolons_is_read(tmp_path: Path, kp: Invoke) -> None:
    """As spreadsheets in many locales save it: semicolons, a byte order mark, CRLF."""
    (tmp_path / "semi.csv").write_bytes(
        b"\xef\xbb\xbftitle;content;date;source\r\n"
        b'Harga Cabai;"JAKARTA - Harga cabai naik; pedagang mengeluh.";2024-03-02;Kompas\r\n'
        b"Banjir;Banjir melanda kota sejak subuh.;03/03/2024;detikcom\r\n"
    )
    records = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert [(r["title"], r["outlet"], r["date"]) for r in records] == [
        ("Harga Cabai", "Kompas", "2024-03-02"),
        ("Banjir", "detikcom", "2024-03-03"),
    ]
    shown = kp("show", str(records[0]["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert shown.splitlines()[1].endswith(
        '"JAKARTA - Harga cabai naik; pedagang mengeluh.";2024-03-02;Kompas'
    )


def test_a_media_monitoring_export_is_read(tmp_path: Path, kp: Invoke) -> None:
    """As Meltwater exports search results: UTF-16, tabs, columns named in words (`Opening
    Text`, the only text it holds, `Influencer` the writer), and fields of no article."""
    header = ["Date", "Headline", "URL", "Opening Text", "Hit Sentence", "Source", "Influencer"]
    row = [
        "13-Sep-2023 09:15PM",
        "Putin Janji Bantu Korut",
        "https://www.kompas.com/global/read/2023/09/13/putin",
        "Presiden Rusia Vladimir Putin berjanji membantu Korea Utara. “Kami akan membantu,”"
        " kata Putin.",
        "... kata Putin ...",
        "Kompas",
        "Budi Santoso",
    ]
    lines = ["\t".join(header), "\t".join(row)]
    (tmp_path / "export.csv").write_text("\r\n".join(lines) + "\r\n", encoding="utf-16")
    [record] = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert (record["title"], record["outlet"], record["date"], record["byline"]) == (
        "Putin Janji Bantu Korut",
        "Kompas",
        "2023-09-13",
        "Budi Santoso",
    )
    [quote] = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert (quote["text"], quote["speaker"]) == ("Kami akan membantu", "Vladimir Putin")


@pytest.mark.parametrize(
    ("text", "title", "outlet", "date"),
    [
        ("Full Text", "Title", "Source Name", "Published Date"),  # a spreadsheet's words
        ("full-text", "title", "source.name", "publishedAt"),  # a flattened JSON's columns
        ("ARTICLE_TEXT", "HEADLINE", "OUTLET_NAME", "PUB_DATE"),
    ],
)
def test_columns_are_matched_however_their_words_are_joined(
    tmp_path: Path, kp: Invoke, text: str, title: str, outlet: str, date: str
) -> None:
    with open(tmp_path / "news.csv", "w", newline="") as handle:
        table = csv.writer(handle)
        table.writerow(["id", title, text, outlet, date])
        table.writerow(["7", "Banjir", "Banjir melanda kota.", "detikcom", "2024-03-03"])
    [record] = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert (record["title"], record["outlet"], record["date"]) == (
        "Banjir",
        "detikcom",
        "2024-03-03",
    )
    assert record["extra"] == {"id": "7"}


def test_a_report_over_a_tables_header_is_left_out(tmp_path: Path, kp: Invoke) -> None:
    """Monitoring tools write the report's name and query over the header; the header is the
    first line that names the text and another field, not a data row that names one."""
    with open(tmp_path / "report.csv", "w", newline="") as handle:
        table = csv.writer(handle)
        table.writerow(["Mentions report"])
        table.writerow(["Query:", "putin AND kim"])
        table.writerow(["Date range:", "2023-09-01", "2023-09-30"])
        table.writerow([])
        table.writerow(["Date", "Title", "Full Text", "Domain"])
        table.writerow(["2023-09-13", "Kim Tiba", "Kim tiba di Vostochny pagi ini.", "tempo.co"])
        table.writerow(["2023-09-14", "text", "Putin menerima undangan Kim.", "content"])
    records = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert [(r["title"], r["outlet"], r["date"]) for r in records] == [
        ("Kim Tiba", "Tempo", "2023-09-13"),
        ("text", "Content", "2023-09-14"),
    ]
    shown = kp("show", str(records[0]["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert shown.splitlines() == [
        "Date,Title,Full Text,Domain",
        "2023-09-13,Kim Tiba,Kim tiba di Vostochny pagi ini.,tempo.co",
    ]


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> None:
    """An Excel workbook (.xlsx) of those sheets' rows."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)


@pytest.mark.parametrize("name", ["export.xlsx", "export.xls"])
def test_a_workbook_is_read_a_row_an_article(tmp_path: Path, kp: Invoke, name: str) -> None:
    """An Excel workbook, as monitoring tools and newsrooms keep articles (an Excel 97-2003
    one too): each sheet a table (a report's lines over its header left out), its date cells
    read as dates, a row without text named, other columns kept under `extra` as their
    values (a whole number as one)."""
    write = _workbook if name.endswith(".xlsx") else _excel_97_workbook
    write(
        tmp_path / name,
        {
            "Mentions": [
                ["Report: Putin Kim"],
                ["Generated", datetime.datetime(2023, 9, 20, 10, 0)],
                [],
                ["Date", "Headline", "Full Text", "Source", "Reach"],
                [
                    datetime.datetime(2023, 9, 13, 21, 15),
                    "Putin Janji Bantu Korut",
                    "MOSKOW - Putin berjanji membantu.\n\n“Kami akan membantu,” kata Putin.",
                    "Kompas",
                    1000,
                ],
                [datetime.date(2023, 9, 14), "Kosong", None, "Tempo", 5],
            ],
            "Oktober": [
                ["title", "text", "outlet", "date"],
                ["Kim Pulang", "Kim pulang ke Pyongyang dengan kereta.", "Antara", "2023-10-01"],
            ],
        },
    )
    result = kp("sources", "--corpus", str(tmp_path), "--jsonl")
    assert f"{name}: row 2: 'Full Text' is empty or not text" in result.stderr
    records = jsonl(result)
    assert [(r["title"], r["outlet"], r["date"], r["paragraphs"]) for r in records] == [
        ("Putin Janji Bantu Korut", "Kompas", "2023-09-13", 2),
        ("Kim Pulang", "ANTARA", "2023-10-01", 1),
    ]
    assert records[0]["extra"] == {"Reach": 1000}
    assert records[0]["field_sources"]["date"] == "xlsx"
    [quote] = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert (quote["text"], quote["article"]) == ("Kami akan membantu", records[0]["article"])
    shown = kp("show", str(records[1]["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert shown.splitlines() == [
        "title,text,outlet,date",
        "Kim Pulang,Kim pulang ke Pyongyang dengan kereta.,Antara,2023-10-01",
    ]


def _workbook_with_sheet(path: Path, sheet: bytes) -> None:
    """A workbook whose first sheet is replaced by the XML given."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["title", "text"])
    made = io.BytesIO()
    book.save(made)
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            out.writestr(info, sheet if info.filename == "xl/worksheets/sheet1.xml" else data)


def _parquet(path: Path, rows: list[dict[str, Any]], row_group_size: int | None = None) -> Path:
    import pyarrow
    import pyarrow.parquet

    table = pyarrow.Table.from_pylist(rows)
    pyarrow.parquet.write_table(table, path, row_group_size=row_group_size)
    return path


def test_a_parquet_dataset_is_read_a_row_an_article(tmp_path: Path, kp: Invoke) -> None:
    """A dataset's table, as Hugging Face and pandas write it: its columns named as a JSON
    record's fields, a timestamp read as a date, a nested field as JSON's, other columns kept."""
    _parquet(
        tmp_path / "news.parquet",
        [
            {
                "title": "Kim Tiba",
                "text": "“Kami siap bekerja sama,” kata Kim Jong Un di Vostochny.",
                "published_at": datetime.datetime(2023, 9, 13, 21, 15),
                "source": {"name": "Tempo"},
                "score": decimal.Decimal("0.75"),
                "thumbnail": b"\x89PNG",
            },
            {"title": "Kosong", "text": None, "published_at": None, "source": None},
        ],
    )
    result = kp("index", str(tmp_path), "--json")
    assert result.exit_code == 0, result.stderr
    assert "news.parquet: row 2: 'text' is empty or not text" in result.stderr
    [record] = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert (record["title"], record["outlet"]) == ("Kim Tiba", "Tempo")
    assert record["date"] == "2023-09-13"
    assert record["extra"] == {"score": 0.75, "thumbnail": None}
    [quote] = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert quote["speaker"] == "Kim Jong Un"
    shown = kp("show", str(record["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert json.loads(shown)["published_at"] == "2023-09-13T21:15:00"


def test_a_large_parquet_dataset_is_read_a_row_group_at_a_time(
    tmp_path: Path, kp: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)  # parts are not held to it
    rows = _stories_with_noise(3000, 150, "text")
    data = _parquet(tmp_path / "data.parquet", rows, row_group_size=500)
    parts = reader.parquet_parts(data)
    assert parts == [(i, i + 1, 500 * i + 1) for i in range(6)]
    result = kp("index", str(tmp_path), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["articles_read"] == 3000
    hits = jsonl(kp("search", "nomor", "2222", "--exact", "--corpus", str(tmp_path), "--jsonl"))
    hit = hits[0]
    assert hit["title"] == "Jembatan nomor 2222"
    shown = kp("show", hit["article"], "--raw", "--corpus", str(tmp_path))
    assert json.loads(shown.stdout)["title"] == "Jembatan nomor 2222"


def test_a_damaged_parquet_file_is_named(tmp_path: Path, kp: Invoke) -> None:
    good = _parquet(tmp_path / "good.parquet", [{"text": "Banjir melanda kota hari ini."}])
    whole = good.read_bytes()
    (tmp_path / "cut.parquet").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "noise.parquet").write_bytes(b"PAR1 this is no table at all PAR1")
    _parquet(tmp_path / "columns.parquet", [{"headline": "Banjir", "views": 3}])
    result = kp("index", str(tmp_path), "--json")
    assert result.exit_code == 3
    failures = {f["path"]: f["reason"] for f in json.loads(result.stdout)["failures"]}
    assert failures["cut.parquet"].startswith("not a readable Parquet file (")
    assert failures["noise.parquet"].startswith("not a readable Parquet file (")
    assert failures["columns.parquet"].startswith("no column holds the article text")
    assert "Traceback" not in result.stderr
    assert len(jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))) == 1


def _excel_97_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> None:
    """An Excel 97-2003 workbook (.xls), its days written as Excel keeps them: numbers
    formatted as dates."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    as_a_day = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, datetime.date):
                    sheet.write(r, c, value, as_a_day)
                elif value is not None:
                    sheet.write(r, c, value)
    book.save(str(path))


@pytest.mark.parametrize(
    "saved",
    [
        # a web application's "Excel" export: a page of a table
        "<html><head><meta charset='utf-8'></head><body><table>"
        "<tr><th>Tanggal</th><th>Judul</th><th>Isi</th><th>Media</th></tr>"
        "<tr><td>13/09/2023</td><td>Putin Janji Bantu Korut</td>"
        "<td>“Kami akan membantu,” kata Putin.</td><td>Kompas</td></tr>"
        "</table></body></html>",
        # or text separated by tabs
        "Tanggal\tJudul\tIsi\tMedia\n"
        "13/09/2023\tPutin Janji Bantu Korut\t“Kami akan membantu,” kata Putin.\tKompas\n",
    ],
)
def test_a_table_saved_under_an_excel_name_is_read_as_one(
    tmp_path: Path, kp: Invoke, saved: str
) -> None:
    (tmp_path / "ekspor.xls").write_text(saved, encoding="utf-8")
    (article,) = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert (article["title"], article["outlet"], article["date"]) == (
        "Putin Janji Bantu Korut",
        "Kompas",
        "2023-09-13",
    )
    (quote,) = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert quote["speaker"] == "Putin"


def test_a_bad_excel_97_workbook_is_named_and_skipped(tmp_path: Path, kp: Invoke) -> None:
    _excel_97_workbook(tmp_path / "whole.xls", {"A": [["title", "text"], ["Kim", "Kim tiba."]]})
    whole = (tmp_path / "whole.xls").read_bytes()
    (tmp_path / "cut.xls").write_bytes(whole[: len(whole) // 2])
    # a few bytes too many, which xlrd notices (to stdout, unless told) and reads past
    (tmp_path / "padded.xls").write_bytes(whole + bytes(7))
    # no workbook, nor a table under the name
    (tmp_path / "noise.xls").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    result = kp("index", str(tmp_path), "--json")
    reasons = {f["path"]: f["reason"] for f in json.loads(result.stdout)["failures"]}
    assert reasons.pop("noise.xls").startswith("not an Excel 97-2003 workbook, nor a table")
    assert reasons.pop("cut.xls").startswith("not a readable workbook")
    assert reasons == {}
    assert json.loads(result.stdout)["added"] == 2  # the whole and the padded workbook


def test_a_bad_workbook_is_named_and_skipped(tmp_path: Path, kp: Invoke) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["judul", "penulis"])
    book.active.append(["Harga Beras Naik", "Budi"])
    book.save(tmp_path / "notext.xlsx")
    openpyxl.Workbook().save(tmp_path / "empty.xlsx")
    whole = (tmp_path / "notext.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "fake.xlsx").write_text("this is no workbook")
    # a few kilobytes that unpack to 70 MB, and entities that expand to gigabytes
    _workbook_with_sheet(tmp_path / "large.xlsx", b"<a>" + b" " * (70 * 1024 * 1024) + b"</a>")
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10)).replace(
        "&e0;", "ha"
    )
    _workbook_with_sheet(
        tmp_path / "laughs.xlsx",
        f'<?xml version="1.0"?><!DOCTYPE s [{entities}]><worksheet>&e9;</worksheet>'.encode(),
    )
    (tmp_path / "story.txt").write_text("Harga beras naik lagi pekan ini di Jakarta.\n")
    result = kp("index", str(tmp_path))
    assert result.exit_code == 3
    warned = dict(line.split(": ", 3)[2:] for line in result.stderr.splitlines()[:-1])
    assert warned["notext.xlsx"] == (
        "no column holds the article text (its header: judul, penulis; name it text, body,"
        " content …)"
    )
    assert warned["empty.xlsx"] == "no articles in the workbook"
    assert warned["cut.xlsx"].startswith("not a readable workbook")
    assert warned["fake.xlsx"].startswith("not a readable workbook")
    assert warned["large.xlsx"] == "workbook too large unpacked (over 64 MB)"
    assert warned["laughs.xlsx"].startswith("not a readable workbook")
    assert "1 added" in result.stderr and "6 failed" in result.stderr


def test_a_csv_with_old_mac_line_ends_is_read_and_shown(tmp_path: Path, kp: Invoke) -> None:
    """Excel's "CSV (Macintosh)" ends its lines with bare carriage returns."""
    (tmp_path / "mac.csv").write_bytes(
        b"title,text,source\rBanjir,Banjir melanda kota sejak subuh.,detikcom\r"
    )
    [record] = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert (record["title"], record["outlet"]) == ("Banjir", "detikcom")
    shown = kp("show", str(record["article"]), "--raw", "--corpus", str(tmp_path))
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout.splitlines() == [
        "title,text,source",
        "Banjir,Banjir melanda kota sejak subuh.,detikcom",
    ]


def test_tables_of_articles(tmp_path: Path, kp: Invoke) -> None:
    """A CSV or TSV export with a header row: one article a row, fields named as in JSON."""
    root = tmp_path / "tables"
    root.mkdir()
    with open(root / "news.csv", "w", newline="") as handle:
        table = csv.writer(handle)
        table.writerow(["Title", "content", "date", "source", "url"])
        table.writerow(
            [
                "Harga Cabai Naik",
                "JAKARTA, KOMPAS.com - Harga cabai naik.\n\n"
                "“Harga naik terus sejak pekan lalu,” kata pedagang Slamet.",
                "2024-03-02",
                "Kompas",
                "https://kompas.com/a",
            ]
        )
        table.writerow(["Kosong", "", "", "", ""])
    (root / "more.tsv").write_text(
        "title\ttext\toutlet\nBanjir\tBanjir melanda kota sejak subuh.\tdetikcom\n"
    )
    (root / "broken.csv").write_text('title,text\n"unclosed,Isi berita\n')
    result = kp("sources", "--corpus", str(root), "--jsonl")
    records = {r["title"]: r for r in jsonl(result)}
    assert set(records) == {"Harga Cabai Naik", "Banjir"}
    assert records["Harga Cabai Naik"]["field_sources"]["outlet"] == "csv"
    assert (records["Harga Cabai Naik"]["paragraphs"], records["Banjir"]["outlet"]) == (
        2,
        "detikcom",
    )
    assert "news.csv: row 2: 'content' is empty or not text" in result.stderr
    (quote,) = jsonl(kp("quotes", "--corpus", str(root), "--jsonl"))
    assert (quote["speaker"], quote["paragraph"]) == ("Slamet", 2)
    raw = kp("show", records["Harga Cabai Naik"]["article"], "--raw", "--corpus", str(root))
    assert next(csv.reader(raw.stdout.splitlines()[:1])) == [
        "Title",
        "content",
        "date",
        "source",
        "url",
    ]
    assert "Harga Cabai Naik" in raw.stdout and "Kosong" not in raw.stdout


def test_the_raw_source_is_decoded_as_kp_read_it(tmp_path: Path, kp: Invoke) -> None:
    story = "JAKARTA, KOMPAS.com - “Kopi di kafé ini enak,” kata Budi Santoso kepada wartawan."
    (tmp_path / "legacy.txt").write_bytes(f"Judul Lama\n\n{story}\n".encode("cp1252"))
    (tmp_path / "wide.txt").write_text(f"Judul Lebar\n\n{story} Lebar.\n", encoding="utf-16")
    feed = json.dumps({"title": "Judul Baris", "text": f"{story} Baris."}, ensure_ascii=False)
    (tmp_path / "wide.jsonl").write_text(f"{feed}\n", encoding="utf-16")
    sources = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    ids = {r["path"]: r["article"] for r in sources}
    assert set(ids) == {"legacy.txt", "wide.txt", "wide.jsonl"}
    for path, title in [
        ("legacy.txt", "Judul Lama"),
        ("wide.txt", "Judul Lebar"),
        ("wide.jsonl", '{"title": "Judul Baris"'),
    ]:
        raw = kp("show", ids[path], "--raw", "--corpus", str(tmp_path)).stdout
        assert raw.startswith(title) and "di kafé ini" in raw, (path, raw[:80])


def test_mojibake_is_repaired_and_the_raw_source_kept(tmp_path: Path, kp: Invoke) -> None:
    story = "JAKARTA - “Kopi di kafé ini enak,” kata Budi Santoso kepada wartawan."
    # UTF-8 once read as Windows-1252 and saved again: “ is â€œ, é is Ã©
    garbled = story.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")
    assert "â€œ" in garbled and "Ã©" in garbled
    write_article(tmp_path, "garbled.txt", f"Judul\n\n{garbled}\n")
    record = json.dumps({"title": "Baris", "text": garbled.replace("Budi", "Ani")})
    write_article(tmp_path, "garbled.jsonl", record + "\n")
    write_article(tmp_path, "saopaulo.txt", "SÃO PAULO - Harga kopi naik di pasar induk.\n")
    result = kp("index", str(tmp_path))
    assert "garbled.txt: mojibake (UTF-8 text once read as Windows-1252" in result.stderr
    assert "garbled.jsonl: mojibake" in result.stderr and "saopaulo.txt" not in result.stderr
    quotes = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert sorted((q["speaker"], q["text"]) for q in quotes) == [
        ("Ani Santoso", "Kopi di kafé ini enak"),
        ("Budi Santoso", "Kopi di kafé ini enak"),
    ]
    (hit,) = jsonl(kp("search", "paulo", "--corpus", str(tmp_path), "--jsonl"))
    assert str(hit["text"]).startswith("SÃO PAULO")  # capitals of Portuguese, left alone
    ids = {
        r["path"]: r["article"] for r in jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    }
    raw = kp("show", ids["garbled.txt"], "--raw", "--corpus", str(tmp_path)).stdout
    assert "â€œKopi" in raw  # the file as it is


def test_gzipped_files_are_read_and_bad_ones_named(
    tmp_path: Path, kp: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 20_000)
    story = "JAKARTA, KOMPAS.com - “Harga beras naik lagi minggu ini,” kata Budi Santoso."
    (tmp_path / "story.TXT.gz").write_bytes(gzip.compress(f"Judul Berkas\n\n{story}\n".encode()))
    lines = [json.dumps({"title": f"Baris {i}", "text": f"{story} Nomor {i}."}) for i in range(3)]
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(story.encode() * 50)[:40])
    (tmp_path / "plain.json.gz").write_text(lines[0])
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"beras " * 10_000))  # 60 KB inside
    (tmp_path / "archive.7z.gz").write_bytes(gzip.compress(b"not an article"))
    result = kp("index", str(tmp_path), "--json")
    assert result.exit_code == 3
    summary = json.loads(result.stdout)
    assert (summary["added"], summary["failed"], summary["skipped"]) == (2, 3, 1)
    for name, reason in [
        ("cut.txt.gz", "not a readable gzip file"),
        ("plain.json.gz", "not a readable gzip file (Not a gzipped file"),
        ("bomb.txt.gz", "file too large when decompressed (over 20000 bytes)"),
    ]:
        assert f"kp: warning: {name}: {reason}" in result.stderr
    hits = jsonl(kp("search", "beras", "--corpus", str(tmp_path), "--jsonl"))
    assert sorted(h["title"] for h in hits) == ["Baris 0", "Baris 1", "Baris 2", "Judul Berkas"]
    by_title = {h["title"]: h["article"] for h in hits}
    raw = kp("show", by_title["Baris 1"], "--raw", "--corpus", str(tmp_path)).stdout
    assert json.loads(raw)["title"] == "Baris 1"
    raw = kp("show", by_title["Judul Berkas"], "--raw", "--corpus", str(tmp_path)).stdout
    assert raw.startswith("Judul Berkas\n\nJAKARTA")


def test_html_in_json_and_csv_fields_is_read_as_text(tmp_path: Path, kp: Invoke) -> None:
    body = (
        "<p>JAKARTA, KOMPAS.com - Presiden Joko Widodo\n meresmikan tol baru.</p>"
        "<p>&ldquo;Tol ini penting bagi ekonomi,&rdquo; kata Jokowi.</p>"
        '<div class="baca">Baca juga: <a href="/x">Tol Lain</a></div>'
        "<script>var quote = '“Bukan kutipan,” kata Iklan.';</script>"
        "<p>Tarif tol &amp; jalan akses<br>diumumkan pekan depan.</p>"
        "Gerbang tol dibuka pukul enam pagi.<br/><br />Jalan akses ikut dibuka sore harinya."
    )
    wordpress = {
        "title": {"rendered": "Tol Baru &#8211; Jokowi Resmikan, R&D 5 < 7"},
        "link": "https://x.co/tol?id=7&notify=1&para=2",
        "content": {"rendered": body},
        "date": "2023-10-09",
    }
    (tmp_path / "wp.jsonl").write_text(json.dumps(wordpress) + "\n")
    (record,) = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert record["title"] == "Tol Baru – Jokowi Resmikan, R&D 5 < 7"
    assert record["url"] == "https://x.co/tol?id=7&notify=1&para=2"  # "&not" is no entity here
    shown = kp("show", str(record["article"]), "--corpus", str(tmp_path), "--json")
    (article,) = json.loads(shown.stdout)
    assert [b["text"] for b in article["blocks"] if b["kind"] == "content"] == [
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan tol baru.",
        "“Tol ini penting bagi ekonomi,” kata Jokowi.",
        "Tarif tol & jalan akses diumumkan pekan depan.",  # one <br> breaks a line only
        "Gerbang tol dibuka pukul enam pagi.",
        "Jalan akses ikut dibuka sore harinya.",
    ]
    quotes = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("Tol ini penting bagi ekonomi", "Joko Widodo")  # a well-known nickname
    ]


def test_a_cms_body_of_blocks_or_in_an_object_and_a_list_of_html_paragraphs(
    tmp_path: Path, kp: Invoke
) -> None:
    """Structured bodies as headless CMSs export them: blocks with their text (Editor.js puts
    it under ``data``, Portable Text in ``children``), an object holding the HTML, and HTML
    in the items of a list of paragraphs."""
    blocks = {
        "title": "Blok",
        "content": [
            {"type": "paragraph", "text": "Harga beras naik di pasar induk."},
            {"type": "paragraph", "data": {"text": "Pedagang <b>mengeluhkan</b> pasokan."}},
            {"_type": "block", "children": [{"text": "Pembeli "}, {"text": "berkurang."}]},
            {"type": "image", "url": "https://x.co/beras.jpg"},
        ],
    }
    wrapped = {
        "data": {
            "article": {"headline": "Objek", "body": {"html": "<p>Beras A.</p><p>Beras B.</p>"}}
        }
    }
    listed = {"title": "Daftar", "text": ["<p>Beras <i>satu</i>.</p>", "Beras &amp; dua."]}
    (tmp_path / "blocks.json").write_text(json.dumps(blocks))
    (tmp_path / "wrapped.json").write_text(json.dumps(wrapped))
    (tmp_path / "listed.json").write_text(json.dumps(listed))
    assert kp("index", str(tmp_path)).exit_code == 0
    paragraphs = {}
    for record in jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl")):
        (article,) = json.loads(
            kp("show", str(record["article"]), "--corpus", str(tmp_path), "--json").stdout
        )
        paragraphs[record["title"]] = [
            b["text"] for b in article["blocks"] if b["kind"] == "content"
        ]
    assert paragraphs == {
        "Blok": [
            "Harga beras naik di pasar induk.",
            "Pedagang mengeluhkan pasokan.",
            "Pembeli berkurang.",
        ],
        "Objek": ["Beras A.", "Beras B."],
        "Daftar": ["Beras satu.", "Beras & dua."],
    }


def test_the_outlet_of_an_article_without_one_comes_from_its_url(
    kp: Invoke, tmp_path: Path
) -> None:
    story = "Presiden meresmikan jembatan baru di kota itu pada pagi hari ini."
    records = [
        {"title": "Satu", "text": f"{story} Satu.", "url": "https://dunia.tempo.co/read/1/a"},
        {"title": "Dua", "text": f"{story} Dua.", "url": "https://apnews.com/article/b"},
        {"title": "Tiga", "text": f"{story} Tiga.", "url": "https://berita.example.co.id/c"},
        {"title": "Empat", "text": f"{story} Empat.", "url": "x", "source": "Koran Kita"},
        # a known outlet on another's domain, and one known by its short form
        {
            "title": "Lima",
            "text": f"{story} Lima.",
            "url": "https://koreajoongangdaily.joins.com/e",
        },
        {"title": "Enam", "text": f"{story} Enam.", "url": "https://www.ft.com/content/f"},
    ]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    found = {r["title"]: r for r in jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))}
    assert {t: (r["outlet"], r["field_sources"].get("outlet")) for t, r in found.items()} == {
        "Satu": ("Tempo", "url"),
        "Dua": ("AP", "url"),
        "Tiga": ("Example", "url"),
        "Empat": ("Koran Kita", "json"),  # an outlet given wins
        "Lima": ("Korea JoongAng Daily", "url"),
        "Enam": ("Financial Times", "url"),
    }


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Tempo.co - Dunia</title>
<item><title>Putin Terima Undangan Kim</title>
  <link>https://dunia.tempo.co/read/1771234/putin</link>
  <pubDate>Thu, 14 Sep 2023 08:30:00 +0700</pubDate><dc:creator>Daniel Fajri</dc:creator>
  <description>Ringkasan pendek.</description>
  <content:encoded><![CDATA[<p>TEMPO.CO, Jakarta - Presiden Rusia Vladimir Putin menerima
  undangan Kim Jong Un.</p><p>&ldquo;Belum ada rencana konkret,&rdquo; kata Peskov.</p>]]>
  </content:encoded></item>
<item><title>Kosong</title><link>https://dunia.tempo.co/x</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>AP News</title>
<entry><title>Kim arrives in Russia</title>
  <link rel="alternate" href="https://apnews.com/article/kim-1"/>
  <published>2023-09-12T10:00:00Z</published><author><name>Hyung-Jin Kim</name></author>
  <content type="html">&lt;p&gt;VLADIVOSTOK, Russia (AP) — Kim Jong Un arrived in
  Russia.&lt;/p&gt;&lt;p&gt;"We will always be with Russia," Kim said.&lt;/p&gt;</content>
</entry>
<entry><title>Putin shows Kim a rocket</title>
  <link href="https://apnews.com/article/kim-2"/><updated>2023-09-13T10:00:00Z</updated>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>VOSTOCHNY, Russia (AP)
  — Putin showed Kim a rocket assembly hall.</p><p>"This is why we came," Putin said.</p>
  </div></content>
</entry></feed>"""


def test_rss_and_atom_feeds_give_an_article_an_item(kp: Invoke, tmp_path: Path) -> None:
    (tmp_path / "tempo.rss").write_text(RSS)
    (tmp_path / "ap.atom.gz").write_bytes(gzip.compress(ATOM.encode()))
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>https://x</loc></url></urlset>")
    (tmp_path / "cut.rss").write_text(RSS[:300])
    (tmp_path / "bomb.xml").write_text(
        '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><item>'
        "<title>&b;</title><description>isi berita</description></item></channel></rss>"
    )
    result = kp("index", str(tmp_path), "--json")
    assert result.exit_code == 3
    for name, reason in [
        ("tempo.rss", "item 2: no text or body field"),
        ("sitemap.xml", "not an RSS or Atom feed, nor a NITF or NewsML-G2 document"),
        ("cut.rss", "malformed XML"),
        ("bomb.xml", "XML that declares entities is not read"),
    ]:
        assert f"kp: warning: {name}: {reason}" in result.stderr
    found = {r["title"]: r for r in jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))}
    assert {t: (r["outlet"], r["date"], r["byline"]) for t, r in found.items()} == {
        "Putin Terima Undangan Kim": ("Tempo", "2023-09-14", "Daniel Fajri"),
        "Kim arrives in Russia": ("AP", "2023-09-12", "Hyung-Jin Kim"),
        # an Atom body of XHTML elements (type="xhtml") is read as HTML is
        "Putin shows Kim a rocket": ("AP", "2023-09-13", None),
    }
    quotes = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert sorted((q["text"], q["speaker"]) for q in quotes) == [
        ("Belum ada rencana konkret", "Peskov"),
        ("This is why we came", "Putin"),
        ("We will always be with Russia", "Kim Jong Un"),
    ]
    article = found["Kim arrives in Russia"]["article"]
    raw = kp("show", str(article), "--raw", "--corpus", str(tmp_path)).stdout
    assert raw.startswith('<entry xmlns="http://www.w3.org/2005/Atom"><title>Kim arrives')


NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Kim meets Putin</title><pubdata name="AP" type="web"/>
<docdata><date.issue norm="20230913T083000"/></docdata></head>
<body><body.head><hedline><hl1>Kim meets Putin at spaceport</hl1></hedline>
<byline>By <person>Jane Doe</person>, <byttl>AP writer</byttl></byline></body.head>
<body.content><p>VOSTOCHNY, Russia (AP) — North Korean leader Kim Jong Un met Vladimir Putin.</p>
<p>"We will always be with Russia," Kim said.</p></body.content></body></nitf>"""
NEWSML = """<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2023-09-14</sent></header>
<itemSet><newsItem guid="urn:newsml:example.com:1">
<itemMeta><provider literal="Reuters"/><versionCreated>2023-09-13T11:58:00Z</versionCreated>
</itemMeta><contentMeta><contentCreated>2023-09-13T11:30:00Z</contentCreated>
<headline>Kim tells Putin of a sacred fight</headline><by>By Guy Faulconbridge</by></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>menu</title></head><body>
<p>VOSTOCHNY, Russia (Reuters) - Kim Jong Un met Vladimir Putin at a spaceport.</p>
<p>"Russia is rising up to a sacred fight," Kim said.</p></body></html></inlineXML></contentSet>
</newsItem><newsItem guid="urn:newsml:example.com:2">
<itemMeta><provider><name>TASS</name></provider><firstCreated>2023-09-14T08:00:00Z</firstCreated>
</itemMeta><contentMeta><headline>Peskov: no agreements signed</headline></contentMeta>
<contentSet><inlineData contenttype="text/plain">MOSCOW. No agreements were signed.

"The talks were substantive," Peskov said.</inlineData></contentSet></newsItem>
</itemSet></newsMessage>"""


def test_wire_agencies_nitf_and_newsml_g2_give_an_article_a_story(
    kp: Invoke, tmp_path: Path
) -> None:
    (tmp_path / "ap.xml").write_text(NITF)
    (tmp_path / "wire.xml").write_text(NEWSML)
    (tmp_path / "empty-message.xml").write_text(
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet/></newsMessage>'
    )
    result = kp("index", str(tmp_path), "--json")
    assert "kp: warning: empty-message.xml: no articles in the feed" in result.stderr
    assert (json.loads(result.stdout)["added"], json.loads(result.stdout)["failed"]) == (2, 1)
    found = {r["title"]: r for r in jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))}
    assert {t: (r["outlet"], r["date"], r["byline"]) for t, r in found.items()} == {
        "Kim meets Putin at spaceport": ("AP", "2023-09-13", "Jane Doe"),
        "Kim tells Putin of a sacred fight": ("Reuters", "2023-09-13", "Guy Faulconbridge"),
        "Peskov: no agreements signed": ("TASS", "2023-09-14", None),
    }
    quotes = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert sorted((q["text"], q["speaker"]) for q in quotes) == [
        ("Russia is rising up to a sacred fight", "Kim Jong Un"),
        ("The talks were substantive", "Peskov"),
        ("We will always be with Russia", "Kim Jong Un"),
    ]
    article = found["Peskov: no agreements signed"]["article"]
    raw = kp("show", str(article), "--raw", "--corpus", str(tmp_path)).stdout
    assert raw.startswith('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid=')


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("<p>Harga<!-- iklan --> naik</p><p>Dua</p>", "Harga naik\n\nDua"),  # a comment
        ("<p>Satu</p><style>p {}</style><script>x()</script>Dua<br>tiga", "Satu\n\nDua tiga"),
        ("<div>" * 5000 + "dalam sekali" + "</div>" * 5000, "dalam sekali"),  # past any depth
        ("Tarif &amp; jalan, 5 < 7", "Tarif & jalan, 5 < 7"),  # no markup: entities only
    ],
)
def test_markup_in_a_body_keeps_every_word(body: str, text: str) -> None:
    assert reader.markup_text(body) == text


def test_a_given_date_kp_cannot_read_is_named(tmp_path: Path, kp: Invoke) -> None:
    rows = [
        {
            "title": "Kemarin",
            "text": "JAKARTA, Rabu (13/9/2023) - Harga cabai naik.",
            "date": "kemarin",
        },
        {"title": "Mustahil", "text": "Harga beras turun.", "date": "2023-02-30"},
        {"title": "Baik", "text": "Harga gula naik.", "date": "2023-09-14"},
        # placeholders of unset dates: Go's zero time, the largest date, the Unix epoch
        {"title": "Nol", "text": "Harga garam naik.", "date": "0001-01-01T00:00:00Z"},
        {"title": "Maks", "text": "Harga garam turun.", "date": "9999-12-31"},
        {"title": "Epoch", "text": "Harga telur naik.", "date": 0},
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    write_article(tmp_path, "cabai.txt", "JAKARTA - Harga cabai naik lagi.\n")
    (tmp_path / "cabai.meta.json").write_text('{"date": "pekan lalu"}')
    result = kp("index", str(tmp_path))
    assert "feed.jsonl: line 1: date 'kemarin' is not a date kp reads" in result.stderr
    assert "feed.jsonl: line 2: date '2023-02-30' is not a date kp reads" in result.stderr
    assert "sidecar cabai.meta.json: date 'pekan lalu' is not a date kp reads" in result.stderr
    assert "line 3" not in result.stderr
    assert "feed.jsonl: line 4: date '0001-01-01T00:00:00Z' is not a date kp reads" in result.stderr
    assert "feed.jsonl: line 5: date '9999-12-31' is not a date kp reads" in result.stderr
    dates = {
        r["title"]: r["date"] for r in jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    }
    assert (dates["Kemarin"], dates["Mustahil"], dates["Baik"]) == (
        "2023-09-13",
        None,
        "2023-09-14",
    )
    assert dates["Nol"] is dates["Maks"] is dates["Epoch"] is None


def test_markdown_is_read_as_markdown_with_its_front_matter(tmp_path: Path, kp: Invoke) -> None:
    write_article(
        tmp_path,
        "rupiah.md",
        "---\ntitle: Rupiah Menguat\ndate: 2023-10-03\nsource: Kontan\nupdated: 2023-10-04\n"
        "tags: [rupiah, kurs]\nauthor:\n  name: Dina Hutauruk\n---\n\n"
        "**KONTAN.CO.ID - JAKARTA.** Rupiah menguat di [pasar spot](https://example.com/spot).\n\n"
        "![Grafik rupiah](https://example.com/grafik.png)\n\n"
        '> "Pasar melihat peluang The Fed menahan suku bunga," ujar ekonom **Josua Pardede**.\n',
    )
    write_article(tmp_path, "rusak.md", "---\ntitle: [unclosed\n---\nHarga cabai naik lagi.\n")
    write_article(
        tmp_path,
        "garis.md",
        "---\nSebuah catatan di antara dua garis.\n---\n\nHarga telur naik lagi.\n",
    )
    laughs = "".join(  # each level nine times the one before: 9**9 values once expanded
        f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9) if n else 'lol'}]\n" for n in range(10)
    )
    write_article(tmp_path, "bom.md", f"---\n{laughs}---\nHarga beras turun lagi.\n")
    result = kp("index", str(tmp_path))
    assert "rusak.md: front matter not read: malformed YAML" in result.stderr
    assert "bom.md: front matter not read: malformed YAML (aliases are not read)" in result.stderr
    records = {r["path"]: r for r in jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))}
    rupiah = records["rupiah.md"]
    assert (rupiah["title"], rupiah["date"], rupiah["outlet"], rupiah["byline"]) == (
        "Rupiah Menguat",
        "2023-10-03",
        "Kontan",
        "Dina Hutauruk",
    )
    assert rupiah["field_sources"]["date"] == "markdown"
    assert rupiah["extra"] == {"updated": "2023-10-04", "tags": ["rupiah", "kurs"]}
    shown = jsonl(kp("show", str(rupiah["article"]), "--jsonl", "--corpus", str(tmp_path)))[0]
    texts = [b["text"] for b in shown["blocks"]]  # type: ignore[union-attr]
    assert texts[0] == "KONTAN.CO.ID - JAKARTA. Rupiah menguat di pasar spot."
    assert not any("http" in t or "**" in t for t in texts)
    (quote,) = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert (quote["speaker"], quote["speaker_as_written"]) == (
        "Josua Pardede",
        "ekonom Josua Pardede",
    )
    # front matter that cannot be read stays in the text, and so do lines between rules
    rusak = jsonl(
        kp("show", str(records["rusak.md"]["article"]), "--jsonl", "--corpus", str(tmp_path))
    )
    assert "title: [unclosed" in [b["text"] for b in rusak[0]["blocks"]]  # type: ignore[union-attr]
    garis = jsonl(
        kp("show", str(records["garis.md"]["article"]), "--jsonl", "--corpus", str(tmp_path))
    )
    texts = [b["text"] for b in garis[0]["blocks"]]  # type: ignore[union-attr]
    assert "Sebuah catatan di antara dua garis." in texts and "Harga telur naik lagi." in texts
    raw = kp("show", str(rupiah["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert raw.startswith("---\ntitle: Rupiah Menguat")


def test_a_large_json_lines_file_in_utf16_without_its_mark_is_read_whole(tmp_path: Path) -> None:
    feed = _large_feed(tmp_path / "feed", 600)
    feed.write_bytes(feed.read_text().encode("utf-16-le"))
    assert reader.jsonl_parts(feed) is None
    result = reader.read_file(feed, "export.jsonl")
    assert len(result.docs) == 599 and "UTF-16 without a byte order mark" in result.warnings[0]


def test_a_web_page_saved_as_text_is_read_as_a_page(kp: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "news"
    page = HTML.replace("cabai", "bawang").replace("Cabai", "Bawang")
    write_article(root, "saved.txt", "\ufeff\n" + page)
    (record,) = jsonl(kp("sources", "--corpus", str(root), "--jsonl"))
    assert (record["title"], record["field_sources"]["title"]) == (  # type: ignore[index]
        "Harga Bawang Naik Jelang Lebaran",
        "html",
    )
    shown = kp("show", str(record["article"]), "--corpus", str(root), "--jsonl").stdout
    assert "<p>" not in shown and "bawang" in shown


def test_an_article_body_saved_with_its_markup_is_read_as_paragraphs(
    kp: Invoke, tmp_path: Path
) -> None:
    root = tmp_path / "news"
    write_article(
        root,
        "body.txt",
        "<p>JAKARTA, KOMPAS.com - Harga cabai naik &quot;tajam&quot; hari ini.</p>\n"
        "<p>&quot;Kami siap,&quot; kata Budi Santoso.</p><p>Baca juga: <a href=x>Beras</a></p>",
    )
    (record,) = jsonl(kp("sources", "--corpus", str(root), "--jsonl"))
    assert (record["outlet"], record["paragraphs"]) == ("Kompas", 2)
    (quote,) = jsonl(kp("quotes", "--corpus", str(root), "--jsonl"))
    assert (quote["speaker"], quote["text"]) == ("Budi Santoso", "Kami siap")


def test_api_responses_and_search_engine_exports(kp: Invoke, tmp_path: Path) -> None:
    def story(title: str) -> dict[str, str]:
        return {"title": title, "content": f"{title} melanda kota.", "published_at": "2023-09-14"}

    root = tmp_path / "exports"
    root.mkdir()
    (root / "api.json").write_text(json.dumps({"status": "ok", "data": [story("Banjir")]}))
    hits = [{"_index": "news", "_id": "1", "_source": story("Gempa")}]
    (root / "search.json").write_text(json.dumps({"took": 3, "hits": {"total": 1, "hits": hits}}))
    (root / "dump.jsonl").write_text(json.dumps({"_id": "2", "_source": story("Angin")}) + "\n")
    # articles keyed by their ids, as Firebase exports them, alone or under a container key
    (root / "keyed.json").write_text(json.dumps({"a1": story("Longsor"), "a2": story("Kabut")}))
    (root / "held.json").write_text(json.dumps({"articles": {"x9": story("Kekeringan")}}))
    records = jsonl(kp("sources", "--corpus", str(root), "--jsonl"))
    assert sorted((r["path"], r["title"], r["date"]) for r in records) == [
        ("api.json", "Banjir", "2023-09-14"),
        ("dump.jsonl", "Angin", "2023-09-14"),
        ("held.json", "Kekeringan", "2023-09-14"),
        ("keyed.json", "Kabut", "2023-09-14"),
        ("keyed.json", "Longsor", "2023-09-14"),
        ("search.json", "Gempa", "2023-09-14"),
    ]


def test_a_record_whose_fields_are_one_level_down_and_compact_dates(
    kp: Invoke, tmp_path: Path
) -> None:
    root = tmp_path / "exports"
    root.mkdir()
    nested = {
        "meta": {"title": "Peskov Bicara", "published": "20230914T100000Z", "site": "Tempo"},
        "content": {"body": "Peskov mengatakan tidak ada perjanjian yang ditandatangani."},
    }
    (root / "nested.jsonl").write_text(json.dumps(nested) + "\n")
    # GDELT's field names and its date written without separators
    gdelt = {
        "DocumentIdentifier": "https://www.tempo.co/x",
        "SourceCommonName": "tempo.co",
        "DATE": "20230913150000",
        "Title": "Kim dan Putin",
        "Content": "Kim Jong Un bertemu Vladimir Putin di Vostochny.",
    }
    (root / "gdelt.json").write_text(json.dumps([gdelt]))
    result = kp("sources", "--corpus", str(root), "--jsonl")
    assert result.exit_code == 0, result.output
    records = sorted(jsonl(result), key=lambda r: str(r["path"]))
    assert [(r["path"], r["outlet"], r["date"], r["title"]) for r in records] == [
        ("gdelt.json", "Tempo", "2023-09-13", "Kim dan Putin"),
        ("nested.jsonl", "Tempo", "2023-09-14", "Peskov Bicara"),
    ]
    assert records[0]["url"] == "https://www.tempo.co/x"
    assert records[1]["field_sources"]["date"] == "json"  # type: ignore[index]


def test_a_spreadsheet_export_with_indonesian_column_names(kp: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "sheet"
    root.mkdir()
    (root / "export.csv").write_text(
        "Judul;Isi;Tanggal;Media;Penulis;Tautan\n"
        "Banjir Bekasi;Banjir melanda Bekasi sejak subuh.;09/15/2023;detik.com;Budi;"
        "https://news.detik.com/b\n",
        encoding="cp1252",
    )
    (record,) = jsonl(kp("sources", "--corpus", str(root), "--jsonl"))
    assert (record["title"], record["date"], record["outlet"], record["byline"]) == (
        "Banjir Bekasi",
        "2023-09-15",
        "detikcom",
        "Budi",
    )
    assert record["url"] == "https://news.detik.com/b"


def test_an_aggregator_feed_names_each_items_own_outlet(kp: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "feeds"
    root.mkdir()
    (root / "google-news.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Google News</title><item>'
        "<title>Putin accepts Kim's invitation - Reuters</title>"
        "<link>https://news.google.com/rss/articles/CBMi?oc=5</link>"
        "<pubDate>Thu, 14 Sep 2023 03:12:00 GMT</pubDate>"
        "<description>Putin accepted an invitation to visit North Korea.</description>"
        '<source url="https://www.reuters.com">Reuters</source></item></channel></rss>'
    )
    (record,) = jsonl(kp("sources", "--corpus", str(root), "--jsonl"))
    assert (record["outlet"], record["title"]) == ("Reuters", "Putin accepts Kim's invitation")
    assert record["field_sources"]["outlet"] == "feed"  # type: ignore[index]


def _strict_json(line: str) -> object:
    def refuse(constant: str) -> object:
        raise ValueError(f"{constant} is no JSON")

    return json.loads(line, parse_constant=refuse)


def test_mongodb_exports_and_numbers_json_cannot_hold(kp: Invoke, tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "export.jsonl",
        '{"_id": {"$oid": "6501"}, "text": "Harga beras naik lagi di pasar induk.", '
        '"date": {"$date": {"$numberLong": "1694649600000"}}}\n'
        '{"text": "Harga cabai turun di pasar induk hari ini.", '
        '"date": {"$date": "2023-09-15T08:00:00Z"}}\n'
        '{"text": "Banjir melanda kota sejak subuh hari ini.", "score": NaN, "rank": -Infinity, '
        '"date": 1e400}\n',
    )
    result = kp("sources", "--corpus", str(tmp_path), "--jsonl")
    records = [_strict_json(line) for line in result.stdout.splitlines()]  # every line is JSON
    dates = sorted(str(r["date"]) for r in records)  # type: ignore[index]
    assert dates == ["2023-09-14", "2023-09-15", "None"]
    (odd,) = [r for r in records if r["extra"].get("score")]  # type: ignore[index,union-attr]
    assert odd["extra"] == {"score": "NaN", "rank": "-Infinity"}  # type: ignore[index]
    assert "date '1e400' is not a date kp reads" in result.stderr


def test_hugo_toml_front_matter_gives_metadata(kp: Invoke, tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "hugo.md",
        '+++\ntitle = "Putin Terima Undangan Kim"\ndate = 2023-09-14T09:00:00+07:00\n'
        'author = "Budi Santoso"\nsource = "Kompas"\ntags = ["putin", "kim"]\n+++\n\n'
        "Presiden Rusia Vladimir Putin menerima undangan Kim Jong Un.\n",
    )
    write_article(tmp_path, "rusak.md", '+++\ntitle = "x\n+++\n\nIsi tentang harga beras.\n')
    result = kp("index", str(tmp_path))
    assert "rusak.md: front matter not read: malformed TOML (" in result.stderr
    found = {r["path"]: r for r in jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))}
    hugo = found["hugo.md"]
    assert [hugo[k] for k in ("title", "date", "byline", "outlet", "extra")] == [
        "Putin Terima Undangan Kim",
        "2023-09-14",
        "Budi Santoso",
        "Kompas",
        {"tags": ["putin", "kim"]},
    ]
    shown = kp("show", str(found["rusak.md"]["article"]), "--corpus", str(tmp_path), "--json")
    (rusak,) = json.loads(shown.stdout)
    assert any('title = "x' in b["text"] for b in rusak["blocks"])  # kept as text


def test_front_matter_numbers_json_cannot_hold_are_kept_as_text(kp: Invoke, tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.md",
        "---\ntitle: Judul\nscore: .inf\nratio: .nan\n---\n\nJAKARTA - Harga beras naik lagi.\n",
    )
    (record,) = [
        _strict_json(line)
        for line in kp("sources", "--corpus", str(tmp_path), "--jsonl").stdout.splitlines()
    ]
    assert record["extra"] == {"score": "Infinity", "ratio": "NaN"}  # type: ignore[index]


def test_markdown_and_front_matter_nested_past_what_the_parsers_take(
    kp: Invoke, tmp_path: Path
) -> None:
    """markdown-it drops a document's rest past its nesting limit; YAML's and TOML's parsers
    recurse."""
    write_article(
        tmp_path,
        "kutipan.md",
        "> " * 30 + "Putin bertemu Kim di Vostochny.\n\n" + "- " * 30 + "butir\n\n"
        "Paragraf terakhir tentang satelit.\n",
    )
    write_article(
        tmp_path,
        "judul.md",
        "---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\nIsi tentang roket.\n",
    )
    write_article(tmp_path, "daftar.md", "---\n" + "- " * 3000 + "x\n---\nIsi tentang rudal.\n")
    write_article(
        tmp_path,
        "hugo.md",
        "+++\ntitle = " + "[" * 5000 + "]" * 5000 + "\n+++\nIsi tentang drone.\n",
    )
    result = kp("index", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert "daftar.md: front matter not read: malformed YAML (nested too deeply)" in result.stderr
    assert "hugo.md: front matter not read: malformed TOML (nested too deeply)" in result.stderr
    assert "kutipan.md: Markdown nested too deeply to read its markup; read as plain text" in (
        result.stderr
    )
    assert "judul.md: front matter not read: malformed YAML (nested too deeply)" in result.stderr
    for word, path in (
        ("Vostochny", "kutipan.md"),
        ("satelit", "kutipan.md"),
        ("roket", "judul.md"),
        ("rudal", "daftar.md"),
        ("drone", "hugo.md"),
    ):
        (hit,) = jsonl(kp("search", word, "--corpus", str(tmp_path), "--jsonl"))
        assert hit["path"] == path
    titles = {
        r["path"]: r["title"] for r in jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    }
    assert titles["judul.md"] is None  # ten thousand brackets are no headline


def test_news_api_envelopes(kp: Invoke, tmp_path: Path) -> None:
    guardian = {
        "response": {
            "status": "ok",
            "results": [
                {
                    "webPublicationDate": "2023-09-13T10:02:00Z",
                    "webTitle": "Kim tells Putin Russia will win",
                    "webUrl": "https://www.theguardian.com/world/2023/sep/13/kim-putin",
                    "fields": {
                        "byline": "Justin McCurry",
                        "bodyText": '"Russia is rising to a sacred fight," Kim told Putin.',
                    },
                }
            ],
        }
    }
    nyt = {
        "response": {
            "docs": [
                {
                    "web_url": "https://www.nytimes.com/2023/09/13/world/asia/kim-putin.html",
                    "lead_paragraph": "Kim Jong-un met Vladimir Putin at a spaceport.",
                    "headline": {"main": "Kim and Putin Meet"},
                    "pub_date": "2023-09-13T08:00:00+0000",
                    "byline": {"original": "By Choe Sang-Hun"},
                }
            ]
        }
    }
    # Event Registry's list of articles inside the object that pages it
    event_registry = {
        "articles": {
            "results": [
                {
                    "dateTime": "2023-09-13T12:00:00Z",
                    "url": "https://www.reuters.com/world/kim-putin-2023-09-13/",
                    "title": "Kim tells Putin of a sacred fight",
                    "body": '"Russia is rising to a sacred fight," Kim said.',
                    "source": {"uri": "reuters.com", "title": "Reuters"},
                    "authors": [{"name": "Guy Faulconbridge", "type": "author"}],
                }
            ],
            "totalResults": 1,
            "page": 1,
        }
    }
    write_article(tmp_path, "guardian.json", json.dumps(guardian))
    write_article(tmp_path, "nyt.json", json.dumps(nyt))
    write_article(tmp_path, "eventregistry.json", json.dumps(event_registry))
    diffbot = {
        "objects": [
            {
                "title": "Kim meets Putin",
                "text": '"We will always be with Russia," Kim said.',
                "date": "Wed, 13 Sep 2023 10:00:00 GMT",
                "author": "Jane Doe",
                "siteName": "The Korea Herald",
                "pageUrl": "https://www.koreaherald.com/view.php?ud=20230913000123",
            }
        ]
    }
    write_article(tmp_path, "diffbot.json", json.dumps(diffbot))
    write_article(
        tmp_path, "oleh.jsonl", '{"text": "Isi berita yang panjang.", "author": "Oleh Sentsov"}\n'
    )
    records = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    got = {r["path"]: (r["outlet"], r["date"], r["title"], r["byline"]) for r in records}
    assert got == {
        "guardian.json": (
            "The Guardian",
            "2023-09-13",
            "Kim tells Putin Russia will win",
            "Justin McCurry",
        ),
        "nyt.json": ("The New York Times", "2023-09-13", "Kim and Putin Meet", "Choe Sang-Hun"),
        "eventregistry.json": (
            "Reuters",
            "2023-09-13",
            "Kim tells Putin of a sacred fight",
            "Guy Faulconbridge",
        ),
        "diffbot.json": ("The Korea Herald", "2023-09-13", "Kim meets Putin", "Jane Doe"),
        "oleh.jsonl": (None, None, None, "Oleh Sentsov"),
    }
    urls = {r["path"]: r["url"] for r in records}
    assert urls["diffbot.json"] == "https://www.koreaherald.com/view.php?ud=20230913000123"


def test_labelled_lines_over_the_story_are_its_metadata(tmp_path: Path, kp: Invoke) -> None:
    write_article(
        tmp_path,
        "jina.txt",
        "Title: Putin Terima Undangan Kim Jong Un\n\n"
        "URL Source: https://www.cnnindonesia.com/internasional/20230914-putin\n\n"
        "Published Time: 2023-09-14T08:30:00+07:00\n\nMarkdown Content:\n"
        "**Jakarta, CNN Indonesia** -- Presiden Rusia Vladimir Putin menerima undangan Kim.\n\n"
        "[Baca juga: Kim Tiba di Rusia](https://www.cnnindonesia.com/kim-tiba)\n",
    )
    write_article(
        tmp_path,
        "script.txt",
        "Title: Kim invites Putin\nAuthors: Hyonhee Shin, Guy Faulconbridge\n"
        "Publish date: 2023-09-15\n\nSEOUL (Reuters) - Kim invited Putin to North Korea.\n",
    )
    write_article(  # no blank line before the story, and nothing after it
        tmp_path,
        "short.txt",
        "Title: Kim invites Putin\nPublish date: 2023-09-15\nSEOUL (Reuters) - Kim invited Putin.",
    )
    # one label alone is the story's own credit line, not metadata
    write_article(
        tmp_path, "credit.txt", "Penulis: Budi Santoso\n\nJAKARTA - Harga cabai naik lagi.\n"
    )
    records = {r["path"]: r for r in jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))}
    jina, script = records["jina.txt"], records["script.txt"]
    assert (jina["title"], jina["date"], jina["outlet"]) == (
        "Putin Terima Undangan Kim Jong Un",
        "2023-09-14",
        "CNN Indonesia",
    )
    assert jina["url"] == "https://www.cnnindonesia.com/internasional/20230914-putin"
    assert jina["field_sources"]["date"] == "labels" and jina["paragraphs"] == 1
    shown = jsonl(kp("show", str(jina["article"]), "--jsonl", "--corpus", str(tmp_path)))[0]
    texts = [b["text"] for b in shown["blocks"]]  # type: ignore[union-attr]
    assert texts[0].startswith("Jakarta, CNN Indonesia -- Presiden")  # its Markdown read
    assert (script["title"], script["date"], script["byline"]) == (
        "Kim invites Putin",
        "2023-09-15",
        "Hyonhee Shin, Guy Faulconbridge",
    )
    short = records["short.txt"]
    assert (short["title"], short["date"], short["paragraphs"]) == (
        "Kim invites Putin",
        "2023-09-15",
        1,
    )
    credit = records["credit.txt"]
    assert (credit["byline"], credit["paragraphs"]) == ("Budi Santoso", 1)
    assert "labels" not in credit["field_sources"].values()


def _word_document(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> None:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    document.save(str(path))


def test_a_word_document_is_an_article(kp: Invoke, tmp_path: Path) -> None:
    _word_document(
        tmp_path / "siaran-pers.docx",
        [
            "Indonesia Dorong Dialog di Semenanjung Korea",
            "",
            "JAKARTA, 14 September 2023 - Kementerian Luar Negeri menyambut baik dialog.",
            "“Indonesia selalu mendorong dialog,” kata Menteri Luar Negeri Retno Marsudi.",
        ],
        table=[["Kontak media", "Lalu Muhammad Iqbal"]],
    )
    (article,) = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert (article["title"], article["date"]) == (
        "Indonesia Dorong Dialog di Semenanjung Korea",
        "2023-09-14",
    )
    (quote,) = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert (quote["speaker"], quote["paragraph"]) == ("Retno Marsudi", 2)
    raw = kp("show", str(article["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert "Kontak media | Lalu Muhammad Iqbal" in raw  # a table's row is a line


def test_a_word_documents_tracked_changes_read_accepted_and_its_content_controls_read(
    kp: Invoke, tmp_path: Path
) -> None:
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("Indonesia Dorong Dialog di Semenanjung Korea")
    lead = document.add_paragraph("JAKARTA - Menteri Luar Negeri Retno Marsudi ")
    # an insertion and a deletion an editor's tracked changes left in the draft
    lead._p.append(
        parse_xml(f'<w:ins {w} w:id="1" w:author="ed"><w:r><w:t>menyambut baik</w:t></w:r></w:ins>')
    )
    lead._p.append(
        parse_xml(
            f'<w:del {w} w:id="2" w:author="ed"><w:r><w:delText> menolak</w:delText></w:r></w:del>'
        )
    )
    lead.add_run(" dialog kedua negara, Kamis (14/9/2023).")
    # (a text box anchored in it is no part of its text: a pull quote)
    lead._p.append(
        parse_xml(
            f"<w:r {w}><w:pict><w:txbxContent><w:p><w:r><w:t>KUTIPAN</w:t></w:r></w:p>"
            "</w:txbxContent></w:pict></w:r>"
        )
    )
    # a template's field, a content control holding a paragraph
    document.element.body.insert(
        len(document.element.body) - 1,
        parse_xml(
            f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>“Indonesia selalu mendorong dialog,” kata"
            " Retno.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    document.save(str(tmp_path / "draf.docx"))
    (article,) = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    shown = kp("show", str(article["article"]), "--corpus", str(tmp_path)).stdout
    assert "Retno Marsudi menyambut baik dialog kedua negara" in " ".join(shown.split())
    assert "menolak" not in shown and "KUTIPAN" not in shown
    (quote,) = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert (quote["speaker"], quote["text"]) == (
        "Retno Marsudi",
        "Indonesia selalu mendorong dialog",
    )


# a Nexis Uni export of two documents, as its Word and PDF exports hold it, a paragraph a line
NEXIS_UNI_COVER = [
    "User Name: Peneliti",
    "Date and Time: Thursday, September 14, 2023",
    "Documents (2)",
]
NEXIS_UNI_FIRST = [
    "Kim, Putin meet at space center",
    "The Jakarta Post",
    "September 14, 2023 Thursday",
    "Copyright 2023 PT Bina Media Tenggara All Rights Reserved",
    "Section: HEADLINES",
    "Length: 512 words",
    "Byline: Dio Suhenda",
    "Body",
    "JAKARTA: North Korean leader Kim Jong Un met Russian President Vladimir Putin.",
    '"Indonesia always encourages dialogue," Foreign Minister Retno Marsudi said.',
    "Load-Date: September 14, 2023",
    "End of Document",
]
NEXIS_UNI_SECOND = [
    "Seoul vows firm response",
    "The Korea Herald",
    "September 15, 2023 Friday",
    "Byline: Kim Arin",
    "Body",
    '"We will respond firmly," Unification Minister Kim Yung-ho said.',
    "End of Document",
]


def test_a_damaged_word_document_is_named(kp: Invoke, tmp_path: Path) -> None:
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    import zipfile

    with zipfile.ZipFile(tmp_path / "empty.docx", "w") as package:
        package.writestr("other.xml", "<x/>")
    # 70 KB that unpack to 70 MB
    with zipfile.ZipFile(tmp_path / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", "<x/>")
        package.writestr("word/styles.xml", bytes(70 * 1024 * 1024))
    summary = json.loads(kp("index", str(tmp_path), "--json").stdout)
    reasons = {f["path"]: f["reason"] for f in summary["failures"]}  # type: ignore[union-attr]
    assert reasons.pop("bomb.docx") == "Word document too large unpacked (over 64 MB)"
    assert set(reasons) == {"broken.docx", "empty.docx"}
    assert all(r.startswith("not a readable Word document") for r in reasons.values())


def _with_an_unknown_zip_version(path: Path) -> None:
    """A package whose directory says a member needs zip version 7.9 to unpack, which the
    standard library's zipfile refuses with NotImplementedError, as a damaged file may say."""
    data = bytearray(path.read_bytes())
    directory = data.index(b"PK\x01\x02")
    data[directory + 6] = 79
    path.write_bytes(bytes(data))


def test_a_package_of_an_unknown_zip_version_is_named(kp: Invoke, tmp_path: Path) -> None:
    import openpyxl

    _word_document(tmp_path / "new.docx", ["Judul", "Isi berita yang panjang sekali."])
    book = openpyxl.Workbook()
    book.active.append(["title", "text"])
    book.active.append(["Judul", "Isi berita yang panjang sekali."])
    book.save(tmp_path / "new.xlsx")
    for name in ("new.docx", "new.xlsx"):
        _with_an_unknown_zip_version(tmp_path / name)
    summary = json.loads(kp("index", str(tmp_path), "--json").stdout)
    reasons = {f["path"]: f["reason"] for f in summary["failures"]}  # type: ignore[union-attr]
    assert reasons == {
        "new.docx": "not a readable Word document (zip file version 7.9)",
        "new.xlsx": "not a readable workbook (zip file version 7.9)",
    }


def _saved_page(path: Path, html: str, charset: str | None = "utf-8") -> None:
    """A web page saved as one file, as a browser writes it: MIME parts, the page's text in
    quoted-printable, its images in base64, the address it was saved from in the headers."""
    import quopri
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    address = "https://internasional.kompas.com/read/2023/09/13/putin-sambut-kim"
    saved = MIMEMultipart("related", type="text/html")
    saved["Snapshot-Content-Location"] = address
    page = MIMEText(html, "html", charset or "utf-8")
    if charset is None:
        del page["Content-Type"]
        page["Content-Type"] = "text/html"
    page.replace_header("Content-Transfer-Encoding", "quoted-printable")
    page.set_payload(quopri.encodestring(html.encode(charset or "utf-8")).decode("ascii"))
    saved.attach(page)
    saved.attach(MIMEImage(b"\x89PNG\r\n\x1a\n", "png"))
    path.write_bytes(saved.as_bytes())


def test_a_web_page_saved_as_one_file_is_an_article(kp: Invoke, tmp_path: Path) -> None:
    story = (
        "<p>Presiden Rusia Vladimir Putin menyambut pemimpin Korea Utara Kim Jong Un di "
        "Kosmodrom Vostochny pada Rabu.</p>"
        "<p>“Saya senang melihat Anda,” kata Putin kepada Kim.</p>"
        "<p>Kim membalas, “Terima kasih telah mengundang kami.”</p>"
    )
    html = f"<html><head><title>Putin Sambut Kim</title></head><body><article>{story}</article>"
    _saved_page(tmp_path / "Putin Sambut Kim.mhtml", html + "</body></html>")
    # a page in Windows-1252 that its part says, and one whose part says no charset
    _saved_page(tmp_path / "lama.mht", html.replace("Rabu", "Rabu – café") + "</body>", "cp1252")
    _saved_page(tmp_path / "polos.mht", html.replace("Rabu", "Kamis"), None)
    (tmp_path / "kosong.mht").write_bytes(b"MIME-Version: 1.0\r\nContent-Type: image/png\r\n\r\nx")
    # a page saved under the name without being packed is read as the page it is
    write_article(tmp_path, "halaman.mhtml", html.replace("Rabu", "Jumat") + "</body></html>")
    summary = json.loads(kp("index", str(tmp_path), "--json").stdout)
    assert (summary["added"], summary["failed"]) == (4, 1)
    assert summary["failures"] == [  # type: ignore[comparison-overlap]
        {"path": "kosong.mht", "reason": "no web page in the MHTML file"}
    ]
    articles = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    saved = next(a for a in articles if a["path"] == "Putin Sambut Kim.mhtml")
    # the address it was saved from names the outlet
    assert (saved["title"], saved["outlet"], saved["paragraphs"]) == (
        "Putin Sambut Kim",
        "Kompas",
        3,
    )
    assert saved["url"] == "https://internasional.kompas.com/read/2023/09/13/putin-sambut-kim"
    quotes = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert {(q["path"], q["speaker"]) for q in quotes} >= {
        ("Putin Sambut Kim.mhtml", "Vladimir Putin"),
        ("lama.mht", "Kim Jong Un"),
    }
    found = jsonl(kp("search", "café", "--corpus", str(tmp_path), "--jsonl"))
    assert [h["path"] for h in found] == ["lama.mht"]
    raw = kp("show", str(saved["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert raw.startswith("<html><head><title>Putin Sambut Kim</title>")  # the page, not MIME


def _pdf(
    path: Path,
    pages: list[list[tuple[int, str]]],
    title: str | None = None,
    padding: int = 0,
    extra: bytes = b"",
) -> None:
    """A PDF of Letter pages, each line of Helvetica at its height (points from the bottom),
    written object by object as PDF writers do, pages compressed; "ﬁ" is drawn with the
    font's fi ligature. ``extra`` drawing and ``padding`` spaces end the first page's."""
    count = len(pages)
    first_page = 5  # 1 catalog, 2 page tree, 3 font, 4 document information
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        (
            "<< /Type /Pages /Count {} /Kids [{}] >>".format(
                count, " ".join(f"{first_page + 2 * k + 1} 0 R" for k in range(count))
            )
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
        b"/BaseEncoding /WinAnsiEncoding /Differences [129 /fi] >> >>",
        b"<< /Title (" + _pdf_string(title or "") + b") >>",
    ]
    for number, lines in enumerate(pages):
        drawing = b"".join(
            b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (y, _pdf_string(text)) for y, text in lines
        )
        stream = zlib.compress(drawing + (b"" if number else extra + b" " * padding))
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream)
        )
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 "
            b"0 R >> >> /Contents %d 0 R >>" % content
        )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))


def _pdf_string(text: str) -> bytes:
    """Text in the font's encoding (Windows-1252, the ligature at 129), escaped."""
    raw = b"\x81".join(part.encode("cp1252") for part in text.split("ﬁ"))
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _lines(top: int, *paragraphs: list[str]) -> list[tuple[int, str]]:
    """Paragraphs' lines from ``top`` down, 14 points apart, a paragraph 28 below the last."""
    placed, y = [], top
    for paragraph in paragraphs:
        for line in paragraph:
            placed.append((y, line))
            y -= 14
        y -= 14
    return placed


def test_a_pdf_is_an_article(kp: Invoke, tmp_path: Path) -> None:
    address = "https://internasional.kompas.com/read/2023/09/13/putin-sambut-kim"
    # what a browser prints over and under each page: the time it printed, the page's title,
    # its address and the page's number
    header = (775, "12/7/26, 7:34 AM Putin Sambut Kim di Vostochny - Kompas.com")
    first = _lines(
        700,
        ["Putin Sambut Kim di Vostochny"],
        [
            "VOSTOCHNY, KOMPAS.com - Presiden Rusia Vladimir Putin menyambut pemimpin Korea",
            "Utara Kim Jong Un di Kosmodrom Vostochny pada Rabu (13/9/2023), disaksikan negara-",
            "negara Barat.",
        ],
        [
            "“Saya senang melihat Anda,” kata Putin kepada Kim. Juru bicara Kremlin Dmitry",
            "Peskov mengkonﬁrmasi kedua pemimpin akan membahas kerja-",
        ],  # the word goes on
    )
    second = _lines(
        740,
        ["sama militer secara tertutup."],  # the paragraph goes on over the page
        ["Kim membalas, “Terima kasih telah mengundang kami.”"],
    )
    _pdf(
        tmp_path / "putin-sambut-kim.pdf",
        [
            [header, *first, (20, f"{address} 1/2")],
            [header, *second, (20, f"{address} 2/2")],
        ],
        title="Putin Sambut Kim di Vostochny - Kompas.com",
    )
    (article,) = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert (article["title"], article["outlet"], article["date"], article["url"]) == (
        "Putin Sambut Kim di Vostochny",
        "Kompas",
        "2023-09-13",  # the dateline's, not the time it was printed
        address,
    )
    shown = json.loads(
        kp("show", str(article["article"]), "--corpus", str(tmp_path), "--json").stdout
    )
    paragraphs = [b["text"] for b in shown[0]["blocks"] if b["kind"] == "content"]
    assert paragraphs == [
        "VOSTOCHNY, KOMPAS.com - Presiden Rusia Vladimir Putin menyambut pemimpin Korea Utara Kim "
        "Jong Un di Kosmodrom Vostochny pada Rabu (13/9/2023), disaksikan negara-negara Barat.",
        "“Saya senang melihat Anda,” kata Putin kepada Kim. Juru bicara Kremlin Dmitry Peskov "
        "mengkonfirmasi kedua pemimpin akan membahas kerja-sama militer secara tertutup.",
        "Kim membalas, “Terima kasih telah mengundang kami.”",
    ]
    quotes = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert [(q["speaker"], q["paragraph"]) for q in quotes] == [
        ("Vladimir Putin", 2),
        ("Kim Jong Un", 3),
    ]
    raw = kp("show", str(article["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert raw.startswith("Putin Sambut Kim di Vostochny\nVOSTOCHNY, KOMPAS.com")  # its text


def _rtf_document(paragraphs: list[str], code_page: int = 1252) -> bytes:
    """A Rich Text document as word processors write it: a paragraph a ``\\par``, the code
    page's characters as ``\\'xx`` escapes, the others as ``\\uN?``."""

    def escaped(text: str) -> str:
        out = []
        for char in text:
            if char in "\\{}":
                out.append("\\" + char)
            elif ord(char) < 128:
                out.append(char)
            else:
                try:
                    out.append("".join(f"\\'{b:02x}" for b in char.encode(f"cp{code_page}")))
                except UnicodeEncodeError:
                    out.append(f"\\u{ord(char)}?")
        return "".join(out)

    body = "".join(f"{escaped(p)}\\par\n" for p in paragraphs)
    return (
        f"{{\\rtf1\\ansi\\ansicpg{code_page}\\deff0{{\\fonttbl{{\\f0 Arial;}}}}"
        "{\\info{\\title Dokumen}}\n\\pard\\f0\\fs24 " + body + "}"
    ).encode("ascii")


# a press release, as the document readers' tests save it
RELEASE_TITLE = "Indonesia Dorong Dialog di Semenanjung Korea"
RELEASE_QUOTE = "“Indonesia selalu mendorong dialog,” kata Menteri Luar Negeri Retno Marsudi."


def _read_release(kp: Invoke, folder: Path, name: str) -> dict[str, Any]:
    """The record of the press release saved as ``name`` in ``folder``, once its title, date,
    quote and source as printed by ``kp show --raw`` are found read right."""
    records = {r["path"]: r for r in jsonl(kp("sources", "--corpus", str(folder), "--jsonl"))}
    release = records[name]
    assert (release["title"], release["date"]) == (RELEASE_TITLE, "2023-09-14")
    quotes = jsonl(kp("quotes", "--corpus", str(folder), "--jsonl"))
    assert [(q["speaker"], q["text"]) for q in quotes if q["article"] == release["article"]] == [
        ("Retno Marsudi", "Indonesia selalu mendorong dialog")
    ]
    raw = kp("show", str(release["article"]), "--raw", "--corpus", str(folder)).stdout
    assert raw.startswith(f"{RELEASE_TITLE}\n")
    return release


def test_a_rich_text_document_is_an_article(kp: Invoke, tmp_path: Path) -> None:
    (tmp_path / "rilis.rtf").write_bytes(
        _rtf_document(
            [
                RELEASE_TITLE,
                "",
                "JAKARTA, 14 September 2023 — Kementerian Luar Negeri menyambut baik dialog.",
                RELEASE_QUOTE,
            ]
        )
    )
    # a Russian agency's document in its own code page
    (tmp_path / "tass.rtf").write_bytes(
        _rtf_document(
            [
                "Путин принял приглашение",
                "",
                "MOSCOW, September 14, 2023 (TASS) - Путин принял приглашение Ким Чен Ына.",
            ],
            code_page=1251,
        )
    )
    _read_release(kp, tmp_path, "rilis.rtf")
    (tass,) = [
        r
        for r in jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
        if r["path"] == "tass.rtf"
    ]
    assert tass["title"] == "Путин принял приглашение"


def test_a_file_named_rtf_that_is_none_or_holds_no_text_is_named(
    kp: Invoke, tmp_path: Path
) -> None:
    (tmp_path / "catatan.rtf").write_text("Harga cabai naik lagi hari ini di Pasar Induk.\n")
    (tmp_path / "kosong.rtf").write_bytes(_rtf_document(["", ""]))
    # an escape damage put out of range is the replacement character; a character past
    # 65,536 is written as two halves, joined
    (tmp_path / "rusak.rtf").write_bytes(
        b"{\\rtf1\\ansi Kim Tiba di Rusia\\par\\par JAKARTA - Kim tiba di Rusia\\u99999999? "
        b"pada Rabu, disambut meriah \\u-10179?\\u-8704?.\\par}"
    )
    summary = json.loads(kp("index", str(tmp_path), "--json").stdout)
    reasons = {f["path"]: f["reason"] for f in summary["failures"]}  # type: ignore[union-attr]
    assert reasons == {
        "catatan.rtf": "not an RTF document (it does not open with {\\rtf)",
        "kosong.rtf": "no text in the RTF document",
    }
    (article,) = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    shown = kp("show", str(article["article"]), "--corpus", str(tmp_path)).stdout
    assert "Kim tiba di Rusia\ufffd pada Rabu, disambut meriah 😀." in shown


def _odt_document(paragraphs: list[str], table: list[str] | None = None) -> bytes:
    """An OpenDocument text as LibreOffice Writer saves one, written with odfpy: a heading,
    then the paragraphs (a run of spaces and a footnote in the second), then a table."""
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableRow
    from odf.text import H, Note, NoteBody, NoteCitation, P, S

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=paragraphs[0]))
    for number, paragraph in enumerate(paragraphs[1:]):
        element = P(text=paragraph)
        if number == 1:
            element.addElement(S(c=3))
            note = Note(noteclass="footnote")
            note.addElement(NoteCitation(text="1"))
            body = NoteBody()
            body.addElement(P(text="Catatan kaki penerjemah."))
            note.addElement(body)
            element.addElement(note)
            element.addText("(14/9/2023).")
        document.text.addElement(element)
    if table:
        grid, row = Table(), TableRow()
        for text in table:
            cell = TableCell()
            cell.addElement(P(text=text))
            row.addElement(cell)
        grid.addElement(row)
        document.text.addElement(grid)
    saved = io.BytesIO()
    document.save(saved)
    return saved.getvalue()


def test_an_opendocument_text_is_an_article(kp: Invoke, tmp_path: Path) -> None:
    (tmp_path / "rilis.odt").write_bytes(
        _odt_document(
            [
                RELEASE_TITLE,
                "JAKARTA - Kementerian Luar Negeri menyambut baik dialog kedua negara.",
                "Pernyataan itu disampaikan di Jakarta, Kamis",
                RELEASE_QUOTE,
            ],
            table=["Narahubung", "Direktorat Informasi dan Media"],
        )
    )
    (tmp_path / "rusak.odt").write_bytes(b"PK\x03\x04 not a package")
    # one whose XML declares an entity (which could expand without end)
    bomb = io.BytesIO()
    good = io.BytesIO(_odt_document(["Judul", "Isi."]))
    with zipfile.ZipFile(good) as package, zipfile.ZipFile(bomb, "w") as bad:
        for item in package.infolist():
            content = package.read(item.filename)
            if item.filename == "content.xml":
                content = content.replace(b"?>", b'?><!DOCTYPE d [<!ENTITY lol "lol">]>', 1)
            bad.writestr(item.filename, content.replace(b"Isi.", b"&lol;"))
    (tmp_path / "bom.odt").write_bytes(bomb.getvalue())
    summary = json.loads(kp("index", str(tmp_path), "--json").stdout)
    reasons = {f["path"]: f["reason"] for f in summary["failures"]}  # type: ignore[union-attr]
    assert sorted(reasons) == ["bom.odt", "rusak.odt"]
    assert reasons["rusak.odt"].startswith("not a readable OpenDocument text")
    assert reasons["bom.odt"] == (
        "not a readable OpenDocument text (its XML declares entities, which are not read)"
    )
    release = _read_release(kp, tmp_path, "rilis.odt")
    shown = kp("show", str(release["article"]), "--corpus", str(tmp_path)).stdout
    # its run of spaces is spaces, its footnote no part of the text
    assert "disampaikan di Jakarta, Kamis (14/9/2023)." in " ".join(shown.split())
    assert "Catatan kaki" not in shown
    raw = kp("show", str(release["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert "Narahubung | Direktorat Informasi dan Media" in raw


@pytest.mark.parametrize("saved_as", ["docx", "rtf", "pdf"])
def test_a_nexis_uni_export_is_one_article_a_document(
    kp: Invoke, tmp_path: Path, saved_as: str
) -> None:
    """Nexis Uni saves a search as Word, RTF or PDF: documents that each end with "End of
    Document" (in a PDF, its page numbers and running heads in the margins)."""
    if saved_as == "docx":
        _word_document(
            tmp_path / "nexis.docx", NEXIS_UNI_COVER + NEXIS_UNI_FIRST + NEXIS_UNI_SECOND
        )
    elif saved_as == "rtf":
        (tmp_path / "nexis.rtf").write_bytes(
            _rtf_document(NEXIS_UNI_COVER + NEXIS_UNI_FIRST + NEXIS_UNI_SECOND)
        )
    else:
        _pdf(
            tmp_path / "nexis.pdf",
            [
                [
                    *_lines(720, *([line] for line in NEXIS_UNI_COVER + NEXIS_UNI_FIRST)),
                    (20, "Page 1 of 2"),
                ],
                [
                    (775, "Seoul vows firm response"),
                    *_lines(700, *([line] for line in NEXIS_UNI_SECOND)),
                    (20, "Page 2 of 2"),
                ],
            ],
        )
    records = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert [
        (r["outlet"], r["date"], r["title"], r["byline"], r["paragraphs"]) for r in records
    ] == [
        ("The Jakarta Post", "2023-09-14", "Kim, Putin meet at space center", "Dio Suhenda", 2),
        ("The Korea Herald", "2023-09-15", "Seoul vows firm response", "Kim Arin", 1),
    ]
    quotes = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert [q["speaker"] for q in quotes] == ["Retno Marsudi", "Kim Yung-ho"]
    raw = kp("show", str(records[1]["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert raw.startswith("Seoul vows firm response\n") and "Jakarta" not in raw


def test_a_pdf_set_with_narrow_margins_keeps_the_text_in_them(kp: Invoke, tmp_path: Path) -> None:
    _pdf(
        tmp_path / "sempit.pdf",
        [
            [
                *_lines(
                    780,  # within half an inch of the page's top: no printer's furniture
                    ["JAKARTA, KOMPAS.com - Presiden Rusia Vladimir Putin menyambut Kim Jong Un."],
                    ["“Saya senang melihat Anda,” kata Putin kepada Kim di kosmodrom."],
                ),
                (20, "file:///C:/Users/budi/Downloads/putin.html 1/1"),
            ]
        ],
    )
    (article,) = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert (article["outlet"], article["paragraphs"], article["url"]) == ("Kompas", 2, None)


def test_what_the_pdf_library_logs_is_not_printed(tmp_path: Path) -> None:
    # a string array holding a name, which pdfminer cannot draw and logs a warning about; run
    # as a process of its own, with no logging set up (pytest's would take the record)
    odd = b"BT /F1 11 Tf 72 600 Td [(Kim tiba.) /Aneh] TJ ET\n"
    _pdf(tmp_path / "a.pdf", [[(700, "JAKARTA - Harga cabai naik lagi hari ini.")]], extra=odd)
    result = subprocess.run(
        [sys.executable, "-m", "kimputin_cli", "index", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "KP_CACHE_DIR": str(tmp_path / "cache")},
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("kp: 1 added"), result.stderr


def test_pdfs_kp_cannot_read_are_named(kp: Invoke, tmp_path: Path) -> None:
    (tmp_path / "rusak.pdf").write_bytes(b"%PDF-1.4\n garbage, no objects and no xref")
    _pdf(tmp_path / "pindaian.pdf", [[]])  # a scan: a page with no text on it
    # some 70 KB that unpack to 70 MB
    _pdf(tmp_path / "bom.pdf", [[(700, "JAKARTA - Harga cabai naik.")]], padding=70 * 2**20)
    assert (tmp_path / "bom.pdf").stat().st_size < 100_000
    # locked with a password; one whose password only keeps it from being changed is read
    (tmp_path / "terkunci.pdf").write_bytes((DATA / "locked.pdf").read_bytes())
    (tmp_path / "dilindungi.pdf").write_bytes((DATA / "owner-locked.pdf").read_bytes())
    # a book, named before its pages are read
    _pdf(
        tmp_path / "buku.pdf",
        [[(700, f"Halaman {n} sebuah buku tentang Korea.")] for n in range(520)],
    )
    summary = json.loads(kp("index", str(tmp_path), "--json").stdout)
    reasons = {f["path"]: f["reason"] for f in summary["failures"]}  # type: ignore[union-attr]
    assert reasons["pindaian.pdf"].startswith("no text in the PDF")
    assert reasons["rusak.pdf"].startswith("not a readable PDF")
    assert reasons["bom.pdf"] == "PDF too large unpacked (over 64 MB)"
    assert reasons["terkunci.pdf"] == "PDF locked with a password"
    assert reasons["buku.pdf"] == "PDF of 520 pages: a report or a book, not an article"
    assert (summary["added"], summary["failed"]) == (1, 5)


def _web_archive(path: Path, count: int, gzipped: bool = True, first: int = 0) -> None:
    """A crawl as a crawler writes it (warcio's writer): its description, then for each story
    the request and the page the server sent; then a redirect, a picture and a tag's page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(url: str, status: str, kind: str, body: bytes) -> Any:
        headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
        return writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "crawler"}))
        for n in range(first, first + count):
            url = f"https://internasional.kompas.com/read/2023/09/13/{n}/putin-sambut-kim"
            request = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            writer.write_record(writer.create_warc_record(url, "request", payload=request))
            page = (
                f"<html><head><title>Putin Sambut Kim {n} - Kompas.com</title></head><body>"
                f"<nav>Home | Internasional</nav><article><h1>Putin Sambut Kim {n}</h1>"
                "<p>Presiden Rusia Vladimir Putin menyambut pemimpin Korea Utara Kim Jong Un "
                f"di kosmodrom, pertemuan nomor {n} pekan ini.</p>"
                "<p>“Saya senang melihat Anda,” kata Putin kepada Kim.</p></article></body></html>"
            )
            writer.write_record(
                response(url, "200 OK", "text/html; charset=utf-8", page.encode("utf-8"))
            )
        writer.write_record(response("https://kompas.com/", "301 Moved", "text/html", b""))
        writer.write_record(response("https://kompas.com/a.png", "200 OK", "image/png", b"\x89PNG"))
        tag = b"<html><body><a href='/tag/putin'>Putin</a></body></html>"
        writer.write_record(response("https://kompas.com/tag/putin", "200 OK", "text/html", tag))


def test_a_web_archive_is_an_article_a_page(kp: Invoke, tmp_path: Path) -> None:
    _web_archive(tmp_path / "crawl.warc.gz", 3)
    result = kp("index", str(tmp_path), "--json")
    assert "crawl.warc.gz: 1 archived page without article text skipped" in result.stderr
    assert json.loads(result.stdout)["articles_read"] == 3
    articles = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    first = next(a for a in articles if a["title"] == "Putin Sambut Kim 0")
    # the address it was archived from names the outlet and the day (the time of the crawl,
    # today, is no date)
    assert (first["outlet"], first["date"], first["date_basis"]) == ("Kompas", "2023-09-13", "url")
    assert first["url"] == "https://internasional.kompas.com/read/2023/09/13/0/putin-sambut-kim"
    quotes = jsonl(kp("quotes", "--speaker", "Putin", "--corpus", str(tmp_path), "--jsonl"))
    assert len(quotes) == 3
    raw = kp("show", str(first["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert raw.startswith("<html><head><title>Putin Sambut Kim 0 - Kompas.com")  # its page


def test_a_large_web_archive_is_read_in_parts(
    kp: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "WARC_PART_BYTES", 3000)
    for name, gzipped in (("crawl.warc.gz", True), ("crawl.warc", False)):
        archive = tmp_path / name.replace(".", "-") / name
        archive.parent.mkdir()
        _web_archive(archive, 12, gzipped, first=100 if gzipped else 200)
        parts = reader.warc_parts(archive)
        assert parts is not None and len(parts) > 2
        assert parts[0][0] == 0 and parts[-1][1] == archive.stat().st_size
        assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
        summary = json.loads(kp("index", str(archive.parent), "--json").stdout)
        assert (summary["added"], summary["articles_read"]) == (1, 12)
        # the last page, in the last part, is shown from its own record
        number = 111 if gzipped else 211
        folder = str(archive.parent)
        (hit,) = jsonl(kp("search", str(number), "--exact", "--corpus", folder, "--jsonl"))
        raw = kp("show", str(hit["article"]), "--raw", "--corpus", folder).stdout
        assert f"<title>Putin Sambut Kim {number} - Kompas.com</title>" in raw
    # an archive gzipped as one stream cannot be read from where its records start: whole
    whole = tmp_path / "whole" / "crawl.warc.gz"
    whole.parent.mkdir()
    plain = tmp_path / "crawl-warc" / "crawl.warc"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    assert reader.warc_parts(whole) is None
    summary = json.loads(kp("index", str(whole.parent), "--json").stdout)
    assert summary["articles_read"] == 12
    (hit,) = jsonl(kp("search", "211", "--exact", "--corpus", str(whole.parent), "--jsonl"))
    raw = kp("show", str(hit["article"]), "--raw", "--corpus", str(whole.parent)).stdout
    assert "<title>Putin Sambut Kim 211 - Kompas.com</title>" in raw


def test_a_damaged_web_archive_keeps_the_pages_before_the_damage(
    kp: Invoke, tmp_path: Path
) -> None:
    _web_archive(tmp_path / "full.warc.gz", 3)
    data = (tmp_path / "full.warc.gz").read_bytes()
    (tmp_path / "full.warc.gz").unlink()
    # a download cut off inside the third page's record (each record is gzipped alone)
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) * 2 // 3])
    # bytes that are no record between two records: the pages before them are kept
    _web_archive(tmp_path / "full.warc", 3, gzipped=False)
    data = (tmp_path / "full.warc").read_bytes()
    (tmp_path / "full.warc").unlink()
    junk_at = data.index(b"WARC/1.", data.index(b"pertemuan nomor 0"))
    (tmp_path / "junk.warc").write_bytes(data[:junk_at] + b"\x00\x01 junk\r\n\r\n" + data[junk_at:])
    (tmp_path / "noise.warc").write_bytes(b"this is no web archive at all\n" * 10)
    result = kp("index", str(tmp_path), "--json")
    summary = json.loads(result.stdout)
    assert summary["articles_read"] == 3
    assert "cut.warc.gz: the gzip file breaks off" in result.stderr
    assert (
        "junk.warc: not a readable web archive (Invalid WARC record, first line: junk): "
        "read up to record 3"
    ) in result.stderr
    assert summary["failures"] == [  # type: ignore[comparison-overlap]
        {
            "path": "noise.warc",
            "reason": "not a readable web archive (its records' lengths are wrong)",
        }
    ]
    assert "this is no web archive" not in result.stderr  # warcio's own warnings are not shown


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    import zipfile

    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _seed_members() -> dict[str, bytes]:
    return {f"seeds/{seed.name}": seed.read_bytes() for seed in sorted(SEEDS.glob("*.txt"))}


def test_a_zip_archive_is_read_member_by_member_as_a_folder_is(kp: Invoke, tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": f"Harga Cabai {n}", "text": STORY.replace("dua", n)})
        for n in ("tiga", "empat")
    ]
    news = _zip(
        tmp_path / "corpus" / "news.zip",
        {
            **_seed_members(),
            "2024/03/02/cabai.txt": STORY.encode(),
            "2024/03/02/cabai.meta.json": b'{"outlet": "Kompas"}',
            "export.jsonl": "\n".join(lines).encode(),
            "old/story.txt.gz": gzip.compress(STORY.replace("cabai", "bawang").encode()),
            "empty.txt": b"",
            "photo.png": b"\x89PNG",
            "inner.zip": b"PK\x05\x06" + bytes(18),
            "inner.tar.gz": gzip.compress(bytes(1024)),
            "bell\x07.txt": STORY.encode(),  # a name no output could print as it is
            "__MACOSX/seeds/._000.txt": b"\x00\x05\x16\x07",
            ".DS_Store": b"\x00",
        },
    )
    catalog = {"path": "news.zip", "outlet": "Arsip", "byline": "Tim Arsip"}
    (news.parent / "catalog.jsonl").write_text(json.dumps(catalog) + "\n")
    result = kp("index", str(news.parent), "--json")
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert (summary["added"], summary["articles_read"]) == (1, 9)  # one file, 5 + 1 + 2 + 1
    assert (
        "news.zip: skipped members kp does not read: .png 1, .zip 1, .tar 1, (name not printable) 1"
    ) in result.stderr
    assert "news.zip: empty.txt: empty file" in result.stderr
    assert "MACOSX" not in result.stderr and "DS_Store" not in result.stderr
    articles = jsonl(kp("sources", "--corpus", str(news.parent), "--jsonl"))
    by_path = {a["path"]: a for a in articles}
    cabai = by_path["news.zip/2024/03/02/cabai.txt"]
    # the member's sidecar gives the outlet, and its folders the day, as a folder's would;
    # what the catalog gives the archive, every member has, unless its sidecar says otherwise
    assert (cabai["outlet"], cabai["date"], cabai["date_basis"]) == ("Kompas", "2024-03-02", "path")
    assert cabai["byline"] == "Tim Arsip"
    assert by_path["news.zip/export.jsonl"]["outlet"] == "Arsip"
    assert "news.zip/old/story.txt.gz" in by_path
    assert sum(p.startswith("news.zip/seeds/") for p in by_path) == 5
    # the seeds read from the archive are what they are in a folder
    peskov = jsonl(kp("quotes", "--speaker", "Peskov", "--corpus", str(news.parent), "--jsonl"))
    assert len(peskov) == 3
    hits = jsonl(kp("search", "satelit", "--corpus", str(news.parent), "--jsonl"))
    assert len(hits) == 5
    # the raw source of a member, and of a line of a member
    raw = kp("show", str(cabai["article"]), "--raw", "--corpus", str(news.parent)).stdout
    assert raw == STORY
    line = next(a for a in articles if a["title"] == "Harga Cabai empat")
    raw = kp("show", str(line["article"]), "--raw", "--corpus", str(news.parent)).stdout
    assert raw.strip() == lines[1]
    # an archive given as the corpus is read the same
    alone = jsonl(kp("quotes", "--speaker", "Peskov", "--corpus", str(news), "--jsonl"))
    assert [q["text"] for q in alone] == [q["text"] for q in peskov]


def test_zip_archives_kp_cannot_read_are_named_and_their_good_members_kept(
    kp: Invoke, tmp_path: Path
) -> None:
    (tmp_path / "noise.zip").write_bytes(b"this is no zip archive at all\n" * 10)
    _zip(tmp_path / "pictures.zip", {"a.png": b"\x89PNG", "b.png": b"\x89PNG"})
    # a member whose bytes were damaged after it was packed, and one encrypted (its flag set
    # in the local header and the central directory, as an encrypting tool sets it)
    damaged = _zip(tmp_path / "damaged.zip", {"good.txt": STORY.encode(), "bad.txt": b"x" * 4000})
    data = bytearray(damaged.read_bytes())
    bad_at = data.index(b"bad.txt") + len(b"bad.txt")
    data[bad_at + 10 : bad_at + 20] = bytes(10)
    damaged.write_bytes(bytes(data))
    # and one whose deflated bytes open with a block type deflate does not have
    broken = _zip(tmp_path / "broken.zip", {"good.txt": STORY.encode(), "bad.txt": b"y" * 4000})
    data = bytearray(broken.read_bytes())
    data[data.index(b"bad.txt") + len(b"bad.txt")] = 0xFF
    broken.write_bytes(bytes(data))
    locked = _zip(tmp_path / "locked.zip", {"secret.txt": STORY.encode()})
    data = bytearray(locked.read_bytes())
    data[data.index(b"PK\x03\x04") + 6] |= 1
    data[data.index(b"PK\x01\x02") + 8] |= 1
    locked.write_bytes(bytes(data))
    result = kp("index", str(tmp_path), "--json")
    assert result.exit_code == 3
    summary = json.loads(result.stdout)
    assert summary["articles_read"] == 2  # the good stories of the two damaged archives
    failures = {f["path"]: f["reason"] for f in summary["failures"]}  # type: ignore[attr-defined]
    assert failures["noise.zip"].startswith("not a readable zip archive (")
    assert failures["pictures.zip"].startswith("no files kp reads in the zip archive")
    assert failures["locked.zip"] == (
        "no articles in the zip archive: secret.txt: encrypted: kp reads no member that needs "
        "a password"
    )
    assert "damaged.zip: bad.txt: cannot be unpacked (" in result.stderr
    assert "broken.zip: bad.txt: cannot be unpacked (Error -3 while decompressing" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_large_zip_archive_is_read_in_parts(
    kp: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "ARCHIVE_PART_BYTES", 600)
    stories = {f"{n:02}.txt": STORY.replace("dua", f"{n} kali").encode() for n in range(12)}
    news = _zip(tmp_path / "news.zip", stories)
    parts = reader.archive_parts(news)
    assert parts is not None and len(parts) > 2
    assert parts[0][0] == 0 and parts[-1][1] == 12
    assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
    summary = json.loads(kp("index", str(tmp_path), "--json").stdout)
    assert (summary["added"], summary["articles_read"]) == (1, 12)
    (hit,) = jsonl(kp("search", "11", "--exact", "--corpus", str(tmp_path), "--jsonl"))
    assert hit["path"] == "news.zip/11.txt"


def _tar(path: Path, members: dict[str, bytes], mode: str = "w:gz") -> Path:
    import tarfile

    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.parametrize(
    ("name", "mode"),
    [
        ("news.tar.gz", "w:gz"),
        ("news.tgz", "w:gz"),
        ("news.tar", "w"),
        ("news.tar.bz2", "w:bz2"),
        ("news.TAR.XZ", "w:xz"),
        ("news.txz", "w:xz"),
    ],
)
def test_a_tar_archive_is_read_member_by_member_as_a_folder_is(
    kp: Invoke, tmp_path: Path, name: str, mode: str
) -> None:
    news = _tar(
        tmp_path / "corpus" / name,
        {
            **{f"./{n}": data for n, data in _seed_members().items()},
            "./2024/03/02/cabai.txt": STORY.encode(),
            "./2024/03/02/cabai.meta.json": b'{"outlet": "Kompas"}',
            "./photo.png": b"\x89PNG",
            "./.DS_Store": b"\x00",
            "./empty.txt": b"",
        },
        mode,
    )
    result = kp("index", str(news.parent), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["articles_read"] == 6
    assert f"{name}: skipped members kp does not read: .png 1" in result.stderr
    assert f"{name}: empty.txt: empty file" in result.stderr and "DS_Store" not in result.stderr
    by_path = {a["path"]: a for a in jsonl(kp("sources", "--corpus", str(news.parent), "--jsonl"))}
    cabai = by_path[f"{name}/2024/03/02/cabai.txt"]
    assert (cabai["outlet"], cabai["date"]) == ("Kompas", "2024-03-02")  # its sidecar, its path
    assert sum(p.startswith(f"{name}/seeds/") for p in by_path) == 5
    peskov = jsonl(kp("quotes", "--speaker", "Peskov", "--corpus", str(news.parent), "--jsonl"))
    assert len(peskov) == 3
    raw = kp("show", str(cabai["article"]), "--raw", "--corpus", str(news.parent)).stdout
    assert raw == STORY


def test_tar_archives_kp_cannot_read_are_named_and_a_cut_one_keeps_its_members(
    kp: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "noise.tar.gz").write_bytes(b"this is no tar archive at all\n" * 10)
    _tar(tmp_path / "pictures.tgz", {"a.png": b"\x89PNG"})
    stories = {f"{n:02}.txt": STORY.replace("dua", f"{n} kali").encode() for n in range(40)}
    whole = _tar(tmp_path / "cut.tar", stories, "w").read_bytes()
    (tmp_path / "cut.tar").write_bytes(whole[: len(whole) // 2])  # a download cut short
    result = kp("index", str(tmp_path), "--json")
    assert result.exit_code == 3
    summary = json.loads(result.stdout)
    failures = {f["path"]: f["reason"] for f in summary["failures"]}  # type: ignore[attr-defined]
    assert failures["noise.tar.gz"].startswith("not a readable tar archive (")
    assert failures["pictures.tgz"].startswith("no files kp reads in the tar archive")
    assert "cut.tar: the archive breaks off (" in result.stderr
    assert 10 < summary["articles_read"] < 40  # the stories before the cut
    assert "Traceback" not in result.stderr
    xz = _tar(tmp_path / "xz" / "cut.tar.xz", stories, "w:xz")
    xz.write_bytes(xz.read_bytes()[: xz.stat().st_size // 2])  # and one compressed by xz
    result = kp("index", str(xz.parent), "--json")
    assert "cut.tar.xz: the archive breaks off (" in result.stderr
    assert 0 < json.loads(result.stdout)["articles_read"] < 40
    # one whose members unpack to more than kp holds at once
    monkeypatch.setattr(reader, "MAX_TAR_BYTES", 1000)
    large = _tar(tmp_path / "large" / "large.tar.gz", stories)
    summary = json.loads(kp("index", str(large.parent), "--json").stdout)
    assert summary["failures"] == [
        {
            "path": "large.tar.gz",
            "reason": "tar archive too large to read whole (its members unpack to over 1000"
            " bytes); unpack it, or pack it as a zip archive",
        }
    ]


@pytest.mark.parametrize(("name", "mode"), [("news.tar.gz", "w:gz"), ("news.tar", "w")])
def test_a_large_tar_archive_is_read_in_parts_of_whole_members(
    kp: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, mode: str
) -> None:
    """However large, a tar archive is read in parts (not refused past what kp holds at once),
    a part read on from where the one before it ended; one that carries sidecar members is
    read whole, as its members' sidecars may stand anywhere in it."""
    monkeypatch.setattr(reader, "TAR_PART_BYTES", 600)
    monkeypatch.setattr(reader, "MAX_TAR_BYTES", 1000)  # parts are not held to it
    stories = {f"{n:02}.txt": STORY.replace("dua", f"{n} kali").encode() for n in range(12)}
    news = _tar(tmp_path / "corpus" / name, {"./photo.png": b"\x89PNG", **stories}, mode)
    parts = reader.tar_parts(news)
    assert parts is not None and len(parts) > 2
    assert parts[0][0] == 0 and parts[-1][1] == 13  # the picture is a member too
    assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
    result = kp("index", str(news.parent), "--json")
    summary = json.loads(result.stdout)
    assert (summary["added"], summary["articles_read"], summary["failures"]) == (1, 12, [])
    assert f"{name}: skipped members kp does not read: .png 1" in result.stderr
    (hit,) = jsonl(kp("search", "11", "--exact", "--corpus", str(news.parent), "--jsonl"))
    assert hit["path"] == f"{name}/11.txt"
    raw = kp("show", str(hit["article"]), "--raw", "--corpus", str(news.parent)).stdout
    assert raw == stories["11.txt"].decode()
    # a part read again after a later one opens the archive again
    (part,) = [p for p in parts if p[0] <= 5 < p[1]]
    later = reader.read_part(news, name, parts[-1])
    again = reader.read_part(news, name, part)
    assert later.docs and [d.path for d in again.docs][:1] == [f"{name}/{part[0] - 1:02}.txt"]
    with_sidecar = _tar(tmp_path / "sidecar.tar.gz", {**stories, "00.meta.json": b"{}"})
    assert reader.tar_parts(with_sidecar) is None


def test_parts_of_files_weigh_more_than_whole_files_in_the_lots_sent_to_workers() -> None:
    """A part holds some hundred articles, a file one: the lots sent to the workers, and the
    batches stored at once, are counted so (a 300 MB tar.gz read in 256 KB parts held 1.1 GB
    at once when counted as files)."""
    whole = [("a.txt", "a.txt", 1, 0, {}, None, None)] * 25
    parted = [("t.tar", "t.tar", 1, 0, {}, None, ((i, i + 1, i), i, 12)) for i in range(12)]
    lots = corpus_module._weighed_lots([*whole, *parted], 50)  # type: ignore[list-item]
    assert [len(lot) for lot in lots] == [28, 5, 4]  # 25 + 3 x 10, 5 x 10, the 4 left
    assert [job for lot in lots for job in lot] == [*whole, *parted]


@pytest.mark.parametrize("copy", ["news.zip", "export.jsonl"])
def test_a_duplicate_left_in_another_file_is_shown_from_where_it_stands_there(
    kp: Invoke, tmp_path: Path, copy: str
) -> None:
    other = STORY.replace("cabai", "bawang")
    write_article(tmp_path, "a.txt", STORY)
    if copy == "news.zip":
        _zip(tmp_path / copy, {"first.txt": other.encode(), "second.txt": STORY.encode()})
    else:
        records = [{"text": other}, {"text": STORY}]
        (tmp_path / copy).write_text("\n".join(json.dumps(r) for r in records) + "\n")
    kp("index", str(tmp_path))
    (hit,) = jsonl(kp("search", "cabai", "--exact", "--corpus", str(tmp_path), "--jsonl"))
    shown = jsonl(kp("show", str(hit["article"]), "--jsonl", "--corpus", str(tmp_path)))[0]
    assert shown["paths"] == ["a.txt", "news.zip/second.txt" if copy == "news.zip" else copy]
    (tmp_path / "a.txt").unlink()
    (hit,) = jsonl(kp("search", "cabai", "--exact", "--corpus", str(tmp_path), "--jsonl"))
    raw = kp("show", str(hit["article"]), "--raw", "--corpus", str(tmp_path)).stdout
    assert "cabai" in raw and "bawang" not in raw  # the copy, not the whole file it is in


def test_a_corpus_filed_by_outlet_names_each_articles_outlet(kp: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    story = "Putin Sambut Kim\n\nPresiden Rusia Vladimir Putin menyambut Kim Jong Un di {}.\n"
    write_article(root, "tempo/2023/09/14/putin.txt", story.format("Vostochny"))
    write_article(root, "detik.com/putin.txt", story.format("Amur"))
    write_article(root, "Jakarta_Post/archive/putin.txt", story.format("Rusia"))
    # a folder no outlet is named for names none; an outlet the text names wins
    write_article(root, "batch1/putin.txt", story.format("Moskow"))
    write_article(
        root, "tempo/kompas-copy.txt", "Putin\n\nJAKARTA, KOMPAS.com - Putin menyambut Kim.\n"
    )
    records = jsonl(kp("sources", "--corpus", str(root), "--jsonl"))
    found = {r["path"]: (r["outlet"], r["field_sources"].get("outlet")) for r in records}  # type: ignore[union-attr]
    assert found == {
        "tempo/2023/09/14/putin.txt": ("Tempo", "path"),
        "detik.com/putin.txt": ("detikcom", "path"),
        "Jakarta_Post/archive/putin.txt": ("The Jakarta Post", "path"),
        "batch1/putin.txt": (None, None),
        "tempo/kompas-copy.txt": ("Kompas", "dateline"),
    }


@pytest.mark.parametrize(
    ("given", "outlet"),
    [
        ({"source": "Tempo"}, "Tempo"),
        ({"source": {"name": "Tempo"}}, "Tempo"),
        # what an export writes for a value it did not have, or a value no outlet has
        ({"source": "null"}, None),
        ({"source": "N/A"}, None),
        ({"source": 1}, None),
        ({"source": True}, None),
        ({"source": "2023-09-14"}, None),
        ({"outlet": "Presiden Rusia Vladimir Putin menyambut Kim Jong Un di kosmodrom."}, None),
    ],
)
def test_a_json_outlet_field_names_an_outlet_or_nothing(
    kp: Invoke, tmp_path: Path, given: dict[str, object], outlet: str | None
) -> None:
    record = {"title": "Putin Sambut Kim", "text": "Putin menyambut Kim di Vostochny.", **given}
    (tmp_path / "a.json").write_text(json.dumps(record))
    (found,) = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert found["outlet"] == outlet
