"""Each named query of queries/ returns the same rows over HTTP (kg serve) as on the embedded store."""

from __future__ import annotations

import httpx
import pytest

from kg.queries import list_queries, run_sparql
from kg.stores.oxigraph import open_store

pytestmark = pytest.mark.slow

QUERY_NAMES = list(list_queries(".rq"))


@pytest.fixture(scope="module")
def sample_server(start_kg_serve, sample_graph):
    served = start_kg_serve(sample_graph)
    yield served
    assert served.stop() == 0


@pytest.fixture(scope="module")
def embedded(sample_graph):
    return open_store(sample_graph)


def http_rows(payload: dict) -> tuple[list[str], list[list[str | None]]]:
    """Columns and rows of plain values, as kg.queries.run_sparql gives them."""
    if "boolean" in payload:
        return ["ask"], [["true" if payload["boolean"] else "false"]]
    columns = payload["head"]["vars"]

    def plain(binding: dict | None) -> str | None:
        if binding is None:
            return None
        return f"_:{binding['value']}" if binding["type"] == "bnode" else binding["value"]

    return columns, [[plain(b.get(c)) for c in columns] for b in payload["results"]["bindings"]]


def test_serve_has_named_queries_to_compare(embedded):
    answered = [n for n in QUERY_NAMES if run_sparql(embedded, list_queries(".rq")[n].read_text(encoding="utf-8"))[1]]
    assert len(answered) >= 5  # the comparison below is not between empty answers


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_serve_named_query_same_rows_over_http_as_embedded(sample_server, embedded, name):
    text = list_queries(".rq")[name].read_text(encoding="utf-8")
    columns, rows = run_sparql(embedded, text)
    response = httpx.post(sample_server.sparql_url, data={"query": text},
                          headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert response.status_code == 200, response.text
    http_columns, http_result = http_rows(response.json())
    assert http_columns == columns
    if "ORDER BY" in text.upper():
        assert http_result == rows
    else:
        assert sorted(http_result, key=repr) == sorted(rows, key=repr)
