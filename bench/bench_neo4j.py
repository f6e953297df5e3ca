"""Loading speed of the Neo4j backend: relationships written per second.

Generates a synthetic corpus (by default 10^5 measures in 1,000 documents,
about 10^6 relationships: region, 2-3 categories, beneficiaries, agency,
policy document, source document, plus mentions and entity relations) and
loads it into Neo4j.  Uses the server at ``NEO4J_URI`` (``NEO4J_USER``,
``NEO4J_PASSWORD``; the database is emptied first!) or starts a throw-away
one with ``tests/neo4j_server.py``.  The goal is 50,000 relationships/s.

    python bench/bench_neo4j.py [--measures 100000] [--batch 5000]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from kg.backends.neo4j import BATCH, Neo4jBackend
from kg.model import Entity, Measure, Record, Relation
from kg.taxonomy import taxonomy

GOAL = 50_000


def synthetic(measures: int, per_doc: int = 100, seed: int = 7) -> Iterator[Record]:
    """Records with realistic fan-out: shared places and agencies, many enterprises."""
    rng = random.Random(seed)
    codes = sorted(taxonomy().codes())
    n_docs = max(1, measures // per_doc)
    places = [f"基准市{i}" for i in range(400)] + [f"基准园区{i}" for i in range(100)]
    agencies = [f"基准局{i}" for i in range(300)]
    firms = [f"基准企业{i}有限公司" for i in range(max(100, measures // 5))]
    for d in range(n_docs):
        doc_places = rng.sample(places, 8)
        doc_agencies = rng.sample(agencies, 4)
        doc_firms = rng.sample(firms, 40)
        policy = f"基准政策{d}号"
        entities = [Entity(p, "Zone" if "园区" in p else "Region") for p in doc_places]
        entities += [Entity(a, "Agency") for a in doc_agencies]
        entities += [Entity(f, "Enterprise") for f in doc_firms]
        entities.append(Entity(policy, "PolicyDocument"))
        relations = [Relation("LOCATED_IN", f, rng.choice(doc_places)) for f in doc_firms]
        relations += [Relation("PART_OF", p, doc_places[0]) for p in doc_places[1:]]
        relations += [Relation("UNDER", a, rng.choice(doc_places)) for a in doc_agencies]
        ms = []
        for i in range(per_doc):
            ms.append(Measure(
                region=rng.choice(doc_places),
                categories=tuple(rng.sample(codes, rng.choice((2, 3)))),
                agency=rng.choice(doc_agencies),
                policy_document=policy if i % 2 else None,
                beneficiaries=tuple(rng.sample(doc_firms, rng.choice((0, 1, 2, 3)))),
                amount_cny=rng.randrange(1, 1000) * 10_000,
                text=f"第{d}号文件第{i}条措施。",
                span=(i * 20, i * 20 + 12),
            ))
        yield Record(doc_id=f"bench_{d:05d}", title=f"基准文件{d}", entities=tuple(entities), measures=tuple(ms), relations=tuple(relations))


def empty(uri: str, user: str, password: str | None) -> None:
    """Delete everything in small transactions, so a big graph does not exhaust the server's memory.

    Relationships go first: detaching a dense node (a category) in one step
    would put all of its relationships in a single transaction.
    """
    import neo4j

    with neo4j.GraphDatabase.driver(uri, auth=(user, password or "")) as driver, driver.session() as s:
        s.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def neo4j_address(stack: contextlib.ExitStack) -> tuple[str, str, str | None, bool]:
    """The server of ``$NEO4J_URI`` (and its credentials), else a test server started for this run and stopped
    with ``stack``; the last item says whether it was started here (so it holds nothing yet)."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        return uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD"), False
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from neo4j_server import start

    server = start()
    stack.callback(server.stop)
    print(f"started Neo4j in {server.started_in:.1f}s at {server.uri}", flush=True)
    return server.uri, server.user, server.password, True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--measures", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=BATCH, help="rows per UNWIND transaction")
    args = ap.parse_args()

    with contextlib.ExitStack() as stack:
        uri, user, password, started = neo4j_address(stack)
        if not started:
            empty(uri, user, password)
        records = list(synthetic(args.measures))
        with Neo4jBackend(uri=uri, user=user, password=password, batch=args.batch) as b:
            t0 = time.monotonic()
            report = b.load(records)
            seconds = time.monotonic() - t0
            rels = b._read("MATCH ()-[r]->() WHERE type(r) <> 'IN_GROUP' RETURN count(r) AS n")[0]["n"]
            stats = b.stats()
    rate = rels / seconds
    print(f"{report.documents} documents, {stats['Measure']} measures, {rels} relationships in {seconds:.1f}s")
    print(f"{rate:,.0f} relationships/s (goal {GOAL:,})")
    return 0

if __name__ == "__main__":
    sys.exit(main())
