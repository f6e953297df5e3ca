"""Median latency of every stored query on a synthetic graph (default 10^4 places, 10^5 measures).

Records are generated, not read: a province/city/county tree with zones,
agencies under places, enterprises located in them and measures spread
unevenly over places and categories, grouped 100 to a document.

    python bench/bench_queries.py [--places 10000] [--measures 100000] [--repeat 5]

Beside each median: the same run's time to read as many rows of one
triple pattern (an IRI and a name), the least any answer of that size costs.

``--store DIR`` keeps the loaded store in DIR and reuses it on the next run
(for the same sizes); ``--dump FILE`` writes every query's rows as JSON, to
compare two versions of the queries row by row.  ``--neo4j`` times the Cypher
versions on the same records in Neo4j instead: the server at ``NEO4J_URI``
(``NEO4J_USER``, ``NEO4J_PASSWORD``; a database holding other data is
emptied, one holding these records is reused) or a throw-away one started
with ``tests/neo4j_server.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from kg import queries, rdfmap
from kg.backends import Backend
from kg.backends.neo4j import Neo4jBackend
from kg.backends.rdf import RdfBackend, _value
from kg.model import Entity, Measure, Record, Relation
from kg.taxonomy import taxonomy

WORDS = "减免 房租 税费 延期 缴纳 社保 补贴 贷款 贴息 担保 专项 资金 复工 复产 用工 防疫 物资 审批 服务 企业 中小 支持 奖励 研发 融资".split()


def places(n: int, rng: random.Random) -> list[tuple[str, str, str | None]]:
    """(name, type, parent) for a tree of provinces, cities, counties and zones."""
    out: list[tuple[str, str, str | None]] = [(f"测试省{i}", "Region", None) for i in range(max(1, n // 300))]
    cities = [(f"测试市{i}", "Region", rng.choice(out)[0]) for i in range(max(1, n // 30))]
    out += cities
    while len(out) < n:
        i = len(out)
        kind = "Zone" if i % 4 == 0 else "Region"
        out.append((f"测试{'园区' if kind == 'Zone' else '县'}{i}", kind, rng.choice(cities)[0]))
    return out


def generate(n_places: int, n_measures: int, seed: int = 7) -> list[Record]:
    rng = random.Random(seed)
    codes = sorted(taxonomy().codes())
    cat_weights = [1.0 / (k + 1) for k in range(len(codes))]
    plist = places(n_places, rng)
    place_weights = [1.0 / (k % 50 + 1) for k in range(len(plist))]
    per_doc = 100
    records = []
    for d in range(0, n_measures, per_doc):
        picked = rng.choices(plist, weights=place_weights, k=per_doc)
        names = {p[0]: p for p in picked}
        for name, _, parent in list(names.values()):
            if parent:
                names.setdefault(parent, (parent, "Region", None))
        entities = [Entity(name, kind) for name, kind, _ in names.values()]
        relations = [Relation("PART_OF", name, parent) for name, _, parent in names.values() if parent and parent in names]
        measures = []
        for j, (name, _, _) in enumerate(picked):
            agency = f"{name}管委会" if j % 3 == 0 else None
            enterprise = f"测试企业{rng.randrange(n_places * 2)}" if j % 10 == 0 else None
            if agency:
                entities.append(Entity(agency, "Agency"))
                relations.append(Relation("UNDER", agency, name))
            if enterprise:
                entities.append(Entity(enterprise, "Enterprise"))
                relations.append(Relation("LOCATED_IN", enterprise, name))
            measures.append(Measure(
                region=name,
                categories=tuple(sorted(set(rng.choices(codes, weights=cat_weights, k=rng.randint(1, 2))))),
                agency=agency,
                beneficiaries=(enterprise,) if enterprise else (),
                text=name + "".join(rng.choices(WORDS, k=8)),
            ))
        uniq = {(e.name, e.type): e for e in entities}
        records.append(Record(doc_id=f"bench-{d // per_doc:05d}", entities=tuple(uniq.values()), measures=tuple(measures), relations=tuple(dict.fromkeys(relations))))
    return records


PARAMS = {"place": "测试市1", "region": "测试省1", "category": "RENT_RELIEF", "categories": "RENT_RELIEF,TAX_DEFERRAL",
          "enterprise": "", "group": "FISCAL", "level": "", "from": "测试市1", "to": "测试省0", "name": "测试市1"}


def sample_places(backend: RdfBackend) -> dict[str, str]:
    """A province, city, county and zone of the store (the one of each with most categories): names that exist at any scale."""
    best: dict[str, tuple[int, str]] = {}
    for _, name, _, codes in backend.place_categories():
        for kind, prefix in (("province", "测试省"), ("city", "测试市"), ("county", "测试县"), ("zone", "测试园区")):
            if name.startswith(prefix) and (-len(codes), name) < best.get(kind, (1, "")):
                best[kind] = (-len(codes), name)
    return {kind: name for kind, (_, name) in best.items()}


def synthetic_store(stack: contextlib.ExitStack, store: Path | None, n_places: int, n_measures: int) -> RdfBackend:
    """The store of :func:`generate`'s records: kept in ``store`` and reused when it holds one, else temporary."""
    if store is not None:
        path, reuse = store, store.exists() and any(store.iterdir())
    else:
        path, reuse = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "store", False
    backend = stack.enter_context(RdfBackend(path))
    if reuse:
        print(f"reusing the store in {path}: {backend.stats()}", flush=True)
    else:
        records = generate(n_places, n_measures)
        t = time.perf_counter()
        backend.load(records)
        print(f"loaded {len(records)} documents in {time.perf_counter() - t:.1f}s: {backend.stats()}", flush=True)
    return backend


#: the reference beside each query: rows of one triple pattern of the index graph (an IRI and a name each), what any answer of that many rows costs to read
REFERENCE = "SELECT ?x ?name WHERE { GRAPH <%s> { ?x <%sname> ?name } } LIMIT %d"


def reference(backend: RdfBackend, n: int, repeat: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of reading ``n`` rows of :data:`REFERENCE` as plain values, in this run."""
    times, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        rows = [[_value(term) for term in row] for row in backend._ox.query(REFERENCE % (rdfmap.INDEX_GRAPH, rdfmap.KG, n))]
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    assert len(rows) <= n
    return statistics.median(times) * 1000, statistics.median(cpu) * 1000


def neo4j_backend(stack: contextlib.ExitStack, n_places: int, n_measures: int) -> Neo4jBackend:
    """A Neo4j database holding :func:`generate`'s records: loaded unless it holds as many measures already."""
    from bench_neo4j import empty, neo4j_address

    uri, user, password, _ = neo4j_address(stack)
    backend = stack.enter_context(Neo4jBackend(uri=uri, user=user, password=password))
    if backend.stats()["Measure"] == n_measures:
        print(f"reusing the database at {uri}: {backend.stats()}", flush=True)
        return backend
    empty(uri, user, password)
    t = time.perf_counter()
    backend.load(generate(n_places, n_measures))
    print(f"loaded Neo4j in {time.perf_counter() - t:.1f}s: {backend.stats()}", flush=True)
    return backend


def timed(backend: Backend, name: str, params: dict[str, Any], repeat: int) -> tuple[list[list[Any]], float, float]:
    """The rows of one stored query and the median wall and CPU milliseconds of ``repeat`` runs."""
    times, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        rows = backend.query(name, params).rows
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return rows, statistics.median(times) * 1000, statistics.median(cpu) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--places", type=int, default=10_000)
    ap.add_argument("--measures", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", nargs="*", help="Only these queries (default: all).")
    ap.add_argument("--store", type=Path, help="Keep the store in this directory and reuse it when it exists.")
    ap.add_argument("--neo4j", action="store_true", help="Time the Cypher versions in Neo4j (see above).")
    ap.add_argument("--dump", type=Path, help="Write the rows of every query run to this JSON file.")
    args = ap.parse_args()
    dumped: dict[str, list[list[object]]] = {}
    with contextlib.ExitStack() as stack:
        if args.neo4j:
            backend: Backend = neo4j_backend(stack, args.places, args.measures)
        else:
            backend = synthetic_store(stack, args.store, args.places, args.measures)
        for name, q in queries.catalogue().items():
            if args.only and name not in args.only:
                continue
            params = {p.name: PARAMS[p.name] for p in q.params if p.name in PARAMS}
            rows, wall, cpu = timed(backend, name, params, args.repeat)
            # CPU time as well: on a shared machine the wall time also counts waiting for a core
            line = f"{name:28s} median {wall:8.1f} ms  cpu {cpu:8.1f} ms  ({len(rows)} rows)"
            if isinstance(backend, RdfBackend):
                ref_wall, ref_cpu = reference(backend, len(rows), args.repeat)
                line += f"   reference: as many rows of one pattern {ref_wall:7.1f} ms  cpu {ref_cpu:7.1f} ms"
            print(line, flush=True)
            dumped[name] = rows
    if args.dump is not None:
        args.dump.write_text(json.dumps(dumped, ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main()
