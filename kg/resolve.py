"""Entity resolution: one canonical entity per real thing, with a stable ASCII id.

Mentions already carry canonical labels (the lexicon maps aliases, Traditional
forms and spun variants to them), so resolution merges by (label), picks the
type, gathers the surface forms seen as aliases, and gives each entity a slug
built from its pinyin: it depends only on the label, so it is the same in
every build.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from pypinyin import Style, lazy_pinyin

from kg.lexicon import Lexicon, load_lexicon
from kg.model import DocExtraction, Entity, ExtractionResult

TYPE_PRIORITY = ("Official", "Organization", "Program", "PolicyDocument", "Event", "Sector")


def slugify(label: str) -> str:
    """Pinyin slug of a label: 产业基础再造工程 -> chan-ye-ji-chu-zai-zao-gong-cheng."""
    parts = []
    for piece in lazy_pinyin(label, style=Style.NORMAL, errors=lambda chars: [chars]):
        piece = re.sub(r"[^a-z0-9]+", "-", piece.lower()).strip("-")
        if piece:
            parts.append(piece)
    slug = "-".join(parts)
    slug = re.sub(r"-{2,}", "-", slug).strip("-")
    if not slug or len(slug) > 80:
        digest = hashlib.sha1(label.encode("utf-8")).hexdigest()[:8]
        slug = (slug[:70].rstrip("-") + "-" + digest) if slug else digest
    return slug


def person_slug_and_name(label: str, lex: Lexicon) -> tuple[str, str]:
    """(slug, English name) of a person: 金壮龙 -> (jin-zhuanglong, Jin Zhuanglong); compound surnames kept together."""
    surname_len = 2 if label[:2] in lex.surnames and len(label) > 2 else 1
    surname = "".join(lazy_pinyin(label[:surname_len]))
    given = "".join(lazy_pinyin(label[surname_len:]))
    name_en = f"{surname.capitalize()} {given.capitalize()}".strip()
    slug = re.sub(r"[^a-z0-9]+", "-", f"{surname}-{given}".lower()).strip("-")
    return slug or slugify(label), name_en


def resolve_entities(documents: list[DocExtraction], lex: Lexicon | None = None) -> ExtractionResult:
    """Merge the per-article extractions into canonical entities."""
    lex = lex or load_lexicon()
    types: dict[str, Counter] = {}
    surfaces: dict[str, set[str]] = {}
    for doc in documents:
        for label, etype in doc.entity_types.items():
            types.setdefault(label, Counter())[etype] += 1
        for m in doc.mentions:
            if m.text != m.label:
                surfaces.setdefault(m.label, set()).add(m.text.strip())
    entities: dict[str, Entity] = {}
    used: dict[tuple[str, str], str] = {}
    for label in sorted(types):
        record = lex.record(label)
        etype = record.type if record else max(types[label], key=lambda t: (types[label][t], -TYPE_PRIORITY.index(t)))
        if etype == "Official":
            slug, name_en = person_slug_and_name(label, lex)
            name_en = (record.name_en if record and record.name_en else name_en)
        else:
            slug, name_en = slugify(label), (record.name_en if record else None)
        if (etype, slug) in used and used[(etype, slug)] != label:
            slug = f"{slug}-{hashlib.sha1(label.encode('utf-8')).hexdigest()[:6]}"
        used[(etype, slug)] = label
        aliases = set(surfaces.get(label, set()))
        if record:
            aliases.update(record.aliases)
        aliases.discard(label)
        broader = record.extra.get("broader") if record and etype == "Sector" else None
        entities[label] = Entity(slug, etype, label, name_en, aliases, broader)
    add_broader_sectors(entities, lex)
    for doc in documents:
        doc.entity_types = {label: entities[label].type for label in doc.entity_types}
    return ExtractionResult(entities, documents)


def add_broader_sectors(entities: dict[str, Entity], lex: Lexicon) -> None:
    """Add the broader sectors of the sector scheme (SKOS) that no article mentions, so skos:broader always resolves."""
    pending = [e.broader for e in entities.values() if e.type == "Sector" and e.broader]
    while pending:
        label = pending.pop()
        if label in entities:
            continue
        record = lex.record(label)
        if record is None or record.type != "Sector":
            continue
        broader = record.extra.get("broader") or None
        entities[label] = Entity(slugify(label), "Sector", label, record.name_en, set(record.aliases), broader)
        if broader:
            pending.append(broader)
