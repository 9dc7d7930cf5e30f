"""Web and archive forms at the ingest stage: a web clipper's Markdown, compatibility ideographs in page
metadata, an Atom feed's first entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_file

DATA = Path(__file__).parent / "data" / "ingest"


def test_ingest_web_forms_clipper_markdown():
    (article,) = read_file(DATA / "web_clipper.md")
    assert article.title == "工信部部署中小企业数字化转型工作"
    assert str(article.date) == "2023-03-05"  # published, not the clip's later created date
    assert article.url == "http://www.example.cn/2023/0305/123456.shtml"  # the clipper's source is the page address
    assert article.source == "示例新闻网"  # its author, a [[wiki link]]
    assert "3月4日，工业和信息化部在京召开中小企业数字化转型推进会。副部长徐晓兰出席会议并讲话。" in article.text
    assert "要推动专精特新中小企业用好工业互联网平台。" in article.text
    for furniture in ("](", "http", "**", "> ", "![", "记者 王磊", "分享到", "相关新闻", "座谈会"):
        assert furniture not in article.text, furniture


@pytest.mark.parametrize(
    "header,day",
    [
        # a PDF's text layer writes 年 as U+F98E: the page header's date is still found
        ("吉林日报\n2009\uf98e8月14日 星期五\n要闻 1\n\n", "2009-08-14"),
        ("\uf9f4业日报 2009\uf98e8月14日\n\n", "2009-08-14"),
    ],
)
def test_ingest_web_forms_compatibility_ideographs_in_metadata(tmp_path, header, day):
    path = tmp_path / "page.txt"
    path.write_text(header + "苏波在我省调研时强调\n 本报讯 8月11日至13日，工业和信息化部副部长苏波来我省调研。\n",
                    encoding="utf-8")
    (article,) = read_file(path)
    assert str(article.date) == day
    assert "\uf98e" not in (article.title or "")


def test_ingest_web_forms_atom_entries():
    articles = read_file(DATA / "news.atom")
    assert len(articles) >= 2 and all(a.format == "feed" for a in articles)
    assert articles[0].doc_id.endswith("#1") and articles[0].title and articles[0].date is not None


@pytest.mark.parametrize(
    "info,day",
    [
        ("发布时间：2008-09-24 20:31 ｜ 来源：中央电视台《新闻联播》 ｜ 阅读：2316", "2008-09-24"),
        ("更新时间:2019-8-29 10:12:01", "2019-08-29"),
        ("2011-07-30 热门文章 2011-07-29", None),  # bare dates of a link list are no stamp
    ],
)
def test_ingest_web_forms_page_stamp_outside_the_main_text(tmp_path, info, day):
    body = "".join(f"<p>第{i}段：工业和信息化部部长李毅中在四川省德阳、绵竹、什邡等地调研灾后工业恢复重建工作。</p>" for i in range(6))
    path = tmp_path / "page.html"
    path.write_text(f'<html><head><title>新闻联播文字版</title></head><body><div class="nav">首页 | 新闻</div>'
                    f'<div class="info">{info}</div><div class="content">{body}</div></body></html>', encoding="utf-8")
    (article,) = read_file(path)
    assert "发布时间" not in article.text and "更新时间" not in article.text  # the info bar stays out of the text
    assert (str(article.date) if article.date else None) == day


@pytest.mark.parametrize(
    "first,day",
    [
        ("（2017年7月10日柳州）7月10日晚，宝骏E100在广西柳州正式上市。", "2017-07-10"),
        ("(2017年7月10日 柳州) 7月10日晚，宝骏E100在广西柳州正式上市。", "2017-07-10"),
        ("（7月10日柳州）7月10日晚，宝骏E100在广西柳州正式上市。", None),  # no year: no release dateline
    ],
)
def test_ingest_web_forms_press_release_dateline(tmp_path, first, day):
    path = tmp_path / "release.txt"
    path.write_text(f"宝骏E100上市新闻通稿\n{first}\n柳州市委书记郑俊康出席了发布会。\n", encoding="utf-8")
    (article,) = read_file(path)
    assert (str(article.date) if article.date else None) == day
