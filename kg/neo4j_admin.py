"""Bulk export for ``neo4j-admin database import full``: CSV files and the command that loads them.

For a large corpus an offline import into an empty database is far faster
than transactional loading.  The files describe the same graph that
:class:`kg.backends.neo4j.Neo4jBackend` writes (docs/graph-model.md, plus the
``MENTIONS`` provenance relationships), so the backend can read, extend and
replace documents of an imported database.
"""

from __future__ import annotations

import csv
import shlex
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from . import identity
from .backends.neo4j import KIND_LABEL, MEASURE_LINKS, Rows, summarise
from .model import Record
from .taxonomy import taxonomy

EXPORT_FORMAT = "neo4j-import"
#: candidates for the array delimiter, the first one absent from every array value is used
ARRAY_DELIMITERS = (";", "|", "\x1f")
ENTITY_HEADER = ("id:ID", ":LABEL", "name", "aliases:string[]", "code", "level", "docs:string[]")
NODE_HEADERS: dict[str, tuple[str, ...]] = {
    "Place": ENTITY_HEADER,
    "Agency": ENTITY_HEADER,
    "Enterprise": ENTITY_HEADER,
    "PolicyDocument": ENTITY_HEADER,
    "Document": ("id:ID", ":LABEL", "doc_id", "title", "publisher", "date", "source"),
    "Measure": ("id:ID", ":LABEL", "doc_id", "pos:int", "text", "summary", "section", "amount_cny:float", "cap_cny:float", "start:int", "end:int"),
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


def _graph(records: Iterable[Record]) -> tuple[dict[str, list[list[Any]]], dict[str, list[list[Any]]]]:
    """Node rows per file and relationship rows per type, values in header order (lists for arrays)."""
    by_id: dict[str, Record] = {}
    for rec in records:
        by_id[rec.doc_id] = rec  # a document given twice: the last one wins, as in a load
    rows = Rows()
    for rec in by_id.values():
        rows.add(rec)
    nodes: dict[str, list[list[Any]]] = defaultdict(list)
    rels: dict[str, list[list[Any]]] = defaultdict(list)

    for d in rows.documents:
        nodes["Document"].append([d["id"], "Document", d["doc_id"], d["title"], d["publisher"], d["date"], d["source"]])
    for label, mentions in rows.mentions.items():
        grouped: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        for m in mentions:
            grouped[m["id"]].append((m["doc"], m["pos"], m["name"], m["type"], m["aliases"], m["code"]))
            rels["MENTIONS"].append([identity.document_iri(m["doc"]), m["id"], "MENTIONS", m["pos"], m["name"], m["type"],
                                     m["aliases"], m["code"], m["text"], m["start"], m["end"]])
        for node_id in sorted(grouped):
            s = summarise(node_id, grouped[node_id])
            assert s is not None
            labels = [label, *sorted(s.types)] if label == "Place" else [label]
            nodes[label].append([s.id, labels, s.name, s.aliases, s.code, s.level, s.docs])
    for rtype in rows.relations:
        for r in rows.relation_rows(rtype):
            rels[rtype].append([r["s"], r["o"], rtype, r["docs"], r["subjects"], r["objects"], r["texts"], r["starts"], r["ends"]])
    for m in rows.measures:
        p = m["props"]
        nodes["Measure"].append([m["id"], "Measure", p["doc_id"], p["pos"], p["text"], p["summary"], p["section"],
                                 p["amount_cny"], p["cap_cny"], p["start"], p["end"]])
        rels["FROM_DOCUMENT"].append([m["id"], m["doc"], "FROM_DOCUMENT"])
        rels["REGION"].append([m["id"], m["region"], "REGION", m["region_name"]])
    tax = taxonomy()
    codes = {c.code for c in tax.categories.values()}
    for ltype, lrows in rows.links.items():
        for r in lrows:
            if ltype == "HAS_CATEGORY":
                rels[ltype].append([r["m"], r["t"], ltype, r["pos"]])
                codes.add(r["code"])
            else:
                assert ltype in MEASURE_LINKS
                rels[ltype].append([r["m"], r["t"], ltype, r["pos"], r["name"]])
    for g in tax.groups.values():
        nodes["CategoryGroup"].append([identity.group_iri(g.code), "CategoryGroup", g.code, g.zh, g.en])
    for code in sorted(codes):
        c = tax.categories.get(code)
        cid = identity.category_iri(code)
        nodes["Category"].append([cid, "Category", code, c.zh if c else None, c.en if c else None, c.group if c else None])
        if c:
            rels["IN_GROUP"].append([cid, identity.group_iri(c.group), "IN_GROUP"])
    return nodes, rels


def _array_delimiter(tables: Iterable[list[list[Any]]]) -> str:
    used = "".join(str(x) for table in tables for row in table for v in row if isinstance(v, list) for x in v)
    for d in ARRAY_DELIMITERS:
        if d not in used:
            return d
    raise ValueError("every candidate array delimiter occurs inside an array value")


def _cell(value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return delimiter.join(str(v) for v in value)
    return str(value)


def write_import(records: Iterable[Record], out_dir: str | Path, *, database: str = "neo4j", force: bool = False) -> str:
    """Write one CSV file per node label and relationship type to ``out_dir``; return the import command.

    The command is also written to ``out_dir/import-command.txt``.  Existing
    files are never overwritten unless ``force`` is set, so a second export
    cannot silently mix with the first.
    """
    out = Path(out_dir)
    nodes, rels = _graph(records)
    node_files = [f"{label}.csv" for label in NODE_HEADERS if nodes.get(label)]
    rel_files = [f"{rtype}.csv" for rtype in REL_HEADERS if rels.get(rtype)]
    targets = [out / f for f in (*node_files, *rel_files, COMMAND_FILE)]
    if not force:
        clash = [str(t) for t in targets if t.exists()]
        if clash:
            raise FileExistsError(f"{clash[0]} already exists ({len(clash)} files in all); pass force=True to overwrite")
    out.mkdir(parents=True, exist_ok=True)
    delimiter = _array_delimiter([*nodes.values(), *rels.values()])
    for name, header in (*NODE_HEADERS.items(), *REL_HEADERS.items()):
        table = nodes.get(name) or rels.get(name)
        if table:
            _write_csv(out / f"{name}.csv", header, table, delimiter)
    root = out.resolve()
    arg_delim = delimiter if delimiter.isprintable() else f"U+{ord(delimiter):04X}"
    cmd: list[str] = ["neo4j-admin", "database", "import", "full", database, "--delimiter=,",
                      f"--array-delimiter={arg_delim}", "--quote=\"", "--multiline-fields=true"]
    cmd += [f"--nodes={root / f}" for f in node_files]
    cmd += [f"--relationships={root / f}" for f in rel_files]
    command = shlex.join(cmd)
    (out / COMMAND_FILE).write_text(
        "# Load these files into an empty, stopped database (add --overwrite-destination to replace one):\n"
        f"{command}\n",
        encoding="utf-8",
    )
    return command


def _write_csv(path: Path, header: Sequence[str], rows: list[list[Any]], delimiter: str) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for row in rows:
            w.writerow([_cell(v, delimiter) for v in row])
