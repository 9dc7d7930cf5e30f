"""XML files and word-processor documents: RSS/Atom feeds, Evernote exports (.enex), Word 2003 XML, flat
OpenDocument (.fodt), .docx, .odt; NewsML/NITF (``kg.ingest.newsml``) and WML (``kg.ingest.wml``) are dispatched
from here by their root element.

An XML file is recognised by its root element (read from the file's head, so a malformed feed still reaches
feedparser); a document's text is one line per paragraph (``w:p``, ``text:p``, ``text:h``), the runs inside a
paragraph joined (Word splits words across runs wherever the style or the spell checker changes), comments,
deleted text, notes, headers and footers left out. The packages (.docx, .odt) are zip files read with ``zipfile``;
the XML is parsed by lxml with entities and network access off.
"""

from __future__ import annotations

import io
import re
import zipfile

from kg.errors import InputError
from kg.ingest.containers import Wrapped

__all__ = ["XML_KINDS", "looks_like_xml", "read_package", "read_xml", "xml_root"]

W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
W2006 = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AML = "http://schemas.microsoft.com/aml/2001/core"
O_NS = "urn:schemas-microsoft-com:office:office"
PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DC = "http://purl.org/dc/elements/1.1/"
CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

XML_KINDS = ("RSS and Atom feeds, Evernote exports (en-export), Word 2003 XML (w:wordDocument), Word XML (pkg:package), "
             "flat OpenDocument text (.fodt), NewsML 1.x and NITF news (NewsML, nitf), WAP pages (wml), ALTO OCR pages (alto)")
XML_FIX = "re-save it from the program that wrote it, or save the article as text or HTML"
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
# A package member larger than this unpacked is refused (a zip bomb, or not one article): 32 MB of text at most
MAX_MEMBER_BYTES = 256 * 1024 * 1024

_HEAD_RE = re.compile(r"\A\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*<([A-Za-z_][\w:.-]*)",
                      re.DOTALL | re.IGNORECASE)
_FEED_ROOTS = ("rss", "feed", "rdf", "channel")
# roots that say XML without an XML declaration before them (in a file named .txt or without a suffix)
_SNIFFED_ROOTS = ("rss", "feed", "newsml", "nitf", "wml", "alto")


# ---------------------------------------------------------------- recognising XML


def _head_text(raw: bytes) -> str:
    """The first few KB as text, enough to see the markup (UTF-16 with or without BOM, else ASCII-compatible)."""
    for bom, codec in ((b"\xef\xbb\xbf", "latin-1"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom) : 8192].decode(codec, errors="ignore")
    if raw[:2] == b"<\x00":
        return raw[:8192].decode("utf-16-le", errors="ignore")
    if raw[:2] == b"\x00<":
        return raw[:8192].decode("utf-16-be", errors="ignore")
    return raw[:8192].decode("latin-1")  # only the ASCII markup is looked at


def xml_root(raw: bytes) -> str | None:
    """The root element's name as written (``rss``, ``w:wordDocument``), or None when the file is not markup."""
    m = _HEAD_RE.match(_head_text(raw))
    return m.group(1) if m else None


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1].lower()


def looks_like_xml(raw: bytes) -> bool:
    """An XML declaration, or a feed's root element, opens the file, and the root is not an HTML page."""
    root = xml_root(raw)
    if root is None or _local(root) == "html":
        return False
    head = _head_text(raw).lstrip()
    return head.startswith("<?xml") or _local(root) in _SNIFFED_ROOTS


# ---------------------------------------------------------------- paragraphs


def _parse(data: bytes, name: str, what: str = "XML", fix: str = XML_FIX, *, huge: bool = False):
    from lxml import etree

    # (huge: an Evernote note's attachments are base64 text nodes, often over libxml2's 10 MB limit)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True,
                             remove_pis=True, huge_tree=huge)
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as err:
        if _ENCODING_ERROR_RE.search(err.msg or ""):
            root = _parse_redecoded(data, name, parser)
            if root is not None:
                return root
        raise InputError(name, f"{what} is not well-formed ({err.msg})", fix) from None


_ENCODING_ERROR_RE = re.compile(r"encoding|not proper UTF-8|conversion", re.IGNORECASE)
_XML_DECL_RE = re.compile(r"\A\s*<\?xml[^>]*\?>")
_DECLARED_ENCODING_RE = re.compile(rb"\A\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)")


def _parse_redecoded(data: bytes, name: str, parser):
    """The tree of a file whose bytes do not fit the encoding it declares, decoded as other files are; None when
    that fails too. Chinese XML often says GB2312 and holds GBK characters (镕, 喆), which libxml2 refuses."""
    from lxml import etree

    from kg.ingest.encoding import decode_bytes

    declared = _DECLARED_ENCODING_RE.match(data)
    try:
        text, _codec = decode_bytes(data, name, declared=declared.group(1).decode("ascii") if declared else None)
        return etree.fromstring(_XML_DECL_RE.sub("", text, count=1), parser=parser)
    except (InputError, etree.XMLSyntaxError, ValueError):
        return None


class _Spec:
    """Which elements make paragraphs, hold text and are left out, in one document vocabulary."""

    def __init__(self, ns: str, *, odf: bool) -> None:
        self.odf = odf
        self.mark_deleted: str | None = None
        self.carry = ""  # the text of a paragraph whose mark was deleted, for the next paragraph
        if odf:
            t, o = f"{{{TEXT}}}", f"{{{OFFICE}}}"
            self.paragraphs = {t + "p", t + "h"}
            self.skip = {o + "annotation", t + "note", t + "tracked-changes", t + "ruby-text", t + "table-of-content",
                         t + "deletion"}
            self.inline = {t + "tab": "\t", t + "line-break": "\n"}
            self.space = t + "s"
            self.text_ns = TEXT
        else:
            w = f"{{{ns}}}"
            self.paragraphs = {w + "p"}
            # tracked changes are read accepted: deletions (w:del) and the old place of moved text (w:moveFrom)
            # go, insertions (w:ins) and the new place (w:moveTo) stay
            self.skip = {w + "hdr", w + "ftr", w + "footnote", w + "endnote", w + "annotation", w + "del",
                         w + "delText", w + "moveFrom", w + "instrText", w + "sectPr", w + "pPr", w + "rPr",
                         f"{{{MC}}}Fallback"}  # (a text box is written twice: as DrawingML and as VML fallback)
            # a deleted paragraph mark (w:pPr/w:rPr/w:del): accepted, the paragraph runs on into the next one
            self.mark_deleted = f"{w}pPr/{w}rPr/{w}del"
            self.comment_tag = f"{{{AML}}}annotation"
            self.inline = {w + "tab": "\t", w + "br": "\n", w + "cr": "\n", w + "noBreakHyphen": "-"}
            self.text_tag = w + "t"


def _skipped(el, spec: _Spec) -> bool:
    if el.tag in spec.skip:
        return True
    # aml:annotation also wraps bookmarks and tracked insertions, whose text stays; comments and deletions go
    return not spec.odf and el.tag == spec.comment_tag and (el.get(f"{{{W2003}}}type") or "").endswith(
        ("Comment", "Deletion"))


def _collect(el, spec: _Spec, lines: list[str], buf: list[str] | None) -> None:
    """Append ``el``'s text to ``buf`` (the open paragraph); a paragraph element opens a new line."""
    if el.tag in spec.paragraphs:
        # (an enclosing paragraph, a text box's anchor, goes on collecting into its own list)
        buf, spec.carry = ([spec.carry] if spec.carry else []), ""
    if buf is not None:
        if spec.odf:
            if el.tag == spec.space:
                buf.append(" " * int(el.get(f"{{{TEXT}}}c", "1") or 1))
            elif el.tag in spec.inline:
                buf.append(spec.inline[el.tag])
            elif isinstance(el.tag, str) and el.tag.startswith(f"{{{spec.text_ns}}}") and el.text:
                buf.append(re.sub(r"\s+", " ", el.text))  # ODF collapses white space as XML mixed content does
        elif el.tag == spec.text_tag:
            buf.append(el.text or "")
        elif el.tag in spec.inline:
            buf.append(spec.inline[el.tag])
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if not _skipped(child, spec):
            _collect(child, spec, lines, buf)
        # text after a child (ODF mixed content) belongs to this element, also after a left-out annotation
        if spec.odf and buf is not None and child.tail and el.tag.startswith(f"{{{spec.text_ns}}}"):
            buf.append(re.sub(r"\s+", " ", child.tail))
    if el.tag in spec.paragraphs:
        if spec.mark_deleted is not None and el.find(spec.mark_deleted) is not None:
            spec.carry = "".join(buf or [])
            return
        line = "".join(buf or []).strip()
        if line:
            lines.append(line)


def _paragraph_text(body, spec: _Spec) -> str:
    lines: list[str] = []
    _collect(body, spec, lines, None)
    if spec.carry.strip():  # the last paragraph's mark deleted: nothing follows to run into
        lines.append(spec.carry.strip())
    return "\n".join(lines)


_DEFAULT_TITLES_RE = re.compile(r"^(?:Microsoft Word - .*|文档\d*|Document\d*|Untitled.*|无标题.*|新建.*文档.*|\s*)$",
                                re.IGNORECASE)


def _title(value: str | None) -> str | None:
    """A metadata title, unless it is a word processor's default ("文档1", "Microsoft Word - x.doc")."""
    value = (value or "").strip()
    return None if _DEFAULT_TITLES_RE.match(value) else value


def _read_wordml(root, name: str, ns: str = W2003) -> Wrapped:
    body = root.find(f".//{{{ns}}}body")
    if body is None:
        raise InputError(name, "Word XML without a w:body element", XML_FIX)
    title = root.findtext(f".//{{{O_NS}}}DocumentProperties/{{{O_NS}}}Title")
    return Wrapped(_paragraph_text(body, _Spec(ns, odf=False)), title=_title(title), is_html=False)


def _read_word_package_xml(root, name: str) -> Wrapped:
    """Word 2007+ saved as one XML file ("Word XML Document"): the parts of a .docx inside pkg:part elements."""
    parts = {part.get(f"{{{PKG}}}name"): part for part in root.iter(f"{{{PKG}}}part")}
    document = parts.get("/word/document.xml")
    data = document.find(f"{{{PKG}}}xmlData") if document is not None else None
    if data is None or not len(data):
        raise InputError(name, "Word XML package without a /word/document.xml part", XML_FIX)
    body = data[0].find(f"{{{W2006}}}body")
    core = parts.get("/docProps/core.xml")
    title = core.findtext(f".//{{{DC}}}title") if core is not None else None
    return Wrapped(_paragraph_text(body if body is not None else data[0], _Spec(W2006, odf=False)),
                   title=_title(title), is_html=False)


def _read_odf(root, name: str, title: str | None = None) -> Wrapped:
    """The text of an OpenDocument text document (content.xml of an .odt, or a whole .fodt)."""
    body = root.find(f"{{{OFFICE}}}body")
    text = body.find(f"{{{OFFICE}}}text") if body is not None else None
    if text is None:
        children = body if body is not None else []
        kinds = [child.tag.rsplit("}", 1)[-1] for child in children if isinstance(child.tag, str)]
        raise InputError(name, f"OpenDocument without text (its body holds: {', '.join(kinds) or 'nothing'})",
                         "only text documents are read (.odt, .fodt): save a spreadsheet or drawing as text first")
    if title is None:
        title = root.findtext(f"{{{OFFICE}}}meta/{{{DC}}}title")
    return Wrapped(_paragraph_text(text, _Spec(TEXT, odf=True)), title=_title(title), is_html=False)


# ---------------------------------------------------------------- XML files


def read_xml(raw: bytes, name: str) -> tuple[str, list[Wrapped], str | None]:
    """An XML file by its root element: ``(format, items, feed title)``; a feed gives one item per entry, an
    Evernote export one per note.

    Raises ``InputError`` naming the root element for XML of another kind.
    """
    root_name = xml_root(raw) or "?"
    local = _local(root_name)
    if local in _FEED_ROOTS:
        from kg.ingest.feeds import read_feed

        title, items = read_feed(raw)
        if not items:
            raise InputError(name, f"feed without items (root element <{root_name}>)",
                             "check that the file is the feed itself, with <item> or <entry> elements")
        return "feed", items, title
    if local == "en-export":
        from kg.ingest.saved_pages import ENEX_FIX, read_enex

        return "enex", read_enex(_parse(raw, name, "Evernote export", ENEX_FIX, huge=True), name), None
    if local == "wml":
        from kg.ingest.wml import read_wml

        return "wml", [read_wml(raw, name)], None
    root = _parse(raw, name)
    tag = root.tag if isinstance(root.tag, str) else ""
    if local == "newsml":
        from kg.ingest.newsml import read_newsml

        return "newsml", read_newsml(root, name), None
    if local == "nitf":
        from kg.ingest.newsml import read_nitf

        return "nitf", [read_nitf(root, name)], None
    if local == "alto":
        from kg.ingest.alto import read_alto

        return "alto", read_alto(root, name), None
    if tag == f"{{{W2003}}}wordDocument":
        return "wordml", [_read_wordml(root, name)], None
    if tag == f"{{{PKG}}}package":
        return "wordml", [_read_word_package_xml(root, name)], None
    if tag in (f"{{{OFFICE}}}document", f"{{{OFFICE}}}document-content"):
        return "fodt", [_read_odf(root, name)], None
    if tag == f"{{{W2006}}}document":  # a document.xml taken out of a .docx
        return "wordml", [_read_wordml(root, name, W2006)], None
    raise InputError(name, f"XML of an unknown kind (root element <{root_name}>)",
                     f"the XML read is: {XML_KINDS}; save other XML as text or HTML")


# ---------------------------------------------------------------- packages (.docx, .odt)


def _member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    info = archive.getinfo(member)
    if info.file_size > MAX_MEMBER_BYTES:
        raise InputError(name, f"{member} is too large unpacked ({info.file_size / 2**20:.0f} MB)",
                         "split the document, or save it as text")
    return archive.read(member)


def _docx_main_part(archive: zipfile.ZipFile, names: set[str], name: str) -> str | None:
    """The main document part that _rels/.rels names (usually word/document.xml)."""
    if "_rels/.rels" in names:
        rels = _parse(_member(archive, "_rels/.rels", name), name, "the package's _rels/.rels")
        for rel in rels.iter(f"{{{RELS}}}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                if target in names:
                    return target
    return "word/document.xml" if "word/document.xml" in names else None


def read_package(raw: bytes, name: str) -> tuple[str, Wrapped]:
    """A .docx or .odt (any zip file is looked into): ``(format, item)``; ``InputError`` for other zip files."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, EOFError, ValueError) as err:
        raise InputError(name, f"binary file (ZIP archive or Office document) that cannot be opened ({err})",
                         "re-save the document from Word or LibreOffice, or save the document as text or HTML") from None
    with archive:
        try:
            main = _docx_main_part(archive, names, name)
            if main is not None:
                root = _parse(_member(archive, main, name), name, main)
                body = root.find(f"{{{W2006}}}body")
                if body is None:
                    raise InputError(name, f"{main} has no w:body", XML_FIX)
                title = None
                if "docProps/core.xml" in names:
                    core = _parse(_member(archive, "docProps/core.xml", name), name, "docProps/core.xml")
                    title = core.findtext(f"{{{DC}}}title")
                return "docx", Wrapped(_paragraph_text(body, _Spec(W2006, odf=False)), title=_title(title),
                                       is_html=False)
            mimetype = archive.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
            if "content.xml" in names and mimetype in ("", ODT_MIMETYPE):
                title = None
                if "meta.xml" in names:
                    meta = _parse(_member(archive, "meta.xml", name), name, "meta.xml")
                    title = meta.findtext(f"{{{OFFICE}}}meta/{{{DC}}}title")
                return "odt", _read_odf(_parse(_member(archive, "content.xml", name), name, "content.xml"), name,
                                        title)
        except (zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError) as err:  # corrupt, encrypted
            raise InputError(name, f"document package cannot be unpacked ({err})",
                             "re-save the document from Word or LibreOffice, or save it as text or HTML") from None
    kind = f" ({mimetype})" if mimetype else ""
    raise InputError(name, f"binary file (ZIP archive{kind}, not a Word .docx or OpenDocument .odt document)",
                     "unpack it, or save the document as .docx, .odt, text or HTML")
