"""W3C SPARQL 1.1 query tests, run against kg serve over HTTP (a selection vendored in tests/data/w3c-sparql11/).

Every data file of the selection is loaded into one store as a named graph
(named by its W3C IRI); each test picks its dataset with the protocol's
``default-graph-uri`` and ``named-graph-uri`` parameters, so one server runs
them all. Evaluation tests compare the endpoint's answer with the expected
results (multisets of solutions, blank nodes matched one to one; graphs by
isomorphism); syntax tests expect HTTP 400 for a bad query and no 400 for a
good one. See tests/data/w3c-sparql11/README.md.
"""

from __future__ import annotations

import gc
import io
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
import rdflib
from rdflib import RDF, XSD, BNode, Literal, Namespace
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.query import Result

pytestmark = pytest.mark.slow

SUITE = Path(__file__).parent / "data" / "w3c-sparql11"
W3C_BASE = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
EMPTY_GRAPH = "urn:x-kg-test:empty"
RDF_SUFFIXES = {".ttl": "ttl", ".nt": "nt", ".rdf": "xml"}
SELECTION = sorted(p.name for p in SUITE.iterdir() if (p / "manifest.ttl").is_file())

# Where oxigraph 0.5.13 answers differently from the W3C expectation, embedded exactly as over HTTP
# (checked by hand; the endpoint adds nothing and loses nothing). strict: a fix upstream shows up here.
KNOWN_FAILURES: dict[str, str] = {
    "aggregates/agg-empty-group": "GROUP BY over no solutions: oxigraph answers no row, the test expects one empty row",
    "csv-tsv-res/csv03": 'CSV writes the double 1.0E6 in canonical form "1000000" (same value, other text)',
    "functions/strdt03": 'RDF 1.1: "abc"^^xsd:string is a simple literal, so STRDT accepts it; the 2013 test expects an error',
    "functions/strlang03": 'RDF 1.1: "abc"^^xsd:string is a simple literal, so STRLANG accepts it; the 2013 test expects an error',
    "functions/bnode01": "BNODE(str) gives the same blank node for the same string in different solutions",
}


def local_path(iri: str) -> Path:
    return SUITE / iri[len(W3C_BASE):]


def read_manifests() -> list[dict]:
    tests = []
    for folder in SELECTION:
        manifest = rdflib.Graph().parse(SUITE / folder / "manifest.ttl", format="turtle",
                                        publicID=f"{W3C_BASE}{folder}/manifest.ttl")
        for head in manifest.objects(None, MF.entries):
            for entry in Collection(manifest, head):
                kind = str(manifest.value(entry, RDF.type)).split("#")[-1]
                action = manifest.value(entry, MF.action)
                test = {"id": f"{folder}/{str(entry).split('#')[-1]}", "kind": kind,
                        "result": str(manifest.value(entry, MF.result) or "")}
                if kind.endswith("SyntaxTest11"):
                    test.update(query=str(action), data=[], graph_data=[])
                else:
                    test.update(query=str(manifest.value(action, QT.query)),
                                data=sorted(str(d) for d in manifest.objects(action, QT.data)),
                                graph_data=sorted(str(g) for g in manifest.objects(action, QT.graphData)))
                tests.append(test)
    return tests


TESTS = read_manifests()


@pytest.fixture(scope="module")
def w3c_server(start_kg_serve, tmp_path_factory):
    """kg serve over one store holding every data file of the selection, each in the named graph of its IRI."""
    import pyoxigraph as ox

    folder = tmp_path_factory.mktemp("w3c") / "graph"
    folder.mkdir()
    store = ox.Store(str(folder / "store"))
    for number, path in enumerate(sorted(SUITE.rglob("*"))):
        if path.suffix not in RDF_SUFFIXES or path.name == "manifest.ttl":
            continue
        iri = W3C_BASE + path.relative_to(SUITE).as_posix()
        fmt = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML}[
            RDF_SUFFIXES[path.suffix]]
        try:
            triples = list(ox.parse(path=str(path), format=fmt, base_iri=iri))
        except SyntaxError:
            continue  # a few result files are not data (e.g. result sets in Turtle); no test reads them as data
        graph = ox.NamedNode(iri)

        def fresh(term, number=number):  # blank nodes of different files are different
            return ox.BlankNode(f"f{number}{term.value}") if isinstance(term, ox.BlankNode) else term

        store.extend(ox.Quad(fresh(t.subject), t.predicate, fresh(t.object), graph) for t in triples)
    store.flush()
    del store
    gc.collect()
    served = start_kg_serve(folder, "--timeout", "10")
    yield served
    assert served.stop() == 0


def ask_endpoint(server, test: dict, accept: str) -> httpx.Response:
    query = local_path(test["query"]).read_text(encoding="utf-8")
    fields = [("query", f"BASE <{test['query']}>\n{query}")]
    if " FROM " not in f" {query.upper().replace(chr(10), ' ')} ":  # a query with FROM chooses its own dataset
        fields += [("default-graph-uri", iri) for iri in test["data"] or [EMPTY_GRAPH]]
        fields += [("named-graph-uri", iri) for iri in test["graph_data"]]
    return httpx.post(server.sparql_url, content=urlencode(fields).encode("ascii"), timeout=30,
                      headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})


INTEGERS = {XSD.integer, XSD.int, XSD.long, XSD.short, XSD.byte, XSD.nonNegativeInteger, XSD.positiveInteger,
            XSD.negativeInteger, XSD.nonPositiveInteger, XSD.unsignedInt, XSD.unsignedLong, XSD.unsignedShort,
            XSD.unsignedByte}
NUMERIC = {XSD.decimal, XSD.float, XSD.double, *INTEGERS}


def normalize(term):
    """A simple literal is an xsd:string (RDF 1.1); numbers compare by datatype and value ("1.0" = "1" as xsd:decimal)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    if isinstance(term, Literal) and term.datatype in NUMERIC and term.value is not None and term.value == term.value:
        # rdflib narrows a parsed "-3" to xsd:negativeInteger: all integer types compare as xsd:integer
        return ("number", str(XSD.integer if term.datatype in INTEGERS else term.datatype), term.value)
    return term


def solutions(result: Result) -> list[dict]:
    return [{str(k): normalize(v) for k, v in row.items() if v is not None} for row in result.bindings]


def same_solutions(expected: list[dict], actual: list[dict]) -> bool:
    """Equal as multisets, blank nodes matched by a one-to-one renaming."""
    if len(expected) != len(actual):
        return False
    has_bnodes = any(isinstance(v, BNode) for row in expected + actual for v in row.values())
    if not has_bnodes:
        return Counter(frozenset(r.items()) for r in expected) == Counter(frozenset(r.items()) for r in actual)

    def match(want: dict, got: dict, mapping: dict) -> dict | None:
        if want.keys() != got.keys():
            return None
        mapping = dict(mapping)
        for key, value in want.items():
            other = got[key]
            if isinstance(value, BNode) and isinstance(other, BNode):
                if mapping.get(value, other) != other or (value not in mapping and other in mapping.values()):
                    return None
                mapping[value] = other
            elif value != other:
                return None
        return mapping

    def search(index: int, used: frozenset, mapping: dict) -> bool:
        if index == len(expected):
            return True
        for position, row in enumerate(actual):
            if position not in used:
                extended = match(expected[index], row, mapping)
                if extended is not None and search(index + 1, used | {position}, extended):
                    return True
        return False

    return search(0, frozenset(), {})


RESULT_FORMATS = {  # expected file suffix -> (Accept header, rdflib result parser)
    ".srx": ("application/sparql-results+json, application/n-triples;q=0.9", "json"),
    ".srj": ("application/sparql-results+json, application/n-triples;q=0.9", "json"),
    ".tsv": ("text/tab-separated-values", "tsv"),
    ".csv": ("text/csv", "csv"),
    ".ttl": ("application/sparql-results+json, application/n-triples;q=0.9", "json"),
}
EXPECTED_PARSERS = {".srx": "xml", ".srj": "json", ".tsv": "tsv", ".csv": "csv"}


def check(server, test: dict) -> None:
    if test["kind"] == "NegativeSyntaxTest11":
        response = ask_endpoint(server, test, "application/sparql-results+json")
        assert response.status_code == 400, f"a malformed query got {response.status_code}"
        return
    if test["kind"] == "PositiveSyntaxTest11":
        response = ask_endpoint(server, test, "application/sparql-results+json")
        assert response.status_code != 400, response.text
        return
    expected_path = local_path(test["result"])
    accept, parser = RESULT_FORMATS[expected_path.suffix]
    response = ask_endpoint(server, test, accept)
    assert response.status_code == 200, response.text
    content_type = response.headers["content-type"]
    if "n-triples" in content_type or "turtle" in content_type:
        expected = rdflib.Graph().parse(expected_path, format="turtle", publicID=test["result"])
        actual = rdflib.Graph().parse(data=response.text, format="nt")
        assert isomorphic(expected, actual), response.text
        return
    if parser in ("csv", "tsv"):
        expected = Result.parse(io.StringIO(expected_path.read_text(encoding="utf-8")), format=parser)
    else:
        expected = Result.parse(expected_path.open("rb"), format=EXPECTED_PARSERS[expected_path.suffix])
    actual = Result.parse(io.BytesIO(response.content), format=parser)
    if expected.type == "ASK":
        assert actual.askAnswer == expected.askAnswer
        return
    want, got = solutions(expected), solutions(actual)
    if not same_solutions(want, got):
        missing = Counter(frozenset(r.items()) for r in want) - Counter(frozenset(r.items()) for r in got)
        extra = Counter(frozenset(r.items()) for r in got) - Counter(frozenset(r.items()) for r in want)
        pytest.fail(f"missing {[dict(r) for r in missing]}\nunexpected {[dict(r) for r in extra]}")


@pytest.mark.parametrize(
    "test",
    [pytest.param(t, id=t["id"], marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[t["id"]], strict=True)]
                  if t["id"] in KNOWN_FAILURES else []) for t in TESTS],
)
def test_serve_passes_w3c_sparql11_query_test(w3c_server, test):
    check(w3c_server, test)


def test_serve_w3c_selection_is_the_whole_query_suite():
    """The selection holds every test of the SPARQL 1.1 Query conformance manifests plus the result-format ones."""
    assert len(TESTS) == 278
    assert Counter(t["kind"] for t in TESTS) == {
        "QueryEvaluationTest": 180, "NegativeSyntaxTest11": 35, "PositiveSyntaxTest11": 60, "CSVResultFormatTest": 3,
    }
