"""Detect machine-spun text and build the table that undoes it.

A spinner swaps words for near-synonyms consistently (工业→家产, 产业→财产,
基础→根原 …), so in a spun article the canonical forms of the swapped words
all but vanish while their spun forms are frequent. Comparing the two counts
is a robust test that needs no threshold tuned to one article.

``spin.tsv`` holds the pairs of the spinners we have met; every spinner has
others. ``despin_by_induction`` learns those of one article from the names
``kg.nlp.fuzzy`` reads in it, and undoes them in the whole article.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.lexicon import PROTECTED_WORDS, Lexicon
from kg.model import Mention, NormalizedText
from kg.nlp.fuzzy import FuzzyIndex, FuzzyMatch, find_fuzzy_matches, is_han, substitution_runs
from kg.nlp.mentions import PROVINCE_SHORT_NAMES, find_dictionary_mentions
from kg.normalize import apply_substitutions, compile_substitutions, readings_of

MIN_SPUN_HITS = 3


def evidence_pairs(lex: Lexicon) -> list[tuple[str, str]]:
    """The multi-character pairs whose counts are evidence of spinning.

    Spinners chain and swap (消费<->生产, 领域->范畴->规模): a word that is one
    pair's spun form and another's canonical form counts on both sides, and in a
    text spun with such pairs it can outweigh every clean pair. Those words are
    left out of the comparison.
    """
    pairs = [(c, s) for c, s in lex.spin_pairs if len(c) >= 2 and len(s) >= 2 and (c, s) not in lex.spin_no_evidence]
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
# pairs are unknown (then the canonical forms of the table's other pairs, left alone, outnumber the spun ones:
# a spinner that swaps only some words writes 家产和信息化厅, 高端拆备, 根原 beside the 发展, 企业 it left alone),
# as long as spun forms are at least a quarter as frequent as canonical ones (a page quoting one spun paragraph is
# no spun page). Ordinary pages hold at most one of them, as a typo (工做).
TELLTALES = ("根原", "拆备", "家产和", "动做", "工做", "施止", "落真", "删材", "立异驱动", "细致化", "家产产值", "财产链",
             # (a second spinner: 先生 -> 师长教师, 介绍 -> 先容, 高质量 -> 高东西的品质, 新闻办 -> 消息办)
             "师长教师", "先容", "东西的品质", "消息办",
             # (a spinner of Xinhua items: 历史性 -> 汗青性, 党组成员 -> 党构成员)
             "汗青性", "党构成员")
MIN_TELLTALES = 2
MIN_SPUN_SHARE = 1 / 4


def judges_spun(spun: int, canonical: int, text: str) -> bool:
    """The verdict on counts of spun and canonical forms (``spin_score``): spun forms outnumber canonical ones, or
    telltale spun non-words back a smaller share."""
    if spun < MIN_SPUN_HITS:
        return False
    if spun > canonical:
        return True
    telltales = sum(1 for form in TELLTALES if form in text)  # (how many different ones occur)
    return telltales >= MIN_TELLTALES and spun >= MIN_SPUN_SHARE * canonical


def is_spun(text: str, lex: Lexicon) -> bool:
    """True when the spun forms outnumber the canonical ones, or the text holds telltale spun non-words."""
    return judges_spun(*spin_score(text, lex), text)


def despin_table(lex: Lexicon) -> dict[str, str]:
    """Spun form -> canonical form, for every pair whose spun side has two or more characters.

    Single-character pairs (实→真) are too ambiguous for running text; names
    containing them are matched through the spun variants in the lexicon.
    Words the relation rules key on are never rewritten (``kg.lexicon.PROTECTED_WORDS``).
    """
    return lex.despin_table


# -- pairs learned from the article ----------------------------------------------------------------------------

# A spinner swaps a word wherever it occurs. When a fuzzy match (kg.nlp.fuzzy) shows that this article writes
# 音信 for 信息 (工业和音信化部), every other 音信 in it is a spun 信息 too: 电子音信 is 电子信息, and names the
# dictionary cannot match fuzzily (too short: 讯息局; two swaps: 聪明网联轿车) come back once their words are undone.
# A fuzzy match may be wrong, though, and then rewriting its word everywhere would spread the error. Wrong matches
# are nearly always a name's frame plus the next or previous word (新能源汽车产业发展|协调 read as …发展规划,
# 数字|中国战略 as 宽带中国战略); a swap inside a name, with the name's own words on both sides (工业和|音信|化部),
# is learned from one name, a swap at a name's edge only when undoing it elsewhere restores another dictionary
# name (see ``confirm_swaps``). Each round undoes the pairs learned so far and matches again.
MAX_INDUCTION_ROUNDS = 3


@dataclass
class Swap:
    """A word swap that fuzzy matches suggest: the canonical word, the names it was read in, and where."""

    canonical: str
    labels: set[str] = field(default_factory=set)
    windows: list[tuple[int, int]] = field(default_factory=list)
    inside: bool = False  # read inside a name at least once, not at its first or last character


def find_swaps(text: str, matches: list[FuzzyMatch]) -> dict[str, Swap]:
    """Spun word -> the swap the fuzzy ``matches`` in ``text`` suggest for it.

    A two-character run gives its pair (音信→信息). A one-character run belongs
    to the word on its left or on its right (运行监控协调局: 监控 or 控协);
    it gives the one of the two that the article also writes outside the
    window, and nothing when both or neither are. A spun word read as two
    different words gives nothing, nor does a word the relation rules key on.
    """
    swaps: dict[str, Swap] = {}
    ambiguous: set[str] = set()
    for match in matches:
        m, surface = match.mention, match.surface
        window = m.text
        for start, end in substitution_runs(surface, window) or ():
            if end - start == 2:
                options = [(start, end)]
            else:
                options = [(i, i + 2) for i in (start - 1, start) if i >= 0 and i + 2 <= len(surface)]
                outside = [(i, j) for i, j in options
                           if text.count(window[i:j]) > text.count(window) * window.count(window[i:j])]
                options = outside if len(outside) == 1 else []
            for i, j in options:
                spun_form, canon = window[i:j], surface[i:j]
                if spun_form in PROTECTED_WORDS or not all(map(is_han, spun_form + canon)):
                    continue
                swap = swaps.setdefault(spun_form, Swap(canon))
                if swap.canonical != canon:
                    ambiguous.add(spun_form)
                swap.labels.add(m.label)
                swap.windows.append((m.start, m.end))
                swap.inside = swap.inside or 0 < i and j < len(surface)
    return {spun_form: swap for spun_form, swap in swaps.items() if spun_form not in ambiguous}


def confirm_swaps(text: str, swaps: dict[str, Swap], exact: list[Mention], matches: list[FuzzyMatch],
                  lex: Lexicon) -> dict[str, str]:
    """Spun word -> canonical word, for the ``swaps`` that hold and change something outside the names they were read in.

    A swap never holds when the article writes its spun word inside an exact
    dictionary name. Otherwise it holds when it was read inside a name, or in two names, or when it
    restores another name. For that, all swaps are undone together
    (聪明网联轿车 needs both 聪明→智能 and 轿车→汽车 to read 智能网联汽车); a
    swap restores a name when some place it changed outside the names it was
    read in now lies inside a dictionary name of another label that ``exact``
    (the matches of ``text``) did not have; failing that, inside a new fuzzy
    match (not in ``matches``) of another label: 5G应用“扬帆”举措打算, once
    举措→行动 is undone, is one swap away from 5G应用“扬帆”行动计划.
    """
    swaps = {s: swap for s, swap in swaps.items() if text.count(s) > len(swap.windows)}  # else nothing to undo
    # A word the article writes inside a dictionary name (中国 in 中国制造2025) was not swapped by its spinner:
    # “宽带中国”建设 is no spun “宽带边疆”建设.
    named = [m.text for m in exact if m.rule in ("dict", "dict-alias")]
    swaps = {s: swap for s, swap in swaps.items() if not any(s in name for name in named)}
    held = {spun_form for spun_form, swap in swaps.items() if swap.inside or len(swap.labels) >= 2}
    if len(held) == len(swaps):
        return {spun_form: swaps[spun_form].canonical for spun_form in held}
    edits = _compile_undo(swaps, exact).edits(text)
    if not edits:
        return {spun_form: swaps[spun_form].canonical for spun_form in held}
    parts, pos = [], 0
    for start, end, value in edits:
        parts += [text[pos:start], value]
        pos = end
    trial = "".join(parts) + text[pos:]  # same length: every swap replaces two characters with two
    before = {(m.start, m.end, m.label) for m in exact}
    trial_exact = find_dictionary_mentions(trial, lex)
    restored = [m for m in trial_exact if m.rule != "not-entity" and (m.start, m.end, m.label) not in before]
    _hold_restoring(text, swaps, edits, restored, held)
    if len(held) < len(swaps):  # the fuzzy scan costs more than the rest: only when something is left to decide
        before = {(m.mention.start, m.mention.end, m.mention.label) for m in matches}
        restored = [m.mention for m in find_fuzzy_matches(trial, fuzzy_index(lex), trial_exact)
                    if (m.mention.start, m.mention.end, m.mention.label) not in before]
        _hold_restoring(text, swaps, edits, restored, held)
    return {spun_form: swaps[spun_form].canonical for spun_form in held}


def _hold_restoring(text: str, swaps: dict[str, Swap], edits: list, restored: list[Mention], held: set[str]) -> None:
    """Add to ``held`` the swaps that changed a place, outside their own names, inside a ``restored`` name of another label."""
    for start, end, _ in edits:
        spun_form = text[start:end]
        swap = swaps.get(spun_form)
        if swap is None or spun_form in held or any(a <= start and end <= b for a, b in swap.windows):
            continue
        if any(m.start <= start and end <= m.end and m.label not in swap.labels for m in restored):
            held.add(spun_form)


def _compile_undo(pairs: dict[str, Swap] | dict[str, str], exact: list[Mention]):
    """The substitutions that undo ``pairs``, leaving the article's exact dictionary names as they are."""
    table = {s: (c.canonical if isinstance(c, Swap) else c) for s, c in pairs.items()}
    for m in exact:
        if m.rule != "not-entity" and any(s in m.text for s in pairs):
            table[m.text] = m.text  # leftmost-longest: the whole name matches first and maps to itself
    return compile_substitutions(table)


def despin_by_induction(norm: NormalizedText, lex: Lexicon) -> NormalizedText:
    """``norm`` (a spun article, known pairs undone) with the pairs its own fuzzy matches show undone as well.

    The exact dictionary matches of the article (spun variants of names
    included) stay as they are. Returns ``norm`` itself when
    nothing is learned. The dictionary and fuzzy matches of the text returned
    are kept for the gazetteer (``scan_spun_text``).
    """
    learned: set[str] = set()
    for _ in range(MAX_INDUCTION_ROUNDS):
        exact, matches = _scan(norm.text, lex)
        # (spinners leave places alone: 包头市工业和讯息化局 read as 天津市工业和信息化局 teaches no 包头→天津)
        swaps = {s: swap for s, swap in find_swaps(norm.text, matches).items()
                 if s not in learned and not _is_place(s, lex) and not _is_place(swap.canonical, lex)}
        pairs = confirm_swaps(norm.text, swaps, exact, matches, lex) if swaps else {}
        if not pairs:
            break
        learned.update(pairs)
        norm = apply_substitutions(norm, _compile_undo(pairs, exact))
    return norm


def _is_place(word: str, lex: Lexicon) -> bool:
    """A city's or a province's short name (包头, 天津)."""
    return word in lex.cities or word in PROVINCE_SHORT_NAMES


# The last text scanned: the gazetteer scans the text that ``despin_by_induction`` scanned last, once more.
_last_scan: list[tuple[Lexicon, str, list[Mention], list[FuzzyMatch]]] = []


def _scan(text: str, lex: Lexicon) -> tuple[list[Mention], list[FuzzyMatch]]:
    """The exact dictionary matches of ``text`` and its fuzzy matches."""
    if _last_scan and _last_scan[0][0] is lex and _last_scan[0][1] == text:
        return _last_scan[0][2], _last_scan[0][3]
    exact = find_dictionary_mentions(text, lex)
    matches = find_fuzzy_matches(text, fuzzy_index(lex), exact)
    _last_scan[:] = [(lex, text, exact, matches)]
    return exact, matches


def scan_spun_text(text: str, lex: Lexicon) -> list[Mention]:
    """The dictionary matches of a spun ``text``, fuzzy ones included (remembered from ``despin_by_induction``)."""
    exact, matches = _scan(text, lex)
    return [*exact, *(match.mention for match in matches)]


_indexes: dict[int, tuple[Lexicon, FuzzyIndex]] = {}


def fuzzy_index(lex: Lexicon) -> FuzzyIndex:
    """The fuzzy index of ``lex``, built on first use (only spun articles need it)."""
    found = _indexes.get(id(lex))
    if found is None or found[0] is not lex:
        found = _indexes[id(lex)] = (lex, FuzzyIndex.from_lexicon(lex))
    return found[1]


_SHAPES: dict[int, tuple[Lexicon, dict[tuple[int, str], tuple[str, ...]]]] = {}  # by id(lex): a Lexicon is not hashable


def _officials_by_shape(lex: Lexicon) -> dict[tuple[int, str], tuple[str, ...]]:
    """Dictionary officials by (length of name, surname's first character) and by (length, given name)."""
    cached = _SHAPES.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    shapes: dict[tuple[int, str], list[str]] = {}
    for label, record in lex.records.items():
        if record.type == "Official":
            shapes.setdefault((len(label), label[0]), []).append(label)
            shapes.setdefault((len(label), label[1:]), []).append(label)  # 许晓兰 for 徐晓兰: the surname swapped
    found = {key: tuple(labels) for key, labels in shapes.items()}
    _SHAPES[id(lex)] = (lex, found)
    return found


def _posts(lex: Lexicon, label: str) -> set[tuple[str, str]]:
    """(body, title) of every post the dictionary gives an official."""
    record = lex.record(label)
    posts = record.extra.get("posts", "") if record is not None else ""
    return {(parts[0], parts[1]) for post in posts.split("|") if len(parts := post.split(":")) >= 2}


def _reads_like(name: str, known: str) -> bool:
    """苗伟 and 苗圩, 肖亚青 and 肖亚庆, 许晓兰 and 徐晓兰: one character that reads the same (a homophone), the rest
    the same."""
    differing = [(a, b) for a, b in zip(name, known) if a != b]
    return len(differing) == 1 and bool(readings_of(differing[0][0]) & readings_of(differing[0][1]))


def restore_spun_names(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """An official's name a spinner (or a typist) swapped for a homophone (工业和信息化部部长苗伟 for 苗圩, 财政部副部长
    刘坤 for 刘昆) is the dictionary's official it reads like when the body and title written right before it are one
    of that official's posts, or when the article writes that official's own name too (a name no dictionary knows may
    be a real person: the post or the name must say it is this one)."""
    shapes = _officials_by_shape(lex)
    org_by_end = {m.end: m for m in mentions if m.type == "Organization"}
    # (the official's own name written elsewhere in the article says the homophone is the same person)
    named = {m.label for m in mentions if m.type == "Official" and m.rule.startswith("dict")}
    out = []
    for m in mentions:
        if m.type == "Official" and lex.record(m.label) is None:
            known = sorted({label for key in ((len(m.label), m.label[0]), (len(m.label), m.label[1:]))
                            for label in shapes.get(key, ()) if _reads_like(m.label, label)})
            posts = _posts(lex, known[0]) if len(known) == 1 else set()
            if len(known) == 1 and known[0] in named or any(
                    text.endswith(title, 0, m.start) and (body := org_by_end.get(m.start - len(title))) is not None
                    and body.label == org for org, title in posts):
                m = replace(m, label=known[0], rule="dict-spin-name")
        out.append(m)
    return out
