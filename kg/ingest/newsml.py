"""News agencies' XML: NewsML 1.x (IPTC, as Xinhua and Reuters delivered wire stories) and NITF.

A NewsML file holds one or more ``NewsItem``; each is one article: its title is the first ``HeadLine`` of its
``NewsLines``, its date ``NewsManagement/FirstCreated`` (else the envelope's ``DateAndTime``), its text the
``DataContent`` of its text ``ContentItem`` elements: NITF (``<nitf>…<body.content><p>``), XHTML, or plain text.
A bare NITF file is one article: ``hl1`` (else ``title``) as title, ``date.issue`` as date. Photos, their captions
and tables are left out. Elements are matched by local name, so the namespaced NITF variants read the same.
The XML is parsed by ``kg.ingest.documents`` (lxml, entities and network off).
"""

from __future__ import annotations

import re
from html import escape

from kg.errors import InputError
from kg.ingest.containers import Wrapped

__all__ = ["NEWSML_FIX", "read_newsml", "read_nitf"]

NEWSML_FIX = "check that the NewsItem has a ContentItem whose DataContent holds the story (NITF, XHTML or text)"
_SPACE_RE = re.compile(r"\s+")
# NITF text blocks, read in document order; a media element (a photo and its caption) is left out whole
_NITF_BLOCKS = ("p", "hl1", "hl2", "hl3", "pre")
_NITF_SKIP = ("media", "table", "nitf-table", "note", "fn")


def _local(el) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def _first(el, *path: str):
    """The first descendant reached by a path of local names (``"NewsLines", "HeadLine"``), or None."""
    return el.find(".//" + "/".join(f"{{*}}{step}" for step in path))


def _inline_text(el) -> str:
    """An element's text with its inline markup (``<em>``, ``<person>``, ``<a>``) read through, ``<br/>`` a line
    break; white space of the XML layout collapsed."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            parts.append("\n" if _local(child) == "br" else _inline_text(child))
        parts.append(child.tail or "")
    lines = (_SPACE_RE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _text(el) -> str | None:
    if el is None:
        return None
    return _inline_text(el) or None


def _nitf_paragraphs(body) -> list[str]:
    lines: list[str] = []

    def walk(el) -> None:
        for child in el:
            local = _local(child)
            if not local or local in _NITF_SKIP:
                continue
            if local in _NITF_BLOCKS:
                text = _inline_text(child)
                if text:
                    lines.append(text)
            else:
                walk(child)

    walk(body)
    return lines


def read_nitf(root, name: str) -> Wrapped:
    """A NITF document: the paragraphs of ``body.content`` (a ``dateline`` of ``body.head`` put before them when
    the text lacks it), ``hl1`` or ``title`` as title, ``date.issue`` (else ``pubdata``) as date."""
    content = _first(root, "body", "body.content")
    lines = _nitf_paragraphs(content) if content is not None else []
    title = _text(_first(root, "body.head", "hedline", "hl1")) or _text(_first(root, "head", "title"))
    if lines and title and lines[0] == title:
        lines = lines[1:]  # (hl1 repeated as the first block of the body)
    dateline = _text(_first(root, "body.head", "dateline"))
    if lines and dateline and dateline not in lines[0]:
        lines[0] = f"{dateline} {lines[0]}"
    issue = _first(root, "docdata", "date.issue")
    pubdata = _first(root, "pubdata")
    date = (issue.get("norm") or _text(issue) if issue is not None else None) or (
        pubdata.get("date.publication") if pubdata is not None else None)
    holder = _first(root, "docdata", "doc.copyright")
    source = (holder.get("holder") if holder is not None else None) or (pubdata.get("name") if pubdata is not None
                                                                        else None)
    return Wrapped("\n".join(lines), title=title, date=date, source=source or None, is_html=False)


def _data_content_text(data) -> tuple[str, bool]:
    """The story a ``DataContent`` holds: (text, is_html). NITF and XHTML children are read; text that is
    escaped markup is returned as HTML for the page reader."""
    from lxml import etree

    for child in data:
        local = _local(child)
        if local == "nitf":
            return read_nitf(child, "").body, False
        if local:  # XHTML or another vocabulary: its markup, read as an HTML fragment
            return "".join(etree.tostring(c, encoding="unicode") for c in data if isinstance(c.tag, str)), True
    text = (data.text or "").strip()
    return text, text.startswith("<")


def _news_item(item, envelope_date: str | None) -> Wrapped:
    title = _text(_first(item, "NewsLines", "HeadLine"))
    first_created = _text(_first(item, "NewsManagement", "FirstCreated"))
    credit = _text(_first(item, "NewsLines", "CreditLine"))
    party = _first(item, "AdministrativeMetadata", "Source", "Party")
    if party is None:
        party = _first(item, "AdministrativeMetadata", "Provider", "Party")
    bodies: list[tuple[str, bool]] = []
    for content_item in item.iter("{*}ContentItem"):
        data = content_item.find("{*}DataContent")
        if data is None:
            continue  # a photo or a file referred to by Href
        media = content_item.find("{*}MediaType")
        if media is not None and (media.get("FormalName") or "Text").lower() not in ("text", "complexdata"):
            continue
        text, is_html = _data_content_text(data)
        if text.strip():
            bodies.append((text, is_html))
    html = any(is_html for _, is_html in bodies)
    if html:  # (a text part among markup parts is escaped, so that its < and & stay text)
        body = "".join(f"<div>{text if is_html else escape(text)}</div>" for text, is_html in bodies)
    else:
        body = "\n".join(text for text, _ in bodies)
    return Wrapped(body, title=title, date=first_created or envelope_date,
                   source=credit or (party.get("FormalName") if party is not None else None), is_html=html,
                   fragment=html)


def read_newsml(root, name: str) -> list[Wrapped]:
    """One ``Wrapped`` per ``NewsItem`` of a NewsML 1.x document, in order (an item without story text, a photo
    item, has an empty body: the reader reports it and keeps the others). Raises ``InputError`` when no item has
    story text."""
    envelope_date = _text(_first(root, "NewsEnvelope", "DateAndTime"))
    items = [_news_item(item, envelope_date) for item in root.iter("{*}NewsItem")]
    if not items:
        raise InputError(name, "NewsML without a NewsItem", NEWSML_FIX)
    if not any(item.body.strip() for item in items):
        raise InputError(name, "NewsML without story text (no ContentItem with a DataContent)", NEWSML_FIX)
    return items
