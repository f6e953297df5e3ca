"""A self-contained interactive page of a graph: pyvis data, vis-network inlined, no network needed.

The page must open anywhere — offline, from an e-mail attachment, in a CI
browser with the network blocked — so vis-network's script and style sheet
(vendored in ``kg/static``) are inlined and nothing is fetched.

User text (names, evidence sentences, titles) never reaches the page as HTML:
node and edge data are embedded as JSON with ``<``, ``>``, ``&`` and ``'``
escaped, vis-network draws labels on a canvas and shows string tooltips as
text, and the menus are filled through ``textContent`` or Jinja autoescaping.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.network import Network

from .files import write_text
from .netgraph import document_title

#: above this many nodes the layout is computed here and physics is off in the page
PHYSICS_LIMIT = 300
#: the most connected nodes whose labels are drawn readable at the starting zoom; others appear on zooming in
LEAD_LABELS = 40
#: a label's font size in page pixels at zoom 1
LABEL_PX = 12


@dataclass(frozen=True)
class Style:
    colour: str
    shape: str
    zh: str


STYLES: dict[str, Style] = {
    "Region": Style("#4e79a7", "dot", "地区"),
    "Zone": Style("#59a14f", "diamond", "园区"),
    "Agency": Style("#f28e2b", "square", "机构"),
    "Enterprise": Style("#e15759", "triangle", "企业"),
    "PolicyDocument": Style("#b07aa1", "hexagon", "政策文件"),
    "Measure": Style("#9d9da1", "dot", "措施"),
    "Category": Style("#edc948", "star", "措施类别"),
    "Document": Style("#76b7b2", "triangleDown", "来源文档"),
}
_OTHER = Style("#cccccc", "dot", "其他")
EDGE_COLOURS = {"PART_OF": "#4e79a7", "LOCATED_IN": "#e15759", "UNDER": "#f28e2b"}
_SOURCE_MAP = re.compile(r"/[*/]#\s*sourceMappingURL=\S*(\s*\*/)?")


class _IdList(list):  # type: ignore[type-arg]
    """pyvis keeps node ids in a list and tests membership for every node and edge; a set keeps that linear."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[Any] = set()

    def append(self, item: Any) -> None:
        self._set.add(item)
        super().append(item)

    def __contains__(self, item: object) -> bool:
        return item in self._set


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    """A vendored file from kg/static, source-map comments removed so the page never asks for a map."""
    return _SOURCE_MAP.sub("", resources.files("kg").joinpath("static", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(_asset("page.html.jinja"))


def layout(graph: nx.Graph, *, iterations: int = 60, seed: int = 1) -> dict[Any, tuple[float, float]]:
    """Force-directed positions in pixels, fast enough for thousands of nodes.

    Fruchterman–Reingold with the all-pairs repulsion replaced by a random
    sample of other nodes per step (scaled up), so one step costs O(n·s + e)
    instead of O(n²); networkx's layouts take seconds at 1,000 nodes.
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    import numpy as np

    index = {v: i for i, v in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    src, dst = pairs[:, 0], pairs[:, 1]
    rng = np.random.default_rng(seed)
    x, y = (rng.random((2, n)) - 0.5) * math.sqrt(n)
    sample = min(n - 1, 64)
    scale = (n - 1) / sample
    step = math.sqrt(n) / 5
    cooling = 0.02 ** (1 / iterations)
    for _ in range(iterations):
        others = rng.integers(0, n, size=(n, sample))
        dx, dy = x[:, None] - x[others], y[:, None] - y[others]
        d2 = np.maximum(dx * dx + dy * dy, 1e-4)
        fx, fy = (dx / d2).sum(1) * scale, (dy / d2).sum(1) * scale
        ex, ey = x[src] - x[dst], y[src] - y[dst]
        length = np.hypot(ex, ey)
        px, py = ex * length, ey * length
        fx += np.bincount(dst, px, n) - np.bincount(src, px, n)
        fy += np.bincount(dst, py, n) - np.bincount(src, py, n)
        r = np.hypot(x, y) * 0.05 / math.sqrt(n)  # gravity keeps components together
        fx -= x * r
        fy -= y * r
        force = np.maximum(np.hypot(fx, fy), 1e-9)
        move = np.minimum(force, step) / force
        x += fx * move
        y += fy * move
        step *= cooling
    x = (x - x.mean()) * 70.0
    y = (y - y.mean()) * 70.0
    return {v: (round(float(a), 1), round(float(b), 1)) for v, a, b in zip(nodes, x, y, strict=True)}


def node_size(degree: int) -> float:
    """A node's drawn size: grows with its degree, capped so hubs do not cover the page."""
    return round(min(8 + 3 * math.sqrt(degree), 40), 1)


def _money(value: float | int) -> str:
    if value >= 1e8:
        return f"{value / 1e8:g}亿元"
    if value >= 1e4:
        return f"{value / 1e4:g}万元"
    return f"{value:g}元"


def documents_of(graph: nx.MultiDiGraph) -> dict[str, str]:
    """doc id -> '《title》 date' for tooltips, from the graph's Document nodes."""
    return {a["doc_id"]: document_title(a) for _, a in graph.nodes(data=True) if a.get("type") == "Document"}


def _sources(docs: Iterable[str], documents: dict[str, str], limit: int = 3) -> list[str]:
    docs = list(docs)
    lines = [f"— {documents.get(d, d)}" for d in docs[:limit]]
    if len(docs) > limit:
        lines.append(f"— 另有 {len(docs) - limit} 份文件")
    return lines


def node_tooltip(attrs: dict[str, Any], documents: dict[str, str]) -> str:
    """Plain text (never HTML) shown when hovering a node."""
    t = attrs.get("type", "")
    lines = [f"{STYLES.get(t, _OTHER).zh} {t}: {attrs.get('label', '')}"]
    if attrs.get("aliases"):
        lines.append("别名: " + "、".join(attrs["aliases"]))
    if t == "Measure":
        lines.append("类别: " + "、".join(attrs.get("categories", ())))
        money = [f"{k}{_money(attrs[f])}" for k, f in (("金额 ", "amount_cny"), ("上限 ", "cap_cny")) if f in attrs]
        if money:
            lines.append(", ".join(money))
        if attrs.get("beneficiaries"):
            lines.append("受益企业: " + "、".join(attrs["beneficiaries"]))
        lines.extend(attrs[k] for k in ("summary", "text") if attrs.get(k))
    elif t == "Category":
        lines.append(" · ".join(p for p in (attrs.get("code"), attrs.get("en"), attrs.get("group_zh")) if p))
    elif t == "Document":
        lines.extend(p for p in (attrs.get("publisher"), attrs.get("date"), attrs.get("doc_id")) if p)
        return "\n".join(lines)
    elif attrs.get("text"):
        lines.append(attrs["text"])
    return "\n".join(lines + _sources(attrs.get("docs", ()), documents))


def edge_tooltip(attrs: dict[str, Any], documents: dict[str, str]) -> str:
    """Plain text shown when hovering an edge: relation, evidence and its documents."""
    lines = [attrs.get("type", "")]
    if attrs.get("text"):
        lines.append(attrs["text"])
    return "\n".join(lines + _sources(attrs.get("docs", ()), documents))


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _phrase(text: str, limit: int) -> str:
    """The start of a text up to its first clause break, at most ``limit`` characters."""
    text = text.strip()
    return _short(re.split(r"[，。；：,;:!?！？]|\.\s", text, maxsplit=1)[0] or text, limit)


def node_label(attrs: dict[str, Any]) -> str:
    """The label drawn on the page: measures add a phrase of their evidence, documents their title and date."""
    label = str(attrs.get("label", ""))
    if attrs.get("type") == "Measure":
        phrase = _phrase(str(attrs.get("summary") or attrs.get("text") or ""), 14)
        return f"{label}：{phrase}" if phrase else label
    if attrs.get("type") == "Document" and attrs.get("title"):
        return document_title(attrs, limit=20)
    return label


@dataclass(frozen=True)
class MeasureRow:
    """One row of the page's measure table."""

    id: str
    categories: tuple[str, ...]
    place: str
    enterprises: tuple[str, ...]
    phrase: str


def measure_rows(graph: nx.MultiDiGraph) -> list[MeasureRow]:
    """The measures of a graph for the table beside it, by place then categories."""
    from .taxonomy import taxonomy

    tx = taxonomy().categories
    rows = [
        MeasureRow(
            id=str(node),
            categories=tuple(tx[c].zh if c in tx else c for c in a.get("categories", ())),
            place=str(a.get("region", "")),
            enterprises=tuple(a.get("beneficiaries", ())),
            phrase=_phrase(str(a.get("summary") or a.get("text") or ""), 40),
        )
        for node, a in graph.nodes(data=True)
        if a.get("type") == "Measure"
    ]
    return sorted(rows, key=lambda r: (r.place, r.categories, r.id))


def network(graph: nx.MultiDiGraph, documents: dict[str, str] | None = None) -> Network:
    """The pyvis network of a graph: styled nodes, labelled edges, layout fixed when large."""
    documents = documents if documents is not None else documents_of(graph)
    net = Network(directed=True, height="100%", width="100%", select_menu=True, filter_menu=True)
    net.node_ids = _IdList()
    big = len(graph) > PHYSICS_LIMIT
    pos = layout(graph) if big else {}
    degree = dict(graph.degree())
    lead = set(sorted(graph, key=lambda n: (-degree[n], str(n)))[:LEAD_LABELS])
    for node, attrs in graph.nodes(data=True):
        t = attrs.get("type", "")
        style = STYLES.get(t, _OTHER)
        extra = {"x": pos[node][0], "y": pos[node][1]} if big else {}
        net.add_node(
            node,
            label=node_label(attrs) or str(node),
            shape=style.shape,
            color=style.colour,
            title=node_tooltip(attrs, documents),
            size=node_size(degree[node]),
            type=t,
            aliases=list(attrs.get("aliases", ())),
            lead=node in lead,
            **extra,
        )
    for u, v, attrs in graph.edges(data=True):
        etype = attrs.get("type", "")
        net.add_edge(u, v, label=etype, title=edge_tooltip(attrs, documents), color=EDGE_COLOURS.get(etype, "#b4b4b4"))
    net.options = {
        "nodes": {"font": {"size": LABEL_PX}, "scaling": {"label": {"drawThreshold": 6}}},
        "edges": {"font": {"size": 8, "align": "middle", "color": "#666666"}, "smooth": not big},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big},
        "physics": {"enabled": not big, "solver": "forceAtlas2Based", "stabilization": {"iterations": 250}},
    }
    return net


def page(graph: nx.MultiDiGraph, *, title: str = "kg", documents: dict[str, str] | None = None, notes: Iterable[str] = ()) -> str:
    """The HTML page of a graph; ``documents`` (doc id -> title and date) names sources in tooltips."""
    net = network(graph, documents)
    nodes, edges, _, _, _, options = net.get_network_data()
    rows = measure_rows(graph)
    counts = {t: 0 for t in STYLES}
    for _, a in graph.nodes(data=True):
        counts[a.get("type", "")] = counts.get(a.get("type", ""), 0) + 1
    legend = [(t, STYLES.get(t, _OTHER), c) for t, c in counts.items() if c]
    return _template().render(
        title=title,
        notes=list(notes),
        nodes=nodes,
        edges=edges,
        options=Markup(options),
        legend=legend,
        names=sorted({n["label"] for n in nodes}),
        measures=rows,
        menu={
            "category": sorted({c for r in rows for c in r.categories}),
            "place": sorted({r.place for r in rows if r.place}),
            "enterprise": sorted({e for r in rows for e in r.enterprises}),
        },
        select_menu=net.select_menu,
        filter_menu=net.filter_menu,
        physics=not len(graph) > PHYSICS_LIMIT,
        label_px=LABEL_PX,
        vis_js=Markup(_asset("vis-network/vis-network.min.js")),
        vis_css=Markup(_asset("vis-network/vis-network.min.css")),
        pyvis_js=Markup(_pyvis_bindings()),
    )


@lru_cache(maxsize=1)
def _pyvis_bindings() -> str:
    """pyvis's own select/highlight functions (selectNode, neighbourhoodHighlight), shipped with pyvis."""
    import pyvis

    return (Path(pyvis.__file__).parent / "templates" / "lib" / "bindings" / "utils.js").read_text(encoding="utf-8")


def write_page(graph: nx.MultiDiGraph, path: Path, **kwargs: Any) -> Path:
    """Write :func:`page` to ``path`` (UTF-8), atomically."""
    write_text(path, page(graph, **kwargs))
    return path
