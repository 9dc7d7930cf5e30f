"""LaTeX sources (``.tex``; CJK, xeCJK or ctex documents) -> running text.

pylatexenc parses the body (what follows ``\\begin{document}``; the preamble is no text) and turns it into text:
comments (``%``) go, ````…''`` quotes become “…”, ``---`` a dash, accents their characters. Told here: which
commands carry no text of the article (notes, index entries, labels, references: ``\\footnote{…}`` and
``\\index{…}`` sit inside sentences), and that ``\\chapter``/``\\section`` titles are lines of their own (the first
is the article's title unless ``\\title`` gives one). Source lines hard-wrapped inside a paragraph are joined:
nothing between two CJK characters, a space between Latin words.
"""

from __future__ import annotations

import re

from kg.errors import InputError
from kg.ingest.containers import Wrapped

__all__ = ["LATEX_FIX", "looks_like_latex", "read_latex"]

LATEX_FIX = "check that the file is a LaTeX document (\\documentclass … \\begin{document} … \\end{document})"
_LATEX_SNIFF_RE = re.compile(r"^\s*\\(?:documentclass|begin\{document\}|chapter\*?\{|section\*?\{)", re.MULTILINE)
# commands whose argument is no text of the article: (name, pylatexenc argument spec)
_DROPPED = (("footnote", "[{"), ("footnotetext", "[{"), ("endnote", "[{"), ("index", "{"), ("label", "{"),
            ("ref", "{"), ("pageref", "{"), ("cite", "[{"), ("marginpar", "{"), ("thanks", "{"), ("glossary", "{"),
            ("setcounter", "{{"), ("addtocounter", "{{"), ("includegraphics", "[{"), ("vspace", "*{"),
            ("hspace", "*{"), ("CJKfamily", "{"), ("pagestyle", "{"), ("thispagestyle", "{"))
_HEADINGS = ("part", "chapter", "section", "subsection", "subsubsection", "paragraph")
# environments whose opening arguments are settings ({GBK}{song}), not text
_SETTING_ENVIRONMENTS = (("CJK", "{{"), ("CJK*", "{{"))
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d\u2014\u2026"
_WRAP_RE = re.compile(f"(?<=[{_CJK}])[ \\t]*\\n[ \\t]*|[ \\t]*\\n[ \\t]*(?=[{_CJK}])")
_TITLE_RE = re.compile(r"\\title\s*(?:\[[^\]]*\])?\s*\{")


def looks_like_latex(text: str) -> bool:
    """A ``\\documentclass``, ``\\begin{document}`` or ``\\chapter{`` line near the start."""
    return _LATEX_SNIFF_RE.search(text[:8192]) is not None


def _contexts():
    from pylatexenc import latex2text, latexwalker, macrospec

    walker = latexwalker.get_default_latex_context_db()
    walker.add_context_category(
        "kg-article", prepend=True,
        macros=[macrospec.MacroSpec(name, spec) for name, spec in _DROPPED]
        + [macrospec.MacroSpec(name, "*[{") for name in _HEADINGS] + [macrospec.MacroSpec("title", "[{")],
        environments=[macrospec.EnvironmentSpec(name, spec) for name, spec in _SETTING_ENVIRONMENTS])
    text = latex2text.get_default_latex_context_db()
    text.add_context_category(
        "kg-article", prepend=True,
        macros=[latex2text.MacroTextSpec(name, "") for name, _spec in _DROPPED]
        # (%(3)s: the third argument, the title; the first two are the star and the short title)
        + [latex2text.MacroTextSpec(name, "\n\n%(3)s\n\n") for name in _HEADINGS]
        + [latex2text.MacroTextSpec("title", ""), latex2text.MacroTextSpec("maketitle", "")],
        environments=[latex2text.EnvironmentTextSpec(name, discard=False) for name, _spec in _SETTING_ENVIRONMENTS])
    return walker, text


def _to_text(source: str) -> str:
    from pylatexenc import latex2text, latexwalker

    walker_db, text_db = _contexts()
    walker = latexwalker.LatexWalker(source, latex_context=walker_db, tolerant_parsing=True)
    nodes, _pos, _length = walker.get_latex_nodes()
    return latex2text.LatexNodes2Text(latex_context=text_db, math_mode="verbatim").nodelist_to_text(nodes)


def _title(preamble_and_body: str) -> str | None:
    """The ``\\title{…}`` argument as text (braces balanced), if the document has one."""
    found = _TITLE_RE.search(preamble_and_body)
    if found is None:
        return None
    depth, pos = 1, found.end()
    while pos < len(preamble_and_body) and depth:
        depth += {"{": 1, "}": -1}.get(preamble_and_body[pos], 0)
        pos += 1
    title = " ".join(_to_text(preamble_and_body[found.end():pos - 1]).split())
    return title or None


def read_latex(text: str, name: str) -> Wrapped:
    """The article text of a LaTeX document (see the module docstring), paragraphs on their own lines.

    Raises ``InputError`` when the document has no text.
    """
    begin = text.find("\\begin{document}")
    end = text.find("\\end{document}")
    body = text[begin + len("\\begin{document}") if begin >= 0 else 0 : end if end > begin else len(text)]
    paragraphs = []
    for paragraph in re.split(r"\n[ \t]*\n", _to_text(body)):
        joined = _WRAP_RE.sub("", paragraph.strip())
        joined = re.sub(r"[ \t]*\n[ \t]*", " ", joined)
        if joined.strip():
            paragraphs.append(joined.strip())
    if not paragraphs:
        raise InputError(name, "LaTeX document without text", LATEX_FIX)
    return Wrapped("\n".join(paragraphs), title=_title(text[:end] if end > 0 else text), is_html=False)
