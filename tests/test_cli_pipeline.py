"""The main job through the CLI (typer's test runner): build, query, extract, eval."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory, corpus_dir) -> Path:
    out = tmp_path_factory.mktemp("cli") / "graph"
    result = runner.invoke(app, ["build", str(corpus_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_cli_build_writes_store_exports_and_report(built):
    for name in ("store", "graph.nq", "graph.ttl", "report.json"):
        assert (built / name).exists(), name
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    assert report["articles"] == 5
    assert report["skipped"] == []
    assert report["entities"]["Official"] >= 10
    assert report["relations"]["holdsPost"] >= 15
    assert report["spun_articles"] == ["001_8fdf2b91e3c68389.txt"]


def test_cli_query_named_query_answers_demo_questions(built):
    posts = runner.invoke(app, ["query", "officials-posts", "--graph", str(built), "--format", "csv"])
    assert posts.exit_code == 0, posts.output
    assert re.search(r"金壮龙,部长,工业和信息化部", posts.output)
    sectors = runner.invoke(app, ["query", "program-sectors", "--graph", str(built), "--format", "json"])
    rows = json.loads(sectors.output)
    targets = {r["sector"] for r in rows if r["program"] == "重大技术装备攻关工程"}
    assert {"航空发动机", "燃气轮机", "工业母机"} <= targets


def test_cli_query_unknown_format_lists_choices(built):
    result = runner.invoke(app, ["query", "officials-posts", "--graph", str(built), "--format", "ttl2"])
    assert result.exit_code != 0
    assert "table, json, csv" in result.output


def test_cli_extract_and_eval_round_trip(tmp_path, corpus_dir):
    pred = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["extract", str(corpus_dir), "--out", str(pred)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["doc"] for r in lines) == sorted(p.name for p in corpus_dir.iterdir())
    assert all(set(r) >= {"doc", "date", "entities", "relations"} for r in lines)
    # Scoring a prediction against itself is perfect; against an empty one, zero.
    scores = runner.invoke(app, ["eval", "--gold", str(pred), "--pred", str(pred), "--json"])
    assert json.loads(scores.output)["relations"]["micro"]["f1"] == 1.0
    empty = tmp_path / "empty.jsonl"
    empty.write_text("".join(json.dumps({"doc": r["doc"], "entities": [], "relations": []}) + "\n" for r in lines))
    scores = runner.invoke(app, ["eval", "--gold", str(pred), "--pred", str(empty), "--json"])
    assert json.loads(scores.output)["entities"]["micro"]["recall"] == 0.0


def test_cli_missing_path_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "g")])
    assert result.exit_code != 0
    assert "no such file or folder" in result.output
    assert "Traceback" not in result.output


def _commands(typer_app, prefix=""):
    import typer.main

    group = typer.main.get_group(typer_app)

    def walk(cmd, path):
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                yield from walk(sub, path + [name])
        else:
            yield " ".join(path)

    yield from walk(group, [])


def test_cli_every_command_is_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [cmd for cmd in _commands(app) if f"kg {cmd}" not in readme]
    assert not missing, f"commands not documented in README.md: {missing}"


@pytest.mark.parametrize(
    "argument,message",
    [
        ("./missing.rq", "query file ./missing.rq does not exist"),
        ("missing.rq", "no query is named 'missing'"),
        ("no-such-query", "unknown query"),
    ],
)
def test_cli_query_file_errors_are_clear(built, argument, message):
    result = runner.invoke(app, ["query", argument, "--graph", str(built)])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_cli_query_file_not_utf8(built, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_bytes("SELECT * WHERE { ?s ?p ?o } # 注释".encode("gb18030"))
    result = runner.invoke(app, ["query", str(bad), "--graph", str(built)])
    assert result.exit_code != 0
    assert "not UTF-8" in result.output
