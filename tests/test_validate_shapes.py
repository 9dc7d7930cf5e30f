"""SHACL validation: the built graph conforms, and each kind of damage is reported in plain words."""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from conftest import make_tiny_extraction
from kg.cli import app
from kg.errors import ValidationError
from kg.graph import result_to_quads
from kg.model import Evidence, Relation
from kg.stores.oxigraph import write_graph
from kg.validate import ensure_valid, validate_graph
from kg.vocab import DCTERMS, IPKG, ORG, RDF, SKOS, XSD

BASE = "https://w3id.org/ipkg/id/"
JIN = ox.NamedNode(BASE + "official/jin-zhuanglong")
XIAO = ox.NamedNode(BASE + "official/xiao-yaqing")
ART = ox.NamedNode(BASE + "article/000-3fbe88de0c0c7436")
DEFAULT = ox.DefaultGraph()


def quad(s, p: str, o) -> ox.Quad:
    return ox.Quad(s, ox.NamedNode(p), o, DEFAULT)


def add_relation(relation: Relation, with_evidence: bool = True) -> list[ox.Quad]:
    result = make_tiny_extraction()
    doc = result.documents[0]
    if with_evidence:
        sentence = doc.article.text.splitlines()[1]
        start = doc.article.text.index(sentence)
        relation.evidence.append(Evidence(doc.article.doc_id, sentence, start, start + len(sentence), "test-rule"))
    doc.relations.append(relation)
    return result_to_quads(result)


def tiny() -> list[ox.Quad]:
    return result_to_quads(make_tiny_extraction())


def without(quads: list[ox.Quad], keep: Callable[[ox.Quad], bool]) -> list[ox.Quad]:
    return [q for q in quads if keep(q)]


def offsets_reversed() -> list[ox.Quad]:
    quads = tiny()
    evidence = next(q.subject for q in quads if q.predicate.value == IPKG.startOffset)
    quads = without(quads, lambda q: not (q.subject == evidence and q.predicate.value == IPKG.endOffset))
    return quads + [quad(evidence, IPKG.endOffset, ox.Literal(-1))]


def membership_dates_reversed() -> list[ox.Quad]:
    membership = ox.NamedNode(BASE + "membership/jin-zhuanglong--miit--bu-zhang")
    quads = without(tiny(), lambda q: not (q.subject == membership and q.predicate.value == IPKG.firstSeen))
    return quads + [quad(membership, IPKG.firstSeen, ox.Literal("2024-01-01", datatype=ox.NamedNode(XSD.date)))]


DAMAGE = [
    (
        "Chinese label missing",
        lambda: without(tiny(), lambda q: not (q.subject == XIAO and q.predicate.value == SKOS.prefLabel and q.object.language == "zh")),
        "official:xiao-yaqing (Xiao Yaqing): must have exactly one Chinese preferred label",
    ),
    (
        "two entity types",
        lambda: tiny() + [quad(JIN, RDF.type, ox.NamedNode(IPKG.Program))],
        "official:jin-zhuanglong (金壮龙): must have exactly one of the six entity types",
    ),
    (
        "two canonical IDs",
        lambda: tiny() + [quad(JIN, IPKG.id, ox.Literal("jin-zhuang-long"))],
        "official:jin-zhuanglong (金壮龙): must have exactly one canonical ID",
    ),
    (
        "date not an xsd:date",
        lambda: tiny() + [quad(ART, DCTERMS.date, ox.Literal("2023年3月"))],
        'article:000-3fbe88de0c0c7436: an article has at most one date, an xsd:date (found dcterms:date "2023年3月")',
    ),
    (
        "fact without evidence",
        lambda: add_relation(Relation("金壮龙", "discusses", "产业基础再造工程"), with_evidence=False),
        "official:jin-zhuanglong (金壮龙): a fact has no evidence (no ipkg:Evidence with its subject, predicate and object) "
        "(found ipkg:discusses program:chan-ye-ji-chu-zai-zao-gong-cheng (产业基础再造工程))",
    ),
    (
        "discusses an organization",
        lambda: add_relation(Relation("金壮龙", "discusses", "国家发展改革委")),
        "official:jin-zhuanglong (金壮龙): discusses must point to a Program, Sector or PolicyDocument "
        "(found ipkg:discusses organization:ndrc (国家发展改革委))",
    ),
    (
        "a programme holds a post",
        lambda: add_relation(Relation("产业基础再造工程", "holdsPost", "工业和信息化部", "部长")),
        "program:chan-ye-ji-chu-zai-zao-gong-cheng (产业基础再造工程): only an Official can hold posts, discuss, oversee or attend",
    ),
    (
        "a sector targets a sector",
        lambda: add_relation(Relation("航空发动机", "targets", "人形机器人")),
        "sector:hang-kong-fa-dong-ji (航空发动机): only a Program can target sectors",
    ),
    (
        "evidence offsets reversed",
        offsets_reversed,
        "evidence must have one start offset, a non-negative integer below the end offset",
    ),
    (
        "membership first seen after last seen",
        membership_dates_reversed,
        "membership:jin-zhuanglong--miit--bu-zhang: a membership has at most one first-seen date, an xsd:date not after its last-seen date",
    ),
    (
        "partOf without org:subOrganizationOf",
        lambda: without(tiny(), lambda q: q.predicate.value != ORG.subOrganizationOf),
        "organization:zhong-xiao-qi-ye-ju (中小企业局): partOf is not also written as org:subOrganizationOf",
    ),
    (
        "IRI does not end with the ID",
        lambda: without(tiny(), lambda q: not (q.subject == XIAO and q.predicate.value == IPKG.id))
        + [quad(XIAO, IPKG.id, ox.Literal("xiao-ya-qing"))],
        'official:xiao-yaqing (肖亚庆): the IRI must end with its canonical ID (found ipkg:id "xiao-ya-qing")',
    ),
    (
        "named-graph triple missing from the default graph",
        lambda: tiny() + [ox.Quad(JIN, ox.NamedNode(IPKG.attends), ox.NamedNode(BASE + "event/x"), ART)],
        f"article graph {ART.value} holds a triple missing from the default graph",
    ),
]


def test_validate_hand_built_graph_conforms(tmp_path):
    write_graph(tiny(), tmp_path)
    assert validate_graph(tmp_path) == []
    ensure_valid(tmp_path)


@pytest.mark.parametrize("damage,make_quads,expected", DAMAGE, ids=[d[0] for d in DAMAGE])
def test_validate_reports_damage_in_plain_words(tmp_path, damage, make_quads, expected):
    write_graph(make_quads(), tmp_path)
    problems = validate_graph(tmp_path)
    assert any(expected in line for line in problems), "\n".join(problems)


def test_validate_accepts_an_open_store(tmp_path):
    store = ox.Store()
    store.extend(tiny() + [quad(JIN, IPKG.id, ox.Literal("again"))])
    assert any("exactly one canonical ID" in line for line in validate_graph(store))


def test_validate_ensure_valid_raises_with_the_violations(tmp_path):
    write_graph(tiny() + [quad(JIN, RDF.type, ox.NamedNode(IPKG.Program))], tmp_path)
    with pytest.raises(ValidationError, match=r"does not conform to shapes.ttl \(\d+ violation"):
        ensure_valid(tmp_path)


def test_validate_cli_exit_codes_and_messages(tmp_path):
    runner = CliRunner()
    write_graph(tiny(), tmp_path / "good")
    ok = runner.invoke(app, ["validate", "--graph", str(tmp_path / "good")])
    assert ok.exit_code == 0 and "conforms to shapes.ttl" in ok.output
    write_graph(tiny() + [quad(JIN, RDF.type, ox.NamedNode(IPKG.Program))], tmp_path / "bad")
    bad = runner.invoke(app, ["validate", "-g", str(tmp_path / "bad")])
    assert bad.exit_code == 1
    assert "must have exactly one of the six entity types" in bad.output
    missing = runner.invoke(app, ["validate", "--graph", str(tmp_path / "none")])
    assert missing.exit_code == 1 and "run kg build SOURCES --out" in missing.output
