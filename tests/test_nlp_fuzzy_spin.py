"""Fuzzy dictionary matching in spun articles (kg.nlp.fuzzy).

The spun sentences use word pairs that ``spin.tsv`` does not hold
(基础→根基, 发展→成长, 制造→建造, 交通→通行, 达峰→顶峰); each article opens with a
sentence in pairs it does hold (家产, 布告, 施止, 严峻, 拆备), so it is
detected as spun, as a real spun repost would be.
"""

from __future__ import annotations

import pytest

from kg.lexicon import load_lexicon
from kg.model import Article
from kg.nlp import extract_article
from kg.nlp.fuzzy import RULE, FuzzyIndex, find_fuzzy_mentions, substitution_runs
from kg.nlp.mentions import find_dictionary_mentions

SPUN_LEAD = "家产和信息化部党组布告表示，咱们将施止严峻技术拆备攻关工程，稳固提升家产经济。"


def run(text: str):
    doc = extract_article(Article("t.txt", "t.txt", text))
    fuzzy = {(m.type, m.label) for m in doc.mentions if m.rule == RULE}
    return doc, fuzzy


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("下一步将加速施止产业根基再造工程，补齐短板。", ("Program", "产业基础再造工程")),
        ("国家发达和改革委员会副主任在会上先容了有关情况。", ("Organization", "国家发展改革委")),  # (成长 is a known pair)
        ("各地要深刻施止绿色建造工程，鞭策节能降碳。", ("Program", "绿色制造工程")),
        ("会同有关部门印发《家产领域碳顶峰施止方案》。", ("PolicyDocument", "工业领域碳达峰实施方案")),
        ("重点支撑城市轨道通行等范畴的拆备更新。", ("Sector", "城市轨道交通")),
    ],
)
def test_nlp_fuzzy_spin_finds_names_with_unknown_swaps(sentence, expected):
    doc, fuzzy = run(SPUN_LEAD + sentence)
    assert doc.article.flags.get("spun")
    assert expected in fuzzy
    assert doc.entity_types.get(expected[1]) == expected[0]


@pytest.mark.parametrize(
    "text,absent",
    [
        # written exactly: the exact name wins, although 智能制造工程 differs from it by one word
        (SPUN_LEAD + "咱们将施止绿色制造工程，鞭策智能化改造。", "智能制造工程"),
        # 制造 is written elsewhere, so this spinner did not swap it: 智能建造 is the construction programme
        (SPUN_LEAD + "推进智能建造工程试点，带动建筑业和制造业协同。", "智能制造工程"),
        # a real, different field of the same shape
        (SPUN_LEAD + "支撑城市空中通行等新业态，加速低空拆备研发。", "城市轨道交通"),
        # not spun: nothing fuzzy, whatever the text holds
        ("住房和城乡建设部表示，将推进智能建造工程试点，发展城市空中交通。", "智能制造工程"),
        ("国家成长改革委副主任表示，将会同有关部门推进城市轨道通行建设。", "国家发展改革委"),
    ],
)
def test_nlp_fuzzy_spin_leaves_near_misses_alone(text, absent):
    doc, fuzzy = run(text)
    assert absent not in doc.entity_types
    if not doc.article.flags.get("spun"):
        assert fuzzy == set()


@pytest.mark.parametrize(
    "name,window,runs",
    [
        ("国家发展改革委", "国家成长改革委", [(2, 4)]),
        ("信息化和软件服务业司", "讯息化和软件办事业司", [(0, 1), (6, 8)]),
        ("工业控制系统", "工业控制体系", [(4, 6)]),
        ("中国制造2025", "中国建造2025", [(2, 3)]),
        ("中国制造2025", "中国制造2035", None),  # digits are not swapped words
        ("智能制造工程", "智能制造工程", None),  # identical: an exact match
        ("产业发展司", "产业发展规", None),  # only the last character: a window cut through 规划
        ("移动互联网", "推动互联网", None),  # one edge character alone
        ("工业和信息化部", "家产和讯息化处", None),  # three runs
        ("国家发展改革委", "国家发展、改革", None),  # punctuation the name lacks
        ("高端装备创新工程", "高级配置创新工程", None),  # a run of four
    ],
)
def test_nlp_fuzzy_spin_substitution_runs(name, window, runs):
    assert substitution_runs(name, window) == runs


def test_nlp_fuzzy_spin_exact_and_neighbour_windows_are_skipped():
    lex = load_lexicon()
    index = FuzzyIndex.from_lexicon(lex)
    # 人工智能 is a name; 通用人工智能 against 近年来人工智能 is that name plus a word
    # 国家发展改革委 印发: the exact name plus a verb, not 国家发展改革委员会
    text = "近年来人工智能发展迅速，国家发展改革委印发了通知。"
    assert find_fuzzy_mentions(text, index, find_dictionary_mentions(text, lex)) == []


@pytest.mark.parametrize(
    "sentence,absent",
    [
        ("副部长在会上表示，将订正完善智能制造国际标准，加速家产软件范例制定。", "智能制造国际会议"),
        ("咱们将积极参与世界智能制造规划，推动产业合作。", "世界智能制造大会"),
    ],
    ids=["standard-is-no-conference", "plan-is-no-congress"],
)
def test_nlp_fuzzy_spin_keeps_an_events_kind_word(sentence, absent):
    doc, fuzzy = run(SPUN_LEAD + sentence)
    assert doc.article.flags.get("spun")
    assert ("Event", absent) not in fuzzy


@pytest.mark.parametrize("sentence,body,wrong", [
    # a spinner keeps place names: another place's body of that name is read under the text's place
    ("山西省经济和讯息化委员会主任郝振宇主持座谈会。", "山西省经济和信息化委员会", "山东省经济和信息化委员会"),
    ("深圳市家产和讯息化局副局长陈立伟应邀出席推介会并致辞。", "深圳市工业和信息化局", "天津市工业和信息化局"),
])
def test_nlp_fuzzy_spin_keeps_the_place_a_body_is_named_with(sentence, body, wrong):
    # (a lead without 信息: the article's spinner swapped it everywhere)
    doc, _ = run("咱们将施止严峻技术拆备攻关工程，稳固提升家产经济，夯实财产根原。讯息化是大势所趋，讯息技术要深入应用。" + sentence)
    orgs = {label for label, t in doc.entity_types.items() if t == "Organization"}
    assert body in orgs
    assert wrong not in orgs
