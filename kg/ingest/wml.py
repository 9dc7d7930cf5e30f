"""WAP pages (WML: ``<wml>`` with ``<card>`` elements), as news sites served them to phones around 2000-2012.

A WML file is one article: its cards, and the pages of a long article cut into ``第1/3页`` parts, are joined in
order. Each card is read through the HTML block reader (``kg.ingest.html.block_text``: ``<p>`` and ``<br/>`` make
lines, ``&nbsp;`` and the other HTML entities are known). Navigation is left out: a line made only of links
(``上一页``, ``返回首页 | 首页``), a pager line (``第1/3页``), the WML controls (``<do>``, ``<onevent>``, ``<timer>``,
forms); a line that repeats a line of an earlier page (the headline and the 来源 line printed on every page) is
dropped, and a paragraph that a page cut in the middle is joined again. The title is the first card's bold
headline, else its ``title`` attribute.

WML is XML, but WAP sites often wrote it loosely (``&`` in links, HTML entities the WML DTD lacks), so it is parsed
by the forgiving HTML parser of lxml rather than the XML one.
"""

from __future__ import annotations

import re

from kg.errors import InputError
from kg.ingest.containers import Wrapped
from kg.ingest.encoding import decode_bytes
from kg.ingest.html import block_text, split_page_title

__all__ = ["WML_FIX", "read_wml"]

WML_FIX = "check that the file is a WAP page (<wml> with <card> elements holding the article's text)"
_LINK_OPEN, _LINK_CLOSE = "\ue001", "\ue002"  # private-use marks around link text while the lines are read
_LINK_SPAN_RE = re.compile(f"{_LINK_OPEN}[^{_LINK_CLOSE}]*{_LINK_CLOSE}")
_CONTROLS = ("do", "onevent", "timer", "input", "select", "option", "optgroup", "fieldset", "postfield", "setvar",
             "refresh", "noop", "prev", "go", "img", "template", "access", "meta", "head")
# what is left of a navigation line once its links are gone: separators, page numbers, pager words
_PAGER_RE = re.compile(r"^(?:[\s|｜/\\\-—·•.:：<>«»‹›\[\]【】()（）]|第\s*\d+\s*[/／]\s*\d+\s*页|第\s*\d+\s*页|共\s*\d+\s*页"
                       r"|\d+\s*[/／]\s*\d+|上一?页|下一?页|首页|尾页|末页|全文|分页|返回\S{0,6}|\d+)*$")
_PAGE_BREAK_RE = re.compile(r"第\s*\d+\s*[/／]\s*\d+\s*页|下一?页|上一?页")
_DECLARED_RE = re.compile(rb"\A\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)")
_SENTENCE_END = "。！？!?…；;：:”’」』)）"
_HEADLINE_TAGS = ("b", "strong", "big")
MAX_HEADLINE_CHARS = 80


def _headline(card) -> str | None:
    """The card's first bold text outside a link, when it is headline-sized."""
    for el in card.iter(*_HEADLINE_TAGS):
        if any(anc.tag in ("a", "anchor") for anc in el.iterancestors()):
            continue
        text = " ".join(el.text_content().split())
        if 4 <= len(text) <= MAX_HEADLINE_CHARS:
            return text
    return None


def _card_lines(card) -> list[list[str]]:
    """A card's text as pages of lines: links marked, controls left out, navigation lines dropped; a pager line
    (第1/3页, 下一页) ends a page."""
    import lxml.html

    for el in list(card.iter(*_CONTROLS)):
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text
    for link in list(card.iter("a", "anchor")):
        text = " ".join(link.text_content().split())
        for child in list(link):
            link.remove(child)
        link.text = f"{_LINK_OPEN}{text}{_LINK_CLOSE}" if text else ""
        link.drop_tag()
    card.tag = "div"
    pages: list[list[str]] = [[]]
    for line in block_text(lxml.html.tostring(card, encoding="unicode")).split("\n"):
        unlinked = _LINK_SPAN_RE.sub("", line)
        if _PAGER_RE.match(unlinked):
            # a link list or a pager; one with a page number or 下一页 ends the page
            if _PAGE_BREAK_RE.search(line.replace(_LINK_OPEN, "").replace(_LINK_CLOSE, "")) and pages[-1]:
                pages.append([])
            continue
        pages[-1].append(line.replace(_LINK_OPEN, "").replace(_LINK_CLOSE, "").strip())
    return [page for page in pages if page]


def _join_pages(pages: list[list[str]]) -> list[str]:
    """The pages' lines in order, lines printed on an earlier page dropped, a paragraph cut by a page joined."""
    lines: list[str] = []
    seen: set[str] = set()
    for number, page in enumerate(pages):
        fresh = [line for line in page if line not in seen] if number else page
        seen.update(page)
        if not fresh:
            continue
        if lines and not lines[-1].endswith(tuple(_SENTENCE_END)):
            lines[-1] += fresh[0].lstrip("\u3000 ")  # the page was cut inside a sentence
            fresh = fresh[1:]
        lines.extend(fresh)
    return lines


def read_wml(raw: bytes, name: str) -> Wrapped:
    """A WAP page's article: the text of its cards joined (see the module), the headline as title."""
    import lxml.html
    from lxml.etree import ParserError

    declared = _DECLARED_RE.match(raw)
    text, codec = decode_bytes(raw, name, declared=declared.group(1).decode("ascii") if declared else None)
    markup = re.sub(r"\A\s*<\?xml[^>]*\?>", "", text)
    try:
        tree = lxml.html.document_fromstring(markup, parser=lxml.html.HTMLParser(huge_tree=True))
    except (ParserError, ValueError):
        raise InputError(name, "WAP page (WML) that cannot be parsed", WML_FIX) from None
    cards = list(tree.iter("card"))
    if not cards:
        raise InputError(name, "WAP page (WML) without a <card>", WML_FIX)
    card_title = next((card.get("title", "").strip() for card in cards if card.get("title", "").strip()), None)
    title = _headline(cards[0]) or (split_page_title(card_title)[0] if card_title else None)
    pages = [page for card in cards for page in _card_lines(card)]
    lines = _join_pages(pages)
    if title and lines and lines[0] == title:
        lines = lines[1:]  # (the reader puts the title in front of the text)
    return Wrapped("\n".join(lines), title=title, is_html=False, encoding=codec)
