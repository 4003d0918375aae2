from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import SEEDS, Invoke, article_of, jsonl, write_article
from kimputin_cli import reader
from kimputin_cli.corpus import open_corpus

GOOD = "JAKARTA, KOMPAS.com - Gubernur meresmikan jembatan baru di kota {n}.\n"


def _bad_corpus(root: Path) -> dict[str, str]:
    """Writes good and bad files; returns bad file -> a word its warning must contain."""
    write_article(root, "good.txt", GOOD.format(n=1))
    (root / "empty.txt").write_text("")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (root / "latin1.txt").write_bytes(
        "JAKARTA, KOMPAS.com - Caf\xe9 jembatan ramai.\n".encode("latin-1")
    )
    (root / "mostly-utf8.txt").write_bytes(
        "JAKARTA, KOMPAS.com - Jembatan “baru” dibuka, kata Wali Kota \xff.\n".encode().replace(
            b"\xc3\xbf", b"\xff"
        )
    )
    (root / "utf16.txt").write_text(GOOD.format(n=16), encoding="utf-16")
    (root / "old-mac.txt").write_bytes(b"Judul Lama\r\rJAKARTA - Jembatan tua diperbaiki.\r")
    (root / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (root / "long-line.txt").write_text("JAKARTA, KOMPAS.com - " + "jembatan panjang " * 65_000)
    (root / "feed.jsonl").write_text(
        '{"text": "Jembatan baru dibuka warga."}\n{oops\n[1]\n{"text": "Baca juga: Jembatan"}\n'
    )
    (root / "page.html").write_text("<html><body><ul><li>Login</li></ul></body></html>")
    (root / "furniture.txt").write_text("Jembatan Baru\n\nBaca juga: Jembatan Lama\n\nShare\n")
    os.symlink(root / "missing.txt", root / "dangling.txt")
    os.symlink(root / "loop-b.txt", root / "loop-a.txt")
    os.symlink(root / "loop-a.txt", root / "loop-b.txt")
    (root / "sub").mkdir()
    os.symlink(root, root / "sub" / "back-to-root")
    return {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "page.html": "no article text",
        "furniture.txt": "no article text (only a headline",
        "deep.json": "nested too deeply",
        "dangling.txt": "broken symlink",
        "loop-a.txt": "symlink loop",
        "loop-b.txt": "symlink loop",
    }


def test_bad_files_never_stop_a_run(kp: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "dirty"
    root.mkdir()
    failures = _bad_corpus(root)
    result = kp("index", str(root), "--json")
    assert result.exit_code == 3  # finished, but some files failed
    summary = json.loads(result.stdout)
    assert summary["failed"] == len(failures)
    warnings = result.stderr.splitlines()
    for name, reason in failures.items():
        assert any(name in w and reason in w for w in warnings), (name, result.stderr)
    assert any("latin1.txt" in w and "read as Windows-1252" in w for w in warnings)
    assert any("mostly-utf8.txt" in w and "replacement characters" in w for w in warnings)
    assert any("feed.jsonl" in w and "line 2" in w for w in warnings)
    assert any("feed.jsonl: line 4: no article text" in w for w in warnings)
    assert all(w.startswith("kp: warning: ") for w in warnings)
    found = {
        r["path"]
        for r in jsonl(kp("search", "jembatan", "--corpus", str(root), "--jsonl", "--limit", "50"))
    }
    assert found == {
        "good.txt",
        "latin1.txt",
        "mostly-utf8.txt",
        "utf16.txt",
        "old-mac.txt",
        "long-line.txt",
        "feed.jsonl",
    }
    titles = {r["path"]: r["title"] for r in jsonl(kp("sources", "--corpus", str(root), "--jsonl"))}
    assert titles["old-mac.txt"] == "Judul Lama"  # bare carriage returns end lines
    again = kp("index", str(root), "--json")  # failures are remembered, not re-read
    assert again.exit_code == 3 and json.loads(again.stdout)["failed"] == len(failures)
    for name, reason in failures.items():  # and named again: they are why it exits 3
        assert f"kp: warning: {name}: " in again.stderr and reason in again.stderr, name
    # stats counts them as the index does, the links it could not follow included
    (stats,) = jsonl(kp("stats", "--corpus", str(root), "--jsonl"))
    assert stats["failed_files"] == len(failures)
    (root / "dangling.txt").unlink()
    (stats,) = jsonl(kp("stats", "--corpus", str(root), "--jsonl"))
    assert stats["failed_files"] == len(failures) - 1


def test_an_empty_file_of_any_kind_says_so(kp: Invoke, tmp_path: Path) -> None:
    for kind in ("txt", "html", "json", "csv", "pdf", "docx", "warc", "mhtml", "txt.gz"):
        (tmp_path / f"kosong.{kind}").write_bytes(b"" if kind != "pdf" else b"\n  \n")
    summary = json.loads(kp("index", str(tmp_path), "--json").stdout)
    reasons = {f["path"]: f["reason"] for f in summary["failures"]}  # type: ignore[union-attr]
    assert len(reasons) == 9
    assert set(reasons.values()) == {"empty file"}, reasons


def test_pipes_and_devices_are_not_read(tmp_path: Path) -> None:
    """A named pipe or a link to a device would block or never end; they are refused. Run as
    a process with a time limit, so a regression fails instead of hanging the suite."""
    write_article(tmp_path, "good.txt", GOOD.format(n=3))
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "catalog.jsonl")
    os.mkfifo(tmp_path / "kp-aliases.json")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    env = {**os.environ, "KP_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-m", "kimputin_cli", "index", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 3, result.stderr
    for name in ("pipe.txt", "zero.txt"):
        assert f"kp: warning: {name}: not a regular file" in result.stderr
    assert "catalog.jsonl: cannot read: not a regular file" in result.stderr
    speakers = subprocess.run(  # reads the aliases file, here a pipe
        [sys.executable, "-m", "kimputin_cli", "speakers", "--corpus", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert speakers.returncode in (0, 1), speakers.stderr
    assert "kp-aliases.json: aliases not applied: cannot read: not a regular file" in (
        speakers.stderr
    )
    device = subprocess.run(
        [sys.executable, "-m", "kimputin_cli", "sources", "--corpus", str(tmp_path / "zero.txt")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert device.returncode == 2
    assert device.stderr.startswith("kp: error: not a folder or a regular file:")


def test_file_names_that_cannot_be_stored_or_printed(kp: Invoke, tmp_path: Path) -> None:
    write_article(tmp_path, "good.txt", GOOD.format(n=4))
    (Path(os.fsdecode(bytes(tmp_path) + b"/latin\xe9.txt"))).write_text(GOOD.format(n=5))
    (tmp_path / "two\nlines.txt").write_text(GOOD.format(n=6))
    (tmp_path / "esc\x1b[31mred.txt").write_text(GOOD.format(n=7))
    result = kp("index", str(tmp_path))
    assert result.exit_code == 3
    warnings = result.stderr.splitlines()
    for shown in ("latin\ufffd.txt", "two\\nlines.txt", "esc\\x1b[31mred.txt"):
        assert f"kp: warning: {shown}: file name is not printable UTF-8; rename it" in warnings
    assert "\x1b" not in result.stderr
    found = jsonl(kp("search", "jembatan", "--corpus", str(tmp_path), "--jsonl"))
    assert [r["path"] for r in found] == ["good.txt"]


def test_a_lone_surrogate_in_a_record_poisons_nothing(kp: Invoke, tmp_path: Path) -> None:
    # half of an emoji, escaped alone, as a cut JSON export leaves it: the store cannot hold
    # it, and every command had failed since
    broken = '{"title": "Putin Sambut Kim", "text": "“Terima kasih \\udc49,” kata Putin."}'
    (tmp_path / "cut.jsonl").write_text(broken + "\n")
    write_article(tmp_path, "good.txt", GOOD.format(n=4))
    assert kp("index", str(tmp_path)).exit_code == 0
    (quote,) = jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))
    assert (quote["speaker"], quote["text"]) == ("Putin", "Terima kasih \ufffd")
    for command in ("sources", "speakers", "stats"):
        assert kp(command, "--corpus", str(tmp_path), "--json").exit_code == 0, command


def test_the_store_takes_text_with_a_lone_surrogate_in_its_place(tmp_path: Path) -> None:
    # whatever reader passes one on: the store keeps the article, with U+FFFD for it
    (tmp_path / "corpus").mkdir()
    corpus = open_corpus(tmp_path / "corpus", tmp_path / "cache")
    article = article_of("Putin Sambut Kim\n\nJAKARTA - Putin menyambut Kim \udc49 di Rusia.\n")
    with corpus.store.transaction():
        corpus.store.add_file("a.txt", 1, 1, None, [(article, [])])
    ((text,),) = corpus.store.db.execute("SELECT text FROM blocks WHERE kind = 'content'")
    assert text == "JAKARTA - Putin menyambut Kim \ufffd di Rusia."


def test_text_saved_under_a_pages_name_is_read_as_text(kp: Invoke, tmp_path: Path) -> None:
    shutil.copy(next(SEEDS.glob("001_*.txt")), tmp_path / "story.html")
    (record,) = jsonl(kp("sources", "--corpus", str(tmp_path), "--jsonl"))
    assert (record["outlet"], record["path"], record["paragraphs"]) == (
        "IDN Times",
        "story.html",
        9,
    )
    assert len(jsonl(kp("quotes", "--corpus", str(tmp_path), "--jsonl"))) == 4


def test_a_corpus_folder_whose_name_is_not_utf8(kp: Invoke, tmp_path: Path) -> None:
    root = Path(os.fsdecode(bytes(tmp_path) + b"/berita-\xff"))
    root.mkdir()
    write_article(root, "a.txt", "“Jembatan ini dibuka untuk warga,” kata Gubernur Budi Santoso.\n")
    for command in ("sources", "quotes", "speakers", "stats"):
        result = kp(command, "--corpus", str(root), "--json")
        assert result.exit_code == 0, (command, result.stderr)
    (quote,) = json.loads(kp("quotes", "--corpus", str(root), "--json").stdout)
    assert quote["speaker"] == "Budi Santoso"


@pytest.mark.parametrize("fmt", [[], ["--jsonl"], ["--csv"]])
def test_a_reader_that_stops_reading_is_no_error(tmp_path: Path, fmt: list[str]) -> None:
    """`kp quotes | head -1`: the pipe closes before kp writes; kp exits 0, silently."""
    env = {**os.environ, "KP_CACHE_DIR": str(tmp_path / "cache")}
    with open(tmp_path / "stderr", "wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "kimputin_cli", "quotes", *fmt],
            stdout=subprocess.PIPE,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            env=env,
        )
        assert process.stdout is not None
        process.stdout.close()
        assert process.wait(timeout=60) == 0
    assert (tmp_path / "stderr").read_bytes() == b""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs a device that is always full")
@pytest.mark.parametrize("command", [["quotes"], ["search", "satelit", "--json"], ["stats"]])
def test_output_that_cannot_be_written_is_one_line(tmp_path: Path, command: list[str]) -> None:
    """`kp quotes > file` on a full disk: the machine's failure, not a bug in kp."""
    env = {**os.environ, "KP_CACHE_DIR": str(tmp_path / "cache")}
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "kimputin_cli", *command],
            stdout=full,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=env,
            text=True,
        )
    assert result.returncode == 74
    assert result.stderr == "kp: error: cannot write the output: No space left on device\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(kp: Invoke, tmp_path: Path) -> None:
    write_article(tmp_path, "secret.txt", GOOD.format(n=2)).chmod(0)
    result = kp("index", str(tmp_path))
    assert result.exit_code == 3 and "secret.txt: Permission denied" in result.stderr


def test_oversized_file_is_skipped_with_a_warning(
    kp: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    write_article(tmp_path, "huge.txt", GOOD.format(n=3) * 100)
    write_article(tmp_path, "small.txt", GOOD.format(n=4))
    result = kp("index", str(tmp_path))
    assert result.exit_code == 3
    assert "huge.txt: file too large (6700 bytes, at most 1000 bytes); split it" in result.stderr
    assert "kp: 1 added, 0 updated, 0 removed, 0 unchanged, 0 skipped, 1 failed" in result.stderr


HOSTILE = (
    "JAKARTA, KOMPAS.com - Jembatan [bold red]merah[/] dan [link=http://evil]klik[/link] "
    "\x1b[31mwarna\x1b[0m \x1b]0;judul jendela\x07 \x1b]8;;http://evil\x1b\\tautan\x1b]8;;\x1b\\ "
    "\x9b2J \x07\x08 selesai.\n\n"
    "“Jembatan [blink]ini[/blink] \x1b[2J aman sekali untuk semua warga,” kata Budi \x1b[1m.\n"
)


@pytest.mark.parametrize(
    "command", [["search", "jembatan"], ["quotes"], ["sources"], ["speakers"], ["show", "kompas"]]
)
@pytest.mark.parametrize("fmt", [[], ["--json"], ["--jsonl"], ["--csv"], ["--color", "always"]])
def test_hostile_text_is_shown_not_obeyed(
    kp: Invoke, tmp_path: Path, command: list[str], fmt: list[str]
) -> None:
    write_article(tmp_path, "evil.txt", HOSTILE)
    result = kp(*command, "--corpus", str(tmp_path), *fmt)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for sequence in ("\x1b[31m", "\x1b[2J", "\x1b]", "\x9b", "\x07", "\x08"):
        assert sequence not in out
    literal = {
        "search": "[bold red]merah[/]",
        "show": "[bold red]merah[/]",
        "quotes": "[blink]ini[/blink]",
    }.get(command[0])
    if literal and (not fmt or fmt[0] == "--color"):
        assert literal in out
    if fmt and fmt[0] in ("--json", "--jsonl"):
        for line in out.splitlines() if fmt[0] == "--jsonl" else [out]:
            json.loads(line)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "jembatan", "--since", "2023-09-14", "--until", "2023-09-01"], "after"),
        (["search", "jembatan", "--date", "2023-02-30"], "not a valid date"),
        (["quotes", "--since", "14-09-2023"], "not a valid date"),
        (["search", "putin", "--outlet", "Tempoo"], "did you mean 'Tempo'"),
        (["quotes", "--speaker", "  "], "--speaker is empty"),
        (["search", "\t "], "empty"),
        (["quotes", "--outlet", ""], "--outlet: '' is not an outlet name"),
        (["sources", "--date", ""], "--date: '' is not a valid date"),
        (["sources", "--date", "2023-13"], "(use YYYY-MM-DD, or YYYY-MM or YYYY"),
        (["sources", "--since", "0000"], "--since: '0000' is not a valid date"),
        (["index", __file__], "kp does not read test_reliability.py: it reads .atom, .csv, .docx"),
    ],
)
def test_bad_queries_one_line_exit_2(kp: Invoke, args: list[str], message: str) -> None:
    result = kp(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr


def test_unwritable_cache_is_a_clear_error(kp: Invoke, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = kp("sources", env={"KP_CACHE_DIR": str(blocker / "cache")})
    assert result.exit_code == 2
    assert "cannot write the index cache" in result.stderr and "KP_CACHE_DIR" in result.stderr


def test_a_cache_kept_inside_the_corpus_is_not_read_as_articles(kp: Invoke, tmp_path: Path) -> None:
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    env = {"KP_CACHE_DIR": str(tmp_path / "kp-cache")}
    first = kp("index", str(tmp_path), env=env)
    again = kp("index", str(tmp_path), "--json", env=env)
    assert (first.exit_code, first.stderr.count("warning")) == (0, 0), first.stderr
    summary = json.loads(again.stdout)
    assert (summary["unchanged"], summary["skipped"], summary["failed"]) == (5, 0, 0)
    # any tagged cache folder is left out, kp's own or another tool's
    (tmp_path / "other-cache").mkdir()
    (tmp_path / "other-cache" / "CACHEDIR.TAG").write_text(
        "Signature: 8a477f597d28d172789f06886806bc55\n"
    )
    write_article(tmp_path / "other-cache", "cached.txt", "JAKARTA - Harga cabai naik lagi.\n")
    summary = json.loads(kp("index", str(tmp_path), "--json", env=env).stdout)
    assert (summary["added"], summary["unchanged"]) == (0, 5)


def test_a_saved_web_pages_folder_of_resources_is_not_read(kp: Invoke, tmp_path: Path) -> None:
    # "Save Page As… (complete)": the page, and beside it its images, scripts and ad frames
    page = (
        "<html><head><title>Putin Sambut Kim</title></head><body><article>"
        "<p>VOSTOCHNY, KOMPAS.com - Presiden Rusia Vladimir Putin menyambut Kim Jong Un di "
        "kosmodrom pada Rabu.</p></article></body></html>"
    )
    write_article(tmp_path / "corpus", "Putin Sambut Kim.html", page)
    resources = tmp_path / "corpus" / "Putin Sambut Kim_files"
    write_article(
        resources,
        "saved_resource.html",
        "<html><body><p>Promo spesial! Diskon 50% untuk semua produk elektronik hari ini saja, "
        "klik sekarang untuk belanja.</p></body></html>",
    )
    write_article(resources, "analytics.js", "var a = 1;")
    # a folder whose name only looks so, with no page beside it, is read
    write_article(tmp_path / "corpus" / "arsip_files", "cabai.txt", "JAKARTA - Harga cabai naik.\n")
    summary = json.loads(kp("index", str(tmp_path / "corpus"), "--json").stdout)
    assert (summary["added"], summary["skipped"], summary["failed"]) == (2, 0, 0)
    listed = jsonl(kp("sources", "--corpus", str(tmp_path / "corpus"), "--jsonl"))
    assert sorted(str(a["path"]) for a in listed) == [
        "Putin Sambut Kim.html",
        "arsip_files/cabai.txt",
    ]


def test_hidden_files_and_office_owner_files_are_left_out(kp: Invoke, tmp_path: Path) -> None:
    write_article(tmp_path, "cabai.txt", "JAKARTA - Harga cabai naik lagi hari ini.\n")
    write_article(tmp_path, ".cabai.txt", "JAKARTA - Salinan tersembunyi harga cabai.\n")
    write_article(tmp_path / ".git", "HEAD.txt", "JAKARTA - Bukan artikel sama sekali.\n")
    # what Word keeps beside a document while it is open: no document at all
    (tmp_path / "~$berita.docx").write_bytes(b"\x0bBudi Santoso" + b"\x00" * 150)
    summary = json.loads(kp("index", str(tmp_path), "--json").stdout)
    assert (summary["added"], summary["skipped"], summary["failed"]) == (1, 0, 0)


def test_a_folder_that_cannot_be_listed_is_named(
    kp: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_article(tmp_path, "baik.txt", "JAKARTA - Harga cabai naik lagi hari ini.\n")
    write_article(tmp_path / "tertutup", "cabai.txt", "JAKARTA - Harga beras turun lagi.\n")
    listing = os.scandir

    def scandir(path: Any) -> Any:  # as for a folder without read permission (root reads any)
        if str(path).endswith("tertutup"):
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)

    monkeypatch.setattr(reader.os, "scandir", scandir)
    result = kp("index", str(tmp_path), "--json")
    assert result.exit_code == 3
    assert "kp: warning: tertutup: folder cannot be read: Permission denied" in result.stderr
    assert json.loads(result.stdout)["added"] == 1


def test_old_or_damaged_store_and_index_are_rebuilt(kp: Invoke) -> None:
    corpus = open_corpus()
    corpus.ensure_current()
    store_path = corpus.cache_dir / "kp.sqlite"
    corpus.close()
    with sqlite3.connect(store_path) as db:
        db.execute("PRAGMA user_version=1")
    assert len(jsonl(kp("sources", "--jsonl"))) == 5
    for leftover in corpus.cache_dir.glob("kp.sqlite*"):
        leftover.write_bytes(b"this is not a database" * 100)
    assert len(jsonl(kp("sources", "--jsonl"))) == 5
    for segment in (corpus.cache_dir / "search").rglob("*"):
        if segment.is_file() and segment.name != "search-state.json":
            segment.write_bytes(b"garbage")
    assert len(jsonl(kp("search", "satelit", "--jsonl"))) == 5


def _many_articles(root: Path, count: int) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        body = "\n\n".join(
            f"Paragraf {p} tentang jembatan kota {n} dan pasar {p * n}." for p in range(12)
        )
        (root / f"a{n:05d}.txt").write_text(f"JAKARTA, KOMPAS.com - Berita nomor {n}.\n\n{body}\n")


def _kp_process(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kimputin_cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _wait_for_stored_files(cache: Path, build: subprocess.Popen[str]) -> int:
    """Poll the store until the build has committed some files; return how many."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and build.poll() is None:
        for store in cache.glob("*/kp.sqlite"):
            try:
                with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=1) as db:
                    count = int(db.execute("SELECT count(*) FROM files").fetchone()[0])
            except sqlite3.Error:
                continue
            if count:
                return count
        time.sleep(0.02)
    return 0


def test_killed_index_build_leaves_a_usable_index(tmp_path: Path) -> None:
    root = tmp_path / "big"
    _many_articles(root, 1500)
    env = {**os.environ, "KP_CACHE_DIR": str(tmp_path / "cache")}
    build = _kp_process("index", str(root), env=env)
    stored = _wait_for_stored_files(tmp_path / "cache", build)
    workers = _children(build.pid)
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=30)
    assert 0 < stored < 1500  # killed part way, after a batch was committed
    assert workers  # the build was parsing in worker processes ...
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() for p in workers):
        time.sleep(0.1)
    assert not any(Path(f"/proc/{p}").exists() for p in workers)  # ... which did not outlive it
    finish = _kp_process(
        "search", "nomor", "--corpus", str(root), "--jsonl", "--limit", "5", env=env
    )
    out, err = finish.communicate(timeout=300)
    assert finish.returncode == 0, err
    assert len(out.splitlines()) == 5
    stats = json.loads(
        subprocess.run(
            [sys.executable, "-m", "kimputin_cli", "stats", "--corpus", str(root), "--jsonl"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
    )
    assert stats["articles"] == 1500 and stats["paragraphs"] == 1500 * 13


def test_parallel_indexers_and_readers(tmp_path: Path) -> None:
    root = tmp_path / "shared"
    _many_articles(root, 400)
    env = {**os.environ, "KP_CACHE_DIR": str(tmp_path / "cache")}
    procs = [
        _kp_process("index", str(root), "--json", env=env),
        _kp_process("search", "jembatan", "--corpus", str(root), "--jsonl", env=env),
        _kp_process("index", str(root), "--json", env=env),
        _kp_process("sources", "--corpus", str(root), "--jsonl", env=env),
    ]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err
    added = [json.loads(results[i][0])["added"] for i in (0, 2)]
    # whichever process got the lock first built the index; the others waited for it and
    # found nothing left to do, so no file was read twice
    assert sorted(added) in ([0, 0], [0, 400])
    assert len(results[1][0].splitlines()) == 10
    assert len(results[3][0].splitlines()) == 400


def test_ctrl_c_exits_130_without_traceback(tmp_path: Path) -> None:
    root = tmp_path / "big"
    _many_articles(root, 3000)
    env = {**os.environ, "KP_CACHE_DIR": str(tmp_path / "cache")}
    build = _kp_process("index", str(root), env=env)
    time.sleep(1.0)
    build.send_signal(signal.SIGINT)
    _, err = build.communicate(timeout=60)
    assert build.returncode == 130
    assert "Traceback" not in err and "interrupted" in err


def test_ctrl_c_while_the_workers_run_is_taken_between_chunks() -> None:
    """Raised at once, KeyboardInterrupt could stop kp inside the worker pool's queue, holding
    the lock its manager thread needs, and kp hung instead of exiting (seen once in CI)."""
    from kimputin_cli.corpus import _ctrl_c_between_chunks

    before = signal.getsignal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt), _ctrl_c_between_chunks() as stop_if_interrupted:
        stop_if_interrupted()  # nothing came yet
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.01)  # the handler runs: it notes the signal, nothing is raised here
        stop_if_interrupted()
    assert signal.getsignal(signal.SIGINT) is before
    # one that comes after the last check still stops the run when the pool is done
    with pytest.raises(KeyboardInterrupt), _ctrl_c_between_chunks():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.01)
    assert signal.getsignal(signal.SIGINT) is before


def test_a_folder_without_articles_says_so(kp: Invoke, tmp_path: Path) -> None:
    (tmp_path / "notes.doc").write_bytes(b"\xd0\xcf\x11\xe0")  # an old Word file
    result = kp("search", "putin", "--corpus", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"kp: no articles in {tmp_path} (kp reads .atom, .csv, .docx")
    index = kp("index", str(tmp_path))
    assert index.exit_code == 0
    assert index.stderr.startswith(f"kp: no articles in {tmp_path} (kp reads .atom, .csv, .docx")
    write_article(tmp_path, "a.txt", GOOD.format(n=8))
    again = kp("search", "putin", "--corpus", str(tmp_path))
    assert again.exit_code == 1 and again.stderr == ""


def test_a_file_kp_fails_on_costs_that_file_not_the_run(
    kp: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kimputin_cli import quotes

    real = quotes.extract_quotes

    def fails_on_bridges(article: Any) -> Any:
        if "jembatan" in article.paragraphs[0]:
            raise IndexError("list index out of range")
        return real(article)

    monkeypatch.setattr(quotes, "extract_quotes", fails_on_bridges)
    write_article(tmp_path, "bridge.txt", GOOD.format(n=1))
    write_article(tmp_path, "road.txt", "JAKARTA - Jalan tol baru dibuka untuk umum hari ini.\n")
    result = kp("index", str(tmp_path), "--json")
    assert result.exit_code == 3
    assert json.loads(result.stdout)["added"] == 1
    assert (
        "kp: warning: bridge.txt: kp failed on this file (IndexError: list index out of range); "
        "please report this bug"
    ) in result.stderr
    assert kp("search", "jalan", "--corpus", str(tmp_path)).exit_code == 0


def test_a_bug_is_one_line_unless_debugging(kp: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    from kimputin_cli.corpus import Corpus

    def broken(self: Corpus) -> dict[str, int]:
        raise KeyError("paragraphs")

    monkeypatch.setattr(Corpus, "stats", broken)
    result = kp("stats")
    assert result.exit_code == 70
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "kp: internal error: KeyError: 'paragraphs'",
        "kp: this is a bug in kp; run again with KP_DEBUG=1 for the traceback, "
        "and please report it",
    ]
    monkeypatch.setenv("KP_DEBUG", "1")
    with pytest.raises(KeyError):
        kp("stats")


# Text that is no prose, each once made reading take time growing with the square of its
# length (minutes at these sizes, or no end): a paragraph of capitals before a speech cue,
# of dates, of single marks that never close, one giant word, a line of digits or of credits.
PATHOLOGICAL = {
    "capitals.txt": "Menteri " * 20_000 + "kata Budi.",
    "dates.txt": "13/9/2023 " * 20_000,
    "marks.txt": "“‘“‘" * 20_000,
    "word.txt": "A" * 200_000,
    "hyphens.txt": "Budi-" * 20_000,
    "initials.txt": "U.S. " * 400_000,  # one "name" of places, stripped a word at a time
    # a line that almost reads as page numbers: each way to split the digits was once tried
    "pages.txt": "Berita hari ini.\n\nHalaman " + "1" * 80 + "x",
    # a line that almost reads as closing credits, each full stop once read two ways
    "credits.txt": "Berita hari ini.\n\n" + "Edited by A. " * 30 + "x",
    # a line of offices that almost reads as one office named by a list, read from each
    "offices.txt": "Menteri Abc, " * 20_000 + "x dan Abc kata Budi.",
}


def test_text_that_is_no_prose_does_not_hang_a_run(tmp_path: Path) -> None:
    for name, paragraph in PATHOLOGICAL.items():
        write_article(tmp_path / "odd", name, f"Judul\n\nJAKARTA - {paragraph}\n")
    env = {**os.environ, "KP_CACHE_DIR": str(tmp_path / "cache")}
    # a hang guard, not a speed measure: the run takes seconds, the old code many minutes
    done = subprocess.run(
        [sys.executable, "-m", "kimputin_cli", "index", str(tmp_path / "odd"), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["added"] == len(PATHOLOGICAL)


def _no_file_over(limit: int) -> Callable[[], None]:
    """For a child process: writing past ``limit`` bytes fails as on a full disk."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an error from write(), not a kill
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_is_one_line_and_loses_nothing(tmp_path: Path) -> None:
    root = tmp_path / "news"
    for n in range(200):
        words = " ".join(f"kata{n}x{i}" for i in range(200))
        write_article(root, f"a{n}.txt", f"Judul {n}\n\nJAKARTA, KOMPAS.com - Nomor {n} {words}.\n")
    env = {**os.environ, "KP_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "kimputin_cli", "index", str(root), "--json"]
    full = subprocess.run(
        command, env=env, capture_output=True, text=True, preexec_fn=_no_file_over(300_000)
    )
    assert full.returncode == 2
    assert full.stderr.startswith("kp: error: cannot write the index cache at ")
    assert "free some space" in full.stderr and "Traceback" not in full.stderr
    # the write error itself, not one raised while cleaning up after it
    assert any(r in full.stderr for r in ("disk I/O error", "disk is full", "File too large"))
    again = subprocess.run(command, env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["added"] == 200
    found = subprocess.run(
        [sys.executable, "-m", "kimputin_cli", "search", "kata7x7", "--corpus", str(root)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert found.returncode == 0 and "Judul 7" in found.stdout


@pytest.mark.parametrize(
    ("args", "name"), [(["stats", "--corpus", ""], "'--corpus'"), (["index", " "], "'[PATH]'")]
)
def test_an_empty_corpus_path_is_refused(
    kp: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], name: str
) -> None:
    monkeypatch.chdir(tmp_path)  # an empty path must not mean this folder
    write_article(tmp_path, "here.txt", GOOD.format(n=3))
    result = kp(*args)
    assert result.exit_code == 2 and result.stdout == ""
    assert f"Error: Invalid value for {name}: the path is empty" in result.stderr


def test_json_lines_hold_no_unicode_line_separators(kp: Invoke, tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "sep.txt",
        "JAKARTA, KOMPAS.com - “Jembatan ini\u2028aman sekali untuk\u2029semua warga,” "
        "kata Budi.\n",
    )
    out = kp("quotes", "--corpus", str(tmp_path), "--jsonl").stdout
    assert "\u2028" not in out and "\u2029" not in out
    (record,) = [json.loads(line) for line in out.splitlines()]  # as Python splits lines
    assert record["text"] == "Jembatan ini\u2028aman sekali untuk\u2029semua warga"


def test_many_files_still_failing_are_named_a_few_and_counted(kp: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "empties"
    for n in range(25):
        write_article(root, f"empty-{n:02}.txt", "")
    write_article(root, "ok.txt", "JAKARTA - Banjir melanda kota sejak subuh hari ini.\n")
    first = kp("index", str(root))
    assert first.exit_code == 3 and first.stderr.count(": empty file") == 20
    assert "kp: warning: 5 more problems (`kp index --json` lists every file" in first.stderr
    again = kp("index", str(root))
    assert again.exit_code == 3 and again.stderr.count(": empty file") == 20
    assert "kp: warning: 5 more files still fail, as before (" in again.stderr
    summary = json.loads(kp("index", str(root), "--json").stdout)
    assert summary["failed"] == 25
    assert sorted(f["path"] for f in summary["failures"]) == [
        f"empty-{n:02}.txt" for n in range(25)
    ]
    assert {f["reason"] for f in summary["failures"]} == {"empty file"}
    # a query that builds the index names a few too, and its answer is not buried under them
    fresh = kp(
        "search", "banjir", "--corpus", str(root), env={"KP_CACHE_DIR": str(tmp_path / "c2")}
    )
    assert fresh.exit_code == 0 and fresh.stderr.count("kp: warning:") == 21
