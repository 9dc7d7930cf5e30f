"""People named with a bracketed note of their posts, in wreath lists, and leaders cited only by their talks."""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def run(text: str):
    doc = extract_article(Article("t.txt", "t.txt", text))
    officials = {label for label, t in doc.entity_types.items() if t == "Official"}
    relations = {(r.s, r.p, r.o, r.role) for r in doc.relations}
    return officials, relations


@pytest.mark.parametrize("text,person,posts", [
    # a memoir's note of the post then held and those held later
    ("孙振宇(时任外经贸部美洲大洋洲司司长,1994年11月任外经贸部副部长)参加了谈判。", "孙振宇",
     {("美洲大洋洲司", "司长"), ("对外贸易经济合作部", "副部长")}),
    ("我与杨洁篪(时任外交部美大司参赞兼处长、副司长,2005年2月任外交部副部长,现任外交部部长)一起工作过。", "杨洁篪",
     {("外交部", "副部长"), ("外交部", "部长")}),
    # 同志 between the name and a note of a former post
    ("陶铸同志(原国务院副总理)的夫人曾志也出席了座谈会。", "陶铸", {("国务院", "副总理")}),
    # a list of names, each with its post in brackets (高强 ends like a word: the note delimits it)
    ("出席会议的有：高强(财政部副部长)、李明(科技部副部长)。", "高强", {("财政部", "副部长")}),
    ("出席会议的有：高强(财政部副部长)、李明(科技部副部长)。", "李明", {("科学技术部", "副部长")}),
])
def test_nlp_a_name_with_a_bracketed_note_of_its_posts(text, person, posts):
    officials, relations = run(text)
    assert person in officials
    assert posts <= {(o, role) for s, p, o, role in relations if s == person and p == "holdsPost"}


@pytest.mark.parametrize("text", [
    "我们(时任科长)去了工厂。",  # a pronoun is no name
    "张伟(中国工程院院士)出席了论坛。",  # an academician holds no public post
    "王海（中国电子学会理事长）出席了论坛。",  # nor an association's officer
])
def test_nlp_no_person_from_a_note_without_a_public_post(text):
    officials, _ = run(text)
    assert not officials


def test_nlp_a_speaker_of_a_funeral_address_holds_his_title():
    officials, relations = run("追悼会由国务院副总理方毅主持，全国政协副主席王首道致悼词。")
    assert "王首道" in officials
    assert ("王首道", "holdsPost", "中国人民政治协商会议全国委员会", "副主席") in relations


def test_nlp_leaders_of_a_wreath_list_are_people():
    # 康克清 is in no dictionary: the list of leaders ending in 等同志 says she is one too
    officials, _ = run("李先念、陈云、王震、习仲勋、宋任穷、康克清等同志，以及中共中央办公厅送了花圈。")
    assert {"李先念", "陈云", "王震", "习仲勋", "宋任穷", "康克清"} <= officials


@pytest.mark.parametrize("text,speaker", [
    ("机械电子工业部副部长孙启文在座谈会上讲话。他说，邓小平同志南方谈话发表以后，机械电子工业要抓住机遇，加快发展汽车和电子元器件。", "孙启文"),
    # the next sentence's pronoun is still the speaker's, not the cited leader's
    ("机械电子工业部副部长孙启文在座谈会上讲话。他说，邓小平同志南方谈话发表以后，机械电子工业要抓住机遇。"
     "他提出三点意见：一是发展汽车和电子元器件。", "孙启文"),
    ("柳州市委书记韦振华说，去年柳州市工业总产值增长百分之二十。今年柳州要抓住邓小平同志南巡重要谈话提供的机遇，"
     "在微型汽车、工程机械等产品上再上一个新台阶。", "韦振华"),
])
def test_nlp_a_leader_cited_by_his_talk_is_no_speaker(text, speaker):
    _, relations = run(text)
    discussed = {(s, o) for s, p, o, _ in relations if p == "discusses"}
    assert (speaker, "汽车") in discussed
    assert not any(s == "邓小平" for s, _ in discussed)


@pytest.mark.parametrize("text,person,body", [
    # a chain of one person's posts stays in the region it names
    ("西藏自治区副主席丁业现,自治区政府党组成员、发展改革委主任金世洵出席会议。", "金世洵", "西藏自治区发展和改革委员会"),
    ("中共上海市委常委、发改委主任张三出席会议。", "张三", "上海市发展和改革委员会"),
    # a city's office after a verb that takes a body
    ("领导小组成员还包括上海市发展改革委副巡视员裘文进,市经济信息化委副主任张英。", "裘文进", "上海市发展和改革委员会"),
    # …while a national chain keeps the national body
    ("中共中央政治局委员、国务院副总理、发展改革委主任马凯出席会议。", "马凯", "国家发展改革委"),
])
def test_nlp_a_development_and_reform_commission_of_the_place_a_chain_names(text, person, body):
    _, relations = run(text)
    bodies = {o for s, p, o, _ in relations if s == person and p == "holdsPost"}
    assert body in bodies
    assert len({b for b in bodies if "发展" in b and "改革" in b}) == 1


def test_nlp_a_provinces_offices_invited_without_its_name():
    doc = extract_article(Article("t.txt", "t.txt", "云南省召开会议。两会特邀省发展改革委、省工信委等相关部门负责人。"))
    assert doc.entity_types.get("云南省发展和改革委员会") == "Organization"
    assert "国家发展改革委" not in doc.entity_types


@pytest.mark.parametrize("text,post", [
    # 该市: the city named last before
    ("宁夏石嘴山市是煤炭工业基地。2月11日，该市市长王伟在发布会上透露，要发展新材料产业。", ("王伟", "石嘴山市人民政府", "市长")),
    ("江西省召开工业会议。该省省长张三出席会议。", ("张三", "江西省人民政府", "省长")),
    # the province written twice
    ("辽宁代表团审议报告。辽宁省省委书记张文岳在发言时称，要保增长。", ("张文岳", "中国共产党辽宁省委员会", "书记")),
    # a governor named before his title after a word that takes a person, or right after a paper's bracketed lead
    ("广东省经信委召开会议。按照朱小丹省长指示要抓好重要指标。", ("朱小丹", "广东省人民政府", "省长")),
    ("海南省召开会议。【本报讯】罗保铭省长与香港媒体高层见面时，特别介绍洋浦保税港区。", ("罗保铭", "海南省人民政府", "省长")),
    # the second of a pair of leaders, before 一起
    ("吉林省召开会议。1月2日，省委书记景俊海，省委副书记、省长胡玉亭一起到中国一汽调研。", ("胡玉亭", "吉林省人民政府", "省长")),
])
def test_nlp_posts_at_a_place_written_as_this_city_or_twice_and_of_leaders_in_pairs(text, post):
    _, relations = run(text)
    assert (post[0], "holdsPost", post[1], post[2]) in relations


def test_nlp_a_ministrys_adviser_and_the_post_in_his_notes_first_clause():
    _, relations = run("出席会议的有：国家经委技术改造局局长罗继先，国家经委顾问郭润田(原国家经委副主任，一九八二年退居二线)。")
    posts = {(o, role) for s, p, o, role in relations if s == "郭润田" and p == "holdsPost"}
    assert posts == {("国家经济委员会", "顾问"), ("国家经济委员会", "副主任")}


@pytest.mark.parametrize("text", [
    "江泽民同志1982年4月被任命为电子工业部第一副部长,次年6月接替我担任部长、党组书记,我担任电子工业部顾问。",
    # (the speaker a paragraph goes on with is told of in the third person)
    "江泽民同志是一位具有敏锐历史意识和深刻战略思维的领导人。1982年4月他被任命为电子工业部第一副部长,"
    "次年6月接替我担任部长、党组书记,我担任电子工业部顾问。",
])
def test_nlp_the_writers_own_post_is_not_the_one_named_before(text):
    # a memoir: 我 took the adviser's post, not 江泽民
    _, relations = run(text)
    assert ("江泽民", "holdsPost", "电子工业部", "顾问") not in relations


def test_nlp_a_provinces_offices_a_leader_brings():
    doc = extract_article(Article("t.txt", "t.txt", "湖南省委常委、常务副省长陈向群率省发改委、省财政厅等单位负责人来到隆回县调研。"))
    assert doc.entity_types.get("湖南省发展和改革委员会") == "Organization"
    assert "国家发展改革委" not in doc.entity_types


def test_nlp_a_dotted_name_starts_after_the_title_before_it():
    # 人大常委会主任艾力更·依明巴海: 常委 is no title here (常委会), and the name starts after 主任
    officials, _ = run("会议由自治区党委书记张春贤主持。自治区主席努尔·白克力,人大常委会主任艾力更·依明巴海,"
                       "政协主席艾斯海提·克里木拜、车俊等相关负责人参加了会议。")
    assert "艾力更·依明巴海" in officials
    assert not [name for name in officials if "主任" in name]
