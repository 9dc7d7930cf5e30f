"""HTML text the page hides from its reader (anti-copy jammers) is dropped; a forum thread gives its opening post,
with sentences broken by <br> joined."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.ingest import read_file
from kg.ingest.html import extract_fragment_text, extract_html
from kg.ingest.text import strip_page_furniture

DATA = Path(__file__).parent / "data" / "ingest"
SENTENCE = "工业和信息化部副部长徐晓兰出席会议并讲话"


@pytest.mark.parametrize(
    "markup,expected",
    [
        ('<p>工业和<font class="jammer">a9 K% u1</font>信息化部副部长徐晓兰出席会议并讲话</p>', SENTENCE),
        ('<p>工业和信息化部<span style="display: none;">Y3 e*</span>副部长徐晓兰出席会议并讲话</p>', SENTENCE),
        ('<p>工业和信息化部副部长<span style="VISIBILITY:hidden">k8</span>徐晓兰出席会议并讲话</p>', SENTENCE),
        ('<p>工业和信息化部副部长徐<span style="font-size:0px">2q</span>晓兰出席会议并讲话</p>', SENTENCE),
        ('<p>工业和信息化部副部长徐晓<em style="color:red;font-size:0">Zz</em>兰出席会议并讲话</p>', SENTENCE),
        ('<p>工业和信息化部副部长徐晓兰<span hidden>Qq</span>出席会议并讲话</p>', SENTENCE),
        # a class the page's own style sheet hides
        ('<style>.a1,.fold{display:none}</style><p>工业和信息化部副部长徐晓兰出席<i class="fold">x</i>会议并讲话</p>',
         SENTENCE),
        # visible text stays: a small font, a class hidden only when printing, another class
        ('<p>工业和信息化部副部长徐晓兰<span style="font-size:0.9em">出席会议</span>并讲话</p>', SENTENCE),
        ('<style>@media print{.noprint{display:none}}</style><p>工业和信息化部<span class="noprint">副部长</span>'
         '徐晓兰出席会议并讲话</p>', SENTENCE),
        ('<style>.jam{color:#fff}</style><p>工业和信息化部副部长<span class="jam">徐晓兰</span>出席会议并讲话</p>', SENTENCE),
        # a long hidden block is a section a script shows (a tab, "read more"), not a jammer: kept
        ('<p>会议指出</p><div style="display:none"><p>' + "要加快推动中小企业数字化转型。" * 20 + "</p></div>",
         "会议指出\n" + "要加快推动中小企业数字化转型。" * 20),
    ],
)
def test_ingest_hidden_text_dropped(markup, expected):
    assert extract_fragment_text(f"<html><body>{markup}</body></html>") == expected


def test_ingest_hidden_text_forum_thread_opening_post():
    (article,) = read_file(DATA / "forum_thread_jammer.html")
    assert article.title == "工信部召开中小企业发展座谈会"
    assert str(article.date) == "2023-03-06" and article.source == "中国工业报"
    assert article.text.split("\n") == [
        "工信部召开中小企业发展座谈会",
        "来源：中国工业报\u30002023年03月06日\u3000第01版",
        # <br> inside a sentence (no indent after, no sentence end before) joined; paragraphs kept
        "3月5日，工业和信息化部在北京召开中小企业发展座谈会。工业和信息化部副部长徐晓兰出席会议并讲话，"
        "中小企业局负责同志介绍了专精特新“小巨人”企业培育情况。",
        "会议要求，各地要加大对中小企业的支持力度，推动大中小企业融通发展，提升中小企业数字化水平。",
    ]
    # the jammers' ASCII, the edit stamp, the reply, the user panel and the menus are gone
    assert not re.search(r"[A-Za-z]\d|\d[A-Za-z]|[%^#!]", article.text)
    for furniture in ("本帖最后由", "金部长", "老张", "注册", "Powered"):
        assert furniture not in article.text


def test_ingest_hidden_text_post_without_indents_keeps_its_breaks():
    page = ('<html><head><title>t</title></head><body><div id="postmessage_5">'
            + "工业和信息化部召开座谈会，部署中小企业<br/>数字化转型工作。会议强调，要加快推进<br/>" * 3
            + "</div></body></html>")
    lines = extract_html(page).text.split("\n")
    assert lines[0] == "工业和信息化部召开座谈会，部署中小企业"  # no indent marks the paragraphs: breaks stay


@pytest.mark.parametrize(
    "line,dropped",
    [
        ("本帖最后由 塞上老王 于 2011-7-29 09:16 编辑", True),
        (" 本帖最后由 user_01 于 2023-3-6 09:20 编辑 ", True),
        ("本帖最后由工信部编辑审定", False),  # a sentence, not a stamp
    ],
)
def test_ingest_hidden_text_forum_edit_stamp_line(line, dropped):
    text = "工信部召开座谈会\n" + line + "\n会议强调，要加快推进数字化转型。"
    assert (line not in strip_page_furniture(text)) == dropped
