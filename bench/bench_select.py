"""Selections and ``kg similar`` answered by the store, beside the whole-graph way, on the synthetic graph of bench_queries.

    python bench/bench_select.py [--places 10000] [--measures 100000] [--store DIR] [--whole]

Prints the median time of: a few ``kg viz``/``kg export`` selections read from
the store (:func:`kg.select.select_stored`) with the measures they read; the
ranking of ``kg similar`` from the place × category index beside the stored
query ``similar-places`` (and whether their top 10 agree).  ``--whole`` also
times the old way once: every record into one networkx graph, then each
selection in it (checked to give the same nodes and edges as the store's), and ``kg similar`` with a document weight (which reads every measure).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from pathlib import Path
from typing import Any, Callable

from bench_queries import sample_places, synthetic_store

from kg import netgraph
from kg.select import select, select_stored
from kg.similarity import explain, similar


def median_ms(work: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Median wall and CPU milliseconds of ``work`` (CPU too: on a shared machine wall time also counts waiting for a core)."""
    times, cpu, result = [], [], None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        result = work()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(times) * 1000, statistics.median(cpu) * 1000, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--places", type=int, default=10_000)
    ap.add_argument("--measures", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--store", type=Path, help="Keep the store in this directory and reuse it when it exists.")
    ap.add_argument("--whole", action="store_true", help="Also time building the whole graph first, and kg similar reading every measure (slow).")
    ap.add_argument("--similar-only", action="store_true", help="Time kg similar only.")
    args = ap.parse_args()
    with contextlib.ExitStack() as stack:
        backend = synthetic_store(stack, args.store, args.places, args.measures)
        named = sample_places(backend)
        selections: list[dict[str, Any]] = [
            {"place": [named["county"]]},
            {"place": [named["city"]]},
            {"around": [named["zone"]], "hops": 2},
            {"document": [backend.documents()[1]]},
            {"category": ["RENT_RELIEF"], "place": [named["city"]]},
        ]
        stored = {}
        for i, sel in enumerate([] if args.similar_only else selections):
            ms, cpu, got = median_ms(lambda: select_stored(backend, **sel), args.repeat)
            stored[i] = got
            read = sum(1 for _, a in got.graph.nodes(data=True) if a["type"] == "Measure")
            print(f"select {sel}: median {ms:8.1f} ms  cpu {cpu:8.1f} ms  ({len(got.subgraph)} nodes; "
                  f"read {read} measures, facts from {len(got.documents or ())} documents)", flush=True)
        if args.whole and not args.similar_only:
            t, c = time.perf_counter(), time.process_time()
            whole = netgraph.build(backend.records())
            print(f"whole graph first (the old way): build {(time.perf_counter() - t) * 1000:8.1f} ms  "
                  f"cpu {(time.process_time() - c) * 1000:8.1f} ms, then each selection:", flush=True)
            for i, sel in enumerate(selections):
                ms, cpu, (sub, _) = median_ms(lambda: select(whole, **sel), 1)
                got = stored[i].subgraph
                same = dict(sub.nodes(data=True)) == dict(got.nodes(data=True)) and \
                    {(u, v, k): a for u, v, k, a in sub.edges(keys=True, data=True)} == {(u, v, k): a for u, v, k, a in got.edges(keys=True, data=True)}
                print(f"  select {sel} in the whole graph {ms:8.1f} ms  cpu {cpu:8.1f} ms  ({len(sub)} nodes; "
                      f"same nodes and edges as the store's: {same})", flush=True)
        place = named["city"]
        stored_ms, stored_cpu, stored = median_ms(lambda: backend.query("similar-places", {"place": place, "limit": 10}).rows, args.repeat)
        ours_ms, ours_cpu, (target, matches) = median_ms(lambda: similar(backend, place, limit=10, level="any"), args.repeat)
        same = [(r[0], r[1]) for r in stored] == [(m.name, m.categories) for m in matches]
        print(f"similar-places (stored query, the reference)  median {stored_ms:8.1f} ms  cpu {stored_cpu:8.1f} ms", flush=True)
        print(f"kg similar {place} ranking (index)  median {ours_ms:8.1f} ms  cpu {ours_cpu:8.1f} ms  "
              f"same top 10 as the stored query: {same}", flush=True)
        if args.whole:
            python_ms, python_cpu, _ = median_ms(lambda: similar(backend, place, (1.0, 0.0, 1e-9), limit=10, level="any"), 1)
            print(f"kg similar with a document weight (reads every measure) {python_ms:8.1f} ms  cpu {python_cpu:8.1f} ms", flush=True)
        explain_ms, explain_cpu, _ = median_ms(lambda: explain(backend, target, matches), args.repeat)
        print(f"kg similar explanation (top 10) median {explain_ms:8.1f} ms  cpu {explain_cpu:8.1f} ms", flush=True)


if __name__ == "__main__":
    main()
