"""The README's examples are real output: each `$ kp …` in a console block, run on the bundled
corpus, prints what the README shows (a `…` line ends the part that is shown)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from conftest import Invoke

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
CONSOLE_BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)
# examples on the bundled corpus, run in-process: no pipes, no folders of the reader's own
EXAMPLES = [
    (command, shown)
    for block in CONSOLE_BLOCK.findall(README)
    for command, _, shown in (part.partition("\n") for part in re.split(r"^\$ ", block, flags=re.M))
    if command.startswith("kp ") and "|" not in command and "~" not in command
]


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip("\n").splitlines()]


def test_the_readme_has_examples_to_check() -> None:
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_is_real_output(
    kp: Invoke, monkeypatch: pytest.MonkeyPatch, command: str, shown: str
) -> None:
    # as a 100-column terminal without colours shows it (into a pipe, quotes are not wrapped)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.setenv("NO_COLOR", "1")
    result = kp(*shlex.split(command)[1:])
    expected = _lines(shown)
    if "…" in expected:
        expected = expected[: expected.index("…")]
    assert _lines(result.stdout + result.stderr)[: len(expected)] == expected
