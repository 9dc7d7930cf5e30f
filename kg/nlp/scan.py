"""One-pass Aho-Corasick scans that make extraction fast without changing what it finds.

``BoundaryTokenizer`` replaces spaCy's one-token-per-character Chinese
segmenter. Building a Doc costs about one microsecond per token, and the
rules of ``kg.nlp.mentions`` work on the text, not on tokens: the Doc only
has to carry their spans. So a token boundary is needed only where a mention
can start or end. The tokenizer cuts at

- the start and end of every overlapping match of a cue vocabulary: every
  dictionary surface and spun variant of ``kg.lexicon``, every title, and every
  word list of the rule modules (trigger verbs, programme/event/document
  suffixes, speech verbs, enumeration lead verbs …, collected from
  ``kg.nlp.mentions`` and ``kg.nlp.relations`` automatically, so a new list
  needs no change here);
- both sides of every character that is not a CJK ideograph (punctuation,
  digits, Latin letters, white space: script changes);
- every character of the short windows where person names and departments
  are cut: after a title, before a title, before a colon in a line head;
- every occurrence of the candidate names taken from those windows (a name
  found after a title is then matched everywhere in the article).

White space is tokenized exactly as the character segmenter does it, so a
span is the same in both Docs whenever its ends are token boundaries. The Doc
checks that on every ``char_span`` call; a call whose ends are not boundaries
marks the Doc, and the last pipeline component (``ipkg_exact_v1``) then runs
the article again with character tokens. Results are therefore identical to
the character segmenter by construction; the cue vocabulary only decides how
often the slow path is taken (``fallback_rate``).

``spin_score`` and ``is_spun`` give the same counts as ``kg.nlp.spin`` (one
``str.count`` per spin pair, i.e. hundreds of passes over the text) in one
overlapping scan.
"""

from __future__ import annotations

import functools
import re
import sys

import ahocorasick_rs
import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicon import Lexicon, load_lexicon
from kg.nlp.spin import MIN_SPUN_HITS

# Words where the rules cut that are written inline in the rules rather than
# in a module-level list: particles after trigger verbs, ordinal and edition
# endings of event names, modal words stripped from enumeration items.
EXTRA_CUES = ("了", "的", "好", "年", "届", "次", "场", "第", "和", "与", "及", "等", "由", "请", "同", "对",
              "要", "将", "并", "还", "也", "可", "应", "再", "更", "上", "期间", "现场")
NAME_AFTER_TITLE = 6  # characters after a title where a name (and white space) may be cut
NAME_BEFORE_TITLE = 4  # characters before a title where a name may start
DEPARTMENT_BEFORE_TITLE = 20  # a department before a title: up to 14 characters plus its suffix
DEPARTMENT_ENDINGS = frozenset("司局厅室心院会组")
HEAD_BEFORE_COLON = 10  # characters before the colon of a line head (``工信部部长 金壮龙：``)
NAME_LENGTHS = (2, 3, 4)
LINE_HEAD_RE = re.compile(r"^[ \t]*[^\n:：]{1,60}[:：]", re.M)
FALLBACK_KEY = "ipkg_needs_char_tokens"


@functools.lru_cache(maxsize=None)
def _whitespace_codepoints() -> np.ndarray:
    """Code points for which ``str.isspace`` is true (what spaCy treats as white space)."""
    return np.array([c for c in range(sys.maxunicode + 1) if chr(c).isspace()], dtype=np.uint32)


def collect_cue_words(lex: Lexicon) -> list[str]:
    """Every string where a mention may start or end: dictionary surfaces, titles, the rules' word lists."""
    from kg.nlp import mentions, relations

    words: set[str] = set(lex.patterns) | set(lex.titles) | set(EXTRA_CUES)
    for module in (mentions, relations):
        for value in vars(module).values():
            if isinstance(value, (tuple, list, set, frozenset)) and value and all(isinstance(v, str) for v in value):
                words.update(v for v in value if v)
    return sorted(words)


class BoundaryIndex:
    """The cue automaton and title set of one lexicon (built once per process)."""

    def __init__(self, lex: Lexicon):
        self.words = collect_cue_words(lex)
        self.matcher = ahocorasick_rs.AhoCorasick(self.words, matchkind=ahocorasick_rs.MatchKind.Standard)
        self.is_title = np.array([w in lex.titles for w in self.words], dtype=bool)


@functools.lru_cache(maxsize=4)
def boundary_index(resource_dir: str | None = None) -> BoundaryIndex:
    return BoundaryIndex(load_lexicon(resource_dir))


def find_boundaries(text: str, index: BoundaryIndex) -> np.ndarray:
    """Sorted token boundaries of ``text`` (0 and len(text) included); white-space runs are never cut inside."""
    n = len(text)
    cut = np.zeros(n + 1, dtype=bool)
    cut[0] = cut[n] = True
    if n == 0:
        return np.flatnonzero(cut)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    cjk = ((codes >= 0x3400) & (codes <= 0x9FFF)) | ((codes >= 0xF900) & (codes <= 0xFAFF))
    other = ~cjk
    cut[:-1] |= other
    cut[1:] |= other
    matches = index.matcher.find_matches_as_indexes(text, overlapping=True)
    if matches:
        found = np.array(matches, dtype=np.int64)
        cut[found[:, 1]] = True
        cut[found[:, 2]] = True
        titles = found[index.is_title[found[:, 0]]]
    else:
        titles = np.zeros((0, 3), dtype=np.int64)
    names: set[str] = set()
    for start, end in titles[:, 1:].tolist():
        window_end = min(n, end + NAME_AFTER_TITLE)
        cut[end:window_end + 1] = True
        after = text[end:window_end].lstrip()
        names.update(after[:k] for k in NAME_LENGTHS if len(after) >= k)
        before = NAME_BEFORE_TITLE
        if start > 0 and text[start - 1] in DEPARTMENT_ENDINGS:
            before = DEPARTMENT_BEFORE_TITLE
        cut[max(0, start - before):start + 1] = True
        names.update(text[start - k:start] for k in NAME_LENGTHS if start >= k)
    for head in LINE_HEAD_RE.finditer(text):
        colon = head.end() - 1
        cut[max(head.start(), colon - HEAD_BEFORE_COLON):colon + 1] = True
        stem = text[head.start():colon].rstrip()
        names.update(stem[-k:] for k in NAME_LENGTHS if len(stem) >= k)
    names = {name for name in names if len(name) >= 2 and not any(ch.isspace() for ch in name)}
    if names:
        candidates = sorted(names)
        finder = ahocorasick_rs.AhoCorasick(candidates, matchkind=ahocorasick_rs.MatchKind.Standard)
        found = finder.find_matches_as_indexes(text, overlapping=True)
        if found:
            spans = np.array(found, dtype=np.int64)
            cut[spans[:, 1]] = True
            cut[spans[:, 2]] = True
    # White space is tokenized as the character segmenter does: a run is one piece.
    space = np.isin(codes, _whitespace_codepoints())
    if space.any():
        inside = np.zeros(n + 1, dtype=bool)
        inside[1:n] = space[1:] & space[:-1]
        cut &= ~inside
    return np.flatnonzero(cut)


class BoundaryDoc(Doc):
    """A Doc that notes any ``char_span`` whose ends are not token boundaries (see the module docstring)."""

    def char_span(self, start_idx, end_idx, *args, **kwargs):  # noqa: D102  (same as Doc.char_span)
        bounds = self.user_data["ipkg_bounds"]
        if not (start_idx < end_idx and start_idx in bounds and end_idx in bounds):
            self.user_data[FALLBACK_KEY] = True
        return super().char_span(start_idx, end_idx, *args, **kwargs)


class BoundaryTokenizer:
    """Tokens only where a mention can start or end; white space as spaCy's character segmenter."""

    def __init__(self, vocab, resource_dir: str | None = None):
        self.vocab = vocab
        self.resource_dir = resource_dir

    def __call__(self, text: str) -> Doc:
        cuts = find_boundaries(text, boundary_index(self.resource_dir)).tolist()
        words: list[str] = []
        spaces: list[bool] = []
        bounds = set()
        for start, end in zip(cuts, cuts[1:]):
            piece = text[start:end]
            if piece[0].isspace():
                if piece[0] == " " and words and not spaces[-1] and not words[-1][0].isspace():
                    spaces[-1] = True  # one space after a word is its trailing space, as in spaCy
                    piece = piece[1:]
                    start += 1
                    if not piece:
                        bounds.add(end)
                        continue
            words.append(piece)
            spaces.append(False)
            bounds.add(start)
            bounds.add(end)
        doc = BoundaryDoc(self.vocab, words=words, spaces=spaces)
        bounds.add(0)
        doc.user_data["ipkg_bounds"] = bounds
        return doc


class ExactnessGuard:
    """Last component: when a span needed a boundary the tokenizer did not give, rerun with character tokens."""

    def __init__(self, resource_dir: str | None):
        self.resource_dir = resource_dir
        self.fast = 0
        self.fallbacks = 0

    def __call__(self, doc: Doc) -> Doc:
        if not doc.user_data.get(FALLBACK_KEY):
            self.fast += 1
            return doc
        from kg.nlp import make_pipeline

        self.fallbacks += 1
        return make_pipeline(self.resource_dir, tokenizer="char")(doc.text)


@Language.factory("ipkg_exact_v1", default_config={"resource_dir": None})
def make_exactness_guard(nlp: Language, name: str, resource_dir: str | None) -> ExactnessGuard:
    return ExactnessGuard(resource_dir)


def fallback_rate(nlp: Language) -> tuple[int, int]:
    """(documents processed with boundary tokens, documents rerun with character tokens) by ``nlp`` so far."""
    guard = nlp.get_pipe("ipkg_exact_v1")
    return guard.fast, guard.fallbacks


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
        for index, start, end in sorted(self.matcher.find_matches_as_indexes(text, overlapping=True), key=lambda m: m[1]):
            if start >= last_end.get(index, 0):
                last_end[index] = end
                form = self.forms[index]
                counts[form] = counts.get(form, 0) + 1
        return counts


@functools.lru_cache(maxsize=4)
def _spin_counter(lex_id: int, lex: Lexicon) -> SpinCounter:
    return SpinCounter(lex)


def spin_score(text: str, lex: Lexicon) -> tuple[int, int]:
    """Same as ``kg.nlp.spin.spin_score``: (spun occurrences, canonical occurrences) over multi-character pairs."""
    counter = _spin_counter(id(lex), lex)
    counts = counter.counts(text)
    spun = sum(counts.get(s, 0) for _, s in counter.pairs)
    canonical = sum(counts.get(c, 0) for c, _ in counter.pairs)
    return spun, canonical


def is_spun(text: str, lex: Lexicon) -> bool:
    """Same as ``kg.nlp.spin.is_spun``, in one scan."""
    spun, canonical = spin_score(text, lex)
    return spun >= MIN_SPUN_HITS and spun > canonical
