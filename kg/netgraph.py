"""Records as a networkx graph: the in-memory view for drawing, selecting and analysis.

:func:`build` turns extraction records into a :class:`networkx.MultiDiGraph`
that follows ``docs/graph-model.md``: node ids are the IRIs of
:mod:`kg.identity`, so a node here is the same node as in the RDF store or
Neo4j, and the same entity named by several documents becomes one node.

Node attributes (all nodes have ``type``, ``label`` and ``docs``):

* entities (``Region``, ``Zone``, ``Agency``, ``Enterprise``,
  ``PolicyDocument``): ``name`` (display name), ``aliases`` (other names,
  sorted), ``code`` when known, ``text`` (first evidence sentence);
* ``Measure``: ``label`` (first category + the place's display name), ``text``, ``summary``,
  ``section``, ``categories`` (codes), ``region``, ``agency``,
  ``policy_document``, ``beneficiaries`` (names as written),
  ``amount_cny``, ``cap_cny``, ``start``/``end`` (span), ``doc_id``;
* ``Category``: ``code``, ``zh``, ``en``, ``group``, ``group_zh``;
* ``Document``: ``doc_id``, ``title``, ``publisher``, ``date``, ``source``.

``docs`` is the sorted list of document ids that state the node or edge.
Edges are keyed by their ``type`` (one edge per type between two nodes, the
documents merged) and carry ``type``, ``docs`` and, where known, ``text``:
the evidence sentence.  Absent values are left out rather than stored as None,
so every attribute present is meaningful.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any, Callable, Container, Iterable

import networkx as nx

from . import identity
from .backends import Part
from .model import PLACE_TYPES, Record
from .taxonomy import taxonomy

ENTITY_NODE_TYPES: tuple[str, ...] = ("Region", "Zone", "Agency", "Enterprise", "PolicyDocument")
NODE_TYPES: tuple[str, ...] = (*ENTITY_NODE_TYPES, "Measure", "Category", "Document")
#: measure field -> edge type from the measure to that entity
MEASURE_EDGES: dict[str, str] = {
    "region": "REGION",
    "agency": "AGENCY",
    "policy_document": "POLICY_DOCUMENT",
    "beneficiaries": "BENEFITS",
}
EDGE_TYPES: tuple[str, ...] = (
    "REGION", "AGENCY", "POLICY_DOCUMENT", "HAS_CATEGORY", "BENEFITS", "FROM_DOCUMENT",
    "LOCATED_IN", "PART_OF", "UNDER",
)


def measure_label(categories: Iterable[str], region: str) -> str:
    """A short label for a measure: its first category in Chinese, '+n' for more, and its place."""
    cats = list(categories)
    tx = taxonomy().categories
    first = tx[cats[0]].zh if cats and cats[0] in tx else (cats[0] if cats else "措施")
    more = f"+{len(cats) - 1}" if len(cats) > 1 else ""
    return f"{first}{more}·{region}"


def document_title(attrs: dict[str, Any], *, limit: int | None = None) -> str:
    """What pages and exports call a Document node: '《title》 date', the title cut to ``limit``; the file id without a title."""
    title = attrs.get("title")
    if not title:
        return " ".join(p for p in (attrs.get("doc_id", ""), attrs.get("date")) if p)
    if limit is not None and len(title) > limit:
        title = title[: limit - 1] + "…"
    return " ".join(p for p in (f"《{title}》", attrs.get("date")) if p)


def _add_doc(attrs: dict[str, Any], doc_id: str) -> None:
    """Sets while building (a list's ``in`` check is O(documents) per fact); sorted lists once built."""
    attrs.setdefault("docs", set()).add(doc_id)


def _edge(g: nx.MultiDiGraph, u: str, v: str, etype: str, doc_id: str, text: str | None) -> None:
    if g.has_edge(u, v, key=etype):
        attrs = g.edges[u, v, etype]
    else:
        g.add_edge(u, v, key=etype, type=etype)
        attrs = g.edges[u, v, etype]
    _add_doc(attrs, doc_id)
    if text and "text" not in attrs:
        attrs["text"] = text


def _document(g: nx.MultiDiGraph, rec: Record) -> str:
    node = identity.document_iri(rec.doc_id)
    attrs: dict[str, Any] = {"type": "Document", "label": rec.title or rec.doc_id, "doc_id": rec.doc_id, "docs": {rec.doc_id}}
    for key in ("title", "publisher", "date", "source"):
        value = getattr(rec, key)
        if value:
            attrs[key] = value
    g.add_node(node, **attrs)
    return node


def category_node(g: nx.MultiDiGraph, code: str) -> str:
    """The Category node of ``code``, added with its taxonomy labels when missing."""
    node = identity.category_iri(code)
    if node not in g:
        tx = taxonomy()
        cat = tx.categories.get(code)
        attrs: dict[str, Any] = {"type": "Category", "label": cat.zh if cat else code, "code": code, "docs": set()}
        if cat:
            group = tx.groups.get(cat.group)
            attrs.update(zh=cat.zh, en=cat.en, group=cat.group)
            if group:
                attrs["group_zh"] = group.zh
        g.add_node(node, **attrs)
    return node


def resolver(rec: Record) -> Callable[[str], str]:
    """Name or alias used in a record -> node id, as the RDF mapping resolves it."""
    ref: dict[str, str] = {}
    for e in rec.entities:
        node = identity.entity_iri(e.type, e.name)
        for n in (e.name, *e.aliases):
            ref.setdefault(n, node)
    kinds = rec.types_by_name()
    return lambda name: ref.get(name) or identity.entity_iri(kinds[name], name)


def part(rec: Record, nodes: Container[str]) -> Part | None:
    """What ``rec`` states of ``nodes`` (see kg.backends.Backend.parts), or None when it states none of them."""
    node_of = resolver(rec)
    positions = tuple(i for i in range(len(rec.measures)) if identity.measure_iri(rec.doc_id, i) in nodes)
    measures = tuple(rec.measures[i] for i in positions)
    named = {node_of(n) for m in measures for field in MEASURE_EDGES for n in _names(getattr(m, field))}
    entities = tuple(e for e in rec.entities if (iri := identity.entity_iri(e.type, e.name)) in nodes or iri in named)
    kept = {identity.entity_iri(e.type, e.name) for e in entities}
    if not kept and identity.document_iri(rec.doc_id) not in nodes:
        return None
    relations = tuple(r for r in rec.relations if node_of(r.subject) in kept and node_of(r.object) in kept)
    return Part(dataclasses.replace(rec, entities=entities, measures=measures, relations=relations), positions)


def _names(value: str | tuple[str, ...] | None) -> tuple[str, ...]:
    """The entity names of a measure field: one name, several (beneficiaries) or none."""
    return value if isinstance(value, tuple) else (value,) if value else ()


def build(records: Iterable[Record | Part]) -> nx.MultiDiGraph:
    """The graph of all records, entities merged across documents by IRI.

    A :class:`~kg.backends.Part` adds only the facts it holds, its measures at their positions in the document.
    """
    g = nx.MultiDiGraph()
    # Names and subtypes are voted on across documents, so one odd spelling or
    # a Region/Zone disagreement does not depend on reading order.
    names: dict[str, Counter[str]] = {}
    types: dict[str, Counter[str]] = {}
    for item in records:
        rec, positions = (item.record, item.positions) if isinstance(item, Part) else (item, range(len(item.measures)))
        doc_node = _document(g, rec)
        for e in rec.entities:
            node = identity.entity_iri(e.type, e.name)
            if node not in g:
                g.add_node(node, docs=set(), aliases=set())
            attrs = g.nodes[node]
            names.setdefault(node, Counter())[e.name] += 1
            types.setdefault(node, Counter())[e.type] += 1
            attrs["aliases"].update((e.name, *e.aliases))
            _add_doc(attrs, rec.doc_id)
            if e.code and "code" not in attrs:
                attrs["code"] = e.code
            if e.text and "text" not in attrs:
                attrs["text"] = e.text
        node_of = resolver(rec)
        for i, m in zip(positions, rec.measures):
            node = identity.measure_iri(rec.doc_id, i)
            attrs = {
                "type": "Measure",
                "doc_id": rec.doc_id,
                "docs": {rec.doc_id},
                "categories": list(m.categories),
                "region": m.region,
                "beneficiaries": list(m.beneficiaries),
                "agency": m.agency,
                "policy_document": m.policy_document,
                "amount_cny": m.amount_cny,
                "cap_cny": m.cap_cny,
                "text": m.text,
                "summary": m.summary,
                "section": m.section,
                "start": m.span[0] if m.span else None,
                "end": m.span[1] if m.span else None,
            }
            g.add_node(node, **{k: v for k, v in attrs.items() if v is not None})
            for field, etype in MEASURE_EDGES.items():
                for name in _names(getattr(m, field)):
                    _edge(g, node, node_of(name), etype, rec.doc_id, m.text)
            for code in m.categories:
                cat = category_node(g, code)
                _add_doc(g.nodes[cat], rec.doc_id)
                _edge(g, node, cat, "HAS_CATEGORY", rec.doc_id, None)
            _edge(g, node, doc_node, "FROM_DOCUMENT", rec.doc_id, None)
        for r in rec.relations:
            _edge(g, node_of(r.subject), node_of(r.object), r.type, rec.doc_id, r.text)

    for node, counts in names.items():
        attrs = g.nodes[node]
        name = max(counts, key=lambda n: (counts[n], -len(n)))
        tcount = types[node]
        attrs["type"] = max(tcount, key=lambda t: (tcount[t], t == "Zone"))
        attrs["name"] = attrs["label"] = name
        attrs["aliases"] = sorted(a for a in attrs["aliases"] if a != name)
    for node, attrs in g.nodes(data=True):
        attrs["docs"] = sorted(attrs["docs"])
        if attrs["type"] == "Measure":
            place = next(v for _, v, k in g.out_edges(node, keys=True) if k == "REGION")
            attrs["label"] = measure_label(attrs["categories"], g.nodes[place]["label"])
    for _, _, attrs in g.edges(data=True):
        attrs["docs"] = sorted(attrs["docs"])
    return g


def is_place(g: nx.MultiDiGraph, node: str) -> bool:
    return g.nodes[node].get("type") in PLACE_TYPES
