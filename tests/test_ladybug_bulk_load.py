"""The ladybug bulk load (CSV files and COPY) keeps every value exactly: text, NULL, empty strings, lists."""

from __future__ import annotations

import pytest

from kg.stores import ladybug
from kg.stores.property_graph import NODE_LABELS, RELATIONSHIP_TYPES, PropertyGraph

SENTENCES = [
    "工业和信息化部部长金壮龙3月1日在国新办举行的“权威部门话开局”系列主题新闻发布会上介绍,将重点做好六个方面工作。",
    '田玉龙说:"一是聚焦产业基础高级化",二是\'产业链现代化\'。',
    "第一段\n第二段\r\n第三段",
    "反斜杠 \\ 和 [方括号, 逗号] 以及 {花括号}",
    "  前后有空格  ",
    "NULL",
    "",
    "含分隔符\x1f的句子",
    "表情 🚗 四字节",
]


def _entity(id_, name, name_en, aliases):
    return {"id": id_, "iri": f"https://w3id.org/ipkg/id/official/{id_}", "name": name, "name_en": name_en,
            "aliases": aliases}


def _article(id_, title, date):
    return {"id": id_, "iri": f"https://w3id.org/ipkg/id/article/{id_}", "name": title or id_, "title": title,
            "date": date, "publisher": None, "url": "https://www.miit.gov.cn/a?id=1&x=\"2\"",
            "file_name": f"{id_}.txt"}


def _graph() -> PropertyGraph:
    graph = PropertyGraph()
    graph.nodes["Official"] = [
        _entity("007", "金壮龙", None, []),
        _entity("jin-zhuanglong", "金部长", "Jin Zhuanglong", ["", "金 部长", SENTENCES[1]]),
        _entity("tian-yulong", "", "", ["田玉龙,总工程师"]),
    ]
    graph.nodes["Organization"] = [_entity("miit", "工业和信息化部", "MIIT", ["工信部", "家产和信息化部"])]
    graph.nodes["Article"] = [_article("000-txt", SENTENCES[2], "2023-03-02"), _article("001-txt", None, None)]
    graph.relationships["HOLDS_POST"] = [
        {"src": "jin-zhuanglong", "dst": "miit", "src_label": "Official", "dst_label": "Organization", "role": "部长",
         "first_seen": "2021-12-25", "last_seen": None, "articles": ["000-txt", "001-txt"], "evidence": SENTENCES},
        {"src": "tian-yulong", "dst": "miit", "src_label": "Official", "dst_label": "Organization", "role": "",
         "first_seen": None, "last_seen": None, "articles": ["001-txt"], "evidence": []},
    ]
    graph.relationships["MENTIONS"] = [
        {"src": "000-txt", "dst": "007", "src_label": "Article", "dst_label": "Official", "articles": ["000-txt"],
         "evidence": []},
        {"src": "001-txt", "dst": "miit", "src_label": "Article", "dst_label": "Organization",
         "articles": ["001-txt"], "evidence": [SENTENCES[3], SENTENCES[0]]},
    ]
    return graph


def _read_back(folder):
    nodes, relationships = {}, {}
    for label, spec in NODE_LABELS.items():
        columns = ", ".join(f"n.`{p.name}` AS `{p.name}`" for p in spec.properties)
        names, rows = ladybug.run_query(folder, f"MATCH (n:{label}) RETURN {columns} ORDER BY n.id")
        nodes[label] = [dict(zip(names, row)) for row in rows]
    for rtype, spec in RELATIONSHIP_TYPES.items():
        columns = ", ".join(f"r.`{p.name}` AS `{p.name}`" for p in spec.properties)
        query = (f"MATCH (a)-[r:{rtype}]->(b) RETURN a.id AS src, b.id AS dst, label(a) AS src_label, "
                 f"label(b) AS dst_label, {columns} ORDER BY src, dst")
        names, rows = ladybug.run_query(folder, query)
        relationships[rtype] = [dict(zip(names, row)) for row in rows]
    return nodes, relationships


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("it's a \"graph\"")  # a quote in the path: written into COPY statements
    graph = _graph()
    counts = ladybug.write_database(folder, graph=graph)
    return graph, counts, folder, _read_back(folder)


def test_ladybug_bulk_load_counts_and_leaves_no_load_files(loaded):
    graph, counts, folder, _ = loaded
    assert (counts["nodes"], counts["relationships"]) == (6, 4)
    assert [p.name for p in (folder / "cypher").iterdir()] == ["graph.lbug"]


@pytest.mark.parametrize("label", ["Official", "Organization", "Article", "Program"])
def test_ladybug_bulk_load_keeps_node_values_exactly(loaded, label):
    graph, _, _, (nodes, _) = loaded
    assert nodes[label] == graph.nodes[label]


@pytest.mark.parametrize("rtype", ["HOLDS_POST", "MENTIONS", "DISCUSSES"])
def test_ladybug_bulk_load_keeps_relationship_values_exactly(loaded, rtype):
    graph, _, _, (_, relationships) = loaded
    assert relationships[rtype] == graph.relationships[rtype]


@pytest.mark.parametrize(
    "lists,expected",
    [
        ([["a", "b"], []], ("\x01", "")),
        ([["a\x01b"], None], ("\x02", "")),
        ([["a", ""]], ("\x01", ".")),
    ],
)
def test_ladybug_bulk_load_list_encoding_avoids_the_items(lists, expected):
    assert ladybug._list_encoding(lists) == expected
