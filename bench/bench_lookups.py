"""The selection lookups of a server backend, its own beside the generic default of kg.backends.Backend, in the same run.

    python bench/bench_lookups.py --backend neo4j|sparql [--places 3000] [--measures 30000] [--repeat 3]

Loads the synthetic records of bench_queries into the server (a throw-away
one from tests/, or ``NEO4J_URI`` / ``--endpoint``; its data is replaced!) and
into an embedded store, then times what ``kg similar`` and ``kg viz`` /
``kg export`` selections ask: ``category_masks`` (all places, and cities),
``places_offering`` (the masks ``kg similar`` picks for a city),
``place_measures`` (that city and its 10 matches) and ``parts`` (the nodes of
a county's and a city's selection).  Each line gives the median wall time,
this process's CPU time and, for a server started here, the server's CPU
time, and whether the answer equals the default's and the embedded store's.
Each store's own lookup runs once untimed first (the server compiles and
caches); the defaults start cold each time (no graph cached from an earlier
call), as in a command.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from bench_queries import generate, sample_places  # noqa: E402

from kg.backends import Backend  # noqa: E402
from kg.backends.rdf import RdfBackend  # noqa: E402
from kg.select import select_stored  # noqa: E402
from kg.similarity import similar  # noqa: E402


@contextlib.contextmanager
def server_backend(name: str, endpoint: str | None) -> Iterator[tuple[Backend, psutil.Process | None]]:
    """The backend on an emptied dataset, and the server process when started here (for its CPU time)."""
    if name == "neo4j":
        from kg.backends.neo4j import Neo4jBackend

        uri = os.environ.get("NEO4J_URI")
        if uri:
            with Neo4jBackend(uri=uri, user=os.environ.get("NEO4J_USER", "neo4j")) as b:
                b._write("MATCH (n) DETACH DELETE n")
                yield b, None
            return
        from neo4j_server import start as start_neo4j

        with start_neo4j() as server, Neo4jBackend(uri=server.uri, user=server.user, password=server.password) as b:
            assert server.process is not None
            yield b, psutil.Process(server.process.pid)
        return
    from conftest import open_sparql
    from kg.backends.sparql import SparqlBackend

    if endpoint:
        with SparqlBackend(endpoint) as b:
            b.client.update("DROP ALL")
        with SparqlBackend(endpoint) as b:  # opened again on the empty dataset, which it sets up
            yield b, None
        return
    from sparql_server import start as start_sparql

    with start_sparql() as sparql, open_sparql(sparql) as b:
        assert sparql.process is not None
        yield b, psutil.Process(sparql.process.pid)


def cpu_of(process: psutil.Process | None) -> float:
    """Seconds of CPU the process and its children used so far (0 without a process)."""
    if process is None:
        return 0.0
    times = [process.cpu_times(), *(c.cpu_times() for c in process.children(recursive=True))]
    return sum(t.user + t.system for t in times)


def timed(work: Callable[[], Any], repeat: int, server: psutil.Process | None, cold: Backend | None = None) -> tuple[str, Any]:
    """Median wall, client CPU and server CPU milliseconds of ``work``, and its answer; ``cold``: drop its cached graph first."""
    wall, cpu, srv, result = [], [], [], None
    for _ in range(repeat):
        if cold is not None:
            cold.__dict__.pop("_graph_cache", None)
        t, c, s = time.perf_counter(), time.process_time(), cpu_of(server)
        result = work()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        srv.append(cpu_of(server) - s)
    figures = f"median {statistics.median(wall) * 1000:9.1f} ms  cpu {statistics.median(cpu) * 1000:9.1f} ms"
    if server is not None:
        figures += f"  server cpu {statistics.median(srv) * 1000:9.1f} ms"
    return figures, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", choices=("neo4j", "sparql"), required=True)
    ap.add_argument("--endpoint", help="Query URL of a SPARQL server to use (its data is dropped!) instead of starting one.")
    ap.add_argument("--places", type=int, default=3_000)
    ap.add_argument("--measures", type=int, default=30_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    records = generate(args.places, args.measures)
    with server_backend(args.backend, args.endpoint) as (backend, server), RdfBackend(None) as embedded:
        t = time.perf_counter()
        backend.load(records)
        print(f"{args.backend}: loaded {len(records)} documents in {time.perf_counter() - t:.1f} s: {backend.stats()}", flush=True)
        embedded.load(records)
        named = sample_places(embedded)
        city = named["city"]
        _, matches = similar(embedded, city, limit=10, level="any")
        places = sorted({*(n for n, name, _, _ in embedded.place_categories() if name == city), *(m.node for m in matches)})
        masks = embedded.category_masks()
        picked = sorted(masks, key=lambda m: -masks[m])[:20]
        selected = {f"parts of --place {named[k]}": {n for n, a in select_stored(embedded, place=[named[k]], max_nodes=0).subgraph.nodes(data=True)
                                                      if a["type"] != "Category"} for k in ("county", "city")}

        def both(label: str, own: Callable[[], Any], default: Callable[[], Any], reference: Callable[[], Any] | None,
                 same: Callable[[Any], Any] = list) -> None:
            same(own())  # once untimed: the server compiles the query and warms its caches
            mine, got = timed(lambda: same(own()), args.repeat, server)
            print(f"{label:<44} {args.backend:>7} {mine}", flush=True)
            theirs, expected = timed(lambda: same(default()), args.repeat, server, cold=backend)
            as_embedded = "n/a" if reference is None else got == same(reference())
            print(f"{'':<44} {'default':>7} {theirs}  same answer: {got == expected}, as the embedded store's: {as_embedded}", flush=True)

        for level in (None, "city"):
            both(f"category_masks({level})", lambda: backend.category_masks(level), lambda: Backend.category_masks(backend, level),
                 lambda: embedded.category_masks(level), same=dict)
        both(f"places_offering({len(picked)} masks)", lambda: backend.places_offering(picked), lambda: Backend.places_offering(backend, picked),
             lambda: embedded.places_offering(picked), same=sorted)
        key: Callable[[Any], Any] = lambda m: (m.place, m.doc_id, m.order)  # noqa: E731
        both(f"place_measures({len(places)} places)", lambda: backend.place_measures(places), lambda: Backend.place_measures(backend, places),
             lambda: embedded.place_measures(places), same=lambda ms: sorted(ms, key=key))
        for label, nodes in selected.items():
            # parts are records: Neo4j's are its own reading of the records (no gazetteer codes, the order as given)
            both(f"{label} ({len(nodes)} nodes)", lambda: backend.parts(nodes), lambda: Backend.parts(backend, nodes),
                 (lambda: embedded.parts(nodes)) if args.backend == "sparql" else None)


if __name__ == "__main__":
    main()
