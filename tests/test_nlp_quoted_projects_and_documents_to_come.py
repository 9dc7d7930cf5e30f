"""A quoted name with 工程 is a programme without a verb before it (“双加”工程纺织项目), unless it is a figure of speech
(“一把手”工程); a document a body is still drafting or will issue (正会同…编制《X》, 将会同…印发《Y》) has no issuer yet,
while one it has issued keeps its issuer; products ranked by output (均位居全国前9位) are a statistic, no fields."""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def run(text: str):
    doc = extract_article(Article("t.txt", "t.txt", text))
    programs = {label for label, t in doc.entity_types.items() if t == "Program"}
    relations = {(r.s, r.p, r.o) for r in doc.relations}
    return programs, relations


@pytest.mark.parametrize("text,program", [
    ("今年国家经贸委安排的“双加”工程纺织项目将重点围绕高档面料、服装和产业用纺织品。", "“双加”工程"),
    ("“西电东送”工程的超高压输变电设备和“西气东输”工程的大口径管线与压缩机组，都要逐步提高国内企业的分交比例。", "“西气东输”工程"),
])
def test_nlp_a_quoted_project_needs_no_verb_before_it(text, program):
    programs, _ = run(text)
    assert program in programs


def test_nlp_a_project_by_way_of_speech_is_no_programme():
    programs, _ = run("全市把招商引资作为“一把手”工程来抓。")
    assert not any("一把手" in p for p in programs)


@pytest.mark.parametrize("text,doc", [
    ("倪建华表示，市计委正会同市经委编制《上海市都市型工业发展规划》，年内报市政府审定。", "上海市都市型工业发展规划"),
    ("今年上半年，信息产业部将会同国家经贸委联合印发《关于加快推进政府上网工作的通知》。", "关于加快推进政府上网工作的通知"),
    ("自治区计委正在编制《新疆天然气化工发展规划》，拟在库尔勒布局一批化肥项目。", "新疆天然气化工发展规划"),
])
def test_nlp_a_document_to_come_has_no_issuer_yet(text, doc):
    _, relations = run(text)
    assert not any(p == "issues" and o == doc for _, p, o in relations)


def test_nlp_a_document_issued_keeps_its_issuer():
    _, relations = run("去年，信息产业部会同国家经贸委联合印发了《关于加快推进政府上网工作的通知》。")
    assert ("信息产业部", "issues", "关于加快推进政府上网工作的通知") in relations


def test_nlp_products_ranked_by_output_are_a_statistic():
    # (the page's own punctuation: half-width commas)
    doc = extract_article(Article("t.txt", "t.txt", "湖北省发展和改革委员会主任李宗柏说,过去五年湖北经济运行中亮点纷呈:工业经济是推动"
                                  "全省经济快速增长的主要力量,一些主要工业产品产量位居全国前列,纱、布、卷烟、移动电话机、发电量、钢、"
                                  "成品钢材、水泥、硫酸、纯碱、化肥、汽车均位居全国前9位;固定资产投资扭转了多年低速徘徊的局面。"))
    sectors = {label for label, t in doc.entity_types.items() if t == "Sector"}
    assert not sectors & {"卷烟", "水泥", "纯碱", "化肥", "汽车"}


def test_nlp_a_quoted_programme_written_again_without_quotes():
    programs, relations = run("要组织实施“金卡工程”。今年金卡工程国产化将重点围绕IC卡芯片、读写机具和卡基材料三个领域。")
    assert programs == {"“金卡工程”"}
    assert {("“金卡工程”", "targets", "IC卡芯片"), ("“金卡工程”", "targets", "卡基材料")} <= relations
