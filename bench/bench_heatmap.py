"""How long the place × category heatmap takes to build at 2,000 and 5,000 places (goal: seconds).

Run:  python bench/bench_heatmap.py [PLACES...] [--exact]

The graph is synthetic: each place has ten measures of one to three
categories drawn from a skewed distribution, as in real texts.  Timed: the
matrix with its row order (kg.heatmap.matrix), the HTML table and the PNG
(what ``kg viz --heatmap`` writes; the first one also finds a CJK font); with
``--exact`` also the exact clustering of all rows, the method used for
every size before the order was bounded (cubic: minutes at 5,000).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg import heatmap
from kg.taxonomy import taxonomy


def graph(places: int, per_place: int = 10, seed: int = 7) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    codes = sorted(taxonomy().codes())
    weights = [1.0 / (i + 1) for i in range(len(codes))]
    g = nx.MultiDiGraph()
    for p in range(places):
        place = f"place/{p}"
        g.add_node(place, type="Zone", label=f"园区{p:05d}")
        for i in range(per_place):
            m = f"measure/{p}/{i}"
            g.add_node(m, type="Measure", categories=sorted(set(rng.choices(codes, weights, k=rng.randint(1, 3)))))
            g.add_edge(m, place, key="REGION", type="REGION")
    return g


def main(sizes: list[int], exact: bool) -> None:
    t = time.perf_counter()
    heatmap.matrix(graph(3))  # imports numpy and scipy once, outside the timings
    print(f"importing numpy and scipy: {time.perf_counter() - t:.2f} s")
    print(f"{'places':>7} {'order+matrix s':>15} {'html s':>7} {'png s':>7} {'exact order s':>14}")
    png = Path(tempfile.mkdtemp(prefix="kg-bench-heatmap-")) / "heatmap.png"
    for n in sizes:
        g = graph(n)
        t = time.perf_counter()
        m = heatmap.matrix(g)
        order_s = time.perf_counter() - t
        t = time.perf_counter()
        heatmap.html_table(m)
        html_s = time.perf_counter() - t
        t = time.perf_counter()
        heatmap.write_png(m, png)
        png_s = time.perf_counter() - t
        exact_s = "-"
        if exact:
            import numpy as np

            t = time.perf_counter()
            heatmap._exact_order(np.asarray(m.counts, dtype=float))
            exact_s = f"{time.perf_counter() - t:.2f}"
        print(f"{n:>7} {order_s:>15.2f} {html_s:>7.2f} {png_s:>7.2f} {exact_s:>14}", flush=True)
    png.unlink(missing_ok=True)
    png.parent.rmdir()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--exact"]
    main([int(a) for a in args] or [2000, 5000], "--exact" in sys.argv[1:])
