"""Tokenizers and one-pass scans that make extraction fast without changing what it finds.

The rules of ``kg.nlp.mentions`` and ``kg.nlp.relations`` read the text, not
tokens: the Doc only carries their entities. Building a Doc costs about half
a microsecond per token, so one token per character (spaCy's ``zh``
character segmenter) costs more than the dictionary scan and several rules
together. Two tokenizers give the same extraction as that segmenter:

- ``RunTokenizer`` (the default, ``tokenizer="runs"``) makes one token per
  run of CJK ideographs, per run of Latin letters and digits, and per other
  character (punctuation, symbols), with white space as the character
  segmenter does it. When the entity merger sets ``doc.ents``, it re-cuts
  the tokens at every entity's start and end (``align_doc``), so each
  entity is exactly the span the character segmenter would give.
- ``CharTokenizer`` (``tokenizer="fast-char"``) builds exactly the tokens of
  the character segmenter in linear time instead of quadratic.

Both Docs return the text they were made from instead of rebuilding it from
one Token object per token. ``spin_score`` and ``is_spun`` give the same
counts as ``kg.nlp.spin`` (one ``str.count`` per spin pair, i.e. hundreds
of passes over the text) in one overlapping scan.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import ahocorasick_rs
import numpy as np
from spacy.tokens import Doc

from kg.lexicon import Lexicon
from kg.nlp.spin import MIN_SPUN_HITS

BOUNDS_KEY = "ipkg_token_bounds"
TEXT_KEY = "ipkg_source_text"


@functools.lru_cache(maxsize=None)
def _whitespace_table() -> np.ndarray:
    """``table[c]`` is true when ``chr(c).isspace()`` (what spaCy treats as white space); all are below U+3001."""
    return np.array([chr(c).isspace() for c in range(0x3001)], dtype=bool)


def _is_space(codes: np.ndarray) -> np.ndarray:
    return (codes <= 0x3000) & _whitespace_table()[np.minimum(codes, 0x3000)]


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def script_cuts(text: str) -> np.ndarray:
    """Cut positions (a bool per offset 0..len) between script runs: CJK, Latin/digits, and each other character."""
    n = len(text)
    cut = np.zeros(n + 1, dtype=bool)
    cut[0] = cut[n] = True
    if n == 0:
        return cut
    codes = _codes(text)
    cjk = ((codes >= 0x3400) & (codes <= 0x9FFF)) | ((codes >= 0xF900) & (codes <= 0xFAFF))
    alnum = ((codes >= 0x30) & (codes <= 0x39)) | ((codes | 0x20) >= 0x61) & ((codes | 0x20) <= 0x7A)
    word_class = np.where(cjk, 1, np.where(alnum, 2, 0))
    cut[1:n] |= word_class[1:] != word_class[:-1]
    other = word_class == 0
    cut[:-1] |= other
    cut[1:] |= other
    return cut


class TextDoc(Doc):
    """A Doc that returns the text it was made from: spaCy rebuilds ``Doc.text`` from one Token object per token."""

    @property
    def text(self) -> str:
        return self.user_data[TEXT_KEY]

    @property
    def text_with_ws(self) -> str:
        return self.user_data[TEXT_KEY]


def doc_from_cuts(vocab, text: str, cut: np.ndarray, user_data: dict | None = None) -> TextDoc:
    """A Doc of ``text`` with tokens between the cut positions; white space as spaCy's character segmenter.

    A white-space run is never cut inside, and one space after a word is the
    word's trailing space (spaCy's rule): so a span whose ends are cut
    positions is the same span the character segmenter's Doc gives.
    """
    n = len(text)
    codes = _codes(text)
    cut = cut.copy()
    if n:
        space = _is_space(codes)
        cut[1:n] &= ~(space[1:] & space[:-1])
    cuts = np.flatnonzero(cut)
    starts, ends = cuts[:-1], cuts[1:]
    trailing = np.zeros(len(starts), dtype=bool)
    if n:
        trailing[1:] = codes[starts[1:]] == 0x20
        trailing[1:] &= ~_is_space(codes[starts[:-1]])
    keep = ~(trailing & (starts + 1 == ends))
    spaces = np.zeros(len(starts), dtype=bool)
    spaces[:-1] = trailing[1:]
    starts = (starts + trailing)[keep]
    ends, spaces = ends[keep], spaces[keep]
    words = [text[a:b] for a, b in zip(starts.tolist(), ends.tolist())]
    doc = TextDoc(vocab, words=words, spaces=spaces.tolist())
    if user_data:
        doc.user_data.update(user_data)
    is_start = np.zeros(n + 1, dtype=bool)
    is_end = np.zeros(n + 1, dtype=bool)
    is_start[starts] = True
    is_end[ends] = True
    doc.user_data[BOUNDS_KEY] = (is_start, is_end, cut)
    doc.user_data[TEXT_KEY] = text
    return doc


def align_doc(doc: Doc, edges: Iterable[tuple[int, int]]) -> Doc:
    """``doc``, or a copy re-cut so that every (start, end) in ``edges`` starts and ends at token boundaries.

    The copy keeps ``user_data`` (and so every ``Doc._`` extension value).
    Docs of other tokenizers (one token per character) are returned as they are.
    """
    bounds = doc.user_data.get(BOUNDS_KEY)
    if bounds is None:
        return doc
    is_start, is_end, cut = bounds
    edges = list(edges)
    if all(is_start[a] and is_end[b] for a, b in edges):
        return doc
    cut = cut.copy()
    for a, b in edges:
        cut[a] = cut[b] = True
    return doc_from_cuts(doc.vocab, doc.text, cut, doc.user_data)


class RunTokenizer:
    """One token per script run (CJK, Latin/digits) and per other character; see the module docstring."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return doc_from_cuts(self.vocab, text, script_cuts(text))


WHITESPACE_RE = re.compile(r"\s+")  # \s is exactly str.isspace for str patterns


class CharTokenizer:
    """The tokens of spaCy's ``zh`` character segmenter, built in linear time.

    spaCy aligns the characters with the text by slicing the rest of the text
    for every character (quadratic in the article length); here the words and
    spaces come straight from the white-space runs, by spaCy's rule: a single
    space after a word is its trailing space, any other white space is a
    token. The Doc is the same token for token, so results cannot differ.
    """

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for run in WHITESPACE_RE.finditer(text):
            start, end = run.span()
            words.extend(text[pos:start])
            spaces.extend([False] * (start - pos))
            if start > 0 and text[start] == " ":  # runs are maximal: a word precedes this one
                spaces[-1] = True
                start += 1
            if end > start:
                words.append(text[start:end])
                spaces.append(False)
            pos = end
        words.extend(text[pos:])
        spaces.extend([False] * (len(text) - pos))
        doc = TextDoc(self.vocab, words=words, spaces=spaces)
        doc.user_data[TEXT_KEY] = text
        return doc


# ---------------------------------------------------------------- spin detection


class SpinCounter:
    """Counts of every multi-character spin form, with ``str.count`` semantics, in one scan."""

    def __init__(self, lex: Lexicon):
        self.pairs = [(c, s) for c, s in lex.spin_pairs if len(c) >= 2 and len(s) >= 2]
        self.forms = sorted({form for pair in self.pairs for form in pair})
        self.matcher = ahocorasick_rs.AhoCorasick(self.forms, matchkind=ahocorasick_rs.MatchKind.Standard)

    def counts(self, text: str) -> dict[str, int]:
        """Non-overlapping occurrences of each form, counted left to right as ``str.count`` does."""
        counts: dict[str, int] = {}
        last_end: dict[int, int] = {}
        # Overlapping matches come in order of their end, so those of one form come in order of their start.
        for index, start, end in self.matcher.find_matches_as_indexes(text, overlapping=True):
            if start >= last_end.get(index, 0):
                last_end[index] = end
                form = self.forms[index]
                counts[form] = counts.get(form, 0) + 1
        return counts


_SPIN_COUNTERS: dict[int, tuple[Lexicon, SpinCounter]] = {}


def _spin_counter(lex: Lexicon) -> SpinCounter:
    # Keyed by identity: a Lexicon is not hashable, and load_lexicon returns one object per folder.
    entry = _SPIN_COUNTERS.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _SPIN_COUNTERS[id(lex)] = (lex, SpinCounter(lex))
    return entry[1]


def spin_score(text: str, lex: Lexicon) -> tuple[int, int]:
    """Same as ``kg.nlp.spin.spin_score``: (spun occurrences, canonical occurrences) over multi-character pairs."""
    counter = _spin_counter(lex)
    counts = counter.counts(text)
    spun = sum(counts.get(s, 0) for _, s in counter.pairs)
    canonical = sum(counts.get(c, 0) for c, _ in counter.pairs)
    return spun, canonical


def is_spun(text: str, lex: Lexicon) -> bool:
    """Same as ``kg.nlp.spin.is_spun``, in one scan."""
    spun, canonical = spin_score(text, lex)
    return spun >= MIN_SPUN_HITS and spun > canonical
