"""Offset maps: normalized spans point back to the original text they came from."""

from __future__ import annotations

import random
import re
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest import read_file
from kg.normalize import normalize

CORPUS = Path(__file__).parent.parent / "data" / "corpus"
SPUN = {"家产": "工业", "引见": "介绍", "严峻技术拆备": "重大技术装备", "主席同志": "习近平同志", "加速": "加快",
        "真体经济": "实体经济", "撑持": "支持"}
PINYIN_PARAGRAPH = (
    "國務(wù)院新聞(wén)辦(bàn)公(gōng)室舉行新聞發佈會，工(gōng)業(yè)和資訊化部部長金壯龍出席。\n"
    "加快推進新型工業化(gōngyèhuà)，推動軟體(ruǎn tǐ)和資訊服務業發展。"
)


def _seed(name: str) -> str:
    return read_file(CORPUS / name)[0].text


def _cases() -> list[tuple[str, str, dict | None]]:
    s2tw = opencc.OpenCC("s2twp")
    return [
        ("000 simplified", _seed("000_3fbe88de0c0c7436.txt"), None),
        ("001 spun", _seed("001_8fdf2b91e3c68389.txt"), SPUN),
        ("002 simplified", _seed("002_5b4b3f48a74c9603.txt"), None),
        ("003 full-width spaces", _seed("003_d0fe679171638b3c.txt"), None),
        ("004 front matter", _seed("004_02bab8e2bb98276c.txt"), None),
        ("000 traditional", s2tw.convert(_seed("000_3fbe88de0c0c7436.txt")), None),
        ("003 traditional", s2tw.convert(_seed("003_d0fe679171638b3c.txt")), None),
        ("pinyin", PINYIN_PARAGRAPH, None),
        ("pinyin repeated", "國(guo)(guo)務院新聞(wen)(wen)辦，產(chan)(chan)(chan)業(ye4)和信息化部(bu)。", None),
        ("zero-width and width", "工业\u200b和信息化部（试行）　　ＡＩ赋能，２０２３年。\n\r\n核心技术，", None),
    ]


CASES = _cases()
_CLAUSE_END = set("，。；：！？、\n")


def _check_invariants(original: str, result) -> None:
    offsets = result.offsets
    assert len(offsets) == len(result.text) + 1
    assert offsets[-1] == len(original)
    assert all(0 <= a <= b for a, b in zip(offsets, offsets[1:]))
    assert all(o < len(original) for o in offsets[:-1])


@pytest.mark.parametrize("label,original,subs", CASES, ids=[c[0] for c in CASES])
def test_normalize_offsets_invariants(label, original, subs):
    _check_invariants(original, normalize(original, substitutions=subs))


@pytest.mark.parametrize("label,original,subs", CASES, ids=[c[0] for c in CASES])
def test_normalize_offsets_round_trip_random_spans(label, original, subs):
    """For random clause-aligned spans, the original under to_original normalizes back to the span."""
    result = normalize(original, substitutions=subs)
    text = result.text
    bounds = [0] + [i + 1 for i, ch in enumerate(text) if ch in _CLAUSE_END]
    rng = random.Random(label)
    for _ in range(150):
        start, end = sorted(rng.sample(bounds, 2))
        if start == end:
            continue
        a, b = result.to_original(start, end)
        again = normalize(original[a:b], substitutions=subs, traditional=result.flags["traditional"],
                          taiwan=result.flags["taiwan"])
        assert again.text == text[start:end], (label, start, end)


# Joining a wrapped line depends on the lines before it (the title is never
# joined), so a span normalized alone may keep a break the whole text joined:
# these are checked for the invariants and character by character, not by
# the round trip above.
HARD_WRAPPED = [
    "工信部表示\n李乐成表示，发展人工智能是\n必答题，也是\n选答题。\n会议在北京召开。会\n议由副部长主持。",
    "工信部表示\n李乐成(lǐ)(lǐ)表示，发展人工智能是\n必答题。\n　　會議在北京召開。會\n議由副部長主持。",
    # a PDF copied to text: page numbers and running headers go, the page's last line joins the next page's first
    "文字实录\n\n　　他说，要促进物\n\n— 1 —\n\f文字实录\n\n联网的研发，国务院新闻办公室副主任\n、新闻发言人主持。\n\n— 2 —\n",
]


@pytest.mark.parametrize("original", HARD_WRAPPED)
def test_normalize_offsets_of_joined_lines(original):
    result = normalize(original)
    assert result.flags["joined_lines"]
    _check_invariants(original, result)
    t2s = opencc.OpenCC("t2s")
    for i, ch in enumerate(result.text):
        if ch != " ":
            assert t2s.convert(original[result.offsets[i]]) == ch


def test_normalize_offsets_unchanged_characters_point_at_themselves():
    original = _seed("003_d0fe679171638b3c.txt")
    result = normalize(original)
    assert result.text != original  # full-width spaces were folded and collapsed
    for i, ch in enumerate(result.text):
        if ch != " ":
            assert original[result.offsets[i]] == ch


@pytest.mark.parametrize(
    "original,normalized_span,original_span,subs",
    [
        ("國務(wù)院新聞(wén)辦(bàn)公(gōng)室舉行", "国务院新闻办公室", "國務(wù)院新聞(wén)辦(bàn)公(gōng)室", None),
        ("加快工業網際網路建設", "互联网", "網際網路", None),
        ("加快工業網際網路建設", "建设", "建設", None),
        ("深化網際網路全域性性應用", "全局性", "全域性性", None),
        ("工業和資訊化部部長金壯龍", "工业和信息化部", "工業和資訊化部", None),
        ("以主席同志为焦点的党地方", "习近平同志", "主席同志", SPUN),
        ("以主席同志为焦点的党地方", "为焦点", "为焦点", SPUN),
        ("新型工业化　　　加快建设", "加快建设", "加快建设", None),
        ("工业\u200b\u200b和信息化部", "工业和信息化部", "工业\u200b\u200b和信息化部", None),
        # repeated annotations: a span ending at the character keeps its repeats, the next starts after them
        ("國(guo)(guo)務院", "国务院", "國(guo)(guo)務院", None),
        ("國(guo)(guo)務院舉行", "举行", "舉行", None),
        ("產(chan)(chan)(chan)業和信息化部", "产业", "產(chan)(chan)(chan)業", None),
        ("產(chan)(chan)(chan)業和信息化部", "信息化部", "信息化部", None),
        # joined lines: a span over the break covers it, a span after it starts after it
        ("标题\n李乐成表示，发展人工智能是\n必答题。", "人工智能是必答题", "人工智能是\n必答题", None),
        ("标题\n李乐成表示，发展人工智能是\n必答题。", "必答题", "必答题", None),
    ],
)
def test_normalize_offsets_map_mentions_to_original(original, normalized_span, original_span, subs):
    result = normalize(original, substitutions=subs)
    start = result.text.index(normalized_span)
    a, b = result.to_original(start, start + len(normalized_span))
    assert original[a:b] == original_span


TRICKY = list("工業資訊化部國務院核心网際網路家产 　\u200b\"「」（）()gōnwùy12３ＡＢ，。\n\r\t⼯") + ["(gōng)", "(wù)", "(guo)", "(guo2)"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TRICKY), max_size=40).map("".join))
def test_normalize_offsets_invariants_on_generated_text(original):
    result = normalize(original, substitutions={"家产": "工业", "网際": "互联"})
    _check_invariants(original, result)
    for start in range(len(result.text) + 1):
        a, b = result.to_original(start, len(result.text))
        assert 0 <= a <= b <= len(original)
