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
    rule: str  # "dict", "dict-alias", "dict-spin", "not-entity"


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

    def find(self, text: str) -> list[tuple[int, int, LexEntry]]:
        """Leftmost-longest, non-overlapping dictionary matches in ``text``."""
        entries = self.entries
        return [(start, end, entries[index]) for index, start, end in self.matcher.find_matches_as_indexes(text)]

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

    def record(self, label: str) -> EntityRecord | None:
        return self.records.get(label)

    def type_of(self, label: str) -> str | None:
        rec = self.records.get(label)
        return rec.type if rec else None


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


SURFACE_RANK = {"dict": 0, "not-entity": 1, "dict-alias": 2, "dict-spin": 3}


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
    for etype, filename in ENTITY_FILES.items():
        for row in read_table(base / filename):
            label = row.get("label", "")
            if not label or label in records:
                continue
            extra = {k: v for k, v in row.items() if k not in {"label", "name_en", "aliases", "note", "source"} and v}
            records[label] = EntityRecord(etype, label, row.get("name_en") or None, split_cell(row.get("aliases")), extra)

    spin_pairs = []
    for row in read_table(base / "spin.tsv"):
        canonical, spun = row.get("canonical", ""), row.get("spun", "")
        if canonical and spun and canonical != spun:
            spin_pairs.append((canonical, spun))
    spin_pairs.sort(key=lambda p: (-len(p[0]), p[0]))

    surfaces: dict[str, LexEntry] = {}
    for rec in records.values():
        _add_surface(surfaces, rec.label, LexEntry(rec.type, rec.label, "dict"))
        for alias in rec.aliases:
            _add_surface(surfaces, alias, LexEntry(rec.type, rec.label, "dict-alias"))
    for row in read_table(base / "not_entities.tsv"):
        surface = row.get("surface", "")
        if surface:
            _add_surface(surfaces, surface, LexEntry("NotEntity", row.get("type", ""), "not-entity"))
    # Spun variants of every surface, labels and aliases alike.
    for surface, entry in list(surfaces.items()):
        for variant in spin_variants(surface, spin_pairs):
            spun_rule = "dict-spin" if entry.rule != "not-entity" else "not-entity"
            _add_surface(surfaces, variant, LexEntry(entry.type, entry.label, spun_rule))

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
    patterns = sorted(surfaces)
    matcher = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return Lexicon(records, surfaces, spin_pairs, titles, surnames, taiwan_fixups, matcher, patterns)
