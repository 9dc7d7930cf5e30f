"""A raw HTTP exchange saved as a file (``curl -v`` or ``curl -i`` output, a proxy's or a packet tool's dump): the
request lines (``> GET /page HTTP/1.1``), the status line and response headers, then the body.

The body is de-chunked (``Transfer-Encoding: chunked``: hex sizes before each chunk, which fall anywhere, inside
a word or a GBK character) and decompressed (gzip, deflate) as bytes, and only then decoded with the charset of
its Content-Type (a declaration that the detection of ``kg.ingest.encoding`` may overrule, as for HTML files).

Why not an HTTP parser such as h11: a capture is a text file, not a connection. Line ends are often converted
(CRLF to LF, so a chunk's byte count no longer fits), curl puts ``< `` and ``* `` before lines, and a capture may
hold several exchanges (a redirect, then the page); a strict parser refuses all of these. The de-chunking here
counts bytes, and where the count does not land on the next size line it looks for that line nearby.
"""

from __future__ import annotations

import re
import zlib
from email.message import Message

from kg.errors import InputError
from kg.ingest.containers import Wrapped
from kg.ingest.encoding import decode_bytes

__all__ = ["CAPTURE_FIX", "looks_like_http_capture", "read_http_capture"]

CAPTURE_FIX = "save the response body alone (curl -o page.html URL), or keep the whole capture with its status line"
_INFO_LINE_RE = re.compile(rb"^(?:\*|\{|\}|>|<\s*$)[^\n]*\n", re.MULTILINE)
_REQUEST_RE = re.compile(rb"\A(?:(?:\* |> ?)?[^\n]*\n)*?(?:> ?)?(?P<method>GET|POST|HEAD|PUT) (?P<target>\S+) HTTP/\d(?:\.\d)?\r?\n"
                         rb"(?P<headers>(?:(?:> ?)?[A-Za-z-]+:[^\n]*\n)*)")
_STATUS_RE = re.compile(rb"^(?:< ?)?HTTP/\d(?:\.\d)? (?P<status>\d{3})[^\n]*\n", re.MULTILINE)
_HEADER_RE = re.compile(rb"^(?:< ?)?(?P<name>[A-Za-z0-9-]+):[ \t]*(?P<value>[^\r\n]*)\r?\n", re.MULTILINE)
_CHUNK_SIZE_RE = re.compile(rb"([0-9A-Fa-f]{1,8})[ \t]*(?:;[^\r\n]*)?\r?\n")
# how far from where a chunk's byte count ends the next size line is looked for (converted line ends)
_RESYNC_BYTES = 64


def looks_like_http_capture(raw: bytes) -> bool:
    """An HTTP status line (``HTTP/1.1 200 OK``) opens the file, after at most a request and curl's info lines."""
    head = raw[:4096].replace(b"\r\n", b"\n")
    head = _INFO_LINE_RE.sub(b"", head) if head[:1] in (b">", b"*", b"<", b"{", b"}") else head
    request = _REQUEST_RE.match(head)
    if request is not None:
        head = head[request.end():].lstrip(b"\n")
    return _STATUS_RE.match(head) is not None


def _dechunk(data: bytes) -> bytes:
    """The body of a chunked message: the chunks' bytes joined, the size lines and trailers left out."""
    out, pos = bytearray(), 0
    while pos < len(data):
        while data[pos:pos + 1] in (b"\r", b"\n"):
            pos += 1
        size = _CHUNK_SIZE_RE.match(data, pos)
        if size is None:
            break  # (a capture cut short, or no chunk framing after all: the rest is the body's tail)
        length = int(size.group(1), 16)
        if length == 0:
            return bytes(out)
        start = size.end()
        end = start + length
        following = _CHUNK_SIZE_RE.match(data, end + (2 if data[end:end + 2] == b"\r\n" else 1 if data[end:end + 1] == b"\n" else 0))
        if following is None:  # the count is off (line ends converted in the chunk): find the next size line
            nearby = re.compile(rb"\r?\n([0-9A-Fa-f]{1,8})[ \t]*\r?\n")
            found = nearby.search(data, max(start, end - _RESYNC_BYTES), end + _RESYNC_BYTES)
            end = found.start() if found else min(end, len(data))
        out += data[start:end]
        pos = end
    out += data[pos:]
    return bytes(out)


def _split_exchanges(raw: bytes) -> list[tuple[Message, bytes]]:
    """Each response in the capture: its headers and its raw body bytes (up to the next status line)."""
    statuses = list(_STATUS_RE.finditer(raw))
    responses = []
    for number, status in enumerate(statuses):
        stop = statuses[number + 1].start() if number + 1 < len(statuses) else len(raw)
        headers, pos = Message(), status.end()
        while (header := _HEADER_RE.match(raw, pos)) is not None:
            headers[header["name"].decode("latin-1")] = header["value"].decode("latin-1").strip()
            pos = header.end()
        separator = re.match(rb"(?:< ?)?\r?\n", raw[pos:pos + 4])
        body = raw[pos + (separator.end() if separator else 0):stop]
        # (the request of the next exchange, printed by curl before its response)
        body = re.sub(rb"(?:\r?\n(?:[*>][^\n]*))+\r?\n?\Z", b"", body)
        responses.append((headers, body))
    return responses


def read_http_capture(raw: bytes, name: str) -> Wrapped:
    """The page an HTTP capture holds: the body of its last response with a body (a redirect before it is passed
    over), de-chunked, decompressed and decoded; the request's Host and target as the URL, the Date header as the
    time the page was fetched (the article's date only when it has none of its own).

    Raises ``InputError`` when the capture holds no response body.
    """
    # (line ends are kept: a chunk's size counts the CR bytes of the HTML inside it)
    responses = [(headers, body) for headers, body in _split_exchanges(raw) if body.strip()]
    if not responses:
        raise InputError(name, "HTTP capture without a response body", CAPTURE_FIX)
    headers, body = responses[-1]
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        body = _dechunk(body)
    coding = (headers.get("Content-Encoding") or "").strip().lower()
    if coding in ("gzip", "x-gzip", "deflate"):
        try:
            body = zlib.decompress(body, 47)  # 32 + 15: gzip or zlib header, detected
        except zlib.error:
            try:
                body = zlib.decompress(body, -15)  # (deflate as IIS sent it: no zlib header)
            except zlib.error:
                raise InputError(name, f"HTTP capture whose {coding} body cannot be decompressed",
                                 "capture the page again without compression (curl without --compressed)") from None
    charset = headers.get_param("charset", header="Content-Type")
    text, codec = decode_bytes(body, name, declared=str(charset).lower() if isinstance(charset, str) else None)
    request = _REQUEST_RE.match(raw.replace(b"\r\n", b"\n")[:8192])
    url = None
    if request is not None:
        host = re.search(rb"^(?:> ?)?Host:[ \t]*(\S+)", request["headers"], re.MULTILINE | re.IGNORECASE)
        target = request["target"].decode("latin-1")
        url = target if "://" in target else f"http://{host.group(1).decode('latin-1')}{target}" if host else None
    content_type = (headers.get("Content-Type") or "").lower()
    return Wrapped(text, url=url, fallback_date=headers.get("Date"), encoding=codec,
                   is_html=True if "html" in content_type else None)
