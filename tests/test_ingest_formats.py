"""Formats: plain text, HTML, Markdown with front matter, JSON Lines -> Article."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_file, read_sources

DATA = Path(__file__).parent / "data" / "ingest"
CORPUS = Path(__file__).parent.parent / "data" / "corpus"


def test_ingest_html_drops_navigation_and_footer():
    (article,) = read_file(DATA / "news_page.html")
    assert article.format == "html"
    body = [
        "工业和信息化部部长金壮龙3月1日在国新办举行的“权威部门话开局”系列主题新闻发布会上介绍",
        "加快布局人形机器人、元宇宙、量子科技等前沿领域，全面推进6G技术研发。",
        "工业和信息化部副部长辛国斌表示，将深入实施产业基础再造工程",
    ]
    for sentence in body:
        assert sentence in article.text
    furniture = ["首页", "财经滚动", "搜索新闻", "相关阅读", "以高质量中国制造夯固强国之基", "热点排行",
                 "油价调整窗口", "关于我们", "版权所有", "ICP", "责任编辑", "_hmt", "float:left"]
    for junk in furniture:
        assert junk not in article.text, junk
    # paragraphs keep their breaks
    assert "全面推进6G技术研发。\n第三方面工作" in article.text
    assert article.title == "工信部：扎实推进新型工业化 加快建设制造强国和网络强国"
    assert article.text.startswith(article.title + "\n")
    assert (article.date, article.date_source) == (date(2023, 3, 2), "html-meta")
    assert article.source == "中国证券报"
    assert article.url == "https://news.example.cn/finance/2023-03/02/c_1129410000.htm"


def test_ingest_html_table_layout_declared_gb2312():
    (article,) = read_file(DATA / "table_layout_gb2312.html")
    assert article.encoding == "gb18030"
    assert "工业和信息化部信息通信发展司司长谢存说" in article.text
    for junk in ["机构设置", "政务公开", "主办单位", "网站标识码"]:
        assert junk not in article.text
    # the <title> site suffix after － is dropped
    assert article.title == "工业和信息化部有关负责人谈落实中央经济工作会议精神"
    assert (article.date, article.date_source, article.source) == (date(2023, 12, 25), "dateline", "新华社")


def test_ingest_html_fragment_without_article_structure(tmp_path):
    path = tmp_path / "fragment.html"
    path.write_text("<p>陶青表示，将进一步发挥政策效能。</p>", encoding="utf-8")
    (article,) = read_file(path)
    assert article.text == "陶青表示，将进一步发挥政策效能。"


CITY_BUREAU_PAGE = (
    "<html><head><title>市工信局召开局党组（扩大）会议_工作动态_常州市工业和信息化局</title></head><body>"
    "<div class='banner'>常州市工业和信息化局</div><div class='main'><h1>市工信局召开局党组（扩大）会议</h1>"
    "<div class='content'><p>3月17日，市工信局召开局党组（扩大）会议，研究推进今年新型工业化重点工作。局党组书记、局长周建华"
    "主持会议并讲话，局党组成员、副局长陆明出席会议。</p><p>会议要求，要深入实施“智改数转网联”行动，全年新增智能制造示范工厂"
    "20家以上。</p></div></div><div class='footer'>主办：常州市工业和信息化局</div></body></html>"
)


@pytest.mark.parametrize(
    "title,site",
    [
        ("市工信局召开局党组（扩大）会议_工作动态_常州市工业和信息化局", "常州市工业和信息化局"),
        ("工信部部长表态", None),
    ],
    ids=["headline-section-site", "headline-alone"],
)
def test_ingest_html_site_from_the_title(tmp_path, title, site):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>{title}</title></head><body><p>陶青表示，将进一步发挥政策效能。</p></body></html>",
                    encoding="utf-8")
    (article,) = read_file(path)
    assert article.site == site and article.title == title.split("_")[0]


def test_ingest_html_site_places_an_elided_city(tmp_path):
    from kg.nlp import extract_article

    path = tmp_path / "page.html"
    path.write_text(CITY_BUREAU_PAGE, encoding="utf-8")
    (article,) = read_file(path)
    doc = extract_article(article)
    posts = {(r.s, r.o, r.role) for r in doc.relations if r.p == "holdsPost"}
    assert ("周建华", "常州市工业和信息化局", "局长") in posts and ("陆明", "常州市工业和信息化局", "副局长") in posts


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><h1>工信部部长表态</h1><p><ruby>工<rt>gōng</rt></ruby><ruby>业<rt>yè</rt></ruby>和信息化部部长"
        "<ruby>金<rp>(</rp><rt>jīn</rt><rp>)</rp></ruby><ruby>壮<rt>zhuàng</rt></ruby><ruby>龙<rt>lóng</rt></ruby>"
        "表示，要推进新型工业化。</p></body></html>",
        "<p><ruby>金<rt>jīn</rt>壮<rt>zhuàng</rt>龙<rt>lóng</rt></ruby>表示，要推进新型工业化。</p>",
    ],
    ids=["page", "fragment-one-ruby"],
)
def test_ingest_html_ruby_readings_are_dropped(tmp_path, markup):
    path = tmp_path / "ruby.html"
    path.write_text(markup, encoding="utf-8")
    (article,) = read_file(path)
    assert "金壮龙表示，要推进新型工业化。" in article.text
    assert not any(reading in article.text for reading in ("gōng", "jīn", "zhuàng", "lóng"))


def test_ingest_front_matter_seed_004():
    path = CORPUS / "004_02bab8e2bb98276c.txt"
    (article,) = read_file(path)
    assert article.format == "markdown"
    assert article.title == "工信部部长肖亚庆：提升制造业核心竞争力 确保工业经济平稳运行"
    # Sat, 25 Dec 2021 00:03:46 GMT is 08:03 in Beijing
    assert (article.date, article.date_source) == (date(2021, 12, 25), "front-matter")
    assert article.source == "新浪财经"
    assert "——访工业和信息化部部长肖亚庆\n多措并举稳定工业增长" in article.text
    assert article.text.rstrip().endswith("培育一批系统解决方案供应商。")
    for junk in ["---", "headimg", "<p", "cms-style", "appendQr", "新浪财经APP", "责任编辑", "蒋晓桐", "&#123;"]:
        assert junk not in article.text, junk
    assert article.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_ingest_front_matter_markdown_body(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: 陶青谈稳工业\ndate: 2023-12-25\nsource: 新华社\nurl: https://example.cn/2\n---\n"
        "## 巩固增强工业经济回升向好态势\n\n**陶青**表示，将深入实施好[十大重点行业稳增长工作方案](https://example.cn/x)。\n",
        encoding="utf-8",
    )
    (article,) = read_file(path)
    assert article.text == "陶青谈稳工业\n巩固增强工业经济回升向好态势\n\n陶青表示，将深入实施好十大重点行业稳增长工作方案。"
    assert (article.title, article.date, article.source, article.url) == (
        "陶青谈稳工业", date(2023, 12, 25), "新华社", "https://example.cn/2")


def test_ingest_front_matter_bad_yaml(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\n正文。\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.md: front matter is not valid YAML.*fix the block between the --- lines"):
        read_file(path)


def test_ingest_jsonl_bad_lines_are_reported_not_fatal():
    problems: list[InputError] = []
    articles = read_file(DATA / "records.jsonl", on_error=problems.append)
    assert [a.doc_id for a in articles] == ["records.jsonl#1", "records.jsonl#4"]
    first, fourth = articles
    assert first.format == "jsonl"
    assert (first.title, first.date, first.date_source, first.source, first.url) == (
        "金壮龙谈新型工业化", date(2023, 3, 2), "record", "中国证券报", "https://example.cn/1")
    assert first.text == "金壮龙谈新型工业化\n工业和信息化部部长金壮龙表示，将重点做好六个方面工作。"
    line1 = (DATA / "records.jsonl").read_text(encoding="utf-8").split("\n")[0]
    assert first.content_hash == hashlib.sha256(line1.encode("utf-8")).hexdigest()
    # the record's own date is a republication time: the dateline wins
    assert (fourth.date, fourth.date_source, fourth.source) == (date(2023, 12, 25), "dateline", "新华社")
    assert [p.path for p in problems] == [f"{DATA / 'records.jsonl'}:2", f"{DATA / 'records.jsonl'}:3"]
    assert "not valid JSON" in problems[0].reason and '"text" field' in problems[0].fix
    assert 'missing or empty "text" field' in problems[1].reason


@pytest.mark.parametrize(
    "line,reason",
    [
        ('["a list"]', "not an object"),
        ('{"text": ""}', 'missing or empty "text" field'),
        ('{"text": 42}', 'missing or empty "text" field'),
        ('{"text": "<div><script>x()</script></div>"}', "no article text found"),
    ],
)
def test_ingest_jsonl_record_problems(tmp_path, line, reason):
    path = tmp_path / "one.jsonl"
    good = json.dumps({"text": "梁志峰表示，中小企业联系千家万户。"}, ensure_ascii=False)
    path.write_text(good + "\n\n" + line + "\n", encoding="utf-8")
    problems: list[InputError] = []
    articles = read_file(path, on_error=problems.append)
    assert [a.text for a in articles] == ["梁志峰表示，中小企业联系千家万户。"]
    assert [p.path for p in problems] == [f"{path}:3"]
    assert reason in problems[0].reason


PLAIN_FURNITURE = [
    # (tail of a plain-text article, what must remain at the end)
    ("努力突破一批带有创新性、标志性的装备。\n\n编辑/范辉\n\n相关阅读\n以高质量中国制造夯固强国之基\n北京青年报客户端 2024-10-12\n最新评论\n",
     "努力突破一批带有创新性、标志性的装备。"),
    ("5G应用“扬帆”行动计划等工作。\n\n(责编:袁勃、赵欣悦)\n", "5G应用“扬帆”行动计划等工作。"),
    ("培育一批系统解决方案供应商。\n海量资讯、精准解读，尽在新浪财经APP\n责任编辑：蒋晓桐 \n", "培育一批系统解决方案供应商。"),
    ("为企业发展营造良好环境。\n\n（责任编辑：刘洋）\n声明：本站部分文章来源于网络，如有侵权请联系删除。\n"
     "上一篇：工信部发放4G牌照 三大运营商均获TD-LTE牌照\n下一篇：李克强主持召开国务院常务会议 部署推进信息消费\n",
     "为企业发展营造良好环境。"),
    ("加快建设制造强国。\n【返回顶部】\n打印本页 关闭窗口\n", "加快建设制造强国。"),
    # not furniture: an editorial sentence and a 相关 paragraph followed by body text stay
    ("编辑部将继续关注这一进展。\n", "编辑部将继续关注这一进展。"),
    ("上一篇文章说明了工业互联网的发展情况。\n", "上一篇文章说明了工业互联网的发展情况。"),
    ("声明指出，两部门将联合推进。\n", "声明指出，两部门将联合推进。"),
    ("相关新闻\n工信部表示，将加快推进5G网络和千兆光网建设部署，促进产业创新发展。\n",
     "工信部表示，将加快推进5G网络和千兆光网建设部署，促进产业创新发展。"),
]


@pytest.mark.parametrize("tail,expected_end", PLAIN_FURNITURE)
def test_ingest_text_strips_trailing_furniture(tmp_path, tail, expected_end):
    path = tmp_path / "article.txt"
    path.write_text("工信部将启动创建国家新型工业化示范区\n\n" + tail, encoding="utf-8")
    (article,) = read_file(path)
    assert article.text.endswith(expected_end)


@pytest.mark.parametrize(
    "name,expected_title,expected_source",
    [
        ("000_3fbe88de0c0c7436.txt", "工信部:扎实推进新型工业化 加快建设制造强国和网络强国", "中国证券报"),
        ("001_8fdf2b91e3c68389.txt", None, None),  # the first line is a long sentence
        ("002_5b4b3f48a74c9603.txt", "巩固增强工业经济回升向好态势——工业和信息化部有关负责人谈落实中央经济工作会议精神", "新华社"),
        ("003_d0fe679171638b3c.txt", "工信部将启动创建国家新型工业化示范区", None),
    ],
)
def test_ingest_text_title_and_source(name, expected_title, expected_source):
    (article,) = read_file(CORPUS / name)
    assert article.format == "text"
    assert article.doc_id == name
    assert (article.title, article.source) == (expected_title, expected_source)


def test_ingest_seed_000_keeps_byline_drops_link_list():
    (article,) = read_file(CORPUS / "000_3fbe88de0c0c7436.txt")
    assert "中国证券报 2023-03-02 10:57" in article.text  # the publisher is an entity of the gold
    for junk in ["相关阅读", "编辑/范辉", "中新经纬 2024-11-21", "最新评论"]:
        assert junk not in article.text


@pytest.mark.parametrize("suffix", [".txt", ".dat", ""])
def test_ingest_sniffs_format_without_extension(tmp_path, suffix):
    html = tmp_path / f"page{suffix}"
    html.write_text("<html><body><p>工业和信息化部部长金壮龙表示。</p></body></html>", encoding="utf-8")
    assert read_file(html)[0].format == "html"
    md = tmp_path / f"note{suffix}"
    md.write_text("\n---\ntitle: 标题\n---\n正文。", encoding="utf-8")
    assert read_file(md)[0].format == "markdown"
    text = tmp_path / f"plain{suffix}"
    text.write_text("工信部表示，<p>标签</p>不在开头。", encoding="utf-8")
    assert read_file(text)[0].format == "text"


def test_ingest_read_sources_collects_problems():
    articles, problems = read_sources([DATA])
    names = {a.doc_id for a in articles}
    assert {"big5.txt", "gbk.txt", "news_page.html", "records.jsonl#1", "records.jsonl#4"} <= names
    reasons = {Path(p.path.split(":")[0]).name: p.reason for p in problems}
    assert reasons["image.png"] == "binary file (PNG image)"
    assert reasons["empty.txt"] == "empty file"
    assert reasons["truncated_utf8.txt"].startswith("truncated UTF-8 file")
    assert "records.jsonl" in reasons


@pytest.mark.parametrize(
    "head",
    [
        "首頁|必讀|視頻|專訪|運(yùn)營|制造|監(jiān)管|芯片|物聯(lián)網(wǎng)|量子|低空經(jīng)濟(jì)\n",
        "首页 >> 监管 >> 正文\n",
        "位置: 首页 > 热点 > 正文\n",
        "字號:默認 超大 | 打印 |\n",
        "【字體: 打印\n",
        "扫码关注5G通信官方公众号,免费领取以下5G精品资料\n  • 1、回复“LTBPS”免费领取《中国联通5G终端白皮书》\n",
    ],
    ids=["menu-with-pinyin", "breadcrumb", "breadcrumb-with-label", "page-tools", "font-size-button", "account-promotion"],
)
def test_ingest_text_drops_menu_lines(tmp_path, head):
    path = tmp_path / "page.txt"
    body = "工业和信息化部部长金壮龙表示，将深入实施智能制造工程。"
    path.write_text(head + "工信部召开座谈会\n" + body + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.text == "工信部召开座谈会\n" + body
    assert article.title == "工信部召开座谈会"


@pytest.mark.parametrize(
    "line",
    ["指标|一季度|二季度|三季度，分别增长5%、6%、7%。", "工信部在回复“关于支持新能源汽车发展的建议”时表示，将加快完善政策。"],
    ids=["bars", "quotes-a-reply"],
)
def test_ingest_text_keeps_sentences_that_look_like_furniture(tmp_path, line):
    path = tmp_path / "page.txt"
    path.write_text("标题\n" + line + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert line in article.text
