"""Text captured from a terminal (telnet BBS posts): ANSI colour codes, with or without their ESC byte, and the
BBS header and footer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.ingest import read_file
from kg.ingest.text import split_bbs_post, strip_terminal_codes

DATA = Path(__file__).parent / "data" / "ingest"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("\x1b[1;31m袁宝华同志遗体在京火化\x1b[m", "袁宝华同志遗体在京火化"),
        ("原\x1b[1;36m国家经济委员会主任\x1b[0m，\x1b[33;44m中国人民大学\x1b[m原校长", "原国家经济委员会主任，中国人民大学原校长"),
        ("\x1b[2J\x1b[1;1H工业和信息化部\x1b[K", "工业和信息化部"),  # cursor moves and screen clears
        # the ESC byte lost on the way: the colour codes alone, several of them
        ("[1;31m袁宝华同志遗体在京火化[m\n[0;1;44m[阅读文章] [33m回信 R[m", "袁宝华同志遗体在京火化\n[阅读文章] 回信 R"),
        # ordinary brackets stay: footnotes, document numbers, words, a length in metres
        ("工信部〔2023〕1号文件[1]，见[mail]附件[5m]", "工信部〔2023〕1号文件[1]，见[mail]附件[5m]"),
        ("长度[5m宽", "长度[5m宽"),  # one code-like bracket alone is no capture
    ],
)
def test_ingest_terminal_codes_removed(text, expected):
    assert strip_terminal_codes(text) == expected


def test_ingest_terminal_bbs_post_read():
    (article,) = read_file(DATA / "bbs_post_ansi_gbk.txt")
    assert article.encoding == "gb18030"
    assert article.title == "工信部召开钢铁行业座谈会"  # the body's headline; 标题 adds （转载）
    assert str(article.date) == "2019-03-04"  # the dateline's 3月4日, its year from the 发信站 time
    assert article.site == "水木社区"
    assert "部长苗圩出席会议并\n讲话" in article.text
    for furniture in ("\x1b", "[1;", "[m", "发信人", "发信站", "※ 来源", "阅读文章", "--"):
        assert furniture not in article.text, furniture


@pytest.mark.parametrize(
    "header,title,day",
    [
        ("发信人: a (b), 信区: Economics\n标  题: 座谈会\n发信站: 水木社区 (Tue Mar  5 09:12:30 2019), 站内\n",
         "座谈会", date(2019, 3, 5)),
        ("发信人: a (b), 信区: IT\n标  题: Re: 座谈会\n发信站: 北大未名站 (2008年05月12日14:28:01 星期一), 站内\n",
         "Re: 座谈会", date(2008, 5, 12)),
    ],
)
def test_ingest_terminal_bbs_header(header, title, day):
    post = split_bbs_post(header + "\n正文。\n--\n※ 来源:·北大未名站 bbs.pku.edu.cn·[FROM: 10.0.0.*]\n")
    assert post is not None and (post.title, post.date, post.body.strip()) == (title, day, "正文。")


def test_ingest_terminal_no_bbs_header():
    assert split_bbs_post("工信部召开座谈会\n发信人: 某某\n") is None
