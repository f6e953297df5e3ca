"""`kg export --shape dataset`: the store's own dataset, quad for quad, streamed from records or from a store.

The consumer here is Oxigraph's bulk loader in the embedded store's own
library; tests/test_sparql_backend.py feeds the file to ``oxigraph load``
and serves it.
"""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import dataset
from kg.backends.rdf import RdfBackend
from kg.export import dataset_formats
from kg.model import Record
from kg.records import read_path
from kg.cli.viz import export_cmd

from helpers import REPO, record_a, record_b
from test_hostile_input import HOSTILE_NAMES, record_json, write_lines

CURATED = REPO / "kg" / "data" / "curated" / "records.jsonl"
OX_FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


def _curated() -> list[Record]:
    return [r for r in read_path(CURATED) if isinstance(r, Record)]


def _hostile(tmp_path: Path) -> list[Record]:
    """Records whose names, evidence and ids hold control characters, quotes and backslashes (cleaned as kg load cleans them)."""
    lines = [json.dumps({**record_json(f"doc-{k}", v, text=f'"{v}" \\ 〉'), "title": v}) for k, v in HOSTILE_NAMES.items()]
    path = write_lines(tmp_path / "hostile.jsonl", lines)
    return [r for r in read_path(path) if isinstance(r, Record)]


def _written(fmt: str, records: list[Record]) -> set[ox.Quad]:
    out = io.StringIO()
    n = dataset.WRITERS[fmt](dataset.graphs(records), out)
    store = ox.Store()
    store.load(out.getvalue().encode(), format=OX_FORMATS[fmt])
    assert n >= len(store)
    return set(store)


def _loaded(records: list[Record]) -> set[ox.Quad]:
    with RdfBackend(None) as store:
        store.load(records)
        return set(store._ox)


@pytest.mark.parametrize("fmt", OX_FORMATS)
@pytest.mark.parametrize("source", ["curated", "ab", "hostile"])
def test_dataset_is_what_kg_load_builds(fmt: str, source: str, tmp_path: Path) -> None:
    records = {"curated": _curated, "ab": lambda: [record_a(), record_b()], "hostile": lambda: _hostile(tmp_path)}[source]()
    expected = _loaded(records)
    assert any("indexVersion" in str(q) for q in expected) and any("weightSum" in str(q) for q in expected)
    assert _written(fmt, records) == expected


def test_dataset_of_a_store_is_the_store(tmp_path: Path) -> None:
    """Written from a store's records (as `kg export --shape dataset` without FILES does), it is that store again."""
    with RdfBackend(tmp_path / "store") as store:
        store.load([record_b(), record_a()])
        store.load([dataclasses.replace(record_a(), measures=record_a().measures[:1])])  # a replaced document
        held = set(store._ox)
        records = list(store.records())
    assert _written("nquads", records) == held


def test_bulk_loaded_folder_opens_as_the_loaded_store(tmp_path: Path) -> None:
    """Oxigraph's bulk loader fed the file builds a folder the embedded backend opens and queries like kg load's."""
    records = _curated()
    path = tmp_path / "dataset.nq"
    with path.open("w", encoding="utf-8") as out:
        dataset.write_nquads(dataset.graphs(records), out)
    bulk = ox.Store(str(tmp_path / "bulk"))
    bulk.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    del bulk
    with RdfBackend(tmp_path / "bulk") as opened, RdfBackend(None) as loaded:
        loaded.load(records)
        assert opened.documents() == loaded.documents() and opened.stats() == loaded.stats()
        for name, params in (("similar-places", {"place": "上海"}), ("category-coverage", {}), ("entity-names", {})):
            rows = loaded.query(name, params).rows
            assert rows and opened.query(name, params).rows == rows
        assert set(opened._ox) == set(loaded._ox)


def test_documents_stream_out_as_they_are_read() -> None:
    """The first document graph is written before the second record is read: no whole dataset in memory."""
    read: list[str] = []

    def records() -> Iterator[Record]:
        for rec in (record_a(), record_b()):
            read.append(rec.doc_id)
            yield rec

    graphs = dataset.graphs(records())
    assert next(graphs)[0].endswith("graph/taxonomy")
    doc, _ = next(graphs)
    assert doc.endswith("doc-a") and read == ["doc-a"]


def test_formats_with_a_dataset_shape_have_a_writer() -> None:
    assert sorted(dataset_formats()) == sorted(dataset.WRITERS)


def _export(*args: str) -> object:
    return CliRunner().invoke(export_cmd, list(args), catch_exceptions=False)


def test_cli_writes_the_dataset_of_record_files(tmp_path: Path) -> None:
    out = tmp_path / "dataset.trig"
    done = _export("-f", "trig", "--shape", "dataset", "-o", str(out), str(CURATED))
    assert done.exit_code == 0, done.output  # type: ignore[attr-defined]
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.TRIG)
    assert set(store) == _loaded(_curated())


def test_cli_refuses_a_document_twice_and_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "dataset.nq"
    done = _export("-f", "nquads", "--shape", "dataset", "-o", str(out), str(CURATED), str(CURATED))
    assert done.exit_code == 2 and "is given twice" in done.output  # type: ignore[attr-defined]
    assert list(tmp_path.iterdir()) == []


def test_cli_reports_bad_lines_and_writes_the_good_records(tmp_path: Path) -> None:
    bad = write_lines(tmp_path / "bad.jsonl", ['{"entities": []}', json.dumps(record_json("good", "宁波"))])
    out = tmp_path / "dataset.nq"
    done = _export("-f", "nquads", "--shape", "dataset", "-o", str(out), str(bad))
    assert done.exit_code == 1 and "bad.jsonl:1" in done.output  # type: ignore[attr-defined]
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.N_QUADS)
    assert {q.graph_name.value.rsplit("/", 1)[1] for q in store if "/document/" in q.graph_name.value} == {"good"}


@pytest.mark.parametrize("args, message", [
    (["-f", "turtle", "--shape", "dataset"], "--shape dataset is written as nquads or trig, not turtle"),
    (["-f", "gexf", str(CURATED)], "FILES are read for --shape dataset and -f neo4j-import"),
    (["-f", "nquads", "--shape", "dataset", "--place", "上海", str(CURATED)], "a selection needs a store"),
    (["-f", "neo4j-import", str(CURATED)], "neo4j-import writes a folder"),
])
def test_cli_usage_errors(args: list[str], message: str) -> None:
    done = _export(*args)
    assert done.exit_code == 2 and message in done.output  # type: ignore[attr-defined]


def test_kg_load_reads_the_dataset_back(tmp_path: Path) -> None:
    """The taxonomy and index graphs are skipped; each document graph is its record again."""
    from kg.rdfread import read_rdf

    path = tmp_path / "dataset.nq"
    with path.open("w", encoding="utf-8") as out:
        dataset.write_nquads(dataset.graphs(_curated()), out)
    with RdfBackend(None) as store:
        store.load(_curated())
        expected = {r.doc_id: r for r in store.records()}
    got = {r.doc_id: r for r in read_rdf(path) if isinstance(r, Record)}
    assert got == expected and len(got) == 5


def test_cli_selection_writes_whole_documents_of_the_store(tmp_path: Path) -> None:
    """With a selection, the dataset holds the whole documents it touches, each graph as the store holds it."""
    with RdfBackend(tmp_path / "store") as store:
        store.load(_curated())
        held = set(store._ox)
    first = _curated()[0].doc_id
    out = tmp_path / "part.nq"
    done = _export("-f", "nquads", "--shape", "dataset", "--document", first, "--store", str(tmp_path / "store"), "-o", str(out))
    assert done.exit_code == 0, done.output  # type: ignore[attr-defined]
    written = ox.Store()
    written.load(path=str(out), format=ox.RdfFormat.N_QUADS)
    graphs = {q.graph_name for q in written}
    assert any(g.value.endswith(first) for g in graphs)
    assert {q for q in written if "/document/" in q.graph_name.value} == {q for q in held if q.graph_name in graphs and "/document/" in q.graph_name.value}
