"""The property graph read from the RDF store: exact values on a hand-written graph, counts on the sample."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest

from kg.model import ENTITY_TYPES, RELATION_SIGNATURES
from kg.stores.oxigraph import open_store
from kg.stores.property_graph import NODE_LABELS, RELATIONSHIP_TYPES, read_property_graph

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "data" / "property_graph" / "mini.trig"
A000 = "000-3fbe88de0c0c7436-txt"
A001 = "001-8fdf2b91e3c68389-txt"


@pytest.fixture(scope="module")
def mini():
    store = pyoxigraph.Store()
    store.load(path=str(MINI), format=pyoxigraph.RdfFormat.TRIG)
    return read_property_graph(store)


def test_property_graph_read_counts_nodes_and_relationships_per_label_and_type(mini):
    counts = mini.counts()
    assert counts["labels"] == {"Official": 2, "Organization": 2, "Program": 2, "Sector": 2,
                                "PolicyDocument": 1, "Event": 1, "Article": 2}
    assert counts["types"] == {"HOLDS_POST": 3, "DISCUSSES": 2, "TARGETS": 1, "ISSUES": 1, "OVERSEES": 0,
                               "PART_OF": 1, "ATTENDS": 1, "MENTIONS": 12}
    assert mini.skipped == []


def test_property_graph_read_entity_names_aliases_and_english_name(mini):
    miit = next(n for n in mini.nodes["Organization"] if n["id"] == "miit")
    assert miit == {
        "id": "miit",
        "iri": "https://w3id.org/ipkg/id/organization/miit",
        "name": "工业和信息化部",
        "name_en": "Ministry of Industry and Information Technology",
        "aliases": ["家产和信息化部", "工信部"],
    }
    jin = next(n for n in mini.nodes["Official"] if n["id"] == "jin-zhuanglong")
    assert (jin["name"], jin["name_en"], jin["aliases"]) == ("金壮龙", "Jin Zhuanglong", ["金部长"])


def test_property_graph_read_article_caption_falls_back_to_file_name(mini):
    articles = {a["id"]: a for a in mini.nodes["Article"]}
    assert articles[A000]["name"] == "工信部:扎实推进新型工业化 加快建设制造强国和网络强国"
    assert (articles[A000]["date"], articles[A000]["publisher"]) == ("2023-03-02", "中国证券报")
    assert articles[A001]["name"] == "001_8fdf2b91e3c68389.txt"
    assert articles[A001]["date"] is None


@pytest.mark.parametrize(
    "official,role,first_seen,last_seen,articles,sentence_start",
    [
        ("jin-zhuanglong", "部长", "2021-12-25", "2023-03-02", [A000, A001], "工业和信息化部部长金壮龙3月1日"),
        ("tian-yulong", "总工程师", "2023-03-02", "2023-03-02", [A000], "工业和信息化部总工程师、新闻发言人田玉龙"),
        ("tian-yulong", "新闻发言人", "2023-03-02", "2023-03-02", [A000], "工业和信息化部总工程师、新闻发言人田玉龙"),
    ],
)
def test_property_graph_read_posts_one_relationship_per_role(mini, official, role, first_seen, last_seen, articles,
                                                              sentence_start):
    (post,) = [r for r in mini.relationships["HOLDS_POST"] if r["src"] == official and r["role"] == role]
    assert (post["dst"], post["first_seen"], post["last_seen"], post["articles"]) == (
        "miit", first_seen, last_seen, articles)
    assert post["evidence"][0].startswith(sentence_start)


def test_property_graph_read_post_evidence_is_filtered_by_role(mini):
    (jin,) = [r for r in mini.relationships["HOLDS_POST"] if r["src"] == "jin-zhuanglong"]
    # two evidence nodes (two articles), none of Tian's
    assert jin["evidence"] == [
        "工业和信息化部部长金壮龙3月1日在国新办举行的“权威部门话开局”系列主题新闻发布会上介绍,将重点做好六个方面工作,扎实推进新型工业化,加快建设制造强国和网络强国。",
        "家产和信息化部部长 金壮龙:",
    ]


@pytest.mark.parametrize(
    "rtype,src,dst,src_label,dst_label,sentence",
    [
        ("DISCUSSES", "tian-yulong", "chan-ye-ji-chu-zai-zao-gong-cheng", "Official", "Program",
         "田玉龙表示,在推动产业基础再造工程方面,一是聚焦产业基础高级化。"),
        ("TARGETS", "zhong-da-ji-shu-zhuang-bei-gong-guan-gong-cheng", "hang-kong-fa-dong-ji", "Program", "Sector",
         "特别是在大飞机、航空发动机、燃气轮机等领域,努力突破一批带有创新性、标志性的装备。"),
        ("ISSUES", "miit", "shi-shi-fang-an", "Organization", "PolicyDocument",
         "工业和信息化部印发《关于振作工业经济运行 推动工业高质量发展的实施方案》。"),
        ("PART_OF", "zhong-xiao-qi-ye-ju", "miit", "Organization", "Organization",
         "工业和信息化部中小企业局负责人表示,将持续优化服务。"),
    ],
)
def test_property_graph_read_facts_carry_articles_and_sentences(mini, rtype, src, dst, src_label, dst_label, sentence):
    (rel,) = [r for r in mini.relationships[rtype] if r["src"] == src and r["dst"] == dst]
    assert (rel["src_label"], rel["dst_label"]) == (src_label, dst_label)
    assert rel["evidence"] == [sentence]
    assert len(rel["articles"]) == 1


def test_property_graph_read_mentions_point_from_article_to_entity(mini):
    mentions = mini.relationships["MENTIONS"]
    assert {(r["src"], r["dst_label"]) for r in mentions if r["dst"] == "miit"} == {
        (A000, "Organization"), (A001, "Organization")}
    assert all(r["articles"] == [r["src"]] and r["evidence"] == [] for r in mentions)


def test_property_graph_read_skips_a_fact_the_mapping_cannot_hold():
    store = pyoxigraph.Store()
    store.load(path=str(MINI), format=pyoxigraph.RdfFormat.TRIG)
    ns = "https://w3id.org/ipkg/"
    # an official "discusses" an event: not an allowed endpoint pair of DISCUSSES
    store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(ns + "id/official/tian-yulong"),
                              pyoxigraph.NamedNode(ns + "ontology#discusses"),
                              pyoxigraph.NamedNode(ns + "id/event/quan-wei-bu-men-hua-kai-ju")))
    graph = read_property_graph(store)
    assert len(graph.relationships["DISCUSSES"]) == 2
    assert len(graph.skipped) == 1 and "('Official', 'Event') not in the mapping" in graph.skipped[0]


@pytest.mark.parametrize(
    "graph_name,s,p,o,rtype,articles",
    [
        # a fact held in a second article's graph: both articles support it
        (f"article/{A001}", "official/jin-zhuanglong", "discusses", "sector/ren-xing-ji-qi-ren", "DISCUSSES",
         [A000, A001]),
        # an article's mention repeated in another article's graph counts that article too
        (f"article/{A001}", f"article/{A000}", "mentions", "official/jin-zhuanglong", "MENTIONS", [A000, A001]),
        # a named graph that is not an article supports nothing
        ("elsewhere/notes", "official/tian-yulong", "discusses", "program/chan-ye-ji-chu-zai-zao-gong-cheng",
         "DISCUSSES", [A000]),
        ("elsewhere/notes", f"article/{A001}", "mentions", "organization/miit", "MENTIONS", [A001]),
    ],
)
def test_property_graph_read_supporting_articles_are_the_article_graphs_holding_the_fact(
    graph_name, s, p, o, rtype, articles
):
    store = pyoxigraph.Store()
    store.load(path=str(MINI), format=pyoxigraph.RdfFormat.TRIG)
    ns = "https://w3id.org/ipkg/"
    store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(ns + "id/" + s), pyoxigraph.NamedNode(ns + "ontology#" + p),
                              pyoxigraph.NamedNode(ns + "id/" + o), pyoxigraph.NamedNode(ns + "id/" + graph_name)))
    src, dst = s.split("/", 1)[1], o.split("/", 1)[1]
    (rel,) = [r for r in read_property_graph(store).relationships[rtype] if (r["src"], r["dst"]) == (src, dst)]
    assert rel["articles"] == articles


def test_property_graph_mapping_follows_the_relation_signatures():
    assert list(NODE_LABELS) == [*ENTITY_TYPES, "Article"]
    for predicate, (subjects, objects) in RELATION_SIGNATURES.items():
        rtype = RELATIONSHIP_TYPES[re.sub(r"(?<!^)([A-Z])", r"_\1", predicate).upper()]
        assert set(rtype.endpoints) == {(s, o) for s in subjects for o in objects}
    assert set(RELATIONSHIP_TYPES["MENTIONS"].endpoints) == {("Article", t) for t in ENTITY_TYPES}


def test_property_graph_schema_file_documents_the_mapping():
    text = (ROOT / "schemas" / "property-graph.md").read_text(encoding="utf-8")
    for label, spec in NODE_LABELS.items():
        assert f"| `{label}` | `ipkg:{label}` |" in text
        for prop in spec.properties:
            assert f"| `{prop.name}` | {prop.type} |" in text, f"{label}.{prop.name} missing from property-graph.md"
    for rtype, spec in RELATIONSHIP_TYPES.items():
        row = next((line for line in text.splitlines() if line.startswith(f"| `{rtype}` |")), "")
        assert row, f"{rtype} missing from property-graph.md"
        assert row.rstrip(" |").endswith(", ".join(f"{s} → {o}" for s, o in spec.endpoints))
        for prop in spec.properties:
            assert f"| `{prop.name}` | {prop.type} |" in text


def test_property_graph_read_sample_matches_the_rdf_facts(sample_graph):
    """Every distinct fact of the built sample graph becomes one relationship, every membership one post."""
    store = open_store(sample_graph)
    graph = read_property_graph(store)
    assert graph.skipped == []
    for rtype, spec in RELATIONSHIP_TYPES.items():
        if rtype == "HOLDS_POST":
            query = "SELECT (COUNT(*) AS ?n) WHERE { ?m a <http://www.w3.org/ns/org#Membership> }"
        else:
            query = f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s <{spec.predicate}> ?o }} }}"
        expected = int(next(iter(store.query(query)))["n"].value)
        assert len(graph.relationships[rtype]) == expected, rtype
    assert all(r["articles"] for rows in graph.relationships.values() for r in rows)
    assert all(r["evidence"] for rtype, rows in graph.relationships.items() if rtype != "MENTIONS" for r in rows)


@pytest.mark.parametrize(
    "term",
    [
        pyoxigraph.Literal("工业和信息化部部长金壮龙说:\"扎实推进\"。", language="zh"),
        pyoxigraph.Literal("第一段\n第二段\r\n\t缩进 \\ 反斜杠 \\n 不是换行", language="zh"),
        pyoxigraph.Literal("控制字符\x01\x1f\x7f 与 \u2028 和 🚗"),
        pyoxigraph.Literal(""),
        pyoxigraph.Literal("123", datatype=pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        pyoxigraph.Literal("2023-03-02", datatype=pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
        pyoxigraph.Literal("true", datatype=pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")),
        pyoxigraph.NamedNode("https://w3id.org/ipkg/id/article/000-3fbe88de0c0c7436-txt"),
        pyoxigraph.BlankNode("b0"),
    ],
)
def test_property_graph_read_tsv_answers_give_the_term_values(term):
    from kg.stores.property_graph import _parse_tsv, _serialize_tsv

    store = pyoxigraph.Store()
    ex = "https://example.org/"
    store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(ex + "s"), pyoxigraph.NamedNode(ex + "p"), term))
    query = f"SELECT ?o ?missing WHERE {{ ?s <{ex}p> ?o OPTIONAL {{ ?s <{ex}q> ?missing }} }}"
    expected = [[None if t is None else t.value for t in row] for row in store.query(query)]
    assert list(_parse_tsv(_serialize_tsv(store, query))) == expected == [[term.value, None]]
