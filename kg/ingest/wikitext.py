"""MediaWiki pages saved as wikitext (a Wikinews article's edit box, a wiki dump's page): the article's text.

mwparserfromhell parses the markup; links keep the text they show, inline link templates ({{w|魏宏}}) the name
they show, other templates (infoboxes, {{source|…}}, categories) are furniture and go; {{date|2013年8月21日}},
as Wikinews writes the day a story is published, gives the date.
"""

from __future__ import annotations

import re

from kg.ingest.containers import Wrapped

# templates that show one of their arguments in running text: {{w|Article}}, {{w|Article|shown}}, {{lang|zh|词}}
_INLINE_TEMPLATES = frozenset({"w", "wp", "wikipedia", "lang", "le", "link-en", "ill", "interlanguage link", "tsl",
                               "nowrap", "nobr", "zh", "ruby"})
_DATE_TEMPLATES = frozenset({"date", "日期"})
_FURNITURE_SECTIONS = frozenset({"相关新闻", "相關新聞", "消息来源", "消息來源", "来源", "參考資料", "参考资料", "参考文献",
                                 "外部链接", "外部連結", "参见", "參見", "Sources", "Related news", "See also",
                                 "External links", "References"})
_NO_TEXT_LINK_RE = re.compile(r"(?i)(?:category|分类|分類|file|image|文件|檔案|图像|media):|[a-z]{2,3}(?:-[a-z]+)?:[^/]")
# the markers only wikitext writes: [[link]], {{template}}, '''bold''', == heading ==
_MARKUP_RE = re.compile(r"\[\[[^\[\]\n]{1,200}\]\]|\{\{[^{}\n]{1,200}\}\}|'''[^'\n]{1,80}'''|^==+[^=\n]+==+\s*$", re.MULTILINE)


def looks_like_wikitext(text: str) -> bool:
    """Several wiki links or templates, and no HTML tags around the text (a saved page is the HTML reader's)."""
    head = text[:20000]
    return len(_MARKUP_RE.findall(head)) >= 4 and "<p>" not in head and "<div" not in head


def read_wikitext(text: str) -> Wrapped | None:
    """The article a wikitext page holds, with the date its {{date|…}} template gives."""
    import mwparserfromhell

    code = mwparserfromhell.parse(text)
    for section in code.get_sections(flat=True, include_lead=False):
        heading = section.filter_headings()[0].title.strip_code().strip() if section.filter_headings() else ""
        if heading in _FURNITURE_SECTIONS:  # 相关新闻, 消息来源: links to other pages, no part of the article
            code.remove(section)
    for link in code.filter_wikilinks():
        if _NO_TEXT_LINK_RE.match(str(link.title).strip()):  # a category, a file, an interlanguage link
            try:
                code.remove(link)
            except ValueError:
                continue
    date = None
    for template in code.filter_templates(recursive=True):
        name = str(template.name).strip().lower()
        positional = [str(param.value).strip() for param in template.params if not param.showkey]
        try:
            if name in _DATE_TEMPLATES and positional:
                date = date or positional[0]
                code.remove(template)
            elif name in _INLINE_TEMPLATES and positional:
                code.replace(template, positional[-1])
            else:
                code.remove(template)
        except ValueError:  # (inside a template already removed)
            continue
    body = code.strip_code(normalize=True, collapse=True)
    body = re.sub(r"^\s*(?:thumb|缩略图)\|.*$", "", body, flags=re.MULTILINE)  # (a file link's leftover caption options)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return Wrapped(body, date=date) if body else None
