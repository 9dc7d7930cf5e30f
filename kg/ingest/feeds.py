"""RSS and Atom feeds: one article per item or entry.

Parsed by feedparser (offline: it is given the file's bytes, never a URL), which reads RSS 0.9x/1.0/2.0 and Atom,
finds the encoding the feed declares, tolerates the malformed feeds sites publish, and unescapes and sanitizes the
HTML of descriptions and content.
"""

from __future__ import annotations

from kg.ingest.containers import Wrapped

__all__ = ["read_feed"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _body(entry) -> tuple[str, bool]:
    """The longest of the entry's content and description, and whether it is HTML."""
    candidates = [*entry.get("content", []), entry.get("summary_detail")]
    best = max((c for c in candidates if c and (c.get("value") or "").strip()), key=lambda c: len(c["value"]),
               default=None)
    if best is None:
        return "", False
    return best["value"], best.get("type", "text/html") in _HTML_TYPES


def read_feed(raw: bytes) -> tuple[str | None, list[Wrapped]]:
    """The feed's title and its items as ``Wrapped`` (body, title, link, pubDate or updated as written)."""
    import feedparser

    parsed = feedparser.parse(raw, sanitize_html=True, resolve_relative_uris=False)
    items = []
    for entry in parsed.entries:
        body, is_html = _body(entry)
        if is_html:
            body = f"<html><body>{body}</body></html>"  # a fragment ("text<br/>text") is read as HTML too
        date = entry.get("published") or entry.get("updated") or entry.get("created")
        source = (entry.get("source") or {}).get("title") or None
        items.append(Wrapped(body, title=(entry.get("title") or "").strip() or None, date=date, source=source,
                             url=entry.get("link") or None, is_html=is_html, fragment=is_html))
    return (parsed.feed.get("title") or None), items
