"""The graph on a SPARQL 1.1 server (Oxigraph server, Fuseki, GraphDB ...), over HTTP.

The same dataset as the embedded store (:mod:`kg.backends.rdf`): one named
graph per document, the taxonomy graph and the entity index graph, kept by
the same SPARQL update steps, so every stored query answers with the same
rows.  Stored queries read the union of all graphs as their default graph:
the backend asks for it with Oxigraph's ``union-default-graph`` parameter;
other servers need their own setting (Fuseki ``tdb2:unionDefaultGraph``;
GraphDB and Virtuoso read the union by default).

Writes follow the embedded store's protocol.  A batch's documents go to the
graph store as one streamed N-Quads body: new documents without their
completion marker (the document's type triple in its own graph), documents
already present into staging graphs.  One update request per 500 new
documents then inserts their markers, and one per replaced document MOVEs
its staging graph onto it, so each document changes in one server
transaction.  A load cut short (client or server killed) leaves unmarked or
staging graphs, which the next open drops.

One kg process writes to a dataset at a time: a load, a removal and that
clean-up hold the dataset's writer lock (:mod:`.sparql_lock`), so a second
``kg load`` is refused with the holder's name, and opening the dataset
while another process writes leaves its unfinished graphs alone.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox

from .. import identity, queries, rdfmap
from ..model import Record
from ..taxonomy import WEIGHT_UNIT, taxonomy
from . import Backend, BackendError, Link, LoadReport, Part, PlaceMeasure, Progress, QueryResult, batches, fault
from . import rdf_rows
from .rdf import (COUNTED_RELATIONS, COUNTED_TYPES, ENTITY_CLASSES, ENTITY_STEPS, GLOBAL_STEPS, INDEX_CHUNK, INDEX_PREFIXES,
                  INDEX_VERSION, INVALIDATE, MEASURE_LISTS, _CATEGORY_MASKS, _DOCUMENT_NAMES, _ENTITY_KINDS, _LEVEL_CATEGORY_MASKS, _NAMES, _NAMING,
                  _PLACE_CATEGORIES, _PLACE_MEASURES, _native, _term, _value, reindexing)
from .entity_index import category_bit_values, type_label_values
from .rdf_rows import PartTriples, PlaceRow, place_measures, place_row
from .sparql_lock import LOCK_GRAPH, LockedError, WriterLock
from .sparql_params import bind
from .sparql_protocol import Endpoints, SparqlClient

#: facts per request body: a few MB of N-Quads
BATCH_FACTS = 20_000
#: new documents per update request that marks them complete, graphs per request that drops unfinished ones
SWAP_CHUNK = 500
KG = rdfmap.KG
_FIXED = (rdfmap.TAXONOMY_GRAPH, rdfmap.INDEX_GRAPH, LOCK_GRAPH)
_CLASSES = " ".join(f"<{rdfmap.CLASS[t]}>" for t in ("Region", "Zone", "Agency", "Enterprise", "PolicyDocument"))
#: the places (``?p``) whose categories have one of some masks (``?mask``), from the index graph
_PLACES_OF_MASKS = f"SELECT ?p WHERE {{ GRAPH <{rdfmap.INDEX_GRAPH}> {{ ?p <{KG}categoryMask> ?mask }} }}"
#: what :meth:`SparqlBackend.parts` reads, as the embedded store's quad lookups: the quads of some subjects (``?s``),
#: the evidence about some nodes (``?x``: the evidence nodes' quads), the statements of relations from some entities,
#: the descriptions of some documents (their own quads in their own graphs)
_QUADS_OF = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
_EVIDENCE_OF = f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s <{KG}about> ?x ; ?p ?o }} }}"
_STATEMENTS_OF = f"SELECT DISTINCT ?st ?y WHERE {{ GRAPH ?g {{ ?st <{rdfmap.RDF}subject> ?x ; <{rdfmap.RDF}object> ?y }} }}"
_DESCRIPTIONS = "SELECT ?s ?p ?o WHERE { GRAPH ?s { ?s ?p ?o } }"
#: the lookups the embedded store makes with quad patterns, as queries: the entities spelled ``?l``; a link property's
#: (``?p``) ends from some subjects (``?x``) and into some objects (``?x``); the entities each document graph (``?x``)
#: mentions and the graphs that mention some entities (``?x``); the graphs stating some nodes (``?x``, those of a
#: category's measures for a category) and the ids of some document graphs (``?g``); the categories' weights
_NAMED = f"SELECT ?l ?x ?t WHERE {{ GRAPH <{rdfmap.INDEX_GRAPH}> {{ ?x <{KG}label> ?l ; a ?t }} }}"
_OUT_LINKS = "SELECT ?x ?p ?y WHERE { VALUES ?p { %s } GRAPH ?g { ?x ?p ?y } }"
_IN_LINKS = "SELECT ?x ?p ?y WHERE { VALUES ?p { %s } GRAPH ?g { ?y ?p ?x } }"
_ENTITY_VALUES = " ".join(f"<{c.value}>" for c in ENTITY_CLASSES)
_MENTIONS = f"SELECT ?x ?y WHERE {{ VALUES ?t {{ {_ENTITY_VALUES} }} GRAPH ?x {{ ?y a ?t }} }}"
_MENTIONED_IN = f"SELECT ?x ?y WHERE {{ VALUES ?t {{ {_ENTITY_VALUES} }} GRAPH ?y {{ ?x a ?t }} }}"
_GRAPHS_OF = "SELECT DISTINCT ?x ?g WHERE { GRAPH ?g { ?x a ?t } }"
_CATEGORY_GRAPHS_OF = f"SELECT DISTINCT ?x ?g WHERE {{ GRAPH ?g {{ ?m <{KG}category> ?x }} }}"
_DOC_IDS = f"SELECT ?g ?id WHERE {{ GRAPH ?g {{ ?g <{KG}docId> ?id }} }}"
_WEIGHTS = f"SELECT ?c ?w WHERE {{ GRAPH <{rdfmap.INDEX_GRAPH}> {{ ?c <{KG}weight> ?w }} }}"


def _iris(iris: Iterable[str]) -> str:
    """IRIs from :mod:`kg.identity` (which escapes every character an IRI may not hold) as SPARQL terms."""
    return " ".join(f"<{i}>" for i in iris)


class SparqlBackend(Backend):
    """A dataset on a SPARQL server; ``endpoint`` is its query URL (``http://host:7878/query``)."""

    name = "sparql"

    def __init__(self, endpoint: str, update_endpoint: str | None = None, store_endpoint: str | None = None,
                 user: str | None = None, password: str | None = None, timeout: float | None = None) -> None:
        self.endpoints = Endpoints.of(endpoint, update_endpoint, store_endpoint)
        self.uri = endpoint
        options = {} if timeout is None else {"timeout": timeout}
        self.client = SparqlClient(self.endpoints, user=user, password=password, **options)
        self._lock: WriterLock | None = None
        if self._needs_cleanup():  # else nothing is written: a reader needs no update rights
            try:
                with self._writing("clean-up"):
                    self._ensure_taxonomy()
                    if self._drop_unfinished():
                        self._rebuild_index()
                    self._ensure_index()
            except LockedError:
                pass  # another process is writing: what looks unfinished may be its work; reads see the last complete versions

    def _needs_cleanup(self) -> bool:
        """Whether opening has something to write: no taxonomy, graphs a load left unfinished, an index not current."""
        return not self._has_taxonomy() or bool(self._unfinished()) or self._index_stale()

    @contextlib.contextmanager
    def _writing(self, task: str) -> Iterator[None]:
        """Hold the dataset's writer lock for ``task``; :class:`LockedError` when another writer holds it."""
        lock = WriterLock(self.client, self.uri, task)
        lock.acquire()
        self._lock = lock
        try:
            yield
        finally:
            self._lock = None
            with contextlib.suppress(BackendError):  # a server gone: the lock is stale once this process ends
                lock.release()

    def _renew(self) -> None:
        if self._lock is not None:
            self._lock.renew()

    # -- small reads -----------------------------------------------------
    @contextlib.contextmanager
    def _solutions(self, sparql: str) -> Iterator[ox.QuerySolutions]:
        with self.client.select(sparql) as response:
            result = ox.parse_query_results(response, ox.QueryResultsFormat.JSON)
            assert isinstance(result, ox.QuerySolutions)
            yield result

    def _select(self, sparql: str, limit: int | None = None) -> tuple[list[str], list[list[Any]]]:
        """Columns and rows (plain values) of a query, reading no more of the streamed answer than ``limit`` rows."""
        with self._solutions(sparql) as result:
            columns = [v.value for v in result.variables]
            solutions = result if limit is None or limit < 0 else itertools.islice(result, limit)
            return columns, [[_value(row[i]) for i in range(len(columns))] for row in solutions]

    def _terms(self, sparql: str) -> list[tuple[Any, ...]]:
        """The rows of a query as RDF terms (None: unbound)."""
        with self._solutions(sparql) as result:
            width = len(result.variables)
            return [tuple(row[i] for i in range(width)) for row in result]

    def _terms_for(self, sparql: str, var: str, values: Iterable[ox.NamedNode | ox.Literal]) -> Iterator[tuple[Any, ...]]:
        """The rows of ``sparql`` with ``var`` bound to each of ``values``, asked INDEX_CHUNK values at a time."""
        ordered = list(values)
        for start in range(0, len(ordered), INDEX_CHUNK):
            yield from self._terms(bind(sparql, {var: ordered[start:start + INDEX_CHUNK]}))

    def _column(self, sparql: str) -> list[Any]:
        return [row[0] for row in self._select(sparql)[1]]

    def _ask(self, pattern: str) -> bool:
        return bool(self._column(f"SELECT (1 AS ?x) WHERE {{ {pattern} }} LIMIT 1"))

    def _has_taxonomy(self) -> bool:
        return self._ask(f"GRAPH <{rdfmap.TAXONOMY_GRAPH}> {{ ?s ?p ?o }}")

    def _ensure_taxonomy(self) -> None:
        """The category scheme's graph, written in one update: a cut-short write leaves none, never part of it."""
        graph = f"<{rdfmap.TAXONOMY_GRAPH}>"
        if not self._has_taxonomy():
            triples = "\n".join(line.removesuffix(f" {graph} .") + " ." for line in rdfmap.taxonomy_nquads())
            self.client.update(f"INSERT DATA {{ GRAPH {graph} {{\n{triples}\n}} }}")

    # -- writing ---------------------------------------------------------
    def load(self, records: Iterable[Record], progress: Progress | None = None) -> LoadReport:
        """Write documents a batch per request; a document's old version stays until its new one is complete."""
        report = LoadReport()
        started = time.perf_counter()
        with self._writing("load"):
            self._invalidate_index()
            pending: set[str] = set()
            try:
                for batch in batches(records, BATCH_FACTS):
                    self._write(batch, report, pending)
                    if progress:
                        progress(len(batch))
            except BaseException:
                self._drop_unfinished()
                raise
            finally:
                self._rebuild_index(pending)
        report.seconds = time.perf_counter() - started
        return report

    def _write(self, batch: list[Record], report: LoadReport, pending: set[str]) -> None:
        """Write one batch, adding to ``pending`` the IRIs of entities whose index entries may change."""
        latest = {identity.document_iri(rec.doc_id): rec for rec in batch}  # the same document twice: the last wins
        present = self._present(latest)
        entities = {identity.entity_iri(e.type, e.name) for rec in latest.values() for e in rec.entities}
        entities |= self._entities_of(present)
        data: list[str] = []
        for doc_iri, rec in latest.items():
            lines = rdfmap.record_nquads(rec, staged=doc_iri in present)
            data.extend(lines if doc_iri in present else lines[1:])  # a new document's first line is its marker
            report.facts += len(lines)
        self.client.post_quads(lambda: data)
        data.clear()  # sent: free it before the swap requests
        fault("swap")
        pending |= entities  # from here on documents change: the index must follow even if this is cut short
        markers = [f"GRAPH <{d}> {{ <{d}> a <{KG}Document> }}" for d in latest if d not in present]
        for start in range(0, len(markers), SWAP_CHUNK):
            self.client.update("INSERT DATA { " + " ".join(markers[start:start + SWAP_CHUNK]) + " }")
        for doc_iri in present:
            # one request per document: a larger transaction reads its own writes slowly
            self.client.update(f"MOVE GRAPH <{rdfmap.staging_graph(doc_iri)}> TO GRAPH <{doc_iri}>")
        report.documents += len(latest)
        report.replaced += len(present)
        self._renew()

    def _present(self, doc_iris: Iterable[str]) -> set[str]:
        """Which of these documents are loaded (their graph holds its marker)."""
        return self._per_graph(doc_iris, lambda values: f"SELECT ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?g a <{KG}Document> }} }}")

    def _entities_of(self, doc_iris: Iterable[str]) -> set[str]:
        return self._per_graph(
            doc_iris, lambda values: f"SELECT DISTINCT ?x WHERE {{ VALUES ?g {{ {values} }} VALUES ?t {{ {_CLASSES} }} GRAPH ?g {{ ?x a ?t }} }}"
        )

    def _per_graph(self, doc_iris: Iterable[str], query: Callable[[str], str]) -> set[str]:
        """The one column of ``query(values)`` over these graphs, asked INDEX_CHUNK graphs at a time."""
        out: set[str] = set()
        ordered = sorted(doc_iris)
        for start in range(0, len(ordered), INDEX_CHUNK):
            out.update(self._column(query(_iris(ordered[start:start + INDEX_CHUNK]))))
        return out

    def _rebuild_index(self, entities: set[str] | None = None) -> None:
        """Recompute the index entries of the given entities (all when None, after :data:`~kg.backends.rdf.MEASURE_LISTS`), then the category weights."""
        if entities is None:
            self._run(MEASURE_LISTS + ENTITY_STEPS, "")
        else:
            ordered = sorted(entities)
            for start in range(0, len(ordered), INDEX_CHUNK):
                self._run(ENTITY_STEPS, f"VALUES ?x {{ {_iris(ordered[start:start + INDEX_CHUNK])} }}")
            entities.clear()
        self._run(GLOBAL_STEPS, "")

    def _run(self, steps: tuple[str, ...], values: str) -> None:
        names = dict(kg=KG, index=rdfmap.INDEX_GRAPH, taxonomy=rdfmap.TAXONOMY_GRAPH, values=values, version=INDEX_VERSION, unit=WEIGHT_UNIT,
                     bits=category_bit_values(), type_labels=type_label_values(), category=identity.category_iri(""))
        for step in steps:
            fault("index")
            self._renew()
            self.client.update((INDEX_PREFIXES + step).format(**names))

    def _invalidate_index(self) -> None:
        self.client.update((INDEX_PREFIXES + INVALIDATE).format(kg=KG, index=rdfmap.INDEX_GRAPH))

    def _index_stale(self) -> bool:
        """Whether the dataset holds documents and its index is missing, cut short or written by another version."""
        current = f'GRAPH <{rdfmap.INDEX_GRAPH}> {{ <{rdfmap.INDEX_GRAPH}> <{KG}indexVersion> {INDEX_VERSION} }}'
        return not self._ask(current) and self._ask(f"GRAPH ?g {{ ?g a <{KG}Document> }}")

    def _ensure_index(self) -> None:
        if self._index_stale():
            with reindexing(f"the dataset at {self.uri}"):
                self._rebuild_index()

    def _unfinished(self) -> list[str]:
        """The graphs a load cut short left without their completion marker (staging graphs included)."""
        return [g for g in self._column(
            f"SELECT ?g WHERE {{ GRAPH ?g {{ }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?g a <{KG}Document> }} }} }}"
        ) if g not in _FIXED]

    def _drop_unfinished(self) -> list[str]:
        """Remove the unfinished graphs; which they were."""
        unfinished = self._unfinished()
        for start in range(0, len(unfinished), SWAP_CHUNK):
            self.client.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in unfinished[start:start + SWAP_CHUNK]))
        return unfinished

    def remove(self, doc_id: str) -> bool:
        """Drop the document's graph in one request; the index follows as after a load."""
        doc_iri = identity.document_iri(doc_id)
        with self._writing("remove"):
            if not self._present([doc_iri]):
                return False
            changed = self._entities_of([doc_iri])
            self._invalidate_index()
            self.client.update(f"DROP GRAPH <{doc_iri}>")
            self._rebuild_index(changed)
        return True

    # -- reading ---------------------------------------------------------
    def documents(self) -> list[str]:
        return sorted(self._column(f"SELECT ?id WHERE {{ GRAPH ?g {{ ?g a <{KG}Document> ; <{KG}docId> ?id }} }}"))

    def stats(self) -> dict[str, int]:
        out = {t: 0 for t in COUNTED_TYPES}
        for t, n in self._select("SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?t } GROUP BY ?t")[1]:
            local = str(t).removeprefix(KG)
            if local in out:
                out[local] = int(n)
        for rel, prop in COUNTED_RELATIONS.items():
            prop_iri = f"<{KG}{prop.removeprefix('kg:')}>"
            (n,) = self._column(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s {prop_iri} ?o }} }}")
            out[rel] = int(n)
        return out

    def query(self, name: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a stored query on the server, its parameters bound as VALUES (see :mod:`.sparql_params`)."""
        stored = queries.get(name)
        bound = stored.bind(params)
        text = bind(stored.text("sparql"), {k: _term(v) for k, v in bound.items() if k != "limit"})
        order = stored.sparql_order()[1] if stored.packed else ()  # the server cannot order rows it does not split
        columns, rows = self._select(text, None if order else bound.get("limit"))
        return QueryResult(*stored.shape(*stored.arrange(columns, rows, order), bound))

    def records(self, doc_ids: Iterable[str] | None = None) -> Iterator[Record]:
        for doc_id in doc_ids if doc_ids is not None else self.documents():
            response = self.client.get_graph(identity.document_iri(doc_id))
            if response is None:
                continue
            with response:
                triples = [(t.subject.value, t.predicate.value, _native(t.object)) for t in ox.parse(response, ox.RdfFormat.N_TRIPLES)]
            yield rdfmap.graph_to_record(doc_id, iter(triples))

    def triples_count(self) -> int:
        (n,) = self._column("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(n)

    # -- lookups for selections and similarity ---------------------------
    # The same index graph as the embedded store's, asked the same queries (kg.backends.rdf); values go as VALUES.
    def names(self, kinds: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        """From the index graph, as the embedded store reads them."""
        kinds = set(kinds)
        classes = " ".join(f"<{rdfmap.CLASS[t]}>" for t in sorted(rdf_rows.name_classes(kinds)))
        labels = self._terms(_NAMES % (classes, rdfmap.INDEX_GRAPH, KG)) if classes else []
        return rdf_rows.names(labels, self._terms(_DOCUMENT_NAMES) if "Document" in kinds else [], kinds)

    def named(self, spellings: Iterable[str], kinds: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        """Looked up in the index graph's labels, a chunk of spellings per query."""
        return rdf_rows.named(self._terms_for(_NAMED, "l", [ox.Literal(s) for s in sorted(set(spellings))]), set(kinds))

    def links(self, nodes: Iterable[str]) -> Iterator[Link]:
        """For each kind of node only the properties it can have, one query per kind and direction for a chunk of nodes."""
        by_kind: dict[str, list[ox.NamedNode]] = {}
        for n in _named(sorted(set(nodes))):
            kind = identity.kind_of(n.value) or ""
            by_kind.setdefault(kind if kind in rdf_rows.LINKS_BY_KIND else "", []).append(n)
        seen: set[Link] = set()
        for kind, some in by_kind.items():
            out, into = rdf_rows.LINKS_BY_KIND.get(kind, rdf_rows.ENTITY_LINKS)
            found: list[Link] = []
            if out:
                found += [(x.value, rdf_rows.LINK_PROPERTIES[p.value], y.value) for x, p, y in self._terms_for(_OUT_LINKS % _iris(out), "x", some)]
            if into:
                found += [(y.value, rdf_rows.LINK_PROPERTIES[p.value], x.value) for x, p, y in self._terms_for(_IN_LINKS % _iris(into), "x", some)
                          if kind != "document" or identity.kind_of(y.value) == "measure"]  # not the evidence
            if kind == "document":
                found += [(x.value, "MENTIONS", y.value) for x, y in self._terms_for(_MENTIONS, "x", some)]
            elif kind == "":
                found += [(y.value, "MENTIONS", x.value) for x, y in self._terms_for(_MENTIONED_IN, "x", some)
                          if identity.kind_of(y.value) == "document"]
            yield from rdf_rows.new_links(found, seen)

    def degrees(self, nodes: Iterable[str]) -> dict[str, int]:
        """A hub's links counted by the server, a chunk of nodes per query."""
        def counted(query: str, some: set[str]) -> dict[str, int]:
            out: dict[str, int] = {}
            for x, n_in, n_out in self._terms_for(query, "x", _named(sorted(some))):
                out[x.value] = out.get(x.value, 0) + int(n_in.value) + int(n_out.value)
            return out

        return rdf_rows.degrees(self, nodes, counted)

    def documents_of(self, nodes: Iterable[str]) -> dict[str, set[str]]:
        """The document graphs holding the nodes' facts (a category's: those of its measures), then their ids."""
        nodes = set(nodes)
        cats = {n for n in nodes if identity.kind_of(n) == "category"}
        graphs: dict[str, set[str]] = {}
        for query, some in ((_CATEGORY_GRAPHS_OF, cats), (_GRAPHS_OF, nodes - cats)):
            for x, g in self._terms_for(query, "x", _named(sorted(some))):
                if isinstance(g, ox.NamedNode) and identity.kind_of(g.value) == "document":
                    graphs.setdefault(x.value, set()).add(g.value)
        wanted = sorted(set().union(set(), *graphs.values()))
        ids = {g.value: i.value for g, i in self._terms_for(_DOC_IDS, "g", _named(wanted))}
        out = {n: {ids[g] for g in gs if ids.get(g)} for n, gs in graphs.items()}
        return {n: docs for n, docs in out.items() if docs}

    def category_weights(self) -> dict[str, int]:
        """As the index graph holds them (``kg:weight``)."""
        codes = {identity.category_iri(c): c for c in taxonomy().categories}
        return {codes[c.value]: int(w.value) for c, w in self._terms(_WEIGHTS) if c.value in codes}

    def place_categories(self, nodes: Iterable[str] | None = None) -> Iterator[PlaceRow]:
        """One row per place from the index graph (``kg:categoryCodes``, ``kg:name``, ``kg:level``); of ``nodes`` in id order."""
        if nodes is None:
            yield from (place_row(*row) for row in self._terms(_PLACE_CATEGORIES))
            return
        rows = sorted(place_row(*row) for row in self._terms_for(_PLACE_CATEGORIES, "p", _named(set(nodes))))
        yield from rows

    def category_masks(self, level: str | None = None) -> dict[int, int]:
        """Counted by the server over the index graph's ``kg:categoryMask``."""
        query = _CATEGORY_MASKS if level is None else bind(_LEVEL_CATEGORY_MASKS, {"level": ox.Literal(level)})
        return {int(mask.value): int(n.value) for mask, n, *_ in self._terms(query)}

    def places_offering(self, masks: Iterable[int], level: str | None = None) -> Iterator[PlaceRow]:
        """The places of each mask looked up in the index graph, then their rows."""
        places = {p.value for p, in self._terms_for(_PLACES_OF_MASKS, "mask", [ox.Literal(str(m)) for m in sorted(set(masks))])}
        return (row for row in self.place_categories(places) if level is None or row[2] == level)

    def place_measures(self, places: Iterable[str]) -> Iterator[PlaceMeasure]:
        """The places' measures' own facts, read from their document graphs: no document is read whole."""
        return place_measures(self._terms_for(_PLACE_MEASURES, "p", _named(set(places))))

    def parts(self, nodes: Iterable[str]) -> Iterator[Part]:
        """The embedded store's lookups (kg.backends.rdf.RdfBackend.parts), a few queries for all nodes: no document is read whole."""
        nodes = set(nodes)
        found = PartTriples()
        entities = {n for n in nodes if identity.kind_of(n) in _ENTITY_KINDS}
        measures = sorted(n for n in nodes if identity.kind_of(n) == "measure")
        for g, s, p, o in self._terms_for(_QUADS_OF, "s", _named(measures)):
            if found.keep(g, s, p, o) and p.value in _NAMING:
                entities.add(o.value)
        for g, s, p, o in self._terms_for(_QUADS_OF, "s", _named(sorted(entities))):
            if p.value not in rdfmap.PROPERTY_RELATION or o.value in entities:
                found.keep(g, s, p, o)
        stated = {st.value for st, y in self._terms_for(_STATEMENTS_OF, "x", _named(sorted(entities))) if y.value in entities}
        for about in (entities, stated):  # a relation's evidence hangs on its statement
            for g, s, p, o in self._terms_for(_EVIDENCE_OF, "x", _named(sorted(about))):
                found.keep(g, s, p, o)
        docs = set(found.graphs) | {n for n in nodes if identity.kind_of(n) == "document"}
        for g, p, o in self._terms_for(_DESCRIPTIONS, "s", _named(sorted(docs))):
            found.keep(g, g, p, o)
        return found.parts()


def _named(iris: Iterable[str]) -> list[ox.NamedNode]:
    """Node ids as IRI terms (pyoxigraph checks them); a string that is no IRI names no node and is left out."""
    out = []
    for i in iris:
        with contextlib.suppress(ValueError):
            out.append(ox.NamedNode(i))
    return out
