"""``kg demo``: the whole product on the bundled, hand-reviewed dataset, in seconds.

It loads the curated records of five 2020 source documents into a fresh
embedded store, prints counts, answers three analyst questions with the
stored queries, and writes a network page and a heatmap.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import click

from .. import netgraph
from ..backends import QueryResult
from ..backends.rdf import RdfBackend
from ..files import write_text
from ..model import Record
from ..records import curated_records
from .common import EXIT_USAGE, emit, fail, say

DEMO_ZONE = "杭州高新区"
FISCAL_FOUR = ("TAX_DEFERRAL", "SOCIAL_INSURANCE_RELIEF", "UNEMPLOYMENT_INSURANCE_REFUND", "PROPERTY_LAND_TAX_RELIEF")


def most_helped_enterprise(records: list[Record]) -> str:
    """The enterprise that the most measures name as beneficiary (ties: by name)."""
    counts = Counter(b for r in records for m in r.measures for b in m.beneficiaries)
    return min(counts, key=lambda name: (-counts[name], name))


def demo_selection(graph: Any, firm: str) -> Any:
    """The demo zone's part of the graph, and the measures that name ``firm`` as beneficiary (BENEFITS links)."""
    import networkx as nx

    from ..select import select

    zone, _ = select(graph, place=(DEMO_ZONE,), max_nodes=300)
    links, _ = select(graph, enterprise=(firm,), max_nodes=300)
    return nx.compose(zone, links)


def _heading(text: str) -> None:
    say("")
    say(click.style(text, bold=True), err=False)


@click.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=None, help="Folder for the demo store [default: a new temporary folder].")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None, help="Folder for the pages [default: beside the store].")
def demo(store: Path | None, out: Path | None) -> None:
    """Show kg at work on the bundled dataset: load, count, ask, draw.

    Nothing of yours is touched: the store is a new folder (temporary unless
    --store names one, which must be new or empty).
    """
    base = Path(tempfile.mkdtemp(prefix="kg-demo-"))
    store = store or base / "store"
    out = out or base
    if store.exists() and any(store.iterdir()):
        fail(f"{store} is not empty; the demo needs a new folder", EXIT_USAGE)
    out.mkdir(parents=True, exist_ok=True)
    records = curated_records()
    with RdfBackend(store) as backend:
        report = backend.load(records)
        _heading(f"Loaded {report.documents} curated documents into {store}")
        emit(["what", "count"], list(backend.stats().items()), "table")

        _heading(f"1. Which places used policies most similar to {DEMO_ZONE}'s?")
        _show(backend.query("similar-places", {"place": DEMO_ZONE, "limit": 5}))

        _heading("2. Which places offered all four fiscal reliefs (tax deferral, social insurance, unemployment insurance refund, property/land tax)?")
        _show(backend.query("places-with-all-categories", {"categories": list(FISCAL_FOUR)}))

        firm = most_helped_enterprise(records)
        _heading(f"3. Which measures reached {firm}?")
        _show(backend.query("enterprise-links", {"enterprise": firm}))

    from ..heatmap import html_table, matrix, write_png
    from ..viz import documents_of, write_page

    graph = netgraph.build(records)
    page = write_page(demo_selection(graph, firm), out / "demo-network.html", title=f"kg demo: {DEMO_ZONE} · {firm}",
                      documents=documents_of(graph))
    m = matrix(graph)
    png = write_png(m, out / "demo-heatmap.png", "Measures per place and category")
    table = out / "demo-heatmap.html"
    write_text(table, html_table(m, "Measures per place and category"))
    _heading("Pages written")
    for path in (page, png, table):
        say(f"  {path}", err=False)
    say(f"\nTry: kg query --list --store {store}", err=False)


def _show(result: QueryResult) -> None:
    emit(result.columns, result.rows, "table")


commands = [demo]
