"""Spun reposts whose spinner swaps many words the spin table does not know (kg.nlp.fuzzy).

Each text opens with a sentence in pairs ``spin.tsv`` holds (家产, 根原, 拆备),
so it is detected as spun, as a real repost of one spinner would be; the
rest uses pairs no table holds (新闻→讯息, 信息→音信, 监测→监控, 汽车→轿车 …).
"""

from __future__ import annotations

import pytest

from kg.lexicon import load_lexicon
from kg.model import Article
from kg.nlp import extract_article, normalize_article
from kg.nlp.fuzzy import find_fuzzy_matches
from kg.nlp.mentions import find_dictionary_mentions
from kg.nlp.spin import find_swaps, fuzzy_index

SPUN_LEAD = "家产和信息化部表示，将深入施止财产根原再造工程和严峻技术拆备攻关工程。"


def fuzzy_reads(text: str) -> dict[str, str]:
    """What the fuzzy matcher reads in ``text``: window -> label."""
    lex = load_lexicon()
    found = find_fuzzy_matches(text, fuzzy_index(lex), find_dictionary_mentions(text, lex))
    return {match.mention.text: match.mention.label for match in found}


@pytest.mark.parametrize(
    "text",
    [
        # the page line names the body exactly (the spinner left it alone); the body writes it spun
        "来源：国务院新闻办公室网站\n" + SPUN_LEAD + "国务院讯息办公室于1月17日举办讯息发布会。",
        # a parent of three characters leaves the name's own words to compare (国务院|新闻办公室)
        SPUN_LEAD + "国务院讯息办公室于1月17日举办讯息发布会。",
    ],
    ids=["source-line-unspun", "short-parent"],
)
def test_nlp_spin_multi_finds_names_beside_their_unspun_form(text):
    assert fuzzy_reads(text).get("国务院讯息办公室") == "国务院新闻办公室"
    assert "国务院新闻办公室新闻局" not in text and "新闻发布会" in normalized(text)  # and 讯息→新闻 is learned


def normalized(text: str) -> str:
    """The text the extractors read: normalized, known pairs undone, and pairs learned from the article."""
    return normalize_article(Article("t.txt", "t.txt", text)).text


@pytest.mark.parametrize(
    "text,restored",
    [
        # 音信 sits inside 工业和音信化部 (learned from one name): 电子音信 is 电子信息
        (SPUN_LEAD + "工业和音信化部将抓好电子音信、钢铁等行业稳增长。", ["电子信息"]),
        # 讯息 inside 国务院讯息办公室: 讯息局 and 讯息发言人 come back
        (SPUN_LEAD + "国务院讯息办公室讯息局副局长、讯息发言人寿小丽主持。", ["国务院新闻办公室新闻局", "新闻发言人"]),
        # a one-character run: 监控 (written again in 监控调度), not 控协
        (SPUN_LEAD + "运行监控协调局局长陶青表示，将强化经济运行监控调度。", ["运行监测协调局", "监测调度"]),
        # 轿车 and 聪明 sit at a name's edge (新能源轿车, 聪明制造工程): learned because undoing them
        # together restores other names (汽车, 智能网联汽车)
        (SPUN_LEAD + "巩固新能源轿车优势，实施聪明制造工程，抓好轿车稳增长，加速聪明网联轿车准入。",
         ["新能源汽车", "智能制造工程", "抓好汽车", "智能网联汽车"]),
        # 举措 sits at the edge of 制造业数目化转型举措; undoing it brings 5G应用“扬帆”举措打算 within one
        # swap of 5G应用“扬帆”行动计划, a name the matcher then reads
        (SPUN_LEAD + "启动制造业数目化转型举措，深入推进5G应用“扬帆”举措打算。", ["5G应用“扬帆”行动打算"]),
    ],
    ids=["inside-a-name", "page-of-names", "one-character-run", "edge-swaps-restore-names", "edge-swap-restores-fuzzy-name"],
)
def test_nlp_spin_multi_learns_the_articles_pairs(text, restored):
    got = normalized(text)
    for phrase in restored:
        assert phrase in got


@pytest.mark.parametrize(
    "text,kept",
    [
        # 新能源汽车产业发展协调 reads as …发展规划 with 协调 at its edge; nothing else confirms 协调→规划,
        # so 协调电力 is not rewritten
        (SPUN_LEAD + "健全新能源汽车产业发展协调推进机制，协调电力供应。", ["协调电力"]),
        # 重大科技装备攻关工程 reads as 重大技术装备攻关工程 with 科技 inside it, but the article writes 科技
        # inside an exact name (科技部): its spinner did not swap 科技 (nor does 科技部 become 技术部)
        (SPUN_LEAD + "实施重大科技装备攻关工程，加快关键科技攻关，科技部将参与。", ["科技部", "关键科技攻关"]),
        # not spun: nothing learned, whatever the text holds
        ("工业和音信化部将抓好电子音信、钢铁等行业稳增长。", ["工业和音信化部", "电子音信"]),
    ],
    ids=["edge-swap-unconfirmed", "word-written-in-a-name", "not-spun"],
)
def test_nlp_spin_multi_keeps_what_is_not_learned(text, kept):
    got = normalized(text)
    for phrase in kept:
        assert phrase in got


def test_nlp_spin_multi_swaps_read_from_matches():
    lex = load_lexicon()
    text = "运行监控协调局局长表示，将强化运行监控调度，工业和音信化部将参与，电子音信。"
    exact = find_dictionary_mentions(text, lex)
    swaps = find_swaps(text, find_fuzzy_matches(text, fuzzy_index(lex), exact))
    assert {s: (w.canonical, w.inside) for s, w in swaps.items()} == {"监控": ("监测", True), "音信": ("信息", True)}


def test_nlp_a_spinner_that_leaves_most_words_is_detected_by_its_non_words():
    # a fourth spinner swaps only some words (发展→进展, 质量→品质, 企业→商家, 园区→园地, 安全→平安, 创新→立异):
    # the canonical forms it left outnumber its spun ones, but 立异驱动 and 拆备 are no Chinese words
    text = ("长寿区召开化工新资料财产高品质进展推动会。区委书记刘洪波出席集会并讲话。全区化工商家迎难而上，园地规模以上"
            "家产产值保持两位数增长。要深入实施以大数据智能化为引领的立异驱动进展战略行动计划，推动化工商家开展生产拆备的"
            "智能化改造。要把平安生产和生态环境保护摆在更加突出的位置。区政府印发了《长寿区化工新资料财产高品质进展三年行动方案》。"
            "工业经济发展势头良好，企业效益提升。")
    doc = extract_article(Article("t.txt", "t.txt", text))
    documents = {label for label, kind in doc.entity_types.items() if kind == "PolicyDocument"}
    assert "长寿区化工新材料产业高质量发展三年行动方案" in documents


def test_nlp_a_districts_bare_office_is_not_the_nations():
    # 区发展改革委 on a district's page: the district's office (unplaced), never 国家发展改革委
    doc = extract_article(Article("t.txt", "t.txt", "长寿区召开会议。他要求区发展改革委、区生态环境局等部门建立制度。"))
    assert "国家发展改革委" not in doc.entity_types


def test_nlp_spin_three_telltales_mark_a_partly_spun_text():
    # (the spinner left most words alone, so canonical forms outnumber the spun ones twice over)
    text = ("省家产和信息化厅厅长表示，今年要实施“财产强链”三年行动计划，聚焦物联网、高端拆备、生物医药、集成电路等领域，"
            "每条财产链明确一名省领导挂钩联系。全省规模以上企业利润增长，企业发展信心增强，企业技术改造投资增长。")
    norm = normalize_article(Article("t.txt", "t.txt", text))
    assert norm.flags.get("spun")
    assert "工业和信息化厅" in norm.text and "“产业强链”" in norm.text
    one_telltale = text.replace("高端拆备", "高端装备").replace("家产和", "工业和")
    assert not normalize_article(Article("t.txt", "t.txt", one_telltale)).flags.get("spun")


def test_nlp_spin_multi_learns_no_swap_of_places():
    # devset31's spun 包头 page: 包头市工业和讯息化局 reads like 天津市工业和信息化局 (a name the dictionary holds),
    # and undoing 包头→天津 would "restore" more names; but spinners leave places alone
    from pathlib import Path

    from kg.ingest.reader import read_file

    page = Path(__file__).parent / "data" / "devset31" / "v04_caijingzixun_2020_baotou_xitu_zhaoshang_tuijiehui_spun_gbk.html"
    article = read_file(page)[0]
    assert "天津" not in normalize_article(article).text
    doc = extract_article(article)
    assert ("刘建峰", "包头市人民政府", "副市长") in {(r.s, r.o, r.role) for r in doc.relations if r.p == "holdsPost"}
