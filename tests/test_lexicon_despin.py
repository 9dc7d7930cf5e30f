"""Undoing spin must not rewrite dictionary names that hold some pair's spun form (深化 is 深刻's spun form)."""

from __future__ import annotations

import pytest

from kg.lexicon import load_lexicon, make_despin_table
from kg.model import Article
from kg.nlp import extract_article
from kg.normalize import normalize

SPUN = "家产和信息化部部长金壮龙表示，将深入实施财产根原再造工程和严峻技术拆备攻关工程，推动家产财产发展。"


def spun_article(sentence: str) -> Article:
    text = f"{sentence}\n{SPUN}\n{SPUN}"
    return Article("spun.txt", "spun.txt", text)


def names_the_despinner_would_rewrite() -> list[str]:
    lex = load_lexicon()
    pairs = make_despin_table(lex.spin_pairs)
    return [label for label in lex.records if normalize(label, substitutions=pairs).text != label]


def test_lexicon_despin_table_keeps_names_whole():
    lex = load_lexicon()
    rewritten = names_the_despinner_would_rewrite()
    assert len(rewritten) >= 20  # 消费品工业司, 国家标准化管理委员会, 李乐成 …: the test would be empty otherwise
    for label in rewritten:
        assert normalize(label, substitutions=lex.despin_table).text == label


@pytest.mark.parametrize(
    "sentence, name, etype",
    [
        ("消费品工业司司长何亚琼介绍了情况。", "消费品工业司", "Organization"),
        ("国家标准化管理委员会发布新标准。", "国家标准化管理委员会", "Organization"),
        ("中国机器人产业联盟发布报告。", "中国机器人产业联盟", "Organization"),
    ],
)
def test_lexicon_name_survives_despinning_of_a_spun_article(sentence, name, etype):
    doc = extract_article(spun_article(sentence))
    assert doc.article.flags.get("spun")
    assert doc.entity_types.get(name) == etype
    assert doc.entity_types.get("工业和信息化部") == "Organization"  # the spun text is still undone


def test_lexicon_partly_spun_name_is_found_after_despinning():
    """The spinner left the title's genuine 深化, which undoing spin turns into 深刻: the name is still recognized."""
    title = "关于深化“互联网+先进制造业”发展工业互联网的指导意见"
    lex = load_lexicon()
    assert lex.surfaces[title].label == title
    doc = extract_article(spun_article("国务院印发《对于深化“互联网+先进制造业”展开家产互联网的辅导意见》。"))
    assert doc.article.flags.get("spun")
    assert doc.entity_types.get(title) == "PolicyDocument"


def test_spin_words_on_both_sides_of_the_table_are_no_evidence():
    from kg.nlp.spin import evidence_pairs

    lex = load_lexicon()
    pairs = evidence_pairs(lex)
    canonicals, spuns = {c for c, _ in pairs}, {s for _, s in pairs}
    assert not canonicals & spuns
    # a pair whose spun side is another pair's canonical side (a swap or a chain) is left out
    both = {c for c, s in lex.spin_pairs if len(c) >= 2} & {s for c, s in lex.spin_pairs if len(s) >= 2}
    assert both, "the table has chained pairs"
    assert all(c not in both and s not in both for c, s in pairs)


@pytest.mark.parametrize(
    "text,spun",
    [
        # a spinner whose other pairs the table lacks: the telltale non-words still show it
        ("家产和资讯化部运转监测协调局局长表明，要夯真根原，推进严峻技能拆备进展，加速资讯化进展，进展数码经济。", True),
        ("工业和信息化部表示，要夯实基础，推进重大技术装备发展。", False),
        ("根原一词偶见于笔误。", False),  # one telltale is no proof
        # a spinner that swapped a few words only (根原, 拆备, 家产, 厂商) beside many the table knows and it left alone
        # (3 spun forms against 11 canonical ones: a quarter, not a half)
        ("同道们，汽车家产要夯实根原，开展高端拆备，加快发展，推动建设，推动发展，推动创新，建设体系，推动厂商技能改造。", True),
    ],
    ids=["unknown-spinner", "plain", "one-telltale", "few-words-swapped"],
)
def test_spin_telltale_non_words_mark_a_spun_text(text, spun):
    from kg.nlp import scan, spin

    lex = load_lexicon()
    assert spin.is_spun(text, lex) is spun
    assert scan.is_spun(text, lex) is spun


def test_lexicon_a_spun_development_zone_is_undone_and_a_plain_kaituo_stays():
    # 开发→开拓 makes 开拓区, no word; 开拓 alone is one (开拓市场) and stays
    doc = extract_article(spun_article("赣州经济技术开拓区管委会主任黄卫平表示，要开拓市场。"))
    assert doc.article.flags.get("spun")
    posts = {(r.s, r.o, r.role) for r in doc.relations if r.p == "holdsPost"}
    assert ("黄卫平", "赣州经济技术开发区管理委员会", "主任") in posts
    assert "开拓市场" in doc.article.text
