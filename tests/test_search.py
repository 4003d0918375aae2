from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Invoke, jsonl, write_article
from kimputin_cli.corpus import open_corpus
from kimputin_cli.errors import BadQuery
from kimputin_cli.search import parse_query, search

SATELLITE_PARAGRAPHS = {
    ("Jabar Ekspres", 8),
    ("AndalPost", 3),
    ("AndalPost", 8),
    ("Wongkito", 2),
    ("Wongkito", 4),
}


def _found(records: list[dict[str, object]]) -> set[tuple[object, object]]:
    return {(r["outlet"], r["paragraph"]) for r in records}


def test_satelit_finds_five_paragraphs_with_inflection_highlighted(kp: Invoke) -> None:
    records = jsonl(kp("search", "satelit", "--jsonl"))
    assert _found(records) == SATELLITE_PARAGRAPHS
    jabar = next(r for r in records if r["outlet"] == "Jabar Ekspres")
    (match,) = jabar["matches"]  # type: ignore[misc]
    assert jabar["text"][match["start"] : match["end"]] == "satelitnya"  # type: ignore[index]
    assert match["kind"] == "inflection"
    kinds = [r["matches"][0]["kind"] for r in records]  # type: ignore[index]
    assert kinds.index("inflection") > max(i for i, k in enumerate(kinds) if k == "exact")


def test_typos_find_the_same_paragraphs(kp: Invoke) -> None:
    assert _found(jsonl(kp("search", "satelti", "--jsonl"))) == SATELLITE_PARAGRAPHS
    peskov = jsonl(kp("search", "peskv", "--jsonl"))
    assert peskov and all("Peskov" in str(r["text"]) for r in peskov)
    assert {m["kind"] for r in peskov for m in r["matches"]} == {"typo"}  # type: ignore[attr-defined]


def test_inflections_through_the_stemmer(kp: Invoke) -> None:
    sepakat = jsonl(kp("search", "sepakat", "--jsonl"))
    assert "kesepakatan" in {
        r["text"][m["start"] : m["end"]] for r in sepakat for m in r["matches"]
    }  # type: ignore[index,attr-defined]
    berkunjung = jsonl(kp("search", "kunjungan", "--limit", "50", "--jsonl"))
    assert any("berkunjung" in str(r["text"]) for r in berkunjung)


def test_all_words_rank_first_and_phrases(kp: Invoke) -> None:
    records = jsonl(kp("search", "undangan", "putin", "--limit", "20", "--jsonl"))
    has_both = [
        {m["term"] for m in r["matches"]} == {"undangan", "putin"}  # type: ignore[attr-defined]
        for r in records
    ]
    assert has_both[0] and has_both == sorted(has_both, reverse=True)
    phrase = jsonl(kp("search", '"senang hati"', "--jsonl"))
    assert phrase
    for r in phrase:
        spans = [str(r["text"])[m["start"] : m["end"]] for m in r["matches"]]  # type: ignore[index,attr-defined]
        assert spans and all(s.lower() == "senang hati" for s in spans)


@pytest.mark.parametrize(
    ("dates", "days"),
    [
        (["--date", "2023-09"], {"2023-09-13", "2023-09-14"}),
        (["--date", "2023"], {"2023-09-13", "2023-09-14"}),
        (["--date", "2023-08"], set()),
        (["--since", "2023-09", "--until", "2023-09"], {"2023-09-13", "2023-09-14"}),
        (["--until", "2023-08"], set()),
        (["--since", "2024"], set()),
    ],
)
def test_a_month_or_a_year_is_every_day_of_it(kp: Invoke, dates: list[str], days: set[str]) -> None:
    result = kp("sources", *dates, "--jsonl")
    assert result.exit_code == (0 if days else 1)  # nothing matched, no bad date
    assert {str(r["date"]) for r in jsonl(result)} == days
    assert {str(r["date"]) for r in jsonl(kp("search", "putin", *dates, "--jsonl"))} <= days


def test_exact_turns_fuzziness_off(kp: Invoke) -> None:
    assert kp("search", "satelti", "--exact").exit_code == 1
    exact = jsonl(kp("search", "satelit", "--exact", "--jsonl"))
    assert ("Jabar Ekspres", 8) not in _found(exact)


def test_filters_and_exit_codes(kp: Invoke) -> None:
    none = kp("search", "satelit", "--outlet", "tempo")
    assert none.exit_code == 1 and none.stdout == ""
    wongkito = jsonl(kp("search", "satelit", "--outlet", "wongkito", "--jsonl"))
    assert {r["outlet"] for r in wongkito} == {"Wongkito"}
    dated = jsonl(kp("search", "satelit", "--date", "2023-09-13", "--jsonl"))
    assert {r["date"] for r in dated} == {"2023-09-13"}
    assert len(jsonl(kp("search", "putin", "--limit", "3", "--jsonl"))) == 3
    every = jsonl(kp("search", "satelit", "--limit", str(2**64), "--jsonl"))  # beyond the engine's
    assert len(every) == 5


@pytest.mark.parametrize("query", ['putin AND "', "NEAR(putin", "*", "-putin:", 'kim" OR (x'])
def test_index_syntax_is_plain_text(kp: Invoke, query: str) -> None:
    result = kp("search", "--jsonl", "--", query)
    assert result.exit_code in (0, 1, 2)
    assert "Traceback" not in result.stderr
    if result.exit_code == 2:
        assert "no words" in result.stderr


@pytest.mark.parametrize("query", ["", "   ", "x" * 10_000])
def test_bad_queries_exit_2(kp: Invoke, query: str) -> None:
    result = kp("search", query)
    assert result.exit_code == 2 and result.stderr.startswith("kp: error:")


def test_parse_query_keeps_phrases_and_edits() -> None:
    parsed = parse_query('"senang hati" peskov kerjasama')
    assert [t.tokens for t in parsed.terms] == [("senang", "hati"), ("peskov",), ("kerjasama",)]
    assert [t.max_edits for t in parsed.terms] == [0, 1, 2]
    with pytest.raises(BadQuery):
        parse_query('""')


def test_highlight_offsets_point_at_words(kp: Invoke) -> None:
    for query in ("satelit", "putin kim", "kesepakatn"):
        for r in json.loads(kp("search", query, "--json").stdout):
            for m in r["matches"]:
                assert 0 <= m["start"] < m["end"] <= len(r["text"])
                assert r["text"][m["start"] : m["end"]].isalnum()


def test_index_is_reused_and_rebuilt_when_files_change(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "news"
    write_article(corpus_dir, "a.txt", "JAKARTA, KOMPAS.com - Gubernur meresmikan jembatan baru.\n")
    write_article(corpus_dir, "b.txt", "Bisnis.com, JAKARTA - Harga emas naik tajam hari ini.\n")
    first = open_corpus(corpus_dir)
    assert first.ensure_current() is not None
    assert [h.article.outlet for h in search(first, "jembatan")] == ["Kompas"]
    generation = first.store.generation()
    first.close()

    reopened = open_corpus(corpus_dir)
    assert reopened.ensure_current() is None  # nothing changed: nothing re-read
    assert reopened.store.generation() == generation

    write_article(
        corpus_dir, "b.txt", "Bisnis.com, JAKARTA - Jembatan gantung putus diterjang banjir.\n"
    )
    (corpus_dir / "a.txt").unlink()
    report = reopened.ensure_current()
    assert report is not None and (report.updated, report.removed) == (1, 1)
    assert [h.article.outlet for h in search(reopened, "jembatan")] == ["Bisnis.com"]
    assert search(reopened, "gubernur") == []


def test_index_rebuilt_when_missing(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "news"
    write_article(corpus_dir, "a.txt", "JAKARTA, KOMPAS.com - Gubernur meresmikan jembatan baru.\n")
    corpus = open_corpus(corpus_dir)
    corpus.ensure_current()
    for state in corpus.cache_dir.rglob("search-state.json"):
        state.unlink()
    assert not corpus.is_current()
    corpus.ensure_current()
    assert len(search(corpus, "jembatan")) == 1


def test_index_of_an_older_format_is_rebuilt(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "news"
    write_article(corpus_dir, "a.txt", "JAKARTA, KOMPAS.com - Gubernur meresmikan jembatan baru.\n")
    corpus = open_corpus(corpus_dir)
    corpus.ensure_current()
    (state_file,) = corpus.cache_dir.rglob("search-state.json")
    state = json.loads(state_file.read_text())
    state_file.write_text(json.dumps({**state, "format": state["format"] - 1}))
    assert not corpus.is_current()
    corpus.ensure_current()
    assert json.loads(state_file.read_text())["format"] == state["format"]
    assert len(search(corpus, "jembatan")) == 1


def test_typo_matches_are_ranked_by_bm25_not_index_order(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "news"
    write_article(
        corpus_dir,
        "a.txt",
        "JAKARTA, KOMPAS.com - Warga menunggu jembatan baru di desa itu sejak lama, kata kepala "
        "desa yang juga menunggu bantuan dari pemerintah daerah untuk sekolah dan pasar.\n",
    )
    write_article(
        corpus_dir,
        "b.txt",
        "Bisnis.com, JAKARTA - Jembatan putus. Jembatan darurat dibangun. Jembatan lama ditutup.\n",
    )
    corpus = open_corpus(corpus_dir)
    corpus.ensure_current()
    hits = search(corpus, "jembatn")
    assert [h.article.outlet for h in hits] == ["Bisnis.com", "Kompas"]
    assert {m.kind for h in hits for m in h.matches} == {"typo"}
    assert hits[0].score > hits[1].score


@pytest.mark.parametrize("exact", [[], ["--exact"]])
@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("maruf", "Ma'ruf"),
        ("Ma’ruf", "Ma'ruf"),
        ("jumat", "Jum’at"),
        ("Jum'at", "Jum’at"),
        ("kremlin", "Kremlin's"),
    ],
)
def test_apostrophes_inside_words_do_not_split_them(
    kp: Invoke, tmp_path: Path, query: str, found: str, exact: list[str]
) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Judul\n\nJAKARTA, KOMPAS.com - Wakil Presiden Ma'ruf Amin salat Jum’at di Masjid "
        "Istiqlal, lalu menanggapi sikap Kremlin's juru bicara.\n",
    )
    (hit,) = jsonl(kp("search", query, "--corpus", str(tmp_path), "--jsonl", *exact))
    (match,) = hit["matches"]
    assert str(hit["text"])[match["start"] : match["end"]] == found
    assert match["kind"] == "exact"


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u2060", "\ufeff"])
def test_invisible_characters_inside_words_do_not_split_them(
    kp: Invoke, tmp_path: Path, invisible: str
) -> None:
    write_article(
        tmp_path,
        "a.txt",
        f"Judul\n\nJAKARTA, KOMPAS.com - Kami sena{invisible}ng sekali, "
        f"kata Vladi{invisible}mir Putin.\n",
    )
    (hit,) = jsonl(kp("search", "senang", "--exact", "--corpus", str(tmp_path), "--jsonl"))
    assert "Kami senang sekali, kata Vladimir Putin." in str(hit["text"])


def test_a_typo_of_the_root_is_held_to_the_root_s_length(kp: Invoke) -> None:
    """`menyambut` may be two edits off, but its root `sambut` only one: `sebut`, the root
    of the everywhere-word `tersebut`, is no typo of it."""
    assert parse_query("menyambut").terms[0].stem_max_edits == 1
    hits = json.loads(kp("search", "menyambut", "--json", "--limit", "50").stdout)
    found = {(m["kind"], h["text"][m["start"] : m["end"]]) for h in hits for m in h["matches"]}
    assert found == {("exact", "menyambut"), ("inflection", "disambut"), ("inflection", "sambutan")}
    typo = json.loads(kp("search", "menyambtu", "--json").stdout)  # the word's own typos stay
    assert any(m["kind"] == "typo" for h in typo for m in h["matches"])


def test_words_made_on_a_compound_are_its_inflections(kp: Invoke, tmp_path: Path) -> None:
    # Indonesian writes a compound as one word once it is affixed: "tanda tangan" becomes
    # "ditandatangani", "penandatanganan"; "tindak lanjut" "ditindaklanjuti"
    write_article(
        tmp_path,
        "a.txt",
        "Judul\n\nJAKARTA, KOMPAS.com - Perjanjian itu ditandatangani kedua menteri pada Rabu.\n\n"
        "Penandatanganan dilakukan di Moskow dan akan segera ditindaklanjuti.\n",
    )
    hits = jsonl(kp("search", "tandatangan", "--corpus", str(tmp_path), "--jsonl"))
    found = {(m["kind"], h["text"][m["start"] : m["end"]]) for h in hits for m in h["matches"]}
    assert found == {("inflection", "ditandatangani"), ("inflection", "Penandatanganan")}
    (hit,) = jsonl(kp("search", "menindaklanjuti", "--corpus", str(tmp_path), "--jsonl"))
    assert [m["kind"] for m in hit["matches"]] == ["inflection"]  # type: ignore[union-attr]


def test_a_compound_written_as_one_word_finds_it_written_as_two(kp: Invoke, tmp_path: Path) -> None:
    """Indonesian writes "kerja sama" and "kerjasama" both: asked either way, it finds both,
    the one written as asked first, the other as a typo of it, highlighted as one span."""
    write_article(
        tmp_path,
        "a.txt",
        "Judul\n\nJAKARTA, KOMPAS.com - Kedua negara sepakat memperluas kerja sama militer.\n\n"
        "Harga beras sama dengan pekan lalu, kata pedagang di pasar.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Judul Lain\n\nJAKARTA, KOMPAS.com - Kerjasama kedua negara diperluas tahun ini.\n",
    )
    hits = jsonl(kp("search", "kerjasama", "--corpus", str(tmp_path), "--jsonl"))
    found = [[(h["text"][m["start"] : m["end"]], m["kind"]) for m in h["matches"]] for h in hits]
    assert found == [[("Kerjasama", "exact")], [("kerja sama", "typo")]]
    # and the other way round: two words asked find the one word they make
    hits = jsonl(kp("search", "kerja sama", "--corpus", str(tmp_path), "--jsonl"))
    found = [
        [(h["text"][m["start"] : m["end"]], m["kind"], m["term"]) for m in h["matches"]]
        for h in hits
    ]
    assert found == [
        [("kerja", "exact", "kerja"), ("sama", "exact", "sama")],
        [("Kerjasama", "typo", "kerja sama")],
        [("sama", "exact", "sama")],  # one word of two, last
    ]
    # not with fuzziness off, and a word made of no two words of the corpus splits into none
    exact = kp("search", "kerjasama", "--exact", "--corpus", str(tmp_path), "--jsonl")
    assert len(jsonl(exact)) == 1
    assert kp("search", "berasama", "--corpus", str(tmp_path)).exit_code == 1


def test_english_plurals_and_singulars_are_inflections(kp: Invoke, tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Title\n\nWASHINGTON (Reuters) - The United States imposed new sanctions on Tuesday.\n\n"
        "The policy will stay, officials said.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Judul\n\nJAKARTA, KOMPAS.com - Seekor kera terlihat di taman kota pagi ini.\n",
    )
    for query, found, kind in [
        ("sanction", "sanctions", "inflection"),
        ("sanctions", "sanctions", "exact"),
        ("policies", "policy", "inflection"),
    ]:
        (hit,) = jsonl(kp("search", query, "--corpus", str(tmp_path), "--jsonl"))
        (match,) = hit["matches"]
        assert (str(hit["text"])[match["start"] : match["end"]], match["kind"]) == (found, kind)
    # an Indonesian word's ending is no plural: keras (hard) finds kera (monkey) as the typo
    # it may be, never as an inflection
    (hit,) = jsonl(kp("search", "keras", "--corpus", str(tmp_path), "--jsonl"))
    assert [m["kind"] for m in hit["matches"]] == ["typo"]  # type: ignore[union-attr]
    assert kp("search", "sanction", "--exact", "--corpus", str(tmp_path)).exit_code == 1


def test_a_search_of_an_indexed_corpus_loads_no_stemmer_and_no_reader(tmp_path: Path) -> None:
    """What a query needs of Sastrawi is in the store and its dictionary file; the readers'
    libraries are for indexing. Loading them would cost a search process tens of ms."""
    env = {**os.environ, "KP_CACHE_DIR": str(tmp_path)}
    script = (
        "import sys\n"
        "from kimputin_cli.cli import cli\n"
        "try:\n"
        "    cli(['search', 'satelti'], prog_name='kp')\n"  # a typo: roots, English forms
        "except SystemExit:\n"
        "    pass\n"
        "loaded = [m for m in ('Sastrawi.Stemmer.Stemmer', 'trafilatura', 'yaml', 'ftfy')\n"
        "          if m in sys.modules]\n"
        "print('loaded:', loaded, file=sys.stderr)\n"
    )
    run = [sys.executable, "-c", script]
    subprocess.run(run, env=env, capture_output=True, timeout=120, check=True)  # builds the index
    searched = subprocess.run(run, env=env, capture_output=True, text=True, timeout=120)
    assert "satelit" in searched.stdout
    assert "loaded: []" in searched.stderr, searched.stderr
