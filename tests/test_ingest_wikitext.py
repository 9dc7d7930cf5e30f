"""A Wikinews page saved as wikitext: the article's text, its date from {{date|…}}, no wiki furniture."""

from __future__ import annotations

import pytest

from kg.ingest import read_file

PAGE = """{{date|2013年8月21日}}
{{中国经济}}
[[File:Sichuan in China.svg|thumb|200px|四川省位置]]

'''8月21日'''，[[四川省人民政府新闻办公室]]在[[成都]]举行新闻发布会。四川省经济和信息化委员会主任刘继东介绍，《意见》已经四川省省长{{w|魏宏}}主持召开的省政府常务会议审议通过，[[w:页岩气|页岩气]]等五大产业获重点支持。据悉，四川省委书记{{w|Wang Dongming|王东明}}此前曾提出要求。

== 相关新闻 ==
* {{w|中国发布页岩气发展规划}}
* [[四川省召开工业经济运行分析会]]

== 消息来源 ==
{{source|url=http://www.sc.gov.cn/a.shtml|title=四川发布意见}}

[[Category:四川]]
[[en:Sichuan unveils plan]]
"""


@pytest.mark.parametrize("name", ["story.txt", "story.wiki"])
def test_ingest_wikitext_keeps_the_shown_text_and_drops_the_wiki_furniture(tmp_path, name):
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    (article,) = read_file(path)
    assert str(article.date) == "2013-08-21"
    assert "四川省省长魏宏主持" in article.text and "四川省委书记王东明此前" in article.text
    assert "四川省人民政府新闻办公室在成都举行" in article.text and "页岩气等五大产业" in article.text
    for furniture in ("{{", "[[", "'''", "Category", "Sichuan", "分析会", "source", "thumb", "相关新闻"):
        assert furniture not in article.text


def test_ingest_text_with_one_bracketed_word_is_not_wikitext(tmp_path):
    path = tmp_path / "note.txt"
    text = "工业和信息化部[[注]]召开会议，部署'''重点'''工作。会议强调，要推动制造业高质量发展，加快建设制造强国。"
    path.write_text(text, encoding="utf-8")
    (article,) = read_file(path)
    assert article.format == "text" and "[[注]]" in article.text
