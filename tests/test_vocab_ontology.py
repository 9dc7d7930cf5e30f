"""The ontology loads everywhere, labels every term in two languages, and declares every term the graph emits."""

from __future__ import annotations

import pyoxigraph
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from conftest import make_tiny_extraction
from kg import vocab
from kg.graph import result_to_quads
from kg.vocab import IPKG, ORG, RDF as VRDF
from kg.vocab_gen import ONTOLOGY_PATH, render_vocab

ONTOLOGY = rdflib.Graph().parse(ONTOLOGY_PATH, format="turtle")
LABELLED_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)


def labelled_terms() -> list[rdflib.URIRef]:
    return sorted({s for kind in LABELLED_KINDS for s in ONTOLOGY.subjects(RDF.type, kind) if isinstance(s, rdflib.URIRef)})


def test_vocab_module_is_generated_from_the_current_ontology():
    with open(vocab.__file__, encoding="utf-8") as handle:
        assert handle.read() == render_vocab(), "kg/vocab.py is stale: run python -m kg.vocab_gen"


def test_vocab_misspelled_term_fails_loudly_with_a_suggestion():
    with pytest.raises(AttributeError, match=r"IPKG.holdPost is not declared .*did you mean holdsPost"):
        IPKG.holdPost  # noqa: B018


def test_vocab_terms_are_iris_of_their_namespace():
    assert IPKG.holdsPost == "https://w3id.org/ipkg/ontology#holdsPost"
    assert ORG.Membership == "http://www.w3.org/ns/org#Membership"
    assert IPKG.holdsPost in IPKG and ORG.member not in IPKG


def test_vocab_ontology_loads_in_pyoxigraph():
    triples = list(pyoxigraph.parse(path=ONTOLOGY_PATH, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(ONTOLOGY)
    store = pyoxigraph.Store()
    store.load(path=ONTOLOGY_PATH, format=pyoxigraph.RdfFormat.TURTLE)
    assert bool(store.query(f"ASK {{ <{IPKG.Official}> a <http://www.w3.org/2002/07/owl#Class> }}"))


@pytest.mark.parametrize("term", labelled_terms(), ids=str)
def test_vocab_every_term_has_chinese_and_english_labels_and_a_comment(term):
    languages = {label.language for label in ONTOLOGY.objects(term, RDFS.label)}
    assert {"zh", "en"} <= languages, f"{term} labels: {languages}"
    assert list(ONTOLOGY.objects(term, RDFS.comment)), f"{term} has no rdfs:comment"


def test_vocab_six_entity_classes_and_seven_relations_are_declared():
    classes = set(ONTOLOGY.subjects(RDF.type, OWL.Class))
    properties = set(ONTOLOGY.subjects(RDF.type, OWL.ObjectProperty))
    for name in ("Official", "Organization", "Program", "Sector", "PolicyDocument", "Event", "Article", "Evidence"):
        assert rdflib.URIRef(IPKG._ns + name) in classes
    for name in ("holdsPost", "discusses", "targets", "issues", "oversees", "partOf", "attends", "mentions"):
        assert rdflib.URIRef(IPKG._ns + name) in properties
    assert (rdflib.URIRef(IPKG.partOf), RDFS.subPropertyOf, rdflib.URIRef(ORG.subOrganizationOf)) in ONTOLOGY


def test_vocab_every_term_the_graph_emits_is_declared_in_the_ontology():
    quads = result_to_quads(make_tiny_extraction())
    emitted = {q.predicate.value for q in quads}
    emitted |= {q.object.value for q in quads if q.predicate.value == VRDF.type}
    emitted |= {q.object.datatype.value for q in quads if isinstance(q.object, pyoxigraph.Literal)}
    emitted |= {q.subject.value for q in quads if q.subject.value.startswith(IPKG._ns)}
    declared = {str(s) for s in ONTOLOGY.subjects(RDF.type, None) if isinstance(s, rdflib.URIRef)}
    assert sorted(emitted - declared) == []
    assert emitted <= vocab.TERMS
