"""Records to RDF and back, following docs/graph-model.md.

Records become N-Quads text: one named graph per source document (the graph
name is the document's IRI), so a document can be replaced or removed as a
unit.  Text is the fastest way into Oxigraph and any RDF tool reads it.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from functools import lru_cache
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
#: a document's new version (or what it adds to the old one) is written under this prefix + its graph IRI, then moved into place
STAGING_PREFIX = identity.ID + "graph/staging/"
#: what a document's new version no longer says waits under this prefix + its graph IRI, then leaves it
RETIRING_PREFIX = identity.ID + "graph/retiring/"
SCHEME = identity.ID + "category-scheme"

PREFIXES = {"kg": KG, "skos": SKOS, "prov": PROV, "dcterms": DCT, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}

#: relation type of a record <-> ontology property
RELATION_PROPERTY = {"LOCATED_IN": KG + "locatedIn", "PART_OF": KG + "partOf", "UNDER": KG + "under"}
PROPERTY_RELATION = {v: k for k, v in RELATION_PROPERTY.items()}
CLASS = {t: KG + t for t in ENTITY_TYPES}

def iri(value: str) -> str:
    return f"<{value}>"


def lit(value: str, lang: str | None = None) -> str:
    """A string literal: JSON's string escapes are N-Quads escapes too, and its C encoder does no per-character Python work.

    Every control character comes out as an escape (DEL too), so that no parser trips on one.
    """
    s = _quote(value)
    if "\x7f" in s:
        s = s.replace("\x7f", "\\u007F")
    return f"{s}@{lang}" if lang else s


_quote = json.encoder.encode_basestring  # type: ignore[attr-defined]


def typed(value: int | float, dtype: str) -> str:
    text = str(value) if isinstance(value, int) else format(Decimal(repr(value)), "f")
    return f'"{text}"^^<{XSD}{dtype}>'


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


# terms written for every record, formatted once
_A = iri(RDF_TYPE)
_INTEGER = f"^^<{XSD}integer>"
_MEASURE, _DOCUMENT, _EVIDENCE = iri(KG + "Measure"), iri(KG + "Document"), iri(KG + "Evidence")
_INDEX, _DERIVED, _REGION = iri(KG + "index"), iri(PROV + "wasDerivedFrom"), iri(KG + "region")
_AGENCY, _POLICY, _CATEGORY, _BENEFICIARY = iri(KG + "agency"), iri(KG + "policyDocument"), iri(KG + "category"), iri(KG + "beneficiary")
_AMOUNT, _CAP, _START, _END = iri(KG + "amountCNY"), iri(KG + "capCNY"), iri(KG + "start"), iri(KG + "end")
_TEXT, _ABOUT, _CATEGORY_LIST = iri(KG + "text"), iri(KG + "about"), iri(KG + "categoryList")
_PREF, _ALT = iri(SKOS + "prefLabel"), iri(SKOS + "altLabel")
_MEASURE_TEXTS = tuple((f, iri(KG + f)) for f in ("text", "summary", "section"))
_DOCUMENT_FIELDS = tuple((f, iri(p)) for f, p in (("title", DCT + "title"), ("publisher", DCT + "publisher"), ("date", DCT + "date"), ("source", KG + "source")))
_CATEGORY_TERMS: dict[str, str] = {}


class _Writer:
    """Collects the triples of one document graph as "s p o" texts; :meth:`text` ends each with the graph it goes into.

    The graph is the document's own unless ``into`` is given (a staging graph).
    """

    def __init__(self, graph: str, into: str | None = None) -> None:
        self.g = iri(graph)
        self.end = f" {iri(into) if into else self.g} .\n"
        self.triples: list[str] = []

    def add(self, s: str, p: str, o: str) -> None:
        self.triples.append(f"{s} <{p}> {o}")

    def text(self) -> str:
        return self.end.join(self.triples) + self.end if self.triples else ""

    def evidence(self, about: str, text: str | None, span: tuple[int, int] | None, doc: str) -> None:
        if not text and not span:
            return
        ev = iri(identity.ID + "evidence/" + _hash(self.g, about, text or "", str(span)))
        add = self.triples.append
        add(f"{ev} {_A} {_EVIDENCE}")
        add(f"{ev} {_ABOUT} {about}")
        add(f"{ev} {_DERIVED} {doc}")
        if text:
            add(f"{ev} {_TEXT} {lit(text)}")
        if span:
            add(f'{ev} {_START} "{span[0]}"{_INTEGER}')
            add(f'{ev} {_END} "{span[1]}"{_INTEGER}')


def staging_graph(doc_iri: str) -> str:
    """Where a document's new version waits until it replaces the old one."""
    return STAGING_PREFIX + doc_iri


def retiring_graph(doc_iri: str) -> str:
    """Where the triples a document's new version drops wait until they leave it."""
    return RETIRING_PREFIX + doc_iri


#: a record's entities with their IRI terms, and the IRI term of a name (see :func:`entity_terms`)
Terms = tuple[list[tuple[Entity, str, bool]], Callable[[str], str]]


def record_nquads(record: Record, *, staged: bool = False, terms: Terms | None = None) -> list[str]:
    """The N-Quads lines of one record (see :func:`record_text`)."""
    return record_text(record, staged=staged, terms=terms).split("\n")[:-1]  # literals hold no raw LF


def record_text(record: Record, *, staged: bool = False, terms: Terms | None = None) -> str:
    """The N-Quads of one record as one text, all in the document's named graph (or its staging graph).

    The first line is the document's type (a load's completion marker).
    ``terms`` are the record's :func:`entity_terms` when the caller has them already.
    """
    doc_iri = identity.document_iri(record.doc_id)
    doc = iri(doc_iri)
    w = _Writer(doc_iri, staging_graph(doc_iri) if staged else None)
    add = w.triples.append
    add(f"{doc} {_A} {_DOCUMENT}")
    add(f"{doc} <{KG}docId> {lit(record.doc_id)}")
    for field, prop in _DOCUMENT_FIELDS:
        value = getattr(record, field)
        if value:
            add(f"{doc} {prop} {lit(value)}")

    entities, ref = terms or entity_terms(record)
    for e, term, first in entities:
        w.triples.extend(_entity_triples(e.type, e.name, e.aliases, e.code, first))
        w.evidence(term, e.text, e.span, doc)
    base = identity.measure_base(record.doc_id)
    for i, m in enumerate(record.measures):
        _measure(w, f"<{base}{i}>", i, m, ref, doc)
    for r in record.relations:
        _relation(w, r, ref, doc)
    return w.text()


def entity_terms(record: Record) -> Terms:
    """The record's entities with their IRI terms, each flagged when it is the first of the record with its IRI,
    and the IRI term of a name or alias (measures and relations refer to entities by name)."""
    types = record.types_by_name()
    node: dict[str, str] = {}  # entity name or alias -> IRI term
    seen: set[str] = set()
    out: list[tuple[Entity, str, bool]] = []
    for e in record.entities:
        term = _entity_term(e.type, e.name)
        for n in (e.name, *e.aliases):
            node.setdefault(n, term)
        out.append((e, term, term not in seen))
        seen.add(term)

    def ref(name: str) -> str:
        return node.get(name) or _entity_term(types[name], name)

    return out, ref


def _entity_term(etype: str, name: str) -> str:
    return f"<{identity.entity_iri(etype, name)}>"


def code_and_level(e: Entity) -> tuple[str | None, str | None]:
    """The code and level stored for an entity: a place's come from the gazetteer unless the record gives a code."""
    return code_and_level_of(e.type, e.name, e.code)


def code_and_level_of(etype: str, name: str, code: str | None) -> tuple[str | None, str | None]:
    """:func:`code_and_level` of an entity given by its type, name and code."""
    if etype not in ("Region", "Zone"):
        return code, None
    gz_code, level = place_facts(name)
    return code or gz_code, level or ("zone" if etype == "Zone" else None)


@lru_cache(maxsize=4096)
def _entity_triples(etype: str, name: str, aliases: tuple[str, ...], code: str | None, first: bool) -> tuple[str, ...]:
    """What a document says of one of its entities, but for the evidence (cached: the same entities recur across documents).

    A second entity of the record with the same identity keeps its name as an alias.
    """
    term = _entity_term(etype, name)
    out = [f"{term} {_A} <{CLASS[etype]}>", f"{term} {_PREF if first else _ALT} {lit(name)}"]
    out += [f"{term} {_ALT} {lit(a)}" for a in aliases]
    code, level = code_and_level_of(etype, name, code)
    if code:
        out.append(f"{term} <{KG}code> {lit(code)}")
    if level:
        out.append(f"{term} <{KG}level> {lit(level)}")
    return tuple(out)


def _category_term(code: str) -> str:
    term = _CATEGORY_TERMS.get(code)
    if term is None:  # a few hundred codes at most
        term = _CATEGORY_TERMS[code] = iri(identity.category_iri(code))
    return term


def _measure(w: _Writer, term: str, index: int, m: Measure, ref: Callable[[str], str], doc: str) -> None:
    add = w.triples.append
    add(f"{term} {_A} {_MEASURE}")
    add(f'{term} {_INDEX} "{index}"{_INTEGER}')
    add(f"{term} {_DERIVED} {doc}")
    add(f"{term} {_REGION} {ref(m.region)}")
    if m.agency:
        add(f"{term} {_AGENCY} {ref(m.agency)}")
    if m.policy_document:
        add(f"{term} {_POLICY} {ref(m.policy_document)}")
    for c in m.categories:
        add(f"{term} {_CATEGORY} {_category_term(c)}")
    add(f"{term} {_CATEGORY_LIST} {lit(category_list(m.categories))}")
    for b in m.beneficiaries:
        add(f"{term} {_BENEFICIARY} {ref(b)}")
    if m.amount_cny is not None:
        add(f"{term} {_AMOUNT} {typed(m.amount_cny, 'decimal')}")
    if m.cap_cny is not None:
        add(f"{term} {_CAP} {typed(m.cap_cny, 'decimal')}")
    for field, prop in _MEASURE_TEXTS:
        value = getattr(m, field)
        if value:
            add(f"{term} {prop} {lit(value)}")
    if m.span:
        add(f'{term} {_START} "{m.span[0]}"{_INTEGER}')
        add(f'{term} {_END} "{m.span[1]}"{_INTEGER}')


def category_list(codes: Iterable[str]) -> str:
    """A measure's ``kg:categoryList``: its distinct codes in code-point order, comma-joined.

    Listings show a measure's categories as this one string; read as one fact
    it costs a query one lookup per measure instead of a sort of its codes.
    """
    return ",".join(sorted(set(codes)))


def _relation(w: _Writer, r: Relation, ref: Callable[[str], str], doc: str) -> None:
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
    return w.text().split("\n")[:-1]


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

