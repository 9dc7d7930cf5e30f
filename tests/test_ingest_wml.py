"""WAP pages (WML cards, an article cut into 第1/3页 pages) read from real files written here."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest import read_file

TITLE = "江苏仪征举行经贸洽谈会"
META = "时间:2010-05-12&nbsp;来源:扬州日报"
PAGE_1 = ("　　本报讯 5月11日，仪征市举行经贸洽谈会，<a href=\"/t.wml?id=7&amp;p=1\">省经信委</a>副主任出席。<br/>"
          "　　洽谈会上，仪征市与20家企业签订合作协议，协议投资总额")
PAGE_2 = "达120亿元。<br/>　　会议要求各地加快推进项目建设。"
PAGE_3 = "　　仪征市经信委负责人介绍了全市工业经济运行情况。"
EXPECTED = ["时间:2010-05-12\u00a0来源:扬州日报",  # (&nbsp; kept, as the HTML reader keeps it)
            "本报讯 5月11日，仪征市举行经贸洽谈会，省经信委副主任出席。",
            "洽谈会上，仪征市与20家企业签订合作协议，协议投资总额达120亿元。",  # cut by the page, joined
            "会议要求各地加快推进项目建设。",
            "仪征市经信委负责人介绍了全市工业经济运行情况。"]
HEAD = ('<?xml version="1.0" encoding="{encoding}"?>\n'
        '<!DOCTYPE wml PUBLIC "-//WAPFORUM//DTD WML 1.1//EN" "http://www.wapforum.org/DTD/wml_1.1.xml">\n'
        '<wml><head><meta http-equiv="Cache-Control" content="max-age=0"/></head>'
        '<template><do type="prev" label="返回"><prev/></do></template>\n')


def wml(*cards: str, encoding: str = "utf-8") -> str:
    return HEAD.format(encoding=encoding) + "\n".join(cards) + "\n</wml>\n"


def card(number: int, body: str, *, title: str = "扬州新闻网", pages: int = 3, headline: bool = True) -> str:
    bold = f"<b>{TITLE}</b><br/>{META}<br/>" if headline else ""
    pager = f'第{number}/{pages}页 <a href="#c{number + 1}">下一页</a> <a href="/">返回首页</a>'
    return (f'<card id="c{number}" title="{title}"><p>{bold}{body}<br/>{pager}</p>'
            f'<do type="accept" label="评论"><go href="/comment.wml"/></do></card>')


def test_ingest_wml_cards_are_pages_of_one_article(tmp_path):
    path = tmp_path / "news.wml"
    path.write_text(wml(card(1, PAGE_1), card(2, PAGE_2), card(3, PAGE_3)), encoding="utf-8")
    (article,) = read_file(path)
    assert article.format == "wml" and article.doc_id == "news.wml"
    assert article.title == TITLE
    assert article.text.split("\n") == [TITLE, *EXPECTED]  # the headline and 来源 line once, no pager, no links
    assert str(article.date) == "2010-05-12" and article.source == "扬州日报"


def test_ingest_wml_pages_in_one_card(tmp_path):
    # one card holding all the pages, each opening with the headline again and ending with its pager
    pager = '<br/>第{0}/3页 <a href="p{1}.wml">下一页</a><br/>'
    body = (f"<b>{TITLE}</b><br/>{META}<br/>{PAGE_1}{pager.format(1, 2)}<b>{TITLE}</b><br/>{PAGE_2}"
            f"{pager.format(2, 3)}<b>{TITLE}</b><br/>{PAGE_3}<br/>第3/3页")
    path = tmp_path / "news.wml"
    path.write_text(wml(f'<card id="main" title="{TITLE}"><p>{body}</p></card>'), encoding="utf-8")
    (article,) = read_file(path)
    assert article.text.split("\n") == [TITLE, *EXPECTED]


@pytest.mark.parametrize(
    "card_title,title",
    [
        (f"{TITLE}_扬州新闻网", TITLE),  # a "Headline_Site" title keeps the headline
        (TITLE, TITLE),
    ],
)
def test_ingest_wml_title_from_the_card_without_a_bold_headline(tmp_path, card_title, title):
    path = tmp_path / "news.wml"
    path.write_text(wml(card(1, PAGE_1 + PAGE_2, title=card_title, pages=1, headline=False)), encoding="utf-8")
    (article,) = read_file(path)
    assert article.title == title and EXPECTED[2] in article.text


@pytest.mark.parametrize("name", ["news.wml", "news.html", "news.txt", "news"])
def test_ingest_wml_found_by_content_whatever_the_name(tmp_path, name):
    path = tmp_path / name
    path.write_text(wml(card(1, PAGE_1), card(2, PAGE_2), card(3, PAGE_3)), encoding="utf-8")
    (article,) = read_file(path)
    assert article.format == "wml" and article.text.split("\n")[1:] == EXPECTED


def test_ingest_wml_in_gb2312_with_loose_markup(tmp_path):
    # a bare & in a link and an HTML entity the WML DTD lacks: what WAP sites wrote, read all the same
    page = wml(card(1, PAGE_1.replace("&amp;", "&") + "&mdash;" + PAGE_2, pages=1), encoding="gb2312")
    path = tmp_path / "news.wml"
    path.write_bytes(page.encode("gb18030"))
    (article,) = read_file(path)
    assert article.encoding == "gb18030"
    assert "洽谈会上，仪征市与20家企业签订合作协议，协议投资总额—达120亿元。" in article.text


@pytest.mark.parametrize(
    "content,message",
    [
        (HEAD.format(encoding="utf-8") + "</wml>", "without a <card>"),
        (wml('<card id="nav" title="扬州新闻网"><p><a href="/1.wml">要闻</a> | <a href="/2.wml">经济</a><br/>'
             '<a href="/">返回首页</a></p></card>'), "no article text"),
    ],
)
def test_ingest_wml_without_an_article_names_the_file(tmp_path, content, message):
    path = tmp_path / "index.wml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_file(path)
    assert "index.wml" in str(err.value) and message in str(err.value)
