"""Opening a store an older kg wrote: the command says it re-indexes (on stderr), the data on stdout stays clean."""

from __future__ import annotations

import json
from pathlib import Path

from kg.records import dumps
from kg.backends.rdf import RdfBackend

from helpers import record_a, record_b
from test_cli import kg
from test_store import _BEFORE_CATEGORY_LISTS as OLDER_LAYOUT

STARTS, ENDS = "kg: re-indexing ", "kg: re-indexed "


def _records(tmp_path: Path) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text(dumps(record_a()) + "\n" + dumps(record_b()) + "\n", encoding="utf-8")
    return path


def _stats(stdout: str) -> dict[str, int]:
    return {row["what"]: row["count"] for row in json.loads(stdout)}


def test_opening_an_older_embedded_store_says_it_reindexes_once(tmp_path: Path) -> None:
    store = tmp_path / "store"
    kg("load", str(_records(tmp_path)), store=store)
    current = kg("stats", "--format", "json", store=store)
    assert STARTS not in current.stderr
    with RdfBackend(store) as s:
        s._ox.update(OLDER_LAYOUT)
    first = kg("stats", "--format", "json", store=store)
    lines = first.stderr.splitlines()
    assert [line for line in lines if line.startswith(STARTS)] == [f"{STARTS}the store at {store} for this version of kg (once; large stores take a minute)…"]
    assert any(line.startswith(f"{ENDS}the store at {store} in ") and line.endswith(" s") for line in lines)
    assert _stats(first.stdout) == _stats(current.stdout)  # stdout is the data alone: it parses as JSON
    assert STARTS not in kg("stats", "--format", "json", store=store).stderr  # once


def test_opening_an_older_sparql_dataset_says_it_reindexes(tmp_path: Path, sparql_server) -> None:  # type: ignore[no-untyped-def]
    sparql_server.clear()
    store = tmp_path / "unused"
    at = ("--backend", "sparql", "--endpoint", sparql_server.endpoint)
    kg("load", *at, str(_records(tmp_path)), store=store)
    current = kg("stats", *at, "--format", "json", store=store)
    from kg.backends.sparql import SparqlBackend

    with SparqlBackend(sparql_server.endpoint) as backend:
        backend.client.update(OLDER_LAYOUT)
    first = kg("stats", *at, "--format", "json", store=store)
    assert f"{STARTS}the dataset at {sparql_server.endpoint} for this version of kg" in first.stderr
    assert f"{ENDS}the dataset at {sparql_server.endpoint} in " in first.stderr
    assert _stats(first.stdout) == _stats(current.stdout)
    assert STARTS not in kg("stats", *at, "--format", "json", store=store).stderr
