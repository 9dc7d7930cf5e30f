"""Plain-text files holding a page's paragraph tags: one line per paragraph, every text kept."""

from __future__ import annotations

import pytest

from kg.ingest import read_file
from kg.ingest.html import flatten_embedded_markup
from kg.nlp import extract_article

PAGE = (
    "更新时间:2026-01-21 23:13 来源:红星资本局\n"
    '<p id="48Q0968K">1月21日消息,在今日举行的国新办新闻发布会上,工业和信息化部介绍了有关情况。</p> '
    '<p id="48Q0968L">会上介绍,近期已经启动第二阶段6G技术试验。</p> '
    '<p id="48Q0968M">此外,今年将以人形机器人为小切口带动具身智能大产业发展。</p> '
    '<p id="48Q0968V">工信部副部长张云明在会上介绍,动力电池等技术处于国际先进水平。</p>\n'
)


def test_ingest_paragraph_tags_in_a_text_file_become_lines(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_file(path)
    assert "<p" not in article.text and "</p>" not in article.text
    assert str(article.date) == "2026-01-21"  # the stamp before the markup is kept
    lines = [line for line in article.text.split("\n") if line.strip()]
    assert any(line.startswith("会上介绍") for line in lines) and any(line.startswith("工信部副部长张云明") for line in lines)


def test_ingest_paragraphs_told_before_the_speaker_are_not_his(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_file(path)
    discussed = {r.o for r in extract_article(article).relations if r.p == "discusses" and r.s == "张云明"}
    assert "动力电池" in discussed
    assert not discussed & {"6G", "人形机器人", "具身智能"}


@pytest.mark.parametrize(
    "text",
    ["工业和信息化部表示，x<y 时要加快发展。", "一段文字<br>只有一个标签。", "价格<p>不是标签的写法</p>。"],
    ids=["comparison", "one-tag", "two-tags"],
)
def test_ingest_text_with_few_tags_is_left_alone(text):
    assert flatten_embedded_markup(text) == text
