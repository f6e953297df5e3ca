"""Load a synthetic graph of about 10^6 triples into the embedded store; print triples/s and query latency.

Usage: python bench/bench_store.py [--measures N] [--store DIR]
Goal: 200,000 triples/s or better.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import records  # noqa: E402

from kg.backends.rdf import RdfBackend  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--measures", type=int, default=50_000)
    ap.add_argument("--places", type=int, default=5_000)
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
        print(f"loaded {len(recs)} documents, {n:,} triples in {load_s:.2f} s: {n / load_s:,.0f} triples/s")
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
