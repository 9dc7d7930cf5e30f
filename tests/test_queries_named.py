"""Named queries: every file parses, names resolve, results format, and each query answers its question."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql import prepareQuery

from conftest import make_tiny_extraction
from kg.errors import QueryError
from kg.graph import result_to_quads
from kg.queries import describe_query, format_rows, list_queries, read_query, resolve_query, run_sparql
from kg.stores.oxigraph import open_store, write_graph

QUERIES = list_queries()
DEMO_QUERIES = ("officials-posts", "programs-discussed", "program-sectors")  # make demo runs these


@pytest.fixture(scope="module")
def tiny_store(tmp_path_factory) -> ox.Store:
    folder = tmp_path_factory.mktemp("tiny") / "graph"
    write_graph(result_to_quads(make_tiny_extraction()), folder)
    return open_store(folder)


def run(store, name: str) -> list[dict]:
    columns, rows = run_sparql(store, read_query(name))
    return [dict(zip(columns, row)) for row in rows]


def test_queries_at_least_eight_including_the_demo_ones():
    assert len(QUERIES) >= 8
    assert set(DEMO_QUERIES) <= set(QUERIES)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_queries_every_rq_file_parses_in_pyoxigraph_and_rdflib_and_says_what_it_answers(name):
    text = read_query(name)
    ox.Store().query(text)  # parses (and runs on an empty store)
    prepareQuery(text)
    assert len(describe_query(text)) > 20, f"{name}.rq needs a comment header saying what it answers"


def test_queries_unknown_name_lists_the_known_ones():
    with pytest.raises(QueryError, match=r"unknown query 'officials-post'; choose one of: .*officials-posts"):
        read_query("officials-post")


@pytest.mark.parametrize(
    "given,expected_start",
    [
        ("officials-posts", "# Officials and their posts"),
        ("officials-posts.rq", "# Officials and their posts"),
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE"),
    ],
)
def test_queries_resolve_query_takes_a_name_a_file_or_text(given, expected_start):
    assert resolve_query(given).startswith(expected_start)


def test_queries_resolve_query_reads_a_path(tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert resolve_query(str(path)) == "ASK { ?s ?p ?o }"
    with pytest.raises(QueryError, match="does not exist"):
        resolve_query(str(tmp_path / "missing.rq"))


def test_queries_malformed_sparql_gives_the_parser_message_and_position(tiny_store):
    with pytest.raises(QueryError, match=r"malformed SPARQL: error at 1:\d+"):
        run_sparql(tiny_store, "SELECT ?x WHERE { ?x ?y }")


def test_queries_ask_construct_and_predeclared_prefixes(tiny_store):
    assert run_sparql(tiny_store, "ASK { official:jin-zhuanglong a ipkg:Official }") == (["ask"], [["true"]])
    columns, rows = run_sparql(tiny_store, "CONSTRUCT WHERE { official:jin-zhuanglong ipkg:id ?id }")
    assert columns == ["subject", "predicate", "object"]
    assert rows == [["https://w3id.org/ipkg/id/official/jin-zhuanglong", "https://w3id.org/ipkg/ontology#id", "jin-zhuanglong"]]


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_queries_format_rows(fmt):
    columns, rows = ["official", "role", "date"], [["金壮龙", "部长", "2023-03-02"], ["肖亚庆", "部长", None]]
    text = format_rows(columns, rows, fmt)
    if fmt == "json":
        assert json.loads(text) == [
            {"official": "金壮龙", "role": "部长", "date": "2023-03-02"},
            {"official": "肖亚庆", "role": "部长", "date": None},
        ]
    elif fmt == "csv":
        assert text.splitlines() == ["official,role,date", "金壮龙,部长,2023-03-02", "肖亚庆,部长,"]
    else:
        lines = text.splitlines()
        assert lines[-1] == "(2 rows)"
        # CJK characters are two columns wide: the role column starts at the same display column on every line
        from rich.cells import cell_len

        starts = {cell_len(line[: line.index(word)]) for line, word in zip(lines, ["role", "部长", "部长"])}
        assert len(starts) == 1


def test_queries_unknown_format_lists_the_valid_ones():
    with pytest.raises(QueryError, match="unknown format 'ttl2'; choose one of: table, json, csv"):
        format_rows(["a"], [], "ttl2")


# name -> rows the query must return on the hand-built graph (tests/conftest.py), in order; only the listed columns are compared
EXPECTED = {
    "officials-posts": [
        {"official": "田玉龙", "role": "总工程师", "organization": "工业和信息化部", "first_seen": None, "articles": "1"},
        {"official": "肖亚庆", "role": "部长", "organization": "工业和信息化部", "first_seen": "2021-12-25", "last_seen": "2021-12-25", "articles": "1"},
        {"official": "金壮龙", "role": "部长", "organization": "工业和信息化部", "first_seen": "2023-03-02", "last_seen": "2023-03-02", "articles": "2"},
    ],
    "post-holder-on-date": [
        {"date": "2021-12-15", "official": "肖亚庆", "basis": "first holder seen after the date (no holder seen before it)"},
        {"date": "2023-03-10", "official": "金壮龙", "basis": "last holder seen before the date"},
    ],
    "posts-over-time": [
        {"organization": "工业和信息化部", "role": "总工程师", "official": "田玉龙", "first_seen": None},
        {"organization": "工业和信息化部", "role": "部长", "official": "肖亚庆", "first_seen": "2021-12-25", "files": "004_02bab8e2bb98276c.txt"},
        {"organization": "工业和信息化部", "role": "部长", "official": "金壮龙", "first_seen": "2023-03-02", "articles": "2"},
    ],
    "programs-discussed": [
        {"official": "田玉龙", "program": "产业基础再造工程", "articles": "1", "first_date": "2023-03-02"},
        {"official": "田玉龙", "program": "重大技术装备攻关工程", "articles": "1", "last_date": "2023-03-02"},
    ],
    "program-sectors": [{"program": "重大技术装备攻关工程", "sector": "航空发动机", "articles": "1"}],
    "fact-evidence": [
        {"subject": "金壮龙", "relation": "holdsPost", "object": "工业和信息化部", "role": "部长",
         "article": "000_3fbe88de0c0c7436.txt", "date": "2023-03-02", "start": "0", "end": "57", "rule": "title-before-name",
         "sentence": "工业和信息化部部长金壮龙3月1日在国新办举行的“权威部门话开局”系列主题新闻发布会上介绍,将重点做好六个方面工作。"},
        {"subject": "金壮龙", "relation": "holdsPost", "article": "001_8fdf2b91e3c68389.txt", "date": None, "start": "0"},
    ],
    "officials-co-mentioned": [{"official_a": "田玉龙", "official_b": "金壮龙", "articles": "2"}],
    "program-timeline": [
        {"program": "产业基础再造工程", "date": "2023-03-02", "article": "000_3fbe88de0c0c7436.txt", "discussed_by": "田玉龙", "targets": None},
        {"program": "重大技术装备攻关工程", "date": "2023-03-02", "publisher": "中国证券报", "discussed_by": "田玉龙", "targets": "航空发动机"},
    ],
    "spun-or-reposted": [{"article": "001_8fdf2b91e3c68389.txt", "spun": "true", "repost": None, "same_as": None}],
    "facts-without-evidence": [{"facts": "11", "facts_without_evidence": "0", "article_facts_without_evidence": "0"}],
    "org-hierarchy": [{"parent": "工业和信息化部", "department": "中小企业局", "officials": None}],
    "documents-issued": [
        {"document": "关于振作工业经济运行 推动工业高质量发展的实施方案", "articles": "1", "discussed_by": None},
    ],
    "sector-officials": [{"sector": "人形机器人", "overseen_by": None, "discussed_by": "金壮龙", "articles": "1"}],
}


def test_queries_every_named_query_has_expected_rows():
    assert set(EXPECTED) == set(QUERIES), "add the expected rows of new queries to EXPECTED"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_queries_answer_on_the_hand_built_graph(tiny_store, name):
    rows = run(tiny_store, name)
    expected = EXPECTED[name]
    assert len(rows) == len(expected), rows
    for row, want in zip(rows, expected):
        assert {k: row[k] for k in want} == want


def test_queries_co_issuers_are_listed_together(tiny_store):
    (row,) = run(tiny_store, "documents-issued")
    assert sorted(row["issued_by"].split(", ")) == ["国家发展改革委", "工业和信息化部"]


def test_queries_co_mentions_name_both_articles(tiny_store):
    (row,) = run(tiny_store, "officials-co-mentioned")
    assert sorted(row["files"].split(", ")) == ["000_3fbe88de0c0c7436.txt", "001_8fdf2b91e3c68389.txt"]


def test_queries_reposts_found_by_equal_content_hash(tmp_path):
    result = make_tiny_extraction()
    result.documents[1].article.content_hash = result.documents[0].article.content_hash
    result.documents[1].article.flags["repost"] = True
    write_graph(result_to_quads(result), tmp_path / "graph")
    rows = run(open_store(tmp_path / "graph"), "spun-or-reposted")
    assert [(r["article"], r["repost"], r["same_as"]) for r in rows] == [
        ("000_3fbe88de0c0c7436.txt", None, "004_02bab8e2bb98276c.txt"),
        ("001_8fdf2b91e3c68389.txt", None, None),
        ("004_02bab8e2bb98276c.txt", "true", "000_3fbe88de0c0c7436.txt"),
    ]


def test_queries_api_query_runs_a_name_on_a_graph_folder(tmp_path):
    from kg import api

    write_graph(result_to_quads(make_tiny_extraction()), tmp_path / "graph")
    text = api.query("post-holder-on-date", Path(tmp_path / "graph"), fmt="csv")
    assert text.splitlines()[1].startswith("2021-12-15,工业和信息化部,部长,肖亚庆,")
