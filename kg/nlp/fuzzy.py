"""Dictionary names in spun text that the spin table does not know.

A 伪原创 spinner swaps words for near-synonyms of the same length (发展→成长,
信息→讯息, 制造→建造, 服务→办事), so a spun name keeps its length and most of
its characters: 国家成长改革委 is 国家发展改革委, 讯息化和软件办事业司 is
信息化和软件服务业司. ``spin.tsv`` lists the pairs we have met; every
spinner has others. This module finds such names without any table, and
only runs on articles already detected as spun (``NormalizedText.flags``
"spun"), where the risk that a near-identical phrase is spin is high.

A text window matches a dictionary name (types in ``FUZZY_TYPES``, at least
``MIN_LENGTH`` characters, labels and aliases) when it has the name's length and

- the differing characters are Chinese characters on both sides (a spinner
  swaps words: digits, Latin letters and punctuation stay) and form at most
  ``MAX_RUNS`` runs of at most ``MAX_RUN_LENGTH`` characters: one or two
  swapped words, since spinners' pairs are overwhelmingly two-character words
  (a two-character word may share a character with its synonym: 信息→讯息);
- the unchanged characters are at least ``MIN_KEPT`` (two thirds) of the name,
  so a short name cannot match a window that only shares its frame
  (…制造工程 against 绿色制造工程 is the limit: 4 of 6);
- a run at either end of the name is a whole two-character word: a window
  that differs only in its last (or first) character is nearly always cut
  through another phrase (产业发展司 against 产业发展规划), not spun;
- the swap is consistent with the rest of the article: spinners substitute
  every occurrence of a word, so the name's own word (the two-character run,
  or either of the two words around a one-character run) must not appear
  elsewhere in the article. A spun text that writes 智能 elsewhere did not
  swap 智能, so its 绿色制造工程 is not a spun 智能制造工程.

Exact matches win: no window is taken where a dictionary match (entity or
not-entity blocker) covers it, or whose text is itself a dictionary surface.
Where two names fit overlapping windows, the longer window, then the name
with fewer differing characters, wins; a tie between different labels is
ambiguous and gives nothing. Candidates are found through an index of names
by their first and by their last two characters, so only windows sharing an
unchanged end with some name are compared.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import ahocorasick_rs

from kg.lexicon import Lexicon
from kg.model import Mention

RULE = "dict-fuzzy-spin"
FUZZY_TYPES = frozenset({"Organization", "Program", "PolicyDocument", "Event", "Sector"})
MIN_LENGTH = 5
MAX_RUNS = 2
MAX_RUN_LENGTH = 2
MIN_KEPT = 2 / 3


@dataclass(frozen=True)
class FuzzyName:
    """A dictionary surface the matcher compares windows with."""

    surface: str
    type: str
    label: str
    place: int = 0  # the length of the place the name opens with (天津市|工业和信息化局), which a spinner does not swap


@dataclass
class FuzzyIndex:
    """Eligible dictionary surfaces by their first and by their last two characters."""

    by_head: dict[str, list[FuzzyName]]
    by_tail: dict[str, list[FuzzyName]]
    entries: dict  # every dictionary surface -> its LexEntry, eligible or not (exact text wins)
    max_changed: dict[int, int]  # name length -> most characters a spun spelling may change
    pairs: list[str] = field(default_factory=list)  # every head or tail pair, for ``pair_matcher``
    pair_matcher: ahocorasick_rs.AhoCorasick | None = None  # finds them in Rust
    # The names of a head (tail) pair by (pair, length, one more character): a window is compared only with
    # names it shares that character with, found by dictionary lookups instead of a loop over every name.
    head_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    tail_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    keyed: dict[tuple[str, str, int, int, str], list[FuzzyName]] = field(default_factory=dict)
    places: frozenset[str] = frozenset()  # provinces and cities, which open the names of their bodies

    def __post_init__(self) -> None:
        keyed: dict[tuple[str, str, int, int, str], list[FuzzyName]] = defaultdict(list)
        for pair, names in self.by_head.items():
            for name in names:
                size = len(name.surface)
                for offset in (-1, -3):  # a window keeps the name's last or its third-last character
                    keyed[("head", pair, size, offset, name.surface[offset])].append(name)
            self.head_lengths[pair] = tuple(sorted({len(n.surface) for n in names}))
        for pair, names in self.by_tail.items():
            for name in names:
                size = len(name.surface)
                for offset in (0, 1, 2):  # ... or one of its first three
                    keyed[("tail", pair, size, offset, name.surface[offset])].append(name)
            self.tail_lengths[pair] = tuple(sorted({len(n.surface) for n in names}))
        self.keyed = dict(keyed)

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> FuzzyIndex:
        """Index the labels and aliases of ``lex`` that may be matched fuzzily (spun variants are not: they are exact)."""
        by_head: dict[str, list[FuzzyName]] = defaultdict(list)
        by_tail: dict[str, list[FuzzyName]] = defaultdict(list)
        places = set(lex.city_provinces) | {p for p in lex.city_provinces.values() if p} | MUNICIPALITIES
        for surface, entry in lex.surfaces.items():
            if entry.rule not in ("dict", "dict-alias") or entry.type not in FUZZY_TYPES or len(surface) < MIN_LENGTH:
                continue
            if _starts_with_other_name(surface, entry.label, lex):
                continue  # 工业和信息化部机关党委: the parent alone would make up most of it; its own name is indexed
            name = FuzzyName(surface, entry.type, entry.label, _place_length(surface, places))
            by_head[surface[:2]].append(name)
            by_tail[surface[-2:]].append(name)
        lengths = {len(n.surface) for names in by_head.values() for n in names}
        max_changed = {size: min(MAX_RUNS * MAX_RUN_LENGTH, int(size - MIN_KEPT * size + 1e-9)) for size in lengths}
        pairs = sorted(set(by_head) | set(by_tail))
        matcher = ahocorasick_rs.AhoCorasick(pairs, matchkind=ahocorasick_rs.MatchKind.Standard) if pairs else None
        return cls(dict(by_head), dict(by_tail), lex.surfaces, max_changed, pairs, matcher, places=frozenset(places))


# the province-level cities and regions, which the city table lists as no city of a province
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市", "香港特别行政区", "澳门特别行政区"})


def _place_length(surface: str, places: set[str]) -> int:
    """The length of the province or city ``surface`` opens with (天津市工业和信息化局: 3), or 0."""
    return max((k for k in range(2, min(len(surface), 10)) if surface[:k] in places), default=0)


def _starts_with_other_name(surface: str, label: str, lex: Lexicon) -> bool:
    """At least half of ``surface`` is the name of another body (a parent: 工业和信息化部|机关党委).

    A shorter parent leaves enough of the name's own words to compare: 国务院|新闻办公室.
    """
    for cut in range((len(surface) + 1) // 2, len(surface) - 1):
        entry = lex.surfaces.get(surface[:cut])
        if entry is not None and entry.rule != "not-entity" and entry.label != label and entry.type == "Organization":
            return True
    return False


def is_han(char: str) -> bool:
    """A Chinese character: CJK unified ideographs (with extension A), compatibility ideographs, extensions B and later."""
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3134F


def substitution_runs(name: str, window: str) -> list[tuple[int, int]] | None:
    """The runs ``[start, end)`` where ``window`` differs from ``name``, or None when it is no spelling a spinner makes.

    None also when nothing differs (that is an exact match) or the lengths differ.
    """
    size = len(name)
    if len(window) != size:
        return None
    changed = [i for i in range(size) if name[i] != window[i]]
    if not changed or len(changed) > min(MAX_RUNS * MAX_RUN_LENGTH, size - MIN_KEPT * size):
        return None  # most windows compared share an end with a name and nothing else: rejected here, cheaply
    runs: list[tuple[int, int]] = []
    for i in changed:
        if not (is_han(name[i]) and is_han(window[i])):
            return None  # the window holds punctuation, a digit or a Latin letter the name lacks
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
        if len(runs) > MAX_RUNS or runs[-1][1] - runs[-1][0] > MAX_RUN_LENGTH:
            return None
    if runs[-1][1] == size and runs[-1][1] - runs[-1][0] < 2:
        return None  # a name's last character is its kind (司, 会, 区): changing it alone names another thing
    if len(runs) == 1 and runs[0][0] == 0 and runs[0][1] < 2:
        return None  # 推动互联网 is 移动互联网's tail after another word, not a swap: one edge character needs a second run
    return runs


def swapped_words(name: str, run: tuple[int, int]) -> list[str]:
    """The words of ``name`` a spinner may have swapped to change ``run``: the run, or a one-character run with a neighbour."""
    start, end = run
    if end - start >= 2:
        return [name[start:end]]
    return [name[i : i + 2] for i in (start - 1, start) if i >= 0 and i + 2 <= len(name)]


def _counter(text: str, cache: dict[str, int] | None):
    """``text.count`` remembered per word (each is a scan of the whole article; windows ask for the same words)."""
    if cache is None:
        return text.count

    def count(word: str) -> int:
        found = cache.get(word)
        if found is None:
            found = cache[word] = text.count(word)
        return found

    return count


def is_consistent(text: str, window_start: int, name: str, runs: list[tuple[int, int]],
                  counts: dict[str, int] | None = None, unspun: tuple[str, ...] = ()) -> bool:
    """Every run may be a swap the spinner made everywhere: no word it may have swapped appears elsewhere in ``text``.

    Which of the two words around a one-character run was swapped is unknown
    (智能制造: 能制 or 制造), so neither may be written elsewhere. ``unspun``
    are places where the article writes this very name exactly: a repost's
    source line (来源：国务院新闻办公室网站) is left alone by the spinner, and
    the words in it are no evidence that the spinner kept them.
    """
    window = text[window_start : window_start + len(name)]
    count = _counter(text, counts)
    for run in runs:
        for word in swapped_words(name, run):
            if count(word) > window.count(word) + sum(exact.count(word) for exact in unspun):
                return False
    return True


@dataclass(frozen=True)
class FuzzyMatch:
    """A window of a spun text read as a dictionary name, with the surface it was compared with."""

    mention: Mention
    surface: str


def find_fuzzy_mentions(text: str, index: FuzzyIndex, exact: list[Mention]) -> list[Mention]:
    """Dictionary names that ``text`` (a spun article) writes with one or two unknown word swaps.

    ``exact`` are the dictionary matches of the text (entities and not-entity
    blockers); no window they cover is taken. Returns Mentions with the rule
    ``RULE`` and the canonical label of the name.
    """
    return [match.mention for match in find_fuzzy_matches(text, index, exact)]


def find_fuzzy_matches(text: str, index: FuzzyIndex, exact: list[Mention]) -> list[FuzzyMatch]:
    """What ``find_fuzzy_mentions`` finds, each with the dictionary surface the window differs from."""
    n = len(text)
    # reach[i]: the furthest end of an exact match starting at or before i (a window [s, e) is covered when reach[s] >= e).
    reach = [0] * (n + 1)
    for m in exact:
        if m.end > reach[m.start]:
            reach[m.start] = m.end
    for i in range(1, n + 1):
        if reach[i - 1] > reach[i]:
            reach[i] = reach[i - 1]

    exact_at = bytearray(n + 1)  # characters inside an exact entity match: a confirmed name, not a spun word
    unspun: dict[str, tuple[str, ...]] = defaultdict(tuple)  # label -> the texts of its exact matches
    for m in exact:
        if m.rule != "not-entity":
            exact_at[m.start : m.end] = b"\x01" * (m.end - m.start)
            unspun[m.label] += (m.text,)

    found: dict[tuple[int, int], dict[str, tuple[int, FuzzyName]]] = defaultdict(dict)
    # Runs are at most two characters, and a name's last character never changes alone, so a window that
    # shares a name's head has the name's last or third-last character, and one that shares its tail has one
    # of its first three: two character tests that drop almost every window before it is compared.
    keyed = index.keyed
    counts: dict[str, int] = {}  # text.count per word, for this text
    hits = index.pair_matcher.find_matches_as_indexes(text, overlapping=True) if index.pair_matcher else ()
    for pair_index, i, _ in hits:
        pair = index.pairs[pair_index]
        for size in index.head_lengths.get(pair, ()):
            end = i + size
            if end > n:
                break
            if reach[i] >= end:
                continue  # an exact match covers the window
            for offset in (-1, -3):
                for name in keyed.get(("head", pair, size, offset, text[end + offset]), ()):
                    _compare(text, i, name, index, reach, exact_at, found, counts, unspun)
        for size in index.tail_lengths.get(pair, ()):
            start = i + 2 - size
            if start < 0:
                break
            if reach[start] >= i + 2:
                continue  # an exact match covers the window
            for offset in (0, 1, 2):
                for name in keyed.get(("tail", pair, size, offset, text[start + offset]), ()):
                    if text[start : start + 2] != name.surface[:2]:  # else compared from its head already
                        _compare(text, start, name, index, reach, exact_at, found, counts, unspun)
    return _choose(text, found)


def _compare(text: str, start: int, name: FuzzyName, index: FuzzyIndex, reach: list[int], exact_at: bytearray,
             found: dict[tuple[int, int], dict[str, tuple[int, FuzzyName]]], counts: dict[str, int],
             unspun: dict[str, tuple[str, ...]]) -> None:
    """Record ``name`` for the window at ``start`` when the window is a spun spelling of it."""
    surface = name.surface
    end = start + len(surface)
    if end > len(text) or reach[start] >= end:
        return  # past the text, or an exact match covers the window: exact matches win
    window = text[start:end]
    place = name.place
    if place and window[:place] != surface[:place]:
        # 深圳市家产和信息化局 is no spun 天津市工业和信息化局: a spinner keeps place names, so another place's body
        # of that name is read, under the place the text writes (山西省经济和讯息化委员会 -> 山西省经济和信息化委员会)
        if window[:place] not in index.places or not name.label.startswith(surface[:place]) \
                or sum(map(str.__ne__, surface[place:], window[place:])) > index.max_changed[len(surface)]:
            return  # (the cheap tests first: most windows are no place's body)
        name = FuzzyName(window[:place] + surface[place:], name.type, window[:place] + name.label[place:], place)
        surface = name.surface
        if surface == window:  # (the text's own place's body, written as the other place's is: nothing swapped)
            found[(start, end)][name.label] = (0, name)
            return
    # Most windows share an end with a name and little else: count differences in C before looking closer.
    if sum(map(str.__ne__, surface, window)) > index.max_changed[len(surface)]:
        return
    runs = substitution_runs(surface, window)
    if runs is None or window in index.entries or not is_consistent(text, start, surface, runs, counts, unspun[name.label]):
        return
    if name.type == "Event" and runs[-1][1] > len(surface) - 2:
        return  # an event's last word says what kind it is (会议, 论坛): 智能制造国际标准 is no spun 智能制造国际会议
    if _touches_exact(runs, start, exact_at) or _is_name_and_neighbours(window, runs, index):
        return
    if _stands_alone_elsewhere(text, window, runs, counts):
        return
    changed = sum(e - s for s, e in runs)
    best = found[(start, end)].get(name.label)
    if best is None or changed < best[0]:
        found[(start, end)][name.label] = (changed, name)


def _touches_exact(runs: list[tuple[int, int]], window_start: int, exact_at: bytearray) -> bool:
    """A changed character lies inside an exact match: the text names something else there (…部取财政部…)."""
    return any(exact_at[window_start + i] for s, e in runs for i in range(s, e))


def _is_name_and_neighbours(window: str, runs: list[tuple[int, int]], index: FuzzyIndex) -> bool:
    """The window is a dictionary name plus a word beside it (年来|人工智能, 工业互联网|成长, 国家发展改革委|印发).

    Even when that name has the same label (国家发展改革委 for 国家发展改革委员会),
    the exact match already finds the entity, and the extra word is context.
    """
    first, last = runs[0], runs[-1]
    rests = []
    if first[0] == 0:
        rests.append(window[first[1] :] if len(runs) == 1 else None)
    if last[1] == len(window):
        rests.append(window[: last[0]] if len(runs) == 1 else None)
    return any(rest in index.entries for rest in rests if rest)


def _stands_alone_elsewhere(text: str, window: str, runs: list[tuple[int, int]], counts: dict[str, int] | None = None) -> bool:
    """One swapped word at an edge, and the rest of the window also appears without it (数字中国建设|和我们 …, 支撑数字中国建设).

    A spinner swaps a word wherever it occurs, so a spun name reads the same
    every time; a phrase the article also uses on its own is that phrase
    followed (or preceded) by another word, not a name with its last word swapped.
    """
    if len(runs) != 1 or 0 < runs[0][0] and runs[0][1] < len(window):
        return False
    rest = window[runs[0][1] :] if runs[0][0] == 0 else window[: runs[0][0]]
    count = _counter(text, counts)
    return count(rest) > count(window)


def _choose(text: str, found: dict[tuple[int, int], dict[str, tuple[int, FuzzyName]]]) -> list[FuzzyMatch]:
    """Smaller share of differing characters first, then longer windows; equally good rivals of another label are skipped.

    The share, not the count, compares windows of different lengths: 国家成长改革委
    (2 of 7 differ) beats 国家成长改革委将会 read as 国家发展改革委员会 (3 of 9), and
    讯息化和软件办事业司 (3 of 10) beats its tail 软件办事业司 read as 软件服务业司 (2 of 6).
    """
    candidates = []
    for (start, end), by_label in found.items():
        for label, (changed, name) in by_label.items():
            candidates.append((changed / (end - start), -(end - start), start, end, label, name))
    candidates.sort(key=lambda c: c[:3])
    taken = bytearray(len(text) + 1)
    kept = []
    for i, (share, neg_len, start, end, label, name) in enumerate(candidates):
        if any(taken[start:end]):
            continue
        rivals = [
            c for c in candidates[i + 1 :]
            if c[0] == share and c[1] == neg_len and c[4] != label and c[2] < end and start < c[3]
        ]
        for i_ in range(start, end):
            taken[i_] = 1
        if rivals:
            continue  # two names fit equally well: ambiguous, keep neither
        kept.append(FuzzyMatch(Mention(start, end, text[start:end], name.type, label, RULE), name.surface))
    kept.sort(key=lambda m: m.mention.start)
    return kept
