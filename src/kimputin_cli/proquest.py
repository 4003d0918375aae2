"""ProQuest's text export ("TXT - Text only"): the articles of a search, as researchers save them
from ProQuest's newspaper databases, each between lines of underscores. An article opens with
its title on a line; labelled fields follow, a paragraph each (``Author:``, ``Full text:``,
``Publication title:``, ``Publication date:``, ``ProQuest document ID:``, ``Document URL:`` …);
the full text runs a paragraph a line from its label to the next field. Each article is read
as the fields of a JSON record."""

from __future__ import annotations

import re

_RULE = re.compile(r"^_{40,}[ \t]*$", re.MULTILINE)  # sixty underscores between articles
_LABELLED = re.compile(r"(?P<label>[A-Z][A-Za-z /-]{1,40}):(?:[ \t]+(?P<value>.*))?")
_FULL_TEXT = "Full text"
# the labels that follow the full text in an article; a line of the text that only looks like
# one (`Kim: we are ready`) stays text
LABELS = frozenset(
    """Abstract|Author|Full text|Subject|Location|People|Company / organization|Title|
    Publication title|Publication year|Publication date|Publication info|First page|Section|
    Publisher|Place of publication|Country of publication|Publication subject|ISSN|
    Source type|Language of publication|Document type|ProQuest document ID|Document URL|
    Copyright|Last updated|Database|Links|Identifier / keyword|Dateline|Credit|Edition|
    Document feature|Illustration|Caption""".replace("\n    ", "").split("|")
)
_FIELDS = {
    "Title": "title",
    "Author": "author",
    "Publication title": "outlet",
    "Publication date": "date",
    "Document URL": "url",
    "Section": "section",
    "Language of publication": "language",
    "ProQuest document ID": "document",
}
# what a publication's title adds to its name: its place, its edition
_EDITION = re.compile(r";.*$|,[^,]*\bedition\b.*$|\s*\([^)]*\)\s*$", re.IGNORECASE)


def proquest_documents(text: str) -> list[tuple[int, str]]:
    """The articles of a ProQuest text export, numbered from 1; none when the text is no such
    export (a part between its rules of underscores with a full text or a ProQuest document ID
    is one)."""
    if "Full text:" not in text and "ProQuest document ID:" not in text:
        return []
    if not _RULE.search(text):
        return []  # a story with a line "Full text: …" in it, not an export
    parts = (part.strip() for part in _RULE.split(text))
    return list(enumerate((part for part in parts if _is_article(part)), start=1))


def _is_article(part: str) -> bool:
    return any(
        (labelled := _LABELLED.fullmatch(line.strip())) is not None
        and labelled["label"] in ("Full text", "ProQuest document ID")
        for line in part.split("\n")
    )


def proquest_fields(article: str) -> dict[str, str]:
    """An article's title, author, outlet, date, URL and text (``section``, ``language`` and
    ``document``, ProQuest's id, kept under ``extra``)."""
    lines = article.split("\n")
    fields = {"title": lines[0].strip()}
    body: list[str] = []
    in_text = after_blank = False
    for line in map(str.strip, lines[1:]):
        labelled = _LABELLED.fullmatch(line)
        is_field = labelled is not None and labelled["label"] in LABELS
        if in_text and not (is_field and after_blank):
            # the text's paragraphs: up to a field after a blank line
            after_blank = not line
            if line:
                body.append(line)
            continue
        in_text = False
        if labelled is None or not is_field:
            continue
        label, value = labelled["label"], (labelled["value"] or "").strip()
        if label == _FULL_TEXT:
            in_text, after_blank = True, False
            if value:
                body.append(value)
        elif label in _FIELDS and value:
            fields[_FIELDS[label]] = value
    if "outlet" in fields:
        fields["outlet"] = _EDITION.sub("", fields["outlet"]).strip() or fields["outlet"]
    fields["text"] = "\n\n".join(body)
    return fields
