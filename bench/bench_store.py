"""Load a synthetic graph into the embedded store; print triples/s beside pyoxigraph's own bulk load, and query latency.

The reference is measured in the same run: the quads kg stored (documents,
taxonomy and index) are dumped to an N-Quads file and bulk-loaded by
pyoxigraph alone into a fresh on-disk store.  Each figure is given in wall
time and in CPU time of the process (all its threads): on a shared machine
the CPU times are the ones to compare.

Usage: python bench/bench_store.py [--places N] [--measures N] [--docs N] [--store DIR]
Goal: kg at 0.9x the reference or better.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # this checkout's kg, not an installed one

from synth import records  # noqa: E402

from kg.backends.rdf import RdfBackend  # noqa: E402


class Clock:
    """Wall and CPU seconds (time.process_time: every thread of the process) since it was made."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def read(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def reference(store: RdfBackend, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds pyoxigraph's on-disk ``bulk_load`` takes for the quads ``store`` holds."""
    dump = folder / "dump.nq"
    store._ox.dump(str(dump), format=ox.RdfFormat.N_QUADS)  # noqa: SLF001
    target = ox.Store(str(folder / "reference"))
    clock = Clock()
    target.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    target.flush()
    seconds = clock.read()
    assert len(target) == len(store._ox)  # noqa: SLF001
    del target
    return seconds


def rate(n: int, seconds: tuple[float, float]) -> str:
    wall, cpu = seconds
    return f"{wall:.2f} s wall, {cpu:.2f} s CPU: {n / wall:,.0f} triples/s wall, {n / cpu:,.0f} triples/s CPU"


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
        clock = Clock()
        store.load(recs)
        load_s = clock.read()
        n = store.triples_count()
        ref_s = reference(store, Path(tmp))
        print(f"kg load: {len(recs)} documents, {n:,} triples in {rate(n, load_s)}")
        print(f"pyoxigraph bulk_load of the same quads: {rate(n, ref_s)}")
        print(f"kg / reference: {ref_s[0] / load_s[0]:.2f}x wall, {ref_s[1] / load_s[1]:.2f}x CPU")
        clock = Clock()
        store.load(recs[:50])
        wall, cpu = clock.read()
        print(f"loaded the same 50 documents again in {wall:.2f} s wall, {cpu:.2f} s CPU")
        changed = [dataclasses.replace(r, measures=r.measures[:-1]) for r in recs[:50]]
        clock = Clock()
        store.load(changed)
        wall, cpu = clock.read()
        print(f"replaced 50 documents (their last measure dropped) in {wall:.2f} s wall, {cpu:.2f} s CPU")
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
