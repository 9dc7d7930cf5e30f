"""Load the Chinese gazetteers of ``kg/resources/zh/`` into one matcher.

The resources are data (TSV and text files, see their README); this module is
their only reader. Besides the surfaces listed in the files, it generates the
"spun" variants of every name (工业→家产, 装备→拆备 …) from ``spin.tsv`` so
that machine-spun reposts resolve to the canonical entity.
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import ahocorasick_rs

from kg.errors import KgError

RESOURCE_DIR = Path(str(resources.files("kg") / "resources" / "zh"))

ENTITY_FILES: dict[str, str] = {
    "Official": "officials.tsv",
    "Organization": "organizations.tsv",
    "Program": "programs.tsv",
    "Sector": "sectors.tsv",
    "PolicyDocument": "documents.tsv",
    "Event": "events.tsv",
}

# A spun name is generated only for names with at most this many substitutable
# parts, so the variant count per name stays bounded (2**k).
MAX_SPIN_SITES = 6


@dataclass(frozen=True)
class LexEntry:
    """One gazetteer surface: what it means and where it came from."""

    type: str  # an entity type, or "NotEntity"
    label: str  # canonical label; for "NotEntity", the type the phrase must not be taken for
    rule: str  # "dict", "dict-alias", "dict-spin", "dict-despun" (only in spun text), "not-entity"


@dataclass
class EntityRecord:
    """A dictionary row: canonical label and what the files say about it."""

    type: str
    label: str
    name_en: str | None = None
    aliases: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)  # parent, broader, issuer, posts, kind …


@dataclass
class Lexicon:
    """All gazetteers, the spin table, titles and surnames, with one matcher."""

    records: dict[str, EntityRecord]  # canonical label -> record
    surfaces: dict[str, LexEntry]  # surface form -> entry
    spin_pairs: list[tuple[str, str]]  # (canonical, spun), longest first
    titles: dict[str, str]  # title -> kind
    surnames: frozenset[str]
    taiwan_fixups: dict[str, str]  # tw2sp output -> intended Simplified word
    matcher: ahocorasick_rs.AhoCorasick
    patterns: list[str]
    # cities.tsv: a city's full name and short name (深圳) -> its full name (深圳市); cities are no entities
    cities: dict[str, str] = field(default_factory=dict)
    bare_cities: frozenset[str] = frozenset()  # short names that name the city alone in running text (赣州)
    city_provinces: dict[str, str] = field(default_factory=dict)  # a city's full name -> its province (兰州市 -> 甘肃省)
    # An alias two rows give (国家计委: 国家计划委员会 until 1998, 国家发展计划委员会 after) -> every label, first claim first
    shared_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The years a body of a shared alias existed, from its note (国家计划委员会: "1952-1998; …" -> (1952, 1998))
    periods: dict[str, tuple[int, int]] = field(default_factory=dict)
    # prefectures.tsv: an autonomous prefecture's full name and short names with 州 (黄南州, 博州) -> its full name
    prefectures: dict[str, str] = field(default_factory=dict)
    # spin.tsv rows noted "no evidence": pairs undone in a spun text whose canonical side is too common in plain text
    # (介绍, 先生) for its count to weigh in the verdict that a text is spun
    spin_no_evidence: frozenset[tuple[str, str]] = frozenset()

    def find(self, text: str) -> list[tuple[int, int, LexEntry]]:
        """Leftmost-longest, non-overlapping dictionary matches in ``text``."""
        entries = self.entries
        return [(start, end, entries[index]) for index, start, end in self.matcher.find_matches_as_indexes(text)]

    @functools.cached_property
    def despin_table(self) -> dict[str, str]:
        """What undoes spinning in running text: spun form -> canonical form (see ``make_despin_table``).

        Undoing spin also rewrites genuine words that happen to be some pair's
        spun form (a real 深化 becomes 深刻, 李乐成 becomes 李成功). Every
        dictionary name holding such a word maps to itself: substitution is
        leftmost-longest, so the name is kept whole.
        """
        table = make_despin_table(self.spin_pairs)
        if not table:
            return table
        keys = sorted(table)
        finder = ahocorasick_rs.AhoCorasick(keys)
        for surface, entry in self.surfaces.items():
            if entry.rule in ("dict", "dict-alias") and surface not in table and finder.find_matches_as_indexes(surface):
                table[surface] = surface
        return table

    @functools.cached_property
    def titles_longest_first(self) -> tuple[str, ...]:
        """The titles, longest first (for alternations and ``endswith`` checks that must prefer 副部长 to 部长)."""
        return tuple(sorted(self.titles, key=len, reverse=True))

    @functools.cached_property
    def title_matcher(self) -> ahocorasick_rs.AhoCorasick:
        """Every title (for overlapping scans: where titles start)."""
        return ahocorasick_rs.AhoCorasick(sorted(self.titles) or ["部长"])

    @functools.cached_property
    def entries(self) -> list[LexEntry]:
        """The entry of each pattern, by the matcher's pattern index."""
        return [self.surfaces[p] for p in self.patterns]

    @functools.cached_property
    def city_names(self) -> list[str]:
        """The cities' full and short names, longest first (the patterns of ``city_matcher``)."""
        return sorted(self.cities, key=len, reverse=True)

    @functools.cached_property
    def city_matcher(self) -> ahocorasick_rs.AhoCorasick:
        """Leftmost-longest matches of ``city_names`` (赣州市 before 赣州)."""
        return ahocorasick_rs.AhoCorasick(self.city_names or ["深圳市"], matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    @functools.cached_property
    def prefecture_re(self) -> re.Pattern | None:
        """The prefectures' names (``prefectures``), longest first (黔西南州 is no 西南州), or None without any."""
        names = sorted(self.prefectures, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, names))) if names else None

    def record(self, label: str) -> EntityRecord | None:
        return self.records.get(label)

    def record_kind(self, label: str) -> str | None:
        """The dictionary's kind of a body (ministry, department, agency …), None for a label it does not hold."""
        rec = self.records.get(label)
        return rec.extra.get("kind", "") if rec else None

    def type_of(self, label: str) -> str | None:
        rec = self.records.get(label)
        return rec.type if rec else None

    def parent_of(self, label: str) -> str | None:
        """The body a dictionary body belongs to (综合司's 国家统计局), or None."""
        rec = self.records.get(label)
        return (rec.extra.get("parent") or None) if rec else None


def read_table(path: Path) -> list[dict[str, str]]:
    """Read a TAB-separated resource file with a header line; ``#`` lines are comments."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for row in reader:
        rows.append({(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None})
    return rows


def split_cell(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


MAX_SPIN_VARIANTS = 64

# Words the relation rules key on. A spinner may also produce them (体现→表示),
# but undoing that would destroy far more cues than it restores.
PROTECTED_WORDS = frozenset(
    "表示 说 介绍 指出 强调 提出 认为 透露 回答 出席 参加 主持 举行 召开 举办 印发 出台 发布 制定 制订 "
    "实施 开展 推进 启动 推动 落实 聚焦 围绕 面向 部长 局长 司长 主任 书记 会议 发布会".split()
)


def make_despin_table(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Spun form -> canonical form, for every pair whose spun side has two or more characters (first pair wins).

    Single-character pairs (实→真) are too ambiguous for running text; names
    containing them are matched through their spun variants instead.
    """
    table: dict[str, str] = {}
    for canon, spun_form in pairs:
        if len(spun_form) >= 2 and spun_form not in table and spun_form not in PROTECTED_WORDS:
            table[spun_form] = canon
    return table


def replace_all(text: str, table: dict[str, str], matcher: ahocorasick_rs.AhoCorasick, keys: list[str]) -> str:
    """``text`` with every leftmost-longest match of ``matcher`` (over ``keys``) replaced as ``table`` says."""
    out, pos = [], 0
    for index, start, end in matcher.find_matches_as_indexes(text):
        out.append(text[pos:start])
        out.append(table[keys[index]])
        pos = end
    out.append(text[pos:])
    return "".join(out)


def spin_variants(name: str, pairs: list[tuple[str, str]]) -> set[str]:
    """Every spelling of ``name`` a spinner could produce with the given (canonical, spun) pairs.

    Substitutions are applied per pair, all occurrences at once (spinners
    substitute consistently), in every combination of the pairs that occur.
    Spin tables chain (深化->深入->深刻), so variants are spun again, one more
    round, within MAX_SPIN_VARIANTS.
    """
    variants: set[str] = set()
    frontier = [name]
    for _ in range(2):
        next_frontier = []
        for base in frontier:
            present = [(c, s) for c, s in pairs if c in base][:MAX_SPIN_SITES]
            for mask in itertools.product((False, True), repeat=len(present)):
                if not any(mask):
                    continue
                variant = base
                for use, (canonical, spun) in zip(mask, present):
                    if use and canonical in variant:
                        variant = variant.replace(canonical, spun)
                if variant != name and variant not in variants:
                    variants.add(variant)
                    next_frontier.append(variant)
                if len(variants) >= MAX_SPIN_VARIANTS:
                    return variants
        frontier = next_frontier
    return variants


SURFACE_RANK = {"dict": 0, "not-entity": 1, "dict-alias": 2, "dict-spin": 3, "dict-despun": 4}


def _add_surface(surfaces: dict[str, LexEntry], surface: str, entry: LexEntry) -> None:
    # The first claim wins, and a label always beats an alias or a spun form of
    # another entry, so canonical names are never shadowed.
    if len(surface) < 2:
        return
    current = surfaces.get(surface)
    if current is None or SURFACE_RANK[entry.rule] < SURFACE_RANK[current.rule]:
        surfaces[surface] = entry


@functools.lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    """Load and index every gazetteer (cached per directory)."""
    base = Path(directory) if directory else RESOURCE_DIR
    if not base.is_dir():
        raise KgError(f"resource folder {base} is missing; reinstall the package (pip install -e .)")
    records: dict[str, EntityRecord] = {}
    notes: dict[str, str] = {}
    for etype, filename in ENTITY_FILES.items():
        for row in read_table(base / filename):
            label = row.get("label", "")
            if not label or label in records:
                continue
            extra = {k: v for k, v in row.items() if k not in {"label", "name_en", "aliases", "note", "source"} and v}
            records[label] = EntityRecord(etype, label, row.get("name_en") or None, split_cell(row.get("aliases")), extra)
            notes[label] = row.get("note") or ""

    spin_pairs = []
    spin_no_evidence = set()
    for row in read_table(base / "spin.tsv"):
        canonical, spun = row.get("canonical", ""), row.get("spun", "")
        if canonical and spun and canonical != spun:
            spin_pairs.append((canonical, spun))
            if "no evidence" in (row.get("note") or ""):
                spin_no_evidence.add((canonical, spun))
    spin_pairs.sort(key=lambda p: (-len(p[0]), p[0]))

    surfaces: dict[str, LexEntry] = {}
    alias_labels: dict[str, list[str]] = {}
    for rec in records.values():
        _add_surface(surfaces, rec.label, LexEntry(rec.type, rec.label, "dict"))
        for alias in rec.aliases:
            _add_surface(surfaces, alias, LexEntry(rec.type, rec.label, "dict-alias"))
            alias_labels.setdefault(alias, []).append(rec.label)
    shared_aliases = {alias: tuple(labels) for alias, labels in alias_labels.items() if len(labels) > 1}
    # (a note's "2018-" is a body still in being)
    periods = {label: (int(m.group(1)), int(m.group(2) or 9999)) for labels in shared_aliases.values() for label in labels
               if (m := re.match(r"(\d{4})-(\d{4})?", notes.get(label, ""))) is not None}
    for row in read_table(base / "not_entities.tsv"):
        surface = row.get("surface", "")
        if surface:
            _add_surface(surfaces, surface, LexEntry("NotEntity", row.get("type", ""), "not-entity"))
    # Spun variants of every surface, labels and aliases alike (not by the "no evidence" pairs of a second spinner,
    # whose common words, 新闻 in a name, would crowd the first spinner's pairs out of the variants' budget; the
    # despinner undoes them in a spun text)
    variant_pairs = [pair for pair in spin_pairs if pair not in spin_no_evidence]
    for surface, entry in list(surfaces.items()):
        for variant in spin_variants(surface, variant_pairs):
            spun_rule = "dict-spin" if entry.rule != "not-entity" else "not-entity"
            _add_surface(surfaces, variant, LexEntry(entry.type, entry.label, spun_rule))

    # A spun name may keep a genuine word that is another pair's spun form (《对于深化…展开家产互联网的辅导意见》):
    # undoing the spin then writes 深刻 for that 深化, so names are also known as the despinner spells
    # them. Names of four characters or more only: a short one could be another real name (李乐成 -> 李成功).
    despin = make_despin_table(spin_pairs)
    if despin:
        keys = list(despin)
        despinner = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        for surface, entry in list(surfaces.items()):
            if entry.rule in ("dict", "dict-alias") and len(surface) >= 4:
                rewritten = replace_all(surface, despin, despinner, keys)
                if rewritten != surface:
                    # only spun text is despun: elsewhere 利用系统 (操作系统 despun) is a plain phrase
                    _add_surface(surfaces, rewritten, LexEntry(entry.type, entry.label, "dict-despun"))

    titles = {}
    for row in read_table(base / "titles.tsv"):
        if row.get("title"):
            titles[row["title"]] = row.get("kind", "")
    surnames_path = base / "surnames.txt"
    surnames = frozenset(
        line.strip()
        for line in (surnames_path.read_text(encoding="utf-8").splitlines() if surnames_path.exists() else [])
        if line.strip() and not line.startswith("#")
    )
    # Taiwan texts say 高階 where the mainland says 高端; tw2sp turns it into 高级.
    for surface, entry in list(surfaces.items()):
        if surface.startswith("高端") and entry.type in ("Sector", "Program"):
            _add_surface(surfaces, "高级" + surface[2:], LexEntry(entry.type, entry.label, "dict-spin"))
    taiwan_fixups = {
        row["converted"]: row["corrected"]
        for row in read_table(base / "taiwan_fixups.tsv")
        if row.get("converted") and row.get("corrected")
    }
    cities: dict[str, str] = {}
    bare_cities = set()
    city_provinces: dict[str, str] = {}
    for row in read_table(base / "cities.tsv"):
        cities.setdefault(row["label"], row["label"])
        city_provinces.setdefault(row["label"], row.get("province", ""))
        if row.get("short"):
            cities.setdefault(row["short"], row["label"])
            if row.get("bare") == "yes":
                bare_cities.add(row["short"])
    prefectures: dict[str, str] = {}
    for row in read_table(base / "prefectures.tsv"):
        for name in (row["label"], row["short"] + "州" if row.get("short") else "", *split_cell(row.get("aliases"))):
            if name:
                prefectures.setdefault(name, row["label"])
    patterns = sorted(surfaces)
    matcher = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return Lexicon(records, surfaces, spin_pairs, titles, surnames, taiwan_fixups, matcher, patterns,
                   cities, frozenset(bare_cities), city_provinces, shared_aliases, periods, prefectures,
                   frozenset(spin_no_evidence))
