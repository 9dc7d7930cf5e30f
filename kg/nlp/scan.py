"""Tokenizers and one-pass scans that make extraction fast without changing what it finds.

The rules of ``kg.nlp.mentions`` and ``kg.nlp.relations`` read the text, not
tokens: the Doc only carries their entities. Building a Doc costs about half
a microsecond per token, so one token per character (spaCy's ``zh``
character segmenter) costs more than the dictionary scan and several rules
together. Two tokenizers give the same extraction as that segmenter:

- ``ChunkTokenizer`` (the default, ``tokenizer="chunks"``) does not segment
  words: it makes one token per run of text between white space, with white
  space as the character segmenter does it. When the entity merger sets
  ``doc.ents``, it re-cuts the tokens at every entity's start and end
  (``align_doc``), so a Doc's tokens are its entities and the text between
  them, and each entity is exactly the span the character segmenter gives.
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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

import ahocorasick_rs
import numpy as np
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.lexicon import Lexicon
from kg.nlp.spin import evidence_pairs, judges_spun

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


class TextDoc(Doc):
    """A Doc that returns the text it was made from: spaCy rebuilds ``Doc.text`` from one Token object per token."""

    @property
    def text(self) -> str:
        return self.user_data[TEXT_KEY]

    @property
    def text_with_ws(self) -> str:
        return self.user_data[TEXT_KEY]


class TokenBounds:
    """Where the tokens of a chunked Doc start and end: the cut positions and each token's character span."""

    __slots__ = ("cut", "starts", "ends", "is_start", "is_end")

    def __init__(self, n: int, cut: np.ndarray, starts: list[int], ends: list[int]):
        self.cut, self.starts, self.ends = cut, starts, ends  # lists: bisect beats numpy on one value
        self.is_start = np.zeros(n + 1, dtype=bool)
        self.is_end = np.zeros(n + 1, dtype=bool)
        self.is_start[starts] = True
        self.is_end[ends] = True


def doc_from_cuts(vocab, text: str, cut: np.ndarray, user_data: dict | None = None) -> TextDoc:
    """A Doc of ``text`` with tokens between the cut positions; white space as spaCy's character segmenter.

    A white-space run is never cut inside, and one space after a word is the
    word's trailing space (spaCy's rule): so a span whose ends are cut
    positions is the same span the character segmenter's Doc gives. ``cut`` is
    the caller's to give away: it is changed and kept with the Doc.
    """
    n = len(text)
    codes = _codes(text)
    cut[0] = cut[n] = True
    space = _is_space(codes)
    if n:
        cut[1:n] &= ~(space[1:] & space[:-1])
    cuts = np.flatnonzero(cut)
    starts, ends = cuts[:-1], cuts[1:]
    trailing = np.zeros(len(starts), dtype=bool)
    if n:
        trailing[1:] = codes[starts[1:]] == 0x20
        trailing[1:] &= ~space[starts[:-1]]
    keep = ~(trailing & (starts + 1 == ends))
    spaces = np.zeros(len(starts), dtype=bool)
    spaces[:-1] = trailing[1:]
    starts = (starts + trailing)[keep]
    ends, spaces = ends[keep], spaces[keep]
    starts, ends = starts.tolist(), ends.tolist()
    words = [text[a:b] for a, b in zip(starts, ends)]
    doc = TextDoc(vocab, words=words, spaces=spaces.tolist())
    if user_data:
        doc.user_data.update(user_data)
    doc.user_data[BOUNDS_KEY] = TokenBounds(n, cut, starts, ends)
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
    edges = list(edges)
    if all(bounds.is_start[a] and bounds.is_end[b] for a, b in edges):
        return doc
    cut = bounds.cut.copy()
    for a, b in edges:
        cut[a] = cut[b] = True
    return doc_from_cuts(doc.vocab, doc.text, cut, doc.user_data)


def entity_span(doc: Doc, start: int, end: int, label: str, kb_id: str, span_id: str) -> Span | None:
    """``doc.char_span(start, end, …, alignment_mode="contract")``: the tokens lying inside [start, end), or None.

    On a chunked Doc the token is found by bisecting the token offsets
    (``char_span`` makes several Token objects per call).
    """
    bounds = doc.user_data.get(BOUNDS_KEY)
    if bounds is None:
        return doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id, alignment_mode="contract")
    first = bisect_left(bounds.starts, start)
    stop = bisect_right(bounds.ends, end)
    if stop <= first:
        return None
    return Span(doc, first, stop, label=label, kb_id=kb_id, span_id=span_id)


MAX_CHUNK_LEXEMES = 50_000


class ChunkTokenizer:
    """One token per run of text between white space (re-cut at the entities later); see the module docstring.

    Nearly every chunk is a string the vocabulary has not seen. spaCy's
    ``zh`` vocabulary computes a dozen lexical attributes for each new one
    (measured: 13.6 µs per new token, against 1.6 µs without them) and keeps
    it for good, so a corpus would grow it without bound. The Docs are made
    with a vocabulary of the tokenizer's own, without lexical attributes
    (nothing reads them from these tokens), which starts afresh once it holds
    MAX_CHUNK_LEXEMES entries: memory stays bounded by that, not by the corpus.
    """

    def __init__(self, vocab):
        self.vocab = vocab
        self.chunk_vocab = Vocab(lex_attr_getters={})

    def __call__(self, text: str) -> Doc:
        if len(self.chunk_vocab) > MAX_CHUNK_LEXEMES:
            self.chunk_vocab = Vocab(lex_attr_getters={})
        n = len(text)
        cut = np.zeros(n + 1, dtype=bool)
        if n:
            space = _is_space(_codes(text))
            cut[1:n] = space[1:] != space[:-1]
        return doc_from_cuts(self.chunk_vocab, text, cut)


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


def _overlaps_itself(form: str) -> bool:
    """True when two occurrences of ``form`` can overlap (a proper prefix is also a suffix: 哈哈 in 哈哈哈)."""
    return any(form[:k] == form[-k:] for k in range(1, len(form)))


class SpinCounter:
    """Counts of every multi-character spin form, with ``str.count`` semantics, in one scan.

    Overlapping matches are counted per form with one ``bincount``; only a
    form that can overlap itself differs from ``str.count`` (which counts
    left to right without overlap), so those few are counted with it.
    """

    def __init__(self, lex: Lexicon):
        self.pairs = evidence_pairs(lex)
        self.forms = sorted({form for pair in self.pairs for form in pair})
        self.matcher = ahocorasick_rs.AhoCorasick(self.forms, matchkind=ahocorasick_rs.MatchKind.Standard)
        index = {form: i for i, form in enumerate(self.forms)}
        self.self_overlapping = [(index[f], f) for f in self.forms if _overlaps_itself(f)]
        self.spun_index = np.array([index[s] for _, s in self.pairs], dtype=np.int64)
        self.canonical_index = np.array([index[c] for c, _ in self.pairs], dtype=np.int64)

    def count_array(self, text: str) -> np.ndarray:
        """Occurrences of each form (by its index in ``forms``), as ``str.count`` counts them."""
        found = self.matcher.find_matches_as_indexes(text, overlapping=True)
        if not found:
            return np.zeros(len(self.forms), dtype=np.int64)
        counts = np.bincount(np.array(found, dtype=np.int64)[:, 0], minlength=len(self.forms))
        for i, form in self.self_overlapping:
            if counts[i] > 1:
                counts[i] = text.count(form)
        return counts

    def counts(self, text: str) -> dict[str, int]:
        """Non-overlapping occurrences of each form that occurs, counted as ``str.count`` does."""
        counts = self.count_array(text)
        return {self.forms[i]: int(counts[i]) for i in np.flatnonzero(counts)}

    def score(self, text: str) -> tuple[int, int]:
        """(spun occurrences, canonical occurrences) summed over the pairs."""
        counts = self.count_array(text)
        return int(counts[self.spun_index].sum()), int(counts[self.canonical_index].sum())


_SPIN_COUNTERS: dict[int, tuple[Lexicon, SpinCounter]] = {}


def _spin_counter(lex: Lexicon) -> SpinCounter:
    # Keyed by identity: a Lexicon is not hashable, and load_lexicon returns one object per folder.
    entry = _SPIN_COUNTERS.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _SPIN_COUNTERS[id(lex)] = (lex, SpinCounter(lex))
    return entry[1]


def spin_score(text: str, lex: Lexicon) -> tuple[int, int]:
    """Same as ``kg.nlp.spin.spin_score``: (spun occurrences, canonical occurrences) over multi-character pairs."""
    return _spin_counter(lex).score(text)


def is_spun(text: str, lex: Lexicon) -> bool:
    """Same as ``kg.nlp.spin.is_spun``, in one scan."""
    spun, canonical = spin_score(text, lex)
    return judges_spun(spun, canonical, text)
