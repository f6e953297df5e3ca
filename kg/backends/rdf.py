"""The embedded default: an Oxigraph store on disk behind rdflib's API.

Reads go through an rdflib ``Dataset`` (oxrdflib plugin); stored queries run
natively in Oxigraph with substituted parameters and stream their rows.  Writes go
straight to Oxigraph as N-Quads text: a batch of documents goes in with the
bulk loader and becomes visible when its completion markers are committed
(see :meth:`RdfBackend.load`).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import logging
import time
from collections import OrderedDict
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

import pyoxigraph as ox
import rdflib
from oxrdflib import OxigraphStore

from .. import identity, queries, rdfmap
from ..taxonomy import WEIGHT_UNIT, taxonomy
from ..model import FlatRecord, Record
from . import Backend, BackendError, Link, LoadReport, Part, PlaceMeasure, Progress, QueryResult, entity_index, fault
from .entity_index import Fact, category_bit_values, type_label_values
from . import rdf_rows, rdf_scan
from .rdf_load import Loading
from .rdf_rows import ENTITY_LINKS, LINK_PROPERTIES, LINKS_BY_KIND, _native, place_measures

#: kg's messages go to the "kg" logger; the command line shows those of INFO and up on stderr
log = logging.getLogger("kg")


@contextlib.contextmanager
def reindexing(where: str) -> Iterator[None]:
    """Say that re-indexing ``where`` starts and how long it took: on a large store it runs a minute and would look like a hang."""
    log.info("re-indexing %s for this version of kg (once; large stores take a minute)…", where)
    start = time.perf_counter()
    yield
    log.info("re-indexed %s in %.1f s", where, time.perf_counter() - start)


#: The index graph holds each entity once: its types, its display name (the
#: smallest prefLabel any document gives it, as Neo4j's ``name``), every name
#: and alias (``kg:label``, for lookups by name), the smallest level and code,
#: and the entity-to-entity relations.  Document graphs repeat these per
#: document, so queries over the union would multiply rows; stored queries
#: read entities from the index graph instead.  It also holds what the
#: category queries aggregate: ``place kg:offers category`` once per place
#: with a measure of it, the place's sorted ``kg:categoryCodes`` (",A,B,"), their
#: ``kg:categoryMask`` (see entity_index.category_mask) and
#: ``kg:weightSum``, and each category's ``kg:weight`` (see
#: kg.taxonomy.category_weight: computed here, read by similar-places); the
#: number of measures of each category a place is the region of, as the string
#: of a fact whose property is the category's IRI (``<place> <category> "3"``,
#: read by category-coverage); and each label again under a property of the
#: entity's class (``kg:zoneLabel`` ...: entity-names reads each kind by one scan).
#:
#: The steps run as separate updates (one large transaction reads its own
#: writes slowly); LATERAL makes each look the given entities up one by one.
#: A load writes the entries of the entities its new documents add to with
#: the documents themselves (computed from the records: kg.backends.entity_index);
#: these steps recompute the entries that can shrink, those of entities of
#: replaced or removed documents, a chunk of them per update, so no update's
#: memory grows with the store.  Writes
#: start by removing the version marker and the last step puts it back, so a
#: load or an update cut short leaves a store that is re-indexed when opened.
INDEX_PREFIXES = """
PREFIX kg: <{kg}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
INVALIDATE = "DELETE WHERE {{ GRAPH <{index}> {{ <{index}> kg:indexVersion ?v }} }}"
#: what the index holds of the entities in ``{values}`` (all when empty), read from the documents
ENTITY_STEPS = (
    "DELETE {{ GRAPH <{index}> {{ ?x ?p ?o }} }} WHERE {{ {values} GRAPH <{index}> {{ ?x ?p ?o }} }}",
    """INSERT {{ GRAPH <{index}> {{ ?x a ?t }} }} WHERE {{
  SELECT DISTINCT ?x ?t WHERE {{ {values} VALUES ?t {{ kg:Region kg:Zone kg:Agency kg:Enterprise kg:PolicyDocument }} LATERAL {{ GRAPH ?g {{ ?x a ?t }} }} }}
}}""",
    """INSERT {{ GRAPH <{index}> {{ ?x kg:name ?n }} }} WHERE {{
  SELECT ?x (MIN(?l) AS ?n) WHERE {{ {values} GRAPH ?g {{ ?x skos:prefLabel ?l }} FILTER(?g != <{taxonomy}>) }} GROUP BY ?x
}}""",
    """INSERT {{ GRAPH <{index}> {{ ?x kg:label ?l }} }} WHERE {{
  SELECT DISTINCT ?x ?l WHERE {{ {values} GRAPH ?g {{ ?x skos:prefLabel|skos:altLabel ?l }} FILTER(?g != <{taxonomy}>) }}
}}""",
    """INSERT {{ GRAPH <{index}> {{ ?x ?tl ?l }} }} WHERE {{
  {values} VALUES (?t ?tl) {{ {type_labels} }} GRAPH <{index}> {{ ?x a ?t ; kg:label ?l }}
}}""",
    "INSERT {{ GRAPH <{index}> {{ ?x kg:level ?v }} }} WHERE {{ SELECT ?x (MIN(?l) AS ?v) WHERE {{ {values} GRAPH ?g {{ ?x kg:level ?l }} }} GROUP BY ?x }}",
    "INSERT {{ GRAPH <{index}> {{ ?x kg:code ?v }} }} WHERE {{ SELECT ?x (MIN(?l) AS ?v) WHERE {{ {values} GRAPH ?g {{ ?x kg:code ?l }} }} GROUP BY ?x }}",
    """INSERT {{ GRAPH <{index}> {{ ?x ?p ?o }} }} WHERE {{
  SELECT DISTINCT ?x ?p ?o WHERE {{ {values} VALUES ?p {{ kg:partOf kg:locatedIn kg:under }} LATERAL {{ GRAPH ?g {{ ?x ?p ?o }} }} }}
}}""",
    "INSERT {{ GRAPH <{index}> {{ ?x kg:offers ?c }} }} WHERE {{ SELECT DISTINCT ?x ?c WHERE {{ {values} GRAPH ?g {{ ?m kg:region ?x ; kg:category ?c }} }} }}",
    """INSERT {{ GRAPH <{index}> {{ ?x ?c ?n }} }} WHERE {{
  SELECT ?x ?c (STR(COUNT(DISTINCT ?m)) AS ?n) WHERE {{ {values} GRAPH ?g {{ ?m kg:region ?x ; kg:category ?c }} GRAPH <{taxonomy}> {{ ?c skos:notation ?code }} }}
  GROUP BY ?x ?c
}}""",
    """INSERT {{ GRAPH <{index}> {{ ?x kg:categoryMask ?mask }} }} WHERE {{
  SELECT ?x (STR(SUM(?bit)) AS ?mask) WHERE {{ {values} GRAPH <{index}> {{ ?x kg:offers ?c }} VALUES (?c ?bit) {{ {bits} }} }} GROUP BY ?x
}}""",
    """INSERT {{ GRAPH <{index}> {{ ?x kg:categoryCodes ?codes }} }} WHERE {{
  SELECT ?x (CONCAT(",", GROUP_CONCAT(?code; separator=","), ",") AS ?codes) WHERE {{
    {{ SELECT ?x ?code WHERE {{ {values} GRAPH <{index}> {{ ?x kg:offers ?c }} GRAPH <{taxonomy}> {{ ?c skos:notation ?code }} }} ORDER BY ?code }}
  }} GROUP BY ?x
}}""",
    # the enterprises whose kg:benefitRow facts (entity_index.benefit_rows) name one of the entities: their rows, recomputed
    # once the names are ("\u001F": entity_index.SEPARATOR)
    """DELETE {{ GRAPH <{index}> {{ ?e kg:benefitRow ?row }} }} WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{ {values} LATERAL {{ GRAPH ?g {{ ?m kg:region|kg:agency ?x ; kg:beneficiary ?e }} }} }} }}
  LATERAL {{ GRAPH <{index}> {{ ?e kg:benefitRow ?row }} }}
}}""",
    """INSERT {{ GRAPH <{index}> {{ ?e kg:benefitRow ?row }} }} WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{ {values} LATERAL {{ {{ BIND(?x AS ?e) }} UNION {{ GRAPH ?g {{ ?m kg:region|kg:agency ?x ; kg:beneficiary ?e }} }} }} }} }}
  LATERAL {{
    GRAPH ?g {{ ?m kg:beneficiary ?e ; kg:categoryList ?categories ; kg:region ?r . ?g kg:docId ?doc }}
    GRAPH <{index}> {{ ?r kg:name ?place . ?e kg:name ?name }}
    OPTIONAL {{ GRAPH ?g {{ ?m kg:agency ?a }} GRAPH <{index}> {{ ?a kg:name ?agency }} }}
    OPTIONAL {{ GRAPH ?g {{ ?m kg:text ?text }} }}
    OPTIONAL {{ GRAPH ?g {{ ?m kg:summary ?summary }} }}
  }}
  BIND(CONCAT(?name, "\\u001F", ?place, "\\u001F", COALESCE(?agency, ""), "\\u001F", ?categories, "\\u001F", ?doc, "\\u001F",
              COALESCE(?text, ?summary, ""), "\\u001F", STR(?m)) AS ?row)
}}""",
)
#: the category weights and sums, which depend on every place: run once a write is done
GLOBAL_STEPS = (
    "DELETE {{ GRAPH <{index}> {{ ?c kg:weight ?w }} }} WHERE {{ GRAPH <{index}> {{ ?c kg:weight ?w }} }}",
    """INSERT {{ GRAPH <{index}> {{ ?c kg:weight ?w }} }} WHERE {{
  {{ SELECT ?c (COUNT(?x) AS ?n) WHERE {{ GRAPH <{index}> {{ ?x kg:offers ?c }} }} GROUP BY ?c }}
  BIND(xsd:integer(FLOOR({unit} / ?n)) AS ?w)
}}""",
    "DELETE {{ GRAPH <{index}> {{ ?x kg:weightSum ?s }} }} WHERE {{ GRAPH <{index}> {{ ?x kg:weightSum ?s }} }}",
    """INSERT {{ GRAPH <{index}> {{ ?x kg:weightSum ?s }} }} WHERE {{
  SELECT ?x (SUM(?w) AS ?s) WHERE {{ GRAPH <{index}> {{ ?c kg:weight ?w . ?x kg:offers ?c }} }} GROUP BY ?x
}}""",
    "INSERT DATA {{ GRAPH <{index}> {{ <{index}> kg:indexVersion {version} }} }}",
)
#: what a store written before measures carried their ``kg:categoryList`` (kg.rdfmap.category_list) lacks: added to
#: each such measure's document graph with the full re-index at open (the codes come from the category IRIs, sorted as
#: Python sorts them; a store that has them all is left as it is)
MEASURE_LISTS = ("""INSERT {{ GRAPH ?g {{ ?m kg:categoryList ?codes }} }} WHERE {{
  SELECT ?g ?m (GROUP_CONCAT(?code; separator=",") AS ?codes) WHERE {{
    {{ SELECT DISTINCT ?g ?m ?code WHERE {{
      GRAPH ?g {{ ?m a kg:Measure ; kg:category ?c FILTER NOT EXISTS {{ ?m kg:categoryList ?l }} }}
      BIND(STRAFTER(STR(?c), "{category}") AS ?code)
    }} ORDER BY ?code }}
  }} GROUP BY ?g ?m
}}""",)
#: bumped whenever the index steps change what they write: stores with another version are re-indexed when opened
#: (8: measures carry kg:categoryList, see MEASURE_LISTS; 9: enterprises carry kg:benefitRow)
INDEX_VERSION = 9
#: entities per index update: bounds the memory one update takes, whatever the store's size
INDEX_CHUNK = 2_000
#: entities whose merged index facts (entity_index.MERGED, a few hundred bytes; more for a place offering many
#: categories) a load remembers after writing them: a recurring one is not read back.  Enough that most
#: loads read an entity at most once, before its first write (reads between bulk loads fill RocksDB's caches, whose
#: memory a plain bulk load never takes)
KNOWN_ENTRIES = 30_000
#: kg:benefitRow quads a load writes at a time (about 400 bytes each), read back from its spool
BENEFIT_ROWS = 10_000
#: apply a changed document's staged triples in one transaction (the IRIs come from kg.identity, which escapes them)
SWAP = ("DELETE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{retiring}> {{ ?s ?p ?o }} }} ; "
        "INSERT {{ GRAPH <{doc}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{staging}> {{ ?s ?p ?o }} }} ; "
        "DROP SILENT GRAPH <{retiring}> ; DROP SILENT GRAPH <{staging}>")
#: how a document graph's N-Triples line links a measure to its region or to a beneficiary
_REGION_OR_BENEFICIARY = (f" <{rdfmap.KG}region> <", f" <{rdfmap.KG}beneficiary> <")
#: the stored facts of some entities (``%s``: their IRIs) that merging new documents' entries depends on
#: (entity_index.merged): those of the MERGED properties, and the count of each category offered
_MERGED = ("SELECT ?x ?p ?v WHERE { VALUES ?x { %%s } LATERAL { { VALUES ?p { %s } GRAPH <%s> { ?x ?p ?v } } "
           "UNION { GRAPH <%s> { ?x <%s> ?p . ?x ?p ?v } } } }"
           % (" ".join(f"<{p}>" for p in sorted(entity_index.MERGED)), rdfmap.INDEX_GRAPH, rdfmap.INDEX_GRAPH, entity_index.OFFERS))
ENTITY_KINDS = frozenset(identity.KIND.values())
ENTITY_CLASSES = tuple(ox.NamedNode(rdfmap.CLASS[t]) for t in ("Region", "Zone", "Agency", "Enterprise", "PolicyDocument"))
XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = frozenset({"integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                           "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"})
COUNTED_TYPES = ("Region", "Zone", "Agency", "Enterprise", "PolicyDocument", "Measure", "Document")
COUNTED_RELATIONS = {
    "LOCATED_IN": "kg:locatedIn",
    "PART_OF": "kg:partOf",
    "UNDER": "kg:under",
    "BENEFITS": "kg:beneficiary",
}
#: the index's names and aliases of the entities of some classes (``{classes}``: IRIs)
_NAMES = "SELECT ?x ?t ?l WHERE { VALUES ?t { %s } GRAPH <%s> { ?x a ?t ; <%slabel> ?l } }"
_DOCUMENT_NAMES = ("SELECT ?d ?id ?title WHERE { GRAPH ?d { ?d a <%sDocument> ; <%sdocId> ?id OPTIONAL { ?d <%stitle> ?title } } }"
                   % (rdfmap.KG, rdfmap.KG, rdfmap.DCT))
#: the graphs holding a measure of a category (the category's IRI comes from kg.identity, which escapes it)
_CATEGORY_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?m <%scategory> <%s> } }"
_PLACE_CATEGORIES = ("SELECT ?p ?name ?level ?codes WHERE { GRAPH <%s> { ?p <%scategoryCodes> ?codes ; <%sname> ?name "
                     "OPTIONAL { ?p <%slevel> ?level } } }" % (rdfmap.INDEX_GRAPH, rdfmap.KG, rdfmap.KG, rdfmap.KG))

#: how many places offered each set of categories, by its mask (``?level``: only places of that level, when bound)
_CATEGORY_MASKS = ("SELECT ?mask (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?p <%scategoryMask> ?mask } } GROUP BY ?mask"
                  % (rdfmap.INDEX_GRAPH, rdfmap.KG))
_LEVEL_CATEGORY_MASKS = ("SELECT ?mask (COUNT(*) AS ?n) ?level WHERE { GRAPH <%s> { ?p <%slevel> ?level ; <%scategoryMask> ?mask } } GROUP BY ?mask ?level"
                        % (rdfmap.INDEX_GRAPH, rdfmap.KG, rdfmap.KG))
#: the measures of one place (``?p``, bound), in their own document graphs
_PLACE_MEASURES = ("SELECT ?doc ?i ?text ?summary ?start ?end ?c ?policy ?p WHERE { GRAPH ?g { ?m <%sregion> ?p ; <%sindex> ?i . "
                   "?g <%sdocId> ?doc OPTIONAL { ?m <%scategory> ?c } OPTIONAL { ?m <%stext> ?text } OPTIONAL { ?m <%ssummary> ?summary } "
                   "OPTIONAL { ?m <%sstart> ?start ; <%send> ?end } OPTIONAL { ?m <%spolicyDocument> ?policy } } }"
                   % ((rdfmap.KG,) * 9))

#: what :meth:`RdfBackend.parts` follows: the links by which a measure names entities, evidence, relation statements
_NAMING = frozenset(rdfmap.KG + p for p in ("region", "agency", "policyDocument", "beneficiary"))
_ABOUT = ox.NamedNode(rdfmap.KG + "about")
_RELATIONS = frozenset(ox.NamedNode(p) for p in rdfmap.PROPERTY_RELATION)
_STATED_SUBJECT, _STATED_OBJECT = ox.NamedNode(rdfmap.RDF + "subject"), ox.NamedNode(rdfmap.RDF + "object")
#: node kinds (kg.identity) of the entities
_ENTITY_KINDS = frozenset(identity.KIND.values())



@functools.cache
def _libc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, where the C library has it (not on macOS, Windows or musl); looked up at the first
    bulk load, not when the module is imported."""
    import ctypes
    import ctypes.util

    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or None).malloc_trim
    except (AttributeError, OSError):
        return None


def _release_freed() -> None:
    """Hand the heap the bulk loader freed back to the system: glibc keeps a thread's freed memory for its next
    allocations, so each call of the loader on another piece left the resident set larger, growing with the input."""
    if (trim := _libc_trim()) is not None:
        trim(0)


class RdfBackend(Backend):
    """Persistent, transactional RDF store; ``path=None`` keeps it in memory."""

    name = "rdf"

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is not None:
                self.path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(self.path))
            else:
                self._ox = ox.Store()
        except OSError as exc:
            hint = " (is another kg process using it?)" if "lock" in str(exc).lower() else ""
            raise BackendError(f"cannot open the store at {self.path}: {exc}{hint}") from None
        self.dataset = rdflib.Dataset(store=OxigraphStore(store=self._ox), default_union=True)
        for prefix, ns in rdfmap.PREFIXES.items():
            self.dataset.bind(prefix, ns)
        self._ensure_taxonomy()
        if self._drop_unfinished():
            self._rebuild_index()
        self._ensure_index()

    def _ensure_taxonomy(self) -> None:
        graph = ox.NamedNode(rdfmap.TAXONOMY_GRAPH)
        if not self._ox.contains_named_graph(graph):
            self._ox.load("\n".join(rdfmap.taxonomy_nquads()), format=ox.RdfFormat.N_QUADS)

    # -- writing ---------------------------------------------------------
    def load(self, records: Iterable[Record], progress: Progress | None = None) -> LoadReport:
        """Write documents in batches; a document's old version stays until its new one is complete.

        Records are turned into N-Quads one by one and appended to a spool
        file in the store's folder; another thread bulk-loads each file whole
        with Oxigraph's bulk loader (fast, not atomic) while the next is
        written (:mod:`kg.backends.rdf_load`).  A new document counts as
        loaded once its marker triple (the document's type, in its own graph)
        is in: a batch's markers go in after its files, in one transaction.
        A document already present is compared with its new version: when
        they differ, the triples to add and to drop wait in two graphs of
        their own (:func:`kg.rdfmap.staging_graph`,
        :func:`kg.rdfmap.retiring_graph`) and one update per document applies
        them.  Index entries computed from the records are written with a
        batch once many entities wait for theirs (and with the last); once a
        batch fails, no later one is committed.  The index version marker is
        removed first and put back once the index has caught up: a failed
        load recomputes the entries it may have left wrong, and a killed one
        leaves unmarked graphs and an index without its marker, which the
        next open drops and rebuilds.
        """
        started = time.perf_counter()
        self._invalidate_index()
        run = Loading(self, progress)
        try:
            for rec in records:
                run.add(rec)
            run.finish()
        except BaseException:
            run.abandon()
            self._drop_unfinished()
            raise
        finally:
            run.close()
            self._rebuild_index(run.pending)
            self._ox.flush()
        run.report.seconds = time.perf_counter() - started
        return run.report

    def _changes(self, doc_iri: str, text: str, pending: set[str]) -> bytes:
        """N-Quads of what a present document gains (in its staging graph) and loses (in its retiring graph); empty when unchanged.

        The lines of ``text`` are compared with the stored graph as Oxigraph
        writes it; only the lines that differ are compared term by term (the
        same literal may be escaped otherwise).  The entities whose index
        entries can shrink with what the document loses go to ``pending``,
        with the regions and beneficiaries of the measures that change.
        """
        graph = ox.NamedNode(doc_iri)
        suffix = f" <{doc_iri}> ."
        new = {line.removesuffix(suffix) + " ." for line in text.split("\n")[:-1]}
        old = set(self._ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph).decode().split("\n")[:-1])
        if new == old:
            return b""

        def triples(lines: set[str]) -> set[tuple[Any, Any, Any]]:
            return {(t.subject, t.predicate, t.object) for t in ox.parse("\n".join(lines).encode(), format=ox.RdfFormat.N_TRIPLES)}

        gained, lost = triples(new - old), triples(old - new)
        gained, lost = gained - lost, lost - gained
        if not gained and not lost:
            return b""
        named: dict[str, set[str]] = {}  # measure IRI -> its regions' and beneficiaries', in either version
        for line in old | new:
            for link in _REGION_OR_BENEFICIARY:
                if link in line:
                    m, p = line[1:-3].split(">" + link)
                    named.setdefault(m, set()).add(p)
        for s, _, _ in lost:
            if identity.kind_of(s.value) in ENTITY_KINDS:
                pending.add(s.value)
        for s, _, _ in lost | gained:
            if identity.kind_of(s.value) == "measure":  # its regions offered its categories and count it; its beneficiaries list it
                pending.update(named.get(s.value, ()))
        staging, retiring = ox.NamedNode(rdfmap.staging_graph(doc_iri)), ox.NamedNode(rdfmap.retiring_graph(doc_iri))
        quads = [ox.Quad(s, p, o, staging) for s, p, o in gained] + [ox.Quad(s, p, o, retiring) for s, p, o in lost]
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)

    def _commit(self, written: list[Future[None]], stale: list[ox.Quad], markers: str, swaps: list[str]) -> None:
        """Finish a batch once its quads (documents, then index entries) are ``written``: new documents' markers, then swaps."""
        for piece in written:
            piece.result()  # done: the writer runs in order; a failed one stops the batch before its markers
        for quad in stale:
            self._ox.remove(quad)
        fault("swap")
        if markers:
            self._ox.load(markers, format=ox.RdfFormat.N_QUADS)
        for doc_iri in swaps:
            # one transaction per document: a larger one reads its own writes slowly
            self._ox.update(SWAP.format(doc=doc_iri, staging=rdfmap.staging_graph(doc_iri), retiring=rdfmap.retiring_graph(doc_iri)))

    def bulk_load(self, nquads: Path) -> None:
        """Write an N-Quads file with Oxigraph's bulk loader (fast, not atomic: see :meth:`load`), then remove it.

        Lenient: kg wrote the file (IRIs escaped by kg.identity, literals by
        kg.rdfmap.lit), so the parser skips re-validating each IRI, a quarter
        of the loader's CPU time.
        """
        self._ox.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS, lenient=True)
        nquads.unlink()
        _release_freed()

    def _index_delta(self, fresh: dict[str, entity_index.Entry], benefits: Iterable[tuple[str, entity_index.Benefit]],
                     known: OrderedDict[str, frozenset[Fact]], remember: bool, unstored: Callable[[str], bool],
                     write: Callable[[bytes], None], renamed: Callable[[str], None]) -> list[ox.Quad]:
        """``write`` the index quads (N-Quads, an entity at a time) that merge ``fresh`` into the stored entries; return the stored quads they replace.

        Then the :data:`~kg.backends.entity_index.BENEFIT_ROW` facts of the
        ``benefits`` (enterprise IRI, measure naming it), with the merged names.  An entity whose name changes is
        ``renamed``: the rows of other documents that name it are recomputed
        once the load is done.

        The stored entries' :data:`~kg.backends.entity_index.MERGED` facts
        are read with one query per INDEX_CHUNK entities, but for those
        ``unstored`` says have no entry; ``known`` holds
        those facts of the entities this load wrote last (at most
        KNOWN_ENTRIES of them), so that recurring ones are not read again;
        they are added to it when ``remember`` (not at a load's last write).
        ``fresh`` is emptied as its entries are written, and the stored facts
        are read a chunk at a time, so merging takes no memory of its own.
        The facts that only grow are not remembered (they are most of an
        entry): those the batches since the last write gave are written again.  (Reads between bulk loads fill
        RocksDB's caches, by more the larger the store: 50 MB at 3 million triples.)
        """
        index = ox.NamedNode(rdfmap.INDEX_GRAPH)
        keep = max(KNOWN_ENTRIES, len(fresh))
        entities = list(fresh)
        stale: list[ox.Quad] = []
        names: dict[str, str] = {}
        for start in range(0, len(entities), INDEX_CHUNK):
            chunk = entities[start:start + INDEX_CHUNK]
            stored = self._merged_facts([x for x in chunk if x not in known and not unstored(x)])
            for x in chunk:
                old = known.pop(x, None)
                merged = stored.get(x, set()) if old is None else set(old)
                entry = fresh.pop(x)
                add, remove, kept = entity_index.delta(entry, merged)
                if remember:
                    known[x] = frozenset(kept)  # as the store holds them once this batch is in
                write(entity_index.nquads(x, add if old is None else add - old).encode())
                names.update((x, v) for p, v, _ in kept if p == entity_index.NAME)
                if remove:
                    stale += [ox.Quad(ox.NamedNode(x), ox.NamedNode(p), ox.NamedNode(v) if is_iri else ox.Literal(v), index) for p, v, is_iri in remove]
                    if any(p == entity_index.NAME for p, _, _ in remove):
                        renamed(x)
        rows: list[str] = []
        for x, benefit in benefits:  # once every entity's merged name is known
            if x in names:
                rows.extend(entity_index.nquad_lines(x, entity_index.benefit_rows((benefit,), names[x], names)))
                if len(rows) >= BENEFIT_ROWS:
                    write(("\n".join(rows) + "\n").encode())
                    rows = []
        if rows:
            write(("\n".join(rows) + "\n").encode())
        for _ in range(len(known) - keep):
            known.popitem(last=False)  # never this batch's: the next batch is prepared while this one is written
        return stale

    def _merged_facts(self, entities: list[str]) -> dict[str, set[Fact]]:
        """The stored :data:`~kg.backends.entity_index.MERGED` facts of ``entities`` (at most INDEX_CHUNK, asked in one
        query; IRIs from kg.identity, safe in it)."""
        out: dict[str, set[Fact]] = {}
        if entities:
            for x, p, v in self._ox.query(_MERGED % " ".join(f"<{x}>" for x in entities)):
                out.setdefault(x.value, set()).add((p.value, v.value, isinstance(v, ox.NamedNode)))
        return out

    def holds_documents(self) -> bool:
        return any(g.value not in (rdfmap.TAXONOMY_GRAPH, rdfmap.INDEX_GRAPH) for g in self._ox.named_graphs())

    def _entities_of(self, graph: ox.NamedNode) -> set[str]:
        rdf_type = ox.NamedNode(rdfmap.RDF_TYPE)
        return {q.subject.value for cls in ENTITY_CLASSES for q in self._ox.quads_for_pattern(None, rdf_type, cls, graph)}

    def _rebuild_index(self, entities: set[str] | None = None) -> None:
        """Recompute the index entries of the given entities (all when None, after :data:`MEASURE_LISTS`), then the category weights."""
        if entities is None:
            self._run(MEASURE_LISTS + ENTITY_STEPS, "")
        else:
            self._index_entities(entities)
        self._run(GLOBAL_STEPS, "")

    def _index_entities(self, pending: set[str]) -> None:
        """Bring the index entries of the ``pending`` entities up to date, a chunk per update, then empty it.

        The entity IRIs come from :mod:`kg.identity`, which escapes every
        character an IRI may not hold, so they are safe in the update text.
        """
        ordered = sorted(pending)
        for start in range(0, len(ordered), INDEX_CHUNK):
            self._run(ENTITY_STEPS, "VALUES ?x { " + " ".join(f"<{e}>" for e in ordered[start:start + INDEX_CHUNK]) + " }")
            self._ox.flush()  # the updates' writes wait in memory until flushed
        pending.clear()

    def _run(self, steps: tuple[str, ...], values: str) -> None:
        names = dict(kg=rdfmap.KG, index=rdfmap.INDEX_GRAPH, taxonomy=rdfmap.TAXONOMY_GRAPH, values=values, version=INDEX_VERSION, unit=WEIGHT_UNIT,
                     bits=category_bit_values(), type_labels=type_label_values(), category=identity.category_iri(""))
        for step in steps:
            fault("index")
            self._ox.update((INDEX_PREFIXES + step).format(**names))

    def _invalidate_index(self) -> None:
        self._ox.update((INDEX_PREFIXES + INVALIDATE).format(kg=rdfmap.KG, index=rdfmap.INDEX_GRAPH))

    def _ensure_index(self) -> None:
        """Re-index a store written by a version whose index held other facts."""
        version = ox.Literal(str(INDEX_VERSION), datatype=ox.NamedNode(XSD + "integer"))
        index = ox.NamedNode(rdfmap.INDEX_GRAPH)
        current = self._ox.quads_for_pattern(index, ox.NamedNode(rdfmap.KG + "indexVersion"), version, index)
        if next(iter(current), None) is None and self.holds_documents():
            with reindexing(f"the store at {self.path}" if self.path is not None else "the in-memory store"):
                self._rebuild_index()

    def _drop_unfinished(self) -> list[ox.NamedNode]:
        """Remove the graphs a load cut short left without their completion marker (staging graphs included)."""
        marked = {str(r[0]) for r in self._ox.query("SELECT ?g WHERE { GRAPH ?g { ?g a <%sDocument> } }" % rdfmap.KG)}
        unfinished = [g for g in self._ox.named_graphs() if str(g) not in marked and g.value not in (rdfmap.TAXONOMY_GRAPH, rdfmap.INDEX_GRAPH)]
        for g in unfinished:
            self._ox.remove_graph(g)
        return unfinished

    def remove(self, doc_id: str) -> bool:
        """Drop the document's graph in one transaction; the index follows as after a load."""
        graph = ox.NamedNode(identity.document_iri(doc_id))
        if not self._ox.contains_named_graph(graph):
            return False
        changed = self._entities_of(graph)
        self._invalidate_index()
        self._ox.remove_graph(graph)
        self._rebuild_index(changed)
        self._ox.flush()
        return True

    # -- reading ---------------------------------------------------------
    def documents(self) -> list[str]:
        rows = self._select("SELECT ?id WHERE { ?d a kg:Document ; kg:docId ?id }")
        return sorted(str(r[0]) for r in rows)

    def stats(self) -> dict[str, int]:
        out = {t: 0 for t in COUNTED_TYPES}
        for t, n in self._select(
            "SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?t } GROUP BY ?t"
        ):
            local = str(t).removeprefix(rdfmap.KG)
            if local in out:
                out[local] = int(n)
        for rel, prop in COUNTED_RELATIONS.items():
            (n,) = next(iter(self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s {prop} ?o }} }}")))
            out[rel] = int(n)
        return out

    def _select(self, sparql: str, bindings: Mapping[str, rdflib.term.Identifier] | None = None) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self.dataset.query(sparql, initBindings=bindings or {})]

    def query(self, name: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a stored query natively in Oxigraph, reading no more rows than ``limit``.

        Results stream: a query whose last step is cheap per row (see
        ``similar-places.rq``) costs little beyond the rows it returns.
        """
        stored = queries.get(name)
        bound = stored.bind(params)
        substitutions = {ox.Variable(k): _term(v) for k, v in bound.items() if k != "limit"}
        text, order = stored.sparql_order()  # a final ORDER BY is applied here, to the rows read
        result = self._ox.query(text, substitutions=substitutions, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)
        columns = [v.value for v in result.variables]
        limit = bound.get("limit")
        solutions = result if order or limit is None or limit < 0 else itertools.islice(result, limit)
        rows = [[_value(term) for term in row] for row in solutions]  # iterating a row is much cheaper than indexing it
        return QueryResult(*stored.shape(*stored.arrange(columns, rows, order), bound))

    def records(self, doc_ids: Iterable[str] | None = None) -> Iterator[Record]:
        yield from rdf_scan.records(self._ox, doc_ids if doc_ids is not None else self.documents())

    def flat_records(self, doc_ids: Iterable[str] | None = None) -> Iterator[FlatRecord]:
        yield from rdf_scan.flat_records(self._ox, doc_ids if doc_ids is not None else self.documents())

    # -- lookups for selections and similarity ---------------------------
    def names(self, kinds: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        """From the index graph: every name and alias once per entity; a place any document calls a zone is a Zone."""
        kinds = set(kinds)
        classes = " ".join(f"<{rdfmap.CLASS[t]}>" for t in sorted(rdf_rows.name_classes(kinds)))
        labels = self._ox.query(_NAMES % (classes, rdfmap.INDEX_GRAPH, rdfmap.KG)) if classes else ()
        return rdf_rows.names(labels, self._ox.query(_DOCUMENT_NAMES) if "Document" in kinds else (), kinds)

    def links(self, nodes: Iterable[str]) -> Iterator[Link]:
        """Read from the quad indexes: for each node only the properties its kind can have."""
        seen: set[Link] = set()
        rdf_type = ox.NamedNode(rdfmap.RDF_TYPE)
        for node in nodes:
            kind = identity.kind_of(node)
            out, into = LINKS_BY_KIND.get(kind or "", ENTITY_LINKS)
            term = ox.NamedNode(node)
            found: list[Link] = []
            for p in out:
                found += [(node, LINK_PROPERTIES[p], q.object.value) for q in self._ox.quads_for_pattern(term, ox.NamedNode(p), None, None)]
            for p in into:
                found += [(q.subject.value, LINK_PROPERTIES[p], node) for q in self._ox.quads_for_pattern(None, ox.NamedNode(p), term, None)
                          if kind != "document" or identity.kind_of(q.subject.value) == "measure"]  # not the evidence
            if kind == "document":
                found += [(node, "MENTIONS", q.subject.value) for q in self._ox.quads_for_pattern(None, rdf_type, None, term)
                          if q.object in ENTITY_CLASSES]
            elif kind not in LINKS_BY_KIND:
                found += [(q.graph_name.value, "MENTIONS", node) for q in self._ox.quads_for_pattern(term, rdf_type, None, None)
                          if q.object in ENTITY_CLASSES and identity.kind_of(q.graph_name.value) == "document"]
            yield from rdf_rows.new_links(found, seen)

    def degrees(self, nodes: Iterable[str]) -> dict[str, int]:
        """A hub's links are counted by the store, one query per node (a place or a document may have thousands)."""
        def counted(query: str, some: set[str]) -> dict[str, int]:
            return {n: sum(int(r["in"].value) + int(r["out"].value)
                           for r in self._ox.query(query, substitutions={ox.Variable("x"): ox.NamedNode(n)})) for n in some}

        return rdf_rows.degrees(self, nodes, counted)

    def documents_of(self, nodes: Iterable[str]) -> dict[str, set[str]]:
        """The document graphs that hold the node's facts (a category's: those of the measures that carry it)."""
        doc_ids: dict[str, str] = {}

        def doc_id(graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> str | None:
            if not isinstance(graph, ox.NamedNode) or identity.kind_of(graph.value) != "document":
                return None
            if graph.value not in doc_ids:
                found = next(iter(self._ox.quads_for_pattern(graph, ox.NamedNode(rdfmap.KG + "docId"), None, graph)), None)
                doc_ids[graph.value] = found.object.value if found is not None else ""
            return doc_ids[graph.value] or None

        out: dict[str, set[str]] = {}
        for node in set(nodes):
            term, kind = ox.NamedNode(node), identity.kind_of(node)
            if kind == "category":  # many measures, few documents: the store finds the distinct graphs
                graphs = (row[0] for row in self._ox.query(_CATEGORY_GRAPHS % (rdfmap.KG, node)))
            else:
                graphs = (q.graph_name for q in self._ox.quads_for_pattern(term, ox.NamedNode(rdfmap.RDF_TYPE), None, None))
            docs = {d for g in graphs if (d := doc_id(g)) is not None}
            if docs:
                out[node] = docs
        return out

    def named(self, spellings: Iterable[str], kinds: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        """Looked up in the index graph's label index, one spelling at a time."""
        label, rdf_type, index = ox.NamedNode(rdfmap.KG + "label"), ox.NamedNode(rdfmap.RDF_TYPE), ox.NamedNode(rdfmap.INDEX_GRAPH)
        rows = ((q.object, q.subject, t.object) for s in sorted(set(spellings))
                for q in self._ox.quads_for_pattern(None, label, ox.Literal(s), index)
                for t in self._ox.quads_for_pattern(q.subject, rdf_type, None, index))
        return rdf_rows.named(rows, set(kinds))

    def category_weights(self) -> dict[str, int]:
        """As the index graph holds them (``kg:weight``)."""
        codes = {identity.category_iri(c): c for c in taxonomy().categories}
        weight, index = ox.NamedNode(rdfmap.KG + "weight"), ox.NamedNode(rdfmap.INDEX_GRAPH)
        return {codes[q.subject.value]: int(q.object.value) for q in self._ox.quads_for_pattern(None, weight, None, index)
                if q.subject.value in codes}

    def place_categories(self, nodes: Iterable[str] | None = None) -> Iterator[tuple[str, str, str | None, frozenset[str]]]:
        """One row per place from the index graph (``kg:categoryCodes``, ``kg:name``, ``kg:level``)."""
        if nodes is None:
            for p, name, level, codes in self._ox.query(_PLACE_CATEGORIES):
                yield p.value, name.value, level.value if level is not None else None, frozenset(codes.value.strip(",").split(","))
            return
        index = ox.NamedNode(rdfmap.INDEX_GRAPH)

        def one(node: ox.NamedNode, prop: str) -> str | None:
            return min((q.object.value for q in self._ox.quads_for_pattern(node, ox.NamedNode(rdfmap.KG + prop), None, index)), default=None)

        for n in sorted(set(nodes)):
            term = ox.NamedNode(n)
            codes, name = one(term, "categoryCodes"), one(term, "name")
            if codes and name:
                yield n, name, one(term, "level"), frozenset(codes.strip(",").split(","))

    def category_masks(self, level: str | None = None) -> dict[int, int]:
        """Counted by the store over the index graph's ``kg:categoryMask``: short literals, read without string lookups."""
        if level is None:
            rows = self._ox.query(_CATEGORY_MASKS)
        else:
            rows = self._ox.query(_LEVEL_CATEGORY_MASKS, substitutions={ox.Variable("level"): ox.Literal(level)})
        return {int(row[0].value): int(row[1].value) for row in rows}

    def places_offering(self, masks: Iterable[int], level: str | None = None) -> Iterator[tuple[str, str, str | None, frozenset[str]]]:
        """Looked up by each mask in the index graph."""
        prop, index = ox.NamedNode(rdfmap.KG + "categoryMask"), ox.NamedNode(rdfmap.INDEX_GRAPH)
        nodes = {q.subject.value for m in set(masks) for q in self._ox.quads_for_pattern(None, prop, ox.Literal(str(m)), index)}
        return (row for row in self.place_categories(nodes) if level is None or row[2] == level)

    def place_measures(self, places: Iterable[str]) -> Iterator[PlaceMeasure]:
        """One query per place over its measures' own facts: no document is read whole."""
        for place in sorted(set(places)):
            yield from place_measures(self._ox.query(_PLACE_MEASURES, substitutions={ox.Variable("p"): ox.NamedNode(place)},
                                                     use_default_graph_as_union=True))

    def parts(self, nodes: Iterable[str]) -> Iterator[Part]:
        """Looked up in the quad indexes: each node's own quads, its evidence and its documents' descriptions; no document is read whole."""
        found: dict[str, list[tuple[str, str, object]]] = {}  # document graph -> the triples read from it

        documents: dict[Any, list[tuple[str, str, object]] | None] = {}  # graph name -> its triples; None: not a document

        def keep(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
            kept = []
            for q in quads:
                g = q.graph_name
                if g not in documents:
                    is_doc = isinstance(g, ox.NamedNode) and identity.kind_of(g.value) == "document"
                    documents[g] = found.setdefault(g.value, []) if is_doc else None
                triples = documents[g]
                if triples is not None:
                    triples.append((q.subject.value, q.predicate.value, _native(q.object)))
                    kept.append(q)
            return kept

        def evidence(about: ox.NamedNode) -> None:
            for q in keep(self._ox.quads_for_pattern(None, _ABOUT, about, None)):
                keep(self._ox.quads_for_pattern(q.subject, None, None, q.graph_name))

        nodes = set(nodes)
        entities: set[str] = set()
        for m in sorted(n for n in nodes if identity.kind_of(n) == "measure"):
            entities.update(q.object.value for q in keep(self._ox.quads_for_pattern(ox.NamedNode(m), None, None, None))
                            if q.predicate.value in _NAMING)
        entities.update(n for n in nodes if identity.kind_of(n) in _ENTITY_KINDS)
        for e in sorted(entities):
            term = ox.NamedNode(e)
            keep(q for q in self._ox.quads_for_pattern(term, None, None, None)
                 if q.predicate not in _RELATIONS or q.object.value in entities)
            evidence(term)
            for q in self._ox.quads_for_pattern(None, _STATED_SUBJECT, term, None):  # a relation's evidence hangs on its statement
                ends = self._ox.quads_for_pattern(q.subject, _STATED_OBJECT, None, q.graph_name)
                if any(o.object.value in entities for o in ends):
                    evidence(q.subject)
        docs = set(found) | {n for n in nodes if identity.kind_of(n) == "document"}
        ids: dict[str, str] = {}
        for d in docs:
            term = ox.NamedNode(d)
            for q in keep(self._ox.quads_for_pattern(term, None, None, term)):
                if q.predicate.value == rdfmap.KG + "docId":
                    ids[d] = q.object.value
        for d in sorted(ids, key=ids.__getitem__):
            triples = found[d]
            positions = sorted(int(o) for s, p, o in triples if p == rdfmap.KG + "index" and identity.kind_of(s) == "measure")  # type: ignore[call-overload]
            yield Part(rdfmap.graph_to_record(ids[d], iter(triples)), tuple(positions))

    def triples_count(self) -> int:
        return len(self._ox)

    def close(self) -> None:
        if self._ox is None:
            return
        self._ox.flush()
        # rdflib's Dataset keeps reference cycles to its store; the on-disk
        # lock is released only when the Oxigraph store is really freed.
        del self.dataset
        self._ox = None  # type: ignore[assignment]
        gc.collect()


def _term(value: Any) -> ox.Literal:
    """A bound parameter: lists travel as one comma-joined string (see kg.queries)."""
    if isinstance(value, list):
        return ox.Literal(",".join(value))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    return ox.Literal(str(value))


_STRING = ox.NamedNode(XSD + "string")


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Any:
    """A result cell as a plain value: numbers rounded to 6 decimals, whole decimals as int.

    Most cells are IRIs and plain strings, tested first: a query's rows may hold 10^5 of them.
    """
    if term is None:
        return None
    if type(term) is not ox.Literal:
        return term.value
    datatype = term.datatype
    if datatype == _STRING:
        return term.value
    kind = datatype.value.removeprefix(XSD)
    if kind in INTEGER_TYPES:
        return int(term.value)
    if kind in ("double", "float"):
        return round(float(term.value), 6)
    if kind == "decimal":
        f = float(term.value)
        return int(f) if f.is_integer() else round(f, 6)
    if kind == "boolean":
        return term.value in ("true", "1")
    return term.value

