"""The sparql backend on a real Oxigraph server: parity with the embedded store, safe parameters, errors, CLI, writer lock, bulk paths.

The backend suite itself (tests/test_store.py, tests/test_queries.py,
tests/test_crash.py) runs on this backend too, through its parametrised fixtures.
"""

from __future__ import annotations

import dataclasses
import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg import identity, queries, rdfmap
from kg.backends import BackendError
from kg.backends.rdf import RdfBackend
from kg.backends import sparql_lock
from kg.backends.sparql import SparqlBackend
from kg.backends.sparql_lock import LOCK_GRAPH, LockedError, WriterLock
from kg.backends.sparql_params import bind
from kg.model import Record
from kg.records import read_path, write_jsonl

from conftest import open_sparql
from helpers import REPO, record_a, record_b
from sparql_server import Gate, SparqlServer

pytestmark = pytest.mark.sparql_server

CURATED = REPO / "kg" / "data" / "curated" / "records.jsonl"
#: parameters that find something in the curated records
CURATED_PARAMS = {"place": "上海", "region": "上海", "category": "RENT_RELIEF", "name": "上海", "from": "特斯拉", "to": "上海",
                  "categories": "TAX_DEFERRAL,SOCIAL_INSURANCE_RELIEF,UNEMPLOYMENT_INSURANCE_REFUND,PROPERTY_LAND_TAX_RELIEF",
                  "enterprise": "", "group": "", "level": ""}
#: text that would end a string, a group or the query if it were pasted into the query text
HOSTILE = ['杭州" } } DROP ALL #', "杭州' }\nDROP ALL ;", 'a\\" . ?s ?p ?o', "滨江\u0000高新园", "杭州\\u0022 } #", "<http://x> }"]
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.argv[0] = 'kg'; main()"]


def _curated() -> list[Record]:
    return [r for r in read_path(CURATED) if isinstance(r, Record)]


@pytest.fixture(scope="module")
def curated(sparql_server: SparqlServer) -> Any:
    """The curated records in both stores."""
    records = _curated()
    with open_sparql(sparql_server) as server, RdfBackend(None) as embedded:
        server.load(records)
        embedded.load(records)
        yield server, embedded


@pytest.mark.parametrize("name", sorted(queries.catalogue()))
def test_stored_query_parity_with_the_embedded_store(curated: Any, name: str) -> None:
    server, embedded = curated
    q = queries.get(name)
    params = {p.name: CURATED_PARAMS[p.name] for p in q.params if p.name in CURATED_PARAMS}
    got, expected = server.query(name, params), embedded.query(name, params)
    assert got.columns == expected.columns == list(q.columns)
    assert expected.rows, f"{name} finds nothing in the curated records: choose other parameters"
    assert got.rows == expected.rows


def test_stats_records_and_counts_match_the_embedded_store(curated: Any) -> None:
    server, embedded = curated
    assert server.stats() == embedded.stats()
    assert server.documents() == embedded.documents()
    assert server.triples_count() == embedded.triples_count()
    assert list(server.records()) == list(embedded.records())


def _index_triples(backend: Any) -> set[str]:
    if isinstance(backend, SparqlBackend):
        response = backend.client.get_graph(rdfmap.INDEX_GRAPH)
        assert response is not None
        with response:
            return {str(ox.Triple(q.subject, q.predicate, q.object)) for q in ox.parse(response, ox.RdfFormat.N_TRIPLES)}
    return {str(ox.Triple(q.subject, q.predicate, q.object)) for q in backend._ox.quads_for_pattern(None, None, None, ox.NamedNode(rdfmap.INDEX_GRAPH))}


def test_index_kept_in_step_equals_the_embedded_one_built_at_once(sparql_backend: SparqlBackend) -> None:
    s = sparql_backend
    s.load([record_a()])
    s.load([record_b()])
    s.remove("doc-a")
    s.load([dataclasses.replace(record_a(), measures=record_a().measures[:1])])
    s.load([record_a()])
    with RdfBackend(None) as once:
        once.load([record_b(), record_a()])
        expected = _index_triples(once)
    assert _index_triples(s) == expected
    assert any("weightSum" in t for t in expected)


def test_unfinished_graphs_are_dropped_on_open(sparql_server: SparqlServer) -> None:
    """What a load cut short leaves (a staging graph, a new graph without its marker) is gone at the next open."""
    with open_sparql(sparql_server) as s:
        s.load([record_a()])
        before = (s.stats(), s.triples_count(), list(s.records()))
        staged = rdfmap.record_nquads(record_a(), staged=True)
        unmarked = rdfmap.record_nquads(record_b())[1:]
        s.client.post_quads(lambda: staged + unmarked)
        assert s.triples_count() > before[1]
    with SparqlBackend(sparql_server.endpoint) as s:
        assert (s.stats(), s.triples_count(), list(s.records())) == before
        assert s.documents() == ["doc-a"]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_parameters_stay_values(sparql_backend: SparqlBackend, value: str) -> None:
    """User text is bound as a literal: it finds nothing, breaks nothing, and both stores agree."""
    sparql_backend.load([record_a(), record_b()])
    with RdfBackend(None) as embedded:
        embedded.load([record_a(), record_b()])
        for name in ("measures-of-place", "evidence", "enterprise-links"):
            param = {"measures-of-place": "place", "evidence": "name", "enterprise-links": "enterprise"}[name]
            assert sparql_backend.query(name, {param: value}).rows == embedded.query(name, {param: value}).rows == []
    assert sparql_backend.documents() == ["doc-a", "doc-b"]


def test_binding_leaves_strings_iris_and_comments_alone() -> None:
    text = 'SELECT ?x WHERE { # ?place in a comment {\n ?x <urn:a?place> "?place {" . FILTER(?x = ?place) }'
    out = bind(text, {"place": ox.Literal('say "hi" }')})
    assert out.count("VALUES") == 1
    assert '# ?place in a comment {' in out and '<urn:a?place>' in out and '"?place {"' in out
    assert list(ox.Store().query(out)) == []  # it parses: the value is one literal


def test_a_subquery_gets_its_own_binding_and_lateral_groups_none() -> None:
    text = "SELECT ?p WHERE { { SELECT ?p ?v WHERE { ?p ?q ?v } } LATERAL { ?p ?r ?v } }"
    out = bind(text, {"v": ox.Literal("x")})
    assert out.count("VALUES") == 2
    assert "{ SELECT" in out.replace("  ", " ")
    list(ox.Store().query(out))


def test_several_values_bind_one_row_each() -> None:
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("1")))
    store.add(ox.Quad(ox.NamedNode("urn:b"), ox.NamedNode("urn:p"), ox.Literal("2")))
    text = "SELECT ?x ?v WHERE { ?x <urn:p> ?v }"
    out = bind(text, {"x": [ox.NamedNode("urn:a"), ox.NamedNode("urn:c")], "v": [ox.Literal("1"), ox.Literal('2" } #')]})
    assert out.count("VALUES") == 1
    assert [(r[0].value, r[1].value) for r in store.query(out)] == [("urn:a", "1")]
    assert list(store.query(bind(text, {"x": []}))) == []  # no value: no row


def test_closed_port_is_a_one_line_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(BackendError, match=f"cannot reach the SPARQL server at http://127.0.0.1:{port}/query"):
        SparqlBackend(f"http://127.0.0.1:{port}/query")


def test_wrong_path_is_a_one_line_error(sparql_server: SparqlServer) -> None:
    with pytest.raises(BackendError, match="no SPARQL endpoint at .*/nope/query \\(HTTP 404\\)"):
        SparqlBackend(sparql_server.base + "/nope/query")


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/query", "http://127.0.0.1:99999/query", "http://127.0.0.1:7878/"])
def test_unusable_urls_are_one_line_errors(url: str) -> None:
    with pytest.raises(BackendError, match="cannot (use SPARQL endpoint|guess the update endpoint)"):
        SparqlBackend(url)


def test_credentials_come_from_the_environment(sparql_server: SparqlServer, monkeypatch: pytest.MonkeyPatch) -> None:
    sparql_server.clear()
    gate = Gate(sparql_server.base, "analyst", "s3cret")
    try:
        with pytest.raises(BackendError, match="refused the request \\(HTTP 401\\): set \\$KG_SPARQL_USER"):
            SparqlBackend(gate.endpoint)
        monkeypatch.setenv("KG_SPARQL_USER", "analyst")
        monkeypatch.setenv("KG_SPARQL_PASSWORD", "wrong")
        with pytest.raises(BackendError, match="HTTP 401"):
            SparqlBackend(gate.endpoint)
        monkeypatch.setenv("KG_SPARQL_PASSWORD", "s3cret")
        with SparqlBackend(gate.endpoint) as s:
            s.load([record_a()])
            assert s.documents() == ["doc-a"]
    finally:
        gate.close()


def test_server_errors_are_retried(sparql_server: SparqlServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """503s (fewer than the attempts allowed) are retried; more than that fail with the status."""
    from kg.backends import sparql_protocol

    monkeypatch.setattr(sparql_protocol, "BACKOFF", 0.01)
    monkeypatch.setenv("KG_SPARQL_USER", "analyst")
    monkeypatch.setenv("KG_SPARQL_PASSWORD", "s3cret")
    sparql_server.clear()
    gate = Gate(sparql_server.base, "analyst", "s3cret")
    try:
        with SparqlBackend(gate.endpoint) as s:
            gate.failures = sparql_protocol.ATTEMPTS - 1
            s.load([record_a()])
            assert s.documents() == ["doc-a"]
            gate.failures = sparql_protocol.ATTEMPTS
            with pytest.raises(BackendError, match="answered HTTP 503"):
                s.documents()
    finally:
        gate.close()


def test_cli_load_query_and_remove(sparql_server: SparqlServer, tmp_path: Path) -> None:
    sparql_server.clear()
    path = tmp_path / "in.jsonl"
    with path.open("w", encoding="utf-8") as out:
        write_jsonl([record_a(), record_b()], out)
    env = {**os.environ, "KG_SPARQL_ENDPOINT": sparql_server.endpoint}
    env.pop("KG_BACKEND", None)

    def kg(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*KG, *args], env={**env, **extra}, capture_output=True, text=True, timeout=300)

    done = kg("load", str(path), "--backend", "sparql")
    assert done.returncode == 0, done.stderr
    assert "loaded 2 document(s)" in done.stderr and "sparql store" in done.stderr
    done = kg("query", "measures-of-place", "-p", "place", "杭州", "--format", "json", "--backend", "sparql")
    assert done.returncode == 0, done.stderr
    assert '"doc_id": "doc-b"' in done.stdout
    assert kg("remove", "doc-b", "--backend", "sparql").returncode == 0
    done = kg("stats", "--documents", "--backend", "sparql")
    assert "doc-a" in done.stdout and "doc-b" not in done.stdout
    missing = subprocess.run([*KG, "stats", "--backend", "sparql"], env={k: v for k, v in env.items() if k != "KG_SPARQL_ENDPOINT"},
                             capture_output=True, text=True)
    assert missing.returncode == 2 and "--backend sparql needs --endpoint" in missing.stderr
    wrong = kg("stats", "--backend", "sparql", "--endpoint", sparql_server.base + "/nope/query")
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1 and "HTTP 404" in wrong.stderr


def _lock_quads(server: SparqlServer) -> int:
    return server.count(f"GRAPH <{LOCK_GRAPH}> {{ ?s ?p ?o }}")


def test_a_second_writer_is_refused_and_leaves_the_first_ones_work_alone(sparql_server: SparqlServer, tmp_path: Path) -> None:
    """While a writer holds the lock, a second `kg load` fails naming it, and opening the dataset drops none of its graphs."""
    path = tmp_path / "b.jsonl"
    with path.open("w", encoding="utf-8") as out:
        write_jsonl([record_b()], out)
    doc_b = f"GRAPH <{identity.document_iri('doc-b')}> {{ ?s ?p ?o }}"
    with open_sparql(sparql_server) as s:
        s.load([record_a()])
        holder = WriterLock(s.client, s.uri, "load")
        holder.acquire()
        try:
            unmarked = rdfmap.record_nquads(record_b())[1:]  # the holder's new document, its marker not yet in
            s.client.post_quads(lambda: unmarked)
            with SparqlBackend(sparql_server.endpoint) as other:
                assert sparql_server.count(doc_b) == len(unmarked)
                with pytest.raises(LockedError, match=f"locked by kg load on {re.escape(socket.gethostname())} \\(process {os.getpid()}\\)"):
                    other.remove("doc-a")
            env = {**os.environ, "KG_SPARQL_ENDPOINT": sparql_server.endpoint}
            done = subprocess.run([*KG, "load", str(path), "--backend", "sparql"], env=env, capture_output=True, text=True, timeout=300)
            assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
            assert f"is locked by kg load on {socket.gethostname()} (process {os.getpid()})" in done.stderr
            assert sparql_server.count(doc_b) == len(unmarked)
        finally:
            holder.release()
    assert _lock_quads(sparql_server) == 0
    with SparqlBackend(sparql_server.endpoint) as s:  # no writer now: the clean-up runs
        assert sparql_server.count(doc_b) == 0 and s.documents() == ["doc-a"]
        s.load([record_b()])
        assert s.documents() == ["doc-a", "doc-b"]
    assert _lock_quads(sparql_server) == 0


def test_a_reader_of_a_complete_dataset_needs_no_update_endpoint(sparql_server: SparqlServer) -> None:
    """Opening writes only when there is something to clean up: no lock is taken to read."""
    with open_sparql(sparql_server) as s:
        s.load([record_a()])
    with SparqlBackend(sparql_server.endpoint, update_endpoint=sparql_server.base + "/nope") as reader:
        assert reader.documents() == ["doc-a"]
        with pytest.raises(BackendError, match="HTTP 404"):
            reader.remove("doc-a")


def test_the_lock_of_a_process_gone_is_taken_over(sparql_server: SparqlServer) -> None:
    sparql_server.clear()
    child = ("import os, sys; from kg.backends.sparql import SparqlBackend; from kg.backends.sparql_lock import WriterLock\n"
             "b = SparqlBackend(sys.argv[1]); WriterLock(b.client, b.uri, 'load').acquire(); os._exit(0)")
    subprocess.run([sys.executable, "-c", child, sparql_server.endpoint], check=True, timeout=120)
    assert _lock_quads(sparql_server) > 0  # what a killed kg load leaves
    with SparqlBackend(sparql_server.endpoint) as s:
        s.load([record_a()])
        assert s.documents() == ["doc-a"]
    assert _lock_quads(sparql_server) == 0


@pytest.mark.parametrize("renewed, refused", [("NOW()", True), ('"2000-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>', False)])
def test_another_hosts_lock_is_stale_once_not_renewed_for_the_lease(sparql_backend: SparqlBackend, renewed: str, refused: bool) -> None:
    g = f"<{LOCK_GRAPH}>"
    facts = " ; ".join(f"<{rdfmap.KG}{k}> {v}" for k, v in
                       {"token": '"t0"', "host": '"elsewhere.example"', "pid": '"1"', "task": '"load"', "since": "?r", "renewed": "?r"}.items())
    sparql_backend.client.update(f"INSERT {{ GRAPH {g} {{ {g} {facts} }} }} WHERE {{ BIND({renewed} AS ?r) }}")
    if refused:
        with pytest.raises(LockedError, match="locked by kg load on elsewhere.example \\(process 1\\) since .*, renewed \\d+ s ago"):
            sparql_backend.load([record_a()])
        assert sparql_backend.documents() == []
    else:
        sparql_backend.load([record_a()])
        assert sparql_backend.documents() == ["doc-a"]


def test_a_writer_whose_lock_was_taken_over_stops(sparql_backend: SparqlBackend, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sparql_lock, "RENEW_EVERY", 0.0)
    lock = WriterLock(sparql_backend.client, sparql_backend.uri, "load")
    lock.acquire()
    lock.renew()
    g = f"<{LOCK_GRAPH}>"
    sparql_backend.client.update(f'DELETE {{ GRAPH {g} {{ {g} <{rdfmap.KG}token> ?t }} }} INSERT {{ GRAPH {g} {{ {g} <{rdfmap.KG}token> "other" }} }} '
                                 f"WHERE {{ GRAPH {g} {{ {g} <{rdfmap.KG}token> ?t }} }}")
    with pytest.raises(LockedError, match="lost the lock .* taken over as stale by kg load"):
        lock.renew()
    lock.release()


#: the bulk paths of docs/scale.md: how the file for `oxigraph load` is made, after `kg load` filled the folder "store"
BULK_PATHS = {
    "oxigraph dump of the store": ("dataset.nq", lambda f: ["oxigraph", "dump", "--location", "store", "--file", f]),
    "kg export of the record file": ("dataset.nq", lambda f: ["kg", "export", "-f", "nquads", "--shape", "dataset", "-o", f, "records.jsonl"]),
    "kg export of the store as gzipped TriG": ("dataset.trig.gz", lambda f: ["kg", "export", "-f", "trig", "--shape", "dataset", "-o", f]),
}


@pytest.mark.parametrize("path", BULK_PATHS)
def test_bulk_path_then_oxigraph_load(tmp_path: Path, path: str) -> None:
    """A dataset file made as docs/scale.md says, bulk-loaded by `oxigraph load` into an empty folder and served:
    nothing is re-indexed, and the server gives the same documents, counts, index and query rows as the embedded store."""
    from conftest import unavailable
    from sparql_server import SparqlServerError, _command

    with (tmp_path / "records.jsonl").open("w", encoding="utf-8") as out:
        write_jsonl(_curated(), out)
    env = {**os.environ, "KG_STORE": str(tmp_path / "store"), "PYTHONPATH": str(REPO)}
    env.pop("KG_BACKEND", None)
    name, make = BULK_PATHS[path]
    server = SparqlServer(workdir=tmp_path / "server")
    server.workdir.mkdir()
    try:
        tools = {"kg": KG, "oxigraph": [_command()]}
        for tool, *args in (["kg", "load", "records.jsonl"], make(name),
                            ["oxigraph", "load", "--location", str(server.workdir / "data"), "--file", name]):
            done = subprocess.run([*tools[tool], *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, done.stderr
        server.start()
    except SparqlServerError as e:
        unavailable(f"cannot run the Oxigraph tools: {e}")
    try:
        with RdfBackend(tmp_path / "store") as embedded:
            assert server.count() == embedded.triples_count()  # before the backend opens: the file held the whole index
            with SparqlBackend(server.endpoint) as bulk:
                assert bulk.documents() == embedded.documents()
                assert bulk.stats() == embedded.stats()
                assert bulk.triples_count() == embedded.triples_count()
                assert _index_triples(bulk) == _index_triples(embedded)
                for query in sorted(queries.catalogue()):
                    params = {p.name: CURATED_PARAMS[p.name] for p in queries.get(query).params if p.name in CURATED_PARAMS}
                    assert bulk.query(query, params).rows == embedded.query(query, params).rows, query
    finally:
        server.kill()
