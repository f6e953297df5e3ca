"""Each graph export read by the tool a user would take it to: networkx, igraph, graphology, cytoscape.js."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from test_netgraph import sample_records

from kg import netgraph
from kg.export import export, export_graph
from kg.model import Entity, Record

NODE_DIR = Path(__file__).parent / "node"
#: text no XML 1.0 parser accepts raw, and cells a spreadsheet would run as formulas
NASTY = "坏\x01名\x0b称\ufffe"
FORMULAS = ("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx")


def node_reader() -> list[str]:
    """The command that reads an export under Node; skips off CI when Node or the packages are missing."""
    node = shutil.which("node")
    if node is None or not (NODE_DIR / "node_modules" / "graphology-gexf").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("node and the packages of tests/node are needed (npm ci --prefix tests/node)")
        pytest.skip("node or the packages of tests/node are missing")
    return [node, str(NODE_DIR / "read_export.js")]


def read_with_node(fmt: str, path: Path) -> dict[str, Any]:
    out = subprocess.run([*node_reader(), fmt, str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    records = sample_records()
    hostile = Record(doc_id="bad-01", title=NASTY, publisher=FORMULAS[0],
                     entities=(Entity(type="Enterprise", name=FORMULAS[3]),))
    return netgraph.build([*records, hostile])


@pytest.fixture(scope="module")
def full(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return export_graph(graph)


def expected_edges(full: nx.MultiDiGraph) -> list[tuple[str, str, str]]:
    return sorted((u, v, k) for u, v, k in full.edges(keys=True))


def test_export_graph_has_levels_mentions_and_unique_ids(full: nx.MultiDiGraph) -> None:
    ids = [a["id"] for _, _, a in full.edges(data=True)]
    assert len(ids) == len(set(ids))
    assert {a.get("level") for _, a in full.nodes(data=True) if a["type"] == "Region"} >= {"province", "city"}
    assert any(k == "MENTIONS" for _, _, k in full.edges(keys=True))


def test_graphml_read_by_networkx_and_igraph(tmp_path: Path, graph: nx.MultiDiGraph, full: nx.MultiDiGraph) -> None:
    import igraph

    path = tmp_path / "g.graphml"
    export("graphml", graph, [], path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == full.number_of_nodes()
    assert sorted((u, v, a["type"]) for u, v, a in back.edges(data=True)) == expected_edges(full)
    assert sorted(k for _, _, k in back.edges(keys=True)) == sorted(a["id"] for _, _, a in full.edges(data=True))
    ig = igraph.Graph.Read_GraphML(str(path))
    assert (ig.vcount(), ig.ecount()) == (full.number_of_nodes(), full.number_of_edges())
    assert sorted(ig.vs["level"]) == sorted(a.get("level", "") for _, a in full.nodes(data=True))
    amounts = [a["amount_cny"] for _, a in full.nodes(data=True) if "amount_cny" in a]
    assert amounts and sorted(v for v in ig.vs["amount_cny"] if v == v) == sorted(amounts)
    assert "坏\ufffd名\ufffd称\ufffd" in {a.get("title") for _, a in back.nodes(data=True)}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphology_reads_graph_files(tmp_path: Path, fmt: str, graph: nx.MultiDiGraph, full: nx.MultiDiGraph) -> None:
    path = tmp_path / f"g.{fmt}"
    export(fmt, graph, [], path)
    read = read_with_node(fmt, path)
    assert len(read["nodes"]) == full.number_of_nodes()
    kind = "type" if fmt == "graphml" else "kind"
    assert sorted((e["source"], e["target"], e[kind]) for e in read["edges"]) == expected_edges(full)
    assert {e["id"] for e in read["edges"]} == {a["id"] for _, _, a in full.edges(data=True)}
    levels = {n["id"]: n.get("level") for n in read["nodes"]}
    assert all(levels[n] == a.get("level") for n, a in full.nodes(data=True))
    if fmt == "gexf":
        from kg.viz import STYLES

        region = next(n for n in read["nodes"] if n["type"] == "Region")
        r, g, b = (int(STYLES["Region"].colour[i:i + 2], 16) for i in (1, 3, 5))
        assert region["color"].startswith(f"rgba({r},{g},{b},")
        assert region["size"] > 0 and len({(n["x"], n["y"]) for n in read["nodes"]}) > 1


def test_gexf_and_graphml_are_xml_1_0_with_stable_ids(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    from xml.etree import ElementTree

    for fmt in ("graphml", "gexf"):
        text = export(fmt, graph, [], None)
        assert isinstance(text, str)
        ElementTree.fromstring(text.encode())
        assert text == export(fmt, graph, [], None)
    assert nx.read_gexf(_write(tmp_path / "g.gexf", export("gexf", graph, [], None))).number_of_nodes() == len(export_graph(graph))


def _write(path: Path, text: Any) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_cytoscape_js_keeps_edge_ids(tmp_path: Path, graph: nx.MultiDiGraph, full: nx.MultiDiGraph) -> None:
    path = _write(tmp_path / "g.json", export("cytoscape", graph, [], None))
    first = read_with_node("cytoscape", path)
    again = read_with_node("cytoscape", _write(tmp_path / "h.json", export("cytoscape", graph, [], None)))
    assert sorted(e["id"] for e in first["edges"]) == sorted(e["id"] for e in again["edges"])
    assert len(first["edges"]) == full.number_of_edges() == len({e["id"] for e in first["edges"]})
    measure = next(n for n in first["nodes"] if n["type"] == "Measure" and n.get("categories"))
    assert isinstance(measure["categories"], list)


def test_csv_guards_formulas_and_writes_bom(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    export("csv", graph, [], tmp_path / "out", bom=True)
    raw = (tmp_path / "out" / "nodes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "out" / "nodes.csv", encoding="utf-8-sig", newline="") as f:
        cells = [c for row in csv.reader(f) for c in row]
    assert "'" + FORMULAS[0] in cells and "'" + FORMULAS[3] in cells
    assert not [c for c in cells if c.startswith(("=", "+", "@", "\t", "\r"))]
    with open(tmp_path / "out" / "nodes.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["level"] for r in rows if r["type"] == "Region"} >= {"province", "city"}


def test_bom_is_refused_for_other_formats(graph: nx.MultiDiGraph) -> None:
    from kg.export import ExportError

    with pytest.raises(ExportError, match="--bom"):
        export("graphml", graph, [], None, bom=True)
