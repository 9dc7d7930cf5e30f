"""Articles wrapped in an e-mail, an RTF document or a JSON (JSONP) API response, read from real files."""

from __future__ import annotations

import base64
import json
from email.message import EmailMessage

import pytest

from kg.errors import InputError
from kg.ingest import read_file

BODY = ("工业和信息化部22日举行新闻发布会。工业和信息化部新闻发言人、运行监测协调局局长肖春泉介绍，"
        "上半年全国规模以上工业增加值同比增长8.8%，工业经济呈现稳中向好态势。")
TITLE = "工信部：上半年规模以上工业增加值增长8.8%"


def test_ingest_jsonp_response_with_escaped_characters(tmp_path):
    record = {"code": 0, "data": {"article": {"title": TITLE, "pubTime": "2014-07-22 10:35:12", "source": "中国电子报",
                                              "content": f"<p>{BODY}</p><p>责任编辑：王芳</p>"}}}
    path = tmp_path / "app.txt"  # saved as .txt: the content says what it is
    path.write_text("jQuery1830648213_1406000112345(" + json.dumps(record) + ");", encoding="utf-8")
    assert "\\u5de5" in path.read_text(encoding="utf-8")  # the characters are escapes in the file
    (article,) = read_file(path)
    assert BODY in article.text and article.text.startswith(TITLE)
    assert str(article.date) == "2014-07-22" and article.source == "中国电子报"
    assert "{" not in article.text and "jQuery" not in article.text


def test_ingest_json_file_takes_the_object_with_the_longest_body(tmp_path):
    record = {"list": [{"title": "另一篇", "summary": "短"}, {"title": TITLE, "body": BODY, "url": "http://example.cn/a.html"}]}
    path = tmp_path / "api.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (article,) = read_file(path)
    assert BODY in article.text and article.title == TITLE and article.url == "http://example.cn/a.html"


@pytest.mark.parametrize("stamp", [{"$date": "2014-07-21T16:35:12Z"}, {"$date": {"$numberLong": "1405960512000"}}],
                         ids=["iso-utc", "milliseconds"])
def test_ingest_mongoexport_json_reads_one_article_per_line_with_its_date_in_beijing(tmp_path, stamp):
    other = "全省秋粮收购进展顺利。据省粮食局统计，截至10月15日，全省已收购秋粮十八亿斤，收购进度比去年同期加快，各地粮库运转正常。"
    lines = [{"_id": {"$oid": "5371c2e0a7b3f41d8c000a11"}, "title": "秋粮收购", "content": f"<p>{other}</p>",
              "pubDate": {"$date": "2014-07-20T16:00:00Z"}, "edition": {"$numberInt": "1"}},
             {"_id": {"$oid": "5371c2e0a7b3f41d8c000a12"}, "title": TITLE, "content": f"<p>{BODY}</p>", "pubDate": stamp}]
    path = tmp_path / "export.json"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    first, second = read_file(path)
    assert other in first.text and str(first.date) == "2014-07-21"
    assert BODY in second.text and second.title == TITLE
    assert str(second.date) == "2014-07-22"  # 16:35 UTC is the next day in Beijing
    assert first.doc_id != second.doc_id


def test_ingest_json_without_an_article_names_the_file_and_the_fix(tmp_path):
    path = tmp_path / "config.json"
    path.write_text('{"code": 0, "msg": "success"}', encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_file(path)
    assert "config.json" in str(err.value) and '"content"' in str(err.value)


def test_ingest_text_opening_with_a_brace_is_still_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("{编者按}\n" + BODY, encoding="utf-8")
    (article,) = read_file(path)
    assert BODY in article.text


def test_ingest_email_newsletter_in_quoted_printable(tmp_path):
    message = EmailMessage()
    message["From"] = "湖南日报数字报 <dzb-news@example.cn>"
    message["To"] = "subscriber@example.com"
    message["Subject"] = TITLE
    message["Date"] = "Thu, 25 Jul 2013 07:30:00 +0800"
    message.set_content(BODY, charset="utf-8", cte="quoted-printable")
    path = tmp_path / "digest.eml"
    path.write_bytes(bytes(message))
    assert b"=E5=B7=A5" in path.read_bytes()  # the body is quoted-printable in the file
    (article,) = read_file(path)
    assert BODY in article.text and article.title == TITLE and str(article.date) == "2013-07-25"


def test_ingest_rtf_with_gbk_escapes(tmp_path):
    escaped = "".join(c if ord(c) < 128 else "".join(f"\\'{b:02x}" for b in c.encode("gbk")) for c in BODY)
    path = tmp_path / "notice.rtf"
    path.write_text("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n"
                    f"\\pard\\f0\\fs32 {escaped}\\par\n}}", encoding="ascii")
    (article,) = read_file(path)
    assert BODY in article.text and "\\" not in article.text


def _mail(sender: str, subject: str, body: str) -> bytes:
    """A message as a 1998 mail client wrote it: 8-bit GB2312 body, the subject RFC 2047-encoded."""
    encoded = "=?GB2312?B?" + base64.b64encode(subject.encode("gb2312")).decode() + "?="
    head = (f"From: {sender}\nTo: hn-news@lists.example.cn\nSubject: {encoded}\nDate: Sat, 28 Mar 1998 09:41:30 +0800\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: 8bit\n\n")
    return head.encode("ascii") + body.encode("gb2312") + b"\n"


@pytest.mark.parametrize("name", ["list.mbox", "list.txt"])
def test_ingest_mbox_reads_each_message_as_an_article(tmp_path, name):
    body = BODY + "\n>From 另一行以 From 开头。\n"
    raw = (b"From owner@lists.example.cn Fri Mar 27 22:05:11 1998\n" + _mail("owner@lists.example.cn", "本周摘要", "本周摘要：椰子节筹备情况。")
           + b"\nFrom yefeng@example.cn Sat Mar 28 09:41:37 1998\n" + _mail("yefeng@example.cn", TITLE, body))
    path = tmp_path / name
    path.write_bytes(raw)
    digest, article = read_file(path)
    assert "椰子节" in digest.text and BODY not in digest.text
    assert BODY in article.text and article.title == TITLE and str(article.date) == "1998-03-28"
    assert "From 另一行" in article.text and ">From" not in article.text
    assert "Return-Path" not in article.text and "From yefeng" not in article.text
