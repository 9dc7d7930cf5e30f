"""kg.graph and kg.stores.oxigraph: readable IRIs, named graphs, evidence, dated posts, isomorphic rebuilds."""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import graph_diff, to_isomorphic

from conftest import make_tiny_extraction
from kg.errors import GraphNotFoundError, KgError
from kg.graph import article_slug, assign_article_slugs, result_to_quads, slugify
from kg.model import Relation
from kg.stores.oxigraph import open_store, write_graph
from kg.vocab import IPKG, ORG, PROV, RDF, SKOS

# rdflib's own N-Quads parser uses its deprecated Dataset.default_context
pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")

BASE = "https://w3id.org/ipkg/id/"
MIIT = ox.NamedNode(BASE + "organization/miit")
JIN = ox.NamedNode(BASE + "official/jin-zhuanglong")
XIAO = ox.NamedNode(BASE + "official/xiao-yaqing")
ART_2023 = ox.NamedNode(BASE + "article/000-3fbe88de0c0c7436")
ART_2021 = ox.NamedNode(BASE + "article/004-02bab8e2bb98276c")
ART_SPUN = ox.NamedNode(BASE + "article/001-8fdf2b91e3c68389")


@pytest.fixture(scope="module")
def quads() -> list[ox.Quad]:
    return result_to_quads(make_tiny_extraction())


@pytest.fixture(scope="module")
def store(quads) -> ox.Store:
    store = ox.Store()
    store.extend(quads)
    return store


def objects(store, s, p, g=ox.DefaultGraph()) -> set[str]:
    return {q.object.value for q in store.quads_for_pattern(s, ox.NamedNode(p), None, g)}


@pytest.mark.parametrize(
    "text,slug",
    [
        ("新闻发言人", "xin-wen-fa-yan-ren"),
        ("部长", "bu-zhang"),
        ("党组书记", "dang-zu-shu-ji"),
        ("5G应用“扬帆”行动计划", "5g-ying-yong-yang-fan-xing-dong-ji-hua"),
    ],
)
def test_graph_slugify_reads_as_pinyin(text, slug):
    assert slugify(text) == slug


@pytest.mark.parametrize(
    "doc_id,slug",
    [
        ("000_3fbe88de0c0c7436.txt", "000-3fbe88de0c0c7436"),
        ("News Feed.JSONL#12", "news-feed-12"),
        ("工信部新闻.html", "gong-xin-bu-xin-wen"),
        ("sub/dir/a.b.md", "sub-dir-a-b"),
    ],
)
def test_graph_article_slug_is_readable_ascii(doc_id, slug):
    assert article_slug(doc_id) == slug


def test_graph_article_slugs_that_collide_get_distinct_suffixes():
    slugs = assign_article_slugs(["a.txt", "a.html", "b.txt"])
    assert slugs["b.txt"] == "b"
    assert slugs["a.txt"] != slugs["a.html"]
    assert slugs["a.txt"].startswith("a-") and slugs["a.html"].startswith("a-")


def test_graph_entities_have_readable_iris_types_and_bilingual_labels(store):
    assert objects(store, JIN, RDF.type) == {IPKG.Official, "http://xmlns.com/foaf/0.1/Person", "https://schema.org/Person"}
    labels = {(q.object.value, q.object.language) for q in store.quads_for_pattern(JIN, ox.NamedNode(SKOS.prefLabel), None, ox.DefaultGraph())}
    assert labels == {("金壮龙", "zh"), ("Jin Zhuanglong", "en")}
    assert objects(store, JIN, SKOS.altLabel) == {"金壯龍"}
    assert objects(store, JIN, IPKG.id) == {"jin-zhuanglong"}
    sector = ox.NamedNode(BASE + "sector/hang-kong-fa-dong-ji")
    assert objects(store, sector, SKOS.broader) == {BASE + "sector/zhong-da-ji-shu-zhuang-bei"}
    assert objects(store, sector, SKOS.inScheme) == {IPKG.SectorScheme}


def test_graph_facts_are_in_the_default_graph_and_in_each_supporting_article_graph(store):
    rows = store.query(
        f"SELECT ?g WHERE {{ GRAPH ?g {{ {JIN} <{IPKG.holdsPost}> {MIIT} }} }}"
    )
    assert sorted(r["g"].value for r in rows) == sorted([ART_2023.value, ART_SPUN.value])
    assert ox.Quad(JIN, ox.NamedNode(IPKG.holdsPost), MIIT, ox.DefaultGraph()) in store
    department = ox.NamedNode(BASE + "organization/zhong-xiao-qi-ye-ju")
    assert ox.Quad(department, ox.NamedNode(ORG.subOrganizationOf), MIIT, ART_2021) in store


def test_graph_every_named_graph_quad_is_also_in_the_default_graph(quads):
    default = {q.triple for q in quads if isinstance(q.graph_name, ox.DefaultGraph)}
    assert all(q.triple in default for q in quads)


def test_graph_evidence_carries_article_sentence_offsets_and_rule(store):
    (row,) = store.query(
        f"""PREFIX ipkg: <https://w3id.org/ipkg/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?e ?article ?sentence ?start ?end ?rule ?role WHERE {{
          ?e a ipkg:Evidence ; rdf:subject {XIAO} ; rdf:predicate ipkg:holdsPost ; rdf:object {MIIT} ;
             prov:wasDerivedFrom ?article ; ipkg:sentence ?sentence ; ipkg:startOffset ?start ;
             ipkg:endOffset ?end ; ipkg:rule ?rule ; ipkg:role ?role .
          GRAPH ?article {{ {XIAO} ipkg:holdsPost {MIIT} }} }}"""
    )
    doc = make_tiny_extraction().documents[1]
    assert row["article"] == ART_2021
    assert row["sentence"].value == "——访工业和信息化部部长肖亚庆"
    start, end = int(row["start"].value), int(row["end"].value)
    assert doc.article.text[start:end] == row["sentence"].value
    assert row["rule"].value == "title-before-name" and row["role"].value == "部长"
    assert row["e"].value.startswith(BASE + "evidence/") and len(row["e"].value.rsplit("/", 1)[1]) == 16


def test_graph_evidence_is_written_once_in_the_default_graph(store):
    """Evidence nodes live in the default graph only; the article's graph holds the fact they support."""
    evidence_graphs = {q.graph_name for q in store.quads_for_pattern(None, ox.NamedNode(RDF.type), ox.NamedNode(IPKG.Evidence), None)}
    assert evidence_graphs == {ox.DefaultGraph()}


def test_graph_holds_post_becomes_a_membership_dated_by_its_dated_articles(store):
    membership = ox.NamedNode(BASE + "membership/jin-zhuanglong--miit--bu-zhang")
    assert objects(store, membership, RDF.type) == {ORG.Membership}
    assert objects(store, membership, ORG.member) == {JIN.value}
    assert objects(store, membership, ORG.role) == {BASE + "role/bu-zhang"}
    assert objects(store, membership, IPKG.post) == {BASE + "post/miit--bu-zhang"}
    # the undated spun article supports the post but does not move its dates
    assert objects(store, membership, IPKG.firstSeen) == {"2023-03-02"}
    assert objects(store, membership, IPKG.lastSeen) == {"2023-03-02"}
    assert objects(store, membership, PROV.wasDerivedFrom) == {ART_2023.value, ART_SPUN.value}
    assert objects(store, membership, ORG.member, ART_SPUN) == {JIN.value}
    undated = ox.NamedNode(BASE + "membership/tian-yulong--miit--zong-gong-cheng-shi")
    assert objects(store, undated, IPKG.firstSeen) == set()


def test_graph_article_metadata_and_flags(store):
    assert objects(store, ART_SPUN, IPKG.isSpun) == {"true"}
    assert objects(store, ART_2023, IPKG.isSpun) == {"false"}
    assert objects(store, ART_2023, "http://purl.org/dc/terms/date") == {"2023-03-02"}
    assert objects(store, ART_2023, IPKG.fileName) == {"000_3fbe88de0c0c7436.txt"}
    assert objects(store, ART_SPUN, "http://purl.org/dc/terms/date") == set()
    assert objects(store, ART_2023, IPKG.mentions, ART_2023) >= {JIN.value, MIIT.value}


def test_graph_base_iri_is_configurable(monkeypatch):
    monkeypatch.setenv("KG_BASE_IRI", "http://example.org/kg/")
    subjects = {q.subject.value for q in result_to_quads(make_tiny_extraction())}
    assert "http://example.org/kg/official/jin-zhuanglong" in subjects
    assert not any(s.startswith(BASE) for s in subjects)
    explicit = result_to_quads(make_tiny_extraction(), base_iri="https://kg.example/ipkg/")
    assert "https://kg.example/ipkg/official/jin-zhuanglong" in {q.subject.value for q in explicit}


@pytest.mark.parametrize("base", ["https://example.org/id", "not an iri/", ""])
def test_graph_unusable_base_iri_is_refused(base):
    with pytest.raises(KgError, match="base IRI"):
        result_to_quads(make_tiny_extraction(), base_iri=base)


@pytest.mark.parametrize(
    "relation,message",
    [
        (Relation("金壮龙", "discusses", "不存在的工程"), "label '不存在的工程' has no entity"),
        (Relation("金壮龙", "praises", "人形机器人"), "unknown relation; choose one of: holdsPost"),
    ],
)
def test_graph_contract_breaks_fail_loudly(relation, message):
    result = make_tiny_extraction()
    result.documents[0].relations.append(relation)
    with pytest.raises(KgError, match=message):
        result_to_quads(result)


def test_graph_two_entities_with_one_slug_fail_loudly():
    result = make_tiny_extraction()
    result.entities["肖亚庆"].id = "jin-zhuanglong"
    with pytest.raises(KgError, match="share the id official/jin-zhuanglong"):
        result_to_quads(result)


def shuffled_extraction(seed: int):
    """The same extraction with documents, relations and entities in another order."""
    result = make_tiny_extraction()
    rng = random.Random(seed)
    rng.shuffle(result.documents)
    for doc in result.documents:
        rng.shuffle(doc.relations)
    items = list(result.entities.items())
    rng.shuffle(items)
    result.entities = dict(items)
    return result


def read_dataset(path: Path) -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    dataset.parse(path, format="nquads")
    return dataset


def assert_isomorphic_datasets(a: rdflib.Dataset, b: rdflib.Dataset) -> None:
    names_a = {g.identifier for g in a.graphs()}
    names_b = {g.identifier for g in b.graphs()}
    assert names_a == names_b
    for name in sorted(names_a):
        iso_a, iso_b = to_isomorphic(a.graph(name)), to_isomorphic(b.graph(name))
        if iso_a != iso_b:
            _, only_a, only_b = graph_diff(iso_a, iso_b)
            pytest.fail(
                f"graph {name} differs:\nonly in first:\n{only_a.serialize(format='nt')}\n"
                f"only in second:\n{only_b.serialize(format='nt')}"
            )


def test_graph_rebuilding_gives_an_isomorphic_dataset(tmp_path):
    counts = write_graph(result_to_quads(make_tiny_extraction()), tmp_path / "one")
    write_graph(result_to_quads(shuffled_extraction(7)), tmp_path / "two")
    first, second = read_dataset(tmp_path / "one" / "graph.nq"), read_dataset(tmp_path / "two" / "graph.nq")
    assert_isomorphic_datasets(first, second)
    assert (tmp_path / "one" / "graph.nq").read_bytes() == (tmp_path / "two" / "graph.nq").read_bytes()
    assert counts["named_graphs"] == 3


def test_graph_write_graph_writes_store_nquads_trig_and_turtle(tmp_path, quads):
    folder = tmp_path / "graph"
    counts = write_graph(quads, folder)
    default = [q for q in quads if isinstance(q.graph_name, ox.DefaultGraph)]
    assert counts == {"quads": len(quads), "triples_default": len(default), "named_graphs": 3}
    store = open_store(folder)
    assert len(store) == len(quads)
    turtle = (folder / "graph.ttl").read_text(encoding="utf-8")
    assert "official:jin-zhuanglong" in turtle and "@prefix ipkg:" in turtle
    assert len(list(ox.parse(path=folder / "graph.ttl"))) == len(default)
    assert len(list(ox.parse(path=folder / "graph.trig"))) == len(quads)
    # rewriting replaces the store, including while a reader has it open
    counts_again = write_graph(quads[: len(quads) // 2], folder)
    assert len(open_store(folder)) == counts_again["quads"]
    assert sorted(p.name for p in folder.iterdir()) == ["graph.nq", "graph.trig", "graph.ttl", "store"]


def test_graph_open_store_on_a_missing_folder_says_how_to_build(tmp_path):
    with pytest.raises(GraphNotFoundError, match=r"is not a graph folder: run kg build SOURCES --out"):
        open_store(tmp_path / "nothing")


def test_graph_broader_sector_without_an_entity_is_left_out_with_a_warning(caplog):
    result = make_tiny_extraction()
    result.entities["人形机器人"].broader = "机器人"
    quads = result_to_quads(result)
    robots = ox.NamedNode(BASE + "sector/ren-xing-ji-qi-ren")
    assert not [q for q in quads if q.subject == robots and q.predicate.value == SKOS.broader]
    assert "broader sector '机器人' has no entity" in caplog.text
