"""Rows of the RDF dataset's lookups turned into the values of :class:`kg.backends.Backend`.

The embedded store and the SPARQL server hold the same dataset (one graph
per document and the entity index graph) and ask it the same questions;
what differs is how a query reaches the store.  This module holds what
comes after: reading a row of the index or a document graph's triples back
into a place's categories, a place's measures or a part of a document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pyoxigraph as ox

from .. import identity, rdfmap
from ..taxonomy import taxonomy
from . import Backend, Link, Part, PlaceMeasure

Term = ox.NamedNode | ox.BlankNode | ox.Literal
#: a place's row of :meth:`kg.backends.Backend.place_categories`
PlaceRow = tuple[str, str, str | None, frozenset[str]]


def name_classes(kinds: set[str]) -> set[str]:
    """The index classes whose labels :meth:`kg.backends.Backend.names` reads for ``kinds`` (a zone is a region a document calls one)."""
    return {t for t in kinds if t in rdfmap.CLASS} | ({"Region", "Zone"} if kinds & {"Region", "Zone"} else set())


def _kind(types: set[str]) -> str:
    """An entity's kind from its index classes: a place any document calls a zone is a Zone."""
    return "Zone" if "Zone" in types else min(types, default="")


def names(labels: Iterable[tuple[Term, Term, Term]], documents: Iterable[tuple[Term, Term, Term | None]],
          kinds: set[str]) -> Iterator[tuple[str, str, str]]:
    """The entries of :meth:`~kg.backends.Backend.names` from rows ``?x ?t ?label`` of the index and ``?d ?id ?title`` of the documents."""
    spelled: dict[str, set[str]] = {}
    types: dict[str, set[str]] = {}
    for x, t, label in labels:
        types.setdefault(x.value, set()).add(t.value.removeprefix(rdfmap.KG))
        spelled.setdefault(x.value, set()).add(label.value)
    for node, found in types.items():
        if (kind := _kind(found)) in kinds:
            yield from ((label, kind, node) for label in sorted(spelled[node]))
    for d, doc_id, title in documents:
        yield doc_id.value, "Document", d.value
        if title is not None:
            yield title.value, "Document", d.value


def named(rows: Iterable[tuple[Term, Term, Term]], kinds: set[str]) -> Iterator[tuple[str, str, str]]:
    """The entries of :meth:`~kg.backends.Backend.named` from rows ``?label ?x ?t`` of the index, by spelling and node."""
    types: dict[tuple[str, str], set[str]] = {}
    for label, x, t in rows:
        types.setdefault((label.value, x.value), set()).add(t.value.removeprefix(rdfmap.KG))
    for (spelling, node), found in sorted(types.items()):
        if (kind := _kind(found)) in kinds:
            yield spelling, kind, node


def new_links(found: Iterable[Link], seen: set[Link]) -> Iterator[Link]:
    """The links of ``found`` not yet in ``seen``, each once (``seen`` takes them): a link is found from both its ends."""
    for link in found:
        if link not in seen:
            seen.add(link)
            yield link


def degrees(backend: Backend, nodes: Iterable[str], counted: Callable[[str, set[str]], dict[str, int]]) -> dict[str, int]:
    """:meth:`~kg.backends.Backend.degrees` with the links of categories, entities and documents (thousands for a hub)
    counted by the store: ``counted(query, nodes)`` sums the ``?in`` and ``?out`` of the query's rows for each ``?x``."""
    nodes = set(nodes)
    by_query: dict[str, set[str]] = {}
    for n in nodes:
        if (query := _DEGREE_QUERIES.get(identity.kind_of(n) or "")) is not None:
            by_query.setdefault(query, set()).add(n)
    out = Backend.degrees(backend, nodes - set().union(set(), *by_query.values()))
    for query, some in by_query.items():
        out.update({n: 0 for n in some} | counted(query, some))
    return out


#: property -> link type, for the links a selection walks (kg.backends.LINK_TYPES)
LINK_PROPERTIES = {
    rdfmap.KG + "region": "REGION", rdfmap.KG + "agency": "AGENCY", rdfmap.KG + "policyDocument": "POLICY_DOCUMENT",
    rdfmap.KG + "beneficiary": "BENEFITS", rdfmap.KG + "category": "HAS_CATEGORY", rdfmap.PROV + "wasDerivedFrom": "FROM_DOCUMENT",
    **{p: t for t, p in rdfmap.RELATION_PROPERTY.items()},
}
#: node kind (kg.identity) -> the properties of its outgoing and of its incoming links; an entity's are ENTITY_LINKS
#: (relations out; the measures naming it and relations in)
LINKS_BY_KIND = {
    "measure": ([p for p, t in LINK_PROPERTIES.items() if t not in rdfmap.RELATION_PROPERTY], []),
    "category": ([], [rdfmap.KG + "category"]),
    "document": ([], [rdfmap.PROV + "wasDerivedFrom"]),
}
ENTITY_LINKS = (list(rdfmap.RELATION_PROPERTY.values()),
                [p for p, t in LINK_PROPERTIES.items() if t not in ("HAS_CATEGORY", "FROM_DOCUMENT")])
#: an entity's (``?x``) distinct links in and out, by property: what kg.backends.Backend.degrees counts
_ENTITY_DEGREE = ("SELECT ?x (COUNT(DISTINCT ?s) AS ?in) (COUNT(DISTINCT ?o) AS ?out) WHERE { "
                  "{ VALUES ?p { %s } GRAPH ?g { ?s ?p ?x } } UNION { VALUES ?p { %s } GRAPH ?g { ?x ?p ?o } } } GROUP BY ?x ?p"
                  % (" ".join(f"<{p}>" for p in ENTITY_LINKS[1]), " ".join(f"<{p}>" for p in ENTITY_LINKS[0])))
#: a document's links: the measures derived from it (its evidence is no node); a category's: its measures
_DOCUMENT_DEGREE = ("SELECT ?x (COUNT(?m) AS ?in) (0 AS ?out) WHERE { GRAPH ?x { ?m <%swasDerivedFrom> ?x ; a <%sMeasure> } } GROUP BY ?x"
                    % (rdfmap.PROV, rdfmap.KG))
_CATEGORY_DEGREE = ("SELECT ?x (COUNT(DISTINCT ?m) AS ?in) (0 AS ?out) WHERE { GRAPH ?g { ?m <%scategory> ?x } } GROUP BY ?x"
                    % rdfmap.KG)
_DEGREE_QUERIES = {**{kind: _ENTITY_DEGREE for kind in identity.KIND.values()}, "document": _DOCUMENT_DEGREE, "category": _CATEGORY_DEGREE}


def place_row(place: Term, name: Term, level: Term | None, codes: Term) -> PlaceRow:
    """A row of the index's place query (``?p ?name ?level ?codes``; the codes as ",A,B,")."""
    return place.value, name.value, level.value if level is not None else None, frozenset(codes.value.strip(",").split(","))


def place_measures(rows: Iterable[tuple[Any, ...]]) -> Iterator[PlaceMeasure]:
    """The measures in rows of ``?doc ?i ?text ?summary ?start ?end ?c ?policy ?p`` (one row per category), by place, document and position."""
    codes = {identity.category_iri(c): c for c in taxonomy().codes()}
    found: dict[tuple[str, str, int], list[Any]] = {}
    for doc, i, text, summary, start, end, c, policy, place in rows:
        key = (place.value, doc.value, int(i.value))
        if key not in found:
            span = (int(start.value), int(end.value)) if start is not None and end is not None else None
            said = text.value if text is not None else summary.value if summary is not None else ""
            found[key] = [said, span, set(), policy.value if policy is not None else None]
        if c is not None and c.value in codes:
            found[key][2].add(codes[c.value])
    for (place_id, doc_id, i), (said, span, cats, policy_id) in sorted(found.items()):
        yield PlaceMeasure(doc_id, i, place_id, said, span, frozenset(cats), policy_id)


class PartTriples:
    """The triples a parts lookup found, by document graph; quads of other graphs (taxonomy, index) are dropped."""

    def __init__(self) -> None:
        self.graphs: dict[str, dict[tuple[str, str, object], None]] = {}  # document IRI -> its triples, each once, in order

    def keep(self, graph: Term, s: Term, p: Term, o: Term) -> bool:
        """Keep one quad when its graph is a document's; whether it was."""
        if not isinstance(graph, ox.NamedNode) or identity.kind_of(graph.value) != "document":
            return False
        self.graphs.setdefault(graph.value, {})[(s.value, p.value, _native(o))] = None
        return True

    def parts(self) -> Iterator[Part]:
        """One part per document graph holding its ``kg:docId`` (so its description was kept), in document id order."""
        ids = {g: str(o) for g, triples in self.graphs.items() for s, p, o in triples if s == g and p == rdfmap.KG + "docId"}
        for g in sorted(ids, key=ids.__getitem__):
            triples = self.graphs[g]
            positions = sorted(int(o) for s, p, o in triples if p == rdfmap.KG + "index" and identity.kind_of(s) == "measure")  # type: ignore[call-overload]
            yield Part(rdfmap.graph_to_record(ids[g], iter(triples)), tuple(positions))


def _native(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> object:
    """A term's value as Python: numbers as int or float, everything else as its string."""
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt.endswith("#integer"):
            return int(term.value)
        if dt.endswith("#decimal") or dt.endswith("#double"):
            return float(term.value)
        return term.value
    return term.value
