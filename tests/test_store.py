"""The embedded store: identity across documents, idempotent loads, replace and remove, SHACL."""

from __future__ import annotations

import dataclasses
import gc

import pytest
import pyoxigraph as ox

from kg import identity, rdfmap
from kg.backends import BackendError
from kg.backends import rdf, rdf_load
from kg.backends.rdf import RdfBackend
from kg.model import Entity, Measure, Record, Relation
from kg.validate import validate_records

from helpers import record_a, record_b


@pytest.fixture(params=["rdf", pytest.param("sparql", marks=pytest.mark.sparql_server)])
def store(request, tmp_path):  # type: ignore[no-untyped-def]
    """Each RDF backend: the embedded store, and the same dataset on a SPARQL server."""
    if request.param == "sparql":
        yield request.getfixturevalue("sparql_backend")
        return
    with RdfBackend(tmp_path / "store") as s:
        yield s


def test_identity_is_deterministic_and_merges_spellings() -> None:
    assert identity.entity_iri("Region", "杭州") == identity.entity_iri("Region", "杭州市")
    assert identity.entity_iri("Region", "浙江省") == identity.entity_iri("Zone", "浙江")  # places share one space
    assert identity.entity_iri("Enterprise", "星河光电（杭州）有限公司") == identity.entity_iri("Enterprise", "星河光电(杭州)有限公司")
    assert identity.entity_iri("Enterprise", "星河光电") != identity.entity_iri("Agency", "星河光电")
    assert " " not in identity.entity_iri("Enterprise", "Star River Co")


def test_two_documents_naming_one_place_meet_in_one_node(store) -> None:  # type: ignore[no-untyped-def]
    store.load([record_a()])
    before = store.stats()
    store.load([record_b()])
    after = store.stats()
    assert after["Region"] == before["Region"]  # 杭州市 is 杭州
    assert after["Enterprise"] == before["Enterprise"]  # 星河光电有限公司 again
    assert after["Agency"] == before["Agency"] + 1
    assert after["Measure"] == before["Measure"] + 1
    assert after["Document"] == 2


def test_loading_twice_changes_nothing(store) -> None:  # type: ignore[no-untyped-def]
    store.load([record_a(), record_b()])
    stats, triples, recs = store.stats(), store.triples_count(), list(store.records())
    report = store.load([record_a(), record_b()])
    assert report.replaced == 2
    assert store.stats() == stats
    assert store.triples_count() == triples
    assert list(store.records()) == recs


def test_reload_replaces_exactly_one_document(store) -> None:  # type: ignore[no-untyped-def]
    store.load([record_a(), record_b()])
    changed = dataclasses.replace(record_a(), measures=record_a().measures[:1])
    store.load([changed])
    back = {r.doc_id: r for r in store.records()}
    assert len(back["doc-a"].measures) == 1
    assert back["doc-b"] == next(_loaded(record_b()).records())


def _loaded(rec):  # type: ignore[no-untyped-def]
    s = RdfBackend()
    s.load([rec])
    return s


def test_remove_deletes_only_that_document(store) -> None:  # type: ignore[no-untyped-def]
    store.load([record_a(), record_b()])
    assert store.remove("doc-b") is True
    assert store.remove("doc-b") is False
    assert store.documents() == ["doc-a"]
    alone = _loaded(record_a())
    assert store.stats() == alone.stats()
    assert store.triples_count() == alone.triples_count()


def test_store_persists_on_disk(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with RdfBackend(tmp_path / "s") as s:
        s.load([record_a()])
    with RdfBackend(tmp_path / "s") as s:
        assert s.documents() == ["doc-a"]


def test_a_store_in_use_gives_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with RdfBackend(tmp_path / "s"):
        with pytest.raises(BackendError, match="cannot open the store at .*another kg process"):
            RdfBackend(tmp_path / "s")


def test_loaded_graph_satisfies_the_shapes(store) -> None:  # type: ignore[no-untyped-def]
    store.load([record_a(), record_b()])
    assert validate_records(store.records()) == []


def test_shapes_catch_a_measure_without_a_known_category() -> None:
    bad = dataclasses.replace(record_b(), measures=(Measure(region="杭州市", categories=("NOT_A_CATEGORY",)),))
    violations = validate_records([bad])
    assert any("known category" in v.message for v in violations)


def _index(path) -> set[str]:  # type: ignore[no-untyped-def]
    with RdfBackend(path) as s:
        return {str(q) for q in s._ox.quads_for_pattern(None, None, None, ox.NamedNode(rdfmap.INDEX_GRAPH))}


def test_the_index_kept_in_step_equals_one_built_at_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with RdfBackend(tmp_path / "steps") as s:
        s.load([record_a()])
        s.load([record_b()])
        s.remove("doc-a")
        s.load([dataclasses.replace(record_a(), measures=record_a().measures[:1])])
        s.load([record_a()])
    with RdfBackend(tmp_path / "once") as s:
        s.load([record_b(), record_a()])
    steps, once = _index(tmp_path / "steps"), _index(tmp_path / "once")
    assert steps == once
    assert any("offers" in q and "TAX_DEFERRAL" in q for q in once)
    assert any("weightSum" in q for q in once)


@pytest.mark.parametrize("known", [1, rdf.KNOWN_ENTRIES])
def test_an_index_kept_batch_by_batch_equals_one_rebuilt_whole(tmp_path, monkeypatch, known) -> None:  # type: ignore[no-untyped-def]
    """Small batches and index chunks: places shared across batches, a document replaced in a later batch.

    Entries written by an earlier batch are merged from memory or, once forgotten, read back from the store.
    """
    monkeypatch.setattr(rdf_load, "BATCH_FACTS", 3)
    monkeypatch.setattr(rdf, "INDEX_CHUNK", 2)
    monkeypatch.setattr(rdf, "KNOWN_ENTRIES", known)
    a, b = record_a(), record_b()
    docs = [dataclasses.replace(rec, doc_id=f"{rec.doc_id}-{k}", measures=rec.measures[: 1 + k % 2]) for k in range(4) for rec in (a, b)]
    with RdfBackend(tmp_path / "s") as s:
        s.load(docs + [dataclasses.replace(docs[0], measures=())])
        batched = {str(q) for q in s._ox.quads_for_pattern(None, None, None, ox.NamedNode(rdfmap.INDEX_GRAPH))}
        s._rebuild_index()
    assert batched == _index(tmp_path / "s")
    assert any("weightSum" in q for q in batched)


def test_a_store_indexed_by_another_version_is_reindexed_when_opened(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with RdfBackend(tmp_path / "s") as s:
        s.load([record_a(), record_b()])
    expected = _index(tmp_path / "s")
    raw = ox.Store(str(tmp_path / "s"))
    index = ox.NamedNode(rdfmap.INDEX_GRAPH)
    for q in list(raw.quads_for_pattern(None, ox.NamedNode(rdfmap.KG + "offers"), None, index)):
        raw.remove(q)
    for q in list(raw.quads_for_pattern(None, ox.NamedNode(rdfmap.KG + "indexVersion"), None, index)):
        raw.remove(q)
    raw.flush()
    del raw
    gc.collect()
    assert _index(tmp_path / "s") == expected


#: what a store written before measures carried kg:categoryList lacked: those facts and an index of the version then
_BEFORE_CATEGORY_LISTS = ("DELETE WHERE { GRAPH ?g { ?m <%scategoryList> ?l } } ; DELETE WHERE { GRAPH <%s> { <%s> <%sindexVersion> ?v } }"
                          % (rdfmap.KG, rdfmap.INDEX_GRAPH, rdfmap.INDEX_GRAPH, rdfmap.KG))


def test_a_store_written_before_category_lists_gains_them_when_opened(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Listings read each measure's kg:categoryList: a store without them gets the mapping's own at open."""
    store.load([record_a(), record_b()])
    rows = store.query("enterprise-links").rows
    assert ["星河光电有限公司", "滨江高新园", "滨江高新园管委会", "RENT_RELIEF,SPECIAL_FUND", "doc-a", "滨江高新园设立3亿元纾困资金，减免房租。"] in rows
    lists = "SELECT ?l WHERE { GRAPH ?g { ?m <%scategoryList> ?l } }" % rdfmap.KG

    def category_lists(backend) -> list[str]:  # type: ignore[no-untyped-def]
        found = backend._ox.query(lists) if isinstance(backend, RdfBackend) else backend._terms(lists)
        return sorted(row[0].value for row in found)

    before, triples = category_lists(store), store.triples_count()
    assert before == ["LOAN_INTEREST_SUBSIDY", "RENT_RELIEF,SPECIAL_FUND", "TAX_DEFERRAL"]  # the record gave SPECIAL_FUND first
    if isinstance(store, RdfBackend):
        store._ox.update(_BEFORE_CATEGORY_LISTS)
        store.close()
        reopened = RdfBackend(tmp_path / "store")
    else:
        store.client.update(_BEFORE_CATEGORY_LISTS)
        reopened = type(store)(store.uri)
    with reopened:
        assert category_lists(reopened) == before
        assert reopened.triples_count() == triples
        assert reopened.query("enterprise-links").rows == rows


def test_index_entries_merged_across_documents_equal_the_rebuilt_ones(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One firm and one place spelled differently by each document, with quotes, backslashes and controls in aliases.

    Each document comes in its own batch, so every entry is merged with the one the previous batch wrote:
    the display name stays the smallest spelling, labels and offered categories add up, codes come from the gazetteer.
    """
    monkeypatch.setattr(rdf_load, "BATCH_FACTS", 1)
    spellings = [("星河光电（杭州）有限公司", "杭州市"), ("星河光电(杭州)有限公司", "杭州"), ("星河光电（杭州）有限公司", "杭州市")]
    docs = [
        Record(
            doc_id=f"doc-{k}",
            entities=(Entity(firm, "Enterprise", aliases=(f'星河"{k}', f"星河\\{k}\x01")), Entity(place, "Region")),
            measures=(Measure(region=place, categories=(("TAX_DEFERRAL", "RENT_RELIEF", "SPECIAL_FUND")[k],), beneficiaries=(firm,)),),
            relations=(Relation("LOCATED_IN", firm, place),),
        )
        for k, (firm, place) in enumerate(spellings)
    ]
    with RdfBackend(tmp_path / "s") as s:
        s.load(docs)
        merged = {str(q) for q in s._ox.quads_for_pattern(None, None, None, ox.NamedNode(rdfmap.INDEX_GRAPH))}
        s._rebuild_index()
    assert merged == _index(tmp_path / "s")
    assert any(q.split()[1].endswith("#name>") and "星河光电(杭州)有限公司" in q for q in merged)
    assert any("categoryCodes" in q and ",RENT_RELIEF,SPECIAL_FUND,TAX_DEFERRAL," in q for q in merged)


#: enterprise-links as a join over the document graphs (what kg:benefitRow facts must give), in Oxigraph's own order
_LINKS_FROM_DOCUMENTS = """PREFIX kg: <%s>
SELECT ?enterprise_name ?place_name ?agency ?categories ?doc_id ?text WHERE {
  GRAPH ?g { ?m kg:beneficiary ?e ; kg:categoryList ?categories ; kg:region ?r . ?g kg:docId ?doc_id }
  GRAPH <%s> { ?r kg:name ?place_name . ?e kg:name ?enterprise_name }
  OPTIONAL { GRAPH ?g { ?m kg:agency ?a } GRAPH <%s> { ?a kg:name ?agency } }
  OPTIONAL { GRAPH ?g { ?m kg:text ?mtext } }
  OPTIONAL { GRAPH ?g { ?m kg:summary ?msummary } }
  BIND(COALESCE(?mtext, ?msummary) AS ?text)
} ORDER BY ?enterprise_name ?place_name ?doc_id COALESCE(?text, "") ?categories COALESCE(?agency, "")""" % (rdfmap.KG, rdfmap.INDEX_GRAPH, rdfmap.INDEX_GRAPH)


def _links_from_documents(s) -> list[list[object]]:  # type: ignore[no-untyped-def]
    found = s._ox.query(_LINKS_FROM_DOCUMENTS) if isinstance(s, RdfBackend) else s._terms(_LINKS_FROM_DOCUMENTS)
    return [[None if t is None else t.value for t in row] for row in found]


def test_enterprise_links_follow_loads_renames_replacements_and_removals(store) -> None:  # type: ignore[no-untyped-def]
    """Each enterprise-links row is kept in the index: it follows a place renamed by another document, a replaced and a removed document."""
    def check(expected: int) -> list[list[object]]:
        rows = store.query("enterprise-links").rows
        assert rows == _links_from_documents(store) and len(rows) == expected
        return rows

    store.load([record_b()])
    assert check(1)[0][1] == "杭州市"
    store.load([record_a()])  # names the city 杭州, which comes first: doc-b's row follows
    assert [r[1] for r in check(2)] == ["杭州", "滨江高新园"]
    twin = dataclasses.replace(record_b().measures[0], text="杭州市经信局再次提供贷款贴息。", agency=None)
    replaced = dataclasses.replace(record_b(), measures=(twin, twin, record_b().measures[0]))  # two measures alike: two rows
    store.load([replaced])
    rows = check(4)
    assert sum(r[5] == twin.text and r[2] is None for r in rows) == 2
    store.remove("doc-a")  # the city is 杭州市 again
    assert {r[1] for r in check(3)} == {"杭州市"}
    assert store.query("enterprise-links", {"enterprise": "星河光电有限公司"}).rows == check(3)
    assert store.query("enterprise-links", {"enterprise": "无此企业"}).rows == []
    store.remove("doc-b")
    check(0)


def test_enterprise_links_rows_written_with_a_load_equal_the_rebuilt_ones(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Rows the load computes from the records, across batches, equal those the index steps compute from the documents."""
    monkeypatch.setattr(rdf_load, "BATCH_FACTS", 1)
    monkeypatch.setattr(rdf_load, "INDEX_ENTITIES", 2)
    b = record_b()
    docs = [b, record_a(), dataclasses.replace(b, doc_id="doc-c", measures=(dataclasses.replace(b.measures[0], text=None, summary="贴息"),))]
    with RdfBackend(tmp_path / "s") as s:
        s.load(docs)
        written = s.query("enterprise-links").rows
        s._rebuild_index()
        assert s.query("enterprise-links").rows == written == _links_from_documents(s)
        assert [r[5] for r in written] == ["杭州市经信局为星河光电提供贷款贴息。", "贴息", "滨江高新园设立3亿元纾困资金，减免房租。"]
        assert {r[1] for r in written} == {"杭州", "滨江高新园"}
