"""Links to other articles (上一篇/下一篇, 上一条, 上篇) and 相关新闻 link lists are page furniture wherever they stand.

Lines are from real pages: audit6 p13 (新乡 红旗区), audit5 n02 (e-paper), devset2 e08, devset5 f04, devset7 f06.
"""

from __future__ import annotations

import pytest

from kg.ingest import read_file
from kg.ingest.text import is_link_line, strip_page_furniture
from kg.nlp import extract_article

LEAD = "新乡市工信局调研红旗区工业企业\n"
BODY = "李湘强调,工业企业是实体经济的核心力量,要坚定发展信心,把握发展机遇。"
MORE = "调研组一行前往胜华电缆、北方仪表等企业,参观文化展厅、深入生产车间。"


@pytest.mark.parametrize(
    "line",
    [
        "- 上一篇: 区委常委、区委办主任杨晋岭带队赴深圳参加光博会",
        "- 下一篇: 区委书记刘宏锋到小店镇调研重点工作",
        "上一篇：工信部发放4G牌照 三大运营商均获TD-LTE牌照",
        "【下一篇】李克强主持召开国务院常务会议 部署推进信息消费",
        "上一条：工信部召开重点行业协会座谈会",
        "下一條：工業和信息化部召開座談會",
        "上篇：推进智能制造 加快制造强国建设",
        "下一篇文章：工信部印发《“十四五”智能制造发展规划》",
        "下一篇4 2023年3月28日 放大 缩小 默认",
        "· 上一篇：没有了",
        "上一篇",
        "相关阅读：工业和信息化部关于印发《工业转型升级规划（2011—2015年）》的通知",
        "「推荐阅读」王江平：推动石化化工行业高质量发展",  # devset10 h07: in brackets, no colon
        "往期回顾：李克强谈扩大内需(2010-02-26)|王岐山会见美国财长(2010-02-20)",  # a learners' page, a WeChat post
    ],
)
def test_ingest_furniture_link_lines(line):
    assert is_link_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "上一篇文章说明了工业互联网的发展情况。",
        "下一篇章，工信部将聚焦新型工业化，推动制造业高端化智能化绿色化发展",
        "上一篇：区委书记刘宏锋指出，要以更大力度推进产业转型升级，加快培育新质生产力，推动工业经济高质量发展。",
        "上篇 总体要求",  # a heading of a plan, no colon
        "相关新闻发布会将于3日在北京举行",
        "工业和信息化部部长金壮龙表示，将开启新型工业化的下一篇章。",
    ],
)
def test_ingest_furniture_keeps_body_lines(line):
    assert not is_link_line(line)
    assert line in strip_page_furniture(LEAD + line + "\n" + BODY)


@pytest.mark.parametrize(
    "page,kept,dropped",
    [
        # links closing the page, with list bullets (p13)
        (LEAD + BODY + "\n- 上一篇: 区委常委、区委办主任杨晋岭带队赴深圳参加光博会\n- 下一篇: 区委书记刘宏锋到小店镇调研重点工作\n",
         [BODY], ["杨晋岭", "刘宏锋"]),
        # links between the body and a comment block (cut wherever they stand)
        (LEAD + BODY + "\n上一篇：区委书记刘宏锋到小店镇调研重点工作\n下一篇：区委常委杨晋岭带队赴深圳参加光博会\n" + MORE + "\n",
         [BODY, MORE], ["杨晋岭", "刘宏锋"]),
        # an e-paper's navigation block before the article
        ("第01版:要闻\n版面导航\n3上一期\n下一篇4 2023年3月28日 放大 缩小 默认\n" + BODY + "\n", [BODY], ["下一篇", "2023年3月28日"]),
        # a 相关新闻 list in the middle of the page, followed by more lines of the page (devset7 f06)
        (LEAD + BODY + "\n\n相关新闻：\n· 苗圩在辽宁调研时强调：推动东北老工业基地振兴发展\n· 李克强主持召开国务院常务会议 部署加快推进“互联网+”行动\n\n"
         "版权声明：凡注明“来源：东北新闻网”的所有作品，版权均属东北新闻网所有，未经授权不得转载、摘编或利用其它方式使用上述作品。\n" + MORE,
         [BODY, MORE], ["苗圩", "李克强", "相关新闻"]),
        # Traditional marker and links at the end
        (LEAD + BODY + "\n相關閱讀\n工信部：加快推進新型工業化\n國新辦舉行發布會\n", [BODY], ["相關閱讀", "新型工業化"]),
        # a Hong Kong page's marker (audit10 r15)
        (LEAD + BODY + "\n相關鏈結\n· 國防科工委副主任陳求發一行在鄭飛公司調研\n· 國防科工委召開船舶動力基礎科研計劃工作會議\n",
         [BODY], ["相關鏈結", "陳求發"]),
        # one link on the marker line (devset5 f04)
        (LEAD + BODY + "\n相关链接：工业和信息化部关于印发《工业转型升级规划（2011—2015年）》的通知\n" + MORE + "\n",
         [BODY, MORE], ["工业转型升级规划"]),
        # a government portal's 【相关文件】 list (devset13 n08)
        (LEAD + BODY + "\n分享到：微信 | 新浪微博\n【相关文件】\n· 谌贻琴主持召开省政府常务会议研究大数据发展工作\n· 陈敏尔在全省大数据发展大会上强调\n",
         [BODY], ["谌贻琴", "陈敏尔"]),
        # a marker with an arrow (devset16 r09)
        (LEAD + BODY + "\n(责编：刘洋)\n\n相关阅读 ›\n· 辛国斌：加快稀土产业转型升级\n· 包钢集团稀土产业链调研行\n", [BODY], ["辛国斌"]),
        # a bilingual page's marker, Tibetan first (devset17 s10)
        (LEAD + BODY + "\nའབྲེལ་ཡོད་གསར་འགྱུར། 相关新闻\n· 向巴平措主持自治区九届人大常委会会议\n· 西藏“十二五”规划纲要（草案）提请审议\n",
         [BODY], ["向巴平措", "相关新闻"]),
        # a marker followed by prose is a heading of the body: the prose stays
        (LEAD + BODY + "\n相关新闻\n工信部表示，将加快推进5G网络和千兆光网建设部署，促进产业创新发展。\n",
         [BODY, "工信部表示，将加快推进5G网络和千兆光网建设部署"], []),
    ],
    ids=["trailing-bulleted", "mid-page", "epaper-head", "mid-page-list", "traditional-list", "hong-kong-list", "inline-link",
         "portal-related-documents", "marker-with-an-arrow", "tibetan-marker", "marker-then-prose"],
)
def test_ingest_furniture_dropped_from_page(tmp_path, page, kept, dropped):
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    (article,) = read_file(path)
    for text in kept:
        assert text in article.text
    for text in dropped:
        assert text not in article.text


def test_ingest_furniture_links_yield_no_officials(tmp_path):
    """audit6 p13: the officials named in the links to other articles are not this article's."""
    path = tmp_path / "p13.txt"
    path.write_text(
        LEAD + "9月10日,新乡市工信局党组书记、局长李湘一行到红旗区考察调研部分重点工业企业。\n" + BODY
        + "\n- 上一篇: 区委常委、区委办主任杨晋岭带队赴深圳参加光博会\n- 下一篇: 区委书记刘宏锋到小店镇调研重点工作\n",
        encoding="utf-8",
    )
    (article,) = read_file(path)
    doc = extract_article(article)
    officials = {m.label for m in doc.mentions if m.type == "Official"}
    assert "李湘" in officials
    assert not officials & {"杨晋岭", "刘宏锋"}


def test_ingest_furniture_cuts_only_whole_lines():
    """What is left is the page's own lines, in their order."""
    page = LEAD + BODY + "\n上一篇：区委书记刘宏锋到小店镇调研重点工作\n" + MORE
    assert strip_page_furniture(page).split("\n") == [LEAD.strip(), BODY, MORE]


def test_ingest_furniture_inline_ads_and_reading_links_inside_an_answer():
    page = (LEAD + "答：一是加快数字化转型。\n「广告」DCS控制系统 国产替代 央企合作伙伴 了解详情\n"
            "「推荐阅读」王江平：推动石化化工行业高质量发展\n钢铁行业重点推进全流程数字孪生。\n")
    text = strip_page_furniture(page)
    assert "广告" not in text and "王江平" not in text
    assert "钢铁行业重点推进全流程数字孪生。" in text and "一是加快数字化转型。" in text
