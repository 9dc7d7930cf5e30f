"""Safari web archives (.webarchive) and Evernote exports (.enex), written by the tests as the programs write them:
a binary property list (plistlib) and an <en-export> XML file with ENML notes in CDATA."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_file, read_sources
from kg.ingest.html import extract_html, split_page_title

TITLE = "工业和信息化部召开中小企业数字化转型推进会"
FIRST = "新华社北京3月5日电 工业和信息化部4日在京召开中小企业数字化转型推进会，部署下一阶段重点工作。"
SECOND = "会议指出，要加快推动中小企业数字化转型，培育一批专精特新“小巨人”企业。"
URL = "https://www.example.cn/xwdt/2024/art_0305.html"


THIRD = "会议要求，各地工业和信息化主管部门要完善公共服务体系，降低中小企业数字化转型成本。"
BODY = [FIRST, SECOND, THIRD]
NAV = ('<div class="nav"><a href="/">首页</a> | <a href="/xwdt/">新闻动态</a> | <a href="/zcfb/">政策发布</a> | '
       '<a href="/hd/">互动交流</a></div>')
FOOTER = '<div class="footer">版权所有：示例网站 地址：北京市西长安街13号 网站标识码：bm0000000</div>'


def _page(charset_meta: str = "", stamp: str = "发布时间：2024-03-05 10:20", body: list[str] = BODY) -> str:
    """A news page with its furniture: a menu, an info bar, a footer."""
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset_meta}">' if charset_meta else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (f"<!DOCTYPE html><html><head>{meta}<title>{TITLE}_新闻动态_示例网站</title></head><body>{NAV}"
            f'<div class="article"><h1>{TITLE}</h1><div class="info">{stamp}</div>{paragraphs}</div>{FOOTER}'
            "</body></html>")


def _archive(data: bytes, *, encoding: str | None, mime: str = "text/html", url: str = URL, **extra) -> bytes:
    main = {"WebResourceData": data, "WebResourceMIMEType": mime, "WebResourceURL": url, "WebResourceFrameName": ""}
    if encoding is not None:
        main["WebResourceTextEncodingName"] = encoding
    css = {"WebResourceData": 'body{font-family:"宋体"}'.encode("gbk"), "WebResourceMIMEType": "text/css",
           "WebResourceURL": "https://www.example.cn/css/site.css"}
    gif = {"WebResourceData": b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00"
           b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x01D\x00;", "WebResourceMIMEType": "image/gif",
           "WebResourceURL": "https://www.example.cn/images/logo.gif"}
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": [css, gif], **extra}, fmt=plistlib.FMT_BINARY)


@pytest.mark.parametrize("data,declared,codec", [
    (_page().encode("gbk"), "GBK", "gb18030"),  # GBK page, no meta charset: the archive's declaration decides
    (_page("gb2312").encode("gbk"), "GB2312", "gb18030"),  # both declare it
    (_page().encode("gbk"), None, "gb18030"),  # nothing declared: the reader's detection
    (_page().encode("gbk"), "x-mac-unknown", "gb18030"),  # a name Python has no codec for: detection
    (_page("utf-8").encode("utf-8"), "UTF-8", "utf-8"),
])
def test_ingest_webarchive_reads_main_resource(tmp_path, data, declared, codec):
    path = tmp_path / "page.webarchive"
    path.write_bytes(_archive(data, encoding=declared))
    assert b"\x00" in path.read_bytes()  # a binary property list, which the text reader refused
    (article,) = read_file(path)
    assert article.format == "webarchive" and article.encoding == codec
    lines = article.text.split("\n")
    assert lines[0] == TITLE and article.title == TITLE and lines[-3:] == BODY  # (the info bar stays, as in pages)
    assert article.url == URL and str(article.date) == "2024-03-05" and article.date_source == "dateline"
    for furniture in ("首页", "新闻动态", "版权所有", "宋体", "GIF89a", "font-family"):
        assert furniture not in article.text


def test_ingest_webarchive_page_date_without_dateline(tmp_path):
    page = _page("gbk", stamp="发布时间：2024-03-06 09:00", body=[FIRST[12:], SECOND, THIRD]).encode("gbk")
    path = tmp_path / "page.webarchive"
    path.write_bytes(_archive(page, encoding="GBK"))
    (article,) = read_file(path)
    assert str(article.date) == "2024-03-06" and article.date_source == "published-time"
    assert article.text.split("\n")[-3:] == [FIRST[12:], SECOND, THIRD]


def test_ingest_webarchive_epaper_title_and_issue_date(tmp_path):
    """An e-paper page (方正 digital newspaper): "headline--paper" title, issue line 1995年1月12日 星期四 第1版."""
    html = ("<html><head><title>全国邮电工作会议在京召开--人民邮电报数字报刊</title></head><body>"
            "<div class=\"date\">1995年1月12日 星期四 &nbsp; 第1版：要闻 <a href=\"n2.htm\">下一版</a></div>"
            "<h1>全国邮电工作会议在京召开</h1><div class=\"content\">"
            "<p>　　本报北京1月11日讯　记者王立平报道：全国邮电工作会议1月9日至11日在北京召开。邮电部部长吴基传作工作报告。</p>"
            "<p>　　吴基传指出，今年要把发展农村电话作为一项重要工作来抓，力争到年底全国大部分乡镇通上程控电话。</p>"
            "</div></body></html>")
    path = tmp_path / "paper.webarchive"
    path.write_bytes(_archive(html.encode("gb2312"), encoding="GB2312", url="http://rmydb.cnii.com.cn/1995/01_01.htm"))
    (article,) = read_file(path)
    assert article.title == "全国邮电工作会议在京召开" and article.site == "人民邮电报数字报刊"
    assert str(article.date) == "1995-01-11" and article.date_source == "dateline"  # year from the issue line
    assert article.url == "http://rmydb.cnii.com.cn/1995/01_01.htm"
    assert extract_html(html).date == "1995年1月12日"  # the issue line, found outside the main text too


def test_ingest_webarchive_frameset_reads_largest_frame(tmp_path):
    frameset = b'<html><frameset cols="20%,80%"><frame src="menu.htm"><frame src="art.htm"></frameset></html>'
    menu = {"WebMainResource": {"WebResourceData": "<html><body><a href='/'>首页</a></body></html>".encode(),
                                "WebResourceMIMEType": "text/html", "WebResourceURL": "https://www.example.cn/menu.htm"}}
    frame = {"WebMainResource": {"WebResourceData": _page().encode("gbk"), "WebResourceMIMEType": "text/html",
                                 "WebResourceTextEncodingName": "GBK", "WebResourceURL": URL}}
    path = tmp_path / "frames.webarchive"
    path.write_bytes(_archive(frameset, encoding="UTF-8", url="https://www.example.cn/", WebSubframeArchives=[menu, frame]))
    (article,) = read_file(path)
    assert article.text.split("\n")[-3:] == BODY and "首页" not in article.text and article.url == URL


@pytest.mark.parametrize("saved_as", ["page", "page.dat", "page.txt"])
def test_ingest_webarchive_sniffed_by_content(tmp_path, saved_as):
    path = tmp_path / saved_as
    path.write_bytes(_archive(_page().encode("gbk"), encoding="GBK"))
    (article,) = read_file(path)
    assert article.format == "webarchive" and FIRST in article.text


def test_ingest_webarchive_plain_text_resource(tmp_path):
    path = tmp_path / "note.webarchive"
    path.write_bytes(_archive(f"{TITLE}\n\n{FIRST}\n{SECOND}\n".encode("gbk"), encoding="GBK", mime="text/plain"))
    (article,) = read_file(path)
    assert article.text.split("\n") == [TITLE, "", FIRST, SECOND] and article.title == TITLE
    assert article.encoding == "gb18030" and article.url == URL


# ---------------------------------------------------------------- Evernote

NOTE_ONE = ("<div><h1>天津市专精特新中小企业发展大会召开</h1></div>"
            "<div style=\"color:#888\">发布时间：2022-08-26 18:30 来源：天津市工业和信息化局</div>"
            "<div><en-media hash=\"5d41402abc4b2a76b9719d911017c592\" type=\"image/png\"/></div>"
            "<p>8月26日，2022天津市专精特新中小企业发展大会在天津梅江会展中心举行。工业和信息化部副部长徐晓兰出席大会并讲话。</p>"
            "<p>徐晓兰指出，专精特新中小企业是中小企业中的佼佼者。</p>"
            "<div><br/></div><div>—— 剪藏自 <a href=\"https://gyxxh.tj.gov.cn/a.html\">天津市工业和信息化局</a></div>")
NOTE_TWO = ("<div><en-todo checked=\"true\"/>工业和信息化部部长金壮龙在京会见了来访的德国经济和气候保护部国务秘书。</div>"
            "<div>双方就汽车、数字经济等领域合作交换了意见。</div>"
            "<en-crypt hint=\"pw\" cipher=\"AES\" length=\"128\">RU5DMI1mnQ7fKjBk9f0a57gSc9Nfbuw3uuwMKs32Y+wJGLZa</en-crypt>")


def _note(title: str, enml: str | None, created: str, url: str | None) -> str:
    content = "" if enml is None else (
        "<content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        "<!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\">\n"
        f"<en-note>{enml}</en-note>]]></content>")
    attributes = f"<note-attributes><author>李****</author><source>web.clip7</source>" \
                 f"{f'<source-url>{url}</source-url>' if url else ''}</note-attributes>"
    return f"<note><title>{title}</title><created>{created}</created><updated>{created}</updated>" \
           f"<tag>专精特新</tag>{attributes}{content}</note>"


def _export(*notes: str) -> str:
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">\n"
            "<en-export export-date=\"20230106T021455Z\" application=\"Evernote\" version=\"10.50.5\">\n"
            + "\n".join(notes) + "\n</en-export>\n")


TWO_NOTES = _export(
    _note("天津市专精特新中小企业发展大会召开", NOTE_ONE, "20220829T013512Z", "https://gyxxh.tj.gov.cn/a.html"),
    _note("金壮龙会见德国客人", NOTE_TWO, "20220915T170000Z", None),
)


@pytest.mark.parametrize("saved_as", ["notes.enex", "notes.xml", "notes"])
def test_ingest_enex_one_article_per_note(tmp_path, saved_as):
    path = tmp_path / saved_as
    path.write_text(TWO_NOTES, encoding="utf-8")
    first, second = read_file(path)
    assert [first.doc_id, second.doc_id] == [f"{saved_as}#1", f"{saved_as}#2"]
    assert first.format == second.format == "enex"
    assert first.title == "天津市专精特新中小企业发展大会召开" and second.title == "金壮龙会见德国客人"
    # the page's own 发布时间 wins over the clipping time (created three days later)
    assert str(first.date) == "2022-08-26" and first.date_source == "published-time"
    # no date in the note: its creation time, in Beijing (17:00 UTC is the next morning)
    assert str(second.date) == "2022-09-16" and second.date_source == "enex-saved"
    assert first.url == "https://gyxxh.tj.gov.cn/a.html" and second.url is None
    assert first.text.split("\n")[2].startswith("8月26日，2022天津市专精特新中小企业发展大会在天津梅江会展中心举行。")
    assert first.text.split("\n")[-1] == "徐晓兰指出，专精特新中小企业是中小企业中的佼佼者。"  # clipper's footer gone
    assert second.text.split("\n") == ["金壮龙会见德国客人", "工业和信息化部部长金壮龙在京会见了来访的德国经济和气候保护部国务秘书。",
                                       "双方就汽车、数字经济等领域合作交换了意见。"]  # ciphertext left out
    for furniture in ("剪藏自", "RU5DMI", "5d41402a", "李****", "web.clip7", "专精特新\n"):
        assert furniture not in first.text + second.text


def test_ingest_enex_note_without_text_is_reported(tmp_path):
    path = tmp_path / "notes.enex"
    path.write_text(_export(_note("空笔记", None, "20220101T000000Z", None),
                            _note("金壮龙会见德国客人", NOTE_TWO, "20220915T010000Z", None)), encoding="utf-8")
    problems: list[InputError] = []
    (article,) = read_file(path, on_error=problems.append)
    assert article.doc_id == "notes.enex#2" and str(article.date) == "2022-09-15"
    (problem,) = problems
    assert str(problem).startswith(f"{path}#1: no article text found")


@pytest.mark.parametrize("name,data,reason,fix", [
    ("cut.webarchive", _archive(_page().encode("gbk"), encoding="GBK")[:300],
     "Safari web archive that cannot be read", "save the page again in Safari"),
    ("other.webarchive", plistlib.dumps({"WebHistoryDates": []}, fmt=plistlib.FMT_BINARY),
     "property list without a WebMainResource", "save the page again in Safari"),
    ("settings.plist", plistlib.dumps({"WebHistoryDates": []}, fmt=plistlib.FMT_BINARY),
     "binary file (property list, not a Safari web archive)", "save the page as a web archive or as HTML"),
    ("logo.webarchive", _archive(b"\x89PNG\r\n\x1a\n", encoding=None, mime="image/png"),
     "web archive of a image/png file, not of a page", "save the page itself"),
    ("cut.enex", TWO_NOTES[:700].encode(), "Evernote export is not well-formed", "export the notes again from Evernote"),
    ("empty.enex", _export().encode(), "Evernote export without notes", "export the notes again from Evernote"),
])
def test_ingest_saved_pages_malformed_names_file_and_fix(tmp_path, name, data, reason, fix):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert str(caught.value).startswith(f"{path}: {reason}") and caught.value.fix.startswith(fix)
    good = tmp_path / "good.enex"
    good.write_text(TWO_NOTES, encoding="utf-8")
    articles, problems = read_sources([tmp_path])  # the bad file is skipped, the folder still read
    assert [a.doc_id for a in articles] == ["good.enex#1", "good.enex#2"]
    assert [p.path for p in problems] == [str(path)]


@pytest.mark.parametrize("title,expected", [
    ("全国邮电工作会议在京召开--人民邮电报数字报刊", ("全国邮电工作会议在京召开", "人民邮电报数字报刊")),
    ("《2021--2025年工业绿色发展规划》解读_工信部", ("《2021--2025年工业绿色发展规划》解读", "工信部")),
])
def test_ingest_saved_pages_title_separators(title, expected):
    assert split_page_title(title) == expected


@pytest.mark.parametrize("suffix", [".webarchive", ".enex"])
def test_ingest_saved_pages_named_in_help_and_fixes(suffix):
    from kg.cli.pipeline import SOURCES_HELP
    from kg.ingest.encoding import TEXT_ONLY_FIX
    from kg.ingest.reader import SUPPORTED

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for text in (SUPPORTED, TEXT_ONLY_FIX, SOURCES_HELP, readme):
        assert suffix in text
