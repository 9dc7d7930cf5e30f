"""Check a graph against schemas/shapes.ttl (SHACL) and say what is wrong in plain words.

The shapes run on the default graph, which holds every fact; the ontology
(schemas/ipkg.ttl) is mixed in without inference, so a wrong type is reported
rather than inferred away. Core constraints run in pyshacl. The SPARQL-based
constraints (``sh:sparql``) run here on pyoxigraph, once per constraint over
the whole graph: pyshacl re-parses the query for every focus node, which takes
seconds on a few hundred entities. Their queries must bind ``$this`` in a
triple pattern, so that running them once and keeping the rows whose ``$this``
is a focus node gives what SHACL's pre-binding gives. One check SHACL cannot
express on a single graph is also done here: every quad of an article's named
graph must be in the default graph too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Store, parse, serialize

from kg.config import PROJECT_ROOT
from kg.errors import GraphNotFoundError, ValidationError
from kg.stores.oxigraph import graph_prefixes
from kg.vocab import RDF, SKOS

ONTOLOGY_PATH = PROJECT_ROOT / "schemas" / "ipkg.ttl"
SHAPES_PATH = PROJECT_ROOT / "schemas" / "shapes.ttl"
MAX_REPORTED = 50  # ensure_valid lists this many violations, then counts the rest


@dataclass(frozen=True)
class SparqlCheck:
    """One ``sh:sparql`` constraint of a node shape, with the classes it targets."""

    shape: str
    targets: tuple[str, ...]
    select: str
    message: str


def read_quads(source: Path | Store) -> list[Quad]:
    """All quads of a graph folder (from its graph.nq) or of an open store."""
    if isinstance(source, Store):
        return list(source)
    path = Path(source) / "graph.nq"
    if not path.is_file():
        raise GraphNotFoundError(f"{source} is not a graph folder (no graph.nq): run kg build SOURCES --out {source}")
    return list(parse(path=path, format=RdfFormat.N_QUADS))


def to_rdflib(triples: list) -> "rdflib.Graph":  # noqa: F821
    """An rdflib graph of pyoxigraph triples (through N-Triples, the fastest common format)."""
    import rdflib

    graph = rdflib.Graph()
    if triples:
        graph.parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    for prefix, ns in graph_prefixes().items():
        graph.bind(prefix, ns)
    return graph


def validate_graph(source: Path | Store) -> list[str]:
    """Validate a graph folder (or an open store); return its violations in plain words, sorted (empty = valid)."""
    import pyshacl
    import rdflib

    quads = read_quads(source)
    default = sorted({q.triple for q in quads if isinstance(q.graph_name, DefaultGraph)}, key=str)
    default_set = set(default)
    problems = [
        f"article graph {q.graph_name.value} holds a triple missing from the default graph: {q.triple}"
        for q in quads
        if not isinstance(q.graph_name, DefaultGraph) and q.triple not in default_set
    ]
    data = to_rdflib(default)
    shapes = rdflib.Graph().parse(SHAPES_PATH, format="turtle")
    checks = take_sparql_checks(shapes)
    ontology = rdflib.Graph().parse(ONTOLOGY_PATH, format="turtle")
    _conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True, allow_warnings=False
    )
    if not isinstance(report, rdflib.Graph):  # pyshacl returns the exception when the shapes are broken
        raise ValidationError(f"{SHAPES_PATH} cannot be used by pyshacl: {report}")
    problems += describe_report(report, data)
    store = Store()
    store.extend(Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in default)
    problems += run_sparql_checks(store, checks, data)
    return sorted(problems)


def take_sparql_checks(shapes: "rdflib.Graph") -> list[SparqlCheck]:  # noqa: F821
    """Remove the ``sh:sparql`` constraints from the shapes graph and return them."""
    from rdflib.namespace import SH

    checks = []
    for shape, constraint in sorted(shapes.subject_objects(SH.sparql)):
        other_targets = [p for p in (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf) if (shape, p, None) in shapes]
        if other_targets:
            raise ValidationError(f"{SHAPES_PATH}: {shape} has sh:sparql with {other_targets[0]}; kg supports sh:targetClass only there")
        checks.append(
            SparqlCheck(
                shape=str(shape),
                targets=tuple(sorted(str(t) for t in shapes.objects(shape, SH.targetClass))),
                select=str(shapes.value(constraint, SH.select)),
                message=str(shapes.value(constraint, SH.message) or "does not conform"),
            )
        )
        shapes.remove((shape, SH.sparql, constraint))
    return checks


def run_sparql_checks(store: Store, checks: list[SparqlCheck], data: "rdflib.Graph") -> list[str]:  # noqa: F821
    """Run each SPARQL constraint once; one plain sentence per row whose ``$this`` is a focus node."""
    prefixes = graph_prefixes()
    lines = []
    for check in checks:
        focus = {
            q.subject for target in check.targets
            for q in store.quads_for_pattern(None, NamedNode(RDF.type), NamedNode(target), DefaultGraph())
        }  # fmt: skip
        try:
            rows = list(store.query(check.select, prefixes=prefixes))
        except SyntaxError as err:
            raise ValidationError(f"{SHAPES_PATH}: the SPARQL of {check.shape} is malformed: {err}") from None
        for row in rows:
            if row["this"] not in focus:
                continue
            focus_node, path, value = (to_rdflib_term(row[name]) for name in ("this", "path", "value"))
            lines.append(describe_problem(focus_node, [check.message], path, value, data))
    return lines


def to_rdflib_term(term):
    """The rdflib term of a pyoxigraph term (None stays None)."""
    import rdflib

    if term is None:
        return None
    if isinstance(term, Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    return rdflib.BNode(term.value)


def describe_report(report: "rdflib.Graph", data: "rdflib.Graph") -> list[str]:  # noqa: F821
    """One plain sentence per SHACL result of pyshacl."""
    from rdflib.namespace import RDF as RDF_NS, SH

    return [
        describe_problem(
            report.value(result, SH.focusNode),
            sorted(str(m) for m in report.objects(result, SH.resultMessage)),
            report.value(result, SH.resultPath),
            report.value(result, SH.value),
            data,
        )
        for result in report.subjects(RDF_NS.type, SH.ValidationResult)
    ]


def describe_problem(focus, messages: list[str], path, value, data: "rdflib.Graph") -> str:  # noqa: F821
    """"<resource (label)>: <what is wrong> (found <property> <value>)"."""
    line = f"{describe_node(focus, data)}: {'; '.join(messages) or 'does not conform'}"
    if path is not None and value is not None and value != focus:
        line += f" (found {describe_node(path, data)} {describe_node(value, data)})"
    return line


def describe_node(term, data: "rdflib.Graph") -> str:  # noqa: F821
    """A short readable name: a prefixed IRI with its label (Chinese first), or a literal in quotes."""
    import rdflib

    if isinstance(term, rdflib.Literal):
        return f'"{term}"'
    if not isinstance(term, rdflib.URIRef):
        return str(term)
    try:
        name = data.namespace_manager.curie(term, generate=False)
    except (KeyError, ValueError):
        name = f"<{term}>"
    labels = sorted(data.objects(term, rdflib.URIRef(SKOS.prefLabel)), key=lambda l: (l.language != "zh", str(l)))
    return f"{name} ({labels[0]})" if labels else name


def ensure_valid(source: Path | Store) -> None:
    """Raise ``ValidationError`` listing the violations when the graph does not conform."""
    problems = validate_graph(source)
    if not problems:
        return
    shown = "\n  ".join(problems[:MAX_REPORTED])
    more = f"\n  … and {len(problems) - MAX_REPORTED} more (kg validate lists them all)" if len(problems) > MAX_REPORTED else ""
    raise ValidationError(
        f"the graph does not conform to {SHAPES_PATH.name} ({len(problems)} violation(s)):\n  {shown}{more}"
    )
