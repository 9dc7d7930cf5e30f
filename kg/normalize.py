"""Normalize article text for extraction, keeping a map back to the original.

``normalize(text)`` runs these steps, in this order:

1. **Pinyin annotations** after characters are removed, as some web pages
   print them: ``國務(wù)院`` -> ``國務院``, ``工(gōng)业(yè)`` -> ``工业``,
   also with full-width brackets, tone numbers (``gong1``) or no tones
   (``guo``), and repeated (``國(guo)(guo)務院``). A bracket is
   removed only when its content is pinyin *of the characters just before it*
   (checked with pypinyin, all readings), so ``(6G)``, ``(试行)``,
   ``(IMT-2030)`` or ``(GDP)`` stay. Readings in zhuyin (``消(ㄒㄧㄠ)费``)
   go without a check (the script writes nothing else). A line of readings printed above each
   line of text (a learners' page) goes with its line break, when its words
   are readings, most with tone marks (``gōng yè hé xìn xī huà bù``).
2. **Width and compatibility folding** (a selective NFKC). Convention:

   - full-width Latin letters, digits and ASCII symbols become ASCII
     (``ＡＩ`` -> ``AI``, ``２０２３`` -> ``2023``, ``％`` -> ``%``), and so do
     full-width brackets: ``（试行）`` -> ``(试行)``;
   - Chinese sentence punctuation is KEPT as written: ``，。、；：！？“”‘’《》``
     and ``……``/``——`` are not turned into ASCII (plain NFKC would turn ``，``
     into ``,`` and ``……`` into ``......``). Text that already uses ASCII
     ``,`` and ``:`` keeps them, so downstream rules match both forms;
   - ``「」`` become ``“”`` and ``『』`` become ``‘’``; straight double quotes
     are paired on each line and become ``“”``;
   - Kangxi radicals and CJK compatibility ideographs become the ordinary
     (unified) characters (``⼯`` -> ``工``), and so do variant and old forms
     OpenCC leaves (``温家寳`` -> ``温家宝``, ``鑛`` -> ``矿``);
   - the ideographic space, no-break spaces and tabs become a space, runs of
     spaces collapse to one; zero-width characters, soft hyphens, direction
     marks and stray control characters are removed; lone surrogates (left
     by broken JSON escapes; no UTF-8 writer or C library accepts them)
     become U+FFFD.

   **Repost damage** is undone: character references a plain-text repost
   kept (``&nbsp;``, ``&lt;&lt;…&gt;&gt;``) are decoded and ``<<…>>`` becomes
   ``《…》``; a ``?`` a lossy re-encoding left between two characters is
   removed (``国家经?贸委``), or becomes quotes around a short phrase
   (``?走出去?战略``); a space inside a word on a line of running text is
   removed (``数控 机床``), not in headlines, 《》 titles or after a dateline;
   an emoji inside a word is removed (``新闻⭐发布会``).

   A newspaper article's **jump to another page** (``（下转第二版）``, the
   page header, ``（上接第一版）``) is removed, the sentence it cut joined.

   Then **hard-wrapped lines** are joined: a line break inside a sentence
   (``李乐成表示，发展人工智能是⏎必答题``) is deleted, so that a paragraph
   (a line, downstream) holds the whole sentence. Only a break between two
   CJK characters, after a line showing a running sentence, that is not the title, a
   heading or list item, nor followed by a speaker (``金壮龙：``), a list item
   or a dateline (see ``_wrap_edits``).
3. **Traditional -> Simplified** with OpenCC ``hk2t`` (Hong Kong variant
   characters: 衞 -> 衛) then ``tw2sp`` (Taiwan phrases:
   資訊 -> 信息, 軟體 -> 软件), only when ``detect_traditional`` says the text
   is Traditional: ``tw2sp`` changes some Simplified text too (核心 -> 内核).
   A text with none of Taiwan's words (``TAIWAN_WORDS_RE``) is a mainland or
   Hong Kong page in Traditional characters and gets ``t2s`` instead, which
   keeps its words (整合, 对口支援) that tw2sp would rewrite.
4. **Substitutions** (optional): surface strings replaced leftmost-longest,
   used by the NER stage to undo "spun" synonym-swapped text.
   ``apply_substitutions`` runs this step alone on a normalized text.

Every step records where each output character came from, so
``NormalizedText.offsets`` and ``to_original`` point into the original text
even where a step changed the length (removed brackets, collapsed spaces,
phrase conversions of different length, substitutions).
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from kg.model import NormalizedText

__all__ = ["Substitutions", "apply_substitutions", "compile_substitutions", "detect_traditional", "normalize", "readings_of"]

# An edit replaces text[start:end] with a new string.
Edit = tuple[int, int, str]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# -- step 1: pinyin annotations ------------------------------------------------

# Latin letters with tone marks (precomposed or combining), optional tone digits,
# optional separators between syllables. Validation against the preceding
# characters happens in _spells and _chars_read: the regex only finds candidates.
_PINYIN_LETTERS = "A-Za-z\u00c0-\u024f\u0300-\u036f\u1e3f\u01f9"
# The bracket comes first and the look-behind after it, so that re scans for the
# bracket alone (three times faster than testing the look-behind everywhere).
_SYLLABLES = rf"[{_PINYIN_LETTERS}]+[1-5]?(?:['’ ]?[{_PINYIN_LETTERS}]+[1-5]?){{0,3}}"
# a character with several readings may be given them all: 要(yào / yāo), 了(le/liǎo)
_PINYIN_RE = re.compile(rf"[(（](?<=[{_CJK}][(（])\s?({_SYLLABLES}(?:\s?[/／]\s?{_SYLLABLES}){{0,3}})\s?[)）]")
_CJK_TAIL_RE = re.compile(rf"[{_CJK}]+$")
# the same bracket again, right after an annotation: 國(guo)(guo)務院, 產(chan)(chan)(chan)業
# (pages that annotate per character sometimes print the reading twice or thrice)
_REPEAT_RE = re.compile(_PINYIN_RE.pattern.replace(rf"(?<=[{_CJK}][(（])", ""))
_TONE_DIGITS = str.maketrans("", "", "12345'’ ")


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[str, str] | None:
    """pypinyin's single-character table (decimal code point -> readings with tone marks), or None.

    Read from pypinyin's own data file, the one its ``pinyin()`` looks single
    characters up in, without importing pypinyin: the import loads its phrase
    dictionary too (0.2-0.3 s and 55 MB in every worker), and only single
    characters are looked up here. None when the file is not there; then
    pypinyin is asked. A test checks both give the same readings.
    """
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]) / "pinyin_dict.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def _strip_tone(reading: str) -> str:
    """'gōng' -> 'gong', 'lǜ' -> 'lu'; 'ê' keeps its circumflex, as in pypinyin (so it is not ASCII and dropped)."""
    decomposed = unicodedata.normalize("NFD", reading)
    return "".join(c for c in decomposed if c == "\u0302" or not unicodedata.combining(c))


@lru_cache(maxsize=None)
def _readings(char: str) -> frozenset[str]:
    """All toneless readings of one character ('u' for ü), empty if none: pypinyin's Style.NORMAL, heteronyms."""
    table = _pinyin_table()
    if table is None:
        from pypinyin import Style, pinyin

        found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
        readings = found[0] if found else []
    else:
        readings = [_strip_tone(r) for r in table.get(str(ord(char)), "").split(",") if r]
    return frozenset(r.replace("v", "u") for r in readings if r.isascii() and r.isalpha())


def readings_of(char: str) -> frozenset[str]:
    """Every toneless reading of one character (pypinyin's table, heteronyms included; 'u' for ü), empty if none."""
    return _readings(char)


def _toneless(content: str) -> str:
    """'gōng1' -> 'gong'; 'lǜ' -> 'lu'; lower case, no digits or separators."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", content) if not unicodedata.combining(c))
    return stripped.lower().translate(_TONE_DIGITS).replace("v", "u")


@lru_cache(maxsize=1 << 16)
def _spells(content: str, chars: str) -> bool:
    """True when ``content`` spells a reading of each of ``chars`` in order (memoized: annotations repeat).

    Alternatives separated by / (要(yào / yāo)) each have to be a reading.
    """
    if "/" in content or "／" in content:
        alternatives = re.split(r"\s*[/／]\s*", content)
        return all(alternatives) and all(_spells(alt, chars) for alt in alternatives)
    target = _toneless(content)
    if not target:
        return False
    # positions in target reachable after reading i characters
    reachable = {0}
    for ch in chars:
        options = _readings(ch)
        reachable = {p + len(r) for p in reachable for r in options if target.startswith(r, p)}
        if not reachable:
            return False
    return len(target) in reachable


def _chars_read(content: str, chars: str) -> str:
    """The last 1-4 of ``chars`` that ``content`` spells a reading of, in order; "" when none."""
    return next((chars[-n:] for n in range(1, min(4, len(chars)) + 1) if _spells(content, chars[-n:])), "")


# 工 (gōng) 业 (yè): the bracket one space after the character, and the space after it when a character follows
_SPACED_PINYIN_RE = re.compile(rf"(?<=[{_CJK}]) [(（]\s?({_SYLLABLES})\s?[)）](?: (?=[{_CJK}]))?")
# 工gōng业yè和hé: readings glued after each character (a ruby page copied as text); found as runs of at least
# three annotated characters, each reading checked against its character
_GLUED_RUN_RE = re.compile(rf"(?:[{_CJK}][a-zA-Z\u00c0-\u024f\u0300-\u036f]{{1,7}}[1-5]?){{3,}}")
_GLUED_ONE_RE = re.compile(rf"([{_CJK}])([a-zA-Z\u00c0-\u024f\u0300-\u036f]{{1,7}}[1-5]?)")


def _glued_pinyin_edits(text: str) -> list[Edit]:
    edits = []
    for run in _GLUED_RUN_RE.finditer(text):
        pairs = list(_GLUED_ONE_RE.finditer(text, run.start(), run.end()))
        read = [m for m in pairs if _spells(m.group(2), m.group(1))]
        if len(read) >= 3 and len(read) * 4 >= len(pairs) * 3:
            edits += [(m.start(2), m.end(2), "") for m in read]
    return edits


# A line of readings above each line of text (a learners' page: ``gōng yè hé xìn xī huà bù`` over 工业和信息化部):
# Latin words only, most of them tone-marked, between CJK punctuation, spaces and digits.
_TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LINE_RE = re.compile(
    rf"^[ \t\u3000]*(?:[{_PINYIN_LETTERS}]+|\d+|[，。、“”‘’《》：；！？,.:;!?()（）…—·%％\-])"
    rf"(?:[ \t\u3000]+(?:[{_PINYIN_LETTERS}]+|\d+|[，。、“”‘’《》：；！？,.:;!?()（）…—·%％\-]))+[ \t\u3000]*(?:\n|$)",
    re.MULTILINE,
)
_LATIN_WORD_RE = re.compile(f"[{_PINYIN_LETTERS}]+")
_TONED_HINT_RE = re.compile(f"[{_TONE_MARKED}][^\\n]* [^\\n]*[{_TONE_MARKED}]")  # two toned words on a line, cheaply


@lru_cache(maxsize=1)
def _toned_syllables() -> frozenset[str]:
    """Every reading with its tone mark (gōng, le, lǜ), lower case: pypinyin's single-character table."""
    table = _pinyin_table()
    if table is None:
        from pypinyin.pinyin_dict import pinyin_dict

        table = {str(k): v for k, v in pinyin_dict.items()}
    return frozenset(unicodedata.normalize("NFC", r) for readings in table.values() for r in readings.split(",") if r)


@lru_cache(maxsize=1)
def _toneless_syllables() -> frozenset[str]:
    return frozenset(_strip_tone(r) for r in _toned_syllables())


@lru_cache(maxsize=1 << 14)
def _is_syllables(word: str) -> bool:
    """True for one to three readings written as one word (zhōng, chǎnnéng, guòshèng), with or without tones."""
    word = unicodedata.normalize("NFC", word.lower())
    known = (_toneless_syllables() if word.isascii() else _toned_syllables()).__contains__
    reachable = {0}
    for _ in range(3):
        reachable = {p + n for p in reachable for n in range(1, 7) if known(word[p : p + n])}
        if len(word) in reachable:
            return True
    return False


def _pinyin_line_edits(text: str) -> list[Edit]:
    """Remove lines of readings printed above the lines of text (with their line break, so the text's own lines
    meet and a sentence broken across them is joined by the wrap step). A line is readings when it has at least
    three Latin words, none longer than a syllable pair, and at least half of them carry a tone mark (an English
    line has none)."""
    edits = []
    for m in _PINYIN_LINE_RE.finditer(text):
        words = _LATIN_WORD_RE.findall(m.group())
        toned = sum(1 for w in words if any(c in _TONE_MARKED for c in w))
        if not (len(words) >= 3 and toned * 2 >= len(words) or len(words) == toned == 2) \
                or sum(map(_is_syllables, words)) * 5 < len(words) * 4:
            continue  # (Café René à Paris: tone marks, but words no reading spells)
        start = m.start()
        # 出台了⏎(readings)⏎《关于…: the text lines around readings are one paragraph wrapped; they meet unless
        # the line before ends a sentence or the paragraph (a blank line, the text's start)
        before = text[max(0, start - 2) : start]
        if len(before) == 2 and before[1] == "\n" and before[0] not in "\n。！？”" and m.group().endswith("\n"):
            start -= 1
        edits.append((start, m.end(), ""))
    return edits


# 消(ㄒㄧㄠ)费(ㄈㄟˋ): readings in zhuyin (bopomofo), a script that writes nothing else, so no reading check is needed
_ZHUYIN_HINT_RE = re.compile("[\u3105-\u312f]")
_ZHUYIN_RE = re.compile(r"[(（](?<=[\u3400-\u4dbf\u4e00-\u9fff][(（])\s?[\u3105-\u312f\u31a0-\u31bfˊˇˋ˙ ]{1,12}\s?[)）]")


@lru_cache(maxsize=1)
def _garbled_gloss_re() -> tuple[re.Pattern[str], dict[int, str]]:
    """Glosses whose tone marks a page decoded as GBK (廣(gu菐ng)西: the UTF-8 bytes of ǎ read as 菐): each such
    character stands for one toned vowel. Returns the pattern of such a gloss and the table that repairs it."""
    table = {}
    for vowel in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ":
        garbled = vowel.encode("utf-8").decode("gbk", errors="replace")
        if len(garbled) == 1 and garbled != "\ufffd":
            table[ord(garbled)] = vowel
    chars = "".join(map(chr, table))
    return re.compile(rf"[(（](?<=[{_CJK}][(（])([a-z]{{0,5}}[{chars}][a-z]{{0,4}})[)）]"), table


def _garbled_gloss_edits(text: str) -> list[Edit]:
    """廣(gu菐ng)西, 實(sh铆)施: a gloss with a garbled tone mark goes when, repaired, it spells the character before."""
    pattern, table = _garbled_gloss_re()
    return [(m.start(), m.end(), "") for m in pattern.finditer(text)
            if _spells(m.group(1).translate(table), text[m.start() - 1])]


def _pinyin_edits(text: str) -> list[Edit]:
    edits = [(m.start(), m.end(), "") for m in _ZHUYIN_RE.finditer(text)] if _ZHUYIN_HINT_RE.search(text) else []
    edits += _garbled_gloss_edits(text)
    if " (" in text or " （" in text:
        edits += [(m.start(), m.end(), "") for m in _SPACED_PINYIN_RE.finditer(text) if _spells(m.group(1), text[m.start() - 1])]
    for m in _PINYIN_RE.finditer(text):
        start = m.start()
        content = m.group(1)
        # most annotations read the one character before them: try that first
        # (the look-behind makes it CJK), then the whole run of up to four
        read = text[start - 1]
        if not _spells(content, read):
            # keep only the contiguous CJK run right before the bracket
            run = _CJK_TAIL_RE.search(text, max(0, start - 4), start)
            read = _chars_read(content, run.group()) if run else ""
            if not read:
                continue
        edits.append((start, m.end(), ""))
        # repeats of the annotation (any reading of the same characters) go too
        end = m.end()
        while (repeat := _REPEAT_RE.match(text, end)) and _spells(repeat.group(1), read):
            edits.append((end, repeat.end(), ""))
            end = repeat.end()
    return sorted(edits)  # (the three kinds are found apart: _splice needs them in text order)


# -- step 2: width and compatibility folding -----------------------------------

# Chinese punctuation kept as written (see the module docstring).
_KEEP = frozenset("，：；！？。、“”‘’《》〈〉【】「」『』…—")
_FOLD_BLOCKS = (
    (0x2E80, 0x2FDF),  # CJK radicals supplement, Kangxi radicals
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE6F),  # CJK compatibility forms, small form variants
    (0xFF01, 0xFFEE),  # half-width and full-width forms
    (0x2F800, 0x2FA1F),  # CJK compatibility ideographs supplement
)
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_NEWLINES = "\x0b\x0c\x85\u2028\u2029"
# removed outright: zero-width characters, soft hyphen, direction marks, BOM,
# and C0/C1 control characters other than tab/newline/carriage return
_DROP_CHARS = (
    "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f"
)
_DROP_RE = re.compile(f"[{_DROP_CHARS}]+|\r(?=\n)")
# a bare character class scans several times faster than _DROP_RE's alternation
_DROP_HINT_RE = re.compile(f"[{_DROP_CHARS}\r]")
_SPACE_RUN_RE = re.compile(r" {2,}")
# Katakana an OCR reads for Chinese characters of the same shape; only between two Chinese characters, so Japanese
# text (kana beside kana) keeps them. No OCR-correction library covers Chinese, so the table is written here.
_KANA_LOOKALIKES = {"エ": "工", "ロ": "口", "カ": "力", "タ": "夕", "ニ": "二", "ハ": "八", "ト": "卜"}
_KANA_HINT_RE = re.compile("[" + "".join(_KANA_LOOKALIKES) + "]")
_KANA_LOOKALIKE_RE = re.compile(rf"(?<=[{_CJK}])[{''.join(_KANA_LOOKALIKES)}](?=[{_CJK}])")
# a topic tag (#2025全国两会#, #绿色铝#): text between two #, hugging both, on one line
_HASHTAG_RE = re.compile(rf"#(?=[{_CJK}0-9A-Za-z])[^#\n]{{1,40}}?(?<=[{_CJK}0-9A-Za-z])#")
_STRAIGHT_QUOTES_RE = re.compile(r'"([^"\n]*)"')
_PUNCT_RUN_RE = re.compile(r"[,，、]{2,}")

# -- step 2a: repost damage ----------------------------------------------------
# Character references a plain-text repost kept from its HTML (&nbsp;, &lt;&lt;…&gt;&gt;): decoded by html.unescape
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")
_ANGLE_TITLE_RE = re.compile(r"<<([^<>\n]{2,80})>>")  # <<当前国家重点鼓励发展的产业、产品和技术目录>>
# A "?" a lossy re-encoding left for a character it could not write (国家经?贸委, 技术?装备) or for curly quotes
# (贯彻落实?走出去?战略); a real question mark follows a question word (是什么?我们).
# (each pattern opens with its literal, which re scans for fast; the look-behinds come after it)
_QUOTED_BY_QUESTION_MARKS_RE = re.compile(rf"\?(?<=[{_CJK}]\?)([{_CJK}]{{2,8}})\?(?=[{_CJK}])")
_STRAY_QUESTION_MARK_RE = re.compile(
    rf"\?(?<=[{_CJK}]\?)(?<![吗呢么吧啊哪谁几]\?)(?<!如何\?|多少\?|是否\?|为何\?|怎样\?|何在\?|何处\?)(?=[{_CJK}])"
)
# A space a repost put inside a word (国家经济 贸易委员会, 数控 机床), on a line of running text (one with a
# sentence mark), outside 《》 titles, whose two-part names keep their space (…经济运行 推动工业…)
_INNER_SPACE_RE = re.compile(rf" (?<=[{_CJK}] )(?=[{_CJK}])")
# A two-character word padded to the width of three in a list or a table (组　长：马　凯　国务院副总理), or a
# headline spaced out letter by letter (通　知): single characters, each alone between spaces, on a line with no
# sentence mark. Runs of spaces are one space here.
_PADDED_RE = re.compile(rf"(?m)(?:^|(?<=[ ：:]))[{_CJK}](?: [{_CJK}](?![{_CJK}]))++(?=[ ：:]|$)")
# An emoji a spam site put inside a word (系列主题新闻⭐发布会): pictographs and dingbats between two characters
_INNER_EMOJI_RE = re.compile(
    rf"(?<=[{_CJK}])[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+(?=[{_CJK}])"
)
_EMOJI_HINT_RE = re.compile(r"[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
_CJK_RUN_BEFORE_RE = re.compile(rf"[{_CJK}?]+$")  # a stray ? (removed too) inside the run
_SENTENCE_MARK_RE = re.compile(r"[。，；]")


# A line a page hard-wrapped with spaces instead of line breaks (…没有办法正 常工作…袁宝 华同志): spaces between two
# characters or marks at one regular interval, the wrap width. Such a space may follow a clause of any length.
_WRAP_SPACE_RE = re.compile(rf" (?<=[{_CJK}，。、；：“”（）,;:] )(?=[{_CJK}，。、；：“”（）,;:])")
_WRAP_SPACES_MIN = 3  # spaces on the line, at least
_WRAP_WIDTH_MIN = 16  # characters a wrapped line holds, at least
_WRAP_REGULAR_SHARE = 0.6  # of the gaps between the spaces that are the wrap width or a multiple of it


def _space_wrapped_lines(text: str) -> set[int]:
    """The starts of the lines hard-wrapped with spaces (the gaps between their inner spaces are one width)."""
    out = set()
    for line in re.finditer(r"[^\n]+", text):
        if line.group().count(" ") < _WRAP_SPACES_MIN:
            continue
        spaces = [m.start() for m in _WRAP_SPACE_RE.finditer(text, line.start(), line.end())]
        if len(spaces) < _WRAP_SPACES_MIN:
            continue
        gaps = [b - a for a, b in zip(spaces, spaces[1:])]
        width = sorted(gaps)[len(gaps) // 2]
        if width < _WRAP_WIDTH_MIN:
            continue
        # (a line cut at a mark loses or gains a character: 41, 41, 43; a full line between two spaces: 82)
        regular = sum(1 for gap in gaps if min(gap % width, width - gap % width) <= 2)
        if regular >= _WRAP_REGULAR_SHARE * len(gaps):
            out.add(line.start())
    return out


def _inside_title(text: str, line_start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a 《》 title opened on its line."""
    return text.rfind("《", line_start, pos) > text.rfind("》", line_start, pos)


def _repost_damage_edits(text: str) -> list[Edit]:
    """Edits undoing repost damage: stray question marks, emoji and spaces inside words, <<titles>>."""
    edits: list[Edit] = []
    if "?" in text:
        quoted = [(m.start(), m.end(), "“" + m.group(1) + "”") for m in _QUOTED_BY_QUESTION_MARKS_RE.finditer(text)]
        inside = {i for start, end, _ in quoted for i in (start, end - 1)}
        edits += quoted
        edits += [(m.start(), m.end(), "") for m in _STRAY_QUESTION_MARK_RE.finditer(text) if m.start() not in inside]
    if "<<" in text:
        edits += [(m.start(), m.end(), "《" + m.group(1) + "》") for m in _ANGLE_TITLE_RE.finditer(text)]
    if _EMOJI_HINT_RE.search(text):
        edits += [(m.start(), m.end(), "") for m in _INNER_EMOJI_RE.finditer(text)]
    running: dict[int, bool] = {}  # line start -> whether the line holds a sentence mark
    for m in _PADDED_RE.finditer(text) if " " in text else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.start())
        if not _SENTENCE_MARK_RE.search(text, line_start, line_end if line_end >= 0 else len(text)):
            edits += [(i, i + 1, "") for i in range(m.start() + 1, m.end(), 2)]
    wrapped = _space_wrapped_lines(text) if " " in text else set()
    for line_start in wrapped:
        line_end = text.find("\n", line_start)
        edits += [(m.start(), m.end(), "") for m in _WRAP_SPACE_RE.finditer(text, line_start, line_end if line_end >= 0 else len(text))]
    for m in _INNER_SPACE_RE.finditer(text) if " " in text else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start in wrapped:
            continue  # (its spaces are removed above)
        if line_start not in running:
            line_end = text.find("\n", m.start())
            running[line_start] = _SENTENCE_MARK_RE.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None
        if not running[line_start]:
            continue  # a headline's or a menu's spaces separate phrases
        run = _CJK_RUN_BEFORE_RE.search(text, line_start, m.start())
        # a short run before it: a word broken (数控 机床), not a clause or a line the page joined
        # (…分会场参会 市工信局…); nor a dateline's or byline's end (11月20日电 原…, 记者 刘铮)
        # (Traditional text is still Traditional here: 日電, 記者)
        # (a run ending in 和 is a name broken however long it is: 任命张政为文化和 旅游部副部长)
        if run is None or (len(run.group()) > 6 and not run.group().endswith("和")) \
                or run.group().endswith(("电", "讯", "记者", "摄", "报道", "電", "訊", "記者", "報道")):
            continue
        if _inside_title(text, line_start, m.start()):
            continue
        edits.append((m.start(), m.end(), ""))
    return sorted(edits)


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _FOLD_BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if ch in _KEEP:
                continue
            folded = unicodedata.normalize("NFKC", ch)
            # only one-to-one foldings: they keep offsets unchanged
            if folded != ch and len(folded) == 1:
                table[cp] = folded
    table.update({ord(c): " " for c in _SPACES})
    table.update({ord(c): "\n" for c in _NEWLINES})
    table.update({ord("\r"): "\n", ord("「"): "“", ord("」"): "”", ord("『"): "‘", ord("』"): "’"})
    table.update({cp: "\ufffd" for cp in range(0xD800, 0xE000)})
    # full-width double quote: paired with the straight ones below
    table[0xFF02] = '"'
    # Variant characters pages print for a common one, no Traditional form OpenCC knows: 茍 for the surname 苟
    # (信息產業部副部長茍仲文, a Big5-era glyph confusion)
    table.update({ord(variant): common for variant, common in _VARIANT_CHARS.items()})
    # CJK radicals supplement (⻓, ⻢, ⻔): NFKC leaves them, so a page copied from a PDF writes 张⻓, ⻢凯
    table.update({ord(radical): unified for radical, unified in zip(_RADICAL_EQUIVALENTS[::2], _RADICAL_EQUIVALENTS[1::2])})
    return table


_VARIANT_CHARS = {"茍": "苟", "陜": "陕"}  # 陜 (U+965C) for 陝/陕 on Big5-era pages: 陜西省工業和信息化廳
# Variant and old forms (異體字, 舊字形) that Hong Kong and old pages print and OpenCC (hk2t, tw2sp, t2s) leaves as
# they are, so 温家寳 and 稀土鑛業 would survive the conversion. The pairs come from MediaWiki's ZhConversion table
# (zh-cn, as zhconv 1.4.3 ships it), less the characters with a use of their own in Simplified text (瞭, 钜, 锺, 甯,
# 馀, 砲, 妳, 牠, 甦), plus 硏 (U+784F, a 研 the table lacks); a test checks that OpenCC still leaves each.
_VARIANT_CHARS.update(zip(
    "寳鑛竝汚硏乗亾俻倣傚効兎冐凢刦刧刼劒厰啣囙塲墖寃尅尙屛廻廵徃恠搆揷搾擧擕攷敺歴氷煑燄牎牕窓窻甎畧畱疎盌秊稾緜罸脇"
    "舩覇覊覔讐賛辤逥鍳鎗鑚隣隷靭靱飜騐鴈鵞麺鼇幇幚廐慙憇欵濶癈胷膓蠒裠帬覩餻鬪鬦鬰欝",
    "宝矿并污研乘亡备仿效效兔冒凡劫劫劫剑厂衔因场塔冤克尚屏回巡往怪构插榨举携考驱历冰煮焰窗窗窗窗砖略留疏碗年稿绵罚胁"
    "船霸羁觅雠赞辞回鉴枪钻邻隶韧韧翻验雁鹅面鳌帮帮厩惭憩款阔废胸肠茧裙裙睹糕斗斗郁郁",
))
# Pairs (radical, unified ideograph) of the CJK radicals supplement, from the Unicode Character Database's
# EquivalentUnifiedIdeograph.txt: Python's unicodedata does not carry that file and no package here ships it.
_RADICAL_EQUIVALENTS = ("⺁厂⺄乙⺅亻⺆冂⺇几⺉刂⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺗㣺⺘扌⺙攵⺛旡⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫"
                        "⺦丬⺨犭⺩王⺪疋⺫罒⺬示⺭礻⺱罓⺲罒⺳㓁⺷羊⺹耂⺻聿⺼月⺾艹⺿艹⻀艹⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻍辶"
                        "⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾"
                        "⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟")


def _char_class(codepoints: list[int]) -> str:
    """A regex character class of ranges: re scans ranges much faster than long lists."""
    parts = []
    cps = sorted(codepoints)
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = re.escape(chr(cps[i])), re.escape(chr(cps[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "[" + "".join(parts) + "]"


_FOLD_TABLE = _build_fold_table()
_FOLD_RE = re.compile(_char_class(list(_FOLD_TABLE)))
_FOLD_RUN_RE = re.compile(_FOLD_RE.pattern + "+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLD_TABLE)


# -- step 2a: page breaks of a PDF copied to text ------------------------------

# A page-number line (— 1 —, - 2 -, 第3页, 第3页/共5页, 3/5) with the page's running header around it
# (a short line the text repeats, 国务院新闻办公室新闻发布会文字实录). No library removes these from
# text already extracted (pdfminer and the like work on the PDF itself), hence the rule here.
_PAGE_NUMBER_RE = re.compile(
    r"^[ \t]*(?:[—–\-－]{1,2}[ \t]*\d{1,4}[ \t]*[—–\-－]{1,2}|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[/，,]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?"
    r"|\d{1,4}[ \t]*/[ \t]*\d{1,4})[ \t]*$",
    re.M,
)
_RUNNING_HEADER_MAX = 40
# a page that ends inside a sentence: its last character is no sentence end, closing quote or colon
_PAGE_ENDS_RUNNING_RE = re.compile(r"[^。！？!?：:”」』）)\s]$")


def _is_running_header(text: str, line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= _RUNNING_HEADER_MAX and not re.search("[。，；,;]", stripped) \
        and text.count(stripped) >= 2


def _page_break_edits(text: str) -> list[Edit]:
    """Page breaks of a PDF copied to text, to delete: the page number, the running header and the
    blank lines around them. The text before and after is joined when the page ended inside a sentence
    and the next page goes on without a paragraph indent (促进物⏎⏎— 1 —⏎⏎国务院…实录⏎⏎联网); otherwise
    one line break stays.
    """
    edits: list[Edit] = []
    for m in _PAGE_NUMBER_RE.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in "\n \t":
            start -= 1  # back to the end of the last line of the page
        end = m.end()
        headers = 0
        while True:
            while end < len(text) and text[end] in "\n":
                end += 1
            line_end = text.find("\n", end)
            line = text[end : line_end if line_end >= 0 else len(text)]
            if headers or not _is_running_header(text, line):
                break
            headers += 1
            end += len(line)
        if start == 0 or (edits and start < edits[-1][1]):
            continue
        if end >= len(text):
            edits.append((start, len(text), ""))  # the last page's number ends the text
            continue
        # a header line before the page number (国务院…实录⏎— 1 —) belongs to the break too
        line_start = text.rfind("\n", 0, start) + 1
        previous = text[line_start:start]
        if _is_running_header(text, previous) and line_start > 0 and text.find(previous.strip()) < line_start:
            start = line_start
            while start > 0 and text[start - 1] in "\n \t":
                start -= 1
        joined = _PAGE_ENDS_RUNNING_RE.search(text, 0, start) is not None and text[end] not in " \t"
        edits.append((start, end, "" if joined else "\n"))
    return edits


# A newspaper article continued on another page: (下转第二版) where it breaks off, the other page's header, and
# (上接第一版) where it goes on. Between the two marks of a PDF's text layer stand only the page header's short
# lines (要闻 2, the date, the masthead); the marks and those lines go, and a sentence running over is joined.
_JUMP_OUT_RE = re.compile(r"[(（]\s*(?:下转|转)(?:第|至)?\s*[一二三四五六七八九十\d]{1,3}\s*[版页面]\s*[)）]")
_JUMP_IN_RE = re.compile(r"[(（]\s*(?:上接|接)(?:第|自)?\s*[一二三四五六七八九十\d]{1,3}\s*[版页面]\s*[)）]")
_JUMP_GAP_LINES = 8
_JUMP_GAP_LINE_MAX = 30


def _jump_edits(text: str) -> list[Edit]:
    """Edits removing continuation marks (下转第二版 … 上接第一版) and the page header between a pair of them."""
    edits: list[Edit] = []
    covered = -1
    for out in _JUMP_OUT_RE.finditer(text):
        if out.start() < covered:
            continue
        start = out.start()
        while start > 0 and text[start - 1] in " \t\n":
            start -= 1
        back_in = _JUMP_IN_RE.search(text, out.end(), out.end() + 400)
        gap = text[out.end() : back_in.start()] if back_in else ""
        lines = [line.strip() for line in gap.split("\n") if line.strip()]
        if back_in and len(lines) <= _JUMP_GAP_LINES and all(
                len(line) <= _JUMP_GAP_LINE_MAX and not re.search("[。，；！？]", line) for line in lines):
            end = back_in.end()
            covered = end
        else:  # a mark alone: only the mark goes
            end = out.end()
        while end < len(text) and text[end] in " \t\n" and not (end + 1 < len(text) and text[end] == "\n"
                                                                   and text[end + 1] in " \u3000"):
            end += 1
        # the page broke off inside a sentence, and the next page goes on without an indent: one sentence again
        running = start > 0 and _PAGE_ENDS_RUNNING_RE.search(text, 0, start) is not None and end < len(text) \
            and text[end] not in " \u3000\n"
        joined = running or start == 0 or end >= len(text) or text[end] == "\n"  # (a kept break before an indent)
        edits.append((start, end, "" if joined else "\n"))
    for back_in in _JUMP_IN_RE.finditer(text):  # (上接第一版) opening a page whose first part is not here
        if not any(s <= back_in.start() < e for s, e, _ in edits):
            end = back_in.end()
            alone = (back_in.start() == 0 or text[back_in.start() - 1] == "\n") and text[end : end + 1] == "\n"
            edits.append((back_in.start(), end + 1 if alone else end, ""))  # (a line of its own goes whole)
    return sorted(edits)


# -- step 2a: a text-mode browser's dump ---------------------------------------

# lynx -dump and w3m write each link's number before its text (省长[9]陈润儿, #[1]河南省人民政府门户网站) and indent
# every line alike. The numbers split names from their titles, and the indent, kept as one space by the space-run
# folding, makes every hard-wrapped line look like a new paragraph. No library undoes a dump (html2text and friends
# read HTML), so this is done here: two or more link numbers mark a dump (a lone [1] may be a footnote), and in a
# dump a space that starts most lines is its margin. [2016] in a document number has four digits and stays.
_LINK_NUMBER_RE = re.compile(r"\[\d{1,3}\]")
_MARGIN_SHARE = 0.8


def _text_dump_edits(text: str) -> list[Edit]:
    """Link numbers and the left margin of a text browser's dump, to delete."""
    if len(_LINK_NUMBER_RE.findall(text, 0, 20_000)) < 2:
        return []  # no dump: an indent that starts most lines is the paragraphs' own (the seeds' two spaces)
    edits = [(m.start(), m.end(), "") for m in _LINK_NUMBER_RE.finditer(text)]
    starts = [m.start() for m in re.finditer(r"^(?=[^\n]*\S)", text, re.M)]
    indented = [p for p in starts if text.startswith(" ", p)]
    if len(starts) >= 5 and len(indented) >= _MARGIN_SHARE * len(starts):
        edits += [(p, p + 1, "") for p in indented]
    return sorted(edits)


# -- step 2b: hard-wrapped lines ---------------------------------------------

# Some pages break lines inside a sentence (李乐成表示，发展人工智能是⏎必答题);
# downstream a line is a paragraph, so a speaker would lose the rest of what
# they said. A break is joined only when it cannot end a paragraph:
# a character or a digit on both sides (no 。！？：” before, no indent after), a mark inside a sentence before
# (中，⏎我们) or a mark no line starts with after (副主任⏎、新闻发言人, 同时⏎，我们)
_WRAP_RE = re.compile(rf"(?<=[{_CJK}\d，、(（“])\n(?=[{_CJK}\d、，。；！？)）》”%])")
# the paragraph so far shows a sentence running: a clause or sentence mark, a
# dateline (新华社广州6月25日电 …), or a speaker's words (记者：请问在促进…);
# a heading or a byline (本报记者 张三、李四) shows none of these
_RUNNING_RE = re.compile(
    r"[，,。！？!?；;]|\d{1,2}月\d{1,2}日(?:电|讯)|^[ \t]*[^，。；！？,;!?\s]{1,30}?[：:][\u3400-\u9fff“《]{10}"
)
# a heading or list item: 一、总体要求 / （二）加快… / 1. / 第三章 / ■; a speaker: 李乐成：, 中国日报记者:
_LIST_ITEM_RE = re.compile(
    r"(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+(?:、|[.．](?!\d))"  # (13.9%, no item)
    r"|第[一二三四五六七八九十\d]+[章节条部分篇]|[■●◆▲★☆○•])"
)
_SPEAKER_RE = re.compile(r"[^，。；！？,;!?\n]{1,30}?[：:]")
_DATELINE_HINT_RE = re.compile(r"[^\n]{0,30}?\d{1,2}月\d{1,2}日(?:电|讯|電|訊)")
_SENTENCE_END_RE = re.compile(r"[。！？!?]")
# a line opening with a date (2021-08-18, 2021年8月18日 10:00): a page stamp, never the rest of a sentence
_DATE_LINE_RE = re.compile(r"\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}")


_INDENTED_LINE_RE = re.compile(r"^[ \u3000]+\S", re.M)
_INDENTED_LINE_MIN = 8  # characters: a shorter indented line (a signature, 记者 张三) is not taken for a wrapped one


_TERM_AFTER_PLACE_RE = re.compile("第[一二三四五六七八九十]{1,3}届")


def _wrap_edits(text: str) -> list[Edit]:
    """Line breaks inside a sentence, to delete.

    A break is joined when the text on both sides is CJK, the paragraph so
    far shows a running sentence (``_RUNNING_RE``: a heading or a byline
    rarely does), the paragraph is not the first line (the title) nor a
    heading or list item without a full stop, and the next line starts no
    speaker turn (李乐成：), list item or dateline. Breaks next to a blank
    line or an indent are paragraph ends. A first line of a paragraph without
    any mark (吴金城在会后举行的媒体通⏎气会上介绍) is not joined: it looks
    like a heading.
    """
    first = re.search(r"\S", text)
    title_end = text.find("\n", first.start()) if first else -1
    # a text whose paragraphs open with an indent (a newspaper's column, a post) shows where they start: the
    # first line of an indented paragraph is no heading, even without a mark (在长春轨道客车股份有限⏎公司)
    # (a text indenting every line has no continuation line for this to join)
    indented_paragraphs = len(_INDENTED_LINE_RE.findall(text, 0, 200_000)) >= 3
    edits: list[Edit] = []
    forced: set[int] = set()
    for m in _WRAP_RE.finditer(text):
        p = m.start()
        if p <= title_end:
            continue
        line_start = text.rfind("\n", 0, p) + 1
        if text[p - 1] in "县市区省州旗" and _TERM_AFTER_PLACE_RE.match(text, p + 1):
            edits.append((p, p + 1, ""))  # ——在霍山县⏎第十八届人民代表大会第二次会议上: a congress's name cut at its place
            forced.add(p)
            continue
        # a paragraph joined so far passed the tests on its start already (they
        # only see more of a running sentence now): test the line alone otherwise
        # (a congress's name joined above passed none: its line is tested)
        if not (edits and edits[-1][0] == line_start - 1 and edits[-1][0] not in forced):
            line = text[line_start:p]
            # (a break right after a comma or an enumeration mark is inside a sentence: 先后来到长春、⏎吉林两市)
            if not _RUNNING_RE.search(line) and text[p - 1] not in "，、" \
                    and not (indented_paragraphs and line[:1] in " \u3000" and len(line.strip()) >= _INDENTED_LINE_MIN
                             and " " not in line.strip()):  # (许波 省通信管理局局长: a list line, no sentence)
                continue
            if _LIST_ITEM_RE.match(line.lstrip()) and not _SENTENCE_END_RE.search(line):
                continue  # a heading: 一、加快推进新型工业化，建设制造强国
        next_end = text.find("\n", p + 1)
        following = text[p + 1 : next_end if next_end >= 0 else len(text)]
        if (
            not _SPEAKER_RE.match(following)
            and not _LIST_ITEM_RE.match(following)
            and not _DATELINE_HINT_RE.match(following)
            and not _DATE_LINE_RE.match(following)
        ):
            edits.append((p, p + 1, ""))
    return edits


# -- step 3: Traditional -> Simplified -----------------------------------------

# Share of CJK characters that t2s would change, above which a text counts as
# Traditional. Traditional news text scores 0.2-0.35; Simplified text scores
# 0 or a stray character (內 in a category name, a spun 釹).
TRADITIONAL_RATIO = 0.1
_CJK_RUN_RE = re.compile(rf"[{_CJK}]+")
_DETECT_SAMPLE = 30_000


@lru_cache(maxsize=None)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=1)
def _traditional_run_re() -> re.Pattern[str]:
    """Runs of characters that OpenCC t2s changes on their own (about 3,700)."""
    block = "".join(chr(cp) for cp in range(0x3400, 0xA000))
    converted = _converter("t2s").convert(block)
    if len(converted) != len(block):  # a character-level table keeps the length; be safe if not
        converted = "".join(_converter("t2s").convert(c)[:1] or c for c in block)
    chars = [ord(a) for a, b in zip(block, converted) if a != b]
    return re.compile(_char_class(chars) + "+")


def detect_traditional(text: str) -> bool:
    """True when ``text`` is written in Traditional characters.

    Counts the CJK characters that change under OpenCC ``t2s``; the text is
    Traditional when they are at least ``TRADITIONAL_RATIO`` of all CJK
    characters.
    """
    if len(text) > _DETECT_SAMPLE:
        # three windows are as telling as the whole text and keep this O(1)
        third = _DETECT_SAMPLE // 3
        middle = len(text) // 2
        text = text[:third] + "\n" + text[middle : middle + third] + "\n" + text[-third:]
    trad_runs = _traditional_run_re().findall(text)
    if not trad_runs:
        return False
    trad = sum(map(len, trad_runs))
    # Simplified text with a stray Traditional character is the common case:
    # count CJK characters in growing windows and stop as soon as the count
    # so far already puts the ratio below the threshold (more can only lower it)
    cjk = 0
    pos, step = 0, max(1024, 40 * trad)
    while pos < len(text):
        cjk += sum(map(len, _CJK_RUN_RE.findall(text, pos, pos + step)))
        if cjk and trad / cjk < TRADITIONAL_RATIO:
            return False
        pos += step
        step *= 2
    return cjk > 0 and trad / cjk >= TRADITIONAL_RATIO


class _HongKongThenTaiwan:
    """OpenCC ``hk2t`` then ``tw2sp`` (or ``t2s``): Hong Kong variant characters (衞星, 綫) become the standard
    Traditional ones tw2sp knows (衛星 -> 卫星); tw2sp alone leaves them. hk2t maps characters one to one."""

    def __init__(self, config: str = "tw2sp") -> None:
        self.variants, self.simplify = _converter("hk2t"), _converter(config)

    def convert(self, text: str) -> str:
        return self.simplify.convert(self.variants.convert(text))


@lru_cache(maxsize=2)
def _traditional_converter(taiwan: bool = True) -> _HongKongThenTaiwan:
    return _HongKongThenTaiwan("tw2sp" if taiwan else "t2s")


# Words only Taiwan's usage writes (its 資訊 is the mainland's 信息, 軟體 软件, 網路 网络, 晶片 芯片). A Traditional
# text with none of them is a mainland or Hong Kong page in Traditional characters, whose words are the mainland's:
# tw2sp's phrase table would rewrite them (整合 -> 集成, 海洋工程 kept but 海工 forms changed), so it gets t2s.
TAIWAN_WORDS_RE = re.compile("資訊|資通|軟體|硬體|網路|晶片|積體電路|數位|雲端|程式|伺服器|韌體|人工智慧|智慧製造|專案|零組件|影片|螢幕"
                              "|臺灣|台灣|臺資|台資|行政院|立法院|經濟部|國發會|工研院")


def _traditional_edits(text: str, taiwan: bool) -> list[Edit]:
    """Edits turning Traditional (Taiwan or Hong Kong forms) into Simplified, aligned line by line; Taiwan's
    phrases only when ``taiwan``."""
    converter = _traditional_converter(taiwan)
    converted = converter.convert(text)
    old_lines = text.split("\n")
    new_lines = converted.split("\n")
    if len(new_lines) != len(old_lines):  # never seen; convert line by line to stay aligned
        new_lines = [converter.convert(line) for line in old_lines]
    edits: list[Edit] = []
    pos = 0
    for old, new in zip(old_lines, new_lines):
        if old != new:
            if len(old) == len(new):
                edits.append((pos, pos + len(old), new))
            else:
                edits.extend(_align_line(old, new, pos, converter))
        pos += len(old) + 1
    return edits


# Clause boundaries: OpenCC phrases never span them.
_CLAUSE_RE = re.compile(r"[^，。；：！？、,;:!?\s“”]+|[，。；：！？、,;:!?\s“”]+")


def _align_line(line: str, converted: str, pos: int, converter) -> list[Edit]:
    """Edits for one line whose conversion changed length (網際網路 -> 互联网).

    Pairs the clauses of the line and of its conversion and aligns only the
    clauses that changed length.
    """
    edits: list[Edit] = []
    old_clauses = [(m.start(), m.group()) for m in _CLAUSE_RE.finditer(line)]
    new_clauses = _CLAUSE_RE.findall(converted)
    if len(new_clauses) != len(old_clauses):  # punctuation moved: convert clause by clause
        new_clauses = [converter.convert(old) for _, old in old_clauses]
    for (offset, old), new in zip(old_clauses, new_clauses):
        if old == new:
            continue
        start = pos + offset
        if len(old) == len(new):
            edits.append((start, start + len(old), new))
        else:
            edits.extend(_align_clause(old, new, start))
    return edits


@lru_cache(maxsize=1)
def _t2s_chars() -> dict[int, str]:
    """Character-level t2s table: a guide for aligning phrase conversions."""
    block = "".join(chr(cp) for cp in range(0x3400, 0xA000))
    converted = _converter("t2s").convert(block)
    return {ord(a): b for a, b in zip(block, converted) if a != b}


def _align_clause(old: str, new: str, start: int) -> list[Edit]:
    """Align a clause with its length-changing conversion.

    difflib alone attaches shared characters arbitrarily (網際網路 -> 互联网
    would keep the first 網 and insert 互联 before it), so the clause is first
    converted character by character as a guide, and differences separated
    by at most two equal characters are merged into one replacement: the
    whole phrase maps onto the whole original phrase.
    """
    guide = old.translate(_t2s_chars())
    blocks: list[list[int]] = []
    equal_runs: list[tuple[int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, guide, new, autojunk=False).get_opcodes():
        if tag == "equal":
            equal_runs.append((i1, i2, j1, j2))
        elif blocks and i1 - blocks[-1][1] <= 2 and j1 - blocks[-1][3] <= 2:
            blocks[-1][1], blocks[-1][3] = i2, j2
        else:
            blocks.append([i1, i2, j1, j2])
    edits: list[Edit] = [(start + i1, start + i2, new[j1:j2]) for i1, i2, j1, j2 in blocks]
    for i1, i2, j1, j2 in equal_runs:
        # parts of equal runs not swallowed by a merged block; 1:1 changes (業 -> 业)
        for b in blocks:
            if b[0] <= i1 and i2 <= b[1]:
                break
        else:
            if old[i1:i2] != new[j1:j2]:
                edits.append((start + i1, start + i2, new[j1:j2]))
    edits.sort()
    return edits


# -- step 4: substitutions -----------------------------------------------------


@dataclass(frozen=True)
class Substitutions:
    """A compiled substitution table (surface string -> replacement)."""

    keys: tuple[str, ...]
    values: tuple[str, ...]
    automaton: object

    def edits(self, text: str) -> list[Edit]:
        """The replacements in ``text``, leftmost-longest, skipping keys that map to themselves."""
        keys, values = self.keys, self.values
        matches = self.automaton.find_matches_as_indexes(text)  # type: ignore[attr-defined]
        return [(s, e, values[i]) for i, s, e in matches if keys[i] != values[i]]


def compile_substitutions(mapping: Mapping[str, str]) -> Substitutions:
    """Compile a substitution mapping once; pass the result to ``normalize`` for speed."""
    import ahocorasick_rs

    keys = tuple(k for k in mapping if k)
    values = tuple(mapping[k] for k in keys)
    automaton = ahocorasick_rs.AhoCorasick(list(keys), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return Substitutions(keys, values, automaton)


# The last few plain mappings compiled, with copies to notice changes: callers
# pass the same few tables for every article (normalize_article alternates
# between the Taiwan fixups, the despin table and both).
_COMPILED_KEPT = 4
_last_compiled: list[tuple[dict[str, str], Substitutions]] = []


def _compiled(mapping: Mapping[str, str] | Substitutions) -> Substitutions:
    if isinstance(mapping, Substitutions):
        return mapping
    for i, (seen, compiled) in enumerate(_last_compiled):
        if seen == mapping:
            if i:
                _last_compiled.insert(0, _last_compiled.pop(i))
            return compiled
    compiled = compile_substitutions(mapping)
    _last_compiled.insert(0, (dict(mapping), compiled))
    del _last_compiled[_COMPILED_KEPT:]
    return compiled


def _substitute(
    text: str, offsets: list[int] | None, flags: dict[str, bool], substitutions: Mapping[str, str] | Substitutions
) -> tuple[str, list[int] | None]:
    edits = _compiled(substitutions).edits(text)
    if edits:
        flags["substituted"] = True
        text, offsets = _splice(text, offsets, edits)
    return text, offsets


def apply_substitutions(
    normalized: NormalizedText, substitutions: Mapping[str, str] | Substitutions | None
) -> NormalizedText:
    """Step 4 alone, on what ``normalize`` returned without substitutions.

    ``apply_substitutions(normalize(text), subs)`` equals
    ``normalize(text, substitutions=subs)`` (text, offsets and flags) without
    running steps 1-3 again, for callers that choose the substitutions after
    seeing the normalized text. Returns a new ``NormalizedText`` with its own
    flags; its offsets may be the list of ``normalized``.
    """
    flags = dict(normalized.flags)
    text, offsets = normalized.text, normalized.offsets
    if substitutions:
        text, offsets = _substitute(text, offsets, flags, substitutions)
    return NormalizedText(text=text, offsets=offsets, flags=flags)


# -- offsets -------------------------------------------------------------------


# Identity offset maps are slices of one shared list: slicing copies pointers,
# while list(range(n)) allocates n int objects (several times slower). Texts
# longer than the cap get their own list, so the shared one stays small.
_IDENTITY_CAP = 1 << 18
_identity_map: list[int] = []


def _identity(n: int) -> list[int]:
    """``list(range(n))``, fast."""
    global _identity_map
    if n > len(_identity_map):
        if n > _IDENTITY_CAP:
            return list(range(n))
        _identity_map = list(range(min(_IDENTITY_CAP, max(n, 2 * len(_identity_map), 4096))))
    return _identity_map[:n]


def _splice(text: str, offsets: list[int] | None, edits: list[Edit]) -> tuple[str, list[int] | None]:
    """Apply sorted, non-overlapping edits; return the new text and offsets.

    ``offsets`` of None means the identity map (nothing moved yet); it stays
    None while every edit keeps its length.
    """
    if not edits:
        return text, offsets
    pieces: list[str] = []
    pos = 0
    for s, e, r in edits:
        pieces.append(text[pos:s])
        pieces.append(r)
        pos = e
    pieces.append(text[pos:])
    # an edit that keeps its length keeps its offsets too: only the others
    # break the runs of offsets copied from the source map
    moved = [edit for edit in edits if edit[1] - edit[0] != len(edit[2])]
    if not moved:
        return "".join(pieces), offsets
    src = offsets if offsets is not None else _identity(len(text) + 1)
    out: list[int] = []
    pos = 0
    for s, e, r in moved:
        out += src[pos:s]
        k, m = len(r), e - s
        if k and m == 0:  # insertion: belongs to the character before it
            out += [src[s - 1] if s else src[0]] * k
        elif k == 1:
            out.append(src[s])
        elif k:
            # spread the new characters over the old span; the last one maps to
            # the last old character, so a span ending here covers all of it
            out += [src[s + (i * m) // k] for i in range(k - 1)]
            out.append(src[e - 1])
        pos = e
    out += src[pos:]
    return "".join(pieces), out


def _pair_quotes(text: str) -> list[Edit]:
    return [(m.start(), m.end(), "“" + m.group(1) + "”") for m in _STRAIGHT_QUOTES_RE.finditer(text)]


def normalize(
    text: str,
    *,
    substitutions: Mapping[str, str] | Substitutions | None = None,
    traditional: bool | None = None,
    taiwan: bool | None = None,
) -> NormalizedText:
    """Normalize ``text`` (see the module docstring) and map it back to the original.

    ``substitutions`` maps surface strings to replacements, applied
    leftmost-longest after the other steps (so keys are Simplified).
    ``traditional`` forces the Traditional -> Simplified step on or off;
    None detects it. ``taiwan`` forces Taiwan's phrases (資訊 -> 信息) on or
    off in that step; None reads them only in a text that uses Taiwan's words
    (``TAIWAN_WORDS_RE``). Returns a ``NormalizedText`` whose flags say whether
    pinyin annotations were removed (``pinyin``), line breaks inside a
    sentence were joined (``joined_lines``), the text was converted from
    Traditional (``traditional``, with Taiwan's phrases: ``taiwan``) and
    substitutions were applied (``substituted``).
    """
    offsets: list[int] | None = None
    flags = {"pinyin": False, "joined_lines": False, "traditional": False, "taiwan": False, "substituted": False}

    # 1. pinyin annotations (before folding: the brackets may be full-width)
    if "(" in text or "（" in text:
        edits = _pinyin_edits(text)
        if edits:
            flags["pinyin"] = True
            text, offsets = _splice(text, offsets, edits)
    if _TONED_HINT_RE.search(text):
        edits = _pinyin_line_edits(text)
        if edits:
            flags["pinyin"] = True
            text, offsets = _splice(text, offsets, edits)
    if _GLUED_RUN_RE.search(text):
        edits = _glued_pinyin_edits(text)
        if edits:
            flags["pinyin"] = True
            text, offsets = _splice(text, offsets, edits)

    # 2. folding: character references, deletions, one-to-one foldings, quotes, space runs
    if "&" in text and _ENTITY_RE.search(text):
        edits = [(m.start(), m.end(), html.unescape(m.group())) for m in _ENTITY_RE.finditer(text)]
        text, offsets = _splice(text, offsets, edits)
    if _DROP_HINT_RE.search(text):
        edits = [(m.start(), m.end(), "") for m in _DROP_RE.finditer(text)]
        text, offsets = _splice(text, offsets, edits)
    # translating only the runs that fold: str.translate looks up every
    # character in the table, and folding characters are rare (search scans
    # twice as fast as sub, and most texts have none)
    if _FOLD_RE.search(text):
        text = _FOLD_RUN_RE.sub(_fold_run, text)
    if '"' in text:
        text, offsets = _splice(text, offsets, _pair_quotes(text))
    if _PUNCT_RUN_RE.search(text):
        # 黨組書記,、部長 / 工信部,,表示: a run of commas and enumeration marks is one mark (the last)
        text, offsets = _splice(text, offsets, [(m.start(), m.end() - 1, "") for m in _PUNCT_RUN_RE.finditer(text)])
    if _KANA_HINT_RE.search(text):
        # an OCR's katakana for a look-alike character between two Chinese ones (机械エ业部: エ for 工)
        text, offsets = _splice(text, offsets, [(m.start(), m.end(), _KANA_LOOKALIKES[m.group()]) for m in _KANA_LOOKALIKE_RE.finditer(text)])
    if "#" in text:
        # a microblog's topic tags inside a sentence (做强#绿色铝#、#硅光伏#): the marks go, the words stay
        edits = [edit for m in _HASHTAG_RE.finditer(text) for edit in ((m.start(), m.start() + 1, ""), (m.end() - 1, m.end(), ""))]
        text, offsets = _splice(text, offsets, edits)
    if "  " in text:
        edits = [(m.start(), m.end(), " ") for m in _SPACE_RUN_RE.finditer(text)]
        text, offsets = _splice(text, offsets, edits)
    edits = _repost_damage_edits(text)
    if edits:
        text, offsets = _splice(text, offsets, edits)

    # 2a. page breaks of a PDF copied to text
    if _PAGE_NUMBER_RE.search(text):
        edits = _page_break_edits(text)
        if edits:
            flags["joined_lines"] = True
            text, offsets = _splice(text, offsets, edits)

    # 2a. a newspaper article's jump to another page (下转第二版 … 上接第一版)
    if "接" in text or "转" in text:
        edits = _jump_edits(text)
        if edits:
            flags["joined_lines"] = True
            text, offsets = _splice(text, offsets, edits)

    # 2a. a text browser's dump: link numbers and the left margin (no margin is stripped without link numbers)
    if "[" in text:
        edits = _text_dump_edits(text)
        if edits:
            text, offsets = _splice(text, offsets, edits)

    # 2b. line breaks inside a sentence
    if "\n" in text:
        edits = _wrap_edits(text)
        if edits:
            flags["joined_lines"] = True
            text, offsets = _splice(text, offsets, edits)

    # 3. Traditional -> Simplified
    if traditional is None:
        traditional = detect_traditional(text)
    if traditional:
        flags["traditional"] = True
        flags["taiwan"] = taiwan = TAIWAN_WORDS_RE.search(text) is not None if taiwan is None else taiwan
        text, offsets = _splice(text, offsets, _traditional_edits(text, taiwan))

    # 4. substitutions
    if substitutions:
        text, offsets = _substitute(text, offsets, flags, substitutions)

    if offsets is None:
        offsets = _identity(len(text) + 1)
    return NormalizedText(text=text, offsets=offsets, flags=flags)
