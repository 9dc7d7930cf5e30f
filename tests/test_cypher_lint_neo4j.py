"""Every Cypher statement we ship passes Neo4j's own linter (@neo4j-cypher/language-support), run offline.

The linter gets the property-graph mapping as its schema, so a misspelt
label, type or property is reported as well as a syntax error. It covers the
statements ``kg neo4j push`` sends (constraints and indexes included, which
the FalkorDB test server cannot run), queries/*.cypher, and the statements
of an exported .cypher script.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.stores import cypher_script, neo4j
from kg.stores.oxigraph import open_store
from kg.stores.property_graph import NODE_LABELS, RELATIONSHIP_TYPES, property_keys, read_property_graph

ROOT = Path(__file__).resolve().parent.parent
LINTER = ROOT / "tools" / "cypher-lint"
QUERIES = sorted((ROOT / "queries").glob("*.cypher"))


def readme_starter_queries() -> list[str]:
    """The Cypher block of the README section 'Explore in Neo4j Browser', one query a line."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Explore in Neo4j Browser", 1)[1]
    block = section.split("```cypher\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]
ROW_KEYS = ["src", "dst"]  # keys of the $rows maps of relationship statements
RESULT_KEYS = ["count"]  # RETURN aliases read back as properties of records


MISTAKES = [
    ("MATCH (o:Official) RETURN o.name LIMT 5", "Invalid input 'LIMT'"),
    ("MATCH (o:Official) RETRUN o.name", "Invalid input 'RETRUN'"),
    ("MATCH (o:Oficial) RETURN o.name", "Label Oficial is not present in the database"),
    ("MATCH (o:Official)-[:HOLD_POST]->(g) RETURN g.name", "Relationship type HOLD_POST is not present"),
    ("MATCH (o:Official) RETURN o.nmae", "nmae is not present in the database"),
    ("MATCH (o:Official) RETURN toUpperr(o.name)", "Function toUpperr is not present"),
    ("UNWIND $rows AS row MERGE (n:Official {id: row.id})", "Parameter $rows is not defined"),
]


@pytest.fixture(scope="module")
def linted(pg_mini_graph) -> dict[str, dict[str, list[dict]]]:
    """Lint everything in one run of tools/cypher-lint/lint.mjs (node starts once): {group: {name: diagnostics}}."""
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node and npm are needed for Neo4j's Cypher linter")
    if not (LINTER / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        subprocess.run(["npm", "ci", "--prefix", str(LINTER), "--no-audit", "--no-fund"], check=True,
                       capture_output=True, timeout=300)
    script = cypher_script.script_statements(read_property_graph(open_store(pg_mini_graph)))
    groups = {
        "loader": neo4j.all_statements(),
        "queries": [(p.name, p.read_text(encoding="utf-8"), []) for p in QUERIES],
        "script": [(f"statement {i}", text, []) for i, text in enumerate(script)],
        "mistakes": [(query, query, []) for query, _ in MISTAKES],
        "readme": [(query, query, []) for query in readme_starter_queries()],
    }
    schema = {"labels": list(NODE_LABELS), "relationshipTypes": list(RELATIONSHIP_TYPES),
              "propertyKeys": property_keys() + ROW_KEYS + RESULT_KEYS}
    statements = [{"name": f"{group}\t{name}", "query": text, "parameters": params}
                  for group, items in groups.items() for name, text, params in items]
    # ~0.1 s per statement: two node processes share the work (the machines have two cores)
    halves = [statements[0::2], statements[1::2]]
    workers = [subprocess.Popen(["node", str(LINTER / "lint.mjs")], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for _ in halves]
    outputs = [w.communicate(json.dumps({"schema": schema, "statements": half}, ensure_ascii=False), timeout=300)
               for w, half in zip(workers, halves)]
    for worker, (_, err) in zip(workers, outputs):
        assert worker.returncode == 0, err
    results: dict[str, dict[str, list[dict]]] = {group: {} for group in groups}
    for item in [item for out, _ in outputs for item in json.loads(out)]:
        group, name = item["name"].split("\t", 1)
        results[group][name] = item["diagnostics"]
    assert {g: len(r) for g, r in results.items()} == {g: len(items) for g, items in groups.items()}
    return results


def _problems(results: dict[str, list[dict]]) -> dict[str, list[str]]:
    return {name: [f"{d['severity']} {d['line']}:{d['column']} {d['message']}" for d in diagnostics]
            for name, diagnostics in results.items() if diagnostics}


def test_cypher_lint_loader_statements_are_clean(linted):
    assert any(name.startswith("constraint") for name in linted["loader"])
    assert any(name.startswith("index") for name in linted["loader"])
    assert _problems(linted["loader"]) == {}


def test_cypher_lint_query_files_are_clean(linted):
    assert len(linted["queries"]) >= 9
    assert _problems(linted["queries"]) == {}


def test_cypher_lint_exported_script_is_clean(linted):
    """The literal escaping of the exported script yields valid Cypher, statement by statement."""
    assert len(linted["script"]) > 20
    assert _problems(linted["script"]) == {}


def test_cypher_lint_readme_starter_queries_are_clean(linted):
    assert len(linted["readme"]) >= 5
    assert _problems(linted["readme"]) == {}


@pytest.mark.parametrize("query,expected", MISTAKES)
def test_cypher_lint_catches_mistakes(linted, query, expected):
    diagnostics = linted["mistakes"][query]
    assert any(expected in d["message"] for d in diagnostics), diagnostics
