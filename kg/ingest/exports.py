"""Articles kept in an application's own files: a Telegram channel export (``result.json``), a Jupyter notebook
(``.ipynb``) and a PHP CMS cache (``serialize()`` output, as DedeCMS and others write ``.inc``/``.php`` caches).

- Telegram Desktop writes each message's ``text`` as a string, or as a list of strings and entity objects
  (``{"type": "bold", "text": "王立民"}``); ``text_entities`` holds the same text again and is not read. One article
  per message with text (service messages, captions and short channel notes are passed over); the message's
  ``date`` is when it was posted, so it is the article's date only when the text names none.
- A notebook's markdown cells are the article (code cells are not); the output of a cell (``print(article)``) only
  when the markdown holds no article. A notebook that is a collection (a ``#`` heading over ``##`` sections) gives
  one article per section.
- A PHP cache is parsed by ``phpserialize``; its string lengths count bytes in the file's encoding (GBK), so the
  structure is read from the bytes and each string decoded afterwards. The record's fields are read like an API
  response's (``kg.ingest.containers.pick_article``).

The notebook is read with ``json`` rather than ``nbformat``: only the cells' text is needed, and nbformat's schema
validation (with its jsonschema and traitlets dependencies) would refuse notebooks that are merely old or untidy.
"""

from __future__ import annotations

import json
import re

from kg.errors import InputError
from kg.ingest.containers import MIN_BODY_CHARS, Wrapped, pick_article
from kg.ingest.encoding import decode_bytes

__all__ = ["NOTEBOOK_FIX", "PHP_FIX", "looks_like_php_serialized", "looks_like_telegram_export",
           "read_notebook", "read_php_serialized", "read_telegram_export"]

NOTEBOOK_FIX = "check that the file is a Jupyter notebook (.ipynb JSON with a \"cells\" list) whose markdown holds the article"
PHP_FIX = "check that the file is PHP serialize() output (a:N:{s:N:\"…\";…}) written by the CMS, unedited"
TELEGRAM_FIX = "export the channel again as JSON (Telegram Desktop: Export chat history, format JSON)"

# A repost names the page it copies (《吉林日报》1993年6月27日 第一版) on a line of its own near the top: the
# article's date, where the post's own time is only when it was copied
_CITED_PAGE_RE = re.compile(r"^[\W_]*《[^》\n]{2,20}》\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)", re.MULTILINE)


def _cited_page_date(body: str) -> str | None:
    found = _CITED_PAGE_RE.search(body[:600])
    return found.group(1) if found else None


# ---------------------------------------------------------------- Telegram

# entity kinds that are no part of the prose (#话题, @频道, /命令)
_TELEGRAM_DROPPED = frozenset({"hashtag", "cashtag", "mention", "bot_command"})


def looks_like_telegram_export(data: object) -> bool:
    """A Telegram chat export: an object with a ``messages`` list of objects with an ``id`` and a ``type``."""
    messages = data.get("messages") if isinstance(data, dict) else None
    return isinstance(messages, list) and bool(messages) and all(
        isinstance(m, dict) and "id" in m and "type" in m for m in messages[:20])


def _telegram_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return ""
    pieces = []
    for piece in value:
        if isinstance(piece, str):
            pieces.append(piece)
        elif isinstance(piece, dict) and isinstance(piece.get("text"), str) and piece.get("type") not in _TELEGRAM_DROPPED:
            pieces.append(piece["text"])
    return "".join(pieces)


def read_telegram_export(data: dict, name: str) -> list[Wrapped]:
    """One ``Wrapped`` per message whose text is an article (see the module docstring).

    Raises ``InputError`` when no message has text of an article's length.
    """
    items = []
    for message in data["messages"]:
        if not isinstance(message, dict) or message.get("type") != "message":
            continue
        body = _telegram_text(message.get("text")).strip()
        if len(body) < MIN_BODY_CHARS:  # (a photo's caption, "明天继续更新" notes of the channel)
            continue
        items.append(Wrapped(body, date=_cited_page_date(body), fallback_date=message.get("date"), is_html=False))
    if not items:
        raise InputError(name, "Telegram export without a message that holds an article",
                         f"{TELEGRAM_FIX}; posts of fewer than {MIN_BODY_CHARS} characters are not read")
    return items


# ---------------------------------------------------------------- Jupyter notebooks

_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+\S", re.MULTILINE)


def looks_like_notebook(data: object) -> bool:
    """A notebook: an object with a ``cells`` list and an ``nbformat`` number."""
    return isinstance(data, dict) and isinstance(data.get("cells"), list) and "nbformat" in data


def _source(value: object) -> str:
    return "".join(value) if isinstance(value, list) else value if isinstance(value, str) else ""


def _output_text(cell: dict) -> str:
    """The text a code cell printed or returned (stdout, text/plain); stderr (warnings, logs) left out."""
    pieces = []
    for output in cell.get("outputs") or []:
        if not isinstance(output, dict):
            continue
        if output.get("output_type") == "stream" and output.get("name") == "stdout":
            pieces.append(_source(output.get("text")))
        elif output.get("output_type") in ("execute_result", "display_data"):
            pieces.append(_source((output.get("data") or {}).get("text/plain")))
    return "\n".join(piece.strip() for piece in pieces if piece.strip())


def _sections(markdown: list[str]) -> list[list[str]]:
    """The cells as articles: one per section when a ``#`` heading with only notes under it (where the texts came
    from, under MIN_BODY_CHARS * 2 characters) is over deeper headings (a collection: 每篇一节); else all as one."""
    levels = [len(m.group(1)) for cell in markdown for m in _HEADING_RE.finditer(cell)]
    first = _HEADING_RE.match(markdown[0])
    if not first or len(set(levels)) < 2 or len(first.group(1)) != min(levels):
        return [markdown]
    section = min(level for level in levels if level > min(levels))
    sections: list[list[str]] = []
    notes = 0
    for cell in markdown:
        heading = _HEADING_RE.match(cell)
        if heading and len(heading.group(1)) == section:
            sections.append([])
        if sections:
            sections[-1].append(cell)
        else:
            notes += len(_HEADING_RE.sub("", cell, count=1)) if heading else len(cell)
    return sections if sections and notes < MIN_BODY_CHARS * 2 else [markdown]


def read_notebook(data: dict, name: str) -> list[Wrapped]:
    """The article(s) of a notebook's markdown cells, or of its outputs when the markdown holds none (see the
    module docstring). Markdown marks are removed by the reader; the first heading is the title.

    Raises ``InputError`` when the notebook has no text.
    """
    cells = [cell for cell in data["cells"] if isinstance(cell, dict)]
    markdown = [_source(cell.get("source")).strip() for cell in cells if cell.get("cell_type") == "markdown"]
    markdown = [cell for cell in markdown if cell]
    if sum(len(cell) for cell in markdown) >= MIN_BODY_CHARS:
        texts = ["\n\n".join(section) for section in _sections(markdown)]
        return [Wrapped(text, date=_cited_page_date(text), is_html=False) for text in texts]
    outputs = [text for text in (_output_text(cell) for cell in cells if cell.get("cell_type") == "code") if text]
    if outputs:
        return [Wrapped("\n".join(outputs), is_html=False)]
    raise InputError(name, "notebook without an article (no markdown text and no printed output)", NOTEBOOK_FIX)


# ---------------------------------------------------------------- PHP serialize()

_SERIALIZED_START_RE = re.compile(rb"a:\d+:\{")
_UNSERIALIZE_CALL_RE = re.compile(rb"unserialize\(\s*'((?:[^'\\]|\\.)*)'\s*\)", re.DOTALL)
_PHP_OPEN_RE = re.compile(rb"\A\s*(?:<\?php\b|a:\d+:\{[si]:\d+:)")


def looks_like_php_serialized(raw: bytes) -> bool:
    """A PHP cache file (``<?php`` and an ``unserialize('a:…`` call) or bare ``serialize()`` output (``a:15:{s:3:``)."""
    head = raw[:4096]
    if not _PHP_OPEN_RE.match(head):
        return False
    return head.lstrip().startswith(b"a:") or b"unserialize(" in head or _SERIALIZED_START_RE.search(head) is not None


def _payload(raw: bytes) -> bytes | None:
    """The serialized bytes: the argument of ``unserialize('…')`` (PHP's \\' and \\\\ undone), or the whole file."""
    call = _UNSERIALIZE_CALL_RE.search(raw)
    if call is not None:
        return re.sub(rb"\\([\\'])", rb"\1", call.group(1))
    start = _SERIALIZED_START_RE.search(raw)
    return raw[start.start():].rstrip() if start else None


def _decoded(value: object, codec: str) -> object:
    """The structure phpserialize gives (bytes, dicts keyed 0, 1 … for lists) with its strings decoded."""
    if isinstance(value, bytes):
        return value.decode(codec, errors="replace")
    if isinstance(value, dict):
        items = {_decoded(k, codec): _decoded(v, codec) for k, v in value.items()}
        return list(items.values()) if list(items) == list(range(len(items))) else items
    if isinstance(value, (list, tuple)):
        return [_decoded(v, codec) for v in value]
    return value


def read_php_serialized(raw: bytes, name: str) -> Wrapped:
    """The article record of a PHP cache: its body (HTML), title, date, source and URL fields.

    Raises ``InputError`` when the data cannot be unserialized or holds no article body.
    """
    import phpserialize

    payload = _payload(raw)
    if payload is None:
        raise InputError(name, "PHP file without serialize() data", PHP_FIX)
    data = None
    # (a file whose line ends were converted after it was written: the byte counts fit the other line ends)
    for candidate in dict.fromkeys((payload, payload.replace(b"\r\n", b"\n"), payload.replace(b"\n", b"\r\n"))):
        try:
            data = phpserialize.loads(candidate, decode_strings=False)
            break
        except ValueError:
            continue
    if data is None:
        raise InputError(name, "PHP serialize() data that does not parse (a string's byte count does not fit)",
                         f"{PHP_FIX}; a file re-encoded after it was written (e.g. GBK to UTF-8) no longer fits its counts")
    _text, codec = decode_bytes(payload, name)
    item = pick_article(_decoded(data, codec))
    if item is None:
        raise InputError(name, "PHP serialize() data without an article body (no body, content or text field)",
                         PHP_FIX)
    item.encoding = codec
    item.fragment = "<" in item.body  # (the record's body is the article's own HTML, not a page around it)
    return item
