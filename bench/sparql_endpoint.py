"""Benchmark: the named queries over HTTP (kg serve) next to the same queries on the embedded store.

Builds a graph of at least a million quads, serves it with ``kg serve``, and
reports for each query of ``queries/*.rq``: rows, median latency embedded
(``kg.queries.run_sparql`` on the pyoxigraph store, as ``kg query`` runs it),
over HTTP through ``kg serve``, and straight to ``oxigraph serve-read-only``
(the engine without the proxy, to show what the proxy costs), and throughput
with several concurrent clients. Latency is "rows in hand": the HTTP figures
include reading and parsing the JSON answer.

The graph: the sample corpus is built once with ``kg.api.build``, then its
articles are copied (new article and evidence IRIs, same officials,
organizations and programmes) until the dataset holds ``--quads`` quads, as a
corpus that grows by articles about the same entities would.

    .venv/bin/python bench/sparql_endpoint.py              # about 3 minutes
    .venv/bin/python bench/sparql_endpoint.py --graph /tmp/bench-graph --seconds 2
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from kg.config import base_iri  # noqa: E402
from kg.queries import list_queries, run_sparql  # noqa: E402


def build_graph(folder: Path, target_quads: int) -> int:
    """Write a graph folder (store/ and report.json) of at least ``target_quads`` quads; returns the count."""
    import pyoxigraph as ox

    from kg import api

    sample = Path(tempfile.mkdtemp(prefix="bench-sample-")) / "graph"
    api.build([ROOT / "data" / "corpus"], sample, progress=False, validate=False)
    quads = list(ox.parse(path=str(sample / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    base = base_iri()
    copied = (f"{base}article/", f"{base}evidence/")

    def copy(term, suffix: str):
        if isinstance(term, ox.NamedNode) and term.value.startswith(copied):
            return ox.NamedNode(term.value + suffix)
        return term

    folder.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(folder / "store"))
    store.bulk_extend(quads)
    replica = 0
    while len(store) < target_quads:
        replica += 1
        suffix = f"-copy{replica}"
        store.bulk_extend(
            ox.Quad(copy(q.subject, suffix), q.predicate, copy(q.object, suffix), copy(q.graph_name, suffix))
            for q in quads
        )
    store.optimize()
    count = len(store)
    store.flush()
    del store
    gc.collect()
    (folder / "report.json").write_text(json.dumps({"store": {"quads": count}, "copies": replica}), encoding="utf-8")
    return count


def start(command: list[str], pattern: str, stream: str = "stdout") -> tuple[subprocess.Popen, str]:
    """Start a server process and wait for the line that gives its URL."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    source = process.stdout if stream == "stdout" else process.stderr
    other = process.stderr if stream == "stdout" else process.stdout
    threading.Thread(target=lambda: [None for _ in other], daemon=True).start()  # drain the request log
    for line in source:
        found = re.search(pattern, line)
        if found:
            threading.Thread(target=lambda: [None for _ in source], daemon=True).start()
            return process, found.group(1)
    raise SystemExit(f"{command[0]} did not start (exit {process.wait()})")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(10)


def http_rows(client: httpx.Client, url: str, text: str) -> int:
    response = client.post(url, data={"query": text}, headers={"Accept": "application/sparql-results+json"})
    response.raise_for_status()
    payload = response.json()
    return 1 if "boolean" in payload else len(payload["results"]["bindings"])


def timed(run) -> tuple[float, int]:
    """(milliseconds, rows) of one call of ``run``."""
    started = time.perf_counter()
    rows = run()
    return (time.perf_counter() - started) * 1000, rows


def median_ms(run, runs: int, rows: int) -> float:
    """Median time of ``runs`` calls after one warm-up; every call must give ``rows`` rows."""
    timings = []
    for index in range(runs + 1):
        elapsed, got = timed(run)
        if got != rows:
            raise SystemExit(f"{got} rows instead of {rows}: the answers differ")
        if index:  # the first call warms caches and connections
            timings.append(elapsed)
    return statistics.median(timings)


def throughput(make_runner, clients: int, seconds: float) -> float:
    """Queries per second completed by ``clients`` threads, each calling its own runner for ``seconds``."""
    done = [0] * clients
    stop_at = time.perf_counter() + seconds

    def work(index: int) -> None:
        run = make_runner()
        while time.perf_counter() < stop_at:
            run()
            done[index] += 1

    threads = [threading.Thread(target=work, args=(i,)) for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / (time.perf_counter() - started)


def measure(name: str, text: str, store, endpoints: dict[str, str], args) -> dict:
    """Latency (median) and throughput of one query embedded, through kg serve and on oxigraph alone."""
    clients = {label: httpx.Client(timeout=None) for label in endpoints}
    runners = {label: (lambda client=clients[label], url=url: http_rows(client, url, text)) for label, url in endpoints.items()}
    runners["embedded"] = lambda: len(run_sparql(store, text)[1])
    try:
        started = time.perf_counter()
        response = clients["kg serve"].post(endpoints["kg serve"], data={"query": text}, headers={"Accept": "application/json"})
        first_ms = (time.perf_counter() - started) * 1000
        if response.status_code == 503:  # past kg serve's time limit; an embedded query could not be stopped
            return {"query": name, "note": f"over the {args.limit:g} s limit"}
        response.raise_for_status()
        rows = len(response.json()["results"]["bindings"])
        figures = {"query": name, "rows": rows}
        if first_ms > 2000:  # slow: one timed run per mode (the first above for kg serve), no load
            figures["kg serve_ms"] = first_ms
            for label in ("embedded", "oxigraph alone"):
                figures[f"{label}_ms"], got = timed(runners[label])
                if got != rows:
                    raise SystemExit(f"{name}: {label} gives {got} rows, kg serve {rows}")
            return figures
        for label in ("embedded", "kg serve", "oxigraph alone"):
            figures[f"{label}_ms"] = median_ms(runners[label], args.runs, rows)
        for label, url in endpoints.items():

            def http_runner(url=url):
                client = httpx.Client(timeout=None)
                return lambda: http_rows(client, url, text)

            figures[f"{label}_qps"] = throughput(http_runner, args.clients, args.seconds)
        figures["embedded_qps"] = throughput(lambda: runners["embedded"], args.clients, args.seconds)
        return figures
    finally:
        for client in clients.values():
            client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, help="graph folder to use (built there when it has no store/)")
    parser.add_argument("--quads", type=int, default=1_000_000, help="size of the graph to build (default 1,000,000)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per query for the median (default 7)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients for throughput (default 4)")
    parser.add_argument("--seconds", type=float, default=3.0, help="seconds of load per query and mode (default 3)")
    parser.add_argument("--limit", type=float, default=60.0,
                        help="time limit of one query in seconds (kg serve --timeout); slower queries are reported, "
                             "not measured (default 60)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()

    import pyoxigraph as ox

    graph = args.graph or Path(tempfile.mkdtemp(prefix="bench-endpoint-")) / "graph"
    started = time.perf_counter()
    if not (graph / "store" / "CURRENT").exists():
        count = build_graph(graph, args.quads)
        print(f"built {graph}: {count:,} quads in {time.perf_counter() - started:.0f} s", flush=True)
    store = ox.Store.read_only(str(graph / "store"))
    count = len(store)
    print(f"graph {graph}: {count:,} quads", flush=True)

    kg = Path(sys.executable).parent / "kg"
    oxigraph = Path(sys.executable).parent / "oxigraph"
    served, base = start([str(kg), "serve", "--graph", str(graph), "--port", "0", "--timeout", str(args.limit),
                          "--max-result-mb", "1024"], r"SPARQL endpoint: (http://\S+/)sparql")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    engine, engine_url = start([str(oxigraph), "serve-read-only", "--location", str(graph / "store"),
                                "--bind", f"127.0.0.1:{port}"], r"Listening for requests at (http://\S+)", stream="stderr")
    endpoints = {"kg serve": base + "sparql", "oxigraph alone": engine_url.rstrip("/") + "/query"}
    rows_out = []
    try:
        for name, path in list_queries(".rq").items():
            text = path.read_text(encoding="utf-8")
            figures = measure(name, text, store, endpoints, args)
            rows_out.append(figures)
            print(f"{name}: {json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in figures.items()})}",
                  flush=True)
    finally:
        stop(served)
        stop(engine)

    print()
    print(f"{count:,} quads; median of {args.runs} runs; throughput with {args.clients} concurrent clients "
          f"for {args.seconds:g} s")
    print()
    print("| query | rows | embedded ms | kg serve ms | oxigraph alone ms | embedded q/s | kg serve q/s "
          "| oxigraph alone q/s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    keys = ("embedded_ms", "kg serve_ms", "oxigraph alone_ms", "embedded_qps", "kg serve_qps", "oxigraph alone_qps")
    for f in rows_out:
        cells = [f.get(key) for key in keys]
        shown = " | ".join("—" if c is None else f"{c:.1f}" for c in cells)
        print(f"| {f['query']} | {f.get('rows', f.get('note'))} | {shown} |")
    if args.json:
        args.json.write_text(json.dumps({"quads": count, "runs": args.runs, "clients": args.clients,
                                         "queries": rows_out}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
