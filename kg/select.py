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

Names are matched with :func:`kg.names.key` against node names and aliases;
an unknown name is an error that lists close matches.
"""

from __future__ import annotations

import functools
from collections import deque
from typing import Any, Callable, Iterable

import click
import networkx as nx

from . import names
from .netgraph import ENTITY_NODE_TYPES, neighbours, places_within
from .query_params import close_matches
from .taxonomy import taxonomy

DEFAULT_MAX_NODES = 300
#: the keyword arguments of :func:`select` that the click options fill
SELECTION_KEYS = ("around", "hops", "place", "enterprise", "category", "group", "document", "max_nodes")
#: hub nodes: reached by --around but not expanded further
HUB_TYPES = frozenset({"Category", "Document"})


class SelectionError(ValueError):
    """A selection that names something the graph does not hold; the message lists close matches."""


def _unknown(kind: str, value: str, candidates: Iterable[str]) -> SelectionError:
    close = close_matches(value, candidates, n=8)
    hint = f"; close matches: {', '.join(close)}" if close else ""
    return SelectionError(f"no {kind} named {value!r} in the graph{hint}")


def find(graph: nx.MultiDiGraph, name: str, types: Iterable[str] = ENTITY_NODE_TYPES) -> set[str]:
    """Nodes of the given types whose name or an alias matches ``name``, or whose IRI or doc id is ``name``."""
    wanted = set(types)
    found: set[str] = set()
    candidates: list[str] = []
    for node, attrs in graph.nodes(data=True):
        t = attrs.get("type")
        if t not in wanted:
            continue
        spellings = [attrs.get("label", ""), *attrs.get("aliases", ())]
        if t == "Document":
            spellings.append(attrs.get("doc_id", ""))
        candidates.extend(s for s in spellings if s)
        if node == name or any(s and names.key(s, t) == names.key(name, t) for s in spellings):
            found.add(node)
    if not found:
        raise _unknown(" or ".join(sorted(wanted)), name, candidates)
    return found


def _codes(values: Iterable[str], kind: str, known: Iterable[str]) -> set[str]:
    known = set(known)
    out = set()
    for v in values:
        code = v.strip().upper()
        if code not in known:
            raise _unknown(kind, v, known)
        out.add(code)
    return out


def _nodes_of(graph: nx.MultiDiGraph, etype: str) -> Iterable[tuple[str, dict[str, Any]]]:
    return ((n, a) for n, a in graph.nodes(data=True) if a.get("type") == etype)


def _measures_linked(graph: nx.MultiDiGraph, targets: set[str], etypes: set[str]) -> set[str]:
    """Measures with an edge of one of ``etypes`` to one of ``targets``."""
    return {
        m
        for t in targets
        for m, _, k in graph.in_edges(t, keys=True)
        if k in etypes and graph.nodes[m].get("type") == "Measure"
    }


def _scope(graph: nx.MultiDiGraph, place: Iterable[str], enterprise: Iterable[str], category: Iterable[str],
           group: Iterable[str], document: Iterable[str]) -> tuple[set[str] | None, set[str]]:
    """The scoped nodes (None when no filter is given) and the anchors: what the filters name."""
    measure_sets: list[set[str]] = []
    context_sets: list[set[str]] = []
    extra: set[str] = set()
    anchors: set[str] = set()

    if place:
        named = set().union(*(find(graph, p, ("Region", "Zone")) for p in place))
        anchors |= named
        inside = set().union(*(places_within(graph, p) for p in named))
        measure_sets.append(_measures_linked(graph, inside, {"REGION"}))
        context = set(inside)
        for p in inside:
            context |= {s for s, _, k in graph.in_edges(p, keys=True) if k in ("UNDER", "LOCATED_IN")}
        context_sets.append(context)
    if enterprise:
        named = set().union(*(find(graph, e, ("Enterprise",)) for e in enterprise))
        anchors |= named
        measure_sets.append(_measures_linked(graph, named, {"BENEFITS"}))
        context_sets.append(named | {o for e in named for _, o, k in graph.out_edges(e, keys=True) if k == "LOCATED_IN"})
    if category or group:
        tx = taxonomy()
        codes = _codes(category, "category", tx.categories)
        for g in _codes(group, "category group", tx.groups):
            codes |= {c.code for c in tx.in_group(g)}
        cats = {n for n, a in _nodes_of(graph, "Category") if a.get("code") in codes}
        anchors |= cats
        extra |= cats
        measure_sets.append({n for n, a in _nodes_of(graph, "Measure") if codes & set(a.get("categories", ()))})
    if document:
        docs = set().union(*(find(graph, d, ("Document",)) for d in document))
        anchors |= docs
        ids = {graph.nodes[d]["doc_id"] for d in docs}
        measure_sets.append({n for n, a in _nodes_of(graph, "Measure") if a.get("doc_id") in ids})
        context_sets.append(docs | {n for n, a in graph.nodes(data=True)
                                    if a.get("type") in ENTITY_NODE_TYPES and ids & set(a.get("docs", ()))})

    if not measure_sets:
        return None, anchors
    measures = set.intersection(*measure_sets)
    nodes = set(measures) | extra
    if context_sets:
        nodes |= set.intersection(*context_sets)
    for m in measures:
        nodes |= neighbours(graph, m)
    return nodes, anchors


def _distances(graph: nx.MultiDiGraph, sources: set[str], within: set[str] | None, hops: int | None) -> dict[str, int]:
    """Breadth-first distances from ``sources`` over edges in either direction, not passing through hubs."""
    dist = {s: 0 for s in sources if within is None or s in within}
    queue = deque(dist)
    while queue:
        here = queue.popleft()
        d = dist[here]
        if (hops is not None and d >= hops) or (d > 0 and graph.nodes[here].get("type") in HUB_TYPES):
            continue
        for nxt in neighbours(graph, here):
            if nxt not in dist and (within is None or nxt in within):
                dist[nxt] = d + 1
                queue.append(nxt)
    return dist


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
    if hops < 0:
        raise SelectionError("--hops must be 0 or more")
    notes: list[str] = []
    nodes, anchors = _scope(graph, tuple(place), tuple(enterprise), tuple(category), tuple(group), tuple(document))
    around = tuple(around)
    if around:
        centres = set().union(*(find(graph, a, tuple(ENTITY_NODE_TYPES) + ("Measure", "Category", "Document")) for a in around))
        dist = _distances(graph, centres, nodes, hops)
        if not dist:
            notes.append("none of the --around nodes lies inside the other filters' selection")
        nodes, anchors = set(dist), centres
    if nodes is None:
        nodes = set(graph.nodes)

    if max_nodes and len(nodes) > max_nodes:
        dist = _distances(graph, anchors, nodes, None) if anchors else {}
        ranked = _balanced(graph, nodes, dist)
        nodes = set(ranked[:max_nodes])
        how = "those nearest to what was named, then " if anchors else ""
        notes.append(
            f"the selection has {len(ranked)} nodes; kept {max_nodes}: {how}an equal share of every node type, "
            f"the most connected first (raise --max-nodes, or 0 for no limit, to see all)"
        )
    return graph.subgraph(nodes).copy(), notes


def _balanced(graph: nx.MultiDiGraph, nodes: set[Any], dist: dict[Any, int]) -> list[Any]:
    """Nodes nearest first; at each distance the types take turns, each giving its most connected.

    Ranking by degree alone lets one hub type fill the cap (a few regions and
    categories linked to every measure) and drops whole types, such as the
    enterprises; taking turns keeps a balanced share of each.
    """
    far = len(graph) + 1
    degree = dict(graph.degree(nodes))
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
