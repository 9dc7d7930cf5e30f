"""Incremental builds update the previous store by the difference between the old and the new graph.nq.

The updated store must hold exactly the quads and named graphs of a ``--full``
build of the same corpus; a build whose difference is too large, or that
cannot update, loads the store whole; a build killed while it updates leaves
the previous graph (and its store, whose files the update shares) intact.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import api, shards
from kg.stores import oxigraph
from tests.conftest import write_small_articles

ROOT = Path(__file__).resolve().parent.parent
CHANGED_TEXT = "工业和信息化部部长李乐成表示，将深入实施制造业重点产业链高质量发展行动。\n"


def build(corpus: Path, out: Path, **options) -> dict:
    return api.build([corpus], out, validate=False, **options)


def store_state(out: Path) -> tuple[list[bytes], list[str]]:
    """The store's quads (sorted N-Quads lines) and its named graphs (sorted)."""
    store = oxigraph.open_store(out)
    try:
        lines = sorted(store.dump(format=ox.RdfFormat.N_QUADS).splitlines())
        return lines, sorted(str(graph) for graph in store.named_graphs())
    finally:
        del store


def graph_nq_state(out: Path) -> tuple[list[bytes], list[str]]:
    """The quads of graph.nq (sorted lines, as the store dumps them) and its named graphs: what the store must hold."""
    lines = sorted((out / "graph.nq").read_bytes().splitlines())
    quads = ox.parse(path=out / "graph.nq", format=ox.RdfFormat.N_QUADS)
    return lines, sorted({str(q.graph_name) for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)})


@pytest.fixture()
def corpus(build_corpus) -> Path:
    """The build corpus and sixteen more short articles (24 files): a change of a few files is a small part of it."""
    write_small_articles(build_corpus, 16, start=10)
    return build_corpus


def add_files(folder: Path) -> None:
    write_small_articles(folder, 3, start=100)


def change_file(folder: Path) -> None:
    (folder / "small_002.txt").write_text(CHANGED_TEXT, encoding="utf-8")


def delete_file(folder: Path) -> None:
    (folder / "small_004.txt").unlink()


def all_three(folder: Path) -> None:
    add_files(folder)
    change_file(folder)
    delete_file(folder)


@pytest.mark.parametrize("change,extracted,gnu_comm", [
    (add_files, 3, True),
    (change_file, 1, True),
    (delete_file, 0, True),
    (all_three, 4, True),
    (all_three, 4, False),
], ids=["added", "changed", "deleted", "added-changed-deleted", "python-diff"])
def test_build_incremental_store_update_equals_full_build(corpus, tmp_path, monkeypatch, change, extracted, gnu_comm):
    if not gnu_comm:
        which = shards.shutil.which
        monkeypatch.setattr(shards.shutil, "which", lambda name: None if name == "comm" else which(name))
    out = tmp_path / "graph"
    first = build(corpus, out)
    assert first["store_update"] == {"method": "full", "reason": "no previous store and graph.nq to update"}
    before_lines, graphs_before = store_state(out)
    change(corpus)
    report = build(corpus, out)
    assert report["extracted"] == extracted
    update = report["store_update"]
    assert update["method"] == "diff", update
    full = build(corpus, tmp_path / "full", incremental=False)
    assert full["store_update"] == {"method": "full", "reason": "a --full build"}

    lines, graphs = store_state(out)
    full_lines, full_graphs = store_state(tmp_path / "full")
    assert lines == full_lines
    assert graphs == full_graphs
    assert (lines, graphs) == graph_nq_state(tmp_path / "full")
    assert report["store"]["named_graphs"] == full["store"]["named_graphs"] == len(full_graphs)
    assert report["store"]["quads"] == full["store"]["quads"] == len(full_lines)
    assert (out / "graph.nq").read_bytes() == (tmp_path / "full" / "graph.nq").read_bytes()
    assert update["removed"] == len(set(before_lines) - set(lines))
    assert update["added"] == len(set(lines) - set(before_lines))
    assert update["removed"] + update["added"] > 0
    assert update["changed_since_full"] == update["removed"] + update["added"]
    if change in (delete_file, all_three):  # the deleted article's named graph is gone, not left empty
        assert "<https://w3id.org/ipkg/id/article/small-004>" in graphs_before
        assert "<https://w3id.org/ipkg/id/article/small-004>" not in graphs


def test_build_incremental_store_updates_add_up(corpus, tmp_path):
    """Updates of successive builds are counted since the last full load (which a large enough count forces)."""
    out = tmp_path / "graph"
    build(corpus, out)
    add_files(corpus)
    first = build(corpus, out)["store_update"]
    delete_file(corpus)
    second = build(corpus, out)["store_update"]
    assert first["method"] == second["method"] == "diff"
    assert second["changed_since_full"] == first["changed_since_full"] + second["removed"] + second["added"]
    build(corpus, tmp_path / "full", incremental=False)
    assert store_state(out) == store_state(tmp_path / "full")


def many_files(folder: Path, monkeypatch) -> None:
    write_small_articles(folder, 20, start=100)


def updated_enough(folder: Path, monkeypatch) -> None:
    """The previous store was updated by a quarter of its quads since its last full load."""
    report_path = folder.parent / "graph" / "report.json"
    report = json.loads(report_path.read_text(encoding="utf-8"))
    report["store_update"]["changed_since_full"] = int(shards.UPDATE_MAX_SHARE * report["store"]["quads"])
    report_path.write_text(json.dumps(report), encoding="utf-8")
    change_file(folder)


def another_base_iri(folder: Path, monkeypatch) -> None:
    monkeypatch.setenv("KG_BASE_IRI", "https://example.org/kg/")


def older_report(folder: Path, monkeypatch) -> None:
    report_path = folder.parent / "graph" / "report.json"
    report = json.loads(report_path.read_text(encoding="utf-8"))
    del report["base_iri"]
    report_path.write_text(json.dumps(report), encoding="utf-8")
    change_file(folder)


def unsorted_graph(folder: Path, monkeypatch) -> None:
    """The previous graph.nq is out of order (its first two lines swapped)."""
    nquads = folder.parent / "graph" / "graph.nq"
    lines = nquads.read_bytes().splitlines(keepends=True)
    nquads.write_bytes(b"".join([lines[1], lines[0], *lines[2:]]))
    change_file(folder)


def unsorted_graph_without_comm(folder: Path, monkeypatch) -> None:
    which = shards.shutil.which
    monkeypatch.setattr(shards.shutil, "which", lambda name: None if name == "comm" else which(name))
    unsorted_graph(folder, monkeypatch)


def damaged_store(folder: Path, monkeypatch) -> None:
    """The previous store has lost its MANIFEST (it cannot be opened; graph.nq is fine)."""
    for path in (folder.parent / "graph" / "store").glob("MANIFEST-*"):
        path.unlink()
    change_file(folder)


@pytest.mark.parametrize("change,reason", [
    (many_files, "20 of 44 files were extracted (more than 25%)"),
    (updated_enough, "quads differ from the previous graph"),
    (another_base_iri, "another base IRI"),
    (older_report, "another base IRI (or by an older kg)"),
    (unsorted_graph, "comparing with the previous graph.nq failed (comm "),
    (unsorted_graph_without_comm, "graph.nq is not sorted"),
    (damaged_store, "the previous store cannot be copied"),
], ids=["many-files", "updated-enough", "base-iri", "older-report", "unsorted-graph-nq", "unsorted-without-comm",
        "damaged-store"])
def test_build_incremental_store_falls_back_to_a_full_load(corpus, tmp_path, monkeypatch, change, reason):
    out = tmp_path / "graph"
    build(corpus, out)
    change(corpus, monkeypatch)
    report = build(corpus, out)
    assert report["store_update"]["method"] == "full"
    assert reason in report["store_update"]["reason"]
    assert "store loaded whole: " in api.format_build_report(report)
    assert store_state(out) == graph_nq_state(out)


BUILD_THEN_MAYBE_DIE = """
import os, signal, sys
from pathlib import Path
from kg import api, shards

real_add_quads = shards.add_quads

def add_quads_then_die(store, path):
    real_add_quads(store, path)  # the copy of the previous store has lost and gained quads: now die
    os.kill(os.getpid(), signal.SIGKILL)

if sys.argv[3] == "die":
    shards.add_quads = add_quads_then_die
api.build([Path(sys.argv[1])], Path(sys.argv[2]), validate=False)
"""


def build_in_process_of_its_own(corpus: Path, out: Path, then: str) -> subprocess.CompletedProcess:
    # both builds see the same code (the extraction cache is keyed by a fingerprint of it, taken once a process)
    return subprocess.run([sys.executable, "-c", BUILD_THEN_MAYBE_DIE, str(corpus), str(out), then],
                          capture_output=True, cwd=ROOT, env={**os.environ, "NO_COLOR": "1"}, timeout=300)


def test_build_killed_while_updating_the_store_leaves_the_previous_graph(corpus, tmp_path):
    out = tmp_path / "graph"
    assert build_in_process_of_its_own(corpus, out, "live").returncode == 0
    files_before = {name: (out / name).read_bytes() for name in ("graph.nq", "graph.ttl", "report.json")}
    state_before = store_state(out)
    all_three(corpus)
    killed = build_in_process_of_its_own(corpus, out, "die")
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    staging = [p for p in tmp_path.iterdir() if ".building-" in p.name]
    assert staging and (staging[0] / "store.new").is_dir()  # it died in the middle of the update
    assert {name: (out / name).read_bytes() for name in files_before} == files_before
    assert store_state(out) == state_before  # the update shared the previous store's files, and changed none
    assert "金壮龙" in api.query("officials-posts", out, fmt="csv")

    assert build_in_process_of_its_own(corpus, out, "live").returncode == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["store_update"]["method"] == "diff", report["store_update"]
    assert not [p for p in tmp_path.iterdir() if ".building-" in p.name]
    assert store_state(out) == graph_nq_state(out)
