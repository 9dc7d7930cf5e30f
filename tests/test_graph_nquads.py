"""kg.graph's N-Quads line writer: every term and line exactly as pyoxigraph serializes it."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest

from conftest import make_tiny_extraction
from kg.errors import KgError
from kg.graph import (
    date_literal,
    english,
    literal,
    node,
    quote_string,
    result_to_nquads,
    result_to_quads,
    sorted_nquads,
    zh,
)
from kg.model import Evidence, Relation
from kg.vocab import XSD

S, P = ox.NamedNode("https://w3id.org/ipkg/id/official/s"), ox.NamedNode("https://w3id.org/ipkg/id/p")


def pyoxigraph_term(term) -> str:
    """The object of a one-quad N-Quads serialization: how pyoxigraph writes ``term``."""
    line = ox.serialize([ox.Quad(S, P, term)], format=ox.RdfFormat.N_QUADS).decode("utf-8")
    prefix = f"{S} {P} "
    assert line.startswith(prefix) and line.endswith(" .\n")
    return line[len(prefix) : -len(" .\n")]


TRICKY = [
    "",
    "工业和信息化部部长金壮龙表示",
    '他说:"加快布局人形机器人"',
    "C:\\路径\\文件",
    "\\u0041 is not an escape here",
    "第一行\n第二行",
    "Windows\r\nline",
    "a\ttab",
    "bell\x07 backspace\x08 formfeed\x0c vertical\x0b nul\x00 unit\x1f del\x7f",
    "non-characters \ufffe \uffff and \ufdd0",
    "replacement \ufffd character",
    "non-BMP 𠀀𪚥 😀",
    "line separator \u2028 and \u0085",
    "ends with a backslash \\",
]


@pytest.mark.parametrize("text", TRICKY)
def test_graph_literals_are_written_as_pyoxigraph_writes_them(text):
    assert literal(text) == pyoxigraph_term(ox.Literal(text))
    assert zh(text) == pyoxigraph_term(ox.Literal(text, language="zh"))
    assert zh(text, traditional=True) == pyoxigraph_term(ox.Literal(text, language="zh-Hant"))
    assert english(text) == pyoxigraph_term(ox.Literal(text, language="en"))


def test_graph_every_character_is_escaped_as_pyoxigraph_does():
    text = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    mine, theirs = quote_string(text), pyoxigraph_term(ox.Literal(text))
    if mine != theirs:
        at = next(i for i, (a, b) in enumerate(zip(mine, theirs)) if a != b)
        pytest.fail(f"first difference at {at}: {mine[at - 5 : at + 10]!r} != {theirs[at - 5 : at + 10]!r}")


@pytest.mark.parametrize(
    "value,term",
    [
        (0, ox.Literal(0)),
        (1234567, ox.Literal(1234567)),
        (-3, ox.Literal(-3)),
        (True, ox.Literal(True)),
        (False, ox.Literal(False)),
        ("2023-03-02", ox.Literal("2023-03-02")),
    ],
)
def test_graph_typed_literals_are_written_as_pyoxigraph_writes_them(value, term):
    assert literal(value) == pyoxigraph_term(term)


def test_graph_dates_and_iris_are_written_as_pyoxigraph_writes_them():
    assert date_literal("2021-12-25") == pyoxigraph_term(ox.Literal("2021-12-25", datatype=ox.NamedNode(XSD.date)))
    iri = "https://w3id.org/ipkg/id/article/000-3fbe88de0c0c7436"
    assert node(iri) == pyoxigraph_term(ox.NamedNode(iri))


def tricky_extraction():
    """The tiny extraction with quotes, backslashes, controls and non-BMP characters in every kind of literal."""
    result = make_tiny_extraction()
    doc = result.documents[0]
    doc.article.title = '工信部:"扎实推进"\n新型工业化\\制造强国\t𠀀'
    doc.article.source = "中国证券报\r\n(转载)"
    doc.article.url = "http://www.miit.gov.cn/新闻 发布/index.html?a=1&b=两 个"
    doc.article.date_source = 'meta "date"'
    jin = result.entities["金壮龙"]
    jin.aliases = {*jin.aliases, '金"壮"龙\\', "金壮龙\ufffd", "金\x7f壮龙"}
    jin.name_en = 'Jin "Zhuanglong"\n'
    relation = doc.relations[0]
    sentence = "部长金壮龙说:\"要加快\\布局\"\n😀\ufffe"
    relation.evidence.append(Evidence(doc.article.doc_id, sentence, 7, 7 + len(sentence), "rule\twith tab"))
    doc.relations.append(Relation("金壮龙", "holdsPost", "工业和信息化部", '副"部长"\\', list(relation.evidence)))
    return result


@pytest.mark.parametrize("make", [make_tiny_extraction, tricky_extraction])
def test_graph_lines_are_pyoxigraph_serialization_of_the_quads(make):
    """Parsed and serialized again by pyoxigraph, the lines come back byte for byte (so they are its own output)."""
    out = result_to_nquads(make())
    lines = sorted(line.encode("utf-8") for line in out.lines())
    assert ox.serialize(result_to_quads(make()), format=ox.RdfFormat.N_QUADS) == b"".join(lines)
    assert len(set(lines)) == len(lines)
    # grouped by subject, sorted: the same bytes as sorting the whole lines
    default = sorted(f"{s} {rest}".encode("utf-8") for s, rests in out.default.items() for rest in rests)
    assert sorted_nquads(out.default) == b"".join(default)
    assert sorted(b"".join((sorted_nquads(out.default), sorted_nquads(out.named))).splitlines(keepends=True)) == lines


def test_graph_tricky_literals_keep_their_values():
    quads = result_to_quads(tricky_extraction())
    values = {q.object.value for q in quads if isinstance(q.object, ox.Literal)}
    assert '工信部:"扎实推进"\n新型工业化\\制造强国\t𠀀' in values
    assert "部长金壮龙说:\"要加快\\布局\"\n😀\ufffe" in values
    assert '副"部长"\\' in values
    sources = {q.object.value for q in quads if q.predicate.value == "http://purl.org/dc/terms/source"}
    # urllib's quote: the space and every non-ASCII byte percent-encoded, the URL's own delimiters kept
    assert sources == {"http://www.miit.gov.cn/%E6%96%B0%E9%97%BB%20%E5%8F%91%E5%B8%83/index.html?a=1&b=%E4%B8%A4%20%E4%B8%AA"}


def test_graph_dates_apart_leave_the_membership_dates_out_of_the_lines():
    whole = result_to_nquads(make_tiny_extraction())
    apart = result_to_nquads(make_tiny_extraction(), dates_apart=True)
    dated = set(whole.lines()) - set(apart.lines())
    assert dated and all("firstSeen" in line or "lastSeen" in line for line in dated)
    assert not set(apart.lines()) - set(whole.lines())
    assert apart.named == whole.named
    first, last = apart.dates["https://w3id.org/ipkg/id/membership/jin-zhuanglong--miit--bu-zhang"]
    assert first == last == "2023-03-02"


def test_graph_iri_breaking_characters_in_the_base_are_refused():
    with pytest.raises(KgError, match="base IRI"):
        result_to_nquads(make_tiny_extraction(), base_iri="https://example.org/{id}/")


def test_graph_unusable_source_url_is_refused():
    result = make_tiny_extraction()
    result.documents[0].article = dataclasses.replace(result.documents[0].article, url="http://[bad")
    with pytest.raises(KgError, match="source URL"):
        result_to_nquads(result)


@pytest.mark.parametrize("make", [make_tiny_extraction, tricky_extraction])
def test_graph_without_entity_lines_leaves_out_exactly_the_entity_table(make):
    """A shard batch written without its entities' lines, plus the entity table alone, is the whole graph."""
    from kg.model import ExtractionResult

    result = make()
    whole = set(result_to_nquads(result).lines())
    table = set(result_to_nquads(ExtractionResult(result.entities, [])).lines())
    batch = set(result_to_nquads(result, entity_lines=False).lines())
    assert any("skos/core#broader" in line for line in table)  # a sector's broader one is an entity line
    assert batch | table == whole
    assert not batch & table  # none of them written again
