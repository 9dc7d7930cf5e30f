"""User mistakes get one clear line (what is wrong, what to do), a non-zero exit and no traceback.

Runs the real ``kg`` command, as a user would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.queries import list_queries

KG = Path(sys.executable).parent / "kg"


def run_kg(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run([str(KG), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def check_error(done: subprocess.CompletedProcess, *expected: str) -> str:
    """The command failed with one error message holding every ``expected`` piece, and no traceback."""
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "Traceback" not in output, output
    assert done.stderr.startswith("error: "), output
    for piece in expected:
        assert piece in done.stderr, f"{piece!r} not in {done.stderr!r}"
    return done.stderr


def has_command(name: str) -> bool:
    return run_kg(name, "--help", cwd=Path.cwd()).returncode == 0


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    (folder / "not-a-graph").mkdir()
    (folder / "not-a-graph" / "notes.txt").write_text("my notes", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "args,expected",
    [
        (["build", "no/such/corpus", "--out", "graph"], ["no/such/corpus: no such file or folder", "check the path"]),
        (["extract", "no/such/corpus", "--out", "x.jsonl"], ["no/such/corpus: no such file or folder"]),
        (["query", "officials-posts", "--graph", "not-a-graph"], ["not-a-graph is not a graph folder", "kg build"]),
        (["query", "officials-posts", "--graph", "no/such/graph"], ["no/such/graph", "kg build"]),
        (["validate", "--graph", "not-a-graph"], ["not-a-graph is not a graph folder", "kg build"]),
        (["query", "officials-posts", "--graph", "{graph}", "--format", "xml"],
         ["unknown format 'xml'", "table, json, csv"]),
    ],
    ids=["build-missing-path", "extract-missing-path", "query-not-a-graph", "query-missing-graph",
         "validate-not-a-graph", "query-unknown-format"],
)
def test_cli_errors_paths_and_options(workdir, sample_graph, args, expected):
    args = [a.replace("{graph}", str(sample_graph)) for a in args]
    check_error(run_kg(*args, cwd=workdir), *expected)
    assert (workdir / "not-a-graph" / "notes.txt").read_text(encoding="utf-8") == "my notes"


def test_cli_errors_unknown_query_lists_the_known_ones(workdir, sample_graph):
    message = check_error(run_kg("query", "officals-posts", "--graph", str(sample_graph), cwd=workdir),
                          "unknown query 'officals-posts'; choose one of:")
    known = list(list_queries(".rq"))
    assert len(known) >= 10
    for name in known:
        assert name in message


@pytest.mark.parametrize(
    "sparql,position",
    [
        ("SELECT ?x WHERE { ?x ?y }", "1:26"),
        ("SELECT ?x WHERE {\n  ?x a ipkg:Official .\n  FILTER(?x = \n}", "error at 4:"),
        ("PREFIX : <http://x/>\nSELECT * WHERE { ?s :p ?o ", "2:"),
    ],
)
def test_cli_errors_malformed_sparql_shows_the_position(workdir, sample_graph, sparql, position):
    check_error(run_kg("query", sparql, "--graph", str(sample_graph), cwd=workdir), "malformed SPARQL", position)


def test_cli_errors_update_is_refused_and_graph_unchanged(workdir, sample_graph):
    before = (sample_graph / "graph.nq").stat().st_mtime_ns
    query = "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"
    done = run_kg("query", query, "--graph", str(sample_graph), cwd=workdir)
    check_error(done)
    after = run_kg("query", "ASK { <http://x/a> ?p ?o }", "--graph", str(sample_graph), "-f", "csv", cwd=workdir)
    assert after.returncode == 0 and after.stdout.split() == ["ask", "false"]
    assert (sample_graph / "graph.nq").stat().st_mtime_ns == before


def test_cli_errors_malformed_cypher_shows_the_position(workdir, sample_graph):
    if not has_command("cypher"):
        pytest.skip("kg cypher does not exist yet")
    message = check_error(run_kg("cypher", "MATCH (n RETURN n", "--graph", str(sample_graph), cwd=workdir), "Cypher")
    assert "line: 1" in message and "offset: 9" in message and "^" in message


def test_cli_errors_unknown_cypher_query_lists_the_known_ones(workdir, sample_graph):
    if not has_command("cypher"):
        pytest.skip("kg cypher does not exist yet")
    message = check_error(run_kg("cypher", "nosuch", "--graph", str(sample_graph), cwd=workdir),
                          "unknown query 'nosuch'; choose one of:")
    for name in list_queries(".cypher"):
        assert name in message


def test_cli_errors_unwritable_output(workdir):
    corpus = Path(__file__).resolve().parent.parent / "data" / "corpus"
    check_error(run_kg("build", str(corpus), "--out", "/proc/kg-graph", cwd=workdir), "/proc/kg-graph")


def test_cli_errors_build_refuses_to_replace_a_folder_it_did_not_build(workdir):
    corpus = Path(__file__).resolve().parent.parent / "data" / "corpus"
    check_error(run_kg("build", str(corpus / "000_3fbe88de0c0c7436.txt"), "--out", "not-a-graph", cwd=workdir),
                "not-a-graph", "not a graph folder")
    assert (workdir / "not-a-graph" / "notes.txt").read_text(encoding="utf-8") == "my notes"
