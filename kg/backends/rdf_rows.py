"""Rows of the RDF dataset's lookups turned into the values of :class:`kg.backends.Backend`.

The embedded store and the SPARQL server hold the same dataset (one graph
per document and the entity index graph) and ask it the same questions;
what differs is how a query reaches the store.  This module holds what
comes after: reading a row of the index or a document graph's triples back
into a place's categories, a place's measures or a part of a document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox

from .. import identity, rdfmap
from ..taxonomy import taxonomy
from . import Part, PlaceMeasure

Term = ox.NamedNode | ox.BlankNode | ox.Literal
#: a place's row of :meth:`kg.backends.Backend.place_categories`
PlaceRow = tuple[str, str, str | None, frozenset[str]]


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
