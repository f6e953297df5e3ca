"""One run of the embedded store's load: records stream to the bulk loader, so memory does not grow with the input.

Each record is turned into N-Quads as it comes; the text goes to a writer
thread in pieces of about BULK_PIECE bytes, at most WRITE_DEPTH of them
waiting, so no batch is ever held whole.  A batch only decides when documents
become visible: when it has about BATCH_FACTS facts, its index quads and its
new documents' completion markers are written after its pieces
(:meth:`kg.backends.rdf.RdfBackend._commit`), and what it remembered of its
documents is let go.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left
from collections import OrderedDict, deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

import pyoxigraph as ox

from .. import identity, rdfmap
from ..model import Record
from . import LoadReport, Progress, entity_index
from .entity_index import Fact

if TYPE_CHECKING:
    from .rdf import RdfBackend

#: facts per batch (a measure counts as eight, as kg.backends.batches counts them): how many documents become
#: visible at once, and how often the entries of recurring entities are merged and written again
BATCH_FACTS = 50_000
#: bytes of N-Quads per call of the bulk loader, which holds what one call parses several times over (sorted for each
#: quad index): 4 MB calls take 50 MB less peak memory than 23 MB ones
BULK_PIECE = 4 << 20
#: writes queued for the writer thread at most: the main thread makes the next piece while one is written
WRITE_DEPTH = 2


class Hashes:
    """A set of strings kept as their hashes, about 16 bytes each (a set of ints takes 70): what a load remembers of each document or entity.

    Most are in one sorted array; the latest in a set, merged into it when it
    holds an eighth as many (so merging costs O(n log n) in all).
    """

    def __init__(self) -> None:
        self._sorted = array("q")
        self._latest: set[int] = set()

    def __contains__(self, key: str) -> bool:
        h = hash(key)
        i = bisect_left(self._sorted, h)
        return h in self._latest or (i < len(self._sorted) and self._sorted[i] == h)

    def add(self, key: str) -> bool:
        """Add ``key``; False when it was there already."""
        if key in self:
            return False
        self._latest.add(hash(key))
        if len(self._latest) > max(1024, len(self._sorted) >> 3):
            self._sorted = array("q", heapq.merge(self._sorted, sorted(self._latest)))  # no list of all of them
            self._latest.clear()
        return True


class Writer:
    """A thread that runs writes in the order given; a caller handing it more than WRITE_DEPTH waits for the oldest."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._queued: deque[Future[None]] = deque()

    def submit(self, fn: Callable[..., None], *args: Any) -> Future[None]:
        while len(self._queued) >= WRITE_DEPTH:
            self._queued.popleft().result()  # a failed write stops the load here
        future = self._pool.submit(fn, *args)
        self._queued.append(future)
        return future

    def shutdown(self) -> None:
        """Wait for what was handed over (what a load cut short wrote is dropped as unfinished)."""
        self._pool.shutdown()


@dataclass
class Batch:
    """Documents that become visible together, and what their commit needs."""

    docs: set[str] = field(default_factory=set)  # ids of its documents
    records: int = 0
    facts: int = 0
    chunks: list[bytes] = field(default_factory=list)  # N-Quads not yet handed to the writer
    size: int = 0  # their bytes
    pieces: list[Future[None]] = field(default_factory=list)  # the bulk loads of its documents' quads
    markers: list[str] = field(default_factory=list)  # of its new documents
    swaps: list[str] = field(default_factory=list)  # IRIs of present documents whose changes wait in their staging and retiring graphs
    fresh: dict[str, entity_index.Entry] = field(default_factory=dict)  # what its documents add to each entity's entry
    entities: set[str] = field(default_factory=set)  # whose index entries its commit writes
    done: Future[None] | None = None  # its commit, until it is settled


class Loading:
    """The state of one load: its report, the writer and the batch being filled, the one being committed."""

    def __init__(self, store: RdfBackend, progress: Progress | None) -> None:
        self.store, self.progress = store, progress
        self.report = LoadReport()
        self.pending: set[str] = set()  # entities whose entries can shrink: recomputed by the index steps once the load is done
        self.known: OrderedDict[str, frozenset[Fact]] = OrderedDict()  # see RdfBackend._index_delta
        self.seen = Hashes()  # of the documents' ids, to count each document once
        #: the entities whose index entries this load wrote, when it began with no document (so no entry to read
        #: back): None when any entity may have one
        self.indexed: Hashes | None = None if store.holds_documents() else Hashes()
        self.writer = Writer()
        self.batch = Batch()
        self.previous: Batch | None = None

    def add(self, rec: Record) -> None:
        """Write one record into the current batch (a document already in it, or being committed, waits for that)."""
        if rec.doc_id in self.batch.docs:  # its first version goes in before the second is compared with it
            self.end()
            self.settle(self.previous)
        elif self.previous is not None and rec.doc_id in self.previous.docs:
            self.settle(self.previous)
        batch = self.batch
        batch.docs.add(rec.doc_id)
        batch.records += 1
        batch.facts += len(rec.entities) + len(rec.measures) * 8 + len(rec.relations)
        self._write_record(rec, batch)
        if batch.facts >= BATCH_FACTS:
            self.end()

    def _write_record(self, rec: Record, batch: Batch) -> None:
        doc_iri = identity.document_iri(rec.doc_id)
        present = self.store._ox.contains_named_graph(ox.NamedNode(doc_iri))
        if self.seen.add(rec.doc_id):
            self.report.documents += 1
            self.report.replaced += int(present)
        terms = rdfmap.entity_terms(rec)
        text = rdfmap.record_text(rec, terms=terms)
        self.report.facts += text.count("\n")
        if present:
            changes = self.store._changes(doc_iri, text, self.pending)
            if not changes:
                return  # already at this version
            batch.swaps.append(doc_iri)
            self._write(batch, changes)
        else:
            marker, _, rest = text.partition("\n")  # the document's type triple comes first: it marks the graph complete
            batch.markers.append(marker)
            self._write(batch, rest.encode())
        entity_index.add_record(batch.fresh, rec, terms, counted=not present)  # a stored document's measures are counted

    def _write(self, batch: Batch, nquads: bytes) -> None:
        batch.chunks.append(nquads)
        batch.size += len(nquads)
        if batch.size >= BULK_PIECE:
            self._hand_over(batch)

    def _hand_over(self, batch: Batch) -> None:
        """Give the batch's N-Quads made so far to the writer."""
        if batch.chunks:
            data = b"".join(batch.chunks)
            batch.chunks.clear()
            batch.size = 0
            for piece in pieces(data, BULK_PIECE):
                batch.pieces.append(self.writer.submit(self.store.bulk_load, piece))

    def end(self) -> None:
        """Commit the current batch after its pieces, then wait for the one before (its entries are remembered in ``known``)."""
        batch = self.batch
        self.batch = Batch()
        if not batch.records:
            return
        fresh = {x: entry for x, entry in batch.fresh.items() if x not in self.pending}
        batch.fresh = {}
        batch.entities = set(fresh)
        stale = self.store._index_delta(fresh, self.known, self._unstored, lambda nquads: self._write(batch, nquads))
        if self.indexed is not None:
            for x in fresh:
                self.indexed.add(x)
        del fresh
        self._hand_over(batch)
        batch.done = self.writer.submit(self.store._commit, batch.pieces, stale, "\n".join(batch.markers), batch.swaps)
        batch.pieces, batch.markers, batch.swaps = [], [], []
        waiting, self.previous = self.previous, batch
        self.settle(waiting)

    def _unstored(self, entity: str) -> bool:
        """Whether the entity surely has no stored index entry to merge with."""
        return self.indexed is not None and entity not in self.indexed

    def settle(self, batch: Batch | None) -> None:
        """Wait for a batch's commit; when it failed, its entities' entries are recomputed."""
        if batch is None or batch.done is None:
            return
        done, batch.done = batch.done, None
        try:
            done.result()
        except BaseException:
            self.pending.update(batch.entities)
            raise
        if self.progress:
            self.progress(batch.records)

    def finish(self) -> None:
        self.end()
        self.settle(self.previous)

    def abandon(self) -> None:
        """After a failure: let the writer finish what it was given, and note the entries a failed commit may have cut short."""
        self.writer.shutdown()
        try:
            self.settle(self.previous)
        except Exception:  # noqa: S110 - the load's own error is the one raised
            pass


def pieces(data: bytes, size: int) -> list[bytes]:
    """``data`` (N-Quads) cut after the first line end past each ``size`` bytes: whole lines only."""
    out, start = [], 0
    while start < len(data):
        end = data.find(b"\n", start + size - 1)
        end = len(data) if end < 0 else end + 1
        out.append(data[start:end])
        start = end
    return out
