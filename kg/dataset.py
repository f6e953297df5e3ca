"""The stores' own dataset, written from records as N-Quads or TriG for a SPARQL server's bulk loader.

``kg load`` keeps the same dataset in the embedded store and on a SPARQL
server: one named graph per document (its type triple, the completion
marker, included), the taxonomy graph and the entity index graph.  A bulk
loader (``oxigraph load``, Fuseki's ``tdb2.tdbloader``, GraphDB's
``preload``) fed this file builds a database the ``sparql`` backend opens
as if ``kg load`` had filled it: nothing is re-indexed.

The quads come from the code a load runs: :func:`kg.rdfmap.record_nquads`
for each document, :func:`kg.rdfmap.taxonomy_nquads`, and the index entries
:mod:`kg.backends.entity_index` computes for new documents; the category
weights are those of the load's last step (:func:`kg.taxonomy.category_weight`).
Documents stream out as they are read; only the index entries (one per
distinct entity) are held until the index graph is written, last.
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import IO, Callable, Iterable, Iterator

from . import identity, rdfmap
from .backends import entity_index
from .backends.rdf import INDEX_VERSION
from .model import Record
from .taxonomy import category_weight

#: one graph of the dataset: its IRI and its N-Quads lines
Graph = tuple[str, Iterable[str]]
#: lines per write
CHUNK = 10_000


class DuplicateDocument(ValueError):
    """A document given twice: a dataset holds one version of each (``kg load`` replaces; a bulk file cannot)."""


def graphs(records: Iterable[Record]) -> Iterator[Graph]:
    """The dataset graph by graph: the taxonomy, each record's document graph in input order, then the index."""
    yield rdfmap.TAXONOMY_GRAPH, rdfmap.taxonomy_nquads()
    entries: dict[str, entity_index.Entry] = {}
    seen: set[str] = set()
    for rec in records:
        graph = identity.document_iri(rec.doc_id)
        if graph in seen:
            raise DuplicateDocument(f"document {rec.doc_id} is given twice: a bulk dataset holds one version of each; "
                                    "drop the earlier one, or load the inputs with kg load, which replaces it")
        seen.add(graph)
        terms = rdfmap.entity_terms(rec)
        entity_index.add_record(entries, rec, terms)
        yield graph, rdfmap.record_nquads(rec, terms=terms)
    yield rdfmap.INDEX_GRAPH, index_nquads(entries)


def index_nquads(entries: dict[str, entity_index.Entry]) -> Iterator[str]:
    """The index graph of a store holding exactly the documents behind ``entries``, with its version marker.

    Each entity's entry (an enterprise's with its ``kg:benefitRow`` facts), then what the load's global step adds: each offered
    category's ``kg:weight`` and each place's ``kg:weightSum``.
    """
    offered = Counter(c for entry in entries.values() for c in entry.offers)
    weight = {c: category_weight(n) for c, n in offered.items()}
    names = {x: entry.name for x, entry in entries.items() if entry.name is not None}
    for x in sorted(entries):
        entry = entries[x]
        rows = entity_index.benefit_rows(entry.benefits, names[x], names) if entry.benefits and x in names else set()
        yield from entity_index.nquad_lines(x, sorted(entry.facts() | rows))
        if entry.offers:
            yield _integer(x, "weightSum", sum(weight[c] for c in entry.offers))
    yield from (_integer(c, "weight", w) for c, w in sorted(weight.items()))
    yield _integer(rdfmap.INDEX_GRAPH, "indexVersion", INDEX_VERSION)


def _integer(subject: str, prop: str, value: int) -> str:
    return f"<{subject}> <{rdfmap.KG}{prop}> {rdfmap.typed(value, 'integer')} <{rdfmap.INDEX_GRAPH}> ."


def write_nquads(dataset: Iterable[Graph], out: IO[str]) -> int:
    """Write the graphs as N-Quads; the number of quads written."""
    return sum(_write(lines, out) for _, lines in dataset)


def write_trig(dataset: Iterable[Graph], out: IO[str]) -> int:
    """Write the graphs as TriG, one ``<graph> { ... }`` block each, terms in full; the number of triples written."""
    n = 0
    for graph, lines in dataset:
        tail = f" <{graph}> ."
        out.write(f"<{graph}> {{\n")
        n += _write((line.removesuffix(tail) + " ." for line in lines), out)
        out.write("}\n")
    return n


def _write(lines: Iterable[str], out: IO[str]) -> int:
    """Write lines a chunk at a time (one call per line is slow; one string of the whole index could be large)."""
    n = 0
    it = iter(lines)
    while chunk := list(itertools.islice(it, CHUNK)):
        out.write("\n".join(chunk) + "\n")
        n += len(chunk)
    return n


#: export format -> writer of the dataset in it
WRITERS: dict[str, Callable[[Iterable[Graph], IO[str]], int]] = {"nquads": write_nquads, "trig": write_trig}
