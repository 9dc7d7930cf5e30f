"""Read-only SPARQL 1.1 endpoint over a graph folder (``kg serve``).

The SPARQL engine is the server that ships with the ``oxigraph`` package
(``oxigraph serve-read-only``, the same engine as the embedded store), run as a
child process on a private loopback port. It does the SPARQL 1.1 Protocol,
content negotiation (JSON, XML, CSV, TSV; Turtle, N-Triples, JSON-LD, RDF/XML),
dataset parameters, and it carries the YASGUI query page.

A thin proxy (standard library) sits in front of it because the engine alone
does not keep the promises of ``kg serve``. Measured with oxigraph 0.5.13 on
400,000 quads and ``--timeout-s 2``:

- a query cut by the engine's timeout still answers HTTP 200: results stream
  before evaluation ends, so the client gets a truncated body that ends with
  "The SPARQL operation has been cancelled" (a bogus CSV row, broken JSON);
- ORDER BY and joins of VALUES blocks never look at the timeout: the engine
  went on for 18 s and 9 s past a 2 s limit, with no answer to the client.

So the proxy holds each answer until it is complete (up to a size bound) and
sends it with its true status, or HTTP 503 when the time limit comes first; an
engine still busy with an abandoned query is replaced by a fresh one. The
proxy also refuses every write with one message, serves the query page with
the sample queries of ``queries/`` and the graph's prefixes, and reopens the
graph when ``kg build`` swaps a new one in.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import http.client
import ipaddress
import json
import math
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from kg.errors import BuildLockedError, GraphNotFoundError, ServerError
from kg.parallel import is_pid_alive

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_RESULT_MB = 256.0
STORE_DIR = "store"  # the graph folder layout of kg.stores.oxigraph
REPORT_FILE = "report.json"
BUILDING_MARKER = ".building"

QUERY_PATHS = ("/sparql", "/query")
ASSET_PATHS = ("/yasgui.min.js", "/yasgui.min.css", "/logo.svg")
# The engine ends a cancelled streaming answer with this text (oxigraph 0.5).
ENGINE_CANCELLED = b"The SPARQL operation has been cancelled"
# After the time limit, how long an abandoned query may keep the engine busy
# before the engine is replaced (cancellable queries stop within milliseconds).
RUNAWAY_GRACE_S = 1.0
MAX_REQUEST_BYTES = 16 * 1024 * 1024
ENGINE_START_S = 20.0
CHUNK = 64 * 1024
READ_ONLY_MESSAGE = (
    "kg serve is read-only: SPARQL UPDATE and Graph Store writes are refused. "
    "Change the graph with kg build, then the endpoint serves the new graph."
)


@dataclass(frozen=True)
class ServeOptions:
    """What ``kg serve`` serves and how: graph folder, address, time limit, answer size bound."""

    graph: Path = Path("graph")
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    timeout_s: float = DEFAULT_TIMEOUT_S
    max_result_mb: float = DEFAULT_MAX_RESULT_MB

    @property
    def max_result_bytes(self) -> int:
        return int(self.max_result_mb * 1024 * 1024)


# ---------------------------------------------------------------- the graph folder


def build_in_progress(graph: Path) -> str:
    """What shows that ``kg build`` is writing ``graph`` right now ('' when nothing does).

    ``kg.api.build`` holds ``.<name>.lock`` next to the folder and writes into
    ``.<name>.building-<pid>`` before swapping it in; a ``.building`` file in
    the folder is also honoured.
    """
    graph = Path(graph)
    marker = graph / BUILDING_MARKER
    if marker.exists():
        return str(marker)
    lock = graph.parent / f".{graph.name}.lock"
    # The lock file names its build's pid: reading it, rather than taking the lock, never fails a starting build.
    pid = _pid_in(lock)
    if pid and is_pid_alive(pid):
        return str(lock)
    for staging in sorted(graph.parent.glob(f".{graph.name}.building-*")):
        pid = staging.name.rsplit("-", 1)[-1]
        if pid.isdigit() and is_pid_alive(int(pid)):
            return str(staging)
    return ""


def _pid_in(lock: Path) -> int:
    try:
        text = lock.read_text(encoding="utf-8").strip()
    except OSError:
        return 0
    return int(text) if text.isdigit() else 0


def check_graph(graph: Path) -> Path:
    """The store folder of the graph folder ``graph``, ready to be served.

    Raises ``BuildLockedError`` when the graph is still being built (no store
    yet and a build running) and ``GraphNotFoundError`` when there is no graph.
    """
    graph = Path(graph)
    store = graph / STORE_DIR
    if (store / "CURRENT").is_file():
        return store
    building = build_in_progress(graph)
    if building:
        raise BuildLockedError(
            f"the graph {graph} is still being built ({building} exists); "
            "run kg serve again when kg build has finished"
        )
    left_aside = sorted(graph.parent.glob(f".{graph.name}.old-*"))
    if not graph.exists() and left_aside:
        raise GraphNotFoundError(
            f"no graph folder at {graph}: a kg build stopped while swapping left the previous graph at "
            f"{left_aside[-1]}; run kg build again (it puts it back or replaces it)"
        )
    if not graph.exists():
        raise GraphNotFoundError(
            f"no graph folder at {graph}: build one with `kg build data/corpus --out {graph}`, "
            "or point --graph at a folder that kg build wrote"
        )
    raise GraphNotFoundError(
        f"{graph} is not a graph folder built by kg build (no {STORE_DIR}/ in it): "
        f"rebuild it with `kg build SOURCES --out {graph}`"
    )


def count_quads(graph: Path) -> int | None:
    """The number of quads recorded in the graph's report.json, or None when it does not say."""
    try:
        report = json.loads((Path(graph) / REPORT_FILE).read_text(encoding="utf-8"))
        return int(report["store"]["quads"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


# ---------------------------------------------------------------- the engine (oxigraph)


def find_oxigraph() -> str:
    """The path of the ``oxigraph`` server binary (installed by the ``oxigraph`` package)."""
    beside_python = Path(sys.executable).parent / "oxigraph"
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return str(beside_python)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServerError(
        "the oxigraph server binary is missing: install it with pip install 'oxigraph>=0.5,<0.6' "
        "(it is a dependency of ipkg: pip install -e .)"
    )


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _die_with_parent() -> Callable[[], None] | None:
    """A preexec function that makes the child get SIGTERM when kg serve dies (Linux), so no engine is orphaned."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig = 1

    def preexec() -> None:
        prctl(pr_set_pdeathsig, signal.SIGTERM)

    return preexec


class Engine:
    """One ``oxigraph serve-read-only`` process on a private loopback port."""

    def __init__(self, process: subprocess.Popen, port: int, log, store: Path):
        self.process = process
        self.port = port
        self.store = store
        self._log = log

    @classmethod
    def start(cls, store: Path, timeout_s: float) -> "Engine":
        """Start the engine on ``store`` and wait until it accepts connections.

        Raises ``ServerError`` with the engine's own message when it cannot start.
        """
        binary = find_oxigraph()
        last_error = ""
        for _attempt in range(3):  # another process may take the probed port before the engine binds it
            port = _free_loopback_port()
            log = tempfile.TemporaryFile()
            command = [
                binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}",
                # The engine's own limit frees the CPU of most over-long queries; the proxy enforces the real one.
                "--timeout-s", str(max(1, math.ceil(timeout_s))),
            ]
            # No --union-default-graph: our default graph already holds every fact.
            process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C reaches kg serve, which then stops the engine in order
                preexec_fn=_die_with_parent(),
            )
            engine = cls(process, port, log, store)
            if engine._wait_ready():
                return engine
            last_error = engine.output()
            engine.stop()
            if "address already in use" not in last_error.lower():
                break
        raise ServerError(f"the SPARQL engine (oxigraph) could not serve {store}: {last_error.strip() or 'no message'}")

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + ENGINE_START_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return True
            time.sleep(0.02)
        return False

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def output(self) -> str:
        """What the engine printed (its error message when it failed)."""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def stop(self, wait_s: float = 5.0) -> None:
        """Stop the engine (SIGTERM, then SIGKILL after ``wait_s``)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(wait_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


# ---------------------------------------------------------------- the front (proxy)


class Endpoint:
    """The public server: proxy, query page and engine supervisor.

    ``start()`` binds the public address and starts the engine; ``run(stop)``
    serves until ``stop`` is set; ``close()`` stops everything.
    """

    def __init__(self, options: ServeOptions, log: Callable[[str], None] | None = None):
        self.options = options
        self.store = check_graph(options.graph)
        self.log = log or (lambda line: print(line, file=sys.stderr, flush=True))
        self.engine: Engine | None = None
        self.httpd: ThreadingHTTPServer | None = None
        self._retired: list[tuple[Engine, float]] = []
        self._runaways: queue.Queue[Engine] = queue.Queue()
        self._store_id = self._identify_store()
        self.index_page = b""
        self.prefixes_json = b"{}"

    # -- lifecycle

    def start(self) -> None:
        """Bind the public address (fails fast when taken), start the engine, prepare the query page."""
        self.httpd = _bind(self.options.host, self.options.port)
        self.httpd.endpoint = self  # type: ignore[attr-defined]
        try:
            self.engine = Engine.start(self.store, self.options.timeout_s)
        except BaseException:
            self.httpd.server_close()
            raise
        self.index_page = render_index_page()
        self.prefixes_json = json.dumps(graph_prefixes(), ensure_ascii=False).encode("utf-8")

    @property
    def url(self) -> str:
        """The base URL of the public server (``http://host:port/``)."""
        host, port = self.httpd.server_address[:2]
        if host in ("0.0.0.0", "::"):
            host = "127.0.0.1" if host == "0.0.0.0" else "::1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}/"

    def run(self, stop: threading.Event) -> None:
        """Serve requests until ``stop`` is set; supervise the engine meanwhile (this thread starts engines)."""
        server_thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.2},
                                         name="kg-serve-http", daemon=True)
        server_thread.start()
        try:
            while not stop.wait(0.2):
                self._supervise()
        finally:
            self.httpd.shutdown()
            server_thread.join(5)

    def close(self) -> None:
        """Stop the public server and every engine."""
        if self.httpd is not None:
            self.httpd.server_close()
        engines = [engine for engine, _ in self._retired] + ([self.engine] if self.engine is not None else [])
        # Signal every engine first, then share one short deadline: a read-only engine busy with a
        # query may ignore SIGTERM, and waiting 5 s for each in turn made shutdown slow.
        for engine in engines:
            if engine.running:
                engine.process.terminate()
        deadline = time.monotonic() + 2.0
        for engine in engines:
            engine.stop(wait_s=max(0.0, deadline - time.monotonic()))
        self._retired.clear()

    # -- engine supervision (main thread only: PR_SET_PDEATHSIG ties the child to the thread that started it)

    def report_runaway(self, engine: Engine) -> None:
        """Called by a request thread: ``engine`` is still busy with a query past its time limit."""
        self._runaways.put(engine)

    def _identify_store(self) -> tuple[int, int] | None:
        try:
            info = os.stat(self.store)
        except OSError:
            return None
        return info.st_dev, info.st_ino

    def _supervise(self) -> None:
        now = time.monotonic()
        while True:
            try:
                engine = self._runaways.get_nowait()
            except queue.Empty:
                break
            if engine is self.engine:
                self._replace_engine("a query ran past its time limit and the engine did not stop it")
        if not self.engine.running:
            self.log(f"kg serve: the SPARQL engine stopped unexpectedly: {self.engine.output().strip()[-500:]}")
            self._replace_engine("the engine stopped", retire=False)
        current = self._identify_store()
        if current is not None and current != self._store_id and (self.store / "CURRENT").is_file():
            self._store_id = current
            self._replace_engine(f"kg build swapped in a new graph at {self.options.graph}")
        for engine, kill_at in list(self._retired):
            if now >= kill_at:
                engine.stop()
                self._retired.remove((engine, kill_at))

    def _replace_engine(self, reason: str, retire: bool = True) -> None:
        old = self.engine
        try:
            self.engine = Engine.start(self.store, self.options.timeout_s)
        except ServerError as err:
            self.log(f"kg serve: could not restart the SPARQL engine ({reason}): {err}")
            return
        self.log(f"kg serve: restarted the SPARQL engine: {reason}")
        if retire:
            # Requests already sent to the old engine end by their deadline; stop it after that.
            self._retired.append((old, time.monotonic() + self.options.timeout_s + RUNAWAY_GRACE_S))
        else:
            old.stop()


def _bind(host: str, port: int) -> ThreadingHTTPServer:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET

    class Server(ThreadingHTTPServer):
        address_family = family
        daemon_threads = True
        allow_reuse_address = True  # a restart right after a stop is not refused (TIME_WAIT); a live server still is

    try:
        return Server((host, port), Handler)
    except OSError as err:
        if err.errno == errno.EADDRINUSE:
            raise ServerError(
                f"port {port} on {host} is already in use (another kg serve or SPARQL server?): "
                "stop it, or choose another port with --port"
            ) from None
        if err.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT) or isinstance(err, socket.gaierror):
            raise ServerError(
                f"cannot listen on {host}: {err.strerror or err}; use 127.0.0.1 (this machine only, the default), "
                "0.0.0.0 (every network interface) or an address of this machine"
            ) from None
        if err.errno == errno.EACCES:
            raise ServerError(f"port {port} needs privileges on this system: choose one above 1023 with --port") from None
        raise ServerError(f"cannot listen on {host}:{port}: {err}") from None


def is_loopback(host: str) -> bool:
    """True when ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# ---------------------------------------------------------------- the query page


def sample_queries() -> list[dict[str, str]]:
    """The named queries of ``queries/`` as ``{"name", "description", "query"}`` (empty when there are none)."""
    from kg.queries import describe_query, list_queries

    samples = []
    for name, path in list_queries(".rq").items():
        text = path.read_text(encoding="utf-8")
        samples.append({"name": name, "description": describe_query(text), "query": text})
    return samples


def graph_prefixes() -> dict[str, str]:
    """The graph's prefixes (ipkg:, skos:, official: ...) for the query page's prefix completion."""
    from kg.stores.oxigraph import graph_prefixes as prefixes

    return prefixes()


def render_index_page() -> bytes:
    """The query page: YASGUI from the engine, with the sample queries at hand."""
    template = (Path(__file__).parent / "resources" / "serve" / "index.html").read_text(encoding="utf-8")
    # "</" cannot end the <script> block that carries the JSON.
    samples = json.dumps(sample_queries(), ensure_ascii=False).replace("</", "<\\/")
    return template.replace("__KG_SAMPLE_QUERIES__", samples).encode("utf-8")


# ---------------------------------------------------------------- request handling


class Refused(Exception):
    """A request answered by the proxy itself with ``status`` and a plain-text ``message``."""

    def __init__(self, status: int, message: str, close: bool = False):
        super().__init__(message)
        self.status = status
        self.message = message
        self.close = close


class Handler(BaseHTTPRequestHandler):
    """One client connection: routes, refuses writes, forwards queries to the engine within the limits."""

    protocol_version = "HTTP/1.1"  # keep-alive: SPARQLWrapper, httpx and browsers reuse connections
    server_version = "kg-serve"

    @property
    def endpoint(self) -> Endpoint:
        return self.server.endpoint  # type: ignore[attr-defined]

    def setup(self) -> None:
        super().setup()
        # Headers and body are separate writes: with Nagle's algorithm the body waited for the client's
        # delayed ACK, 40 ms on every answer (measured by bench/sparql_endpoint.py).
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._handle()

    def do_HEAD(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def do_OPTIONS(self) -> None:
        self._handle()

    def log_request(self, code="-", size="-") -> None:
        pass  # _handle logs one line with the time taken

    def log_message(self, format: str, *args) -> None:
        self.endpoint.log(f"{self.address_string()} {format % args}")

    def _handle(self) -> None:
        started = time.monotonic()
        self._status = 0
        self._sent = 0
        self._replied_at = started
        try:
            self._route(started + self.endpoint.options.timeout_s)
        except Refused as refusal:
            self._reply(refusal.status, refusal.message.encode("utf-8") + b"\n", "text/plain; charset=utf-8",
                        close=refusal.close)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client went away; nothing to tell it
        path = urlsplit(self.path).path
        self.endpoint.log(
            f"{self.address_string()} {self.command} {path} {self._status} {self._sent}B "
            f"{(self._replied_at - started) * 1000:.0f}ms"
        )

    def _route(self, deadline: float) -> None:
        url = urlsplit(self.path)
        path, method = url.path, self.command
        writes = ("POST", "PUT", "DELETE", "PATCH")
        if path == "/update" or (path.startswith("/store") and method in writes):
            raise Refused(403, READ_ONLY_MESSAGE, close=True)  # close: the unread body ends with the connection
        if path in QUERY_PATHS:
            if method not in ("GET", "HEAD", "POST"):
                raise Refused(405, f"{method} {path} is not allowed: use GET or POST (SPARQL 1.1 Protocol)", close=True)
            body = self._read_body() if method == "POST" else b""
            self._refuse_updates(url.query, body)
            if method == "GET" and not url.query and "text/html" in self.headers.get("Accept", ""):
                self._redirect("/")  # a browser opened the endpoint URL: show the query page
                return
            self._forward(method, "/query", url.query, body, deadline)
            return
        if path.startswith("/store") and method in ("GET", "HEAD"):
            self._forward(method, url.path, url.query, b"", deadline)
            return
        if method not in ("GET", "HEAD"):
            raise Refused(405, f"{method} {path} is not allowed", close=True)
        if path in ("/", "/index.html"):
            self._reply(200, self.endpoint.index_page, "text/html; charset=utf-8")
        elif path == "/prefixes.json":
            self._reply(200, self.endpoint.prefixes_json, "application/json")
        elif path in ASSET_PATHS:
            self._forward(method, path, "", b"", deadline)
        else:
            raise Refused(404, f"no {path} here: the SPARQL endpoint is /sparql (also /query), "
                               "the query page is /, the Graph Store (read) is /store")

    # -- request bodies

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        try:
            size = int(length)
        except ValueError:
            raise Refused(400, f"bad Content-Length header: {length!r}", close=True) from None
        if size > MAX_REQUEST_BYTES:
            raise Refused(413, f"the request body is {size} bytes; the limit is {MAX_REQUEST_BYTES}", close=True)
        return self.rfile.read(size)

    def _read_chunked(self) -> bytes:
        body = bytearray()
        while True:
            line = self.rfile.readline(1024).split(b";", 1)[0].strip()
            try:
                size = int(line, 16)
            except ValueError:
                raise Refused(400, "bad chunked request body", close=True) from None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return bytes(body)
            if len(body) + size > MAX_REQUEST_BYTES:
                raise Refused(413, f"the request body is larger than {MAX_REQUEST_BYTES} bytes", close=True)
            body += self.rfile.read(size)
            self.rfile.readline(1024)

    def _refuse_updates(self, url_query: str, body: bytes) -> None:
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type == "application/sparql-update":
            raise Refused(403, READ_ONLY_MESSAGE)
        fields = parse_qs(url_query, keep_blank_values=True)
        if content_type == "application/x-www-form-urlencoded":
            fields.update(parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True))
        if "update" in fields:
            raise Refused(403, READ_ONLY_MESSAGE)

    # -- forwarding to the engine

    def _forward(self, method: str, path: str, url_query: str, body: bytes, deadline: float) -> None:
        engine = self.endpoint.engine
        target = path + (f"?{url_query}" if url_query else "")
        headers = {"Connection": "close"}  # the engine closes when done: end of stream = end of answer
        for name in ("Accept", "Content-Type"):
            if self.headers.get(name):
                headers[name] = self.headers[name]
        limit = self.endpoint.options.max_result_bytes
        connection = http.client.HTTPConnection("127.0.0.1", engine.port, timeout=max(0.05, deadline - time.monotonic()))
        sock = None
        response = None
        try:
            try:
                connection.connect()
                sock = connection.sock
                connection.request(method, target, body=body if method == "POST" else None, headers=headers)
                response = connection.getresponse()
                content_type = response.getheader("Content-Type", "application/octet-stream")
                answer = bytearray()
                while True:
                    sock.settimeout(max(0.01, deadline - time.monotonic()))
                    chunk = response.read(CHUNK) if method != "HEAD" else b""
                    if not chunk:
                        break
                    answer += chunk
                    if len(answer) > limit:
                        raise Refused(507, f"the answer is larger than {self.endpoint.options.max_result_mb:g} MB, "
                                           "the bound of this endpoint: add a LIMIT, select fewer columns, "
                                           "or start kg serve with a larger --max-result-mb", close=True)
            except (socket.timeout, TimeoutError):
                self._time_out(engine, sock, deadline)
                return
            except ConnectionRefusedError:
                raise Refused(503, "the SPARQL engine is restarting: try again in a moment") from None
            except (http.client.HTTPException, ConnectionResetError) as err:
                raise Refused(502, f"the SPARQL engine failed to answer: {err}") from None
            if time.monotonic() > deadline or bytes(answer[-len(ENGINE_CANCELLED):]) == ENGINE_CANCELLED:
                self._time_out(engine, None, deadline)
                return
            self._reply(response.status, bytes(answer), content_type, head_length=response.getheader("Content-Length"))
        finally:
            if response is not None:
                response.close()  # an unread answer: the engine's next write fails and it stops
            connection.close()

    def _time_out(self, engine: Engine, sock: socket.socket | None, deadline: float) -> None:
        limit = self.endpoint.options.timeout_s
        message = (f"the query ran longer than the time limit of this endpoint ({limit:g} s) and was stopped: "
                   "make it more selective (add a LIMIT, bind a subject, drop an ORDER BY), "
                   "or start kg serve with a larger --timeout")
        self._reply(503, message.encode("utf-8") + b"\n", "text/plain; charset=utf-8", close=True)
        if sock is not None and not _ends_within(sock, deadline + RUNAWAY_GRACE_S):
            self.endpoint.report_runaway(engine)

    # -- replies

    def _reply(self, status: int, body: bytes, content_type: str, close: bool = False,
               head_length: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        length = head_length if self.command == "HEAD" and head_length else str(len(body))
        self.send_header("Content-Length", length)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self._status, self._sent, self._replied_at = status, len(body), time.monotonic()

    def _redirect(self, location: str) -> None:
        self.send_response(303)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()
        self._status, self._replied_at = 303, time.monotonic()


def _ends_within(sock: socket.socket, until: float) -> bool:
    """Read and drop what the engine still sends; True when it finished (closed) before ``until``."""
    try:
        while True:
            remaining = until - time.monotonic()
            if remaining <= 0:
                return False
            sock.settimeout(remaining)
            if not sock.recv(CHUNK):
                return True
    except (socket.timeout, TimeoutError):
        return False
    except OSError:
        return True  # the engine reset the connection: it is no longer working on this query


# ---------------------------------------------------------------- entry point


def serve(options: ServeOptions, announce: Callable[[str], None] = print) -> None:
    """Serve ``options.graph`` until SIGINT (Ctrl-C) or SIGTERM; ``announce`` receives the start-up lines.

    Raises ``GraphNotFoundError``/``BuildLockedError`` when there is no graph to
    serve, and ``ServerError`` when the port is taken or the engine cannot start.
    """
    endpoint = Endpoint(options)
    stop = threading.Event()
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, lambda *_: stop.set())
    try:
        endpoint.start()
        quads = count_quads(options.graph)
        size = f", {quads:,} quads" if quads is not None else ""
        base = endpoint.url
        announce(f"kg serve: graph {Path(options.graph).resolve()}{size}")
        announce(f"SPARQL endpoint: {base}sparql (also {base}query)")
        announce(f"query page: {base}")
        announce(f"read-only; each query has a {options.timeout_s:g} s time limit; stop with Ctrl-C")
        if build_in_progress(options.graph):
            announce("note: kg build is rebuilding this graph; the endpoint serves the new one when the build is done")
        if not is_loopback(options.host):
            endpoint.log(f"kg serve: warning: listening on {options.host}: anyone who can reach this machine "
                         f"on port {endpoint.httpd.server_address[1]} can query the graph")
        endpoint.run(stop)
        endpoint.log("kg serve: stopped")
    finally:
        endpoint.close()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
