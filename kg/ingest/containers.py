"""Articles that arrive wrapped in another format: an e-mail, a saved web page (MHTML), an RTF document, a JSON
API response.

Each reader returns the article's fields (body, title, date, source, url) for ``kg.ingest.reader`` to finish,
or None when the content is not what the format says (the caller then reads it as text). The parsing is done by
well-kept libraries: the standard ``email`` package (e-mail and MHTML, which is a MIME message too) and ``json``
package, and ``striprtf`` for RTF.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from kg.errors import InputError
from kg.ingest.encoding import decode_bytes, decode_hz_text
from kg.ingest.html import declared_charset, split_page_title

__all__ = ["Wrapped", "looks_like_email", "looks_like_json", "looks_like_message", "looks_like_mhtml",
           "looks_like_rtf", "pick_article", "read_email", "read_json", "read_mhtml", "read_rtf"]


@dataclass
class Wrapped:
    """What a wrapper gives: the body (text or HTML) and the metadata it carries."""

    body: str
    title: str | None = None
    date: object = None
    source: str | None = None
    url: str | None = None
    is_html: bool | None = None  # what the body is when the wrapper says so (None: sniffed from the body)
    fragment: bool = False  # the HTML is the article itself (a feed item's content), not a page around it
    encoding: str | None = None  # the codec the body was decoded with, when the wrapper declared or needed one
    fallback_date: object = None  # when the wrapper was made (a note clipped): the date only if the article has none
    site: str | None = None  # the site that published it, when the wrapper says (a CMS export's meta record)


# ---------------------------------------------------------------- e-mail (a newsletter saved as .eml), a news post

# mail headers, and the Usenet ones (RFC 1036) a news post saved as text opens with
_HEADER_NAMES = (rb"From|To|Cc|Subject|Date|MIME-Version|Received|Return-Path|Message-ID|Content-Type|"
                 rb"Content-Transfer-Encoding|Reply-To|Sender|In-Reply-To|References|Path|Newsgroups|Organization|"
                 rb"Lines|NNTP-Posting-Host|NNTP-Posting-Date|Xref|Approved|Followup-To|Summary|Keywords|X-[\w-]+")
_MAIL_HEADER_RE = re.compile(rb"\A(?:(?:" + _HEADER_NAMES + rb"):[^\n]*\n(?:[ \t][^\n]*\n)*){3,}", re.IGNORECASE)
_SUBJECT_RE = re.compile(rb"^subject:", re.IGNORECASE | re.MULTILINE)
# RFC 3676: a line "-- " starts the signature (a plain "--" too, as many news clients wrote it)
_SIGNATURE_RE = re.compile(r"\n--[ \t]?\n(?:[^\n]*\n){0,12}[^\n]*\Z")


def looks_like_email(raw: bytes) -> bool:
    """Three or more mail or news headers open the file (From:, Subject:, MIME-Version:, Path:, Newsgroups: …)."""
    return _MAIL_HEADER_RE.match(raw[:8192].replace(b"\r\n", b"\n")) is not None  # (the head only: no copy of the file)


def looks_like_message(raw: bytes) -> bool:
    """A message saved as text: a whole header block (three or more mail or news headers, a Subject among them)
    and a blank line before the body. Stricter than ``looks_like_email``, for files named .txt."""
    head = raw[:8192].replace(b"\r\n", b"\n")
    found = _MAIL_HEADER_RE.match(head)
    return found is not None and head[found.end() : found.end() + 1] == b"\n" and \
        _SUBJECT_RE.search(head, 0, found.end()) is not None


def _header_text(message, key: str, name: str) -> str | None:
    """A header's text: RFC 2047 words decoded by the email package; raw 8-bit bytes (a GBK Subject written
    without encoding) decoded like a file; HZ escapes (``~{9$R5~}``) decoded."""
    value = str(message[key] or "")
    if "\ufffd" in value:
        raw = next((v for k, v in message.raw_items() if k.lower() == key), None)
        if isinstance(raw, str):
            try:
                value = decode_bytes(raw.encode("ascii", "surrogateescape"), name)[0]
            except (InputError, UnicodeEncodeError):
                pass  # keep the email package's reading, with its replacement characters
    value = " ".join(decode_hz_text(value).split())
    return value or None


def _part_text(part, name: str) -> str:
    """A MIME part's text (see ``_decode_part``)."""
    return _decode_part(part, name)[0]


def _decode_part(part, name: str) -> tuple[str, str]:
    """A MIME part's text, decoded like a file: its charset parameter (or an HTML meta charset) is a declaration
    that UTF-8 and the Chinese detection may overrule, as for HTML files (pages saved without a charset parameter
    are common, and the email package would then decode them as ASCII)."""
    payload = part.get_payload(decode=True) or b""  # quoted-printable and base64 undone
    declared = part.get_content_charset() or (declared_charset(payload) if part.get_content_subtype() == "html" else None)
    try:
        return decode_bytes(payload, name, declared=declared)
    except InputError:  # an empty or undecodable part: read it as the UTF-8 text it mostly is
        return payload.decode("utf-8", errors="replace"), "utf-8"


def _header_date(message) -> datetime | None:
    """The Date header as a moment (the reader takes its date in Beijing time)."""
    if not message["date"]:
        return None
    try:
        moment = parsedate_to_datetime(str(message["date"]))
    except (TypeError, ValueError, IndexError):
        return None
    # "-0000" (RFC 5322: zone unknown) is what browsers write for the UTC time they save a page at
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


def read_email(raw: bytes, name: str = "<e-mail>") -> Wrapped | None:
    """The message's text (HTML part first, else plain; a plain part's ``-- `` signature left out), its subject as
    the title and its Date header. A news post (Path:, Newsgroups:) is read the same way; HZ text is decoded."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    if not isinstance(message, EmailMessage):
        return None
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        return None
    body, codec = _decode_part(part, name)
    if part.get_content_subtype() == "plain":
        body = _SIGNATURE_RE.sub("", body.replace("\r\n", "\n"))
    return Wrapped(body, title=_header_text(message, "subject", name), date=_header_date(message), source=None,
                   encoding=codec)


# ---------------------------------------------------------------- mbox (a mailing list's archive: many messages)

# Each message of an mbox opens with a "From " line (the sender and the time it arrived) at a line's start; a body
# line that begins with "From " is written ">From " (mboxrd). (The standard library's mailbox.mbox reads the same
# separator, but only from a path; the reader has the bytes.)
_MBOX_FROM_RE = re.compile(rb"^From \S+ +[^\n]*\d{4}\r?$", re.MULTILINE)


def looks_like_mbox(raw: bytes) -> bool:
    """The file opens with an mbox "From " line and a message's headers."""
    first = _MBOX_FROM_RE.match(raw[:1024])
    return first is not None and looks_like_email(raw[first.end() :].lstrip(b"\r\n"))


def read_mbox(raw: bytes, name: str = "<mbox>") -> list[Wrapped]:
    """Every message of an mbox with text, in order (each read like an .eml)."""
    starts = [match.start() for match in _MBOX_FROM_RE.finditer(raw)]
    out = []
    for start, end in zip(starts, [*starts[1:], len(raw)]):
        message = raw[start:end].split(b"\n", 1)[1] if b"\n" in raw[start:end] else b""
        message = re.sub(rb"^>(>*From )", rb"\1", message, flags=re.MULTILINE)  # (mboxrd's quoted From lines)
        content = read_email(message, name)
        if content is not None and content.body.strip():
            out.append(content)
    return out


# ---------------------------------------------------------------- MHTML (a web page saved by a browser: .mht, .mhtml)

_MIME_HEADER_LINE_RE = re.compile(rb"[A-Za-z0-9-]+:|[ \t]")
_RELATED_RE = re.compile(rb"^content-type:\s*multipart/related\b", re.IGNORECASE | re.MULTILINE)


def looks_like_mhtml(raw: bytes) -> bool:
    """The file opens with a MIME header block whose Content-Type is multipart/related (what browsers save)."""
    head = raw[:8192].replace(b"\r\n", b"\n").lstrip(b"\n")
    block = head.split(b"\n\n", 1)[0]
    lines = block.split(b"\n")
    return all(_MIME_HEADER_LINE_RE.match(line) for line in lines) and _RELATED_RE.search(block) is not None


def read_mhtml(raw: bytes, name: str = "<mhtml>") -> Wrapped | None:
    """The saved page's HTML part (quoted-printable or base64, any charset), the Subject header (the page title,
    RFC 2047 words decoded) as the title, the Date header, and the page address from Snapshot-Content-Location or
    Content-Location. None when the file has no HTML part."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    if not isinstance(message, EmailMessage):
        return None
    part = message.get_body(preferencelist=("html",))
    if part is None:
        part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        return None
    subject = str(message["subject"] or "").strip()
    url = next((str(h[key]).strip() for h, key in ((message, "snapshot-content-location"),
                                                   (message, "content-location"), (part, "content-location"))
                if h[key] and str(h[key]).strip()), None)
    return Wrapped(_part_text(part, name), title=split_page_title(subject)[0] if subject else None,
                   date=_header_date(message), url=url, is_html=True)


# ---------------------------------------------------------------- RTF (a document saved by a word processor)

_CODEPAGE_RE = re.compile(r"\\ansicpg(\d{3,5})")


def looks_like_rtf(raw: bytes) -> bool:
    """The file opens with ``{\\rtf1`` (after white space); only its head is looked at, for every file read."""
    return raw[:1024].lstrip()[:6] == b"{\\rtf1"


def read_rtf(raw: bytes) -> Wrapped | None:
    """The document's text; ``\\'b9\\'a4`` escapes decoded with the code page it declares (936: GBK)."""
    from striprtf.striprtf import rtf_to_text

    text = raw.decode("latin-1")  # RTF is 7-bit: every non-ASCII character is an escape
    codepage = _CODEPAGE_RE.search(text[:4096])
    encoding = f"cp{codepage.group(1)}" if codepage else "cp1252"
    try:
        body = rtf_to_text(text, encoding=encoding, errors="replace")
    except LookupError:  # a code page Python has no codec for
        body = rtf_to_text(text, encoding="cp1252", errors="replace")
    return Wrapped(body) if body.strip() else None


# ---------------------------------------------------------------- JSON (an app's or a site's API response)

# jQuery1830648213_1406000112345({...}); or a bare object: JSONP is JSON in a callback
_JSONP_RE = re.compile(r"\A\s*[A-Za-z_$][\w$.]*\s*\(\s*(?P<json>[\[{].*[\]}])\s*\)\s*;?\s*\Z", re.DOTALL)
_BODY_KEYS = ("content", "body", "text", "article", "articleBody", "article_body", "detail", "正文", "内容")
_TITLE_KEYS = ("title", "headline", "标题")
_DATE_KEYS = ("pubTime", "pubtime", "pubDate", "pubdate", "pub_date", "publishTime", "publish_time", "publishDate", "published",
              "date", "time", "ctime", "发布时间")
_SOURCE_KEYS = ("source", "media", "from", "来源")
_URL_KEYS = ("url", "link", "shareUrl", "share_url")
MIN_BODY_CHARS = 50


def looks_like_json(text: str) -> bool:
    """An object or an array first, or a JSONP callback around one (the caller then tries to parse it)."""
    head = text.lstrip()[:200]
    return head[:1] in ("{", "[") or re.match(r"[A-Za-z_$][\w$.]*\s*\(\s*[\[{]", head) is not None


def _load(text: str):
    match = _JSONP_RE.match(text)
    try:
        return json.loads(match.group("json") if match else text)
    except json.JSONDecodeError:
        return None


def _objects(value) -> list[dict]:
    """Every JSON object in ``value``, outermost first."""
    out, stack = [], [value]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            out.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return out


def _field(obj: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = _extended_json_value(obj.get(key))
        if isinstance(value, (str, int)) and str(value).strip():
            return str(value).strip()
    return None


# MongoDB Extended JSON (mongoexport): {"$date": "1991-10-16T16:00:00Z"}, {"$date": {"$numberLong": "…"}},
# {"$numberInt": "1"}: a typed value wrapped in a one-key object
_EXTENDED_JSON_KEYS = ("$date", "$numberLong", "$numberInt", "$numberDouble", "$oid")


def _extended_json_value(value):
    """``value`` with MongoDB Extended JSON's type wrapper taken off (a $date in milliseconds as ISO 8601 UTC)."""
    while isinstance(value, dict) and len(value) == 1 and next(iter(value)) in _EXTENDED_JSON_KEYS:
        key, value = next(iter(value.items()))
        if key == "$date" and isinstance(value, (int, dict)):  # milliseconds since 1970 (UTC)
            millis = str(_extended_json_value(value))
            value = datetime.fromtimestamp(int(millis) / 1000, tz=timezone.utc).isoformat() if millis.lstrip("-").isdigit() else None
    return value


def read_json_lines(text: str) -> list[Wrapped] | None:
    """The articles of a ``.json`` file that holds one JSON object per line (mongoexport, a log of API
    responses): one per line that holds an article, in order; None when the text is no such file."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or not all(line.lstrip().startswith("{") for line in lines):
        return None
    items = []
    for line in lines:
        try:
            json.loads(line)
        except json.JSONDecodeError:
            return None
        item = read_json(line)
        if item is not None:
            items.append(item)
    return items or None


def read_json(text: str) -> Wrapped | None:
    """The article an API response holds: the object with the longest body field (content, body, text …), and
    that object's title, date, source and url."""
    data = _load(text)
    return None if data is None else pick_article(data)


def pick_article(data: object) -> Wrapped | None:
    """The article in parsed data (a JSON response, a PHP cache's array): the object with the longest body field
    (content, body, text …), and that object's title, date, source and url; None when no object has one."""
    best: tuple[int, dict, str] | None = None
    for obj in _objects(data):
        body = _field(obj, _BODY_KEYS)
        if body and len(body) >= MIN_BODY_CHARS and (best is None or len(body) > best[0]):
            best = (len(body), obj, body)
    if best is None:
        return None
    _, obj, body = best
    return Wrapped(body, title=_field(obj, _TITLE_KEYS), date=_field(obj, _DATE_KEYS), source=_field(obj, _SOURCE_KEYS),
                   url=_field(obj, _URL_KEYS))
