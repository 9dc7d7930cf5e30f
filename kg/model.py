"""The shared data model of the pipeline: plain dataclasses, no I/O.

Data flows one way: ingest produces ``Article``; normalize produces
``NormalizedText``; extraction produces ``Mention`` and ``Relation`` objects
for one article (``DocExtraction``); resolution merges them across articles
into canonical ``Entity`` objects (``ExtractionResult``); graph turns that into
RDF. Every relation keeps ``Evidence`` that points back to the original text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import datetime as dt

ENTITY_TYPES: tuple[str, ...] = (
    "Official",
    "Organization",
    "Program",
    "Sector",
    "PolicyDocument",
    "Event",
)

# predicate -> (allowed subject types, allowed object types)
RELATION_SIGNATURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "holdsPost": (("Official",), ("Organization",)),
    "discusses": (("Official",), ("Program", "Sector", "PolicyDocument")),
    "targets": (("Program",), ("Sector",)),
    "issues": (("Organization",), ("PolicyDocument",)),
    "oversees": (("Official",), ("Sector",)),
    "partOf": (("Organization",), ("Organization",)),
    "attends": (("Official",), ("Event",)),
}
RELATION_TYPES: tuple[str, ...] = tuple(RELATION_SIGNATURES)


@dataclass
class Article:
    """One source document after reading and decoding, before normalization.

    ``text`` is the article body as read (HTML already reduced to text, front
    matter removed); evidence offsets refer to this string.
    """

    doc_id: str  # file name (or file name + "#line" for JSON Lines records)
    path: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    date_source: str | None = None  # where the date came from: "front-matter", "byline", ...
    source: str | None = None  # publisher as written (中国证券报, 新华社 ...)
    url: str | None = None
    site: str | None = None  # the site a web page belongs to (og:site_name, or its <title>'s last part)
    format: str = "text"  # text | html | markdown | jsonl
    encoding: str = "utf-8"
    content_hash: str = ""  # sha256 of the raw bytes (or the JSON record)
    flags: dict[str, bool] = field(default_factory=dict)  # traditional, pinyin, spun ...


@dataclass
class NormalizedText:
    """Normalized (Simplified, de-annotated, NFKC) text with an offset map.

    ``offsets[i]`` is the index in the original ``Article.text`` of the
    character ``text[i]``; ``offsets[len(text)]`` is ``len(original)``.
    """

    text: str
    offsets: list[int]
    flags: dict[str, bool] = field(default_factory=dict)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalized text to the original text."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Mention:
    """An entity mention in the normalized text of one article."""

    start: int
    end: int
    text: str  # surface form as in the normalized text
    type: str  # one of ENTITY_TYPES
    label: str  # canonical label (Simplified, full official form)
    rule: str  # which dictionary or rule found it


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: article, sentence and offsets in the original text."""

    doc_id: str
    sentence: str  # the supporting sentence, as written in the original text
    start: int  # character offsets of the sentence in Article.text
    end: int
    rule: str


@dataclass
class Relation:
    """A fact between two canonical labels, with its evidence in one article."""

    s: str
    p: str  # one of RELATION_TYPES
    o: str
    role: str | None = None  # holdsPost only
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str, str | None]:
        return (self.s, self.p, self.o, self.role)


@dataclass
class Entity:
    """A canonical entity: one per real thing across documents and scripts."""

    id: str  # stable ASCII slug, e.g. "jin-zhuanglong"
    type: str
    label: str  # canonical Simplified Chinese label
    name_en: str | None = None
    aliases: set[str] = field(default_factory=set)  # other surface forms seen or known
    broader: str | None = None  # Sector: label of the broader sector, when known


@dataclass
class DocExtraction:
    """Everything extracted from one article."""

    article: Article
    mentions: list[Mention]
    relations: list[Relation]
    entity_types: dict[str, str]  # canonical label -> type, for the labels this doc mentions

    def gold_record(self) -> dict:
        """The article in the gold JSON Lines format of ANNOTATION.md."""
        entities = [
            {"type": t, "label": label}
            for label, t in sorted(self.entity_types.items(), key=lambda kv: (ENTITY_TYPES.index(kv[1]), kv[0]))
        ]
        relations = []
        for r in self.relations:
            row = {"s": r.s, "p": r.p, "o": r.o}
            if r.role:
                row["role"] = r.role
            relations.append(row)
        return {
            "doc": self.article.doc_id,
            "date": self.article.date.isoformat() if self.article.date else None,
            "entities": entities,
            "relations": relations,
        }


@dataclass
class ExtractionResult:
    """The resolved extraction of a corpus: canonical entities and per-article facts."""

    entities: dict[str, Entity]  # canonical label -> Entity
    documents: list[DocExtraction]
