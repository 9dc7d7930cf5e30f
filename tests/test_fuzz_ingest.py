"""Fuzzing the readers: any bytes, text or markup gives Articles or an InputError, never another exception.

Budgets are fixed and derandomized (see tests/fuzzing.py), so CI runs the same cases every time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fuzzing import (
    any_bytes,
    any_text,
    assert_encodable,
    fuzz_settings,
    giant_line,
    html_text,
    json_records,
    nested_html,
)
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import decode_bytes, parse_date, read_file
from kg.ingest.html import extract_html
from kg.ingest.text import find_text_metadata, strip_page_furniture

SUFFIXES = (".txt", ".html", ".md", ".jsonl", "")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    """One folder for the fuzz files (hypothesis reruns a test body many times; a module fixture is safe)."""
    return tmp_path_factory.mktemp("fuzz")


def check_read(path: Path) -> list:
    """read_file either returns good Articles or raises InputError; bad JSON Lines records are reported."""
    problems: list = []
    try:
        articles = read_file(path, on_error=problems.append)
    except InputError as err:
        assert err.reason, "an InputError must say what is wrong"
        assert_encodable(str(err))
        return []
    for problem in problems:
        assert isinstance(problem, InputError)
        assert_encodable(str(problem))
    for article in articles:
        assert article.text.strip(), "an article without text must be an InputError instead"
        assert_encodable(article.doc_id, article.path, article.text, article.title, article.source, article.url)
    return articles


@fuzz_settings(max_examples=300)
@given(raw=any_bytes)
def test_fuzz_decode_bytes_returns_text_or_input_error(raw):
    try:
        text, codec = decode_bytes(raw, "fuzz.txt")
    except InputError as err:
        assert err.fix, "a decoding error must say how to fix it"
        return
    assert isinstance(text, str) and codec
    assert_encodable(text)


@fuzz_settings(max_examples=250)
@given(raw=any_bytes, suffix=st.sampled_from(SUFFIXES))
def test_fuzz_read_file_any_bytes(scratch, raw, suffix):
    path = scratch / f"bytes{suffix}"
    path.write_bytes(raw)
    check_read(path)


@fuzz_settings(max_examples=200)
@given(text=st.one_of(any_text, html_text), suffix=st.sampled_from(SUFFIXES))
def test_fuzz_read_file_any_text(scratch, text, suffix):
    path = scratch / f"text{suffix}"
    # surrogatepass writes lone surrogates as the invalid UTF-8 a broken exporter produces
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    check_read(path)


@fuzz_settings(max_examples=150)
@given(markup=html_text)
def test_fuzz_extract_html_unbalanced_markup(markup):
    page = extract_html(markup)
    assert isinstance(page.text, str)


@fuzz_settings(max_examples=12)
@given(markup=nested_html())
def test_fuzz_extract_html_deep_nesting_keeps_the_text(markup):
    page = extract_html(markup)
    if "推进新型工业化" in markup:
        assert "推进新型工业化" in page.text


@fuzz_settings(max_examples=10)
@given(line=giant_line(), suffix=st.sampled_from((".txt", ".html", ".md")))
def test_fuzz_read_file_giant_line(scratch, line, suffix):
    path = scratch / f"giant{suffix}"
    path.write_text(line, encoding="utf-8")
    check_read(path)


@fuzz_settings(max_examples=200)
@given(records=st.lists(json_records, min_size=1, max_size=4), junk=st.lists(any_text, max_size=2))
def test_fuzz_read_jsonl_records(scratch, records, junk):
    path = scratch / "records.jsonl"
    lines = [json.dumps(r, ensure_ascii=bool(i % 2)) for i, r in enumerate(records)] + junk
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    articles = check_read(path)
    assert len(articles) <= len(records) + len(junk)


@fuzz_settings(max_examples=300)
@given(value=st.one_of(any_text, st.integers(), st.floats(), st.none(), st.dates(), st.datetimes()))
def test_fuzz_parse_date_returns_date_or_none(value):
    parse_date(value)


@fuzz_settings(max_examples=200)
@given(text=any_text)
def test_fuzz_text_metadata_and_furniture(text):
    find_text_metadata(text)
    find_text_metadata(text, first_line_title=False)
    # furniture is cut only at the end: what is left is the start of the text
    assert text.startswith(strip_page_furniture(text))
