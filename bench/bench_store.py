"""Load a synthetic graph into the embedded store; print triples/s beside pyoxigraph's own bulk load, and query latency.

The reference is measured in the same run: the quads kg stored (documents,
taxonomy and index) are dumped to an N-Quads file and bulk-loaded by
pyoxigraph alone into a fresh on-disk store.

Usage: python bench/bench_store.py [--places N] [--measures N] [--docs N] [--store DIR]
Goal: kg at 0.9x the reference or better.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import records  # noqa: E402

from kg.backends.rdf import RdfBackend  # noqa: E402


def reference(store: RdfBackend, folder: Path) -> float:
    """Seconds pyoxigraph's on-disk ``bulk_load`` takes for the quads ``store`` holds."""
    dump = folder / "dump.nq"
    store._ox.dump(str(dump), format=ox.RdfFormat.N_QUADS)  # noqa: SLF001
    target = ox.Store(str(folder / "reference"))
    t0 = time.perf_counter()
    target.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    target.flush()
    seconds = time.perf_counter() - t0
    assert len(target) == len(store._ox)  # noqa: SLF001
    del target
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--measures", type=int, default=100_000)
    ap.add_argument("--places", type=int, default=10_000)
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--store", type=Path, default=None)
    args = ap.parse_args()
    recs = list(records(args.places, args.measures, args.docs))
    with tempfile.TemporaryDirectory() as tmp:
        store = RdfBackend(args.store or Path(tmp) / "store")
        t0 = time.perf_counter()
        store.load(recs)
        load_s = time.perf_counter() - t0
        n = store.triples_count()
        ref_s = reference(store, Path(tmp))
        print(f"kg load: {len(recs)} documents, {n:,} triples in {load_s:.2f} s: {n / load_s:,.0f} triples/s")
        print(f"pyoxigraph bulk_load of the same quads: {ref_s:.2f} s: {n / ref_s:,.0f} triples/s")
        print(f"kg / reference: {ref_s / load_s:.2f}x")
        t0 = time.perf_counter()
        store.load(recs[:50])
        print(f"replaced 50 documents in {time.perf_counter() - t0:.2f} s")
        zone = recs[0].measures[0].region
        for name, params in (("measures-of-place", {"place": zone}), ("places-by-category", {"category": "RENT_RELIEF"})):
            times = []
            for _ in range(7):
                t0 = time.perf_counter()
                rows = store.query(name, params).rows
                times.append(time.perf_counter() - t0)
            print(f"{name}: median {statistics.median(times) * 1000:.1f} ms ({len(rows)} rows)")
        store.close()


if __name__ == "__main__":
    main()
