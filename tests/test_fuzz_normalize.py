"""Fuzzing the normalizer: any text gives a NormalizedText whose offset map stays inside the original.

Budgets are fixed and derandomized (see tests/fuzzing.py).
"""

from __future__ import annotations

from fuzzing import any_text, fuzz_settings, giant_line
from hypothesis import given
from hypothesis import strategies as st

from kg.normalize import compile_substitutions, detect_traditional, normalize

# Spun forms of seed 000/001 and overlapping keys, so leftmost-longest has choices to make.
SUBSTITUTIONS = compile_substitutions(
    {"家产和信息化部": "工业和信息化部", "严峻技术拆备": "重大技术装备", "家产": "工业", "和信": "和X", "a": "", "部": "部门"}
)


def check_offsets(original: str, normalized) -> None:
    """The offset map has one entry per character plus the end, ascending, inside the original."""
    offsets = normalized.offsets
    assert len(offsets) == len(normalized.text) + 1
    assert offsets[-1] == len(original)
    assert all(0 <= o <= len(original) for o in offsets)
    assert all(a <= b for a, b in zip(offsets, offsets[1:])), "offsets must not go backwards"
    for start in range(0, len(normalized.text), max(1, len(normalized.text) // 7)):
        end = min(len(normalized.text), start + 5)
        o_start, o_end = normalized.to_original(start, end)
        assert 0 <= o_start <= o_end <= len(original)


@fuzz_settings(max_examples=400)
@given(text=any_text, traditional=st.sampled_from((None, True, False)), spun=st.booleans())
def test_fuzz_normalize_keeps_a_valid_offset_map(text, traditional, spun):
    normalized = normalize(text, traditional=traditional, substitutions=SUBSTITUTIONS if spun else None)
    check_offsets(text, normalized)
    assert set(normalized.flags) >= {"pinyin", "traditional", "substituted"}


@fuzz_settings(max_examples=8)
@given(text=giant_line())
def test_fuzz_normalize_giant_line(text):
    check_offsets(text, normalize(text, substitutions=SUBSTITUTIONS))


@fuzz_settings(max_examples=200)
@given(text=any_text)
def test_fuzz_detect_traditional_any_text(text):
    assert detect_traditional(text) in (True, False)
