"""Detect machine-spun text and build the table that undoes it.

A spinner swaps words for near-synonyms consistently (工业→家产, 产业→财产,
基础→根原 …), so in a spun article the canonical forms of the swapped words
all but vanish while their spun forms are frequent. Comparing the two counts
is a robust test that needs no threshold tuned to one article.
"""

from __future__ import annotations

from kg.lexicon import Lexicon

MIN_SPUN_HITS = 3


def evidence_pairs(lex: Lexicon) -> list[tuple[str, str]]:
    """The multi-character pairs whose counts are evidence of spinning.

    Spinners chain and swap (消费<->生产, 领域->范畴->规模): a word that is one
    pair's spun form and another's canonical form counts on both sides, and in a
    text spun with such pairs it can outweigh every clean pair. Those words are
    left out of the comparison.
    """
    pairs = [(c, s) for c, s in lex.spin_pairs if len(c) >= 2 and len(s) >= 2]
    canonicals, spuns = {c for c, _ in pairs}, {s for _, s in pairs}
    both = canonicals & spuns
    return [(c, s) for c, s in pairs if c not in both and s not in both]


def spin_score(text: str, lex: Lexicon) -> tuple[int, int]:
    """(occurrences of spun forms, occurrences of their canonical forms) over ``evidence_pairs``."""
    spun = canonical = 0
    for canon, spun_form in evidence_pairs(lex):
        spun += text.count(spun_form)
        canonical += text.count(canon)
    return spun, canonical


# Spun forms that are no Chinese word at all: two of them mark a text spun even when its spinner's other
# pairs are unknown (then the canonical forms of the table's other pairs, left alone, outnumber the spun ones),
# as long as spun forms are at least half as frequent as canonical ones (a page quoting one spun paragraph is no
# spun page).
TELLTALES = ("根原", "拆备", "家产和", "动做", "工做", "施止", "落真", "删材")
MIN_TELLTALES = 2


def has_telltales(text: str) -> bool:
    """Two or more different telltale spun forms occur in ``text``."""
    return sum(1 for form in TELLTALES if form in text) >= MIN_TELLTALES


def is_spun(text: str, lex: Lexicon) -> bool:
    """True when the spun forms outnumber the canonical ones, or the text holds telltale spun non-words."""
    spun, canonical = spin_score(text, lex)
    return spun >= MIN_SPUN_HITS and (spun > canonical or 2 * spun >= canonical and has_telltales(text))


def despin_table(lex: Lexicon) -> dict[str, str]:
    """Spun form -> canonical form, for every pair whose spun side has two or more characters.

    Single-character pairs (实→真) are too ambiguous for running text; names
    containing them are matched through the spun variants in the lexicon.
    Words the relation rules key on are never rewritten (``kg.lexicon.PROTECTED_WORDS``).
    """
    return lex.despin_table
