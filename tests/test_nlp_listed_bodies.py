"""Bodies listed after one written with its place share the place: a province's offices after its first
office (内蒙古自治区经信委、国土资源厅、环保厅…), another kind of body among them stepped over (呼和浩特海关)."""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def organizations_of(text: str) -> set[str]:
    doc = extract_article(Article("t.txt", "t.txt", text))
    return {label for label, kind in doc.entity_types.items() if kind == "Organization"}


def test_nlp_a_provinces_offices_listed_after_its_first():
    found = organizations_of("参加会议的有内蒙古自治区经信委、国土资源厅、环保厅、呼和浩特海关、公安厅、监察厅、国税局、"
                             "地税局、安监局等部门负责同志。")
    assert {"内蒙古自治区经济和信息化委员会", "内蒙古自治区国土资源厅", "内蒙古自治区环境保护厅", "呼和浩特海关",
            "内蒙古自治区公安厅", "内蒙古自治区监察厅", "内蒙古自治区国家税务局", "内蒙古自治区地方税务局",
            "内蒙古自治区安全生产监督管理局"} <= found


def test_nlp_a_list_ends_at_a_word_no_body_is():
    # the list ends where an item names no body: 企业 and what follows are not the province's
    found = organizations_of("新疆维吾尔自治区经济和信息化委员会、通信管理局、中泰化学等单位参加。")
    assert "新疆维吾尔自治区通信管理局" in found
    assert not {label for label in found if label.endswith("中泰化学")}


def test_nlp_the_committee_and_the_government_written_together():
    # 省委省政府, 市委市政府: two bodies without a mark between them; 在市委的领导下: the committee before 的
    assert {"中国共产党甘肃省委员会", "甘肃省人民政府"} <= organizations_of("甘肃新闻。省委省政府高度重视工业发展。")
    assert {"中国共产党福州市委员会", "福州市人民政府"} <= organizations_of("福州市召开会议。福州市委市政府高度重视。")
    assert "中国共产党潮州市委员会" in organizations_of("潮州市召开会议。在市委的坚强领导下，我们完成了任务。")
    # (a listed city's 委员 is a member, no committee)
    assert not organizations_of("会见了福州市委员代表。")


@pytest.mark.parametrize(
    "text,expected,unexpected",
    [
        # a province's meeting written with its bare 自治区 or 省政府 on a page about that province
        ("西藏新闻。自治区工业经济运行及2023年重点工作推进会召开。自治区副主席郭翔出席。",
         {"西藏自治区工业经济运行及2023年重点工作推进会"}, set()),
        ("青海新闻。省政府、工业和信息化部共建青海世界级盐湖产业基地领导小组会议召开。省长吴晓军主持。",
         {"青海省人民政府、工业和信息化部共建青海世界级盐湖产业基地领导小组会议"}, set()),
        # (省部会商会议: 省 and 部 are the two parties, no bare place)
        ("辽宁新闻。辽宁省人民政府与工业和信息化部召开省部会商会议。", {"省部会商会议"}, set()),
        # a district's 全区 meeting; 雨城区 is a district's name (城区 alone is none)
        ("雨城区召开全区工业经济运行分析调度会。区长陈建伟出席。雅安市新闻。", {"雨城区工业经济运行分析调度会", "雅安市雨城区人民政府"},
         set()),
        # a banner's bare office, a glued 收悉, a cut at 等, a 招商局长
        ("杭锦后旗召开会议。旗工业和信息化局局长刘存亮汇报。", {"杭锦后旗工业和信息化局"}, {"旗工业和信息化局"}),
        ("收悉市发展改革委、市科技局意见。重庆市召开会议。", {"重庆市发展和改革委员会", "重庆市科学技术局"},
         {"收悉市发展和改革委员会", "国家发展改革委"}),
        ("阿克苏地区招商局长孙学武强调。", set(), {"招商"}),
    ],
)
def test_nlp_bare_place_words_take_the_pages_place(text, expected, unexpected):
    doc = extract_article(Article("t.txt", "t.txt", text))
    assert expected <= set(doc.entity_types)
    assert not set(doc.entity_types) & unexpected


def test_nlp_a_provinces_government_offices_administration():
    doc = extract_article(Article("t.txt", "t.txt", "广西新闻。自治区人民政府副秘书长、自治区机关事务管理局党组书记、局长黄小川出席。"))
    posts = {(r.s, r.o, r.role) for r in doc.relations if r.p == "holdsPost"}
    assert {("黄小川", "广西壮族自治区人民政府", "副秘书长"), ("黄小川", "广西壮族自治区机关事务管理局", "局长")} <= posts
