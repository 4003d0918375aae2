"""Direct quotations and who said them (filled in by the quotes work)."""

from __future__ import annotations

from kimputin_cli.models import Article, Quote


def extract_quotes(article: Article) -> list[Quote]:
    return []
