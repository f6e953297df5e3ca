"""Bulk export for ``neo4j-admin database import full``: CSV files and the command that loads them.

For a large corpus an offline import into an empty database is far faster
than transactional loading.  The files describe the same graph that
:class:`kg.backends.neo4j.Neo4jBackend` writes (docs/graph-model.md, plus the
``MENTIONS`` provenance relationships), so the backend can read, extend and
replace documents of an imported database.

The records are read once and streamed: documents, measures, their links and
mentions go to their files as they come, and each document's statements of
entity relationships wait on disk (a temporary SQLite table, read back sorted)
until the relationship files are written.  Memory grows only with the
distinct entities (one summary each), never with the number of measures or
documents.

Reading the records (a store's documents, record files) costs about as much
as writing them, so :func:`write_import_beside` writes in a second process
while this one reads: on two cores both run at once.
"""

from __future__ import annotations

import csv
import gc
import json
import marshal
import pickle
import re
import shlex
import sqlite3
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, closing, contextmanager
from functools import lru_cache
from itertools import chain, groupby
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from . import identity
from .backends.neo4j import KIND_LABEL, EntitySummary, category_list, combine, summarise
from .files import atomic_open
from .model import FlatRecord, Record
from .taxonomy import taxonomy

EXPORT_FORMAT = "neo4j-import"
#: candidates for the array delimiter, the first one absent from every array value is used
ARRAY_DELIMITERS = (";", "|", "\x1f")
ENTITY_HEADER = ("id:ID", ":LABEL", "name", "aliases:string[]", "code", "level", "docs:string[]")
NODE_HEADERS: dict[str, tuple[str, ...]] = {
    "Place": (*ENTITY_HEADER, "codes:string[]"),
    "Agency": ENTITY_HEADER,
    "Enterprise": ENTITY_HEADER,
    "PolicyDocument": ENTITY_HEADER,
    "Document": ("id:ID", ":LABEL", "doc_id", "title", "publisher", "date", "source"),
    "Measure": ("id:ID", ":LABEL", "doc_id", "pos:int", "text", "summary", "section", "amount_cny:float", "cap_cny:float", "start:int", "end:int",
                "categories"),
    "Category": ("id:ID", ":LABEL", "code", "zh", "en", "group"),
    "CategoryGroup": ("id:ID", ":LABEL", "code", "zh", "en"),
}
_ENDS = (":START_ID", ":END_ID", ":TYPE")
_EVIDENCE = ("docs:string[]", "subjects:string[]", "objects:string[]", "texts:string[]", "starts:int[]", "ends:int[]")
REL_HEADERS: dict[str, tuple[str, ...]] = {
    "MENTIONS": (*_ENDS, "pos:int", "name", "type", "aliases:string[]", "code", "text", "start:int", "end:int"),
    "LOCATED_IN": (*_ENDS, *_EVIDENCE),
    "PART_OF": (*_ENDS, *_EVIDENCE),
    "UNDER": (*_ENDS, *_EVIDENCE),
    "FROM_DOCUMENT": _ENDS,
    "REGION": (*_ENDS, "name"),
    "AGENCY": (*_ENDS, "pos:int", "name"),
    "POLICY_DOCUMENT": (*_ENDS, "pos:int", "name"),
    "HAS_CATEGORY": (*_ENDS, "pos:int"),
    "BENEFITS": (*_ENDS, "pos:int", "name"),
    "IN_GROUP": _ENDS,
}
COMMAND_FILE = "import-command.txt"


#: the one array column of the streamed files (MENTIONS.aliases): rows with aliases wait in a spool until the delimiter is known
_SPOOLED = "MENTIONS"
_SPOOLED_ARRAY = REL_HEADERS[_SPOOLED].index("aliases:string[]")
_DELIMITER_IN = re.compile("[" + re.escape("".join(ARRAY_DELIMITERS)) + "]")


class _Tables:
    """CSV files opened on their first row (a label or type with no rows gets no file), replaced atomically at the end."""

    def __init__(self, out: Path, stack: ExitStack) -> None:
        self.out, self.stack = out, stack
        self.writers: dict[str, Any] = {}
        self.spool: IO[str] = stack.enter_context(tempfile.TemporaryFile("w+", encoding="utf-8", newline="", dir=out))
        self.spool_writer = csv.writer(self.spool, lineterminator="\n")
        self.spooled = 0

    def _writer(self, name: str) -> Any:
        w = self.writers.get(name)
        if w is None:
            f = self.stack.enter_context(atomic_open(self.out / f"{name}.csv"))
            w = self.writers[name] = csv.writer(f, lineterminator="\n")
            w.writerow(NODE_HEADERS.get(name) or REL_HEADERS[name])
        return w

    def row(self, name: str, values: list[Any]) -> None:
        """One row; list values only in the spooled column (other arrays go through :meth:`array_rows`)."""
        if name == _SPOOLED and values[_SPOOLED_ARRAY]:
            values[_SPOOLED_ARRAY] = json.dumps(values[_SPOOLED_ARRAY], ensure_ascii=False)
            self.spool_writer.writerow(values)
            self.spooled += 1
            return
        self._writer(name).writerow(values)  # the csv module writes None as an empty cell

    def rows(self, name: str, rows: Iterable[Sequence[Any]]) -> None:
        """Rows without array values (the csv module writes None as an empty cell)."""
        if rows:
            self._writer(name).writerows(rows)

    def array_rows(self, name: str, rows: Iterable[list[Any]], delimiter: str) -> None:
        for values in rows:
            self.row(name, [_cell(v, delimiter) if isinstance(v, list) else v for v in values])

    def unspool(self, delimiter: str) -> None:
        """Write the spooled MENTIONS rows with their aliases joined by ``delimiter``."""
        if not self.spooled:
            return
        self.spool.seek(0)
        w = self._writer(_SPOOLED)
        for values in csv.reader(self.spool):
            values[_SPOOLED_ARRAY] = _cell(json.loads(values[_SPOOLED_ARRAY]), delimiter)
            w.writerow(values)

    def names(self) -> set[str]:
        return set(self.writers)


class _Shared:
    """What documents share, folded as they stream by: entity summaries, relation evidence, category codes."""

    def __init__(self, stack: ExitStack) -> None:
        self.entities: dict[str, tuple[str, EntitySummary]] = {}  # id -> (label, summary)
        # "": a private database on disk, deleted when closed; SQLite's page cache bounds the memory it takes.
        # Read in a second thread at the end (:meth:`sorted_evidence`), one thread at a time
        self.evidence = stack.enter_context(closing(sqlite3.connect("", check_same_thread=False)))
        self.evidence.execute("CREATE TABLE ev (type TEXT, s TEXT, o TEXT, doc TEXT, subject TEXT, object TEXT, "
                              "text TEXT, start INTEGER, end INTEGER)")
        self.codes: set[str] = set()
        self.offered: dict[str, set[str]] = {}  # place id -> the codes of its measures' categories (the place's ``codes``)
        self.used: set[str] = set()  # array delimiters that occur in a streamed array value

    def arrays(self, values: Iterable[str]) -> None:
        """Note the candidate delimiters that occur in array values (one search for all of them)."""
        joined = "".join(values)
        if _DELIMITER_IN.search(joined):
            self.used.update(d for d in ARRAY_DELIMITERS if d in joined)

    def mentions(self, label_mentions: dict[str, tuple[str, list[tuple[Any, ...]]]]) -> None:
        """Fold one document's mentions (doc, pos, name, type, aliases, code) per node into the node summaries."""
        for node_id, (label, ms) in label_mentions.items():
            known = self.entities.get(node_id)
            if known is not None and _adds_only_the_document(known[1], ms):
                known[1].docs.append(ms[0][0])  # sorted when written
                continue
            new = summarise(node_id, ms)
            assert new is not None
            self.entities[node_id] = (label, new if known is None else combine(known[1], new))

    def node_rows(self) -> Iterable[tuple[str, list[Any]]]:
        for label, s in self.entities.values():
            labels = [label, *sorted(s.types)] if label == "Place" else [label]
            row = [s.id, labels, s.name, s.aliases, s.code, s.level, sorted(s.docs)]
            yield label, row + [sorted(self.offered.get(s.id, ()))] if label == "Place" else row

    def sorted_evidence(self) -> sqlite3.Cursor:
        """The statements by relationship type, ends and document, in the columns of a row; SQLite sorts them in this call,
        without holding the GIL."""
        return self.evidence.execute("SELECT s, o, type, doc, subject, object, text, start, end FROM ev ORDER BY type, s, o, doc")


def _relation_rows(statements: Iterable[tuple[Any, ...]], delimiter: str) -> Iterator[tuple[str, Iterator[tuple[Any, ...]]]]:
    """Each relationship type and its rows, one per relationship (by ends): its documents' evidence in aligned arrays, sorted
    by document (``statements``: :meth:`_Shared.sorted_evidence`; one document's statement is its row)."""
    for rtype, of_type in groupby(statements, key=itemgetter(2)):
        yield rtype, _relationships(of_type, delimiter)


def _relationships(statements: Iterator[tuple[Any, ...]], delimiter: str) -> Iterator[tuple[Any, ...]]:
    """The rows of one type's statements, sorted by ends and document: one per pair of ends."""
    for _, same in groupby(statements, key=itemgetter(0, 1)):
        first = next(same)
        more = list(same)
        if not more:  # most relationships are stated by one document: its values are the arrays' one element
            yield first
            continue
        columns = zip(first[3:], *(r[3:] for r in more))
        yield (*first[:3], *(delimiter.join(map(str, column)) for column in columns))


def _adds_only_the_document(s: EntitySummary, ms: list[tuple[Any, ...]]) -> bool:
    """Whether a document's mentions of a node change nothing in its summary but the document list.

    True when every mention uses a name already known, of the one type the
    node has, with no code and no new alias, and the document's first name
    does not come before the node's name: the common case of a shared
    entity named as before, which then costs no summary.
    """
    first = ms[0]
    kind = first[3]
    if s.types != {kind} or first[2] < s.name:
        return False
    if len(ms) == 1 and not first[4] and first[5] is None:  # one plain mention: by far the most common
        return first[2] == s.name or first[2] in s.aliases
    return all(m[3] == kind and m[5] is None and (m[2] == s.name or m[2] in s.aliases)
               and all(a == s.name or a in s.aliases for a in m[4]) for m in ms)


def _stream(rec: FlatRecord, tables: _Tables, shared: _Shared) -> None:
    """Write one document's own rows; fold what it shares into ``shared``."""
    doc, title, publisher, date, source, entities, measures, relations = rec
    doc_iri = identity.document_iri(doc)
    tables.row("Document", [doc_iri, "Document", doc, title, publisher, date, source])
    grouped: dict[str, tuple[str, list[tuple[Any, ...]]]] = {}
    ids: dict[str, str] = {}  # name or alias -> node id; the first entity declaring a name has it, as Record.entity finds it
    mentions: list[list[Any]] = []
    for pos, (name, etype, aliases, code, text, span) in enumerate(entities):
        node_id = _entity_iri(etype, name)
        ids.setdefault(name, node_id)
        start, end = span or (None, None)
        row = [doc_iri, node_id, "MENTIONS", pos, name, etype, None, code, text, start, end]
        if aliases:
            for alias in aliases:
                ids.setdefault(alias, node_id)
                if _DELIMITER_IN.search(alias):
                    shared.used.update(d for d in ARRAY_DELIMITERS if d in alias)
            row[_SPOOLED_ARRAY] = list(aliases)
            tables.row(_SPOOLED, row)
        else:
            mentions.append(row)
        grouped.setdefault(node_id, (KIND_LABEL[etype], []))[1].append((doc, pos, name, etype, aliases, code))
    tables.rows(_SPOOLED, mentions)
    shared.mentions(grouped)
    try:
        _stream_facts(doc, measures, relations, doc_iri, ids, tables, shared)
    except KeyError as exc:
        raise ValueError(f"document {doc}: {exc.args[0]!r} is not an entity of the record") from None


def _stream_facts(doc: str, measures: tuple[tuple[Any, ...], ...], relations: tuple[tuple[Any, ...], ...], doc_iri: str, ids: dict[str, str],
                  tables: _Tables, shared: _Shared) -> None:
    """A document's relations (folded into ``shared``) and measures with their links (written); names resolve by ``ids``."""
    statements: dict[tuple[str, str, str], tuple[Any, ...]] = {}
    for rtype, subject, obj, text, span in relations:
        key = (rtype, ids[subject], ids[obj])
        if key not in statements:  # one relationship per pair and document; the first statement is kept
            start, end = span or (-1, -1)
            statements[key] = (*key, doc, subject, obj, text or "", start, end)
    if statements:
        shared.evidence.executemany("INSERT INTO ev VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", statements.values())
        shared.arrays(chain([doc], (v for row in statements.values() for v in row[4:7])))
    prefix = identity.measure_iri(doc, 0)[:-1]
    nodes: list[list[Any]] = []
    sources: list[list[Any]] = []
    regions: list[list[Any]] = []
    agencies: list[list[Any]] = []
    policies: list[list[Any]] = []
    categories: list[list[Any]] = []
    benefits: list[list[Any]] = []
    for pos, (region, codes, agency, policy, beneficiaries, amount, cap, text, span, summary, section) in enumerate(measures):
        mid = f"{prefix}{pos}"
        start, end = span or (None, None)
        nodes.append([mid, "Measure", doc, pos, text, summary, section, amount, cap, start, end, category_list(codes)])
        sources.append([mid, doc_iri, "FROM_DOCUMENT"])
        regions.append([mid, ids[region], "REGION", region])
        if agency:
            agencies.append([mid, ids[agency], "AGENCY", 0, agency])
        if policy:
            policies.append([mid, ids[policy], "POLICY_DOCUMENT", 0, policy])
        for i, code in enumerate(codes):
            categories.append([mid, _category_iri(code), "HAS_CATEGORY", i])
        shared.codes.update(codes)
        shared.offered.setdefault(ids[region], set()).update(codes)
        for i, b in enumerate(beneficiaries):
            benefits.append([mid, ids[b], "BENEFITS", i, b])
    for name, rows in (("Measure", nodes), ("FROM_DOCUMENT", sources), ("REGION", regions), ("AGENCY", agencies),
                       ("POLICY_DOCUMENT", policies), ("HAS_CATEGORY", categories), ("BENEFITS", benefits)):
        if rows:
            tables.rows(name, rows)


_entity_iri = lru_cache(maxsize=1 << 16)(identity.entity_iri)
_category_iri = lru_cache(maxsize=1 << 10)(identity.category_iri)


def _array_delimiter(shared: _Shared) -> str:
    """The first candidate delimiter that no array value holds."""
    for _, s in shared.entities.values():
        shared.arrays(chain(s.aliases, s.docs))
    for d in ARRAY_DELIMITERS:
        if d not in shared.used:
            return d
    raise ValueError("every candidate array delimiter occurs inside an array value")


def _cell(value: list[Any], delimiter: str) -> str:
    return delimiter.join(str(v) for v in value)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while the export runs (the writing, and the reading that feeds a writer process).

    The export builds many small, long-lived containers and no cycles; the
    collector would scan them again and again (up to 40% of the time at 10^5
    measures when the records are held in memory) and can free nothing.
    Reading a store makes millions of short-lived ones (the rows of each
    document's query), whose count alone set off collections that took a
    sixth of the reader's time.  Reference counting still frees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write_import(records: Iterable[Record], out_dir: str | Path, *, database: str = "neo4j", force: bool = False) -> str:
    """Write one CSV file per node label and relationship type to ``out_dir``; return the import command.

    The command is also written to ``out_dir/import-command.txt``.  Existing
    files are never overwritten unless ``force`` is set, so a second export
    cannot silently mix with the first (with ``force``, files of labels this
    export does not have are removed).  Every file is replaced only once all
    are written.  A document id given twice is an error.
    """
    return _write_flat(map(Record.flat, records), out_dir, database=database, force=force)


def _write_flat(records: Iterable[FlatRecord], out_dir: str | Path, *, database: str, force: bool) -> str:
    """:func:`write_import` of records in their flat form (:meth:`kg.model.Record.flat`)."""
    out = Path(out_dir)
    ours = _refuse_clash(out, force)
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    tax = taxonomy()
    with ExitStack() as stack:
        stack.enter_context(_cycle_collector_paused())
        shared = _Shared(stack)
        tables = _Tables(out, stack)
        for rec in records:
            if rec[0] in seen:
                raise ValueError(f"document {rec[0]} is given twice")
            seen.add(rec[0])
            _stream(rec, tables, shared)
        # the statements are sorted in a second thread while this one writes the nodes: two cores at work to the end
        sorter = stack.enter_context(ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-evidence"))
        statements = sorter.submit(shared.sorted_evidence)
        delimiter = _array_delimiter(shared)
        tables.unspool(delimiter)
        for label, row in shared.node_rows():
            tables.array_rows(label, [row], delimiter)
        tables.array_rows("CategoryGroup", ([identity.group_iri(g.code), "CategoryGroup", g.code, g.zh, g.en]
                                            for g in tax.groups.values()), delimiter)
        for code in sorted(shared.codes | {c.code for c in tax.categories.values()}):
            c = tax.categories.get(code)
            cid = identity.category_iri(code)
            tables.row("Category", [cid, "Category", code, c.zh if c else None, c.en if c else None, c.group if c else None])
            if c:
                tables.row("IN_GROUP", [cid, identity.group_iri(c.group), "IN_GROUP"])
        for rtype, rows in _relation_rows(statements.result(), delimiter):
            tables.rows(rtype, rows)
        written = tables.names()
        node_files = [f"{label}.csv" for label in NODE_HEADERS if label in written]
        rel_files = [f"{rtype}.csv" for rtype in REL_HEADERS if rtype in written]
        root = out.resolve()
        arg_delim = delimiter if delimiter.isprintable() else f"U+{ord(delimiter):04X}"
        cmd: list[str] = ["neo4j-admin", "database", "import", "full", database, "--delimiter=,",
                          f"--array-delimiter={arg_delim}", "--quote=\"", "--multiline-fields=true"]
        cmd += [f"--nodes={root / f}" for f in node_files]
        cmd += [f"--relationships={root / f}" for f in rel_files]
        command = shlex.join(cmd)
        commands = stack.enter_context(atomic_open(out / COMMAND_FILE))
        commands.write("# Load these files into an empty, stopped database (add --overwrite-destination to replace one):\n"
                       f"{command}\n")
    for stale in ours:
        if stale.suffix == ".csv" and stale.stem not in written:
            stale.unlink(missing_ok=True)
    return command


def _refuse_clash(out: Path, force: bool) -> list[Path]:
    """The files an export into ``out`` writes; an error when one exists already and ``force`` is not set."""
    ours = [out / f"{name}.csv" for name in (*NODE_HEADERS, *REL_HEADERS)] + [out / COMMAND_FILE]
    if not force:
        clash = [str(t) for t in ours if t.exists()]
        if clash:
            raise FileExistsError(f"{clash[0]} already exists ({len(clash)} files in all); pass force=True to overwrite")
    return ours


class WriterFailed(RuntimeError):
    """The writer process of :func:`write_import_beside` ended without saying how (it could not start, or was killed)."""


class ReaderGone(RuntimeError):
    """The process reading the records stopped before their end: the writer leaves every file as it was."""


#: records sent to the writer process per message
FEED_BATCH = 16
#: a message's length, before its bytes
_LENGTH = struct.Struct("<Q")


def _send(feed: IO[bytes], value: Any) -> None:
    """One message: ``value`` in :mod:`marshal`'s bytes, after their length."""
    data = marshal.dumps(value)
    feed.write(_LENGTH.pack(len(data)))
    feed.write(data)


def _receive(feed: IO[bytes]) -> Any:
    """The next message's value.

    A message is read whole and then decoded: :func:`marshal.load` of the
    stream itself reads it piece by piece, a call per string, which cost
    the writer a second of CPU at 10^5 measures (``loads`` of the bytes: 0.1 s).
    """
    head = feed.read(_LENGTH.size)
    data = feed.read(_LENGTH.unpack(head)[0]) if len(head) == _LENGTH.size else b""
    try:
        return marshal.loads(data)
    except (EOFError, ValueError):  # the stream ended, or ended inside a message
        raise ReaderGone("the records stopped before their end") from None


def write_import_beside(records: Iterable[Record], out_dir: str | Path, *, database: str = "neo4j", force: bool = False) -> str:
    """:func:`write_import` run in a second Python process, fed the records as this one reads them; the import command."""
    return write_flat_beside(map(Record.flat, records), out_dir, database=database, force=force)


def write_flat_beside(records: Iterable[FlatRecord], out_dir: str | Path, *, database: str = "neo4j", force: bool = False) -> str:
    """:func:`write_import_beside` of records in their flat form (:meth:`kg.model.Record.flat`), as a store reads them fastest.

    The records go over the writer's standard input, a batch per message (:func:`_send`); the pipe's buffer bounds
    what is in flight, so memory stays as bounded as in :func:`write_import`.
    An error of the writer (a document given twice) stops the reading and is
    raised here; an error while reading closes the pipe early, and the writer
    then leaves every file as it was.
    """
    _refuse_clash(Path(out_dir), force)  # before any record is read
    # this kg first on the path, before the working folder (which ``-c`` puts first): the writer runs the code of this reader
    start = f"import sys; sys.path[0] = {str(Path(__file__).resolve().parents[1])!r}; from kg.neo4j_admin import _write_fed; _write_fed()"
    writer = subprocess.Popen([sys.executable, "-c", start], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert writer.stdin is not None and writer.stdout is not None
    try:
        with writer.stdin as feed, _cycle_collector_paused():
            _send(feed, (str(out_dir), database, force))
            try:
                batch: list[FlatRecord] = []
                for rec in records:
                    batch.append(rec)
                    if len(batch) == FEED_BATCH:
                        _send(feed, batch)
                        batch = []
                _send(feed, batch)
                _send(feed, None)
            except BrokenPipeError:  # the writer stopped reading: its answer says why
                pass
        answer = writer.stdout.read()
    finally:
        writer.wait()
    if not answer:
        raise WriterFailed(f"the neo4j-import writer process ended without an answer (exit code {writer.returncode})")
    status, value = pickle.loads(answer)
    if status == "error":
        raise value
    return value


def _write_fed() -> None:
    """The writer process of :func:`write_import_beside`: arguments, then batches of flat records until None, on standard input."""
    feed, answer = sys.stdin.buffer, sys.stdout.buffer

    def records() -> Iterator[FlatRecord]:
        while (batch := _receive(feed)) is not None:
            yield from batch

    out_dir, database, force = _receive(feed)
    try:
        outcome: tuple[str, Any] = ("ok", _write_flat(records(), out_dir, database=database, force=force))
    except Exception as exc:  # sent to the reading process, which raises it
        outcome = ("error", exc)
    feed.close()  # a reader still sending gets a broken pipe, then this answer
    answer.write(pickle.dumps(outcome))
    answer.flush()
