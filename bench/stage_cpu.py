"""CPU seconds of the build stages after extraction (graph shards, store and exports, Cypher database).

    python bench/stage_cpu.py /tmp/bench/corpus-20mb --out /tmp/stage-cpu --workers 2 --runs 3

The first run extracts the corpus into ``OUT/cache``; every later run (and
every run of a later invocation on the same OUT) takes all extractions from
that cache, so only resolve, graph, store, exports and Cypher run. The
extraction fingerprint is frozen for this (edits to kg/nlp or the
dictionaries would otherwise void the cache), and the workers skip their NLP
warm-up, which a build that extracts nothing would spend in the graph stage.
CPU counts this process's threads and its children (the pool workers, sort,
the exports process). To compare two versions, run this script from two
checkouts (``git archive REV kg | tar -x -C DIR``, then ``PYTHONPATH=DIR``
from a folder without a ``kg`` of its own), alternating them: other work on
the machine moves the figures by 10% or more, so report medians.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psutil


def _cpu_children_included() -> float:
    """CPU seconds of this process and of its children, finished and running."""
    mine = resource.getrusage(resource.RUSAGE_SELF)
    done = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = mine.ru_utime + mine.ru_stime + done.ru_utime + done.ru_stime
    for child in psutil.Process().children(recursive=True):
        try:
            times = child.cpu_times()
        except psutil.Error:  # ended between the listing and the reading: counted in RUSAGE_CHILDREN
            continue
        total += times.user + times.system
    return total


def _cpu_self() -> float:
    mine = resource.getrusage(resource.RUSAGE_SELF)
    return mine.ru_utime + mine.ru_stime


def measure_stages(corpus: Path, out: Path, workers: int) -> dict:
    """Build ``corpus`` into ``out`` once, reusing its extraction cache; returns CPU and wall seconds per stage."""
    import kg.incremental
    import kg.parallel

    kg.incremental.extraction_fingerprint = lambda: "bench-stage-cpu"  # keep the cache valid across code edits
    kg.parallel._warm_up = lambda: None  # a full build's graph stage runs on workers warmed by extraction
    from kg import api, shards
    from kg.stores import ladybug

    figures: dict = {}

    def timed(module, name: str, key: str, clock) -> None:
        original = getattr(module, name)

        def wrapper(*args, **kwargs):
            cpu, wall = clock(), time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                figures[f"{key}_cpu"] = round(clock() - cpu, 2)
                figures[f"{key}_wall"] = round(time.perf_counter() - wall, 2)

        setattr(module, name, wrapper)

    start_exports = shards._start_exports

    def exports_measured(*args, **kwargs):
        process = start_exports(*args, **kwargs)
        wait = process.wait

        def wait_measured(*wait_args, **wait_kwargs):
            os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)  # ended, not yet reaped: its times readable
            times = psutil.Process(process.pid).cpu_times()
            figures["exports_cpu"] = round(times.user + times.system, 2)
            return wait(*wait_args, **wait_kwargs)

        process.wait = wait_measured
        return process

    shards._start_exports = exports_measured
    timed(shards, "write_shards", "graph", _cpu_children_included)
    timed(shards, "write_graph_from_shards", "store_and_cypher", _cpu_children_included)
    timed(ladybug, "write_database", "cypher", _cpu_self)  # runs in this process, after the bulk load's threads
    (out / api.REPORT_NAME).unlink(missing_ok=True)  # not "up to date"
    cpu, wall = _cpu_children_included(), time.perf_counter()
    report = api.build([corpus], out, workers=workers)
    figures["total_cpu"] = round(_cpu_children_included() - cpu, 2)
    figures["total_wall"] = round(time.perf_counter() - wall, 2)
    figures["store_cpu"] = round(figures.pop("store_and_cypher_cpu") - figures["cypher_cpu"] - figures.get("exports_cpu", 0), 2)
    figures["extracted"] = report["extracted"]
    figures["peak_rss_mb"] = max(report["peak_rss_mb"].values())
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="graph folder, kept between runs for its cache")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3, help="runs after the one that fills the cache")
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.once:
        print(json.dumps(measure_stages(args.corpus, args.out, args.workers)))
        return
    runs = []
    for _ in range(args.runs + 1):
        # each run in a fresh process: RUSAGE_CHILDREN and the peak RSS only ever grow
        command = [sys.executable, __file__, str(args.corpus), "--out", str(args.out), "--workers", str(args.workers), "--once"]
        line = subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        print(line, flush=True)
        figures = json.loads(line)
        if figures["extracted"] == 0:
            runs.append(figures)
    if runs:
        keys = [k for k in runs[0] if k != "extracted"]
        print("median", json.dumps({k: round(statistics.median(r[k] for r in runs), 2) for k in keys}))


if __name__ == "__main__":
    main()
