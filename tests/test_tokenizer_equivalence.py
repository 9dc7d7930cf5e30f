"""The fast tokenizers give exactly what spaCy's character segmenter gives.

Every article of data/corpus and tests/data/devset and every sentence of
tests/test_nlp_extraction.py is extracted with the character segmenter
("char"), its linear-time twin ("fast-char") and the script-run tokenizer
("chunks", the default, whose tokens are re-cut at the entities); mentions,
relations with their evidence, entity types and flags must be identical.
"""

from __future__ import annotations

import ast
import copy
import re
from pathlib import Path

import pytest

from kg.api import read_articles
from kg.lexicon import load_lexicon
from kg.model import Article
from kg.nlp import extract_article, make_pipeline, normalize_article, scan, spin

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "data" / "corpus", ROOT / "tests" / "data" / "devset"]
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{5}")


def extraction_sentences() -> list[str]:
    """Every string of tests/test_nlp_extraction.py with Chinese text in it (its test sentences)."""
    tree = ast.parse((ROOT / "tests" / "test_nlp_extraction.py").read_text(encoding="utf-8"))
    found = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    return sorted({text for text in found if CJK_RUN.search(text)})


def all_articles() -> list[Article]:
    articles = list(read_articles([p for p in SOURCES if p.exists()], []))
    articles += [Article(f"sentence-{i}.txt", f"sentence-{i}.txt", text) for i, text in enumerate(extraction_sentences())]
    return articles


def outcome(article: Article, tokenizer: str) -> tuple:
    doc = extract_article(copy.deepcopy(article), tokenizer=tokenizer)
    mentions = [(m.start, m.end, m.text, m.type, m.label, m.rule) for m in doc.mentions]
    relations = [(r.s, r.p, r.o, r.role, [(e.sentence, e.start, e.end, e.rule) for e in r.evidence]) for r in doc.relations]
    return mentions, relations, sorted(doc.entity_types.items()), sorted(doc.article.flags.items())


ARTICLES = all_articles()


def test_tokenizer_corpus_is_not_trivial():
    assert len(ARTICLES) >= 5 + len(extraction_sentences())
    assert len(extraction_sentences()) >= 7


@pytest.mark.parametrize("tokenizer", ["fast-char", "chunks"])
def test_tokenizer_gives_identical_extraction(tokenizer):
    different = [a.doc_id for a in ARTICLES if outcome(a, tokenizer) != outcome(a, "char")]
    assert different == [], f"{tokenizer} changes the extraction of {different}"


def test_tokenizer_chunks_recuts_tokens_at_entities():
    """Chunks hide names (部长金壮龙表示 is one chunk); the entity merger re-cuts them, so doc.ents are the char segmenter's."""
    chunks, chars = make_pipeline(None, "chunks"), make_pipeline(None, "char")
    recut = 0
    for article in ARTICLES[:8]:
        text = normalize_article(article).text
        coarse = chunks.make_doc(text)
        edges = {t.idx for t in coarse} | {t.idx + len(t.text) for t in coarse}
        doc, reference = chunks(text), chars(text)
        expected = [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in reference.ents]
        assert expected and [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents] == expected
        recut += any(e.start_char not in edges or e.end_char not in edges for e in reference.ents)
        assert len(doc) < len(text) / 2
    assert recut >= 4  # the re-cut is what makes most articles come out right


@pytest.mark.parametrize(
    "text",
    [
        "工业和信息化部部长金壮龙表示，将深入实施产业基础再造工程。",
        "  开头有空格",
        "两个  空格\t制表符\n\n换行 末尾空格 ",
        "全角\u3000空格 与 不换行\u00a0空格",
        " ",
        "",
        "A B  C\n",
    ],
)
def test_tokenizer_fast_char_builds_the_same_tokens(text):
    char_doc = make_pipeline(None, "char").make_doc(text)
    fast_doc = make_pipeline(None, "fast-char").make_doc(text)
    assert [(t.text, t.whitespace_) for t in fast_doc] == [(t.text, t.whitespace_) for t in char_doc]
    assert fast_doc.text == char_doc.text == text


def test_tokenizer_chunks_keeps_text_and_white_space():
    for article in ARTICLES[:5] + [Article("s.txt", "s.txt", "两个  空格\t制表符\n\n换行 末尾空格 ")]:
        text = normalize_article(article).text
        doc = make_pipeline(None, "chunks").make_doc(text)
        assert "".join(t.text_with_ws for t in doc) == text
        assert len(doc) < len(text) or len(text) < 20


def test_tokenizer_spin_score_matches_str_count():
    lex = load_lexicon()
    texts = [normalize_article(a).text for a in ARTICLES] + ["工业工业家产家产家产", "家产和信息化部家产家产"]
    for text in texts:
        assert scan.spin_score(text, lex) == spin.spin_score(text, lex)
        assert scan.is_spun(text, lex) == spin.is_spun(text, lex)


def test_tokenizer_chunks_vocabulary_stays_bounded(monkeypatch):
    """New chunks do not grow the pipeline's vocabulary, and the tokenizer's own starts afresh past its bound."""
    monkeypatch.setattr(scan, "MAX_CHUNK_LEXEMES", 50)
    tokenizer = scan.ChunkTokenizer(make_pipeline(None, "chunks").vocab)
    sizes = []
    for i in range(40):
        tokenizer(f"第{i}段 工业和信息化部{i}号 文件{i * 7}")
        sizes.append(len(tokenizer.chunk_vocab))
    assert max(sizes) <= 50 + 3
    assert sizes.index(max(sizes)) < len(sizes) - 1 and sizes[-1] < max(sizes)  # it was reset on the way
    assert len(make_pipeline(None, "chunks").vocab) == 0
