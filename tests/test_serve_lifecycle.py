"""kg serve starts and stops cleanly, enforces its limits, and says clearly why it cannot start."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from test_serve_protocol import COUNT_QUERY, FACTS, IPKG, JIN, MIIT, json_rows, write_graph_folder

pytestmark = pytest.mark.slow

KG = str(Path(sys.executable).parent / "kg")
TIMEOUT_S = 1.0

# Never finishes in time. The first kind streams and the engine's own timeout cuts it (HTTP 200 and a truncated
# body from oxigraph alone); the other two never look at the engine's timeout.
ENDLESS_QUERIES = {
    "cross join, streamed": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l "
    "FILTER (STRLEN(CONCAT(STR(?c), STR(?f), STR(?i), STR(?l))) < 4) }",
    "cross join, counted": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }",
    "joined VALUES": "SELECT (COUNT(*) AS ?n) WHERE { "
    + " ".join(f"VALUES ?v{i} {{ 1 2 3 4 5 6 7 8 9 10 }}" for i in range(9)) + " }",
}


def many_facts(count: int):
    return [(f"{IPKG}s{i}", f"{IPKG}p{i % 7}", (f"事实 {i}", "zh"), [""]) for i in range(count)]


@pytest.fixture(scope="module")
def busy_graph(tmp_path_factory) -> Path:
    return write_graph_folder(tmp_path_factory.mktemp("busy") / "graph", [*FACTS, *many_facts(300)])


@pytest.fixture(scope="module")
def limited_server(start_kg_serve, busy_graph):
    served = start_kg_serve(busy_graph, "--timeout", str(TIMEOUT_S), "--max-result-mb", "0.01")
    yield served
    assert served.stop() == 0


@pytest.mark.parametrize("kind", list(ENDLESS_QUERIES))
def test_serve_enforces_the_time_limit(limited_server, kind):
    started = time.monotonic()
    response = httpx.post(limited_server.sparql_url, data={"query": ENDLESS_QUERIES[kind]},
                          headers={"Accept": "application/sparql-results+json"}, timeout=30)
    elapsed = time.monotonic() - started
    assert response.status_code == 503, response.text[:300]
    assert "time limit" in response.text and "--timeout" in response.text
    assert TIMEOUT_S <= elapsed < TIMEOUT_S + 1.0
    # The endpoint still answers at once.
    response = httpx.post(limited_server.sparql_url, data={"query": f"ASK {{ <{JIN}> ?p <{MIIT}> }}"},
                          headers={"Accept": "application/json"}, timeout=5)
    assert response.json()["boolean"] is True


def test_serve_replaces_an_engine_stuck_on_an_abandoned_query(start_kg_serve, busy_graph):
    served = start_kg_serve(busy_graph, "--timeout", str(TIMEOUT_S))
    before = served.engine_pids()
    assert len(before) == 1
    response = httpx.post(served.sparql_url, data={"query": ENDLESS_QUERIES["joined VALUES"]}, timeout=30)
    assert response.status_code == 503
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:  # replaced after the grace period, the old one stopped one time limit later
        pids = served.engine_pids()
        if len(pids) == 1 and pids != before:
            break
        time.sleep(0.2)
    assert len(pids) == 1 and pids != before, pids
    assert any("restarted the SPARQL engine" in line for line in served.stderr)
    assert served.stop() == 0


def test_serve_bounds_the_answer_size(limited_server):
    response = httpx.post(limited_server.sparql_url, data={"query": "SELECT * WHERE { ?s ?p ?o }"}, timeout=10)
    assert response.status_code == 507
    assert "--max-result-mb" in response.text
    small = httpx.post(limited_server.sparql_url, data={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"},
                       headers={"Accept": "application/json"}, timeout=10)
    assert small.status_code == 200 and len(small.json()["results"]["bindings"]) == 3


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_serve_stops_cleanly_on_signals(start_kg_serve, busy_graph, signum):
    served = start_kg_serve(busy_graph)
    engines = served.engine_pids()
    assert len(engines) == 1
    started = time.monotonic()
    assert served.stop(signum) == 0
    assert time.monotonic() - started < 5
    assert not Path(f"/proc/{engines[0]}").exists() or "zombie" in Path(f"/proc/{engines[0]}/status").read_text()
    assert any("stopped" in line for line in served.stderr)
    with pytest.raises(httpx.ConnectError):
        httpx.get(served.base_url, timeout=2)


def run_kg_serve(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([KG, "serve", *args], capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)


def test_serve_port_taken_is_a_clear_error(start_kg_serve, busy_graph):
    served = start_kg_serve(busy_graph)
    port = served.base_url.rsplit(":", 1)[1].strip("/")
    result = run_kg_serve("--graph", str(busy_graph), "--port", port)
    assert result.returncode == 1
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr and "--port" in result.stderr
    assert "Traceback" not in result.stderr
    served.stop()


def test_serve_missing_graph_is_a_clear_error(tmp_path):
    result = run_kg_serve("--graph", str(tmp_path / "graph"))
    assert result.returncode == 1
    assert f"no graph folder at {tmp_path / 'graph'}" in result.stderr and "kg build" in result.stderr


def test_serve_graph_left_aside_by_a_killed_swap_is_a_clear_error(tmp_path):
    (tmp_path / ".graph.old-4242" / "store").mkdir(parents=True)
    result = run_kg_serve("--graph", str(tmp_path / "graph"))
    assert result.returncode == 1
    assert ".graph.old-4242" in result.stderr and "run kg build again" in result.stderr


def test_serve_folder_without_store_is_a_clear_error(tmp_path):
    (tmp_path / "graph").mkdir()
    (tmp_path / "graph" / "graph.nq").write_text("")
    result = run_kg_serve("--graph", str(tmp_path / "graph"))
    assert result.returncode == 1
    assert "is not a graph folder built by kg build (no store/" in result.stderr


@pytest.mark.parametrize("marker", ["graph/.building", ".graph.building-{pid}", ".graph.lock"])
def test_serve_graph_being_built_is_a_clear_error(tmp_path, marker):
    """What kg build leaves while it runs (its staging folder, its lock naming its pid), or a .building file."""
    (tmp_path / "graph").mkdir()
    path = tmp_path / marker.format(pid=os.getpid())  # this test's own pid stands for a live build
    if marker.endswith("}"):
        path.mkdir()
    else:
        path.write_text(str(os.getpid()))
    result = run_kg_serve("--graph", str(tmp_path / "graph"))
    assert result.returncode == 1
    assert "is still being built" in result.stderr and "when kg build has finished" in result.stderr


def test_serve_graph_of_a_finished_build_is_not_reported_as_being_built(tmp_path):
    (tmp_path / "graph").mkdir()
    (tmp_path / ".graph.lock").write_text("999999999")  # a stale lock: no such process
    result = run_kg_serve("--graph", str(tmp_path / "graph"))
    assert result.returncode == 1
    assert "not a graph folder built by kg build" in result.stderr


def non_loopback_address() -> str | None:
    """An address of this machine other than loopback, or None when it has none."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if address.startswith("127.") else address


def can_connect(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=2).close()
        return True
    except OSError:
        return False


def test_serve_binds_loopback_unless_asked(start_kg_serve, busy_graph):
    address = non_loopback_address()
    if address is None:
        pytest.skip("this machine has no network address other than loopback")
    default = start_kg_serve(busy_graph)
    port = int(default.base_url.rsplit(":", 1)[1].strip("/"))
    assert can_connect("127.0.0.1", port)
    assert not can_connect(address, port)
    default.stop()

    everywhere = start_kg_serve(busy_graph, "--host", "0.0.0.0")
    port = int(everywhere.base_url.rsplit(":", 1)[1].strip("/"))
    assert can_connect(address, port)
    response = httpx.post(f"http://{address}:{port}/sparql", data={"query": COUNT_QUERY},
                          headers={"Accept": "application/json"}, timeout=5)
    assert response.status_code == 200
    assert any("anyone who can reach this machine" in line for line in everywhere.stderr)
    everywhere.stop()


def test_serve_follows_a_rebuilt_graph(start_kg_serve, tmp_path):
    graph = write_graph_folder(tmp_path / "graph", FACTS)
    served = start_kg_serve(graph)
    count = lambda: json_rows(httpx.post(served.sparql_url, data={"query": COUNT_QUERY},  # noqa: E731
                                         headers={"Accept": "application/json"}, timeout=5).json())
    assert count() == [(str(len(FACTS)),)]
    # What kg build does: write the new graph aside, then swap it in with renames.
    fresh = write_graph_folder(tmp_path / ".graph.building-1", [*FACTS, *many_facts(5)])
    os.rename(graph, tmp_path / ".graph.old")
    os.rename(fresh, graph)
    deadline = time.monotonic() + 10
    while count() != [(str(len(FACTS) + 5),)] and time.monotonic() < deadline:
        time.sleep(0.2)
    assert count() == [(str(len(FACTS) + 5),)]
    assert any("new graph" in line for line in served.stderr)
    served.stop()
