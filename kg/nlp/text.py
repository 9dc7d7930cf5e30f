"""Sentences, paragraphs and character classes of normalized Chinese text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at 。！？!? ；; or a line break; closing quotes stay with it.
SENTENCE_RE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』]?|\n|$)")
CJK_RE = re.compile(r"[\u3400-\u9fff]")
PUNCT = set("，,。.、；;：:！!？?“”‘’「」『』《》()（）[]【】—-…·/ \t\n")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Segment]:
    """Split into sentences (half-open spans over ``text``), dropping empty ones."""
    out = []
    for match in SENTENCE_RE.finditer(text):
        start, end = match.span()
        if end > start and match.group().strip():
            out.append(Segment(start, end, match.group()))
    return out


def split_paragraphs(text: str) -> list[Segment]:
    """Split into non-empty lines (paragraphs)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append(Segment(pos, end, line))
        pos = end + 1
    return out


def is_cjk(char: str) -> bool:
    return bool(CJK_RE.match(char))
