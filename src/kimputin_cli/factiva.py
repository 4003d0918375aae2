"""Factiva's HTML exports: the many articles of one search, as researchers save them from Dow
Jones' news database. Two displays give two layouts: "Article" sets each article in a ``div``,
its headline, byline, word count, date and source in unlabelled ``div``s over its paragraphs;
"Full Article/Report plus Indexing" gives each article a table whose rows are labelled with
Factiva's codes (``HD`` the headline, ``BY``, ``PD`` the date, ``SN`` the source, ``LP`` and
``TD`` the lead and the text …). Each article is read as the fields of a JSON record (title,
author, date, outlet, text, and Factiva's accession number as ``document``)."""

from __future__ import annotations

import re
from typing import Any

# both layouts mark the story's paragraphs so; the indexing layout labels its rows in bold
_ARTICLE_MARKS = re.compile(r"articleParagraph|<b>\s*HD\s*</b>")
_WORD_COUNT = re.compile(r"\d[\d.,]*\s+\w+")  # "612 words", "1.234 Wörter", "240 kata"
_TIME = re.compile(r"\d{1,2}[:.]\d{2}\b")
_BY = re.compile(r"^(?:by|oleh|von|par|por)\s+", re.IGNORECASE)
_DOCUMENT = re.compile(r"(?:Document|Dokument|Documento)\s+(\w+)")
_CODE = re.compile(r"[A-Z]{2,3}")
# the codes of the indexing layout kp reads, and the field each gives
_CODED_FIELDS = {
    "HD": "title",
    "BY": "author",
    "PD": "date",
    "SN": "outlet",
    "SE": "section",
    "LA": "language",
    "AN": "document",
}


def factiva_documents(page: str) -> list[tuple[dict[str, str], str]] | None:
    """(fields, the article's HTML) of each article of a Factiva export, in order; None when
    the page is no such export."""
    if not _ARTICLE_MARKS.search(page):
        return None
    from lxml import etree  # type: ignore[import-untyped]
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(page)
    except (etree.ParserError, ValueError):
        return None
    articles = [
        _article_fields(article)
        for hd in root.iterfind(".//div[@id='hd']")
        if any(map(_is_story, (article := hd.getparent()).iterfind("p")))
    ]
    if not articles:
        articles = [fields for table in root.iter("table") if (fields := _coded_fields(table))]
    return articles or None


def _article_fields(article: Any) -> tuple[dict[str, str], str]:
    """An article of the "Article" display: the headline in ``div#hd``, the byline in
    ``div.author``, and after the word count the date, perhaps a time, and the source."""
    from lxml import html as lxml_html

    fields = {"title": _words(article.find("div[@id='hd']"))}
    author = article.find("div[@class='author']")
    if author is not None:
        fields["author"] = _BY.sub("", _words(author))
    plain = [_words(div) for div in article.iterfind("div") if not div.attrib]
    counted = next((i for i, text in enumerate(plain) if _WORD_COUNT.fullmatch(text)), None)
    if counted is not None:
        after = [text for text in plain[counted + 1 :] if not _TIME.match(text)]
        fields.update(zip(("date", "outlet"), after, strict=False))
    paragraphs = [_words(p) for p in article.iterfind("p") if _is_story(p)]
    fields["text"] = "\n\n".join(p for p in paragraphs if p)
    holder = article.getparent()
    named = (holder.get("id") or "") if holder is not None else ""
    last = article.findall("p")[-1:]
    closing = _DOCUMENT.fullmatch(_words(last[0])) if last else None
    if named.startswith("article-"):
        fields["document"] = named.removeprefix("article-")
    elif closing:
        fields["document"] = closing[1]
    whole = holder if named.startswith("article-") else article
    return fields, str(lxml_html.tostring(whole, encoding="unicode"))


def _coded_fields(table: Any) -> tuple[dict[str, str], str] | None:
    """An article of the indexing display: a table of rows labelled with Factiva's codes,
    its text the paragraphs of the lead (``LP``) and the text (``TD``); None for any other
    table."""
    from lxml import html as lxml_html

    rows: dict[str, Any] = {}
    for row in table.xpath("./tr | ./tbody/tr"):  # its own rows, not a nested table's
        cells = row.findall("td")
        if len(cells) == 2 and _CODE.fullmatch(code := _words(cells[0])):
            rows.setdefault(code, cells[1])
    if "HD" not in rows or not rows.keys() & {"LP", "TD"}:
        return None
    fields = {name: _words(rows[code]) for code, name in _CODED_FIELDS.items() if code in rows}
    if "author" in fields:
        fields["author"] = _BY.sub("", fields["author"])
    if closing := _DOCUMENT.fullmatch(fields.get("document", "")):
        fields["document"] = closing[1]  # "Document LBA0000020230914ej9e00xyz"
    paragraphs: list[str] = []
    for code in ("LP", "TD"):
        if code in rows:
            cell = rows[code]
            parts = cell.findall(".//p") or [cell]
            paragraphs += (_words(p) for p in parts)
    fields["text"] = "\n\n".join(p for p in paragraphs if p)
    return fields, str(lxml_html.tostring(table, encoding="unicode"))


def _is_story(paragraph: Any) -> bool:
    return "articleParagraph" in (paragraph.get("class") or "")


def _words(element: Any) -> str:
    """An element's text, its whitespace collapsed."""
    return " ".join(element.text_content().split()) if element is not None else ""
