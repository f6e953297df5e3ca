"""Start and stop a throw-away Neo4j server for tests and benchmarks.

The server is Neo4j Community from Maven Central (``tests/neo4j/pom.xml``),
run in-process by a tiny Java launcher (``tests/neo4j/src``) with only Bolt
enabled on 127.0.0.1 and a known password.  Maven resolves the jars once
(they stay in ``~/.m2``); the launcher is compiled into a cache folder keyed
by the pom and source contents, so later starts only pay the JVM start-up.

Run as a script to start a server by hand and print its URI::

    python tests/neo4j_server.py
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent / "neo4j"
USER = "neo4j"
PASSWORD = "kg-test-password"
#: JVM options: a bounded heap keeps the server from claiming the machine
JAVA_OPTS = ("-Xms256m", "-Xmx1g", "-XX:+UseParallelGC")


class Neo4jServerError(RuntimeError):
    """The test server could not be built or started; the message carries the log tail."""


@dataclass
class Neo4jServer:
    """A running server: its Bolt URI and credentials, and the process to stop."""

    uri: str
    user: str
    password: str
    process: subprocess.Popen[bytes] | None = None
    workdir: Path | None = None
    started_in: float = 0.0
    _log: object = field(default=None, repr=False)

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the server (closing stdin asks it to shut down) and delete its data."""
        p = self.process
        if p is not None and p.poll() is None:
            try:
                if p.stdin:
                    p.stdin.close()
                p.wait(timeout)
            except subprocess.TimeoutExpired:
                p.terminate()
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        self.process = None
        if self._log is not None:
            self._log.close()  # type: ignore[attr-defined]
            self._log = None
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None

    def __enter__(self) -> Neo4jServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg" / "neo4j-test-server"


def _fingerprint() -> str:
    h = hashlib.sha256()
    for f in sorted([HERE / "pom.xml", *(HERE / "src").rglob("*.java")]):
        h.update(f.relative_to(HERE).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _run(cmd: list[str], what: str, timeout: float) -> None:
    try:
        done = subprocess.run(cmd, cwd=HERE, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError:
        raise Neo4jServerError(f"{what}: {cmd[0]} is not installed") from None
    except subprocess.TimeoutExpired:
        raise Neo4jServerError(f"{what}: no result after {timeout:.0f}s") from None
    if done.returncode != 0:
        tail = (done.stdout + done.stderr).strip().splitlines()[-30:]
        raise Neo4jServerError(f"{what} failed ({done.returncode}):\n" + "\n".join(tail))


def build(timeout: float = 900.0) -> tuple[Path, str]:
    """Resolve the Neo4j jars and compile the launcher (once); return (classes dir, classpath)."""
    out = _cache_root() / _fingerprint()
    classes, cp_file = out / "classes", out / "classpath.txt"
    if not (cp_file.is_file() and (classes / "kgtest" / "TestServer.class").is_file()):
        tmp = Path(tempfile.mkdtemp(prefix="build-", dir=_ensure(out.parent)))
        try:
            _run(
                ["mvn", "-q", "-B", "dependency:build-classpath", f"-Dmdep.outputFile={tmp / 'classpath.txt'}"],
                "resolving the Neo4j jars with Maven",
                timeout,
            )
            cp = (tmp / "classpath.txt").read_text().strip()
            sources = [str(f) for f in sorted((HERE / "src").rglob("*.java"))]
            _run(["javac", "-nowarn", "-cp", cp, "-d", str(tmp / "classes"), *sources], "compiling the launcher", timeout)
            shutil.rmtree(out, ignore_errors=True)
            tmp.rename(out)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return classes, cp_file.read_text().strip()


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class ImportResult:
    """What ``neo4j-admin database import full`` left: the Neo4j home to start a server from, and its time."""

    home: Path
    seconds: float
    output: str


def admin_import(command: str, home: Path, timeout: float = 900.0) -> ImportResult:
    """Run a ``neo4j-admin database import full ...`` command line with the server's jars into ``home``.

    The Maven jars hold the same admin tool the ``neo4j-admin`` script starts;
    the database lands in ``home/data`` (pass ``home`` to :func:`start` as ``seed``).
    """
    classes, cp = build()
    args = shlex.split(command)
    if args[:1] != ["neo4j-admin"]:
        raise Neo4jServerError(f"not a neo4j-admin command: {command[:60]}")
    (home / "conf").mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    t0 = time.monotonic()
    try:
        done = subprocess.run(["java", *JAVA_OPTS, "-cp", os.pathsep.join([str(classes), cp]), "org.neo4j.cli.AdminTool", *args[1:]],
                              cwd=home, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Neo4jServerError(f"neo4j-admin import: no result after {timeout:.0f}s") from None
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise Neo4jServerError(f"neo4j-admin import failed ({done.returncode}):\n" + "\n".join(output.strip().splitlines()[-30:]))
    return ImportResult(home, time.monotonic() - t0, output)


def start(timeout: float = 180.0, password: str = PASSWORD, seed: Path | None = None) -> Neo4jServer:
    """Build if needed, start a server on a free port and wait until Bolt accepts logins.

    ``seed`` is a Neo4j home (e.g. :attr:`ImportResult.home`) whose databases the server starts with.
    """
    classes, cp = build()
    t0 = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="kg-neo4j-"))
    log_path = workdir / "server.log"
    log = open(log_path, "wb")
    cmd = ["java", *JAVA_OPTS, "-cp", os.pathsep.join([str(classes), cp]), "kgtest.TestServer", str(workdir / "data"), "0", password,
           *([str(seed)] if seed is not None else [])]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, cwd=workdir)
    server = Neo4jServer("", USER, password, proc, workdir, _log=log)
    deadline = t0 + timeout
    while time.monotonic() < deadline:
        for line in log_path.read_text(errors="replace").splitlines():
            if line.startswith("READY "):
                server.uri = line.split()[1].rstrip("/")
                server.started_in = time.monotonic() - t0
                return server
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-40:])
    reason = f"exited with {proc.returncode}" if proc.poll() is not None else f"not ready after {timeout:.0f}s"
    server.stop()
    raise Neo4jServerError(f"the Neo4j test server {reason}:\n{tail}")


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the server and delete its data on kill
    with start() as s:
        print(f"{s.uri} user={s.user} password={s.password} (started in {s.started_in:.1f}s); Ctrl-C stops it", flush=True)
        try:
            while s.process is not None and s.process.poll() is None:
                time.sleep(1)
        except KeyboardInterrupt:
            pass
    sys.exit(0)
