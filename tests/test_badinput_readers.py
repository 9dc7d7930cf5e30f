"""Regression tests for hostile input the fuzzers and the bad corpus found (one row per bug fixed)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_file, read_sources
from kg.ingest import reader as reader_module
from kg.ingest.files import display_path
from kg.ingest.html import extract_html
from kg.normalize import normalize

SENTENCE = "工业和信息化部部长金壮龙表示，要加快推进新型工业化。"


@pytest.mark.parametrize(
    "markup",
    [
        "<!-- 广告 --><html><body><p>{s}</p></body></html>",  # a comment before <html> has no parent element
        "</\x01><html\x01><p>{s}</p>",  # control characters inside tags
        "<html><body><p>{s}\x00{s}</p></body></html>",  # NUL: libxml2 refuses the whole string
        "<html><body><p>{s}\ud800</p></body></html>",  # a lone surrogate: lxml cannot encode it
        "<html><body>" + "<div>" * 300 + "<p>{s}</p>" + "</div>" * 300 + "</body></html>",  # past 256 levels
        "<html><body>" + "<span>" * 50_000 + "<p>{s}</p></body></html>",  # past 2,048 levels, never closed
        "<html><body>" + "<div>" * 5_000 + "<script>var a = '<p>x</p>';</script><p>{s}</p></body></html>",
    ],
    ids=["top-comment", "control-in-tags", "nul", "surrogate", "depth-300", "depth-50000-unclosed", "deep-script"],
)
def test_badinput_html_keeps_the_text(markup):
    text = extract_html(markup.format(s=SENTENCE)).text
    assert SENTENCE in text
    assert "var a" not in text
    text.encode("utf-8")


def test_badinput_article_too_long_is_skipped_with_the_fix(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_module, "MAX_ARTICLE_CHARS", 1_000)
    path = tmp_path / "dump.txt"
    path.write_text("标题\n" + SENTENCE * 100, encoding="utf-8")
    with pytest.raises(InputError, match=r"article too long \(2,603 characters; at most 1,000\).*split it"):
        read_file(path)
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"text": SENTENCE * 100}) + "\n" + json.dumps({"text": SENTENCE}) + "\n",
                       encoding="utf-8")
    problems: list[InputError] = []
    (article,) = read_file(records, on_error=problems.append)  # the long record is skipped, the other kept
    assert article.doc_id == "records.jsonl#2"
    assert [p.path for p in problems] == [f"{records}:1"] and "article too long" in problems[0].reason


def test_badinput_file_over_the_size_limit_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_module, "MAX_FILE_BYTES", 1_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("a too large file must not be read"))
    path = tmp_path / "big.html"
    path.write_text("<p>" + SENTENCE * 100 + "</p>", encoding="utf-8")
    with pytest.raises(InputError, match=r"too large for one article \(0\.0 MB; at most 0 MB\)"):
        read_file(path)


def test_badinput_named_pipe_is_skipped_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(InputError, match="not a regular file"):
        read_file(tmp_path / "pipe.txt")


@pytest.mark.parametrize(
    "raw_name,shown",
    [("工业.txt".encode("gbk"), "工业.txt"), (b"\xff\xfe.txt", "\\xff\\xfe.txt"), ("新闻.txt".encode(), "新闻.txt")],
)
def test_badinput_file_names_that_are_not_utf8(tmp_path, raw_name, shown):
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/" + raw_name))
    path.write_text(f"标题\n{SENTENCE}", encoding="utf-8")
    assert display_path(path.name) == shown
    (article,) = read_file(path)
    assert article.doc_id == shown and article.path.endswith(shown)
    json.dumps(article.path, ensure_ascii=False).encode("utf-8")
    empty = Path(os.fsdecode(os.fsencode(tmp_path) + b"/empty-" + raw_name))
    empty.write_bytes(b"")
    _, problems = read_sources([empty])
    assert problems[0].path.endswith("empty-" + shown)
    str(problems[0]).encode("utf-8")


def test_badinput_jsonl_lone_surrogate_escapes_become_replacement_characters(tmp_path):
    path = tmp_path / "records.jsonl"
    record = {"title": "标题\udc80", "text": SENTENCE + "\ud800", "source": "\udfff新华社", "url": "http://x/\ud83d"}
    path.write_text(json.dumps(record) + "\n" + json.dumps({"text": "\ud83d\ude00" + SENTENCE}) + "\n",
                    encoding="utf-8")
    first, second = read_file(path)
    assert first.title == "标题\ufffd" and first.text.endswith(SENTENCE + "\ufffd")
    assert first.source == "\ufffd新华社" and first.url == "http://x/\ufffd"
    assert second.text.startswith("😀")  # a proper surrogate pair is one character, kept


@pytest.mark.parametrize("text", ["\ud800", "國務院\udfff資訊", "家产和信息化部\ud800部长"])
def test_badinput_normalize_lone_surrogates(text):
    normalized = normalize(text, substitutions={"家产": "工业"})
    normalized.text.encode("utf-8")
    assert normalized.text.count("\ufffd") == 1
    assert len(normalized.offsets) == len(normalized.text) + 1
