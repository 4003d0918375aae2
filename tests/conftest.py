from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kimputin_cli.cli import cli
from kimputin_cli.metadata import build_article
from kimputin_cli.models import Article
from kimputin_cli.reader import SourceDoc

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parents[1] / "seeds"


def load_jsonl(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Every test gets its own cache root, no corpus from the environment and no colour."""
    monkeypatch.setenv("KP_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("KP_CORPUS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


Invoke = Callable[..., Result]


@pytest.fixture
def kp() -> Invoke:
    """Run kp in-process; stdout and stderr are kept apart."""

    def run(*args: str, **kwargs: object) -> Result:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kwargs)  # type: ignore[arg-type]

    return run


def jsonl(result: Result) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def write_article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def article_of(text: str) -> Article:
    """An article built from text, as kp builds one from a file of that text."""
    return build_article(SourceDoc("x.txt", 0, text))
