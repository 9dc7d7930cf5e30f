"""Web pages saved as MHTML (.mht, .mhtml) by browsers, from real files written by make_format_fixtures.py."""

from __future__ import annotations

import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import parse_date, read_file
from kg.ingest.containers import looks_like_mhtml, read_mhtml

DATA = Path(__file__).parent / "data" / "ingest"
TITLE = "工业和信息化部召开中小企业数字化转型推进会"
FIRST = "新华社北京3月5日电 工业和信息化部4日在京召开中小企业数字化转型推进会，部署下一阶段重点工作。"
URL = "https://www.example.cn/xwdt/2024/art_0305.html"


@pytest.mark.parametrize("name,date_header", [
    ("saved_page_blink.mhtml", "Tue, 5 Mar 2024 01:20:00 -0000"),  # quoted-printable UTF-8, no charset parameter
    ("saved_page_ie.mht", "Mon, 4 Mar 2024 18:05:11 +0800"),  # base64 GB2312, RFC 2047 subject in GB2312
])
def test_ingest_mhtml_saved_pages(name, date_header):
    raw = (DATA / name).read_bytes()
    assert b"\xe5\xb7\xa5" not in raw  # the page's characters are all encoded in the file
    wrapped = read_mhtml(raw, name)
    assert wrapped.title == TITLE  # the subject's "_新闻动态_示例网站" / "－示例网站" is the site, not the headline
    assert parse_date(wrapped.date) == parse_date(date_header) and wrapped.url == URL
    (article,) = read_file(DATA / name)
    lines = article.text.split("\n")
    assert article.format == "mhtml" and lines[0] == TITLE and FIRST in lines
    assert article.url == URL and str(article.date) == "2024-03-05"
    for furniture in ("首页", "版权所有", "color: red", "PNG", "=E5", "Content-Type"):
        assert furniture not in article.text


def test_ingest_mhtml_date_header_in_beijing_time(tmp_path):
    page = EmailMessage()  # a page without a dateline: the Date header decides
    page["Subject"] = TITLE
    page["Date"] = "Mon, 4 Mar 2024 23:20:00 -0000"  # 07:20 on the 5th in Beijing
    page["Snapshot-Content-Location"] = URL
    page.set_content(f"<html><body><p>{FIRST[12:]}</p></body></html>", subtype="html", charset="utf-8", cte="base64")
    page.make_related()
    path = tmp_path / "page.mhtml"
    path.write_bytes(bytes(page))
    assert b"multipart/related" in path.read_bytes()
    (article,) = read_file(path)
    assert article.text == f"{TITLE}\n{FIRST[12:]}" and article.url == URL
    assert str(article.date) == "2024-03-05" and article.date_source == "mhtml"


@pytest.mark.parametrize("saved_as", ["page.txt", "page", "page.dat"])
def test_ingest_mhtml_sniffed_by_content(tmp_path, saved_as):
    shutil.copy(DATA / "saved_page_blink.mhtml", tmp_path / saved_as)
    (article,) = read_file(tmp_path / saved_as)
    assert article.format == "mhtml" and FIRST in article.text


@pytest.mark.parametrize("head,expected", [
    (b"From: <Saved by Blink>\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\t"
     b'type="text/html"\r\n\r\n', True),
    (b"MIME-Version: 1.0\nContent-Type: Multipart/Related; boundary=b\n\n--b\n", True),
    (b"From: a@example.cn\nTo: b@example.cn\nSubject: x\nContent-Type: text/plain\n\nbody", False),  # an e-mail
    ("新华社北京3月5日电\nContent-Type: multipart/related\n".encode(), False),  # text that quotes a header
])
def test_ingest_mhtml_sniffer(head, expected):
    assert looks_like_mhtml(head) is expected


def test_ingest_mhtml_without_html_part_names_the_fix(tmp_path):
    path = tmp_path / "image.mht"
    path.write_bytes(b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n"
                     b"Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b--\n")
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert str(caught.value).startswith(str(path)) and "without an HTML part" in str(caught.value)
    assert "save the page again" in caught.value.fix
