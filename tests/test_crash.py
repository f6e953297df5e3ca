"""Killed and failed writes: every document stays at its old or its new version, and the index agrees.

``kg load`` and ``kg remove`` run as real subprocesses and are SIGKILLed,
either after a delay or at a named point through the store's ``KG_FAULT``
hook (see kg.backends.fault).  The store is then opened as a user would
open it and checked document by document against the two versions, and the
index (``enterprises-in-place``, ``kg stats``) against the documents present.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.backends import Backend, open_backend, rdf_load, sparql
from kg.model import Entity, Measure, Record, Relation
from kg.records import write_jsonl

DOCS = 600
ZONES = tuple(f"试验{k}高新区" for k in range(4))
#: run the CLI with small write batches, so that a load spans many of them
RUNNER = (
    "import sys, kg.backends.rdf_load as r, kg.backends.sparql as s, kg.backends.neo4j as n; r.BATCH_FACTS = s.BATCH_FACTS = 400; "
    "n.Neo4jBackend.__init__.__defaults__ = "
    "(*n.Neo4jBackend.__init__.__defaults__[:-1], 200); from kg.cli import main; sys.argv[0] = 'kg'; main()"
)
#: kills after these many seconds from the start of the process, and at the hook's points
DELAYS = (1.0, 2.0, 3.5)
POINTS = ("swap", "swap:5", "index", "index:9")

#: the server's transactions but the one asking (a killed client's commit or rollback shows as "Closing" until it is done)
OTHER_TRANSACTIONS = "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN transactionId"


def firm(i: int, version: int) -> str:
    return f"{'甲乙'[version - 1]}版企业{i:04d}有限公司"


def record(i: int, version: int) -> Record:
    zone = ZONES[i % len(ZONES)]
    name = firm(i, version)
    return Record(
        doc_id=f"doc-{i:04d}",
        title=f"第{version}版",
        entities=(Entity(zone, "Zone"), Entity(name, "Enterprise")),
        measures=(Measure(region=zone, categories=("TAX_DEFERRAL",), beneficiaries=(name,), text=f"{zone}支持{name}。"),),
        relations=(Relation("LOCATED_IN", name, zone),),
    )


def write(path: Path, records: Iterator[Record] | list[Record]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        write_jsonl(records, out)
    return path


def run(args: list[str], options: list[str], env: dict[str, str], *, kill_after: float | None = None) -> int:
    """Run ``kg ARGS`` and SIGKILL it after ``kill_after`` seconds (if it is still running)."""
    proc = subprocess.Popen([sys.executable, "-c", RUNNER, *args, *options], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if kill_after is not None:
        try:
            proc.wait(kill_after)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=600)
    return proc.returncode


def check(backend: Backend, allowed: dict[str, set[int]]) -> dict[str, int]:
    """Every document is at one of its allowed versions (0: absent); the index answers from exactly these."""
    present: dict[str, int] = {}
    for rec in backend.records():
        version = int(rec.title.strip("第版"))  # type: ignore[union-attr]
        i = int(rec.doc_id.split("-")[1])
        assert {e.name for e in rec.entities} == {e.name for e in record(i, version).entities}, rec.doc_id
        present[rec.doc_id] = version
    for doc_id, versions in allowed.items():
        assert present.get(doc_id, 0) in versions, (doc_id, present.get(doc_id, 0), versions)
    assert set(present) <= set(allowed)
    expected = {firm(int(d.split("-")[1]), v) for d, v in present.items()}
    found = set()
    for zone in ZONES:
        found |= {row[0] for row in backend.query("enterprises-in-place", {"place": zone}).rows}
    assert found == expected
    stats = backend.stats()
    assert stats["Enterprise"] == len(expected)
    assert stats["Document"] == len(present)
    return present


@pytest.fixture(params=["rdf", pytest.param("sparql", marks=pytest.mark.sparql_server), pytest.param("neo4j", marks=pytest.mark.neo4j)])
def target(request: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[list[str], dict[str, str], Any]]:
    """CLI options, environment and an opener for a fresh store of each backend, all with small write batches."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")])}
    env.pop("KG_FAULT", None)
    if request.param == "rdf":
        monkeypatch.setattr(rdf_load, "BATCH_FACTS", 400)
        store = tmp_path / "store"
        yield ["--store", str(store)], env, lambda: open_backend("rdf", path=store)
        return
    if request.param == "sparql":
        monkeypatch.setattr(sparql, "BATCH_FACTS", 400)
        server = request.getfixturevalue("sparql_server")
        server.clear()

        def settled() -> Backend:
            """The backend once the server has finished what the killed client had sent (it may outlive its client)."""
            server.settle()
            return open_backend("sparql", endpoint=server.endpoint)

        yield ["--backend", "sparql", "--endpoint", server.endpoint], env, settled
        return
    server = request.getfixturevalue("neo4j_server")
    env.update(NEO4J_PASSWORD=server.password)
    opts = ["--backend", "neo4j", "--uri", server.uri, "--user", server.user]

    def opener() -> Backend:
        """The backend once the server has closed every other transaction: a commit the killed client sent lands after its death."""
        backend = open_backend("neo4j", uri=server.uri, user=server.user, password=server.password, batch=200)
        deadline = time.monotonic() + 60
        while backend._read(OTHER_TRANSACTIONS):  # type: ignore[attr-defined]
            assert time.monotonic() < deadline, "the killed client's transaction is still open on the server after 60 s"
            time.sleep(0.05)
        return backend

    with opener() as b:
        b._write("MATCH (n) DETACH DELETE n")  # type: ignore[attr-defined]
    yield opts, env, opener


def reset(opts: list[str], env: dict[str, str], v1: Path) -> None:
    """Half of the documents at version 1, the other half absent (the target's store starts empty)."""
    assert run(["load", str(v1)], opts, env) == 0


@pytest.mark.parametrize("kill", [*DELAYS, *POINTS])
def test_killed_load_leaves_old_or_new_versions(target: Any, tmp_path: Path, kill: float | str) -> None:
    opts, env, opener = target
    v1 = write(tmp_path / "v1.jsonl", [record(i, 1) for i in range(0, DOCS, 2)])
    v2 = write(tmp_path / "v2.jsonl", [record(i, 2) for i in range(DOCS)])
    reset(opts, env, v1)
    if isinstance(kill, str):
        code = run(["load", str(v2)], opts, {**env, "KG_FAULT": kill})
        assert code == -signal.SIGKILL
    else:
        run(["load", str(v2)], opts, env, kill_after=kill)
    allowed = {f"doc-{i:04d}": ({1, 2} if i % 2 == 0 else {0, 2}) for i in range(DOCS)}
    with opener() as b:
        check(b, allowed)
    assert run(["load", str(v2)], opts, env) == 0  # the next load completes the work
    with opener() as b:
        assert set(check(b, allowed).values()) == {2}


@pytest.mark.parametrize("kill", [DELAYS[0], DELAYS[1], "index"])
def test_killed_remove_leaves_documents_whole_or_gone(target: Any, tmp_path: Path, kill: float | str) -> None:
    opts, env, opener = target
    v1 = write(tmp_path / "v1.jsonl", [record(i, 1) for i in range(0, DOCS, 2)])
    reset(opts, env, v1)
    doc_ids = [f"doc-{i:04d}" for i in range(0, DOCS, 2)]
    if isinstance(kill, str):
        assert run(["remove", *doc_ids], opts, {**env, "KG_FAULT": kill}) == -signal.SIGKILL
    else:
        run(["remove", *doc_ids], opts, env, kill_after=kill)
    with opener() as b:
        check(b, {d: {0, 1} for d in doc_ids})


def test_failed_load_keeps_old_versions(target: Any, tmp_path: Path) -> None:
    """A record stream that breaks midway: documents already replaced stay new, the others old."""
    opts, env, opener = target
    reset(opts, env, write(tmp_path / "v1.jsonl", [record(i, 1) for i in range(0, DOCS, 2)]))

    def broken() -> Iterator[Record]:
        for i in range(DOCS):
            if i == DOCS // 2:
                raise ValueError("broken input")
            yield record(i, 2)

    with opener() as b:
        with pytest.raises(ValueError):
            b.load(broken())
        allowed = {f"doc-{i:04d}": ({1, 2} if i % 2 == 0 else {0, 2}) if i < DOCS // 2 else ({1} if i % 2 == 0 else {0}) for i in range(DOCS)}
        check(b, allowed)
    with opener() as b:
        check(b, allowed)


#: the documents at version 2, counted on the server while a load runs
AT_V2 = 'GRAPH ?g { ?g a <https://w3id.org/policykg/ontology#Document> ; <http://purl.org/dc/terms/title> "第2版" }'


@pytest.mark.sparql_server
@pytest.mark.parametrize("at", [DOCS // 10, DOCS // 2, DOCS * 9 // 10, DOCS])
def test_killed_server_leaves_old_or_new_versions(tmp_path: Path, at: int) -> None:
    """The SPARQL server SIGKILLed once ``at`` documents are at version 2 (at all of them: while indexing), then restarted."""
    from conftest import unavailable
    from sparql_server import SparqlServerError, start

    try:
        server = start()
    except SparqlServerError as e:
        unavailable(f"cannot start the SPARQL test server: {e}")
    with server:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")])}
        opts = ["--backend", "sparql", "--endpoint", server.endpoint]
        reset(opts, env, write(tmp_path / "v1.jsonl", [record(i, 1) for i in range(0, DOCS, 2)]))
        v2 = write(tmp_path / "v2.jsonl", [record(i, 2) for i in range(DOCS)])
        proc = subprocess.Popen([sys.executable, "-c", RUNNER, "load", str(v2), *opts], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        while proc.poll() is None and server.count(AT_V2) < at:
            time.sleep(0.02)
        assert proc.poll() is None, "the load ended before the server could be killed"
        server.kill()
        _, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 1, stderr
        assert "Traceback" not in stderr and "error: cannot reach the SPARQL server" in stderr
        server.start()
        allowed = {f"doc-{i:04d}": ({1, 2} if i % 2 == 0 else {0, 2}) for i in range(DOCS)}
        with open_backend("sparql", endpoint=server.endpoint) as b:
            check(b, allowed)
        assert run(["load", str(v2)], opts, env) == 0
        with open_backend("sparql", endpoint=server.endpoint) as b:
            assert set(check(b, allowed).values()) == {2}
