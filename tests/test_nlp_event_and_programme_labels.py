"""Labels of events and programmes: an event keeps one label across its editions (the year and its apostrophe go, a
series keeps no year nor the host of one edition written in brackets after its name), a reception (招待会) is an event
its guests attend, the verbs before a quoted programme are no part of its name, and a programme's scope may be a
counted list of industries or a sentence about "this programme"."""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def run(text: str):
    doc = extract_article(Article("t.txt", "t.txt", text))
    events = {label for label, t in doc.entity_types.items() if t == "Event"}
    attends = {(r.s, r.o) for r in doc.relations if r.p == "attends"}
    return events, attends


@pytest.mark.parametrize("text,event,person", [
    ("7月30日，2023中国产业转移发展对接活动(广西)开幕式在南宁举行。工业和信息化部部长金壮龙出席。",
     "中国产业转移发展对接活动", "金壮龙"),
    ("自治区副主席杨道喜在南宁出席2008’中国(广西)非公有制经济发展论坛。", "中国（广西）非公有制经济发展论坛", "杨道喜"),
    ("昨日，2018年云南省两会系列新闻发布会在云南海埂会堂举行，副省长张三出席。", "云南省两会系列新闻发布会", "张三"),
    ("记者从今天举行的振兴辽宁老工业基地记者招待会上获悉，辽宁省副省长刘国强出席。", "振兴辽宁老工业基地记者招待会", "刘国强"),
    ("1月21日晚，青海省委、省政府举行2009年中央驻青企业、省属大企业主要负责同志迎春招待会。省长宋秀岩等出席招待会。",
     "中央驻青企业、省属大企业主要负责同志迎春招待会", "宋秀岩"),
    # a bare day before the name, or the last day of a span, or a year in Chinese numerals without 年
    ("22日博鳌亚洲论坛开幕，海南省副省长张杰辉出席。", "博鳌亚洲论坛", "张杰辉"),
    ("1996年3月10日至12日，全国机械工业工作会议在北京召开，机械工业部部长何光远出席。", "全国机械工业工作会议", "何光远"),
    ("一九八九青岛机电产品出口洽谈会昨日在青岛开幕，山东省副省长马忠臣出席。", "青岛机电产品出口洽谈会", "马忠臣"),
    # a newspaper's day in Chinese numerals; a wire service's 中国 before 全国
    ("第十六届海峡两岸经贸交易会十八日在福州开幕，福建省副省长张三出席。", "海峡两岸经贸交易会", "张三"),
    ("中国全国国防科技工业民品工作会议二十九日在重庆市召开。国防科工委主任张云川出席。", "全国国防科技工业民品工作会议", "张云川"),
    # a theme before the name, on a page that lost its 以…的
    ("6月14日，工业和信息化部江苏省人民政府联合主办“数实融合、数智赋能”为主题2023工业互联网大会在苏州举行。"
     "江苏省省长许昆林出席。", "工业互联网大会", "许昆林"),
    # the city a fair is held in, in brackets before its kind (a party group's 扩大 meeting is no such place)
    ("11月18日，2020包头稀土新材料产业链(深圳)招商推介会在深圳举行。包头市市长白志远致辞。",
     "包头稀土新材料产业链（深圳）招商推介会", "白志远"),
])
def test_nlp_an_events_label_across_its_editions(text, event, person):
    events, attends = run(text)
    assert events == {event}
    assert (person, event) in attends


def test_nlp_an_enlarged_meeting_is_named_by_no_bracket():
    events, _ = run("3月5日，局党组（扩大）会议召开，局长张三主持会议。")
    assert not any("扩大" in event for event in events)


def test_nlp_a_dated_press_conference_keeps_its_year():
    events, _ = run("副市长张三出席了2024年第一季度新闻发布会(摘要)。")
    assert events == {"2024年第一季度新闻发布会"}


@pytest.mark.parametrize("text,program", [
    ("今年重点抓好三件事：一是抓智能制造；二是抓“万企上云”工程，今年全省新增上云企业1万家以上。", "“万企上云”工程"),
    ("认真实施“工业强市”战略，继续坚持和不断充实“12341”行动计划和“10强50户”工程。", "“12341”行动计划"),
])
def test_nlp_verbs_before_a_quoted_programme_are_no_part_of_it(text, program):
    doc = extract_article(Article("t.txt", "t.txt", text))
    programs = {label for label, t in doc.entity_types.items() if t == "Program"}
    assert program in programs
    assert not any(label.endswith(program) and label != program for label in programs)


@pytest.mark.parametrize("text,event,person", [
    # a training course held (在武汉开班) is an event, and who opens it attends
    ("湖北省经信委消息。3月27日，2018年全省智能制造和“专精特新”中小企业培训班在武汉开班。副省长邬德华出席开班式并讲话。",
     "湖北省智能制造和“专精特新”中小企业培训班", "邬德华"),
    # a visitor who came (来) and then chaired the meeting, after a comma
    ("11月20日，工业和信息化部中小企业局局长林海涛来辽宁调研，并在沈阳主持召开辽宁省专精特新中小企业发展座谈会。",
     "辽宁省专精特新中小企业发展座谈会", "林海涛"),
])
def test_nlp_courses_held_and_meetings_chaired_after_a_visit(text, event, person):
    events, attends = run(text)
    assert event in events
    assert (person, event) in attends


def test_nlp_a_course_studied_at_is_no_event():
    events, _ = run("1990年9月至1991年1月在中央党校中青年干部培训班学习。")
    assert not events


def test_nlp_a_meeting_held_within_a_joint_event_is_named_by_its_own_name():
    events, attends = run("11月12日，第二届世界低碳与生态经济大会暨技术博览会之光伏产业合作推进会在南昌举行，江西省副省长洪礼和出席。")
    assert events == {"世界低碳与生态经济大会", "光伏产业合作推进会"}
    assert {("洪礼和", "世界低碳与生态经济大会"), ("洪礼和", "光伏产业合作推进会")} <= attends


@pytest.mark.parametrize("text,program,fields", [
    # a counted list of industries is a programme's scope, as …等行业 is
    ("机电部正在组织实施“出口机电产品基地建设工程”，在机床、电子元器件和小型农机具三个行业中选择一百家骨干企业。",
     "“出口机电产品基地建设工程”", {"机床", "电子元器件", "小型农机具"}),
    # 这项工程: the programme named in the sentence before
    ("方子敬副部长介绍了纺织工业部推进“纺织设备改造工程”的情况。这项工程围绕棉纺、印染和化纤三个行业，有计划地淘汰落后的纺纱机。",
     "“纺织设备改造工程”", {"棉纺", "印染", "化纤"}),
])
def test_nlp_a_programmes_counted_scope_and_this_programme(text, program, fields):
    doc = extract_article(Article("t.txt", "t.txt", text))
    assert fields <= {r.o for r in doc.relations if r.p == "targets" and r.s == program}


def test_nlp_an_ordinal_count_is_no_scope():
    # 第三个行业 names no list of fields
    doc = extract_article(Article("t.txt", "t.txt", "实施“机床更新工程”，机床是我省第三个行业。"))
    assert not [r for r in doc.relations if r.p == "targets"]


def test_nlp_a_count_of_listed_events_is_no_event():
    events, _ = run("活动期间，还将举办中国国际煤化工发展高峰论坛、全国纺织产业交流会、光伏产业高峰论坛等10多个专题对接活动。")
    assert "光伏产业高峰论坛" in events
    assert not any("等" in event for event in events)
