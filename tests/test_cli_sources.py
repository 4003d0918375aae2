from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import Invoke, jsonl, load_jsonl, write_article

EXPECTED = {str(e["outlet"]): e for e in load_jsonl("seed-articles.jsonl")}


def test_sources_jsonl_matches_acceptance(kp: Invoke) -> None:
    result = kp("sources", "--jsonl")
    assert result.exit_code == 0
    records = jsonl(result)
    assert {r["outlet"] for r in records} == set(EXPECTED)
    for r in records:
        expected = EXPECTED[str(r["outlet"])]
        assert r["type"] == "article"
        assert r["path"] == expected["file"]
        assert r["date"] == expected["date"]
        assert r["title"] == expected["title"]
        assert set(r["cites"]) == set(expected["cites"])  # type: ignore[call-overload]
        for key in (
            "article",
            "outlet",
            "date",
            "path",
            "title",
            "date_basis",
            "paragraphs",
            "cites",
            "byline",
            "editor",
            "url",
            "field_sources",
        ):
            assert key in r


def test_seed_credits_name_people_not_headlines(kp: Invoke) -> None:
    people = {r["outlet"]: (r["byline"], r["editor"]) for r in jsonl(kp("sources", "--jsonl"))}
    assert people == {
        "AndalPost": (None, None),
        "Jabar Ekspres": (None, None),
        "IDN Times": (None, "Sonya Michaella"),  # "EditorSonya Michaella"
        "Tempo": (None, None),  # "Pilihan Editor: Biden: …" is a link, not an editor
        "Wongkito": ("Distika Safara Setianda", "admin"),
    }


def test_sources_by_date(kp: Invoke) -> None:
    on_14 = jsonl(kp("sources", "--date", "2023-09-14", "--jsonl"))
    assert sorted(str(r["outlet"]) for r in on_14) == ["IDN Times", "Tempo", "Wongkito"]
    on_13 = jsonl(kp("sources", "--date", "2023-09-13", "--jsonl"))
    assert sorted(str(r["outlet"]) for r in on_13) == ["AndalPost", "Jabar Ekspres"]
    assert {r["date_basis"] for r in on_13} == {"inferred"}


def test_since_until_and_outlet_filters(kp: Invoke) -> None:
    later = jsonl(kp("sources", "--since", "2023-09-14", "--jsonl"))
    assert len(later) == 3
    earlier = jsonl(kp("sources", "--until", "2023-09-13", "--jsonl"))
    assert len(earlier) == 2
    tempo = jsonl(kp("sources", "--outlet", "tempo", "--jsonl"))
    assert [r["outlet"] for r in tempo] == ["Tempo"]
    assert [r["outlet"] for r in jsonl(kp("sources", "--outlet", "TEMPO.CO", "--jsonl"))] == [
        "Tempo"
    ]
    two = jsonl(kp("sources", "--outlet", "tempo", "--outlet", "idn", "--jsonl"))
    assert sorted(str(r["outlet"]) for r in two) == ["IDN Times", "Tempo"]


@pytest.mark.parametrize(
    ("cites", "outlets"),
    [
        ("kcna", ["Jabar Ekspres", "Tempo"]),
        ("Korean Central News Agency", ["Jabar Ekspres", "Tempo"]),
        ("REUTERS", ["Tempo"]),
        ("channel news", ["IDN Times"]),
    ],
)
def test_sources_that_cite_a_source(kp: Invoke, cites: str, outlets: list[str]) -> None:
    found = jsonl(kp("sources", "--cites", cites, "--jsonl"))
    assert sorted(str(r["outlet"]) for r in found) == outlets


def test_a_short_name_means_the_outlet_or_source_it_is_before_any_it_is_part_of(
    kp: Invoke, tmp_path: Path
) -> None:
    stories = [
        ("AP", "Kim tiba di Rusia, seperti dilansir Rappler."),
        ("Rappler", "Kim tiba di Rusia, seperti dilansir AP."),
        ("The Jakarta Post", "Kim tiba di Rusia, seperti dilansir Reuters."),
        ("Kompas", "Kim tiba di Rusia, seperti dilansir Reuters."),
        ("Kompas TV", "Kim tiba di Rusia, seperti dilansir Channel News Asia."),
    ]
    write_article(
        tmp_path,
        "feed.jsonl",
        "".join(
            json.dumps({"outlet": outlet, "date": "2023-09-13", "text": f"{text} ({n})"}) + "\n"
            for n, (outlet, text) in enumerate(stories)
        ),
    )

    def outlets(*options: str) -> list[str]:
        found = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl", *options))
        return sorted(str(r["outlet"]) for r in found)

    assert outlets("--outlet", "ap") == ["AP"]  # not Rappler, not The Jakarta Post
    assert outlets("--outlet", "kompas") == ["Kompas"]
    assert outlets("--outlet", "post") == ["The Jakarta Post"]  # a word of the name
    assert outlets("--outlet", "rapp") == ["Rappler"]  # the start of a word
    assert outlets("--cites", "AP") == ["Rappler"]  # the one citing AP, not the one citing Rappler
    assert outlets("--cites", "reut") == ["Kompas", "The Jakarta Post"]
    assert outlets("--cites", "news") == ["Kompas TV"]


def test_sources_citing_nothing_known_or_nothing_at_all(kp: Invoke) -> None:
    nothing = kp("sources", "--cites", "Pravda", "--json")
    assert (nothing.exit_code, nothing.stdout) == (1, "[]\n")
    assert nothing.stderr == "kp: no article in this corpus cites 'Pravda'\n"
    typo = kp("sources", "--cites", "Reuter News")
    assert typo.exit_code == 1 and typo.stderr.endswith("; closest: Reuters\n")
    elsewhere = kp("sources", "--cites", "kcna", "--date", "2023-09-11")
    assert (elsewhere.exit_code, elsewhere.stderr) == (1, "")  # cited, but not that day
    empty = kp("sources", "--cites", " ")
    assert empty.exit_code == 2 and "--cites" in empty.stderr


def test_json_csv_and_table_formats(kp: Invoke) -> None:
    array = json.loads(kp("sources", "--json").stdout)
    assert len(array) == 5 and all(r["type"] == "article" for r in array)
    rows = list(csv.DictReader(io.StringIO(kp("sources", "--csv").stdout)))
    assert len(rows) == 5
    assert json.loads(rows[0]["cites"])
    table = kp("sources", "--color", "never").stdout
    assert "tempo-20230914-" in table and "\x1b[" not in table
    colored = kp("sources", "--color", "always").stdout
    assert "\x1b[" in colored


def test_exit_codes_and_clean_stdout(kp: Invoke) -> None:
    none = kp("sources", "--date", "2020-01-01", "--jsonl")
    assert none.exit_code == 1 and none.stdout == ""
    bad = kp("sources", "--date", "2023-02-30")
    assert bad.exit_code == 2
    assert bad.stdout == ""
    assert "not a valid date" in bad.stderr and "Traceback" not in bad.stderr
    backwards = kp("sources", "--since", "2023-09-14", "--until", "2023-09-01")
    assert backwards.exit_code == 2 and "after" in backwards.stderr
    unknown = kp("sources", "--outlet", "Tempi Koran")
    assert unknown.exit_code == 2
    assert "Tempo" in unknown.stderr and "outlets in this corpus" in unknown.stderr
    both = kp("sources", "--json", "--csv")
    assert both.exit_code == 2


@pytest.mark.parametrize(
    ("day", "earlier"),
    [("2023-09-14", "2023-09-09"), ("2023-9-14", "2023-9-9"), ("20230914", "20230909")],
)
def test_a_day_is_read_with_or_without_its_zeros(kp: Invoke, day: str, earlier: str) -> None:
    records = jsonl(kp("sources", "--date", day, "--jsonl"))
    assert {r["date"] for r in records} == {"2023-09-14"} and len(records) == 3
    assert len(jsonl(kp("sources", "--since", earlier, "--jsonl"))) == 5


def test_corpus_option_and_env_on_a_written_corpus(kp: Invoke, tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "JAKARTA, KOMPAS.com - Hujan turun Senin (2/1/2024).\n")
    write_article(tmp_path, "sub/b.md", "Bisnis.com, JAKARTA - Harga emas naik 3 Januari 2024.\n")
    write_article(tmp_path, "notes.doc", "not an article")
    records = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert [(r["outlet"], r["date"], r["path"]) for r in records] == [
        ("Kompas", "2024-01-02", "a.txt"),
        ("Bisnis.com", "2024-01-03", "sub/b.md"),
    ]
    from_env = jsonl(kp("sources", "--jsonl", env={"KP_CORPUS": str(tmp_path)}))
    assert len(from_env) == 2
    before_command = kp("--corpus", str(tmp_path), "sources", "--jsonl", env={"KP_CORPUS": "x"})
    assert len(jsonl(before_command)) == 2  # over $KP_CORPUS
    after_wins = kp("--corpus", "nowhere", "sources", "--corpus", str(tmp_path), "--jsonl")
    assert len(jsonl(after_wins)) == 2
    indexed = kp("--corpus", str(tmp_path), "index", "--json")
    assert json.loads(indexed.stdout)["corpus"] == str(tmp_path.resolve())
    after_index = kp("index", "--corpus", str(tmp_path), "--json")  # as for the other commands
    assert json.loads(after_index.stdout)["corpus"] == str(tmp_path.resolve())
    two = kp("index", str(tmp_path), "--corpus", "elsewhere")
    assert two.exit_code == 2 and "name two corpora" in two.stderr
    empty = kp("--corpus", "", "sources")
    assert empty.exit_code == 2 and "the path is empty" in empty.stderr


def test_show_article_paragraph_and_raw(kp: Invoke) -> None:
    article = jsonl(kp("show", "tempo", "--jsonl"))[0]
    assert article["outlet"] == "Tempo"
    blocks = article["blocks"]
    numbered = [b for b in blocks if b["paragraph"] is not None]  # type: ignore[union-attr]
    assert [b["paragraph"] for b in numbered] == list(range(1, article["paragraphs"] + 1))  # type: ignore[operator]
    assert {"credit", "related"} <= {b["kind"] for b in blocks}  # type: ignore[union-attr]
    paragraph = jsonl(kp("show", f"{article['article']}:7", "--jsonl"))[0]
    assert paragraph["type"] == "paragraph" and "Peskov" in str(paragraph["text"])
    raw = kp("show", "tempo", "--raw").stdout
    assert raw.startswith("TEMPO.CO, Jakarta -") and "Pilihan Editor:" in raw
    human = kp("show", "idn").stdout
    assert "Kim Jong Un Undang Putin ke Korut, Kapan?" in human and "caption" in human
    missing = kp("show", "nope")
    assert missing.exit_code == 2 and "no article" in missing.stderr
    out_of_range = kp("show", f"{article['article']}:99")
    assert out_of_range.exit_code == 2


def test_a_prefix_several_ids_start_is_named_as_such(kp: Invoke, tmp_path: Path) -> None:
    for name in ("a", "b"):
        write_article(
            tmp_path, f"{name}.txt", f"Judul {name}\n\nIsi berita {name} yang panjang sekali.\n"
        )
    result = kp("show", "unknown", "--corpus", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.startswith("kp: error: 'unknown' starts several article ids (unknown-")
    assert result.stderr.endswith("): give more of it\n")


def test_help_has_examples(kp: Invoke) -> None:
    for command in ("sources", "show", "search", "index", "stats"):
        assert "Examples:" in kp(command, "--help").stdout


def test_help_examples_run(kp: Invoke) -> None:
    """Every example in the help texts that needs no corpus of the user's runs cleanly."""
    import shlex

    commands = ("sources", "show", "search", "quotes", "speakers", "trace", "stats")
    for command in commands:
        for line in kp(command, "--help").stdout.splitlines():
            example = line.strip()
            if not example.startswith("kp ") or "~/" in example:
                continue
            args = shlex.split(example.split(" | ")[0].split(" > ")[0])[1:]
            result = kp(*args)
            assert result.exit_code in (0, 1), (example, result.stderr)


def test_a_narrow_terminal_lists_articles_instead_of_a_table(
    kp: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    lines = kp("sources", "--date", "2023-09-14").stdout.splitlines()
    assert "tempo-20230914-94762b" in lines  # whole, on its own line, to copy into kp show
    assert "  Tempo · 2023-09-14 · ¶ 14 · —" in lines and "  cites KCNA, Reuters" in lines
    monkeypatch.setenv("COLUMNS", "100")
    assert "┃ id" in kp("sources", "--date", "2023-09-14").stdout


def test_a_narrow_terminal_lists_speakers_instead_of_a_table(
    kp: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    lines = kp("speakers").stdout.splitlines()
    at = lines.index("Dmitry Peskov")
    assert lines[at + 1 : at + 3] == [
        "  3 quotes (3 direct, 0 fragment) · 2 indirect",
        "  outlets: IDN Times, Tempo, Wongkito",
    ]


def test_a_long_listing_is_drawn_page_by_page(kp: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich keeps every cell of a table until it draws it: a table of a million articles would
    hold them all, so a long listing is drawn as tables of a bounded number of rows."""
    from kimputin_cli import render

    monkeypatch.setattr(render, "TABLE_PAGE_ROWS", 2)
    monkeypatch.setenv("COLUMNS", "120")
    out = kp("sources").stdout
    assert out.count("┃ id") == 3  # five articles: pages of 2, 2 and 1
    assert all(f"{article}" in out for article in ("tempo-20230914-94762b", "andalpost-2023"))
    assert kp("speakers").stdout.count("┃ speaker") > 1


def test_the_human_view_into_a_pipe_keeps_each_paragraph_on_one_line(kp: Invoke) -> None:
    hits = jsonl(kp("search", "satelit", "--jsonl"))
    lines = kp("search", "satelit").stdout.splitlines()
    assert all(str(hit["text"]) in lines for hit in hits)
    trace = kp("trace", "Putin menerima undangan tersebut dengan senang hati").stdout.splitlines()
    assert any(len(line) > 200 for line in trace)  # an excerpt, whole
    # colours forced for `| less -R` keep the layout of a pipe
    colored = kp("search", "satelit", "--color", "always").stdout
    assert "\x1b[" in colored
    plain_lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in colored.splitlines()]
    assert all(str(hit["text"]) in plain_lines for hit in hits)


def test_the_human_view_into_a_pipe_keeps_each_quote_on_one_line(kp: Invoke) -> None:
    out = kp("quotes", "--speaker", "Peskov").stdout
    lines = out.splitlines()
    assert len(lines) == 3 * 4  # three quotes: the quote, who, where, a blank line
    assert any(
        line.startswith("“Kunjungan Kim Jong Un") and line.endswith("dibahas”") for line in lines
    )


def test_the_human_view_is_drawn_as_the_records_come() -> None:
    from kimputin_cli.output import Format, write

    events: list[str] = []

    def records() -> Iterator[dict[str, Any]]:
        for n in (1, 2):
            events.append(f"made {n}")
            yield {"type": "x", "n": n}

    def render(found: Iterable[dict[str, Any]]) -> None:
        for record in found:
            events.append(f"drawn {record['n']}")

    assert write(records(), Format.TABLE, io.StringIO(), render) == 2
    assert events == ["made 1", "drawn 1", "made 2", "drawn 2"]
    assert write(iter([]), Format.TABLE, io.StringIO(), render) == 0
    assert events[-1] == "drawn 2"  # nothing to draw: the view is not asked


def test_limit_keeps_the_first_articles_and_the_most_quoted_speakers(kp: Invoke) -> None:
    articles = jsonl(kp("sources", "--jsonl"))
    assert jsonl(kp("sources", "--limit", "2", "--jsonl")) == articles[:2]
    speakers = jsonl(kp("speakers", "--jsonl"))
    top = jsonl(kp("speakers", "--limit", "1", "--jsonl"))
    assert top == speakers[:1]
    assert top[0]["quotes"] == max(s["quotes"] for s in speakers)
    # the outlets of the few listed are those of the whole listing, in the articles chosen too
    assert top[0]["outlets"] and len(top[0]["outlets"]) > 1  # type: ignore[arg-type]
    chosen = ("--since", "2023-09-14", "--jsonl")
    assert jsonl(kp("speakers", "--limit", "2", *chosen)) == jsonl(kp("speakers", *chosen))[:2]
    assert kp("speakers", "--limit", "0").exit_code == 2
