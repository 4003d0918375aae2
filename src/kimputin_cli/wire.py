"""The XML formats news agencies deliver their wire in, IPTC's NITF (a story a document) and
NewsML-G2 (news items in a news message), read as the fields of a feed's items are: title,
outlet, date, author and the body as HTML, which is read later as a JSON body's is."""

from __future__ import annotations

import re
from typing import Any

# a date as NITF writes it, in ISO 8601's basic form: "20230913T103000+0700"
_BASIC_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?")
_BY = re.compile(r"^(?:by|oleh)\s+", re.IGNORECASE)


def _local_name(tag: Any) -> str:
    """An element's name without its namespace (comments and processing instructions have
    none)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def wire_elements(root: Any) -> list[Any] | None:
    """The stories of a NITF document or a NewsML-G2 message (or lone item), or None when the
    document is neither."""
    name = _local_name(root.tag)
    if name in ("nitf", "newsItem"):
        return [root]
    if name == "newsMessage":
        return [e for e in root.iter() if _local_name(e.tag) == "newsItem"]
    return None


def wire_fields(story: Any) -> dict[str, str]:
    return _nitf_fields(story) if _local_name(story.tag) == "nitf" else _newsml_fields(story)


def _nitf_fields(nitf: Any) -> dict[str, str]:
    pubdata = nitf.find("{*}head/{*}pubdata")
    copyright_ = nitf.find(".//{*}docdata/{*}doc.copyright")
    person = nitf.find(".//{*}byline/{*}person")
    return {
        "title": _text(nitf.find(".//{*}hedline/{*}hl1")) or _text(nitf.find("{*}head/{*}title")),
        "outlet": _attribute(pubdata, "name")
        or _attribute(copyright_, "holder")
        or _text(nitf.find(".//{*}distributor")),
        "date": _iso(
            _attribute(nitf.find(".//{*}docdata/{*}date.issue"), "norm")
            or _attribute(nitf.find(".//{*}story.date"), "norm")
            or _text(nitf.find(".//{*}story.date"))
            or _attribute(pubdata, "date.publication")
        ),
        "author": _BY.sub("", _text(person) or _text(nitf.find(".//{*}byline"))),
        "text": children_markup(nitf.find(".//{*}body.content")),
    }


def _newsml_fields(item: Any) -> dict[str, str]:
    provider = item.find("{*}itemMeta/{*}provider")
    inline = item.find("{*}contentSet/{*}inlineXML")
    body = None
    if inline is not None:
        body = inline.find(".//{*}body.content")
        body = body if body is not None else inline.find(".//{*}body")
    return {
        "title": _text(item.find("{*}contentMeta/{*}headline")),
        "outlet": _text(provider.find("{*}name") if provider is not None else None)
        or _attribute(provider, "literal")
        or _text(item.find("{*}contentMeta/{*}creditline")),
        "date": _text(item.find("{*}contentMeta/{*}contentCreated"))
        or _text(item.find("{*}itemMeta/{*}firstCreated"))
        or _text(item.find("{*}itemMeta/{*}versionCreated")),
        "author": _BY.sub("", _text(item.find("{*}contentMeta/{*}by")))
        or _text(item.find("{*}contentMeta/{*}creator/{*}name")),
        "text": children_markup(body)
        if body is not None
        else _text(item.find("{*}contentSet/{*}inlineData"), spaced=False),
    }


def _text(element: Any, spaced: bool = True) -> str:
    if element is None:
        return ""
    text = "".join(element.itertext())
    return " ".join(text.split()) if spaced else text.strip()


def _attribute(element: Any, name: str) -> str:
    return str(element.get(name, "")).strip() if element is not None else ""


def _iso(date: str) -> str:
    """A date in ISO 8601's basic form in its extended form, which every date reader knows."""
    basic = _BASIC_DATE.match(date)
    if basic is None:
        return date
    year, month, day, hour, minute, second = basic.groups()
    return f"{year}-{month}-{day}" + (f"T{hour}:{minute}:{second or '00'}" if hour else "")


def children_markup(element: Any) -> str:
    """The children of an element as HTML, without their namespace (a body, or an Atom text
    construct of XHTML)."""
    from xml.etree import ElementTree

    if element is None:
        return ""
    for inner in element.iter():
        if isinstance(inner.tag, str):
            inner.tag = _local_name(inner.tag)
    return "".join(ElementTree.tostring(child, encoding="unicode") for child in element)
