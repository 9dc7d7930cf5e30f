"""SubRip (.srt) and WebVTT (.vtt) subtitles -> running text, one paragraph per speaker turn or sentence.

webvtt-py parses the cues (both formats; cue tags removed, the WebVTT voice ``<v 苗圩>`` kept). What it cannot
know is how the cues make sentences, which is done here:

- Chinese subtitles drop ，。、；： and put a space where a mark falls inside a line (``女士们 先生们 上午好``):
  such a space between two characters becomes ``，``, so that clauses and list items stay apart downstream.
- A file hard-wrapped to a fixed width cuts words and names across cues (``新闻发布|会``,
  ``工业和信|息化部``): a line that fills the width is joined to the next without a separator. A shorter line
  ended where the speaker paused, i.e. at a dropped mark, and is joined with ``，`` (between two characters).
  Files that keep their punctuation get no invented marks.
- A speaker tag (``【郭卫民】``, ``郭卫民：``, a WebVTT voice, a dialogue dash) opens a paragraph, and so does
  the line after a sentence end (。！？). A lower-third caption naming the next speaker
  (``工业和信息化部部长 苗圩`` before ``【苗圩】``) and a line that is only a date (a title card) are
  paragraphs of their own.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass

from kg.errors import InputError

__all__ = ["looks_like_subtitles", "note_date", "read_subtitles"]

SUBTITLE_FIX = "check that it is a SubRip (.srt) or WebVTT (.vtt) file: numbered cues with 00:00:01,000 --> timings"

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# a space between these stands for a dropped mark: a character or a closing mark before, a character or an
# opening mark after (很好 “十一五”期间, 长规划》 提出了); 降低 21% or iPhone 5 are left alone
_LEFT = f"{_CJK}”’》〉）」』"
_RIGHT = f"{_CJK}“‘《〈（「『"
_INNER_SPACE_RE = re.compile(f"(?<=[{_LEFT}])[ \u3000]+(?=[{_RIGHT}])")
_SPEAKER_RE = re.compile(r"^(?:【(?P<a>[^】\n]{1,20})】|[\[［](?P<b>[^\]］\n]{1,20})[\]］]"
                         r"|(?P<c>(?!\d)[^\s，。：:【】\[\]“”《》]{2,12})[：:])")
_DASH_RE = re.compile(r"^[-–—－]\s*")  # - 你好: a dialogue line of a second speaker
_OVERRIDE_RE = re.compile(r"\{\\[^{}]*\}")  # {\an8}: ASS positioning codes some SRT files carry
_SENTENCE_END = "。！？!?…"
_CLAUSE_MARKS_RE = re.compile(r"[，。、；,;]")  # (？ and ！ are kept by subtitles that drop the others)
_DATE_ONLY_RE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?|"
                           r"\d{4}-\d{1,2}-\d{1,2}")
_CAPTION_RE = re.compile(f"^(?P<title>[^ ]{{2,40}}) (?P<name>[{_CJK}]{{2,4}})$")
# a news programme's captions run into the next item's first cue (下一則新聞：統計處今日公布…): the rest is not this item
_NEXT_ITEM_RE = re.compile(r"\n(?:下一[则則条條项項](?:新[闻聞]|消息)?|下一[节節])[：:].*\Z", re.DOTALL)
_NOTE_RE = re.compile(r"^NOTE\b(.*?)(?:\n[ \t]*\n|\Z)", re.DOTALL | re.MULTILINE)
_NOTE_DATE_RE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}")
# a file is hard-wrapped when many lines reach the same greatest length: at least this share of the lines
_WRAPPED_SHARE = 0.1


@dataclass
class _Line:
    text: str  # without its speaker tag
    speaker: str | None = None  # the name a turn opens with, when it opens one
    turn: bool = False  # opens a speaker turn (a tag, a voice change, a dash)
    alone: bool = False  # a paragraph of its own (a date line, a caption)
    tag: str = ""  # the tag as written, kept in the text (【郭卫民】, 郭卫民：)
    colon_tag: bool = False  # the tag is a name and a colon (郭卫民：), which a wrapped line can also open with


def looks_like_subtitles(text: str) -> str | None:
    """``"vtt"`` or ``"srt"`` when ``text`` opens like a WebVTT or SubRip file, else None."""
    head = text.lstrip("\ufeff \n")[:200]
    if head.startswith("WEBVTT"):
        return "vtt"
    if re.match(r"\d+[ \t]*\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->", head):
        return "srt"
    return None


def _cue_lines(text: str) -> list[str]:
    text = _OVERRIDE_RE.sub("", html.unescape(text))
    return [line.strip() for line in text.split("\n") if line.strip()]


def _lines(captions) -> list[_Line]:
    lines: list[_Line] = []
    last_voice = None
    for caption in captions:
        voice = (getattr(caption, "voice", None) or "").strip() or None
        for i, raw in enumerate(_cue_lines(caption.text)):
            line = _Line(raw)
            tag = _SPEAKER_RE.match(raw)
            if tag:
                line.speaker = tag["a"] or tag["b"] or tag["c"]
                line.colon_tag = tag["c"] is not None
                line.tag, line.text, line.turn = tag.group(), raw[tag.end():].lstrip(), True
            elif _DASH_RE.match(raw) and len(raw) > 2:
                line.text, line.turn = _DASH_RE.sub("", raw), True
            elif i == 0 and voice and voice != last_voice:
                line.speaker, line.tag, line.turn = voice, f"{voice}：", True
            if _DATE_ONLY_RE.fullmatch(line.text):
                line.alone = True
            lines.append(line)
        last_voice = voice or last_voice
    _mark_captions(lines)
    return lines


def _mark_captions(lines: list[_Line]) -> None:
    """A line ``<title> <name>`` right before the turn of that name is a caption: its own paragraph, no space."""
    for line, following in zip(lines, lines[1:]):
        m = _CAPTION_RE.match(line.text)
        if m and not line.turn and following.turn and following.speaker == m["name"]:
            line.text, line.alone = m["title"] + m["name"], True


def _wrap_width(lines: list[_Line]) -> int | None:
    """The width a hard-wrapped file fills (16 characters a line), or None when lines end where phrases end."""
    lengths = sorted((len(line.text) for line in lines if not line.alone), reverse=True)
    if len(lengths) < 10:
        return None
    width = lengths[int(len(lengths) * 0.15)]
    return width if width >= 8 and lengths.count(width) >= _WRAPPED_SHARE * len(lengths) else None


def join_cues(lines: list[_Line]) -> str:
    """The running text of the cue lines (see the module docstring)."""
    # a file that writes its marks (more of them than spaces between characters) gets none invented
    marks = sum(len(_CLAUSE_MARKS_RE.findall(line.text)) for line in lines)
    spaces = sum(len(_INNER_SPACE_RE.findall(line.text)) for line in lines)
    invent = spaces >= marks
    width = _wrap_width(lines)
    paragraphs: list[str] = []
    current, speech = "", False  # the open paragraph; whether it is speech (a turn, or clauses joined)

    def close() -> None:
        nonlocal current, speech
        if current.strip():
            # speech that ends without a mark ends a sentence where the turn ends (else the next paragraph,
            # a caption, would be joined to it downstream as a hard-wrapped line)
            if invent and speech and re.match(f"[{_LEFT}]", current[-1]):
                current += "。"
            paragraphs.append(current)
        current, speech = "", False

    previous: _Line | None = None
    for line in lines:
        if line.colon_tag and width is not None and previous is not None and len(previous.text) >= width \
                and current and not current.endswith(tuple(_SENTENCE_END)):
            # (a line that fills the width cut a sentence: 分为四个|部分：一是… goes on, no speaker opens)
            line = _Line(line.tag + line.text)
        text = _INNER_SPACE_RE.sub("，", line.text) if invent else line.text
        if line.turn or line.alone or previous is None or previous.alone or not current:
            close()
            current, speech = line.tag + text, line.turn or text != line.text
        else:
            full = width is not None and len(previous.text) >= width
            clause = invent and not full and re.match(f"[{_LEFT}]", current[-1]) and re.match(f"[{_RIGHT}]", text[:1])
            current += ("，" if clause else "") + text
            speech = speech or bool(clause) or text != line.text
        if current.endswith(tuple(_SENTENCE_END)) or line.alone:
            paragraphs.append(current)
            current, speech = "", False
        previous = line
    close()
    return "\n".join(paragraphs)


def note_date(text: str) -> str | None:
    """The first date in a WebVTT file's NOTE blocks (播出日期：2000年11月22日), which the cue text never shows."""
    for note in _NOTE_RE.finditer(text[:65536]):
        found = _NOTE_DATE_RE.search(note.group(1))
        if found:
            return found.group()
    return None


def read_subtitles(text: str, fmt: str, name: str) -> str:
    """The running text of a SubRip (``fmt="srt"``) or WebVTT (``"vtt"``) file's cues.

    Raises ``InputError`` when the file holds no cues in that format.
    """
    import webvtt
    from webvtt.errors import MalformedFileError

    text = text.lstrip("\ufeff")
    try:
        captions = webvtt.WebVTT.from_buffer(io.StringIO(text), format=fmt).captions
    except MalformedFileError:
        kind = "WebVTT" if fmt == "vtt" else "SubRip"
        raise InputError(name, f"not a valid {kind} subtitle file", SUBTITLE_FIX) from None
    body = _NEXT_ITEM_RE.sub("", join_cues(_lines(captions)))
    if not body.strip():
        raise InputError(name, "subtitle file without cue text", SUBTITLE_FIX)
    return body
