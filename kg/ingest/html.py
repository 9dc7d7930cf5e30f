"""HTML -> main text and page metadata.

trafilatura finds the article body and drops navigation, footers and link
lists; when it finds nothing (a very short page, a bare fragment) the text of
the page minus scripts, styles and navigation elements is used instead. A page
nested deeper than libxml2 can hold (2,048 levels) is read by a streaming
tokenizer instead, so its text is not lost.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from kg.ingest.text import PUBLISHED_STAMP_RE, strip_page_furniture

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
# (-- as e-paper systems write it: 标题--人民邮电报数字报刊; not between years, 2021--2025年)
_TITLE_SEPARATORS_RE = re.compile(r"\s*(?:[_|｜－]|\s-\s|(?<!\d)-{2,}(?!\d))\s*")
# An e-paper's issue line: the date with its weekday and page number (a bare date with a weekday is often
# today's date in a site's top bar)
_ISSUE_LINE_RE = re.compile(r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*星期[一二三四五六日天]\s*第\s*[A-Za-z]?\d{1,3}\s*版")
_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_-]+)", re.IGNORECASE)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
_HTML_SNIFF_RE = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|article|section|br|span|table|h[1-6])\b", re.IGNORECASE
)
_BLOCK_TAGS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "pre")
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "select", "button")
_DROP_XPATH = "|".join(f"//{tag}" for tag in _DROP_TAGS) + "|//comment()"
# Characters libxml2 refuses in a string (NUL, C0 controls) or cannot encode (lone surrogates).
_UNPARSABLE_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


@dataclass
class HtmlPage:
    """What an HTML page yields: its main text and its metadata fields."""

    text: str
    title: str | None = None
    date: str | None = None  # as written in the meta tag or the page's stamp; parsed by the caller
    date_source: str = "html-meta"  # or "published-time": a 发布时间 stamp outside the main text
    source: str | None = None
    url: str | None = None
    site: str | None = None  # og:site_name, or the last part of "Headline_Section_Site"


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in a meta tag, if any."""
    m = _CHARSET_RE.search(raw[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts with markup and has HTML tags near the start (files without .html)."""
    head = text.lstrip()[:2000]
    return head.startswith("<") and _HTML_SNIFF_RE.search(head) is not None


def _parse(markup: str):
    """The lxml tree of ``markup``: (tree or None, complete).

    ``complete`` is False when libxml2 hit a resource limit (nesting deeper
    than 2,048 levels even with ``huge_tree``) and silently dropped what lay
    below it.
    """
    import lxml.html
    from lxml.etree import ParserError

    parser = lxml.html.HTMLParser(huge_tree=True)  # 2,048 levels instead of 256, text nodes over 10 MB
    markup = _UNPARSABLE_RE.sub(lambda m: "" if m.group() < "\ud800" else "\ufffd", _XML_DECL_RE.sub("", markup))
    try:
        tree = lxml.html.document_fromstring(markup, parser=parser)
    except (ParserError, ValueError):
        return None, True
    complete = not any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log)
    return tree, complete


class _TextCollector(HTMLParser):
    """The text of a page read as a stream of tags (no tree, so no nesting limit).

    Written here because libxml2, the only tree builder at hand, drops content
    nested too deeply; the standard library's tokenizer has no such limit.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropped = 0  # depth inside script, style, nav ... elements

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _DROP_TAGS or tag in ("rt", "rp"):
            self.dropped += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_TAGS or tag in ("rt", "rp"):
            self.dropped = max(0, self.dropped - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.dropped:
            self.parts.append(data)


# Paragraph markup pasted into a plain-text file (a page's body copied with its <p> tags)
_EMBEDDED_BLOCK_RE = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|td|section|article)\b[^<>]{0,300}>", re.I)


def flatten_embedded_markup(text: str) -> str:
    """Plain text holding paragraph tags (``<p id=…>…</p> <p>…``, three or more): one line per block, tags
    and character references gone, every text kept (a plain file has no page furniture to choose from)."""
    if "<" not in text or len(_EMBEDDED_BLOCK_RE.findall(text[:200_000])) < 3:
        return text
    return _stream_text(text)


def _stream_text(markup: str) -> str:
    """Text of the page without scripts, styles, navigation, forms; one line per block (no nesting limit)."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    lines = (line.strip() for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def split_page_title(title: str) -> tuple[str | None, str | None]:
    """A page title "Headline_Section_Site" as (headline, site); the site is None for a title without parts."""
    parts = _TITLE_SEPARATORS_RE.split(title.strip())
    headline = parts[0] if parts and parts[0] else None
    return headline, (parts[-1] if len(parts) > 1 and parts[-1] else None)


def _read_meta(tree) -> HtmlPage:
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in values:
            values[key] = content
    page = HtmlPage(text="")
    page.title = next((values[k] for k in _META_TITLE if k in values), None)
    title_el = tree.find(".//title")
    headline, site = split_page_title(title_el.text_content()) if title_el is not None else (None, None)
    page.title = page.title or headline  # "Headline_Site_Portal": keep the headline
    page.site = values.get("og:site_name") or site
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
    tree, complete = _parse(markup)
    if tree is None:
        return ""
    if not complete:
        return _stream_text(markup)
    _drop_hidden(tree)
    _drop_ruby_readings(tree)
    for el in tree.xpath(_DROP_XPATH):
        if el.getparent() is not None:  # a comment before <html> has no parent and is not text anyway
            el.drop_tree()  # keeps the element's tail text
    for el in tree.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    lines = (line.strip() for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


# Anti-copy "jammer" text: forums (Discuz! <font class="jammer">) and some news sites put random characters inside
# sentences in elements the reader never sees, hidden by CSS. A reader that ignores CSS gets them inside names.
_HIDING_STYLE_RE = re.compile(
    r"(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0*\.?0*(?:px|pt|em|rem|%)?\s*(?:[;!]|$))",
    re.IGNORECASE,
)
_JAMMER_CLASSES = frozenset({"jammer"})  # Discuz!, whose stylesheet hiding it is often not saved with the page
_CSS_RULE_RE = re.compile(r"([^{}@]+)\{([^{}]*)\}")
_CSS_MEDIA_RE = re.compile(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", re.IGNORECASE)
_CLASS_SELECTOR_RE = re.compile(r"^\s*[a-z0-9]*\.([\w-]+)\s*$", re.IGNORECASE)
# Inline elements hidden are dropped whatever their length; a hidden block only when short, since pages also hide
# whole sections that a script shows later (tabs, "read more"), and the article may be one of them
_INLINE_TAGS = frozenset({"font", "span", "i", "em", "b", "strong", "small", "u", "s", "sub", "sup", "a", "label", "ins"})
_HIDDEN_BLOCK_MAX = 200


def _hidden_classes(tree) -> set[str]:
    """Classes the page's own style sheets hide with a plain rule (``.jammer{display:none}``), outside @media."""
    classes = set(_JAMMER_CLASSES)
    for style in tree.iter("style"):
        css = _CSS_MEDIA_RE.sub("", style.text or "")
        for selectors, declarations in _CSS_RULE_RE.findall(css):
            if _HIDING_STYLE_RE.search(declarations):
                classes.update(m.group(1).lower() for part in selectors.split(",")
                               if (m := _CLASS_SELECTOR_RE.match(part)))
    return classes


def _drop_hidden(tree) -> None:
    """Remove text the page hides from its reader: anti-copy jammer elements and elements hidden by inline style
    (display:none, visibility:hidden, font-size:0) or by a plain class rule of the page's style sheet."""
    classes = _hidden_classes(tree)
    hidden = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "head"):
            continue
        style = el.get("style")
        names = (el.get("class") or "").lower().split()
        if el.get("hidden") is not None or (style and _HIDING_STYLE_RE.search(style)) \
                or any(name in classes for name in names):
            hidden.append(el)
    for el in hidden:
        if el.getparent() is None:
            continue  # inside an element already dropped
        if el.tag in _INLINE_TAGS or len(el.text_content().strip()) <= _HIDDEN_BLOCK_MAX:
            el.drop_tree()  # keeps the tail text, the sentence the jammer sat in


# The opening post of a forum thread (Discuz! td#postmessage_884201, vBulletin div#post_message_12, phpwind
# div.tpc_content): reposted news sits there, and the replies, user panels and menus around it are no article
_FORUM_POST_XPATH = ("//*[starts-with(@id,'postmessage_') or starts-with(@id,'post_message_')"
                     " or contains(concat(' ',normalize-space(@class),' '),' tpc_content ')]")
_FORUM_STAMP_XPATH = ".//*[contains(concat(' ',normalize-space(@class),' '),' pstatus ')]"  # 本帖最后由 … 编辑
_FORUM_POST_MIN = 100  # characters; a shorter first post (a link, a picture) leaves the page to the main-text search
_BREAK = "\ue000"  # a private-use character marks the breaks while the text is read
_INDENT = "\u3000\u00a0"  # a paragraph's indent in a post: ideographic or no-break spaces (markup spaces collapse)
_SENTENCE_END_CHARS = "。！？!?…；;：:”’」』)）"


def _forum_post_text(tree) -> str | None:
    """The text of a thread's opening post, one line per paragraph, or None when the page is no forum thread.

    Posts copied from a newspaper are hard-wrapped with ``<br>`` (26 characters a line, words and names cut). Where
    the post marks its paragraphs with an indent (``　　``), a break after a line that ends no sentence, before a
    line without an indent, is inside a sentence and is joined; breaks before an indent, after 。！？：” and at
    blank lines stay. A post without indents keeps its breaks (normalize joins the clear cases).
    """
    posts = tree.xpath(_FORUM_POST_XPATH)
    if not posts:
        return None
    post = copy.deepcopy(posts[0])  # (the page is searched for its main text when this is no post)
    for stamp in post.xpath(_FORUM_STAMP_XPATH):
        stamp.drop_tree()
    for el in post.iter(*_BLOCK_TAGS):
        if el.tag != "br":
            el.text = _BREAK + (el.text or "")
        el.tail = _BREAK + (el.tail or "")
    # newlines of the markup are white space, not breaks; only <br> and blocks break lines
    text = re.sub(r"[ \t\r\n]*\n[ \t\r\n]*", "", post.text_content()).replace(_BREAK, "\n")
    lines = [line.rstrip(" \t") for line in text.split("\n")]
    if len("".join(lines).strip()) < _FORUM_POST_MIN:
        return None
    indented = sum(1 for line in lines if line.startswith(tuple(_INDENT)))
    out: list[str] = []
    for line in lines:
        if not line.strip():
            out.append("")
            continue
        previous = out[-1] if out else ""
        if indented >= 2 and previous.strip() and not line.startswith(tuple(_INDENT)) \
                and not previous.rstrip().endswith(tuple(_SENTENCE_END_CHARS)):
            out[-1] = previous + line.strip(" ")
        else:
            out.append(line)
    return "\n".join(line.strip(" " + _INDENT) for line in out if line.strip(" " + _INDENT))


def _drop_ruby_readings(tree) -> None:
    """Remove the readings of ``<ruby>`` annotations (``<rt>``, ``<rp>``), so 工<rt>gōng</rt>业 reads 工业.

    A pinyin-annotated page marked up as ruby would otherwise give one line per
    character and its reading; the readings are a gloss, the base text is the text.
    """
    for el in tree.xpath("//rt|//rp"):
        el.drop_tree()  # keeps the element's tail text
    for ruby in list(tree.iter("ruby")):
        ruby.drop_tag()  # the base text joins its neighbours (trafilatura would start a line at an unknown tag)


def block_text(markup: str) -> str:
    """Every text of HTML markup, one line per block (``p``, ``div``, ``br``, ``li`` …), scripts, styles, navigation
    and hidden text left out; no main-text search and no furniture removal (the caller decides what is furniture)."""
    return _fallback_text(markup)


def extract_fragment_text(markup: str) -> str:
    """The text of an HTML fragment that is the article itself (a feed item's content): every block kept, one
    line each, editor lines dropped. The main-text search of whole pages is not run: it has no page furniture to
    remove here, may drop a short paragraph, and costs about 5 ms a fragment."""
    return strip_page_furniture(_fallback_text(markup))


def _page_stamp(tree) -> str | None:
    """The page's own publication stamp (发布时间：2008-09-24 20:31), which pages print in an info bar that the
    main-text search leaves out; only the labelled forms (发布时间, 更新时间 …), never a bare date of a link list;
    else an e-paper's issue line (1995年1月12日 星期四 第1版：要闻)."""
    body = tree.find("body")
    if body is None:
        return None
    text = body.text_content()[:50_000]
    m = PUBLISHED_STAMP_RE.search(text) or _ISSUE_LINE_RE.search(text)
    return m["date"] if m else None


def extract_html(markup: str) -> HtmlPage:
    """Main text (paragraphs on their own lines) and metadata of an HTML page."""
    import trafilatura

    tree, complete = _parse(markup)
    if tree is None:
        return HtmlPage(text="")
    page = _read_meta(tree)
    if not complete:
        page.text = strip_page_furniture(_stream_text(markup))
        return page
    _drop_hidden(tree)
    _drop_ruby_readings(tree)
    post = _forum_post_text(tree)
    if post is not None:
        page.text = strip_page_furniture(post)
        return page
    if page.date is None:
        page.date = _page_stamp(tree)
        if page.date is not None:
            page.date_source = "published-time"
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
