"""What a killed or failed build leaves behind is cleaned up or put back, and one bad article stops nothing.

These need the kg/api.py changes proposed in the reliability report
(atomic swap with RENAME_EXCHANGE, recovery of interrupted swaps, removal of
leftover staging folders, per-article extraction failures reported as
skipped files). Until kg.api has them (``recover_interrupted_builds``, the
``skipped`` argument of ``extract_articles``) they are marked as expected
failures and not run; they run as soon as it does.
"""

from __future__ import annotations

import inspect
import json
import os
import shutil
from pathlib import Path

import pytest

from kg import api

ROOT = Path(__file__).resolve().parent.parent
ONE_ARTICLE = ROOT / "data" / "corpus" / "000_3fbe88de0c0c7436.txt"
needs_recovery = pytest.mark.xfail(
    not hasattr(api, "recover_interrupted_builds"), run=False,
    reason="kg/api.py does not recover interrupted builds yet (see the reliability report)")
needs_isolation = pytest.mark.xfail(
    "skipped" not in inspect.signature(api.extract_articles).parameters, run=False,
    reason="kg/api.py does not isolate per-article extraction failures yet (see the reliability report)")


def rows_of(graph: Path) -> str:
    return api.query("officials-posts", graph, fmt="csv")


@needs_recovery
def test_crash_recovery_old_graph_left_by_a_killed_swap_is_put_back(tmp_path, sample_graph):
    out = tmp_path / "graph"
    aside = tmp_path / ".graph.old-4242"  # killed between "out -> old" and "staging -> out"
    shutil.copytree(sample_graph, aside)
    (tmp_path / ".graph.building-4242").mkdir()  # and its staging folder, half written
    expected = rows_of(aside)
    # the next build finds the graph put back (and replaces it with its own)
    api.build([ONE_ARTICLE], out)
    assert not aside.exists() and not (tmp_path / ".graph.building-4242").exists()
    assert rows_of(out) != expected and "金壮龙" in rows_of(out)


def _dead_pids(n: int) -> list[int]:
    """Process ids no process can have: above the kernel's pid_max (a small fixed pid such as 111 may be a live
    kernel thread on the machine running the tests)."""
    try:
        pid_max = int(Path("/proc/sys/kernel/pid_max").read_text())
    except (OSError, ValueError):
        pid_max = 4_194_304  # Linux's highest pid_max
    return [pid_max + 1 + k for k in range(n)]


@needs_recovery
def test_crash_recovery_leftover_staging_folders_are_removed(tmp_path, sample_graph):
    out = tmp_path / "graph"
    shutil.copytree(sample_graph, out)
    for pid in _dead_pids(2):
        staging = tmp_path / f".graph.building-{pid}"
        (staging / "store.new").mkdir(parents=True)
        (staging / "graph.nq").write_text("half", encoding="utf-8")
    api.build([ONE_ARTICLE], out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph"]


@needs_recovery
def test_crash_recovery_swap_is_one_atomic_exchange(tmp_path, sample_graph, monkeypatch):
    """While a build swaps, the graph folder never disappears: no plain rename of the old graph happens."""
    out = tmp_path / "graph"
    shutil.copytree(sample_graph, out)
    renamed: list[tuple[str, str]] = []
    real_rename = os.rename

    def watching_rename(src, dst, *args, **kwargs):
        renamed.append((Path(src).name, Path(dst).name))
        return real_rename(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "rename", watching_rename)
    api.build([ONE_ARTICLE], out)
    assert [r for r in renamed if r[0] == "graph"] == [], f"the graph folder was renamed away: {renamed}"
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["articles"] == 1


@needs_isolation
def test_crash_recovery_one_failing_article_is_skipped_whole(tmp_path, monkeypatch):
    import kg.nlp

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in sorted((ROOT / "data" / "corpus").iterdir())[:3]:
        shutil.copy(source, corpus / source.name)
    real_extract = kg.nlp.extract_article
    victim = sorted(p.name for p in corpus.iterdir())[1]

    def failing_extract(article, *args, **kwargs):
        if article.doc_id == victim:
            raise ValueError("the pipeline met something it did not expect")
        return real_extract(article, *args, **kwargs)

    monkeypatch.setattr(kg.nlp, "extract_article", failing_extract)
    report = api.build([corpus], tmp_path / "graph")
    assert report["articles"] == 2
    (skipped,) = report["skipped"]
    assert skipped["path"].endswith(victim) and "extraction failed (ValueError" in skipped["reason"]
    assert skipped["fix"]
    quads = (tmp_path / "graph" / "graph.nq").read_text(encoding="utf-8")
    assert f'"{victim}"' not in quads  # nothing of the failed article, not even its file name
