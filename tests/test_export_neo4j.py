"""Neo4j databases built from the exports answer every stored query as the RDF store does.

Two real consumers: a server loaded by running the ``kg export -f cypher``
script statement by statement, and one started on the database that
``neo4j-admin database import full`` builds from ``kg export -f neo4j-import``
(the admin tool of the server's own jars, see ``tests/neo4j_server.py``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg import identity, netgraph, queries
from kg.backends.neo4j import Neo4jBackend
from kg.backends.rdf import RdfBackend
from kg.export import export

from helpers import record_a, record_b
from test_neo4j_backend import RECORDS as NINGBO, _normal

pytestmark = pytest.mark.neo4j

RECORDS = (*NINGBO, record_a(), record_b())
#: (query, parameters): every stored query with its required parameters, and the optional filters that once broke
CASES: list[tuple[str, dict[str, Any]]] = [
    ("category-coverage", {}),
    ("category-coverage", {"group": "FISCAL"}),
    ("category-coverage", {"level": "zone"}),
    ("category-coverage", {"group": "FISCAL", "level": "province"}),
    ("category-coverage", {"group": "FINANCE", "level": "city"}),
    ("enterprise-links", {}),
    ("enterprise-links", {"enterprise": "星河光电"}),
    ("enterprises-in-place", {"place": "浙江省"}),
    ("entity-names", {}),
    ("evidence", {"name": "甬江智造公司"}),
    ("evidence", {"name": "宁波高新区"}),
    ("evidence", {"name": "星河光电"}),
    ("measures-of-category", {"category": "TAX_DEFERRAL"}),
    ("measures-of-category", {"category": "RENT_RELIEF"}),
    ("measures-of-place", {"place": "宁波高新区"}),
    ("measures-of-place", {"place": "杭州"}),
    ("path", {"from": "甬江智造有限公司", "to": "浙江"}),
    ("path", {"from": "滨江高新园管委会", "to": "星河光电"}),
    ("places-by-category", {"category": "TAX_DEFERRAL"}),
    ("places-in-region", {"region": "浙江"}),
    ("places-with-all-categories", {"categories": "TAX_DEFERRAL,FEE_WAIVER"}),
    ("places-with-any-categories", {"categories": "RENT_RELIEF,TAX_DEFERRAL,LOAN_RELIEF"}),
    ("similar-places", {"place": "宁波高新区"}),
    ("similar-places", {"place": "杭州"}),
]


def test_every_stored_query_has_a_case() -> None:
    assert {name for name, _ in CASES} == set(queries.catalogue())


@pytest.fixture(scope="module")
def rdf() -> Iterator[RdfBackend]:
    with RdfBackend(None) as store:
        store.load(RECORDS)
        yield store


@pytest.fixture(scope="module")
def from_cypher(neo4j_server: Any) -> Iterator[Neo4jBackend]:
    """The shared server emptied and loaded from the Cypher script of the whole graph, one statement at a time."""
    script = export("cypher", netgraph.build(RECORDS), RECORDS, None)
    assert isinstance(script, str)
    b = Neo4jBackend(uri=neo4j_server.uri, user=neo4j_server.user, password=neo4j_server.password)
    b._write("MATCH (n) DETACH DELETE n")
    statements = [line for line in script.splitlines() if line.strip() and not line.startswith("//")]
    assert all(s.endswith(";") for s in statements)
    with b._driver.session(database=b.database) as s:
        for statement in statements:
            s.run(statement).consume()
        for statement in statements:  # MERGE throughout: a second run changes nothing
            s.run(statement).consume()
    yield b
    b._write("MATCH (n) DETACH DELETE n")
    b.close()


@pytest.fixture(scope="module")
def from_admin_import() -> Iterator[Neo4jBackend]:
    """A server of its own, started on the database neo4j-admin imported from the export folder."""
    from neo4j_server import Neo4jServerError, admin_import, start

    with tempfile.TemporaryDirectory(prefix="kg-import-") as tmp:
        out = Path(tmp) / "import"
        written = export("neo4j-import", netgraph.build(RECORDS), RECORDS, out)
        assert written == [out]
        command = (out / "import-command.txt").read_text(encoding="utf-8").splitlines()[-1]
        try:
            imported = admin_import(command, Path(tmp) / "home")
            server = start(seed=imported.home)
        except Neo4jServerError as e:
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(f"cannot import into the Neo4j test server: {e}")
            pytest.skip(f"cannot import into the Neo4j test server: {e}")
        try:
            with Neo4jBackend(uri=server.uri, user=server.user, password=server.password) as b:
                yield b
        finally:
            server.stop()


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{'-'.join(map(str, p.values())) or 'all'}" for n, p in CASES])
@pytest.mark.parametrize("source", ["cypher", "neo4j-import"])
def test_stored_query_parity_with_rdf(source: str, name: str, params: dict[str, Any], rdf: RdfBackend,
                                      request: pytest.FixtureRequest) -> None:
    neo4j = request.getfixturevalue("from_cypher" if source == "cypher" else "from_admin_import")
    expected = rdf.query(name, params)
    got = neo4j.query(name, params)
    assert got.columns == expected.columns
    assert _normal(got.rows) == _normal(expected.rows)


def test_the_cases_have_answers(rdf: RdfBackend) -> None:
    """Parity of empty answers would prove nothing: all but a few cases find rows."""
    empty = [(name, params) for name, params in CASES if not rdf.query(name, params).rows]
    assert len(empty) <= 2, empty


def test_imported_database_holds_the_taxonomy_and_mentions(from_admin_import: Neo4jBackend, from_cypher: Neo4jBackend) -> None:
    for db in (from_admin_import, from_cypher):
        groups = db._read("MATCH (c:Category)-[:IN_GROUP]->(g:CategoryGroup) RETURN DISTINCT g.code AS g")
        assert "FISCAL" in {r["g"] for r in groups}
        mentions = db._read("MATCH (:Document {doc_id: 'doc_a'})-[:MENTIONS]->(n) RETURN count(DISTINCT n) AS n")[0]["n"]
        assert mentions == len({identity.entity_iri(e.type, e.name) for e in NINGBO[0].entities})
