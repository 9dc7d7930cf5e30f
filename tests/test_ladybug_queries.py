"""The embedded Cypher database (ladybug): written by kg build, queried by kg cypher, same answers as SPARQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import queries
from kg.cli import app
from kg.stores import ladybug
from kg.stores.oxigraph import open_store
from kg.stores.property_graph import read_property_graph

ROOT = Path(__file__).resolve().parent.parent
CYPHER_QUERIES = sorted(p.stem for p in (ROOT / "queries").glob("*.cypher"))
MIRRORED = [name for name in CYPHER_QUERIES if (ROOT / "queries" / f"{name}.rq").exists()]
# SPARQL columns made with GROUP_CONCAT(...; SEPARATOR=", ") are lists in Cypher: compared as sets.
JOINED = {"issued_by", "discussed_by", "officials", "overseen_by", "files", "targets"}


@pytest.fixture(scope="module")
def mini_db(pg_mini_graph):
    ladybug.write_database(pg_mini_graph)
    return pg_mini_graph


def _normal(column: str, value):
    if column in JOINED:
        items = value if isinstance(value, list) else [v for v in (value or "").split(", ") if v]
        return tuple(sorted(items))
    return None if value is None else str(value)


def _rows(columns, rows) -> list[tuple]:
    return sorted((tuple(_normal(c, v) for c, v in zip(columns, row)) for row in rows), key=repr)


def test_ladybug_build_writes_the_database_next_to_the_store(sample_graph):
    assert ladybug.database_path(sample_graph).is_file()
    report = json.loads((sample_graph / "report.json").read_text(encoding="utf-8"))
    expected = read_property_graph(open_store(sample_graph)).counts()
    assert report["store"]["cypher"]["nodes"] == expected["nodes"]
    assert report["store"]["cypher"]["relationships"] == expected["relationships"]
    _, rows = ladybug.run_query(sample_graph, "MATCH (n) RETURN count(n) AS n")
    assert rows == [[expected["nodes"]]]
    _, rows = ladybug.run_query(sample_graph, "MATCH ()-[r]->() RETURN count(r) AS n")
    assert rows == [[expected["relationships"]]]


def test_ladybug_write_database_replaces_the_previous_one(pg_mini_graph, tmp_path):
    first = ladybug.write_database(pg_mini_graph)
    second = ladybug.write_database(pg_mini_graph)
    assert (first["nodes"], first["relationships"]) == (second["nodes"], second["relationships"]) == (12, 21)
    assert not (pg_mini_graph / "cypher.tmp").exists()
    _, rows = ladybug.run_query(pg_mini_graph, "MATCH (o:Official) RETURN count(o) AS n")
    assert rows == [[2]]


def test_ladybug_mirrored_queries_cover_the_analyst_questions():
    assert {"officials-posts", "programs-discussed", "program-sectors"} <= set(MIRRORED)
    assert len(MIRRORED) >= 8


@pytest.mark.parametrize("name", MIRRORED)
def test_ladybug_query_answers_equal_the_sparql_answers(sample_graph, name):
    cypher_columns, cypher_rows = ladybug.run_query(sample_graph, (ROOT / "queries" / f"{name}.cypher").read_text())
    sparql_columns, sparql_rows = queries.run_sparql(open_store(sample_graph), queries.read_query(name))
    assert cypher_columns == sparql_columns
    assert cypher_rows, f"{name} answers nothing on the sample graph"
    assert _rows(cypher_columns, cypher_rows) == _rows(sparql_columns, sparql_rows)


# Facts of the gold seeds (shared/gold/seeds.jsonl) that each query must show on the sample corpus.
EXPECTED_ON_SAMPLE = [
    ("officials-posts", {"official": "金壮龙", "role": "部长", "organization": "工业和信息化部"}),
    ("officials-posts", {"official": "田玉龙", "role": "总工程师", "organization": "工业和信息化部"}),
    ("programs-discussed", {"official": "田玉龙", "program": "产业基础再造工程"}),
    ("program-sectors", {"program": "重大技术装备攻关工程", "sector": "航空发动机"}),
    ("org-hierarchy", {"parent": "工业和信息化部", "department": "中小企业局"}),
    ("documents-issued", {"document": "关于振作工业经济运行 推动工业高质量发展的实施方案"}),
    ("sector-officials", {"sector": "新能源汽车"}),
    ("officials-co-mentioned", {"official_a": "田玉龙", "official_b": "金壮龙"}),
    ("posts-over-time", {"organization": "工业和信息化部", "role": "部长", "official": "金壮龙"}),
    ("program-timeline", {"program": "产业基础再造工程", "article": "000_3fbe88de0c0c7436.txt"}),
]


@pytest.mark.parametrize("name,expected", EXPECTED_ON_SAMPLE)
def test_ladybug_query_shows_the_gold_facts(sample_graph, name, expected):
    columns, rows = ladybug.run_query(sample_graph, (ROOT / "queries" / f"{name}.cypher").read_text())
    records = [dict(zip(columns, row)) for row in rows]
    assert any(all(r[k] == v for k, v in expected.items()) for r in records), records[:5]


def test_ladybug_every_cypher_query_has_a_test():
    tested = set(MIRRORED) | {name for name, _ in EXPECTED_ON_SAMPLE} | {"official-network"}
    assert set(CYPHER_QUERIES) <= tested


def test_ladybug_official_network_returns_nodes_and_relationships(mini_db):
    columns, rows = ladybug.run_query(mini_db, (ROOT / "queries" / "official-network.cypher").read_text())
    assert columns == ["o", "r", "x"]
    neighbours = {(r[1]["_label"], r[2]["_label"], r[2].get("name")) for r in rows}
    assert neighbours == {
        ("HOLDS_POST", "Organization", "工业和信息化部"),
        ("DISCUSSES", "Sector", "人形机器人"),
        ("ATTENDS", "Event", "“权威部门话开局”系列主题新闻发布会"),
        ("MENTIONS", "Article", "工信部:扎实推进新型工业化 加快建设制造强国和网络强国"),
        ("MENTIONS", "Article", "001_8fdf2b91e3c68389.txt"),
    }
    # a node keeps only its own label's properties, whatever table the variable spans
    assert set(rows[0][2]) - {"_label"} <= {"id", "iri", "name", "name_en", "aliases", "title", "date",
                                            "publisher", "url", "file_name"}


def test_ladybug_officials_posts_exact_on_the_hand_written_graph(mini_db):
    columns, rows = ladybug.run_query(mini_db, (ROOT / "queries" / "officials-posts.cypher").read_text())
    assert columns == ["official", "role", "organization", "first_seen", "last_seen", "articles"]
    assert rows == [
        ["田玉龙", "总工程师", "工业和信息化部", "2023-03-02", "2023-03-02", 1],
        ["田玉龙", "新闻发言人", "工业和信息化部", "2023-03-02", "2023-03-02", 1],
        ["金壮龙", "部长", "工业和信息化部", "2021-12-25", "2023-03-02", 2],
    ]


runner = CliRunner()


@pytest.mark.parametrize(
    "fmt,check",
    [
        ("table", lambda out: "金壮龙" in out and "official" in out.splitlines()[0] and "(3 rows)" in out),
        ("csv", lambda out: out.splitlines()[0] == "official,role,organization,first_seen,last_seen,articles"
         and "金壮龙,部长,工业和信息化部,2021-12-25,2023-03-02,2" in out),
        ("json", lambda out: json.loads(out)[2] == {"official": "金壮龙", "role": "部长", "organization": "工业和信息化部",
                                                    "first_seen": "2021-12-25", "last_seen": "2023-03-02", "articles": 2}),
    ],
)
def test_ladybug_cli_formats_a_named_query(mini_db, fmt, check):
    result = runner.invoke(app, ["cypher", "officials-posts", "--graph", str(mini_db), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert check(result.stdout)


def test_ladybug_cli_runs_query_text_and_files(mini_db, tmp_path):
    query = "MATCH (o:Organization {id: 'miit'}) RETURN o.name AS name, o.aliases AS aliases"
    result = runner.invoke(app, ["cypher", query, "--graph", str(mini_db), "--format", "csv"])
    assert result.stdout.splitlines() == ["name,aliases", "工业和信息化部,家产和信息化部; 工信部"]
    path = tmp_path / "q.cypher"
    path.write_text("MATCH (s:Sector) RETURN s.name AS sector ORDER BY sector", encoding="utf-8")
    result = runner.invoke(app, ["cypher", str(path), "--graph", str(mini_db), "--format", "json"])
    assert json.loads(result.stdout) == [{"sector": "人形机器人"}, {"sector": "航空发动机"}]


@pytest.mark.parametrize(
    "args,message",
    [
        (["cypher", "no-such-query"], "unknown query 'no-such-query'; choose one of: documents-issued"),
        (["cypher", "officials-posts", "--format", "xml"], "unknown format 'xml'; choose one of: table, json, csv"),
        (["cypher", "MATCH (o:Oficial) RETURN o"], "Cypher query failed"),
    ],
)
def test_ladybug_cli_errors_name_the_fix(mini_db, args, message):
    result = runner.invoke(app, [*args, "--graph", str(mini_db)])
    assert result.exit_code == 1
    assert message in result.output


def test_ladybug_cli_missing_database_says_how_to_build(tmp_path):
    result = runner.invoke(app, ["cypher", "officials-posts", "--graph", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "no Cypher database" in result.output and "kg build" in result.output


def test_ladybug_runs_the_readme_starter_queries(sample_graph):
    from test_cypher_lint_neo4j import readme_starter_queries

    for query in readme_starter_queries():
        _, rows = ladybug.run_query(sample_graph, query)
        assert rows, f"README starter query answers nothing on the sample graph: {query}"


def test_ladybug_build_without_cypher_leaves_it_out_and_a_later_build_adds_it(corpus_dir, tmp_path):
    """``kg build --no-cypher`` writes the RDF graph only; kg cypher then names the fix; building again adds it."""
    out = tmp_path / "graph"
    result = runner.invoke(app, ["build", str(corpus_dir), "--out", str(out), "--no-cypher", "--no-validate"])
    assert result.exit_code == 0, result.output
    assert (out / "store").is_dir() and not ladybug.database_path(out).exists()
    asked = runner.invoke(app, ["cypher", "officials-posts", "--graph", str(out)])
    assert asked.exit_code == 1 and "--no-cypher" in asked.output
    again = runner.invoke(app, ["build", str(corpus_dir), "--out", str(out), "--no-validate"])
    assert again.exit_code == 0 and "up to date" not in again.output  # the flag is part of what the build depends on
    assert ladybug.database_path(out).is_file()
