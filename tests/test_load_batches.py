"""The embedded store's load in batches: documents counted once, changed documents swapped by their differences."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox

from kg import identity, rdfmap
from kg.backends import rdf_load
from kg.backends.rdf import RdfBackend
from kg.model import Entity, Measure

from helpers import record_a, record_b


def _quads(s: RdfBackend) -> set[str]:
    return {str(q) for q in s._ox}


def _index(s: RdfBackend) -> set[str]:
    return {str(q) for q in s._ox.quads_for_pattern(None, None, None, ox.NamedNode(rdfmap.INDEX_GRAPH))}


def test_a_document_in_several_batches_counts_once(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(rdf_load, "BATCH_FACTS", 1)
    with RdfBackend(tmp_path / "s") as s:
        report = s.load([record_a(), record_b(), record_a(), record_a()])
        assert (report.documents, report.replaced) == (2, 0)
        assert s.documents() == ["doc-a", "doc-b"]
        assert s.load([record_a(), record_a()]).replaced == 1


def test_an_unchanged_document_is_left_as_it_is(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with RdfBackend(tmp_path / "s") as s:
        s.load([record_a(), record_b()])
        before = _quads(s)
        report = s.load([record_b()])
        assert (report.documents, report.replaced) == (1, 1)
        assert _quads(s) == before


def test_a_changed_document_gets_exactly_its_new_version(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Measures dropped and added, an entity renamed: the graph equals a fresh load of the new version, the index a rebuilt one."""
    monkeypatch.setattr(rdf_load, "BATCH_FACTS", 2)
    a = record_a()
    changed = dataclasses.replace(
        a,
        title="改过的标题",
        entities=(*a.entities[:5], Entity("新来的企业有限公司", "Enterprise")),
        measures=(a.measures[1], Measure(region="滨江高新园", categories=("RENT_RELIEF",), beneficiaries=("新来的企业有限公司",))),
    )
    with RdfBackend(tmp_path / "swapped") as s:
        s.load([a, record_b()])
        s.load([changed])
        swapped, index = _quads(s), _index(s)
        assert not [g for g in s._ox.named_graphs() if g.value.startswith((rdfmap.STAGING_PREFIX, rdfmap.RETIRING_PREFIX))]
        s._rebuild_index()
        assert _index(s) == index
    with RdfBackend(tmp_path / "fresh") as s:
        s.load([record_b(), changed])
        assert _quads(s) == swapped


def test_a_document_given_twice_to_an_empty_store_ends_at_its_later_version(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A load into a store without documents checks for a stored version only of the documents it wrote already."""
    monkeypatch.setattr(rdf_load, "BATCH_FACTS", 2)
    a = record_a()
    later = dataclasses.replace(a, title="第二版的标题", measures=a.measures[:1])
    with RdfBackend(tmp_path / "twice") as s:
        report = s.load([a, record_b(), later])
        assert (report.documents, report.replaced) == (2, 0)  # each counted once, as new to the store
        twice, index = _quads(s), _index(s)
        s._rebuild_index()
        assert _index(s) == index
    with RdfBackend(tmp_path / "once") as s:
        s.load([record_b(), later])
        assert _quads(s) == twice


def test_measure_counts_follow_a_document_that_only_gains_measures(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A stored document's new version adds a measure and loses nothing, beside a new document on the same place.

    The stored measures are not counted again: each place's count per category equals a rebuilt index's.
    """
    monkeypatch.setattr(rdf_load, "BATCH_FACTS", 2)
    a = record_a()
    grown = dataclasses.replace(a, measures=(*a.measures, Measure(region="杭州", categories=("TAX_DEFERRAL", "RENT_RELIEF"))))
    other = dataclasses.replace(a, doc_id="doc-c", measures=a.measures[1:])
    with RdfBackend(tmp_path / "s") as s:
        s.load([a, record_b()])
        s.load([grown, other])
        index = _index(s)
        s._rebuild_index()
        assert _index(s) == index
    hangzhou = ox.NamedNode(identity.entity_iri("Region", "杭州"))
    tax = ox.NamedNode(identity.category_iri("TAX_DEFERRAL"))
    with RdfBackend(tmp_path / "s") as s:
        (count,) = s._ox.quads_for_pattern(hangzhou, tax, None, ox.NamedNode(rdfmap.INDEX_GRAPH))
        expected = sum(m.region in ("杭州", "杭州市") and "TAX_DEFERRAL" in m.categories
                       for rec in (grown, record_b(), other) for m in rec.measures)
        assert count.object.value == str(expected)


def test_hashes_hold_what_a_set_holds() -> None:
    """Membership and first additions agree with a set's across many merges of the latest hashes into the sorted array."""
    hashes, plain = rdf_load.Hashes(), set()
    for i in range(20_000):
        key = f"文档-{(i * 7919) % 6_000}"
        assert (key in hashes) == (key in plain)
        assert hashes.add(key) == (key not in plain)
        plain.add(key)
    assert all(f"文档-{k}" in hashes for k in range(6_000)) and "文档-6000" not in hashes


def test_a_relation_link_recurring_in_every_batch_goes_to_the_loader_once(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Documents that repeat each other's relations, one batch each: every index link is handed over once, and the index is complete."""
    monkeypatch.setattr(rdf_load, "BATCH_FACTS", 1)
    handed: list[bytes] = []
    bulk_load = RdfBackend.bulk_load

    def spy(self: RdfBackend, nquads):  # type: ignore[no-untyped-def]
        handed.extend(nquads.read_bytes().splitlines())
        bulk_load(self, nquads)

    monkeypatch.setattr(RdfBackend, "bulk_load", spy)
    a = record_a()
    assert a.relations
    copies = [dataclasses.replace(a, doc_id=f"doc-a{i}") for i in range(3)]
    with RdfBackend(tmp_path / "s") as s:
        s.load(copies)
        links = [line for line in handed if any(f"<{p}>".encode() in line for p in rdfmap.RELATION_PROPERTY.values())
                 and line.endswith(f"<{rdfmap.INDEX_GRAPH}> .".encode())]
        assert links and len(links) == len(set(links))
        index = _index(s)
        s._rebuild_index()
        assert _index(s) == index
