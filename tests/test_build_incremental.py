"""Incremental builds: unchanged inputs do nothing, new files alone are extracted, a changed or deleted
file replaces or removes exactly its facts, and the result always equals a full build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import api
from kg.errors import KgError
from tests.conftest import write_small_articles


def build(corpus: Path, out: Path, **options) -> dict:
    return api.build([corpus], out, validate=False, **options)


def quads(out: Path) -> bytes:
    return (out / "graph.nq").read_bytes()


def graph_lines(out: Path, article_slug: str) -> list[str]:
    """The quads of one article's named graph."""
    marker = f"<https://w3id.org/ipkg/id/article/{article_slug}> .".encode()
    return [line for line in quads(out).splitlines() if line.endswith(marker)]


def test_build_unchanged_corpus_does_nothing(build_corpus, tmp_path):
    out = tmp_path / "graph"
    first = build(build_corpus, out)
    assert first["extracted"] == 8 and first["reused"] == 0 and not first["up_to_date"]
    stamp = (out / "report.json").stat().st_mtime_ns
    again = build(build_corpus, out)
    assert again["up_to_date"] and again["extracted"] == 0 and again["reused"] == 8
    assert (out / "report.json").stat().st_mtime_ns == stamp
    assert "up to date" in api.format_build_report(again)


def test_build_new_files_alone_are_extracted(build_corpus, tmp_path):
    out = tmp_path / "graph"
    build(build_corpus, out)
    write_small_articles(build_corpus, 10, start=100)
    report = build(build_corpus, out)
    assert report["extracted"] == 10 and report["reused"] == 8
    assert report["articles"] == 18
    full = build(build_corpus, tmp_path / "full", incremental=False)
    assert full["extracted"] == 18
    assert quads(out) == quads(tmp_path / "full")


def test_build_changed_file_replaces_its_facts(build_corpus, tmp_path):
    out = tmp_path / "graph"
    build(build_corpus, out)
    target = build_corpus / "small_002.txt"
    before = graph_lines(out, "small-002")
    assert before
    target.write_text("工业和信息化部部长李乐成表示，将深入实施制造业重点产业链高质量发展行动。\n", encoding="utf-8")
    report = build(build_corpus, out)
    assert report["extracted"] == 1 and report["reused"] == 7
    after = graph_lines(out, "small-002")
    assert after != before
    assert any("li-le-cheng".encode() in line or "li-lecheng".encode() in line for line in after)
    build(build_corpus, tmp_path / "full", incremental=False)
    assert quads(out) == quads(tmp_path / "full")
    for other in ("small-000", "small-001", "small-003"):
        assert graph_lines(out, other) == graph_lines(tmp_path / "full", other)


def test_build_deleted_file_removes_its_named_graph(build_corpus, tmp_path):
    out = tmp_path / "graph"
    build(build_corpus, out)
    assert graph_lines(out, "small-004")
    (build_corpus / "small_004.txt").unlink()
    report = build(build_corpus, out)
    assert report["extracted"] == 0 and report["reused"] == 7 and report["articles"] == 7
    assert graph_lines(out, "small-004") == []
    build(build_corpus, tmp_path / "full", incremental=False)
    assert quads(out) == quads(tmp_path / "full")


def test_build_failed_build_keeps_previous_graph_and_cache(build_corpus, tmp_path, monkeypatch):
    out = tmp_path / "graph"
    build(build_corpus, out)
    previous = quads(out)
    write_small_articles(build_corpus, 2, start=200)
    from kg import shards

    def fail(*args, **kwargs):
        raise KgError("disk full (simulated)")

    monkeypatch.setattr(shards, "write_graph_from_shards", fail)
    with pytest.raises(KgError, match="simulated"):
        build(build_corpus, out)
    monkeypatch.undo()
    assert quads(out) == previous
    assert (out / "cache" / "extractions.sqlite").is_file()
    assert not [p for p in tmp_path.iterdir() if ".building-" in p.name]
    report = build(build_corpus, out)
    assert report["extracted"] == 0 and report["reused"] == 10  # the failed build's extractions were kept


def test_build_removes_stale_staging_of_dead_build(build_corpus, tmp_path):
    out = tmp_path / "graph"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".graph.building-{dead_pid}"
    (stale / "store").mkdir(parents=True)
    alive = tmp_path / f".graph.building-{os.getppid()}"
    alive.mkdir()
    build(build_corpus, out)
    assert not stale.exists()
    assert alive.exists()  # a live process may still own it


def test_build_full_option_extracts_everything(build_corpus, tmp_path):
    out = tmp_path / "graph"
    build(build_corpus, out)
    report = build(build_corpus, out, incremental=False)
    assert report["extracted"] == 8 and not report["up_to_date"]
