"""Records to RDF and back, following docs/graph-model.md.

Records become N-Quads text: one named graph per source document (the graph
name is the document's IRI), so a document can be replaced or removed as a
unit.  Text is the fastest way into Oxigraph and any RDF tool reads it.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Callable, Iterable, Iterator

import rdflib

from . import identity
from .gazetteer import place_facts
from .model import ENTITY_TYPES, Entity, Measure, Record, Relation
from .taxonomy import taxonomy

KG = identity.ONTOLOGY
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
TAXONOMY_GRAPH = identity.ID + "graph/taxonomy"
INDEX_GRAPH = identity.ID + "graph/index"
#: a document's new version is written under this prefix + its graph IRI, then moved into place
STAGING_PREFIX = identity.ID + "graph/staging/"
SCHEME = identity.ID + "category-scheme"

PREFIXES = {"kg": KG, "skos": SKOS, "prov": PROV, "dcterms": DCT, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}

#: relation type of a record <-> ontology property
RELATION_PROPERTY = {"LOCATED_IN": KG + "locatedIn", "PART_OF": KG + "partOf", "UNDER": KG + "under"}
PROPERTY_RELATION = {v: k for k, v in RELATION_PROPERTY.items()}
CLASS = {t: KG + t for t in ENTITY_TYPES}

# N-Quads string escapes; other control characters as \u escapes so that no parser trips on them.
_ESC = str.maketrans(
    {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}
    | {chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if chr(c) not in "\n\r"}
)


def iri(value: str) -> str:
    return f"<{value}>"


def lit(value: str, lang: str | None = None) -> str:
    s = f'"{value.translate(_ESC)}"'
    return f"{s}@{lang}" if lang else s


def typed(value: int | float, dtype: str) -> str:
    text = str(value) if isinstance(value, int) else format(Decimal(repr(value)), "f")
    return f'"{text}"^^<{XSD}{dtype}>'


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


class _Writer:
    """Collects the N-Quads lines of one document graph (written into ``into``, by default the graph itself)."""

    def __init__(self, graph: str, into: str | None = None) -> None:
        self.g = iri(graph)
        self.into = iri(into) if into else self.g
        self.lines: list[str] = []

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} <{p}> {o} {self.into} .")

    def evidence(self, about: str, text: str | None, span: tuple[int, int] | None, doc: str) -> None:
        if not text and not span:
            return
        ev = iri(identity.ID + "evidence/" + _hash(self.g, about, text or "", str(span)))
        self.add(ev, RDF_TYPE, iri(KG + "Evidence"))
        self.add(ev, KG + "about", about)
        self.add(ev, PROV + "wasDerivedFrom", doc)
        if text:
            self.add(ev, KG + "text", lit(text))
        if span:
            self.add(ev, KG + "start", typed(span[0], "integer"))
            self.add(ev, KG + "end", typed(span[1], "integer"))


def staging_graph(doc_iri: str) -> str:
    """Where a document's new version waits until it replaces the old one."""
    return STAGING_PREFIX + doc_iri


#: a record's entities with their IRI terms, and the IRI term of a name (see :func:`entity_terms`)
Terms = tuple[list[tuple[Entity, str, bool]], Callable[[str], str]]


def record_nquads(record: Record, *, staged: bool = False, terms: Terms | None = None) -> list[str]:
    """The N-Quads lines of one record, all in the document's named graph (or its staging graph).

    ``terms`` are the record's :func:`entity_terms` when the caller has them already.
    """
    doc_iri = identity.document_iri(record.doc_id)
    doc = iri(doc_iri)
    w = _Writer(doc_iri, staging_graph(doc_iri) if staged else None)
    w.add(doc, RDF_TYPE, iri(KG + "Document"))
    w.add(doc, KG + "docId", lit(record.doc_id))
    for field, prop in (("title", DCT + "title"), ("publisher", DCT + "publisher"), ("date", DCT + "date"), ("source", KG + "source")):
        value = getattr(record, field)
        if value:
            w.add(doc, prop, lit(value))

    entities, ref = terms or entity_terms(record)
    for e, term, first in entities:
        _entity(w, e, term, first=first, doc=doc)
    for i, m in enumerate(record.measures):
        _measure(w, record.doc_id, i, m, ref, doc)
    for r in record.relations:
        _relation(w, r, ref, doc)
    return w.lines


def entity_terms(record: Record) -> Terms:
    """The record's entities with their IRI terms, each flagged when it is the first of the record with its IRI,
    and the IRI term of a name or alias (measures and relations refer to entities by name)."""
    types = record.types_by_name()
    node: dict[str, str] = {}  # entity name or alias -> IRI term
    seen: set[str] = set()
    out: list[tuple[Entity, str, bool]] = []
    for e in record.entities:
        term = iri(identity.entity_iri(e.type, e.name))
        for n in (e.name, *e.aliases):
            node.setdefault(n, term)
        out.append((e, term, term not in seen))
        seen.add(term)

    def ref(name: str) -> str:
        return node.get(name) or iri(identity.entity_iri(types[name], name))

    return out, ref


def code_and_level(e: Entity) -> tuple[str | None, str | None]:
    """The code and level stored for an entity: a place's come from the gazetteer unless the record gives a code."""
    if e.type not in ("Region", "Zone"):
        return e.code, None
    gz_code, level = place_facts(e.name)
    return e.code or gz_code, level or ("zone" if e.type == "Zone" else None)


def _entity(w: _Writer, e: Entity, term: str, *, first: bool, doc: str) -> None:
    w.add(term, RDF_TYPE, iri(CLASS[e.type]))
    # A second entity of the record with the same identity keeps its name as an alias.
    w.add(term, SKOS + ("prefLabel" if first else "altLabel"), lit(e.name))
    for a in e.aliases:
        w.add(term, SKOS + "altLabel", lit(a))
    code, level = code_and_level(e)
    if code:
        w.add(term, KG + "code", lit(code))
    if level:
        w.add(term, KG + "level", lit(level))
    w.evidence(term, e.text, e.span, doc)


def _measure(w: _Writer, doc_id: str, index: int, m: Measure, ref, doc: str) -> None:  # type: ignore[no-untyped-def]
    term = iri(identity.measure_iri(doc_id, index))
    w.add(term, RDF_TYPE, iri(KG + "Measure"))
    w.add(term, KG + "index", typed(index, "integer"))
    w.add(term, PROV + "wasDerivedFrom", doc)
    w.add(term, KG + "region", ref(m.region))
    if m.agency:
        w.add(term, KG + "agency", ref(m.agency))
    if m.policy_document:
        w.add(term, KG + "policyDocument", ref(m.policy_document))
    for c in m.categories:
        w.add(term, KG + "category", iri(identity.category_iri(c)))
    for b in m.beneficiaries:
        w.add(term, KG + "beneficiary", ref(b))
    if m.amount_cny is not None:
        w.add(term, KG + "amountCNY", typed(m.amount_cny, "decimal"))
    if m.cap_cny is not None:
        w.add(term, KG + "capCNY", typed(m.cap_cny, "decimal"))
    for field in ("text", "summary", "section"):
        value = getattr(m, field)
        if value:
            w.add(term, KG + field, lit(value))
    if m.span:
        w.add(term, KG + "start", typed(m.span[0], "integer"))
        w.add(term, KG + "end", typed(m.span[1], "integer"))


def _relation(w: _Writer, r: Relation, ref, doc: str) -> None:  # type: ignore[no-untyped-def]
    s, p, o = ref(r.subject), RELATION_PROPERTY[r.type], ref(r.object)
    w.add(s, p, o)
    if r.text or r.span:
        st = iri(identity.ID + "statement/" + _hash(s, p, o))
        w.add(st, RDF_TYPE, iri(RDF + "Statement"))
        w.add(st, RDF + "subject", s)
        w.add(st, RDF + "predicate", iri(p))
        w.add(st, RDF + "object", o)
        w.evidence(st, r.text, r.span, doc)


def taxonomy_nquads() -> list[str]:
    """The category scheme as SKOS, in its own graph (also shipped as schema/categories.ttl)."""
    w = _Writer(TAXONOMY_GRAPH)
    scheme = iri(SCHEME)
    tx = taxonomy()
    w.add(scheme, RDF_TYPE, iri(SKOS + "ConceptScheme"))
    w.add(scheme, SKOS + "prefLabel", lit("企业支持措施分类", "zh"))
    w.add(scheme, SKOS + "prefLabel", lit("Enterprise-support measure categories", "en"))
    for g in tx.groups.values():
        t = iri(identity.group_iri(g.code))
        w.add(t, RDF_TYPE, iri(SKOS + "Concept"))
        w.add(t, RDF_TYPE, iri(KG + "CategoryGroup"))
        w.add(t, SKOS + "inScheme", scheme)
        w.add(t, SKOS + "topConceptOf", scheme)
        w.add(t, SKOS + "notation", lit(g.code))
        w.add(t, SKOS + "prefLabel", lit(g.zh, "zh"))
        w.add(t, SKOS + "prefLabel", lit(g.en, "en"))
    for c in tx.categories.values():
        t = iri(identity.category_iri(c.code))
        w.add(t, RDF_TYPE, iri(SKOS + "Concept"))
        w.add(t, RDF_TYPE, iri(KG + "Category"))
        w.add(t, SKOS + "inScheme", scheme)
        w.add(t, SKOS + "notation", lit(c.code))
        w.add(t, SKOS + "prefLabel", lit(c.zh, "zh"))
        w.add(t, SKOS + "prefLabel", lit(c.en, "en"))
        w.add(t, SKOS + "broader", iri(identity.group_iri(c.group)))
        for cue in c.cues:
            w.add(t, SKOS + "hiddenLabel", lit(cue, "zh"))
    return w.lines


def records_to_dataset(records: Iterable[Record], with_taxonomy: bool = True) -> rdflib.Dataset:
    """An in-memory rdflib Dataset of the records (for export and validation)."""
    ds = rdflib.Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    lines: list[str] = taxonomy_nquads() if with_taxonomy else []
    for rec in records:
        lines.extend(record_nquads(rec))
    if lines:
        ds.parse(data="\n".join(lines), format="nquads")
    return ds


def _py(term: object) -> object:
    if isinstance(term, rdflib.Literal):
        return term.toPython()
    return str(term)


def graph_to_record(doc_id: str, quads: Iterator[tuple[str, str, object]]) -> Record:
    """Rebuild a record from the (subject, predicate, object) triples of its document graph.

    Subjects and IRI objects are strings, literal objects Python values.
    """
    by_s: dict[str, dict[str, list[object]]] = {}
    for s, p, o in quads:
        by_s.setdefault(s, {}).setdefault(p, []).append(o)

    def one(s: str, p: str) -> object | None:
        vals = by_s.get(s, {}).get(p)
        return min(vals, key=str) if vals else None

    def label(s: str) -> str:
        return str(one(s, SKOS + "prefLabel") or one(s, SKOS + "altLabel") or s)

    doc = identity.document_iri(doc_id)
    kinds = {CLASS[t]: t for t in ENTITY_TYPES}
    entities: list[tuple[str, Entity]] = []
    spans: dict[str, tuple[str | None, tuple[int, int] | None]] = {}
    for s, props in by_s.items():
        if KG + "Evidence" in props.get(RDF_TYPE, []):
            about = str(one(s, KG + "about"))
            start, end = one(s, KG + "start"), one(s, KG + "end")
            spans[about] = (one(s, KG + "text"), (int(start), int(end)) if start is not None else None)  # type: ignore[arg-type]
    for s, props in by_s.items():
        etype = next((kinds[str(t)] for t in props.get(RDF_TYPE, []) if str(t) in kinds), None)
        if etype is None:
            continue
        name = label(s)
        aliases = sorted(str(a) for a in props.get(SKOS + "altLabel", []) if str(a) != name)
        text, span = spans.get(s, (None, None))
        code = one(s, KG + "code")
        entities.append((s, Entity(name=name, type=etype, aliases=tuple(aliases), code=str(code) if code else None, text=text, span=span)))
    entities.sort(key=lambda p: (ENTITY_TYPES.index(p[1].type), p[1].name))

    measures: list[tuple[int, Measure]] = []
    for s, props in by_s.items():
        if KG + "Measure" not in props.get(RDF_TYPE, []):
            continue
        cats = sorted(str(c).rsplit("/", 1)[1] for c in props.get(KG + "category", []))
        start, end = one(s, KG + "start"), one(s, KG + "end")
        agency, policy = one(s, KG + "agency"), one(s, KG + "policyDocument")
        amount, cap = one(s, KG + "amountCNY"), one(s, KG + "capCNY")
        m = Measure(
            region=label(str(one(s, KG + "region"))),
            categories=tuple(cats),
            agency=label(str(agency)) if agency else None,
            policy_document=label(str(policy)) if policy else None,
            beneficiaries=tuple(sorted(label(str(b)) for b in props.get(KG + "beneficiary", []))),
            amount_cny=_number(amount),
            cap_cny=_number(cap),
            text=_opt(one(s, KG + "text")),
            span=(int(start), int(end)) if start is not None else None,  # type: ignore[arg-type]
            summary=_opt(one(s, KG + "summary")),
            section=_opt(one(s, KG + "section")),
        )
        measures.append((int(one(s, KG + "index") or 0), m))  # type: ignore[arg-type]
    measures.sort(key=lambda p: p[0])

    relations: list[Relation] = []
    for s, props in by_s.items():
        for p, objs in props.items():
            if p in PROPERTY_RELATION:
                for o in objs:
                    st = identity.ID + "statement/" + _hash(iri(s), p, iri(str(o)))
                    text, span = spans.get(st, (None, None))
                    relations.append(Relation(PROPERTY_RELATION[p], label(s), label(str(o)), text=text, span=span))
    relations.sort(key=lambda r: (r.type, r.subject, r.object))

    return Record(
        doc_id=doc_id,
        entities=tuple(e for _, e in entities),
        measures=tuple(m for _, m in measures),
        relations=tuple(relations),
        title=_opt(one(doc, DCT + "title")),
        publisher=_opt(one(doc, DCT + "publisher")),
        date=_opt(one(doc, DCT + "date")),
        source=_opt(one(doc, KG + "source")),
    )


def _opt(value: object | None) -> str | None:
    return None if value is None else str(value)


def _number(value: object | None) -> int | float | None:
    """A stored xsd:decimal back as the record's number: int when whole (exactly, however large), else float."""
    if value is None:
        return None
    d = Decimal(str(value))
    return int(d) if d == d.to_integral_value() else float(d)

