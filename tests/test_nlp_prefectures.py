"""Autonomous prefectures (prefectures.tsv): their bodies after the prefecture's short or full name, or written
bare in an article about one prefecture, always under the full name (黄南州委 -> 中国共产党黄南藏族自治州委员会).

Each row is a short passage written the way local news pages write it.
"""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def extraction(text: str) -> tuple[set[str], set[tuple[str, str, str | None]]]:
    doc = extract_article(Article("t.txt", "t.txt", text))
    organizations = {label for label, type_ in doc.entity_types.items() if type_ == "Organization"}
    return organizations, {(r.s, r.o, r.role) for r in doc.relations if r.p == "holdsPost"}


@pytest.mark.parametrize(
    "text,organizations,posts",
    [
        # the audit page: a prefecture's short name once, then its bodies bare
        ("天津市滨海新区区委副书记郑会营率考察组来到泽库县。黄南州委副书记、州政府州长李忠，州委常委、统战部长王某，"
         "州委常委、副州长刘庆纪陪同考察。",
         {"中国共产党黄南藏族自治州委员会", "黄南藏族自治州人民政府", "中国共产党黄南藏族自治州委员会统一战线工作部"},
         {("李忠", "中国共产党黄南藏族自治州委员会", "副书记"), ("李忠", "黄南藏族自治州人民政府", "州长"),
          ("刘庆纪", "中国共产党黄南藏族自治州委员会", "常委"), ("刘庆纪", "黄南藏族自治州人民政府", "副州长")}),
        # the full name, and the state title right after the short name
        ("黔东南苗族侗族自治州州委书记罗强出席会议。恩施州州长刘芳震致辞。",
         {"中国共产党黔东南苗族侗族自治州委员会", "恩施土家族苗族自治州人民政府"},
         {("罗强", "中国共产党黔东南苗族侗族自治州委员会", "书记"), ("刘芳震", "恩施土家族苗族自治州人民政府", "州长")}),
        # a short name before 人民政府, 人大常委会, 政协
        ("楚雄州人民政府副州长李明主持。楚雄州人大常委会副主任王五、州政协副主席赵六出席。",
         {"楚雄彝族自治州人民政府", "楚雄彝族自治州人民代表大会常务委员会", "中国人民政治协商会议楚雄彝族自治州委员会"},
         {("李明", "楚雄彝族自治州人民政府", "副州长"), ("王五", "楚雄彝族自治州人民代表大会常务委员会", "副主任"),
          ("赵六", "中国人民政治协商会议楚雄彝族自治州委员会", "副主席")}),
        # a bare 副州长 and a bare 州工信局 in an article about one prefecture; the short alias 博州
        ("楚雄州召开工业经济运行会议。副州长李明主持，州工信局局长王五汇报。",
         {"楚雄彝族自治州人民政府", "楚雄彝族自治州工业和信息化局"},
         {("李明", "楚雄彝族自治州人民政府", "副州长"), ("王五", "楚雄彝族自治州工业和信息化局", "局长")}),
        ("博州党委副书记、州长王新民出席。博州工信局局长李建国介绍情况。",
         {"中国共产党博尔塔拉蒙古自治州委员会", "博尔塔拉蒙古自治州人民政府", "博尔塔拉蒙古自治州工业和信息化局"},
         {("王新民", "博尔塔拉蒙古自治州人民政府", "州长"), ("李建国", "博尔塔拉蒙古自治州工业和信息化局", "局长")}),
    ],
)
def test_nlp_prefecture_bodies_under_their_full_names(text, organizations, posts):
    found_organizations, found_posts = extraction(text)
    assert organizations <= found_organizations
    assert posts <= found_posts
    # no body keeps the short name (黄南州…, 楚雄州人民政府)
    assert not {label for label in found_organizations if "州" in label and "自治州" not in label}


def test_nlp_bare_prefecture_bodies_need_one_prefecture():
    # two prefectures named: a bare 州工信局 or 副州长 could be either's, so no prefecture is made up
    organizations, posts = extraction("楚雄州与大理州签署合作协议。副州长李明出席，州工信局局长王五介绍情况。")
    assert not {label for label in organizations if label.startswith(("楚雄彝族自治州工", "大理白族自治州工"))}
    assert not {post for post in posts if post[0] == "李明"}


@pytest.mark.parametrize(
    "text,organizations,posts",
    [
        # a banner (旗) of 内蒙古: its committee and government after its name, a bare 副旗长 on its page
        ("准格尔旗旗长乌云毕力格表示，要加快转型。旗委书记王建国出席。副旗长李建军主持。",
         {"准格尔旗人民政府", "中国共产党准格尔旗委员会"},
         {("乌云毕力格", "准格尔旗人民政府", "旗长"), ("王建国", "中国共产党准格尔旗委员会", "书记"),
          ("李建军", "准格尔旗人民政府", "副旗长")}),
        # a league (盟): its committee, and a bare 盟长 is its administrative office's head
        ("锡林郭勒盟委书记张建国、盟长李建军出席。", {"中国共产党锡林郭勒盟委员会", "锡林郭勒盟行政公署"},
         {("张建国", "中国共产党锡林郭勒盟委员会", "书记"), ("李建军", "锡林郭勒盟行政公署", "盟长")}),
        # a region (地区) of the 1990s-2000s: 地委 and 行署, named or bare on its page; 中共 is no part of the place
        ("日喀则地委副书记周志明、日喀则地区行署专员扎西平措出席座谈会。地委委员、行署副专员李建国主持。地区行署今年印发了方案。",
         {"中国共产党日喀则地区委员会", "日喀则地区行政公署"},
         {("周志明", "中国共产党日喀则地区委员会", "副书记"), ("扎西平措", "日喀则地区行政公署", "专员"),
          ("李建国", "日喀则地区行政公署", "副专员")}),
    ],
)
def test_nlp_banners_leagues_and_regions(text, organizations, posts):
    found_organizations, found_posts = extraction(text)
    assert organizations <= found_organizations
    assert posts <= found_posts
    assert not {label for label in found_organizations if "地区地区" in label or "中共" in label}


def test_nlp_a_flag_is_no_banner():
    organizations, _ = extraction("在鲜艳的党旗下宣誓，高举红旗委员会旗帜。")
    assert not {label for label in organizations if "旗" in label}


def test_nlp_a_prefecture_named_short_on_a_page_of_its_own_bodies():
    # 湘西 alone names the prefecture on a page that writes 全州 and 副州长 (no 湘西州 anywhere)
    _, posts = extraction("团结报讯 全州工业和信息化工作调度会召开。副州长麻超出席会议并讲话。要建设“五个湘西”。")
    assert ("麻超", "湘西土家族苗族自治州人民政府", "副州长") in posts
    doc = extract_article(Article("t.txt", "t.txt", "团结报讯 全州工业和信息化工作调度会召开。副州长麻超出席会议并讲话。要建设“五个湘西”。"))
    assert "湘西土家族苗族自治州工业和信息化工作调度会" in doc.entity_types  # (全州…: the prefecture's meeting)
    # without a prefecture's own word, 湘西 is only a place
    organizations, _ = extraction("湘西地区风景秀丽，游客众多。")
    assert not organizations


def test_nlp_a_reports_year_is_no_part_of_the_county():
    organizations, posts = extraction("2017年蠡县人民政府工作报告\n县长 都建华\n各位代表：现在，我代表县人民政府作报告。县委、县政府高度重视。")
    assert {"蠡县人民政府", "中国共产党蠡县委员会"} <= organizations
    assert not {label for label in organizations if "年蠡县" in label}
