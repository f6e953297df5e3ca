"""One run of the embedded store's load: records stream to the bulk loader through a file, so memory does not grow with the input.

Each record is turned into N-Quads as it comes and appended to its batch's
spool file; when the batch has about BATCH_FACTS facts, its index quads
follow, and a writer thread bulk-loads the file in one call and commits the
batch (:meth:`kg.backends.rdf.RdfBackend._commit`) while the next batch is
spooled.  One bulk load per batch, rather than one per few megabytes, is what
keeps both the time and RocksDB's file count (whose per-file memory is the
part of the peak that grows with the store) low; what the batch remembered
of its documents is let go once it is committed.
"""

from __future__ import annotations

import heapq
import marshal
import os
import shutil
import tempfile
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

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
#: entities whose index entries wait to be written at most (about 2.5 KB each), but at the end of the load: past it, recurring
#: entities are read back and written again at each flush (at 50,000 entities, 30,000 here took 40% more CPU)
INDEX_ENTITIES = 60_000
#: bytes of N-Quads per call of the bulk loader, which holds what one call parses several times over (about 5
#: bytes of memory per byte of N-Quads): a few megabytes per call cost no more time than one call for all
BULK_FILE = 8 << 20
#: what the folders of a load's spool files are called (in the store's folder: a killed load's are removed by the next)
SPOOL_PREFIX = "kg-load-"
#: bytes a spool file buffers before writing
SPOOL_BUFFER = 1 << 20


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


class Spool:
    """N-Quads appended to a file as they are made, for one call of the bulk loader on the whole file."""

    def __init__(self, folder: Path) -> None:
        fd, name = tempfile.mkstemp(suffix=".nq", dir=folder)
        self.path = Path(name)
        self.size = 0
        self._file: BinaryIO = os.fdopen(fd, "wb", buffering=SPOOL_BUFFER)

    def write(self, nquads: bytes | memoryview) -> None:
        self._file.write(nquads)
        self.size += len(nquads)

    def close(self) -> Path:
        self._file.close()
        return self.path


class Benefits:
    """The measures naming an enterprise (kg.backends.entity_index.Benefit, with the measure's text: about 400 bytes each) since
    the index entries were last written, kept on disk until then, so that they are written once per load without memory
    growing with the input."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._file: BinaryIO = tempfile.TemporaryFile(dir=folder)

    def add(self, rows: list[tuple[str, entity_index.Benefit]]) -> None:
        if rows:
            marshal.dump(rows, self._file)

    def drain(self) -> Iterator[tuple[str, entity_index.Benefit]]:
        """The rows added since the last drain, as (enterprise IRI, benefit); the file starts empty again."""
        spooled, self._file = self._file, tempfile.TemporaryFile(dir=self.folder)
        with spooled:
            spooled.seek(0)
            while True:
                try:
                    rows = marshal.load(spooled)
                except EOFError:
                    return
                yield from rows

    def close(self) -> None:
        self._file.close()


@dataclass
class Batch:
    """Documents that become visible together, and what their commit needs."""

    docs: set[str] = field(default_factory=set)  # ids of its documents
    records: int = 0
    facts: int = 0
    pieces: list[Future[None]] = field(default_factory=list)  # the bulk loads of its spool files
    markers: list[str] = field(default_factory=list)  # of its new documents
    swaps: list[str] = field(default_factory=list)  # IRIs of present documents whose changes wait in their staging and retiring graphs
    entities: set[str] = field(default_factory=set)  # whose index entries its commit writes
    links: set[entity_index.Link] = field(default_factory=set)  # the index's relation links its records give, written with it
    done: Future[None] | None = None  # its commit, until it is settled


def spool_folder(store: Path | None) -> Path:
    """A new folder for a load's spool files: in the store's folder (on disk, never in memory), where a killed load's are removed first."""
    if store is None:
        return Path(tempfile.mkdtemp(prefix=SPOOL_PREFIX))
    for stale in store.glob(SPOOL_PREFIX + "*"):
        shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=SPOOL_PREFIX, dir=store))


class Loading:
    """The state of one load: its report, the writer thread, the batch being spooled and the one being committed."""

    def __init__(self, store: RdfBackend, progress: Progress | None) -> None:
        self.store, self.progress = store, progress
        self.report = LoadReport()
        self.pending: set[str] = set()  # entities whose entries can shrink: recomputed by the index steps once the load is done
        self.known: OrderedDict[str, frozenset[Fact]] = OrderedDict()  # see RdfBackend._index_delta
        self.fresh: dict[str, entity_index.Entry] = {}  # what the documents spooled add to each entity's entry, not yet written
        self.seen = Hashes()  # of the documents' ids, to count each document once
        #: of the relation links an earlier batch wrote: most recur in every batch (an agency under its zone, a zone in
        #: its province), and writing them again cost the bulk loader 5% more quads at 10^5 measures
        self.linked = Hashes()
        #: the entities whose index entries this load wrote, when it began with no document (so no entry to read
        #: back): None when any entity may have one
        self.indexed: Hashes | None = None if store.holds_documents() else Hashes()
        self.folder = spool_folder(store.path)
        self.writer = ThreadPoolExecutor(max_workers=1)  # runs the bulk loads and commits in order, while the next are spooled
        self.spool = Spool(self.folder)
        self.benefits = Benefits(self.folder)  # the enterprise-links rows of the documents in ``fresh``
        self.batch = Batch()
        self.previous: Batch | None = None
        self.broken = False  # a commit failed: the later ones are refused

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
        # a load into a store without documents finds one only when it wrote it already (and settled it: see add)
        maybe_stored = self.indexed is None or rec.doc_id in self.seen
        present = maybe_stored and self.store._ox.contains_named_graph(ox.NamedNode(doc_iri))
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
            data = text.encode()  # one copy of a large text (the rest is a view of it), not two
            end = data.index(b"\n")  # the document's type triple comes first: it marks the graph complete
            batch.markers.append(data[:end].decode())
            self._write(batch, memoryview(data)[end + 1:])
        benefits: list[tuple[str, entity_index.Benefit]] = []
        # a stored document's measures are counted, and its rows recomputed
        entity_index.add_record(self.fresh, rec, terms, counted=not present, relations=batch.links, benefits=benefits)
        self.benefits.add(benefits)

    def _write(self, batch: Batch, nquads: bytes | memoryview) -> None:
        self.spool.write(nquads)
        if self.spool.size >= BULK_FILE:
            self._hand_over(batch)

    def _hand_over(self, batch: Batch) -> None:
        """Give the spool file to the writer to bulk-load, and start another."""
        if self.spool.size:
            batch.pieces.append(self.writer.submit(self.store.bulk_load, self.spool.close()))
            self.spool = Spool(self.folder)

    def end(self, last: bool = False) -> None:
        """Commit the current batch after its spool files, then wait for the one before.

        The index entries its documents add to are written with it when
        INDEX_ENTITIES entities wait for theirs, or when it is the ``last``
        (until the load is done, the index is marked out of date, so that a
        load cut short leaves one that is rebuilt): an entity then gets its
        entry written once per many batches, not once per batch.  The last
        batch may hold index entries only.
        """
        batch = self.batch
        flush = bool(self.fresh) and (last or len(self.fresh) >= INDEX_ENTITIES)
        if not batch.records and not flush:
            return
        stale: list[ox.Quad] = []
        if batch.links:
            batch.entities.update(x for x, _, _ in batch.links)  # from here on, a failure recomputes them (see abandon)
            self._write(batch, entity_index.link_nquads(x for x in batch.links if self.linked.add("\x1f".join(x))).encode())
            batch.links = set()
        if flush:
            fresh = {x: entry for x, entry in self.fresh.items() if x not in self.pending}
            self.fresh = {}
            batch.entities.update(fresh)
            stale = self.store._index_delta(fresh, self.benefits.drain(), self.known, not last, self._unstored,
                                            lambda nquads: self._write(batch, nquads), self.pending.add)
            if self.indexed is not None:
                for x in batch.entities:
                    self.indexed.add(x)
        self._hand_over(batch)
        batch.done = self.writer.submit(self._commit, batch.pieces, stale, "\n".join(batch.markers), batch.swaps)
        batch.pieces, batch.markers, batch.swaps = [], [], []
        self.batch = Batch()
        waiting, self.previous = self.previous, batch
        self.settle(waiting)

    def _commit(self, written: list[Future[None]], stale: list[ox.Quad], markers: str, swaps: list[str]) -> None:
        """Commit a batch (on the writer thread), unless one before failed: its index entries may count that one's documents."""
        if self.broken:
            raise RuntimeError("an earlier batch of this load failed")
        try:
            self.store._commit(written, stale, markers, swaps)
        except BaseException:
            self.broken = True
            raise

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
        self.end(last=True)
        self.settle(self.previous)

    def abandon(self) -> None:
        """After a failure: let the writer finish what it was given, and note the entries left unwritten or cut short by a failed commit."""
        self.pending.update(self.fresh)
        self.pending.update(self.batch.entities)  # a batch cut short before its commit was handed over
        self.writer.shutdown()
        try:
            self.settle(self.previous)
        except Exception:  # noqa: S110 - the load's own error is the one raised
            pass

    def close(self) -> None:
        """Once the writer is done: remove the spool files."""
        self.writer.shutdown()
        self.spool.close()
        self.benefits.close()
        shutil.rmtree(self.folder, ignore_errors=True)
