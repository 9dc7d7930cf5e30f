"""The property-graph view of the RDF graph: one mapping, read by SPARQL.

The RDF store is the source of truth (schemas/MODEL.md). This module declares
the property-graph mapping once (node labels, relationship types, their
properties and allowed endpoints; documented in schemas/property-graph.md) and
derives a :class:`PropertyGraph` from a pyoxigraph store. The ladybug, Neo4j,
CSV and Cypher-script writers all consume that one object, so every view
holds the same facts.

Labels, relationship types and property names used in Cypher text come only
from this mapping; values always travel as parameters (or, in the exported
script, as escaped literals).
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import re
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from kg.model import ENTITY_TYPES, RELATION_SIGNATURES
from kg.vocab import IPKG, PREFIXES as VOCAB_PREFIXES

# A label, type or property name must be a plain identifier: it is written into
# Cypher text (parameters cannot name labels), so this is checked at import time.
IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Property:
    """A property of a node label or relationship type."""

    name: str
    type: str  # "STRING" or "STRING[]": the only two the mapping needs
    help: str


@dataclass(frozen=True)
class NodeLabel:
    """A node label and the RDF class its nodes come from."""

    name: str
    rdf_class: str
    properties: tuple[Property, ...]
    color: str  # Neo4j Browser fill colour (schemas/neo4j-browser.grass)


@dataclass(frozen=True)
class RelationshipType:
    """A relationship type, the RDF predicate it comes from and its allowed endpoints."""

    name: str
    predicate: str
    endpoints: tuple[tuple[str, str], ...]  # (start label, end label) pairs
    properties: tuple[Property, ...]
    key: tuple[str, ...] = ()  # properties that tell two relationships between the same nodes apart


ENTITY_PROPERTIES = (
    Property("id", "STRING", "canonical ID (ipkg:id), unique per label"),
    Property("iri", "STRING", "the entity's IRI in the RDF graph"),
    Property("name", "STRING", "canonical Chinese name (skos:prefLabel @zh)"),
    Property("name_en", "STRING", "English name (skos:prefLabel or rdfs:label @en), when known"),
    Property("aliases", "STRING[]", "other names and surface forms seen (skos:altLabel @zh)"),
)
ARTICLE_PROPERTIES = (
    Property("id", "STRING", "article ID (last segment of the article IRI)"),
    Property("iri", "STRING", "the article's IRI, also the name of its named graph"),
    Property("name", "STRING", "title (dcterms:title), else the file name"),
    Property("title", "STRING", "dcterms:title"),
    Property("date", "STRING", "publication date, ISO 8601 (dcterms:date)"),
    Property("publisher", "STRING", "dcterms:publisher"),
    Property("url", "STRING", "dcterms:source"),
    Property("file_name", "STRING", "ipkg:fileName"),
)
PROVENANCE_PROPERTIES = (
    Property("articles", "STRING[]", "IDs of the articles that support the fact (sorted)"),
    Property("evidence", "STRING[]", "supporting sentences (ipkg:sentence), in article and text order"),
)
POST_PROPERTIES = (
    Property("role", "STRING", "the title held (ipkg:roleLabel), part of the relationship's key"),
    Property("first_seen", "STRING", "earliest date of a supporting article, ISO 8601"),
    Property("last_seen", "STRING", "latest date of a supporting article, ISO 8601"),
)

COLORS = {
    "Official": "#D9534F",
    "Organization": "#4C8EDA",
    "Program": "#F0AD4E",
    "Sector": "#57C7A4",
    "PolicyDocument": "#8C6BB1",
    "Event": "#F4A6C6",
    "Article": "#A5ABB6",
}

NODE_LABELS: dict[str, NodeLabel] = {
    name: NodeLabel(name, getattr(IPKG, name), ENTITY_PROPERTIES, COLORS[name]) for name in ENTITY_TYPES
}
NODE_LABELS["Article"] = NodeLabel("Article", IPKG.Article, ARTICLE_PROPERTIES, COLORS["Article"])


def to_relationship_type(predicate: str) -> str:
    """holdsPost -> HOLDS_POST (the Neo4j naming convention)."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", predicate).upper()


RELATIONSHIP_TYPES: dict[str, RelationshipType] = {}
for _p, (_subjects, _objects) in RELATION_SIGNATURES.items():
    RELATIONSHIP_TYPES[to_relationship_type(_p)] = RelationshipType(
        name=to_relationship_type(_p),
        predicate=getattr(IPKG, _p),
        endpoints=tuple((s, o) for s in _subjects for o in _objects),
        properties=(POST_PROPERTIES if _p == "holdsPost" else ()) + PROVENANCE_PROPERTIES,
        key=("role",) if _p == "holdsPost" else (),
    )
RELATIONSHIP_TYPES["MENTIONS"] = RelationshipType(
    name="MENTIONS",
    predicate=IPKG.mentions,
    endpoints=tuple(("Article", t) for t in ENTITY_TYPES),
    properties=PROVENANCE_PROPERTIES,
)

for _name in [*NODE_LABELS, *RELATIONSHIP_TYPES] + [
    p.name for x in [*NODE_LABELS.values(), *RELATIONSHIP_TYPES.values()] for p in x.properties
]:
    if not IDENTIFIER.match(_name):  # a programming error in the mapping above, not user input
        raise RuntimeError(f"property-graph mapping name {_name!r} is not a plain identifier")


def property_keys() -> list[str]:
    """Every property name the mapping uses (for linters and schema checks)."""
    names = {p.name for x in [*NODE_LABELS.values(), *RELATIONSHIP_TYPES.values()] for p in x.properties}
    return sorted(names)


@dataclass
class PropertyGraph:
    """Nodes by label and relationships by type, as plain rows.

    A node row maps property names to values (``id`` always set). A
    relationship row has ``src`` and ``dst`` (node ids), ``src_label`` and
    ``dst_label``, and the type's properties.
    """

    nodes: dict[str, list[dict]] = field(default_factory=lambda: {label: [] for label in NODE_LABELS})
    relationships: dict[str, list[dict]] = field(
        default_factory=lambda: {rtype: [] for rtype in RELATIONSHIP_TYPES}
    )
    skipped: list[str] = field(default_factory=list)  # facts the mapping cannot hold, with the reason

    def counts(self) -> dict:
        """Numbers of nodes and relationships, in total and per label and type."""
        return {
            "nodes": sum(len(rows) for rows in self.nodes.values()),
            "relationships": sum(len(rows) for rows in self.relationships.values()),
            "labels": {label: len(rows) for label, rows in self.nodes.items()},
            "types": {rtype: len(rows) for rtype, rows in self.relationships.items()},
        }

    def relationship_groups(self, rtype: str) -> dict[tuple[str, str], list[dict]]:
        """The rows of one type grouped by (start label, end label), in mapping order."""
        groups: dict[tuple[str, str], list[dict]] = {pair: [] for pair in RELATIONSHIP_TYPES[rtype].endpoints}
        for row in self.relationships[rtype]:
            groups[(row["src_label"], row["dst_label"])].append(row)
        return {pair: rows for pair, rows in groups.items() if rows}


# --- reading the RDF store -------------------------------------------------------------------

PREFIXES = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in VOCAB_PREFIXES.items())

_CLASS_VALUES = " ".join(f"<{label.rdf_class}>" for label in NODE_LABELS.values())

# All queries read the default graph: it holds the union of what the corpus says (MODEL.md).
NODES_QUERY = PREFIXES + f"""
SELECT ?node ?class ?id WHERE {{
  VALUES ?class {{ {_CLASS_VALUES} }}
  ?node a ?class .
  OPTIONAL {{ ?node ipkg:id ?id }}
}}"""

LABELS_QUERY = PREFIXES + f"""
SELECT ?node ?p ?label WHERE {{
  VALUES ?class {{ {_CLASS_VALUES} }}
  VALUES ?p {{ skos:prefLabel skos:altLabel rdfs:label }}
  ?node a ?class ; ?p ?label .
}}"""

ARTICLES_QUERY = PREFIXES + """
SELECT ?node ?title ?date ?publisher ?url ?file WHERE {
  ?node a ipkg:Article .
  OPTIONAL { ?node dcterms:title ?title }
  OPTIONAL { ?node dcterms:date ?date }
  OPTIONAL { ?node dcterms:publisher ?publisher }
  OPTIONAL { ?node dcterms:source ?url }
  OPTIONAL { ?node ipkg:fileName ?file }
}"""

# One query per predicate: the predicate is then not read back for every row.
FACTS_QUERY = "SELECT ?s ?o WHERE { ?s <%s> ?o }"

# The named graphs that hold a fact are the articles that support it (when typed ipkg:Article).
FACT_GRAPHS_QUERY = "SELECT ?s ?o ?g WHERE { GRAPH ?g { ?s <%s> ?o } }"

# An article's mentions sit in its own graph, and a mention counts its article anyway: only the
# other graphs can add an article (none do in what kg build writes), so the others are not read.
MENTION_GRAPHS_QUERY = "SELECT ?s ?o ?g WHERE { GRAPH ?g { ?s <%s> ?o } FILTER(?g != ?s) }"

# Each pattern is its own subquery so that oxigraph joins them on ?ev by hashing, one scan of each
# predicate, instead of looking every evidence node up once per pattern (2 s instead of 15 s for
# the 93k evidence nodes of a 2,100-article corpus).
EVIDENCE_QUERY = PREFIXES + """
SELECT ?s ?p ?o ?role ?article ?sentence ?start WHERE {
  { SELECT ?ev WHERE { ?ev a ipkg:Evidence } }
  { SELECT ?ev ?s WHERE { ?ev rdf:subject ?s } }
  { SELECT ?ev ?p WHERE { ?ev rdf:predicate ?p } }
  { SELECT ?ev ?o WHERE { ?ev rdf:object ?o } }
  { SELECT ?ev ?article WHERE { ?ev prov:wasDerivedFrom ?article } }
  { SELECT ?ev ?sentence WHERE { ?ev ipkg:sentence ?sentence } }
  OPTIONAL { SELECT ?ev ?role WHERE { ?ev ipkg:role ?role } }
  OPTIONAL { SELECT ?ev ?start WHERE { ?ev ipkg:startOffset ?start } }
}"""

MEMBERSHIPS_QUERY = PREFIXES + """
SELECT ?m ?person ?org ?role ?first ?last ?article WHERE {
  ?m a org:Membership ; org:member ?person ; org:organization ?org .
  OPTIONAL { ?m ipkg:roleLabel ?role }
  OPTIONAL { ?m ipkg:firstSeen ?first }
  OPTIONAL { ?m ipkg:lastSeen ?last }
  OPTIONAL { ?m prov:wasDerivedFrom ?article }
}"""


def _local_id(iri: str) -> str:
    """The last path segment of an IRI: the ID of a node without ipkg:id."""
    return re.split(r"[/#]", iri.rstrip("/#"))[-1]


def _text(term) -> str | None:
    return None if term is None else term.value


def read_property_graph(store) -> PropertyGraph:
    """Derive the property graph from a pyoxigraph ``store`` (see schemas/property-graph.md).

    Facts whose endpoints are not typed nodes, or whose endpoint labels the
    mapping does not allow, are left out and listed in ``skipped``.
    """
    graph = PropertyGraph()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-evidence") as pool:
        # The evidence query is the longest read (2 s for 93k evidence nodes). Serialized in Rust it
        # runs without the GIL, on another core, while the nodes and facts are read here; the facts
        # get their evidence afterwards.
        evidence_tsv = pool.submit(_serialize_tsv, store, EVIDENCE_QUERY)
        node_label, node_id, typed_articles = _read_nodes(store, graph)
        article_ids = {iri: node_id[iri] for iri, label in node_label.items() if label == "Article"}

        def article_id(iri: str) -> str:
            return article_ids.get(iri) or _local_id(iri)

        fact_rows = _read_facts(store, graph, node_label, node_id, typed_articles, article_id)
        memberships = [[_text(term) for term in row] for row in store.query(MEMBERSHIPS_QUERY)]
        evidence = _read_evidence(evidence_tsv.result(), article_id)
        del evidence_tsv  # the answers: ~40 MB at 93k evidence nodes
    _return_freed_memory()

    for (s, p, o, role), found in evidence.items():
        row = fact_rows.get((s, p, o)) if role is None else None
        if row is not None:
            row["articles"] = sorted(set(row["articles"]).union(a for a, _, _ in found))
            row["evidence"] = _sentences(found)
    _add_posts(graph, memberships, evidence, node_label, node_id, article_id)
    for rows in graph.nodes.values():
        rows.sort(key=lambda r: r["id"])
    return graph


def _read_facts(store, graph, node_label, node_id, typed_articles, article_id) -> dict[tuple[str, str, str], dict]:
    """Add a relationship for every fact but posts, without its evidence yet; return them by (s, p, o)."""
    fact_rows: dict[tuple[str, str, str], dict] = {}
    for rtype in RELATIONSHIP_TYPES.values():
        if rtype.name == "HOLDS_POST":
            continue  # posts are memberships
        p = rtype.predicate
        mentions = rtype.name == "MENTIONS"
        # Supporting articles of every (s, o): the named graphs that hold the fact.
        supporting: dict[tuple[str, str], set[str]] = {}
        for s, o, g in store.query((MENTION_GRAPHS_QUERY if mentions else FACT_GRAPHS_QUERY) % p):
            if g.value in typed_articles:
                supporting.setdefault((s.value, o.value), set()).add(article_id(g.value))
        for s, o in store.query(FACTS_QUERY % p):
            s, o = s.value, o.value
            articles = supporting.get((s, o), set())
            if mentions:
                articles.add(article_id(s))
            row = _add_relationship(graph, rtype, node_label, node_id, s, o, articles, (), {})
            if row is not None:
                fact_rows[(s, p, o)] = row
        _sort_relationships(graph.relationships[rtype.name])
    return fact_rows


def _read_evidence(answers: bytes, article_id) -> dict[tuple, list[tuple[str, int, str]]]:
    """(article id, start offset, sentence) of each evidence node, by (s, p, o, role) of its fact."""
    evidence: dict[tuple, list[tuple[str, int, str]]] = {}
    sentences: dict[str, str] = {}  # one string per distinct sentence: facts share their sentences
    for s, p, o, role, article, sentence, start in _parse_tsv(answers):
        found = (article_id(article), 0 if start is None else int(start), sentences.setdefault(sentence, sentence))
        evidence.setdefault((s, p, o, role), []).append(found)
    return evidence


def _add_posts(graph, memberships, evidence, node_label, node_id, article_id) -> None:
    """One HOLDS_POST relationship per membership; its evidence is the evidence with its role."""
    holds_post = RELATIONSHIP_TYPES["HOLDS_POST"]
    posts: dict[str, dict] = {}
    for m, person, org, role, first, last, article in memberships:
        post = posts.setdefault(
            m, {"person": person, "org": org, "role": role, "first": first, "last": last, "articles": set()}
        )
        if article is not None:
            post["articles"].add(article_id(article))
    for post in posts.values():
        found = evidence.get((post["person"], holds_post.predicate, post["org"], post["role"]), [])
        extra = {"role": post["role"] or "", "first_seen": post["first"], "last_seen": post["last"]}
        articles = post["articles"] | {a for a, _, _ in found}
        _add_relationship(graph, holds_post, node_label, node_id, post["person"], post["org"], articles, found, extra)
    _sort_relationships(graph.relationships[holds_post.name])


def _return_freed_memory() -> None:
    """Hand freed heap memory back to the OS, where glibc keeps it (Linux only; elsewhere nothing to do).

    The evidence query's hash joins free ~120 MB (at 93k evidence nodes) that glibc would keep in
    the query thread's arena, on top of what the caller (a database load) allocates next.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):  # not glibc (musl): no malloc_trim
            ctypes.CDLL(None).malloc_trim(0)


def _sort_relationships(rows: list[dict]) -> None:
    rows.sort(key=lambda r: (r["src_label"], r["src"], r["dst_label"], r["dst"], r.get("role") or ""))


def _sentences(found) -> list[str]:
    """The sentences of evidence (article id, start, sentence), in article and text order, without repeats."""
    return list(dict.fromkeys(sentence for _, _, sentence in sorted(found)))


def _read_nodes(store, graph: PropertyGraph) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """Fill ``graph.nodes``; return the label and id of every node IRI, and the IRIs typed ipkg:Article."""
    class_to_label = {label.rdf_class: name for name, label in NODE_LABELS.items()}

    # One label each. A node typed twice keeps the first label in mapping order.
    node_label: dict[str, str] = {}
    node_id: dict[str, str] = {}
    typed_articles: set[str] = set()
    order = list(NODE_LABELS)
    for row in store.query(NODES_QUERY):
        iri, label = row["node"].value, class_to_label[row["class"].value]
        if iri not in node_label or order.index(label) < order.index(node_label[iri]):
            node_label[iri] = label
        if label == "Article":
            typed_articles.add(iri)
        node_id.setdefault(iri, _text(row["id"]) or "")
    for iri in node_id:
        node_id[iri] = node_id[iri] or _local_id(iri)

    names: dict[str, dict[str, list[str]]] = {}
    for row in store.query(LABELS_QUERY):
        lit = row["label"]
        lang = getattr(lit, "language", None) or ""
        key = f"{row['p'].value.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}@{lang}"
        names.setdefault(row["node"].value, {}).setdefault(key, []).append(lit.value)

    for iri, label in node_label.items():
        if label == "Article":
            continue
        found = names.get(iri, {})
        name = _first(found, "prefLabel@zh", "label@zh", "prefLabel@", "label@")
        name_en = _first(found, "prefLabel@en", "label@en")
        aliases = sorted({a for a in found.get("altLabel@zh", []) if a != name})
        graph.nodes[label].append(
            {"id": node_id[iri], "iri": iri, "name": name, "name_en": name_en, "aliases": aliases}
        )

    articles: dict[str, dict] = {}
    for row in store.query(ARTICLES_QUERY):
        iri = row["node"].value
        found = articles.setdefault(iri, {})
        for key in ("title", "date", "publisher", "url", "file"):
            value = _text(row[key])
            if value is not None and (found.get(key) is None or value < found[key]):
                found[key] = value  # two values (two titles): keep the smallest, the same every run
    for iri, found in sorted(articles.items()):
        if node_label[iri] != "Article":
            continue  # typed as an entity too: it is that entity's node
        graph.nodes["Article"].append(
            {
                "id": node_id[iri],
                "iri": iri,
                "name": found.get("title") or found.get("file") or node_id[iri],
                "title": found.get("title"),
                "date": found.get("date"),
                "publisher": found.get("publisher"),
                "url": found.get("url"),
                "file_name": found.get("file"),
            }
        )
    _drop_duplicate_nodes(graph)
    return node_label, node_id, typed_articles


def _serialize_tsv(store, query: str) -> bytes:
    """The answers of ``query`` as SPARQL TSV, written by pyoxigraph without holding the GIL."""
    from pyoxigraph import QueryResultsFormat

    return store.query(query).serialize(format=QueryResultsFormat.TSV)


def _parse_tsv(data: bytes) -> Iterator[list[str | None]]:
    """The rows of SPARQL TSV answers, one at a time; each term as its ``.value`` would be (None when unbound)."""
    lines = io.BytesIO(data)  # one line per row: literals escape their line breaks
    next(lines, None)  # the header
    for line in lines:
        yield [_tsv_value(field) for field in line.decode("utf-8").rstrip("\n").split("\t")]


# N-Triples escapes: pyoxigraph writes \t \n \r \" \\ in TSV literals; the others are read too.
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ESCAPED = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(match: re.Match) -> str:
    code = match.group(1) or match.group(2)
    return chr(int(code, 16)) if code else _ESCAPED[match.group(3)]


def _tsv_value(field: str) -> str | None:
    """The value of one TSV term: an IRI, a blank node, a literal (quoted or a bare number), or unbound."""
    if not field:
        return None
    if field[0] == "<":
        return field[1:-1]
    if field[0] == '"':
        lexical = field[1 : field.rindex('"')]  # a language tag or datatype IRI holds no quote
        return _ESCAPE.sub(_unescape, lexical) if "\\" in lexical else lexical
    if field.startswith("_:"):
        return field[2:]
    return field  # integer, decimal, double or boolean written bare


def _first(found: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        if found.get(key):
            return sorted(found[key])[0]
    return None


def _drop_duplicate_nodes(graph: PropertyGraph) -> None:
    """Keep one row per (label, id): MERGE on id would fold them anyway, ladybug would refuse them."""
    for label, rows in graph.nodes.items():
        seen: dict[str, dict] = {}
        for row in rows:
            if row["id"] in seen:
                graph.skipped.append(f"{label} {row['iri']}: id {row['id']!r} already used by {seen[row['id']]['iri']}")
            else:
                seen[row["id"]] = row
        graph.nodes[label] = list(seen.values())


def _add_relationship(graph, rtype, node_label, node_id, s, o, articles, found, extra) -> dict | None:
    """Append the relationship s -> o (and return its row), or list it in ``skipped``."""
    pair = (node_label.get(s), node_label.get(o))
    if pair not in rtype.endpoints:
        graph.skipped.append(f"{rtype.name} {s} -> {o}: endpoint labels {pair} not in the mapping")
        return None
    row = {
        "src": node_id[s],
        "dst": node_id[o],
        "src_label": pair[0],
        "dst_label": pair[1],
        **extra,
        "articles": sorted(articles),
        "evidence": _sentences(found) if found else [],
    }
    graph.relationships[rtype.name].append(row)
    return row
