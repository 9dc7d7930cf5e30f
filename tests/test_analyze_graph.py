"""kg.analyze on the sample graph: loading from the store, centrality, co-mentions, communities, timeline, CLI."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.analyze import (
    FACT_RELATIONS,
    analyze,
    build_comention_network,
    build_program_sector_graph,
    count_program_mentions,
    detect_communities,
    format_report,
    list_comentions,
    period_of,
    rank_central_entities,
    rank_officials_by_programs,
    read_analysis_query,
)
from kg.errors import KgError
from kg.queries import run_sparql, read_query

runner = CliRunner()


def node_named(graph, name):
    (node,) = [n for n, attrs in graph.nodes(data=True) if attrs["name"] == name]
    return node


def test_analyze_graph_loads_every_entity_with_its_type_and_names(sample_entity_graph, sample_graph):
    from kg.stores.oxigraph import open_store

    graph = sample_entity_graph
    store = open_store(sample_graph)
    _, rows = run_sparql(store, (
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c . "
        "VALUES ?c { ipkg:Official ipkg:Organization ipkg:Program ipkg:Sector ipkg:PolicyDocument ipkg:Event } }"
    ))
    del store
    assert graph.number_of_nodes() == int(rows[0][0])
    jin = graph.nodes[node_named(graph, "金壮龙")]
    assert (jin["type"], jin["name_en"], jin["id"]) == ("Official", "Jin Zhuanglong", "jin-zhuanglong")
    assert jin["iri"].endswith("/official/jin-zhuanglong")
    assert "000_3fbe88de0c0c7436.txt" in jin["articles"]
    assert graph.graph["articles"]["004_02bab8e2bb98276c.txt"]["date"] == "2021-12-25"


def test_analyze_graph_facts_carry_their_evidence_sentences(sample_entity_graph):
    graph = sample_entity_graph
    edge = graph.get_edge_data(node_named(graph, "重大技术装备攻关工程"), node_named(graph, "航空发动机"), key="targets")
    assert edge is not None, "重大技术装备攻关工程 targets 航空发动机 is a gold fact of the sample corpus"
    assert "000_3fbe88de0c0c7436.txt" in edge["articles"]
    assert any("航空发动机" in e["sentence"] and e["start"] < e["end"] for e in edge["evidence"])
    post = graph.get_edge_data(node_named(graph, "金壮龙"), node_named(graph, "工业和信息化部"), key="holdsPost")
    assert "部长" in post["roles"]
    for _, _, relation, attrs in graph.edges(keys=True, data=True):
        if relation in FACT_RELATIONS:
            assert attrs["evidence"] and attrs["articles"], f"a {relation} fact without evidence"
        else:
            assert relation == "broader" and not attrs["evidence"]


@pytest.mark.parametrize(
    "entity_type,name,within",
    [
        ("Official", "金壮龙", 1),  # the minister: most neighbours in the sample corpus
        ("Official", "肖亚庆", 3),
        ("Official", "田玉龙", 5),
        ("Program", "重大技术装备攻关工程", 1),
        ("Program", "先进制造业集群发展专项行动", 3),
        ("Sector", "5G", 3),
    ],
)
def test_analyze_graph_central_entities(sample_entity_graph, entity_type, name, within):
    ranked = rank_central_entities(sample_entity_graph, top=10)
    names = [row["name"] for row in ranked[entity_type]]
    assert name in names[:within], f"{name} not in the top {within} {entity_type}: {names}"
    degrees = [row["degree"] for row in ranked[entity_type]]
    assert degrees == sorted(degrees, reverse=True)
    assert all(0.0 <= row["betweenness"] <= 1.0 for row in ranked[entity_type])


def test_analyze_graph_centrality_rejects_an_unknown_type(sample_entity_graph):
    with pytest.raises(KgError, match="choose from: Official, Organization, Program"):
        rank_central_entities(sample_entity_graph, types=("Person",))


def test_analyze_graph_comention_network_is_official_programme_bipartite(sample_entity_graph):
    network = build_comention_network(sample_entity_graph)
    assert nx.is_bipartite(network)
    for a, b in network.edges:
        assert {network.nodes[a]["type"], network.nodes[b]["type"]} == {"Official", "Program"}
    pairs = {(r["official"], r["program"]): r for r in list_comentions(network)}
    tian = pairs[("田玉龙", "重大技术装备攻关工程")]
    assert tian["discussed_in"] == 2 and tian["articles"] >= 2
    # 肖亚庆 (2021) and 谢存 (2023-12) are never in the same article as 未来产业发展行动计划 (2023-03 and undated)
    assert ("肖亚庆", "未来产业发展行动计划") not in pairs


def test_analyze_graph_comentions_agree_with_the_named_sparql_query(sample_entity_graph, sample_graph):
    """The networkx view and the SPARQL query programs-discussed count the same discussions."""
    from kg.stores.oxigraph import open_store

    store = open_store(sample_graph)
    columns, rows = run_sparql(store, read_query("programs-discussed"))
    del store
    sparql = {(r[columns.index("official")], r[columns.index("program")]): int(r[columns.index("articles")]) for r in rows}
    networkx_view = {
        (r["official"], r["program"]): r["discussed_in"]
        for r in list_comentions(build_comention_network(sample_entity_graph)) if r["discussed_in"]
    }
    assert networkx_view == sparql


@pytest.mark.parametrize(
    "together",
    [
        ("重大技术装备攻关工程", "航空发动机", "大飞机", "燃气轮机"),
        ("绿色制造推进工程", "钢铁", "建材"),
        # 商业航天 (also a target) sits with the other aerospace fields through the sector scheme's broader links.
        ("“科技产业金融一体化”专项", "内河船舶", "低空经济"),
    ],
)
def test_analyze_graph_communities_group_programmes_with_their_sectors(sample_entity_graph, together):
    communities = detect_communities(sample_entity_graph)
    homes = [c for c in communities if together[0] in c["programs"] + c["sectors"]]
    assert len(homes) == 1
    members = set(homes[0]["programs"] + homes[0]["sectors"])
    assert set(together) <= members, f"{together} split: {homes[0]}"


def test_analyze_graph_communities_partition_the_programme_sector_graph(sample_entity_graph):
    linked = build_program_sector_graph(sample_entity_graph)
    communities = detect_communities(sample_entity_graph)
    names = [n for c in communities for n in c["programs"] + c["sectors"]]
    assert sorted(names) == sorted(sample_entity_graph.nodes[n]["name"] for n in linked)
    assert communities[0]["modularity"] > 0.3  # a real community structure, not a random split
    assert detect_communities(sample_entity_graph) == communities  # seeded: same answer every run


@pytest.mark.parametrize(
    "day,period,expected",
    [("2023-03-02", "month", "2023-03"), ("2023-03-02", "year", "2023"), ("2021-12-25", "day", "2021-12-25"),
     (None, "month", "undated"), ("", "year", "undated")],
)
def test_analyze_graph_period_of(day, period, expected):
    assert period_of(day, period) == expected


def test_analyze_graph_period_of_rejects_an_unknown_period():
    with pytest.raises(KgError, match="choose one of: month, year, day"):
        period_of("2023-03-02", "week")


def test_analyze_graph_programme_timeline(sample_entity_graph):
    timeline = count_program_mentions(sample_entity_graph)
    assert timeline["periods"] == ["2021-12", "2023-03", "2023-12", "undated"]
    by_name = {p["name"]: p for p in timeline["programs"]}
    assert by_name["产业基础再造工程"]["counts"] == {"2021-12": 1, "2023-03": 1, "undated": 2}
    assert by_name["“双千兆”网络协同发展行动计划"]["counts"] == {"2023-12": 1}
    assert timeline["programs"][0]["name"] == "产业基础再造工程"  # the most mentioned: 4 of the 5 articles
    yearly = count_program_mentions(sample_entity_graph, period="year")
    assert yearly["periods"] == ["2021", "2023", "undated"]


def test_analyze_graph_officials_by_programmes(sample_entity_graph):
    rows = rank_officials_by_programs(sample_entity_graph)
    assert (rows[0]["name"], rows[0]["count"]) == ("金壮龙", 15)
    assert "重大技术装备攻关工程" in rows[0]["programs"]
    counts = [r["count"] for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_analyze_graph_report_is_json_and_prints_as_tables(sample_entity_graph):
    report = analyze(sample_entity_graph, top=5)
    assert json.loads(json.dumps(report, ensure_ascii=False)) == report
    assert set(report) == {"summary", "central", "comentions", "communities", "timeline", "officials_by_programs"}
    assert report["summary"]["articles"] == 5
    assert all(len(rows) <= 5 for rows in report["central"].values())
    text = format_report(report, top=5)
    for heading in ("Most central officials", "Most central programmes", "Most central sectors",
                    "Officials and programmes mentioned together", "Communities of programmes and sectors",
                    "Programme mentions over time", "Officials by number of programmes discussed"):
        assert heading in text
    assert "金壮龙" in text and "Jin Zhuanglong" in text


def test_analyze_graph_reads_only_known_queries():
    assert "ipkg:Evidence" in read_analysis_query("evidence")
    with pytest.raises(KgError, match="choose one of: articles, entities, evidence, facts, mentions"):
        read_analysis_query("nodes")


def test_analyze_graph_cli_json_and_table(sample_graph):
    from kg.cli import app

    result = runner.invoke(app, ["analyze", "--graph", str(sample_graph), "--json", "--top", "3"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["central"]["Official"][0]["name"] == "金壮龙"
    assert len(report["comentions"]) == 3
    table = runner.invoke(app, ["analyze", "--graph", str(sample_graph), "--period", "year"])
    assert table.exit_code == 0, table.output
    assert "Most central officials" in table.stdout and "2023" in table.stdout


@pytest.mark.parametrize(
    "args,message",
    [
        (["--graph", "no-such-graph"], "is not a graph folder: run kg build"),
        (["--period", "week"], "choose one of: month, year, day"),
        (["--top", "0"], "--top must be at least 1"),
    ],
)
def test_analyze_graph_cli_errors_name_the_fix(sample_graph, tmp_path, args, message):
    from kg.cli import app

    if args[0] != "--graph":
        args = ["--graph", str(sample_graph), *args]
    else:
        args = ["--graph", str(tmp_path / args[1])]
    result = runner.invoke(app, ["analyze", *args])
    assert result.exit_code != 0
    assert message in result.stderr
