"""The embedded store's fast document reader gives the records that reading each graph quad by quad gives.

The reference is the plain way: every quad of a document's graph, then
:func:`kg.rdfmap.graph_to_record`.  The records hold what makes the fast
reader take another path: an entity with two classes in one document, two
pieces of evidence about one entity, statements with evidence, text that
CSV must quote.  Also: :func:`kg.neo4j_admin.write_import_beside` writes
what :func:`kg.neo4j_admin.write_import` writes, and its errors.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import identity
from kg.backends import rdf_scan
from kg.backends.rdf import RdfBackend
from kg.model import Entity, Measure, Record, Relation
from kg.neo4j_admin import write_import, write_import_beside

ZONE, CITY, FIRM, AGENCY, POLICY = "青禾高新区", "青禾市", "青禾示例材料有限公司", "青禾高新区管委会", "青禾惠企十条"


def invented() -> list[Record]:
    """Documents that use every field a record stores, and the corner cases of the reader."""
    full = Record(
        doc_id="scan-01", title="关于支持企业的若干措施", publisher="青禾高新区管委会", date="2021-03-04", source="a/b.txt",
        entities=(
            Entity(ZONE, "Zone", aliases=("青禾园区", "青禾 园区"), code="330100", text="青禾高新区（青禾园区）", span=(0, 5)),
            Entity(ZONE, "Region", text="另一处写法", span=(40, 45)),  # one IRI, two classes, two pieces of evidence
            Entity(CITY, "Region"),
            Entity(FIRM, "Enterprise", text="青禾示例材料有限公司", span=(9, 19)),
            Entity(AGENCY, "Agency"),
            Entity(POLICY, "PolicyDocument", aliases=("十条",)),
        ),
        measures=(
            Measure(region=ZONE, categories=("TAX_DEFERRAL", "SOCIAL_INSURANCE_RELIEF"), agency=AGENCY, policy_document=POLICY,
                    beneficiaries=(FIRM,), amount_cny=1.5, cap_cny=2_000_000, text='减免,"税费"\r\n第二行\x00', span=(20, 30),
                    summary="缓缴", section="一、财税"),
            Measure(region=CITY, categories=("TAX_DEFERRAL",)),
        ),
        relations=(
            Relation("PART_OF", ZONE, CITY, text="青禾高新区位于青禾市", span=(50, 60)),
            Relation("LOCATED_IN", FIRM, ZONE),
            Relation("UNDER", AGENCY, ZONE, text="管委会"),
        ),
    )
    small = Record(doc_id="scan-02", entities=(Entity(CITY, "Region", aliases=("青禾",)), Entity(FIRM, "Enterprise")),
                   measures=(Measure(region="青禾", categories=("TAX_DEFERRAL",), beneficiaries=(FIRM,), amount_cny=300),))
    commas = Record(doc_id="scan-03", entities=(Entity("甲,乙高新区", "Zone"), Entity("丙,丁有限公司", "Enterprise")),
                    measures=(Measure(region="甲,乙高新区", categories=("TAX_DEFERRAL",), beneficiaries=("丙,丁有限公司",),
                                      text="一,二"),))
    return [full, small, commas]


def quad_by_quad(store: ox.Store, doc_id: str) -> Record:
    return rdf_scan.quad_by_quad(store, doc_id, ox.NamedNode(identity.document_iri(doc_id)))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> RdfBackend:
    backend = RdfBackend(tmp_path_factory.mktemp("store"))
    backend.load(invented())
    yield backend
    backend.close()


def test_records_equal_the_quad_by_quad_reading(store: RdfBackend) -> None:
    docs = store.documents()
    assert docs == ["scan-01", "scan-02", "scan-03"]
    fast = list(rdf_scan.records(store._ox, docs))
    assert fast == [quad_by_quad(store._ox, d) for d in docs]
    first = fast[0]
    assert first.measures[0].text == '减免,"税费"\r\n第二行\x00' and first.measures[0].amount_cny == 1.5
    assert [r.text for r in first.relations] == [None, "青禾高新区位于青禾市", "管委会"]  # LOCATED_IN, PART_OF, UNDER
    assert list(store.records()) == fast  # the backend reads this way
    assert fast[2].measures[0].beneficiaries == ("丙,丁有限公司",)


def test_flat_records_are_the_records_tuples(store: RdfBackend) -> None:
    """What the neo4j-import export reads: each record's flat form, and the record back from it."""
    flat = list(store.flat_records())
    records = list(store.records())
    assert flat == [r.flat() for r in records]
    assert [Record.from_flat(f) for f in flat] == records
    assert flat[0][1:5] == ("关于支持企业的若干措施", "青禾高新区管委会", "2021-03-04", "a/b.txt")  # title, publisher, date, source


def test_reading_sets_the_switch_interval_and_restores_it(store: RdfBackend) -> None:
    before = sys.getswitchinterval()
    reading = store.flat_records()
    next(reading)
    assert sys.getswitchinterval() == min(before, rdf_scan.HANDOFF)
    reading.close()
    assert sys.getswitchinterval() == before


def test_documents_the_store_lacks_are_skipped(store: RdfBackend) -> None:
    assert [r.doc_id for r in rdf_scan.records(store._ox, ["absent", "scan-02", "scan-01"])] == ["scan-02", "scan-01"]
    assert "%2C" not in identity.entity_iri("Zone", "甲,乙高新区")  # a comma stays raw in an IRI: that document is read quad by quad


def test_writer_beside_writes_the_same_files(tmp_path: Path) -> None:
    here, beside = tmp_path / "here", tmp_path / "beside"
    command = write_import(invented(), here)
    assert write_import_beside(iter(invented()), beside) == command.replace(str(here.resolve()), str(beside.resolve()))
    assert gc.isenabled()  # paused while the records were read, and on again
    assert sorted(p.name for p in beside.iterdir()) == sorted(p.name for p in here.iterdir())
    for p in here.glob("*.csv"):
        assert (beside / p.name).read_bytes() == p.read_bytes(), p.name


def test_writer_beside_errors(tmp_path: Path) -> None:
    """A document given twice is the writer's error, raised here; a reading error leaves no file; existing files are refused."""
    with pytest.raises(ValueError, match="scan-01 is given twice"):
        write_import_beside(invented() + invented(), tmp_path / "twice")
    assert not list((tmp_path / "twice").glob("*.csv"))

    def broken():  # type: ignore[no-untyped-def]
        yield from invented()
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        write_import_beside(broken(), tmp_path / "cut")
    assert not (tmp_path / "cut").exists() or not list((tmp_path / "cut").iterdir())
    write_import(invented(), tmp_path / "full")
    with pytest.raises(FileExistsError):
        write_import_beside(invented(), tmp_path / "full")
