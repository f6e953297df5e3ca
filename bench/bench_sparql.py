"""Load synthetic measures into a SPARQL server and into the embedded store in the same run; print triples/s of each.

Usage: python bench/bench_sparql.py [--measures N] [--endpoint URL]

Without --endpoint an Oxigraph server (the ``oxigraph`` command, from the
test extra) is started on a fresh folder.  Also timed: replacing 50
documents, two stored queries, and moving the embedded store's dataset onto
a server in bulk: ``oxigraph dump`` of its folder, ``oxigraph load`` into a
fresh one (docs/scale.md).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from synth import records  # noqa: E402

from kg.backends import Backend  # noqa: E402
from kg.backends.rdf import RdfBackend  # noqa: E402
from kg.backends.sparql import SparqlBackend  # noqa: E402


def timed_load(label: str, store: Backend, recs: list[Any]) -> None:
    t0 = time.perf_counter()
    store.load(recs)
    seconds = time.perf_counter() - t0
    n = store.triples_count()  # type: ignore[attr-defined]
    print(f"{label}: {len(recs)} documents, {n:,} triples in {seconds:.1f} s: {n / seconds:,.0f} triples/s", flush=True)
    again = recs[:50]
    t0 = time.perf_counter()
    store.load(again)
    print(f"{label}: replaced {len(again)} documents in {time.perf_counter() - t0:.2f} s", flush=True)
    zone = recs[0].measures[0].region
    for name, params in (("measures-of-place", {"place": zone}), ("places-by-category", {"category": "RENT_RELIEF"})):
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            rows = store.query(name, params).rows
            times.append(time.perf_counter() - t0)
        print(f"{label}: {name} median {statistics.median(times) * 1000:.0f} ms ({len(rows)} rows)", flush=True)


def bulk_path(store: Path, tmp: Path) -> None:
    """``oxigraph dump`` of the embedded folder, ``oxigraph load`` into a fresh one, a server on it and the first open."""
    from sparql_server import SparqlServer, _command

    nq = tmp / "dataset.nq"
    server = SparqlServer(workdir=tmp / "bulk")
    server.workdir.mkdir()
    times = []
    for args in (["dump", "--location", str(store), "--file", str(nq)], ["load", "--location", str(server.workdir / "data"), "--file", str(nq)]):
        t0 = time.perf_counter()
        subprocess.run([_command(), *args], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    server.start()
    try:
        t0 = time.perf_counter()
        with SparqlBackend(server.endpoint) as s:
            open_s = time.perf_counter() - t0
            n = s.triples_count()
        print(f"bulk: oxigraph dump {times[0]:.1f} s, oxigraph load {n:,} triples {times[1]:.1f} s "
              f"({n / times[1]:,.0f} triples/s), first open {open_s:.1f} s", flush=True)
    finally:
        server.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--measures", type=int, default=100_000)
    ap.add_argument("--places", type=int, default=10_000)
    ap.add_argument("--docs", type=int, default=1_000)
    ap.add_argument("--endpoint", default=None, help="query endpoint of a running server (its dataset is added to)")
    ap.add_argument("--no-bulk", action="store_true", help="skip the oxigraph dump and load path")
    args = ap.parse_args()
    recs = list(records(args.places, args.measures, args.docs))
    print(f"{sum(len(r.measures) for r in recs):,} measures in {len(recs)} documents", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        with RdfBackend(store) as embedded:
            timed_load("embedded", embedded, recs)
        if args.endpoint:
            with SparqlBackend(args.endpoint) as s:
                timed_load("sparql", s, recs)
        else:
            from sparql_server import start

            with start() as server, SparqlBackend(server.endpoint) as s:
                timed_load("sparql (Oxigraph server)", s, recs)
        if not args.no_bulk:
            bulk_path(store, Path(tmp))


if __name__ == "__main__":
    main()
