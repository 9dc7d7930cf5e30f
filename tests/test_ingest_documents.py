"""XML feeds and documents (RSS, Atom, Word 2003 XML, flat OpenDocument) and .docx/.odt packages, from real files
written by tests/data/ingest/make_format_fixtures.py."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from kg.cli.pipeline import SOURCES_HELP
from kg.errors import InputError
from kg.ingest import read_file
from kg.ingest.encoding import TEXT_ONLY_FIX
from kg.ingest.reader import SUPPORTED

DATA = Path(__file__).parent / "data" / "ingest"
TITLE = "工业和信息化部召开中小企业数字化转型推进会"
LINES = [
    TITLE,
    "新华社北京3月5日电 工业和信息化部4日在京召开中小企业数字化转型推进会，部署下一阶段重点工作。",
    "工业和信息化部副部长在会上表示，要加快推动中小企业数字化转型，培育一批专精特新“小巨人”企业。",
    "会议指出，各地工业和信息化主管部门要完善公共服务体系，降低中小企业数字化转型成本。",
]
LEFT_OUT = ["批注", "页眉", "第1页", "已删除", "HYPERLINK", "脚注", "会议现场照片", "<", "&"]


@pytest.mark.parametrize(
    "name,fmt,extra",
    [
        ("wordml_2003.xml", "wordml", ["单位", "工业和信息化部"]),  # a table: one line per cell paragraph
        ("document.docx", "docx", ["图：会议现场"]),  # a text box, once (not again from its VML fallback)
        ("document.fodt", "fodt", ["联系电话：  010-00000000\t传真"]),  # text:s c=2 and text:tab
        ("document.odt", "odt", ["联系电话：  010-00000000\t传真"]),
    ],
)
def test_ingest_documents_one_line_per_paragraph(name, fmt, extra):
    (article,) = read_file(DATA / name)
    lines = article.text.split("\n")
    assert article.format == fmt and article.title == TITLE
    # the runs of a paragraph are joined (the fixtures cut every paragraph into runs of 2-6 characters)
    for line in LINES[1:]:
        assert any(got.startswith(line) for got in lines), (line, lines)
    assert lines[0] == TITLE
    for line in extra:
        assert line in lines
    assert article.text.count("图：会议现场") <= 1
    for word in LEFT_OUT:
        assert word not in article.text, word
    # a dateline without a year and no page date: no date (a document's creation time is not a publication date)
    assert article.date is None and article.source == "新华社"


def test_ingest_documents_tracked_insertion_kept():
    for name in ("wordml_2003.xml", "document.docx"):
        (article,) = read_file(DATA / name)
        assert LINES[2] + "（新增）" in article.text.split("\n")


def test_ingest_documents_rss_items_are_articles():
    problems = []
    articles = read_file(DATA / "news.rss", on_error=problems.append)
    assert [a.doc_id for a in articles] == ["news.rss#1", "news.rss#2"]
    first, second = articles
    assert first.format == "feed" and first.title == TITLE and first.url.endswith("art_0305.html")
    assert first.text.split("\n")[1:4] == LINES[1:]  # content:encoded (HTML) wins over the short description
    assert "<p>" not in first.text and "责任编辑" not in first.text
    assert second.text.split("\n") == ["工信部发布2024年工业互联网试点示范名单",
                                       "工业和信息化部日前公布2024年工业互联网试点示范项目名单，共有二百余个项目入选。",
                                       "工业和信息化部信息通信管理局负责人介绍，试点示范覆盖原材料、装备、消费品等重点行业。"]
    assert str(second.date) == "2024-02-28" and second.date_source == "feed"  # 20:15 GMT on the 27th, in Beijing
    (problem,) = problems  # the third item has no text: reported, the others kept
    assert problem.path.endswith("news.rss#3") and "no article text" in problem.reason


def test_ingest_documents_atom_entries():
    first, second = read_file(DATA / "news.atom")
    assert first.text.split("\n") == LINES and first.url.endswith("art_0305.html")
    assert second.text.startswith("工信部发布2024年工业互联网试点示范名单\n工业和信息化部日前公布")
    assert str(second.date) == "2024-02-28"  # published, not updated


@pytest.mark.parametrize("source,saved_as", [("news.rss", "feed.txt"), ("news.atom", "feed"),
                                             ("wordml_2003.xml", "notice.txt"), ("document.fodt", "notice"),
                                             ("document.docx", "notice.bin"), ("document.odt", "notice.doc")])
def test_ingest_documents_sniffed_by_content(tmp_path, source, saved_as):
    shutil.copy(DATA / source, tmp_path / saved_as)
    articles = read_file(tmp_path / saved_as)
    assert articles and articles[0].format == read_file(DATA / source)[0].format
    assert LINES[1] in articles[0].text


def test_ingest_documents_malformed_feed_still_read(tmp_path):
    path = tmp_path / "broken.rss"  # an unescaped & and an HTML entity XML does not know, as sites publish
    path.write_text('<?xml version="1.0" encoding="gb2312"?><rss version="2.0"><channel><title>A & B</title><item>'
                    f"<title>{TITLE}&nbsp;</title><description>{LINES[1]}</description></item></channel></rss>",
                    encoding="gb2312")
    (article,) = read_file(path)
    assert LINES[1] in article.text and article.title.startswith(TITLE)


def test_ingest_documents_xhtml_with_declaration_is_html(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
                    f"<title>{TITLE}</title></head><body><p>{LINES[1]}</p></body></html>", encoding="utf-8")
    (article,) = read_file(path)
    assert article.format == "html" and LINES[1] in article.text


def _zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    "name,content,reason,fix",
    [
        ("unknown_root.xml", None, "XML of an unknown kind (root element <config>)", "RSS and Atom feeds"),
        ("bad.xml", b'<?xml version="1.0"?><w:wordDocument xmlns:w="x"><w:body>', "not well-formed", "re-save"),
        ("empty.rss", b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
         "feed without items", "<item>"),
        ("photos.zip", {"a.jpg": "x"}, "binary file (ZIP archive, not a Word .docx or OpenDocument .odt", "unpack it"),
        ("sheet.ods", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"},
         "(application/vnd.oasis.opendocument.spreadsheet", "save the document as .docx, .odt, text or HTML"),
        ("cut.docx", b"PK\x03\x04\x14\x00\x06\x00", "cannot be opened", "save the document as text"),
        ("empty_body.fodt", b'<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
         b"<office:body><office:spreadsheet/></office:body></office:document>", "holds: spreadsheet", ".odt, .fodt"),
    ],
)
def test_ingest_documents_errors_name_the_file_and_the_fix(tmp_path, name, content, reason, fix):
    if content is None:
        path = DATA / name
    elif isinstance(content, dict):
        path = _zip(tmp_path / name, content)
    else:
        path = tmp_path / name
        path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_file(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and reason in message and fix in message, message


@pytest.mark.parametrize("suffix", [".mht", ".xml", ".rss", ".atom", ".fodt", ".docx", ".odt", ".srt", ".vtt"])
def test_ingest_documents_formats_named_in_help_and_fixes(suffix):
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for text in (SUPPORTED, TEXT_ONLY_FIX, SOURCES_HELP, readme):
        assert suffix in text
