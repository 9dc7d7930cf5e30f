"""A CMS export of one article as part records: JSON Lines whose every line is one part of the article, named by a
``kind`` (or ``type``) field: ``meta`` (publish_time, site, url, source), ``title``, ``paragraph`` (``text``,
``seq``), ``image``, ``caption``, ``footer`` ….

Such a file is one article, not one article per line: ``part_kind_key`` tells it from ordinary JSON Lines (most
records carry the same kind field, and paragraph kinds are among its values, beside a title or meta record or a
``seq`` number), and ``join_parts`` puts the article together: the title record's text as title, the meta record's
time, site, address and source, the paragraphs (with subheadings, quotes and a lead) in ``seq`` order. Images,
their captions, footers (editor lines) and parts of other kinds are left out, as the page and NITF readers leave
out pictures and their captions.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

from kg.errors import InputError
from kg.ingest.containers import Wrapped
from kg.ingest.html import block_text, looks_like_html

__all__ = ["PARTS_FIX", "join_parts", "part_kind_key"]

PARTS_FIX = ('each line is one part of the article: {"kind": "title" | "paragraph" | "meta" …, "text": …, "seq": n}; '
             'for one article per line give each line a "text" field instead')
KIND_KEYS = ("kind", "type")
PARAGRAPH_KINDS = frozenset({"paragraph", "para", "p", "text", "body", "content", "lead", "lede", "intro"})
KEPT_KINDS = PARAGRAPH_KINDS | {"subtitle", "subheading", "subhead", "heading", "intertitle", "crosshead", "h2", "h3",
                                "quote", "blockquote"}
TITLE_KINDS = frozenset({"title", "headline"})
META_KINDS = frozenset({"meta", "metadata", "info", "header", "article"})
SEQ_KEYS = ("seq", "order", "index", "idx", "position", "sort")
TEXT_KEYS = ("text", "content", "value", "html", "title")
DATE_KEYS = ("publish_time", "publishTime", "pub_time", "pubTime", "published", "pubDate", "pub_date", "date",
             "ctime", "time")
MIN_SHARE = 0.8  # of the records that must carry the kind field


def _kind(record: dict, key: str) -> str | None:
    value = record.get(key)
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


def part_kind_key(records: list[dict]) -> str | None:
    """``"kind"`` or ``"type"`` when ``records`` (the first records of a JSON Lines file) are the parts of one
    article, else None (ordinary JSON Lines, one article per line, is left to the line reader)."""
    if len(records) < 2:
        return None
    for key in KIND_KEYS:
        kinds = Counter(kind for record in records if (kind := _kind(record, key)))
        if sum(kinds.values()) < MIN_SHARE * len(records) or not PARAGRAPH_KINDS & kinds.keys():
            continue
        numbered = any(isinstance(record.get(seq), (int, str)) for record in records for seq in SEQ_KEYS
                       if _kind(record, key) in PARAGRAPH_KINDS)
        if (TITLE_KINDS | META_KINDS) & kinds.keys() or (numbered and len(kinds) > 1):
            return key
    return None


def _text(record: dict) -> str | None:
    for key in TEXT_KEYS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _seq(record: dict) -> float | None:
    for key in SEQ_KEYS:
        value = record.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, (int, float)):
            return float(value)
        if isinstance(value, str) and value.strip().isdigit():
            return float(value)
    return None


def _moment(value):
    """A time as a CMS writes it: Unix seconds or milliseconds become a moment (the reader takes the Beijing
    date); text is passed on as written."""
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) in (10, 13):
        value = int(value.strip())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    return value if isinstance(value, str) else None


def _field(records: list[dict], keys: tuple[str, ...], *, text_only: bool = True) -> object:
    """The first value of ``keys`` in ``records``: a text (or, with ``text_only`` False, also a number: a time)."""
    kinds = (str,) if text_only else (str, int, float)
    for record in records:
        for key in keys:
            value = record.get(key)
            if isinstance(value, kinds) and not isinstance(value, bool) and str(value).strip():
                return value.strip() if isinstance(value, str) else value
    return None


def join_parts(records: list[dict], key: str, name: str) -> Wrapped:
    """One article from its part records (see the module). Raises ``InputError`` when no part holds article text."""
    meta = [r for r in records if _kind(r, key) in META_KINDS]
    titles = [text for r in records if _kind(r, key) in TITLE_KINDS and (text := _text(r))]
    kept = [(number, r) for number, r in enumerate(records) if _kind(r, key) in KEPT_KINDS and _text(r)]
    if not kept:
        kinds = ", ".join(sorted({k for r in records if (k := _kind(r, key))}))
        raise InputError(name, f"article parts without paragraph text (kinds: {kinds})", PARTS_FIX)
    if all(_seq(r) is not None for _, r in kept):  # else the file's order (a seq on some parts says nothing)
        kept.sort(key=lambda item: (_seq(item[1]), item[0]))
    lines = []
    for _, record in kept:
        text = _text(record) or ""
        lines.append(block_text(f"<div>{text}</div>") if "<" in text and looks_like_html(f"<p>{text}") else text)
    others = meta + records  # (a time or address on another record, the title record's say, when meta lacks it)
    return Wrapped("\n".join(lines), title=titles[0] if titles else _field(meta, ("title",)),
                   date=_moment(_field(others, DATE_KEYS, text_only=False)), source=_field(meta, ("source", "author", "media")),
                   url=_field(others, ("url", "link", "source_url")), site=_field(meta, ("site", "site_name")),
                   is_html=False)
