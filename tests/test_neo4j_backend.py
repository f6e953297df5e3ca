"""The Neo4j backend against a real server (see the ``neo4j_server`` fixture)."""

from __future__ import annotations

import csv
import dataclasses
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg import queries
from kg.backends import BackendError
from kg.backends.neo4j import Neo4jBackend
from kg.model import Entity, Measure, Record, Relation
from kg.neo4j_admin import EXPORT_FORMAT, write_import
from kg.records import write_jsonl

pytestmark = pytest.mark.neo4j

DOC_A = Record(
    doc_id="doc_a",
    title="宁波高新区关于支持企业渡过难关的通知",
    publisher="宁波高新区管委会",
    date="2020-02-10",
    source="docs/doc_a.txt",
    entities=(
        Entity("浙江省", "Region", aliases=("浙江",), code="330000"),
        Entity("宁波", "Region"),
        Entity("宁波高新区", "Zone", aliases=("宁波国家高新区",), text="宁波高新区出台惠企措施", span=(0, 10)),
        Entity("宁波市经信局", "Agency"),
        Entity("甬江智造有限公司", "Enterprise"),
        Entity("海曙数码科技公司", "Enterprise"),
        Entity("宁波高新区惠企十条", "PolicyDocument"),
    ),
    measures=(
        Measure(
            region="宁波国家高新区",
            agency="宁波市经信局",
            policy_document="宁波高新区惠企十条",
            categories=("TAX_DEFERRAL", "FEE_WAIVER"),
            beneficiaries=("海曙数码科技公司", "甬江智造有限公司"),
            amount_cny=20000000,
            cap_cny=500000.5,
            text="对受影响企业缓缴税款并减免行政事业性收费。",
            span=(12, 34),
            summary="缓税减费",
            section="一、减轻负担",
        ),
        Measure(region="宁波", categories=("LOAN_RELIEF",), text="银行对困难企业贷款展期。"),
    ),
    relations=(
        Relation("PART_OF", "宁波高新区", "宁波", text="宁波高新区位于宁波", span=(40, 49)),
        Relation("PART_OF", "宁波", "浙江"),
        Relation("LOCATED_IN", "甬江智造有限公司", "宁波高新区"),
        Relation("UNDER", "宁波市经信局", "宁波"),
    ),
)
DOC_B = Record(
    doc_id="doc_b",
    title="浙江省稳企业十二条",
    entities=(
        Entity("浙江", "Region"),
        Entity("宁波市", "Region"),
        Entity("宁波高新区", "Zone"),
        Entity("甬江智造有限公司", "Enterprise", aliases=("甬江智造公司",)),
        Entity("浙江省财政厅", "Agency"),
    ),
    measures=(
        Measure(region="浙江", agency="浙江省财政厅", categories=("TAX_REDUCTION",), beneficiaries=("甬江智造公司",), amount_cny=1.25e8),
    ),
    relations=(
        Relation("LOCATED_IN", "甬江智造公司", "宁波高新区", text="甬江智造公司在宁波高新区投产"),
        Relation("UNDER", "浙江省财政厅", "浙江"),
        Relation("PART_OF", "宁波市", "浙江"),
    ),
)
# Calls the zone a Region: the shared node carries both labels while this document is loaded.
DOC_C = Record(doc_id="doc_c", entities=(Entity("宁波高新区", "Region"),))
RECORDS = (DOC_A, DOC_B, DOC_C)


@pytest.fixture
def backend(neo4j_server: Any) -> Iterator[Neo4jBackend]:
    """A backend on an emptied database."""
    b = Neo4jBackend(uri=neo4j_server.uri, user=neo4j_server.user, password=neo4j_server.password)
    b._write("MATCH (n) DETACH DELETE n")
    yield b
    b.close()


def snapshot(b: Neo4jBackend) -> tuple[list[str], list[str]]:
    """Every node and relationship with labels, types and properties, in a comparable form."""
    nodes = sorted(repr((sorted(r["labels"]), sorted(r["props"].items()))) for r in b._read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"))
    rels = sorted(
        repr((r["a"], r["type"], sorted(r["props"].items()), r["b"]))
        for r in b._read("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, properties(r) AS props, b.id AS b")
    )
    return nodes, rels


def canonical(rec: Record) -> tuple[Any, ...]:
    """A record with its lists as sets: the store keeps facts, not their order."""
    return (
        rec.doc_id, rec.title, rec.publisher, rec.date, rec.source,
        frozenset(rec.entities), frozenset(rec.measures), frozenset(rec.relations),
    )


def test_load_counts(backend: Neo4jBackend) -> None:
    report = backend.load(RECORDS)
    assert (report.documents, report.replaced) == (3, 0)
    assert backend.documents() == ["doc_a", "doc_b", "doc_c"]
    assert backend.stats() == {
        "Region": 3, "Zone": 1, "Agency": 2, "Enterprise": 2, "PolicyDocument": 1, "Measure": 3, "Document": 3,
        "LOCATED_IN": 1, "PART_OF": 2, "UNDER": 2, "BENEFITS": 3,
    }
    zone = backend._read("MATCH (n:Zone) RETURN labels(n) AS l, n.name AS name, n.aliases AS aliases, n.docs AS docs")[0]
    assert sorted(zone["l"]) == ["Place", "Region", "Zone"]
    assert zone["name"] == "宁波高新区" and zone["aliases"] == ["宁波国家高新区"] and zone["docs"] == ["doc_a", "doc_b", "doc_c"]
    rel = backend._read("MATCH (:Enterprise)-[r:LOCATED_IN]->() RETURN r.docs AS docs")[0]
    assert rel["docs"] == ["doc_a", "doc_b"]
    cat = backend._read("MATCH (c:Category {code: 'TAX_DEFERRAL'})-[:IN_GROUP]->(g:CategoryGroup) RETURN c.zh AS zh, c.group AS grp, g.code AS g")[0]
    assert cat["zh"] and cat["grp"] == cat["g"]


def test_reload_changes_nothing(backend: Neo4jBackend) -> None:
    backend.load(RECORDS)
    before, records_before = snapshot(backend), [canonical(r) for r in backend.records()]
    report = backend.load(RECORDS)
    assert report.replaced == 3
    assert snapshot(backend) == before
    assert [canonical(r) for r in backend.records()] == records_before


def test_load_order_does_not_matter(backend: Neo4jBackend) -> None:
    backend.load(RECORDS)
    forward = snapshot(backend)
    backend._write("MATCH (n) DETACH DELETE n")
    for rec in reversed(RECORDS):
        backend.load([rec])
    assert snapshot(backend) == forward


def test_remove_takes_exactly_the_documents_share(backend: Neo4jBackend) -> None:
    backend.load([DOC_A])
    only_a = snapshot(backend)
    backend.load([DOC_B, DOC_C])
    assert backend.remove("doc_b") and backend.remove("doc_c")
    assert not backend.remove("doc_b")
    assert backend.documents() == ["doc_a"]
    assert snapshot(backend) == only_a
    assert backend.remove("doc_a")
    assert backend.stats() == dict.fromkeys(backend.stats(), 0)


#: each place's stored codes beside the codes of its measures' categories, walked
_PLACE_CODES = """MATCH (p:Place) RETURN p.name AS name, p.codes AS codes,
COLLECT { MATCH (p)<-[:REGION]-(:Measure)-[:HAS_CATEGORY]->(c:Category) RETURN DISTINCT c.code ORDER BY c.code } AS walked"""


def test_place_codes_follow_loads_replacements_and_removals(backend: Neo4jBackend) -> None:
    """similar-places reads a place's codes: they stay those of its measures, and a database without them gains them at a load."""
    def codes() -> dict[str, list[str]]:
        rows = backend._read(_PLACE_CODES)
        assert all((r["codes"] or []) == r["walked"] for r in rows), rows
        return {r["name"]: r["codes"] for r in rows if r["codes"]}

    backend.load(RECORDS)
    assert codes() == {"宁波高新区": ["FEE_WAIVER", "TAX_DEFERRAL"], "宁波": ["LOAN_RELIEF"], "浙江": ["TAX_REDUCTION"]}
    changed = Measure(region="宁波高新区", categories=("RENT_RELIEF",))
    backend.load([dataclasses.replace(DOC_A, measures=(changed, *DOC_A.measures[1:]))])
    assert codes()["宁波高新区"] == ["RENT_RELIEF"]
    backend.load([dataclasses.replace(DOC_B, doc_id="doc_d", measures=(dataclasses.replace(DOC_B.measures[0], region="宁波高新区"),))])
    assert codes()["宁波高新区"] == ["RENT_RELIEF", "TAX_REDUCTION"]
    assert backend.remove("doc_b")
    left = {"宁波高新区": ["RENT_RELIEF", "TAX_REDUCTION"], "宁波": ["LOAN_RELIEF"]}
    assert codes() == left
    backend._write("MATCH (p:Place) REMOVE p.codes")
    backend.load([DOC_C])
    assert codes() == left


#: each measure's stored category list beside its categories, walked
_MEASURE_CATEGORIES = """MATCH (m:Measure) RETURN m.id AS id, m.categories AS stored,
COLLECT { MATCH (m)-[:HAS_CATEGORY]->(c:Category) RETURN DISTINCT c.code ORDER BY c.code } AS walked"""


def test_measure_categories_follow_loads_and_old_databases_gain_them(backend: Neo4jBackend) -> None:
    """enterprise-links reads a measure's ``categories``: those of its HAS_CATEGORY links, also in a database written without them."""
    def lists() -> list[str | None]:
        rows = backend._read(_MEASURE_CATEGORIES)
        assert all(r["stored"] == (",".join(r["walked"]) or None) for r in rows), rows
        return sorted(r["stored"] or "" for r in rows)

    backend.load(RECORDS)
    assert "FEE_WAIVER,TAX_DEFERRAL" in lists()
    changed = Measure(region="宁波高新区", categories=("RENT_RELIEF", "LOAN_RELIEF", "RENT_RELIEF"))
    backend.load([dataclasses.replace(DOC_A, measures=(changed, *DOC_A.measures[1:]))])
    written = lists()
    assert "LOAN_RELIEF,RENT_RELIEF" in written and "FEE_WAIVER,TAX_DEFERRAL" not in written
    backend._write("MATCH (m:Measure) REMOVE m.categories")
    backend.load([DOC_C])
    assert lists() == written


def test_records_round_trip(backend: Neo4jBackend) -> None:
    backend.load(RECORDS)
    back = {r.doc_id: r for r in backend.records()}
    assert sorted(back) == ["doc_a", "doc_b", "doc_c"]
    for rec in RECORDS:
        assert canonical(back[rec.doc_id]) == canonical(rec)
    assert [r.doc_id for r in backend.records(["doc_b", "missing"])] == ["doc_b"]
    # measure order and the order of categories and beneficiaries survive too
    assert back["doc_a"].measures == DOC_A.measures


def test_wrong_password_is_a_clear_error(neo4j_server: Any) -> None:
    with pytest.raises(BackendError, match="refused the credentials for user 'neo4j'"):
        Neo4jBackend(uri=neo4j_server.uri, user="neo4j", password="not-the-password")


def test_closed_port_is_a_clear_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(BackendError, match=f"cannot reach Neo4j at bolt://127.0.0.1:{port}"):
        Neo4jBackend(uri=f"bolt://127.0.0.1:{port}", password="x")


def test_password_from_environment(neo4j_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    with Neo4jBackend(uri=neo4j_server.uri, user=neo4j_server.user) as b:
        assert isinstance(b.documents(), list)


def _read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def test_neo4j_admin_export(tmp_path: Path, backend: Neo4jBackend) -> None:
    assert EXPORT_FORMAT == "neo4j-import"
    out = tmp_path / "import"
    command = write_import(RECORDS, out)
    assert command.startswith("neo4j-admin database import full")
    assert (out / "import-command.txt").read_text(encoding="utf-8").strip().endswith(command)
    header, rows = _read_csv(out / "Place.csv")
    assert header[:2] == ["id:ID", ":LABEL"] and "aliases:string[]" in header and "docs:string[]" in header
    assert len(rows) == 3
    header, rows = _read_csv(out / "Measure.csv")
    assert "amount_cny:float" in header and "start:int" in header and len(rows) == 3
    header, rows = _read_csv(out / "BENEFITS.csv")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"] and len(rows) == 3
    with pytest.raises(FileExistsError):
        write_import(RECORDS, out)
    write_import(RECORDS, out, force=True)

    # The export describes the same graph as a load: compare row counts per label and type.
    backend.load(RECORDS)
    for f in out.glob("*.csv"):
        header, rows = _read_csv(f)
        if header[0] == "id:ID":
            label = f.stem
            assert backend._read(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"] == len(rows), label
        else:
            rtype = f.stem
            assert backend._read(f"MATCH ()-[r:{rtype}]->() RETURN count(r) AS n")[0]["n"] == len(rows), rtype


def _rdf_backend(tmp_path: Path) -> Any:
    from kg.backends import open_backend

    return open_backend("rdf", path=str(tmp_path / "store"))


#: values for required query parameters, by name, drawn from the test records
SAMPLES = {"place": "宁波高新区", "region": "浙江省", "category": "TAX_DEFERRAL", "categories": "TAX_DEFERRAL,FEE_WAIVER",
           "enterprise": "甬江智造公司", "group": "FISCAL", "name": "宁波高新区", "from": "甬江智造有限公司", "to": "浙江"}


def _sample_params(q: queries.StoredQuery) -> dict[str, Any]:
    """Values for the required parameters; optional ones keep their declared defaults."""
    missing = [p.name for p in q.params if p.required and p.name not in SAMPLES]
    assert not missing, f"add a sample value for parameter(s) {missing} of query {q.name}"
    return {p.name: SAMPLES[p.name] for p in q.params if p.required}


def _number(v: Any) -> Any:
    """Numbers compared by value: a whole float equals the int, other floats to 6 decimals."""
    if isinstance(v, float):
        return int(v) if v.is_integer() else round(v, 6)
    return v


def _normal(rows: list[list[Any]]) -> list[str]:
    return sorted(repr([_number(v) for v in row]) for row in rows)


@pytest.mark.parametrize("name", sorted(queries.catalogue()))
def test_stored_query_parity_with_rdf(name: str, backend: Neo4jBackend, tmp_path: Path) -> None:
    backend.load(RECORDS)
    rdf = _rdf_backend(tmp_path)
    try:
        rdf.load(RECORDS)
        q = queries.get(name)
        params = _sample_params(q)
        n, r = backend.query(name, params), rdf.query(name, params)
    finally:
        rdf.close()
    assert n.columns == r.columns == list(q.columns)
    assert _normal(n.rows) == _normal(r.rows)


@pytest.mark.parametrize(("uri", "message"), [
    ("http://127.0.0.1:7474", "the scheme must be one of bolt://"),
    ("bolt://127.0.0.1:99999", "Port out of range"),
])
def test_bad_uri_is_a_clear_error(uri: str, message: str) -> None:
    with pytest.raises(BackendError, match=message):
        Neo4jBackend(uri=uri, password="x")


def test_unknown_database_names_the_close_matches(neo4j_server: Any) -> None:
    with pytest.raises(BackendError, match="no database 'neo4jj'; did you mean neo4j"):
        Neo4jBackend(uri=neo4j_server.uri, user=neo4j_server.user, password=neo4j_server.password, database="neo4jj")


def test_records_neo4j_cannot_hold_are_rejected_one_by_one(backend: Neo4jBackend) -> None:
    """A name too long to index and an integer beyond 64 bits fail their own record only."""
    huge_name = Record(doc_id="huge_name", entities=(Entity("长" * 100_000, "Zone"),),
                       measures=(Measure(region="长" * 100_000, categories=("TAX_DEFERRAL",)),))
    huge_int = Record(doc_id="huge_int", entities=(Entity("宁波", "Region"),),
                      measures=(Measure(region="宁波", categories=("TAX_DEFERRAL",), amount_cny=2**63),))
    report = backend.load([huge_name, DOC_A, huge_int])
    assert backend.documents() == ["doc_a"]
    assert len(report.rejected) == 2
    assert "huge_name" in report.rejected[0] and "too long for a Neo4j index" in report.rejected[0]
    assert "huge_int" in report.rejected[1] and "64-bit" in report.rejected[1]


def test_cli_errors_are_one_line(neo4j_server: Any, tmp_path: Path) -> None:
    """`kg load` into Neo4j: rejected records are one error line each, no traceback, no query text; the rest loads."""
    path = tmp_path / "in.jsonl"
    big = Record(doc_id="big", entities=(Entity("长" * 100_000, "Zone"),), measures=(Measure(region="长" * 100_000, categories=("TAX_DEFERRAL",)),))
    with path.open("w", encoding="utf-8") as out:
        write_jsonl([DOC_A, big], out)
    env = {**os.environ, "NEO4J_PASSWORD": neo4j_server.password}
    kg = [sys.executable, "-c", "import sys; from kg.cli import main; sys.argv[0] = 'kg'; main()"]
    for args, code, message in (
        (["load", str(path), "--uri", neo4j_server.uri], 1, f"error: {path}:2: document big: entity name"),
        (["load", str(path), "--uri", "http://127.0.0.1:7474"], 1, "the scheme must be one of"),
        (["load", str(path), "--uri", neo4j_server.uri, "--database", "nope"], 1, "no database 'nope'"),
    ):
        proc = subprocess.run([*kg, *args, "--backend", "neo4j", "--user", neo4j_server.user], env=env, capture_output=True, text=True)
        assert proc.returncode == code, proc.stderr
        assert message in proc.stderr
        assert "Traceback" not in proc.stderr and "MATCH" not in proc.stderr and "UNWIND" not in proc.stderr


def test_routing_uri_with_a_database(neo4j_server: Any, tmp_path: Path) -> None:
    """A neo4j:// routing URI (as for a cluster or Aura): writes and reads are routed, the database is the one named."""
    uri = neo4j_server.uri.replace("bolt://", "neo4j://", 1)
    assert uri.startswith("neo4j://127.0.0.1:")
    with Neo4jBackend(uri=uri, user=neo4j_server.user, password=neo4j_server.password, database="neo4j") as b:
        b._write("MATCH (n) DETACH DELETE n")
        report = b.load([DOC_A, DOC_B])
        assert (report.documents, report.replaced) == (2, 0)
        assert b.documents() == ["doc_a", "doc_b"]
        assert b.query("measures-of-place", {"place": "宁波"}).rows
        assert b.remove("doc_b") and b.documents() == ["doc_a"]
    path = tmp_path / "in.jsonl"
    with path.open("w", encoding="utf-8") as out:
        write_jsonl([DOC_B], out)
    env = {**os.environ, "NEO4J_PASSWORD": neo4j_server.password}
    kg = [sys.executable, "-c", "import sys; from kg.cli import main; sys.argv[0] = 'kg'; main()"]
    options = ["--backend", "neo4j", "--uri", uri, "--user", neo4j_server.user, "--database", "neo4j"]
    done = subprocess.run([*kg, "load", str(path), *options], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*kg, "stats", "--documents", *options], env=env, capture_output=True, text=True)
    assert done.stdout.split()[-2:] == ["doc_a", "doc_b"], done.stdout
