"""Detect machine-spun text and build the table that undoes it.

A spinner swaps words for near-synonyms consistently (工业→家产, 产业→财产,
基础→根原 …), so in a spun article the canonical forms of the swapped words
all but vanish while their spun forms are frequent. Comparing the two counts
is a robust test that needs no threshold tuned to one article.
"""

from __future__ import annotations

import functools

from kg.lexicon import Lexicon

MIN_SPUN_HITS = 3


def spin_score(text: str, lex: Lexicon) -> tuple[int, int]:
    """(occurrences of spun forms, occurrences of their canonical forms) over multi-character pairs."""
    spun = canonical = 0
    for canon, spun_form in lex.spin_pairs:
        if len(canon) < 2 or len(spun_form) < 2:
            continue
        spun += text.count(spun_form)
        canonical += text.count(canon)
    return spun, canonical


def is_spun(text: str, lex: Lexicon) -> bool:
    """True when the spun forms outnumber the canonical ones."""
    spun, canonical = spin_score(text, lex)
    return spun >= MIN_SPUN_HITS and spun > canonical


# Words the relation rules key on. A spinner may also produce them (体现→表示),
# but undoing that would destroy far more cues than it restores.
PROTECTED_WORDS = frozenset(
    "表示 说 介绍 指出 强调 提出 认为 透露 回答 出席 参加 主持 举行 召开 举办 印发 出台 发布 制定 制订 "
    "实施 开展 推进 启动 推动 落实 聚焦 围绕 面向 部长 局长 司长 主任 书记 会议 发布会".split()
)


@functools.lru_cache(maxsize=4)
def _despin_table(lex_id: int, pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for canon, spun_form in pairs:
        if len(spun_form) >= 2 and spun_form not in table and spun_form not in PROTECTED_WORDS:
            table[spun_form] = canon
    return table


def despin_table(lex: Lexicon) -> dict[str, str]:
    """Spun form -> canonical form, for every pair whose spun side has two or more characters.

    Single-character pairs (实→真) are too ambiguous for running text; names
    containing them are matched through the spun variants in the lexicon.
    """
    return _despin_table(id(lex), tuple(lex.spin_pairs))
