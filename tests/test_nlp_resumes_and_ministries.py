"""A ministry site's résumé (领导简历: a bio head, then one dated line per post), a department written with 部 alone
in a report about one ministry (部计划司司长), the ministries of the planned economy the dictionary holds, and an
alias two of them shared (国家计委) read by the article's year; a post resigned from (X辞去Y省省长职务)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.model import Article
from kg.nlp import extract_article


def extract(text: str):
    return extract_article(Article("t.txt", "t.txt", text))


def relations_of(text: str, predicate: str) -> set[tuple[str, str, str | None]]:
    return {(r.s, r.o, r.role) for r in extract(text).relations if r.p == predicate}


RESUME = """庞振宇
信息产业部副部长、党组成员
庞振宇，男，汉族，1944年8月生，山东烟台人，1966年4月加入中国共产党，清华大学无线电电子学系毕业，研究员级高级工程师。
现任信息产业部副部长、党组成员。
1968年至1978年，在第四机械工业部七三八厂工作，历任技术员、车间副主任、工程师；
1978年至1982年，在第四机械工业部计划司任副处长；
1982年至1985年，任电子工业部计划司处长；
1988年至1991年，任机械电子工业部综合计划司司长；
1991年至1993年，任机械电子工业部副总经济师兼综合计划司司长；
1993年至1998年，任电子工业部副部长、党组成员，1996年起兼任国家集成电路重大项目领导小组副组长；
1998年3月起，任信息产业部副部长、党组成员。
"""


def test_nlp_a_resumes_dated_lines_are_the_heads_posts():
    posts = relations_of(RESUME, "holdsPost")
    assert {("庞振宇", "计划司", "副处长"), ("庞振宇", "计划司", "处长"), ("庞振宇", "综合计划司", "司长"),
            ("庞振宇", "机械电子工业部", "副总经济师"), ("庞振宇", "电子工业部", "副部长"),
            ("庞振宇", "国家集成电路重大项目领导小组", "副组长"), ("庞振宇", "信息产业部", "副部长")} <= posts


def test_nlp_a_resumes_lines_after_another_persons_paragraph_are_not_the_heads():
    # a paragraph about someone else breaks the résumé: its dated lines are no longer the head's
    text = RESUME.replace("1978年至1982年", "会议由李四主持。\n1978年至1982年", 1)
    posts = relations_of(text, "holdsPost")
    assert ("庞振宇", "综合计划司", "司长") not in posts
    assert ("庞振宇", "信息产业部", "副部长") in posts  # (the head's own 现任 line still counts)


@pytest.mark.parametrize(
    "text,posts,parts",
    [("全国机械电子工业工作会议召开。机械电子工业部部长何光远讲话。部计划司司长邵德华通报计划。部科技司司长钱志坚介绍。",
      {("邵德华", "计划司", "司长"), ("钱志坚", "科技司", "司长")},
      {("计划司", "机械电子工业部", None), ("科技司", "机械电子工业部", None)}),
     ("国务院任命赵海涛为能源部电力司司长。", {("赵海涛", "电力司", "司长")}, {("电力司", "能源部", None)}),
     ("1973年任燃料化学工业部化肥司司长。", set(), {("化肥司", "燃料化学工业部", None)})],
    ids=["department-after-bare-bu", "ministry-of-energy", "ministry-of-fuel-and-chemicals"],
)
def test_nlp_departments_of_a_named_or_elided_ministry(text, posts, parts):
    assert posts <= relations_of(text, "holdsPost")
    assert parts <= relations_of(text, "partOf")


def test_nlp_bu_inside_a_word_names_no_ministry():
    # 全部门 and 干部局 are words, not the ministry written alone
    text = "机械电子工业部召开会议。全部门安排投资。中组部干部局局长李四出席。"
    assert not {p for p in relations_of(text, "partOf") if p[1] == "机械电子工业部" and p[0] != "机械电子工业部"}


@pytest.mark.parametrize(
    "date,label",
    [(dt.date(1990, 1, 11), "国家计划委员会"), (dt.date(2000, 7, 13), "国家发展计划委员会")],
    ids=["planning-commission-of-1990", "development-planning-commission-of-2000"],
)
def test_nlp_a_shared_alias_names_the_body_of_the_articles_year(date, label):
    # 国家计委 named the State Planning Commission until 1998 and its successor until 2003
    article = Article("t.txt", "t.txt", "全国机械电子工业工作会议闭幕。国家计委将在投资和信贷安排上给予支持。", date=date)
    doc = extract_article(article)
    assert doc.entity_types.get(label) == "Organization"
    assert len([kind for kind in doc.entity_types.values() if kind == "Organization"]) == 1


@pytest.mark.parametrize(
    "text,posts",
    [("3月25日,王宪魁辞去黑龙江省省长职务,陆昊被任命为黑龙江省代省长。",
      {("王宪魁", "黑龙江省人民政府", "省长"), ("陆昊", "黑龙江省人民政府", "代省长")}),
     ("3月28日,马飚辞去广西壮族自治区主席职务,陈武任代理主席。", {("马飚", "广西壮族自治区人民政府", "主席")}),
     ("代理省长任免:\n郭树清任山东省代省长 姜大明辞省长职务\n", {("郭树清", "山东省人民政府", "代省长")})],
    ids=["resigned-and-appointed", "region-chairman", "headline-clauses-split-by-a-space"],
)
def test_nlp_a_post_resigned_from_was_held(text, posts):
    found = relations_of(text, "holdsPost")
    assert posts <= found
    assert ("姜大明", "山东省人民政府", "代省长") not in found  # (the title before the space is the clause before's)


def test_nlp_a_ministry_written_with_guojia_is_no_household_appliance():
    # 国家电子工业部: the press's name for 电子工业部; 家电 across 国家|电子 is no field
    doc = extract("共和国老部长、原国家电子工业部副部长张三致函。")
    assert doc.entity_types.get("电子工业部") == "Organization"
    assert "家电" not in doc.entity_types


def test_nlp_a_shared_alias_in_a_year_neither_body_existed_names_the_nearest():
    # 1950: before either commission (1952-1998, 1998-2003); the earlier is the one a career of the 1950s meant
    doc = extract_article(Article("t.txt", "t.txt", "1950年在东北铁路政治部、国家计委交通局等单位工作。"))
    assert doc.entity_types.get("国家计划委员会") == "Organization"
    assert "国家发展计划委员会" not in doc.entity_types


@pytest.mark.parametrize("text,date,post", [
    # 综合司: the department of the body the article names (the commission's, not the statistics bureau's)
    ("国家发展改革委举行新闻发布会。综合司司长严鹏程出席。", None, ("严鹏程", "国民经济综合司", "司长")),
    ("国家统计局举行新闻发布会。综合司司长毛盛勇出席。", None, ("毛盛勇", "国民经济综合统计司", "司长")),
    # 高技术司: the commission's department of the article's year (renamed in 2018)
    ("国家发展改革委举行新闻发布会。高技术司司长伍浩出席。", dt.date(2020, 4, 21), ("伍浩", "创新和高技术发展司", "司长")),
    ("国家发展改革委举行新闻发布会。高技术司司长张三出席。", dt.date(2010, 4, 21), ("张三", "高技术产业司", "司长")),
])
def test_nlp_a_shared_department_alias_names_the_articles_body_and_year(text, date, post):
    doc = extract_article(Article("t.txt", "t.txt", text, date=date))
    assert (post[0], post[1], post[2]) in {(r.s, r.o, r.role) for r in doc.relations if r.p == "holdsPost"}
