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
