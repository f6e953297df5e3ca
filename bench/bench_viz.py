"""How long building a kg viz page takes for 200, 1,000 and 5,000 nodes (goal: under 1 s at 1,000).

Run:  python bench/bench_viz.py [SIZES...]

The graph is synthetic (made-up names) but shaped like the real one: shared
provinces, cities and categories; per document an agency, enterprises and
measures.  Timed: records -> graph (netgraph.build), graph -> HTML (viz.page),
the layout alone, and the whole page.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kg import netgraph, viz
from kg.model import Record
from kg.taxonomy import taxonomy

PROVINCES = 5
CITIES = 40
#: nodes each synthetic document adds: its Document, an agency, two enterprises, three measures
PER_DOC = 7


def synthetic_records(nodes: int) -> list[Record]:
    """Records whose graph has about ``nodes`` nodes."""
    codes = sorted(taxonomy().codes())
    out: list[Record] = []
    used: set[str] = set()
    d = 0
    while not out or len(out) * PER_DOC + min(d, CITIES) + min(d, PROVINCES) + len(used) < nodes:
        used |= {codes[(d + i) % len(codes)] for i in range(3)}
        city, province = f"测试市{d % CITIES}", f"测试省{d % PROVINCES}"
        agency, firms = f"测试局{d}", [f"测试公司{d}甲", f"测试公司{d}乙"]
        out.append(Record.from_dict({
            "doc_id": f"bench-{d}",
            "title": f"测试文件{d}",
            "date": "2020-02-01",
            "entities": [
                {"name": city, "type": "Region"}, {"name": province, "type": "Region"},
                {"name": agency, "type": "Agency"},
                *({"name": f, "type": "Enterprise"} for f in firms),
            ],
            "measures": [
                {"region": city, "agency": agency, "categories": [codes[(d + i) % len(codes)]],
                 "beneficiaries": firms[: i % 3], "text": f"测试措施{d}-{i}。"}
                for i in range(3)
            ],
            "relations": [
                {"type": "PART_OF", "subject": city, "object": province},
                {"type": "UNDER", "subject": agency, "object": city},
                *({"type": "LOCATED_IN", "subject": f, "object": city} for f in firms),
            ],
        }))
        d += 1
    return out


def _timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


def main(sizes: list[int]) -> None:
    print(f"{'nodes':>6} {'edges':>6} {'build s':>8} {'layout s':>9} {'page s':>7} {'MB':>6}")
    for n in sizes:
        records = synthetic_records(n)
        graph, build_s = _timed(netgraph.build, records)
        _, layout_s = _timed(viz.layout, graph)
        html, page_s = _timed(viz.page, graph)
        print(f"{len(graph):>6} {graph.number_of_edges():>6} {build_s:>8.2f} {layout_s:>9.2f} {page_s:>7.2f} "
              f"{len(html.encode()) / 1e6:>6.2f}")
        out = Path(__file__).parent / "out"
        out.mkdir(exist_ok=True)
        (out / f"viz-{n}.html").write_text(html, encoding="utf-8")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [200, 1000, 5000])
