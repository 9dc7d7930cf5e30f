"""Bodies of an autonomous region written with 区 alone (区经济和信息化厅, 区党委), a government sharing its party
committee's place (自治区党委、政府), the municipality a page names beside the Shanghai Cooperation Organisation, and
the posts of a visitor received (会见了A部党组成员、副部长，B局局长X), and a province before 长沙 or 长春, which writes no
省长."""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def extract(text: str):
    return extract_article(Article("t.txt", "t.txt", text))


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    return {(r.s, r.o, r.role) for r in extract(text).relations if r.p == "holdsPost"}


def organizations_of(text: str) -> set[str]:
    return {label for label, kind in extract(text).entity_types.items() if kind == "Organization"}


@pytest.mark.parametrize(
    "text,expected",
    [("西藏自治区工业经济运行平稳。区经济和信息化厅按照要求推动工作。", {"西藏自治区经济和信息化厅"}),
     ("西藏自治区工业经济运行平稳。区经信厅厅长张三出席。", {"西藏自治区经济和信息化厅"}),
     ("广西壮族自治区召开会议。区党委书记李四出席。", {"中国共产党广西壮族自治区委员会"}),
     ("西藏自治区工业经济运行平稳。各部门按照自治区党委、政府的决策部署推动工作。",
      {"中国共产党西藏自治区委员会", "西藏自治区人民政府"})],
    ids=["region-office", "region-office-short-name", "region-party-committee", "government-after-committee"],
)
def test_nlp_a_regions_bodies_written_with_qu_alone(text, expected):
    assert expected <= organizations_of(text)


@pytest.mark.parametrize(
    "text",
    ["长寿区召开会议。区委书记刘洪波出席，区发展改革委主任张三参加。",  # a district's 区委 and 局s
     "南宁市青秀区召开会议。区政府副区长张三出席。"],  # no region named
    ids=["district-page", "district-of-a-city"],
)
def test_nlp_a_districts_bodies_are_no_regions(text):
    assert not {label for label in organizations_of(text) if "自治区" in label}


def test_nlp_the_shanghai_cooperation_organisation_names_no_second_municipality():
    text = ("重庆日报消息，4月28日，市委副书记、市长唐良智前往市经济信息委调研。唐良智察看重庆工业经济大数据平台，"
            "勉励大家筹备好中国—上海合作组织数字经济产业论坛。")
    assert {("唐良智", "中国共产党重庆市委员会", "副书记"), ("唐良智", "重庆市人民政府", "市长")} <= posts_of(text)


@pytest.mark.parametrize(
    "text",
    ["袁家军胡衡华会见国家国防科工局局长单忠德一行\n10月11日下午，市委书记袁家军会见了工业和信息化部党组成员、副部长，"
     "国家国防科工局党组书记、局长单忠德一行。",
     "市委书记袁家军会见工业和信息化部党组成员、副部长，国家国防科工局党组书记、局长单忠德一行。"],
    ids=["headline-and-met-with", "met-with-no-aspect"],
)
def test_nlp_the_posts_of_a_visitor_received(text):
    posts = posts_of(text)
    assert {("单忠德", "工业和信息化部", "党组成员"), ("单忠德", "工业和信息化部", "副部长"),
            ("单忠德", "国家国防科技工业局", "党组书记"), ("单忠德", "国家国防科技工业局", "局长")} <= posts
    assert not {post for post in posts if "会见" in post[1]}  # (the headline's host and verb are no body's name)


@pytest.mark.parametrize(
    "text,person",
    [("陈康白，湖南省长沙县人，1903年生，曾任中国科学院秘书长。", "沙县人"),
     ("他是吉林省长春市人，长期在省里工作。", "春市人")],
    ids=["changsha", "changchun"],
)
def test_nlp_a_province_before_a_city_starting_with_chang_writes_no_governor(text, person):
    doc = extract(text)
    assert person not in doc.entity_types
    assert not {r for r in doc.relations if r.p == "holdsPost" and r.role == "省长"}


def test_nlp_a_vice_directors_name_may_start_with_sha():
    # 副司长沙南生: a 司长's name starting with 沙 is a name (only 省长 before 长沙 is a place)
    assert ("沙南生", "科技司", "副司长") in posts_of("工业和信息化部科技司副司长沙南生出席会议。")
