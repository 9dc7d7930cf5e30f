"""Extraction: the spaCy ``zh`` pipeline that turns one article into mentions and relations."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from kg.lexicon import load_lexicon
from kg.model import RELATION_SIGNATURES, Article, DocExtraction, Evidence, NormalizedText, Relation
from kg.ingest.text import strip_page_furniture
from kg.normalize import apply_substitutions, normalize
from kg.nlp import components  # noqa: F401  registers the factories
from kg.nlp import scan
from kg.nlp.mentions import is_foreign_ministry
from kg.nlp.places import is_local_government
from kg.nlp.spin import despin_by_induction, despin_table

PIPE_NAMES = ("ipkg_gazetteer_v1", "ipkg_rules_v1", "ipkg_entities_v1", "ipkg_relations_v1")
TOKENIZERS = ("chunks", "fast-char", "char")


def make_pipeline(resource_dir: str | None = None, tokenizer: str = "chunks") -> Language:
    """A blank spaCy ``zh`` pipeline with our components.

    Tokens (``kg.nlp.scan``), all giving the same results: ``"char"`` is
    spaCy's one-token-per-character segmenter (segmentation never cuts a
    name); ``"fast-char"`` builds the same tokens in linear time and keeps the
    Doc's text; ``"chunks"`` (the default) does not segment words: tokens are
    the text between white space, re-cut at the entities' ends when they are
    set, so entity spans are the same.
    """
    return _cached_pipeline(resource_dir, tokenizer)  # one cache key however the arguments are passed


@functools.lru_cache(maxsize=4)
def _cached_pipeline(resource_dir: str | None, tokenizer: str) -> Language:
    if tokenizer not in TOKENIZERS:
        raise ValueError(f"unknown tokenizer {tokenizer!r}; choose one of: {', '.join(TOKENIZERS)}")
    nlp = spacy.blank("zh")
    if tokenizer == "fast-char":
        nlp.tokenizer = scan.CharTokenizer(nlp.vocab)
    elif tokenizer == "chunks":
        nlp.tokenizer = scan.ChunkTokenizer(nlp.vocab)
    for name in PIPE_NAMES:
        nlp.add_pipe(name, config={"resource_dir": resource_dir})
    return nlp


def normalize_article(article: Article, resource_dir: str | None = None) -> NormalizedText:
    """Normalize the article text; undo spinning when the text is detected as spun."""
    lex = load_lexicon(resource_dir)
    norm = normalize(article.text)
    substitutions: dict[str, str] = {}
    spun = scan.is_spun(norm.text, lex)  # what kg.nlp.spin.is_spun says, in one scan
    if norm.flags.get("taiwan"):  # (what tw2sp writes for words the article means in their ordinary sense)
        substitutions.update(lex.taiwan_fixups)
    if spun:
        substitutions.update(despin_table(lex))
    if substitutions:
        norm = apply_substitutions(norm, substitutions)
        if spun:
            norm.flags["spun"] = True
    norm = trim_page_furniture(norm)
    if spun:
        norm = despin_by_induction(norm, lex)  # pairs of this article's spinner that no table holds
    return norm


def trim_page_furniture(norm: NormalizedText) -> NormalizedText:
    """Cut trailing link lists and footers that ingest could not see in Traditional or pinyin-annotated text.

    Ingest strips 相关阅读 lists from the raw text; 相關(guān)閱讀 only reads as
    one after normalization, so the same rule runs again here on the tail.
    """
    trimmed = strip_page_furniture(norm.text)
    if len(trimmed) == len(norm.text) or not norm.text.startswith(trimmed):
        return norm
    end = len(trimmed)
    return NormalizedText(trimmed, norm.offsets[:end] + [norm.offsets[end]], dict(norm.flags))


def extract_article(article: Article, resource_dir: str | None = None, tokenizer: str = "chunks") -> DocExtraction:
    """Run normalization and the pipeline over one article (``tokenizer``: see ``make_pipeline``)."""
    norm = normalize_article(article, resource_dir)
    article.flags.update({k: v for k, v in norm.flags.items() if v})
    nlp = make_pipeline(resource_dir, tokenizer)
    doc = nlp.make_doc(norm.text)
    doc.user_data[components.SPUN_KEY] = bool(norm.flags.get("spun"))
    doc.user_data[components.SITE_KEY] = article.site
    doc.user_data[components.YEAR_KEY] = article.date.year if article.date else None
    doc = nlp(doc)
    mentions = components.doc_mentions(doc)
    entity_types: dict[str, str] = {}
    for m in mentions:
        entity_types.setdefault(m.label, m.type)
    lex = load_lexicon(resource_dir)
    relations: dict[tuple, Relation] = {}
    for found in doc._.ipkg_relations:
        for label in (found.s, found.o):
            if label not in entity_types and lex.type_of(label):
                entity_types[label] = lex.type_of(label)
            elif label not in entity_types and (is_local_government(label) or is_foreign_ministry(label)):
                entity_types[label] = "Organization"  # named by a rule from 贵阳市委…副市长, or in an agreement's title
        subject_types, object_types = RELATION_SIGNATURES[found.p]
        if entity_types.get(found.s) not in subject_types or entity_types.get(found.o) not in object_types:
            continue
        if found.s == found.o:
            continue
        start, end = norm.to_original(found.sentence.start, found.sentence.end)
        raw = article.text[start:end]
        lead = len(raw) - len(raw.lstrip())
        evidence = Evidence(article.doc_id, raw.strip(), start + lead, start + lead + len(raw.strip()), found.rule)
        key = (found.s, found.p, found.o, found.role)
        rel = relations.get(key)
        if rel is None:
            rel = relations[key] = Relation(found.s, found.p, found.o, found.role)
        if evidence not in rel.evidence:
            rel.evidence.append(evidence)
    return DocExtraction(article, mentions, list(relations.values()), entity_types)
