"""Tokenizers and one-pass scans that make extraction fast without changing what it finds.

``CharTokenizer`` (the default of ``kg.nlp.make_pipeline``) builds exactly
the tokens of spaCy's ``zh`` character segmenter, in linear time instead of
quadratic, and its Doc returns the text it was made from instead of
rebuilding it from one Token object per character. Same Doc, same results.

``BoundaryTokenizer`` (``tokenizer="boundary"``, measured in
bench/build_speed.py: fewer tokens, but building them in Python costs about
what they save) replaces spaCy's one-token-per-character Chinese
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

import ahocorasick_rs
import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicon import Lexicon, load_lexicon
from kg.nlp.spin import MIN_SPUN_HITS

# Word lists of kg.nlp.mentions, read by name (a list the rules stop using only makes the fallback
# more frequent). Lists that only filter candidates (bad starts, name followers …) are left out:
# they never place a boundary. Trigger verbs, fillers and lead verbs matter only in the clause
# before a name ending (an anchor), so they cut only there.
CLAUSE_LISTS = ("PROGRAM_TRIGGERS", "TRIGGER_FILLERS", "EVENT_TRIGGERS", "ENUM_LEAD_VERBS")
# Name endings and how far back their rule looks for the name's start (the rules' clause limits).
ANCHOR_LISTS = {"PROGRAM_SUFFIXES": 40, "DOC_SUFFIXES": 40, "EVENT_SUFFIXES": 60}
ENUMERATION_TAIL = "SCOPE_TAIL_RE"  # ``A、B、C等重点领域``: its clause reaches further back
ENUMERATION_WINDOW = 200
# Written inline in the rules: document triggers; particles after triggers, conjunctions and modal
# words of enumeration items, year and edition endings of events (single characters: clause only).
CLAUSE_CUES = ("印发了", "印发", "出台了", "发布了", "落实", "贯彻", "实施", "执行", "修订发布", "修订", "第",
               *"了的好在和与及要将并还也可应再更年届次场")
NAME_AFTER_TITLE = 6  # characters after a title where a name (and white space) may be cut
NAME_BEFORE_TITLE = 4  # characters before a title where a name may start
DEPARTMENT_BEFORE_TITLE = 20  # a department before a title: up to 14 characters plus its suffix
DEPARTMENT_ENDINGS = frozenset("司局厅室心院会组")
HEAD_BEFORE_COLON = 10  # characters before the colon of a line head (``工信部部长 金壮龙：``)
NAME_LENGTHS = (2, 3, 4)
LINE_HEAD_RE = re.compile(r"^[ \t]*[^\n:：]{1,60}[:：]", re.M)
FALLBACK_KEY = "ipkg_needs_char_tokens"
BOUNDS_KEY = "ipkg_token_bounds"
TEXT_KEY = "ipkg_source_text"
ALWAYS, TITLE, CLAUSE = 1, 2, 4  # kinds of cue words (bit flags)


@functools.lru_cache(maxsize=None)
def _whitespace_table() -> np.ndarray:
    """``table[c]`` is true when ``chr(c).isspace()`` (what spaCy treats as white space); all are below U+3001."""
    return np.array([chr(c).isspace() for c in range(0x3001)], dtype=bool)


def _is_space(codes: np.ndarray) -> np.ndarray:
    return (codes <= 0x3000) & _whitespace_table()[np.minimum(codes, 0x3000)]


def collect_cue_words(lex: Lexicon) -> tuple[dict[str, int], dict[str, int]]:
    """Cue words with their kind (ALWAYS, TITLE, CLAUSE bit flags), and anchor words with their window."""
    from kg.nlp import mentions

    kinds: dict[str, int] = {}

    def add(words, kind: int) -> None:
        for word in words:
            if word:
                kinds[word] = kinds.get(word, 0) | kind

    add(lex.patterns, ALWAYS)
    add(lex.titles, ALWAYS | TITLE)
    for name in CLAUSE_LISTS:
        add(getattr(mentions, name, ()), CLAUSE)
    add(CLAUSE_CUES, CLAUSE)
    anchors: dict[str, int] = {}
    for name, window in ANCHOR_LISTS.items():
        for word in getattr(mentions, name, ()):
            anchors[word] = max(anchors.get(word, 0), window)
    return kinds, anchors


class BoundaryIndex:
    """The cue automaton of one lexicon, with the kind of each word (built once per process)."""

    def __init__(self, lex: Lexicon):
        from kg.nlp import mentions

        kinds, anchors = collect_cue_words(lex)
        self.words = sorted(set(kinds) | set(anchors))
        self.matcher = ahocorasick_rs.AhoCorasick(self.words, matchkind=ahocorasick_rs.MatchKind.Standard)
        self.kind = np.array([kinds.get(w, 0) for w in self.words], dtype=np.int8)
        self.window = np.array([anchors.get(w, 0) for w in self.words], dtype=np.int64)
        self.enumeration_tail = getattr(mentions, ENUMERATION_TAIL, None)


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
    alnum = ((codes >= 0x30) & (codes <= 0x39)) | ((codes | 0x20) >= 0x61) & ((codes | 0x20) <= 0x7A)
    # Script changes; every other character (punctuation, symbols, space) is a token of its own.
    word_class = np.where(cjk, 1, np.where(alnum, 2, 0))
    cut[1:n] |= word_class[1:] != word_class[:-1]
    other = word_class == 0
    cut[:-1] |= other
    cut[1:] |= other
    matches = index.matcher.find_matches_as_indexes(text, overlapping=True)
    found = np.array(matches, dtype=np.int64).reshape(-1, 3)
    kind = index.kind[found[:, 0]]
    window = index.window[found[:, 0]]
    always = found[((kind & ALWAYS) != 0) | (window > 0)]
    cut[always[:, 1]] = True
    cut[always[:, 2]] = True
    # The clauses before name endings, where trigger verbs, particles and lead verbs cut.
    clause = np.zeros(n + 1, dtype=bool)
    for start, size in zip(found[window > 0, 1].tolist(), window[window > 0].tolist()):
        clause[max(0, start - size):start] = True
    if index.enumeration_tail is not None:
        for tail in index.enumeration_tail.finditer(text):
            cut[tail.start()] = cut[tail.end()] = True
            clause[max(0, tail.start() - ENUMERATION_WINDOW):tail.start()] = True
    in_clause = found[((kind & CLAUSE) != 0) & clause[found[:, 1]]]
    cut[in_clause[:, 1]] = True
    cut[in_clause[:, 2]] = True
    names: set[str] = set()
    for start, end in found[(kind & TITLE) != 0, 1:].tolist():
        window_end = min(n, end + NAME_AFTER_TITLE)
        cut[end:window_end + 1] = True
        after = text[end:window_end].lstrip()
        names.update(after[:k] for k in NAME_LENGTHS if len(after) >= k)
        before = DEPARTMENT_BEFORE_TITLE if start > 0 and text[start - 1] in DEPARTMENT_ENDINGS else NAME_BEFORE_TITLE
        cut[max(0, start - before):start + 1] = True
        names.update(text[start - k:start] for k in NAME_LENGTHS if start >= k)
    for head in LINE_HEAD_RE.finditer(text):
        colon = head.end() - 1
        cut[max(head.start(), colon - HEAD_BEFORE_COLON):colon + 1] = True
        stem = text[head.start():colon].rstrip()
        names.update(stem[-k:] for k in NAME_LENGTHS if len(stem) >= k)
    # A name found next to a title is then matched everywhere in the article.
    names = {name for name in names if len(name) >= 2 and not any(ch.isspace() for ch in name)}
    if names:
        finder = ahocorasick_rs.AhoCorasick(sorted(names), matchkind=ahocorasick_rs.MatchKind.Standard)
        spans = np.array(finder.find_matches_as_indexes(text, overlapping=True), dtype=np.int64).reshape(-1, 3)
        cut[spans[:, 1]] = True
        cut[spans[:, 2]] = True
    # White space is tokenized as the character segmenter does: a run is one piece.
    space = _is_space(codes)
    cut[1:n] &= ~(space[1:] & space[:-1])
    return np.flatnonzero(cut)


WHITESPACE_RE = re.compile(r"\s+")  # \s is exactly str.isspace for str patterns


class TextDoc(Doc):
    """A Doc that returns the text it was made from: spaCy rebuilds ``Doc.text`` from one Token object per token."""

    @property
    def text(self) -> str:
        return self.user_data[TEXT_KEY]

    @property
    def text_with_ws(self) -> str:
        return self.user_data[TEXT_KEY]


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


class BoundaryDoc(TextDoc):
    """A Doc that notes any ``char_span`` whose ends are not token boundaries (see the module docstring).

    When a span starts at a token start and ends at a token end, the character
    segmenter's Doc has tokens tiling exactly the same characters, so both
    Docs give the same span.
    """

    def char_span(self, start_idx, end_idx, *args, **kwargs):  # noqa: D102  (same as Doc.char_span)
        is_start, is_end = self.user_data[BOUNDS_KEY]
        if not (0 <= start_idx < end_idx < len(is_end) and is_start[start_idx] and is_end[end_idx]):
            self.user_data[FALLBACK_KEY] = True
        return super().char_span(start_idx, end_idx, *args, **kwargs)


class BoundaryTokenizer:
    """Tokens only where a mention can start or end; white space as spaCy's character segmenter."""

    def __init__(self, vocab, resource_dir: str | None = None):
        self.vocab = vocab
        self.resource_dir = resource_dir

    def __call__(self, text: str) -> Doc:
        n = len(text)
        cuts = find_boundaries(text, boundary_index(self.resource_dir))
        starts, ends = cuts[:-1], cuts[1:]
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        # One space after a word is the word's trailing space (spaCy's rule); a longer run keeps the rest.
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
        doc = BoundaryDoc(self.vocab, words=words, spaces=spaces.tolist())
        is_start = np.zeros(n + 1, dtype=bool)
        is_end = np.zeros(n + 1, dtype=bool)
        is_start[starts] = True
        is_end[ends] = True
        doc.user_data[BOUNDS_KEY] = (is_start, is_end)
        doc.user_data[TEXT_KEY] = text
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
        text = doc.text
        return make_pipeline(self.resource_dir, tokenizer="char")(text)


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
