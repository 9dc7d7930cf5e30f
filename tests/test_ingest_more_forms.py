"""More input forms: ALTO OCR pages, Telegram exports, Jupyter notebooks, PHP serialize() caches, raw HTTP captures,
LaTeX, iCalendar, WebVTT captions cut anywhere, Next.js pages -> Article."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_file

# ---------------------------------------------------------------- ALTO

ALTO_NS = "http://www.loc.gov/standards/alto/ns-v3#"


def _alto_line(*runs: str) -> str:
    strings = "".join(f'<String CONTENT="{run}" WC="0.9"/>' for run in runs)
    return f"<TextLine>{strings}</TextLine>"


def _alto_page(blocks: list[list[tuple[str, ...]]], *, date_tag: str | None = "1990-08-14") -> str:
    tags = (f'<Tags><OtherTag ID="T1" LABEL="报名" VALUE="黑龙江日报"/>'
            f'<OtherTag ID="T2" LABEL="出版日期" VALUE="{date_tag}"/></Tags>') if date_tag else ""
    body = "".join("<TextBlock>" + "".join(_alto_line(*line) for line in block) + "</TextBlock>" for block in blocks)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="{ALTO_NS}"><Description><MeasurementUnit>pixel'
            f'</MeasurementUnit></Description>{tags}<Layout><Page ID="P1">'
            f'<TopMargin>{"<TextBlock>" + _alto_line("黑龙江日报", "1990年8月14日", "第1版") + "</TextBlock>"}</TopMargin>'
            f'<PrintSpace>{body}</PrintSpace>'
            f'<BottomMargin><TextBlock>{_alto_line("（第1版）")}</TextBlock></BottomMargin></Page></Layout></alto>')


ALTO_BLOCKS = [
    [("吴文英在我省", "考察亚", "麻纺织"), ("把资源", "优势变成产业优势")],
    [("本报哈尔", "滨8月", "13日讯"), ("纺织", "工业部部长", "吴"), ("文英在", "省纺织工业厅", "厅长韩立"), ("本陪同下考察。",)],
    [("吴文英", "说，亚麻是黑龙"), ("江的一大优", "势。",)],
    [("我省秋", "粮长势良好"), ("本报讯", "据省农业厅消息，", "入秋以来")],
]


@pytest.mark.parametrize("suffix", [".xml", ".txt"])
def test_ingest_alto_joins_runs_and_lines_and_splits_items(tmp_path, suffix):
    path = tmp_path / f"hljrb_19900814{suffix}"
    path.write_text(_alto_page(ALTO_BLOCKS), encoding="utf-8")
    first, second = read_file(path)
    assert (first.format, first.doc_id, second.doc_id) == ("alto", f"{path.name}#1", f"{path.name}#2")
    assert first.title == "吴文英在我省考察亚麻纺织"
    # runs and column lines joined without spaces: names cut across lines come back whole
    assert "纺织工业部部长吴文英在省纺织工业厅厅长韩立本陪同下考察。" in first.text
    assert "吴文英说，亚麻是黑龙江的一大优势。" in first.text
    assert "把资源优势变成产业优势\n" in first.text  # the headline's second line stays its own line
    # masthead and folio (page margins) are no text; the neighbouring item is its own article
    assert "第1版" not in first.text and "秋粮" not in first.text
    assert second.title == "我省秋粮长势良好" and "据省农业厅消息" in second.text
    assert first.source == "黑龙江日报"


def test_ingest_alto_date_from_tag_or_page_header(tmp_path):
    blocks = [[("工业", "厅长说，"), ("亚麻工业要", "加快发展。")]]
    tagged, untagged = tmp_path / "a.xml", tmp_path / "b.xml"
    tagged.write_text(_alto_page(blocks, date_tag="1990-08-15"), encoding="utf-8")
    untagged.write_text(_alto_page(blocks, date_tag=None), encoding="utf-8")
    assert read_file(tagged)[0].date == date(1990, 8, 15)
    assert read_file(untagged)[0].date == date(1990, 8, 14)  # from the masthead in the top margin


def test_ingest_alto_latin_words_and_hyphenation(tmp_path):
    path = tmp_path / "page.xml"
    path.write_text(
        f'<?xml version="1.0"?><alto xmlns="{ALTO_NS}"><Layout><Page><PrintSpace><TextBlock>'
        '<TextLine><String CONTENT="The"/><SP/><String CONTENT="ministry"/><SP/>'
        '<String CONTENT="an-" SUBS_TYPE="HypPart1" SUBS_CONTENT="announced"/></TextLine>'
        '<TextLine><String CONTENT="nounced" SUBS_TYPE="HypPart2" SUBS_CONTENT="announced"/><SP/>'
        '<String CONTENT="new"/><SP/><String CONTENT="rules."/></TextLine>'
        "</TextBlock></PrintSpace></Page></Layout></alto>", encoding="utf-8")
    (article,) = read_file(path)
    assert article.text == "The ministry announced new rules."


def test_ingest_alto_without_text_names_the_fix(tmp_path):
    path = tmp_path / "empty.xml"
    path.write_text(f'<?xml version="1.0"?><alto xmlns="{ALTO_NS}"><Layout><Page><PrintSpace/></Page></Layout></alto>',
                    encoding="utf-8")
    with pytest.raises(InputError, match="ALTO.*String CONTENT"):
        read_file(path)


# ---------------------------------------------------------------- Telegram

TELEGRAM_TEXT = [
    {"type": "bold", "text": "省人大常委会通过一批人事任免"}, "\n",
    {"type": "italic", "text": "《吉林日报》1993年6月27日 第一版"}, "\n\n",
    "本报长春6月26日讯 会议决定：任命", {"type": "bold", "text": "王立民"}, "为省机械工业厅厅长，任命",
    {"type": "bold", "text": "赵振国"}, "为省电子工业厅厅长。详见", {"type": "text_link", "text": "原版面", "href": "http://x"},
    "。\n", {"type": "hashtag", "text": "#人事任免"},
]


def _telegram_export(text) -> dict:
    pieces = text if isinstance(text, list) else [text]
    return {"name": "老报纸里的吉林", "type": "public_channel", "id": 1, "messages": [
        {"id": 1, "type": "message", "date": "2021-06-26T20:14:07", "photo": "photos/1.jpg", "text": "版面照片",
         "text_entities": [{"type": "plain", "text": "版面照片"}]},
        {"id": 2, "type": "message", "date": "2021-06-26T20:15:31", "text": text,
         "text_entities": [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in pieces]},
        {"id": 3, "type": "service", "date": "2021-06-26T20:15:40", "action": "pin_message", "text": ""},
        {"id": 4, "type": "message", "date": "2021-06-27T08:02:55", "text": ["明天继续更新：", {"type": "bold", "text": "长春"}]},
    ]}


def test_ingest_telegram_export_reads_each_piece_once_in_order(tmp_path):
    path = tmp_path / "result.json"
    path.write_text(json.dumps(_telegram_export(TELEGRAM_TEXT), ensure_ascii=False), encoding="utf-8")
    (article,) = read_file(path)  # (the photo caption and the channel's note are no articles)
    assert article.format == "telegram"
    assert article.title == "省人大常委会通过一批人事任免"
    assert "任命王立民为省机械工业厅厅长，任命赵振国为省电子工业厅厅长。详见原版面。" in article.text
    assert article.text.count("王立民") == 1
    assert "#人事任免" not in article.text and "明天继续更新" not in article.text
    # the page the post copies dates it (the dateline's year from it), not the time of the post
    assert article.date == date(1993, 6, 26)


def test_ingest_telegram_message_date_when_the_text_names_none(tmp_path):
    path = tmp_path / "result.json"
    text = "吉林省机械工业厅今天召开全省汽车零部件配套工作会议，部署实施“汽车零部件配套工程”，扶持二十户骨干配套企业。"
    path.write_text(json.dumps(_telegram_export(text), ensure_ascii=False), encoding="utf-8")
    (article,) = read_file(path)
    assert (article.format, article.text, article.date) == ("telegram", text, date(2021, 6, 26))


# ---------------------------------------------------------------- Jupyter notebooks


def _notebook(cells: list[tuple[str, str, list]]) -> str:
    return json.dumps({"nbformat": 4, "nbformat_minor": 2, "metadata": {}, "cells": [
        {"cell_type": kind, "metadata": {}, "source": source.splitlines(keepends=True), **(
            {"outputs": outputs, "execution_count": 1} if kind == "code" else {})}
        for kind, source, outputs in cells]}, ensure_ascii=False, indent=1)


PARAGRAPH_1 = "本报银川11月9日讯 自治区技术创新大会今天在银川开幕。自治区人民政府主席马启智出席并讲话，宣布“百项工程”正式启动。"
PARAGRAPH_2 = "马启智说，“百项工程”要集中在煤炭、有色金属和机械三个行业。"


def test_ingest_notebook_reads_markdown_cells_not_code(tmp_path):
    path = tmp_path / "nxrb.ipynb"
    path.write_text(_notebook([
        ("markdown", "# 宁夏日报 1999 年工业报道整理\n\n来源：缩微胶片转录稿。", []),
        ("code", "import jieba\nmeta = pd.read_csv('meta.csv')", [
            {"output_type": "stream", "name": "stderr", "text": ["Building prefix dict ...\n"]}]),
        ("markdown", "## 我区启动“工业技术创新百项工程”\n\n*《宁夏日报》1999年11月10日 第1版*", []),
        ("markdown", PARAGRAPH_1, []),
        ("markdown", PARAGRAPH_2, []),
        ("code", "print(' / '.join(jieba.cut(title)))", [
            {"output_type": "stream", "name": "stdout", "text": ["我区/ 启动/ 工业/ 技术创新\n"]}]),
    ]), encoding="utf-8")
    (article,) = read_file(path)
    assert article.format == "notebook"
    assert article.title == "我区启动“工业技术创新百项工程”"
    assert PARAGRAPH_1 in article.text and PARAGRAPH_2 in article.text
    for junk in ("cell_type", "import jieba", "Building prefix", "我区/ 启动", "##", "*《", "缩微胶片"):
        assert junk not in article.text, junk
    assert "《宁夏日报》1999年11月10日 第1版" in article.text
    assert article.date == date(1999, 11, 9)


def test_ingest_notebook_outputs_when_markdown_holds_no_article(tmp_path):
    path = tmp_path / "printed.ipynb"
    path.write_text(_notebook([
        ("markdown", "# 数据", []),
        ("code", "print(article)", [{"output_type": "stream", "name": "stdout", "text": [PARAGRAPH_1 + "\n", PARAGRAPH_2]}]),
    ]), encoding="utf-8")
    (article,) = read_file(path)
    assert PARAGRAPH_1 in article.text and "print(article)" not in article.text


def test_ingest_notebook_that_is_not_json_names_the_fix(tmp_path):
    path = tmp_path / "broken.ipynb"
    path.write_text('{"cells": [', encoding="utf-8")
    with pytest.raises(InputError, match="notebook that is not valid JSON"):
        read_file(path)


# ---------------------------------------------------------------- PHP serialize()


def _php_string(text: str, codec: str) -> bytes:
    data = text.encode(codec)
    return b's:%d:"%s";' % (len(data), data)


def _php_cache(fields: dict[str, str], codec: str = "gbk", *, wrapped: bool = True) -> bytes:
    body = b"".join(_php_string(k, codec) + _php_string(v, codec) for k, v in fields.items())
    related = _php_string("related", codec) + b"a:1:{i:0;a:1:{" + _php_string("title", codec) + \
        _php_string("洛阳轴承厂扭亏为盈", codec) + b"}}"
    data = b"a:%d:{%s%s}" % (len(fields) + 1, body, related)
    if not wrapped:
        return data
    return b"<?php\r\n//DedeCMS cache\r\n$arc_cache = unserialize('" + data.replace(b"'", b"\\'") + b"');\r\n?>\r\n"


PHP_FIELDS = {
    "title": "老工业基地如何走出困境——访洛阳市副市长张国伟",
    "source": "洛阳日报",
    "pubdate": "1994-11-28",
    "body": "<p>洛阳是国家“一五”时期重点建设的老工业基地。</p>\r\n<p><strong>记者：</strong>洛阳的情况怎么样？</p>\r\n"
            "<p><strong>张国伟：</strong>困难确实不少，企业办社会的包袱太重，'三角债'超过二十亿元。</p>",
}


@pytest.mark.parametrize("name,wrapped", [("arc_10233.inc", True), ("arc_10233.txt", True), ("cache.txt", False)])
def test_ingest_php_serialized_cache_counts_gbk_bytes(tmp_path, name, wrapped):
    path = tmp_path / name
    path.write_bytes(_php_cache(PHP_FIELDS, wrapped=wrapped))
    (article,) = read_file(path)
    assert article.format == "php"
    assert article.title == PHP_FIELDS["title"]
    assert article.date == date(1994, 11, 28) and article.source == "洛阳日报"
    assert "记者：洛阳的情况怎么样？\n张国伟：困难确实不少" in article.text
    assert "'三角债'" in article.text and "<p>" not in article.text and "s:" not in article.text
    assert "扭亏为盈" not in article.text


def test_ingest_php_serialized_with_wrong_lengths_names_the_fix(tmp_path):
    path = tmp_path / "arc.inc"
    # re-encoded to UTF-8 after it was written: the GBK byte counts no longer fit
    path.write_bytes(_php_cache(PHP_FIELDS).decode("gbk").encode("utf-8").replace(b"s:4:\"body\";s:", b"s:4:\"body\";s:1"))
    with pytest.raises(InputError, match="byte count"):
        read_file(path)


# ---------------------------------------------------------------- raw HTTP captures

PAGE_HTML = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
             "<title>省委省政府作出决定_云南日报</title></head><body><table>"
             "<tr><td class=\"date\">云南日报 1996年5月23日 星期四 第1版</td></tr><tr><td class=\"content\">"
             "<p>本报昆明5月22日讯 中共云南省委、云南省人民政府日前作出《关于加快培育发展四大支柱产业的决定》。"
             "省长和志强在会上作动员讲话，省计委主任段克勤就《决定》作了说明。</p>"
             "<p>《决定》由省计委会同省经委、省科委等部门起草，5月16日印发全省。</p></td></tr></table></body></html>")


def _chunked(data: bytes, cuts: list[int]) -> bytes:
    out, start = b"", 0
    for end in [*cuts, len(data)]:
        out += b"%x\r\n%s\r\n" % (end - start, data[start:end])
        start = end
    return out + b"0\r\n\r\n"


def _capture(body: bytes, *, prefix: bytes = b"> ") -> bytes:
    request = [b"GET /bm/19960523/01_01.htm HTTP/1.1", b"Host: www.yndaily.com", b"User-Agent: curl/7.19.4", b""]
    return (b"\r\n".join(prefix + line if prefix else line for line in request) + b"\r\n"
            b"HTTP/1.1 200 OK\r\nDate: Sat, 14 Mar 2009 03:11:42 GMT\r\nServer: Microsoft-IIS/6.0\r\n"
            b"Content-Type: text/html; charset=GBK\r\nTransfer-Encoding: chunked\r\n\r\n" + body)


@pytest.mark.parametrize("name,prefix", [("page.txt", b"> "), ("page.html", b"> "), ("capture", b"")])
def test_ingest_http_capture_is_dechunked_before_decoding(tmp_path, name, prefix):
    data = PAGE_HTML.encode("gbk")
    # cut inside 和志强 (between the two bytes of a GBK character) and inside 段克勤
    cuts = [data.index("和志强".encode("gbk")) + 3, data.index("段克勤".encode("gbk")) + 2]
    path = tmp_path / name
    path.write_bytes(_capture(_chunked(data, cuts), prefix=prefix))
    (article,) = read_file(path)
    assert article.format == "http" and article.encoding == "gb18030"
    assert "省长和志强在会上作动员讲话，省计委主任段克勤就《决定》作了说明。" in article.text
    for junk in ("GET ", "Host:", "IIS", "chunked", "\r"):
        assert junk not in article.text, junk
    assert article.title == "省委省政府作出决定"
    assert article.url == "http://www.yndaily.com/bm/19960523/01_01.htm"
    # the dateline, its year from the page's issue line; the HTTP Date (2009) is when the page was fetched
    assert article.date == date(1996, 5, 22)


def test_ingest_http_capture_without_body_names_the_fix(tmp_path):
    path = tmp_path / "capture.txt"
    path.write_bytes(b"> GET / HTTP/1.1\r\n> Host: example.cn\r\n>\r\nHTTP/1.1 304 Not Modified\r\nServer: IIS\r\n\r\n")
    with pytest.raises(InputError, match="without a response body"):
        read_file(path)


# ---------------------------------------------------------------- LaTeX

LATEX = r"""% !TEX encoding = GBK
% 二〇〇二年十月 排版稿
\documentclass[11pt]{book}
\usepackage{CJK}
\usepackage{makeidx}
\makeindex
\begin{document}
\begin{CJK*}{GBK}{song}
\setcounter{chapter}{6}

\chapter{高原上的机床人---我与青海机械工业}

一九六六年春天，我随机床厂的内迁队伍来到西宁。那时候正是三线建设\footnote{编者注：``三线''指西部和中部内陆地区。}\index{三线建设}
的高潮，第一机械工业部决定在青海建设几个机床厂。% 此处原稿有删节

\section{在厅里的日子}
一九八四年，我调到省机械工业厅任副厅长，一九九〇年任厅长。那时候讲``备战''，
机床厂的产品大多给军工配套。
\end{CJK*}
\printindex
\end{document}
"""


@pytest.mark.parametrize("name", ["memoir.tex", "memoir.txt"])
def test_ingest_latex_drops_preamble_commands_notes_and_comments(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(LATEX.replace("\n", "\r\n").encode("gbk"))
    (article,) = read_file(path)
    assert article.format == "latex" and article.encoding == "gb18030"
    assert article.title == "高原上的机床人—我与青海机械工业"
    assert "那时候正是三线建设的高潮，第一机械工业部决定在青海建设几个机床厂。" in article.text
    assert "\n在厅里的日子\n一九八四年" in article.text  # a section title is a line of its own
    assert "那时候讲“备战”，机床厂的产品大多给军工配套。" in article.text  # quotes, and the wrapped line joined
    for junk in ("编者注", "\\", "documentclass", "GBK", "song", "删节", "排版稿", "{", "三线建设三线建设"):
        assert junk not in article.text, junk


# ---------------------------------------------------------------- iCalendar


def _fold(line: bytes) -> bytes:
    """RFC 5545 folding at 75 octets, cutting wherever the byte count falls (inside a UTF-8 character too)."""
    out = [line[:75]]
    line = line[75:]
    while line:
        out.append(b" " + line[:74])
        line = line[74:]
    return b"\r\n".join(out)


def _calendar(description: str) -> bytes:
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HEBEI GOV//Meeting Calendar//ZH",
        "BEGIN:VEVENT", "UID:1@hebei.gov.cn", "DTSTART;TZID=Asia/Shanghai:20040520T090000",
        "SUMMARY:河北省钢铁工业结构调整领导小组第一次全体会议",
        "ATTENDEE;CN=孙振东;ROLE=CHAIR:mailto:noreply@hebei.gov.cn",
        "ATTENDEE;CN=李文涛;ROLE=REQ-PARTICIPANT:mailto:noreply@hebei.gov.cn",
        f"DESCRIPTION:{description}", "END:VEVENT",
        "BEGIN:VEVENT", "UID:2@hebei.gov.cn", "DTSTART;VALUE=DATE:20040521", "SUMMARY:省政府第十九次常务会议",
        "DESCRIPTION:议题：研究夏粮收购和防汛准备工作", "END:VEVENT", "END:VCALENDAR",
    ]
    return b"\r\n".join(_fold(line.encode("utf-8")) for line in lines) + b"\r\n"


ICS_DESCRIPTION = ("本报石家庄5月20日讯 省委常委、常务副省长、领导小组组长孙振东主持会议并讲话\\, "
                   "要求各地坚决遏制钢铁行业盲目投资\\; 加快淘汰落后产能。\\n会议审议通过了《河北省钢铁工业结构调整实施方案》。")


@pytest.mark.parametrize("name", ["meetings.ics", "meetings.txt"])
def test_ingest_calendar_unfolds_bytes_and_unescapes(tmp_path, name):
    path = tmp_path / name
    raw = _calendar(ICS_DESCRIPTION)
    assert any(0x80 <= line[1] < 0xC0 for line in raw.split(b"\r\n") if line.startswith(b" "))  # cut inside characters
    path.write_bytes(raw)
    meeting, other = read_file(path)
    assert meeting.format == "ical" and meeting.doc_id == f"{name}#1"
    assert meeting.title == "河北省钢铁工业结构调整领导小组第一次全体会议"
    assert "孙振东主持会议并讲话, 要求各地坚决遏制钢铁行业盲目投资; 加快淘汰落后产能。\n会议审议通过了" in meeting.text
    assert "\ufffd" not in meeting.text and "\\" not in meeting.text
    assert meeting.text.rstrip().endswith("出席：李文涛。")  # (孙振东 is named in the text already)
    assert meeting.date == date(2004, 5, 20)
    assert other.title == "省政府第十九次常务会议" and other.date == date(2004, 5, 21)  # DTSTART: no date in its text


def test_ingest_calendar_without_events_names_the_fix(tmp_path):
    path = tmp_path / "empty.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n")
    with pytest.raises(InputError, match="without an event"):
        read_file(path)


# ---------------------------------------------------------------- WebVTT captions cut anywhere

VTT_ANCHOR = "政府今日公佈創新及科技基金首批資助結果，四十七個項目共獲批四億二千萬元，涵蓋信息技術、生物科技、中藥、電子和紡織成衣等行業。"
# 64 characters: the 16-character caption lines cut 部分 onto the start of a line, where a colon follows it
VTT_REPORT = ("鄭家豪說，行政長官董建華在施政報告中提出，要把香港發展成為區內的創新科技中心，基金就是落實這個目標的重要工具。"
              "基金的資助分為四個部分：一是創新及科技支援計劃，支持業界和大學的應用研究；二是大學與產業合作計劃，鼓勵企業同大學合作開發新產品。")


def _wrapped(text: str, width: int = 16) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_ingest_vtt_wrapped_line_with_colon_is_no_speaker(tmp_path):
    lines = [f"<v 主播>{line}" for line in _wrapped(VTT_ANCHOR)] + _wrapped(VTT_REPORT) + ["下一則新聞：統計處今日公布，"]
    assert any(line.startswith("部分：") for line in lines)
    cues = []
    for number, pair in enumerate(zip(lines[::2], lines[1::2] + [""]), start=1):
        cues.append(f"{number}\n00:00:{number * 4:02d}.000 --> 00:00:{number * 4 + 3:02d}.000 line:85%\n" + "\n".join(pair))
    path = tmp_path / "news.vtt"
    path.write_text("WEBVTT - 字幕存檔\n\nNOTE\n播出日期：2000年11月22日　18:00\n\n" + "\n\n".join(cues) + "\n",
                    encoding="utf-8")
    (article,) = read_file(path)
    assert "基金的資助分為四個部分：一是創新及科技支援計劃" in article.text
    assert "\n部分" not in article.text
    assert "統計處" not in article.text and "统计处" not in article.text  # the next item's first cue
    assert article.date == date(2000, 11, 22)


# ---------------------------------------------------------------- Next.js pages

NEXT_PARAGRAPHS = ["2007年12月18日，新余市光伏产业发展促进大会在市委礼堂召开。市委书记刘建华出席会议并讲话。",
                   "市委副书记、市长肖国平作工作报告，提出实施“光伏产业链延伸工程”。"]


def test_ingest_nextjs_page_text_read_once(tmp_path):
    data = {"props": {"pageProps": {"article": {"title": "新余市召开光伏产业发展促进大会",
                                                "content": [{"type": "paragraph", "text": p} for p in NEXT_PARAGRAPHS]}}},
            "page": "/news/[slug]", "buildId": "k3Zp9"}
    paragraphs = "".join(f"<p>{p}</p>" for p in NEXT_PARAGRAPHS)
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><meta charSet=\"utf-8\"/><title>新余市召开光伏产业发展促进大会 - 淘资讯网</title>"
        "<script src=\"/_next/static/chunks/main.js\" defer=\"\"></script></head><body><div id=\"__next\">"
        "<nav><a href=\"/\">首页</a></nav><main><h1>新余市召开光伏产业发展促进大会</h1><div class=\"article-content\">"
        f"{paragraphs}</div></main></div><script id=\"__NEXT_DATA__\" type=\"application/json\">"
        f"{json.dumps(data, ensure_ascii=False)}</script></body></html>", encoding="utf-8")
    (article,) = read_file(path)
    for paragraph in NEXT_PARAGRAPHS:
        assert article.text.count(paragraph) == 1
    assert "buildId" not in article.text and "pageProps" not in article.text
