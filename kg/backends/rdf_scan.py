"""Reading whole documents out of the embedded store fast: one query per document, records as graph_to_record builds them.

Reading a document quad by quad costs a dictionary lookup for every term of
every quad (subject, predicate, object and graph) and a Python object for
each; that dominated ``kg export -f neo4j-import`` of a store.  Here one
SPARQL query per document asks for just the facts a record is made of, as
(fact, subject, value) rows: the predicate and the graph are known from the
query, so they are never looked up.  Oxigraph writes the rows as CSV, which
Python's C parser reads; the next documents' queries run in a thread
meanwhile (Oxigraph releases the GIL while it evaluates and serialises), a
few documents ahead, so memory stays bounded by the largest document.

The rows become the records' flat tuples (:meth:`kg.model.Record.flat`) at
once, which is all a writer such as ``kg export -f neo4j-import`` reads;
record objects are made of those.  The records equal
:func:`kg.rdfmap.graph_to_record` of the same graphs
(tests/test_rdf_scan.py compares them).  Where that function depends on the
order of the quads (an entity with two classes in one document, two evidence
resources about one thing), the few quads concerned are read in that order.  A
document with an IRI holding a comma is read quad by quad (CSV leaves IRIs unquoted).
"""

from __future__ import annotations

import csv
import io
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from itertools import groupby
from operator import itemgetter
from typing import Any

import pyoxigraph as ox

from .. import identity
from ..model import ENTITY_TYPES, FlatRecord, Record
from ..rdfmap import CLASS, DCT, KG, PROPERTY_RELATION, RDF_TYPE, SKOS, _hash, _number, graph_to_record, iri
from .rdf_rows import _native

#: the facts read, by the tag a row carries: (tag, predicate); a class's rows are its instances
_FACTS: tuple[tuple[str, str], ...] = (
    *((t, CLASS[t]) for t in ENTITY_TYPES),
    ("Measure", KG + "Measure"), ("Evidence", KG + "Evidence"),
    ("pref", SKOS + "prefLabel"), ("alt", SKOS + "altLabel"), ("code", KG + "code"),
    ("about", KG + "about"), ("text", KG + "text"), ("start", KG + "start"), ("end", KG + "end"),
    ("index", KG + "index"), ("region", KG + "region"), ("agency", KG + "agency"), ("policy", KG + "policyDocument"),
    ("category", KG + "category"), ("beneficiary", KG + "beneficiary"), ("amount", KG + "amountCNY"), ("cap", KG + "capCNY"),
    ("summary", KG + "summary"), ("section", KG + "section"),
    *((rtype, p) for p, rtype in PROPERTY_RELATION.items()),
)
_CLASSES = frozenset((*ENTITY_TYPES, "Measure", "Evidence"))
_INTEGER_FACTS = frozenset(("start", "end", "index"))
_NUMBER_FACTS = frozenset(("amount", "cap"))
#: the document's own facts (its node is the graph's name), in the order of the record's fields: their rows have no subject
_DOCUMENT_FIELDS = (("title", DCT + "title"), ("publisher", DCT + "publisher"), ("date", DCT + "date"), ("source", KG + "source"))
#: ``{graph}``: the document's IRI, from kg.identity (which percent-encodes every character an IRI may not hold)
_QUERY = "SELECT ?k ?s ?o WHERE { GRAPH <{graph}> { " + " UNION ".join(
    [f'{{ ?s <{RDF_TYPE}> <{p}> BIND("{k}" AS ?k) }}' if k in _CLASSES else f'{{ ?s <{p}> ?o BIND("{k}" AS ?k) }}'
     for k, p in _FACTS] + [f'{{ <{{graph}}> <{p}> ?o BIND("{k}" AS ?k) }}' for k, p in _DOCUMENT_FIELDS]) + " } }"
_TYPE, _ABOUT = ox.NamedNode(RDF_TYPE), ox.NamedNode(KG + "about")
_KINDS = {CLASS[t]: t for t in ENTITY_TYPES}
_TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}
#: documents whose queries run ahead of the one being built: enough that the query threads still run while the
#: records are built and written (on a busy machine, 16 instead of 4 took a quarter off the export's time)
AHEAD = 16
#: threads running those queries: Oxigraph evaluates them without the GIL, so two use two cores
QUERY_THREADS = 2
#: how long (seconds) a thread back from Oxigraph waits for the GIL before Python makes the busy one hand it over: the
#: default 5 ms, paid a few times per query while the records are built, held the query threads up more than the queries
#: took (at 10^5 measures, on a busy machine, the builder waited 10 to 14 s for rows; 6 to 8 s with 1 ms)
HANDOFF = 0.001


def records(store: ox.Store, doc_ids: Iterable[str]) -> Iterator[Record]:
    """The records of the documents whose graphs the store holds, in the order given."""
    return map(Record.from_flat, flat_records(store, doc_ids))


def flat_records(store: ox.Store, doc_ids: Iterable[str]) -> Iterator[FlatRecord]:
    """:func:`records` in their flat form (:meth:`kg.model.Record.flat`), built straight from the rows: no record objects."""
    def rows(graph: ox.NamedNode) -> bytes | None:
        if not store.contains_named_graph(graph):
            return None
        return store.query(_QUERY.replace("{graph}", graph.value)).serialize(format=ox.QueryResultsFormat.CSV)

    pending: deque[tuple[str, ox.NamedNode, Future[bytes | None]]] = deque()
    with _handoff(HANDOFF), ThreadPoolExecutor(max_workers=QUERY_THREADS, thread_name_prefix="kg-scan") as pool:
        for doc_id in doc_ids:
            graph = ox.NamedNode(identity.document_iri(doc_id))
            pending.append((doc_id, graph, pool.submit(rows, graph)))
            if len(pending) > AHEAD:
                yield from _built(store, *pending.popleft())
        while pending:
            yield from _built(store, *pending.popleft())


@contextmanager
def _handoff(seconds: float) -> Iterator[None]:
    """Python's thread switch interval set to ``seconds`` while the block runs (it is the process's: restored after)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, seconds))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _built(store: ox.Store, doc_id: str, graph: ox.NamedNode, result: Future[bytes | None]) -> Iterator[FlatRecord]:
    text = result.result()
    if text is None:
        return
    try:
        yield _Document(store, graph, text).flat(doc_id)
    except _CommaInIri:
        yield quad_by_quad(store, doc_id, graph).flat()


def quad_by_quad(store: ox.Store, doc_id: str, graph: ox.NamedNode) -> Record:
    """The record of a document graph read quad by quad: slower, for the graphs the query's rows cannot carry."""
    triples = ((q.subject.value, q.predicate.value, _native(q.object)) for q in store.quads_for_pattern(None, None, None, graph))
    return graph_to_record(doc_id, triples)


class _CommaInIri(ValueError):
    """Oxigraph's CSV leaves IRIs unquoted, so an IRI with a comma (a name holding one) splits its row."""


class _Document:
    """One document's facts, by tag and subject, and the record they make."""

    def __init__(self, store: ox.Store, graph: ox.NamedNode, text: bytes) -> None:
        self.store, self.graph = store, graph
        facts: dict[str, list[list[str]]] = {}
        reader = csv.reader(io.StringIO(text.decode("utf-8"), newline=""))
        next(reader)  # the header
        for tag, group in groupby(reader, itemgetter(0)):  # the rows of one part of the union come together
            rows = list(group)
            if max(map(len, rows)) > 3:
                raise _CommaInIri(tag)
            facts.setdefault(tag, []).extend(rows)
        self.facts = facts
        self.pref, self.alt = self._least("pref"), self._least("alt")
        #: node -> its label: the least preferred label, else the least alternative one (graph_to_record's label)
        self.names = {node: name for node, name in self.alt.items() if name}
        self.names.update((node, name) for node, name in self.pref.items() if name)

    def _all(self, tag: str) -> dict[str, list[str]]:
        """Subject -> every value of the fact, in the order read."""
        out: dict[str, list[str]] = {}
        for _, s, o in self.facts.get(tag, ()):
            values = out.get(s)
            if values is None:
                out[s] = [o]
            else:
                values.append(o)
        return out

    def _least(self, tag: str) -> dict[str, Any]:
        """Subject -> its one value of a fact, or the least as graph_to_record takes it (by its text, numbers as Python writes them)."""
        rows = self.facts.get(tag, ())
        convert = int if tag in _INTEGER_FACTS else float if tag in _NUMBER_FACTS else None
        out: dict[str, Any] = {s: o for _, s, o in rows}
        if len(out) < len(rows):  # a subject with more than one value
            out = {s: min(values, key=str) if convert is None else min(map(convert, values), key=str)
                   for s, values in self._all(tag).items()}
        elif convert is not None:
            out = {s: convert(o) for s, o in out.items()}
        return out

    def label(self, node: str) -> str:
        return self.names.get(node, node)

    def _instances(self, tag: str) -> list[str]:
        return [s for _, s, _ in self.facts.get(tag, ())]

    def _spans(self) -> dict[str, tuple[str | None, tuple[int, int] | None]]:
        """What each evidence resource says of what it is about; of two about one thing, the one graph_to_record keeps."""
        evidence = self._instances("Evidence")
        if not evidence:
            return {}
        about, text, start, end = self._least("about"), self._least("text"), self._least("start"), self._least("end")
        by_about: dict[str, list[str]] = {}
        for ev in evidence:
            by_about.setdefault(str(about.get(ev)), []).append(ev)
        spans = {}
        for target, evs in by_about.items():
            if len(evs) > 1 and target != "None":  # the last in the store's subject order wins, as in graph_to_record
                order = {q.subject.value: i for i, q in enumerate(self.store.quads_for_pattern(None, _ABOUT, ox.NamedNode(target), self.graph))}
                evs = sorted(evs, key=lambda e: order.get(e, -1))
            ev = evs[-1]
            s = start.get(ev)
            spans[target] = (text.get(ev), (int(s), int(end[ev])) if s is not None else None)
        return spans

    def _entity_types(self) -> dict[str, str]:
        """Entity subject -> its type; of two classes, the first in the store's order, as graph_to_record takes it."""
        types: dict[str, str] = {}
        twice: list[str] = []
        for etype in ENTITY_TYPES:
            for s in self._instances(etype):
                if s in types:
                    twice.append(s)
                types[s] = etype
        for s in twice:
            quads = self.store.quads_for_pattern(ox.NamedNode(s), _TYPE, None, self.graph)
            types[s] = next(_KINDS[q.object.value] for q in quads if q.object.value in _KINDS)
        return types

    def flat(self, doc_id: str) -> FlatRecord:
        """The document's record in its flat form (:meth:`kg.model.Record.flat`)."""
        spans = self._spans()
        codes = self._least("code")
        alts = self._all("alt") if self.alt else {}
        entities = []
        label, order = self.names.get, _TYPE_ORDER
        for s, etype in self._entity_types().items():
            name = label(s, s)
            text, span = spans.get(s, (None, None)) if spans else (None, None)
            code = codes.get(s)
            aliases = tuple(sorted([a for a in alts[s] if a != name])) if s in alts else ()
            entities.append((order[etype], name, (name, etype, aliases, str(code) if code else None, text, span)))
        entities.sort(key=itemgetter(0, 1))
        fields = [self._least(tag).get("") for tag, _ in _DOCUMENT_FIELDS]
        return (doc_id, *fields, tuple([e for _, _, e in entities]), self._measures(), self._relations(spans))

    def _measures(self) -> tuple[tuple[Any, ...], ...]:
        index, region, agency, policy = self._least("index"), self._least("region"), self._least("agency"), self._least("policy")
        amount, cap, start, end = self._least("amount"), self._least("cap"), self._least("start"), self._least("end")
        text, summary, section = self._least("text"), self._least("summary"), self._least("section")
        categories, beneficiaries = self._all("category"), self._all("beneficiary")
        label = self.names.get
        measures = []
        for m in self._instances("Measure"):
            a, p, s, r = agency.get(m), policy.get(m), start.get(m), str(region.get(m))
            measures.append((int(index.get(m) or 0), (
                label(r, r),
                tuple(sorted([c.rsplit("/", 1)[1] for c in categories.get(m, ())])),
                label(a, a) if a else None,
                label(p, p) if p else None,
                tuple(sorted([label(b, b) for b in beneficiaries.get(m, ())])),
                _number(amount.get(m)),
                _number(cap.get(m)),
                text.get(m),
                (int(s), int(end[m])) if s is not None else None,
                summary.get(m),
                section.get(m),
            )))
        measures.sort(key=itemgetter(0))
        return tuple([m for _, m in measures])

    def _relations(self, spans: dict[str, tuple[str | None, tuple[int, int] | None]]) -> tuple[tuple[Any, ...], ...]:
        stated = any(k.startswith(identity.ID + "statement/") for k in spans)
        label = self.names.get
        relations = []
        for p, rtype in PROPERTY_RELATION.items():
            for _, s, o in self.facts.get(rtype, ()):
                text, span = spans.get(identity.ID + "statement/" + _hash(iri(s), p, iri(o)), (None, None)) if stated else (None, None)
                relations.append((rtype, label(s, s), label(o, o), text, span))
        relations.sort(key=itemgetter(0, 1, 2))
        return tuple(relations)
