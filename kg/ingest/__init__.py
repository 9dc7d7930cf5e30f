"""Ingest: source files and folders -> ``kg.model.Article``.

Reads plain text, HTML, Markdown with YAML front matter and JSON Lines, in
UTF-8 (with or without BOM), UTF-16/32 with BOM, GB18030/GBK/GB2312 or Big5
(mojibake repaired), and articles wrapped in JSON responses, e-mail, MHTML,
Safari web archives (.webarchive), RTF, RSS/Atom feeds, Evernote exports
(.enex, one article per note), Word 2003 XML, flat OpenDocument, .docx and
.odt, SubRip/WebVTT subtitles joined into running text, news posts in HZ
(RFC 1843), NewsML/NITF wire stories (one article per NewsItem), WAP pages
(WML cards joined) and a CMS export's article parts in JSON Lines.
Page furniture (navigation, link lists, editor lines) is dropped; title,
date, source and URL come from the format's metadata or from the text.

Imports nothing downstream of ingest (only kg.model and kg.errors).
"""

from kg.ingest.dates import parse_date, resolve_dateline
from kg.ingest.encoding import decode_bytes
from kg.ingest.files import iter_source_files
from kg.ingest.reader import FORMATS, read_file, read_sources

__all__ = [
    "FORMATS",
    "decode_bytes",
    "iter_source_files",
    "parse_date",
    "read_file",
    "read_sources",
    "resolve_dateline",
]
