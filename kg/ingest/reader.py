"""read_file: one source file -> Articles (plain text, HTML, Markdown with front matter, JSON Lines and a CMS
export's article parts, subtitles, and the wrapped formats: JSON responses, e-mail and news posts, MHTML, Safari
web archives, RTF, XML feeds, Evernote exports, NewsML/NITF, WAP pages and documents, .docx and .odt)."""

from __future__ import annotations

import errno
import hashlib
import io
import itertools
import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.ingest.dates import make_date, parse_date, resolve_dateline
from kg.ingest.encoding import decode_bytes
from kg.ingest.files import display_path, iter_source_files
from kg.ingest.containers import (Wrapped, looks_like_email, looks_like_json, looks_like_message, looks_like_mhtml,
                                  looks_like_mbox, looks_like_rtf, read_email, read_json, read_json_lines, read_mbox,
                                  read_mhtml, read_rtf)
from kg.ingest.calendars import looks_like_calendar, read_calendar
from kg.ingest.captures import looks_like_http_capture, read_http_capture
from kg.ingest.documents import looks_like_xml, read_package, read_xml, xml_root
from kg.ingest.exports import (NOTEBOOK_FIX, looks_like_notebook, looks_like_php_serialized, looks_like_telegram_export,
                               read_notebook, read_php_serialized, read_telegram_export)
from kg.ingest.latex import looks_like_latex, read_latex
from kg.ingest.html import (declared_charset, extract_fragment_text, extract_html, flatten_embedded_markup,
                            looks_like_html)
from kg.ingest.parts import PARTS_FIX, join_parts, part_kind_key
from kg.ingest.saved_pages import looks_like_webarchive, read_webarchive
from kg.ingest.subtitles import looks_like_subtitles, note_date, read_subtitles
from kg.ingest.wikitext import looks_like_wikitext, read_wikitext
from kg.ingest.text import (find_text_metadata, fold_compat_ideographs, split_bbs_post, strip_page_furniture,
                            strip_terminal_codes)
from kg.model import Article

log = logging.getLogger(__name__)

FORMATS = ("text", "html", "markdown", "jsonl", "json", "email", "rtf", "mhtml", "webarchive", "feed", "enex",
           "wordml", "fodt", "docx", "odt", "srt", "vtt", "newsml", "nitf", "wml", "jsonl-parts", "wikitext", "mbox",
           "alto", "telegram", "notebook", "php", "http", "latex", "ical")
_SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".eml": "email",
    ".mbox": "mbox",
    ".rtf": "rtf",
    ".mht": "mhtml",
    ".mhtml": "mhtml",
    ".webarchive": "webarchive",
    ".xml": "xml",
    ".nitf": "xml",
    ".wml": "xml",
    ".rss": "xml",
    ".atom": "xml",
    ".enex": "enex",
    ".fodt": "xml",
    ".docx": "docx",
    ".odt": "odt",
    ".srt": "srt",
    ".vtt": "vtt",
    ".wiki": "wikitext",
    ".mediawiki": "wikitext",
    ".wikitext": "wikitext",
    ".ipynb": "notebook",
    ".tex": "latex",
    ".ics": "ical",
    ".ical": "ical",
}
SUPPORTED = ("plain text, HTML, Markdown with YAML front matter, JSON Lines, a JSON or JSONP API response, an e-mail, a mailbox (mbox), "
             "a saved web page (MHTML, Safari web archive), RTF, an RSS or Atom feed, an Evernote export, Word 2003 "
             "XML, flat OpenDocument, Word and OpenDocument documents, SubRip or WebVTT subtitles, NewsML or NITF, a "
             "WAP page, MediaWiki wikitext, an ALTO OCR page, a Telegram channel export, a Jupyter notebook, a PHP "
             "serialize() cache, a raw HTTP capture, LaTeX, iCalendar (.txt, .html, .md, .jsonl, .ndjson, .json, .eml, "
             ".mht, .webarchive, .rtf, .xml, .rss, .atom, .enex, .fodt, .docx, .odt, .srt, .vtt, .nitf, .wml, .wiki, "
             ".mbox, .ipynb, .tex, .ics)")
ZIP_MAGIC = b"PK\x03\x04"
JSONL_FIX = 'each line must be a JSON object with a "text" field, and optional "title", "date", "url", "source"'

# The longest article text kept: spaCy refuses longer texts (its max_length),
# and a text this long is a site dump or a concatenation, not one news article.
MAX_ARTICLE_CHARS = 1_000_000
# Files other than JSON Lines are one article each; one larger than this is
# refused before it is read (its text could not be under MAX_ARTICLE_CHARS
# in any supported encoding after markup, and reading it would cost memory).
MAX_FILE_BYTES = 32 * 1024 * 1024
# A web archive or an Evernote export also holds the page's images (and an export many notes): a larger limit.
MAX_ARCHIVE_BYTES = 256 * 1024 * 1024
SPLIT_FIX = "split it into one file per article, or into a .jsonl file with one article per line"
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")

_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_MARKDOWN_RULES = (
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.MULTILINE), ""),  # heading marks
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
)


def _read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    name = display_path(path)
    if path.is_symlink() and not path.exists():
        try:
            path.resolve(strict=True)
        except RuntimeError:  # Python < 3.13 reports a loop this way
            raise InputError(name, "symbolic link loop", "remove the link or point it at a file") from None
        except OSError as err:
            if err.errno == errno.ELOOP:
                raise InputError(name, "symbolic link loop", "remove the link or point it at a file") from None
        raise InputError(name, f"broken symbolic link (points to {os.readlink(path)})", "fix or remove the link")
    if path.is_dir():
        raise InputError(name, "is a folder, not a file", "pass folders to read_sources or kg build, which walk them")
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # reading a named pipe or a device would block or never end
            raise InputError(name, "not a regular file (a named pipe, socket or device)", "remove it from the corpus folder")
        if max_bytes is not None and info.st_size > max_bytes:
            raise InputError(
                name,
                f"too large for one article ({info.st_size / 2**20:.1f} MB; at most {max_bytes / 2**20:.0f} MB)",
                SPLIT_FIX,
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file", "check the path") from None
    except PermissionError:
        raise InputError(name, "permission denied", "make the file readable (chmod +r)") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InputError(name, "symbolic link loop", "remove the link or point it at a file") from None
        raise InputError(name, f"cannot read ({err.strerror})", "check the file and its permissions") from None


def _detect_format(suffix: str, text: str) -> str:
    fmt = _SUFFIX_FORMATS.get(suffix)
    if fmt in ("jsonl", "json", "srt", "vtt", "wikitext", "notebook", "latex"):
        return fmt
    head = text.lstrip()
    if fmt in (None, "text") and looks_like_latex(head):
        return "latex"
    if fmt in (None, "text") and looks_like_wikitext(head):
        return "wikitext"  # a Wikinews page's edit box saved as .txt
    if fmt == "markdown" or _FRONT_MATTER_RE.match(head[:65536]):
        return "markdown"
    if fmt == "html" or looks_like_html(head):
        return "html"
    return looks_like_subtitles(head) or "text"


def _clean_markdown(text: str) -> str:
    for pattern, replacement in _MARKDOWN_RULES:
        text = pattern.sub(replacement, text)
    return text


def _split_front_matter(text: str, name: str) -> tuple[dict, str]:
    import frontmatter
    import yaml

    try:
        meta, body = frontmatter.parse(text.lstrip())
    except yaml.YAMLError as err:
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise InputError(name, f"front matter is not valid YAML ({problem})", "fix the block between the --- lines") from None
    except (TypeError, ValueError):
        raise InputError(name, "front matter is not a YAML mapping", "write it as key: value lines between --- lines") from None
    return dict(meta), body


_URL_VALUE_RE = re.compile(r"^(?:https?://|www\.)\S+$")
_WIKI_LINK_RE = re.compile(r"^\[\[([^\[\]|]+)(?:\|[^\[\]]*)?\]\]$")  # [[正北方网]], as web clippers write authors


def _text_field(meta: dict, *keys: str, urls: bool | None = None) -> str | None:
    """The first of ``keys`` with a text value (the first text of a list), [[wiki links]] unwrapped; ``urls``
    True takes only web addresses, False none (a clipper's ``source`` is the page address, not the outlet)."""
    for key in keys:
        value = meta.get(key)
        if isinstance(value, list):
            value = next((item for item in value if isinstance(item, str) and item.strip()), None)
        if isinstance(value, str) and value.strip():
            value = value.strip()
            link = _WIKI_LINK_RE.match(value)
            value = link.group(1).strip() if link else value
            if urls is None or urls == bool(_URL_VALUE_RE.match(value)):
                return value
    return None


def _make_article(
    *,
    doc_id: str,
    path: Path,
    text: str,
    fmt: str,
    encoding: str,
    content_hash: str,
    title: str | None = None,
    date_value: object = None,
    date_source: str | None = None,
    fallback_date: object = None,
    source: str | None = None,
    url: str | None = None,
    site: str | None = None,
) -> Article:
    """Fill what the format's metadata left open from the text, and decide the date.

    Date rule (see /work/shared/gold/DECISIONS.md): a dateline (新华社北京12月25日电)
    wins over page times, which are often republication times; its year comes
    from the page date. Otherwise the first of: format metadata (front matter,
    HTML meta, JSON field), a byline, a 发布时间 line; then ``fallback_date`` (when a
    note was clipped: a time of the copy, not of the article).
    """
    # lone surrogates come from JSON escapes ("\ud800"); no UTF-8 writer accepts them
    text, title, source, url = (_SURROGATE_RE.sub("\ufffd", v) if v else v for v in (text, title, source, url))
    # colour codes of a terminal capture, whatever the format carried it (a BBS post saved as text or as a page)
    text, title = strip_terminal_codes(text), strip_terminal_codes(title) if title else title
    text = text.strip("\n").rstrip()
    # a title given by metadata is put in front of the body, so that the text
    # (and evidence offsets) include it, as they do for .txt articles
    if title and title not in text[: len(title) + 300]:
        text = f"{title}\n{text}"
    found = find_text_metadata(fold_compat_ideographs(text), first_line_title=title is None)
    title = fold_compat_ideographs(title) if title else title
    page_date: date | None = parse_date(date_value) if date_value is not None else None
    page_date_source = date_source if page_date else None
    if page_date is None and found.page_date:
        page_date, page_date_source = found.page_date, found.page_date_source
    if page_date is None and fallback_date is not None:
        page_date = parse_date(fallback_date)
        page_date_source = f"{fmt}-saved" if page_date else None
    chosen, chosen_source = page_date, page_date_source
    if found.dateline:
        year, month, day = found.dateline
        dateline_date = make_date(year, month, day) if year else resolve_dateline(month, day, page_date)
        if dateline_date:
            chosen, chosen_source = dateline_date, "dateline"
    return Article(
        doc_id=doc_id,
        path=display_path(path),
        text=text,
        title=title or found.title,
        date=chosen,
        date_source=chosen_source,
        source=source or found.source or found.dateline_source,
        url=url,
        site=site,
        format=fmt,
        encoding=encoding,
        content_hash=content_hash,
    )


def _check_length(body: str, where: str) -> None:
    if len(body) > MAX_ARTICLE_CHARS:
        raise InputError(where, f"article too long ({len(body):,} characters; at most {MAX_ARTICLE_CHARS:,})", SPLIT_FIX)


def _read_document(path: Path, text: str, fmt: str, encoding: str, content_hash: str) -> Article:
    name = display_path(path)
    fields: dict = {}
    if fmt == "markdown":
        meta, body = _split_front_matter(text, name)
        fields = {
            "title": _text_field(meta, "title"),
            "date_value": meta.get("date") or meta.get("published") or meta.get("pubdate"),
            "date_source": "front-matter",
            "source": _text_field(meta, "source", "author", "publisher", urls=False),
            "url": _text_field(meta, "url", "link", "source_url", "source", urls=True),
        }
        if looks_like_html(body):
            page = extract_html(body)
            body = page.text
            if fields["date_value"] is None and page.date:
                fields["date_value"], fields["date_source"] = page.date, page.date_source
            fields["title"] = fields["title"] or page.title
            fields["source"] = fields["source"] or page.source
            fields["url"] = fields["url"] or page.url
            fields["site"] = page.site
        else:
            body = strip_page_furniture(_clean_markdown(body))
    elif fmt in ("srt", "vtt"):
        body = read_subtitles(text, fmt, name)
        fields = {"date_value": note_date(text) if fmt == "vtt" else None, "date_source": "subtitle-note"}
    elif fmt == "html":
        page = extract_html(text)
        body = page.text
        fields = {
            "title": page.title,
            "date_value": page.date,
            "date_source": page.date_source,
            "source": page.source,
            "url": page.url,
            "site": page.site,
        }
    else:
        post = split_bbs_post(strip_terminal_codes(text))
        if post is not None:
            text = post.body
            fields = {"title": _bbs_title(post.title, post.body), "date_value": post.date, "date_source": "bbs-header",
                      "site": post.site}
        body = strip_page_furniture(flatten_embedded_markup(text))
    if not body.strip():
        raise InputError(name, "no article text found", "check that the file holds an article, not only markup or metadata")
    _check_length(body, name)
    return _make_article(
        doc_id=display_path(path.name), path=path, text=body, fmt=fmt, encoding=encoding, content_hash=content_hash, **fields
    )


def _bbs_title(title: str | None, body: str) -> str | None:
    """A BBS post's 标题, or None when the body opens with the headline itself (标题 often adds 附生平, 转载 …):
    then the body's first line is the title, as in other text files."""
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    return None if title and first and first in title else title


# Lines looked at to tell a file of article parts from one article per line
PARTS_SNIFF_LINES = 200


def _first_records(text: str) -> list[dict]:
    """The JSON objects of the first non-empty lines (lines that are no JSON object are passed over)."""
    records = []
    for line in itertools.islice((line for line in io.StringIO(text) if line.strip()), PARTS_SNIFF_LINES):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict):
            records.append(record)
    return records


def _json_lines(path: Path, text: str, fix: str, report: Callable[[InputError], None]
                ) -> Iterator[tuple[int, str, str, dict]]:
    """Each line of ``text`` that is a JSON object: (line number, where, the line, the object). Blank lines are
    skipped; any other line goes to ``report`` with ``fix``."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{display_path(path)}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            report(InputError(where, f"not valid JSON ({err.msg}, column {err.colno})", fix))
            continue
        if not isinstance(record, dict):
            report(InputError(where, f"a JSON {type(record).__name__}, not an object", fix))
            continue
        yield lineno, where, line, record


def _read_part_records(path: Path, text: str, encoding: str, key: str, report: Callable[[InputError], None]
                       ) -> Article:
    """A CMS export of one article as part records (``kg.ingest.parts``); a line that is no JSON object goes to
    ``report`` and the other parts are kept."""
    records = [record for _, _, _, record in _json_lines(path, text, PARTS_FIX, report)]
    content = join_parts(records, key, display_path(path))
    return _read_wrapped(path, content, "jsonl-parts", hashlib.sha256(text.encode("utf-8")).hexdigest(), encoding)


def _read_jsonl(path: Path, text: str, encoding: str, report: Callable[[InputError], None]) -> list[Article]:
    key = part_kind_key(_first_records(text))
    if key is not None:  # one article in parts (kind: title, paragraph, image …), not one article per line
        return [_read_part_records(path, text, encoding, key, report)]
    articles = []
    for lineno, where, line, record in _json_lines(path, text, JSONL_FIX, report):
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            report(InputError(where, 'missing or empty "text" field', JSONL_FIX))
            continue
        fields = {
            "title": _text_field(record, "title"),
            "date_value": record.get("date"),
            "date_source": "record",
            "source": _text_field(record, "source"),
            "url": _text_field(record, "url"),
        }
        if looks_like_html(body):
            page = extract_html(body)
            body = page.text
            fields["title"] = fields["title"] or page.title
            fields["site"] = page.site
        else:
            body = strip_page_furniture(body.replace("\r\n", "\n"))
        if not body.strip():
            report(InputError(where, "no article text found in the \"text\" field", JSONL_FIX))
            continue
        try:
            _check_length(body, where)
        except InputError as err:
            report(err)
            continue
        articles.append(
            _make_article(
                doc_id=f"{display_path(path.name)}#{lineno}",
                path=path,
                text=body,
                fmt="jsonl",
                encoding=encoding,
                content_hash=hashlib.sha256(line.encode("utf-8")).hexdigest(),
                **fields,
            )
        )
    return articles


def read_file(
    path: Path | str,
    *,
    encoding: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> list[Article]:
    """Read one file into Articles (one, or one per JSON Lines record).

    The format comes from the extension, or from the content for other files:
    front matter (``---`` first) -> Markdown, tags -> HTML, else plain text.
    ``encoding`` forces a codec instead of detection. Raises ``InputError``
    (naming the file and the fix) for missing, unreadable, binary, empty,
    truncated and undecodable files. A bad JSON Lines record goes to
    ``on_error`` (default: a logged warning) and the other records are kept.
    """
    path = Path(path)
    name = display_path(path)
    suffix = path.suffix.lower()
    given = _SUFFIX_FORMATS.get(suffix)
    raw = _read_bytes(path, None if given == "jsonl" else MAX_ARCHIVE_BYTES if given in ("webarchive", "enex")
                      else MAX_FILE_BYTES)
    wrapped = _read_wrapped_bytes(raw, suffix, name)
    if wrapped is not None:
        fmt, items = wrapped
        if fmt in ("feed", "enex") or len(items) > 1:  # (a NewsML file may hold several NewsItems)
            report = on_error or (lambda err: log.warning("skipped %s", err))
            return _read_feed_items(path, items, report, fmt)
        return [_read_wrapped(path, items[0], fmt, hashlib.sha256(raw).hexdigest())]
    declared = declared_charset(raw) if _SUFFIX_FORMATS.get(suffix, "html") == "html" else None
    text, codec = decode_bytes(raw, name, encoding=encoding, declared=declared)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(name, "empty file (only white space)", "remove it or put the article text in it")
    fmt = _detect_format(suffix, text)
    if fmt == "jsonl":
        report = on_error or (lambda err: log.warning("skipped %s", err))
        return _read_jsonl(path, text, codec, report)
    if fmt == "wikitext":
        content = read_wikitext(text)
        if content is None:
            raise InputError(name, "no article text in the wikitext (only templates and links)",
                             "save the article's text, or the page as .html")
        return [_read_wrapped(path, content, "wikitext", hashlib.sha256(raw).hexdigest(), codec)]
    if fmt == "latex":
        return [_read_wrapped(path, read_latex(text, name), "latex", hashlib.sha256(raw).hexdigest(), codec)]
    if fmt in ("json", "notebook") or (fmt == "text" and looks_like_json(text)):
        app = _read_app_json(text, fmt, name)
        if app is not None:
            app_fmt, items = app
            if len(items) > 1:
                return _read_feed_items(path, items, on_error or (lambda err: log.warning("skipped %s", err)), app_fmt)
            return [_read_wrapped(path, items[0], app_fmt, hashlib.sha256(raw).hexdigest(), codec)]
        content = read_json(text)
        if content is not None:
            return [_read_wrapped(path, content, "json", hashlib.sha256(raw).hexdigest(), codec)]
        items = read_json_lines(text)  # (mongoexport: one object per line in a .json file, one article each)
        if items is not None:
            return _read_feed_items(path, items, on_error or (lambda err: log.warning("skipped %s", err)), "json")
        if fmt == "json":
            raise InputError(name, "no article found in the JSON (no object with a content, body or text field)",
                             'give the article object a "content" or "text" field, or save the article as .txt or .html')
        # ({编者按}…: braces that are no JSON; the text is read as text)
    return [_read_document(path, text, fmt, codec, hashlib.sha256(raw).hexdigest())]


_EMPHASIS_RE = re.compile(r"(?<![*\w])([*_])(?!\s)([^*_\n]+?)(?<!\s)\1(?![*\w])")  # *《宁夏日报》…第1版*


def _read_app_json(text: str, fmt: str, name: str) -> tuple[str, list[Wrapped]] | None:
    """A Telegram channel export or a Jupyter notebook (``kg.ingest.exports``): ``(format, items)``; None for other
    JSON. Raises ``InputError`` for a file named .ipynb that is no notebook."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        if fmt == "notebook":
            raise InputError(name, f"notebook that is not valid JSON ({err.msg}, line {err.lineno})", NOTEBOOK_FIX) from None
        return None
    if looks_like_notebook(data):
        items = read_notebook(data, name)
        for item in items:  # (markdown cells: headings, emphasis and links are marks, not text)
            item.body = _EMPHASIS_RE.sub(r"\2", _clean_markdown(item.body))
        return "notebook", items
    if fmt == "notebook":
        raise InputError(name, "not a Jupyter notebook (no \"cells\" list or \"nbformat\" number)", NOTEBOOK_FIX)
    if looks_like_telegram_export(data):
        return "telegram", read_telegram_export(data, name)
    return None


def _read_wrapped_bytes(raw: bytes, suffix: str, name: str) -> tuple[str, list[Wrapped]] | None:
    """A document package, an RTF document, a saved page, an e-mail or an XML file (by extension or by content),
    unwrapped into its items (several for a feed); None for other files."""
    given = _SUFFIX_FORMATS.get(suffix)
    if raw.startswith(ZIP_MAGIC):  # .docx and .odt, whatever their name; other zip files are refused with the fix
        fmt, content = read_package(raw, name)
        return fmt, [content]
    if given == "webarchive" or looks_like_webarchive(raw):
        return "webarchive", [read_webarchive(raw, name)]
    if given == "rtf" or looks_like_rtf(raw):
        content = read_rtf(raw)
        return ("rtf", [content]) if content is not None else None
    if given == "ical" or (given in (None, "text") and looks_like_calendar(raw)):
        return "ical", read_calendar(raw, name)
    # (a capture is often saved as .txt or .html: its status line and headers say what it is)
    if given in (None, "text", "html") and looks_like_http_capture(raw):
        return "http", [read_http_capture(raw, name)]
    if given in (None, "text") and looks_like_php_serialized(raw):
        return "php", [read_php_serialized(raw, name)]
    if given == "mhtml" or (given in (None, "text") and looks_like_mhtml(raw)):
        content = read_mhtml(raw, name)
        if content is None:
            raise InputError(name, "saved page without an HTML part (no text/html in the MIME message)",
                             "save the page again as a single file (.mht, .mhtml) or as HTML")
        return "mhtml", [content]
    if given == "mbox" or (given in (None, "text") and looks_like_mbox(raw)):
        items = read_mbox(raw, name)  # (a mailing list's archive: one article per message)
        if not items:
            raise InputError(name, "mailbox without a message that has text", "save the message itself as .eml")
        return "mbox", items
    # (a news or mail message saved as .txt: its headers give the title and date, its body the text)
    if given == "email" or (given is None and looks_like_email(raw)) or (given == "text" and looks_like_message(raw)):
        content = read_email(raw, name)
        return ("email", [content]) if content is not None else None
    # (a WAP page saved as .html: its markup is WML, which the page reader would take for a page of links)
    if given in ("xml", "enex") or (given in (None, "text") and looks_like_xml(raw)) or \
            (given == "html" and (xml_root(raw) or "").lower() == "wml"):
        fmt, items, _feed_title = read_xml(raw, name)
        return fmt, items
    return None


def _read_feed_items(path: Path, items: list[Wrapped], report: Callable[[InputError], None],
                     fmt: str = "feed") -> list[Article]:
    """One article per feed item or note (``file#1``, ``file#2`` …); an item without text goes to ``report`` and
    the others are kept."""
    articles = []
    for number, item in enumerate(items, start=1):
        digest = hashlib.sha256("\n".join((item.url or "", item.title or "", item.body)).encode("utf-8")).hexdigest()
        try:
            articles.append(_read_wrapped(path, item, fmt, digest, doc_id=f"{display_path(path.name)}#{number}",
                                          where=f"{display_path(path)}#{number}"))
        except InputError as err:
            report(err)
    return articles


def _read_wrapped(path: Path, content: Wrapped, fmt: str, content_hash: str, encoding: str = "utf-8", *,
                  doc_id: str | None = None, where: str | None = None) -> Article:
    """An article unwrapped from an e-mail, a saved page, an RTF document, a JSON response, a feed item or a
    document: HTML bodies go through the HTML reader, text bodies through the furniture cleaner."""
    name = where or display_path(path)
    body = content.body.replace("\r\n", "\n").replace("\r", "\n")
    fields = {"title": content.title, "date_value": content.date, "date_source": fmt, "source": content.source,
              "url": content.url, "fallback_date": content.fallback_date, "site": content.site}
    if content.fragment:
        body = extract_fragment_text(body)
    elif content.is_html or (content.is_html is None and looks_like_html(body)):
        page = extract_html(body)
        body = page.text
        fields["title"] = fields["title"] or page.title
        fields["url"] = fields["url"] or page.url
        fields["site"] = fields["site"] or page.site
        if fields["date_value"] is None and page.date:
            fields["date_value"], fields["date_source"] = page.date, page.date_source
    else:
        body = strip_page_furniture(body)
    if not body.strip():
        raise InputError(name, f"no article text found in the {fmt} file", "check that the file holds an article")
    _check_length(body, name)
    return _make_article(doc_id=doc_id or display_path(path.name), path=path, text=body, fmt=fmt,
                         encoding=content.encoding or encoding, content_hash=content_hash, **fields)


def read_sources(paths: Iterable[Path | str]) -> tuple[list[Article], list[InputError]]:
    """Read every file under ``paths``; return the articles and the problems (skipped files, bad records)."""
    articles: list[Article] = []
    problems: list[InputError] = []
    for path in iter_source_files(paths, on_skip=problems.append):
        try:
            articles.extend(read_file(path, on_error=problems.append))
        except InputError as err:
            problems.append(err)
    return articles, problems
