"""Extraction on real sentences in every form analysts feed the tool.

Each row is a sentence (Simplified, Traditional, pinyin-annotated, spun, or
with names no dictionary holds) with the entities and relations it must give.
"""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def run(text: str):
    doc = extract_article(Article("t.txt", "t.txt", text))
    entities = {(t, label) for label, t in doc.entity_types.items()}
    relations = {(r.s, r.p, r.o, r.role) for r in doc.relations}
    return doc, entities, relations


@pytest.mark.parametrize(
    "text,entities,relations",
    [
        (  # simplified, title chain with a party title
            "工业和信息化部党组书记、部长金壮龙表示，将深入实施产业基础再造工程。",
            {("Official", "金壮龙"), ("Organization", "工业和信息化部"), ("Program", "产业基础再造工程")},
            {("金壮龙", "holdsPost", "工业和信息化部", "党组书记"), ("金壮龙", "holdsPost", "工业和信息化部", "部长"),
             ("金壮龙", "discusses", "产业基础再造工程", None)},
        ),
        (  # Traditional with Taiwan vocabulary (資訊 -> 信息)
            "工業和資訊化部部長金壯龍表示，將深入實施重大技術裝備攻關工程。",
            {("Official", "金壮龙"), ("Organization", "工业和信息化部"), ("Program", "重大技术装备攻关工程")},
            {("金壮龙", "holdsPost", "工业和信息化部", "部长"), ("金壮龙", "discusses", "重大技术装备攻关工程", None)},
        ),
        (  # pinyin annotations after each character
            "國(guó)務(wù)院(yuàn)新(xīn)聞(wén)辦(bàn)公(gōng)室(shì)舉行發布會，工(gōng)業(yè)和(hé)信(xìn)息(xī)化(huà)部(bù)副部長辛國斌介紹了新能源汽車產業發展情況。",
            {("Organization", "国务院新闻办公室"), ("Organization", "工业和信息化部"), ("Official", "辛国斌"), ("Sector", "新能源汽车")},
            {("辛国斌", "holdsPost", "工业和信息化部", "副部长"), ("辛国斌", "discusses", "新能源汽车", None)},
        ),
        (  # spun repost: 家产=工业, 布告=书记, 党构成员=党组成员, 拆备=装备, 严峻=重大
            "家产和信息化部党组布告、部长金壮龙，党构成员、副部长辛国斌出席发布会。"
            "金壮龙表示，咱们将施止严峻技术拆备攻关工程，加速展开家产互联网，稳固提升家产经济。",
            {("Official", "金壮龙"), ("Official", "辛国斌"), ("Organization", "工业和信息化部"),
             ("Program", "重大技术装备攻关工程"), ("Sector", "工业互联网")},
            {("金壮龙", "holdsPost", "工业和信息化部", "党组书记"), ("辛国斌", "holdsPost", "工业和信息化部", "党组成员"),
             ("辛国斌", "holdsPost", "工业和信息化部", "副部长"), ("金壮龙", "discusses", "重大技术装备攻关工程", None)},
        ),
        (  # a department head in no dictionary, a new programme, an enumerated scope
            "工业和信息化部原材料工业司司长何万里表示，将实施新材料产业提质升级专项行动，聚焦稀土、钢铁、有色金属等重点行业。",
            {("Official", "何万里"), ("Organization", "原材料工业司"), ("Program", "新材料产业提质升级专项行动"),
             ("Sector", "钢铁"), ("Sector", "有色金属")},
            {("何万里", "holdsPost", "原材料工业司", "司长"), ("原材料工业司", "partOf", "工业和信息化部", None),
             ("新材料产业提质升级专项行动", "targets", "钢铁", None), ("何万里", "discusses", "新材料产业提质升级专项行动", None)},
        ),
        (  # a document in book-title marks with an edition year, issued by two bodies
            "近日，工业和信息化部会同国家发展改革委印发了《制造业数字化转型实施方案（2024—2026年）》。",
            {("Organization", "工业和信息化部"), ("Organization", "国家发展改革委"), ("PolicyDocument", "制造业数字化转型实施方案")},
            {("工业和信息化部", "issues", "制造业数字化转型实施方案", None), ("国家发展改革委", "issues", "制造业数字化转型实施方案", None)},
        ),
        (  # an event named after 召开, an official placed at it
            "工业和信息化部部长李乐成出席在北京召开的全国新型工业化推进大会并讲话。",
            {("Official", "李乐成"), ("Event", "全国新型工业化推进大会")},
            {("李乐成", "holdsPost", "工业和信息化部", "部长"), ("李乐成", "attends", "全国新型工业化推进大会", None)},
        ),
    ],
    ids=["simplified", "traditional", "pinyin", "spun", "unknown-names", "book-title", "event"],
)
def test_nlp_extracts_entities_and_relations(text, entities, relations):  # noqa: D103
    _, found_entities, found_relations = run(text)
    assert entities <= found_entities, f"missing {entities - found_entities}"
    assert relations <= found_relations, f"missing {relations - found_relations}"


@pytest.mark.parametrize(
    "text,not_expected",
    [
        ("新华社北京12月25日电 新华社记者张辛欣、严赋憬报道。", {("Official", "张辛欣"), ("Official", "严赋憬")}),
        ("中国日报记者：请问金部长，工信部有何考虑？", {("Organization", "中国日报")}),
        ("（责编：袁勃、赵欣悦）", {("Official", "袁勃"), ("Official", "赵欣悦")}),
        ("要培育壮大新兴产业，前瞻布局未来产业，稳住重点行业。", {("Sector", "新兴产业"), ("Sector", "未来产业"), ("Sector", "重点行业")}),
        ("党的二十大报告中提出实施产业基础再造工程。", {("Event", "中国共产党第二十次全国代表大会")}),
        ("迎峰度夏用电高峰期间，电网保持稳定。", {("Official", "高峰")}),
        ("该芯片支持5GHz频段。", {("Sector", "5G")}),
        ("有一部分行业规模比较大，比如电子、汽车、钢铁、石化等行业。", {("Sector", "比如电子")}),
        ("各地已部署很多重大工程项目。", {("Program", "很多重大工程")}),
        ("工信部启动了甲乙丙丁推进工程、中小企业服务年活动等六个专项行动。", {("Program", "工程等六个专项行动")}),
    ],
    ids=["reporters", "reporter-outlet", "editors", "generic-phrases", "congress-report", "name-that-is-a-word",
         "latin-inside-a-word", "example-marker", "many-projects", "count-of-campaigns"],
)
def test_nlp_rejects_non_entities(text, not_expected):
    _, found, _ = run(text)
    assert not (not_expected & found), f"unexpected {not_expected & found}"


def test_nlp_transcript_turn_holds_until_next_speaker():
    text = (
        "工业和信息化部副部长 辛国斌：我们将加快新能源汽车产业发展。\n"
        "一是推动动力电池技术攻关。\n"
        "南方日报记者：请问人工智能方面有何举措？\n"
        "工业和信息化部总工程师 田玉龙：我们将推动人工智能赋能制造业。\n"
    )
    _, _, relations = run(text)
    discusses = {(s, o) for s, p, o, _ in relations if p == "discusses"}
    assert ("辛国斌", "新能源汽车") in discusses
    assert ("辛国斌", "动力电池") in discusses
    assert ("田玉龙", "人工智能") in discusses
    assert ("辛国斌", "人工智能") not in discusses  # the journalist's question ended his turn


@pytest.mark.parametrize(
    "intro",
    ["日前，本报记者专访了国家经济贸易委员会主任李荣融。", "国家经济贸易委员会主任李荣融接受了本报记者采访。",
     "国家经济贸易委员会主任李荣融就有关问题回答了记者提问。"],
    ids=["interviewed", "accepts-an-interview", "answers-questions"],
)
def test_nlp_interview_answers_are_the_interviewees(intro):
    text = (f"{intro}\n问：今年的工作重点是什么？\n答：重点支持电子信息、汽车等领域的技改项目。\n"
            "问：还有什么？\n答：要继续淘汰钢铁行业落后产能。\n")
    _, _, relations = run(text)
    discusses = {(s, o) for s, p, o, _ in relations if p == "discusses"}
    assert {("李荣融", "电子信息"), ("李荣融", "汽车"), ("李荣融", "钢铁")} <= discusses


def test_nlp_interview_of_two_officials_credits_no_answer_to_one():
    text = ("工业和信息化部信息通信发展司司长闻库、信息通信管理局局长韩夏就《通知》有关问题回答了记者提问。\n"
            "问：如何加快5G网络建设？\n答：要加快推进5G独立组网建设。\n问：还有什么？\n答：推动工业互联网发展。\n")
    _, _, relations = run(text)
    assert not [(s, o) for s, p, o, _ in relations if p == "discusses" and o in ("5G", "工业互联网")]


@pytest.mark.parametrize(
    "text,event,people",
    [("7月30日，2023中国产业转移发展对接活动(广西)开幕式在南宁举行。广西壮族自治区党委书记刘宁出席开幕式并致辞。",
      "中国产业转移发展对接活动", {"刘宁"}),
     ("中國大陸首屆中國國際消費品博覽會（消博會）6日晚間在海南省海口市開幕。海南省委书记沈晓明出席开幕式并致辞。",
      "中国国际消费品博览会", {"沈晓明"})],
    ids=["edition-region-and-opening", "taiwan-paper-mainland-edition"],
)
def test_nlp_events_held_with_their_region_or_short_name_after(text, event, people):
    _, found, relations = run(text)
    assert ("Event", event) in found
    assert {s for s, p, o, _ in relations if p == "attends" and o == event} == people


def test_nlp_an_industry_chain_chief_keeps_the_posts_before():
    _, found, relations = run("甘肃省召开会议。省委常委、常务副省长、省新能源及装备制造产业链链长程晓波出席并致辞。"
                              "省领导石谋军、程晓波及李志勋一同会见。")
    posts = {(o, role) for s, p, o, role in relations if p == "holdsPost" and s == "程晓波"}
    assert posts == {("中国共产党甘肃省委员会", "常委"), ("甘肃省人民政府", "常务副省长")}
    assert {("Official", name) for name in ("石谋军", "李志勋")} <= found


@pytest.mark.parametrize(
    "text,document",
    [("7月26日，会议审议并原则通过《浙江省数字经济系统建设方案2.0》。", "浙江省数字经济系统建设方案2.0"),
     ("7月21日，内蒙古自治区先进制造业集群建设行动方案印发，其中提出，重点建设13个先进制造业集群。",
      "内蒙古自治区先进制造业集群建设行动方案")],
    ids=["version-after-the-title", "issued-after-the-name"],
)
def test_nlp_documents_with_a_version_or_issued_after_their_name(text, document):
    _, found, _ = run(text)
    assert ("PolicyDocument", document) in found


def test_nlp_a_document_issued_to_its_readers_is_the_signers():
    text = ("各市人民政府：\n《山东半岛工业互联网示范区建设规划(2022-2025年)》已经省政府同意，现印发给你们，请认真贯彻实施。\n"
            "山东省人民政府办公厅\n2022年10月22日\n")
    _, _, relations = run(text)
    assert ("山东省人民政府办公厅", "issues", "山东半岛工业互联网示范区建设规划", None) in relations


@pytest.mark.parametrize(
    "text,posts",
    [("专访重庆市市长包叙定：把汽车摩托车产业做成世界级\n重庆市市长包叙定接受了本网记者专访。市委贺国强书记提出，要把重庆建成经济中心。",
      {("包叙定", "重庆市人民政府", "市长"), ("贺国强", "中国共产党重庆市委员会", "书记")}),
     ("副组长由中共中央政治局常委、国家副主席胡锦涛担任。", {("胡锦涛", "中国共产党中央委员会", "政治局常委")})],
    ids=["municipality-and-a-name-ending-in-qiang", "state-title-after-a-party-post"],
)
def test_nlp_posts_of_municipal_and_state_leaders(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} >= posts
    assert not [o for s, p, o, role in relations if p == "holdsPost" and (o.startswith("专访") or role == "国家副主席")]


@pytest.mark.parametrize(
    "text,posts",
    [("福建省委书记卢展工出席。黄小晶省长在致辞中说，福建将加快建设先进制造业基地。",
      {("卢展工", "中国共产党福建省委员会", "书记"), ("黄小晶", "福建省人民政府", "省长")}),
     ("北京市委副书记景俊海担任吉林代省长,刚刚担任中共天津市委副书记的张国清担任天津代市长。吉林省长刘国中任陕西省委副书记。",
      {("景俊海", "中国共产党北京市委员会", "副书记"), ("景俊海", "吉林省人民政府", "代省长"),
       ("刘国中", "吉林省人民政府", "省长"), ("刘国中", "中国共产党陕西省委员会", "副书记")})],
    ids=["name-then-bare-governor", "a-post-described-with-de-is-the-next-persons"],
)
def test_nlp_governors_named_before_their_title_and_posts_of_another(text, posts):
    _, found, relations = run(text)
    got = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert got >= posts
    assert ("景俊海", "中国共产党天津市委员会", "副书记") not in got and ("Official", "吉林") not in found


def test_nlp_a_title_shared_by_a_list_and_a_group_role_taken_by_several():
    _, found, relations = run(
        "中共中央政治局常委胡锦涛、尉健行、李岚清出席大会。\n"
        "国家信息化领导小组组长由国务院总理朱镕基担任，副组长由中共中央政治局常委、国家副主席胡锦涛，"
        "中共中央政治局委员、中央宣传部部长丁关根，中共中央政治局委员、国务院副总理吴邦国担任。")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert {(name, "中国共产党中央委员会", "政治局常委") for name in ("胡锦涛", "尉健行", "李岚清")} <= posts
    assert ("朱镕基", "国家信息化领导小组", "组长") in posts
    assert {(name, "国家信息化领导小组", "副组长") for name in ("胡锦涛", "丁关根", "吴邦国")} <= posts


@pytest.mark.parametrize(
    "text,body",
    [("内蒙古自治区召开会议。岳福洪说，自治区经济委员会要抓好重点项目调度。", "内蒙古自治区经济委员会"),
     ("江苏省经贸委主任张三出席。", "江苏省经济贸易委员会")],
    ids=["elided-region", "short-name"],
)
def test_nlp_provincial_economic_commissions_of_the_1990s(text, body):
    _, found, _ = run(text)
    assert ("Organization", body) in found


@pytest.mark.parametrize(
    "text,fields",
    [("他说，深圳要巩固电脑、软件、通信设备和微电子等优势产业。", {"计算机", "软件", "通信设备", "微电子"}),
     ("福建将加快建设先进制造业基地，以電子資訊、機械裝備、石油化工三大主導產業為重點。", {"电子信息", "机械装备", "石油化工"}),
     ("福建将以电子信息、机械装备、石油化工三大主导产业为重点。", {"电子信息", "机械装备", "石油化工"}),
     ("推动在積體電路、平面顯示器和汽車零組件等領域引進一批臺資專案。", {"集成电路", "平板显示", "汽车零部件"}),
     ("他说，要做大做强鄂东纺织服装、鄂东汽车配件、武穴市医药化工、黄冈大别山区食品饮料、中部麻城石材5个产业集群。",
      {"纺织服装", "汽车配件", "医药化工", "食品饮料", "石材"})],
    ids=["subject-modal-verb", "yi-opens-the-list", "subject-modal-yi", "taiwan-vocabulary", "clusters-named-with-their-places"],
)
def test_nlp_a_lists_first_field_after_its_subject_and_verb(text, fields):
    _, found, _ = run(text)
    assert {label for t, label in found if t == "Sector"} == fields


def test_nlp_a_spaced_group_role_alone_on_its_line_and_bare_titles_on_list_lines():
    _, _, relations = run("为加快发展航空产业，省政府决定成立广东省航空产业发展工作领导小组。\n二、组成人员\n组 长:\n"
                          "林克庆 省委常委、常务副省长\n副组长:\n陈良贤 副省长\n王 曦 副省长\n")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    group = "广东省航空产业发展工作领导小组"
    assert {("林克庆", group, "组长"), ("陈良贤", group, "副组长"), ("王曦", group, "副组长"),
            ("陈良贤", "广东省人民政府", "副省长"), ("王曦", "广东省人民政府", "副省长")} <= posts
    assert ("林克庆", group, "副组长") not in posts


@pytest.mark.parametrize(
    "speech",
    ["作了题为“突破创新瓶颈，振兴先进制造业”的主题演讲", "做题为“实施质量强国战略”的专题报告", "作了题为“新型工业化”的主旨演讲"],
    ids=["keynote", "special-report", "keynote-speech"],
)
def test_nlp_a_titled_speech_at_a_forum_attends_it(speech):
    _, _, relations = run(f"6月30日，“2017国家制造强国建设专家论坛”在京召开。工业和信息化部副部长辛国斌{speech}。")
    assert ("辛国斌", "attends", "国家制造强国建设专家论坛", None) in relations


def test_nlp_those_answering_at_a_press_conference_attend_it():
    _, _, relations = run("5月27日上午，国务院新闻办公室“推动高质量发展”系列主题新闻发布会进入“四川时间”。面对提问，省委副书记、"
                          "省长黄强，副省长左永祥，科技厅厅长吴群刚一一作答。")
    attending = {s for s, p, o, _ in relations if p == "attends" and o == "“推动高质量发展”系列主题新闻发布会"}
    assert {"黄强", "左永祥", "吴群刚"} <= attending


def test_nlp_speaking_at_a_ceremony_attends_it():
    _, _, relations = run("工业和信息化部23日在京举行国家新型工业化产业示范基地授牌仪式。苗圩在授牌仪式上表示，示范基地的作用日益显现。")
    assert ("苗圩", "attends", "国家新型工业化产业示范基地授牌仪式", None) in relations


@pytest.mark.parametrize(
    "text,event,people",
    [("今天我们举行“推动高质量发展”系列主题新闻发布会，请辽宁省委副书记、省长李乐成先生介绍情况。"
      "与李省长一起出席新闻发布会的还有：辽宁省委常委、常务副省长王健先生，副省长高涛先生。",
      "“推动高质量发展”系列主题新闻发布会", {"李乐成", "王健", "高涛"}),
     ("2月28日,国新办举行促进工业和信息化平稳运行和提质升级发布会。工业和信息化部部长肖亚庆,工业和信息化部副部长辛国斌,"
      "工业和信息化部总工程师、新闻发言人田玉龙介绍有关情况,并答记者问。",
      "促进工业和信息化平稳运行和提质升级发布会", {"肖亚庆", "辛国斌", "田玉龙"}),
     ("12月25日，广东省制造强省建设专家咨询委员会成立大会在广州举行。省长马兴瑞出席会议并讲话。"
      "参加本次会议的还有秘书长刘小涛、省工信厅副厅长吴东文及有关院士专家。",
      "广东省制造强省建设专家咨询委员会成立大会", {"马兴瑞", "刘小涛", "吴东文"})],
    ids=["those-present-with-the-presenter", "presenters-listed-by-commas", "those-also-at-a-meeting-of-another-name"],
)
def test_nlp_co_presenters_attend_the_press_conference(text, event, people):
    _, _, relations = run(text)
    assert {s for s, p, o, _ in relations if p == "attends" and o == event} == people


@pytest.mark.parametrize(
    "text,event",
    [("第八届全国人民代表大会第一次会议以来的五年，我国各族人民迈向二十一世纪。", "第八届全国人民代表大会第一次会议"),
     ("1月19日，杨亚丽在市政协四届三次会议上作大会发言。", "作大会")],
    ids=["time-phrase", "a-speech-at-the-plenary"],
)
def test_nlp_no_event_from_a_time_phrase_or_a_speech(text, event):
    _, found, _ = run(text)
    assert not [label for t, label in found if t == "Event" and event in label]


def test_nlp_a_bodys_ceremony_and_the_leaders_present():
    _, found, relations = run("工业和信息化部29日上午在北京举行挂牌仪式。国务院副总理张德江出席挂牌仪式并讲话。"
                              "出席挂牌仪式的部领导还有：副部长欧新黔（原国家发展和改革委员会副主任），副部长杨学山。")
    event = "工业和信息化部挂牌仪式"
    assert ("Event", event) in found
    assert {s for s, p, o, _ in relations if p == "attends" and o == event} == {"张德江", "欧新黔", "杨学山"}


def test_nlp_a_person_whose_resignation_is_accepted():
    _, found, relations = run("会议任命胡广杰为江苏省政府副省长，并接受赵世勇辞去副省长职务的请求。"
                              "赵世勇已于4月任江苏省委常委、省委秘书长。")
    assert ("Official", "赵世勇") in found
    assert ("赵世勇", "holdsPost", "中国共产党江苏省委员会", "常委") in relations


def test_nlp_a_tv_scripts_caption_names_the_speaker_not_the_next_line():
    _, found, relations = run("【导语】 山东省政府新闻办今天召开新闻发布会。\n【同期声】安文建 山东省工业和信息化厅副厅长\n"
                              "利用5年时间培育1万名数字专员，对接服务100万家中小企业。\n")
    people = {label for t, label in found if t == "Official"}
    assert people == {"安文建"}
    assert ("安文建", "holdsPost", "山东省工业和信息化厅", "副厅长") in relations


def test_nlp_a_list_line_after_a_title_at_the_end_of_the_line_before():
    _, found, _ = run("孙乔玉 省质监局副局长\n贾中平 省公安厅交警总队副总队长\n")
    assert ("Official", "贾中平") in found


def test_nlp_an_elided_province_is_the_one_of_the_city_the_article_names():
    _, _, relations = run("10月27日，新能源装备制造产业专题对接活动在兰州举行。省委常委、常务副省长程晓波出席并致辞。")
    posts = {(o, role) for s, p, o, role in relations if p == "holdsPost" and s == "程晓波"}
    assert posts == {("中国共产党甘肃省委员会", "常委"), ("甘肃省人民政府", "常务副省长")}


@pytest.mark.parametrize("text", ["浙江省委常委、宣传部长葛慧君出席发布会。", "浙江省政府新闻办召开发布会。省委常委、宣传部长葛慧君出席发布会。"],
                         ids=["named-province", "elided-province"])
def test_nlp_a_party_committee_members_department_head_written_short(text):
    _, found, relations = run(text)
    assert ("Official", "宣传") not in found
    posts = {(o, role) for s, p, o, role in relations if p == "holdsPost" and s == "葛慧君"}
    assert posts == {("中国共产党浙江省委员会", "常委"), ("中国共产党浙江省委员会宣传部", "部长")}


@pytest.mark.parametrize(
    "text,person,posts",
    [("江西省人大常委会举行会议。省委常委、省委组织部部长赵爱明作说明。", "赵爱明",
      {("中国共产党江西省委员会", "常委"), ("中国共产党江西省委员会组织部", "部长")}),
     ("雅安市雨城区召开调度会。区委常委、组织部部长张孝峰出席，区委副书记、区长陈建伟讲话。", "张孝峰",
      {("中国共产党雅安市雨城区委员会", "常委"), ("中国共产党雅安市雨城区委员会组织部", "部长")}),
     ("兰州市召开人才工作会议。市委组织部部长张明出席。", "张明", {("中国共产党兰州市委员会组织部", "部长")})],
    ids=["elided-province", "elided-district-shared-bu", "elided-city"],
)
def test_nlp_a_party_committees_department_written_without_its_place(text, person, posts):
    _, _, relations = run(text)
    assert {(o, role) for s, p, o, role in relations if p == "holdsPost" and s == person} == posts


@pytest.mark.parametrize(
    "text,expected",
    [("江西省人大常委会举行会议。省人大法制委副主任委员叶敏健作了审议结果的报告，省人大内司委副主任委员陈友锦作说明。",
      {("叶敏健", "江西省人民代表大会法制委员会", "副主任委员"), ("陈友锦", "江西省人民代表大会内务司法委员会", "副主任委员")}),
     ("江西省人大财政经济委员会主任委员王明出席。", {("王明", "江西省人民代表大会财政经济委员会", "主任委员")}),
     ("江西省人大常委会举行会议。省人大常委会选任联工委主任李华栋作说明。",
      {("李华栋", "江西省人民代表大会常务委员会选举任免联络工作委员会", "主任")})],
    ids=["elided-province-short", "named-province-full", "standing-committee-working-body"],
)
def test_nlp_a_provincial_congress_committee_and_its_chair(text, expected):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [("近日，浙江、福建、广东等省经信委负责同志参加了会议。",
      {"浙江省经济和信息化委员会", "福建省经济和信息化委员会", "广东省经济和信息化委员会"}),
     ("调研组先后到凯里市、三穗县、岑巩县人民政府座谈。", {"凯里市人民政府", "三穗县人民政府", "岑巩县人民政府"}),
     ("甘肃省政协委员指出，与广东、浙江等省份相比差距大。省政府办公厅印发方案。",
      {"中国人民政治协商会议甘肃省委员会", "甘肃省人民政府办公厅"})],
    ids=["provinces-share-an-office", "places-share-a-government", "compared-provinces-are-not-the-article's"],
)
def test_nlp_bodies_of_listed_places(text, expected):
    _, found, _ = run(text)
    assert {label for t, label in found if t == "Organization"} == expected


@pytest.mark.parametrize(
    "text,person,posts",
    [("浙江省委常委、宣传部长、副省长葛慧君出席。", "葛慧君",
      {("中国共产党浙江省委员会", "常委"), ("中国共产党浙江省委员会宣传部", "部长"), ("浙江省人民政府", "副省长")}),
     ("六安市委常委、宣传部长、副市长刘文海出席。", "刘文海",
      {("中国共产党六安市委员会", "常委"), ("中国共产党六安市委员会宣传部", "部长"), ("六安市人民政府", "副市长")})],
    ids=["province", "city"],
)
def test_nlp_a_fused_department_head_title_inside_a_chain(text, person, posts):
    _, found, relations = run(text)
    assert {(o, role) for s, p, o, role in relations if p == "holdsPost" and s == person} == posts
    assert ("Official", "宣传") not in found


def test_nlp_a_party_department_before_its_head_is_no_name_where_the_city_is_unnamed():
    _, found, _ = run("市长赵文峰,市委常委、宣传部长、副市长刘文海,副市长赵军陪同。")
    assert {label for t, label in found if t == "Official"} == {"赵文峰", "刘文海", "赵军"}


def test_nlp_county_level_cities_reporting_at_their_prefecture_level_citys_meeting():
    _, _, relations = run("4月11日，泉州市推进产业集群发展工作会议召开。市委书记林振华出席会议并讲话，副市长王碧玉通报情况。"
                          "晋江市委副书记、市长吴金土，石狮市委副书记、市长曾国良分别作了表态发言。")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert {("林振华", "中国共产党泉州市委员会", "书记"), ("王碧玉", "泉州市人民政府", "副市长"),
            ("吴金土", "晋江市人民政府", "市长"), ("曾国良", "石狮市人民政府", "市长")} <= posts
    assert not any(s == "王碧玉" and o.startswith(("晋江", "石狮")) for s, o, _ in posts)


def test_nlp_a_place_word_after_a_conjunction_is_no_name_and_this_years_meeting_is_the_meeting():
    _, found, _ = run("各县(市、区)党委书记和县(市、区)长参加会议。福建省长黄小晶在今年全省经济工作会议上提出要求。")
    assert ("Official", "和县") not in found
    assert ("Event", "福建省经济工作会议") in found and not any(label.startswith("今年") for _, label in found)


def test_nlp_a_decrees_items_one_per_line_after_its_heading():
    _, found, relations = run("海南省第三届人民代表大会常务委员会第一次会议通过的任免名单如下：\n\n决定任命：\n\n"
                              "符永强为海南省经济贸易厅厅长；\n\n陈家良为海南省计划厅厅长；\n\n决定免去：\n\n"
                              "黎光辉的海南省经济贸易厅厅长职务；\n\n郑宏基的海南省计划厅厅长职务。\n\n会议还听取了有关报告。")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert posts == {("符永强", "海南省经济贸易厅", "厅长"), ("陈家良", "海南省计划厅", "厅长"),
                     ("黎光辉", "海南省经济贸易厅", "厅长"), ("郑宏基", "海南省计划厅", "厅长")}
    assert {label for t, label in found if t == "Official"} == {"符永强", "陈家良", "黎光辉", "郑宏基"}


@pytest.mark.parametrize(
    "text,expected",
    [("琼中黎族苗族自治县县长符永强出席。", {("符永强", "琼中黎族苗族自治县人民政府", "县长")}),
     ("中共琼中黎族苗族自治县委书记符永强出席。", {("符永强", "中国共产党琼中黎族苗族自治县委员会", "书记")}),
     ("中共琼中黎族苗族自治县委员会书记符永强出席。", {("符永强", "中国共产党琼中黎族苗族自治县委员会", "书记")}),
     ("王明任中共惠民县委员会书记。", {("王明", "中国共产党惠民县委员会", "书记")})],
    ids=["autonomous-county-government", "autonomous-county-committee-short", "committee-whole", "county-committee-whole"],
)
def test_nlp_autonomous_counties_and_committees_written_whole(text, expected):
    _, found, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == expected
    assert not any(label.startswith(("中共", "历任")) for t, label in found if t == "Organization")


def test_nlp_a_career_verb_before_an_autonomous_county_is_no_part_of_it():
    _, found, _ = run("符永强，男，1952年生。1970年参加工作，历任琼中黎族苗族自治县副县长、县委副书记、县长。")
    assert ("Organization", "琼中黎族苗族自治县人民政府") in found
    assert not any(label.startswith("历任") for _, label in found)


def test_nlp_bare_names_listed_with_a_known_official_are_people():
    _, found, relations = run("2017年12月25日，全国工业和信息化工作会议在北京召开。工业和信息化部老领导李毅中、王旭东、朱高峰参加了大会。")
    assert {"李毅中", "王旭东", "朱高峰"} <= {label for t, label in found if t == "Official"}
    assert ("朱高峰", "attends", "全国工业和信息化工作会议", None) in relations


def test_nlp_hosts_meeting_an_events_guest_do_not_attend_it():
    _, found, relations = run("10月14日，省委书记王国生、省长尹弘在郑州会见参加2020中国（郑州）产业转移系列对接活动的"
                              "工业和信息化部副部长辛国斌等嘉宾。黄强、张维宁、王新伟参加会见。")
    attends = {(s, o) for s, p, o, _ in relations if p == "attends"}
    assert attends == {("辛国斌", "中国（郑州）产业转移系列对接活动")}
    assert {"张维宁", "王新伟"} <= {label for t, label in found if t == "Official"}


@pytest.mark.parametrize("text", ["熊必琳副司长向会议传达了张国宝副主任的批示。", "王伟副司长向媒体介绍了有关情况。"])
def test_nlp_to_whom_after_a_title_is_no_name(text):
    _, found, _ = run(text)
    assert not any(label.startswith("向") for t, label in found if t == "Official")


@pytest.mark.parametrize("text,expected", [
    ("会议要求，全面实施科教兴省和人才强省战略，推动发展。", {"科教兴省战略", "人才强省战略"}),
    ("会议要求，全面实施电子商务和物流信息化集成创新行动。", {"电子商务和物流信息化集成创新行动"})],
    ids=["two-slogans-of-one-place", "one-name"])
def test_nlp_two_slogans_sharing_a_strategy(text, expected):
    _, found, _ = run(text)
    assert {label for t, label in found if t == "Program"} == expected


def test_nlp_a_conjunction_before_an_elided_city_is_no_place():
    _, found, relations = run("天津市人民政府新闻办公室举行新闻发布会。市工业和信息化局局长夏青林介绍成效，以及市工信局贯彻落实"
                              "市委全会精神的举措。副局长陈良文回答提问。")
    labels = {label for t, label in found if t == "Organization"}
    assert not any("以及" in label for label in labels)
    assert ("夏青林", "holdsPost", "天津市工业和信息化局", "局长") in relations


def test_nlp_a_districts_bodies_under_the_city_of_the_one_province_named():
    _, _, relations = run("11月30日，江钨产业园项目在赣州高新区开工建设，江西省委副书记、市委书记吴忠琼宣布开工。无锡鑫焦点金属等单位支持。"
                          "赣县区委书记廖永平主持仪式。赣县区委副书记、区长刘文彦，区政协主席廖新宇参加仪式。")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert {("廖永平", "中国共产党赣州市赣县区委员会", "书记"), ("刘文彦", "赣州市赣县区人民政府", "区长"),
            ("廖新宇", "中国人民政治协商会议赣州市赣县区委员会", "主席"), ("吴忠琼", "中国共产党赣州市委员会", "书记")} <= posts


def test_nlp_a_leading_groups_title_after_a_bare_group_in_a_chain():
    _, _, relations = run("孙志刚主持召开贵州省大数据产业发展领导小组第六次会议。省委常委、常务副省长、领导小组常务副组长秦如培，"
                          "省委常委、贵阳市委书记、领导小组副组长陈刚出席。")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert {("秦如培", "中国共产党贵州省委员会", "常委"), ("秦如培", "贵州省人民政府", "常务副省长"),
            ("秦如培", "贵州省大数据产业发展领导小组", "常务副组长"), ("陈刚", "中国共产党贵阳市委员会", "书记"),
            ("陈刚", "贵州省大数据产业发展领导小组", "副组长")} <= posts


def test_nlp_a_note_after_an_appointees_name_and_the_central_peoples_governments_ministry():
    _, found, relations = run("1952年8月7日，中央人民政府委员会第17次会议，任命蒋光鼐(曾任国民革命军第十九路军总指挥、抗日名将)"
                              "为中央人民政府纺织工业部部长。他同党外正副部长亲密合作。")
    assert ("蒋光鼐", "holdsPost", "纺织工业部", "部长") in relations
    assert ("Official", "党外正") not in found


def test_nlp_a_bodys_term_inside_a_chain_of_posts():
    _, _, relations = run("第五届全国理事会选举工业和信息化部原部长、第十一届全国政协经济委员会副主任李毅中同志担任会长。")
    posts = {(o, role) for s, p, o, role in relations if p == "holdsPost" and s == "李毅中"}
    assert {("工业和信息化部", "部长"), ("经济委员会", "副主任")} <= posts


@pytest.mark.parametrize("text,expected", [
    ("信息产业部在南京召开全国信息化推进工作座谈会。苟仲文副部长在会上作了重要讲话。", {("苟仲文", "信息产业部", "副部长")}),
    ("信息产业部与商务部在北京召开座谈会。苟仲文副部长在会上讲话。", set()),
    ("信息产业部在北京会见美国代表团。苟仲文副部长在会上讲话。", set())],
    ids=["one-ministry", "two-ministries", "a-foreign-country"])
def test_nlp_a_name_before_a_bare_ministers_title(text, expected):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == expected


@pytest.mark.parametrize("text,expected", [
    ("3月25日，工业和信息化部运行监测协调局在南昌召开分析会。肖春泉副局长作了会议总结。", {("肖春泉", "运行监测协调局", "副局长")}),
    ("国家统计局局长谢伏瞻、国务院新闻办公室新闻局局长王国庆出席。首先请谢伏瞻局长介绍情况。",
     {("谢伏瞻", "国家统计局", "局长"), ("王国庆", "新闻局", "局长")})],
    ids=["one-department", "an-agency-beside-a-department"])
def test_nlp_a_name_before_a_bare_department_heads_title(text, expected):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == expected


def test_nlp_who_sums_up_a_meeting_attends_it():
    _, _, relations = run("3月25日，工业和信息化部运行监测协调局在南昌召开中部六省一季度工业经济运行形势分析会。与会代表分析了情况。"
                          "肖春泉副局长作了会议总结。")
    assert ("肖春泉", "attends", "中部六省一季度工业经济运行形势分析会", None) in relations


@pytest.mark.parametrize("text,expected", [
    ("会议强调，要推动稀土和钨产业发展。", {"稀土", "钨"}),
    ("江钨产业园将打造钨、稀土永磁电机、新能源材料等战略性新兴产业基地。", {"钨", "稀土永磁", "新能源材料"}),
    ("要促进西藏盐湖锂产业绿色规模发展。", set())],
    ids=["beside-a-field", "first-of-a-list-after-a-verb", "a-longer-fields-last-character"])
def test_nlp_a_metal_written_as_one_character_is_a_field(text, expected):
    _, found, _ = run(text)
    assert {label for t, label in found if t == "Sector"} == expected


@pytest.mark.parametrize("text,cppcc", [
    ("曾山时任华东财政经济委员会主任。", False),
    ("致公党中央经济委员会主任王明出席。", False),
    ("第十一届全国政协经济委员会副主任李毅中出席。", True)],
    ids=["a-regions-commission", "a-partys-committee", "the-cppccs-committee"])
def test_nlp_a_national_councils_committee_needs_its_council_before_it(text, cppcc):
    _, found, _ = run(text)
    assert (("Organization", "经济委员会") in found) == cppcc


def test_nlp_a_lead_verb_of_focus_before_a_counted_list_of_fields():
    _, found, _ = run("省工信厅紧扣互联网、低碳制造、医药、油气加工等4个重点产业，推动产业链招商。")
    assert {label for t, label in found if t == "Sector"} == {"互联网", "低碳制造", "医药", "油气加工"}


def test_nlp_a_named_plan_before_a_verb_and_a_pronoun_speaker_after_a_clause_of_time():
    _, found, relations = run("香港特区政府工商局局长周德熙率领香港代表团参展。他接受本报访问时说，特区政府推动的数码港计划将聚集一批资讯科技企业。"
                              "公司计划将投资十亿元。")
    assert {label for t, label in found if t == "Program"} == {"数码港计划"}
    assert ("周德熙", "discusses", "数码港计划", None) in relations


@pytest.mark.parametrize(
    "text,attends",
    [("第三届中国国际高新技术成果交易会在深圳开幕。本届高交会设有成果交易等部分。香港特区政府工商局局长周德熙率领香港代表团参展。", True),
     ("第三届中国国际高新技术成果交易会在深圳开幕。香港特区政府工商局局长周德熙表示欢迎。", False)],
    ids=["leads-a-delegation", "speaks-only"],
)
def test_nlp_the_head_of_a_delegation_attends_the_event(text, attends):
    _, _, relations = run(text)
    assert (("周德熙", "attends", "中国国际高新技术成果交易会", None) in relations) == attends


def test_nlp_evidence_points_to_original_text():
    text = "工業和資訊化部部長金壯龍表示，將深入實施產業基礎再造工程。"
    doc, _, _ = run(text)
    post = next(r for r in doc.relations if r.p == "holdsPost")
    ev = post.evidence[0]
    assert text[ev.start : ev.end] == ev.sentence
    assert "金壯龍" in ev.sentence  # the sentence as written, in Traditional script


GROUP_NOTICE = """国务院办公厅关于成立国家制造强国建设领导小组的通知
国务院决定成立国家制造强国建设领导小组。现将组成人员通知如下：
组　　长：马　　凯　　国务院副总理
副组长：苗　　圩　　工业和信息化部部长
成　　员：陈肇雄　　工业和信息化部副部长
　　　　　王一鸣　　国家发展改革委副主任
　　　　　孙志刚　　卫生计生委副主任
领导小组办公室设在工业和信息化部。"""


@pytest.mark.parametrize(
    "text,posts",
    [
        (GROUP_NOTICE, {("马凯", "组长"), ("苗圩", "副组长"), ("陈肇雄", "成员"), ("王一鸣", "成员"), ("孙志刚", "成员")}),
        ("国家制造强国建设领导小组由国务院副总理马凯任组长，工业和信息化部部长苗圩任副组长。",
         {("马凯", "组长"), ("苗圩", "副组长")}),
        ("国家制造强国建设领导小组成立。领导小组组长由国务院副总理马凯担任，副组长由工业和信息化部部长苗圩担任。",
         {("马凯", "组长"), ("苗圩", "副组长")}),
        # a party committee named before a list is no group of its members
        ("中共贵州省委办公厅通知如下：\n组　长：孙志刚　省委副书记、省长", set()),
    ],
    ids=["composition-lines", "person-takes-role", "role-taken-by", "no-group-named"],
)
def test_nlp_roles_in_a_leading_group(text, posts):
    _, _, relations = run(text)
    assert {(s, role) for s, p, o, role in relations if p == "holdsPost" and o.endswith("领导小组")} == posts


def test_nlp_list_lines_name_people_and_their_posts():
    _, entities, relations = run(GROUP_NOTICE)
    assert {("Official", name) for name in ("马凯", "苗圩", "陈肇雄", "王一鸣", "孙志刚")} <= entities
    assert ("王一鸣", "holdsPost", "国家发展改革委", "副主任") in relations
    assert ("Official", "成员") not in entities


def test_nlp_a_countys_elided_bodies_posts_and_meeting():
    # a county's news: 县委, 县长, 县经贸委 and 全县…会 are the county's (counties are in no list: the text names it)
    text = ("玛纳斯县召开全县工业经济形势分析会。县委书记吴建新、县长艾尼瓦尔·买买提出席会议并讲话，副县长王丽娟主持会议。"
            "县经贸委、县财政局负责人发言。")
    _, entities, relations = run(text)
    assert {("Organization", "中国共产党玛纳斯县委员会"), ("Organization", "玛纳斯县经济贸易委员会"),
            ("Organization", "玛纳斯县财政局"), ("Event", "玛纳斯县工业经济形势分析会")} <= entities
    assert {("吴建新", "holdsPost", "中国共产党玛纳斯县委员会", "书记"), ("艾尼瓦尔·买买提", "holdsPost", "玛纳斯县人民政府", "县长"),
            ("王丽娟", "holdsPost", "玛纳斯县人民政府", "副县长")} <= relations


@pytest.mark.parametrize(
    "text,post",
    [
        ("全省工业经济工作推进会议在石家庄召开，全省工信系统要抓落实。厅党组书记、厅长付振波出席会议并讲话。",
         ("付振波", "holdsPost", "河北省工业和信息化厅", "厅长")),
        ("全省工业经济工作推进会议在石家庄召开。厅党组书记、厅长付振波出席会议并讲话。", None),
    ],
    ids=["a-provincial-departments-own-page", "no-department-the-text-is-about"],
)
def test_nlp_a_bare_ting_on_a_provincial_departments_page(text, post):
    _, _, relations = run(text)
    found = {r for r in relations if r[0] == "付振波" and r[1] == "holdsPost"}
    assert (post in found) if post else not found


def test_nlp_heads_of_the_district_a_visit_went_to():
    text = ("9月10日,新乡市工信局党组书记、局长李湘一行到红旗区考察调研部分重点工业企业,区长刘怀斌、副区长张磊,"
            "区工信局等有关同志参与调研。")
    _, _, relations = run(text)
    assert {("刘怀斌", "holdsPost", "新乡市红旗区人民政府", "区长"), ("张磊", "holdsPost", "新乡市红旗区人民政府", "副区长")} <= relations


def test_nlp_a_one_character_county_and_its_listed_bureaus():
    text = ("代县召开2024年一季度经济运行调度会。县委副书记、县长张志杰主持会议并讲话。政府副县长李宝炎参加会议。"
            "县工信局、统计局负责人分别进行了安排部署。")
    _, entities, relations = run(text)
    assert {("Organization", "代县统计局"), ("Organization", "代县工业和信息化局")} <= entities
    assert ("Organization", "国家统计局") not in entities
    assert not any("政府副县" in label for _, label in entities)
    assert {("张志杰", "holdsPost", "代县人民政府", "县长"), ("李宝炎", "holdsPost", "代县人民政府", "副县长")} <= relations


@pytest.mark.parametrize(
    "text,fields",
    [
        ("广汽集团、大连融科储能、中信泰富特钢(深:000708)等12家企业负责人介绍了企业经营。", set()),
        ("中国船舶、中国融通、中国一重、中航集团主要领导调整。", set()),
        ("推动新能源汽车、储能、特钢等产业发展。", {"新能源汽车", "储能", "特殊钢"}),
        ("支持宁德时代、比亚迪储能等企业发展。", {"储能"}),  # no firm's suffix, no leaders: read as written
    ],
    ids=["firms-with-their-leaders", "firms-with-a-groups-suffix", "fields-listed", "no-sign-of-firms"],
)
def test_nlp_a_field_word_ending_a_firms_name_in_a_list_of_firms_is_no_field(text, fields):
    _, entities, _ = run(text)
    assert {label for kind, label in entities if kind == "Sector"} == fields


@pytest.mark.parametrize(
    "text,bureau",
    [
        ("乡镇工业发展工作调度会在县工信局召开,县政府副县长赵长津、政府办副主任孙国栋、统计局局长钟庆参加。", None),
        ("汉寿县委书记张三到县工信局调研,县政府副县长赵长津、统计局局长钟庆陪同。", "汉寿县统计局"),
        ("会议在县工信局召开。国家统计局局长钟庆出席。", "国家统计局"),
        ("统计局局长钟庆出席。", "国家统计局"),
    ],
    ids=["unnamed-county", "named-county", "national-by-its-full-name", "no-local-body-before"],
)
def test_nlp_a_bare_statistics_bureau_after_a_local_body_is_local(text, bureau):
    _, entities, relations = run(text)
    bureaus = {label for kind, label in entities if kind == "Organization" and label.endswith("统计局")}
    assert bureaus == ({bureau} if bureau else set())
    assert {o for s, p, o, _ in relations if s == "钟庆" and p == "holdsPost"} == bureaus


@pytest.mark.parametrize(
    "text,absent",
    [
        ("自治区有色金属产业促进会、新能源汽车产业发展促进会等负责人依次交流发言。", {"有色金属", "新能源汽车"}),
        ("他于北京航空航天大学计算机软件与理论专业毕业，现任工业和信息化部副部长。", {"计算机", "软件"}),
    ],
    ids=["associations", "a-degrees-major"],
)
def test_nlp_fields_inside_association_names_and_majors_are_no_fields(text, absent):
    _, entities, _ = run(text)
    assert not absent & {label for t, label in entities if t == "Sector"}


def test_nlp_a_countys_committee_after_a_leading_verb_and_no_county_from_a_slogan():
    text = "6月9日,汉寿县委副书记、县长周功表率领县委常委、常务副县长丁克刚一行专程到常德市工信局开展工信工作互动对接。"
    _, _, relations = run(text)
    assert {("丁克刚", "holdsPost", "中国共产党汉寿县委员会", "常委"), ("丁克刚", "holdsPost", "汉寿县人民政府", "常务副县长")} <= relations
    _, entities, _ = run("产业立县三年行动装备制造产业领导小组召开第一次会议。县委副书记、县长蒋颖群出席。")
    assert not any("产业立县" in label for t, label in entities if t == "Organization")


def test_nlp_a_countys_visit_to_its_citys_bureau_names_the_city():
    text = ("汉寿县委副书记、县长周功表率领县委常委一行到常德市工信局开展工信工作互动对接。\n"
            "市工信局党组副书记、副局长曾君代表局党组对周功表一行表示欢迎。")
    _, _, relations = run(text)
    assert ("曾君", "holdsPost", "常德市工业和信息化局", "副局长") in relations


def test_nlp_a_county_is_not_guessed_among_two():
    _, entities, _ = run("玛纳斯县和呼图壁县的企业代表参加。县委书记吴建新出席。")
    assert not any(label.startswith("中国共产党") for t, label in entities if t == "Organization")


@pytest.mark.parametrize(
    "text,posts",
    [
        ("任命重庆市副市长、市公安局局长胡明朗为应急管理部副部长。",
         {("胡明朗", "重庆市人民政府", "副市长"), ("胡明朗", "重庆市公安局", "局长"), ("胡明朗", "应急管理部", "副部长")}),
        ("苏波，男，1959年生。2005年1月起,先后任国家发改委党组成员兼国家物资储备局党组书记、局长,国家发改委纪检组长等职。",
         {("苏波", "国家发展改革委", "党组成员"), ("苏波", "国家物资储备局", "党组书记"), ("苏波", "国家物资储备局", "局长"),
          ("苏波", "国家发展改革委", "纪检组长")}),
        ("金壮龙任工业和信息化部部长兼国家航天局局长。", {("金壮龙", "工业和信息化部", "部长"), ("金壮龙", "国家航天局", "局长")}),
        ("任命胡明朗为应急管理部副部长。胡明朗早年在广西工作，曾任柳州市副市长、市公安局局长，此后任重庆市副市长、市公安局局长。",
         {("胡明朗", "应急管理部", "副部长"), ("胡明朗", "柳州市人民政府", "副市长"), ("胡明朗", "柳州市公安局", "局长"), ("胡明朗", "重庆市人民政府", "副市长"),
          ("胡明朗", "重庆市公安局", "局长")}),
    ],
    ids=["a-decree-after-two-present-posts", "jian-in-a-career-chain", "jian-after-an-appointment",
         "each-citys-bureau-after-its-city"],
)
def test_nlp_posts_joined_by_jian_and_present_posts_before_a_decrees_name(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


def test_nlp_group_roles_given_with_wei_and_the_groups_bare_office():
    text = ("国务院决定成立国家制造强国建设领导小组。组长为国务院副总理马凯，副组长为工业和信息化部部长苗圩、"
            "国务院副秘书长肖亚庆。领导小组办公室设在工业和信息化部，工业和信息化部副部长毛伟明兼任办公室主任。")
    _, entities, relations = run(text)
    group = "国家制造强国建设领导小组"
    assert {("马凯", group, "组长"), ("苗圩", group, "副组长"), ("肖亚庆", group, "副组长"),
            ("毛伟明", group + "办公室", "主任")} <= {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert ("Organization", "办公室") not in entities


def test_nlp_a_bare_office_with_no_named_office_is_no_body():
    _, entities, _ = run("工业和信息化部副部长毛伟明兼任办公室主任。")
    assert ("Organization", "办公室") not in entities


def test_nlp_list_lines_with_the_name_glued_to_its_body():
    # a leading group's notice printed without spaces: the body we know says where the name ends (李国|海关总署)
    text = ("国务院决定成立国家新材料产业发展领导小组。\n\n副组长:苗圩工业和信息化部部长\n\n成员:杜占元教育部副部长\n\n"
            "汤涛人力资源社会保障部副部长\n\n李国海关总署副署长\n\n许宪春统计局副局长\n\n陆明外专局副局长\n\n"
            "高新区管委会主任\n\n工业和信息化部召开会议\n")
    _, entities, relations = run(text)
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost" and role != "成员"}
    assert {("杜占元", "教育部", "副部长"), ("汤涛", "人力资源和社会保障部", "副部长"), ("李国", "海关总署", "副署长"),
            ("许宪春", "国家统计局", "副局长"), ("陆明", "国家外国专家局", "副局长")} <= posts
    assert {label for t, label in entities if t == "Official"} == {"苗圩", "杜占元", "汤涛", "李国", "许宪春", "陆明"}


@pytest.mark.parametrize(
    "text,group",
    [
        ("省政府决定成立甘肃省黄标车和老旧车淘汰工作领导小组。", "甘肃省黄标车和老旧车淘汰工作领导小组"),
        ("现将调整后的贵州省大数据发展领导小组组成人员名单通知如下：", "贵州省大数据发展领导小组"),
        ("会议决定成立专门工作组，推进此项工作。", None),
    ],
    ids=["founded", "changed", "no-name"],
)
def test_nlp_group_named_where_it_is_set_up(text, group):
    _, entities, _ = run(text)
    groups = {label for t, label in entities if t == "Organization" and label.endswith(("领导小组", "工作组"))}
    assert groups == ({group} if group else set())


@pytest.mark.parametrize(
    "text,post",
    [
        ("贵州省人民政府召开会议。省发展改革委主任罗宁、省科技厅厅长周洋出席。", ("罗宁", "贵州省发展和改革委员会", "主任")),
        ("贵州省人民政府召开会议。省发展改革委主任罗宁、省科技厅厅长周洋出席。", ("周洋", "贵州省科学技术厅", "厅长")),
        ("国家应对气候变化及节能减排工作领导小组由国务院总理温家宝任组长，副总理曾培炎任副组长。",
         ("曾培炎", "国务院", "副总理")),
    ],
    ids=["elided-province-commission", "elided-province-department", "name-before-ren"],
)
def test_nlp_posts_at_elided_province_offices_and_before_ren(text, post):
    _, _, relations = run(text)
    assert (post[0], "holdsPost", post[1], post[2]) in relations


@pytest.mark.parametrize("indent", ["  ", ""], ids=["indented", "flush"])
def test_nlp_bracketed_list_lines_give_posts_and_roles(indent):
    text = (f"国务院办公厅关于成立国家信息化工作领导小组的通知\n二、领导小组的组成\n{indent}组长:吴邦国(国务院副总理)\n"
            f"{indent}副组长:吴基传(信息产业部部长)\n{indent}成员:朱丽兰(科技部部长)\n{indent}高强(财政部副部长)\n")
    _, _, relations = run(text)
    group = "国家信息化工作领导小组"
    assert {(s, role) for s, p, o, role in relations if p == "holdsPost" and o == group} == {
        ("吴邦国", "组长"), ("吴基传", "副组长"), ("朱丽兰", "成员"), ("高强", "成员")}
    assert ("高强", "holdsPost", "财政部", "副部长") in relations


def test_nlp_people_elected_in_a_list_hold_the_post():
    _, _, relations = run("会议还选举陶明伦、何树山为安徽省人大常委会副主任;选举费高云、张红文为安徽省政府副省长。")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert posts == {("陶明伦", "安徽省人民代表大会常务委员会", "副主任"), ("何树山", "安徽省人民代表大会常务委员会", "副主任"),
                     ("费高云", "安徽省人民政府", "副省长"), ("张红文", "安徽省人民政府", "副省长")}


@pytest.mark.parametrize(
    "text,name",
    [
        ("工业和信息化部部长李乐成,自治区主席艾尔肯·吐尼亚孜出席并讲话。", "艾尔肯·吐尼亚孜"),
        ("俄罗斯联邦工业和贸易部副部长阿列克谢·格鲁杰夫致辞。", "阿列克谢·格鲁杰夫"),
        ("全国人大常委会副委员长司马义·艾买提出席开幕式。", "司马义·艾买提"),
    ],
    ids=["verb-after-the-name", "foreign-minister", "known-name-before-a-verb-it-could-start"],
)
def test_nlp_dotted_names_after_a_title(text, name):
    _, entities, _ = run(text)
    assert name in {label for t, label in entities if t == "Official"}


def test_nlp_a_channel_name_is_no_dotted_person():
    _, entities, _ = run("新华社北京电 国务院任命张三为部长。新华网•人事频道 编辑：李四")
    assert not any("频道" in label for t, label in entities if t == "Official")


def test_nlp_officials_attend_the_meeting_they_speak_at_after_it_was_held():
    _, _, relations = run("9日上午,全国工业和信息化系统援疆工作座谈会在库尔勒召开。工业和信息化部部长李乐成,"
                          "自治区主席艾尔肯·吐尼亚孜出席并讲话。")
    attends = {s for s, p, o, _ in relations if p == "attends" and o == "全国工业和信息化系统援疆工作座谈会"}
    assert attends == {"李乐成", "艾尔肯·吐尼亚孜"}


def test_nlp_a_province_industry_department_by_its_pattern():
    _, entities, relations = run("8月20日,安徽省工业和信息化厅召开座谈会,省工业和信息化厅党组书记、厅长冯克金出席会议并讲话。")
    assert ("Organization", "安徽省工业和信息化厅") in entities
    assert ("冯克金", "holdsPost", "安徽省工业和信息化厅", "厅长") in relations


def test_nlp_a_city_congress_appoints_and_removes_people():
    text = ("广州市人大常委会第十三次会议任命王少强为市人大常委会办公厅副主任;任命平欣光为市经济贸易委员会主任;"
            "免去平欣光市经济委员会主任职务。")
    _, entities, relations = run(text)
    orgs = {label for t, label in entities if t == "Organization"}
    assert not any(name in label for label in orgs for name in ("王少强", "平欣光"))
    assert {("Official", "王少强"), ("Official", "平欣光")} <= entities
    assert ("平欣光", "holdsPost", "广州市经济贸易委员会", "主任") in relations
    # a two-character place after 任命 is one
    _, entities, relations = run("北京市人大常委会公布，任命北京市政协副主席于鲁明兼任北京市卫健委主任；另免去前市卫健委主任雷海潮职务。")
    assert ("Organization", "中国人民政治协商会议北京市委员会") in entities
    # a city's health commission is no national one, named in full or after an elided 市
    assert ("Organization", "国家卫生健康委员会") not in entities
    assert ("雷海潮", "holdsPost", "北京市卫生健康委员会", "主任") in relations


def test_nlp_guests_invited_to_present_attend_and_keep_their_bodies():
    text = ("海南省委宣传部举行“加快推动海南自贸港高质量发展”系列专题新闻发布会。我们非常高兴地邀请到海南省发展和改革委员会"
            "党组成员、副主任田原先生,海南省商务厅党组成员、副厅长岳阳先生,请他们向大家介绍相关情况并回答记者朋友关心的问题。")
    _, entities, relations = run(text)
    event = "“加快推动海南自贸港高质量发展”系列专题新闻发布会"
    assert {s for s, p, o, _ in relations if p == "attends" and o == event} == {"田原", "岳阳"}
    assert ("田原", "holdsPost", "海南省发展和改革委员会", "副主任") in relations
    assert not any(label.startswith("到") for _, label in entities)


@pytest.mark.parametrize(
    "text,post",
    [
        ("国务委员邹家华兼任机电部部长。", ("邹家华", "国务院", "国务委员")),
        ("国务委员邹家华兼任机电部部长。", ("邹家华", "机械电子工业部", "部长")),
        ("化工部部长顾秀莲出席。", ("顾秀莲", "化学工业部", "部长")),
        ("工信厅党组书记、副厅长王洪欣涉嫌严重违纪违法，目前正接受审查。", ("王洪欣", "工信厅", "副厅长")),
    ],
    ids=["state-councillor", "ministry-of-1988", "ministry-by-its-short-name", "name-before-shexian"],
)
def test_nlp_posts_of_state_councillors_and_old_ministries(text, post):
    _, _, relations = run(text)
    assert (post[0], "holdsPost", post[1], post[2]) in relations


def test_nlp_a_fields_departments_are_no_ministry():
    _, entities, _ = run("化工部门、冶金部门和纺织部门也要配合；国务院副总理、国务委员和各部部长出席。")
    assert not {label for t, label in entities if t in ("Organization", "Official") and label != "国务院"}
    assert {("Sector", "化工"), ("Sector", "冶金")} <= entities


def test_nlp_leaders_at_the_office_and_a_secretary_after_a_speech_verb():
    text = ("南昌市委书记李红军等走访江西省工业和信息化厅，厅党组书记、厅长杨贵平及在家厅领导郑正春、郭国君、何琦等与来宾"
            "举行座谈会。李红军指出省委书记刘奇对南昌市提出了明确要求。")
    _, entities, relations = run(text)
    assert {("Official", name) for name in ("郑正春", "郭国君", "何琦")} <= entities
    assert ("刘奇", "holdsPost", "中国共产党江西省委员会", "书记") in relations


@pytest.mark.parametrize(
    "text,posts",
    [
        ("刘积斌，男，1938年生，辽宁人。曾任财政部副部长、国家国有资产管理局局长。",
         {("刘积斌", "财政部", "副部长"), ("刘积斌", "国家国有资产管理局", "局长")}),
        ("吴基传男，1937年生。曾任邮电部副部长、中共河南省委副书记，1993年起任邮电部部长。",
         {("吴基传", "邮电部", "副部长"), ("吴基传", "中国共产党河南省委员会", "副书记"), ("吴基传", "邮电部", "部长")}),
        ("全国政协原副主席陈锦华同志的遗体在北京火化。\n陈锦华同志1929年7月出生，安徽青阳人。"
         "1990年任国家经济体制改革委员会主任、党组书记。1993年任国家计划委员会主任，组织国家计委编制规划。",
         {("陈锦华", "中国人民政治协商会议全国委员会", "副主席"), ("陈锦华", "国家经济体制改革委员会", "主任"),
          ("陈锦华", "国家经济体制改革委员会", "党组书记"), ("陈锦华", "国家计划委员会", "主任")}),
        ("王旭东今天出任信息产业部部长。\n王旭东一九九三年任中央组织部副部长。二OOO年六月后任河北省委书记。"
         "二OO二年十一月任信息产业部党组书记。",
         {("王旭东", "信息产业部", "部长"), ("王旭东", "中国共产党中央委员会组织部", "副部长"),
          ("王旭东", "中国共产党河北省委员会", "书记"), ("王旭东", "信息产业部", "党组书记")}),
    ],
    ids=["comma-before-gender", "gender-glued-to-the-name", "an-obituarys-life-paragraph", "years-in-characters"],
)
def test_nlp_a_biography_names_its_subject_and_career(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


@pytest.mark.parametrize(
    "text,label",
    [
        ("1993年任国家计划委员会主任，组织国家计委编制规划。", "国家计划委员会"),
        ("2000年，国家计委发布规划。", "国家发展计划委员会"),
    ],
    ids=["the-full-name-written-picks-the-body", "alone-the-dictionarys-first-claim"],
)
def test_nlp_an_alias_two_bodies_share(text, label):
    _, entities, _ = run(text)
    assert {name for t, name in entities if t == "Organization"} == {label}


def test_nlp_vice_ministers_in_the_next_sentence_share_the_ministry():
    text = ("信息产业部党组书记、部长吴基传出席会议并讲话。副部长吕新奎主持会议，副部长张春江、曲维枝出席会议。"
            "国家计委有关司局的负责同志应邀到会。\n\n省长张三出席。")
    _, _, relations = run(text)
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert {("吕新奎", "信息产业部", "副部长"), ("张春江", "信息产业部", "副部长"), ("曲维枝", "信息产业部", "副部长")} <= posts
    assert not any(s == "张三" and o == "信息产业部" for s, o, _ in posts)


@pytest.mark.parametrize(
    "text,posts",
    [
        ("郑栅洁曾任国家能源局副局长,中共中央台办、国务院台办副主任,浙江省省长等职。",
         {("郑栅洁", "国家能源局", "副局长"), ("郑栅洁", "中共中央台湾工作办公室", "副主任"),
          ("郑栅洁", "国务院台湾事务办公室", "副主任"), ("郑栅洁", "浙江省人民政府", "省长")}),
        ("1991年至1998年,胡启立先后担任机械电子部副部长和电子工业部部长。",
         {("胡启立", "机械电子工业部", "副部长"), ("胡启立", "电子工业部", "部长")}),
    ],
    ids=["two-bodies-share-a-title", "he-joins-the-last-post"],
)
def test_nlp_career_chains_across_joined_bodies(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


def test_nlp_a_headline_space_ends_one_appointment_before_the_next():
    _, _, relations = run("郑栅洁当选安徽省人大常委会主任 王清宪当选安徽省省长\n正文。")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert ("郑栅洁", "安徽省人民代表大会常务委员会", "主任") in posts
    assert not any(s == "王清宪" and o == "安徽省人民代表大会常务委员会" for s, o, _ in posts)


def test_nlp_a_request_made_while_reporting_is_the_requesters():
    text = ("在向全国政协副主席、国家发改委党组书记、主任何立峰汇报时,韩俊希望国家发改委在国际新能源汽车合作项目、"
            "石化产业转型升级等事项继续给予重点支持。何立峰表示,将大力支持吉林重大产业项目和重点基础设施建设。")
    _, _, relations = run(text)
    discussed = {(s, o) for s, p, o, _ in relations if p == "discusses"}
    assert ("韩俊", "石化") in discussed and not any(s == "何立峰" for s, _ in discussed)


def test_nlp_a_briefing_of_an_event_is_its_own_event():
    _, entities, _ = run("4月23日,2023世界动力电池大会新闻通气会在成都举行,向中、省、市媒体通报大会举办相关情况。")
    events = {label for t, label in entities if t == "Event"}
    assert events == {"世界动力电池大会新闻通气会"}


@pytest.mark.parametrize(
    "text,event",
    [
        ("湖北日报讯 1月15日，省委书记、省人大常委会主任蒋超良参加省十三届人大二次会议武汉代表团审议。",
         "湖北省第十三届人民代表大会第二次会议"),
        ("1月15日,福建省十二届人大四次会议举行第三次全体会议选举于伟国为福建省省长。", "福建省第十二届人民代表大会第四次会议"),
    ],
    ids=["elided-province", "named-province-short-form"],
)
def test_nlp_a_provincial_congress_session_under_one_label(text, event):
    _, entities, _ = run(text)
    assert event in {label for t, label in entities if t == "Event"}


def test_nlp_an_elided_province_after_le():
    _, _, relations = run("辽宁省新型工业化推进大会召开。会上宣读了省委、省政府印发的《辽宁省推进新型工业化实施方案（2026—2030年）》。")
    issuers = {s for s, p, o, _ in relations if p == "issues"}
    assert {"中国共产党辽宁省委员会", "辽宁省人民政府"} <= issuers


@pytest.mark.parametrize(
    "text,event",
    [
        ("海南省委八届三次全会提出，要加快建设海南自由贸易港。", "中国共产党海南省第八届委员会第三次全体会议"),
        ("按照省委第十三届四次全会提出的要求，要加快建设世界级盐湖产业基地。青海省委召开会议。",
         "中国共产党青海省第十三届委员会第四次全体会议"),
        ("学习贯彻海南省委八届三次全会精神。", None),
    ],
    ids=["named-province-acts", "elided-province-acts", "cited-spirit"],
)
def test_nlp_a_provincial_plenum_that_acts_is_an_event(text, event):
    _, entities, _ = run(text)
    events = {label for t, label in entities if t == "Event"}
    assert events == ({event} if event else set())


@pytest.mark.parametrize(
    "text,post",
    [
        ("10月14日下午,市委副书记、市长张工赴滨海新区调研重点产业项目。他强调,要深入贯彻落实习近平总书记视察天津重要讲话精神。",
         ("张工", "天津市人民政府", "市长")),
        ("3月19日下午,市委副书记、市长张科同志带队赴北京拜访工业和信息化部。张科介绍了揭阳举办中小企业合作交流会的情况。", None),
    ],
    ids=["municipality-named-as-a-place", "municipality-visited"],
)
def test_nlp_an_elided_city_in_a_municipality(text, post):
    _, _, relations = run(text)
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    if post:
        assert post in posts
    else:
        assert not any(o.startswith("北京") or "北京" in o for _, o, _ in posts)


def test_nlp_ren_ming_ends_no_name():
    _, entities, _ = run("原国家发展和改革委员会主任何被任命为国务院副总理。")
    assert ("Official", "何被") not in entities


def test_nlp_spun_article_is_flagged():
    text = "家产和信息化部部长金壮龙表示，咱们将施止财产根原再造工程，敦促家产高端化展开，删强家产经济。"
    doc, entities, _ = run(text)
    assert doc.article.flags.get("spun") is True
    assert ("Program", "产业基础再造工程") in entities


@pytest.mark.parametrize(
    "text,posts",
    [
        ("工业和信息化部副部长、国家航天局局长张克俭出席。",
         {("张克俭", "工业和信息化部", "副部长"), ("张克俭", "国家航天局", "局长")}),
        ("工业和信息化部新闻发言人、运行监测协调局局长黄利斌介绍。",
         {("黄利斌", "工业和信息化部", "新闻发言人"), ("黄利斌", "运行监测协调局", "局长")}),
        ("工信部党组成员、副部长王江平，总工程师田玉龙出席。",
         {("王江平", "工业和信息化部", "党组成员"), ("王江平", "工业和信息化部", "副部长"), ("田玉龙", "工业和信息化部", "总工程师")}),
        ("国务院新闻办新闻局副局长、新闻发言人 寿小丽：女士们、先生们，大家下午好！",
         {("寿小丽", "新闻局", "副局长"), ("寿小丽", "国务院新闻办公室", "新闻发言人")}),
        ("工业和信息化部部长李乐成，副部长辛国斌、张云明出席发布会。",
         {("李乐成", "工业和信息化部", "部长"), ("辛国斌", "工业和信息化部", "副部长"), ("张云明", "工业和信息化部", "副部长")}),
        ("寿小丽(国务院新闻办新闻局副局长、新闻发言人)：女士们、先生们，大家上午好！",
         {("寿小丽", "新闻局", "副局长"), ("寿小丽", "国务院新闻办公室", "新闻发言人")}),
        ("出席今天发布会的还有装备工业司司长李东。", {("李东", "装备工业司", "司长")}),
        ("中共江苏省委书记信长星、省长许昆林出席。",
         {("信长星", "中国共产党江苏省委员会", "书记"), ("许昆林", "江苏省人民政府", "省长")}),
        ("智博会在南京开幕，江苏省委书记娄勤俭、市委书记张敬华出席。",
         {("娄勤俭", "中国共产党江苏省委员会", "书记"), ("张敬华", "中国共产党南京市委员会", "书记")}),
        ("智博会开幕，江苏省委书记娄勤俭、市委书记张敬华出席。", {("娄勤俭", "中国共产党江苏省委员会", "书记")}),
        ("甘肃省工信厅副厅长、新闻发言人李亦军说。",
         {("李亦军", "甘肃省工业和信息化厅", "副厅长"), ("李亦军", "甘肃省工业和信息化厅", "新闻发言人")}),
        ("黑龙江省委常委、统战部部长、省新材料产业专班组长徐建国赴哈尔滨调研。",
         {("徐建国", "中国共产党黑龙江省委员会", "常委"), ("徐建国", "中国共产党黑龙江省委员会统一战线工作部", "部长")}),
    ],
    ids=["two-bodies", "spokesperson-and-department", "list-inherits-body", "turn-head", "shared-title",
         "title-in-brackets", "department-after-a-clause", "governor-gets-the-government",
         "elided-city-committee-is-the-named-city", "elided-city-committee-inherits-nothing",
         "a-provincial-department-has-its-own-spokesperson", "a-committee-department-head-and-a-task-force"],
)
def test_nlp_posts_one_per_person_body_role(text, posts):
    _, _, relations = run(text)
    found = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert found == posts


def test_nlp_field_inside_a_blocked_campaign_phrase_is_kept():
    # 绿色建材下乡 is an 活动 (not a programme), but it names the field 绿色建材.
    _, entities, _ = run("将开展新能源汽车、绿色智能家电、绿色建材下乡活动。")
    assert ("Sector", "绿色建材") in entities
    assert not any(t == "Program" for t, _ in entities)


@pytest.mark.parametrize("text", [
    "将实施制造业创新中心建设、智能制造、工业强基、绿色制造、高端装备创新等五项重大工程。",
    "组织实施制造业创新中心建设、智能制造、工业强基、绿色制造、高端装备创新五大工程。",  # no 等 before the count
], ids=["deng-before-the-count", "count-right-after-the-list"])
def test_nlp_distributed_programme_suffix(text):
    _, entities, _ = run(text)
    programs = {label for t, label in entities if t == "Program"}
    assert {"制造业创新中心建设工程", "智能制造工程", "工业强基工程", "绿色制造工程", "高端装备创新工程"} <= programs
    assert ("Sector", "智能制造") not in entities


@pytest.mark.parametrize(
    "text,programs",
    [("贵州持续实施“千企改造”“千企引进”工程，推动工业转型升级。", {"“千企改造”工程", "“千企引进”工程"}),
     ("江门深入推进“工业振兴”“园区再造”“企业升级”工程。", {"“工业振兴”工程", "“园区再造”工程", "“企业升级”工程"})],
    ids=["two-quoted-names", "three-quoted-names"],
)
def test_nlp_quoted_names_side_by_side_share_the_suffix(text, programs):
    _, entities, _ = run(text)
    assert {label for t, label in entities if t == "Program"} == programs


def test_nlp_fields_counted_as_works_are_fields_not_programmes():
    # 信息产业“十一五”规划's twelve works are named by their fields: no item with 工程 is a programme anyone names
    _, entities, relations = run("娄勤俭说，要组织实施好集成电路、软件、新一代移动通信、下一代互联网、数字视听、宽带通信、"
                                 "先进计算、新型元器件、电信普遍服务、邮政服务设施和无线电监测等十二项重大工程。")
    assert not any(t == "Program" for t, _ in entities)
    assert {("娄勤俭", "集成电路"), ("娄勤俭", "软件"), ("娄勤俭", "数字视听")} <= {(s, o) for s, p, o, _ in relations if p == "discusses"}


def test_nlp_attends_the_event_held_not_the_one_cited():
    text = ("全国工业和信息化工作会议12月26日在北京召开。会议强调，要贯彻落实中央经济工作会议精神。"
            "工业和信息化部副部长张克俭在会上作了部署。")
    _, _, relations = run(text)
    attends = {(s, o) for s, p, o, _ in relations if p == "attends"}
    assert ("张克俭", "全国工业和信息化工作会议") in attends
    assert ("张克俭", "中央经济工作会议") not in attends


def test_nlp_trailing_links_in_traditional_pinyin_text_are_not_read():
    text = ("張雲明：我們將深入開展“信號升格”專項行動。\n\n"
            "相關(guān)閱讀：\n金壯龍：加快推進(jìn)新型工業(yè)化\n版權所有 © 2025 某某網  京ICP備00000000號")
    _, entities, _ = run(text)
    assert ("Official", "金壮龙") not in entities
    assert ("Program", "“信号升格”专项行动") in entities


@pytest.mark.parametrize(
    "text,issuers,document",
    [
        ("经国家制造强国建设领导小组审议，工业和信息化部会同国家发展改革委、科技部、财政部等有关部门，联合发布了制造业创新中心建设、工业强基、绿色制造等三大工程实施指南。",
         {"工业和信息化部", "国家发展改革委", "科学技术部", "财政部"}, "工业强基工程实施指南"),
        ("工信部深入贯彻党中央决策部署，按照党中央要求，会同有关部门制订出台了《工业领域碳达峰实施方案》。",
         {"工业和信息化部"}, "工业领域碳达峰实施方案"),
        ("《中国制造2025》由工业和信息化部会同国家发展改革委、科技部等部门联合编制。",
         {"工业和信息化部", "国家发展改革委", "科学技术部"}, "中国制造2025"),
        ("王文涛介绍，商务部会同国家发展改革委制定的《2025年稳外资行动方案》已由国务院办公厅转发。",
         {"商务部", "国家发展改革委", "国务院办公厅"}, "2025年稳外资行动方案"),
        ("工业和信息化部等七部门近日联合印发《关于推动未来产业创新发展的实施意见》。除工信部外，联合发文的部门还包括教育部、"
         "科技部、交通运输部以及中国科学院。",
         {"工业和信息化部", "教育部", "科学技术部", "交通运输部", "中国科学院"}, "关于推动未来产业创新发展的实施意见"),
        ("新华网北京12月23日电　国务院办公厅日前转发国家发展改革委等部门《关于制止钢铁电解铝水泥行业盲目投资的若干意见》。\n"
         "答：意见由国家发展改革委会同国土资源部、商务部、国家环保总局等部门研究制定。",
         {"国务院办公厅", "国家发展改革委", "国土资源部", "商务部", "国家环境保护总局"}, "关于制止钢铁电解铝水泥行业盲目投资的若干意见"),
        ("为贯彻落实中办、国办《关于促进中小企业健康发展的指导意见》，推动中小企业走“专精特新”发展之路。",
         {"中国共产党中央委员会办公厅", "国务院办公厅"}, "关于促进中小企业健康发展的指导意见"),
        ("根据《工业和信息化部关于印发促进中小企业发展规划的通知》要求，开展申报工作。", set(),
         "工业和信息化部关于印发促进中小企业发展规划的通知"),
    ],
    ids=["subject-clause-and-shared-suffix", "adverbial-clause-skipped", "passive", "forwarded-by", "co-issuers-listed-after",
         "forwards-then-an-interview-names-the-drafters", "bodies-right-before-the-title",
         "a-cited-title-holding-its-body-gives-no-issues"],
)
def test_nlp_issuers(text, issuers, document):
    _, _, relations = run(text)
    found = {s for s, p, o, _ in relations if p == "issues" and o == document}
    assert found == issuers


def test_nlp_taiwan_phrases_keep_policy_meaning():
    # tw2sp writes 核心 as 内核, 高階 as 高级 and 通訊社 as 通信社; policy news means 核心, 高端, 通讯社.
    _, entities, _ = run("工業和資訊化部副部長陳肇雄表示，將突破高階晶片、核心電子元器件技術。新華通訊社報導。")
    assert {("Sector", "高端芯片"), ("Sector", "核心电子元器件"), ("Organization", "新华通讯社")} <= entities


def test_nlp_taiwan_xinzeng_stays_xinzeng_and_additives_stay_additives():
    # tw2sp writes 新增 as 添加 (the IT sense); 食品添加劑 is 食品添加剂 all the same
    _, entities, _ = run("北京將出臺《北京市新增產業的禁止和限制目錄》，並規範食品添加劑的生產。")
    assert ("PolicyDocument", "北京市新增产业的禁止和限制目录") in entities
    from kg.nlp import normalize_article
    from kg.model import Article
    text = normalize_article(Article(doc_id="t", path="t.txt", text="北京將規範食品添加劑，新增項目一律不予審批。")).text
    assert "食品添加剂" in text and "新增项目" in text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("田玉龙总工程师分管重大装备制造业。", ("田玉龙", "重大技术装备")),
        ("主管信息通信业的工信部副部长陈肇雄在论坛上指出，要加大研发力度。", ("陈肇雄", "信息通信业")),
    ],
    ids=["after-the-name", "before-the-name"],
)
def test_nlp_oversees(text, expected):
    _, _, relations = run(text)
    assert expected in {(s, o) for s, p, o, _ in relations if p == "oversees"}


def test_nlp_competent_department_is_not_oversight():
    _, _, relations = run("工信部部长苗圩表示，作为行业主管部门，将加强新能源汽车监管。")
    assert not [r for r in relations if r[1] == "oversees"]


@pytest.mark.parametrize(
    "text,entities",
    [
        ("将实施智能制造和绿色制造工程。", {("Program", "智能制造工程"), ("Program", "绿色制造工程")}),
        ("国务院新闻办公室举行推动制造业高质量发展、加快建设制造强国新闻发布会。",
         {("Event", "推动制造业高质量发展、加快建设制造强国新闻发布会")}),
        ("国务院新闻办举行发布会。", {("Organization", "国务院新闻办公室")}),
    ],
    ids=["shared-suffix-with-and", "event-name-with-enumeration", "office-is-not-split"],
)
def test_nlp_names_with_conjunctions(text, entities):
    _, found, _ = run(text)
    assert entities <= found
    assert ("Organization", "国务院") not in found or "国务院" in text.replace("国务院新闻办", "")


def test_nlp_state_title_in_a_party_chain_goes_to_the_government():
    _, _, relations = run("中共湖南省委副书记、省长毛伟明出席。")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert posts == {("毛伟明", "中国共产党湖南省委员会", "副书记"), ("毛伟明", "湖南省人民政府", "省长")}


def test_nlp_quoted_phrase_after_a_title_is_no_person():
    _, found, _ = run("部长们走上“部长通道”回答提问。")
    assert not any(t == "Official" for t, _ in found)


@pytest.mark.parametrize(
    "text,posts",
    [
        ("工业和信息化部党组书记、部长苗圩作工作报告，党组成员、副部长杨学山主持会议。",
         {("苗圩", "工业和信息化部", "党组书记"), ("苗圩", "工业和信息化部", "部长"),
          ("杨学山", "工业和信息化部", "党组成员"), ("杨学山", "工业和信息化部", "副部长")}),
        ("工业和信息化部部长李毅中、上海市市长韩正出席开幕式。",
         {("李毅中", "工业和信息化部", "部长"), ("韩正", "上海市人民政府", "市长")}),
        ("工业和信息化部部长苗圩作报告。会议由部党组副书记、副部长许达哲主持。",
         {("苗圩", "工业和信息化部", "部长"), ("许达哲", "工业和信息化部", "党组副书记"), ("许达哲", "工业和信息化部", "副部长")}),
        ("国家发展改革委召开会议。委党组成员、副主任林念修出席。",
         {("林念修", "国家发展改革委", "党组成员"), ("林念修", "国家发展改革委", "副主任")}),
        ("工业和信息化部新闻发言人、运行监测协调局局长黄利斌，新闻发言人、信息通信管理局局长赵志国介绍情况。",
         {("黄利斌", "工业和信息化部", "新闻发言人"), ("黄利斌", "运行监测协调局", "局长"),
          ("赵志国", "工业和信息化部", "新闻发言人"), ("赵志国", "信息通信管理局", "局长")}),
        ("外交部发言人表示欢迎。各级干部副部长张三出席。", set()),
        ("下面，我们有请工业和信息化部金壮龙部长。", {("金壮龙", "工业和信息化部", "部长")}),
        ("信息化和软件服务业司安筱鹏副司长出席会议并致辞。", {("安筱鹏", "信息化和软件服务业司", "副司长")}),
        ("出席的还有：信息通信发展司司长、新闻发言人闻库；运行监测协调局局长、新闻发言人黄利斌。",
         {("闻库", "信息通信发展司", "司长"), ("闻库", "工业和信息化部", "新闻发言人"),
          ("黄利斌", "运行监测协调局", "局长"), ("黄利斌", "工业和信息化部", "新闻发言人")}),
        ("工业和信息化部部长苗圩，部党组成员、副部长陈肇雄、刘利华、辛国斌出席。",
         {("苗圩", "工业和信息化部", "部长")} | {(n, "工业和信息化部", r) for n in ("陈肇雄", "刘利华", "辛国斌") for r in ("党组成员", "副部长")}),
        ("——访国家数据局党组书记、局长刘烈宏", {("刘烈宏", "国家数据局", "党组书记"), ("刘烈宏", "国家数据局", "局长")}),
        ("国家互联网信息办公室主任鲁炜表示欢迎。", {("鲁炜", "国家互联网信息办公室", "主任")}),
        ("江苏省统计局局长张三表示。", {("张三", "江苏省统计局", "局长")}),
        ("工业和信息化部部长金壮龙，副部长辛国斌、徐晓兰、总工程师韩夏出席会议。",
         {("金壮龙", "工业和信息化部", "部长"), ("辛国斌", "工业和信息化部", "副部长"), ("徐晓兰", "工业和信息化部", "副部长"),
          ("韩夏", "工业和信息化部", "总工程师")}),
    ],
    ids=["sentence-goes-on", "place-before-a-state-title", "bu-stands-for-the-ministry", "wei-stands-for-the-commission",
         "listed-spokesperson-speaks-for-the-ministry", "bu-inside-a-word", "body-name-title",
         "department-unknown-name-title", "department-spokesperson-speaks-for-the-ministry", "listed-names-share-the-chain",
         "interview-of", "office-then-director", "provincial-bureau", "title-in-the-list-after-names"],
)
def test_nlp_posts_across_a_sentence(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


def test_nlp_targets_of_a_programme_used_as_a_means():
    _, _, relations = run("他说，工信部将通过工业互联网创新发展工程，支持工业软件发展。")
    assert ("工业互联网创新发展工程", "targets", "工业软件", None) in relations


@pytest.mark.parametrize(
    "text,expected,not_expected",
    [
        ("阴和俊说，科技部将加快实施“人工智能+”行动，促进人工智能与实体经济深度融合。",
         {("“人工智能+”行动", "人工智能")}, set()),
        ("工信部将深入实施智能制造工程，加快人工智能、工业软件、工业互联网等新一代信息技术与制造业深度融合。",
         set(), {("智能制造工程", "人工智能"), ("智能制造工程", "工业软件")}),
        ("今年工信部已会同有关部门启动“宽带中国”2013专项行动，重点推进城市光纤到楼入户和3G网络深度覆盖。",
         {("“宽带中国”2013专项行动", "3G")}, set()),
        ("苗圩表示，要抓好以下工作：\n\n二是深化实施《信息化和工业化深度融合专项行动计划(2013-2018年)》。推进智能制造，"
         "加快发展工业机器人、增材制造等，提升企业两化融合水平。\n\n三是加快培育新兴产业。",
         {("信息化和工业化深度融合专项行动计划", "工业机器人"), ("信息化和工业化深度融合专项行动计划", "增材制造")}, set()),
        ("四是智能制造工程。下一步将重点推广离散型智能制造、网络协同制造等新模式。",
         set(), {("智能制造工程", "智能制造")}),
        ("二是依托智能制造装备发展专项和高档数控机床与基础制造装备科技重大专项，重点支持精密减速器、伺服电机等关键零部件。",
         {("智能制造装备发展专项", "精密减速器"), ("高档数控机床与基础制造装备科技重大专项", "伺服电机"),
          ("智能制造装备发展专项", "伺服电机")}, set()),
        ("三是深入开展千家企业节能行动，这项行动覆盖钢铁、有色、煤炭、电力九个重点耗能行业的一千家企业。",
         {("千家企业节能行动", "钢铁"), ("千家企业节能行动", "煤炭")}, set()),
        ("王昌介绍，“6643”工程即到2017年全省压减6000万吨钢铁产能、6000万吨水泥产能和3600万重量箱平板玻璃产能。",
         {("“6643”工程", "钢铁"), ("“6643”工程", "水泥"), ("“6643”工程", "平板玻璃")}, set()),
    ],
    ids=["fusion-clause", "fusion-of-a-category", "focus-clause", "item-headed-by-programme", "field-in-own-name",
         "joined-programmes-share-a-scope", "this-programme-covers-a-list",
         "a-programme-defined-by-its-fields"],
)
def test_nlp_targets_of_a_programme(text, expected, not_expected):
    _, _, relations = run(text)
    targets = {(s, o) for s, p, o, _ in relations if p == "targets"}
    assert expected <= targets
    assert not (not_expected & targets)


@pytest.mark.parametrize(
    "text,speaker,field",
    [
        ("谢少锋指出，将加快突破人形机器人整机技术。\n\n台湾业界人士分析，至于量子与6G，短期内对台湾半导体业者的影响仍有限。",
         "谢少锋", "6G"),
        ("王凯表示，河南将加快建设全国重要的5G产业基地。\n\n开幕式上，中国工程院院士邬贺铨作主旨演讲。他表示，5G-A将为车联网等提供支撑。",
         "王凯", "车联网"),
    ],
    ids=["analysts-take-over", "academician-takes-over"],
)
def test_nlp_non_official_speaker_ends_the_officials_passage(text, speaker, field):
    _, _, relations = run(text)
    assert (speaker, "discusses", field, None) not in relations


def test_nlp_officials_listed_before_one_verb_attend():
    _, _, relations = run("国家发展改革委主任郑栅洁、商务部部长王文涛、财政部部长蓝佛安先后走上“部长通道”，回应社会关切。")
    assert {s for s, p, o, _ in relations if p == "attends" and o == "“部长通道”"} == {"郑栅洁", "王文涛", "蓝佛安"}


def test_nlp_spun_chair_and_report_still_attend():
    doc, _, relations = run("全国家产和信息化工做会议26日在北京召开。家产和信息化部党组布告、部长苗圩作工做讲演，"
                            "党构成员、副部长杨学山掌管会议。苗圩夸大，要踊跃推进家产转型晋级。")
    assert doc.article.flags.get("spun")
    assert {s for s, p, o, _ in relations if p == "attends" and o == "全国工业和信息化工作会议"} == {"苗圩", "杨学山"}


@pytest.mark.parametrize(
    "text,speaker,document",
    [
        ("日前，国务院办公厅印发《新能源汽车产业发展规划(2021—2035年)》。\n\n记者：规划提出了哪些目标？\n\n"
         "辛国斌：2012年国务院发布《节能与新能源汽车产业发展规划(2012—2020年)》以来，产业快速发展。\n\n"
         "记者：规划有何新意？\n\n辛国斌：规划坚持电动化、网联化、智能化发展方向。",
         "辛国斌", "新能源汽车产业发展规划"),
        ("工业和信息化部等七部门联合印发《关于推动未来产业创新发展的实施意见》。\n\n"
         "工信部科技司司长谢少锋指出，实施意见发布后，工信部将会同有关部门研究制定专项政策。",
         "谢少锋", "关于推动未来产业创新发展的实施意见"),
    ],
    ids=["plan-the-interview-is-about", "short-form-of-an-opinion"],
)
def test_nlp_bare_document_head_names_the_document(text, speaker, document):
    _, _, relations = run(text)
    assert (speaker, "discusses", document, None) in relations


def test_nlp_parent_prefix_is_shared_by_listed_departments():
    _, _, relations = run("工业和信息化部规划司、装备工业一司有关负责同志参加。")
    assert {s for s, p, o, _ in relations if p == "partOf" and o == "工业和信息化部"} == {"规划司", "装备工业一司"}


def test_nlp_a_count_of_forums_is_no_event():
    _, entities, _ = run("博览会期间还将举办30余场论坛和配套活动。")
    assert not {label for t, label in entities if t == "Event"}


@pytest.mark.parametrize(
    "text,entity",
    [
        ("意見點名人形機器人、量子電腦、6G等標誌性產品。", ("Sector", "量子计算机")),
        ("「寬頻中國」戰略的實施，將帶動行動網際網路、雲端運算、物聯網等新興產業發展。", ("Sector", "移动互联网")),
        ("方案提出，推進航空引擎、機載系統等關鍵零部件攻關。", ("Sector", "航空发动机")),
        ("方案同時要求加快推進「三網融合」，推動電信網、廣播電視網和互聯網融合發展。", ("Program", "“三网融合”")),
        ("加快发展集成电路、新一代移动通信、北斗卫星导航等产业。", ("Sector", "北斗卫星导航")),
    ],
    ids=["tw-quantum-computer", "tw-mobile-internet", "tw-aero-engine", "quoted-initiative", "fuller-field-name"],
)
def test_nlp_taiwan_and_full_field_names(text, entity):
    _, entities, _ = run(text)
    assert entity in entities


@pytest.mark.parametrize(
    "text,fields",
    [
        ("刘烈宏还说，要加快光通信芯片、高速光模块等关键技术攻关。", {"光通信芯片", "高速光模块"}),
        ("方案提出，将加快无人机、电动垂直起降飞行器、新能源通用航空器等产品研制。", {"无人机", "新能源通用航空器"}),
    ],
    ids=["fields-and-modifier", "field-and-product-head"],
)
def test_nlp_enumerated_compound_fields(text, fields):
    _, entities, _ = run(text)
    assert {label for t, label in entities if t == "Sector"} == fields


def test_nlp_application_scenes_are_no_fields():
    _, entities, _ = run("王凯表示，河南将围绕智能制造、智慧交通、智慧医疗等场景拓展5G应用。")
    assert {label for t, label in entities if t == "Sector"} == {"5G"}


@pytest.mark.parametrize(
    "text,part,whole",
    [
        ("国家统计局新闻发言人、国民经济综合统计司司长付凌晖17日表示，高技术制造业增加值增长18.2%。",
         "国民经济综合统计司", "国家统计局"),
        ("苗圩表示，将成立国家制造强国建设领导小组，统筹协调制造强国建设全局性工作。领导小组办公室设在工业和信息化部，承担领导小组日常工作。",
         "国家制造强国建设领导小组办公室", "工业和信息化部"),
        ("香港特区政府创新及科技局局长杨伟雄昨日回应本报查询时表示，特区政府正研究推动再工业化。",
         "创新及科技局", "香港特别行政区政府"),
    ],
    ids=["department-in-a-title-chain", "office-set-up-in-a-ministry", "a-bureau-after-the-government-the-dictionary-names"],
)
def test_nlp_part_of(text, part, whole):
    _, _, relations = run(text)
    assert (part, "partOf", whole, None) in relations


def test_nlp_a_meeting_named_after_a_document_keeps_the_document():
    _, found, _ = run("工业和信息化部召开《新材料产业“十二五”发展规划》宣贯会。副部长苏波出席会议并讲话。"
                      "《经济通通讯社23日专讯》第25届中国国际工业博览会今日在上海开幕。")
    assert {("PolicyDocument", "新材料产业“十二五”发展规划"), ("Event", "新材料产业“十二五”发展规划宣贯会"),
            ("Event", "中国国际工业博览会")} <= set(found)


def test_nlp_departments_a_body_sets_up_are_its_parts():
    _, _, relations = run("根据规定，工业和信息化部设办公厅、政策法规司、电信管理局和人事教育司等内设机构，另设机关党委和离退休干部局。"
                          "国家发展改革委、工业和信息化部设立联合工作组。")
    parts = {s for s, p, o, _ in relations if p == "partOf" and o == "工业和信息化部"}
    assert parts == {"办公厅", "政策法规司", "电信管理局", "人事教育司", "机关党委", "离退休干部局"}


def test_nlp_agency_in_a_title_chain_is_no_department():
    _, _, relations = run("工业和信息化部副部长、国家国防科技工业局局长张克俭在会上作了部署。")
    assert not {r for r in relations if r[1] == "partOf"}


def test_nlp_programmes_listed_after_a_programme_are_named_whole():
    # the third item holds a trigger word (推进): it is still the whole name
    _, found, _ = run("工业和信息化部相继启动了产业基地公共服务能力提升工程、中小企业服务年活动、百项技术创新推进工程等六个专项行动。")
    assert {("Program", "产业基地公共服务能力提升工程"), ("Program", "百项技术创新推进工程")} <= found
    assert not any(label.startswith("工程") for t, label in found if t == "Program")


def test_nlp_example_marker_is_not_part_of_the_field():
    _, found, relations = run("金壮龙表示，有一部分行业规模比较大，比如电子、汽车、钢铁、石化等行业，要稳住这些行业。")
    assert ("Sector", "电子") in found
    assert ("金壮龙", "discusses", "电子", None) in relations


def test_nlp_headline_event_without_series_is_the_same_event():
    _, found, relations = run(
        "李乐成出席“高质量完成‘十四五’规划”主题新闻发布会\n"
        "国务院新闻办公室举行“高质量完成‘十四五’规划”系列主题新闻发布会。工业和信息化部部长李乐成出席新闻发布会。"
    )
    events = {label for t, label in found if t == "Event"}
    assert events == {"“高质量完成‘十四五’规划”系列主题新闻发布会"}
    assert ("李乐成", "attends", "“高质量完成‘十四五’规划”系列主题新闻发布会", None) in relations


def test_nlp_a_post_at_an_unlisted_committee_in_a_chain_is_stepped_over():
    _, entities, relations = run("青岛市市长、大会组委会主席张新起主持开幕式。")
    assert ("张新起", "holdsPost", "青岛市人民政府", "市长") in relations
    assert not {label for t, label in entities if t == "Organization" and "组委会" in label}


def test_nlp_a_proposed_post_is_not_held_and_a_short_alias_after_another_body_is_that_bodys():
    text = ("蔡明哲，男，汉族，1968年2月生，江苏如皋人。现任国家国防科技工业局综合司副司长，拟任工业和信息化部电子信息司副司长。"
            "\n国家统计局新闻发言人、综合司司长毛盛勇介绍。")
    _, entities, relations = run(text)
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert ("蔡明哲", "综合司", "副司长") in posts and ("毛盛勇", "国民经济综合统计司", "司长") in posts
    assert not any(o == "电子信息司" for _, o, _ in posts)


def test_nlp_groups_set_up_in_a_list_and_their_roles_given_later():
    text = ("12月29日，工业和信息化部在北京召开会议，宣布成立国家智能制造标准化协调推进组、国家智能制造标准化总体组和"
            "国家智能制造标准化专家咨询组。工业和信息化部副部长怀进鹏出席会议并讲话。怀进鹏指出，智能制造是主攻方向。"
            "标准化工作是实现智能制造的重要技术基础，要加快制定一批急需的智能制造标准，以标准引领智能制造健康发展。"
            "会议宣布，国家智能制造标准化协调推进组由怀进鹏担任组长，田世宏担任副组长。")
    _, entities, relations = run(text)
    assert {("Organization", "国家智能制造标准化" + kind) for kind in ("协调推进组", "总体组", "专家咨询组")} <= entities
    assert {("怀进鹏", "holdsPost", "国家智能制造标准化协调推进组", "组长"),
            ("田世宏", "holdsPost", "国家智能制造标准化协调推进组", "副组长")} <= relations


def test_nlp_events_listed_one_per_line_under_their_announcement():
    text = ("2020世界工业互联网产业大会在青岛开幕。\n大会为期两天，同期举办三场平行论坛：\n工业互联网安全论坛\n"
            "智能家电产业链协同创新论坛\n中日韩工业互联网合作论坛\n当天下午，山东省副省长凌文出席工业互联网安全论坛并致辞。")
    _, entities, relations = run(text)
    assert {("Event", name) for name in ("工业互联网安全论坛", "智能家电产业链协同创新论坛", "中日韩工业互联网合作论坛")} <= entities
    assert ("凌文", "attends", "工业互联网安全论坛", None) in relations


@pytest.mark.parametrize(
    "text,posts",
    [
        ("此前担任青海省委副书记、省长的刘宁已于稍早前平调任辽宁省委副书记、代省长。",
         {("刘宁", "中国共产党青海省委员会", "副书记"), ("刘宁", "青海省人民政府", "省长"),
          ("刘宁", "中国共产党辽宁省委员会", "副书记"), ("刘宁", "辽宁省人民政府", "代省长")}),
        ("刚刚担任中共天津市委副书记的张国清，在会上发言。", {("张国清", "中国共产党天津市委员会", "副书记")}),
    ],
    ids=["posts-then-new-posts", "one-post"],
)
def test_nlp_the_person_a_relative_clause_of_posts_describes(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


@pytest.mark.parametrize(
    "text,official",
    [
        ("副组长为工业和信息化部部长苗伟、财政部副部长刘坤。", {"苗圩", "刘昆"}),
        ("重庆市副市长苗伟出席。", {"苗伟"}),  # a homophone without the known official's post is another person
        ("工业和信息化部副部长许晓兰出席研讨会并致辞。", {"徐晓兰"}),  # the surname swapped (许/徐 read xu)
        ("深圳市副市长许晓兰出席。", {"许晓兰"}),
        # a machine-translated repost: the post is garbled, but the article writes the minister's own name too
        ("行业与信息技术部长肖亚青接受采访。肖亚青说,要发展新兴产业。工业和信息化部部长肖亚庆表示,要稳定制造业。", {"肖亚庆"}),
    ],
    ids=["homophones-with-the-known-posts", "a-homophone-at-another-post", "a-swapped-surname", "a-swapped-surname-elsewhere",
         "the-known-name-written-too"],
)
def test_nlp_an_officials_name_swapped_for_a_homophone(text, official):
    _, entities, _ = run(text)
    assert {label for t, label in entities if t == "Official"} == official


@pytest.mark.parametrize(
    "text,post",
    [
        ("香港特首李家超说，将与工信部加强合作。", ("李家超", "香港特别行政区政府", "行政长官")),
        ("澳门特区行政长官岑浩辉会见了工业和信息化部部长。", ("岑浩辉", "澳门特别行政区政府", "行政长官")),
    ],
    ids=["tesho-as-hong-kong-papers-write-it", "sar-chief-executive"],
)
def test_nlp_a_special_administrative_regions_chief_executive(text, post):
    _, _, relations = run(text)
    assert (post[0], "holdsPost", post[1], post[2]) in relations


def test_nlp_departments_after_bu_are_the_ministrys():
    _, _, relations = run("工业和信息化部召开会议。部政策法规司、科技司，部分省区市工信主管部门有关负责同志参加了会议。")
    assert {("政策法规司", "partOf", "工业和信息化部", None), ("科技司", "partOf", "工业和信息化部", None)} <= relations


def test_nlp_headline_event_with_a_short_name_is_the_same_event():
    _, found, _ = run("全市工信工作会议召开\n3月28日，全市工业和信息化工作会议在南京召开。南京市工信局局长张三出席。")
    assert {label for t, label in found if t == "Event"} == {"南京市工业和信息化工作会议"}


def test_nlp_third_spinner_reposts():
    # a content-farm thesaurus: 人工智能→野生智能, 产业→家当, 推动→鞭策, 新能源→新动力, 机器人→机械人, 制造→制作
    doc, found, relations = run(
        "近日，工业和信息化部召开专题会议，部署鞭策野生智能家当生长。会议指出，要切实增强对手艺立异的撑持力度，"
        "加快新动力汽车、机械人等重点家当高质量生长。工信部部长金壮龙在会上夸大，要深入实行智能制作工程。"
    )
    assert doc.article.flags.get("spun")
    assert {("Sector", "人工智能"), ("Sector", "新能源汽车"), ("Sector", "机器人"), ("Program", "智能制造工程")} <= found
    assert ("金壮龙", "discusses", "智能制造工程", None) in relations


@pytest.mark.parametrize(
    "text,event,attendee",
    [
        ("2015(第十四届)中国互联网大会在京举办。工业和信息化部部长苗圩现场致辞。", "中国互联网大会", None),
        ("4月10日，中国智慧城市产业与技术创新高峰论坛在北京召开。信息化和软件服务业司安筱鹏副司长出席会议并致辞。",
         "中国智慧城市产业与技术创新高峰论坛", "安筱鹏"),
        ("由工业和信息化部指导、中国信息通信研究院主办的“2016大数据产业峰会”在北京国际会议中心盛大召开。", "大数据产业峰会", None),
    ],
    ids=["edition-in-brackets", "date-before-the-name", "organisers-and-quotes"],
)
def test_nlp_event_named_before_where_it_was_held(text, event, attendee):
    _, found, relations = run(text)
    assert {label for t, label in found if t == "Event"} == {event}
    if attendee:
        assert (attendee, "attends", event, None) in relations


def test_nlp_a_bare_meeting_held_is_no_event():
    _, found, _ = run("会议在京召开。座谈会在北京举行。")
    assert not any(t == "Event" for t, _ in found)


def test_nlp_officials_invited_to_present_attend_the_press_conference():
    _, _, relations = run(
        "2021年3月1日，国务院新闻办公室举行推动制造业高质量发展、加快建设制造强国新闻发布会，"
        "请工业和信息化部部长肖亚庆，副部长王志军介绍有关情况，并答记者问。"
    )
    event = "推动制造业高质量发展、加快建设制造强国新闻发布会"
    assert {("肖亚庆", "attends", event, None), ("王志军", "attends", event, None)} <= relations


def test_nlp_transcript_of_the_conference_the_host_names():
    _, _, relations = run(
        "主持人：国务院新闻办公室新闻局副局长、新闻发言人胡凯红\n"
        "胡凯红：女士们、先生们，大家上午好。欢迎出席庆祝新中国成立70周年系列新闻发布会。今天我们请来了工业和信息化部部长苗圩先生。\n"
        "苗圩：谢谢主持人。我国建成了门类齐全的现代工业体系。\n"
        "经济日报记者：请问下一步有何考虑？\n"
        "苗圩：我们将加快建设制造强国。\n"
    )
    event = "庆祝新中国成立70周年系列新闻发布会"
    assert {("胡凯红", "attends", event, None), ("苗圩", "attends", event, None)} <= relations


@pytest.mark.parametrize(
    "text,person",
    [
        ("2013年全国工业和信息化工作会议在北京召开。工业和信息化部部长苗圩作工作报告。", "苗圩"),
        ("2013年全国工业和信息化工作会议在北京召开。会上，工业和信息化部副部长杨学山介绍了情况。", "杨学山"),
        ("2013年全国工业和信息化工作会议在北京召开。工业和信息化部部长苗圩在会议总结时强调，要抓好落实。", "苗圩"),
    ],
    ids=["gives-the-report", "sentence-opened-by-at-the-meeting", "sums-up-the-meeting"],
)
def test_nlp_speakers_at_a_meeting_attend_it(text, person):
    _, _, relations = run(text)
    assert (person, "attends", "全国工业和信息化工作会议", None) in relations


def test_nlp_a_speech_cited_is_no_attendance():
    _, _, relations = run("2013年全国工业和信息化工作会议在北京召开。工业和信息化部部长苗圩要求学习习近平总书记重要讲话精神。")
    assert not any(p == "attends" and s == "习近平" for s, p, _, _ in relations)


def test_nlp_bodies_named_without_their_province():
    _, found, relations = run(
        "1月28日，广东省委、省政府在广州召开广东省高质量发展大会。省委书记黄坤明出席会议并讲话，省委副书记、省长王伟中主持会议。"
        "会上，省工业和信息化厅厅长涂高坤作交流发言。"
    )
    assert {("Organization", "广东省工业和信息化厅"), ("Organization", "广东省人民政府")} <= found
    assert {("黄坤明", "holdsPost", "中国共产党广东省委员会", "书记"), ("王伟中", "holdsPost", "广东省人民政府", "省长"),
            ("涂高坤", "holdsPost", "广东省工业和信息化厅", "厅长")} <= relations


def test_nlp_department_abbreviated_to_ting():
    _, _, relations = run("浙江省经济和信息化厅召开会议。厅党组书记、厅长徐旭出席。")
    assert {("徐旭", "holdsPost", "浙江省经济和信息化厅", "党组书记"), ("徐旭", "holdsPost", "浙江省经济和信息化厅", "厅长")} <= relations


@pytest.mark.parametrize("text", ["市统计局局长张三表示，全市工业增长5%。", "信息来源：省中小企业局。各省工信厅要抓好落实。"])
def test_nlp_local_office_is_not_the_national_body(text):
    _, found, _ = run(text)
    assert not {("Organization", "国家统计局"), ("Organization", "中小企业局")} & found


@pytest.mark.parametrize("text", ["要持续优化工业通信业发展环境。", "推进信息化工作。", "推动数字化工厂建设。"])
def test_nlp_chemicals_are_not_read_across_a_hua_word(text):
    _, found, _ = run("金壮龙表示，" + text)
    assert ("Sector", "化工") not in found


def test_nlp_chemical_parks_keep_the_field():
    _, found, _ = run("金壮龙表示，要推动化工园区和化工行业安全发展。")
    assert ("Sector", "化工") in found


@pytest.mark.parametrize(
    "text,posts",
    [
        ("2022年7月，金壮龙任工信部党组书记，同年9月任工信部部长。",
         {("金壮龙", "工业和信息化部", "党组书记"), ("金壮龙", "工业和信息化部", "部长")}),
        ("李毅中仍担任工信部部长一职。", {("李毅中", "工业和信息化部", "部长")}),
        ("2008年3月，李毅中出任工业和信息化部（以下简称工信部）部长。", {("李毅中", "工业和信息化部", "部长")}),
        ("他将在这项任务中担任重要角色。", set()),
    ],
    ids=["ren", "still-serves", "alias-note-between", "no-body"],
)
def test_nlp_posts_given_by_a_verb_of_appointment(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


@pytest.mark.parametrize(
    "narrator",
    ["记者从会上了解到，国家发布了钢铁、有色金属行业规划。", "会议强调，要加快发展集成电路产业。"],
    ids=["reporter-learned", "the-meeting-stresses"],
)
def test_nlp_reporter_or_meeting_ends_the_officials_passage(narrator):
    _, _, relations = run("工业和信息化部部长苗圩作工作报告。苗圩表示，要推进新能源汽车发展。" + narrator)
    discussed = {o for s, p, o, _ in relations if p == "discusses" and s == "苗圩"}
    assert "新能源汽车" in discussed
    assert not discussed & {"钢铁", "有色金属", "集成电路"}


def test_nlp_cluster_fields_named_as_written():
    _, found, _ = run(
        "他指出，要巩固提升新一代电子信息、绿色石化、智能家电、汽车、先进材料等战略性支柱产业，"
        "培育壮大半导体与集成电路、新能源、生物医药、高端装备等战略性新兴产业。"
    )
    sectors = {label for t, label in found if t == "Sector"}
    assert {"新一代电子信息", "绿色石化", "先进材料", "半导体与集成电路", "新能源"} <= sectors
    assert not {"电子信息", "石化", "半导体"} & sectors


@pytest.mark.parametrize(
    "text,fields,parts",
    [
        ("加快智能电网、工业母机、碳纤维及复合材料等产业集群发展。", {"智能电网", "工业母机", "碳纤维及复合材料"}, {"碳纤维", "复合材料"}),
        ("武汉将全力打造光电子信息、汽车及零部件、生物医药等产业集群。", {"光电子信息", "汽车及零部件", "生物医药"}, {"汽车"}),
        ("重点发展新材料、生物医药和节能环保等产业。", {"新材料", "生物医药", "节能环保"}, set()),
    ],
    ids=["last-item-joined-by-ji", "a-field-and-its-parts", "he-still-ends-a-list"],
)
def test_nlp_list_items_joined_by_ji_are_one_field(text, fields, parts):
    _, found, _ = run(text)
    sectors = {label for t, label in found if t == "Sector"}
    assert fields <= sectors and not parts & sectors


def test_nlp_a_list_closed_by_a_longer_kind_of_industry():
    _, found, _ = run("规划提出大力发展智能软硬件、智能机器人、智能运载工具、虚拟现实与增强现实、智能终端和物联网基础器件等"
                      "人工智能新兴产业。")
    sectors = {label for t, label in found if t == "Sector"}
    assert {"智能机器人", "智能运载工具", "虚拟现实与增强现实", "物联网基础器件"} <= sectors
    assert not {"机器人", "虚拟现实", "物联网"} & sectors


def test_nlp_a_spun_lead_verb_is_no_part_of_the_first_field():
    _, found, _ = run("他强调，实施工业强省战略，要聚集能源化工、航空航天、汽车三大领域，培育一群千亿元级产业集群。")
    sectors = {label for t, label in found if t == "Sector"}
    assert "能源化工" in sectors and not any(label.startswith("要") for label in sectors)


def test_nlp_scope_of_a_programme_named_inside_an_item():
    _, found, relations = run(
        "苗圩表示，我们将加快建设制造强国。一是持续实施制造业创新中心建设工程、工业强基工程和高端装备创新工程。"
        "其中，高端装备创新工程将围绕大型飞机、航空发动机、燃气轮机等领域，突破一批关键核心技术。二是深入实施工业互联网创新发展工程。"
    )
    targets = {(s, o) for s, p, o, _ in relations if p == "targets"}
    assert {("高端装备创新工程", f) for f in ("大型飞机", "航空发动机", "燃气轮机")} <= targets
    assert not any(s == "制造业创新中心建设工程" for s, _ in targets)


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("主持人：下面，有请苗部长介绍情况。", ("Official", "有请苗")),
        ("主持人：谢谢，有请辛副部长补充。", ("Official", "有请辛")),
        ("工业和信息化部老领导李毅中、王旭东、朱高峰参加了大会。", ("Official", "高峰")),
        ("金壮龙曾在航天系统工作多年，历任上海航天局局长等职务。", ("Organization", "历任上海航天局")),
        ("李毅中自2003年出任安监总局局长的五年里，外界习惯了他的风格。", ("Organization", "年出任安监总局")),
        ("李毅中曾召开过一次工信部全体大会，历数工信部成立三年之不易。", ("Event", "过一次工信部全体大会")),
    ],
    ids=["host-invites", "host-invites-2", "three-character-name", "career-verb", "year-and-career-verb", "guo-particle"],
)
def test_nlp_words_glued_to_a_name_are_no_part_of_it(text, wrong):
    _, found, _ = run(text)
    assert wrong not in found
    assert not any(label.startswith(("有请", "历任", "年", "过")) for _, label in found)


def test_nlp_department_after_a_career_verb_keeps_its_own_name():
    _, found, relations = run("金壮龙历任上海航天局局长、中国航天科技集团公司副总经理。")
    assert ("Organization", "上海航天局") in found
    assert ("金壮龙", "holdsPost", "上海航天局", "局长") in relations


def test_nlp_two_character_name_after_punctuation_is_still_a_name():
    _, found, _ = run("商务部新闻发言人高峰表示，将稳住外贸基本盘。工业和信息化部、高峰出席。")
    assert ("Official", "高峰") in found


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("《经济通通讯社驻京记者黄燕明10日北京专电》工信部部长李乐成表示，将推动人工智能发展。",
         "经济通通讯社驻京记者黄燕明10日北京专电"),
        ("省工信厅副处长出席，通报《我省上半年工业经济运行情况》有关情况并回答记者提问。", "我省上半年工业经济运行情况"),
        ("近日中国欧盟商会发布了《中国制造2025：产业政策对弈市场力量》的报告。", "中国制造2025:产业政策对弈市场力量"),
        ("央视《大国重器》节目介绍了高档数控机床。", "大国重器"),
    ],
    ids=["wire-dateline", "briefing-title", "report-with-colon", "tv-show"],
)
def test_nlp_book_titles_that_are_no_policy_texts(text, wrong):
    _, found, _ = run(text)
    documents = {label for t, label in found if t in ("PolicyDocument", "Program")}
    assert not any(wrong[-4:] in label for label in documents)
    assert "中国制造2025" not in documents  # a report's title is not a citation of the plan it names


@pytest.mark.parametrize(
    "text,document",
    [
        ("工业和信息化部印发《工业互联网平台建设及推广指南》。", "工业互联网平台建设及推广指南"),
        ("两部门印发《优质中小企业梯度培育管理暂行办法》。", "优质中小企业梯度培育管理暂行办法"),
        ("工业和信息化部发布《新材料产业发展白皮书》。", "新材料产业发展白皮书"),
        ("工业和信息化部印发《汽车数据出境安全指引(试行)》。", "汽车数据出境安全指引(试行)"),
    ],
    ids=["guide", "interim-measures", "white-paper", "trial-note"],
)
def test_nlp_book_titles_that_end_like_a_document(text, document):
    _, found, _ = run(text)
    assert ("PolicyDocument", document) in found


def test_nlp_short_title_refers_to_the_full_one():
    _, found, relations = run(
        "会议讨论《新能源汽车产业发展规划(2021-2035年)》(以下简称《规划》)。辛国斌指出，《规划》将推动产业发展。"
    )
    documents = {label for t, label in found if t == "PolicyDocument"}
    assert documents == {"新能源汽车产业发展规划"}
    assert ("辛国斌", "discusses", "新能源汽车产业发展规划", None) in relations


def test_nlp_bare_head_in_book_title_marks_without_a_title_before_is_dropped():
    _, found, _ = run("辛国斌指出，《规划》将推动产业发展。")
    assert not any(t == "PolicyDocument" for t, _ in found)


@pytest.mark.parametrize(
    "text,cited",
    [
        ("工业和信息化部全面贯彻党的二十大精神和中央经济工作会议精神，推动工业稳增长。", False),
        ("会议以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届历次全会精神。", False),
        ("党的二十大部署了到2035年基本实现新型工业化的战略任务。", True),
        ("党的十九大对建设制造强国作出了部署。", True),
    ],
    ids=["spirit-and-meeting-spirit", "spirit-of-congress-and-plenums", "congress-decides", "congress-acts"],
)
def test_nlp_party_congress_is_an_event_only_where_cited_itself(text, cited):
    _, found, _ = run(text)
    congresses = {label for t, label in found if t == "Event" and label.endswith("全国代表大会")}
    assert bool(congresses) == cited


def test_nlp_event_in_quotes_keeps_no_stray_quote():
    _, found, relations = run(
        "这是记者从24日在上海召开的“全国工业和信息化系统战略性新兴产业和技术改造工作座谈会”上获悉的。"
        "工业和信息化部副部长苏波出席会议并讲话。"
    )
    events = {label for t, label in found if t == "Event"}
    assert events == {"全国工业和信息化系统战略性新兴产业和技术改造工作座谈会"}
    assert ("苏波", "attends", "全国工业和信息化系统战略性新兴产业和技术改造工作座谈会", None) in relations


@pytest.mark.parametrize(
    "text,field",
    [
        ("苗圩此前多项经历与汽车行业相关。苗圩曾执掌东风汽车。", "汽车"),
        ("金壮龙曾在航天系统工作多年，历任上海航天局局长。", "航天"),
        ("会上，来自电子、软件、新材料、生物医药等重点行业领域的企业负责人作了发言。", "软件"),
        ("欢迎关注\n中联钢联合钢铁网\n", "钢铁"),
        ("就质量、标准、工业设计等相关工作进行了讲解。", "工业设计"),
        ("五是抓规下企业样本数据库工作。", "数据库"),
    ],
    ids=["career", "worked-in-a-system", "where-participants-come-from", "website-footer", "list-of-tasks", "sample-database"],
)
def test_nlp_fields_outside_policy_are_no_sectors(text, field):
    _, found, _ = run(text)
    sectors = {label for t, label in found if t == "Sector"}
    assert field not in sectors
    assert not any(label.startswith("来自") for label in sectors)


@pytest.mark.parametrize(
    "text,field",
    [
        ("金壮龙表示，要推动汽车产业转型升级。", "汽车"),
        ("张克俭在会上对民用航天有关工作作了部署。", "民用航天"),
        ("他说，要推进5G、工业互联网等相关工作。", "工业互联网"),
        ("加快构建全国一体化算力网，适度超前建设算力等新型基础设施。", "算力"),
        ("李乐成表示，将聚焦软件、新材料、生物医药等重点行业，培育一批专精特新企业。", "软件"),
    ],
    ids=["policy", "deployment-of-work", "list-of-fields-work", "computing-network", "enumerated-scope"],
)
def test_nlp_fields_in_policy_context_stay_sectors(text, field):
    _, found, _ = run(text)
    assert ("Sector", field) in found


def test_nlp_city_government_and_provincial_party_department():
    _, found, relations = run(
        "湖北省经济和信息化厅厅长刘海军，武汉市人民政府副市长党蓁出席发布会并答记者问。发布会由湖北省委宣传部副部长黄学龙主持。"
    )
    assert {("Organization", "武汉市人民政府"), ("Organization", "中国共产党湖北省委员会宣传部")} <= found
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert {("刘海军", "湖北省经济和信息化厅", "厅长"), ("党蓁", "武汉市人民政府", "副市长"),
            ("黄学龙", "中国共产党湖北省委员会宣传部", "副部长")} <= posts


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("张云明指出，要贯彻习近平总书记关于5G发展的重要指示精神。", ("Official", "关于")),
        ("在习近平总书记致首届大会贺信精神的指引下，工业和信息化部将推进5G商用。", ("Event", "习近平总书记致首届大会")),
    ],
    ids=["guanyu-after-a-title", "a-letter-to-a-meeting"],
)
def test_nlp_words_after_a_leaders_title(text, wrong):
    _, found, _ = run(text)
    assert wrong not in found


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("会上，市工业和信息化局党组书记、局长王建平作工作报告。", ("Organization", "信息化局")),
        ("省工業和信息化廳黨組書記、廳長劉海濤介紹了有關情況。", ("Organization", "信息化厅")),
        ("副市长陈刚，市经济和信息化局局长赵明出席会议。", ("Organization", "信息化局")),
        ("他说，各地工信部门要抓好政策落实。", ("Organization", "工业和信息化部")),
        ("二〇〇三年任中石化董事长，后调任国资委。", ("Sector", "石化")),
        ("航天科工党组书记王伟出席座谈会。", ("Sector", "航天")),
    ],
    ids=["city-bureau-unnamed", "province-department-unnamed-traditional", "economy-bureau", "industry-authorities",
         "company-hides-field", "company-abbreviation-hides-field"],
)
def test_nlp_no_cut_body_names_or_fields_inside_companies(text, wrong):
    _, found, relations = run(text)
    assert wrong not in found
    assert not any(o == wrong[1] for _, _, o, _ in relations)


def test_nlp_province_department_with_its_province_named():
    _, found, relations = run("江苏省召开会议。省工业和信息化厅副厅长石晓峰出席。")
    assert ("石晓峰", "holdsPost", "江苏省工业和信息化厅", "副厅长") in relations


@pytest.mark.parametrize(
    "text,event,person",
    [
        ("首届数字中国建设峰会在福州开幕，工业和信息化部副部长陈肇雄出席开幕式。", "数字中国建设峰会", "陈肇雄"),
        ("图为第九届APEC中小企业技术交流暨展览会开幕式现场。工业和信息化部部长苗圩出席开幕式。",
         "APEC中小企业技术交流暨展览会", "苗圩"),
        ("本届工博会将举办首次世界智能网联汽车大会，工业和信息化部部长苗圩出席大会。", "世界智能网联汽车大会", "苗圩"),
    ],
    ids=["first-edition", "photo-caption-and-edition", "first-time"],
)
def test_nlp_event_labels_drop_edition_and_caption(text, event, person):
    _, found, relations = run(text)
    assert ("Event", event) in found
    assert not any(t == "Event" and label != event and label.endswith(event) for t, label in found)
    assert (person, "attends", event, None) in relations


@pytest.mark.parametrize(
    "text,event,wrong_event",
    [
        ("第五届中国国际中小企业博览会将于9月在广州举办。6月5日，组委会在北京举行新闻发布会，国家发展改革委副主任欧新黔出席了新闻发布会。",
         None, "中国国际中小企业博览会"),
        ("2018世界智能制造大会将于10月在南京举办。9月10日，大会组委会举行新闻发布会。工业和信息化部装备工业司副司长李伟出席发布会。",
         None, "世界智能制造大会"),
        ("首届中国国际大数据产业博览会将在贵阳举办。发布会在北京举行，会议由贵阳市副市长王刚主持。", None, "中国国际大数据产业博览会"),
    ],
    ids=["expo-press-conference", "summit-press-conference", "chaired-meeting-is-no-expo"],
)
def test_nlp_press_conference_about_an_event_is_not_the_event(text, event, wrong_event):
    _, _, relations = run(text)
    attends = {(s, o) for s, p, o, _ in relations if p == "attends"}
    assert not any(o == wrong_event for _, o in attends)
    if event:
        assert any(o == event for _, o in attends)


@pytest.mark.parametrize(
    "text,post",
    [
        ("据人社部网站消息，国务院决定任命熊继军为工业和信息化部副部长。", ("熊继军", "工业和信息化部", "副部长")),
        ("今天，李毅中出任新组建的工业和信息化部首任部长。", ("李毅中", "工业和信息化部", "部长")),
        ("9月19日，工业和信息化部(下称“工信部”)党组书记、部长金壮龙主持召开座谈会。", ("金壮龙", "工业和信息化部", "部长")),
        ("工业和信息化部（以下简称工信部）副部长辛国斌出席会议。", ("辛国斌", "工业和信息化部", "副部长")),
    ],
    ids=["appointed-name-between", "first-minister-of-new-body", "alias-note-before-title", "alias-note-fullwidth"],
)
def test_nlp_posts_by_appointment_and_after_an_alias_note(text, post):
    _, _, relations = run(text)
    assert (post[0], "holdsPost", post[1], post[2]) in relations


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("他毕业后做过工人、技术员、车间主任、厂长。", "车间"),
        ("2013年任研究所所长、党委副书记，2020年调任大学校长。", "党委副"),
    ],
    ids=["workshop-head", "deputy-party-secretary"],
)
def test_nlp_career_words_before_a_title_are_no_names(text, wrong):
    _, found, _ = run(text)
    assert ("Official", wrong) not in found


@pytest.mark.parametrize(
    "text,posts",
    [
        ("青岛市市长张三出席会议。", {("张三", "青岛市人民政府", "市长")}),
        ("会见了青岛市市长王五。", {("王五", "青岛市人民政府", "市长")}),
        ("贵阳市委常委、副市长李四出席。", {("李四", "中国共产党贵阳市委员会", "常委"), ("李四", "贵阳市人民政府", "副市长")}),
        ("全市市长热线开通。", set()),
        ("市经济信息化委副主任戎之勤带队赴奉贤区调研,奉贤区副区长厉蕾参加会议。", {("厉蕾", "奉贤区人民政府", "副区长")}),
        ("上海市闵行区委副书记、区长陈宇剑讲话。",
         {("陈宇剑", "中国共产党上海市闵行区委员会", "副书记"), ("陈宇剑", "上海市闵行区人民政府", "区长")}),
        ("浦东新区区委书记朱芝松出席。", {("朱芝松", "中国共产党浦东新区委员会", "书记")}),
        ("河北省委常委,雄安新区党工委书记、管委会主任张国华与专家座谈。",
         {("张国华", "中国共产党河北省委员会", "常委"), ("张国华", "中国共产党雄安新区工作委员会", "书记"),
          ("张国华", "雄安新区管理委员会", "主任")}),
        ("南昌市红谷滩新区党工委书记周亮、苏州工业园区管委会主任李四出席。",
         {("周亮", "中国共产党南昌市红谷滩新区工作委员会", "书记"), ("李四", "苏州工业园区管理委员会", "主任")}),
        ("自治区主席张三出席,园区区长李四陪同。", set()),
    ],
    ids=["mayor", "after-a-verb", "committee-then-government", "whole-city", "district-head", "district-with-its-city",
         "district-committee-of-a-new-area", "zone-working-and-administrative-committees", "zones-named-with-their-city",
         "region-and-park-are-no-districts"],
)
def test_nlp_city_posts_in_no_dictionary(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


@pytest.mark.parametrize(
    "text,posts",
    [
        ("出席的领导有：苗圩 工业和信息化部部长，李毅中 国务院国有资产监督管理委员会主任。",
         {("苗圩", "工业和信息化部", "部长"), ("李毅中", "国务院国有资产监督管理委员会", "主任")}),
        ("会见了张三工业和信息化部部长李四。", {("李四", "工业和信息化部", "部长")}),
        ("国家发展改革委党组成员,国家数据局党组书记、局长刘烈宏致辞。",
         {("刘烈宏", "国家发展改革委", "党组成员"), ("刘烈宏", "国家数据局", "党组书记"), ("刘烈宏", "国家数据局", "局长")}),
        ("工业和信息化部电子信息司司长肖华、软件服务业司司长陈伟回答记者提问。",
         {("肖华", "电子信息司", "司长"), ("陈伟", "软件服务业司", "司长")}),
        ("上海市政府副秘书长、浦东新区区长吴金城,上海市经济和信息化工作党委书记程鹏出席。",
         {("吴金城", "上海市人民政府", "副秘书长"), ("吴金城", "上海市浦东新区人民政府", "区长"),
          ("程鹏", "中国共产党上海市经济和信息化工作委员会", "书记")}),
    ],
    ids=["name-first-list", "title-of-the-next-name", "a-comma-goes-on-a-chain-of-bodies",
         "answering-reporters-is-no-outlet", "a-municipalitys-party-working-committee"],
)
def test_nlp_name_then_body_and_title(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


@pytest.mark.parametrize(
    "sentence,retrospective",
    [
        ("超纯净、超均匀集成电路材料取得突破。", True),
        ("党的十八大以来，新能源汽车产业成效显著。", True),
        ("下一步，将加快集成电路材料攻关，力争取得突破。", False),
        ("今年要推动新能源汽车产业发展。", False),
        ("名单涉及炼铁、炼钢、焦炭、水泥、造纸等5个工业行业。", False),  # the count of a list, no figure
        ("全省新增专精特新企业500个。", True),
        ("从农田的无人驾驶电动拖拉机研制成功,到医院的骨科手术机器人临床应用。", True),  # milestones, no figure
        ("力争国产大飞机2025年实现首飞。", False),
        ("推动手术机器人临床应用。", False),
        ("服务机器人等产品增势强劲,新能源汽车产销量连续7年位居世界首位,数字化转型全面推进。", True),  # 推进 as a state
        ("从C919大型客机即将取证交付,到北斗组网,到骨科手术机器人临床应用。", True),  # 即将 in a list of milestones
        ("即将出台的方案将推动工业机器人发展。", False),
    ],
)
def test_nlp_achievements_without_figures_are_retrospective(sentence, retrospective):
    from kg.nlp.text import is_retrospective

    assert is_retrospective(sentence) is retrospective


@pytest.mark.parametrize(
    "text,wanted,unwanted",
    [
        ("国家经贸委副主任谢旭人说,国家将制定和实施“十五”产业技术发展计划。",
         {("Program", "“十五”产业技术发展计划")}, {("Program", "和实施“十五”产业技术发展计划")}),
        ("市委常委、副市长张远,副市长白龙一同参加。", {("Official", "白龙")}, {("Official", "白龙一")}),
        ("中国新闻网 2002/01/09\n民权县|\n钟山县|\n萨嘎县|", set(), {("Official", "钟山")}),
        ("会议选举赵克志为河北省人大常委会主任。", {("Official", "赵克志")}, set()),
        ("谢旭人表示,我国将用高新技术、先进适用技术改造提升冶金、机械、煤炭、轻纺等18个传统行业。",
         {("Sector", "冶金"), ("Sector", "轻纺")}, {("Sector", "我国将用高新技术"), ("Sector", "先进适用技术")}),
        ("陈肇雄专程前往深圳市通信管理局,看望慰问广大干部职工。", {("Organization", "深圳市通信管理局")}, set()),
        ("各省、自治区、直辖市通信管理局要加强监管。", set(), {("Organization", "直辖市通信管理局")}),
        ("山东省大数据局局长赵六出席。省广电局、省统计局负责同志参加。",
         {("Organization", "山东省大数据局"), ("Organization", "山东省广播电视局"), ("Organization", "山东省统计局")}, set()),
        ("安徽省纪委副书记李猛出席。", {("Organization", "中国共产党安徽省纪律检查委员会")},
         {("Organization", "中国共产党安徽省委员会")}),
        ("民建重庆市委专职副主委杨亚丽作大会发言。", set(), {("Organization", "中国共产党重庆市委员会")}),
        ("省国家信息经济示范区建设领导小组办公室副主任厉敏出席。", set(),
         {("Organization", "家信息经济示范区建设领导小组办公室")}),
        ("田玉龙听取了中心主任、党委副书记张枢关于中心全面工作的情况汇报。", {("Official", "张枢")}, {("Official", "张枢关")}),
        ("副省长黄兰香负责工业和信息化、有色金属方面工作。", {("Official", "黄兰香")}, set()),
        ("管委会下设办公室(设在市农业农村委),办公室主任由张国坤同志担任。", set(),
         {("Organization", "设在市农业农村委员会")}),
        ("上海市人民政府办公厅通知。\n阮  力 市经济信息化委副主任\n朱启高 市科委副主任\n王训国 市规划资源局副局长",
         {("Organization", "上海市经济和信息化委员会"), ("Organization", "上海市科学技术委员会"),
          ("Organization", "上海市规划和自然资源局")}, set()),
        ("上海市人民政府领导分工。陈杰 副市长 分管市发展和改革委员会,市财政局。", {("Organization", "上海市财政局")},
         {("Organization", "分管市发展和改革委员会")}),
        ("厦门市政府近日发出《关于市人民政府领导成员工作分工的通知》。市长裴金佳主持市政府全面工作。",
         {("Organization", "厦门市人民政府")}, {("Organization", "关于市人民政府")}),
        ("甘肃省委宣传部部长励小捷在会上致辞。", {("Official", "励小捷")}, set()),
        ("香港特区政府创新及科技局局长杨伟雄昨日回应时表示。", {("Official", "杨伟雄")}, set()),
        ("兰州市政府副市长牛向东汇报了工作。各市政府要抓好落实。", {("Organization", "兰州市人民政府")},
         {("Organization", "各市人民政府")}),
        ("副部长辛国斌在国新办新闻发布会上答记者问时表示。", {("Organization", "国务院新闻办公室")},
         {("Event", "国新办新闻发布会")}),
        ("原材料工业司骆铁军巡视员及钢铁处有关同志参加此次会商。", {("Official", "骆铁军")}, set()),
        ("浙江省人民政府通知。毛光烈副省长分管省经信委、省安全监管局。联系省通信管理局、省盐务局。朱从玖副省长分管省政府金融办。",
         {("Organization", "浙江省经济和信息化委员会"), ("Organization", "浙江省安全生产监督管理局"),
          ("Organization", "浙江省通信管理局"), ("Organization", "浙江省盐务局"),
          ("Organization", "浙江省人民政府金融工作办公室")}, set()),
        ("河北省政府新闻办举行新闻发布会。", {("Organization", "河北省人民政府新闻办公室")}, {("Organization", "河北省人民政府")}),
        ("深圳市人民政府办公厅关于成立领导小组的通知\n成员：市科工贸信委、市财政委、市规划国土委、市人居环境委、市人力社保局主要负责同志。",
         {("Organization", "深圳市人民政府办公厅"), ("Organization", "深圳市科技工贸和信息化委员会"),
          ("Organization", "深圳市财政委员会"), ("Organization", "深圳市规划和国土资源委员会"),
          ("Organization", "深圳市人居环境委员会"), ("Organization", "深圳市人力资源和社会保障局")},
         {("Organization", "办公厅")}),
        ("浙江省人民政府办公厅通知。成员：省人力社保厅负责同志。", {("Organization", "浙江省人力资源和社会保障厅")}, set()),
        ("深圳政府在线 > 市政府办公厅文件\n深圳市人民政府办公厅关于成立领导小组的通知\n市政府办公厅负责同志出席。",
         {("Organization", "深圳市人民政府办公厅")}, {("Organization", "办公厅")}),
    ],
    ids=["two-verbs-before-one-programme", "a-name-before-yitong", "a-county-is-no-namesake", "elected-by-a-congress",
         "the-means-before-the-fields-are-no-fields", "a-citys-office-after-a-verb-of-going", "categories-are-no-place",
         "a-provinces-bureaus-written-short", "a-provinces-discipline-commission", "a-democratic-partys-committee",
         "a-name-longer-than-the-pattern-is-not-cut", "a-name-before-guanyu", "a-name-before-fuze",
         "set-up-in-a-citys-office", "a-municipalitys-commissions-written-short", "a-verb-before-an-elided-city",
         "a-title-opening-with-guanyu-is-no-place", "a-rare-surname", "a-name-before-zuori", "a-citys-government-written-short", "the-body-of-a-press-conference",
         "a-name-before-an-inspectors-title",
         "offices-a-vice-governor-oversees",
         "a-provinces-press-office", "a-citys-general-office-and-commissions-written-short",
         "a-provinces-social-security-department-written-short", "a-citys-general-office-with-the-city-elided"],
)
def test_nlp_names_cut_where_the_words_around_them_say(text, wanted, unwanted):
    _, found, _ = run(text)
    assert wanted <= set(found) and not (unwanted & set(found))


def test_nlp_fields_of_an_achieved_clause_are_no_sectors():
    _, found, _ = run("王伟中说,广东大力实施制造业“五大提升行动”,形成了绿色石化、智能家电、汽车等8个万亿级产业集群。"
                      "下一步,要加快发展集成电路。")
    sectors = {label for t, label in found if t == "Sector"}
    assert "集成电路" in sectors and not sectors & {"绿色石化", "智能家电", "汽车"}


def test_nlp_officials_who_join_the_talks_attend_the_forum():
    _, _, relations = run("工业和信息化部召开第七次制造业企业座谈会。部长金壮龙主持会议，副部长王江平、总工程师赵志国等参加座谈。")
    attends = {s for s, p, o, _ in relations if p == "attends" and o == "制造业企业座谈会"}
    assert {"金壮龙", "王江平", "赵志国"} <= attends


@pytest.mark.parametrize(
    "text,speaker,other,topic",
    [("广东省委副书记、省长王伟中主持会议。会上，省工业和信息化厅厅长涂高坤作交流发言。"
      "他表示，将深入实施“广东强芯”工程，聚焦集成电路领域补链强链。", "涂高坤", "王伟中", "集成电路"),
     ("7月23日下午，省委书记胡春华在广州会见工业和信息化部部长苗圩。胡春华代表省委、省政府对苗圩来粤出席交流会表示欢迎。"
      "他说，广东正大力实施创新驱动发展战略，积极落实《中国制造2025》。", "胡春华", "苗圩", "中国制造2025")],
    ids=["the-official-just-named", "the-subject-not-the-guest-named-after-it"],
)
def test_nlp_pronoun_speaker(text, speaker, other, topic):
    _, _, relations = run(text)
    discussed = {(s, o) for s, p, o, _ in relations if p == "discusses"}
    assert (speaker, topic) in discussed
    assert (other, topic) not in discussed


def test_nlp_pronoun_after_an_expert_is_nobodys():
    _, _, relations = run(
        "河南省委副书记、省长王凯出席开幕式并致辞。开幕式上，中国工程院院士邬贺铨作主旨演讲。他表示，5G将为车联网提供支撑。"
    )
    assert not any(p == "discusses" and o == "车联网" for s, p, o, _ in relations)


@pytest.mark.parametrize(
    "text,speaker",
    [
        (  # the answer follows a line naming the minister, with no colon
            "记者\n请问部长，今年有哪些举措？\n工业和信息化部部长金壮龙\n我们将重点实施产业基础再造工程。",
            "金壮龙",
        ),
        (  # Traditional, a vice minister
            "工業和信息化部副部長辛國斌\n我們要加快發展新能源汽車產業。",
            "辛国斌",
        ),
        (  # a photo caption naming him, then narration: nobody speaks
            "图为工业和信息化部部长金壮龙\n我国将实施产业基础再造工程。",
            None,
        ),
        (  # his name as a line, then narration in the third person
            "工业和信息化部部长金壮龙\n工信部将实施产业基础再造工程。",
            None,
        ),
    ],
)
def test_nlp_speaker_line_without_colon(text, speaker):
    _, _, relations = run(text)
    speakers = {s for s, p, _, _ in relations if p == "discusses"}
    assert speakers == ({speaker} if speaker else set())


@pytest.mark.parametrize(
    "text,issues",
    [
        (  # a relative clause inside 根据…: the bodies before 印发的 issued the document
            "根据中共湖南省委办公厅湖南省人民政府办公厅印发的《湖南省数字经济发展实施方案》精神，制定本方案。",
            {("中国共产党湖南省委员会办公厅", "湖南省数字经济发展实施方案"), ("湖南省人民政府办公厅", "湖南省数字经济发展实施方案")},
        ),
        (  # 贯彻落实A印发的《X》
            "各地要贯彻落实国务院印发的《新材料产业发展指南》，加快推进。",
            {("国务院", "新材料产业发展指南")},
        ),
        (  # a batch note (第二批) does not hide a catalogue's title
            "工业和信息化部、财政部编制了《首台套重点技术装备推广应用指导目录(第二批)》。",
            {("工业和信息化部", "首台套重点技术装备推广应用指导目录(第二批)"), ("财政部", "首台套重点技术装备推广应用指导目录(第二批)")},
        ),
        (  # an adverbial without a relative clause still names no issuer
            "根据国务院部署，工业和信息化部印发《工业领域碳达峰实施方案》。",
            {("工业和信息化部", "工业领域碳达峰实施方案")},
        ),
    ],
)
def test_nlp_issuers_of_a_document_cited_in_a_relative_clause(text, issues):
    _, _, relations = run(text)
    assert {(s, o) for s, p, o, _ in relations if p == "issues"} == issues


@pytest.mark.parametrize(
    "text,issues",
    [
        (  # two issuers, then 关于印发X的通知 with X unquoted: X is the document
            "工业和信息化部 国家发展改革委关于印发新型储能产业发展指导目录的通知\n各有关单位：\n现印发给你们。",
            {("工业和信息化部", "新型储能产业发展指导目录"), ("国家发展改革委", "新型储能产业发展指导目录")},
        ),
        (  # a ministry's general office: the notice itself, issued by the office
            "工业和信息化部办公厅关于组织开展2024年工业互联网试点示范项目申报工作的通知\n各有关单位：\n现组织申报。",
            {("办公厅", "关于组织开展2024年工业互联网试点示范项目申报工作的通知")},
        ),
        (  # Traditional
            "工業和信息化部辦公廳關於開展中小企業數字化轉型試點工作的通知\n各有關單位：",
            {("办公厅", "关于开展中小企业数字化转型试点工作的通知")},
        ),
        (  # 关于公布…名单的通知: a list published is no document; the notice is
            "工业和信息化部办公厅关于公布第二批国家工业运行重点联系城市名单的通知\n各有关单位：\n现予以公布。",
            {("办公厅", "关于公布第二批国家工业运行重点联系城市名单的通知")},
        ),
        (  # a sentence that mentions a notice is no title line
            "记者注意到，工业和信息化部关于开展试点工作的通知已经下发，各地正在申报。",
            set(),
        ),
    ],
)
def test_nlp_notice_title_line_names_its_issuers(text, issues):
    _, _, relations = run(text)
    assert {(s, o) for s, p, o, _ in relations if p == "issues"} == issues


@pytest.mark.parametrize(
    "text,posts",
    [
        ("工信部长金壮龙表示，要加快发展人工智能产业。", {("金壮龙", "工业和信息化部", "部长")}),
        ("工業和資訊化部長金壯龍出席會議。", {("金壮龙", "工业和信息化部", "部长")}),
        ("商务部长王文涛出席了论坛。", {("王文涛", "商务部", "部长")}),
        ("工信部副部长辛国斌出席。", {("辛国斌", "工业和信息化部", "副部长")}),
        ("新华社记者王磊报道。", set()),
    ],
)
def test_nlp_title_fused_with_a_short_body_name(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


@pytest.mark.parametrize(
    "text,issuers",
    [
        (  # the signature lines after 现将《X》印发给你们 list the co-issuers
            "各有关单位：\n现将《工业能效提升实施方案》印发给你们，请认真贯彻落实。\n工业和信息化部 国家发展改革委\n财政部 生态环境部\n2022年6月23日",
            {"工业和信息化部", "国家发展改革委", "财政部", "生态环境部"},
        ),
        (  # one signer, the date written in figures only
            "各省人民政府：\n现将《新材料产业发展指南》印发给你们，请认真贯彻执行。\n国务院\n20161215",
            {"国务院"},
        ),
        (  # the addressees before it and a closing sentence after it are no signature
            "各省、自治区、直辖市工业和信息化主管部门：\n现将《工业能效提升实施方案》印发给你们。\n请各地结合实际抓好落实，工业和信息化部将加强指导。",
            set(),
        ),
    ],
)
def test_nlp_signatories_of_a_forwarded_document(text, issuers):
    _, _, relations = run(text)
    assert {s for s, p, o, _ in relations if p == "issues"} == issuers


@pytest.mark.parametrize(
    "text,entities,absent",
    [
        (  # spaces a page put around quotes and signs inside 《》
            "工业和信息化部等部门联合印发了《\" 5G +\" 融合应用实施方案》。",
            {("PolicyDocument", "“5G+”融合应用实施方案")},
            {("PolicyDocument", "“ 5G +” 融合应用实施方案")},
        ),
        (  # an addressee list names categories of governments, not a government
            "各省、自治区、直辖市人民政府，国务院各部委：",
            set(),
            {("Organization", "直辖市人民政府")},
        ),
        (  # the ten key industries' plans written without the count
            "工信部出台了重点行业稳增长工作方案。",
            {("PolicyDocument", "十大重点行业稳增长工作方案")},
            set(),
        ),
    ],
)
def test_nlp_title_and_addressee_forms(text, entities, absent):
    _, found, _ = run(text)
    assert entities <= found and not (absent & found)


def test_nlp_ministers_interviewed_at_the_ministers_passage():
    _, _, relations = run(
        "今天上午，十四届全国人大二次会议第二场“部长通道”集中采访活动举行，工业和信息化部部长金壮龙、"
        "民政部部长陆治原等部分列席会议的国务院有关部委主要负责人接受采访。"
    )
    attends = {s for s, p, o, _ in relations if p == "attends" and o == "“部长通道”"}
    assert attends == {"金壮龙", "陆治原"}


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("会议在北京人民大会堂举行。", ("Event", "北京人民大会")),
        ("他表示，要贯彻习近平总书记“深入实施工业互联网创新发展战略”的要求。", ("Program", "习近平总书记“深入实施工业互联网创新发展战略")),
        ("要落实“中国制造2025”和“互联网+”行动计划。", ("Program", "“中国制造2025”和“互联网+”行动计划")),
        ("国务院副秘书长兼一局局长张三出席。", ("Organization", "副秘书长兼一局")),
        ("腾讯公司董事局主席马化腾出席。", ("Official", "马化腾")),
    ],
    ids=["great-hall", "quote-cut-open", "two-quoted-names", "two-posts-joined", "company-chairman"],
)
def test_nlp_real_page_false_positives(text, wrong):
    _, found, _ = run(text)
    assert wrong not in found


@pytest.mark.parametrize(
    "text,programs",
    [
        ("将实施电子商务和物流信息化集成创新行动。", {"电子商务和物流信息化集成创新行动"}),
        ("深入实施智能制造和绿色制造工程。", {"智能制造工程", "绿色制造工程"}),
    ],
    ids=["unlike-halves-one-name", "alike-halves-two-names"],
)
def test_nlp_shared_suffix_splits_only_alike_halves(text, programs):
    _, found, _ = run(text)
    assert {label for t, label in found if t == "Program"} == programs


def test_nlp_listed_full_programme_names_keep_their_suffix():
    _, found, _ = run("要实施制造业创新中心建设工程、工业强基工程、智能制造工程、绿色制造工程和高端装备创新工程等五项重大工程。")
    programs = {label for t, label in found if t == "Program"}
    assert programs == {"制造业创新中心建设工程", "工业强基工程", "智能制造工程", "绿色制造工程", "高端装备创新工程"}


@pytest.mark.parametrize(
    "text,person,event",
    [
        ("国务院新闻办公室20日举行国务院政策例行吹风会，工业和信息化部部长苗圩介绍有关情况。", "苗圩", "国务院政策例行吹风会"),
        ("江苏省召开全省制造业智能化改造和数字化转型推进会。省工业和信息化厅厅长谢志成出席会议并讲话。", "谢志成",
         "江苏省制造业智能化改造和数字化转型推进会"),
        ("天津召开全市工业战役推进大会。市委书记张高丽出席会议并讲话。", "张高丽", "天津市工业战役推进大会"),
        ("6月28日,钢铁产业高质量发展交流会在石家庄召开。河北省工业和信息化厅副厅长宋向党出席会议并致辞。", "宋向党",
         "钢铁产业高质量发展交流会"),
        ("青海日报讯 7月23日，省长骆惠宁主持召开省政府第93次常务会议，研究部署工业稳增长工作。", "骆惠宁", "青海省人民政府常务会议"),
        ("工信部在北京召开了主题为“政策支持产业健康快速发展,自主创新推进产业结构升级”的全国集成电路行业工作会议。"
         "工信部副部长杨学山在会上发表重要讲话。", "杨学山", "全国集成电路行业工作会议"),
        ("武汉市市长程用文主持召开市政府常务会议。", "程用文", "武汉市人民政府常务会议"),
        ("西藏自治区工业和信息化厅组织召开《西藏自治区国家级有色金属产业基地发展规划》专家咨询会。自治区工业和信息化厅徐飞厅长出席会议。",
         "徐飞", "西藏自治区国家级有色金属产业基地发展规划专家咨询会"),
    ],
    ids=["briefing-presenter", "promotion-meeting", "a-citys-meeting-under-its-name", "an-exchange-meeting",
         "a-provinces-standing-meeting", "a-themed-meeting", "a-citys-standing-meeting", "a-meeting-named-after-a-document"],
)
def test_nlp_presenters_and_promotion_meetings(text, person, event):
    _, found, relations = run(text)
    assert ("Event", event) in found
    assert (person, "attends", event, None) in relations


def test_nlp_industry_departments_in_general_are_not_the_ministry():
    _, found, _ = run("各设区市工业和信息化部门要抓好落实。")
    assert ("Organization", "工业和信息化部") not in found


def test_nlp_scoped_list_needs_a_third_of_known_fields():
    _, found, relations = run(
        "苗圩表示，高端装备创新工程将围绕大型飞机、航空发动机及燃气轮机、民用航天、智能绿色列车、高端诊疗设备等领域，"
        "组织实施一批创新和产业化专项。"
    )
    targets = {o for s, p, o, _ in relations if p == "targets" and s == "高端装备创新工程"}
    assert {"大型飞机", "智能绿色列车", "高端诊疗设备", "民用航天"} <= targets
    assert not any(t == "Program" and label in ("一批创新专项", "产业化专项") for t, label in found)


def test_nlp_a_programme_named_again_without_a_trigger():
    _, found, relations = run(
        "要开展智能制造装备创新发展行动和智能制造标准领航行动。王江平表示，其中，智能制造装备创新发展行动将聚焦工业机器人、"
        "增材制造装备和智能检测装备，推动先进工艺与制造装备深度融合。"
    )
    targets = {o for s, p, o, _ in relations if p == "targets" and s == "智能制造装备创新发展行动"}
    assert {"工业机器人", "增材制造装备", "智能检测装备"} <= targets
    assert ("Sector", "智能制造") not in found


@pytest.mark.parametrize(
    "text,posts",
    [
        ("新华社北京3月1日电 国务院任命张政为文化和旅游部副部长。", {("张政", "文化和旅游部", "副部长")}),
        ("任命苏波、刘利华为工业和信息化部副部长。",
         {("苏波", "工业和信息化部", "副部长"), ("刘利华", "工业和信息化部", "副部长")}),
        ("任命交通运输部人事教育司司长李良生为水利部副部长。",
         {("李良生", "人事教育司", "司长"), ("李良生", "水利部", "副部长")}),
        ("免去王江平的工业和信息化部副部长职务。", {("王江平", "工业和信息化部", "副部长")}),
        ("新华社北京3月17日电 苗圩接替李毅中，出任工业和信息化部部长。", {("苗圩", "工业和信息化部", "部长")}),
        ("胡和平任文化和旅游部党组书记，雒树刚卸任。", {("胡和平", "文化和旅游部", "党组书记")}),
        ("会议表决任命汤黎路为浙江省经济和信息化委员会主任,免去其浙江省经济贸易委员会主任职务;\n"
         "乐益民为浙江省人力资源和社会保障厅厅长,免去其浙江省人事厅厅长职务;\n徐震为浙江省环境保护厅厅长;\n"
         "阮忠训为浙江省人民政府外事办公室主任。\n张三为副主任。",
         # (免去其: the post the appointed person leaves, as 免去王江平的…职务)
         {("汤黎路", "浙江省经济和信息化委员会", "主任"), ("乐益民", "浙江省人力资源和社会保障厅", "厅长"),
          ("徐震", "浙江省环境保护厅", "厅长"), ("阮忠训", "浙江省人民政府外事办公室", "主任"),
          ("汤黎路", "浙江省经济贸易委员会", "主任"), ("乐益民", "浙江省人事厅", "厅长")}),
        ("会议决定任命王坚为上海市经济和信息化委员会主任,马伊里为民政局局长,葛爱玲为财政局局长。",
         # (the later items' bodies are the first item's city's)
         {("王坚", "上海市经济和信息化委员会", "主任"), ("马伊里", "上海市民政局", "局长"), ("葛爱玲", "上海市财政局", "局长")}),
        ("任命交通运输部人事教育司长李良生为水利部副部长。",
         {("李良生", "人事教育司", "司长"), ("李良生", "水利部", "副部长")}),
        ("免去左力(女)的司法部副部长职务。", {("左力", "司法部", "副部长")}),
        ("此前,清华大学校长陈吉宁已任环保部部长;北京大学原校长王恩哥出任中科院副院长。",
         {("陈吉宁", "环境保护部", "部长"), ("王恩哥", "中国科学院", "副院长")}),
        ("中共中央组织部决定,孙勤、金壮龙、郭炎炎同志任国防科学技术工业委员会党组成员。",
         {(name, "国防科学技术工业委员会", "党组成员") for name in ("孙勤", "金壮龙", "郭炎炎")}),
    ],
    ids=["appointed", "two-appointed", "present-post-then-new-one", "removed", "successor", "unknown-name-takes-a-post",
         "later-items-of-a-decree-across-lines", "later-items-of-a-decree-after-commas", "head-title-in-the-body-name",
         "gender-note-after-the-name", "school-heads-take-public-posts", "a-list-of-names-shares-the-post"],
)
def test_nlp_decrees_give_posts_to_the_people_they_name(text, posts):
    _, found, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts
    assert not any(t == "Organization" and label.startswith(("命", "其")) for t, label in found)


def test_nlp_career_chains_after_cengren_and_danrenguo():
    _, found, relations = run("任命农融为国务院港澳事务办公室副主任。\n农融长期在广西工作,先后担任过广西国际博览事务局副局长。"
                              "胡明朗曾任柳州市副市长、市公安局局长。")
    assert ("农融", "holdsPost", "广西国际博览事务局", "副局长") in relations
    assert ("Organization", "柳州市人民政府") in found
    assert not any(label.startswith(("过", "曾")) for _, label in found)


@pytest.mark.parametrize(
    "text,people",
    [
        ("省工信厅冯文胜副厅长赴鞍山市调研。", {"冯文胜"}),
        ("局长林毅荣、副局长郑宗武陪同调研。", {"林毅荣", "郑宗武"}),
        ("市委马文田书记、市政府郑剑戈市长出席。", {"马文田", "郑剑戈"}),
        ("中共广东省委副书记、广东省副省长王伟中出席。", {"王伟中"}),
        ("省经信委主任李四陪同调研。", {"李四"}),
    ],
    ids=["name-before-deputy-head", "title-name-then-escorts", "local-bodies-name-title", "province-is-no-name",
         "escort-verb-is-no-part-of-the-name"],
)
def test_nlp_local_officials_named_beside_their_titles(text, people):
    _, found, _ = run(text)
    assert {label for t, label in found if t == "Official"} == people


@pytest.mark.parametrize(
    "text,programmes",
    [
        ("答：《行动计划》部署了八项专项行动。一是企业两化深度融合示范推广行动。二是重点领域智能化水平提升行动，"
         "在汽车、船舶等领域推广智能化产品。", {"企业两化深度融合示范推广行动", "重点领域智能化水平提升行动"}),
        ("主要任务如下：\n（一）中小企业数字化赋能专项行动。\n（二）工业互联网平台培育工程。\n",
         {"中小企业数字化赋能专项行动", "工业互联网平台培育工程"}),
    ],
    ids=["yi-shi-items", "heading-lines"],
)
def test_nlp_programmes_named_as_list_items(text, programmes):
    _, found, _ = run(text)
    assert {label for t, label in found if t == "Program"} == programmes


def test_nlp_a_programme_a_measure_rests_on():
    _, found, _ = run("二是依托智能制造装备发展专项和高档数控机床与基础制造装备科技重大专项，重点支持精密减速器的研发。")
    assert {"智能制造装备发展专项", "高档数控机床与基础制造装备科技重大专项"} <= {label for t, label in found if t == "Program"}


def test_nlp_a_list_item_that_is_a_task_is_no_programme():
    _, found, _ = run("一是加快推进传统产业改造行动，二是做好重点工程。")
    assert not any(t == "Program" and label.startswith(("加快", "做好")) for t, label in found)


@pytest.mark.parametrize(
    "text,fields,not_fields",
    [
        ("要聚焦化工、船舶等领域。", {"化工", "船舶"}, {"焦化"}),
        ("南京航空航天大学党委书记单忠德出席。", set(), {"航空航天", "航空"}),
        ("强省处、医药处、轻工处相关同志参加。", set(), {"医药", "轻工"}),
        ("东风汽车公司、美联新材料股份有限公司负责人出席。要加快发展新材料、汽车产业。", {"新材料", "汽车"}, set()),
        ("徐旭强调，要聚焦数字安防、集成电路、网络通信、智能计算、生物医药等十大标志性产业链，实施强链补链项目。",
         {"数字安防", "集成电路", "网络通信", "智能计算", "生物医药"}, set()),
        ("从加快5G网络建设部署、着力构建5G安全保障体系、加强组织实施等五个方面提出了18条措施。", {"5G"}, {"组织实施"}),
        ("推进国家人工智能创新应用先导区和国家工业互联网大数据江西分中心建设。", set(), {"人工智能", "工业互联网", "大数据"}),
        ("据《新能源汽车报》报道，动力电池回收体系正在建立。", {"动力电池"}, {"新能源汽车"}),
        ("新能源汽车报废回收体系正在建立。", {"新能源汽车"}, set()),
        ("《实施意见》明确了新能源、民用航空制造业、生物医药三个重点领域。", {"新能源", "生物医药"}, {"明确了新能源"}),
        ("(责任单位:省大数据局、省工业和信息化厅)要发展大数据产业。", {"大数据"}, set()),
        ("责任单位:省大数据局。", set(), {"大数据"}),
        ("新能源汽车局面向好。", {"新能源汽车"}, set()),
    ],
    ids=["verb-before-field", "university", "offices", "firms-then-fields", "counted-chains", "counted-aspects",
         "zone-and-branch-names", "a-paper-named-after-a-field", "scrapping-is-no-paper",
         "a-bureau-then-the-field", "a-bureau-is-no-field", "a-situation-keeps-its-field", "a-list-a-document-sets-out"],
)
def test_nlp_field_words_inside_other_words(text, fields, not_fields):
    _, found, _ = run(text)
    sectors = {label for t, label in found if t == "Sector"}
    assert fields <= sectors and not (not_fields & sectors)


def test_nlp_counts_and_particles_before_a_title_are_no_names():
    _, found, _ = run("据介绍，电子信息司有三位副司长在任，都是由副司长一职升任。总体要求是，认真贯彻落实。")
    assert {label for t, label in found if t in ("Official", "Organization")} == {"电子信息司"}


@pytest.mark.parametrize(
    "text,programme",
    [
        ("要深入实施“雄鹰行动”，培育一批世界一流企业。", "“雄鹰行动”"),
        ("全面实施“八八战略”，奋力打造重要窗口。", "“八八战略”"),
        ("要以数字经济“一号工程”为牵引，推动5G与制造业深度融合。", "数字经济“一号工程”"),
        ("苗圩表示，要深入实施工业互联网创新发展战略。", "工业互联网创新发展战略"),
    ],
    ids=["quoted-action", "quoted-strategy", "field-before-quotes", "named-development-strategy"],
)
def test_nlp_quoted_and_strategy_programmes(text, programme):
    _, found, _ = run(text)
    assert ("Program", programme) in found


@pytest.mark.parametrize(
    "text,not_programme",
    [
        ("要实施“十大行动”，落实国家发展战略。", ("“十大行动”", "国家发展战略")),
        ("要落实习近平总书记“深入实施工业互联网创新发展战略”的要求。", ("习近平总书记“深入实施工业互联网创新发展战略”",)),
    ],
    ids=["counts-and-generic", "quoted-sentence"],
)
def test_nlp_quoted_counts_and_sentences_are_no_programmes(text, not_programme):
    _, found, _ = run(text)
    assert not {("Program", label) for label in not_programme} & found


@pytest.mark.parametrize(
    "text,event",
    [
        ("第十一届全国人民代表大会常务委员会第十八次会议29日在京闭幕。", "第十一届全国人民代表大会常务委员会第十八次会议"),
        ("十三届全国人大常委会第三十六次会议表决通过。", "第十三届全国人民代表大会常务委员会第三十六次会议"),
        ("华建敏在十一届全国人大一次会议第四次全体会议上作说明。", "第十一届全国人民代表大会第一次会议第四次全体会议"),
        ("十四届全国人大二次会议3月5日开幕。", "第十四届全国人民代表大会第二次会议"),
        ("全国政协十四届二次会议闭幕。", "中国人民政治协商会议第十四届全国委员会第二次会议"),
        ("4月20日，中部六省一季度工业经济运行形势分析会在武汉召开，辛国斌出席会议。", "中部六省一季度工业经济运行形势分析会"),
        ("中国记协在京举办以“智造未来——中国制造业企业媒体见面会”为主题的新闻茶座。", "中国制造业企业媒体见面会"),
    ],
    ids=["standing-committee", "standing-committee-short", "a-plenary-meeting-of-a-session", "npc-short", "cppcc-short", "analysis-meeting", "slogan-before-dash"],
)
def test_nlp_sessions_and_named_meetings(text, event):
    _, found, _ = run(text)
    assert ("Event", event) in found


@pytest.mark.parametrize(
    "text",
    # (a body's own party group in session is named after the body: test_nlp_a_bodys_party_group_meeting)
    ["工信部召开全国电视电话会议，部署工作。", "省工信厅召开部分企业负责人座谈会。", "昨日各单位召开党组扩大会议，传达精神。",
     "工信部召开行业性技术与应用大会。"],
    ids=["teleconference", "some-firms", "party-group", "industry-wide"],
)
def test_nlp_kinds_of_meeting_are_no_events(text):
    _, found, _ = run(text)
    assert not any(t == "Event" for t, _ in found)


def test_nlp_first_of_a_list_of_programmes_without_a_trigger():
    _, found, _ = run("“五五”：“五大工程”，国家制造业创新中心建设工程、智能制造工程、绿色制造工程、工业强基工程。")
    assert ("Program", "国家制造业创新中心建设工程") in found


def test_nlp_an_action_programme_document_is_no_programme():
    _, found, _ = run("要实施制造强国战略第一个十年行动纲领。")
    assert not any(t == "Program" and label.endswith("行动") for t, label in found)


def test_nlp_decree_names_whole_bodies():
    _, found, relations = run("新华社电 国务院任命重庆市副市长张三为国务院港澳事务办公室副主任。央視網|中國網絡電視臺 消息。")
    orgs = {label for t, label in found if t == "Organization"}
    assert {"重庆市人民政府", "国务院港澳事务办公室"} <= orgs
    assert not {"命重庆市人民政府", "港澳事务办公室", "中国网"} & orgs
    assert ("张三", "holdsPost", "国务院港澳事务办公室", "副主任") in relations


def test_nlp_names_listed_after_a_titled_name_share_the_title():
    _, found, _ = run("市工信局局长林毅荣，副局长焦宪亮、肖储宁分别介绍了情况。")
    assert {label for t, label in found if t == "Official"} == {"林毅荣", "焦宪亮", "肖储宁"}


@pytest.mark.parametrize(
    "text,orgs",
    [
        ("谁来接棒电子信息司司长？", {"电子信息司"}),
        ("机械科学研究总院集团有限公司党委委员、技术委员会主任委员张三出席。", set()),
    ],
    ids=["headline-question-before-a-known-department", "a-firms-committee"],
)
def test_nlp_departments_before_titles_are_bodies(text, orgs):
    _, found, _ = run(text)
    assert {label for t, label in found if t == "Organization"} == orgs


def test_nlp_two_meetings_joined_by_he_are_two_events():
    _, found, _ = run("近日，工信部在京召开重点地区工业经济运行座谈会和钢铁行业稳增长座谈会，辛国斌出席。")
    assert {label for t, label in found if t == "Event"} == {"重点地区工业经济运行座谈会", "钢铁行业稳增长座谈会"}


def test_nlp_a_list_its_count_closes_names_each_item_as_written():
    _, found, _ = run(
        "张劲松表示，北京将做大新一代信息技术、医药健康两个国际引领支柱产业；做强集成电路、智能网联汽车、智能制造与装备、"
        "绿色能源与节能环保四个特色优势的“北京智造”产业；做优区块链与先进计算、科技服务业、智慧城市、信息内容消费四个"
        "创新链接的“北京服务”产业。"
    )
    sectors = {label for t, label in found if t == "Sector"}
    assert {"医药健康", "智能制造与装备", "绿色能源与节能环保", "区块链与先进计算", "智慧城市", "信息内容消费"} <= sectors
    assert not {"医药", "区块链", "节能环保", "做大新一代信息技术"} & sectors


def test_nlp_a_count_that_does_not_match_the_list_names_nothing_new():
    _, found, _ = run("要推动集成电路、新能源汽车、高端装备与新材料等五个产业发展。")
    assert ("Sector", "高端装备与新材料") not in found


@pytest.mark.parametrize(
    "text,fields,not_fields",
    [
        ("加快推进智能制造工程，聚焦高档数控机床和工业机器人、增材制造、智能传感与控制装备、智能检测与装配装备、"
         "智能物流与仓储装备等五类关键技术装备。",
         {"高档数控机床", "工业机器人", "智能传感与控制装备", "智能物流与仓储装备"}, {"高档数控机床和工业机器人"}),
        ("苗圩说，《中国制造2025》选择新一代信息技术产业、高档数控机床和机器人、航空航天装备、海洋工程装备及高技术船舶、"
         "先进轨道交通装备、节能与新能源汽车、电力装备、农机装备、新材料、生物医药及高性能医疗器械等十大重点领域。",
         {"新一代信息技术"}, {"选择新一代信息技术产业", "新一代信息技术产业"}),
        ("“机器人+”应用行动将在汽车、电子、机械、仓储物流、智能家居等制造业领域开展应用示范。", {"仓储物流", "机械"}, set()),
    ],
    ids=["five-classes-of-equipment", "lead-verb-and-industry-suffix", "kind-of-field-before-lingyu"],
)
def test_nlp_counted_and_kinded_lists(text, fields, not_fields):
    _, found, _ = run(text)
    sectors = {label for t, label in found if t == "Sector"}
    assert fields <= sectors and not (not_fields & sectors)


@pytest.mark.parametrize(
    "text,person",
    [
        ("局长石建洲汇报了情况。", "石建洲"),
        ("区长吴金城表示，要加快发展。", "吴金城"),
        ("副市长王胜带领市工信局负责同志调研。", "王胜"),
        ("副主任孙星共同在论坛开幕式上致辞。", "孙星"),
        ("党委副书记、副局长、一级调研员余守坤参加会议。", "余守坤"),
        ("國務院副總理曾培炎發來賀信。", "曾培炎"),
        ("会议听取王照平主任关于当前重点工作的汇报。", "王照平"),
        ("尊敬的姜大明省长，各位来宾。", "姜大明"),
    ],
    ids=["reported", "district-head", "led", "together", "rank-title", "sent", "heard", "dear"],
)
def test_nlp_unknown_officials_beside_titles_and_verbs(text, person):
    _, found, _ = run(text)
    assert {label for t, label in found if t == "Official"} == {person}


@pytest.mark.parametrize("text", ["苟副部长强调，要加强管理。", "越南總理阮晉勇出席。"], ids=["verb-after-title", "country"])
def test_nlp_verbs_and_countries_before_or_after_titles_are_no_names(text):
    _, found, _ = run(text)
    assert not {label for t, label in found if t == "Official"} & {"强调", "越南"}


@pytest.mark.parametrize(
    "text,post",
    [
        ("芜湖市经信局局长张三出席。", ("张三", "芜湖市经济和信息化局", "局长")),
        ("苏州市发改委主任王五表示。", ("王五", "苏州市发展和改革委员会", "主任")),
        ("会见了成都市经信局副局长李四。", ("李四", "成都市经济和信息化局", "副局长")),
        ("国家发改委主任何立峰表示。", ("何立峰", "国家发展改革委", "主任")),
    ],
    ids=["city-office-short-name", "national-short-name-after-a-city", "after-a-verb", "national-stays-national"],
)
def test_nlp_city_offices_under_their_full_names(text, post):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == {post}


@pytest.mark.parametrize(
    "text,not_fields",
    [
        ("来源：中国水泥网 2023-01-01", {"水泥"}),
        ("他曾在航空部603所工作，后任航空航天部副部长。", {"航空", "航空航天"}),
        ("弘扬新时代北斗精神。", {"北斗"}),
        ("参观人工智能展示中心。", {"人工智能"}),
        ("具备制造航空母舰的能力。", {"航空"}),
    ],
    ids=["source-line", "old-ministries", "spirit", "exhibition-centre", "aircraft-carrier"],
)
def test_nlp_field_words_in_names_of_other_things(text, not_fields):
    _, found, _ = run(text)
    assert not {label for t, label in found if t == "Sector"} & not_fields


def test_nlp_fields_next_to_parts_and_hubs_stay_fields():
    _, found, _ = run("要加快发展汽车部件、航空航天、北斗等产业，打造全球领先的低空经济中心。坚持实事求是。")
    sectors = {label for t, label in found if t == "Sector"}
    assert {"航空航天", "北斗", "低空经济"} <= sectors
    assert ("Organization", "求是") not in found


def test_nlp_provincial_bodies_and_governor_named_without_the_province():
    _, found, relations = run(
        "1月26日上午，山东省第十三届人民代表大会第二次会议在济南开幕。省委书记、省人大常委会主任刘家义出席大会，"
        "省长龚正代表省人民政府作政府工作报告。"
    )
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert posts == {("刘家义", "中国共产党山东省委员会", "书记"), ("刘家义", "山东省人民代表大会常务委员会", "主任"),
                     ("龚正", "山东省人民政府", "省长")}
    assert ("Organization", "山东省人民政府") in found


def test_nlp_office_of_a_named_commission_is_one_body():
    _, found, relations = run("新华社电 中央军民融合发展委员会办公室常务副主任金壮龙表示。")
    assert ("金壮龙", "holdsPost", "中央军民融合发展委员会办公室", "常务副主任") in relations
    assert ("Organization", "办公室") not in found


def test_nlp_actions_of_the_internet_plus_plan_are_programmes():
    _, found, relations = run("《指导意见》提出了11项重点行动。其中，“互联网+”协同制造、“互联网+”智慧能源和“互联网+”人工智能与工业关联最为亲密。"
                              "“互联网+”协同制造将重点发展智能制造。要为“互联网+”行动提供支撑，落实“互联网+”指导意见。")
    programs = {label for t, label in found if t == "Program"}
    assert {"“互联网+”协同制造", "“互联网+”智慧能源", "“互联网+”人工智能", "“互联网+”行动"} <= programs
    assert "“互联网+”指导意见" not in programs
    assert ("“互联网+”协同制造", "targets", "智能制造", None) in relations
    _, found, _ = run("以实施“互联网+”制造业和“互联网+”小微企业为重点，推动工业转型。")
    assert {label for t, label in found if t == "Program"} == {"“互联网+”制造业", "“互联网+”小微企业"}


def test_nlp_counted_application_scenes_are_no_fields():
    _, found, _ = run("“5G+工业互联网”已在采矿、钢铁等十大重点行业率先布局，形成远程设备操控、机器视觉质检等20个应用场景。")
    sectors = {label for t, label in found if t == "Sector"}
    assert "机器视觉" not in sectors and {"采矿", "钢铁"} <= sectors


def test_nlp_spun_text_keeps_a_field_holding_a_spun_word():
    _, found, _ = run("家产和信息化部表示，要成长机器视觉、智能语音等财产，施止严峻技术拆备攻关工程，增强根原能力。")
    assert ("Sector", "机器视觉") in found and ("Program", "重大技术装备攻关工程") in found


def test_nlp_hong_kong_bureau_and_blueprint():
    _, found, relations = run("对此，香港特区政府创新科技及工业局局长孙东回应时表示，特区政府正落实《香港创新科技发展蓝图》。")
    assert ("孙东", "holdsPost", "创新科技及工业局", "局长") in relations
    assert {("Organization", "香港特别行政区政府"), ("PolicyDocument", "香港创新科技发展蓝图")} <= found


@pytest.mark.parametrize(
    "text,label",
    [
        ("会议指出，要落实国务院关于大力推进信息化发展和切实保障信息安全的若干意见。",
         ("PolicyDocument", "国务院关于大力推进信息化发展和切实保障信息安全的若干意见")),
        ("又出台了关于金融支持工业稳增长调结构增效益的若干意见。", ("PolicyDocument", "关于金融支持工业稳增长调结构增效益的若干意见")),
        ("中国发展高层论坛2023年年会在京开幕，金壮龙出席并发言。", ("Event", "中国发展高层论坛")),
        ("第九届中国—东盟博览会开幕，国家副主席习近平宣布博览会开幕。", ("Event", "中国—东盟博览会")),
    ],
    ids=["state-council-opinions", "issued-opinions", "forum-year-session", "no-person-in-an-event-name"],
)
def test_nlp_untitled_documents_and_event_labels(text, label):
    _, found, _ = run(text)
    assert label in found
    assert not any(t == "Event" and "习近平" in name for t, name in found)


def test_nlp_a_topic_clause_starting_guanyu_is_no_document():
    _, found, _ = run("关于这个问题的通知，大家都知道。")
    assert not any(t == "PolicyDocument" for t, _ in found)


def test_nlp_a_programme_something_joins_is_named_after_the_verb():
    _, found, _ = run("闻库表示，将推动将车联网纳入国家新型信息基础设施建设工程，加快5G终端发展。")
    assert ("Program", "国家新型信息基础设施建设工程") in found and ("Sector", "车联网") in found


def test_nlp_a_title_that_is_the_tail_of_an_earlier_one_names_it():
    _, found, relations = run(
        "工业和信息化部制订实施了《促进新一代人工智能产业发展三年行动计划(2018—2020年)》。会上，刁石京介绍了《三年行动计划》的实施进展。"
    )
    assert ("Program", "三年行动计划") not in found
    assert ("刁石京", "discusses", "促进新一代人工智能产业发展三年行动计划", None) in relations


@pytest.mark.parametrize(
    "text,event,attendee",
    [
        ("12月28日，工业和信息化部举行《“十四五”机器人产业发展规划》新闻发布会。装备工业一司司长王卫明在发布会上介绍，"
         "机器人产业发展很快。", "“十四五”机器人产业发展规划新闻发布会", "王卫明"),
        ("国家航天局副局长吴艳华在当天举行的《2016中国的航天》白皮书新闻发布会上介绍，这是第四部航天白皮书。",
         "2016中国的航天白皮书新闻发布会", "吴艳华"),
        ("国务院新闻办公室于2012年4月25日上午10时举行新闻发布会,请工业和信息化部总工程师朱宏任介绍2012年一季度全国工业通信业"
         "发展情况,并答记者问。", "2012年一季度全国工业通信业发展情况新闻发布会", "朱宏任"),
        ("国务院新闻办公室今天下午举行新闻发布会，请国家发展和改革委员会副主任张晓强、科学技术部副部长曹健林介绍"
         "《国务院关于加快培育和发展战略性新兴产业的决定》有关情况，并答记者问。",
         "国务院关于加快培育和发展战略性新兴产业的决定新闻发布会", "曹健林"),
        ("國務院新聞辦公室舉行新聞發布會,請工信部部長苗圩介紹工業穩增長調結構有關情況,並答記者問。",
         "工业稳增长调结构有关情况新闻发布会", "苗圩"),
        ("国新办就贯彻落实党的十八届五中全会精神,促进工业通信业转型发展有关情况举行新闻发布会,工业和信息化部部长苗圩出席。",
         "贯彻落实党的十八届五中全会精神,促进工业通信业转型发展有关情况新闻发布会", "苗圩"),
    ],
    ids=["document-in-title-marks", "white-paper", "topic-after-comma", "document-after-comma", "a-topics-youguan-qingkuang",
         "topic-before-the-conference"],
)
def test_nlp_press_conference_named_by_what_it_presents(text, event, attendee):
    _, found, relations = run(text)
    assert ("Event", event) in found
    assert (attendee, "attends", event, None) in relations


def test_nlp_a_contest_is_an_event_and_a_list_of_launched_projects_is_none():
    _, found, relations = run("第五届中国工业互联网大赛开幕式在浙江省宁波市举行。工业和信息化部总工程师赵志国出席开幕式并致辞。")
    assert ("赵志国", "attends", "中国工业互联网大赛", None) in relations
    _, found, _ = run("会上举行了“中国工业互联网研究院山东省分院”“工业数据管理能力成熟度评估模型”等青岛市工业互联网标志性项目启动仪式。")
    assert not {label for t, label in found if t == "Event"}


@pytest.mark.parametrize(
    "text,event,chair",
    [
        ("8月1日，工业和信息化部党组书记、部长李乐成主持召开部党组会议，传达学习国务院常务会议精神。",
         "工业和信息化部党组会议", "李乐成"),
        ("工信部3日在京召开党组扩大会议，党组书记、部长苗圩主持会议。", "工业和信息化部党组扩大会议", "苗圩"),
        ("10月16日，工业和信息化部党组书记、部长李毅中主持召开党组会议，传达学习党的十七届三中全会精神。",
         "工业和信息化部党组会议", "李毅中"),
        ("工信部党组书记出席。各单位召开党组会议。", None, None),
    ],
    ids=["bu-for-the-ministry", "the-body-before-the-verb", "the-body-whose-secretary-chairs", "no-body-of-the-clause"],
)
def test_nlp_a_bodys_party_group_meeting(text, event, chair):
    _, found, relations = run(text)
    events = {label for t, label in found if t == "Event" and "党组" in label}
    assert events == ({event} if event else set())
    if chair:
        assert (chair, "attends", event, None) in relations


def test_nlp_a_speech_after_the_event_set_in_the_sentence_before():
    text = ("2022年世界互联网大会乌镇峰会在浙江乌镇举行。工业和信息化部副部长张云明出席大会开幕式。\n"
            "在工业和信息化部与浙江省人民政府共同主办的“工业互联网论坛”上，国内外知名专家学者深入研讨。"
            "张云明在致辞中表示，工业互联网快速发展。")
    _, _, relations = run(text)
    assert ("张云明", "attends", "工业互联网论坛", None) in relations


def test_nlp_a_sitting_of_a_series_of_talks_is_the_series():
    _, found, relations = run("“展望十三五”系列报告会第六场报告会在京举行。工业和信息化部部长苗圩作报告。")
    assert ("苗圩", "attends", "“展望十三五”系列报告会", None) in relations


def test_nlp_a_list_of_the_leaders_attending_attends_the_event_named_before():
    text = ("第四届中国国际高新技术成果交易会今天在深圳开幕。\n出席今天开幕式的领导有：对外贸易经济合作部部长石广生同志、"
            "信息产业部副部长苟仲文、国家计委副主任汪洋。")
    _, _, relations = run(text)
    assert {(name, "attends", "中国国际高新技术成果交易会", None) for name in ("石广生", "苟仲文", "汪洋")} <= relations


def test_nlp_white_paper_is_a_document_its_publisher_issued():
    _, found, relations = run("国务院新闻办公室27日发表《2016中国的航天》白皮书，全面介绍中国航天活动的主要进展。")
    assert ("PolicyDocument", "2016中国的航天") in found
    assert ("国务院新闻办公室", "issues", "2016中国的航天", None) in relations


@pytest.mark.parametrize(
    "text",
    ["国务院新闻办公室举行新闻发布会，介绍有关情况。", "工信部召开新闻发布会，通报会议的情况。"],
    ids=["no-topic", "topic-with-de"],
)
def test_nlp_press_conference_without_a_topic_is_no_event(text):
    _, found, _ = run(text)
    assert not {label for t, label in found if t == "Event"}


def test_nlp_government_work_report_cited_is_no_speech_at_the_conference():
    text = ("国务院新闻办公室举行新闻发布会,请工业和信息化部相关负责人介绍2014年第一季度工业通信业发展情况。"
            "产业政策司司长冯飞在答记者问时表示,工信部采取几个措施:第一,李克强总理在今年政府工作报告当中提出,要淘汰落后产能。")
    _, _, relations = run(text)
    event = "2014年第一季度工业通信业发展情况新闻发布会"
    assert ("冯飞", "attends", event, None) in relations
    assert ("李克强", "attends", event, None) not in relations


def test_nlp_delivering_the_government_work_report_attends_the_session():
    _, _, relations = run("1月14日，山东省第十三届人民代表大会第二次会议开幕。省长龚正代表省人民政府作政府工作报告。")
    assert ("龚正", "attends", "山东省第十三届人民代表大会第二次会议", None) in relations


@pytest.mark.parametrize(
    "text,body,post",
    [
        ("1月29日，深圳市市长覃伟中代表市人民政府作政府工作报告。市工业和信息化局局长刘胜表示，将全力抓好落实。",
         "深圳市工业和信息化局", ("刘胜", "局长")),
        ("在汕期间，汕头市人民政府郑剑戈市长会见调研组一行。市政府副秘书长陈汉雄陪同调研。", "汕头市人民政府",
         ("陈汉雄", "副秘书长")),
        ("芜湖市经信局召开座谈会。市委书记宁波出席，市经信局二级调研员陈传宏汇报了工业互联网建设情况。",
         "中国共产党芜湖市委员会", ("宁波", "书记")),
        ("汕头市人民政府召开会议。市委马文田书记、市政府郑剑戈市长会见调研组一行。", "中国共产党汕头市委员会",
         ("马文田", "书记")),
        ("深圳市人民政府印发实施意见。市人大常委会于2023年1月表决通过条例。", "深圳市人民代表大会常务委员会", None),
    ],
    ids=["office-after-mayor", "government-after-name", "party-committee", "party-committee-name-then-title",
         "congress-standing-committee"],
)
def test_nlp_city_bodies_written_without_the_city(text, body, post):
    _, found, relations = run(text)
    assert ("Organization", body) in found
    if post:
        assert (post[0], "holdsPost", body, post[1]) in relations


def test_nlp_city_bodies_stay_open_when_the_article_names_two_places():
    _, found, relations = run("溧阳市工信局、金坛区工信局分别设分会场参会。市工信局党组书记、局长朱志洪发表了主题报告。")
    assert ("Organization", "溧阳市工业和信息化局") in found and ("Organization", "金坛区工业和信息化局") in found
    assert not any(s == "朱志洪" and o == "溧阳市工业和信息化局" for s, p, o, _ in relations)


@pytest.mark.parametrize(
    "text,body",
    [("听取了四川省经济和信息化厅以及成都市经济和信息化局的汇报。", "成都市经济和信息化局"),
     ("呼和浩特市工业和信息化局和呼和浩特市财政局印发工作方案。", "呼和浩特市财政局")],
    ids=["full-name", "finance-bureau"],
)
def test_nlp_city_offices_under_their_full_names(text, body):
    _, found, _ = run(text)
    assert ("Organization", body) in found


def test_nlp_a_short_form_note_names_no_city():
    _, found, _ = run("4月28日，市工业和信息化局（以下简称市工信局）组织召开全市工信系统一季度工业经济运行分析会。")
    assert not [label for t, label in found if t == "Organization" and "简称" in label]


@pytest.mark.parametrize(
    "text,program",
    [("龚正表示，要开展“万项技改、万企转型”，全年实施技改项目1万个以上。", "“万项技改、万企转型”"),
     ("省长表示，今年将实施“十大行动”，推动工业稳增长。", None),
     ("要推进“放管服”改革，优化营商环境。", None)],
    ids=["slogan-after-kaizhan", "count-of-actions", "slogan-before-a-noun"],
)
def test_nlp_quoted_campaign_taken_whole_by_its_verb(text, program):
    _, found, _ = run(text)
    programs = {label for t, label in found if t == "Program"}
    assert programs == ({program} if program else set())


@pytest.mark.parametrize(
    "text,event,attendees",
    [
        ("国务院新闻办公室于2013年4月23日举行新闻发布会,请工业和信息化部新闻发言人、运行监测协调局局长肖春泉,"
         "工业和信息化部新闻发言人、通信发展司司长张峰介绍2013年一季度工业通信业发展情况,并答记者问。",
         "2013年一季度工业通信业发展情况新闻发布会", {"肖春泉", "张峰"}),
        ("国务院新闻办公室定于2021年4月20日下午3时举行新闻发布会,工业和信息化部新闻发言人、运行监测协调局局长黄利斌"
         "介绍2021年一季度工业和信息化发展情况,并答记者问。", "2021年一季度工业和信息化发展情况新闻发布会", {"黄利斌"}),
        ("“2016年世界电信和信息社会日大会”于5月17日在北京召开。工信部总工程师张峰出席会议并致词。",
         "世界电信和信息社会日大会", {"张峰"}),
        ("“制造强国建设第二步走战略研究”项目启动会在京召开。工业和信息化部副部长单忠德参加会议。",
         "“制造强国建设第二步走战略研究”项目启动会", {"单忠德"}),
        ("正在此间参加博鳌亚洲论坛的信息产业部部长王旭东称,信息产业将持续发展。", "博鳌亚洲论坛", {"王旭东"}),
        ("在国新办举行的新闻发布会上，工信部新闻发言人、运行监测协调局局长黄利斌介绍了一季度工业通信业发展情况。",
         "一季度工业通信业发展情况新闻发布会", {"黄利斌"}),
    ],
    ids=["two-presenters", "presenter-not-invited", "held-on-a-date", "launch-meeting", "relative-clause",
         "presented-at-the-conference"],
)
def test_nlp_events_held_and_who_attends_them(text, event, attendees):
    _, found, relations = run(text)
    assert ("Event", event) in found
    assert {s for s, p, o, _ in relations if p == "attends" and o == event} == attendees


def test_nlp_posts_survive_repost_damage():
    _, _, relations = run("国务院副总理吴邦国出席会议并讲话.国家经济 贸易委员会主任李荣融作工作报告，国家经?贸委副主任张志刚主持会议。")
    assert ("李荣融", "holdsPost", "国家经济贸易委员会", "主任") in relations
    assert ("张志刚", "holdsPost", "国家经济贸易委员会", "副主任") in relations


def test_nlp_decree_gives_every_post_of_its_list():
    _, _, relations = run("任命许达哲为工业和信息化部副部长、国家国防科技工业局局长、国家航天局局长。"
                          "免去马兴瑞的工业和信息化部副部长、国家航天局局长职务。")
    assert {(s, o, r) for s, p, o, r in relations if p == "holdsPost"} == {
        ("许达哲", "工业和信息化部", "副部长"), ("许达哲", "国家国防科技工业局", "局长"), ("许达哲", "国家航天局", "局长"),
        ("马兴瑞", "工业和信息化部", "副部长"), ("马兴瑞", "国家航天局", "局长")}


@pytest.mark.parametrize(
    "text,posts",
    [
        ("公开简历显示,李乐成曾任湖北省宜昌市市长;湖北省发展和改革委员会主任、党组书记;辽宁省省长等职。",
         {("宜昌市人民政府", "市长"), ("湖北省发展和改革委员会", "主任"), ("湖北省发展和改革委员会", "党组书记"),
          ("辽宁省人民政府", "省长")}),
        ("刘昆，男，汉族，1956年12月生，广东揭阳人，中共党员，经济学博士。曾任广东省财政厅厅长、广东省副省长。",
         {("广东省财政厅", "厅长"), ("广东省人民政府", "副省长")}),
    ],
    ids=["semicolons-city-and-province", "province-office-and-governor"],
)
def test_nlp_career_chain_posts_at_provinces_and_cities(text, posts):
    _, _, relations = run(text)
    person = "李乐成" if "李乐成" in text else "刘昆"
    assert {(o, r) for s, p, o, r in relations if p == "holdsPost" and s == person} == posts


@pytest.mark.parametrize(
    "text,person,absent",
    [("省工业和信息化厅厅长王爱和通报了全省行动计划推进情况。", "王爱和", "王爱"),
     ("江西省人民政府召开会议。省政府有关副秘书长参加会议。", None, "有关副")],
    ids=["name-ending-in-he", "no-name-before-fu"],
)
def test_nlp_name_boundaries_around_he_and_fu(text, person, absent):
    _, found, _ = run(text)
    people = {label for t, label in found if t == "Official"}
    assert absent not in people
    if person:
        assert person in people


def test_nlp_cppcc_committee_and_a_former_post():
    _, found, relations = run("全国政协委员、全国政协经济委员会副主任、工业和信息化部原部长苗圩在全国政协十三届四次会议期间"
                              "接受记者采访时表示，要发展芯片产业。")
    assert ("Organization", "经济委员会") in found
    assert ("经济委员会", "partOf", "中国人民政治协商会议全国委员会", None) in relations
    assert ("苗圩", "holdsPost", "经济委员会", "副主任") in relations
    assert ("苗圩", "holdsPost", "工业和信息化部", "部长") in relations


def test_nlp_congress_and_cppcc_committees_named_with_their_parents():
    _, found, relations = run("工信部副部长王江平出席会议并讲话,全国人大财政经济委员会、全国人大常委会代表工作委员会、"
                              "全国政协提案委员会有关负责同志参加会议。")
    committees = {("全国人民代表大会财政经济委员会", "全国人民代表大会"),
                  ("全国人民代表大会常务委员会代表工作委员会", "全国人民代表大会常务委员会"),
                  ("提案委员会", "中国人民政治协商会议全国委员会")}
    for committee, parent in committees:
        assert ("Organization", committee) in found
        assert (committee, "partOf", parent, None) in relations


def test_nlp_central_party_school_is_no_central_committee():
    _, found, _ = run("副市长李卓彬:在中共中央党校学习。")
    assert ("Organization", "中国共产党中央委员会党校") in found
    assert ("Organization", "中国共产党中央委员会") not in found


@pytest.mark.parametrize("text", ["国务院办公厅印发通知。", "国务院国资委主任出席。"], ids=["office", "sasac"])
def test_nlp_state_council_bodies_get_no_part_of_from_their_names(text):
    _, _, relations = run(text)
    assert not {r for r in relations if r[1] == "partOf"}


@pytest.mark.parametrize(
    "text,post",
    [("7月20日电工业和信息化部发展司司长张峰今日表示,将有序推进试点工作。", ("张峰", "发展司", "司长")),
     ("根据国家广电总局科技司司长王效杰此前披露的计划,各地市可以上报试点申请。", ("王效杰", "科技司", "司长")),
     ("1月16日,中共中央政治局常委、全国人大常委会委员长吴邦国抵达无锡调研。",
      ("吴邦国", "全国人民代表大会常务委员会", "委员长")),
     ("无锡市人大常委会主任徐一平、无锡市委组织部部长柏长岭等参加活动。", ("柏长岭", "中国共产党无锡市委员会组织部", "部长"))],
    ids=["a-datelines-dian-before-the-ministry", "genju-before-the-body", "a-name-before-didá",
         "a-listed-citys-party-department"],
)
def test_nlp_posts_behind_words_glued_before_or_after(text, post):
    _, found, relations = run(text)
    assert (post[0], "holdsPost", post[1], post[2]) in relations
    assert not any(label.startswith(("电", "根据")) for t, label in found if t == "Organization")


def test_nlp_a_plans_bushu_names_no_ministry():
    _, found, _ = run("要加快5G网络建设部署，交通部署到位，文化部门要配合。")
    assert not {label for t, label in found if t == "Organization"}


def test_nlp_tibetan_words_inside_other_words_name_nobody():
    _, found, _ = run("主席扎西德勒。书记白玛赤林场调研。")  # a greeting; 林场 (a forest farm) goes on after 赤林
    assert not {label for t, label in found if t == "Official"}
    _, found, _ = run("泽库县召开会议。县长扎西主持会议，书记扎西同志出席。")  # a verb or 同志 after a known word
    assert not {label for t, label in found if t == "Official" and len(label) == 4}


@pytest.mark.parametrize(
    "text,names",
    [("内蒙古新闻。厅党组书记、厅长阿拉坦仓主持会议，厅党组成员、副厅长乌力吉、刘志国、其其格出席。",
      {"阿拉坦仓", "乌力吉", "刘志国", "其其格"}),
     ("准格尔旗旗长乌云毕力格代表表示，要加快转型。纪检监察组组长孟和巴雅尔出席。", {"乌云毕力格", "孟和巴雅尔"})],
)
def test_nlp_mongolian_names_without_a_surname(text, names):
    # (one or two transliterated words of Mongolian names, the second may be one character: 阿拉坦|仓)
    _, found, _ = run(text)
    assert {label for kind, label in found if kind == "Official"} == names


@pytest.mark.parametrize(
    "text,name",
    [("泽库县召开会议。县委副书记、县政府县长更智才让，县委常委、副县长李建国陪同。", "更智才让"),
     ("黄南州召开会议。州委常委、统战部长公保扎西陪同考察。", "公保扎西")],
)
def test_nlp_tibetan_names_with_one_known_word(text, name):
    # (the list of Tibetan name words cannot be whole: one known word, a title before and a boundary after)
    _, found, relations = run(text)
    assert ("Official", name) in found
    assert any(r[0] == name and r[1] == "holdsPost" for r in relations)


@pytest.mark.parametrize(
    "text,topic",
    [("工业和信息化部部长苗圩作工作报告。报告提出，要大力发展集成电路产业。", ("苗圩", "集成电路")),
     ("自治区主席白玛赤林代表自治区人民政府作政府工作报告。以下为报告摘要。\n“十二五”时期，我们将因地制宜发展光伏。",
      ("白玛赤林", "光伏"))],
    ids=["baogao-tichu", "an-excerpt-after-the-report-line"],
)
def test_nlp_a_work_report_is_its_reporters_speech(text, topic):
    _, _, relations = run(text)
    assert (topic[0], "discusses", topic[1], None) in relations


def test_nlp_a_work_report_cited_for_its_spirit_is_no_speech():
    _, _, relations = run("部长苗圩传达学习政府工作报告精神。会议认为，要大力发展集成电路产业。")
    assert not {r for r in relations if r[1] == "discusses"}


@pytest.mark.parametrize(
    "text,group",
    [("副总理马凯主持召开国家制造强国建设领导小组第二次会议。", "国家制造强国建设领导小组"),
     ("国务院副总理刘鹤主持召开国务院促进中小企业发展工作领导小组第一次会议。", "国务院促进中小企业发展工作领导小组")],
    ids=["numbered", "numbered-state-council-group"],
)
def test_nlp_a_leading_groups_meeting_names_the_group_and_the_meeting(text, group):
    _, found, relations = run(text)
    assert ("Event", group + "会议") in found and ("Organization", group) in found
    assert any(r[1] == "attends" and r[2] == group + "会议" for r in relations)


def test_nlp_a_bare_leading_group_meeting_is_no_event():
    _, found, _ = run("省长主持召开领导小组会议,研究部署下一步工作。")
    assert not {label for t, label in found if t == "Event"}


def test_nlp_a_numbered_session_keeps_its_whole_span():
    doc = extract_article(Article("x.txt", "x.txt", "标题\n省长骆惠宁主持召开省政府第93次常务会议。"))
    (event,) = [m for m in doc.mentions if m.type == "Event"]
    assert event.text == "省政府第93次常务会议"


def test_nlp_party_group_members_of_the_body_named_in_the_sentence_before():
    _, _, relations = run("10月16日，工业和信息化部党组书记、部长李毅中主持召开党组会议，传达学习党的十七届三中全会精神，"
                          "研究部署贯彻落实工作。党组成员、副部长欧新黔、娄勤俭出席会议。")
    for person in ("欧新黔", "娄勤俭"):
        assert (person, "holdsPost", "工业和信息化部", "副部长") in relations
        assert (person, "holdsPost", "工业和信息化部", "党组成员") in relations


def test_nlp_a_party_groups_title_alone_takes_no_body_from_the_sentence_before():
    _, _, relations = run("工业和信息化部部长李毅中主持召开会议，研究部署贯彻落实工作。党组成员王某某出席会议。")
    assert not {r for r in relations if r[0] == "王某某"}


def test_nlp_list_line_with_a_padded_role_and_a_bare_title():
    _, _, relations = run("重庆市人民政府办公厅关于成立重庆市笔记本电脑基地建设领导小组的通知\n一、领导小组组成人员\n"
                          "组　长：黄奇帆　市长\n副组长：马正其　市委常委、常务副市长")
    assert ("黄奇帆", "holdsPost", "重庆市笔记本电脑基地建设领导小组", "组长") in relations
    assert ("黄奇帆", "holdsPost", "重庆市人民政府", "市长") in relations


@pytest.mark.parametrize(
    "text,post",
    [("国家工业和信息化部产业政策司袁克兰处长参加了会议。", ("袁克兰", "产业政策司", "处长")),
     ("中国水泥协会雷前治会长、辽宁省经信委谭成旭副主任参加了会议。", ("谭成旭", "辽宁省经济和信息化委员会", "副主任"))],
    ids=["division-head-after-a-department", "after-a-local-commission-written-short"],
)
def test_nlp_name_then_title_after_a_body(text, post):
    _, _, relations = run(text)
    assert (post[0], "holdsPost", post[1], post[2]) in relations


def test_nlp_a_provinces_office_after_its_short_name_is_the_provinces():
    _, found, relations = run("原材料工业司司长陈燕海、四川经济和信息化委员会主任焦伟侠出席会议并讲话。")
    assert ("焦伟侠", "holdsPost", "四川省经济和信息化委员会", "主任") in relations
    assert ("Organization", "四川经济和信息化委员会") not in found


# Entities of real sentences that dictionaries and rules added in one session read (one table: the same check)
FOUND_IN_SENTENCES = [
    # bodies of earlier State Council charts and of other state organs
    ("经国家质检总局、卫生部、农业部等相关部门整治,乳制品企业生产已逐渐恢复。", "Organization", "卫生部"),
    ("工信部、卫计委、国家发改委等部委联合发布通知。", "Organization", "国家卫生和计划生育委员会"),
    ("建设部、交通部和人事部联合发文。", "Organization", "交通部"),
    ("劳动保障部、国家安监局有关负责同志出席。", "Organization", "劳动和社会保障部"),
    ("工信部、最高人民法院、最高人民检察院等十三部门日前印发《综合整治骚扰电话专项行动方案》。", "Organization", "最高人民检察院"),
    ("国家市场监督管理总局、国家能源局、国家消防救援局有关司局负责人作交流发言。", "Organization", "国家消防救援局"),
    ("中国国家航天局系统工程司副司长吕波透露,中国将推进航天产业发展。", "Organization", "系统工程司"),
    ("据国家航天局局长孙来燕介绍,月球探测工程与载人航天工程一起作为重大专项之一。", "Program", "探月工程"),
    # fields of the software plans
    ("杨学山表示，要加快培育软件和信息服务业。", "Sector", "软件和信息服务"),
    ("夏德仁说，大连已形成以服务外包为特色的软件产业集群。", "Sector", "服务外包"),
    ("夏德仁说，要加快发展动漫游戏、集成电路设计等新兴领域。", "Sector", "动漫游戏"),
    # names: Tibetan, before 多次, a rare surname, before a division's title
    ("自治区主席白玛赤林代表自治区人民政府作政府工作报告。", "Official", "白玛赤林"),
    ("西藏自治区党委副书记、自治区主席洛桑江村主持会议。", "Official", "洛桑江村"),
    ("上半年全省规模工业增加值同比增长11.2%。省长杜家毫多次深入企业调研。", "Official", "杜家毫"),
    ("副县长攸超出席会议并讲话。", "Official", "攸超"),
    ("会上,电子信息司电子基础处李婷处长介绍规范条件修订实施情况。", "Official", "李婷"),
]


@pytest.mark.parametrize("text,kind,label", FOUND_IN_SENTENCES, ids=[label for _, _, label in FOUND_IN_SENTENCES])
def test_nlp_entities_found_in_real_sentences(text, kind, label):
    _, found, _ = run(text)
    assert (kind, label) in found


@pytest.mark.parametrize(
    "text,programme,fields",
    [("规划部署了八个重点工程。其中，大数据关键技术及产品研发与产业化工程围绕云计算、物联网、人工智能等领域，突破关键技术；"
      "工业大数据创新发展工程聚焦智能制造和工业互联网，推动大数据应用。",
      "工业大数据创新发展工程", {"智能制造", "工业互联网"}),
     ("实施特色优势产业培育工程，聚焦藏医药、天然饮用水、民族手工业和农畜产品加工四大领域，培育一批龙头企业。",
      "特色优势产业培育工程", {"藏医药", "天然饮用水", "民族手工业", "农畜产品加工"})],
    ids=["a-programme-opening-its-clause-then-its-scope", "a-counted-list-whose-last-item-is-two"],
)
def test_nlp_programmes_and_the_fields_they_target(text, programme, fields):
    _, found, relations = run(text)
    assert ("Program", programme) in found
    assert {o for s, p, o, _ in relations if s == programme and p == "targets"} == fields


def test_nlp_a_counted_list_after_zhua_and_no_aggregate_fields():
    _, found, _ = run("包叙定说：我们重点抓电子信息、生物工程和环保三个领域。推动装备制造、石化、能源和食品四大主导产业转型升级。")
    sectors = {label for t, label in found if t == "Sector"}
    assert {"电子信息", "生物工程", "环保"} <= sectors
    assert not {"抓电子信息", "装备制造"} & sectors


def test_nlp_committee_word_names_nobody():
    _, found, _ = run("市委副书记、市长胡衡华主持,全国政协常委、经济委员会副主任苗圩,市政协主席程丽华出席。")
    assert "经济" not in {label for t, label in found if t == "Official"}


@pytest.mark.parametrize(
    "text,posts",
    [
        ("國防科工委副主任兼國家航天局局長孫來燕在儀式上發言。",
         {("孙来燕", "国防科学技术工业委员会", "副主任"), ("孙来燕", "国家航天局", "局长")}),
        ("國防科工委主任張云川參觀了成果展。", {("张云川", "国防科学技术工业委员会", "主任")}),
        ("國家發展改革委高技術產業司副司長綦成元出席開幕式。", {("綦成元", "高技术产业司", "副司长")}),
    ],
    ids=["jian-second-post", "name-before-canguan", "rare-surname-qi"],
)
def test_nlp_posts_with_jian_visits_and_rare_surnames(text, posts):
    _, _, relations = run(text)
    assert {(s, o, r) for s, p, o, r in relations if p == "holdsPost"} == posts


@pytest.mark.parametrize(
    "text,document",
    [
        ("工业和信息化部副部长娄勤俭今天透露说,我国正在拟定电子信息产业振兴规划。", "电子信息产业振兴规划"),
        ("信息产业部电子信息产品管理司司长丁文武在解读“十一五”软件产业发展规划时认为,软件要创新。", "“十一五”软件产业发展规划"),
        ("张峰强调,工业和信息化部将按照十三五规划纲要的要求部署。", "中华人民共和国国民经济和社会发展第十三个五年规划纲要"),
        ("北京发布“十四五”高精尖产业发展规划。北京市经济和信息化局局长张劲松介绍《北京市“十四五”时期高精尖产业发展规划》有关情况。",
         "北京市“十四五”时期高精尖产业发展规划"),
    ],
    ids=["industry-plan-being-drafted", "quoted-period-plan", "five-year-outline-unquoted", "headline-short-form"],
)
def test_nlp_named_industry_plans_without_title_marks(text, document):
    _, found, _ = run(text)
    documents = {label for t, label in found if t == "PolicyDocument"}
    assert documents == {document}


def test_nlp_a_count_of_plans_is_no_plan_name():
    _, found, _ = run("在国家制定了十个重点产业调整和振兴规划后，工业走出低谷。")
    assert "十个重点产业调整和振兴规划" not in {label for t, label in found if t == "PolicyDocument"}


@pytest.mark.parametrize(
    "text,outlet",
    [("记者（中国电子报）：集成电路升级工程将如何实施？", "中国电子报"), ("记者(新华社)：规划的实施进度如何保证？", "新华通讯社")],
    ids=["fullwidth-brackets", "ascii-brackets"],
)
def test_nlp_questioners_outlet_in_brackets_is_no_entity(text, outlet):
    _, found, _ = run(text)
    assert ("Organization", outlet) not in found


def test_nlp_programme_list_after_ji_and_a_shared_suffix_only_for_alike_halves():
    _, found, _ = run("为落实上述任务，规划安排了六大工程，即集成电路升级工程、新型显示和彩电工业转型工程、TD-SCDMA产业化工程。"
                      "要实施智能制造和绿色制造工程。")
    programs = {label for t, label in found if t == "Program"}
    assert {"集成电路升级工程", "新型显示和彩电工业转型工程", "智能制造工程", "绿色制造工程"} <= programs
    assert not programs & {"即集成电路升级工程", "新型显示工程", "彩电工业转型工程"}


@pytest.mark.parametrize(
    "text,wrong",
    [("内蒙古自治区传统制造业转型升级大会召开。自治区工业和信息化厅副厅长张广收,市委常委、副市长胡蕊,"
      "中国信息通信研究院副院长胡坚波致辞。", ("胡蕊", "内蒙古自治区工业和信息化厅", "常委"))],
    ids=["party-title-after-a-departments-official"],
)
def test_nlp_party_titles_need_a_committee(text, wrong):
    _, _, relations = run(text)
    assert (wrong[0], "holdsPost", wrong[1], wrong[2]) not in relations
    assert ("张广收", "holdsPost", "内蒙古自治区工业和信息化厅", "副厅长") in relations


def test_nlp_politburo_standing_member_keeps_the_post():
    _, _, relations = run("中共中央政治局常委、国务院总理李强主持召开座谈会。")
    assert ("李强", "holdsPost", "中国共产党中央委员会", "政治局常委") in relations


@pytest.mark.parametrize(
    "text,absent",
    [("工信部副部长张云明介绍,生物制造产品在医药健康、日化美妆、绿色能源等行业不断扩大应用范围。", {"医药", "日用化学品", "绿色能源"}),
     ("7月17日,国家发改委主任郑栅洁召开座谈会。参加本次座谈会的民营企业涉及钢铁冶炼、电子器件、食品加工等制造业。", {"钢铁", "食品"})],
    ids=["application-areas", "attending-firms-fields"],
)
def test_nlp_application_areas_and_attendees_fields_are_no_sectors(text, absent):
    _, found, _ = run(text)
    assert not absent & {label for t, label in found if t == "Sector"}


@pytest.mark.parametrize(
    "text,event,present,absent",
    [
        ("第十四届全国人民代表大会第二次会议举行第二次全体会议。会议结束后,工业和信息化部部长金壮龙接受采访。",
         "第十四届全国人民代表大会第二次会议", {"金壮龙"}, set()),
        ("2025世界智能产业博览会在重庆开幕。市委书记袁家军出席开幕式,宣读习近平主席贺信并致辞。",
         "世界智能产业博览会", {"袁家军"}, {"习近平", "贺信并"}),
        ("辽宁省与工业和信息化部在北京举行省部会商会议。郝鹏说,春节前夕,习近平总书记亲临辽宁考察,发表重要讲话。",
         "省部会商会议", set(), {"习近平"}),
    ],
    ids=["after-the-session", "letter-read-out", "told-of-in-a-speech"],
)
def test_nlp_who_is_at_the_event_and_who_is_only_named_there(text, event, present, absent):
    _, found, relations = run(text)
    attendees = {s for s, p, o, _ in relations if p == "attends" and o == event}
    assert present <= attendees
    assert not absent & attendees
    assert "贺信并" not in {label for t, label in found if t == "Official"}


def test_nlp_expo_opening_joined_with_a_forum_is_two_events_one_occasion():
    _, found, relations = run("5月28日，第十二届中国国际软件博览会开幕式暨软件产业创新与融合高峰论坛在北京举行。"
                              "工业和信息化部副部长娄勤俭出席并致辞。")
    events = {label for t, label in found if t == "Event"}
    assert events == {"中国国际软件博览会", "软件产业创新与融合高峰论坛"}
    assert {o for s, p, o, _ in relations if p == "attends" and s == "娄勤俭"} == events


@pytest.mark.parametrize(
    "text,event,attendees",
    [
        ("2025世界智能产业博览会在重庆开幕。工业和信息化部副部长辛国斌致辞;市委副书记、市长胡衡华主持,全国政协常委苗圩,"
         "市政协主席程丽华出席。", "世界智能产业博览会", {"辛国斌", "胡衡华", "苗圩", "程丽华"}),
        ("在本次由中国计算机报承办的“2006年中国软件产业高峰论坛”上,信息产业部电子信息产品管理司司长丁文武认为,软件要创新。",
         "中国软件产业高峰论坛", {"丁文武"}),
    ],
    ids=["verbs-ending-their-clauses", "at-a-quoted-forum"],
)
def test_nlp_attends_by_bare_verbs_and_quoted_forums(text, event, attendees):
    _, _, relations = run(text)
    assert {s for s, p, o, _ in relations if p == "attends" and o == event} == attendees


def test_nlp_chairing_an_expos_press_conference_is_not_attending_the_expo():
    _, _, relations = run("首届中国国际大数据产业博览会在北京举行新闻发布会。会议由贵阳市副市长徐昊主持。")
    assert ("徐昊", "attends", "中国国际大数据产业博览会", None) not in relations


def test_nlp_elided_autonomous_region_bodies_take_the_regions_name():
    text = ("王永超率队赴柳州市调研_广西壮族自治区工业和信息化厅\n3月14日，自治区工业和信息化厅党组书记、厅长王永超率调研组赴柳州市。"
            "要落实好自治区人民政府印发的《广西壮族自治区推动工业领域设备更新实施方案》。")
    _, found, relations = run(text)
    assert ("王永超", "holdsPost", "广西壮族自治区工业和信息化厅", "厅长") in relations
    assert ("广西壮族自治区人民政府", "issues", "广西壮族自治区推动工业领域设备更新实施方案", None) in relations
    assert ("Organization", "自治区工业和信息化厅") not in found


def test_nlp_leading_group_named_again_by_its_kind():
    _, found, relations = run("国务院副总理、国家新材料产业发展领导小组组长马凯出席会议。工业和信息化部部长、领导小组副组长苗圩主持会议。"
                              "工业和信息化部副部长、领导小组办公室主任徐乐江介绍了近期工作安排。")
    assert ("苗圩", "holdsPost", "国家新材料产业发展领导小组", "副组长") in relations
    assert ("苗圩", "holdsPost", "工业和信息化部", "部长") in relations
    assert ("徐乐江", "holdsPost", "国家新材料产业发展领导小组办公室", "主任") in relations
    assert ("Organization", "领导小组办公室") not in found


@pytest.mark.parametrize(
    "text,events,attendee",
    [
        ("国家新材料产业发展专家咨询委员会成立大会28日在京召开。国务院副总理马凯出席会议并讲话。",
         {"国家新材料产业发展专家咨询委员会成立大会"}, "马凯"),
        ("第十八届中国国际中小企业博览会和第二届中小企业国际合作高峰论坛在广州开幕。工业和信息化部部长金壮龙出席开幕式并致辞。",
         {"中国国际中小企业博览会", "中小企业国际合作高峰论坛"}, "金壮龙"),
    ],
    ids=["held-on-a-day", "two-events-one-opening"],
)
def test_nlp_events_held_on_a_day_and_opened_together(text, events, attendee):
    _, found, relations = run(text)
    assert events <= {label for t, label in found if t == "Event"}
    assert events <= {o for s, p, o, _ in relations if p == "attends" and s == attendee}


@pytest.mark.parametrize(
    "text,body,post",
    [("贵州省召开全省工业强省战略推进大会。会上，省经济和信息化委员会通报了全省工业经济运行情况。", "贵州省经济和信息化委员会", None),
     ("贵州省经信委主任李保芳出席会议。", "贵州省经济和信息化委员会", ("李保芳", "主任"))],
    ids=["elided", "short-name"],
)
def test_nlp_provincial_industry_commissions_of_2008_2018(text, body, post):
    _, found, relations = run(text)
    assert ("Organization", body) in found
    if post:
        assert (post[0], "holdsPost", body, post[1]) in relations


@pytest.mark.parametrize(
    "text,program,fields",
    [
        ("实施工业强省战略，要以产业园区为载体，重点发展煤炭、电力、化工等十大产业。", "工业强省战略", {"煤炭", "电力", "化工"}),
        ("今年启动的智能制造试点示范专项行动，已在航空装备、轨道交通装备、工程机械、家电等领域遴选了46个试点示范项目。",
         "智能制造试点示范专项行动", {"航空装备", "轨道交通装备", "工程机械", "家电"}),
    ],
    ids=["sentence-opened-by-the-programme", "scope-clause-after-an-adverb"],
)
def test_nlp_targets_of_a_programme_the_sentence_is_about(text, program, fields):
    _, _, relations = run(text)
    assert {o for s, p, o, _ in relations if p == "targets" and s == program} == fields


def test_nlp_a_parallel_measure_still_names_no_targets():
    _, _, relations = run("研究制定未来产业发展行动计划，加快布局人形机器人、元宇宙等前沿领域。")
    assert not [r for r in relations if r[1] == "targets"]


def test_nlp_known_strategies_after_a_verb_keep_their_names():
    _, found, relations = run("六是服务西部大开发战略，支持西部地区发展特色优势产业。要贯彻落实“走出去”战略。"
                              "三是实施名牌战略,在纺织服装、食品等消费品行业培育一批名牌产品。")
    programs = {label for t, label in found if t == "Program"}
    assert programs == {"西部大开发战略", "“走出去”战略", "名牌战略"}
    assert ("名牌战略", "targets", "食品", None) in relations


@pytest.mark.parametrize(
    "text,present,absent",
    [
        ("中共中央政治局委员、国务院副总理马凯作出重要批示。",
         {("马凯", "中国共产党中央委员会", "政治局委员"), ("马凯", "国务院", "副总理")}, set()),
        ("工业和信息化部部长苗圩出席并致辞,省委书记、省人大常委会主任张庆伟出席开幕式。",
         {("苗圩", "工业和信息化部", "部长")}, {("张庆伟", "工业和信息化部", "主任")}),
        ("中共中央总书记、国家主席、中央军委主席习近平作出重要指示。",
         {("习近平", "中国共产党中央委员会", "总书记"), ("习近平", "中央军事委员会", "主席")},
         {("习近平", "中国共产党中央委员会", "国家主席")}),
        ("全国政协委员、工业和信息化部原部长苗圩表示。", {("苗圩", "工业和信息化部", "部长")},
         {("苗圩", "中国人民政治协商会议全国委员会", "委员")}),
    ],
    ids=["politburo-member", "director-is-no-ministry-post", "head-of-state-has-no-party-body", "cppcc-member-is-no-post"],
)
def test_nlp_titles_fit_their_bodies(text, present, absent):
    _, _, relations = run(text)
    posts = {(s, o, r) for s, p, o, r in relations if p == "holdsPost"}
    assert present <= posts
    assert not absent & posts


@pytest.mark.parametrize(
    "text,absent",
    [("——访县工信局局长 张中奇\n5月5日,县工信局局长张中奇在接受专访时说,要推动产业延链补链强链。", {"访县工业和信息化局", "县工业和信息化局"}),
     ("2020年8月28日,在周口市工业和信息化局召开了全市工业和信息化座谈会。", {"在周口市工业和信息化局"}),
     ("周功表表示,希望市工信局进一步加强对汉寿项目建设的指导。", {"希望市工业和信息化局"})],
    ids=["elided-county", "place-after-zai", "verb-before-elided-city"],
)
def test_nlp_no_place_made_of_a_verb_or_a_lone_county(text, absent):
    _, found, _ = run(text)
    assert not absent & {label for t, label in found if t == "Organization"}


def test_nlp_bracketed_transcript_turns():
    text = ("请工业和信息化部总工程师朱宏任,通信发展司副司长祝军介绍情况。\n"
            "[祝军]一是要实施“宽带中国”战略,加快网络通信基础设施建设。二是要加快“信息惠民”工程。\n"
            "[记者] 汽车行业受到的影响如何?\n")
    _, found, relations = run(text)
    discussed = {o for s, p, o, _ in relations if p == "discusses" and s == "祝军"}
    assert {"“宽带中国”战略", "“信息惠民”工程"} <= discussed
    assert ("Program", "要加快“信息惠民”工程") not in found
    assert "汽车" not in discussed  # the reporter's question


def test_nlp_a_plan_written_after_bianzhi_wancheng_keeps_its_name():
    _, found, _ = run("国家发改委与工业和信息化部编制完成了十大产业调整和振兴规划,提出了165项实施细则。")
    assert not [label for t, label in found if t == "PolicyDocument" and label.startswith("完成")]


def test_nlp_a_summit_named_in_a_speech_is_not_the_speakers():
    _, _, relations = run("工业和信息化部副部长辛国斌出席论坛。辛国斌在致辞中表示,习近平主席高度重视金砖国家合作,"
                          "在金砖国家领导人会晤上提出共建伙伴关系。")
    assert ("辛国斌", "attends", "金砖国家领导人会晤", None) not in relations


@pytest.mark.parametrize(
    "text,absent,present",
    [("工业和信息化部部长苗圩在致辞中表示,希望广大青少年朋友树立远大理想,勇攀科技高峰。", "高峰", "苗圩"),
     ("李乐成2021年10月任辽宁省委副书记、副省长、代理省长。", "代理", "李乐成"),
     ("2011年2月1日,国务院决定,任命苏波、刘利华为工信部副部长。", None, "苏波")],
    ids=["peak-is-a-word", "acting-is-no-name", "decree-names-stay"],
)
def test_nlp_two_character_words_that_are_names(text, absent, present):
    _, found, _ = run(text)
    people = {label for t, label in found if t == "Official"}
    assert present in people
    assert absent not in people


@pytest.mark.parametrize(
    "text,name",
    [("6月9日,汉寿县委副书记、县长周功表率领县委常委一行到常德市工信局开展对接。", "周功表"),
     ("县长周功表示，要加快发展。", "周功"), ("副部长王五将出席会议。", "王五"),
     ("请国家发展改革委副主任张晓强、科技部副部长曹健林介绍有关情况。", "张晓强"),
     ("国家发展改革委副主任张晓强：谢谢主持人。", "张晓强")],
    ids=["name-ending-in-biao-before-a-verb", "biaoshi-is-the-verb", "jiang-is-a-particle",
         "name-ending-in-qiang-before-a-list-mark", "name-ending-in-qiang-before-a-colon"],
)
def test_nlp_given_names_ending_in_a_verbs_first_character(text, name):
    _, found, _ = run(text)
    assert name in {label for t, label in found if t == "Official"}


def test_nlp_a_known_two_character_name_running_into_a_longer_one():
    _, found, relations = run("国防科工局副局长王毅韧主持会议并宣读了批示。外交部部长王毅会见了来访客人。")
    assert ("王毅韧", "holdsPost", "国家国防科技工业局", "副局长") in relations
    assert ("王毅", "holdsPost", "外交部", "部长") in relations


def test_nlp_council_members_are_no_officials():
    _, found, _ = run("省政协委员韦海波、陈永庆、孟雷和媒体记者围绕先进制造业强省建设提出意见。")
    assert not {label for t, label in found if t == "Official"}


@pytest.mark.parametrize(
    "text", ["山东省政协召开座谈会。省政协副主席、党组副书记林峰海出席并讲话。", "山东省政协副主席林峰海出席。"],
    ids=["elided", "named"],
)
def test_nlp_provincial_cppcc_committee(text):
    _, _, relations = run(text)
    assert ("林峰海", "holdsPost", "中国人民政治协商会议山东省委员会", "副主席") in relations


def test_nlp_department_named_with_yu_and_a_name_before_guanyu():
    _, found, relations = run("国防科工局科技与质量司司长潘爱华一行调研。会议听取了科技与质量司副巡视员何新洲关于筹备工作情况的汇报。")
    assert ("Organization", "科技与质量司") in found and ("Organization", "质量司") not in found
    assert ("潘爱华", "holdsPost", "科技与质量司", "司长") in relations
    assert ("何新洲", "holdsPost", "科技与质量司", "副巡视员") in relations


@pytest.mark.parametrize(
    "text,department,person",
    [("交通运输部科技信息及标准司副司长王某某出席会议并讲话。", "科技信息及标准司", "王某某"),
     ("中国科学院高技术研究与发展局局长李某某出席。", "高技术研究与发展局", "李某某")],
    ids=["ji", "yu-longer-head"],
)
def test_nlp_department_named_with_ji_or_yu_inside(text, department, person):
    _, found, relations = run(text)
    assert ("Organization", department) in found
    assert any(r[0] == person and r[1] == "holdsPost" and r[2] == department for r in relations)


def test_nlp_two_departments_joined_by_ji_stay_two():
    _, found, _ = run("工业和信息化部规划司及财务司有关负责同志出席。某某部综合司及产业处处长出席。"
                      "今后,管委会副主任、成员及办公室主任职务如有变动,由其所在单位接任领导自然替补。")
    assert ("Organization", "规划司") in found and ("Organization", "财务司") in found
    assert not any("及" in label for t, label in found if t == "Organization")


@pytest.mark.parametrize(
    "text,department,parent",
    [("科技部高新技术发展及产业化司副司长胡世辉出席会议并讲话。", "高新技术发展及产业化司", "科学技术部"),
     ("工业和信息化部原材料工业司、国家发展改革委产业协调司有关同志赴中国钢铁工业协会会商。", "产业协调司", "国家发展改革委")],
    ids=["most-2008-2018", "ndrc-2008-2018"],
)
def test_nlp_other_ministries_departments_of_the_2008_2018_charts(text, department, parent):
    _, found, relations = run(text)
    assert ("Organization", department) in found
    assert (department, "partOf", parent, None) in relations


@pytest.mark.parametrize(
    "text,absent,present",
    [("国防科工局科技与质量司司长潘爱华一行调研,集团公司质量安全部部长吴智翔、科技开展部副部长黄小峰等陪同。",
      {"吴智翔", "黄小峰"}, {"潘爱华"}),
     ("我们还邀请到了中国铁塔公司董事长刘爱力、广东省通信管理局局长苏少林,与您一同倾听。", {"刘爱力"}, {"苏少林"})],
    ids=["company-departments-list", "public-body-item-after-a-company"],
)
def test_nlp_company_staff_are_no_officials(text, absent, present):
    _, found, _ = run(text)
    people = {label for t, label in found if t == "Official"}
    assert present <= people and not absent & people


@pytest.mark.parametrize(
    "text,absent,posts",
    [("国防科工委副主任孙来燕率调研组调研。四川国防科工办主任史志伦、航天研究院院长贺东风、中国核动力研究设计院院长赵华等陪同。",
      {"贺东风", "赵华", "航天研究院"}, {("孙来燕", "holdsPost", "国防科学技术工业委员会", "副主任")}),
     ("规划发展部主任陆国杰，航空研究院党委书记宋庆国等陪同。", {"宋庆国", "航空研究院"}, set()),
     ("工业和信息化部电信研究院院长曹淑敏、中国信息通信研究院副院长胡坚波、赛迪研究院院长张立出席。", set(),
      {("曹淑敏", "holdsPost", "工业和信息化部电信研究院", "院长"),
       ("胡坚波", "holdsPost", "中国信息通信研究院", "副院长"),
       ("张立", "holdsPost", "中国电子信息产业发展研究院", "院长")})],
    ids=["state-group-institutes", "institute-party-secretary", "ministry-institutes-keep-their-heads"],
)
def test_nlp_institute_heads_are_officials_only_at_public_institutes(text, absent, posts):
    _, found, relations = run(text)
    assert not absent & {label for _, label in found}
    assert posts <= set(relations)


@pytest.mark.parametrize(
    "text,events",
    [("2020年中国航天大会开幕式暨主论坛在福州举行。", {"中国航天大会"}),
     ("在6月9日2021年世界半导体大会开幕式上,工信部电子信息司司长乔跃山致辞。", {"世界半导体大会"})],
    ids=["opening-and-main-forum-are-one-event", "day-before-the-name"],
)
def test_nlp_event_labels_without_days_or_main_forums(text, events):
    _, found, _ = run(text)
    assert {label for t, label in found if t == "Event"} == events


@pytest.mark.parametrize(
    "text,events,absent",
    [
        ("中国工业经济联合会主席团第十一次会议今天在太原晋祠宾馆召开。主席团主席彭致圭出席并组织此次会议。国务院国资委副主任黄淑和出席了会议。",
         {"中国工业经济联合会主席团第十一次会议"}, {"并组织此次会议"}),
        ("20日上午,第五届世界智能大会在梅江会展中心开幕。全国政协副主席万钢出席开幕式暨高峰会并作主旨报告。",
         {"世界智能大会"}, {"开幕式暨高峰会"}),
        ("2019年以来,辽宁成功举办了四届全球工业互联网大会。", {"全球工业互联网大会"}, {"四届全球工业互联网大会"}),
    ],
    ids=["presidium-meeting-and-a-second-verb", "opening-ceremony-of-the-event-named-before", "count-of-editions"],
)
def test_nlp_event_names_without_verbs_ceremonies_or_counts(text, events, absent):
    _, found, _ = run(text)
    labels = {label for t, label in found if t == "Event"}
    assert events <= labels and not absent & labels


@pytest.mark.parametrize(
    "text,body,garbage",
    [("由天津市人民政府、国家发展和改革委员会共同主办的首届世界智能大会将在天津举行。", "天津市人民政府", "由天津市人民政府"),
     ("会上,重庆市渝北区经济和信息化委员会副主任彭明亮表示,要抢抓机遇。\n图为渝北区经济和信息化委员会副主任彭明亮发言",
      "重庆市渝北区经济和信息化委员会", "图为渝北区经济和信息化委员会")],
    ids=["co-organizer-after-you", "photo-caption"],
)
def test_nlp_local_bodies_without_the_words_before_them(text, body, garbage):
    _, found, _ = run(text)
    labels = {label for t, label in found if t == "Organization"}
    assert body in labels and garbage not in labels


@pytest.mark.parametrize(
    "text,posts,not_officials",
    [
        ("全国人大常委会副委员长、中国工业经济联合会名誉会长顾秀莲,全国政协副主席、中国工程院院长、中国工业经济联合会会长徐匡迪出席。",
         {("顾秀莲", "全国人民代表大会常务委员会", "副委员长"), ("徐匡迪", "中国人民政治协商会议全国委员会", "副主席"),
          ("徐匡迪", "中国工程院", "院长")}, set()),
        ("工业和信息化部部长苗圩、中国国际贸易促进委员会副会长王锦珍出席开幕式。中国机械工业联合会会长王瑞祥致辞。",
         {("苗圩", "工业和信息化部", "部长")}, {"王锦珍", "王瑞祥"}),
        ("全国人大常委会委员陈士能出席。", {("陈士能", "全国人民代表大会常务委员会", "委员")}, set()),
    ],
    ids=["association-office-inside-a-chain-of-posts", "association-office-alone", "standing-committee-member"],
)
def test_nlp_association_offices_hold_no_post_but_keep_a_chain(text, posts, not_officials):
    _, found, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts
    assert not not_officials & {label for t, label in found if t == "Official"}


@pytest.mark.parametrize(
    "text,post",
    [("重庆市人大常委会副主任莫恭明出席座谈会。", ("莫恭明", "重庆市人民代表大会常务委员会", "副主任")),
     ("山西省人大常委会副主任姚新章、谢克昌出席了会议。", ("谢克昌", "山西省人民代表大会常务委员会", "副主任")),
     ("天津市政协主席盛茂林出席。", ("盛茂林", "中国人民政治协商会议天津市委员会", "主席"))],
    ids=["city-congress-standing-committee", "province-congress-standing-committee-list", "city-cppcc"],
)
def test_nlp_local_congresses_and_consultative_conferences(text, post):
    _, _, relations = run(text)
    assert (*post[:1], "holdsPost", *post[1:]) in relations


@pytest.mark.parametrize(
    "text,speaker,field,other",
    [("工业和信息化部部长金壮龙出席大会。金部长在演讲中明确表示,支持重庆推动汽车、电子信息等特色产业发展。",
      "金壮龙", "电子信息", None),
     ("苟仲文副部长作了重要讲话。司长陈伟介绍了工作部署。\n苟副部长在讲话中指出,要加快发展集成电路。",
      "苟仲文", "集成电路", "陈伟"),
     ("部长王五和副部长王六出席。王部长表示,要加快发展集成电路。", None, "集成电路", "王五")],
    ids=["surname-and-title", "surname-and-deputy-title-after-another-speaker", "two-officials-of-one-surname"],
)
def test_nlp_address_forms_name_the_one_official_of_that_surname(text, speaker, field, other):
    _, _, relations = run(text)
    if speaker:
        assert (speaker, "discusses", field, None) in relations
    if other:
        assert (other, "discusses", field, None) not in relations


@pytest.mark.parametrize(
    "text,attended,cited",
    [("2024年1月8日,工业和信息化部召开推动工业绿色低碳发展座谈会,落实中央经济工作会议部署,按照全国工业和信息化工作会议要求,"
      "研究部署工作。工业和信息化部党组成员谢远生出席会议并讲话。",
      "推动工业绿色低碳发展座谈会", {"全国工业和信息化工作会议", "中央经济工作会议"}),
     ("1月24日,部长金壮龙主持召开第四次中小企业圆桌会议,贯彻落实中央经济工作会议精神和全国新型工业化推进大会部署。"
      "副部长徐晓兰出席会议。\n会议指出,中央经济工作会议强调要实施制造业重点产业链高质量发展行动。",
      "中小企业圆桌会议", {"全国新型工业化推进大会", "中央经济工作会议"}),
     ("今年,重庆代表团在十四届全国人大三次会议上提出全团建议。重庆市人大常委会副主任莫恭明出席座谈会。",
      None, {"第十四届全国人民代表大会第三次会议"})],
    ids=["meetings-cited-in-the-held-ones-sentence", "cited-again-later", "symposium-is-no-congress-session"],
)
def test_nlp_generic_attendance_means_the_meeting_held_not_one_cited(text, attended, cited):
    _, _, relations = run(text)
    events = {o for s, p, o, _ in relations if p == "attends"}
    assert attended is None or attended in events
    assert not cited & events


def test_nlp_two_quoted_events_opening_together_are_both_attended():
    _, found, relations = run(
        "由信息产业部和天津市人民政府共同主办的“第十一届中国(天津)信息技术博览会”和“第四届国家信息化发展论坛”,"
        "昨天在天津国际展览中心开幕。国家信息产业部副部长苟仲文出席开幕式并致辞。")
    assert {"中国（天津）信息技术博览会", "国家信息化发展论坛"} <= {label for t, label in found if t == "Event"}
    assert ("苟仲文", "attends", "中国（天津）信息技术博览会", None) in relations
    assert ("苟仲文", "attends", "国家信息化发展论坛", None) in relations


def test_nlp_a_reporters_name_in_brackets_is_no_part_of_an_event():
    _, found, _ = run("新华社南京12月7日电(记者蒋芳)2017世界智能制造大会7日在南京开幕。")
    assert {label for t, label in found if t == "Event"} == {"世界智能制造大会"}


def test_nlp_how_an_event_is_run_is_the_narrators_not_the_last_speakers():
    _, _, relations = run(
        "开幕式上,四川省省长施小琳致辞。施小琳在致辞中表示,四川扎实推进国家重大战略,大力发展电子信息产业。\n"
        "活动采取“综合活动+专题活动”的形式开展。专题活动分别围绕人工智能、新型显示和软件产业组织专题对接活动。")
    assert ("施小琳", "discusses", "电子信息", None) in relations
    assert not {o for s, p, o, _ in relations if s == "施小琳" and p == "discusses"} & {"人工智能", "新型显示", "软件"}


@pytest.mark.parametrize(
    "text,absent",
    [("工业节能与综合利用系统要全面落实制造强国建设战略。", {"操作系统"}),
     ("要壮大数据咨询、数据标注等经营主体。", {"大数据"}),
     ("先进医用材料与医疗器械全国重点实验室主任顾晓松、国家智能网联汽车创新中心首席科学家李克强作发言。",
      {"医疗器械", "顾晓松", "李克强"})],
    ids=["a name as despinning spells it, in plain text", "da-ends-the-word-before", "laboratory-and-scientist"],
)
def test_nlp_no_entities_from_plain_phrases_labs_or_namesakes(text, absent):
    _, found, _ = run(text)
    assert not absent & {label for _, label in found}


def test_nlp_the_academy_of_sciences_is_no_school():
    _, found, relations = run("中国科学院副院长吴朝晖出席开幕式。中国工程院院士、中国科学院院长白春礼致辞。")
    assert ("吴朝晖", "holdsPost", "中国科学院", "副院长") in relations
    assert ("白春礼", "holdsPost", "中国科学院", "院长") in relations


@pytest.mark.parametrize(
    "text,event,attendee",
    [("国防科工委新闻中心三十日向媒体发布信息说,国防科技工业民品工作会议刚刚在杭州结束,国防科工委主任张云川在会上讲话。",
      "国防科技工业民品工作会议", "张云川"),
     ("俄罗斯国家级工业博览会“INNOPROM”及第九届中俄博览会近日在叶卡捷琳堡圆满闭幕。工业和信息化部总工程师(副部长级)谢少锋"
      "出席开幕式并致辞。", "俄罗斯国家级工业博览会“INNOPROM”", "谢少锋")],
    ids=["meeting-just-ended", "expo-with-a-quoted-name-and-a-second-expo"],
)
def test_nlp_events_held_after_their_name(text, event, attendee):
    _, found, relations = run(text)
    assert ("Event", event) in found
    assert (attendee, "attends", event, None) in relations


def test_nlp_rank_note_between_title_and_name():
    _, _, relations = run("中国工业和信息化部总工程师(副部长级)谢少锋发表致辞。")
    assert ("谢少锋", "holdsPost", "工业和信息化部", "总工程师") in relations


@pytest.mark.parametrize(
    "text,ministry",
    [("许科敏与乌兹别克斯坦投资和对外贸易部第一副部长举行视频会谈，签署与乌兹别克斯坦共和国投资和对外贸易部的备忘录。",
      "乌兹别克斯坦投资和对外贸易部"),
     ("俄罗斯联邦工业和贸易部副部长阿列克谢出席。", "俄罗斯联邦工业和贸易部"),
     ("南非公共服务与管理部部长柯林斯出席。", "南非公共服务与管理部"),
     ("美国财政部表示将调整关税。", "美国财政部"),
     ("苗圩会见乌拉圭工业、能源和矿业部部长。", "乌拉圭工业、能源和矿业部")],
    ids=["short-form-the-text-writes", "federation-kept", "minister-after-the-name", "over-a-chinese-ministrys-name", "listed-fields"],
)
def test_nlp_foreign_ministries_are_organizations(text, ministry):
    _, found, _ = run(text)
    organizations = {label for t, label in found if t == "Organization"}
    assert ministry in organizations and "财政部" not in organizations


def test_nlp_a_countrys_departments_in_general_are_no_ministry():
    _, found, _ = run("日本政府各部门表示支持。德国总理默克尔会见了外交部长。")
    assert not any(label.startswith(("日本", "德国")) for t, label in found if t == "Organization")


def test_nlp_the_parties_an_agreements_title_names_issue_it():
    _, found, relations = run(
        "许科敏代表工业和信息化部签署《中华人民共和国工业和信息化部与乌兹别克斯坦共和国投资和对外贸易部关于加强工业领域合作的谅解备忘录》。"
        "苗圩与罗斯勒签署了《中华人民共和国工业和信息化部与德意志联邦共和国联邦经济和技术部关于电动汽车领域合作的谅解备忘录》。")
    uzbek = "中华人民共和国工业和信息化部与乌兹别克斯坦共和国投资和对外贸易部关于加强工业领域合作的谅解备忘录"
    german = "中华人民共和国工业和信息化部与德意志联邦共和国联邦经济和技术部关于电动汽车领域合作的谅解备忘录"
    assert ("PolicyDocument", uzbek) in found and ("PolicyDocument", german) in found
    issues = {(s, o) for s, p, o, _ in relations if p == "issues"}
    assert {("工业和信息化部", uzbek), ("乌兹别克斯坦共和国投资和对外贸易部", uzbek), ("工业和信息化部", german),
            ("德意志联邦共和国联邦经济和技术部", german)} <= issues


def test_nlp_a_traditional_dateline_keeps_its_space_and_a_forum_held_with_the_opening_is_named():
    _, found, relations = run(
        "新華社烏魯木齊9月2日電 第二屆中國—亞歐博覽會2日在新疆烏魯木齊開幕。國務院副總理李克強出席開幕式暨中國—亞歐經濟發展合作論壇。")
    events = {label for t, label in found if t == "Event"}
    assert events == {"中国—亚欧博览会", "中国—亚欧经济发展合作论坛"}
    assert ("李克强", "attends", "中国—亚欧经济发展合作论坛", None) in relations


@pytest.mark.parametrize(
    "text,parent,divisions",
    [("广西壮族自治区工业和信息化厅厅长王永超到柳州调研。自治区工业和信息化厅汽车产业处、装备工业处、投资与规划处负责同志参加调研。",
      "广西壮族自治区工业和信息化厅", {"汽车产业处", "装备工业处", "投资与规划处"}),
     ("黑龙江省工业和信息化厅厅长张显丰到齐齐哈尔市调研。厅装备工业处、运行监测协调处负责同志陪同。",
      "黑龙江省工业和信息化厅", {"装备工业处", "运行监测协调处"}),
     ("云南省工业和信息化厅召开会议。厅原材料工业处、石油化工处和信息化和信息产业处要分别牵头制定专项工作方案。",
      "云南省工业和信息化厅", {"原材料工业处", "石油化工处", "信息化和信息产业处"})],
    ids=["after-the-department", "after-a-bare-ting", "joined-with-he"],
)
def test_nlp_divisions_listed_after_their_department(text, parent, divisions):
    _, found, relations = run(text)
    assert divisions <= {label for t, label in found if t == "Organization"}
    assert {(d, "partOf", parent, None) for d in divisions} <= set(relations)


def test_nlp_two_general_offices_are_no_parent_and_division():
    _, _, relations = run("河南省委办公厅、省政府办公厅印发通知。中共河南省委办公厅河南省人民政府办公厅联合发文。")
    assert not any(p == "partOf" for _, p, _, _ in relations)


@pytest.mark.parametrize(
    "text,posts",
    [("新疆维吾尔自治区党委书记张春贤出席。自治区党委副书记、自治区主席努尔·白克力主持开幕式。",
      {("努尔·白克力", "中国共产党新疆维吾尔自治区委员会", "副书记"), ("努尔·白克力", "新疆维吾尔自治区人民政府", "主席")}),
     ("全国人大代表、内蒙古自治区党委书记孙绍骋和自治区主席王莉霞回答了记者提问。",
      {("王莉霞", "内蒙古自治区人民政府", "主席")})],
    ids=["chain-with-elided-region", "after-he"],
)
def test_nlp_a_governors_title_after_an_elided_province_is_its_government(text, posts):
    _, _, relations = run(text)
    assert posts <= {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}


def test_nlp_a_career_told_by_a_sentence_opening_with_the_person():
    _, _, relations = run(
        "任命李良生为水利部副部长；任命胡明朗为应急管理部副部长。\n"
        "李良生此前任交通运输部人事教育司司长。胡明朗早年在广西公安系统工作，曾任柳州市副市长，2014年底调任公安部，"
        "先后任禁毒局局长、治安管理局局长，2017年起任陕西省公安厅厅长。")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert {("胡明朗", "禁毒局", "局长"), ("胡明朗", "治安管理局", "局长"), ("胡明朗", "陕西省公安厅", "厅长")} <= posts
    assert not any(s == "李良生" and o in ("禁毒局", "陕西省公安厅") for s, o, _ in posts)


def test_nlp_state_councilor_foreign_premier_and_a_rare_surname():
    _, found, relations = run(
        "大会由安徽省省长李国英主持,国务委员王勇宣读贺信并发表重要讲话。安徽省委书记李锦斌、伊拉克总理阿卜杜勒马赫迪等分别致辞。\n"
        "自治区党委书记、自治区人大常委会主任鹿心社主持2019年度推动工业高质量发展专题协商座谈会。")
    people = {label for t, label in found if t == "Official"}
    assert "鹿心社" in people and not {"伊拉克", "国务"} & people
    assert ("王勇", "holdsPost", "国务院", "国务委员") in relations
    assert ("Event", "推动工业高质量发展专题协商座谈会") in found


@pytest.mark.parametrize(
    "text,post",
    [("厅长王永超率调研组来到桂林市，围绕重点工业企业进行调研。副市长王昕陪同调研。", ("王昕", "桂林市人民政府", "副市长")),
     ("苗圩一行赴苏州市调研，市长李亚平陪同。", ("李亚平", "苏州市人民政府", "市长"))],
    ids=["visit-told-in-the-sentence-before", "same-sentence"],
)
def test_nlp_a_bare_mayors_title_names_the_city_the_visit_went_to(text, post):
    _, _, relations = run(text)
    assert (post[0], "holdsPost", *post[1:]) in relations


@pytest.mark.parametrize(
    "text,posts",
    [("深圳市长覃伟中调研工业企业。会见了广州市长温国辉。", {("覃伟中", "深圳市人民政府", "市长"), ("温国辉", "广州市人民政府", "市长")}),
     ("12月3日，赣州召开全市工业高质量发展大会。市委书记吴忠琼出席并讲话，市长李克坚主持会议。",
      {("吴忠琼", "中国共产党赣州市委员会", "书记"), ("李克坚", "赣州市人民政府", "市长")}),
     ("揭阳市工信局局长陈某陪同。市长张科指出，要推动石化产业发展。副市长刘鹏陪同。",
      {("陈某", "揭阳市工业和信息化局", "局长"), ("张科", "揭阳市人民政府", "市长"), ("刘鹏", "揭阳市人民政府", "副市长")}),
     ("国务院任免国家工作人员，林涛任国务院副秘书长。林涛长期在广东省任职，曾任河源市长、市委书记。", {("林涛", "河源市人民政府", "市长")}),
     ("新余市光伏产业推进大会召开。市委书记刘建华出席会议。分宜县委书记罗志明、渝水区委副书记、区长钟海涛作了表态发言。",
      {("刘建华", "中国共产党新余市委员会", "书记"), ("罗志明", "中国共产党分宜县委员会", "书记"),
       ("钟海涛", "中国共产党新余市渝水区委员会", "副书记"), ("钟海涛", "新余市渝水区人民政府", "区长")}),
     ("2月18日，全市工业经济工作会议在洛阳市会议中心召开。市委书记张振国出席会议。洛阳是老工业基地。"
      "偃师市委书记宋玉华作交流发言。洛阳要建设装备制造业基地。",
      {("张振国", "中国共产党洛阳市委员会", "书记"), ("宋玉华", "中国共产党偃师市委员会", "书记")}),
     ("两化融合试点企业授牌仪式在佛山市行政服务中心举行，副市长何家伟出席。顺德区经济和信息化促进局局长罗国栋在仪式上介绍。",
      {("何家伟", "佛山市人民政府", "副市长"), ("罗国栋", "佛山市顺德区经济和信息化促进局", "局长")}),
     ("9月8日，赣州市人民政府新闻办公室举行新闻发布会。市委常委、副市长钟新华出席，市招商局局长曾庆林、市外经贸局副局长温建华、"
      "南康市市长刘志坚介绍了有关情况，市政府新闻办公室主任邱晓峰主持发布会。",
      {("钟新华", "中国共产党赣州市委员会", "常委"), ("钟新华", "赣州市人民政府", "副市长"), ("曾庆林", "赣州市招商局", "局长"),
       ("温建华", "赣州市对外贸易经济合作局", "副局长"), ("刘志坚", "南康市人民政府", "市长"),
       ("邱晓峰", "赣州市人民政府新闻办公室", "主任")}),
     ("国务院任免国家工作人员。任命贵港市市长李四为自治区副主席；任命重庆市副市长、市公安局局长胡明朗为应急管理部副部长。",
      {("胡明朗", "重庆市公安局", "局长"), ("胡明朗", "重庆市人民政府", "副市长")}),
     ("拉萨市人大常委会会议闭幕。会议听取和审议了副市长赵立新受市人民政府委托所作的报告，"
      "市委副书记、市长多吉次珠列席会议并作了表态发言。",
      {("赵立新", "拉萨市人民政府", "副市长"), ("多吉次珠", "中国共产党拉萨市委员会", "副书记"),
       ("多吉次珠", "拉萨市人民政府", "市长")})],
    ids=["city-short-before-mayor", "city-named-bare", "city-of-a-named-office", "career", "counties-and-districts-name-no-city",
         "county-level-city-at-its-prefectures-meeting", "district-bureaus-at-a-city-ceremony",
         "prefecture-beside-its-county-level-cities", "municipality-is-no-county-level-city",
         "titles-after-a-particle-names-before-shou-and-liexi"],
)
def test_nlp_city_posts_from_a_listed_city(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} >= posts


@pytest.mark.parametrize(
    "text,posts",
    [("副部长苗圩（原中共武汉市委书记）出席。", {("苗圩", "中国共产党武汉市委员会", "书记")}),
     ("中共武汉市委书记苗圩出席。", {("苗圩", "中国共产党武汉市委员会", "书记")}),
     ("省长会见太原市委书记李四。", {("李四", "中国共产党太原市委员会", "书记")}),
     ("山东德州市委书记李猛出席会议。", {("李猛", "中国共产党德州市委员会", "书记")}),
     ("工业和信息化部29日举行挂牌仪式。出席挂牌仪式的部领导还有：副部长欧新黔（原国家发展和改革委员会副主任），"
      "副部长娄勤俭、奚国华（均为原信息产业部副部长）。",
      {("欧新黔", "工业和信息化部", "副部长"), ("娄勤俭", "工业和信息化部", "副部长"), ("奚国华", "工业和信息化部", "副部长"),
       ("欧新黔", "国家发展改革委", "副主任"), ("娄勤俭", "信息产业部", "副部长"), ("奚国华", "信息产业部", "副部长")})],
    ids=["former-party-short-name", "party-short-name", "words-before-a-listed-city", "province-before-a-listed-city",
         "the-ministrys-leaders-and-a-shared-former-post"],
)
def test_nlp_city_committees_and_leaders_lists(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


@pytest.mark.parametrize(
    "text",
    ["广东省委书记李希到湖南通过调研，了解广东营商环境。市委书记王五陪同。",  # no 南通, no 东营
     "哈尔滨工业大学、北京航空航天大学负责人出席开幕式。市长王五出席了开幕式。",  # a city in a university's name
     "赣州、吉安两地召开工业大会。市委书记王五出席。",  # two cities
     "新任市长王五到任。"],
    ids=["city-inside-words", "city-in-an-institution", "two-cities", "no-city"],
)
def test_nlp_city_posts_stay_open_without_one_city(text):
    _, _, relations = run(text)
    assert not [(s, o) for s, p, o, _ in relations if p == "holdsPost" and s == "王五"]


def test_nlp_a_mayor_with_a_province_before_is_no_visited_citys():
    _, _, relations = run("工信部一行赴苏州市调研。江苏省副省长马秋林陪同。")
    assert not any(o == "苏州市人民政府" for _, p, o, _ in relations if p == "holdsPost")


def test_nlp_every_post_a_person_holds_concurrently():
    _, _, relations = run("工信部官网更新显示,工业和信息化部党组成员、副部长单忠德,已兼任国家航天局局长,国家原子能机构主任,"
                          "国家国防科技工业局党组书记、局长。")
    posts = {(o, role) for s, p, o, role in relations if p == "holdsPost" and s == "单忠德"}
    assert {("国家航天局", "局长"), ("国家原子能机构", "主任"), ("国家国防科技工业局", "党组书记"), ("国家国防科技工业局", "局长")} <= posts


def test_nlp_departments_of_a_list_of_their_officials_share_the_ministry():
    _, found, relations = run("工业和信息化部国际合作司司长屠森林、信息通信发展司副司长陈家春、无线电管理局副局长宋起柱等参加上述活动。"
                              "今天在北京举行的二00四年中国企业高峰会上,国有资产监督管理委员会主任李荣融提出,必须做强做大企业。")
    assert {("信息通信发展司", "partOf", "工业和信息化部", None), ("无线电管理局", "partOf", "工业和信息化部", None)} <= set(relations)
    assert ("李荣融", "holdsPost", "国务院国有资产监督管理委员会", "主任") in relations
    assert ("Event", "中国企业高峰会") in found


def test_nlp_a_meeting_of_the_premiers_regular_meeting_committee_is_an_event():
    event = "中俄总理定期会晤委员会通信与信息技术合作分委会第十八次会议"
    _, found, relations = run(f"9月13日,{event}在俄罗斯莫斯科召开,工业和信息化部副部长陈肇雄与俄方共同主持会议。")
    assert ("Event", event) in found and ("陈肇雄", "attends", event, None) in relations


@pytest.mark.parametrize(
    "text,posts,absent",
    [
        ("张工2015年跻身市委常委。2007年任北京市发改委主任。", set(), {"中国共产党年跻身市委员会", "年任北京市发展和改革委员会"}),
        ("张工2007年任北京市发改委主任。", {("张工", "北京市发展和改革委员会", "主任")}, set()),
        ("天津时任市长廖国勋出席。", {("廖国勋", "天津市人民政府", "市长")}, set()),
        ("张工履新天津市委副书记。", {("张工", "中国共产党天津市委员会", "副书记")}, set()),
        ("他接替转任工信部部长的肖亚庆。", {("肖亚庆", "工业和信息化部", "部长")}, set()),
        ("原任安徽省委副书记的信长星则跨省履新青海省委副书记,随后获任青海省代省长。",
         {("信长星", "中国共产党安徽省委员会", "副书记"), ("信长星", "中国共产党青海省委员会", "副书记"),
          ("信长星", "青海省人民政府", "代省长")}, set()),
        ("宝丰县工信局局长张中奇说,要紧跟县委、县政府节拍。", {("张中奇", "宝丰县工业和信息化局", "局长")},
         {"紧跟县人民政府", "中国共产党紧跟县委员会"}),
    ],
    ids=["a-dates-year-is-no-place", "a-post-after-a-year", "time-of-a-post-between-city-and-title", "lvxin",
         "a-relative-clause-of-a-transfer", "a-former-post-and-a-new-one", "a-verb-before-an-elided-county"],
)
def test_nlp_personnel_news_chains(text, posts, absent):
    _, entities, relations = run(text)
    assert posts <= {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert not absent & {label for _, label in entities}


def test_nlp_an_organiser_before_a_topic_press_conference_is_no_part_of_its_name():
    text = "在国务院新闻办2012年上半年全国工业通信业发展情况新闻发布会上,工业和信息化部总工程师朱宏任表示,要抑制产能过剩。"
    _, entities, relations = run(text)
    assert {("Event", "2012年上半年全国工业通信业发展情况新闻发布会"), ("Organization", "国务院新闻办公室")} <= entities
    assert any(r[:3] == ("朱宏任", "attends", "2012年上半年全国工业通信业发展情况新闻发布会") for r in relations)
    _, entities, _ = run("工信部副部长王江平在国务院联防联控机制新闻发布会上表示,中小企业复工率已超过60%。")
    assert ("Event", "国务院联防联控机制新闻发布会") in entities  # a body's own conference keeps its name


def test_nlp_every_post_listed_after_who_else_attended_attends():
    text = ("国务院新闻办公室今天举行2018年工业通信业发展情况新闻发布会。出席今天发布会的还有:工业和信息化部信息通信发展司司长、"
            "新闻发言人闻库先生;运行监测协调局局长、新闻发言人黄利斌先生;信息化和软件服务业司司长、新闻发言人谢少锋先生。")
    _, _, relations = run(text)
    attends = {s for s, p, o, _ in relations if p == "attends" and o == "2018年工业通信业发展情况新闻发布会"}
    assert attends == {"闻库", "黄利斌", "谢少锋"}


def test_nlp_a_municipalitys_commission_and_party_working_committee_written_short():
    text = ("上海市经济和信息化工作党委、市经济和信息化委2015年度工作会议召开。周波副市长出席会议并作重要讲话,"
            "会议由市经济和信息化工作党委书记陆晓春主持,市经济和信息化委主任李耀新作行政工作报告,"
            "市经济和信息化工作党委副书记张锡平作党委工作报告。")
    _, entities, relations = run(text)
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert {("陆晓春", "中国共产党上海市经济和信息化工作委员会", "书记"), ("李耀新", "上海市经济和信息化委员会", "主任"),
            ("张锡平", "中国共产党上海市经济和信息化工作委员会", "副书记")} <= posts
    assert not any("会议由" in label for _, label in entities)
    attends = {s for s, p, _, _ in relations if p == "attends"}
    assert {"周波", "陆晓春", "李耀新", "张锡平"} <= attends  # 作…工作报告 at the meeting
    _, entities, _ = run("沪上市经济和信息化委员团主任陈鸣波介绍。")
    assert not any(label.startswith("沪上市") for _, label in entities)  # a spun 委员会 is no short 委


@pytest.mark.parametrize(
    "text,event",
    [
        ("娄勤俭在2007·中国百名IT青年精英论坛致词。", "中国百名IT青年精英论坛"),
        ("在第七届虹桥国际经济论坛“全球新能源汽车的未来”分论坛上,工业和信息化部副部长熊继军指出,新能源汽车是重要方向。",
         "虹桥国际经济论坛"),
    ],
    ids=["a-speech-given-at-it", "a-named-sub-forum-of-it"],
)
def test_nlp_speakers_at_a_forum_attend_it(text, event):
    _, entities, relations = run(text)
    assert ("Event", event) in entities
    assert any(p == "attends" and o == event for _, p, o, _ in relations)


def test_nlp_an_interviewer_asking_about_the_ministers_post_is_no_official():
    text = ("白岩松:这几年,包括您就任工业和信息化部部长以来,是怎么去看质量问题的?\n"
            "李毅中:说到质量问题,我觉得应该呼吁全社会的重视。\n"
            "白岩松:受冲击就大。\n"
            "李毅中:没有市场,那你肯定会退出市场。\n")
    _, entities, relations = run(text)
    assert ("Official", "白岩松") not in entities
    assert not any(s == "白岩松" for s, _, _, _ in relations)
    _, entities, _ = run("张三:我们将加快推进制造业数字化转型。\n记者:下一步有何打算?\n张三:要加大支持力度。\n")
    assert ("Official", "张三") in entities  # a speaker answering twice is still one


@pytest.mark.parametrize(
    "text,bodies,absent",
    [
        ("马真1978年5月任国家计委军工局局长。", {"国家计划委员会"}, {"国家发展计划委员会"}),
        ("2001年,国家计委主任曾培炎出席。", {"国家发展计划委员会"}, {"国家计划委员会"}),
        ("原第八机械工业部副部长、党组成员马真同志逝世。", {"第八机械工业部"}, {"机械工业部"}),
        ("1977年起先后任第一机械工业部副部长,国家科委副主任、国务院科技领导小组办公室主任。",
         {"第一机械工业部", "国家科学技术委员会", "国务院科技领导小组办公室"}, {"科技领导小组", "国务院"}),
    ],
    ids=["a-bios-year-before-1998", "a-year-after-1998", "an-ordinal-ministry", "a-state-council-groups-office"],
)
def test_nlp_historic_bodies_in_a_career(text, bodies, absent):
    _, entities, _ = run(text)
    orgs = {label for kind, label in entities if kind == "Organization"}
    assert bodies <= orgs
    assert not absent & orgs


@pytest.mark.parametrize(
    "text,posts",
    [
        ("国防科工委副主任、国家航天局局长、载人航天工程副总指挥栾恩杰表示,要加快发展。",
         {("栾恩杰", "国防科学技术工业委员会", "副主任"), ("栾恩杰", "国家航天局", "局长")}),
        ("工业和信息化部党组成员、总工程师、课题组组长张峰介绍了情况。",
         {("张峰", "工业和信息化部", "党组成员"), ("张峰", "工业和信息化部", "总工程师")}),
    ],
    ids=["a-national-projects-post", "a-study-groups-post"],
)
def test_nlp_a_post_at_a_project_or_study_group_lets_the_chain_go_on(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


@pytest.mark.parametrize(
    "text,posts",
    [
        ("代表团拜访国资委,与主任张玉卓会谈。", {("张玉卓", "国务院国有资产监督管理委员会", "主任")}),
        ("随后到工信部与副部长熊继军会面。", {("熊继军", "工业和信息化部", "副部长")}),
        ("代表团拜访国资委,与省长王五会谈。", set()),  # a title that is no head of the body visited
    ],
    ids=["a-body-visited-then-its-head", "to-the-ministry-with-its-vice-minister", "a-title-of-another-body"],
)
def test_nlp_the_heads_of_a_body_a_visit_went_to(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


def test_nlp_an_organisers_press_conference_with_no_topic_is_no_named_event():
    _, entities, _ = run("大家上午好!欢迎出席省政府新闻办新闻发布会。今天我们请来了省工业和信息化厅厅长王五。")
    assert not any(kind == "Event" for kind, _ in entities)


def test_nlp_a_former_minister_known_to_the_dictionary_answering_once():
    text = "记者:吴部长,您对2001年我国信息产业的发展有怎样的评价?\n吴基传:下一步要加快发展软件和集成电路产业。\n"
    _, entities, relations = run(text)
    assert ("Official", "吴基传") in entities
    assert any(r[:3] == ("吴基传", "discusses", "软件") for r in relations)


def test_nlp_the_partys_central_bodies_named_by_their_term():
    _, entities, _ = run("袁宝华同志是第十二届中央委员会委员,第十三届中央顾问委员会委员。")
    orgs = {label for kind, label in entities if kind == "Organization"}
    assert {"中国共产党中央委员会", "中国共产党中央顾问委员会"} <= orgs
    assert not any(label.startswith("第十") for label in orgs)


def test_nlp_a_preposition_before_the_first_field_of_a_list_is_no_part_of_it():
    _, entities, _ = run("要把更多资金用于技术改造,为机械、电子、纺织、轻工等行业的现代化打好基础。")
    sectors = {label for kind, label in entities if kind == "Sector"}
    assert "机械" in sectors and "为机械" not in sectors


@pytest.mark.parametrize(
    "text,event",
    [
        ("宁夏日报讯 7月28日,自治区十届人大常委会第二十五次会议在银川闭幕。", "宁夏回族自治区第十届人民代表大会常务委员会第二十五次会议"),
        ("湖北日报讯 省十三届人大常委会第五次会议举行。", "湖北省第十三届人民代表大会常务委员会第五次会议"),
        ("湖北省十三届人大二次会议开幕。", "湖北省第十三届人民代表大会第二次会议"),
    ],
    ids=["an-autonomous-regions-standing-committee", "a-provinces-standing-committee", "a-provinces-congress"],
)
def test_nlp_provincial_congress_and_standing_committee_sessions(text, event):
    _, entities, _ = run(text)
    assert ("Event", event) in entities


def test_nlp_while_in_a_post_is_no_name():
    _, entities, _ = run("在自治区经济贸易委员会主任任上,他参与了宁东能源化工基地建设。")
    assert ("Official", "任上") not in entities


@pytest.mark.parametrize(
    "text,program",
    [
        ("我们将组织实施重大短板装备创新工程,聚焦大型飞机。", "重大短板装备创新工程"),
        ("要实施重大工程。", None),
        ("落实重大政策和重大工程。", None),
    ],
    ids=["a-long-name-opening-with-zhongda", "a-generic-major-project", "two-generic-things"],
)
def test_nlp_programmes_opening_with_major(text, program):
    _, entities, _ = run(text)
    programs = {label for kind, label in entities if kind == "Program"}
    assert programs == ({program} if program else set())


def test_nlp_thanking_the_minister_names_no_one():
    _, entities, _ = run("【郭卫民】谢谢苗部长,下面请大家提问。\n【苗圩】我们将推进工业转型升级。")
    assert ("Official", "谢谢苗") not in entities


def test_nlp_a_division_of_a_party_committees_department():
    _, entities, relations = run("江西日报讯 省委宣传部对外新闻处处长黎峰主持发布会。")
    assert {("Organization", "中国共产党江西省委员会宣传部"), ("Organization", "对外新闻处")} <= entities
    assert ("对外新闻处", "partOf", "中国共产党江西省委员会宣传部", None) in relations
    assert ("黎峰", "holdsPost", "对外新闻处", "处长") in relations


@pytest.mark.parametrize(
    "text,bodies",
    [
        ("诏安县人大常委会副主任林伍妹带领政府办、工信局、发改局等相关部门领导深入工业园区开展视察调研。",
         {"诏安县工业和信息化局", "诏安县发展和改革局"}),
        ("副市长带领工信局、发改局等部门负责人调研。", set()),  # no county named: no place to give them
        # a county's merged bureau (2019 reform), with and without the county's 县
        ("镇远县召开调度会，县委常委杨胜朝陪同，县工信和商务局、县发改局相关负责人参加。",
         {"镇远县工业信息化和商务局", "镇远县发展和改革局"}),
        ("镇远县召开调度会，县委常委杨胜朝带领政府办、工信和商务局、发改局等部门负责人参加。",
         {"镇远县工业信息化和商务局", "镇远县发展和改革局"}),
    ],
    ids=["a-countys-bare-offices-in-a-list", "no-county-named", "a-merged-bureau-after-its-county",
         "a-merged-bureau-bare-in-a-list"],
)
def test_nlp_bare_local_offices_listed_on_a_county_page(text, bodies):
    _, entities, _ = run(text)
    assert {label for kind, label in entities if kind == "Organization" and label.endswith("局")} == bodies


def test_nlp_a_premiers_name_written_without_its_rare_character():
    # 镕 is missing from GB2312: old pages write 朱熔基 or 朱容基
    _, entities, _ = run("国务院总理朱熔基出席会议并讲话。")
    assert ("Official", "朱镕基") in entities


@pytest.mark.parametrize(
    "text,posts",
    [
        ("文敏生同志于1997年6月24日在北京逝世,享年82岁。文敏生同志是山西垣曲人,1937年参加革命。"
         "1981年3月,任邮电部党组书记、部长。", {("文敏生", "邮电部", "党组书记"), ("文敏生", "邮电部", "部长")}),
        ("文敏生同志因病医治无效逝世,享年88岁。文敏生同志1938年参加革命,1973年任邮电部党组书记、部长。",
         {("文敏生", "邮电部", "党组书记"), ("文敏生", "邮电部", "部长")}),
        ("张三同志发言。张三同志说,要做好工作。", set()),  # a comrade with no career told is nobody's subject
    ],
    ids=["an-obituarys-subject", "a-comrade-whose-career-follows", "a-comrade-with-no-career"],
)
def test_nlp_an_obituarys_subject_named_with_tongzhi(text, posts):
    _, entities, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts
    if not posts:
        assert ("Official", "张三") not in entities


@pytest.mark.parametrize(
    "text,officials",
    [
        ("认真贯彻好温家宝总理和苗圩部长重要讲话精神。", {"温家宝", "苗圩"}),
        ("李克强总理明确提出,要加快发展智能制造。", {"李克强"}),
    ],
    ids=["a-conjunction-before-a-known-name", "an-adverb-after-a-title"],
)
def test_nlp_words_around_titles_are_no_names(text, officials):
    _, entities, _ = run(text)
    assert {label for kind, label in entities if kind == "Official"} == officials


def test_nlp_former_posts_in_a_chain_and_a_county_after_a_verb():
    _, _, relations = run("原邮电部部长、原信息产业部部长吴基传出席。")
    assert {("吴基传", "邮电部", "部长"), ("吴基传", "信息产业部", "部长")} <= {
        (s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    text = ("为提升镇远县工业企业复工复产率,由黔东南州工信局副局长杨勇带队,县委常委、县人民政府常务副县长杨胜朝陪同,"
            "深入企业调研。")
    _, entities, relations = run(text)
    assert ("杨胜朝", "holdsPost", "镇远县人民政府", "常务副县长") in relations
    assert not any(label.startswith("提升") for _, label in entities)


@pytest.mark.parametrize(
    "later",
    ["同时对县级部门提出工作要求。", "会后，杨勇同时向县委汇报了调研情况。"],
    ids=["a-county-level-of-government", "a-preposition-before-the-county"],
)
def test_nlp_the_countys_bodies_survive_later_words_before_xian(later):
    text = ("为提升镇远县工业企业复工复产率,由黔东南州工信局副局长杨勇带队,县委常委、县人民政府常务副县长杨胜朝陪同,"
            "深入企业调研。" + later)
    _, _, relations = run(text)
    assert ("杨胜朝", "holdsPost", "镇远县人民政府", "常务副县长") in relations


def test_nlp_a_state_council_office_keeps_its_name():
    _, entities, relations = run("1954年后,任国家经济建设委员会副主任、党组副书记,国务院第三办公室副主任。")
    assert ("Organization", "国务院第三办公室") in entities
    assert ("Organization", "第三办公室") not in entities


def test_nlp_a_press_conference_named_by_its_topic_is_named_once():
    text = ("活动标题\n- 国新办就中国高新技术产业发展情况举行新闻发布会\n活动描述\n"
            "- 国务院新闻办公室定于2007年9月27日(星期四)上午10时举行新闻发布会,请国家发展改革委副主任张晓强介绍"
            "十六大以来中国高技术产业发展情况,并答记者问。")
    _, entities, _ = run(text)
    events = {label for kind, label in entities if kind == "Event"}
    assert events == {"中国高新技术产业发展情况新闻发布会"}


def test_nlp_a_mayor_after_a_relative_clause_and_a_quoted_programme_after_ba():
    text = "分管汽车产业的长春市副市长孙丽华说,要把“十城千辆”节能与新能源汽车示范推广应用工程组织好。"
    _, entities, relations = run(text)
    assert ("孙丽华", "holdsPost", "长春市人民政府", "副市长") in relations
    assert ("Program", "“十城千辆”节能与新能源汽车示范推广应用工程") in entities


@pytest.mark.parametrize(
    "text,posts,parts",
    [
        ("陕西省工业和信息化厅信息化推进处处长王晓峰、装备工业处处长郭涛、中小企业发展促进处处长孙丽娜回答记者提问。",
         {("王晓峰", "信息化推进处", "处长"), ("郭涛", "装备工业处", "处长"), ("孙丽娜", "中小企业发展促进处", "处长")},
         {"信息化推进处", "装备工业处", "中小企业发展促进处"}),
        ("四川省经济和信息化厅运行监测处副处长武斌、装备工业处副处长张勇出席。",
         {("武斌", "运行监测处", "副处长"), ("张勇", "装备工业处", "副处长")}, {"运行监测处", "装备工业处"}),
        # the department named again before each division
        ("省工信厅党组成员、副厅长辛清华介绍情况。江西省工业和信息化厅综合处处长曾祥清,省工信厅电子信息处处长聂云霞出席。",
         {("曾祥清", "综合处", "处长"), ("聂云霞", "电子信息处", "处长")}, {"综合处", "电子信息处"}),
    ],
    ids=["heads-of-divisions", "deputy-heads", "department-repeated"],
)
def test_nlp_a_list_of_division_heads(text, posts, parts):
    _, _, relations = run(text)
    assert posts <= {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    parent = "江西省工业和信息化厅" if "江西" in text else "陕西省工业和信息化厅" if "陕西" in text else "四川省经济和信息化厅"
    assert {s for s, p, o, _ in relations if p == "partOf" and o == parent} == parts


def test_nlp_a_name_before_fabu():
    _, entities, relations = run("陕西省工业和信息化厅副厅长赵国栋发布方案主要内容。")
    assert ("赵国栋", "holdsPost", "陕西省工业和信息化厅", "副厅长") in relations


@pytest.mark.parametrize(
    "text,event,people",
    [
        ("新华社北京3月8日电 十四届全国人大二次会议8日举行第二场“部长通道”。\n3月8日第二场“部长通道”\n"
         "工业和信息化部部长金壮龙\n民政部部长陆治原\n水利部部长李国英\n",
         "“部长通道”", {"金壮龙", "陆治原", "李国英"}),
        ("省政府新闻办召开河南省上半年抓经济促发展新闻发布会\n来源: 省政府新闻办\n\n发布人:\n\n"
         "马 健 河南省发展改革委党组书记、主任\n\n张 锐 省科技厅党组书记、厅长\n\n李建涛 省工业和信息化厅党组书记、厅长\n\n"
         "女士们、先生们,媒体朋友们:\n大家下午好!",
         "河南省上半年抓经济促发展新闻发布会", {"马健", "张锐", "李建涛"}),
        # one line under a heading is a byline, not a list
        ("2024年全国工业和信息化工作会议\n工业和信息化部部长金壮龙\n会议在北京召开。", "全国工业和信息化工作会议", set()),
    ],
    ids=["ministers-under-a-heading", "presenters-under-a-label", "one-line-is-no-list"],
)
def test_nlp_people_listed_one_per_line_attend_the_event(text, event, people):
    _, entities, relations = run(text)
    assert ("Event", event) in entities
    assert {s for s, p, o, _ in relations if p == "attends" and o == event and s in people | {"金壮龙"}} == people


@pytest.mark.parametrize(
    "text,team,head",
    [
        ("工业和信息化部召开会议。部党组成员、中央纪委国家监委驻工业和信息化部纪检监察组组长叶民传达会议精神。",
         "中央纪委国家监委驻工业和信息化部纪检监察组", ("叶民", "组长")),
        ("中央纪委驻工业和信息化部纪检组组长金书波出席。", "中央纪委驻工业和信息化部纪检组", ("金书波", "组长")),
    ],
    ids=["discipline-and-supervision-team", "discipline-team-before-2018"],
)
def test_nlp_a_discipline_team_stationed_in_a_ministry(text, team, head):
    _, entities, relations = run(text)
    assert ("Organization", team) in entities
    assert (head[0], "holdsPost", team, head[1]) in relations


@pytest.mark.parametrize(
    "text,posts",
    [
        # an interviewee's own posts, told in the first person, with no title beside his name
        ("贺耀敏：袁主任，请您谈谈当时的情况？\n袁宝华：1966年，当时我担任国家经委副主任，也受到冲击。\n",
         {("袁宝华", "国家经济委员会", "副主任")}),
        ("记者：苗部长，请您谈谈。\n苗圩：2008年，当时我担任武汉市委书记，后来我任工业和信息化部党组书记、部长。\n记者：谢谢。",
         {("苗圩", "中国共产党武汉市委员会", "书记"), ("苗圩", "工业和信息化部", "党组书记"), ("苗圩", "工业和信息化部", "部长")}),
        # a relative clause of posts, the name then an adverb
        ("1966年，当时担任国务院副总理、经委主任的薄一波就首先遇到冲击。", {("薄一波", "国务院", "副总理")}),
        # a province's full name after a verb's 过
        ("刚刚有过河北省省长岳岐峰调任辽宁。", {("岳岐峰", "河北省人民政府", "省长")}),
    ],
    ids=["interviewee-first-person", "speaker-first-person", "relative-clause-then-adverb", "province-after-guo"],
)
def test_nlp_posts_told_in_interviews_and_narrative(text, posts):
    _, entities, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts
    assert not any(kind == "Official" and ("我" in label or label == "相比") for kind, label in entities)


def test_nlp_xiangbi_and_pronouns_are_no_names():
    _, entities, _ = run("和其他三个科研出身的副部长相比，他更年轻。后来我任工业和信息化部部长。")
    assert not any(kind == "Official" for kind, _ in entities)


def test_nlp_a_name_before_a_proposals_verb():
    _, _, relations = run("全国政协委员、云南省工业和信息化厅副厅长赵丽萍带来了关于推进中小企业数字化转型的提案。")
    assert ("赵丽萍", "holdsPost", "云南省工业和信息化厅", "副厅长") in relations


@pytest.mark.parametrize(
    "text,event",
    [
        ("4月19日，2018中德（太仓）智能制造合作论坛在太仓举行。工业和信息化部副部长罗文出席论坛。", "中德（太仓）智能制造合作论坛"),
        ("工业和信息化部副部长苏波出席了在包头举行的中国（包头）稀土产业论坛。", "中国（包头）稀土产业论坛"),
    ],
    ids=["a-host-city-after-a-country-pair", "a-host-city-after-china"],
)
def test_nlp_an_events_host_city_in_brackets(text, event):
    _, entities, _ = run(text)
    assert ("Event", event) in entities


def test_nlp_a_foreign_ministrys_department():
    _, entities, relations = run("德国联邦经济和能源部数字与创新政策司司长克劳斯·施密特出席论坛并致辞。")
    assert ("Organization", "数字与创新政策司") in entities
    assert ("数字与创新政策司", "partOf", "德国联邦经济和能源部", None) in relations
    assert ("克劳斯·施密特", "holdsPost", "数字与创新政策司", "司长") in relations


def test_nlp_the_headlines_city_is_the_articles_when_two_are_named():
    text = ("仁怀市工业和信息化局工作周报（2014年第21期）\n"
            "5月19日，市工业和信息化局局长罗志刚参加遵义市工业经济运行调度会。会上，遵义市经济和信息化委员会通报了运行情况。")
    _, _, relations = run(text)
    assert ("罗志刚", "holdsPost", "仁怀市工业和信息化局", "局长") in relations


def test_nlp_a_name_before_a_time_adverb():
    _, _, relations = run("他还转达了工业和信息化部消费品工业司司长高延敏不久前在全国白酒行业运行座谈会上的意见。")
    assert ("高延敏", "holdsPost", "消费品工业司", "司长") in relations


def test_nlp_a_signed_articles_author_note():
    text = ("提升产业链供应链现代化水平 加快建设制造强国\n\n肖亚庆\n\n 党的十九届五中全会审议通过了建议。"
            "我们将深入实施产业基础再造工程。\n\n(作者：工业和信息化部党组书记、部长)\n")
    _, _, relations = run(text)
    assert {(o, role) for s, p, o, role in relations if p == "holdsPost" and s == "肖亚庆"} == {
        ("工业和信息化部", "党组书记"), ("工业和信息化部", "部长")}


@pytest.mark.parametrize(
    "text,post",
    [
        ("工信部规划司司长罗文谈“中国制造2025”实施一周年", ("罗文", "规划司", "司长")),
        ("主持人：下面我们连线宁波市经济和信息化委员会主任张国华。", ("张国华", "宁波市经济和信息化委员会", "主任")),
    ],
    ids=["a-headlines-x-on-y", "an-interviews-call"],
)
def test_nlp_interview_words_around_a_post(text, post):
    _, entities, relations = run(text)
    assert (post[0], "holdsPost", post[1], post[2]) in relations
    assert not any(label.endswith("谈") or label.startswith("我们") for _, label in entities)


@pytest.mark.parametrize(
    "text,event,people",
    [
        ("浙江省通信管理局召开2026年工作会议。局党组书记、局长董艳出席会议并讲话,副局长陈波主持会议。",
         "浙江省通信管理局工作会议", {"董艳", "陈波"}),
        ("2月18日，电子信息司召开2011年工作会议，工业和信息化部副部长杨学山出席会议并讲话。", "电子信息司工作会议", {"杨学山"}),
    ],
    ids=["a-provincial-bureau", "a-ministry-department"],
)
def test_nlp_a_bodys_yearly_work_meeting_is_named_by_the_body(text, event, people):
    _, entities, relations = run(text)
    assert ("Event", event) in entities
    assert {s for s, p, o, _ in relations if p == "attends" and o == event} == people


@pytest.mark.parametrize(
    "text,officials",
    [
        ("坚决做到“总书记有号令、党中央有部署”。", set()),  # 有 is a verb after a title
        ("开幕会上，严余松委员建议，加快发展无人机产业。", set()),  # a CPPCC member holds no post
        ("山西省人大常委会副主任姚新章、谢克昌,副省长靳善忠等也出席了会议。", {"姚新章", "谢克昌", "靳善忠"}),
    ],
    ids=["you-after-a-title", "a-cppcc-member", "a-second-name-before-an-ascii-comma"],
)
def test_nlp_who_is_an_official_beside_titles(text, officials):
    _, entities, relations = run(text)
    assert {label for kind, label in entities if kind == "Official"} == officials
    if "谢克昌" in officials:
        assert ("谢克昌", "holdsPost", "山西省人民代表大会常务委员会", "副主任") in relations


def test_nlp_a_provinces_department_written_bare_and_its_head():
    _, entities, relations = run("西藏自治区工业和信息化厅举办讲座。工信厅副厅长邱川主持讲座，徐飞厅长在讲座后指出，要加强学习。")
    assert ("Organization", "工信厅") not in entities
    assert {("邱川", "副厅长"), ("徐飞", "厅长")} == {
        (s, role) for s, p, o, role in relations if p == "holdsPost" and o == "西藏自治区工业和信息化厅"}


def test_nlp_a_guojia_before_the_ministrys_short_name():
    _, _, relations = run("国家工信部运行监测协调局副局长黄利斌出席。")
    assert ("黄利斌", "holdsPost", "运行监测协调局", "副局长") in relations
    assert ("运行监测协调局", "partOf", "工业和信息化部", None) in relations


def test_nlp_counties_listed_before_a_shared_office():
    _, entities, _ = run("西藏自治区召开会议。拉萨市达孜县、堆龙德庆县、曲水县工信局负责人参加。")
    assert {label for kind, label in entities if kind == "Organization" and label.endswith("局")} == {
        "达孜县工业和信息化局", "堆龙德庆县工业和信息化局", "曲水县工业和信息化局"}


@pytest.mark.parametrize(
    "text,event",
    [
        ("河南省政协召开会议。委员提案占省政协十二届三次会议提案总数的13.2%。", "中国人民政治协商会议河南省第十二届委员会第三次会议"),
        ("四川省政协十三届常委会第二次会议在成都开幕。", "中国人民政治协商会议四川省第十三届委员会常务委员会第二次会议"),
        ("全国政协十三届三次会议在北京开幕。", "中国人民政治协商会议第十三届全国委员会第三次会议"),
    ],
    ids=["an-elided-province", "a-provinces-standing-committee", "the-national-conference"],
)
def test_nlp_a_provinces_political_consultative_conference_in_session(text, event):
    _, entities, _ = run(text)
    assert {label for kind, label in entities if kind == "Event"} == {event}


def test_nlp_a_career_told_with_a_pronoun_and_a_body_before_ren():
    text = ("出生于1945年3月的李毅中,1966年7月毕业后,做过工人、厂长……2003年他从中国石化董事长的位置调到国务院国资委任"
            "党委书记、副主任,2005年2月任国家安全生产监督管理总局局长、党组书记。")
    _, _, relations = run(text)
    assert {(o, role) for s, p, o, role in relations if p == "holdsPost" and s == "李毅中"} == {
        ("国务院国有资产监督管理委员会", "党委书记"), ("国务院国有资产监督管理委员会", "副主任"),
        ("国家安全生产监督管理总局", "局长"), ("国家安全生产监督管理总局", "党组书记")}


@pytest.mark.parametrize(
    "text,posts",
    [
        ("盐城市委书记戴源出席。聊城市市长宋军继讲话。",
         {("戴源", "中国共产党盐城市委员会", "书记"), ("宋军继", "聊城市人民政府", "市长")}),
        ("共青城市委副书记、市长卢治轩出席。",
         {("卢治轩", "中国共产党共青城市委员会", "副书记"), ("卢治轩", "共青城市人民政府", "市长")}),
        ("工信部装备司副调研员赵奉杰出席。", {("赵奉杰", "装备工业司", "副调研员")}),
    ],
    ids=["cities-ending-in-chengshi", "a-county-level-city-ending-in-chengshi", "a-deputy-researcher"],
)
def test_nlp_city_names_ending_in_cheng_and_researcher_ranks(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


def test_nlp_an_event_with_its_short_name_before_held():
    _, entities, _ = run("10月27日,2019年仪器仪表产业发展峰会(简称“峰会”)在江西省共青城市隆重召开。")
    assert ("Event", "仪器仪表产业发展峰会") in entities


@pytest.mark.parametrize(
    "text,entity",
    [
        ("拟任晋城市人民政府副市长人选。", ("Organization", "晋城市人民政府")),
        ("并与拉萨市人民政府签署合作协议。", ("Organization", "拉萨市人民政府")),
        ("历任中共陵川县委办公室副主任，陵川县人民政府副县长。", ("Organization", "中国共产党陵川县委员会办公室")),
        ("十、全国工业和信息化工作会议在京召开。", ("Event", "全国工业和信息化工作会议")),
        ("[转帖]全国国防科技工业民用产业发展工作会议在京召开。", ("Event", "全国国防科技工业民用产业发展工作会议")),
        ("任丘市人民政府召开会议。", ("Organization", "任丘市人民政府")),  # a city whose name starts with 任
    ],
    ids=["proposed-post", "conjunction", "county-committee-office", "numbered-item", "repost-tag", "ren-qiu"],
)
def test_nlp_words_before_a_name_are_no_part_of_it(text, entity):
    _, entities, _ = run(text)
    assert entity in entities
    assert not any(label.startswith(("拟任", "并与", "十、", "[", "中共")) for _, label in entities)


def test_nlp_a_letter_signed_by_the_ministry_says_wo_bu():
    text = ("关于提案答复的函\n林海波委员：\n经认真研究，并商科学技术部，现答复如下：\n"
            "3月下旬，我部副部长辛国斌带队赴海南调研新能源汽车推广应用工作。\n感谢您的支持。\n工业和信息化部\n2019年7月12日\n")
    _, _, relations = run(text)
    assert {(o, role) for s, p, o, role in relations if p == "holdsPost" and s == "辛国斌"} == {("工业和信息化部", "副部长")}


@pytest.mark.parametrize(
    "text,post",
    [
        ("工业和信息化部部长苗圩在莫斯科与俄罗斯联邦工业和贸易部部长曼图罗夫共同主持会议。", ("曼图罗夫", "俄罗斯联邦工业和贸易部", "部长")),
        ("俄罗斯联邦工业和贸易部副部长彼得罗夫等出席会议。", ("彼得罗夫", "俄罗斯联邦工业和贸易部", "副部长")),
    ],
    ids=["minister", "deputy-minister"],
)
def test_nlp_a_foreign_ministers_transliterated_name(text, post):
    _, _, relations = run(text)
    assert (post[0], "holdsPost", post[1], post[2]) in relations


def test_nlp_an_autonomous_prefectures_government_and_a_countys_fair():
    text = ("9月3日，奇台县（乌鲁木齐）工业园区招商引资项目推介会在乌鲁木齐举行。"
            "昌吉回族自治州人民政府副州长李国平出席。")
    _, entities, relations = run(text)
    assert ("Event", "奇台县（乌鲁木齐）工业园区招商引资项目推介会") in entities
    assert ("李国平", "holdsPost", "昌吉回族自治州人民政府", "副州长") in relations


@pytest.mark.parametrize(
    "text,events",
    [
        ("大会上举行了“小巨人”企业授牌仪式。", set()),  # plaques handed to firms
        ("工业和信息化部挂牌仪式在京举行。", {"工业和信息化部挂牌仪式"}),  # a body set up: an event (gold)
    ],
    ids=["plaques-to-firms", "a-body-set-up"],
)
def test_nlp_which_ceremonies_are_events(text, events):
    _, entities, _ = run(text)
    assert {label for kind, label in entities if kind == "Event"} == events


@pytest.mark.parametrize(
    "text,event,person",
    [
        ("上海召开会议。上海市市长汪道涵在市八届三次人代会上提出，要加快技术改造。", "上海市第八届人民代表大会第三次会议", "汪道涵"),
        ("深圳市召开会议。在市六届人大三次会议上，市长许勤作政府工作报告。", "深圳市第六届人民代表大会第三次会议", "许勤"),
        ("上海市十三届人大第六次会议开幕。市长龚正作报告。", "上海市第十三届人民代表大会第六次会议", None),
    ],
    ids=["short-renndaihui", "elided-city", "named-city"],
)
def test_nlp_a_citys_peoples_congress_in_session(text, event, person):
    _, entities, relations = run(text)
    assert ("Event", event) in entities
    if person:
        assert (person, "attends", event, None) in relations


@pytest.mark.parametrize(
    "text,posts",
    [
        ("1949年10月，张琴秋被任命为纺织工业部副部长,丈夫苏井观被任命为卫生部副部长。", {("张琴秋", "纺织工业部", "副部长")}),
        ("李鸿忠2007年12月任湖北省委副书记，同月被任命为湖北省副省长、代省长。",
         {("李鸿忠", "中国共产党湖北省委员会", "副书记"), ("李鸿忠", "湖北省人民政府", "副省长"), ("李鸿忠", "湖北省人民政府", "代省长")}),
    ],
    ids=["a-second-appointee-named-in-his-clause", "the-same-person-appointed-again"],
)
def test_nlp_bei_renming_wei_gives_the_post_to_its_clauses_subject(text, posts):
    _, _, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == posts


def test_nlp_a_long_list_of_names_after_one_title():
    text = "湖北省政协召开会议。省政协副主席郑心穗、王振有、陈天会、刘善桥、田玉科到会听取委员发言。"
    _, _, relations = run(text)
    assert {s for s, p, o, role in relations if p == "holdsPost" and role == "副主席"} == {"郑心穗", "王振有", "陈天会", "刘善桥", "田玉科"}


def test_nlp_leaders_present_at_a_session_to_hear_its_members():
    text = "湖北省政协十一届三次会议今天举行大会发言。省委副书记、省长王国生，省政协主席杨松到会听取委员发言。"
    _, _, relations = run(text)
    session = "中国人民政治协商会议湖北省第十一届委员会第三次会议"
    assert {s for s, p, o, _ in relations if p == "attends" and o == session} == {"王国生", "杨松"}


def test_nlp_coming_to_a_sessions_delegation_attends_the_session():
    text = "湖南省委书记周强先后来到省十一届人大六次会议湘西土家族苗族自治州、怀化市代表团，与代表们一起审议政府工作报告。"
    _, _, relations = run(text)
    assert ("周强", "attends", "湖南省第十一届人民代表大会第六次会议", None) in relations


def test_nlp_an_office_without_its_place_in_a_chain_after_the_places_body():
    _, entities, relations = run("新疆维吾尔自治区政协副主席、经济和信息化委员会党组书记、主任王永明出席。")
    assert ("Organization", "经济和信息化委员会") not in entities
    assert ("王永明", "holdsPost", "新疆维吾尔自治区经济和信息化委员会", "主任") in relations


def test_nlp_chongqings_commission_written_short():
    _, _, relations = run("重庆市经济信息委党组成员、副主任杨正华带队。")
    assert ("杨正华", "holdsPost", "重庆市经济和信息化委员会", "副主任") in relations


def test_nlp_a_commissions_office_is_the_body_of_its_director():
    _, entities, relations = run("山东省经济和信息化委员会副主任、山东省无线电管理委员会办公室主任廉凯出席。")
    assert ("Organization", "山东省无线电管理委员会办公室") in entities
    assert ("廉凯", "holdsPost", "山东省无线电管理委员会办公室", "主任") in relations


@pytest.mark.parametrize(
    "text,parent,departments",
    [
        ("国务院国资委办公厅、规划局、综合局、企干二局有关负责同志参加会见。", "国务院国有资产监督管理委员会",
         {"办公厅", "规划局", "综合局", "企干二局"}),
        ("省政府办公厅、市场格局和全局工作。", None, set()),  # words ending in 局 are no departments
    ],
    ids=["departments-after-one-written-with-its-body", "no-department-words"],
)
def test_nlp_departments_listed_after_one_written_with_its_body(text, parent, departments):
    _, _, relations = run(text)
    assert {s for s, p, o, _ in relations if p == "partOf" and o == parent} == departments


@pytest.mark.parametrize(
    "text,post,department",
    [("国家工信部装备工业司重大装备处处长汪宏出席。", ("汪宏", "重大装备处", "处长"), "装备工业司"),
     ("电子信息司电子基础处副处长李建国介绍情况。", ("李建国", "电子基础处", "副处长"), "电子信息司")],
)
def test_nlp_a_ministry_departments_division_and_its_head(text, post, department):
    # (重大装备 in the division's name names no field)
    _, entities, relations = run(text)
    assert (post[0], "holdsPost", post[1], post[2]) in relations
    assert (post[1], "partOf", department, None) in relations
    assert not {label for kind, label in entities if kind == "Sector"}


def test_nlp_a_quoted_press_conference_the_news_was_heard_at():
    _, entities, _ = run("记者8月1日从“解读四川省委十一届三次全会精神”新闻发布会上获悉,到2022年,四川省将建立现代产业体系。")
    assert ("Event", "“解读四川省委十一届三次全会精神”新闻发布会") in entities
    # (a quoted speech before 从 is no name: …。”记者从发布会上获悉)
    _, entities, _ = run("他说：“要加快发展。”记者从新闻发布会上获悉,今年将出台政策。")
    assert not {label for kind, label in entities if kind == "Event"}


def test_nlp_a_meeting_held_for_two_fairs_is_one_event():
    # 动员会 for 博览会暨博览会: the speaker attends the mobilisation meeting, not the fairs to come
    _, entities, relations = run("欧新黔副主任在动员会上的讲话\n——在第三届中国国际中小企业博览会暨中意中小企业博览会动员会上的讲话\n"
                                 "二OO六年四月十七日\n欧新黔副主任在动员会上做了重要讲话。")
    attended = {o for s, p, o, _ in relations if p == "attends" and s == "欧新黔"}
    assert attended == {"中国国际中小企业博览会暨中意中小企业博览会动员会"}


def test_nlp_a_decrees_later_items_listing_people_with_a_bare_title_and_a_heading_sentence():
    _, found, relations = run("1949年10月19日，中央人民政府委员会举行第三次会议，任命政府各部委负责人员。"
                              "曾山(时任华东军政委员会副主席)为纺织工业部部长，钱之光、陈维稷、张琴秋为副部长。")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert {("曾山", "纺织工业部", "部长"), ("钱之光", "纺织工业部", "副部长"), ("陈维稷", "纺织工业部", "副部长"),
            ("张琴秋", "纺织工业部", "副部长")} <= posts
    assert {"钱之光", "陈维稷", "张琴秋"} <= {label for t, label in found if t == "Official"}


def test_nlp_a_later_decree_items_bare_title_of_another_kind_takes_no_body():
    _, _, relations = run("会议任命王明为工业和信息化部副部长，李强为主任。")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert ("王明", "工业和信息化部", "副部长") in posts
    assert not any(s == "李强" for s, _, _ in posts)


def test_nlp_titles_shared_by_two_ministries_held_in_turn():
    _, _, relations = run("此后，钱之光一直担任纺织工业部、轻工业部部长、党组书记，直到1981年。")
    posts = {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}
    assert posts == {("钱之光", body, role) for body in ("纺织工业部", "轻工业部") for role in ("部长", "党组书记")}


@pytest.mark.parametrize("text,expected", [
    ("1986年，李世娟在纺织工业部丝绸局任副局长。", {("李世娟", "丝绸局", "副局长")}),
    ("1990年，王立新曾在国家计委工业司工作，任副司长。", {("王立新", "工业司", "副司长")})],
    ids=["in-department-took-post", "worked-in-then-post"])
def test_nlp_a_post_held_in_a_department_named_before_the_verb(text, expected):
    _, found, relations = run(text)
    assert {(s, o, role) for s, p, o, role in relations if p == "holdsPost"} == expected
    (person, department, _), = expected
    assert ("Organization", department) in found and ("Official", person) in found


def test_nlp_a_removal_with_the_post_right_after_the_name():
    _, found, relations = run("广州市人大常委会第十三次会议召开。会议任命姚建明为市安全生产监督管理局局长。"
                              "免去房明玉市食品药品监督管理局局长职务，市政府另行安排工作。")
    assert ("房明玉", "holdsPost", "广州市食品药品监督管理局", "局长") in relations
    assert ("Official", "房明玉") in found


def test_nlp_a_known_two_character_name_before_the_decrees_de():
    _, found, relations = run("会议决定免去苗圩的工业和信息化部部长职务，任命肖亚庆为工业和信息化部部长。")
    assert ("Official", "苗圩") in found
    assert ("苗圩", "holdsPost", "工业和信息化部", "部长") in relations


def test_nlp_leaders_listed_after_a_region_named_whole():
    _, found, _ = run("工业和信息化部副部长徐晓兰和内蒙古自治区领导包钢、黄志强、于立新出席开幕式。")
    assert {"包钢", "黄志强", "于立新"} <= {label for t, label in found if t == "Official"}


def test_nlp_a_city_committees_secretary_general_in_a_chain():
    _, _, relations = run("上海市委常委、市委秘书长诸葛宇杰出席。")
    assert ("诸葛宇杰", "holdsPost", "中国共产党上海市委员会", "秘书长") in relations


def test_nlp_a_provinces_offices_listed_after_its_first():
    _, found, _ = run("会议听取了山西省政府及省发展改革委、经济和信息化委、科技厅、财政厅等部门的情况汇报。")
    assert {("Organization", label) for label in ("山西省经济和信息化委员会", "山西省科学技术厅", "山西省财政厅")} <= found


def test_nlp_a_sources_ju_is_no_part_of_the_body():
    _, found, relations = run("据原国务院重大技术装备办公室副主任董必钦回忆，当年任务很重。")
    assert ("董必钦", "holdsPost", "国务院重大技术装备办公室", "副主任") in relations
    assert not any(label.startswith("据") for _, label in found)


def test_nlp_present_at_the_founding_congress_named_before():
    _, _, relations = run("7月9日，达州市召开电子行业协会成立大会暨电子信息产业专家咨询诊断会。"
                          "省经信厅副厅长皮亦鸣，市委常委、常务副市长邓瑜华出席成立大会并讲话。")
    assert {("皮亦鸣", "attends"), ("邓瑜华", "attends")} <= {(s, p) for s, p, o, _ in relations if "成立大会" in o}


@pytest.mark.parametrize("text,expected", [
    ("吉林省人大常委会召开会议。任命王立民为省机械工业厅厅长；免去李春山的省机械电子工业厅厅长职务。",
     {("王立民", "吉林省机械工业厅", "厅长"), ("李春山", "吉林省机械电子工业厅", "厅长")}),
    ("吉林省人大常委会召开会议。任命沈宝华为省计划委员会副主任，陈明为省科委主任。",
     {("沈宝华", "吉林省计划委员会", "副主任"), ("陈明", "吉林省科学技术委员会", "主任")})],
    ids=["industry-departments", "planning-and-science-commissions"])
def test_nlp_a_provinces_offices_of_the_planned_economy(text, expected):
    _, _, relations = run(text)
    assert expected <= {(s, o, role) for s, p, o, role in relations if p == "holdsPost"}


def test_nlp_a_city_named_like_its_province_keeps_its_bureau():
    _, found, relations = run("赵振国，男，汉族，1946年出生，曾任吉林市电子仪器厂厂长、吉林市电子工业局局长。")
    assert ("Organization", "吉林市电子工业局") in found
    assert not any(label.startswith("吉林省市") for _, label in found)


def test_nlp_speakers_at_a_meeting_held_at_the_top_of_a_long_report():
    filler = "会议强调，要抓住机遇，加快发展。" * 100  # (1,600 characters between the meeting and its last speakers)
    _, _, relations = run("今天上午召开的全省支柱产业工作会议对贯彻落实《决定》进行了部署，省长和志强在会上作动员讲话，"
                          f"省计委主任段克勤就《决定》作了说明。\n{filler}\n省烟草专卖局局长王绍康在发言中表示，烟草行业将提高质量。"
                          "玉溪地区行署专员刘光明和个旧市市长杨国华在会上作了交流发言。")
    attendees = {s for s, p, o, _ in relations if p == "attends" and o.endswith("支柱产业工作会议")}
    assert {"和志强", "段克勤", "王绍康", "刘光明", "杨国华"} <= attendees


def test_nlp_a_short_first_item_opening_with_its_subject_and_yi():
    _, found, _ = run("“九五”期间，全省要以烟草、生物资源开发、矿产和旅游四大产业为支柱。")
    assert ("Sector", "烟草") in found
    assert not any(label.startswith("全省") for _, label in found)


def test_nlp_present_at_a_meeting_no_name_gives_not_the_one_it_studied():
    _, _, relations = run("12月7日，工业和信息化部党组书记、部长李乐成主持召开务虚会，深入学习贯彻党的二十届四中全会精神。"
                          "部领导辛国斌、叶民、张云明出席会议，结合分管领域工作逐一发言。"
                          "大家一致认为，党的二十届四中全会审议通过的《建议》擘画了未来五年的蓝图。")
    assert not any(p == "attends" and s in ("辛国斌", "叶民", "张云明") for s, p, _, _ in relations)


def test_nlp_a_sources_ju_before_a_citys_office():
    _, found, relations = run("据北京市经济和信息化委员会主任张伯旭介绍，今年工业增长较快。")
    assert ("张伯旭", "holdsPost", "北京市经济和信息化委员会", "主任") in relations
    assert not any(label.startswith("据") for _, label in found)


def test_nlp_a_bare_industry_department_of_the_one_province_the_page_names():
    _, _, relations = run("江苏省人民政府省长许昆林出席。工信厅厅长朱爱勋出席。")
    assert ("朱爱勋", "holdsPost", "江苏省工业和信息化厅", "厅长") in relations


@pytest.mark.parametrize("text,expected", [
    ("原国家机械局副总工程师隋永滨出席。", ("隋永滨", "国家机械工业局", "副总工程师")),
    ("湖北省召开会议。省长助理夏红民出席。", ("夏红民", "湖北省人民政府", "省长助理"))],
    ids=["state-bureau-short-name", "assistant-governor"])
def test_nlp_posts_of_the_1998_state_bureaus_and_assistant_governors(text, expected):
    _, _, relations = run(text)
    assert (expected[0], "holdsPost", expected[1], expected[2]) in relations


def test_nlp_a_clause_before_an_elided_city_is_no_place_and_a_division_held_after_ren():
    _, found, relations = run("天津市人大常委会召开会议，任命李向东为天津市工业和信息化局副局长。"
                              "李向东，1975年生，此前在市工业和信息化局任电子信息处处长。"
                              "2018年机构改革后，他在市发展和改革委员会任党组成员、副主任。")
    labels = {label for t, label in found if t == "Organization"}
    assert {"天津市工业和信息化局", "天津市发展和改革委员会", "电子信息处"} <= labels
    assert not any(label.startswith(("此前", "他在", "任")) for label in labels)
    assert ("李向东", "holdsPost", "电子信息处", "处长") in relations


def test_nlp_the_name_a_sentence_opens_with_holds_the_posts_of_its_far_clauses():
    _, _, relations = run("会议免去王振海的天津市工业和信息化局局长职务。\n"
                          "张立群，女，1971年生，历任天津市科学技术委员会副主任、天津市科学技术局副局长。"
                          "王振海自2018年11月起任天津市工业和信息化局局长，此前长期在天津市工业和信息化委员会工作，"
                          "曾任天津市工业和信息化委员会副主任。")
    assert ("王振海", "holdsPost", "天津市工业和信息化委员会", "副主任") in relations
    assert ("张立群", "holdsPost", "天津市工业和信息化委员会", "副主任") not in relations


def test_nlp_a_verb_like_surname_before_a_common_word_is_no_name():
    _, found, _ = run("新任市工业和信息化局局长谈工作思路")
    assert not any(t == "Official" for t, _ in found)


def test_nlp_a_biography_opening_with_a_former_name_holds_its_career():
    _, _, relations = run("中共中央组织部原副部长李锐同志在北京逝世。\n李锐，原名李厚生，1917年4月生于湖南平江。1979年4月任电力工业部副部长、党组副书记，"
                          "1980年8月兼任国家能源委员会副主任、党组成员。")
    posts = {(o, role) for s, p, o, role in relations if p == "holdsPost" and s == "李锐"}
    assert {("电力工业部", "副部长"), ("电力工业部", "党组副书记"), ("国家能源委员会", "副主任")} <= posts


def test_nlp_a_rare_surname_before_xiansheng_after_a_divisions_title():
    _, found, relations = run("海南省农业农村厅水产养殖处处长宾海先生介绍了情况。")
    assert ("Official", "宾海") in found
    assert ("宾海", "holdsPost", "水产养殖处", "处长") in relations


@pytest.mark.parametrize("text,program,expected", [
    ("吴清表示，要构建“3+6”新型产业体系。", "“3+6”", False),
    ("邓瑜华强调，全市电子信息产业年均增速稳居全市“6+3”产业前列。", "“6+3”", False),
    ("要加快推进“5G+工业互联网”512工程。", "“5G+工业互联网”512工程", True)],
    ids=["count-label", "count-label-ranked", "plus-initiative"])
def test_nlp_a_quoted_count_of_industries_is_no_programme(text, program, expected):
    _, found, _ = run(text)
    assert (("Program", program) in found) is expected


def test_nlp_a_ministry_departments_short_name_xinfasi():
    _, _, relations = run("工信部信发司处长王威伟介绍情况。")
    assert ("王威伟", "holdsPost", "信息通信发展司", "处长") in relations


def test_nlp_a_bare_sheng_is_a_provinces_never_a_regions_named_after_it():
    _, found, _ = run("在哈尔滨召开全省亚麻工业发展座谈会。省长邵奇惠出席座谈会。吴文英说，毛纺织是黑龙江的另一个长处，"
                      "要立足省内和内蒙古的细羊毛。省纺织工业厅提出，实施“亚麻工业一条龙工程”。")
    labels = {label for t, label in found}
    assert "黑龙江省纺织工业厅" in labels and "内蒙古自治区纺织工业厅" not in labels
    assert ("Event", "黑龙江省亚麻工业发展座谈会") in found


def test_nlp_the_sentences_official_attends_the_meetings_it_chushi_after_a_visit():
    _, _, relations = run("工业和信息化部党组成员、总工程师田玉龙带队赴山东省烟台市、湖北省武汉市有关企业和科研院所调研，"
                          "出席山东推进船舶与海洋工程装备发展座谈会、湖北加快推进内河船舶绿色智能发展座谈会。")
    assert {o for s, p, o, _ in relations if p == "attends" and s == "田玉龙"} == {
        "山东推进船舶与海洋工程装备发展座谈会", "湖北加快推进内河船舶绿色智能发展座谈会"}
