"""Start, kill and restart a throw-away Oxigraph SPARQL server for tests and benchmarks.

The server is the ``oxigraph`` command of the PyPI package of that name (the
``test`` extra installs it), serving a fresh folder on 127.0.0.1 and a free
port.  Run as a script to start one by hand and print its endpoint::

    python tests/sparql_server.py
"""

from __future__ import annotations

import base64
import http.server
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path


class SparqlServerError(RuntimeError):
    """The test server could not be started; the message carries the log tail."""


def _command() -> str:
    """The oxigraph executable: on $PATH, or beside this Python (a virtualenv's bin folder)."""
    found = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if not found:
        raise SparqlServerError("the oxigraph command is not installed (pip install oxigraph, or the project's test extra)")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class SparqlServer:
    """A server on a data folder that survives kills and restarts; ``stop`` deletes it."""

    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="kg-sparql-")))
    port: int = field(default_factory=_free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def endpoint(self) -> str:
        """The query endpoint (update and graph store are its siblings ``/update`` and ``/store``)."""
        return self.base + "/query"

    def start(self, timeout: float = 60.0) -> SparqlServer:
        """Start the server on the folder and wait until it answers a query."""
        log = (self.workdir / "server.log").open("ab")
        self.process = subprocess.Popen(
            [_command(), "serve", "--location", str(self.workdir / "data"), "--bind", f"127.0.0.1:{self.port}"],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.endpoint + "?query=ASK%7B%7D", timeout=5):
                    return self
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        tail = "\n".join((self.workdir / "server.log").read_text(errors="replace").splitlines()[-20:])
        reason = f"exited with {self.process.returncode}" if self.process.poll() is not None else f"not ready after {timeout:.0f}s"
        self.kill()
        raise SparqlServerError(f"the Oxigraph test server {reason}:\n{tail}")

    def kill(self) -> None:
        """SIGKILL the server, as a crash would end it; its folder stays for a restart."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
        self.process = None

    def clear(self) -> None:
        """Empty the dataset."""
        request = urllib.request.Request(self.base + "/update", data=b"DROP ALL", method="POST",
                                         headers={"Content-Type": "application/sparql-update"})
        urllib.request.urlopen(request, timeout=60).close()

    def count(self, pattern: str = "GRAPH ?g { ?s ?p ?o }") -> int:
        """How many solutions a graph pattern has (by default: how many quads the dataset holds)."""
        query = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"})
        request = urllib.request.Request(f"{self.endpoint}?{query}", headers={"Accept": "text/csv"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return int(response.read().decode().split()[1])

    def settle(self, quiet: float = 0.5, timeout: float = 60.0) -> None:
        """Wait until the dataset has not changed for ``quiet`` seconds (requests of a killed client are done)."""
        deadline = time.monotonic() + timeout
        last = self.count()
        while time.monotonic() < deadline:
            time.sleep(quiet)
            now = self.count()
            if now == last:
                return
            last = now
        raise SparqlServerError(f"the dataset was still changing after {timeout:.0f}s")

    def stop(self) -> None:
        """Stop the server and delete its data."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                pass
        self.kill()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> SparqlServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Gate:
    """A reverse proxy in front of a server, as a hosted endpoint would be: it demands HTTP Basic
    credentials, and answers the next ``failures`` requests with 503 (a server briefly overloaded)."""

    def __init__(self, upstream: str, user: str, password: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.failures = 0
        self.requests = 0
        gate = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                gate._forward(self, None)

            def do_POST(self) -> None:
                gate._forward(self, _body(self))

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/query"

    def _forward(self, handler: http.server.BaseHTTPRequestHandler, body: bytes | None) -> None:
        self.requests += 1
        if handler.headers.get("Authorization") != self.expected:
            handler.send_response(401)
            handler.send_header("WWW-Authenticate", 'Basic realm="kg"')
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        if self.failures > 0:
            self.failures -= 1
            handler.send_response(503)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        headers = {k: v for k, v in handler.headers.items() if k.lower() in ("accept", "content-type")}
        request = urllib.request.Request(self.upstream + handler.path, data=body, headers=headers, method=handler.command)
        try:
            response = urllib.request.urlopen(request, timeout=600)
        except urllib.error.HTTPError as e:
            response = e
        data = response.read()
        handler.send_response(response.status)
        handler.send_header("Content-Type", response.headers.get("Content-Type", "text/plain"))
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _body(handler: http.server.BaseHTTPRequestHandler) -> bytes:
    """A request body, sized or chunked."""
    if handler.headers.get("Transfer-Encoding", "").lower() != "chunked":
        return handler.rfile.read(int(handler.headers.get("Content-Length", 0)))
    parts = []
    while True:
        size = int(handler.rfile.readline().split(b";")[0], 16)
        if size == 0:
            handler.rfile.readline()
            return b"".join(parts)
        parts.append(handler.rfile.read(size))
        handler.rfile.readline()


def start() -> SparqlServer:
    """A running server on a fresh folder and a free port."""
    server = SparqlServer()
    try:
        return server.start()
    except BaseException:
        shutil.rmtree(server.workdir, ignore_errors=True)
        raise


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the server and delete its data on kill
    with start() as s:
        print(f"{s.endpoint} (data in {s.workdir}); Ctrl-C stops it", flush=True)
        try:
            while s.process is not None and s.process.poll() is None:
                time.sleep(1)
        except KeyboardInterrupt:
            pass
    sys.exit(0)
