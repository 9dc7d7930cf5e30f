"""HTML -> main text and page metadata.

trafilatura finds the article body and drops navigation, footers and link
lists; when it finds nothing (a very short page, a bare fragment) the text of
the page minus scripts, styles and navigation elements is used instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.text import strip_page_furniture

# meta name/property (lower case) -> field, most trusted first within a field
_META_TITLE = ("og:title", "articletitle", "twitter:title", "title")
_META_DATE = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "publishdate",
    "pubdate",
    "publish_date",
    "publish-date",
    "publishtime",
    "firstpublishedtime",
    "datepublished",
    "dc.date.issued",
    "dc.date",
    "date",
)
_META_SOURCE = ("source", "contentsource", "og:site_name")
_META_URL = ("og:url",)
_TITLE_SEPARATORS_RE = re.compile(r"\s*(?:[_|｜－]|\s-\s)\s*")
_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_-]+)", re.IGNORECASE)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
_HTML_SNIFF_RE = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|article|section|br|span|table|h[1-6])\b", re.IGNORECASE
)
_BLOCK_TAGS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "pre")
_DROP_XPATH = (
    "//script|//style|//noscript|//nav|//header|//footer|//aside|//form|//iframe|//select|//button|//comment()"
)


@dataclass
class HtmlPage:
    """What an HTML page yields: its main text and its metadata fields."""

    text: str
    title: str | None = None
    date: str | None = None  # as written in the meta tag; parsed by the caller
    source: str | None = None
    url: str | None = None


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in a meta tag, if any."""
    m = _CHARSET_RE.search(raw[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts with markup and has HTML tags near the start (files without .html)."""
    head = text.lstrip()[:2000]
    return head.startswith("<") and _HTML_SNIFF_RE.search(head) is not None


def _parse(markup: str):
    import lxml.html
    from lxml.etree import ParserError

    try:
        return lxml.html.document_fromstring(_XML_DECL_RE.sub("", markup))
    except (ParserError, ValueError):
        return None


def _read_meta(tree) -> HtmlPage:
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in values:
            values[key] = content
    page = HtmlPage(text="")
    page.title = next((values[k] for k in _META_TITLE if k in values), None)
    if page.title is None:
        title_el = tree.find(".//title")
        if title_el is not None and title_el.text_content().strip():
            # "Headline_Site_Portal": keep the headline
            page.title = _TITLE_SEPARATORS_RE.split(title_el.text_content().strip())[0] or None
    page.date = next((values[k] for k in _META_DATE if k in values), None)
    page.source = next((values[k] for k in _META_SOURCE if k in values), None)
    page.url = next((values[k] for k in _META_URL if k in values), None)
    if page.url is None:
        canonical = tree.find(".//link[@rel='canonical']")
        if canonical is not None and canonical.get("href"):
            page.url = canonical.get("href")
    return page


def _fallback_text(markup: str) -> str:
    """Text of the page without scripts, styles, navigation, forms; one line per block."""
    tree = _parse(markup)
    if tree is None:
        return ""
    for el in tree.xpath(_DROP_XPATH):
        el.drop_tree()  # keeps the element's tail text
    for el in tree.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    lines = (line.strip() for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def extract_html(markup: str) -> HtmlPage:
    """Main text (paragraphs on their own lines) and metadata of an HTML page."""
    import trafilatura

    tree = _parse(markup)
    if tree is None:
        return HtmlPage(text="")
    page = _read_meta(tree)
    text = trafilatura.extract(
        tree,
        favor_recall=True,
        include_comments=False,
        # tables are mostly navigation and footers; paragraphs inside layout
        # tables are still found, and a body of bare table cells falls back below
        include_tables=False,
        include_links=False,
        include_images=False,
        deduplicate=False,
    )
    if not text or not text.strip():
        text = _fallback_text(markup)
    page.text = strip_page_furniture(text.strip())
    return page
