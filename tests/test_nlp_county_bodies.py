"""A county's (or city's) own bodies written without the place in an article about it: its party committee's
and government's general offices, a 2000s 经贸局, its development zone's party working committee and management
committee, each under the place's full name.
"""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    doc = extract_article(Article("t.txt", "t.txt", text))
    return {(r.s, r.o, r.role) for r in doc.relations if r.p == "holdsPost"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("阳谷县召开会议。县委常委、县委办公室主任刘明远，县政府办公室主任王建军参加。",
         {("刘明远", "中国共产党阳谷县委员会", "常委"), ("刘明远", "中国共产党阳谷县委员会办公室", "主任"),
          ("王建军", "阳谷县人民政府办公室", "主任")}),
        ("深圳市召开会议。市委常委、市委办公厅主任刘明远出席。",
         {("刘明远", "中国共产党深圳市委员会", "常委"), ("刘明远", "中国共产党深圳市委员会办公厅", "主任")}),
        ("阳谷县召开会议。县经贸局局长孙建国参加。", {("孙建国", "阳谷县经济贸易局", "局长")}),
        ("阳谷县召开会议。县委常委、县经济开发区党工委书记、管委会主任周长海参加。",
         {("周长海", "中国共产党阳谷县委员会", "常委"), ("周长海", "中国共产党阳谷县经济开发区工作委员会", "书记"),
          ("周长海", "阳谷县经济开发区管理委员会", "主任")}),
        # a county after its city, 县 written again before 委 and 长 (滨州市惠民县县委副书记、县长)
        ("8月13日,滨州市惠民县县委副书记、县长李守江带领党政考察团来我县考察。",
         {("李守江", "中国共产党惠民县委员会", "副书记"), ("李守江", "惠民县人民政府", "县长")}),
        ("8月13日,惠民县县委书记王建军、滨州市惠民县县长李守江出席。",
         {("王建军", "中国共产党惠民县委员会", "书记"), ("李守江", "惠民县人民政府", "县长")}),
        # a post held before, 原 between the place and the title
        ("研究会常务副主席、重庆市原市长黄奇帆发表主旨演讲。江苏省原省长李建国出席。",
         {("黄奇帆", "重庆市人民政府", "市长"), ("李建国", "江苏省人民政府", "省长")}),
    ],
)
def test_nlp_a_places_offices_written_without_the_place(text, expected):
    assert expected <= posts_of(text)


def test_nlp_a_zone_without_its_county_named_nowhere_is_no_body():
    # no county named: which county's zone is unknown, so none is made up
    posts = posts_of("会议强调，县经济开发区党工委书记周长海要抓好落实。")
    assert not {post for post in posts if "开发区" in post[1]}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the city written before the district elsewhere on the page (在天津市滨海新区: not 在天津市)
        ("天津市滨海新区区委副书记郑会营来泽库考察。在天津市滨海新区对口支援帮扶捐资仪式上,滨海新区人民政府向泽库县人民政府捐资。",
         {"天津市滨海新区人民政府", "中国共产党天津市滨海新区委员会"}),
        # the one city the page is about
        ("上海新闻。上海市经信委主任吴金城出席。浦东新区区委常委陈杰出席。浦东新区副区长吴强介绍。",
         {"上海市浦东新区人民政府", "中国共产党上海市浦东新区委员会"}),
    ],
)
def test_nlp_a_district_under_its_citys_name(text, expected):
    doc = extract_article(Article("t.txt", "t.txt", text))
    organizations = {label for label, kind in doc.entity_types.items() if kind == "Organization"}
    assert expected <= organizations
    assert not {label for label in organizations if label.startswith(("滨海新区", "浦东新区", "中国共产党浦东新区"))}


def test_nlp_a_districts_bodies_written_without_the_district():
    # an article about one district (长寿区) of one city (重庆市): 区委, 区长, 区发展改革委 and a bare 副区长 are its
    text = ("长寿区召开化工新材料产业高质量发展推进会。11月23日，推进会在长寿经开区召开。区委书记刘洪波出席会议并讲话，"
            "区委副书记、区长陈德明主持会议，重庆市经济和信息化委员会副主任杨劲松到会指导。"
            "他要求区发展改革委、区生态环境局等部门建立制度。副区长张三出席。")
    assert {("刘洪波", "中国共产党重庆市长寿区委员会", "书记"), ("陈德明", "重庆市长寿区人民政府", "区长"),
            ("张三", "重庆市长寿区人民政府", "副区长")} <= posts_of(text)
    doc = extract_article(Article("t.txt", "t.txt", text))
    assert {"重庆市长寿区发展和改革委员会", "重庆市长寿区生态环境局"} <= set(doc.entity_types)
    assert "国家发展改革委" not in doc.entity_types


@pytest.mark.parametrize(
    "words",
    ["吹响“智造强区”冲锋号。", "树立“工业立区”的理念。", "今年区财政安排专项资金三亿元。"],
    ids=["quoted-slogan", "quoted-slogan-2", "time-word-before-an-elided-district"],
)
def test_nlp_slogans_and_time_words_name_no_second_district(words):
    text = f"包河区召开制造业转型升级推进大会。区委书记程卫东出席会议并讲话。{words}合肥市经信委副主任戴劲松出席。"
    assert ("程卫东", "中国共产党合肥市包河区委员会", "书记") in posts_of(text)


def test_nlp_two_districts_leave_a_bare_district_body_unplaced():
    posts = posts_of("长寿区与江北区签署合作协议。区委书记刘洪波出席。")
    assert not {post for post in posts if post[0] == "刘洪波"}


def test_nlp_a_district_whose_name_holds_cheng():
    # 雨城区 is a district's name, not the word 城区: its 区委 and 区长 are its own
    text = "11月19日,雨城区委副书记、区长陈建伟深入雨城区部分工业企业调研,并主持召开全区工业经济运行分析调度会。雅安市新闻。"
    assert {("陈建伟", "中国共产党雅安市雨城区委员会", "副书记"), ("陈建伟", "雅安市雨城区人民政府", "区长")} <= posts_of(text)


def test_nlp_a_county_level_city_beside_districts_is_no_host():
    # a 常州 bureau's meeting with 溧阳市 and 金坛区 at branch venues: the city is named nowhere, so 市工信局 stays unplaced
    text = ("5月22日，全市工业和信息化工作会议在市行政中心召开，溧阳市工信局、金坛区工信局分别设分会场参会。"
            "市工信局党组书记、局长朱志洪作主题报告。")
    assert not {post for post in posts_of(text) if post[0] == "朱志洪"}
