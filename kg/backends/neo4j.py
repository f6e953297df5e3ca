"""The Neo4j backend: the graph model of ``docs/graph-model.md`` on a Neo4j 5 server.

Every write is a parameterised ``UNWIND`` over batches of a few thousand rows.
A load writes a chunk of documents in one transaction, as ``remove`` deletes a
document in one, so a crash or a failure leaves each document at its old or
its new version and no entity without mentions.  Within the transaction a
document already loaded is first removed, so every document is written as new: entity nodes are merged once per batch with their derived
properties, then one query per batch CREATEs the documents, their mentions,
measures and links, from compact rows that point at nodes by index (packing
parameters is the client's main cost).  Entity relationships, which documents
share, are merged.  Labels and relationship types come from the fixed model,
never from record text.

A document owns a share of the graph: its :class:`Document` node, its
measures, one ``MENTIONS`` relationship per entity it declares (carrying the
name, aliases, type, code and evidence as that document wrote them) and its
entry in the ``docs`` list of every entity relationship it states.  Entity
relationships keep the document's own subject and object spelling and its
evidence in lists aligned with ``docs``.  An entity's ``name``, ``aliases``,
``docs``, ``code`` and its Region/Zone labels are derived from its mentions
(the name of the alphabetically first document wins), so the graph does not
depend on load order and removing a document restores what the others say.
"""

from __future__ import annotations

import difflib
import math
import os
import time
from contextlib import contextmanager
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from .. import identity, queries, rdfmap
from ..model import PLACE_TYPES, Entity, Measure, Record, Relation
from ..gazetteer import place_facts
from ..resources import schema_dir
from ..taxonomy import taxonomy
from . import LINK_TYPES, Backend, BackendError, Link, LoadReport, Part, PlaceMeasure, Progress, QueryResult, fault
from .entity_index import category_bits
from .rdf_load import Hashes

#: rows per write transaction
BATCH = 5000
#: node label an entity type is merged on (Region and Zone meet in one Place node)
KIND_LABEL = {"Region": "Place", "Zone": "Place", "Agency": "Agency", "Enterprise": "Enterprise", "PolicyDocument": "PolicyDocument"}
#: entity relationship type -> (subject label, object label)
RELATION_LABELS = {"LOCATED_IN": ("Enterprise", "Place"), "PART_OF": ("Place", "Place"), "UNDER": ("Agency", "Place")}
#: measure relationship type -> label of its target
MEASURE_LINKS = {"AGENCY": "Agency", "POLICY_DOCUMENT": "PolicyDocument", "HAS_CATEGORY": "Category", "BENEFITS": "Enterprise"}
STAT_LABELS = ("Region", "Zone", "Agency", "Enterprise", "PolicyDocument", "Measure", "Document")
STAT_TYPES = ("LOCATED_IN", "PART_OF", "UNDER", "BENEFITS")
#: URI schemes of the Bolt protocol, the only one this backend speaks
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
#: longest indexed value Neo4j accepts (its range index key limit, in UTF-8 bytes)
KEY_LIMIT = 8_000
INT64 = range(-(2**63), 2**63)


def unstorable(rec: Record) -> str | None:
    """Why Neo4j cannot hold this record (an indexed id too long, an integer beyond 64 bits), or None."""
    for e in rec.entities:
        if len(_entity_iri(e.type, e.name).encode()) > KEY_LIMIT:
            return f"document {rec.doc_id}: entity name {e.name[:40]!r}... is too long for a Neo4j index ({len(e.name):,} characters)"
    if len(identity.document_iri(rec.doc_id).encode()) > KEY_LIMIT:
        return f"document id {rec.doc_id[:40]!r}... is too long for a Neo4j index"
    for pos, m in enumerate(rec.measures):
        for what, value in (("amount_cny", m.amount_cny), ("cap_cny", m.cap_cny), *zip(("start", "end"), m.span or ())):
            if isinstance(value, int) and value not in INT64:
                return f"document {rec.doc_id}: measure {pos} {what} {value} does not fit Neo4j's 64-bit integers"
    for e in (*rec.entities, *rec.relations):
        if e.span and any(v not in INT64 for v in e.span):
            return f"document {rec.doc_id}: a span {e.span} does not fit Neo4j's 64-bit integers"
    return None


def _check_uri(uri: str) -> None:
    """A Bolt URI with a valid port, or a one-line BackendError."""
    parts = urlsplit(uri)
    if parts.scheme not in SCHEMES:
        raise BackendError(f"cannot use Neo4j URI {uri!r}: the scheme must be one of {', '.join(s + '://' for s in SCHEMES)}")
    try:
        parts.port
    except ValueError as e:
        raise BackendError(f"cannot use Neo4j URI {uri!r}: {e}") from None


# ---------------------------------------------------------------- rows from records


@dataclass
class Rows:
    """The nodes and relationships of some records, as parameter rows for UNWIND."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    mentions: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    relations: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    measures: list[dict[str, Any]] = field(default_factory=list)
    links: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    facts: int = 0

    def add(self, rec: Record) -> None:
        """Add one record's rows."""
        iri = self.add_document(rec)
        doc = rec.doc_id
        for pos, m in enumerate(rec.measures):
            mid = identity.measure_iri(doc, pos)
            start, end = m.span or (None, None)
            self.measures.append(
                {"id": mid, "doc": identity.document_iri(doc), "region": iri(m.region), "region_name": m.region,
                 "props": {"doc_id": doc, "pos": pos, "text": m.text, "summary": m.summary, "section": m.section,
                           "amount_cny": m.amount_cny, "cap_cny": m.cap_cny, "start": start, "end": end}}
            )
            if m.agency:
                self.links["AGENCY"].append({"m": mid, "t": iri(m.agency), "name": m.agency, "pos": 0})
            if m.policy_document:
                self.links["POLICY_DOCUMENT"].append({"m": mid, "t": iri(m.policy_document), "name": m.policy_document, "pos": 0})
            for i, code in enumerate(m.categories):
                self.links["HAS_CATEGORY"].append({"m": mid, "t": identity.category_iri(code), "code": code, "name": None, "pos": i})
            for i, b in enumerate(m.beneficiaries):
                self.links["BENEFITS"].append({"m": mid, "t": iri(b), "name": b, "pos": i})

    def add_document(self, rec: Record) -> Callable[[str], str]:
        """Add the document, its mentions and relations; return the record's name -> node id resolver."""
        doc = rec.doc_id
        self.documents.append(
            {"id": identity.document_iri(doc), "doc_id": doc, "title": rec.title, "publisher": rec.publisher, "date": rec.date, "source": rec.source}
        )
        for pos, e in enumerate(rec.entities):
            start, end = e.span or (None, None)
            self.mentions[KIND_LABEL[e.type]].append(
                {"doc": doc, "id": identity.entity_iri(e.type, e.name), "pos": pos, "name": e.name, "type": e.type,
                 "aliases": list(e.aliases), "code": e.code, "text": e.text, "start": start, "end": end}
            )
        iri = resolver(rec)
        seen: set[tuple[str, str, str]] = set()
        for r in rec.relations:
            key = (r.type, iri(r.subject), iri(r.object))
            if key in seen:  # one relationship per pair and document; the first statement is kept
                continue
            seen.add(key)
            start, end = r.span or (-1, -1)
            self.relations[r.type].append(
                {"doc": doc, "s": key[1], "o": key[2], "subject": r.subject, "object": r.object, "text": r.text or "", "start": start, "end": end}
            )
        self.facts += len(rec.entities) + len(rec.measures) + len(rec.relations)
        return iri

    def relation_rows(self, rtype: str) -> list[dict[str, Any]]:
        """One row per (subject, object) pair, its documents' evidence in aligned lists sorted by document."""
        merged: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for r in self.relations.get(rtype, ()):
            merged[(r["s"], r["o"])].append(r)
        out = []
        for (s, o), ev in sorted(merged.items()):
            ev.sort(key=lambda r: r["doc"])
            out.append({"s": s, "o": o, **{k + "s": [r[k] for r in ev] for k in ("doc", "subject", "object", "text", "start", "end")}})
        return out


#: entity labels in the order a document row lists its nodes
ENTITY_LABELS = ("Place", "Agency", "Enterprise", "PolicyDocument")
_entity_iri = lru_cache(maxsize=65536)(identity.entity_iri)


def resolver(rec: Record) -> Callable[[str], str]:
    """Name or alias -> node id of the record's entity (references may use an alias), each resolved once."""
    entities: dict[str, Entity] = {}
    for e in rec.entities:
        for n in (e.name, *e.aliases):
            entities.setdefault(n, e)  # the first entity declaring the name, as Record.entity finds it
    cache: dict[str, str] = {}

    def iri(name: str) -> str:
        if name not in cache:
            ent = entities.get(name)
            if ent is None:
                raise BackendError(f"document {rec.doc_id}: {name!r} is not an entity of the record")
            cache[name] = _entity_iri(ent.type, ent.name)
        return cache[name]

    return iri


def category_list(codes: Iterable[str]) -> str | None:
    """A measure's ``categories`` property: :func:`kg.rdfmap.category_list` (as enterprise-links shows them); none without any.

    Kept at load so that the query reads one property per row instead of sorting each measure's categories.
    """
    return rdfmap.category_list(codes) or None


def document_row(rec: Record, iri: Callable[[str], str], categories: Mapping[str, int]) -> dict[str, Any]:
    """A new document, its mentions and its measures as one compact row of ``_WRITE_DOCUMENTS``.

    Its entity nodes are listed once per label; mentions, measures and links
    point at them (and at ``categories``, code -> position in the query's
    category list) by index, in lists rather than maps: packing parameters is
    the client's main cost, and this keeps it a few values per relationship.
    """
    ids: dict[str, list[str]] = {label: [] for label in ENTITY_LABELS}
    mention_ids = [_entity_iri(e.type, e.name) for e in rec.entities]
    for e, i in zip(rec.entities, mention_ids):
        if i not in ids[KIND_LABEL[e.type]]:
            ids[KIND_LABEL[e.type]].append(i)
    index = {i: n for n, i in enumerate(i for label in ENTITY_LABELS for i in ids[label])}
    mentions = []
    for pos, (e, i) in enumerate(zip(rec.entities, mention_ids)):
        start, end = e.span or (None, None)
        mentions.append([index[i], pos, e.name, e.type, list(e.aliases), e.code, e.text, start, end])
    measures = []
    for pos, m in enumerate(rec.measures):
        start, end = m.span or (None, None)
        measures.append([
            identity.measure_iri(rec.doc_id, pos), pos, m.text, m.summary, m.section, m.amount_cny, m.cap_cny, start, end,
            index[iri(m.region)], m.region,
            index[iri(m.agency)] if m.agency else None, m.agency or None,
            index[iri(m.policy_document)] if m.policy_document else None, m.policy_document or None,
            [categories[c] for c in m.categories], [index[iri(b)] for b in m.beneficiaries], list(m.beneficiaries),
            category_list(m.categories),
        ])
    return {"id": identity.document_iri(rec.doc_id), "doc_id": rec.doc_id, "title": rec.title, "publisher": rec.publisher,
            "date": rec.date, "source": rec.source, "places": ids["Place"], "agencies": ids["Agency"],
            "enterprises": ids["Enterprise"], "policies": ids["PolicyDocument"], "mentions": mentions, "measures": measures}


def _number(v: Any) -> float | int | None:
    """Amounts come back as floats; whole numbers read back as ints, as records hold them."""
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


@dataclass(frozen=True)
class EntitySummary:
    """What an entity node shows, derived from all its mentions."""

    id: str
    name: str
    aliases: list[str]
    docs: list[str]
    code: str | None
    level: str | None
    types: frozenset[str]


def summarise(node_id: str, mentions: Iterable[tuple[str, int, str, str, Sequence[str], str | None]]) -> EntitySummary | None:
    """Fold mentions (doc, pos, name, type, aliases, code) into the node's properties; None when there are none.

    Matches the RDF store, whatever the load order: each document's first
    mention of the node gives a preferred label and the smallest of those is
    the name; every other name or alias is an alias.  Places get code and
    level from the record or the gazetteer; the smallest value wins.
    """
    ms = sorted(mentions, key=lambda m: (m[0], m[1]))
    if not ms:
        return None
    first = {}
    for m in ms:
        first.setdefault(m[0], m[2])
    name = min(first.values())
    codes: set[str] = set()
    levels: set[str] = set()
    for _, _, mname, mtype, _, mcode in ms:
        if mtype in PLACE_TYPES:
            gz_code, gz_level = place_facts(mname)
            mcode = mcode or gz_code
            if gz_level or mtype == "Zone":
                levels.add(gz_level or "zone")
        if mcode:
            codes.add(mcode)
    return EntitySummary(
        id=node_id,
        name=name,
        aliases=sorted({n for m in ms for n in (m[2], *m[4])} - {name}),
        docs=sorted(first),
        code=min(codes, default=None),
        level=min(levels, default=None),
        types=frozenset(m[3] for m in ms),
    )


def combine(stored: EntitySummary, new: EntitySummary) -> EntitySummary:
    """The summary of a node's stored mentions and those of documents new to it, without reading the stored ones.

    Every part of a summary is a minimum or a union over documents, so the
    node's current properties stand for all of its stored mentions.
    """
    name = min(stored.name, new.name)
    return EntitySummary(
        id=stored.id,
        name=name,
        aliases=sorted({stored.name, *stored.aliases, new.name, *new.aliases} - {name}),
        docs=sorted({*stored.docs, *new.docs}),
        code=min((c for c in (stored.code, new.code) if c), default=None),
        level=min((v for v in (stored.level, new.level) if v), default=None),
        types=stored.types | new.types,
    )


def _batches(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def schema_statements() -> list[str]:
    """The statements of ``schema/neo4j.cypher``, comments dropped."""
    text = (schema_dir() / "neo4j.cypher").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


def packed(text: str, columns: Sequence[str]) -> str:
    """A stored query's Cypher that returns its ``columns`` as one record: a list of rows, in the query's order.

    A server and the driver spend far more per record than per value: 25,000
    rows cost more than a second as records and a tenth of it as one list.
    A query without documented columns is run as it is.
    """
    if not columns:
        return text
    cells = ", ".join("`" + c.replace("`", "``") + "`" for c in columns)
    return f"CALL () {{\n{text}\n}}\nRETURN collect([{cells}]) AS rows"


def plain(value: Any) -> Any:
    """A driver value as plain Python: lists stay lists, floats are rounded to 6 decimals."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isnan(value) or math.isinf(value) else round(value, 6)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time.Date, DateTime, Duration...
        return value.iso_format()
    if hasattr(value, "items") and hasattr(value, "element_id"):  # Node or Relationship
        return {k: plain(v) for k, v in value.items()}
    return str(value)


# ---------------------------------------------------------------- Cypher

# Documents are written only once their old share is removed, so a document's node, mentions,
# measures and links are new: CREATE, with the entity nodes (merged beforehand) looked up by
# index seek once per document and categories once per query.
_WRITE_DOCUMENTS = """
CALL () {
  UNWIND range(0, size($categories) - 1) AS i
  MATCH (c:Category {id: $categories[i]})
  WITH i, c ORDER BY i
  RETURN collect(c) AS categories
}
UNWIND $docs AS doc
CREATE (d:Document {id: doc.id, doc_id: doc.doc_id, title: doc.title, publisher: doc.publisher, date: doc.date, source: doc.source})
WITH categories, d, doc
CALL (doc) {
  UNWIND range(0, size(doc.places) - 1) AS i MATCH (n:Place {id: doc.places[i]}) WITH i, n ORDER BY i RETURN collect(n) AS places
}
CALL (doc) {
  UNWIND range(0, size(doc.agencies) - 1) AS i MATCH (n:Agency {id: doc.agencies[i]}) WITH i, n ORDER BY i RETURN collect(n) AS agencies
}
CALL (doc) {
  UNWIND range(0, size(doc.enterprises) - 1) AS i MATCH (n:Enterprise {id: doc.enterprises[i]}) WITH i, n ORDER BY i
  RETURN collect(n) AS enterprises
}
CALL (doc) {
  UNWIND range(0, size(doc.policies) - 1) AS i MATCH (n:PolicyDocument {id: doc.policies[i]}) WITH i, n ORDER BY i
  RETURN collect(n) AS policies
}
WITH categories, d, doc, places + agencies + enterprises + policies AS nodes
CALL (d, doc, nodes) {
  UNWIND doc.mentions AS m
  WITH d, m, nodes[m[0]] AS n
  CREATE (d)-[:MENTIONS {pos: m[1], name: m[2], type: m[3], aliases: m[4], code: m[5], text: m[6], start: m[7], end: m[8]}]->(n)
}
CALL (categories, d, doc, nodes) {
  UNWIND doc.measures AS m
  CREATE (x:Measure {id: m[0], doc_id: doc.doc_id, pos: m[1], text: m[2], summary: m[3], section: m[4], amount_cny: m[5],
                     cap_cny: m[6], start: m[7], end: m[8], categories: m[18]})
  CREATE (x)-[:FROM_DOCUMENT]->(d)
  WITH categories, nodes, m, x, nodes[m[9]] AS region
  CREATE (x)-[:REGION {name: m[10]}]->(region)
  FOREACH (a IN CASE WHEN m[11] IS NULL THEN [] ELSE [nodes[m[11]]] END | CREATE (x)-[:AGENCY {pos: 0, name: m[12]}]->(a))
  FOREACH (p IN CASE WHEN m[13] IS NULL THEN [] ELSE [nodes[m[13]]] END | CREATE (x)-[:POLICY_DOCUMENT {pos: 0, name: m[14]}]->(p))
  FOREACH (i IN range(0, size(m[15]) - 1) | FOREACH (c IN [categories[m[15][i]]] | CREATE (x)-[:HAS_CATEGORY {pos: i}]->(c)))
  FOREACH (i IN range(0, size(m[16]) - 1) | FOREACH (e IN [nodes[m[16][i]]] | CREATE (x)-[:BENEFITS {pos: i, name: m[17][i]}]->(e)))
}
"""
_CATEGORIES = "UNWIND $rows AS row MERGE (c:Category {id: row.id}) ON CREATE SET c.code = row.code"
# One row per relationship and batch (Rows.relation_rows merges a batch's documents).  A new
# relationship takes the row's lists as they are; an existing one gets them merged and re-sorted
# by document id, so that load order does not matter.
_RELATIONS = """
UNWIND $rows AS row
MATCH (s:%s {id: row[0]})
MATCH (o:%s {id: row[1]})
MERGE (s)-[r:%s]->(o)
WITH r, row, r.docs IS NULL AS fresh
FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END |
  SET r.docs = row[2], r.subjects = row[3], r.objects = row[4], r.texts = row[5], r.starts = row[6], r.ends = row[7])
WITH r, row WHERE NOT fresh
WITH r, r.docs + row[2] AS docs, coalesce(r.subjects, []) + row[3] AS subjects, coalesce(r.objects, []) + row[4] AS objects,
     coalesce(r.texts, []) + row[5] AS texts, coalesce(r.starts, []) + row[6] AS starts, coalesce(r.ends, []) + row[7] AS ends
CALL (docs, subjects, objects, texts, starts, ends) {
  UNWIND range(0, size(docs) - 1) AS i
  WITH i, docs, subjects, objects, texts, starts, ends ORDER BY docs[i]
  RETURN collect(docs[i]) AS d, collect(subjects[i]) AS su, collect(objects[i]) AS ob,
         collect(texts[i]) AS te, collect(starts[i]) AS st, collect(ends[i]) AS en
}
SET r.docs = d, r.subjects = su, r.objects = ob, r.texts = te, r.starts = st, r.ends = en
"""
_TAXONOMY = """
UNWIND $groups AS g
MERGE (n:CategoryGroup {id: g.id}) SET n.code = g.code, n.zh = g.zh, n.en = g.en
WITH count(*) AS done
UNWIND $cats AS c
MERGE (n:Category {id: c.id}) SET n.code = c.code, n.zh = c.zh, n.en = c.en, n.group = c.group
WITH n, c
MATCH (g:CategoryGroup {id: c.group_id})
MERGE (n)-[:IN_GROUP]->(g)
"""
_MENTIONED = """
UNWIND $ids AS id
MATCH (n:%s {id: id})<-[m:MENTIONS]-(d:Document)
RETURN id, collect([d.doc_id, m.pos, m.name, m.type, coalesce(m.aliases, []), m.code]) AS mentions
"""
_STORED = """
UNWIND $ids AS id
MATCH (n:%s {id: id})
RETURN id, [n.name, coalesce(n.aliases, []), coalesce(n.docs, []), n.code, n.level, labels(n)] AS summary, coalesce(n.codes, []) AS codes
"""
#: the codes of the categories of the measures of some places (``$ids``), as stored
_OFFERED_CODES = """
UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN id, COLLECT { MATCH (p)<-[:REGION]-(:Measure)-[:HAS_CATEGORY]->(c:Category) RETURN DISTINCT c.code } AS codes
"""
#: places of a database written before places carried their ``codes`` (see Neo4jBackend.ensure_schema)
_UNCODED = """
MATCH (p:Place) WHERE p.codes IS NULL
WITH p, COLLECT { MATCH (p)<-[:REGION]-(:Measure)-[:HAS_CATEGORY]->(c:Category) RETURN DISTINCT c.code ORDER BY c.code } AS codes
WHERE size(codes) > 0
SET p.codes = codes
"""
#: measures of a database written before measures carried their ``categories`` (see category_list)
_UNLISTED = """
MATCH (m:Measure) WHERE m.categories IS NULL
WITH m, COLLECT { MATCH (m)-[:HAS_CATEGORY]->(c:Category) RETURN DISTINCT c.code ORDER BY c.code } AS codes
WHERE size(codes) > 0
SET m.categories = reduce(s = '', c IN codes | s + CASE WHEN s = '' THEN '' ELSE ',' END + c)
"""
# Node properties derived from all mentions (see summarise); MERGE creates the nodes of new entities.
_ENTITIES = """
UNWIND $rows AS row
MERGE (n:%s {id: row[0]})
SET n.name = row[1], n.aliases = row[2], n.docs = row[3], n.code = row[4], n.level = row[5]
"""
_PLACES = """
UNWIND $rows AS row
MERGE (n:Place {id: row[0]})
SET n.name = row[1], n.aliases = row[2], n.docs = row[3], n.code = row[4], n.level = row[5], n.codes = row[8]
FOREACH (_ IN CASE WHEN row[6] THEN [1] ELSE [] END | SET n:Region)
FOREACH (_ IN CASE WHEN row[6] THEN [] ELSE [1] END | REMOVE n:Region)
FOREACH (_ IN CASE WHEN row[7] THEN [1] ELSE [] END | SET n:Zone)
FOREACH (_ IN CASE WHEN row[7] THEN [] ELSE [1] END | REMOVE n:Zone)
"""
_ORPHANS = "UNWIND $ids AS id MATCH (n:%s {id: id}) WHERE NOT (n)<-[:MENTIONS]-() DETACH DELETE n"
#: node kind (kg.identity) -> the label its id is indexed under
LABEL_OF_KIND = {"place": "Place", "agency": "Agency", "enterprise": "Enterprise", "policy": "PolicyDocument",
                 "measure": "Measure", "document": "Document", "category": "Category"}
_LINKS = """
UNWIND $ids AS id
MATCH (n:%s {id: id})-[r]-()
WHERE type(r) IN $types
RETURN DISTINCT startNode(r).id AS s, type(r) AS t, endNode(r).id AS o
"""
_DEGREES = "UNWIND $ids AS id MATCH (n:%s {id: id}) RETURN id, COUNT { (n)-[r]-() WHERE type(r) IN $types } AS n"
_DOCUMENTS_OF = {
    "Measure": "UNWIND $ids AS id MATCH (n:Measure {id: id}) RETURN id, [n.doc_id] AS docs",
    "Document": "UNWIND $ids AS id MATCH (n:Document {id: id}) RETURN id, [n.doc_id] AS docs",
    "Category": "UNWIND $ids AS id MATCH (:Category {id: id})<-[:HAS_CATEGORY]-(m:Measure) RETURN id, collect(DISTINCT m.doc_id) AS docs",
}
_ENTITY_DOCUMENTS = "UNWIND $ids AS id MATCH (n:%s {id: id}) RETURN id, n.docs AS docs"
_NAMES = "MATCH (e:%s) RETURN e.id AS id, [e.name] + coalesce(e.aliases, []) AS names, e:Zone AS zone"
_NAMED = """
MATCH (e:%s) WHERE e.name IN $names OR any(a IN coalesce(e.aliases, []) WHERE a IN $names)
RETURN e.id AS id, [e.name] + coalesce(e.aliases, []) AS names, e:Zone AS zone
"""
_CATEGORY_PLACES = """
MATCH (p:Place)<-[:REGION]-(:Measure)-[:HAS_CATEGORY]->(c:Category)
RETURN c.code AS code, count(DISTINCT p) AS n
"""
#: each place with a measure and each category of its measures, once (only the places ``$ids`` and of ``$level``, when not null)
_OFFERED = """
MATCH (p:Place)<-[:REGION]-(:Measure)-[:HAS_CATEGORY]->(c:Category)
WHERE ($ids IS NULL OR p.id IN $ids) AND ($level IS NULL OR p.level = $level)
WITH DISTINCT p, c
"""
_PLACE_ROW = "RETURN p.id AS id, p.name AS name, p.level AS level, codes"
_PLACE_CATEGORIES = _OFFERED + "WITH p, collect(c.code) AS codes " + _PLACE_ROW
#: a place's category mask (kg.backends.entity_index.category_bits; ``$bits``: code -> bit), summed without collecting the codes
_MASK = "sum(coalesce($bits[c.code], 0)) AS mask"
_CATEGORY_MASKS = _OFFERED + f"WITH p, {_MASK} RETURN mask, count(*) AS n"
_PLACES_OFFERING = _OFFERED + f"WITH p, collect(c.code) AS codes, {_MASK} WHERE mask IN $masks " + _PLACE_ROW + " ORDER BY id"
_PLACE_MEASURES = """
UNWIND $ids AS id
MATCH (:Place {id: id})<-[:REGION]-(m:Measure)
RETURN id, m.doc_id AS doc, m.pos AS pos, m.text AS text, m.summary AS summary, m.start AS start, m.end AS end,
       [(m)-[:HAS_CATEGORY]->(c) | c.code] AS codes, [(m)-[:POLICY_DOCUMENT]->(x) | x.id][0] AS policy
ORDER BY id, doc, pos
"""
#: what a record holds of its documents (``$ids``: node ids), mentions (of the entities ``$ids``), measures and relations
_DOCUMENTS = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d {.*} AS d"
_MENTIONS = "UNWIND $ids AS id MATCH (:%s {id: id})<-[m:MENTIONS]-(d:Document) RETURN d.doc_id AS doc, m {.*} AS m"
#: a measure's facts (``m``), the names by which it points at entities and those entities' ids
_MEASURE = """
RETURN m {.*} AS m,
       [(m)-[g:REGION]->() | g.name][0] AS region,
       [(m)-[a:AGENCY]->() | a.name][0] AS agency,
       [(m)-[p:POLICY_DOCUMENT]->() | p.name][0] AS policy,
       [(m)-[h:HAS_CATEGORY]->(c) | [h.pos, c.code]] AS cats,
       [(m)-[b:BENEFITS]->() | [b.pos, b.name]] AS bens,
       [(m)-[:REGION|AGENCY|POLICY_DOCUMENT|BENEFITS]->(e) | e.id] AS named
ORDER BY m.pos
"""
_RELATION_TYPES = "|".join(RELATION_LABELS)
#: the relationships between some entities (from ``$ids``, of one label, to ``$ends``)
_RELATIONS_AMONG = f"UNWIND $ids AS id MATCH (:%s {{id: id}})-[r:{_RELATION_TYPES}]->(o) WHERE o.id IN $ends RETURN type(r) AS type, r {{.*}} AS r"


class Neo4jBackend(Backend):
    """A Neo4j database (5.26 LTS or later) holding the graph model.

    The password comes from ``NEO4J_PASSWORD`` when not given, so that it
    never has to appear on a command line.  Every read is an ``execute_read``
    and every write an ``execute_write``: with a ``neo4j://`` or
    ``neo4j+s://`` routing URI (a cluster, Aura) reads go to readers and
    writes to the leader, retried by the driver across a leader change, and
    one bookmark manager makes each read see the writes made before it.
    """

    name = "neo4j"

    def __init__(self, uri: str = "bolt://localhost:7687", user: str = "neo4j", database: str | None = None,
                 password: str | None = None, batch: int = BATCH) -> None:
        import neo4j
        from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

        self.uri, self.user, self.database, self.batch = uri, user, database, batch
        self._tx: Any = None
        self._bookmarks = neo4j.GraphDatabase.bookmark_manager()
        if password is None:
            password = os.environ.get("NEO4J_PASSWORD", "")
        _check_uri(uri)
        try:
            # server notifications are off: the driver would log them with the query text
            self._driver = neo4j.GraphDatabase.driver(uri, auth=(user, password), connection_timeout=15, notifications_min_severity="OFF")
        except (ConfigurationError, ValueError) as e:
            raise BackendError(f"cannot use Neo4j URI {uri!r}: {e}") from None
        try:
            self._driver.verify_connectivity()
        except AuthError:
            self._driver.close()
            hint = "" if password else " (no password given: set NEO4J_PASSWORD)"
            raise BackendError(f"Neo4j refused the credentials for user {user!r} at {uri}{hint}") from None
        except (ServiceUnavailable, OSError) as e:
            self._driver.close()
            raise BackendError(f"cannot reach Neo4j at {uri}: {e}") from None
        if database is not None:
            self._check_database(database)

    def _check_database(self, database: str) -> None:
        """An unknown database is an error naming the close matches."""
        with self._errors(), self._session("system") as s:
            names = s.execute_read(lambda tx: [r["name"] for r in tx.run("SHOW DATABASES YIELD name")])
        if database not in names:
            self._driver.close()
            close = difflib.get_close_matches(database, names) or names
            raise BackendError(f"Neo4j at {self.uri} has no database {database!r}; did you mean {', '.join(close)}?")

    # ------------------------------------------------------------ plumbing

    def close(self) -> None:
        self._driver.close()

    def _session(self, database: str | None = None) -> Any:
        """A session sharing the backend's bookmarks: a read routed to a follower sees the writes made before it."""
        return self._driver.session(database=database or self.database, bookmark_manager=self._bookmarks)

    def _in_transaction(self, work: Callable[[], Any]) -> Any:
        """Run ``work``'s reads and writes in one write transaction: all of them take effect, or none.

        The driver routes it to the cluster's leader and runs it again from
        the start after a transient failure (a leader change), so ``work``
        must not change anything outside the transaction.
        """
        def unit(tx: Any) -> Any:
            self._tx = tx
            try:
                result = work()
                fault("swap")
                return result
            finally:
                self._tx = None

        with self._errors(), self._session() as s:
            return s.execute_write(unit)

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Server and driver errors become one-line BackendErrors."""
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            yield
        except Neo4jError as e:
            raise BackendError(f"Neo4j at {self.uri}: {e.message or e}") from None
        except DriverError as e:
            raise BackendError(f"Neo4j at {self.uri}: {e}") from None

    def _run(self, write: bool, work: Callable[[Any], Any]) -> Any:
        if self._tx is not None:
            return work(self._tx)
        with self._errors(), self._session() as s:
            return s.execute_write(work) if write else s.execute_read(work)

    def _write(self, cypher: str, **params: Any) -> None:
        self._run(True, lambda tx: tx.run(cypher, **params).consume())

    def _write_rows(self, cypher: str, rows: Sequence[dict[str, Any]]) -> None:
        for chunk in _batches(rows, self.batch):
            self._write(cypher, rows=list(chunk))

    def _read(self, cypher: str, **params: Any) -> list[Any]:
        return self._run(False, lambda tx: list(tx.run(cypher, **params)))

    def ensure_schema(self) -> None:
        """Create constraints, indexes and the category scheme; idempotent and cheap, so every load runs it."""
        for stmt in schema_statements():
            self._write(stmt)
        tax = taxonomy()
        groups = [{"id": identity.group_iri(g.code), "code": g.code, "zh": g.zh, "en": g.en} for g in tax.groups.values()]
        cats = [{"id": identity.category_iri(c.code), "code": c.code, "zh": c.zh, "en": c.en, "group": c.group,
                 "group_id": identity.group_iri(c.group)} for c in tax.categories.values()]
        self._write(_TAXONOMY, groups=groups, cats=cats)
        self._write(_UNCODED)
        self._write(_UNLISTED)

    # ------------------------------------------------------------ writing

    def refuses(self, record: Record) -> str | None:
        return unstorable(record)

    def load(self, records: Iterable[Record], progress: Progress | None = None) -> LoadReport:
        t0 = time.monotonic()
        self.ensure_schema()
        report = LoadReport()
        seen = Hashes()  # the documents' ids: one whose records span several chunks is counted once
        chunk: list[Record] = []
        size = 0
        for rec in records:
            problem = unstorable(rec)
            if problem:
                report.rejected.append(problem)
                continue
            chunk.append(rec)
            size += len(rec.measures) + len(rec.entities) + len(rec.relations)
            if size >= self.batch:
                self._load_chunk(chunk, report, seen, progress)
                chunk, size = [], 0
        if chunk:
            self._load_chunk(chunk, report, seen, progress)
        report.seconds = time.monotonic() - t0
        return report

    def _load_chunk(self, chunk: list[Record], report: LoadReport, seen: Hashes, progress: Progress | None) -> None:
        """Replace a chunk of documents in one transaction: a crash leaves each at its old version.

        A document is counted the first time the load meets it, and as replaced when it was stored before the load.
        """
        written, present, facts = self._in_transaction(lambda: self._replace(chunk))
        for doc_id in written:
            if seen.add(doc_id):
                report.documents += 1
                report.replaced += doc_id in present
        report.facts += facts
        if progress:
            progress(len(chunk))

    def _replace(self, chunk: list[Record]) -> tuple[list[str], set[str], int]:
        """Remove the old share of documents already loaded, then write the chunk as new documents.

        Returns the ids of the documents written, those of them that replaced a stored version, and the facts written.
        """
        by_id = {r.doc_id: r for r in chunk}  # a document given twice: the last one wins
        present = {row["doc_id"] for row in self._read("MATCH (d:Document) WHERE d.doc_id IN $ids RETURN d.doc_id AS doc_id", ids=list(by_id))}
        touched: dict[str, set[str]] = defaultdict(set)
        for doc in sorted(present):
            for label, ids in self._remove_share(doc).items():
                touched[label] |= ids
        rows = Rows()
        resolvers = [rows.add_document(rec) for rec in by_id.values()]
        offered: dict[str, set[str]] = defaultdict(set)  # place id -> the codes of the categories of its new measures
        for rec, iri in zip(by_id.values(), resolvers):
            for m in rec.measures:
                offered[iri(m.region)].update(m.categories)
        self._refresh(touched, rows.mentions, offered)
        codes = sorted({c for rec in by_id.values() for m in rec.measures for c in m.categories})
        categories = [identity.category_iri(c) for c in codes]
        self._write_rows(_CATEGORIES, [{"id": i, "code": c} for i, c in zip(categories, codes)])
        position = {c: n for n, c in enumerate(codes)}
        docs: list[dict[str, Any]] = []
        size = 0
        for rec, iri in zip(by_id.values(), resolvers):
            docs.append(document_row(rec, iri, position))
            size += 1 + len(rec.entities) + len(rec.measures)
            if size >= self.batch:
                self._write(_WRITE_DOCUMENTS, categories=categories, docs=docs)
                docs, size = [], 0
        if docs:
            self._write(_WRITE_DOCUMENTS, categories=categories, docs=docs)
        for rtype, (s, o) in RELATION_LABELS.items():
            self._write_rows(_RELATIONS % (s, o, rtype), [
                [r["s"], r["o"], r["docs"], r["subjects"], r["objects"], r["texts"], r["starts"], r["ends"]]
                for r in rows.relation_rows(rtype)
            ])
        return list(by_id), present, rows.facts

    def _remove_share(self, doc: str) -> dict[str, set[str]]:
        """Delete what only this document says; return the entity ids to refresh, by label."""
        touched: dict[str, set[str]] = defaultdict(set)
        for row in self._read("MATCH (:Document {doc_id: $doc})-[:MENTIONS]->(e) RETURN DISTINCT e.id AS id, labels(e) AS labels", doc=doc):
            label = next(lb for lb in ENTITY_LABELS if lb in row["labels"])
            touched[label].add(row["id"])
        while True:
            res = self._read_write_count(
                "MATCH (m:Measure {doc_id: $doc}) WITH m LIMIT $n DETACH DELETE m RETURN count(*) AS n", doc=doc, n=self.batch
            )
            if res < self.batch:
                break
        types = "|".join(RELATION_LABELS)
        self._write(
            f"MATCH (:Document {{doc_id: $doc}})-[:MENTIONS]->()-[r:{types}]->() WHERE r.docs = [$doc] WITH DISTINCT r DELETE r", doc=doc
        )
        self._write(
            f"""MATCH (:Document {{doc_id: $doc}})-[:MENTIONS]->()-[r:{types}]->() WHERE $doc IN r.docs
            WITH DISTINCT r
            WITH r, [i IN range(0, size(r.docs) - 1) WHERE r.docs[i] <> $doc] AS keep
            SET r.docs = [i IN keep | r.docs[i]], r.subjects = [i IN keep | r.subjects[i]],
                r.objects = [i IN keep | r.objects[i]], r.texts = [i IN keep | r.texts[i]],
                r.starts = [i IN keep | r.starts[i]], r.ends = [i IN keep | r.ends[i]]""",
            doc=doc,
        )
        self._write("MATCH (d:Document {doc_id: $doc}) DETACH DELETE d", doc=doc)
        return touched

    def _read_write_count(self, cypher: str, **params: Any) -> int:
        return self._run(True, lambda tx: tx.run(cypher, **params).single()["n"])

    def _refresh(self, touched: Mapping[str, set[str]], mentions: Mapping[str, list[dict[str, Any]]] | None = None,
                 offered: Mapping[str, set[str]] | None = None) -> None:
        """Write name, aliases, docs, code, Region/Zone labels and a place's ``codes`` of entities; delete the unmentioned.

        ``touched`` entities lost a document's mentions and are summarised from
        all their stored mentions (a place's codes from its stored measures).
        ``mentions`` are those of documents about to be written, ``offered``
        the codes of their measures by place: their other entities are merged
        here, from the node's current properties and the new mentions and
        codes, so no pass reads every mention or measure of a popular place
        again or revisits the new nodes.
        """
        fault("index")
        mentions, offered = mentions or {}, offered or {}
        for label in ENTITY_LABELS:
            new: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
            for m in mentions.get(label, ()):
                new[m["id"]].append((m["doc"], m["pos"], m["name"], m["type"], m["aliases"], m["code"]))
            lost = touched.get(label, set())
            for chunk in _batches(sorted(lost), self.batch):
                found = {row["id"]: row["mentions"] for row in self._read(_MENTIONED % label, ids=list(chunk))}
                codes = {row["id"]: row["codes"] for row in self._read(_OFFERED_CODES, ids=list(chunk))} if label == "Place" else {}
                self._write_summaries(label, [s for i in chunk if (s := summarise(i, [*map(tuple, found.get(i, ())), *new.get(i, ())]))],
                                      {i: {*codes.get(i, ()), *offered.get(i, ())} for i in chunk})
                gone = [i for i in chunk if i not in found and i not in new]
                if gone:
                    self._write(_ORPHANS % label, ids=gone)
            for chunk in _batches(sorted(set(new) - lost), self.batch):
                stored = {row["id"]: (row["summary"], row["codes"]) for row in self._read(_STORED % label, ids=list(chunk))}
                summaries, codes = [], {}
                for i in chunk:
                    s = summarise(i, new[i])
                    assert s is not None
                    if i in stored:
                        (name, aliases, docs, code, level, labels), codes[i] = stored[i]
                        s = combine(EntitySummary(i, name, aliases, docs, code, level, frozenset(labels) & {"Region", "Zone"}), s)
                    summaries.append(s)
                self._write_summaries(label, summaries, {i: {*codes.get(i, ()), *offered.get(i, ())} for i in chunk})

    def _write_summaries(self, label: str, summaries: Sequence[EntitySummary], codes: Mapping[str, set[str]]) -> None:
        """Write entity summaries; a place's ``codes`` (sorted; none when empty) are those of ``codes``."""
        self._write_rows(_PLACES if label == "Place" else _ENTITIES % label, [
            [s.id, s.name, s.aliases, s.docs, s.code, s.level, "Region" in s.types, "Zone" in s.types, sorted(codes.get(s.id, ())) or None]
            for s in summaries
        ])

    def remove(self, doc_id: str) -> bool:
        if not self._read("MATCH (d:Document {doc_id: $doc}) RETURN d.doc_id AS doc_id", doc=doc_id):
            return False
        self._in_transaction(lambda: self._refresh(self._remove_share(doc_id)))
        return True

    # ------------------------------------------------------------ reading

    def documents(self) -> list[str]:
        return [r["doc_id"] for r in self._read("MATCH (d:Document) RETURN d.doc_id AS doc_id ORDER BY doc_id")]

    def stats(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for label in STAT_LABELS:
            out[label] = self._read(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"]
        for rtype in STAT_TYPES:
            out[rtype] = self._read(f"MATCH ()-[r:{rtype}]->() RETURN count(r) AS n")[0]["n"]
        return out

    def query(self, name: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        q = queries.get(name)
        bound = q.bind(params)
        text = packed(q.text("cypher"), q.columns)
        parameters = dict(bound)  # a query may apply its limit itself; shape cuts the rows to it in any case
        from neo4j.exceptions import Neo4jError

        def work(tx: Any) -> tuple[list[str], list[list[Any]]]:
            res = tx.run(text, parameters)
            if q.columns:
                return list(q.columns), [[plain(v) for v in row] for row in res.single(strict=True)["rows"]]
            rows = [[plain(v) for v in rec.values()] for rec in res]
            return list(res.keys()), rows

        try:
            with self._session() as s:
                columns, rows = s.execute_read(work)
        except Neo4jError as e:
            raise BackendError(f"stored query {name} failed on Neo4j: {e.message or e}") from None
        return QueryResult(*q.shape(columns or list(q.columns), rows, bound))

    # ------------------------------------------------------------ lookups for selections and similarity

    def names(self, kinds: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        """From the nodes' derived ``name`` and ``aliases``; a place with the Zone label is a Zone."""
        kinds = set(kinds)
        yield from self._names(kinds, _NAMES)
        if "Document" in kinds:
            for row in self._read("MATCH (d:Document) RETURN d.id AS id, d.doc_id AS doc_id, d.title AS title"):
                yield row["doc_id"], "Document", row["id"]
                if row["title"]:
                    yield row["title"], "Document", row["id"]

    def _names(self, kinds: Iterable[str], cypher: str, **params: Any) -> Iterator[tuple[str, str, str]]:
        kinds = set(kinds)
        for label in ENTITY_LABELS:
            if label == "Place" and kinds & {"Region", "Zone"} or label in kinds:
                for row in self._read(cypher % label, **params):
                    kind = ("Zone" if row["zone"] else "Region") if label == "Place" else label
                    if kind in kinds:
                        yield from ((n, kind, row["id"]) for n in row["names"] if n)

    def links(self, nodes: Iterable[str]) -> Iterator[Link]:
        """One query per label of the given nodes, each seeking them by id."""
        seen: set[Link] = set()
        for label, ids in _by_label(nodes).items():
            for chunk in _batches(ids, self.batch):
                for row in self._read(_LINKS % label, ids=list(chunk), types=list(LINK_TYPES)):
                    link = (row["s"], row["t"], row["o"])
                    if link not in seen:
                        seen.add(link)
                        yield link

    def degrees(self, nodes: Iterable[str]) -> dict[str, int]:
        """Counted by the server, without sending the links."""
        out: dict[str, int] = {}
        for label, ids in _by_label(nodes).items():
            for chunk in _batches(ids, self.batch):
                out.update((row["id"], row["n"]) for row in self._read(_DEGREES % label, ids=list(chunk), types=[t for t in LINK_TYPES if t != "MENTIONS"]))
        return out

    def documents_of(self, nodes: Iterable[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for label, ids in _by_label(nodes).items():
            cypher = _DOCUMENTS_OF.get(label) or _ENTITY_DOCUMENTS % label
            for chunk in _batches(ids, self.batch):
                out.update((row["id"], set(row["docs"])) for row in self._read(cypher, ids=list(chunk)) if row["docs"])
        return out

    def named(self, spellings: Iterable[str], kinds: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        wanted = sorted(set(spellings))
        for s, kind, node in self._names(kinds, _NAMED, names=wanted):
            if s in wanted:
                yield s, kind, node

    def category_weights(self) -> dict[str, int]:
        from ..taxonomy import category_weight

        return {row["code"]: category_weight(row["n"]) for row in self._read(_CATEGORY_PLACES)}

    def place_categories(self, nodes: Iterable[str] | None = None) -> Iterator[tuple[str, str, str | None, frozenset[str]]]:
        ids = None if nodes is None else sorted(set(nodes))
        for row in self._read(_PLACE_CATEGORIES, ids=ids, level=None):
            yield row["id"], row["name"], row["level"], frozenset(row["codes"])

    def category_masks(self, level: str | None = None) -> dict[int, int]:
        """Counted by the server from each place's measures' categories."""
        return {row["mask"]: row["n"] for row in self._read(_CATEGORY_MASKS, ids=None, level=level, bits=category_bits())}

    def places_offering(self, masks: Iterable[int], level: str | None = None) -> Iterator[tuple[str, str, str | None, frozenset[str]]]:
        """Picked by the server, which computes each place's mask."""
        rows = self._read(_PLACES_OFFERING, ids=None, level=level, bits=category_bits(), masks=sorted(set(masks)))
        return ((row["id"], row["name"], row["level"], frozenset(row["codes"])) for row in rows)

    def place_measures(self, places: Iterable[str]) -> Iterator[PlaceMeasure]:
        """The measures of each place, sought from the place's node: no document is read whole."""
        for chunk in _batches(sorted(set(places)), self.batch):
            for row in self._read(_PLACE_MEASURES, ids=list(chunk)):
                yield PlaceMeasure(row["doc"], row["pos"], row["id"], row["text"] or row["summary"] or "", _span(row["start"], row["end"]),
                                   frozenset(row["codes"]), row["policy"])

    def parts(self, nodes: Iterable[str]) -> Iterator[Part]:
        """Sought by id: the measures, the mentions of their entities and of the given ones, the relationships among those
        entities and the documents' descriptions; no document is read whole."""
        by_label = _by_label(nodes)
        measures: dict[str, list[tuple[int, Measure]]] = defaultdict(list)  # doc id -> its measures, with their positions
        entities = {n for label in ENTITY_LABELS for n in by_label.get(label, ())}
        for chunk in _batches(by_label.get("Measure", []), self.batch):
            for row in self._read("UNWIND $ids AS id MATCH (m:Measure {id: id})" + _MEASURE, ids=list(chunk)):
                measures[row["m"]["doc_id"]].append((row["m"]["pos"], _measure(row)))
                entities.update(row["named"])
        mentions: dict[str, list[tuple[int, Entity]]] = defaultdict(list)
        relations: dict[str, list[Relation]] = defaultdict(list)
        ends = sorted(entities)
        for label, ids in _by_label(entities).items():
            for chunk in _batches(ids, self.batch):
                for row in self._read(_MENTIONS % label, ids=list(chunk)):
                    mentions[row["doc"]].append((row["m"]["pos"], _entity(row["m"])))
                for row in self._read(_RELATIONS_AMONG % label, ids=list(chunk), ends=ends):
                    for doc in row["r"]["docs"]:
                        relations[doc].append(_relation(row, doc))
        docs = [identity.document_iri(d) for d in mentions] + by_label.get("Document", [])
        heads = {row["d"]["doc_id"]: row["d"] for chunk in _batches(sorted(set(docs)), self.batch)
                 for row in self._read(_DOCUMENTS, ids=list(chunk))}
        for doc in sorted(heads):
            kept = sorted(measures.get(doc, ()), key=lambda pm: pm[0])
            record = _record_of(heads[doc], [e for _, e in sorted(mentions.get(doc, ()), key=lambda pe: pe[0])],
                                [m for _, m in kept], relations.get(doc, []))
            yield Part(record, tuple(pos for pos, _ in kept))

    def records(self, doc_ids: Iterable[str] | None = None) -> Iterator[Record]:
        ids = self.documents() if doc_ids is None else list(doc_ids)
        for doc in ids:
            rec = self._record(doc)
            if rec is not None:
                yield rec

    def _record(self, doc: str) -> Record | None:
        head = self._read("MATCH (d:Document {doc_id: $doc}) RETURN d {.*} AS d", doc=doc)
        if not head:
            return None
        entities = [_entity(r["m"]) for r in self._read("MATCH (:Document {doc_id: $doc})-[m:MENTIONS]->() RETURN m {.*} AS m ORDER BY m.pos", doc=doc)]
        relations = [_relation(row, doc) for row in self._read(
            f"MATCH (:Document {{doc_id: $doc}})-[:MENTIONS]->()-[r:{_RELATION_TYPES}]->() WHERE $doc IN r.docs "
            "WITH DISTINCT r RETURN type(r) AS type, r {.*} AS r", doc=doc)]
        measures = [_measure(row) for row in self._read("MATCH (m:Measure {doc_id: $doc})" + _MEASURE, doc=doc)]
        return _record_of(head[0]["d"], entities, measures, relations)


def _entity(m: Mapping[str, Any]) -> Entity:
    """An entity as a document declared it, from the properties of its ``MENTIONS`` relationship."""
    return Entity(name=m["name"], type=m["type"], aliases=tuple(m.get("aliases") or ()), code=m.get("code"), text=m.get("text"),
                  span=_span(m.get("start"), m.get("end")))


def _relation(row: Mapping[str, Any], doc: str) -> Relation:
    """What document ``doc`` states of an entity relationship (``row``: its type and properties)."""
    r = row["r"]
    i = r["docs"].index(doc)

    def at(key: str, default: Any) -> Any:
        # an empty array value does not survive a neo4j-admin import
        values = r.get(key) or ()
        return values[i] if i < len(values) else default

    return Relation(type=row["type"], subject=at("subjects", None), object=at("objects", None),
                    text=at("texts", "") or None, span=_span(at("starts", -1), at("ends", -1)))


def _measure(row: Mapping[str, Any]) -> Measure:
    """A measure from a row of ``_MEASURE``."""
    m = row["m"]
    return Measure(
        region=row["region"], categories=tuple(c for _, c in sorted(row["cats"])), agency=row["agency"],
        policy_document=row["policy"], beneficiaries=tuple(b for _, b in sorted(row["bens"])),
        amount_cny=_number(m.get("amount_cny")), cap_cny=_number(m.get("cap_cny")), text=m.get("text"),
        span=_span(m.get("start"), m.get("end")), summary=m.get("summary"), section=m.get("section"),
    )


def _record_of(d: Mapping[str, Any], entities: list[Entity], measures: list[Measure], relations: list[Relation]) -> Record:
    """A record of a document (``d``: its node's properties); relations in (type, subject, object) order, as the store keeps no order of them."""
    return Record(doc_id=d["doc_id"], entities=tuple(entities), measures=tuple(measures),
                  relations=tuple(sorted(relations, key=lambda r: (r.type, r.subject, r.object))),
                  title=d.get("title"), publisher=d.get("publisher"), date=d.get("date"), source=d.get("source"))


def _by_label(nodes: Iterable[str]) -> dict[str, list[str]]:
    """Node ids grouped by the label they are indexed under (ids not made by kg.identity are left out)."""
    out: dict[str, list[str]] = defaultdict(list)
    for n in sorted(set(nodes)):
        label = LABEL_OF_KIND.get(identity.kind_of(n) or "")
        if label:
            out[label].append(n)
    return out


def _span(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None or start < 0 else (start, end)

