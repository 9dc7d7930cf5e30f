"""kg serve speaks the SPARQL 1.1 Protocol: a real server, queried with real clients (httpx, urllib, SPARQLWrapper)."""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest
import rdflib
from rdflib.compare import isomorphic

pytestmark = pytest.mark.slow

BASE = "https://w3id.org/ipkg/id/"
IPKG = "https://w3id.org/ipkg/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ARTICLE = BASE + "article/000-miit-press-conference"
OTHER_ARTICLE = BASE + "article/001-interview"
JIN = BASE + "official/jin-zhuanglong"
MIIT = BASE + "organization/miit"
PROGRAM = BASE + "program/gong-ye-hu-lian-wang-chuang-xin-fa-zhan-xing-dong"
SENTENCE = "工业和信息化部部长金壮龙在新闻发布会上表示，将深入实施工业互联网创新发展行动。"

# (subject, predicate, object, is the object a literal?, graphs it is in: "" = default graph)
FACTS = [
    (JIN, SKOS + "prefLabel", ("金壮龙", "zh"), ["", ARTICLE]),
    (MIIT, SKOS + "prefLabel", ("工业和信息化部", "zh"), ["", ARTICLE]),
    (PROGRAM, SKOS + "prefLabel", ("工业互联网创新发展行动", "zh"), ["", ARTICLE, OTHER_ARTICLE]),
    (JIN, IPKG + "holdsPost", MIIT, ["", ARTICLE]),
    (JIN, IPKG + "discusses", PROGRAM, ["", ARTICLE, OTHER_ARTICLE]),
    (ARTICLE, IPKG + "sentence", (SENTENCE, "zh"), ["", ARTICLE]),
]
# Only in a named graph, to show that the default graph is not the union of the named graphs.
NAMED_ONLY = (OTHER_ARTICLE, IPKG + "fileName", ("001_interview.txt", None), [OTHER_ARTICLE])
LABELS_QUERY = f"""PREFIX skos: <{SKOS}>
SELECT ?entity ?label WHERE {{ ?entity skos:prefLabel ?label }} ORDER BY ?label"""
EXPECTED_LABELS = sorted(
    [(JIN, "金壮龙"), (MIIT, "工业和信息化部"), (PROGRAM, "工业互联网创新发展行动")], key=lambda row: row[1]
)
COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def write_graph_folder(folder: Path, facts) -> Path:
    """A graph folder (store/ only) with ``facts`` written by pyoxigraph, as kg build would lay it out."""
    import gc

    from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, Store

    folder.mkdir(parents=True, exist_ok=True)
    store = Store(str(folder / "store"))
    for subject, predicate, obj, graphs in facts:
        term = Literal(obj[0], language=obj[1]) if isinstance(obj, tuple) and obj[1] else (
            Literal(obj[0]) if isinstance(obj, tuple) else NamedNode(obj))
        for graph in graphs:
            name = NamedNode(graph) if graph else DefaultGraph()
            store.add(Quad(NamedNode(subject), NamedNode(predicate), term, name))
    store.flush()
    del store
    gc.collect()  # the store releases its files only when freed
    return folder


@pytest.fixture(scope="module")
def tiny_graph(tmp_path_factory) -> Path:
    return write_graph_folder(tmp_path_factory.mktemp("serve") / "graph", [*FACTS, NAMED_ONLY])


@pytest.fixture(scope="module")
def server(start_kg_serve, tiny_graph):
    served = start_kg_serve(tiny_graph)
    yield served
    assert served.stop() == 0


def json_rows(payload: dict) -> list[tuple[str, ...]]:
    variables = payload["head"]["vars"]
    return [tuple(b[v]["value"] for v in variables if v in b) for b in payload["results"]["bindings"]]


# ---------------------------------------------------------------- protocol operations


@pytest.mark.parametrize("operation", ["GET query string", "POST form", "POST application/sparql-query"])
def test_serve_answers_each_protocol_operation(server, operation):
    headers = {"Accept": "application/sparql-results+json"}
    if operation == "GET query string":
        response = httpx.get(server.sparql_url, params={"query": LABELS_QUERY}, headers=headers)
    elif operation == "POST form":
        response = httpx.post(server.sparql_url, data={"query": LABELS_QUERY}, headers=headers)
    else:
        headers["Content-Type"] = "application/sparql-query"
        response = httpx.post(server.sparql_url, content=LABELS_QUERY.encode("utf-8"), headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert json_rows(response.json()) == EXPECTED_LABELS


def parse_select(content_type: str, body: str) -> list[tuple[str, ...]]:
    """(entity, label) rows from a SELECT answer in any of the four result formats."""
    if "json" in content_type:
        return json_rows(json.loads(body))
    if "xml" in content_type:
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(body)
        return [
            tuple(b[0].text for b in result.findall("r:binding", ns))
            for result in root.find("r:results", ns).findall("r:result", ns)
        ]
    if "csv" in content_type:
        reader = csv.reader(io.StringIO(body))
        assert next(reader) == ["entity", "label"]
        return [tuple(row) for row in reader]
    lines = body.splitlines()
    assert lines[0].split("\t") == ["?entity", "?label"]
    # TSV keeps RDF syntax: <iri> and "literal"@lang
    return [tuple(cell.strip("<>").split('"@')[0].strip('"') for cell in line.split("\t")) for line in lines[1:]]


@pytest.mark.parametrize(
    "accept,content_type",
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/json", "application/sparql-results+json"),
        (None, "application/sparql-results+json"),
    ],
)
def test_serve_negotiates_result_formats(server, accept, content_type):
    headers = {"Accept": accept} if accept else {}
    response = httpx.post(server.sparql_url, data={"query": LABELS_QUERY}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(content_type)
    assert parse_select(response.headers["content-type"], response.text) == EXPECTED_LABELS


def expected_default_graph() -> rdflib.Graph:
    graph = rdflib.Graph()
    for subject, predicate, obj, graphs in FACTS:
        if "" in graphs:
            term = rdflib.Literal(obj[0], lang=obj[1]) if isinstance(obj, tuple) else rdflib.URIRef(obj)
            graph.add((rdflib.URIRef(subject), rdflib.URIRef(predicate), term))
    return graph


@pytest.mark.parametrize(
    "accept,rdflib_format",
    [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
     ("application/rdf+xml", "xml")],
)
def test_serve_returns_construct_in_rdf_formats(server, accept, rdflib_format):
    response = httpx.post(server.sparql_url, data={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(accept)
    graph = rdflib.Graph().parse(data=response.text, format=rdflib_format)
    assert isomorphic(graph, expected_default_graph())


def test_serve_describes_a_resource(server):
    response = httpx.post(server.sparql_url, data={"query": f"DESCRIBE <{JIN}>"}, headers={"Accept": "text/turtle"})
    assert response.status_code == 200, response.text
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    assert (rdflib.URIRef(JIN), rdflib.URIRef(IPKG + "holdsPost"), rdflib.URIRef(MIIT)) in graph
    assert {str(s) for s in graph.subjects()} == {JIN}


def test_serve_exposes_named_graphs_per_article(server):
    query = f"SELECT ?article WHERE {{ GRAPH ?article {{ <{JIN}> <{IPKG}discusses> <{PROGRAM}> }} }} ORDER BY ?article"
    response = httpx.post(server.sparql_url, data={"query": query}, headers={"Accept": "application/json"})
    assert json_rows(response.json()) == [(ARTICLE,), (OTHER_ARTICLE,)]


def test_serve_default_graph_is_not_the_union(server):
    """The default graph already holds every fact; a triple only in a named graph stays out of it."""
    response = httpx.post(server.sparql_url, data={"query": COUNT_QUERY}, headers={"Accept": "application/json"})
    assert json_rows(response.json()) == [(str(len(FACTS)),)]
    named_only = f"ASK {{ <{NAMED_ONLY[0]}> <{NAMED_ONLY[1]}> ?o }}"
    response = httpx.post(server.sparql_url, data={"query": named_only}, headers={"Accept": "application/json"})
    assert response.json()["boolean"] is False


def test_serve_answers_plain_urllib(server):
    url = server.sparql_url + "?" + urllib.parse.urlencode({"query": LABELS_QUERY})
    request = urllib.request.Request(url, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read().decode("utf-8")
    assert parse_select("text/csv", body) == EXPECTED_LABELS


# ---------------------------------------------------------------- SPARQLWrapper


def test_serve_answers_sparqlwrapper_select_and_ask(server):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(server.sparql_url)
    client.setReturnFormat(JSON)
    client.setQuery(LABELS_QUERY)
    assert json_rows(client.queryAndConvert()) == EXPECTED_LABELS
    client.setQuery(f'ASK {{ ?x <{SKOS}prefLabel> "金壮龙"@zh }}')
    assert client.queryAndConvert()["boolean"] is True


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_serve_answers_sparqlwrapper_construct(server, method):
    from SPARQLWrapper import POST, TURTLE, SPARQLWrapper

    client = SPARQLWrapper(server.sparql_url)
    if method == "POST":
        client.setMethod(POST)
    client.setReturnFormat(TURTLE)
    client.setQuery("CONSTRUCT WHERE { ?s ?p ?o }")
    graph = rdflib.Graph().parse(data=client.queryAndConvert(), format="turtle")
    assert isomorphic(graph, expected_default_graph())


def test_serve_malformed_query_is_bad_request_for_sparqlwrapper(server):
    from SPARQLWrapper import JSON, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    client = SPARQLWrapper(server.sparql_url)
    client.setReturnFormat(JSON)
    client.setQuery("SELECT ?x WHERE { ?x ?p }")
    with pytest.raises(QueryBadFormed, match="error at 1:"):
        client.query()


# ---------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    "method,path,headers,body",
    [
        ("POST", "sparql", {"Content-Type": "application/sparql-update"}, f'INSERT DATA {{ <{JIN}> <{SKOS}altLabel> "金部长"@zh }}'),
        ("POST", "sparql", {"Content-Type": "application/x-www-form-urlencoded"},
         urllib.parse.urlencode({"update": f"DELETE WHERE {{ <{JIN}> ?p ?o }}"})),
        ("GET", "sparql?" + urllib.parse.urlencode({"update": "CLEAR ALL"}), {}, ""),
        ("POST", "update", {"Content-Type": "application/sparql-update"}, "DROP ALL"),
        ("POST", "query", {"Content-Type": "application/x-www-form-urlencoded"}, "update=CLEAR+DEFAULT"),
        ("PUT", "store?default", {"Content-Type": "text/turtle"}, f"<{JIN}> <{SKOS}altLabel> \"金部长\"@zh ."),
        ("POST", "store?default", {"Content-Type": "application/n-triples"}, f"<{JIN}> <{SKOS}altLabel> \"金部长\"@zh ."),
        ("POST", "store", {"Content-Type": "application/n-quads"}, f"<{JIN}> <{SKOS}altLabel> \"x\" <{ARTICLE}> ."),
        ("DELETE", "store?graph=" + urllib.parse.quote(ARTICLE), {}, ""),
        ("DELETE", "store?default", {}, ""),
    ],
)
def test_serve_refuses_updates_and_graph_store_writes(server, method, path, headers, body):
    response = httpx.request(method, server.base_url + path, headers=headers, content=body.encode("utf-8"))
    assert response.status_code == 403
    assert "read-only" in response.text
    count = httpx.post(server.sparql_url, data={"query": COUNT_QUERY}, headers={"Accept": "application/json"})
    assert json_rows(count.json()) == [(str(len(FACTS)),)]


def test_serve_graph_store_reads_are_allowed(server):
    response = httpx.get(server.base_url + "store", params={"graph": ARTICLE}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200, response.text
    graph = rdflib.Graph().parse(data=response.text, format="nt")
    assert (rdflib.URIRef(JIN), rdflib.URIRef(IPKG + "holdsPost"), rdflib.URIRef(MIIT)) in graph


@pytest.mark.parametrize(
    "query,position",
    [
        ("SELEC * WHERE { ?s ?p ?o }", "1:1"),
        ("SELECT * WHERE { ?s ?p }", "1:"),
        ("SELECT ?s WHERE { ?s ?p ?o } GROUP BY", "1:"),
        ('PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT * WHERE { ?s skos:prefLabel "金壮龙"@zh', "2:"),
        ("SELECT * WHERE { ?s ipkg:discusses ?o }", "1:"),  # an undeclared prefix
    ],
)
def test_serve_malformed_query_is_400_with_parser_message(server, query, position):
    response = httpx.post(server.sparql_url, data={"query": query})
    assert response.status_code == 400
    assert response.text.startswith(f"error at {position}"), response.text


def test_serve_unknown_path_is_404_naming_the_endpoint(server):
    response = httpx.get(server.base_url + "sparql-endpoint")
    assert response.status_code == 404
    assert "/sparql" in response.text


# ---------------------------------------------------------------- the query page


def test_serve_query_page_works_offline_with_sample_queries(server):
    from kg.queries import list_queries

    page = httpx.get(server.base_url)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    import re

    # Scripts and styles come from this server, never from a CDN.
    references = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert "yasgui.min.js" in references and "yasgui.min.css" in references
    assert not [r for r in references if "//" in r]
    for asset in ("yasgui.min.js", "yasgui.min.css"):
        response = httpx.get(server.base_url + asset)
        assert response.status_code == 200 and len(response.content) > 10_000
    # The prefix completion asks this server, not prefix.cc.
    assert "prefixCcApi" in html
    prefixes = httpx.get(server.base_url + "prefixes.json").json()
    assert prefixes["ipkg"] == IPKG and prefixes["skos"] == SKOS
    samples = json.loads(re.search(r'<script id="sample-queries" type="application/json">(.*?)</script>', html, re.S).group(1))
    assert [s["name"] for s in samples] == list(list_queries(".rq"))
    assert all(s["query"].strip() and s["description"] for s in samples)


def test_serve_endpoint_url_in_a_browser_leads_to_the_query_page(server):
    response = httpx.get(server.sparql_url, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 303 and response.headers["location"] == "/"
