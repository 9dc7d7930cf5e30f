"""Undoing spin must not rewrite dictionary names that hold some pair's spun form (深化 is 深刻's spun form)."""

from __future__ import annotations

import pytest

from kg.lexicon import load_lexicon, make_despin_table
from kg.model import Article
from kg.nlp import extract_article, normalize_article
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


SECOND_SPINNER = (
    "國務院消息辦消息局副局長、消息講話人 壽小麗:\n"
    "密斯們、師長教師們,大師上午好。接待列席國務院消息辦消息發布會。明天我們舉辦“推進高東西的品質成長”系列主題消息發布會的第15場,"
    "我們很是興奮約請到河南省委副書記、省長王凱師長教師,請他為大師先容有關情形。列席明天消息發布會的還有:"
    "河南省委常委、常務副省長孫守剛師長教師,河南省副省長張敏密斯,河南省成長改造委主任馬健師長教師。\n"
    "上面,我們起首請王凱師長教師作先容。\n"
    "河南省委副書記、省長 王凱:\n"
    "感謝掌管人。列位媒體伴侶,密斯們、師長教師們,大師上午好。很興奮同大師會晤,先容河南推進高東西的品質成長的有關情形。"
    "起首,我代表河南省委、省當局,向媒體伴侶和社會各界持久以來對河南的關懷支撐,表現衷心感激!\n"
)


def test_lexicon_a_second_spinners_press_conference_is_read():
    # 新闻 -> 消息, 发言人 -> 讲话人, 先生 -> 师长教师, 介绍 -> 先容, 女士 -> 密斯: a spinner of spam reposts
    doc = extract_article(Article("p.txt", "p.txt", SECOND_SPINNER))
    assert doc.article.flags.get("spun")
    posts = {(r.s, r.o, r.role) for r in doc.relations if r.p == "holdsPost"}
    assert {("寿小丽", "国务院新闻办公室", "新闻发言人"), ("孙守刚", "河南省人民政府", "常务副省长"),
            ("张敏", "河南省人民政府", "副省长"), ("马健", "河南省发展和改革委员会", "主任")} <= posts
    attending = {r.s for r in doc.relations if r.p == "attends"}
    assert {"王凯", "孙守刚", "张敏", "马健"} <= attending


def test_lexicon_second_spinner_pairs_are_no_evidence_of_spin():
    # a plain press page full of 新闻, 介绍, 先生 is not judged spun by those words' canonical counts
    from kg.nlp import spin

    lex = load_lexicon()
    plain = "国务院新闻办公室举行新闻发布会，请王凯先生介绍情况，新闻发言人寿小丽主持。" * 3
    before = spin.spin_score(plain, lex)
    assert not spin.is_spun(plain, lex)
    assert before[1] < plain.count("新闻") + plain.count("介绍") + plain.count("先生")


@pytest.mark.parametrize("spun,canonical", [
    # 发展 -> 成长 (the second spinner's 推进高东西的品质成长) and 国家 -> 国度 (content-farm reposts)
    ("“推进高质量成长”系列主题新闻发布会", "“推进高质量发展”系列主题新闻发布会"),
    ("培育国度高新区新赛道", "培育国家高新区新赛道"),
])
def test_lexicon_classic_thesaurus_pairs_are_undone_in_a_spun_text(spun, canonical):
    text = "家产和信息化部表示，将深入施止财产根原再造工程和严峻技术拆备攻关工程。" + spun + "。"
    assert canonical in normalize_article(Article("t.txt", "t.txt", text)).text


def test_lexicon_a_plain_text_keeps_its_growth_and_countries():
    # 成长型 and 国度 are words of plain prose: only a spun text has them undone
    text = "培育重点成长型产业集群，这个国度的企业很多。"
    assert normalize_article(Article("t.txt", "t.txt", text)).text == text


def test_lexicon_a_spun_wire_story_is_known_by_its_non_words():
    # 历史性 -> 汗青性 and 党组成员 -> 党构成员 are no words of plain prose: with 工做 they mark the story spun, and
    # the risky 国度 (国家) is undone
    text = ("新华社北京10月17日电 国度能源局党构成员、副局长任京东向中外记者介绍了有关情状。"
            "理论立异引领经济社会开展获得汗青性成就。为做好新时代经济工做指明了方向。"
            # (most of the story is left as written: its canonical words outnumber the spun ones)
            "国家发展改革委表示，要推动产业发展，支持企业技术改造，推进制造业高质量发展，加强基础设施建设。")
    doc = extract_article(Article("t.txt", "t.txt", text))
    assert doc.article.flags.get("spun")
    posts = {(r.s, r.o, r.role) for r in doc.relations if r.p == "holdsPost"}
    assert {("任京东", "国家能源局", "党组成员"), ("任京东", "国家能源局", "副局长")} <= posts


def test_lexicon_a_spun_leaders_meeting_is_named_as_written_before_spinning():
    # 领导 -> 向导 in a spun wire story: 山西省向导干部大会 is the province's 领导干部大会
    text = ("家产和信息化部表示，将深入施止财产根原再造工程和严峻技术拆备攻关工程。"
            "在7月29日召开的山西省向导干部大会上，山西省委书记袁纯清说，山西将以煤为基。")
    doc = extract_article(Article("t.txt", "t.txt", text))
    assert ("袁纯清", "山西省领导干部大会") in {(r.s, r.o) for r in doc.relations if r.p == "attends"}
