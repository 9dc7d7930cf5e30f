"""Detect machine-spun text and build the table that undoes it.

A spinner swaps words for near-synonyms consistently (工业→家产, 产业→财产,
基础→根原 …), so in a spun article the canonical forms of the swapped words
all but vanish while their spun forms are frequent. Comparing the two counts
is a robust test that needs no threshold tuned to one article.
"""

from __future__ import annotations

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


def despin_table(lex: Lexicon) -> dict[str, str]:
    """Spun form -> canonical form, for every pair whose spun side has two or more characters.

    Single-character pairs (实→真) are too ambiguous for running text; names
    containing them are matched through the spun variants in the lexicon.
    Words the relation rules key on are never rewritten (``kg.lexicon.PROTECTED_WORDS``).
    """
    return lex.despin_table
