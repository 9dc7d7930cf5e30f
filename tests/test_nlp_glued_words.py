"""Words glued to a name by the rules that find it: a verb or a preposition before an elided place (让自治区…,
——访省工信厅…), 对 of 对外, 并请 before 市政协, a surname-like conjunction (和人大代表), a press walkway (局长通道),
and 来到 after a name the page writes again without 来. Each row: the passage, what must be found, what must not.
"""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def run(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str, str | None]]]:
    doc = extract_article(Article("t.txt", "t.txt", text))
    return {(t, label) for label, t in doc.entity_types.items()}, {(r.s, r.p, r.o, r.role) for r in doc.relations}


@pytest.mark.parametrize(
    "text,expected,unexpected",
    [
        ("甘肃新闻。实施强工业行动——访省工信厅党组书记、厅长臧秋华",
         {("臧秋华", "holdsPost", "甘肃省工业和信息化厅", "厅长")}, {"访省工信厅"}),
        ("金永辉为浙江省商务厅厅长,免去其浙江省对外贸易经济合作厅厅长职务;",
         {("Organization", "浙江省对外贸易经济合作厅")}, {"外贸易经济合作厅"}),
        ("新疆新闻。一组数据的出现,让自治区人民政府副秘书长梁勇倍感振奋。",
         {("梁勇", "holdsPost", "新疆维吾尔自治区人民政府", "副秘书长")}, {"让自治区人民政府"}),
        ("现在,我代表市人民政府向大会作工作报告,请予审议,并请市政协委员和其他列席人员提出意见。",
         set(), {"我代表市人民政府", "中国人民政治协商会议并请市委员会", "并请市人民政府"}),
        ("与会的市人大常委会委员和人大代表就我市产业集聚区的发展提出了意见。", set(), {"和人大"}),
        ("两会局长通道④|陈洪:推动十条重点产业链培育工作", set(), {"通道"}),
        ("昨天下午,市委副书记、市长章程来到第四代表团。章程指出，要发展先进制造业。",
         {("Official", "章程")}, {"章程来"}),
        ("昨天,副市长张国来到企业调研。张国来表示，要发展先进制造业。", {("Official", "张国来")}, {"张国"}),
    ],
)
def test_nlp_no_word_glued_to_a_name(text, expected, unexpected):
    entities, relations = run(text)
    assert expected <= entities | relations
    labels = {label for _, label in entities} | {r[2] for r in relations}
    assert not labels & unexpected


def test_nlp_the_publishing_citys_bodies_not_the_visitors():
    # 扬州市政协 visits 高邮 (a county-level city of 扬州); the page is 高邮's: its 市委常委 and 市政协 are 高邮's
    text = ("扬州市政协来邮调研园区高质量建设和发展工作\n发布时间:2020-04-13 来源:高邮市人民政府\n"
            "4月9日,扬州市政协副主席林正玉一行来邮调研。市政协主席徐永宝陪同调研,市委常委邱加永出席座谈会。")
    _, relations = run(text)
    assert ("徐永宝", "holdsPost", "中国人民政治协商会议高邮市委员会", "主席") in relations
    assert ("邱加永", "holdsPost", "中国共产党高邮市委员会", "常委") in relations
    assert ("林正玉", "holdsPost", "中国人民政治协商会议扬州市委员会", "副主席") in relations
