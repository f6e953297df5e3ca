"""One selection language for ``kg viz`` and ``kg export``: which part of the graph to show.

Semantics, so that options combine predictably:

* Scope filters: ``--place``, ``--enterprise``, ``--category``/``--group``
  and ``--document``.  Repeating one option widens it (union: ``--place A
  --place B`` is A or B); different options narrow each other (intersection).

  - Measures kept: those that pass every given filter (the measure's place
    lies within a ``--place``; it benefits an ``--enterprise``; it has a
    ``--category`` or a category of a ``--group``; it comes from a
    ``--document``).
  - Context kept: each entity filter brings its surroundings — ``--place``
    the place, the places inside it (PART_OF) and the agencies (UNDER) and
    enterprises (LOCATED_IN) of those places; ``--enterprise`` the enterprise
    and the places it is located in; ``--document`` the document and the
    entities it mentions.  With several entity filters only the context they
    share is kept.  ``--category``/``--group`` add their Category nodes.
  - Every kept measure brings its direct neighbours (place, agency,
    categories, beneficiaries, documents), so no measure floats alone.

* ``--around NAME --hops N``: the nodes within N links of NAME, edges taken
  in either direction, inside the scope when scope filters are given.
  Category and Document nodes are reached but not passed through, so two hops
  from a place do not pull in every measure of a category.

* ``--max-nodes``: when the selection is larger, the nodes nearest to what
  was named are kept first, then every node type in turn gives its most
  connected node, so no type is crowded out; a note says what was cut.  0 means no limit.

Names are matched by the one resolver of :mod:`kg.lookup` against node
names and aliases (documents: id and title; categories: Chinese label; any
node: its IRI); an unknown name is an error that lists close matches.

The same rules run over two views of the graph: a networkx graph in memory
(:func:`select`), or the store itself (:func:`select_stored`), which looks up
only the links the selection walks and then builds the graph of just the
facts of what was selected (kg.backends.Backend.parts).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Protocol

import click
import networkx as nx

from . import identity, netgraph
from .backends import Backend, Link
from .lookup import Name, NameIndex
from .model import Record
from .netgraph import ENTITY_NODE_TYPES
from .taxonomy import taxonomy

DEFAULT_MAX_NODES = 300
#: the keyword arguments of :func:`select` that the click options fill
SELECTION_KEYS = ("around", "hops", "place", "enterprise", "category", "group", "document", "max_nodes")
#: hub nodes: reached by --around but not expanded further
HUB_TYPES = frozenset({"Category", "Document"})
#: what --around may name
AROUND_TYPES = (*ENTITY_NODE_TYPES, "Measure", "Category", "Document")
#: node kinds (identity IRI segments) of the nodes that are not entities
_KINDS = {"measure": "Measure", "category": "Category", "document": "Document"}


class SelectionError(ValueError):
    """A selection that names something the graph does not hold; the message lists close matches."""


def _codes(values: Iterable[str], kind: str, known: Iterable[str]) -> set[str]:
    from .lookup import close_matches

    known = set(known)
    out = set()
    for v in values:
        code = v.strip().upper()
        if code not in known:
            close = close_matches(v, known, n=8)
            hint = f"; close matches: {', '.join(close)}" if close else ""
            raise SelectionError(f"no {kind} named {v!r} in the graph{hint}")
        out.add(code)
    return out


def _find(index: NameIndex, name: str, types: Iterable[str]) -> set[str]:
    types = tuple(types)
    found = {e.node for e in index.find(name, types)}
    if not found:
        raise SelectionError(f"no {' or '.join(sorted(set(types)))} named {name!r} in the graph{index.hint(name, types, n=8)}")
    return found


class View(Protocol):
    """What the selection rules read of a graph: names, node kinds and the edges at some nodes."""

    def find(self, name: str, types: Iterable[str]) -> set[str]: ...
    def kind(self, node: str) -> str: ...
    def edges(self, nodes: Iterable[str]) -> list[Link]: ...
    def mentioned(self, docs: Iterable[str]) -> set[str]: ...
    def category_nodes(self, codes: Iterable[str]) -> set[str]: ...


class GraphView:
    """The selection's view of a networkx graph of :mod:`kg.netgraph`."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self._index: NameIndex | None = None

    def find(self, name: str, types: Iterable[str]) -> set[str]:
        if self._index is None:
            entries = []
            for node, a in self.graph.nodes(data=True):
                t = a.get("type", "")
                spellings = [a.get("label", ""), *a.get("aliases", ())]
                if t == "Document":
                    spellings.append(a.get("doc_id", ""))
                entries += [Name(s, t, node) for s in spellings if s]
            self._index = NameIndex(entries)
        return _find(self._index, name, types)

    def kind(self, node: str) -> str:
        return str(self.graph.nodes[node].get("type", ""))

    def edges(self, nodes: Iterable[str]) -> list[Link]:
        g = self.graph
        out: list[Link] = []
        for n in nodes:
            out += [(u, k, v) for u, v, k in g.in_edges(n, keys=True)]
            out += [(u, k, v) for u, v, k in g.out_edges(n, keys=True) if v != n]
        return out

    def mentioned(self, docs: Iterable[str]) -> set[str]:
        ids = {self.graph.nodes[d]["doc_id"] for d in docs}
        return {n for n, a in self.graph.nodes(data=True) if a.get("type") in ENTITY_NODE_TYPES and ids & set(a.get("docs", ()))}

    def category_nodes(self, codes: Iterable[str]) -> set[str]:
        return {n for c in codes if (n := identity.category_iri(c)) in self.graph}


class StoreView:
    """The selection's view of a store: links are looked up per node as the rules reach them, then kept."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._edges: dict[str, list[Link]] = {}
        self._mentions: dict[str, set[str]] = {}
        self._index: dict[tuple[str, ...], NameIndex] = {}

    def find(self, name: str, types: Iterable[str]) -> set[str]:
        """As in the graph; a measure is found by its IRI only (its label is made when the graph is built)."""
        types = tuple(types)
        if types not in self._index:
            named = [t for t in types if t in (*ENTITY_NODE_TYPES, "Document")]
            entries = [Name(s, kind, node) for s, kind, node in self.backend.names(named)] if named else []
            if "Category" in types:  # every code of the taxonomy; those no measure carries are dropped below
                entries += [Name(c.zh, "Category", identity.category_iri(c.code)) for c in taxonomy().categories.values()]
            self._index[types] = NameIndex(entries)
        if "Measure" in types and self.kind(name) == "Measure" and self.edges([name]):
            return {name}
        found = _find(self._index[types], name, types)
        found -= {n for n in found if self.kind(n) == "Category" and not self.edges([n])}
        if not found:
            raise SelectionError(f"no {' or '.join(sorted(set(types)))} named {name!r} in the graph")
        return found

    def category_nodes(self, codes: Iterable[str]) -> set[str]:
        nodes = [identity.category_iri(c) for c in codes]
        self._fetch(nodes)
        return {n for n in nodes if self._edges[n]}

    def kind(self, node: str) -> str:
        return _KINDS.get(identity.kind_of(node) or "", "Entity")

    def _fetch(self, nodes: Iterable[str]) -> None:
        missing = {n for n in nodes if n not in self._edges}
        if not missing:
            return
        for n in missing:
            self._edges[n], self._mentions[n] = [], set()
        for u, k, v in self.backend.links(missing):
            if k == "MENTIONS":
                for end, other in ((u, v), (v, u)):
                    if end in missing:
                        self._mentions[end].add(other)
                continue
            if u in missing:
                self._edges[u].append((u, k, v))
            if v in missing and v != u:
                self._edges[v].append((u, k, v))

    def edges(self, nodes: Iterable[str]) -> list[Link]:
        nodes = list(nodes)
        self._fetch(nodes)
        return [link for n in nodes for link in self._edges[n]]

    def mentioned(self, docs: Iterable[str]) -> set[str]:
        docs = list(docs)
        self._fetch(docs)
        return set().union(*(self._mentions[d] for d in docs))

    def degrees(self, nodes: Iterable[str]) -> dict[str, int]:
        """The nodes' numbers of edges in the whole graph (counted by the store unless their links are at hand)."""
        nodes = set(nodes)
        out = {n: len(self._edges[n]) for n in nodes if n in self._edges}
        out.update(self.backend.degrees(nodes - out.keys()))
        return out


def _into(view: View, targets: Iterable[str], etypes: set[str]) -> set[str]:
    """Sources of the edges of one of ``etypes`` that end at one of ``targets``."""
    targets = set(targets)
    return {u for u, k, v in view.edges(targets) if k in etypes and v in targets}


def _out_of(view: View, sources: Iterable[str], etypes: set[str]) -> set[str]:
    sources = set(sources)
    return {v for u, k, v in view.edges(sources) if k in etypes and u in sources}


def _neighbours(view: View, nodes: Iterable[str]) -> dict[str, set[str]]:
    """Each node's neighbours, over edges in either direction."""
    nodes = set(nodes)
    out: dict[str, set[str]] = {n: set() for n in nodes}
    for u, _, v in view.edges(nodes):
        if u in out:
            out[u].add(v)
        if v in out:
            out[v].add(u)
    return out


def _measures(view: View, nodes: set[str]) -> set[str]:
    return {n for n in nodes if view.kind(n) == "Measure"}


def _places_within(view: View, places: set[str]) -> set[str]:
    """The places and every place that lies inside one of them by a chain of PART_OF edges."""
    seen, frontier = set(places), set(places)
    while frontier:
        frontier = _into(view, frontier, {"PART_OF"}) - seen
        seen |= frontier
    return seen


def _scope(view: View, place: Iterable[str], enterprise: Iterable[str], category: Iterable[str],
           group: Iterable[str], document: Iterable[str]) -> tuple[set[str] | None, set[str]]:
    """The scoped nodes (None when no filter is given) and the anchors: what the filters name."""
    measure_sets: list[set[str]] = []
    context_sets: list[set[str]] = []
    extra: set[str] = set()
    anchors: set[str] = set()

    if place:
        named = set().union(*(view.find(p, ("Region", "Zone")) for p in place))
        anchors |= named
        inside = _places_within(view, named)
        measure_sets.append(_measures(view, _into(view, inside, {"REGION"})))
        context_sets.append(inside | _into(view, inside, {"UNDER", "LOCATED_IN"}))
    if enterprise:
        named = set().union(*(view.find(e, ("Enterprise",)) for e in enterprise))
        anchors |= named
        measure_sets.append(_measures(view, _into(view, named, {"BENEFITS"})))
        context_sets.append(named | _out_of(view, named, {"LOCATED_IN"}))
    if category or group:
        tx = taxonomy()
        codes = _codes(category, "category", tx.categories)
        for g in _codes(group, "category group", tx.groups):
            codes |= {c.code for c in tx.in_group(g)}
        cats = view.category_nodes(codes)
        anchors |= cats
        extra |= cats
        measure_sets.append(_measures(view, _into(view, cats, {"HAS_CATEGORY"})))
    if document:
        docs = set().union(*(view.find(d, ("Document",)) for d in document))
        anchors |= docs
        measure_sets.append(_measures(view, _into(view, docs, {"FROM_DOCUMENT"})))
        context_sets.append(docs | view.mentioned(docs))

    if not measure_sets:
        return None, anchors
    measures = set.intersection(*measure_sets)
    nodes = set(measures) | extra
    if context_sets:
        nodes |= set.intersection(*context_sets)
    for linked in _neighbours(view, measures).values():
        nodes |= linked
    return nodes, anchors


def _distances(view: View, sources: set[str], within: set[str] | None, hops: int | None) -> dict[str, int]:
    """Breadth-first distances from ``sources`` over edges in either direction, not passing through hubs.

    One level at a time, so a store view looks up the links of a whole level at once.
    """
    dist = {s: 0 for s in sources if within is None or s in within}
    level, d = sorted(dist), 0
    while level and (hops is None or d < hops):
        expand = [n for n in level if d == 0 or view.kind(n) not in HUB_TYPES]
        nxt: list[str] = []
        reached = _neighbours(view, expand)
        for here in expand:
            for n in sorted(reached[here]):
                if n not in dist and (within is None or n in within):
                    dist[n] = d + 1
                    nxt.append(n)
        level, d = nxt, d + 1
    return dist


def _selected(view: View, around: Iterable[str], hops: int, place: Iterable[str], enterprise: Iterable[str],
              category: Iterable[str], group: Iterable[str], document: Iterable[str]) -> tuple[set[str] | None, set[str], list[str]]:
    """The selected nodes before any cap (None: the whole graph), the anchors and the notes."""
    if hops < 0:
        raise SelectionError("--hops must be 0 or more")
    notes: list[str] = []
    nodes, anchors = _scope(view, tuple(place), tuple(enterprise), tuple(category), tuple(group), tuple(document))
    around = tuple(around)
    if around:
        centres = set().union(*(view.find(a, AROUND_TYPES) for a in around))
        dist = _distances(view, centres, nodes, hops)
        if not dist:
            notes.append("none of the --around nodes lies inside the other filters' selection")
        nodes, anchors = set(dist), centres
    return nodes, anchors, notes


def _cap(graph: nx.MultiDiGraph, nodes: set[str], anchors: set[str], max_nodes: int, notes: list[str],
         degrees: Callable[[set[str]], Mapping[str, int]] | None = None) -> set[str]:
    """At most ``max_nodes`` of ``nodes``: the nearest to the anchors first, every type taking turns."""
    if not max_nodes or len(nodes) <= max_nodes:
        return nodes
    dist = _distances(GraphView(graph), anchors, nodes, None) if anchors else {}
    ranked = _balanced(graph, nodes, dist, degrees(nodes) if degrees else None)
    how = "those nearest to what was named, then " if anchors else ""
    notes.append(
        f"the selection has {len(ranked)} nodes; kept {max_nodes}: {how}an equal share of every node type, "
        f"the most connected first (raise --max-nodes, or 0 for no limit, to see all)"
    )
    return set(ranked[:max_nodes])


def select(
    graph: nx.MultiDiGraph,
    *,
    around: Iterable[str] = (),
    hops: int = 1,
    place: Iterable[str] = (),
    enterprise: Iterable[str] = (),
    category: Iterable[str] = (),
    group: Iterable[str] = (),
    document: Iterable[str] = (),
    max_nodes: int = DEFAULT_MAX_NODES,
) -> tuple[nx.MultiDiGraph, list[str]]:
    """The selected subgraph (a copy) and notes for the user, e.g. what ``max_nodes`` cut.

    Raises :class:`SelectionError` when a name, code or document is unknown.
    """
    nodes, anchors, notes = _selected(GraphView(graph), around, hops, place, enterprise, category, group, document)
    nodes = _cap(graph, set(graph.nodes) if nodes is None else nodes, anchors, max_nodes, notes)
    return graph.subgraph(nodes).copy(), notes


@dataclass
class Selection:
    """A selection read from the store: the subgraph, the notes, and where it came from.

    ``graph`` is the graph of the facts read: the selected nodes, the
    entities the selected measures name, and every Document node the
    selection's attributes name (everything for a whole-graph view).
    ``documents`` are the ids of the documents facts were read from (None:
    every document in the store).
    """

    subgraph: nx.MultiDiGraph
    notes: list[str]
    graph: nx.MultiDiGraph
    documents: list[str] | None

    def records(self, backend: Backend) -> Iterable[Record]:
        """The records behind the selection, read again from the store as they are consumed."""
        docs = sorted({d for _, a in self.subgraph.nodes(data=True) for d in a.get("docs", ())})
        return backend.records(docs)


def select_stored(
    backend: Backend,
    *,
    around: Iterable[str] = (),
    hops: int = 1,
    place: Iterable[str] = (),
    enterprise: Iterable[str] = (),
    category: Iterable[str] = (),
    group: Iterable[str] = (),
    document: Iterable[str] = (),
    max_nodes: int = DEFAULT_MAX_NODES,
) -> Selection:
    """:func:`select` answered by the store: the same nodes, edges and attributes, reading only what is shown.

    The store resolves names and walks the links the rules need; then the
    graph is built from what each document states of the selected nodes
    (:meth:`kg.backends.Backend.parts`: an entity's names, aliases and
    evidence from every document naming it, so they are those of the whole
    graph; a measure's own facts).  Category nodes take their documents, and
    every node its degree, from the store.  With no filter the whole graph is
    built, the records streamed from the store.
    """
    if not (tuple(around) or tuple(place) or tuple(enterprise) or tuple(category) or tuple(group) or tuple(document)):
        whole = netgraph.build(backend.records())
        sub, notes = select(whole, hops=hops, max_nodes=max_nodes)
        return Selection(sub, notes, whole, None)
    view = StoreView(backend)
    nodes, anchors, notes = _selected(view, around, hops, place, enterprise, category, group, document)
    assert nodes is not None
    cats = {n for n in nodes if view.kind(n) == "Category"}
    parts = list(backend.parts(nodes - cats))
    docs = [p.record.doc_id for p in parts]
    graph = netgraph.build(parts)
    codes = {identity.category_iri(c): c for c in taxonomy().categories}
    for cat in cats:
        netgraph.category_node(graph, codes[cat])
    # the graph holds only the selected measures: degrees come from the store
    nodes = _cap(graph, nodes, anchors, max_nodes, notes, degrees=view.degrees)
    for cat, cat_docs in backend.documents_of(cats & nodes).items():  # only the categories kept
        graph.nodes[cat]["docs"] = sorted(cat_docs)
    return Selection(graph.subgraph(nodes).copy(), notes, graph, docs)


def _balanced(graph: nx.MultiDiGraph, nodes: set[Any], dist: dict[Any, int],
              degrees: Mapping[Any, int] | None = None) -> list[Any]:
    """Nodes nearest first; at each distance the types take turns, each giving its most connected.

    Ranking by degree alone lets one hub type fill the cap (a few regions and
    categories linked to every measure) and drops whole types, such as the
    enterprises; taking turns keeps a balanced share of each.  ``degrees``
    are the nodes' degrees in the whole graph when ``graph`` holds only part of it.
    """
    far = len(graph) + 1
    degree = dict(degrees) if degrees is not None else dict(graph.degree(nodes))
    by_degree = sorted(nodes, key=lambda n: (dist.get(n, far), -degree[n], str(n)))
    turn: dict[Any, int] = {}
    seen: dict[tuple[int, str], int] = {}
    for n in by_degree:
        group = (dist.get(n, far), str(graph.nodes[n].get("type", "")))
        turn[n] = seen.get(group, 0)
        seen[group] = turn[n] + 1
    return sorted(by_degree, key=lambda n: (dist.get(n, far), turn[n], -degree[n], str(n)))


def selection_options(f: Callable[..., Any] | None = None, *, max_nodes: int = DEFAULT_MAX_NODES) -> Any:
    """Click options of the selection language, passed to the command as one ``selection`` dict.

    Use as ``@selection_options`` or ``@selection_options(max_nodes=0)`` for a
    different default cap (0: no limit).
    """

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @click.option("--around", multiple=True, metavar="NAME",
                      help="Centre on this node (a name, alias or IRI); repeatable.")
        @click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True,
                      help="How many links away from --around to go.")
        @click.option("--place", multiple=True, metavar="NAME",
                      help="A place with the places inside it and their measures, agencies, enterprises.")
        @click.option("--enterprise", multiple=True, metavar="NAME", help="An enterprise with the measures that benefit it.")
        @click.option("--category", multiple=True, metavar="CODE", help="Measures of this category code (e.g. TAX_DEFERRAL).")
        @click.option("--group", multiple=True, metavar="CODE", help="Measures of any category of this group (e.g. FISCAL).")
        @click.option("--document", multiple=True, metavar="ID", help="What this document (doc id or title) states.")
        @click.option("--max-nodes", type=click.IntRange(min=0), default=max_nodes, show_default=True,
                      help="Keep at most this many nodes, nearest and most connected first (0: no limit).")
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            kwargs["selection"] = {key: kwargs.pop(key) for key in SELECTION_KEYS}
            return func(*args, **kwargs)

        return wrapper

    return decorate(f) if f is not None else decorate
