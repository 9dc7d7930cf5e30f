"""Pages kept by a browser or a note-taking app: Safari web archives (.webarchive) and Evernote exports (.enex).

A web archive is a property list (read with the standard ``plistlib``) whose ``WebMainResource`` holds the page's
bytes, its text encoding, MIME type and address; images and style sheets (``WebSubresources``) are left out, and a
frameset's article is taken from its largest frame (``WebSubframeArchives``). An Evernote export is XML (read with
lxml, entities and network off): one ``<note>`` per article, its ``<content>`` an ENML document (XHTML inside
``<en-note>``) that the HTML reader reads like a page.
"""

from __future__ import annotations

import plistlib
import re
from datetime import datetime

from kg.errors import InputError
from kg.ingest.containers import Wrapped
from kg.ingest.encoding import decode_bytes
from kg.ingest.html import declared_charset

__all__ = ["ENEX_FIX", "WEBARCHIVE_FIX", "looks_like_webarchive", "read_enex", "read_webarchive"]

WEBARCHIVE_FIX = "save the page again in Safari (File > Save As, Format: Web Archive), or save it as HTML (Page Source)"
ENEX_FIX = "export the notes again from Evernote (File > Export Notes, format .enex), or save each note as HTML"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)


# ---------------------------------------------------------------- Safari web archive


def looks_like_webarchive(raw: bytes) -> bool:
    """A binary property list that names a WebMainResource (every property list starts ``bplist00``)."""
    return raw.startswith(b"bplist00") and b"WebMainResource" in raw


def _resource_text(resource: dict, name: str) -> tuple[str, str]:
    """A resource's bytes as text: its declared encoding (or the page's meta charset) as a declaration that UTF-8
    and the Chinese detection may overrule, as for HTML files; returns ``(text, codec)``."""
    data = resource["WebResourceData"]
    declared = resource.get("WebResourceTextEncodingName")
    declared = declared.strip() if isinstance(declared, str) and declared.strip() else declared_charset(data)
    return decode_bytes(data, name, declared=declared)


def _main_resource(archive: object) -> dict | None:
    """An archive's main resource, when it holds page bytes."""
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if isinstance(main, dict) and isinstance(main.get("WebResourceData"), bytes):
        return main
    return None


def _mime_type(resource: dict) -> str:
    value = resource.get("WebResourceMIMEType")
    return value.strip().lower() if isinstance(value, str) and value.strip() else "text/html"


def read_webarchive(raw: bytes, name: str) -> Wrapped:
    """The archived page's HTML (or text), its address (``WebResourceURL``) and the codec it was read with.

    Raises ``InputError`` naming the fix for a file plistlib cannot read, an archive without a main resource and
    one whose main resource is not a page (an image or a PDF saved as a web archive).
    """
    try:
        archive = plistlib.loads(raw)
    except (plistlib.InvalidFileException, ValueError, TypeError, KeyError, IndexError, OverflowError) as err:
        # (a truncated or corrupt binary plist fails with any of these, depending on where it breaks)
        raise InputError(name, f"Safari web archive that cannot be read ({type(err).__name__}: {err})",
                         WEBARCHIVE_FIX) from None
    main = _main_resource(archive)
    if main is None:
        raise InputError(name, "property list without a WebMainResource (not a Safari web archive)", WEBARCHIVE_FIX)
    if not main["WebResourceData"].strip():
        raise InputError(name, "web archive of an empty page", WEBARCHIVE_FIX)
    mime = _mime_type(main)
    if mime not in _HTML_TYPES + _TEXT_TYPES:
        raise InputError(name, f"web archive of a {mime} file, not of a page",
                         "save the page itself as a web archive or as HTML, or convert the file to text")
    if mime in _HTML_TYPES and re.search(rb"<frameset\b", main["WebResourceData"][:65536], re.IGNORECASE):
        # a frameset page has no text of its own: the article is in a frame, the largest page among them
        subframes = archive.get("WebSubframeArchives")
        frames = [frame for sub in (subframes if isinstance(subframes, list) else [])
                  if (frame := _main_resource(sub)) and _mime_type(frame) in _HTML_TYPES]
        main = max(frames, key=lambda frame: len(frame["WebResourceData"]), default=main)
    text, codec = _resource_text(main, name)
    url = main.get("WebResourceURL")
    return Wrapped(text, url=url.strip() if isinstance(url, str) and url.strip() else None,
                   is_html=_mime_type(main) in _HTML_TYPES, encoding=codec)


# ---------------------------------------------------------------- Evernote export

# ENML is XHTML with Evernote's own elements: en-note is the body, en-crypt holds ciphertext (base64, no text to
# read), en-media and en-todo are empty. Web clippers close a clip with a line naming the page it came from.
_ENML_HEAD_RE = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?", re.IGNORECASE)
_CLIP_FOOTER_RE = re.compile(r"^[\s—–-]*(?:剪藏自|剪藏於|剪藏于|Clipped from\b)", re.IGNORECASE)
_CLIP_FOOTER_MAX = 200


def _enml_page(enml: str) -> str:
    """The ENML of a note as an HTML page for the HTML reader: en-note as the body, encrypted text and the clipper's
    closing line (—— 剪藏自 …, Clipped from …) left out."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.document_fromstring(_ENML_HEAD_RE.sub("", enml),
                                             parser=lxml.html.HTMLParser(huge_tree=True))
    except (ParserError, ValueError):  # no elements at all: the HTML reader reads what there is
        return enml
    for crypt in tree.findall(".//en-crypt"):
        crypt.drop_tree()
    note = tree.find(".//en-note")
    if note is not None:
        blocks = [el for el in note.iter() if el is not note and isinstance(el.tag, str)]
        last = next((el for el in reversed(blocks) if el.text_content().strip()), None)
        footer = last
        while footer is not None and footer.getparent() is not note and _is_clip_footer(footer.getparent()):
            footer = footer.getparent()  # the block around the closing line: <div>—— 剪藏自 <a>…</a></div>
        if footer is not None and _is_clip_footer(footer):
            footer.drop_tree()
        note.tag = "div"
    return lxml.html.tostring(tree, encoding="unicode")


def _is_clip_footer(el) -> bool:
    text = el.text_content().strip()
    return len(text) <= _CLIP_FOOTER_MAX and _CLIP_FOOTER_RE.match(text) is not None


def _enex_time(value: str | None) -> datetime | None:
    """Evernote's time stamp (20220915T083000Z, UTC) as a moment; None for a missing or odd one."""
    try:
        return datetime.strptime((value or "").strip(), "%Y%m%dT%H%M%S%z")
    except ValueError:
        return None


def read_enex(root, name: str) -> list[Wrapped]:
    """One item per ``<note>`` of an Evernote export (``root`` is the parsed ``<en-export>``): the ENML content as
    a page, the note's title, its ``source-url``, and its creation time as a fallback date (a web clip is created
    when it is clipped, days or years after the article was published, so the article's own date comes first).

    A note without content gives an item with an empty body (the caller reports it); an export without notes
    raises ``InputError``.
    """
    notes = root.findall("note")
    if not notes:
        raise InputError(name, "Evernote export without notes (no <note> in <en-export>)", ENEX_FIX)
    items = []
    for note in notes:
        title = (note.findtext("title") or "").strip() or None
        enml = note.findtext("content") or ""
        url = (note.findtext("note-attributes/source-url") or "").strip() or None
        items.append(Wrapped(_enml_page(enml) if enml.strip() else "", title=title, url=url, is_html=True,
                             fallback_date=_enex_time(note.findtext("created"))))
    return items
