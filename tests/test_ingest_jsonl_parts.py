"""A CMS export of one article as JSON Lines part records (meta, title, paragraph, image …), and ordinary JSON Lines
(one article per line) read as before; real files written here."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.ingest import read_file

TITLE = "自治区工信厅召开党组会议传达学习全国两会精神"
FIRST = "3月4日，自治区工业和信息化厅党组书记、厅长主持召开党组会议。"
SECOND = "会议强调，要扎实推进新型工业化，加快建设现代化产业体系。"
THIRD = "厅党组成员、副厅长出席会议。"
META = {"publish_time": "2025-03-05 16:22:35", "site": "内蒙古自治区工业和信息化厅",
        "url": "https://gxt.nmg.gov.cn/zwdt/gzdt/202503/t20250305_1.html", "source": "综合处"}


def export(key: str = "kind", meta: dict | None = None) -> list[dict]:
    """An article as a CMS exports it: parts out of order, a picture and its caption between the paragraphs."""
    return [
        {key: "meta", **(META if meta is None else meta)},
        {key: "title", "text": TITLE},
        {key: "paragraph", "seq": 2, "text": SECOND},
        {key: "image", "seq": 3, "src": "https://gxt.nmg.gov.cn/img/1.jpg"},
        {key: "caption", "seq": 4, "text": "图为会议现场。"},
        {key: "paragraph", "seq": 1, "text": FIRST},
        {key: "paragraph", "seq": 5, "text": f"<strong>{THIRD}</strong>"},
        {key: "footer", "text": "责任编辑：王芳"},
    ]


def write_lines(path, records) -> None:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")


@pytest.mark.parametrize("key", ["kind", "type"])
@pytest.mark.parametrize("name", ["export.ndjson", "export.jsonl"])
def test_ingest_jsonl_parts_joined_into_one_article(tmp_path, key, name):
    path = tmp_path / name
    write_lines(path, export(key))
    problems: list[InputError] = []
    (article,) = read_file(path, on_error=problems.append)
    assert not problems
    assert article.doc_id == name and article.format == "jsonl-parts"
    assert article.text.split("\n") == [TITLE, FIRST, SECOND, THIRD]  # seq order; picture, caption, footer out
    assert article.title == TITLE and str(article.date) == "2025-03-05"
    assert article.site == META["site"] and article.url == META["url"] and article.source == "综合处"


@pytest.mark.parametrize(
    "publish_time,day",
    [
        ("2025-03-05T16:22:35+08:00", "2025-03-05"),
        (1741162955, "2025-03-05"),  # Unix seconds: 2025-03-05 08:22:35 UTC
        (1741162955000, "2025-03-05"),  # milliseconds
        ("1741190400", "2025-03-06"),  # 2025-03-05 16:00 UTC is midnight in Beijing
    ],
)
def test_ingest_jsonl_parts_publish_time(tmp_path, publish_time, day):
    path = tmp_path / "export.ndjson"
    write_lines(path, export(meta={**META, "publish_time": publish_time}))
    (article,) = read_file(path)
    assert str(article.date) == day


def test_ingest_jsonl_parts_without_seq_keep_the_file_order(tmp_path):
    path = tmp_path / "export.ndjson"
    write_lines(path, [{"type": "title", "text": TITLE}, {"type": "paragraph", "text": FIRST},
                       {"type": "subtitle", "text": "一、关于新型工业化"}, {"type": "paragraph", "text": SECOND}])
    (article,) = read_file(path)
    assert article.text.split("\n") == [TITLE, FIRST, "一、关于新型工业化", SECOND]
    assert article.date is None  # no meta: no time given, none made up


def test_ingest_jsonl_parts_bad_line_is_reported_and_the_rest_kept(tmp_path):
    path = tmp_path / "export.ndjson"
    write_lines(path, [*export()[:3], '{"kind": "paragraph", "seq": 9, "text": "断', *export()[3:]])
    problems: list[InputError] = []
    (article,) = read_file(path, on_error=problems.append)
    assert len(problems) == 1 and "export.ndjson:4" in str(problems[0]) and '"kind"' in str(problems[0])
    assert article.text.split("\n") == [TITLE, FIRST, SECOND, THIRD]


def test_ingest_jsonl_parts_without_paragraphs_names_the_file_and_the_fix(tmp_path):
    path = tmp_path / "export.ndjson"
    write_lines(path, [{"kind": "meta", **META}, {"kind": "title", "text": TITLE}, {"kind": "paragraph", "seq": 1},
                       {"kind": "image", "src": "a.jpg"}])
    with pytest.raises(InputError) as err:
        read_file(path)
    assert "export.ndjson" in str(err.value) and "without paragraph text" in str(err.value)
    assert '"text"' in str(err.value)


@pytest.mark.parametrize(
    "records",
    [
        # the classic form: one article per line with a text field
        [{"title": TITLE, "date": "2025-03-05", "text": FIRST + SECOND},
         {"title": "工信部召开新闻发布会", "date": "2025-03-06", "text": THIRD}],
        # a type field that names the article's kind, not a part of it
        [{"type": "news", "title": TITLE, "date": "2025-03-05", "text": FIRST + SECOND},
         {"type": "notice", "title": "工信部召开新闻发布会", "date": "2025-03-06", "text": THIRD}],
        [{"type": "text", "title": TITLE, "date": "2025-03-05", "text": FIRST + SECOND},
         {"type": "text", "title": "工信部召开新闻发布会", "date": "2025-03-06", "text": THIRD}],
    ],
)
def test_ingest_jsonl_parts_one_article_per_line_reads_as_before(tmp_path, records):
    path = tmp_path / "articles.jsonl"
    write_lines(path, records)
    articles = read_file(path)
    assert [a.doc_id for a in articles] == ["articles.jsonl#1", "articles.jsonl#2"]
    assert [a.format for a in articles] == ["jsonl", "jsonl"]
    assert [a.title for a in articles] == [TITLE, "工信部召开新闻发布会"]
    assert [str(a.date) for a in articles] == ["2025-03-05", "2025-03-06"]
    assert articles[0].text == f"{TITLE}\n{FIRST}{SECOND}" and articles[1].text.endswith(THIRD)


def test_ingest_jsonl_parts_odd_values_are_passed_over(tmp_path):
    # numbers, lists and objects where text is expected, a time out of range: no field rather than a crash
    path = tmp_path / "export.ndjson"
    write_lines(path, [{"kind": "meta", "source": 123, "url": ["https://a.cn"], "site": {"name": "x"},
                        "publish_time": 10**20},
                       {"kind": "title", "text": 7}, {"kind": "paragraph", "seq": 1, "text": FIRST}])
    (article,) = read_file(path)
    assert article.text == FIRST and article.title is None  # no title part, and a sentence is no headline
    assert (article.source, article.url, article.site, article.date) == (None, None, None, None)
