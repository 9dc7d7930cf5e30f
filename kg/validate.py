"""Check a graph against schemas/shapes.ttl (SHACL, pyshacl) and say what is wrong in plain words.

The shapes run on the default graph, which holds every fact; the ontology
(schemas/ipkg.ttl) is mixed in without inference, so a wrong type is reported
rather than inferred away. One check SHACL cannot express on a single graph is
done here: every quad of an article's named graph must also be in the default
graph.
"""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import DefaultGraph, Quad, RdfFormat, Store, parse, serialize

from kg.config import PROJECT_ROOT
from kg.errors import GraphNotFoundError, ValidationError
from kg.stores.oxigraph import graph_prefixes
from kg.vocab import SKOS

ONTOLOGY_PATH = PROJECT_ROOT / "schemas" / "ipkg.ttl"
SHAPES_PATH = PROJECT_ROOT / "schemas" / "shapes.ttl"
MAX_REPORTED = 50  # ensure_valid lists this many violations, then counts the rest


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
    default = {q.triple for q in quads if isinstance(q.graph_name, DefaultGraph)}
    problems = [
        f"article graph {q.graph_name.value} holds a triple missing from the default graph: {q.triple}"
        for q in quads
        if not isinstance(q.graph_name, DefaultGraph) and q.triple not in default
    ]
    data = to_rdflib(sorted(default, key=str))
    shapes = rdflib.Graph().parse(SHAPES_PATH, format="turtle")
    ontology = rdflib.Graph().parse(ONTOLOGY_PATH, format="turtle")
    _conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True, allow_warnings=False
    )
    if not isinstance(report, rdflib.Graph):  # pyshacl returns the exception when the shapes are broken
        raise ValidationError(f"{SHAPES_PATH} cannot be used by pyshacl: {report}")
    problems += describe_report(report, data)
    return sorted(problems)


def describe_report(report: "rdflib.Graph", data: "rdflib.Graph") -> list[str]:  # noqa: F821
    """One plain sentence per SHACL result: which resource, what is wrong, which value."""
    from rdflib.namespace import RDF, SH

    lines = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage)) or ["does not conform"]
        line = f"{describe_node(focus, data)}: {'; '.join(messages)}"
        if path is not None and value is not None and value != focus:
            line += f" (found {describe_node(path, data)} {describe_node(value, data)})"
        lines.append(line)
    return lines


def describe_node(term, data: "rdflib.Graph") -> str:  # noqa: F821
    """A short readable name: a prefixed IRI with its Chinese label, or a literal in quotes."""
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
