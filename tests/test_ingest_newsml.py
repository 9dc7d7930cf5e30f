"""NewsML 1.x and NITF wire stories, read from real files written here."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest import parse_date, read_file

TITLE = "日喀则援藏手工业项目通过验收"
PARAGRAPHS = ("新华社拉萨8月21日电 国家经贸委援建的日喀则手工业项目今天通过验收。",
              "国家经贸委副主任出席验收仪式并讲话，要求加快发展西藏特色手工业。")


def nitf(paragraphs=PARAGRAPHS, *, head: str = "", body_head: str = "", attrs: str = "") -> str:
    ps = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<nitf{attrs}><head>{head}</head><body><body.head>{body_head}</body.head>"
            f"<body.content>{ps}<media media-type=\"image\"><media-caption>图为验收现场。</media-caption></media>"
            f"</body.content></body></nitf>")


def news_item(title: str = TITLE, data: str | None = None, *, created: str = "20030821T173812+0800",
              credit: str = "新华社", media: str = "Text") -> str:
    data = nitf() if data is None else data
    management = f"<NewsManagement><FirstCreated>{created}</FirstCreated></NewsManagement>" if created else ""
    return (f"<NewsItem><Identification><NewsIdentifier><ProviderId>xinhuanet.com</ProviderId>"
            f"<DateId>20030821</DateId></NewsIdentifier></Identification>{management}"
            f"<NewsComponent><NewsLines><HeadLine>{title}</HeadLine><CreditLine>{credit}</CreditLine></NewsLines>"
            f"<ContentItem><MediaType FormalName=\"{media}\"/><Format FormalName=\"NITF\"/>"
            f"<DataContent>{data}</DataContent></ContentItem>"
            f"<NewsComponent><NewsLines><HeadLine>验收现场</HeadLine></NewsLines>"
            f"<ContentItem Href=\"photo.jpg\"><MediaType FormalName=\"Photo\"/></ContentItem></NewsComponent>"
            f"</NewsComponent></NewsItem>")


def newsml(*items: str, encoding: str = "UTF-8", envelope: str = "20030822T080000+0800") -> str:
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n'
            '<!DOCTYPE NewsML SYSTEM "http://www.iptc.org/std/NewsML/1.2/specification/NewsML_1.2.dtd">\n'
            f"<NewsML><NewsEnvelope><DateAndTime>{envelope}</DateAndTime></NewsEnvelope>{''.join(items)}</NewsML>\n")


@pytest.mark.parametrize(
    "value,day",
    [
        ("20030821T173812+0800", "2003-08-21"),
        ("20030821T173812Z", "2003-08-22"),  # 01:38 in Beijing
        ("20030821T2338-0500", "2003-08-22"),
        ("20030821T173812", "2003-08-21"),
        ("20031341T000000+0800", None),
    ],
)
def test_ingest_newsml_basic_format_times(value, day):
    assert str(parse_date(value)) == str(day)


def test_ingest_newsml_one_item_with_nitf_content(tmp_path):
    path = tmp_path / "story.xml"
    path.write_text(newsml(news_item()), encoding="utf-8")
    (article,) = read_file(path)
    assert article.format == "newsml" and article.doc_id == "story.xml"
    assert article.title == TITLE and article.source == "新华社"
    assert article.text.split("\n") == [TITLE, *PARAGRAPHS]  # the photo, its caption and headline left out
    assert str(article.date) == "2003-08-21"


@pytest.mark.parametrize(
    "data,expected",
    [
        ("国家经贸委援建的项目今天通过验收。\n验收组认为项目达到设计要求。",
         ["国家经贸委援建的项目今天通过验收。", "验收组认为项目达到设计要求。"]),
        ("&lt;p&gt;国家经贸委援建的项目今天通过验收。&lt;/p&gt;&lt;p&gt;验收组认为项目达到设计要求。&lt;/p&gt;",
         ["国家经贸委援建的项目今天通过验收。", "验收组认为项目达到设计要求。"]),  # escaped HTML
        ('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>国家经贸委援建的项目今天通过验收。</p>'
         "<p>验收组认为项目达到设计要求。</p></body></html>",
         ["国家经贸委援建的项目今天通过验收。", "验收组认为项目达到设计要求。"]),
    ],
)
def test_ingest_newsml_text_and_html_content(tmp_path, data, expected):
    path = tmp_path / "story.xml"
    path.write_text(newsml(news_item(data=data, created="")), encoding="utf-8")
    (article,) = read_file(path)
    assert article.text.split("\n")[1:] == expected
    assert str(article.date) == "2003-08-22"  # no FirstCreated: the envelope's DateAndTime


def test_ingest_newsml_items_are_articles_and_a_photo_item_is_reported(tmp_path):
    second = "工业和信息化部今天公布第一批工业遗产名单。"
    photo = ("<NewsItem><NewsComponent><NewsLines><HeadLine>图片新闻</HeadLine></NewsLines>"
             '<ContentItem Href="a.jpg"><MediaType FormalName="Photo"/></ContentItem></NewsComponent></NewsItem>')
    path = tmp_path / "bundle.xml"
    path.write_text(newsml(news_item(), photo, news_item("工业遗产名单公布", nitf([second]))), encoding="utf-8")
    problems: list[InputError] = []
    articles = read_file(path, on_error=problems.append)
    assert [a.doc_id for a in articles] == ["bundle.xml#1", "bundle.xml#3"]
    assert [a.title for a in articles] == [TITLE, "工业遗产名单公布"] and second in articles[1].text
    assert len(problems) == 1 and "bundle.xml#2" in str(problems[0])


def test_ingest_newsml_declared_gb2312_with_gbk_characters(tmp_path):
    paragraph = "新华社北京8月21日电 朱镕基总理今天考察了首钢。"  # 镕 is GBK, not GB2312
    path = tmp_path / "story.xml"
    path.write_bytes(newsml(news_item(data=nitf([paragraph])), encoding="GB2312").encode("gb18030"))
    (article,) = read_file(path)
    assert paragraph in article.text


@pytest.mark.parametrize("attrs", ["", ' xmlns="http://iptc.org/std/NITF/2006-10-18/"'])
@pytest.mark.parametrize("name", ["story.xml", "story.nitf", "story.txt"])
def test_ingest_newsml_bare_nitf(tmp_path, attrs, name):
    body = ["国家经贸委援建的日喀则手工业项目今天通过验收。", PARAGRAPHS[1]]
    head = ('<title>日喀则项目验收</title><docdata><date.issue norm="20030821T173812+0800"/>'
            '<doc.copyright holder="新华社"/></docdata>')
    path = tmp_path / name
    path.write_text(nitf(body, head=head, body_head=f"<hedline><hl1>{TITLE}</hl1></hedline>"
                                                    "<dateline>新华社拉萨8月21日电</dateline>", attrs=attrs),
                    encoding="utf-8")
    (article,) = read_file(path)
    assert article.format == "nitf" and article.title == TITLE and article.source == "新华社"
    assert article.text.split("\n") == [TITLE, f"新华社拉萨8月21日电 {body[0]}", body[1]]
    assert str(article.date) == "2003-08-21"


@pytest.mark.parametrize(
    "content,message",
    [
        (newsml("<NewsItem><NewsComponent><NewsLines><HeadLine>图片</HeadLine></NewsLines></NewsComponent></NewsItem>"),
         "NewsML without story text"),
        (newsml(), "NewsML without a NewsItem"),
        (newsml(news_item()).replace("</NewsML>", ""), "not well-formed"),
    ],
)
def test_ingest_newsml_bad_files_name_the_file_and_the_fix(tmp_path, content, message):
    path = tmp_path / "wire.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_file(path)
    assert "wire.xml" in str(err.value) and message in str(err.value)
