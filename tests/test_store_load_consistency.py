"""A load cut short leaves the entity index matching the documents present; a document is counted once per load.

The embedded store writes index entries once per many batches, so a failed
or killed load may leave entries waiting for documents that never became
visible, or documents whose entries were not yet written: neither may show.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg import rdfmap
from kg.backends import rdf_load
from kg.backends.neo4j import Neo4jBackend
from kg.backends.rdf import RdfBackend
from kg.model import Entity, Measure, Record, Relation
from kg.records import write_jsonl

DOCS = 120
ZONES = ("东湖试验区", "西岭试验区", "南塘试验区")


def firm(i: int, version: int) -> str:
    return f"{'新旧'[version - 1]}{i:03d}号测试企业有限公司"


def record(i: int, version: int) -> Record:
    zone, name = ZONES[i % len(ZONES)], firm(i, version)
    return Record(
        doc_id=f"d{i:03d}",
        title=f"第{version}版",
        entities=(Entity(zone, "Zone"), Entity(name, "Enterprise")),
        measures=(Measure(region=zone, categories=("RENT_RELIEF",), beneficiaries=(name,)),),
        relations=(Relation("LOCATED_IN", name, zone),),
    )


def v1() -> list[Record]:
    """Every other document, at version 1."""
    return [record(i, 1) for i in range(0, DOCS, 2)]


def v2() -> Iterator[Record]:
    return (record(i, 2) for i in range(DOCS))


def index(s: RdfBackend) -> set[str]:
    return {str(q) for q in s._ox.quads_for_pattern(None, None, None, ox.NamedNode(rdfmap.INDEX_GRAPH))}


def check(s: RdfBackend) -> None:
    """Each document at version 1 or 2 (never absent once stored); the index answers from exactly the documents present."""
    present = {r.doc_id: int(r.title.strip("第版")) for r in s.records()}  # type: ignore[union-attr]
    for i in range(0, DOCS, 2):
        assert f"d{i:03d}" in present
    found = {row[0] for zone in ZONES for row in s.query("enterprises-in-place", {"place": zone}).rows}
    assert found == {firm(int(d[1:]), v) for d, v in present.items()}
    written = index(s)
    s._rebuild_index()
    assert index(s) == written


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of a few documents, index entries written every few batches."""
    monkeypatch.setattr(rdf_load, "BATCH_FACTS", 40)
    monkeypatch.setattr(rdf_load, "INDEX_ENTITIES", 12)


@pytest.mark.parametrize("failing", [1, 2, 5])
def test_a_failed_commit_leaves_the_index_matching(tmp_path: Path, small_batches: None, monkeypatch: pytest.MonkeyPatch, failing: int) -> None:
    """A batch's commit fails: later batches (whose index entries may count its documents) are not committed either."""
    with RdfBackend(tmp_path / "s") as s:
        s.load(v1())
        commit, calls = s._commit, []

        def flaky(*args: Any) -> None:
            calls.append(1)
            if len(calls) == failing:
                raise OSError("disk full")
            commit(*args)

        monkeypatch.setattr(s, "_commit", flaky)
        with pytest.raises(OSError):
            s.load(v2())
        check(s)
    with RdfBackend(tmp_path / "s") as s:
        check(s)


def test_a_broken_input_leaves_the_index_matching(tmp_path: Path, small_batches: None) -> None:
    def broken() -> Iterator[Record]:
        for n, rec in enumerate(v2()):
            if n == DOCS // 2 + 1:
                raise ValueError("broken input")
            yield rec

    with RdfBackend(tmp_path / "s") as s:
        s.load(v1())
        with pytest.raises(ValueError):
            s.load(broken())
        check(s)


@pytest.mark.parametrize("entities", [12, 10**6])
def test_entries_merged_a_chunk_at_a_time_match_a_rebuild(tmp_path: Path, small_batches: None, monkeypatch: pytest.MonkeyPatch,
                                                         entities: int) -> None:
    """Stored entries are read back a few entities at a time and the last write remembers none; entries are written once
    a few entities wait, or once at the end, their enterprise-links rows read back from disk a few at a time: the index
    still equals a rebuilt one."""
    from kg.backends import rdf

    monkeypatch.setattr(rdf, "INDEX_CHUNK", 2)
    monkeypatch.setattr(rdf, "KNOWN_ENTRIES", 1)
    monkeypatch.setattr(rdf, "BENEFIT_ROWS", 3)
    monkeypatch.setattr(rdf_load, "INDEX_ENTITIES", entities)
    with RdfBackend(tmp_path / "s") as s:
        s.load(v1())
        s.load(v2())
        check(s)
        s.load([record(i, 1) for i in range(0, DOCS, 3)])
        check(s)


#: the CLI with small batches, killed at its Nth swap (a batch's documents written, not yet visible)
RUNNER = ("import sys, kg.backends.rdf_load as r; r.BATCH_FACTS = 40; r.INDEX_ENTITIES = 12; "
          "from kg.cli import main; sys.argv[0] = 'kg'; main()")


@pytest.mark.parametrize("point", ["swap:2", "swap:4", "swap:7"])
def test_a_killed_load_leaves_the_index_matching(tmp_path: Path, point: str) -> None:
    for name, recs in (("v1", v1()), ("v2", list(v2()))):
        with (tmp_path / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            write_jsonl(recs, out)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    store = str(tmp_path / "s")
    assert subprocess.run([sys.executable, "-c", RUNNER, "load", "--store", store, str(tmp_path / "v1.jsonl")], env=env,
                          capture_output=True).returncode == 0
    killed = subprocess.run([sys.executable, "-c", RUNNER, "load", "--store", store, str(tmp_path / "v2.jsonl")],
                            env={**env, "KG_FAULT": point}, capture_output=True)
    assert killed.returncode < 0
    with RdfBackend(store) as s:
        check(s)


def test_rdf_counts_a_document_once_across_batches(tmp_path: Path, small_batches: None) -> None:
    with RdfBackend(tmp_path / "s") as s:
        s.load(v1())
        report = s.load([*v2(), record(0, 1), record(1, 1)])
        assert (report.documents, report.replaced) == (DOCS, DOCS // 2)


class Chunks(Neo4jBackend):
    """The Neo4j load's counting, without a server: each chunk "writes" its documents; those loaded before are present."""

    def __init__(self, stored: set[str]) -> None:
        self.batch, self.stored = 4, stored

    def ensure_schema(self) -> None:
        pass

    def _in_transaction(self, work: Any) -> Any:
        return work()

    def _replace(self, chunk: list[Record]) -> tuple[list[str], set[str], int]:
        ids = list(dict.fromkeys(r.doc_id for r in chunk))
        present = {d for d in ids if d in self.stored}
        self.stored.update(ids)
        return ids, present, len(chunk)


def test_neo4j_counts_a_document_once_across_chunks() -> None:
    """A doc_id whose records fall in several chunks counts once; as replaced only when stored before the load."""
    backend = Chunks({"d000"})
    report = backend.load([record(0, 2), record(1, 2), record(0, 2), record(1, 2), record(2, 2), record(1, 2)])
    assert (report.documents, report.replaced) == (3, 1)
