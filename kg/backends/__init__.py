"""The backend contract: one small interface, several stores behind it.

Callers (the CLI, the demo, analysis code) speak only to :class:`Backend`;
the embedded RDF store (``rdf``, the default), a SPARQL server (``sparql``)
and Neo4j (``neo4j``) plug in
behind it, as rdflib's stores plug in behind ``Graph``.
"""

from __future__ import annotations

import abc
import os
import signal
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping

from ..model import FlatRecord, Record

#: progress callback: called with the number of items just finished
Progress = Callable[[int], None]
#: the relationships a selection walks: the edges of kg.netgraph, and MENTIONS (a document names an entity)
LINK_TYPES = ("REGION", "AGENCY", "POLICY_DOCUMENT", "HAS_CATEGORY", "BENEFITS", "FROM_DOCUMENT",
              "LOCATED_IN", "PART_OF", "UNDER", "MENTIONS")
#: (source, relationship type, target) of one link; ends are node ids (the IRIs of kg.identity)
Link = tuple[str, str, str]


def fault(point: str) -> None:
    """Crash-test hook: the process kills itself at ``point`` when ``$KG_FAULT`` names it.

    ``KG_FAULT=POINT`` or ``POINT:N`` (the Nth time the point is reached).
    Points: ``swap`` (a batch's new versions written, not yet in place) and
    ``index`` (the entity index, or Neo4j's derived entity properties, being
    brought up to date).
    """
    name, _, nth = os.environ.get("KG_FAULT", "").partition(":")
    if name == point:
        _reached[point] = _reached.get(point, 0) + 1
        if _reached[point] >= int(nth or 1):
            os.kill(os.getpid(), signal.SIGKILL)


_reached: dict[str, int] = {}


def batches(records: Iterable[Record], facts: int) -> Iterator[list[Record]]:
    """Records in lists of about ``facts`` facts each (a measure counts as eight), so a load's memory stays bounded."""
    batch: list[Record] = []
    size = 0
    for rec in records:
        batch.append(rec)
        size += len(rec.entities) + len(rec.measures) * 8 + len(rec.relations)
        if size >= facts:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


class BackendError(RuntimeError):
    """A backend cannot do what was asked (unreachable server, bad store path...)."""


@dataclass
class LoadReport:
    """What a load did: documents written and facts counted; records the store cannot hold, each with why."""

    documents: int = 0
    replaced: int = 0
    facts: int = 0
    seconds: float = 0.0
    rejected: list[str] = field(default_factory=list)


@dataclass
class QueryResult:
    """Rows of a stored query: column names and plain Python values (str, int, float, None)."""

    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r)) for r in self.rows]


@dataclass(frozen=True)
class PlaceMeasure:
    """One measure of a place as :meth:`Backend.place_measures` reads it: enough to group sub-measures into sentences."""

    doc_id: str
    #: its position among its document's measures (orders measures of equal span)
    order: int
    place: str
    text: str
    span: tuple[int, int] | None
    categories: frozenset[str]
    policy: str | None


@dataclass(frozen=True)
class Part:
    """What one document states of some nodes (see :meth:`Backend.parts`): a record holding only those facts,
    and the positions of its measures among the document's, which name them (kg.identity.measure_iri)."""

    record: Record
    positions: tuple[int, ...]


class Backend(abc.ABC):
    """A persistent graph of extraction records, one replaceable unit per document."""

    name: str = "?"

    @abc.abstractmethod
    def load(self, records: Iterable[Record], progress: Progress | None = None) -> LoadReport:
        """Write records; a document already present is replaced as a whole."""

    @abc.abstractmethod
    def remove(self, doc_id: str) -> bool:
        """Delete every fact that came from this document; False when it was not loaded."""

    @abc.abstractmethod
    def documents(self) -> list[str]:
        """Ids of the loaded documents, sorted."""

    @abc.abstractmethod
    def stats(self) -> dict[str, int]:
        """Node counts per type (Region, Zone, Agency, Enterprise, PolicyDocument, Measure, Document) and relation counts."""

    @abc.abstractmethod
    def query(self, name: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        """Run the stored query ``name`` from ``queries/`` with bound parameters."""

    @abc.abstractmethod
    def records(self, doc_ids: Iterable[str] | None = None) -> Iterator[Record]:
        """The stored facts back as records, one per document (all documents by default)."""

    def flat_records(self, doc_ids: Iterable[str] | None = None) -> Iterator[FlatRecord]:
        """:meth:`records` in their flat form (:meth:`kg.model.Record.flat`), for writers that read only that."""
        return (r.flat() for r in self.records(doc_ids))

    def refuses(self, record: Record) -> str | None:
        """Why this backend cannot hold ``record`` (a one-line reason naming the document), or None.

        ``load`` skips such records into ``LoadReport.rejected``; a caller that
        knows where a record was read asks first, to name the file and line.
        """
        return None

    # -- lookups that let a command read only what it shows -------------
    # The defaults read every record into the in-memory graph, so that any
    # backend that hands back records answers, and they are what each store's
    # own answer is tested against.  The stores answer from their indexes.

    def names(self, kinds: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        """(spelling, kind, node id) of every name and alias of the entities of ``kinds``.

        The kind ``Document`` gives each document's id and title.  A place is
        a ``Zone`` when a document calls it one (the default: when most do).
        """
        wanted = set(kinds)
        for node, attrs in self._whole_graph().nodes(data=True):
            kind = attrs["type"]
            if kind not in wanted:
                continue
            if kind == "Document":
                spellings = [attrs["doc_id"], attrs.get("title")]
            else:
                spellings = [attrs.get("name"), *attrs.get("aliases", ())]
            for s in spellings:
                if s:
                    yield s, kind, node

    def named(self, spellings: Iterable[str], kinds: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        """The entries of :meth:`names` whose spelling is exactly one of ``spellings``."""
        wanted = set(spellings)
        return (entry for entry in self.names(kinds) if entry[0] in wanted)

    def links(self, nodes: Iterable[str]) -> Iterator[Link]:
        """Every link (see :data:`LINK_TYPES`) with an end among ``nodes``, each once."""
        g = self._whole_graph()
        wanted = set(nodes)
        docs = {a["doc_id"]: n for n, a in g.nodes(data=True) if a["type"] == "Document"}
        seen: set[Link] = set()
        for node in wanted & set(g):
            edges = [(u, k, v) for u, v, k in (*g.in_edges(node, keys=True), *g.out_edges(node, keys=True))]
            attrs = g.nodes[node]
            if attrs["type"] == "Document":
                edges += [(node, "MENTIONS", e) for e, a in g.nodes(data=True)
                          if a["type"] not in ("Measure", "Category", "Document") and attrs["doc_id"] in a["docs"]]
            elif attrs["type"] not in ("Measure", "Category"):
                edges += [(docs[d], "MENTIONS", node) for d in attrs["docs"]]
            for link in edges:
                if link not in seen:
                    seen.add(link)
                    yield link

    def degrees(self, nodes: Iterable[str]) -> dict[str, int]:
        """node id -> its number of links, MENTIONS left out (its degree in the graph of kg.netgraph)."""
        out = {n: 0 for n in nodes}
        for u, k, v in self.links(out):
            if k != "MENTIONS":
                for end in {u, v} & out.keys():
                    out[end] += 1
        return out

    def documents_of(self, nodes: Iterable[str]) -> dict[str, set[str]]:
        """node id -> ids of the documents that state it (for a category: that have a measure of it)."""
        g = self._whole_graph()
        return {n: set(g.nodes[n]["docs"]) for n in set(nodes) if n in g}

    def parts(self, nodes: Iterable[str]) -> Iterator[Part]:
        """The facts of ``nodes`` (node ids), one :class:`Part` per document stating any, in document id order.

        An entity brings what every document says of it (names, code,
        evidence), a measure its own facts and the entities it names, a
        document its description; relations come when both ends do.  So the
        graph of the parts (kg.netgraph.build) gives these nodes the
        attributes of the whole graph, reading nothing else.  The default reads
        the documents whole and keeps the facts; stores with indexes look them up.
        """
        from .. import netgraph
        from ..identity import kind_of

        nodes = set(nodes)
        measures = {n for n in nodes if kind_of(n) == "measure"}
        named = {v for u, k, v in self.links(measures) if u in measures and k in netgraph.MEASURE_EDGES.values()}
        wanted = nodes | named
        docs = set().union(set(), *self.documents_of(n for n in wanted if kind_of(n) != "category").values())
        for rec in self.records(sorted(docs)):
            part = netgraph.part(rec, wanted)
            if part is not None:
                yield part

    def category_weights(self) -> dict[str, int]:
        """Category code -> its weight in similar-places: floor(10^12 / number of places that offered it)."""
        from ..taxonomy import category_weight

        counts: dict[str, int] = {}
        for _, _, _, codes in self.place_categories():
            for c in codes:
                counts[c] = counts.get(c, 0) + 1
        return {c: category_weight(n) for c, n in counts.items()}

    def place_categories(self, nodes: Iterable[str] | None = None) -> Iterator[tuple[str, str, str | None, frozenset[str]]]:
        """(node id, display name, level, category codes) of every place with a measure (of ``nodes`` only, when given).

        The level is the smallest any document gives (as ``kg:level``); None when no document gives one.
        """
        from ..gazetteer import place_facts

        g = self._whole_graph()
        offered: dict[str, set[str]] = {}
        for m, attrs in g.nodes(data=True):
            if attrs["type"] == "Measure":
                place = next(v for _, v, k in g.out_edges(m, keys=True) if k == "REGION")
                offered.setdefault(place, set()).update(attrs["categories"])
        wanted = None if nodes is None else set(nodes)
        for place, codes in offered.items():
            if wanted is not None and place not in wanted:
                continue
            attrs = g.nodes[place]
            levels = {lv for name in (attrs["name"], *attrs["aliases"]) if (lv := place_facts(name)[1])}
            if attrs["type"] == "Zone":
                levels.add("zone")
            yield place, attrs["name"], min(levels, default=None), frozenset(codes)

    def category_masks(self, level: str | None = None) -> dict[int, int]:
        """Mask of a set of categories -> how many places (of ``level``; None: all) offered exactly that set.

        A mask sums the bits of its categories (kg.backends.entity_index.category_bits).
        All a ranking by categories needs of the places it does not show:
        every place with the same set scores the same.
        """
        from .entity_index import category_bits

        bits = category_bits()
        out: dict[int, int] = {}
        for _, _, lv, codes in self.place_categories():
            if level is None or lv == level:
                mask = sum(bits[c] for c in codes if c in bits)
                out[mask] = out.get(mask, 0) + 1
        return out

    def places_offering(self, masks: Iterable[int], level: str | None = None) -> Iterator[tuple[str, str, str | None, frozenset[str]]]:
        """The rows of :meth:`place_categories` of the places (of ``level``) that offered exactly the categories of one of ``masks``."""
        from .entity_index import category_bits

        bits, wanted = category_bits(), set(masks)
        return (row for row in self.place_categories()
                if sum(bits[c] for c in row[3] if c in bits) in wanted and (level is None or row[2] == level))

    def place_measures(self, places: Iterable[str]) -> Iterator[PlaceMeasure]:
        """What the measures of ``places`` (node ids) say, for showing a place's sentences: see :class:`PlaceMeasure`."""
        from .. import netgraph

        wanted = set(places)
        docs = sorted(set().union(set(), *self.documents_of(wanted).values()))
        for rec in self.records(docs):
            node_of = netgraph.resolver(rec)
            for i, m in enumerate(rec.measures):
                if (place := node_of(m.region)) in wanted:
                    yield PlaceMeasure(rec.doc_id, i, place, m.text or m.summary or "", m.span, frozenset(m.categories),
                                       node_of(m.policy_document) if m.policy_document else None)

    def _whole_graph(self) -> Any:
        """The in-memory graph of every record (the defaults' source), read again when the documents change."""
        from .. import netgraph

        docs = tuple(self.documents())
        cached = getattr(self, "_graph_cache", None)
        if cached is None or cached[0] != docs:
            cached = self._graph_cache = (docs, netgraph.build(self.records(docs)))
        return cached[1]

    def close(self) -> None:
        """Release files, locks and connections."""

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_backend(name: str = "rdf", **options: Any) -> Backend:
    """Open a backend by name: ``rdf`` (options: ``path``), ``sparql`` (``endpoint``, ``update_endpoint``, ``store_endpoint``) or ``neo4j`` (``uri``, ``user``, ``database``)."""
    if name == "rdf":
        from .rdf import RdfBackend

        return RdfBackend(**options)
    if name == "sparql":
        from .sparql import SparqlBackend

        return SparqlBackend(**options)
    if name == "neo4j":
        from .neo4j import Neo4jBackend

        return Neo4jBackend(**options)
    raise BackendError(f"unknown backend {name!r}; choose rdf, sparql or neo4j")
