from __future__ import annotations

import json
from pathlib import Path

from conftest import Invoke, jsonl, write_article

KCNA = (
    "Putin menerima undangan tersebut dengan senang hati dan menegaskan kembali keinginannya "
    "untuk selalu meneruskan sejarah dan tradisi persahabatan Rusia-DPRK"
)


def test_trace_kcna_sentence_on_the_seeds(kp: Invoke) -> None:
    records = jsonl(kp("trace", KCNA, "--jsonl"))
    kinds = {(r["outlet"], r["paragraph"]): r["kind"] for r in records}
    assert kinds == {
        ("Jabar Ekspres", 4): "verbatim",
        ("Tempo", 6): "verbatim",
        ("IDN Times", 2): "retold",
    }
    assert [r["date"] for r in records] == sorted(str(r["date"]) for r in records)
    assert records[0]["earliest"] and records[0]["outlet"] == "Jabar Ekspres"
    assert {r["upstream"] for r in records} == {"KCNA"}
    assert all(r["type"] == "trace_hit" for r in records)
    verbatim = [r for r in records if r["kind"] == "verbatim"]
    assert {r["speaker"] for r in verbatim} == {"KCNA"}
    for r in records:
        for m in r["matches"]:  # type: ignore[attr-defined]
            assert str(r["text"])[m["start"] : m["end"]].casefold() == m["term"]


def test_trace_by_quote_id(kp: Invoke) -> None:
    quote = next(
        q
        for q in jsonl(kp("quotes", "--outlet", "tempo", "--jsonl"))
        if str(q["text"]).startswith("Putin menerima")
    )
    records = jsonl(kp("trace", str(quote["id"]), "--jsonl"))
    assert len([r for r in records if r["kind"] == "verbatim"]) == 2
    missing = kp("trace", "tempo-20230914-000000:6:0")
    assert missing.exit_code == 2 and "no quote" in missing.stderr


def test_edited_paraphrased_and_unrelated(kp: Invoke, tmp_path: Path) -> None:
    original = (
        "Pemerintah akan menurunkan harga bahan bakar minyak bersubsidi mulai pekan depan "
        "untuk membantu daya beli masyarakat"
    )
    write_article(
        tmp_path,
        "a.txt",
        f"JAKARTA, KOMPAS.com - Senin (1/7/2024). “{original},” kata Menteri Bahlil.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Bisnis.com, JAKARTA - Selasa (2/7/2024). “Pemerintah akan menurunkan harga bahan "
        "bakar minyak mulai pekan depan untuk membantu daya beli masyarakat,” ujar Bahlil.\n",
    )
    write_article(
        tmp_path,
        "c.txt",
        "Liputan6.com, Jakarta - Rabu (3/7/2024). Bahlil menyebut pemerintah bakal "
        "menurunkan harga bahan bakar minyak bersubsidi pekan depan demi daya beli "
        "masyarakat.\n",
    )
    write_article(
        tmp_path,
        "d.txt",
        "Tempo.co, Jakarta - Kamis (4/7/2024). Pemerintah daerah akan membangun pasar "
        "baru untuk masyarakat mulai pekan depan dan harga sewa kios tetap murah.\n",
    )
    records = jsonl(kp("trace", original, "--corpus", str(tmp_path), "--jsonl"))
    kinds = {r["path"]: r["kind"] for r in records}
    assert kinds == {"a.txt": "verbatim", "b.txt": "edited", "c.txt": "retold"}
    edited = next(r for r in records if r["path"] == "b.txt")
    assert edited["diff"] == [{"op": "delete", "words": "bersubsidi"}]
    human = kp("trace", original, "--corpus", str(tmp_path)).stdout
    lines = human.splitlines()
    assert (
        lines[0].startswith("earliest: Kompas · 2024-07-01")
        and "upstream source: Bahlil" in lines[0]
    )
    assert "  − bersubsidi" in lines  # the word the edited copy left out


def test_quotes_group(kp: Invoke) -> None:
    groups = json.loads(kp("quotes", "--group", "--json").stdout)
    top = groups[0]
    assert top["type"] == "quote_group"
    assert top["outlets"] == ["Jabar Ekspres", "Tempo"] and top["count"] == 2
    assert top["speaker"] == "KCNA" and str(top["text"]).startswith("Putin menerima")
    assert all(len(g["outlets"]) <= len(top["outlets"]) for g in groups)
    assert sum(g["count"] for g in groups) == 18
    assert top["speakers"] == ["KCNA"]


def test_a_quote_outlets_give_to_different_people_says_so(kp: Invoke, tmp_path: Path) -> None:
    said = "“Kami akan terus menerapkan sanksi kepada semua pihak yang membantu,”"
    write_article(tmp_path, "a.txt", f"JAKARTA, KOMPAS.com - {said} kata John Kirby.\n")
    write_article(tmp_path, "b.txt", f"Merdeka.com - {said} kata Matthew Miller.\n")
    write_article(tmp_path, "c.txt", f"TEMPO.CO, Jakarta - {said} kata Matthew Miller.\n")
    (group,) = json.loads(kp("quotes", "--group", "--json", "--corpus", str(tmp_path)).stdout)
    assert (group["speaker"], group["speakers"]) == (
        "Matthew Miller",
        ["Matthew Miller", "John Kirby"],
    )
    human = kp("quotes", "--group", "--corpus", str(tmp_path)).stdout.splitlines()
    assert human[0].endswith("said by Matthew Miller or John Kirby (the outlets differ)")
    assert any(line.startswith("    Kompas · ") and line.endswith("— John Kirby") for line in human)
