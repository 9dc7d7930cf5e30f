"""Crash safety of `kg build`: kill -9 at any point leaves the previous graph complete and queryable.

Real `kg build` processes are killed with SIGKILL at several points of a
build (starting, reading and extracting, writing the RDF store, writing the
Cypher database, validating), found by watching the staging folder
``.<out>.building-<pid>`` fill up. The builds run side by side, each over its
own copy of the previous graph, so the test takes about one build's time.
Each build is incremental where kg build is: it reads data/corpus again (the
previous graph's files, whose extractions it may reuse) plus new copies.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"  # what the previous graph (conftest's sample_graph) was built from
KG = Path(sys.executable).parent / "kg"
COPIES = 3  # copies of data/corpus: 15 articles, a build of several seconds


def kg_command(*args: str) -> list[str]:
    return [str(KG), *args]


def kg_env() -> dict[str, str]:
    return {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}


def query_rows(graph: Path) -> list[str]:
    """The officials-posts rows of ``graph`` as CSV lines (fails the test when the graph cannot be queried)."""
    done = subprocess.run(kg_command("query", "officials-posts", "--graph", str(graph), "-f", "csv"),
                          capture_output=True, text=True, env=kg_env(), timeout=60)
    assert done.returncode == 0, f"{graph} cannot be queried: {done.stderr}"
    return done.stdout.splitlines()


def snapshot(graph: Path) -> dict[str, bytes]:
    """The files of a graph folder that must not change (dumps and report)."""
    return {name: (graph / name).read_bytes() for name in ("graph.nq", "graph.ttl", "report.json")}


def staging_of(out: Path, pid: int) -> Path:
    return out.parent / f".{out.name}.building-{pid}"


@dataclass
class Victim:
    """A build to kill when ``ready`` says its staging folder has reached a point."""

    point: str
    out: Path
    ready: Callable[[float, float | None, list[str] | None], bool]  # see POINTS
    process: subprocess.Popen | None = None
    started: float = 0.0
    killed_with: list[str] | None = None  # what the staging folder held when the kill was sent
    finished_first: bool = False
    staging_seen: float | None = None


def names_in(folder: Path) -> list[str] | None:
    try:
        return sorted(os.listdir(folder))
    except FileNotFoundError:
        return None


def any_named(names: list[str] | None, test) -> bool:
    return names is not None and any(test(n) for n in names)


POINTS = [
    # (point, when to kill: f(seconds since start, seconds since the staging folder appeared, names in it))
    ("starting", lambda t, s, names: t >= 0.3),
    ("reading and extracting",
     lambda t, s, names: s is not None and s >= 1.5 and not any_named(names, lambda n: n.startswith("graph."))),
    ("writing the RDF store", lambda t, s, names: any_named(names, lambda n: n.startswith("store"))),
    ("writing the Cypher database", lambda t, s, names: any_named(names, lambda n: n.startswith("cypher."))),
    ("validating", lambda t, s, names: names is not None and "cypher" in names and "report.json" not in names),
]


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """COPIES copies of data/corpus under varied names."""
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    folder.mkdir()
    for i in range(COPIES):
        for source in sorted((ROOT / "data" / "corpus").iterdir()):
            shutil.copy(source, folder / f"copy{i}_{source.name}")
    return folder


@pytest.fixture(scope="module")
def previous(sample_graph) -> tuple[list[str], dict[str, bytes]]:
    """What the previous graph answers and holds."""
    return query_rows(sample_graph), snapshot(sample_graph)


def test_crash_kill_9_at_every_point_leaves_the_previous_graph(tmp_path, sample_graph, big_corpus, previous):
    rows_before, files_before = previous
    victims = [Victim(point, tmp_path / f"graph-{i}", ready) for i, (point, ready) in enumerate(POINTS)]
    for victim in victims:
        shutil.copytree(sample_graph, victim.out)
        victim.process = subprocess.Popen(kg_command("build", str(CORPUS), str(big_corpus), "--out", str(victim.out)),
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=kg_env())
        victim.started = time.monotonic()
    deadline = time.monotonic() + 180
    waiting = list(victims)
    while waiting and time.monotonic() < deadline:
        for victim in list(waiting):
            now = time.monotonic()
            if victim.process.poll() is not None:
                victim.finished_first = True
                waiting.remove(victim)
                continue
            names = names_in(staging_of(victim.out, victim.process.pid))
            if names is not None and victim.staging_seen is None:
                victim.staging_seen = now
            since_staging = None if victim.staging_seen is None else now - victim.staging_seen
            if victim.ready(now - victim.started, since_staging, names):
                victim.process.send_signal(signal.SIGKILL)
                victim.killed_with = names
                waiting.remove(victim)
        time.sleep(0.003)
    for victim in victims:
        victim.process.kill()  # no-op for the killed ones; ends one that overran the deadline
        victim.process.wait()

    report = {v.point: ("finished before the kill" if v.finished_first else v.killed_with) for v in victims}
    print("kill points (staging folder contents at the kill):", report)
    for victim in victims:
        if victim.finished_first:
            # the point was missed (the build was faster than the poll): the new graph must then be complete
            assert victim.process.returncode == 0, victim.process.stderr.read().decode()
            assert len(query_rows(victim.out)) > 1
            continue
        assert victim.process.returncode == -signal.SIGKILL
        assert query_rows(victim.out) == rows_before, f"killed while {victim.point}: the graph answers differently"
        assert snapshot(victim.out) == files_before, f"killed while {victim.point}: the graph folder changed"
    missed = [v.point for v in victims if v.finished_first]
    assert len(missed) <= 1, f"builds finished before these kill points: {missed}"

    # after the kills, a build of the same folder runs (no stale lock) and swaps in a complete graph
    out = victims[2].out
    done = subprocess.run(kg_command("build", str(CORPUS / "000_3fbe88de0c0c7436.txt"), "--out", str(out)),
                          capture_output=True, text=True, env=kg_env(), timeout=120)
    assert done.returncode == 0, done.stderr
    rows_after = query_rows(out)
    assert rows_after != rows_before and any("金壮龙" in row for row in rows_after)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    if "reused" in report:  # incremental: the killed build left the previous graph's cache usable
        assert report["reused"] == 1, report
    assert not list(tmp_path.glob(".graph-2.building-*")), "the staging folder of the killed build is left"


def test_crash_second_build_on_the_same_output_is_refused(tmp_path, sample_graph, big_corpus, previous):
    rows_before, files_before = previous
    out = tmp_path / "graph"
    shutil.copytree(sample_graph, out)
    first = subprocess.Popen(kg_command("build", str(big_corpus), "--out", str(out)),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=kg_env())
    try:
        deadline = time.monotonic() + 60
        while names_in(staging_of(out, first.pid)) is None:  # the staging folder exists once the lock is held
            assert first.poll() is None and time.monotonic() < deadline, "the first build ended before it started"
            time.sleep(0.01)
        second = subprocess.run(kg_command("build", str(big_corpus), "--out", str(out)),
                                capture_output=True, text=True, env=kg_env(), timeout=60)
        assert first.poll() is None, "the first build must still be running"
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    assert second.returncode != 0
    assert "Traceback" not in second.stderr
    assert second.stderr.startswith(f"error: another kg build is writing {out}"), second.stderr
    assert "wait for it to finish or use another --out" in second.stderr
    # the refused build touched nothing, and the killed one left the previous graph
    assert query_rows(out) == rows_before and snapshot(out) == files_before
