"""ALTO XML (Analyzed Layout and Text Object, versions 2-4): the OCR text of a scanned newspaper page.

The text is in the ``CONTENT`` attributes of ``String`` elements, in reading order; a ``TextLine`` is a printed
line, a ``TextBlock`` a paragraph (or a headline). OCR cuts lines into runs anywhere, and a Chinese newspaper column
cuts words and names across lines (``吴`` / ``文英``), so runs and lines are joined without a separator between CJK
characters and with a space between Latin words; a word hyphenated across lines (``HypPart1``/``HypPart2``) is taken
whole from ``SUBS_CONTENT``. A headline block (a few lines without a sentence mark) keeps its lines apart. The page
margins (masthead, folio) are left out. ALTO has no title field; the date comes from a ``Tags`` entry (``出版日期``,
``date``) or else from a date in the page header.

A page can hold several news items: a block that opens a new item (a headline block, or a block whose first line
is a dateline like ``本报讯``, after the first item's text) starts a new article.
"""

from __future__ import annotations

import re

from kg.errors import InputError
from kg.ingest.containers import Wrapped

__all__ = ["ALTO_FIX", "read_alto"]

ALTO_FIX = "check that the file is ALTO OCR output with String CONTENT attributes inside TextLine elements"
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d\u2014\u2026"
_GLUE_RE = re.compile(f"[{_CJK}]")
_SENTENCE_MARK_RE = re.compile(r"[。，；：！？、.,;!?]")
_DATELINE_RE = re.compile(r"^(?:本报|新华社|本刊|中新社)\S{0,12}?(?:\d{1,2}月\d{1,2}日)?(?:电|讯)")
_DATE_TAG_LABELS = ("出版日期", "日期", "date", "publicationdate", "issuedate", "dateissued")
_SOURCE_TAG_LABELS = ("报名", "刊名", "newspaper", "publication")
_DATE_TEXT_RE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2}")
_MARGINS = ("TopMargin", "BottomMargin", "LeftMargin", "RightMargin")
HEADLINE_MAX_LINES = 3


def _join(pieces: list[str]) -> str:
    """Runs or lines joined: nothing between two CJK characters, a space between Latin words."""
    out = ""
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if out and not (_GLUE_RE.match(out[-1]) or _GLUE_RE.match(piece[0])):
            out += " "
        out += piece
    return out


def _line_text(line, ns: str) -> str:
    runs: list[str] = []
    for string in line.iter(f"{{{ns}}}String"):
        kind = string.get("SUBS_TYPE")
        if kind == "HypPart2":
            continue  # the first part carries the whole word
        runs.append(string.get("SUBS_CONTENT") if kind == "HypPart1" and string.get("SUBS_CONTENT")
                    else string.get("CONTENT") or "")
    return _join(runs)


def _block_lines(block, ns: str) -> list[str]:
    return [text for text in (_line_text(line, ns) for line in block.iter(f"{{{ns}}}TextLine")) if text]


def _is_headline(lines: list[str]) -> bool:
    return 0 < len(lines) <= HEADLINE_MAX_LINES and not any(_SENTENCE_MARK_RE.search(line) for line in lines)


def _tag_value(root, ns: str, labels: tuple[str, ...]) -> str | None:
    for tag in root.iter(f"{{{ns}}}OtherTag"):
        if (tag.get("LABEL") or "").strip().lower().replace(" ", "") in labels and (tag.get("VALUE") or "").strip():
            return tag.get("VALUE").strip()
    return None


def read_alto(root, name: str) -> list[Wrapped]:
    """The news items of an ALTO page (see the module docstring): one ``Wrapped`` per item, in reading order.

    Raises ``InputError`` when the page has no text.
    """
    ns = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
    if not ns:
        raise InputError(name, "ALTO XML without its namespace", ALTO_FIX)
    margins = {f"{{{ns}}}{margin}" for margin in _MARGINS}
    header = " ".join(_line_text(line, ns) for margin in root.iter(*margins) for line in margin.iter(f"{{{ns}}}TextLine"))
    date = _tag_value(root, ns, _DATE_TAG_LABELS)
    if date is None:
        found = _DATE_TEXT_RE.search(header)
        date = found.group() if found else None
    source = _tag_value(root, ns, _SOURCE_TAG_LABELS)
    items: list[list[str]] = []
    has_body = False  # the open item has text beyond its headline
    for block in root.iter(f"{{{ns}}}TextBlock"):
        if any(ancestor.tag in margins for ancestor in block.iterancestors()):
            continue
        lines = _block_lines(block, ns)
        if not lines:
            continue
        headline = _is_headline(lines)
        # (a headline block of its own, or a block with its headline lines and a dateline, opens a new item)
        opens = headline or any(_DATELINE_RE.match(line) for line in lines[:HEADLINE_MAX_LINES])
        if not items or (opens and has_body):
            items.append([])
            has_body = False
        if headline:
            items[-1].extend(lines)
            continue
        # the item's headline printed in its first block, before the dateline line
        start = next((i for i, line in enumerate(lines[: HEADLINE_MAX_LINES + 1]) if _DATELINE_RE.match(line)), 0)
        if start and _is_headline(lines[:start]):
            items[-1].extend(lines[:start])
            lines = lines[start:]
        items[-1].append(_join(lines))
        has_body = True
    items = [item for item in items if "".join(item).strip()]
    if not items:
        raise InputError(name, "ALTO page without text (no String CONTENT in the page's print space)", ALTO_FIX)
    return [Wrapped("\n".join(item), date=date, source=source, is_html=False) for item in items]
