"""Meetings two provinces hold (浙黔两省举行…交流会) and the people a generic reference of that kind names (…等出席交流会),
expos opened in a headline (昨在…开幕) or a ribbon cut (为开幕式剪彩), a region's cities listed inside a meeting's name,
a given name with a title (新雄主席), the words 曾 and a country before a title that are no names, and departments of the
NDRC, the NEA and the MOF, provincial big-data and SME bureaus."""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def run(text: str):
    doc = extract_article(Article("t.txt", "t.txt", text))
    by_type: dict[str, set[str]] = {}
    for label, kind in doc.entity_types.items():
        by_type.setdefault(kind, set()).add(label)
    relations = {(r.s, r.p, r.o, r.role or "") for r in doc.relations}
    return by_type, relations


def test_nlp_a_pair_of_provinces_names_its_meeting_and_its_listed_attendees_attend():
    by_type, relations = run("下午，浙黔两省举行经济社会发展情况交流会。浙江省委书记赵洪祝在会上讲话。贵州省政协主席王正福，"
                             "浙江省领导任泽民、黄坤明，贵州省领导李军、谌贻琴等出席交流会。")
    event = "浙黔两省经济社会发展情况交流会"
    assert by_type["Event"] == {event}
    for person in ("赵洪祝", "王正福", "任泽民", "黄坤明", "李军", "谌贻琴"):
        assert (person, "attends", event, "") in relations


def test_nlp_a_kind_of_meeting_names_only_an_event_of_that_kind():
    _, relations = run("第五届中国国际中小企业博览会在广州开幕。副省长张三出席交流会。")
    assert not any(p == "attends" and s == "张三" for s, p, _, _ in relations)


@pytest.mark.parametrize("text,event,people", [
    ("第四届中国西部国际博览会昨在成都国际会展中心隆重开幕。全国政协副主席黄孟复，四川省委书记张学忠等领导和贵宾"
     "在礼炮声中为开幕式剪彩。", "中国西部国际博览会", ("黄孟复", "张学忠")),
    ("昨日上午，由四川省政府主办的第四届中国西部国际博览会在成都拉开帷幕。四川省省长张中伟出席开幕式。",
     "中国西部国际博览会", ("张中伟",)),
    ("7月2日上午，全省经济和信息化粤西片区(韶关、阳江、湛江、茂名)工作会议在阳江召开。广东省经济和信息化委主任赖天生主持会议。",
     "广东省经济和信息化粤西片区工作会议", ("赖天生",)),
    ("9月7日，青海省政府在西宁召开“柴达木循环经济工作汇报会”。省长宋秀岩主持汇报会。", "柴达木循环经济工作汇报会", ("宋秀岩",)),
])
def test_nlp_events_opened_in_headlines_ribbons_and_listed_regions(text, event, people):
    by_type, relations = run(text)
    assert event in by_type["Event"]
    for person in people:
        assert (person, "attends", event, "") in relations


def test_nlp_a_report_on_a_meeting_is_no_meeting_name():
    by_type, _ = run("徐靖德副主任传达了姚市长在市经信委关于当前经济运行情况专题汇报会上的讲话精神。")
    assert not any("关于" in label for label in by_type.get("Event", ()))


def test_nlp_a_given_name_with_a_title_is_the_official_of_that_name():
    by_type, relations = run("今天来参加会议的有国家电监会党组书记、主席吴新雄同志。\n\n[主持人(栗战书)] 新雄主席曾担任江西省省长，"
                             "对贵州很有感情。")
    assert ("吴新雄", "holdsPost", "江西省人民政府", "省长") in relations
    assert ("吴新雄", "holdsPost", "国家电力监管委员会", "主席") in relations
    assert not any(s in ("栗战书", "曾担") and o == "江西省人民政府" for s, _, o, _ in relations)
    assert "曾担" not in by_type["Official"]


def test_nlp_a_country_before_former_is_no_name():
    by_type, _ = run("法国前总理拉法兰出席论坛并致辞。")
    assert "法国前" not in by_type.get("Official", set())


@pytest.mark.parametrize("text,person,body,role,parent", [
    ("国家能源局新能源和可再生能源司副司长梁志鹏出席。", "梁志鹏", "新能源和可再生能源司", "副司长", "国家能源局"),
    ("国家发改委地区经济司巡视员王新怀出席。", "王新怀", "地区经济司", "巡视员", "国家发展改革委"),
    ("财政部社会保障司司长刘明出席。", "刘明", "社会保障司", "司长", "财政部"),
])
def test_nlp_departments_of_the_ndrc_the_nea_and_the_mof(text, person, body, role, parent):
    _, relations = run(text)
    assert (person, "holdsPost", body, role) in relations
    assert (body, "partOf", parent, "") in relations


@pytest.mark.parametrize("text,person,body,role", [
    ("广东省经济和信息化委主任赖天生主持会议。省大数据管理局局长王月琴，省中小企业局局长姚德洪参加会议。",
     "王月琴", "广东省大数据管理局", "局长"),
    ("广东省经济和信息化委主任赖天生主持会议。省大数据管理局局长王月琴，省中小企业局局长姚德洪参加会议。",
     "姚德洪", "广东省中小企业局", "局长"),
])
def test_nlp_a_provinces_big_data_and_sme_bureaus(text, person, body, role):
    _, relations = run(text)
    assert (person, "holdsPost", body, role) in relations


def test_nlp_bodies_managed_by_a_commission_are_part_of_it():
    by_type, relations = run("2月19日，由国家经济贸易委员会管理的国家机械工业局与国家冶金工业局、国家纺织工业局等九个国家局同时撤销。"
                             "行业的规划工作由国家经贸委行业规划司、技术进步与装备司统一负责。")
    for body in ("国家机械工业局", "国家冶金工业局", "国家纺织工业局", "行业规划司", "技术进步与装备司"):
        assert (body, "partOf", "国家经济贸易委员会", "") in relations


@pytest.mark.parametrize("text,person,body,role", [
    ("国务院西部开发办副主任王志宝出席。", "王志宝", "国务院西部地区开发领导小组办公室", "副主任"),
    ("国务院信息化工作领导小组办公室主任曲维枝出席。", "曲维枝", "国务院信息化工作领导小组办公室", "主任"),
    ("国资委企业改革局局长李冰出席。", "李冰", "企业改革局", "局长"),
    ("国家计委基础产业发展司司长王春正出席。", "王春正", "基础产业发展司", "司长"),
])
def test_nlp_leading_group_offices_and_departments_of_the_commissions_before_2008(text, person, body, role):
    _, relations = run(text)
    assert (person, "holdsPost", body, role) in relations


@pytest.mark.parametrize("text,person,body,role", [
    # a province's SASAC is its government's commission, written in full or short
    ("任命王坤道为海南省人民政府国有资产监督管理委员会主任。", "王坤道", "海南省人民政府国有资产监督管理委员会", "主任"),
    ("吉林省国资委主任韩成武出席。", "韩成武", "吉林省人民政府国有资产监督管理委员会", "主任"),
    ("福建省经济和信息化委员会主任黄世泉主持仪式，省机构编制委员会办公室主任陈碧莲宣读了批复。",
     "陈碧莲", "福建省机构编制委员会办公室", "主任"),
])
def test_nlp_a_provinces_sasac_and_establishment_office(text, person, body, role):
    _, relations = run(text)
    assert (person, "holdsPost", body, role) in relations
    assert not any(s == person and o == "国务院国有资产监督管理委员会" for s, _, o, _ in relations)


def test_nlp_a_meeting_described_by_its_kind_is_no_name():
    by_type, _ = run("12月，国家经贸委在北京召开全国机械工业工作会议，这是国家机械工业局撤销后召开的第一次全国性行业工作会议。"
                     "会议期间，副主任蒋德川还主持召开重点企业座谈会。")
    assert by_type["Event"] == {"全国机械工业工作会议"}


def test_nlp_a_delegations_open_session_is_named_by_the_delegation():
    by_type, relations = run("3月6日上午，出席十四届全国人大三次会议的河北省代表团举行开放团组活动。"
                             "河北省代表团副团长、省人大常委会副主任董仚生主持。")
    assert "河北省代表团开放团组活动" in by_type["Event"]
    assert ("董仚生", "attends", "河北省代表团开放团组活动", "") in relations


def test_nlp_who_answers_reporters_is_on_a_press_events_platform_only():
    _, relations = run("3月6日上午，河北省代表团举行开放团组活动。河北省代表团团长、省委书记倪岳峰，省委副书记、省长王正谱等"
                       "回答记者提问。")
    assert {("倪岳峰", "attends", "河北省代表团开放团组活动", ""), ("王正谱", "attends", "河北省代表团开放团组活动", "")} <= relations
    _, relations = run("10日，全省工业经济运行座谈会在石家庄召开。会后，河北省副省长张三回答记者提问。")
    assert not any(p == "attends" and s == "张三" for s, p, _, _ in relations)


@pytest.mark.parametrize("text,person,absent", [
    ("发布会由河北省委宣传部新闻发布处三级调研员吴志同主持。", "吴志同", "吴志"),  # 同 before a verb ends the name
])
def test_nlp_a_given_name_ending_in_a_prepositions_character(text, person, absent):
    by_type, _ = run(text)
    assert person in by_type["Official"] and absent not in by_type["Official"]


def test_nlp_fields_a_province_has_start_after_its_verb():
    by_type, _ = run("省长尹弘说，江西省虽已拥有电子信息和有色金属两大万亿级规模产业，但还要加倍努力。")
    assert {"电子信息", "有色金属"} <= by_type["Sector"]
    assert not any("拥有" in label for label in by_type["Sector"])


def test_nlp_a_provinces_foreign_affairs_office_is_its_governments():
    _, relations = run("广西壮族自治区外事办公室主任黄日波出席。")
    assert ("黄日波", "holdsPost", "广西壮族自治区人民政府外事办公室", "主任") in relations


@pytest.mark.parametrize("text,person", [
    ("尊敬的周强书记，王晓书记，各位来宾：", "周强"),  # a two-character name ending in 强 before a title
    ("李强总理在会上指出。", "李强"),
])
def test_nlp_a_two_character_name_ending_in_qiang(text, person):
    by_type, _ = run(text)
    assert person in by_type["Official"]


def test_nlp_the_bare_ceremony_of_a_body_that_put_up_its_plaque():
    by_type, relations = run("大陆新组建的工业和信息化部二十九日在北京正式挂牌。工业和信息化部部长、党组书记汤维钧在挂牌仪式上致辞。")
    assert by_type["Event"] == {"工业和信息化部挂牌仪式"}
    assert ("汤维钧", "attends", "工业和信息化部挂牌仪式", "") in relations
    # (a place's body whose tail alone is a national body's name gives no national ceremony)
    by_type, _ = run("8月6日，海南省人民政府国有资产监督管理委员会在海口挂牌成立。副省长符振川出席挂牌仪式。")
    assert "国务院国有资产监督管理委员会挂牌仪式" not in by_type.get("Event", set())
