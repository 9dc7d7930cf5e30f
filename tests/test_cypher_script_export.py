"""kg export cypher: a plain .cypher script with the loader's statements and escaped literals."""

from __future__ import annotations

import ladybug
import neo4j
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.stores.cypher_script import cypher_literal, cypher_string, script_statements, write_script
from kg.stores.oxigraph import open_store
from kg.stores.property_graph import read_property_graph


@pytest.fixture(scope="module")
def cypher_engine():
    """ladybug's Cypher parser, in memory: reads a literal back independently of our escaping code."""
    db = ladybug.Database(":memory:")
    conn = ladybug.Connection(db)
    yield lambda literal: conn.execute(f"RETURN {literal} AS v").get_all()[0][0]
    conn.close()
    db.close()


@pytest.mark.parametrize(
    "text,literal",
    [
        ("金壮龙", "'金壮龙'"),
        ("it's", r"'it\'s'"),
        ("C:\\path", r"'C:\\path'"),
        ("第一行\n第二行", r"'第一行\n第二行'"),
        ("tab\tand\rreturn", r"'tab\tand\rreturn'"),
        ("unit\x1fseparator", r"'unit\u001fseparator'"),
        ("“机器人+”应用行动", "'“机器人+”应用行动'"),
        ('他说:"好"', "'他说:\"好\"'"),
        ("x'}) DETACH DELETE n //", r"'x\'}) DETACH DELETE n //'"),
        ("\\'", r"'\\\''"),
    ],
)
def test_cypher_script_string_literals_read_back_unchanged(cypher_engine, text, literal):
    assert cypher_string(text) == literal
    assert cypher_engine(literal) == text


def test_cypher_script_lists_and_maps(cypher_engine):
    value = [{"id": "jin-zhuanglong", "aliases": ["金部长", "it's"], "name_en": None}]
    assert cypher_literal(value) == "[{id: 'jin-zhuanglong', aliases: ['金部长', 'it\\'s'], name_en: null}]"
    assert cypher_engine(cypher_literal(value)) == value
    with pytest.raises(ValueError, match="not a plain identifier"):
        cypher_literal({"bad key": 1})


def test_cypher_script_file_has_constraints_then_merges(pg_mini_graph, tmp_path):
    graph = read_property_graph(open_store(pg_mini_graph))
    report = write_script(graph, tmp_path / "graph.cypher")
    text = (tmp_path / "graph.cypher").read_text(encoding="utf-8")
    statements = [s for s in text.split(";\n") if s.strip()]
    body = [s for s in statements if not s.startswith("//")]
    assert report["statements"] == len(script_statements(graph)) and (report["nodes"], report["relationships"]) == (12, 21)
    assert text.startswith("// ipkg property graph: 12 nodes, 21 relationships")
    first_merge = next(i for i, s in enumerate(statements) if "MERGE" in s)
    assert all(s.split("\n")[-1].startswith(("CREATE CONSTRAINT", "CREATE INDEX")) for s in statements[1:first_merge])
    assert "'工业和信息化部'" in text and "$rows" not in text
    assert len(body) + 1 == len(statements)


def test_cypher_script_loads_into_a_bolt_server_twice(falkordb_bolt, pg_mini_graph):
    """The data statements of the script, run as they are, give the same graph as kg neo4j push."""
    graph = read_property_graph(open_store(pg_mini_graph))
    data = [s for s in script_statements(graph) if s.startswith("UNWIND")]  # FalkorDB has no constraints
    assert max(len(s.encode()) for s in data) < 3500  # FalkorDB's request limit (the mini graph is small)
    with neo4j.GraphDatabase.driver(falkordb_bolt.uri, auth=None) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")
        for _ in range(2):
            for statement in data:
                driver.execute_query(statement)
            nodes = driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
            rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
            assert (nodes, rels) == (12, 21)
        record = driver.execute_query(
            "MATCH (o:Official {id: 'jin-zhuanglong'})-[r:HOLDS_POST]->(g) RETURN r.role AS role, r.articles AS a"
        ).records[0]
        assert (record["role"], record["a"]) == ("部长", ["000-3fbe88de0c0c7436-txt", "001-8fdf2b91e3c68389-txt"])


def test_cypher_script_cli(pg_mini_graph, tmp_path):
    out = tmp_path / "out" / "graph.cypher"
    result = CliRunner().invoke(app, ["export", "cypher", str(out), "--graph", str(pg_mini_graph)])
    assert result.exit_code == 0, result.output
    assert "(12 nodes, 21 relationships)" in result.stdout and out.is_file()
